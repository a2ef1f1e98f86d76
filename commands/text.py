"""Text hygiene for anything users typed: invisible characters out, echoes defused and bounded."""

from __future__ import annotations

import re
import unicodedata

# zero-width, bidi embedding/override/isolate marks, BOM, word joiners
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f]")
_WORD_JOINER = "\u2060"


def sanitise(text: str) -> str:
    """NFC, invisible and bidi-control characters removed, other controls turned into spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub(" ", text)


def echo(text: str, limit: int = 40) -> str:
    """User text safe to quote back: bounded, and `@everyone`/`@room`/`<!channel>` can't become mentions."""
    shown = text if len(text) <= limit else text[:limit] + "…"
    return inert(shown)


_MARKUP = str.maketrans({"<": "‹", ">": "›", "[": "(", "]": ")", "`": "'"})


def inert(text: str) -> str:
    """Operator-supplied text (source titles, company names) made inert for every chat renderer.

    Slack-style webhooks act on `<!channel>`, Discord renders `[label](url)` as a masked link and
    `@everyone` as a mention: angle and square brackets become look-alikes, `@` gets a word joiner.
    """
    return sanitise(text).translate(_MARKUP).replace("@", "@" + _WORD_JOINER)
