"""Stage 1 of the hoax matcher: which catalogue entries a message could be about (usually none).

Ordinary chat must stay cheap (floor: 100,000 messages/s on one core), so a message is only
looked at further when it names an anchor word of some entry (a platform, or a name that identifies
a family) AND contains a claim word (a stem such as "pay", "ferm", "publi", or a family's own gate
words). ASCII text takes a bytes fast path: one C translate (lower case, punctuation -> space), then
trie regexes with a literal leading space, which the regex engine finds with a fast scan.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from commands.hoax.catalogue import Entry
from commands.hoax.cue_rules import PLATFORMS
from commands.hoax.normalise import (
    MAX_CHARS,
    SUSPECT_RE,
    Normalised,
    fold,
    normalise,
    quick_tokens,
    squeeze,
    trie_regex,
)

_CHAIN_WORDS = frozenset(
    [
        "forward",
        "fwd",
        "transferez",
        "transfere",
        "transferer",
        "partagez",
        "partager",
        "partage",
        "share",
        "copy",
        "paste",
        "copier",
        "coller",
        "copiez",
        "collez",
        "envoyez",
        "renvoyez",
        "contacts",
        "repost",
        "copypaste",
        # an unknown chain letter or like-farming post (chain_letter.py): "faites circuler", "to every
        # family that shares this post"
        "circuler",
        "shares",
        "shared",
        "sharing",
        "commentez",
        "commentent",
        "ecrivent",  # "un panier à tous ceux qui écrivent MERCI"
        "ecrivez",
        "tapez",
        "tourner",
        "what s app",  # "What's app will be off…": the full path reads it as WhatsApp (normalise)
    ]
)

# Second pre-filter stage: a message that names a platform but has none of these claim stems cannot
# fire any built-in core cue (every core pattern contains one of them), so it skips normalisation.
# Stems are word prefixes over folded, un-squeezed, lower-case words; SHORT_WORDS must match whole.
GATE_STEMS = [
    "pay",
    "paie",
    "paid",
    "charg",
    "billing",
    "factur",
    "coutera",
    "couteront",
    "coute",
    "gratuit",
    "free",
    "fee",
    "frais",
    "prelev",
    "centim",
    "publi",
    "ferm",
    "clos",
    "shut",
    "sunset",
    "fini",
    "dispar",
    "arret",
    "arete",
    "kill",
    "discontinu",
    "remov",
    "delet",
    "suppr",
    "supr",
    "bloqu",
    "block",
    "desactiv",
    "deactiv",
    "invalid",
    "expir",
    "photo",
    "pic",
    "image",
    "autoris",
    "authori",
    "permis",
    "interdi",
    "sign",
    "declar",
    "copyright",
    "give",
    "consent",
    "public",
    "rule",
    "regle",
    "policy",
    "politique",
    "goodbye",
    "revoir",
    "adieu",
    "refus",
    "objection",
    "oppos",
    "read",
    "lire",
    "lira",
    "acce",
    "access",
    "scan",
    "espion",
    "spy",
    "open",
    "ouvr",
    "retriev",
    "recuper",
    "gold",
    "dore",
    "secret",
    "martinel",
    "pape",
    "pope",
    "virus",
    "tick",
    "coche",
    "govern",
    "gouvern",
    "police",
    "record",
    "enregistr",
    "surveil",
    "monitor",
    "ministr",
    "hack",
    "pirat",
    "request",
    "demande",
    "clon",
    "track",
    "trac",
    "suivi",
    "beta",
    "fortune",
    "unavailab",
    "indisponib",
    "travaux",
    "memor",
    "souvenir",
    "23h",
    "11h",
    "friend",
    "amis",
    "personnes",
    "profil",
    "follower",
    "abonnes",
    "percent",
    "pourcent",
    # the copy-paste chains' own verbs ("si on copie pas le texte", "un copier-coller protège vos contenus")
    "copie",
    "copy",
    "protect",
    "proteg",
]
# whole words; numbers only where a core needs them (11:30 / 23:30); "7%" and "25 friends"
# are caught by the word next to the number
SHORT_WORDS = ["bill", "billed", "cents", "object", "fin", "end", "dead", "lit", "11", "23", "people"]


def gate_regex(extra_words: Iterable[str] = ()) -> re.Pattern[str]:
    prefixes = trie_regex(list(GATE_STEMS) + [w for w in extra_words if len(w) >= 4], whole=False)
    shorts = trie_regex(SHORT_WORDS + [w for w in extra_words if len(w) < 4], whole=True)
    return re.compile(f" (?:{prefixes}| {shorts}(?![a-z0-9]))".replace("| ", "|", 1))


_GATE_RX = gate_regex()
# a digit/@/$ touching a letter ("wh4tsapp"); starts with a character class so the engine skips fast
_SUSPECT_RE = SUSPECT_RE
_LEET_HINT = re.compile(r"[0-9@$](?:(?<=[a-z][0-9@$])|(?=[a-z]))")
_B_LOWER_WORDS = bytes(
    (c + 32 if 65 <= c <= 90 else c) if (chr(c).isalnum() or c > 127 or chr(c) in "@$") else 32
    for c in range(256)
)


def _cp1252_fold_table() -> bytes:
    table = bytearray(_B_LOWER_WORDS)
    for code in range(128, 256):
        ch = bytes([code]).decode("cp1252", "replace")
        base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii").lower()
        base = {"œ": "o", "æ": "a", "ß": "s", "ø": "o"}.get(ch.lower(), base)
        table[code] = ord(base[0]) if len(base) >= 1 and base[0].isalnum() else 32
    return bytes(table)


_B_CP1252_FOLD = _cp1252_fold_table()
_B_LEET = bytes.maketrans(b"0134578@$", b"oieastbas")
_B_LEET_HINT = re.compile(rb"[0-9@$](?:(?<=[a-z][0-9@$])|(?=[a-z]))")
# "$1728" is an amount, not leetspeak: the sign goes, so the number can meet a numeric anchor
_B_MONEY = re.compile(rb"\$(?=[0-9])")


class Prefilter:
    """The anchor index and the claim-word gate of a list of entries."""

    def __init__(self, entries: list[Entry]) -> None:
        index: dict[str, list[int]] = {}
        for i, e in enumerate(entries):
            words: set[str] = set(e.anchors)
            if e.platform_required:  # otherwise the family's own anchor words must be present
                for p in e.platforms:
                    if p in PLATFORMS:
                        words.update(PLATFORMS[p][1])
            words.update(e.keywords)
            for w in words:
                for form in {w, squeeze(w)}:
                    index.setdefault(form, []).append(i)
        self._index = {k: tuple(sorted(set(v))) for k, v in index.items()}
        self._anchor_set = frozenset(self._index)
        keywords = sorted(
            {k for e in entries for k in e.keywords}
            | {g for e in entries for w in e.gate for g in (w, squeeze(w)) if " " not in w}
        )
        self._gate = gate_regex(keywords) if keywords else _GATE_RX
        self._gate_b = re.compile(self._gate.pattern.encode("ascii"))
        trie = trie_regex(sorted(self._anchor_set | _CHAIN_WORDS), whole=True)
        self._word_b = re.compile((" (?:" + trie + ")(?![a-z0-9])").encode("ascii"))
        self._anchor_b = frozenset(b" " + a.encode("ascii") for a in self._anchor_set if a.isascii())
        self._chain_b = re.compile((" (?:" + trie_regex(sorted(_CHAIN_WORDS), whole=True) + ")(?![a-z0-9])").encode("ascii"))

    def candidates(self, text: str) -> tuple[list[int], Normalised | None]:
        """Stage 1: indices of the entries worth scoring (usually none), and the normalised text if
        it had to be computed. Ordinary messages cost one lower() and one trie-regex search."""
        if len(text) > MAX_CHARS:
            text = text[:MAX_CHARS]
        if text.isascii():
            # bytes fast path: one C translate (lower case, punctuation -> space), then regexes with
            # a literal leading space, which the engine finds with a fast scan
            b = b" " + text.encode("ascii").translate(_B_LOWER_WORDS)
            if b"$" in b:
                b = _B_MONEY.sub(b" ", b)
            mb = self._word_b.search(b)
            if mb is None and _B_LEET_HINT.search(b):
                mb = self._word_b.search(b.translate(_B_LEET))
        else:
            # other text: Windows-1252 bytes (every French letter is one byte there), folded and
            # lower-cased by one table; anything else (emoji, CJK…) becomes "?" and then a space
            b = b" " + text.encode("cp1252", "replace").translate(_B_CP1252_FOLD)
            if b"$" in b:
                b = _B_MONEY.sub(b" ", b)
            mb = self._word_b.search(b)
            if mb is None and _B_LEET_HINT.search(b):
                mb = self._word_b.search(b.translate(_B_LEET))
            if mb is None and _SUSPECT_RE.search(text):
                mb = self._word_b.search(b" " + fold(text).encode("ascii", "ignore").translate(_B_LOWER_WORDS))
        if mb is None:
            return [], None
        if mb.group(0) in self._anchor_b:
            if not self._gate_b.search(b) and not (
                _B_LEET_HINT.search(b) and self._gate_b.search(b.translate(_B_LEET))
            ):
                # no claim word: still a chain letter if a chain word follows (chain_letter.py)
                return [], normalise(text) if self._chain_b.search(mb.string, mb.start()) else None
            tokens = quick_tokens(text)
            if not self._anchor_set.isdisjoint(tokens):
                return self._index_of(tokens), None
        # only a chain-letter word (or an obfuscated name): look harder (squeezed, fully folded words)
        norm = normalise(text)
        if self._anchor_set.isdisjoint(norm.tokens):
            return [], norm
        return self._gated(norm.padded, list(norm.tokens), norm)

    def _index_of(self, tokens: list[str]) -> list[int]:
        idx: set[int] = set()
        for w in self._anchor_set.intersection(tokens):
            idx.update(self._index[w])
        return sorted(idx)

    def _gated(
        self, gate_on: str, tokens: list[str], norm: Normalised | None
    ) -> tuple[list[int], Normalised | None]:
        if not self._gate.search(gate_on) and not (
            _LEET_HINT.search(gate_on) and self._gate.search(" " + " ".join(tokens))
        ):
            return [], norm
        idx: set[int] = set()
        for w in self._anchor_set.intersection(tokens):
            idx.update(self._index[w])
        return sorted(idx), norm

    def is_candidate(self, text: str) -> bool:
        """The watch-mode pre-filter: could this message match any entry? (No regex for most.)"""
        return bool(self.candidates(text)[0])
