"""The hoax catalogue: schema.org ClaimReview JSON in, compiled entries out, and back.

The shipped catalogue is `catalogue.json` next to this file: a JSON-LD document whose `@graph` holds
one `ClaimReview` per hoax family. Standard fields carry what any fact-check consumer understands
(`claimReviewed`, `reviewRating.alternateName`, `url`/`author` of the main fact-check, `citation` for
the other fact-checks, `itemReviewed.datePublished` = first seen, `temporalCoverage` = the period in
which the verdict holds). The `capexbot` key holds what the matcher needs (bilingual claim and
explanation, platforms, cue patterns). Cue patterns are regular expressions over *normalised* text
(see `normalise.py`) and are squeezed like the text before compiling.

`parse_document` also accepts plain ClaimReview objects (a list, a single object, JSON lines) and
the Google Fact Check Tools `claims:search` format, so fact-checkers' feeds can be imported; entries
without cue patterns get keyword cues derived from their claim text.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

import re2

from commands.hoax.normalise import cue_regex, fold, normalise, squeeze, squeeze_pattern

MAX_PATTERN_CHARS = 2000


class CatalogueError(ValueError):
    """A catalogue document or entry is invalid (message says which entry and why)."""


@dataclass(frozen=True)
class Cue:
    label: str
    regex: Any  # re.Pattern-like: .search / .finditer (a CueRegex, or an RE2 pattern for imports)
    weight: float
    source: str  # the pattern as written


@dataclass(frozen=True)
class Entry:
    id: str
    platforms: tuple[str, ...]
    claim: dict[str, str]
    verdict: dict[str, str]
    explanation: dict[str, str]
    links: tuple[tuple[str, str], ...]  # (publisher, url)
    first_seen: int | None
    valid_from: date | None
    valid_until: date | None
    anchors: tuple[str, ...]
    platform_required: bool
    requires_chain: bool
    core: tuple[Cue, ...]
    hallmarks: tuple[Cue, ...]
    counters: tuple[Cue, ...]
    keywords: frozenset[str] = frozenset()  # imported entries: claim words (squeezed)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # retrieval (commands/hoax/check.py): the claim as people and fact-checkers word it
    statements: tuple[str, ...] = ()
    verdict_code: str = "false"  # false | misleading | true | mixed | unproven
    gate: tuple[str, ...] = ()  # extra pre-filter words: a message needs one to be checked
    became_true: dict[str, str] | None = None  # {"date", "en", "fr"}: the claim is now true news
    subjects: tuple[str, ...] = ()  # what the claim is about, when narrower than the anchors
    # the claim, now true, is about something nobody has to take (Meta's paid AI plans): a text
    # saying everyone must pay, or lose their account, is about the hoax next to it instead
    optional: bool = False
    # the words any statement of the claim uses ("25", "limit" for "Facebook shows your posts to 25
    # friends"): a flag without chain-letter cues needs one, so "Facebook suggested my ex as a friend,
    # thanks algorithm" shares the family's words without stating its claim
    claim_words: Cue | None = None
    # the claim is a request the scam makes of the reader ("send me back the code I sent by mistake"):
    # a text all but quoting it, asking only with a question mark, is the scam passed on
    request: bool = False
    # the claim is itself a warning ("the Martinelli video hacks your phone, beware"): advice that
    # states it in its own words passes the hoax on, unlike advice about the real scam next to it
    warning: bool = False
    # the hoax reads like the genuine post it imitates ("found this puppy hit by a car, not chipped,
    # please share"; "a white van is trying to take children near the schools"): the spread model
    # learnt their tone as ordinary local posts, so it is treated as blind to the family: it does not
    # veto a plain assertion from retrieval GENUINE_SCORE, negations included ("not chipped")
    looks_genuine: bool = False
    # the same kind of claim under other names ("Goodbye Meta AI" is the copyright notice of 2024):
    # people name them interchangeably, so a question about one is also answered about the nearest other
    kin: tuple[str, ...] = ()
    # the chain this claim is told in ("everything becomes public tomorrow" opens the copy-paste
    # notice): a question about the claim is about that chain too, whatever words it shares with it
    carried_by: str | None = None
    # anchors that say which claim this is ("hacker" for Jayden K. Smith, "video" for the Messenger
    # phishing): other anchors are left out of similarity (a platform name says nothing), these stay
    telling: tuple[str, ...] = ()

    def valid_on(self, day: date) -> bool:
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day > self.valid_until)


@dataclass(frozen=True)
class Truth:
    """True news that looks like a hoax (an optional paid plan, a real policy), with its source."""

    id: str
    date: str
    source: str
    url: str
    text: dict[str, str]
    statements: tuple[str, ...]
    families: tuple[str, ...]
    # words one of which a text must hold to be about this story ("ad-free" for the EU subscription),
    # so a plain "Facebook will charge $2.99 a month" is not taken for it; default: its platforms
    subjects: tuple[str, ...] = ()
    optional: bool = False  # an offer nobody has to take (see Entry.optional)
    # background that answers questions ("is Insta down for everyone?") but never quiets a claim:
    # a conspiracy about an outage names the outage too
    answers_only: bool = False
    # the false claims this story refutes ("Meta AI reads all your messages", "the map shares your
    # position automatically"), or what it is not about (Meta AI in WhatsApp is not about paying):
    # a text saying them is not this story, however close it is
    denied_by: Cue | None = None


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # a rejected pattern is reported once, as a CatalogueError


def _safe_regex(pattern: str) -> Any:
    """An imported cue compiled by RE2, whose matching time is linear in the text whatever the
    pattern (`(xy|xyxy)*z` cannot backtrack). RE2 has no look-arounds or back-references: a
    pattern using them is rejected, not silently changed. Same anchoring as `cue_regex`."""
    return re2.compile(f" (?:{squeeze_pattern(pattern)})(?:[^a-z0-9]|$)", _RE2_OPTIONS)


def _compile(label: str, pattern: str, weight: Any, where: str, untrusted: bool) -> Cue:
    if not isinstance(pattern, str) or not pattern or len(pattern) > MAX_PATTERN_CHARS:
        raise CatalogueError(f"{where}: cue {label!r} needs a pattern of 1..{MAX_PATTERN_CHARS} chars")
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not math.isfinite(weight):
        raise CatalogueError(f"{where}: cue {label!r} weight must be a finite number")
    if abs(weight) > 10:
        raise CatalogueError(f"{where}: cue {label!r} weight must be between -10 and 10")
    try:
        trusted = not untrusted or pattern in _builtin_patterns()
        rx = cue_regex(pattern) if trusted else _safe_regex(pattern)
    except (re.error, re2.error, RecursionError, OverflowError) as exc:
        msg = exc.args[0] if exc.args else exc
        if isinstance(msg, bytes):
            msg = msg.decode("utf-8", "replace")
        raise CatalogueError(f"{where}: cue {label!r} is not a supported linear-time pattern: {msg}") from exc
    return Cue(label=str(label), regex=rx, weight=float(weight), source=pattern)


def _cues(items: Any, cuesets: dict[str, list[Any]], where: str, untrusted: bool) -> tuple[Cue, ...]:
    out: list[Cue] = []
    if not isinstance(items, list | tuple | type(None)):
        raise CatalogueError(f"{where}: cues must be a list")
    for item in items or []:
        if isinstance(item, str) and item.startswith("@"):
            name = item[1:]
            if name not in cuesets:
                raise CatalogueError(f"{where}: unknown cue set {item!r}")
            out.extend(_cues(cuesets[name], {}, f"{where} {item}", untrusted))
            continue
        if not isinstance(item, list | tuple) or len(item) != 3:
            raise CatalogueError(f"{where}: a cue is [label, pattern, weight], got {item!r}")
        out.append(_compile(item[0], item[1], item[2], where, untrusted))
    return tuple(out)


def _date(value: Any) -> date | None:
    if value in (None, "", ".."):
        return None
    text = str(value)
    try:
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1)
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


# Words that say nothing about an imported claim; `_keywords` keeps tokens of 4+ letters only, so
# shorter function words need no entry. Squeezed as `normalise` writes tokens ("message" -> "mesage").
_STOP = frozenset(
    squeeze(w)
    for w in [
        "with", "that", "this", "your", "from", "pour", "avec", "vont", "sont", "cette", "votre",
        "leur", "leurs", "nous", "vous", "they", "their", "claim", "claims", "post", "posts",
        "message", "messages", "says", "said", "would", "could", "peut", "peuvent"
    ]
)


def _keywords(text: str) -> frozenset[str]:
    toks = [t for t in normalise(text).tokens if len(t) >= 4 and t not in _STOP and not t.isdigit()]
    return frozenset(toks[:12])


def _links(obj: dict[str, Any]) -> list[tuple[str, str]]:
    links: list[tuple[str, str]] = []

    def add(name: Any, url: Any) -> None:
        if (
            isinstance(url, str)
            and url.startswith(("http://", "https://"))
            and url not in [u for _, u in links]
        ):
            links.append((str(name or "fact-check"), url))

    author = obj.get("author") or obj.get("publisher") or {}
    if isinstance(author, list):
        author = author[0] if author else {}
    add(author.get("name") if isinstance(author, dict) else author, obj.get("url"))
    for cit in obj.get("citation") or []:
        if isinstance(cit, dict):
            pub = cit.get("publisher") or cit.get("author") or {}
            add(pub.get("name") if isinstance(pub, dict) else pub, cit.get("url"))
        elif isinstance(cit, str):
            add("fact-check", cit)
    return links


def _texts(value: Any, where: str, name: str) -> dict[str, str]:
    """A {"en": ..., "fr": ...} field; anything else in a document is an error, not a crash later."""
    if value is None or value == {}:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise CatalogueError(f"{where}: {name} must map languages to text")
    return {str(k): v for k, v in value.items()}


def _strings(value: Any, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CatalogueError(f"{where}: {name} must be a list of strings")
    return tuple(value)


VERDICT_CODES = ("false", "misleading", "true", "mixed", "unproven")
_VERDICT_WORDS = (
    ("misleading", "misleading"), ("trompeur", "misleading"), ("mixed", "mixed"), ("partly", "mixed"),
    ("partiellement", "mixed"), ("unproven", "unproven"), ("unverified", "unproven"), ("true", "true"),
    ("vrai", "true"),
)


def _verdict_code(ext: dict[str, Any], verdict_en: str, where: str) -> str:
    """The machine verdict: given in the catalogue, else read from the rating's words."""
    code = ext.get("verdict_code")
    if code is not None:
        if code not in VERDICT_CODES:
            raise CatalogueError(f"{where}: verdict_code must be one of {', '.join(VERDICT_CODES)}")
        return str(code)
    low = verdict_en.lower()
    if low.startswith(("false", "faux", "scam", "fake", "pants")):
        return "false"
    return next((c for w, c in _VERDICT_WORDS if w in low), "false")


