"""Text normalisation for the hoax matcher.

Two levels, both pure and bounded:

* `quick_tokens(text)` — the cheap pass every chat message goes through: ASCII folding (accents,
  zero-width and format characters, a few Cyrillic/Greek look-alikes, compatibility forms such as
  full-width or mathematical letters), lower case, punctuation to spaces, leet digits to letters,
  then a whitespace split. A few hundred nanoseconds for an ordinary ASCII line.
* `normalise(text)` — the full pass for the rare message that mentions a known platform: the same
  folding, URLs reduced to their host words, leet only inside mixed letter/digit words (so "20
  contacts" keeps its number), runs of the same letter squeezed to one ("payaaant", "faceboook" ->
  "payant", "facebok"), and a few surface features (share of capitals, "!!!", alarm emoji).

Cue patterns are written in plain lower-case words and squeezed the same way at compile time
(`squeeze_pattern`), so a pattern never has to spell out the squeezed form.

Work per message is bounded: only the first `MAX_CHARS` characters are considered.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from re import _constants as _C  # the stdlib regex parser: read literal prefixes of cue patterns
from re import _parser as _P
from typing import Any

MAX_CHARS = 4000  # characters of a message the matcher looks at (hoaxes are short; chains < 2 KB)

# Zero-width and format characters: removed (they are used to split words invisibly).
_ZW_CHARS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_ZW_RE = re.compile(f"[{_ZW_CHARS}]")

# Look-alike letters that NFKD does not fold (Cyrillic, Greek, a few Latin extras).
_CONFUSABLES = {
    # Cyrillic lower / upper
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "һ": "h",
    "ԛ": "q",
    "ԝ": "w",
    "ӏ": "l",
    "ь": "b",
    "А": "A",
    "В": "B",
    "Е": "E",
    "Ё": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "І": "I",
    "Ї": "I",
    "Ј": "J",
    "Ѕ": "S",
    "Ԁ": "D",
    "Һ": "H",
    "Ԛ": "Q",
    "Ԝ": "W",
    "Ӏ": "I",
    # Greek lower / upper
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "w",
    "ς": "s",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    # Latin letters without a decomposition
    "ı": "i",
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ɡ": "g",
    "ɑ": "a",
    # typographic punctuation that would otherwise glue words together
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    # small capitals, the "fancy font" of forwarded chains ("Tʜᴇ ɴᴇᴡ ᴄᴏᴍᴍᴜɴɪᴄᴀᴛɪᴏɴ ʀᴜʟᴇs")
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ғ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2026": "...",
    "€": " eur ",
    "£": " gbp ",
}
_CONF_TABLE = str.maketrans(_CONFUSABLES)
_CONF_RE = re.compile("[" + "".join(k for k in _CONFUSABLES if len(k) == 1) + "]")
_NONASCII_RE = re.compile(r"[^\x00-\x7f]+")
_MARKS_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")

# Emoji that often decorate chain letters (counted before folding drops them).
_ALARM_EMOJI_RE = re.compile(
    "[\u26a0\u203c\u2757\u2755\U0001f6a8\U0001f631\U0001f621\U0001f620\U0001f4e2\U0001f6ab\u274c\u26d4\U0001f534]"
)

# Quick pass: ASCII punctuation -> space, leet digits/symbols -> letters.
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
_QUICK = {chr(c): " " for c in range(128) if not chr(c).isalnum()}
_QUICK.update(_LEET)
_QUICK_TABLE = str.maketrans(_QUICK)

# Full pass.
_URL_RE = re.compile(
    r"(?:https?://|hxxps?://|www\.)[^\s<>\"]{1,300}|\b[a-z0-9-]{2,63}(?:\.|\[\.\])(?:com|fr|net|org|info|io|co|me|ly|app|xyz|be|ch|ca)\b[^\s<>\"]{0,200}",
    re.IGNORECASE,
)
_QUERY_RE = re.compile(r"/\?\S*")
_MIXED_RE = re.compile(r"\b(?=[a-z@$]*[0-9@$])(?=[0-9@$]*[a-z])[a-z0-9@$]{2,40}\b")
_LEET_TABLE = str.maketrans(_LEET)
_LEET_HINT_RE = re.compile(r"[0-9@$](?:(?<=[a-z][0-9@$])|(?=[a-z]))")
_SQUEEZE_RE = re.compile(r"([a-z])\1+")
_PUNCT_RE = re.compile(r"[^a-z0-9#%!?]+")
_MARKS_SPLIT_RE = re.compile(r"([!?]+)")
_DOLLAR_RE = re.compile(r"\$(?= ?[0-9])|(?<=[0-9]) ?\$")  # "$4.99", "4.99$", French "4,99 $"
_SPACES_RE = re.compile(r"\s+")
_UPPER_RE = re.compile(r"[A-Z]")
_LETTER_RE = re.compile(r"[A-Za-z]")
_BANGS_RE = re.compile(r"!{2,}|(?:! ?){3,}")


def fold(text: str) -> str:
    """Fold to ASCII, keeping case: zero-width removed, look-alikes mapped, accents stripped,
    every other non-ASCII character (emoji, symbols) turned into a space."""
    if text.isascii():
        return text
    if _ZW_RE.search(text):
        text = _ZW_RE.sub("", text)
    if _CONF_RE.search(text):
        text = text.translate(_CONF_TABLE)
    text = unicodedata.normalize("NFKD", text)
    text = _MARKS_RE.sub("", text)
    return _NONASCII_RE.sub(" ", text)


# Characters that hide words (zero-width, look-alikes, full-width and mathematical letters,
# enclosed letters, combining marks): a message containing one takes the full folding path.
SUSPECT_RE = re.compile(
    f"[{_ZW_CHARS}\u0300-\u036f\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u2460-\u24ff\uff00-\uffef"
    "\U0001d400-\U0001d7ff\U0001f100-\U0001f1ff\u0131\u0142\u00f8\u0111\u0261\u0251"
    "\u1d00-\u1d22\u0262\u026a\u0274\u0280\u028f\u0299\u029c\u029f\u01eb\ua731]"
)
_ASCII_WORD_RE = re.compile(r"[a-z0-9@$]+")
_HAS_DIGIT_RE = re.compile(r"[0-9@$](?:(?<=[a-z][0-9@$])|(?=[a-z]))")  # leet-looking word


def quick_tokens(text: str) -> list[str]:
    """Cheap word list for the pre-filter (lower case, leet digits mapped, punctuation split).

    ASCII text: one translate and a split. Other text: ASCII words are taken as they are (accented
    letters and emoji split words, which is fine for finding platform names), unless it contains
    a character used to hide words, in which case it is fully folded first."""
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    if text.isascii():
        return text.lower().translate(_QUICK_TABLE).split()
    if SUSPECT_RE.search(text):
        return fold(text).lower().translate(_QUICK_TABLE).split()
    words = _ASCII_WORD_RE.findall(text.lower())
    if _HAS_DIGIT_RE.search(text):
        words = [w.translate(_QUICK_TABLE) for w in words]
    return words


_PAIRS = tuple((c + c, c) for c in string.ascii_lowercase)


def squeeze(text: str) -> str:
    """Runs of one letter squeezed to one ("looogo" -> "logo", "facebook" -> "facebok")."""
    for pair, single in _PAIRS:
        if pair in text:
            while pair in text:
                text = text.replace(pair, single)
    return text


_PATTERN_SQUEEZE_RE = re.compile(r"(?<!\\)([a-z])\1+")


def _literal_prefixes(sub: Any) -> set[str] | None:
    """Literal strings one of which every match of this parsed (sub)pattern starts with; None when
    that cannot be read off the pattern (it starts with a class, a repeat, an assertion…)."""
    items = list(sub)
    if not items:
        return None
    op, av = items[0]
    if op is _C.LITERAL:
        run = []
        for op2, av2 in items:
            if op2 is not _C.LITERAL:
                break
            run.append(chr(av2))
        head = "".join(run)
        rest = _literal_prefixes(items[len(run) :]) if len(run) < len(items) else None
        return {head + r for r in rest} if rest else {head}
    if op is _C.SUBPATTERN:
        return _literal_prefixes(av[-1])
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, _high, body = av
        first = _literal_prefixes(body)
        if not first:
            return None
        if low >= 1:
            return first
        rest = _literal_prefixes(items[1:])  # optional: the match may start after it
        return first | rest if rest else None
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _literal_prefixes(branch)
            if not found:
                return None
            out |= found
        return out
    return None


def trie_regex(words: Iterable[str], *, whole: bool) -> str:
    """Alternation of words as a character trie (the regex engine does not build one itself).
    `whole=False`: any word is a prefix (a shorter one suffices); True: whole words only."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "" if not whole else "(?:" + body + ")?"
        return body

    return emit(trie)


