"""Webhooks: an outbound-only adapter posting JSON with an Idempotency-Key header."""
