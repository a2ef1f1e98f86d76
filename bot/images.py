"""Where text front ends (terminal, `ask`) put a reply's picture: a PNG file whose path they print."""

from __future__ import annotations

import hashlib
from pathlib import Path

from commands.types import Reply


def save_image(reply: Reply, directory: Path) -> Reply:
    """Write `reply.image_png` (if any) to `directory` and record its path in `extra["image"]`."""
    if reply.image_png is None:
        return reply
    directory.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(reply.image_png).hexdigest()[:12]
    stem = Path(reply.image_name).stem or "chart"
    path = directory / f"{stem}-{digest}.png"
    if not path.exists():
        path.write_bytes(reply.image_png)
    extra = dict(reply.extra, image=str(path.resolve()))
    return Reply(**{**reply.__dict__, "extra": extra})