# Retrieval scores a family by its best statement; past a few dozen, extra wordings add false
# matches faster than they add recall, so an over-long list is an authoring error, not a cut.
MAX_STATEMENTS = 60


def _statements(ext: dict[str, Any], claim: dict[str, str], where: str) -> tuple[str, ...]:
    value = ext.get("statements")
    if value is None:
        value = {}
    if not isinstance(value, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) and len(x) <= 500 for x in v) for v in value.values()
    ):
        raise CatalogueError(f"{where}: statements must map languages to lists of short texts")
    out = [claim["en"], claim["fr"]] + [x for v in value.values() for x in v]
    unique = tuple(dict.fromkeys(x for x in out if x.strip()))
    if len(unique) > MAX_STATEMENTS:
        raise CatalogueError(
            f"{where}: {len(unique)} statements, at most {MAX_STATEMENTS} (one family must not outweigh the rest)"
        )
    return unique


def entry_from_claimreview(
    obj: dict[str, Any], cuesets: dict[str, list[Any]] | None = None, *, untrusted: bool = False
) -> Entry:
    """One ClaimReview object (ours or a fact-checker's) -> Entry. Raises CatalogueError.
    `untrusted` (imports): cue patterns run on RE2 unless they are the built-in catalogue's own."""
    from commands.hoax.cue_rules import detect_platforms  # local: cue_rules is built on normalise, like us

    if not isinstance(obj, dict):
        raise CatalogueError("an entry must be a JSON object")
    cuesets = cuesets or {}
    ext = obj.get("capexbot")
    ext = {} if ext is None else ext
    if not isinstance(ext, dict):
        raise CatalogueError("the capexbot key must be an object")
    ident, claim_text = _identity(obj)
    where = f"entry {ident}"
    claim, verdict, explanation = _wording(obj, ext, claim_text, where)
    links = _links(obj)
    if not links:
        raise CatalogueError(f"{where}: needs at least one fact-check URL (url or citation)")
    cues = ext.get("cues")
    cues = {} if cues is None else cues
    if not isinstance(cues, dict):
        raise CatalogueError(f"{where}: cues must be an object")
    core = _cues(cues.get("core"), cuesets, where, untrusted)
    hallmarks = _cues(cues.get("hallmarks"), cuesets, where, untrusted)
    counters = _cues(cues.get("counters"), cuesets, where, untrusted)
    if "platforms" in ext:
        platforms = _strings(ext["platforms"], where, "platforms")
    else:
        platforms = tuple(detect_platforms(claim["en"] + " " + claim["fr"]))
    keywords: frozenset[str] = frozenset()
    if not core and "gate" not in ext:  # imported claims: derive cue words from the claim text
        keywords = _keywords(claim["en"]) | (
            _keywords(claim["fr"]) if claim["fr"] != claim["en"] else frozenset()
        )
        if len(keywords) < 2:
            raise CatalogueError(f"{where}: no cue patterns and too few words in the claim to derive them")
    first_seen, valid_from, valid_until = _dates(obj, ext, where)
    anchors = tuple(fold(a).lower() for a in _strings(ext.get("anchors"), where, "anchors"))
    if not anchors and keywords:
        anchors = tuple(sorted(keywords))
    return Entry(
        id=ident,
        platforms=platforms,
        claim=claim,
        verdict=verdict,
        explanation=explanation,
        links=tuple(links),
        first_seen=int(first_seen) if first_seen else None,
        valid_from=valid_from,
        valid_until=valid_until,
        anchors=anchors,
        platform_required=bool(ext.get("platform_required", bool(platforms))),
        requires_chain=bool(ext.get("requires_chain", not core)),
        core=core,
        hallmarks=hallmarks,
        counters=counters,
        keywords=keywords,
        raw=obj,
        statements=_statements(ext, claim, where),
        verdict_code=_verdict_code(ext, verdict["en"], where),
        # folded: the pre-filter compares gate stems with folded text ("vidéo" is "video" there)
        gate=tuple(fold(w).lower() for w in _strings(ext.get("gate"), where, "gate") if 3 <= len(w) <= 30),
        became_true=_became_true(ext.get("became_true"), where),
        subjects=tuple(w.lower() for w in _strings(ext.get("subjects"), where, "subjects")),
        optional=ext.get("optional") is True,
        claim_words=_compile("claim words", ext["claim_words"], 1, where, untrusted) if "claim_words" in ext else None,
        request=ext.get("request") is True,
        warning=ext.get("warning") is True,
        looks_genuine=ext.get("looks_genuine") is True,
        kin=_strings(ext.get("kin"), where, "kin"),
        carried_by=str(ext["carried_by"]) if ext.get("carried_by") else None,
        telling=tuple(fold(w).lower() for w in _strings(ext.get("telling"), where, "telling")),
    )


