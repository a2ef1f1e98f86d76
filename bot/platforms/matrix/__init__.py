"""Matrix: one adapter (adapter.py) with an inbound port (sync loop) and an outbound port (send)."""