class CueRegex:
    """A compiled cue pattern plus a cheap guard: a trie of the literal words every match must
    start with. When none of them occurs after a space, the (costlier) pattern is not run.
    Results are identical to the plain regex's; `rx` is the plain regex."""

    __slots__ = ("rx", "guard", "pattern")

    def __init__(self, rx: re.Pattern[str], guard: re.Pattern[str] | None) -> None:
        self.rx = rx
        self.guard = guard
        self.pattern = rx.pattern

    def search(self, text: str) -> re.Match[str] | None:
        if self.guard is not None and self.guard.search(text) is None:
            return None
        return self.rx.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.guard is not None and self.guard.search(text) is None:
            return iter(())
        return self.rx.finditer(text)

    def findall(self, text: str) -> list[Any]:
        if self.guard is not None and self.guard.search(text) is None:
            return []
        return self.rx.findall(text)

    def sub(self, repl: str, text: str) -> str:
        if self.guard is not None and self.guard.search(text) is None:
            return text
        return self.rx.sub(repl, text)


@functools.lru_cache(maxsize=4096)
def cue_regex(pattern: str) -> CueRegex:
    """Compile a cue pattern for searching `Normalised.padded` (" " + text).

    Every match starts at a word start: the leading literal space lets the regex engine jump
    from space to space instead of trying the alternation at every character. Identical patterns
    share one object (entries using the same cue set share search results)."""
    body = squeeze_pattern(pattern)
    rx = re.compile(f" (?:{body})(?![a-z0-9])")
    guard = None
    try:
        prefixes = _literal_prefixes(_P.parse(body))
    except (re.error, RecursionError):
        prefixes = None
    if prefixes and all(len(p) >= 2 for p in prefixes):
        guard = re.compile(" " + trie_regex(prefixes, whole=False))
    return CueRegex(rx, guard)


