"""Reply -> Discord embeds, always within Discord's limits (long content is split or trimmed, never
rejected by Discord).

Limits (Discord "Embed Limits"): title 256, description 4096, at most 25 fields, field name 256,
field value 1024, footer text 2048, and 6000 characters over ALL embeds of one message; at most 10
embeds per message. Lengths are counted in UTF-16 code units (what Discord's JavaScript-side
validation counts), which is never less than Python's code-point count.

A reply that does not fit one message becomes several messages (the front end sends the first as
the interaction answer and the rest as follow-ups); past `max_messages` the rest is trimmed with a
visible marker.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import discord

from commands.i18n import tr
from commands.types import Reply

TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
MESSAGE_TOTAL_MAX = 6000
EMBEDS_PER_MESSAGE_MAX = 10

ELLIPSIS = "…"
EMPTY = "\u200b"  # Discord rejects empty field names/values

COLOURS = {"info": 0x2B6CB0, "warning": 0xD69E2E, "error": 0xC53030}


def ulen(text: str) -> int:
    """Length as Discord counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def trim(text: str, limit: int) -> str:
    """`text` cut to `limit` UTF-16 units, with an ellipsis when cut."""
    if ulen(text) <= limit:
        return text
    out = []
    used = ulen(ELLIPSIS)
    for ch in text:
        n = ulen(ch)
        if used + n > limit:
            break
        out.append(ch)
        used += n
    return "".join(out).rstrip() + ELLIPSIS


def split_text(text: str, limit: int) -> list[str]:
    """Split at line boundaries into chunks of at most `limit` units; an over-long line is cut into
    pieces (inside a word if it must)."""
    chunks: list[str] = []
    current = ""
    for line in text.splitlines():
        while ulen(line) > limit:
            piece = trim(line, limit)[:-1]  # without the ellipsis: the line continues
            if not piece:
                break
            if current:
                chunks.append(current)
                current = ""
            chunks.append(piece)
            line = line[len(piece) :]
        candidate = f"{current}\n{line}" if current else line
        if ulen(candidate) <= limit:
            current = candidate
        else:
            if current:
                chunks.append(current)
            current = line
    if current.strip():
        chunks.append(current)
    return chunks


@dataclass(frozen=True)
class _Block:
    kind: str  # "description" | "field"
    name: str
    value: str

    def size(self) -> int:
        return ulen(self.value) + (ulen(self.name) if self.kind == "field" else 0)


@dataclass
class DiscordMessage:
    """One message's worth of embeds (<= 10, <= 6000 characters in total)."""

    embeds: list[discord.Embed]

    def total(self) -> int:
        return sum(embed_size(e) for e in self.embeds)


def embed_size(embed: discord.Embed) -> int:
    """Characters Discord counts towards the 6000 limit for one embed."""
    n = ulen(embed.title or "") + ulen(embed.description or "")
    n += sum(ulen(f.name or "") + ulen(f.value or "") for f in embed.fields)
    n += ulen(embed.footer.text or "") if embed.footer else 0
    n += ulen(embed.author.name or "") if embed.author else 0
    return n


def footer_text(reply: Reply) -> str:
    """Footer naming sources and dates: the reply's own footer, then the distinct sources of the
    figures shown with their dates (newest first), trimmed to a short line."""
    parts = [reply.footer.strip()] if reply.footer.strip() else []
    seen: dict[str, str] = {}
    for fig in sorted(reply.figures, key=lambda f: f.date or "", reverse=True):
        if fig.source and fig.source not in seen:
            seen[fig.source] = fig.date or "?"
    if seen:
        items = [f"{src} ({date})" for src, date in seen.items()]
        shown: list[str] = []
        for item in items:
            if shown and ulen("; ".join([*shown, item])) > 300:
                break
            shown.append(item if shown else trim(item, 300))  # the newest source always shows
        more = len(items) - len(shown)
        label = tr(reply.lang, "Sources", "Sources")
        text = f"{label}: " + "; ".join(shown)
        if more:
            text += tr(reply.lang, f"; +{more} more", f" ; +{more} autres")
        parts.append(text)
    return trim(" · ".join(parts), 600)


def _body_text(reply: Reply) -> str:
    """The description: the plain text without its leading title line, unless the reply carries
    fields (then the fields are the content and `text` is only their plain rendering)."""
    if reply.fields:
        return ""
    lines = reply.text.strip("\n").splitlines()
    if lines and lines[0].strip() == reply.title.strip():
        lines = lines[1:]
    return "\n".join(lines).strip()


