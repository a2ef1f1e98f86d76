"""Where text front ends (terminal, `ask`) put a reply's picture: a PNG file whose path they print."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.settings import ConfigError
from commands.types import Reply


def save_image(reply: Reply, directory: Path) -> Reply:
    """Write `reply.image_png` (if any) to `directory` and record its path in `extra["image"]`."""
    if reply.image_png is None:
        return reply
    digest = hashlib.sha256(reply.image_png).hexdigest()[:12]
    stem = Path(reply.image_name).stem or "chart"
    path = directory / f"{stem}-{digest}.png"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_bytes(reply.image_png)
    except OSError as exc:  # a file in the way, no permission, read-only or full disk
        raise ConfigError(
            f"CAPEXBOT_IMAGE_DIR {str(directory)[:200]}: cannot write a chart there "
            f"({exc.strerror or type(exc).__name__})"
        ) from None
    extra = dict(reply.extra, image=str(path.resolve()))
    return Reply(**{**reply.__dict__, "extra": extra})