def squeeze_pattern(pattern: str) -> str:
    """Squeeze a regex source the way `normalise` squeezes text, leaving escapes (\\b) intact."""
    return _PATTERN_SQUEEZE_RE.sub(r"\1", pattern)


@dataclass(frozen=True)
class Normalised:
    text: str  # lower-case ASCII, squeezed, single spaces, URLs reduced to host words
    tokens: tuple[str, ...]
    caps_ratio: float  # share of upper-case letters among letters (0 if fewer than 12 letters)
    bangs: int  # runs of "!!" or more
    alarm_emoji: int
    had_url: bool
    accents: bool  # the original had Latin accents (a hint for French)

    @property
    def padded(self) -> str:
        """ " " + text: what cue regexes (`cue_regex`) search."""
        return " " + self.text


def _url_words(match: re.Match[str]) -> str:
    url = match.group(0).lower().replace("[.]", ".")
    url = re.sub(r"^(?:https?|hxxps?)://", "", url)
    host = url.split("/", 1)[0]
    return " url " + host.replace(".", " ").replace("-", " ") + " "


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    if word[0].isdigit() or word[1:].isdigit():
        return word  # "10k", "5g", "1st", "23h30", "R350", "N200": a number with a unit, not leet
    return word.translate(_LEET_TABLE)


_TLD_RE = re.compile(r"\.(?:com|fr|net|org|info|io|co|me|ly|app|xyz|be|ch|ca)(?![a-z])|\[\.\]", re.IGNORECASE)
_ACCENT_RE = re.compile("[àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜ]")
_B_UPPER = string.ascii_uppercase.encode()
_B_LETTERS = string.ascii_letters.encode()
# lower-case ASCII: keep letters, digits, # % ! ?; everything else becomes a space
_B_PUNCT = bytes(c if (chr(c).isalnum() and c < 128) or chr(c) in "#%!?" else 32 for c in range(256))


