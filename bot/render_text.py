"""Reply -> plain text, for the terminal and `capexbot ask`."""

from __future__ import annotations

from commands.i18n import tr
from commands.more import hint
from commands.types import Reply


def render_text(reply: Reply) -> str:
    """Title, text, the "more" hint line (nothing to press here: the command to type), links."""
    parts = [reply.title, "", reply.text] if reply.text else [reply.title]
    if reply.more:
        parts.append(hint(reply.more, reply.lang))
    if any(url not in reply.text for _, url in reply.links) and reply.severity != "error":
        parts.append("")
        colon = tr(reply.lang, ": ", " : ")
        parts.extend(f"- {title}{colon}{url}" for title, url in reply.links if url not in reply.text)
    image_path = reply.extra.get("image")
    if image_path:
        parts.append(f"[image: {image_path}]")
    return "\n".join(parts).rstrip() + "\n"