def _blocks(reply: Reply) -> Iterator[_Block]:
    for chunk in split_text(_body_text(reply), DESCRIPTION_MAX):
        yield _Block("description", "", chunk)
    cont = tr(reply.lang, " (cont.)", " (suite)")
    fields = list(reply.fields)
    if reply.suggestions and not any(reply.suggestions[0] in v for _, v in fields):
        fields.append((tr(reply.lang, "Did you mean", "Vouliez-vous dire"), ", ".join(reply.suggestions)))
    if reply.links:
        link_lines = [_link(label, url) for label, url in reply.links]
        fields.append((tr(reply.lang, "Links", "Liens"), "\n".join(link_lines)))
    for name, value in fields:
        name = trim(name.strip() or EMPTY, FIELD_NAME_MAX - ulen(cont))
        pieces = split_text(value, FIELD_VALUE_MAX) or [EMPTY]
        for i, piece in enumerate(pieces):
            yield _Block("field", name if i == 0 else trim(name + cont, FIELD_NAME_MAX), piece)


def _link(label: str, url: str) -> str:
    label = trim((label or url).replace("[", "(").replace("]", ")"), 200)
    if url.startswith(("http://", "https://")) and ulen(url) <= 512 and " " not in url and ")" not in url:
        return f"[{label}]({url})"
    return label


def render_reply(reply: Reply, *, max_messages: int = 3) -> list[DiscordMessage]:
    """The reply as one or more messages of embeds, each within every Discord limit.

    The first embed carries the title (and the image, as ``attachment://<image_name>``); the last
    embed of every message carries the footer. Content beyond `max_messages` is dropped and the last
    embed says so.
    """
    colour = COLOURS.get(reply.severity, COLOURS["info"])
    title = trim(reply.title.strip() or EMPTY, TITLE_MAX)
    footer = trim(footer_text(reply), FOOTER_MAX)
    trimmed_note = tr(
        reply.lang,
        "Answer trimmed to fit Discord; `capexbot ask` shows it in full.",
        "Réponse raccourcie pour Discord ; `capexbot ask` l’affiche en entier.",
    )
    # Budget per message: 6000 minus the footer and title (both may appear) and a trim notice.
    budget = MESSAGE_TOTAL_MAX - ulen(footer) - ulen(title) - ulen(trimmed_note) - 16

    messages: list[DiscordMessage] = []
    embeds: list[discord.Embed] = []
    used = 0
    truncated = False

    def new_embed(first: bool) -> discord.Embed:
        embed = discord.Embed(colour=colour)
        if first:
            embed.title = title
        return embed

    current = new_embed(True)
    for block in _blocks(reply):
        size = block.size()
        need_new_embed = (block.kind == "description" and current.description) or (
            block.kind == "field" and len(current.fields) >= FIELDS_MAX
        )
        if used + size > budget or (need_new_embed and len(embeds) + 1 >= EMBEDS_PER_MESSAGE_MAX):
            # close this message
            embeds.append(current)
            messages.append(DiscordMessage(embeds))
            if len(messages) >= max_messages:
                truncated = True
                break
            embeds, used = [], 0
            current = new_embed(False)
        elif need_new_embed:
            embeds.append(current)
            current = new_embed(False)
        if block.kind == "description":
            current.description = block.value
        else:
            current.add_field(name=block.name, value=block.value, inline=False)
        used += size
    else:
        embeds.append(current)
        messages.append(DiscordMessage(embeds))

    last = messages[-1].embeds[-1]
    if truncated:
        if len(last.fields) >= FIELDS_MAX:
            last.remove_field(-1)
        last.add_field(name=EMPTY, value=trimmed_note, inline=False)
    if reply.image_png:
        messages[0].embeds[0].set_image(url=f"attachment://{image_name(reply)}")
    if footer:
        for message in messages:
            message.embeds[-1].set_footer(text=footer)
    return messages


def image_name(reply: Reply) -> str:
    name = "".join(ch for ch in reply.image_name if ch.isalnum() or ch in "._-") or "chart.png"
    return name if name.lower().endswith(".png") else name + ".png"


def reply_file(reply: Reply) -> discord.File | None:
    """The reply's image as an attachment (referenced by the first embed), or None."""
    if not reply.image_png:
        return None
    return discord.File(io.BytesIO(reply.image_png), filename=image_name(reply))


def is_ephemeral(reply: Reply) -> bool:
    """Private replies and errors are only shown to the person who asked."""
    return reply.private or not reply.ok or reply.severity == "error"


NO_MENTIONS = discord.AllowedMentions.none()