# "Air France", "Air Canada" (two common words), "Ryanair", "Emirates": names of airlines; the catalogue's
# airline words ("airline", "compagnie aérienne") are what the giveaway scams are found by, so the name gets one
_AIRLINE_RE = re.compile(
    r"(?<![a-z])(air (france|canada|algerie|india|arabia|asia|mauritius|maroc|senegal|caraibes|tahiti|austral|europa|"
    r"china|transat|corsica|baltic|serbia|italy|madagascar|tunisie|burkina|cote d ivoire|new zealand)|"
    r"ryanair|easyjet|emirates|qantas|lufthansa|klm|transavia|vueling|etihad|qatar airways)(?![a-z])"
)

# "What's app" / "whats app" (squeezed: "ap"), as the Indian night-shutdown chains spell it
_WHATS_APP_RE = re.compile(r"(?<![a-z])what ?s ap(?![a-z])")
# chat shorthand for the words the claims are written in ("the ad-free Meta sub", "l'abo sans pub")
_SUBSCRIPTION_RE = re.compile(r"(?<![a-z])(subs?|abos?)(?![a-z])")
_SUBSCRIPTION = {"sub": "subscription", "subs": "subscriptions", "abo": "abonement", "abos": "abonements"}
# French "100 Go" is gigabytes: one spelling for the free-data scams in both languages
_GIGA_RE = re.compile(r"(?<![a-z0-9])([0-9]+) ?go(?![a-z])")
# the handle and the hashtag ("@MetaAI", "#GoodbyeMetaAI", squeezed to "metai") name the assistant
_META_AI_RE = re.compile(r"(?<![a-z])(godbye|bye)?metai(?![a-z])")


def normalise(text: str) -> Normalised:
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    ascii_only = text.isascii()
    alarm = 0 if ascii_only else len(_ALARM_EMOJI_RE.findall(text))
    accents = False if ascii_only else bool(_ACCENT_RE.search(text))
    if "£" in text:  # (the UK's ad-free prices; fold() would make it a space)
        text = text.replace("£", " gbp ")
    folded = fold(text)
    fb = folded.encode("ascii", "ignore")
    letters = len(fb) - len(fb.translate(None, _B_LETTERS))
    caps = (len(fb) - len(fb.translate(None, _B_UPPER))) / letters if letters >= 12 else 0.0
    bangs = len(_BANGS_RE.findall(folded)) if "!!" in folded or "! !" in folded else 0
    low = folded.lower()
    had_url = False
    if "://" in low or "www" in low or _TLD_RE.search(low):
        new = _URL_RE.sub(_url_words, low)
        had_url = new != low
        low = new
    if "/?" in low:  # a link's query string ("… .club/?pink", spaced to defang it) asks nobody anything
        low = _QUERY_RE.sub(" ", low)
    if "$" in low:
        low = _DOLLAR_RE.sub(" usd ", low)
    if _LEET_HINT_RE.search(low):
        low = _MIXED_RE.sub(_unleet, low)
    low = squeeze(low.encode("ascii", "ignore").translate(_B_PUNCT).decode("ascii"))
    if "!" in low:
        low = low.replace("!", " ! ")
    if "?" in low:
        low = low.replace("?", " ? ")
    low = " ".join(low.split())
    low = _AIRLINE_RE.sub(r"\g<0> airline", low)
    if "s ap" in low:
        low = _WHATS_APP_RE.sub("whatsap", low)
    if "sub" in low or "abo" in low:
        low = _SUBSCRIPTION_RE.sub(lambda m: _SUBSCRIPTION[m.group(1)], low)
    if "go" in low:
        low = _GIGA_RE.sub(r"\1 gb", low)
    if "metai" in low:
        low = _META_AI_RE.sub(lambda m: f"{m.group(1) or ''} meta ai".lstrip(), low)
    return Normalised(
        text=low,
        tokens=tuple(low.split()),
        caps_ratio=caps,
        bangs=bangs,
        alarm_emoji=alarm,
        had_url=had_url,
        accents=accents,
    )
