"""Local stand-in for Discord's REST API and gateway (see server.py)."""

from .server import DiscordStub, RecordedRequest

__all__ = ["DiscordStub", "RecordedRequest"]
