"""Watch mode: what the Discord and Matrix front ends call for every ordinary chat message.

Contract (platform-free; front ends must not re-implement any of it)::

    reply = await check_message(text, place, services)

* `text`: the message body as received (any length, any characters; only the first few KB are
  looked at). `place`: `Place(platform, id)` of the channel/room. `services`: the shared Services.
* Returns `None` — say nothing — unless ALL of these hold: watch mode is on for `place`
  (`hoax watch on`, off by default), the message matches a catalogue hoax at or above the
  threshold (the place's own threshold, else `services.hoax_threshold`, default 0.5) — or is a
  chain letter no family covers (`chain_letter.py`) — and this claim (all unknown chain letters
  count as one) has not been flagged in this place in the last 10 minutes (recorded atomically
  in storage, so concurrent calls flag once).
* Otherwise returns a short `Reply` (`command="hoax"`, `severity="warning"`, in the message's
  language): the matched claim, a short explanation, fact-check links, the cues (for an unknown
  chain letter: what it saw, and where to check instead of a debunk). Its
  `effects` holds `React("⚠️")`: the front end adds that reaction to the message and posts the
  reply once as a reply to it. `extra["hoax"]` is the `ask --json` object (`check.Answer.to_json`).
* Flagged means: the message asserts or spreads the claim (`check.py`); questions, debunks,
  safety advice and true news of the same shape are never flagged.
* The reply never mentions or pings anyone and never quotes the message; front ends must still
  send it with mentions disabled, and must never delete or edit the user's message.
* Cost: ordinary messages are rejected by a token-set pre-filter in about a microsecond, before
  any database access; matching is bounded per message (no catastrophic regex backtracking),
  so calling this inline from the event loop is fine.
* Errors inside (e.g. a locked database) propagate; front ends log them and carry on.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from commands.cache import cache_for
from commands.hoax.catalogue import Entry, load_builtin, parse_document
from commands.hoax.chain_letter import CHAIN_LETTER_ID
from commands.hoax.check import Checker
from commands.hoax.matcher import DEFAULT_THRESHOLD
from commands.hoax.replies import FLAG_EMOJI, flag_reply
from commands.types import Place, Reply

if TYPE_CHECKING:
    from commands.services import Services

__all__ = ["FLAG_EMOJI", "check_message", "checker_for", "default_threshold", "entries_for", "flag_reply"]
VERSION_CHECK_SECONDS = 30.0

CHECKER = "hoax checker"  # this storage's cache (commands/cache.py) holding its one Checker


async def entries_for(services: Services) -> list[Entry]:
    """Built-in catalogue merged with imported claims (an imported identifier replaces a built-in)."""
    entries = {e.id: e for e in load_builtin()}
    repo = getattr(services.storage, "hoax", None)
    if repo is not None:
        imported = await repo.claims()  # storage migrates on open: the table always exists
        if imported:
            for e in parse_document(json.dumps(imported), untrusted=True)[0]:
                entries[e.id] = e
    return list(entries.values())


async def checker_for(services: Services) -> Checker:
    """This storage's Checker, rebuilt when its imported claims change (their version is read at
    most every 30 s: watch mode asks on every overheard message, an import is rare)."""
    storage = services.storage
    repo = getattr(storage, "hoax", None)
    cache = cache_for(storage, CHECKER, max_entries=1)

    async def claims_version() -> str:
        return await repo.claims_version() if repo is not None else "none"

    async def build() -> Checker:
        return Checker(await entries_for(services), today=services.now().date())

    version = await cache.version(claims_version, VERSION_CHECK_SECONDS)
    return await cache.get_or_build(version, "checker", build)


def default_threshold(services: Services) -> float:
    return float(getattr(services, "hoax_threshold", DEFAULT_THRESHOLD))


async def check_message(text: str, place: Place, services: Services) -> Reply | None:
    """See the module docstring: None = say nothing; else react ⚠️ and post the Reply once."""
    if not text:
        return None
    checker = await checker_for(services)
    pre = checker.candidates(text)
    if not checker.watch_candidate(pre):
        return None
    repo = services.storage.hoax
    state = await repo.watch_state(place.platform, place.id)
    if state is None or not state.enabled:
        return None
    threshold = state.threshold or default_threshold(services)
    answer = checker.check(text, threshold, pre=pre)
    if not answer.flagged:
        return None
    claim_id = answer.entry.id if answer.entry is not None else CHAIN_LETTER_ID
    if not await repo.try_flag(place.platform, place.id, claim_id, services.now()):
        return None
    return flag_reply(answer, answer.lang, short=True)
