"""A Reply as Matrix event content: an `m.notice` with a plain `body` and an escaped HTML
`formatted_body` (title, a compact table of figures, the detail fields, source links).

Safety rules (text echoed from users must never notify anyone):
- every string is HTML-escaped; the only tags are the ones written here; links are http(s) only
  and never `matrix.to` (that is how clients draw mention pills);
- `m.mentions` is always present and empty, which per the spec (v1.7+) switches off the legacy
  body-based `@room` / display-name push rules; `@room` in the body is additionally defused with a
  word joiner so an old server or client cannot treat it as a room ping either.
"""

from __future__ import annotations

import html
import re
import struct
from typing import Any

from commands.i18n import tr
from commands.types import Reply

# Matrix events are capped at 65,536 bytes; keep body + formatted_body well inside it.
MAX_BODY_CHARS = 12_000
MAX_HTML_CHARS = 30_000
MAX_TABLE_ROWS = 40
WORD_JOINER = "\u2060"
_ROOM_PING = re.compile(r"@room\b", re.IGNORECASE)
# a short answer's detail command, machine-readable in its event (addressing.py reads it back when
# someone replies "more"); namespaced as the spec asks of custom keys
MORE_KEY = "org.capexbot.more"


def defuse(text: str) -> str:
    """Neutralise `@room` (the only body-based ping that cannot be switched off per user)."""
    return _ROOM_PING.sub(lambda m: "@" + WORD_JOINER + m.group(0)[1:], text)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _esc(text: str) -> str:
    return html.escape(defuse(text), quote=True)


def _safe_url(url: str) -> str | None:
    url = url.strip()
    if not url.lower().startswith(("https://", "http://")):
        return None
    if url.lower().split("//", 1)[1].startswith("matrix.to"):
        return None
    return url


def _table_html(table: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]) -> str:
    header, rows = table
    head = "".join(f"<th>{_esc(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in rows[:MAX_TABLE_ROWS]
    )
    more = ""
    if len(rows) > MAX_TABLE_ROWS:
        more = f"<p><em>… {len(rows) - MAX_TABLE_ROWS} more</em></p>"
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def render_html(reply: Reply) -> str:
    """The `formatted_body` (org.matrix.custom.html) of a Reply; everything user-visible escaped."""
    parts: list[str] = []
    icon = {"error": "⚠️ ", "warning": "⚠️ "}.get(reply.severity, "")
    parts.append(f"<p><strong>{icon}{_esc(reply.title)}</strong></p>")
    if reply.table is not None and reply.table[1]:
        parts.append(_table_html(reply.table))
    if reply.fields:
        for name, value in reply.fields:
            lines = "<br>".join(_esc(line) for line in value.splitlines())
            parts.append(f"<p><b>{_esc(name)}</b><br>{lines}</p>")
    if reply.table is None and not reply.fields:
        # No structure to draw: the text is the message (minus a repeated title line).
        lines = reply.text.splitlines()
        if lines and lines[0].strip() == reply.title.strip():
            lines = lines[1:]
        text = "<br>".join(_esc(line) for line in lines).strip()
        if text:
            parts.append(f"<p>{text}</p>")
    elif reply.suggestions and not all(s in reply.text for s in reply.suggestions):
        parts.append("<p>" + ", ".join(f"<code>{_esc(s)}</code>" for s in reply.suggestions) + "</p>")
    links = [(t, u) for t, u in reply.links if _safe_url(u)]
    if links:
        items = ", ".join(f'<a href="{html.escape(u, quote=True)}">{_esc(t or u)}</a>' for t, u in links)
        parts.append(f"<p>{items}</p>")
    if reply.more:
        parts.append(f"<p><em>{_esc(more_hint(reply))}</em></p>")
    if reply.footer:
        parts.append(f"<p><sub>{_esc(reply.footer)}</sub></p>")
    return _cut("".join(parts), MAX_HTML_CHARS)


def more_hint(reply: Reply) -> str:
    """How to get the details on Matrix: a reply to the message (no command to type)."""
    return tr(
        reply.lang,
        "Reply “more” to this message for the details.",
        "Répondez « plus » à ce message pour le détail.",
    )


def render_content(reply: Reply, *, in_reply_to: str | None = None) -> dict[str, Any]:
    """`m.room.message` content for a Reply: an m.notice, optionally a reply to `in_reply_to`."""
    body = reply.text or reply.title
    if reply.more:
        body += "\n" + more_hint(reply)
    content: dict[str, Any] = {
        "msgtype": "m.notice",
        "body": _cut(defuse(body), MAX_BODY_CHARS),
        "format": "org.matrix.custom.html",
        "formatted_body": render_html(reply),
        "m.mentions": {},
    }
    if reply.more:
        content[MORE_KEY] = {"command": reply.more, "lang": reply.lang}
    if in_reply_to:
        content["m.relates_to"] = {"m.in_reply_to": {"event_id": in_reply_to}}
    return content


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's IHDR chunk, or None if `data` is not a PNG."""
    if len(data) >= 24 and data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return struct.unpack(">II", data[16:24])
    return None


def image_content(
    mxc_url: str, png: bytes, name: str, *, caption: str = "", in_reply_to: str | None = None
) -> dict[str, Any]:
    """`m.image` content for an uploaded PNG (`mxc_url` from the media repository)."""
    info: dict[str, Any] = {"mimetype": "image/png", "size": len(png)}
    size = png_size(png)
    if size:
        info["w"], info["h"] = size
    content: dict[str, Any] = {
        "msgtype": "m.image",
        "body": _cut(defuse(caption), MAX_BODY_CHARS) if caption else name,
        "filename": name,
        "url": mxc_url,
        "info": info,
        "m.mentions": {},
    }
    if in_reply_to:
        content["m.relates_to"] = {"m.in_reply_to": {"event_id": in_reply_to}}
    return content
