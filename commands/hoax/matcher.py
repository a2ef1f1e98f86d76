"""The hoax matcher: a cheap pre-filter, then cue scoring that explains itself.

Pipeline for one message:

1. Pre-filter (`Matcher.candidates`): `quick_tokens` (fold, lower, leet, split) and a set lookup of
   the catalogue's anchor words (platform names and the few names that identify a family, e.g.
   "martinelli"). Ordinary chat stops here: no regex runs. If no anchor is present but a
   chain-letter word is ("forward", "transférez", "copier"…), the message is fully normalised and
   the squeezed tokens are checked again (catches "Whaaatsapp", "F.a.c.e.b.o.o.k").
2. Full normalisation (once) and message-wide cues, computed lazily: chain-letter markers (forward
   to N contacts, copy-paste, deadlines, "it was on TF1", capitals, "!!!", "just in case") and
   counter-cues (debunking words, truth questions, real paid products such as Meta Verified, the EU
   ad-free subscription, WhatsApp Business pricing, X/YouTube Premium, "optional", business context,
   news register).
3. Per candidate entry: platform named, core claim cues (a core preceded by a negation counts as a
   debunk), the family's hallmarks (its false specifics) and counters, a claim phrased as a question.

Points add up; `score = raw / 6` clipped to [0, 1]; a message is flagged when a core cue fired, the
platform is named (unless the family is identified by a name), score >= threshold (default 0.5) and,
for families whose claim alone can be true news (account clean-ups…), at least one chain marker or
hallmark fired. Every flag carries its list of cues with their points.

All regexes are linear-time shapes (bounded gaps, no nested quantifiers) and only the first
`normalise.MAX_CHARS` characters are looked at, so the work per message is bounded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import NamedTuple

import commands.hoax.normalise as _normalise_module
from commands.hoax.catalogue import Cue, Entry, load_builtin
from commands.hoax.normalise import (
    MAX_CHARS,
    Normalised,
    cue_regex,
    detect_lang,
    fold,
    normalise,
    quick_tokens,
    squeeze,
)

SCORE_SCALE = 6.0
DEFAULT_THRESHOLD = 0.5
CHAIN_CAP = 3.5
HALLMARK_CAP = 3.0


def _rx(pattern: str) -> re.Pattern[str]:
    return cue_regex(pattern)


# --- platforms: quick-pass alias tokens (unsqueezed and squeezed) and full-text regexes --------------
PLATFORMS: dict[str, tuple[str, tuple[str, ...], str]] = {
    # name: (display, quick tokens, regex over normalised text)
    "whatsapp": (
        "WhatsApp",
        (
            "whatsapp",
            "whatsap",
            "watsapp",
            "watsap",
            "whatapp",
            "wathsapp",
            "wapp",
            "wa",
            "whats",
            "whatsappgold",
            "whatssapp",
            "wtsp",
            "wtsap",
            "wsp",
        ),
        "whats ?app|watsapp|whatapp|wathsapp|wats app|wa|wapp|whatsappgold|wtsp|wtsap|wsp",
    ),
    "facebook": (
        "Facebook",
        ("facebook", "facebok", "fb", "fcbk", "fessebouc", "facebouk", "fbook", "zuckerberg", "zuck"),
        "facebook|face book|fb|fcbk|fessebouc|fesse bouc|facebouk|fbook|zuckerberg|zuck",
    ),
    "meta": ("Meta", ("meta", "zuckerberg"), "meta|zuckerberg"),
    "instagram": (
        "Instagram",
        ("instagram", "insta", "ig", "instagramm", "mosseri"),
        "instagram|insta|ig|mosseri",
    ),
    "messenger": ("Messenger", ("messenger", "mesenger"), "messenger"),
    "msn": ("MSN", ("msn",), "msn|windows live|live messenger"),
    "hotmail": ("Hotmail/Outlook", ("hotmail", "outlook", "hotmai"), "hotmail|outlook|live com"),
    "gmail": ("Gmail", ("gmail", "googlemail"), "gmail|google mail|g mail|googlemail"),
    "google": ("Google", ("google", "gogle"), "google"),
    "youtube": ("YouTube", ("youtube", "yt"), "youtube|you tube|yt"),
    "snapchat": ("Snapchat", ("snapchat", "snap"), "snapchat|snap"),
    "microsoft": ("Microsoft", ("microsoft", "msft", "gates"), "microsoft|msft|bill gates|gates"),
    "aol": ("AOL", ("aol",), "aol"),
}
_PLATFORM_RX = {name: _rx(p[2]) for name, p in PLATFORMS.items()}


def detect_platforms(text: str) -> list[str]:
    norm = normalise(text).text
    return [name for name, rx in _PLATFORM_RX.items() if rx.search(norm)]


# Chain-letter words that send an anchor-less message to full normalisation (obfuscated names).
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
]
# whole words; numbers only where a core needs them (11:30 / 23:30); "7%" and "25 friends"
# are caught by the word next to the number
SHORT_WORDS = ["bill", "billed", "cents", "object", "fin", "end", "dead", "lit", "11", "23", "people"]


def _trie_regex(words: Iterable[str], *, whole: bool) -> str:
    """Alternation of words as a character trie (the regex engine does not build one itself)."""
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


def gate_regex(extra_words: Iterable[str] = ()) -> re.Pattern[str]:
    prefixes = _trie_regex(list(GATE_STEMS) + [w for w in extra_words if len(w) >= 4], whole=False)
    shorts = _trie_regex(SHORT_WORDS + [w for w in extra_words if len(w) < 4], whole=True)
    return re.compile(f" (?:{prefixes}| {shorts}(?![a-z0-9]))".replace("| ", "|", 1))


_GATE_RX = gate_regex()
# a digit/@/$ touching a letter ("wh4tsapp"); starts with a character class so the engine skips fast
_SUSPECT_RE = _normalise_module._SUSPECT_RE
_LEET_HINT = re.compile(r"[0-9@$](?:(?<=[a-z][0-9@$])|(?=[a-z]))")
_PUNCT_ONLY_TABLE = str.maketrans(
    {chr(c): " " for c in range(128) if not chr(c).isalnum() and chr(c) not in "@$"}
)
_B_LOWER_WORDS = bytes(
    (c + 32 if 65 <= c <= 90 else c) if (chr(c).isalnum() or c > 127 or chr(c) in "@$") else 32
    for c in range(256)
)
_B_LOWER_ASCII_WORDS = bytes(
    (c + 32 if 65 <= c <= 90 else c) if (c < 128 and (chr(c).isalnum() or chr(c) in "@$")) else 32
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
_LEET_TABLE = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
)

# --- message-wide cues (patterns over normalised text; squeezed at compile time) ---------------------
_NUM = "([0-9]+|ten|fifteen|twenty|dix|quinze|vingt|al|every[a-z]*|tou[st]|toutes|as many|le plus de|max)"
_PEOPLE = (
    "(contacts?|people|friends|personnes|amis|groups?|groupes|users?|utilisateurs|members?|membres|gens|"
    "potes|conversations|discussions|chats|persons|numbers|numeros|ppl|perso|persos|pers)"
)
_SEND = (
    "(forward|fwd|send|resend|share|pass|post|copy|paste|repost|transfer[a-z]*|envo[a-z]+|renvo[a-z]+|"
    "partag[a-z]*|transmet[a-z]*|fais passer|faites passer|diffus[a-z]*|spread|tell|dites|faire suivre|"
    "faites suivre|inform)"
)

CHAIN_CUES: list[tuple[str, re.Pattern[str], float]] = [
    (
        "forward to N contacts",
        _rx(
            f"{_SEND}[^.!?]{{0,50}} {_NUM} [^.!?]{{0,25}}{_PEOPLE}|{_SEND}[^.!?]{{0,30}}"
            "( a| to| with| avec) (tout le monde|everyone|everybody|al)|(si vous avez|if you have|si tu as) "
            "(au moins |at least )?[0-9]+ contacts|spread the word|faites passer le mot"
        ),
        2.0,
    ),
    (
        "send to your contacts",
        _rx(
            f"{_SEND}[^.!?]{{0,30}} (a|to|with) (vos|tes|your|al your|tous vos|tous tes|toutes vos) "
            f"[^.!?]{{0,20}}{_PEOPLE}"
        ),
        1.2,
    ),
    (
        "copy-paste instruction",
        _rx(
            "copy (and )?paste|copier (et )?coller|copie[rz]? (et )?colle[rz]?|copiez (et )?"
            "collez|copypasta|copy this|copiez ce|do not share|don t share|ne pas partager|"
            "pas partager|c c"
        ),
        1.5,
    ),
    (
        "'post this on your wall'",
        _rx(
            "(post|publish|poste[rz]?|publie[rz]?|publiez|share|partagez|coller|collez|"
            "paste)[^.!?]{0,40}(on|sur|to|in|into|en|dans|a) (your|votre|ton|ta|tes|vos|my|mon|ma) (wall|mur|profile|profil|"
            "feed|story|stories|timeline|statut|status)"
        ),
        1.0,
    ),
    (
        "deadline / 'from tomorrow'",
        _rx(
            "(from|starting|as of|beginning|effective) (tomorrow|today|monday|tuesday|"
            "wednesday|thursday|friday|saturday|sunday|next (week|month))|tomorrow|tonight|"
            "des demain|a partir de (demain|aujourd hui|ce soir|lundi|mardi|mercredi|jeudi|"
            "vendredi|samedi|dimanche|la semaine prochaine|du mois prochain)|demain|ce soir|"
            "dernier delai|deadline|before it s too late|too late|trop tard|within [0-9]+ ?(h|hours?|days?)|(sous|dans les|d ici) "
            "[0-9]+ ?(h|heures|jours)|le mois prochain|next month|minuit|midnight"
        ),
        0.5,
    ),
    (
        "'it was on the news'",
        _rx(
            "(tf1|bfm|france ?2|journal de [a-z0-9]+|en a parle|on the news|channel [0-9]+|"
            "chaine [0-9]+|bbc|cnn|fox news|la radio|the radio|a la tele|on tv|usa today)"
        ),
        0.5,
    ),
    (
        "ultimatum ('or else')",
        _rx(
            "or else|unless|otherwise|if you don t|if not|sinon|si vous ne|si tu ne|"
            "si on (n )?envoie pas|faute de quoi|sous peine"
        ),
        0.6,
    ),
    (
        "'for everyone'",
        _rx(
            "for everyone|for all users|pour tout le monde|pour tous|a tous les utilisateurs|"
            "all users|tous les utilisateurs|a tous (ses|les|nos) (membres|utilisateurs|abonnes)|tous les membres|"
            "all members|every user|chaque utilisateur"
        ),
        0.3,
    ),
    (
        "alarm words",
        _rx(
            "urgent|alerte?|warning|avis important|important|attention|psa|breaking|info importante|officiel|"
            "please read|lisez"
        ),
        0.4,
    ),
    (
        "'just in case' relay",
        _rx(
            "just in case|au cas ou|dans le doute|better safe than sorry|mieux vaut prevenir|"
            "forwarding anyway|on (ne )?sait jamais|je (le )?(fais|partage|transfere|poste)|"
            "i m (sharing|forwarding|posting)|i (did|am doing) it|it works|ca marche"
        ),
        1.5,
    ),
    (
        "relayed from someone",
        _rx(
            "ma (tante|mere|mamie|soeur|cousine|voisine)|mon (oncle|pere|cousin|frere|voisin)|"
            "my (mom|mum|aunt|uncle|dad|grandma|cousin|neighbou?r)|someone sent|on m a envoye|"
            "j ai recu|i got this|got this from|anyone else (get|got|receive[a-z]*|see)|"
            "quelqu un d autre a (recu|eu|vu)"
        ),
        0.5,
    ),
]

_DEBUNK_STRONG = _rx(
    "hoax|hoaxes|canulars?|intox|infox|fake news|fake|fakes|c est faux|c est pas vrai|est faux|faux|false|fausse|"
    "debunk[a-z]*|demonte|dementi[a-z]*|dement|denied|denies|not true|isn t true|untrue|bogus|doctored|fabricated|"
    "fact ?check[a-z]*|aucune valeur|no legal|does nothing|doesn t do anything|don t do anything|ne sert (a )?rien|"
    "sert a rien|n a aucun effet|has no effect|won t protect|ne protege pas|ne protegera pas|n existe pas|"
    "doesn t exist|does not exist|don t fall for|ne tombez pas|pure invention|satire|satirique|parodie"
)
_DEBUNK_WEAK = _rx(
    "rumeurs?|rumou?rs?|myth|mythe|chaine|chain (letter|message|mail)|old (chain|forward)|"
    "vieille chaine|recycl[a-z]*|encore cette"
)
_INSISTS = _rx(
    "not (a )?(fake|hoax|joke|chain|rumou?r)|pas (un |une )?(fake|blague|canular|intox|chaine|rumeur)|"
    "no joke|this is (real|true)|c est (bien |tres )?(vrai|serieux|officiel)|it s (real|true|official)|"
    "it is (real|true|official)|confirmed|confirme"
)
_QUESTION = _rx(
    "vrai ou (faux|pas|fake)|true or (false|not)|real or (fake|not)|(is|are) (it|this|that|these) "
    "(true|real|legit|a hoax|fake)|est ce (que c est )?vrai|est ce que|anyone know if|does anyone know|"
    "quelqu un sait|quelqu un peut confirmer|can (someone|anyone) confirm|is there any truth|"
    "y a t il du vrai|info ou intox|fake or not|legit or not|should i (forward|share|believe)|"
    "je dois (transferer|partager)|faut il (partager|croire)|c est vrai ca|(c est|c|cest) vrai \\?|"
    "(is it|is this|it s) true \\?"
)
_VRAI_QUE = _rx("(?<!si )(?<!if )(c est|c|cest) vrai que")
_DOUBT = _rx("(jsp|je sais pas|je ne sais pas|not sure|idk|dunno|i don t know) (si|if)")
_REAL_PRODUCT = _rx(
    "meta verified|verified badge|badge (bleu |blue )?(payant|paid)|abonnement sans pub[a-z]*|abo sans pub|sans pub|"
    "sans publicite|ad ?free|no ads|without ads|whatsapp business|business (api|platform|account)|cloud api|"
    "api whatsapp|whatsapp api|bsp|bsps|gupshup|twilio|templates?|modeles? (marketing|utilitaires)|per conversation|"
    "par conversation|x premium|twitter blue|youtube premium|premium tier|premium subs?[a-z]*|paid tiers?|tiers?|"
    "meta one|facebook plus|instagram plus|whatsapp plus|channel subscriptions?|abonnements? (aux|a des) chaines|"
    "microsoft 365|copilot|google one|onedrive|icloud|stockage|storage|[0-9]+ ?(go|gb)|html view|vue html|"
    "basic html|html basique|creator (package|subscriptions?)"
)
_OPTIONAL = _rx(
    "optional|optionnel[a-z]*|facultati[a-z]*|opt in|not mandatory|pas obligatoire|free tier|"
    "version gratuite|(features?|app|application|appli|messaging|messagerie|base|basic|core|version|tier|"
    "service) (will |will still |still |de base |basique )?(stays?|remains?|is still|are still|reste|"
    "restera|restent) (free|gratuit[a-z]*)|still (free|there)|(?<!you )(?<! u )stay free"
)
_BUSINESS = _rx(
    "entreprises?|businesses|business|companies|company|boites?|marques|brands|b2b|commercants?|"
    "billed to|factur[a-z]* (aux|a l) (entreprises?|boites?)|pas a toi|not (to )?you|creators?|createurs?"
)
_NEWS = _rx(
    "launched|lance[a-z]*|since|depuis|announced|annonce[a-z]*|reported|selon|according to|techcrunch|"
    "reuters|bloomberg|the verge|testing|teste[a-z]*|rolled out|deploy[a-z]*|commission|enquete|"
    "investigation|regulat[a-z]*|dma|rgpd|gdpr"
)
# reported speech without a date: "reports say", "reportedly", "selon plusieurs médias"
_REPORTED = _rx(
    "reports? (say|says|suggest[a-z]*|claim)|reportedly|according to (reports?|sources|the [a-z]+)|per (a )?report|"
    "selon (des|plusieurs|le|la|les|un|une) [a-z]+|d apres (des|plusieurs|un|une) [a-z]+|rapporte[a-z]*"
)
# a question mark after the claim that asks about something else ("anyone else got it?", "where do I move?")
_OTHER_QUESTION_SRC = (
    r"anyone else|quelqu un d autre|vous avez (recu|vu)|did you (get|see)|someone else|"
    r"(?<![a-z])(where|how|what|when|which|ou|comment|quand|quoi|quel|quelle)(?![a-z])"
)
_OTHER_QUESTION = re.compile(_OTHER_QUESTION_SRC)
# "Did you know … ?" / "Saviez-vous que … ?" before a claim announces it: rhetorical, not a question
_RHETORICAL = re.compile(
    r"(?<![a-z])(did you know|you know that|saviez vous|savez vous que|savais tu|vous saviez|tu savais|"
    r"tu sais que|vous savez que)(?![a-z])"
)
_NEVER = re.compile(r"(?!x)x")
_YEAR = re.compile(r" 20[0-3][0-9](?![0-9])")
_NEGATION = frozenset(
    squeeze(w)
    for w in [
        "ne",
        "n",
        "pas",
        "not",
        "no",
        "never",
        "jamais",
        "t",
        "nie",
        "aucun",
        "isnt",
        "wont",
        "dont",
        "doesnt",
        "isn",
        "aren",
    ]
)


class FiredCue(NamedTuple):
    """One cue that fired, with its points (a NamedTuple: cheap to create, immutable)."""

    kind: str  # platform | core | hallmark | chain | counter
    label: str
    points: float

    def __str__(self) -> str:
        return f"{self.kind}: {self.label} ({self.points:+.1f})"


@dataclass(frozen=True)
class MatchResult:
    flagged: bool
    score: float
    lang: str
    entry: Entry | None = None
    cues: tuple[FiredCue, ...] = ()
    near: Entry | None = None  # best candidate when not flagged (for "no known hoax" explanations)

    @property
    def hoax_id(self) -> str | None:
        return self.entry.id if self.entry else None

    def scan_json(self, msg_id: object) -> dict[str, object]:
        return {
            "id": msg_id,
            "flagged": self.flagged,
            "score": self.score,
            "hoax_id": self.hoax_id,
            "lang": self.lang,
        }


@dataclass
class _Features:
    norm: Normalised
    ready: bool = False
    memo: dict[object, tuple[re.Match[str] | None, bool]] = field(default_factory=dict)
    chain: list[FiredCue] = field(default_factory=list)
    chain_points: float = 0.0
    counters: list[FiredCue] = field(default_factory=list)
    counter_points: float = 0.0
    platforms: dict[str, bool] = field(default_factory=dict)


class Matcher:
    """Compiled catalogue. Thread-safe for reads; build a new one to change the catalogue."""

    def __init__(
        self,
        entries: Iterable[Entry] | None = None,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        today: date | None = None,
    ) -> None:
        day = today or datetime.now(UTC).date()
        self.entries: list[Entry] = [
            e for e in (load_builtin() if entries is None else entries) if e.valid_on(day)
        ]
        self.threshold = threshold
        index: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
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
            {k for e in self.entries for k in e.keywords}
            | {g for e in self.entries for w in e.gate for g in (w, squeeze(w)) if " " not in w}
        )
        self._gate = gate_regex(keywords) if keywords else _GATE_RX
        self._gate_lb = re.compile("(?<![a-z0-9])" + self._gate.pattern[1:])  # same, for raw lower text
        words = self._anchor_set | _CHAIN_WORDS
        self._word_rx = re.compile(
            "(?<![a-z0-9])(?:" + _trie_regex(sorted(words), whole=True) + ")(?![a-z0-9])"
        )
        self._gate_b = re.compile(self._gate.pattern.encode("ascii"))
        trie = _trie_regex(sorted(words), whole=True)
        self._word_b = re.compile((" (?:" + trie + ")(?![a-z0-9])").encode("ascii"))
        self._anchor_b = frozenset(b" " + a.encode("ascii") for a in self._anchor_set if a.isascii())

    # -- stage 1 ---------------------------------------------------------------------------------
    def candidates(self, text: str) -> tuple[list[int], Normalised | None]:
        """Stage 1: indices of the entries worth scoring (usually none), and the normalised text if
        it had to be computed. Ordinary messages cost one lower() and one trie-regex search."""
        if len(text) > MAX_CHARS:
            text = text[:MAX_CHARS]
        if text.isascii():
            # bytes fast path: one C translate (lower case, punctuation -> space), then regexes with
            # a literal leading space, which the engine finds with a fast scan
            b = b" " + text.encode("ascii").translate(_B_LOWER_WORDS)
            mb = self._word_b.search(b)
            if mb is None and _B_LEET_HINT.search(b):
                mb = self._word_b.search(b.translate(_B_LEET))
            if mb is None:
                return [], None
            if mb.group(0) in self._anchor_b:
                if not self._gate_b.search(b) and not (
                    _B_LEET_HINT.search(b) and self._gate_b.search(b.translate(_B_LEET))
                ):
                    return [], None
                tokens = quick_tokens(text)
                if not self._anchor_set.isdisjoint(tokens):
                    return self._index_of(tokens), None
            norm = normalise(text)
            if self._anchor_set.isdisjoint(norm.tokens):
                return [], norm
            return self._gated(norm.padded, list(norm.tokens), norm)
        # other text: Windows-1252 bytes (every French letter is one byte there), folded and
        # lower-cased by one table; anything else (emoji, CJK…) becomes "?" and then a space
        b = b" " + text.encode("cp1252", "replace").translate(_B_CP1252_FOLD)
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
                return [], None
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

    # -- stage 2 ---------------------------------------------------------------------------------
    @staticmethod
    def _features(f: _Features) -> None:
        if f.ready:
            return
        f.ready = True
        norm = f.norm
        t = norm.padded
        pts = 0.0
        for label, rx, w in CHAIN_CUES:
            if rx.search(t):
                f.chain.append(FiredCue("chain", label, w))
                pts += w
        if norm.caps_ratio >= 0.5:
            f.chain.append(FiredCue("chain", "ALL CAPS", 0.7))
            pts += 0.7
        if norm.bangs:
            f.chain.append(FiredCue("chain", "'!!!'", 0.3))
            pts += 0.3
        if norm.alarm_emoji:
            f.chain.append(FiredCue("chain", "alarm emoji", 0.3))
            pts += 0.3
        f.chain_points = min(pts, CHAIN_CAP)

        c: list[FiredCue] = []
        insist = _INSISTS.search(t)
        t_deb = _INSISTS.sub(" ", t) if insist else t
        m = _DEBUNK_STRONG.search(t_deb)
        if m:
            c.append(FiredCue("counter", f"debunking word '{m.group(0).strip()}'", -4.0))
        else:
            m = _DEBUNK_WEAK.search(t_deb)
            if m:
                c.append(FiredCue("counter", f"doubt word '{m.group(0).strip()}'", -1.5))
        if insist:
            c.append(FiredCue("chain", f"insists it is true ('{insist.group(0).strip()}')", 0.5))
        m = _QUESTION.search(t)
        if m or (_VRAI_QUE.search(t) and "?" in t):
            c.append(
                FiredCue(
                    "counter",
                    f"asks whether it is true ('{(m or _VRAI_QUE.search(t)).group(0).strip()}')",
                    -5.0,
                )
            )
        elif _DOUBT.search(t):
            c.append(FiredCue("counter", "expresses doubt", -1.0))
        products = _REAL_PRODUCT.findall(t)
        if products:
            m = _REAL_PRODUCT.search(t)
            c.append(
                FiredCue(
                    "counter",
                    f"names a real paid product ('{m.group(0).strip()}')",
                    -3.0 if len(products) == 1 else -5.0,
                )
            )
        m = _OPTIONAL.search(t)
        if m:
            c.append(FiredCue("counter", f"says it is optional / stays free ('{m.group(0).strip()}')", -2.5))
        m = _BUSINESS.search(t)
        if m:
            c.append(FiredCue("counter", f"business context ('{m.group(0).strip()}')", -2.0))
        if _NEWS.search(t) and _YEAR.search(t):
            c.append(FiredCue("counter", "news register (dated, reported)", -1.0))
        else:
            m = _REPORTED.search(t)
            if m:
                c.append(FiredCue("counter", f"cites a report ('{m.group(0).strip()}')", -1.0))
        f.counters = c
        f.counter_points = sum(x.points for x in c)

    @staticmethod
    def _negated(text: str, start: int) -> bool:
        before = text[max(0, start - 40) : start].split()[-3:]
        neg = [w for w in before if w in _NEGATION]
        if not neg:
            return False
        # French restrictive "ne ... que" ("ne montre qu'à 26 amis") is not a negation
        return not (
            set(neg) <= {"ne", "n"} and re.search(r"(?<![a-z])qu(e)?(?![a-z])", text[start : start + 60])
        )

    def _score_entry(self, e: Entry, f: _Features) -> tuple[float, list[FiredCue], bool]:
        t = f.norm.padded
        cues: list[FiredCue] = []
        raw = 0.0
        named = False
        for p in e.platforms:
            if p not in f.platforms:
                rx = _PLATFORM_RX.get(p)
                f.platforms[p] = bool(rx and rx.search(t))
            if f.platforms[p]:
                named = True
                cues.append(FiredCue("platform", PLATFORMS[p][0], 1.0))
                raw += 1.0
                break
        if e.platform_required and not named:
            return 0.0, cues, False
        core_hits: list[tuple[Cue, re.Match[str] | None]] = []
        negated: list[Cue] = []
        memo = f.memo
        for cue in e.core:
            found = memo.get(cue.regex)
            if found is None:
                # (first non-negated match among the first three, was the first match negated?)
                hit, neg = None, False
                for n, m in enumerate(cue.regex.finditer(t)):
                    if not self._negated(t, m.start()):
                        hit = m
                        break
                    if n == 0:
                        neg = True
                    if n >= 2:
                        break
                found = memo[cue.regex] = (hit, neg)
            if found[0] is not None:
                core_hits.append((cue, found[0]))
            elif found[1]:
                negated.append(cue)
        if e.keywords:
            overlap = e.keywords.intersection(f.norm.tokens)
            if len(overlap) >= max(2, int(0.6 * len(e.keywords) + 0.5)):
                core_hits.append(
                    (Cue("claim words: " + ", ".join(sorted(overlap)[:6]), _NEVER, 2.0, ""), None)
                )
        if not core_hits:
            if negated:
                cues.append(FiredCue("counter", f"negated claim ({negated[0].label})", -4.0))
            return raw, cues, False
        self._features(f)
        best = max(core_hits, key=lambda h: h[0].weight)
        raw += best[0].weight
        cues.append(FiredCue("core", best[0].label, best[0].weight))
        extra = [h for h in core_hits if h is not best][:2]
        for cue, _ in extra:
            cues.append(FiredCue("core", cue.label, 0.5))
            raw += 0.5
        # a claim immediately followed by a question mark is a question, unless the question is "anyone else?"
        for _, m in core_hits:
            if m is None:
                continue
            tail = t[m.end() : m.end() + 60]
            q = tail.find("?")
            if q >= 0 and _RHETORICAL.search(t, max(0, m.start() - 50), m.start()):
                break
            if q >= 0 and "!" not in tail[:q] and " . " not in tail[:q]:
                if not _OTHER_QUESTION.search(tail[:q]):
                    cues.append(FiredCue("counter", "claim phrased as a question", -2.5))
                    raw -= 2.5
                break
        hall = 0.0
        for cue in e.hallmarks:
            if cue.regex.search(t):
                cues.append(FiredCue("hallmark", cue.label, cue.weight))
                hall += cue.weight
        raw += min(hall, HALLMARK_CAP)
        for cue in e.counters:
            if cue.regex.search(t):
                cues.append(FiredCue("counter", cue.label, cue.weight))
                raw += cue.weight
        cues.extend(f.chain)
        raw += f.chain_points
        cues.extend(f.counters)
        raw += f.counter_points
        ok = True
        if e.requires_chain and f.chain_points + min(hall, HALLMARK_CAP) < 1.5:
            ok = False
        return raw, cues, ok

    def match(self, text: str, threshold: float | None = None) -> MatchResult:
        thr = self.threshold if threshold is None else threshold
        idx, norm = self.candidates(text)
        if not idx:
            if norm is None:
                toks = quick_tokens(text)
                return MatchResult(False, 0.0, detect_lang(toks, not text.isascii()))
            return MatchResult(False, 0.0, detect_lang(norm.tokens, norm.accents))
        return self.score(text, idx, norm, thr)

    def score(
        self, text: str, idx: list[int], norm: Normalised | None = None, threshold: float | None = None
    ) -> MatchResult:
        """Stage 2 for a message `candidates` kept: (idx, norm) as it returned them."""
        thr = self.threshold if threshold is None else threshold
        norm = norm or normalise(text)
        lang = detect_lang(norm.tokens, norm.accents)
        f = _Features(norm=norm)
        best: tuple[float, Entry, list[FiredCue]] | None = None
        near: tuple[float, Entry] | None = None
        for i in idx:
            e = self.entries[i]
            raw, cues, ok = self._score_entry(e, f)
            has_core = any(c[0] == "core" for c in cues)
            if has_core and ok and raw / SCORE_SCALE >= thr:
                if best is None or raw > best[0]:
                    best = (raw, e, cues)
            elif has_core and (near is None or raw > near[0]):
                near = (raw, e)
        if best is not None:
            score = round(min(1.0, best[0] / SCORE_SCALE), 3)
            return MatchResult(True, score, lang, best[1], tuple(best[2]))
        score = round(max(0.0, min(thr - 0.001, near[0] / SCORE_SCALE)), 3) if near else 0.0
        return MatchResult(False, score, lang, None, (), near[1] if near else None)

    def scan_line(self, msg_id: object, text: str) -> dict[str, object]:
        return self.match(text).scan_json(msg_id)


_DEFAULT: Matcher | None = None


def default_matcher() -> Matcher:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Matcher()
    return _DEFAULT
