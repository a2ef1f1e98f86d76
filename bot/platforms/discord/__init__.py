"""Discord: one adapter (adapter.py) with an inbound port (slash commands, watched messages) and an outbound port (send)."""