def _identity(obj: dict[str, Any]) -> tuple[str, str]:
    """(identifier, claimReviewed): a fact-checker's entry without an identifier gets one made
    from its claim, so re-importing the same file replaces rather than duplicates."""
    claim_text = str(obj.get("claimReviewed") or "").strip()
    ident = str(obj.get("identifier") or "").strip()
    if not ident:
        base = re.sub(r"[^a-z0-9]+", "-", normalise(claim_text).text)[:48].strip("-")
        ident = f"imported-{base}" if base else ""
    if not ident:
        raise CatalogueError("entry without identifier or claimReviewed")
    return ident, claim_text


def _wording(
    obj: dict[str, Any], ext: dict[str, Any], claim_text: str, where: str
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(claim, verdict, explanation) in English and French: ours from the `capexbot` key, else
    the ClaimReview's own text in both languages."""
    claim = _texts(ext.get("claim"), where, "claim")
    claim.setdefault("en", claim_text or claim.get("fr", ""))
    claim.setdefault("fr", claim["en"])
    if not claim["en"]:
        raise CatalogueError(f"{where}: no claim text")
    rating = obj.get("reviewRating") or {}
    if not isinstance(rating, dict):
        raise CatalogueError(f"{where}: reviewRating must be an object")
    verdict_text = str(rating.get("alternateName") or "False")
    verdict = _texts(ext.get("verdict"), where, "verdict") or {"en": verdict_text, "fr": verdict_text}
    verdict.setdefault("fr", verdict.get("en", verdict_text))
    verdict.setdefault("en", verdict["fr"])
    explanation = _texts(ext.get("explanation"), where, "explanation")
    body = str(obj.get("reviewBody") or obj.get("description") or "").strip()
    explanation.setdefault("en", body or f"Fact-checkers rated this claim: {verdict['en']}.")
    explanation.setdefault("fr", body or f"Les fact-checkers ont jugé cette affirmation : {verdict['fr']}.")
    return claim, verdict, explanation


def _dates(obj: dict[str, Any], ext: dict[str, Any], where: str) -> tuple[Any, date | None, date | None]:
    """(first seen, valid from, valid until): from our `capexbot` key, else the ClaimReview's
    `itemReviewed.datePublished` and `temporalCoverage` ("2012/.." = from 2012, no end)."""
    item = obj.get("itemReviewed")
    if item is not None and not isinstance(item, dict):
        raise CatalogueError(f"{where}: itemReviewed must be an object")
    valid = ext.get("valid") or {}
    if not isinstance(valid, dict):
        raise CatalogueError(f"{where}: valid must be an object")
    coverage = str(obj.get("temporalCoverage") or "")
    first_seen = ext.get("first_seen")
    if first_seen is None and isinstance(item, dict):
        d = _date(item.get("datePublished"))
        first_seen = d.year if d else None
    valid_from = _date(valid.get("from")) or _date(coverage.split("/")[0] if coverage else None)
    valid_until = _date(valid.get("until")) or _date(coverage.split("/")[1] if "/" in coverage else None)
    return first_seen, valid_from, valid_until


def _became_true(value: Any, where: str) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("date", "en", "fr")):
        raise CatalogueError(f"{where}: became_true needs date, en and fr texts")
    return {k: value[k] for k in ("date", "en", "fr")}


