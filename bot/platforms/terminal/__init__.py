"""The terminal: one adapter reading lines from stdin and printing replies."""
