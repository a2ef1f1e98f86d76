"""Watch mode: what the Discord and Matrix front ends call for every ordinary chat message.

Contract (platform-free; front ends must not re-implement any of it)::

    reply = await check_message(text, place, services)

* `text`: the message body as received (any length, any characters; only the first few KB are
  looked at). `place`: `Place(platform, id)` of the channel/room. `services`: the shared Services.
* Returns `None` — say nothing — unless ALL of these hold: watch mode is on for `place`
  (`hoax watch on`, off by default), the message matches a catalogue hoax at or above the
  threshold (the place's own threshold, else `services.hoax_threshold`, default 0.5), and this
  claim has not been flagged in this place in the last 10 minutes (recorded atomically in
  storage, so concurrent calls flag once).
* Otherwise returns a short `Reply` (`command="hoax"`, `severity="warning"`, in the message's
  language): the matched claim, a short explanation, fact-check links, the cues. Its
  `effects` holds `React("⚠️")`: the front end adds that reaction to the message and posts the reply
  once as a reply to it. `extra["hoax"]` holds {"hoax_id", "score", "lang", "cues"}.
* The reply never mentions or pings anyone and never quotes the message; front ends must still
  send it with mentions disabled, and must never delete or edit the user's message.
* Cost: ordinary messages are rejected by a token-set pre-filter in about a microsecond, before
  any database access; matching is bounded per message (no catastrophic regex backtracking),
  so calling this inline from the event loop is fine.
* Errors inside (e.g. a locked database) propagate; front ends log them and carry on.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from commands.hoax.catalogue import Entry, load_builtin, parse_document
from commands.hoax.matcher import DEFAULT_THRESHOLD, FiredCue, Matcher, MatchResult
from commands.i18n import tr
from commands.types import Place, React, Reply

if TYPE_CHECKING:
    from commands.services import Services

FLAG_EMOJI = "\u26a0\ufe0f"
VERSION_CHECK_SECONDS = 30.0

_CACHE_ATTR = "_hoax_matcher_cache"
_cache: dict[int, tuple[str, Matcher, float]] = {}


async def entries_for(services: Services) -> list[Entry]:
    """Built-in catalogue merged with imported claims (an imported identifier replaces a built-in)."""
    entries = {e.id: e for e in load_builtin()}
    repo = getattr(services.storage, "hoax", None)
    if repo is not None:
        imported = await repo.claims()  # storage migrates on open: the table always exists
        if imported:
            for e in parse_document(_as_json(imported), untrusted=True)[0]:
                entries[e.id] = e
    return list(entries.values())


def _as_json(objs: list[dict]) -> str:
    import json

    return json.dumps(objs)


async def matcher_for(services: Services) -> Matcher:
    """A Matcher for this storage, rebuilt when imported claims change (checked every 30 s).

    The cache lives on the storage object itself (falling back to a module dict keyed by id for
    objects that refuse attributes), so a new Storage never inherits another one's catalogue."""
    storage = services.storage
    repo = getattr(storage, "hoax", None)
    cached = getattr(storage, _CACHE_ATTR, None) or _cache.get(id(storage))
    now = time.monotonic()
    if cached and now - cached[2] < VERSION_CHECK_SECONDS:
        return cached[1]
    version = await repo.claims_version() if repo is not None else "none"
    if cached and cached[0] == version:
        matcher = cached[1]
    else:
        matcher = Matcher(await entries_for(services), today=services.now().date())
    entry = (version, matcher, now)
    try:
        setattr(storage, _CACHE_ATTR, entry)
    except (AttributeError, TypeError):
        _cache[id(storage)] = entry
    return matcher


def default_threshold(services: Services) -> float:
    return float(getattr(services, "hoax_threshold", DEFAULT_THRESHOLD))


_KIND_FR = {
    "platform": "plateforme",
    "core": "affirmation",
    "hallmark": "détail typique",
    "chain": "chaîne",
    "counter": "contre-indice",
}


def _cue_text(cue: FiredCue, lang: str) -> str:
    kind = _KIND_FR.get(cue.kind, cue.kind) if lang == "fr" else cue.kind
    return f"{kind}: {cue.label} ({cue.points:+.1f})"


def flag_reply(res: MatchResult, lang: str, *, short: bool) -> Reply:
    """The Reply for a flagged message (short = watch mode) or a `hoax` verdict."""
    e = res.entry
    assert e is not None
    claim = e.claim.get(lang) or e.claim["en"]
    explanation = e.explanation.get(lang) or e.explanation["en"]
    verdict = e.verdict.get(lang) or e.verdict["en"]
    links = tuple((name, url) for name, url in e.links[: 2 if short else 5])
    cues = [_cue_text(c, lang) for c in res.cues]
    # No emoji in the title: front ends add the severity icon (Matrix printed "⚠️ ⚠️" before).
    title = tr(lang, "Likely hoax", "Probablement un canular")
    if short:
        first = explanation.split(". ")[0].rstrip(".") + "."
        text = (
            f"{FLAG_EMOJI} {title}: {claim}\n{verdict}. {first}\n"
            + "\n".join(f"{n}: {u}" for n, u in links)
            + "\n"
            + tr(
                lang,
                "(hoax watch: `hoax watch off` stops these notes)",
                "(veille hoax : `hoax watch off` pour arrêter)",
            )
        )
    else:
        text = (
            f"{FLAG_EMOJI} {title} ({tr(lang, 'score', 'score')} {res.score:.2f})\n"
            f"{tr(lang, 'Claim', 'Affirmation')}: {claim}\n{tr(lang, 'Verdict', 'Verdict')}: {verdict}\n\n"
            f"{explanation}\n\n{tr(lang, 'Fact-checks', 'Vérifications')}:\n"
            + "\n".join(f"- {n}: {u}" for n, u in links)
            + f"\n\n{tr(lang, 'Cues', 'Indices')}: "
            + "; ".join(cues)
        )
    fields: tuple[tuple[str, str], ...] = (
        (tr(lang, "Claim", "Affirmation"), claim),
        (tr(lang, "Verdict", "Verdict"), verdict),
        (tr(lang, "Cues", "Indices"), "\n".join(cues[:12])),
    )
    return Reply(
        title=title,
        text=text,
        command="hoax",
        lang=lang,  # type: ignore[arg-type]
        fields=fields if not short else fields[:2],
        links=links,
        footer=tr(lang, f"Catalogue entry {e.id}", f"Fiche du catalogue {e.id}"),
        severity="warning",
        effects=(React(FLAG_EMOJI),),
        extra={
            "hoax": {"flagged": True, "hoax_id": e.id, "score": res.score, "lang": res.lang, "cues": cues},
        },
    )


async def check_message(text: str, place: Place, services: Services) -> Reply | None:
    """See the module docstring: None = say nothing; else react ⚠️ and post the Reply once."""
    if not text:
        return None
    matcher = await matcher_for(services)
    idx, norm = matcher.candidates(text)
    if not idx:
        return None
    repo = services.storage.hoax
    state = await repo.watch_state(place.platform, place.id)
    if state is None or not state.enabled:
        return None
    threshold = state.threshold or default_threshold(services)
    res = matcher.score(text, idx, norm, threshold)
    if not res.flagged or res.entry is None:
        return None
    if not await repo.try_flag(place.platform, place.id, res.entry.id, services.now()):
        return None
    return flag_reply(res, res.lang, short=True)