def truths_from(doc: Any) -> list[Truth]:
    """The `capexbot:truths` list of a catalogue document (true news next to the hoaxes)."""
    items = doc.get("capexbot:truths") if isinstance(doc, dict) else None
    out: list[Truth] = []
    for n, t in enumerate(items or [], 1):
        try:
            out.append(
                Truth(
                    id=str(t["id"]),
                    date=str(t["date"]),
                    source=str(t["source"]),
                    url=str(t["url"]),
                    text={"en": str(t["en"]), "fr": str(t["fr"])},
                    statements=tuple(str(x) for x in t.get("statements") or ()) + (str(t["en"]), str(t["fr"])),
                    families=tuple(str(x) for x in t.get("families") or ()),
                    subjects=tuple(str(x) for x in t.get("subjects") or ()),
                    optional=t.get("optional") is True,
                    answers_only=t.get("answers_only") is True,
                    denied_by=_compile("denied by", t["denied_by"], 1, f"truth {n}", False) if "denied_by" in t else None,
                )
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise CatalogueError(f"truth {n}: malformed ({type(exc).__name__})") from exc
    return out


_TRUTHS: list[Truth] | None = None


def load_truths() -> list[Truth]:
    """The shipped catalogue's true-news items (parsed once)."""
    global _TRUTHS
    if _TRUTHS is None:
        _TRUTHS = truths_from(json.loads(builtin_text()))
    return list(_TRUTHS)


def _from_google_claims(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Google Fact Check Tools `claims:search` response -> ClaimReview-shaped objects."""
    out = []
    for claim in doc.get("claims") or []:
        for review in claim.get("claimReview") or []:
            out.append(
                {
                    "@type": "ClaimReview",
                    "claimReviewed": claim.get("text", ""),
                    "url": review.get("url"),
                    "author": {"@type": "Organization", "name": (review.get("publisher") or {}).get("name")},
                    "reviewRating": {
                        "@type": "Rating",
                        "alternateName": review.get("textualRating", "False"),
                    },
                    "datePublished": review.get("reviewDate"),
                    "inLanguage": review.get("languageCode"),
                    "itemReviewed": {"@type": "Claim", "datePublished": claim.get("claimDate")},
                    "description": review.get("title", ""),
                }
            )
    return out


def _json(text: str) -> Any:
    """json.loads that reports absurd nesting (a 100,000-deep list) as a CatalogueError."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise CatalogueError("JSON nested too deeply") from exc


def parse_document(text: str, *, untrusted: bool = False) -> tuple[list[Entry], dict[str, Any]]:
    """Parse catalogue/feed text. Returns (entries, cuesets). Raises CatalogueError, and only that,
    whatever the document holds. `untrusted` (imports): see `entry_from_claimreview`."""
    text = text.strip()
    if not text:
        raise CatalogueError("empty document")
    try:
        doc: Any = _json(text)
    except json.JSONDecodeError:
        try:
            doc = [_json(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise CatalogueError(f"not JSON or JSON lines: {exc}") from exc
    cuesets: dict[str, Any] = {}
    if isinstance(doc, dict) and "@graph" in doc:
        cuesets = doc.get("capexbot:cueSets") or {}
        if not isinstance(cuesets, dict):
            raise CatalogueError("capexbot:cueSets must be an object")
        items = doc["@graph"]
    elif isinstance(doc, dict) and "claims" in doc:
        try:
            items = _from_google_claims(doc)
        except (TypeError, AttributeError) as exc:
            raise CatalogueError(f"malformed claims:search response ({type(exc).__name__})") from exc
    elif isinstance(doc, dict):
        items = [doc]
    else:
        items = doc
    if not isinstance(items, list) or not items:
        raise CatalogueError("expected a non-empty list of ClaimReview objects")
    entries: list[Entry] = []
    seen: set[str] = set()
    for n, obj in enumerate(items, 1):
        try:
            entry = entry_from_claimreview(obj, cuesets, untrusted=untrusted)
        except CatalogueError as exc:
            raise CatalogueError(f"item {n}: {exc}") from exc
        except (TypeError, ValueError, AttributeError, KeyError, IndexError, RecursionError) as exc:
            raise CatalogueError(f"item {n}: malformed entry ({type(exc).__name__})") from exc
        if entry.id in seen:
            raise CatalogueError(f"item {n}: duplicate identifier {entry.id!r}")
        seen.add(entry.id)
        entries.append(entry)
    return entries, cuesets


_BUILTIN: tuple[list[Entry], dict[str, Any]] | None = None


def builtin_text() -> str:
    return resources.files("commands.hoax").joinpath("catalogue.json").read_text(encoding="utf-8")


def load_builtin() -> list[Entry]:
    """The shipped catalogue (parsed once)."""
    global _BUILTIN
    if _BUILTIN is None:
        _BUILTIN = parse_document(builtin_text())
    return list(_BUILTIN[0])


def _builtin_patterns() -> frozenset[str]:
    """Cue patterns of the shipped catalogue: reviewed code, so an export re-imports unchanged."""
    global _PATTERNS
    if _PATTERNS is None:
        doc = json.loads(builtin_text())
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, list) and len(node) == 3 and isinstance(node[1], str) and isinstance(node[0], str):
                found.add(node[1])
            elif isinstance(node, list):
                for x in node:
                    walk(x)
            elif isinstance(node, dict):
                for x in node.values():
                    walk(x)

        walk(doc.get("capexbot:cueSets"))
        for obj in doc["@graph"]:
            walk((obj.get("capexbot") or {}).get("cues"))
        _PATTERNS = frozenset(found)
    return _PATTERNS


_PATTERNS: frozenset[str] | None = None


def export_document(entries: list[Entry]) -> dict[str, Any]:
    """A JSON-LD document (same shape as catalogue.json) holding these entries' ClaimReviews."""
    cuesets = (_BUILTIN or parse_document(builtin_text()))[1]
    graph = []
    for e in entries:
        obj = dict(e.raw)
        obj.setdefault("@type", "ClaimReview")
        obj["identifier"] = e.id
        graph.append(obj)
    return {"@context": "https://schema.org", "capexbot:cueSets": cuesets, "@graph": graph}
