"""The checker's thresholds: the scores and model probabilities at which a text is about a claim,
asserts it, or is flagged, each swept on tuning sets (the sweep is named where it was recorded).

Apart from `check.py` so the numbers that decide a flag can be read in one place.
"""

from __future__ import annotations

from commands.hoax.catalogue import Entry
from commands.hoax.matcher import DEFAULT_THRESHOLD
from commands.hoax.normalise import cue_regex

DENYING_COUNTER = -4.0  # a family counter this strong says the claim is false, whatever else the text shares with it
CONTEXT_WEIGHT = 0.75  # a sentence's score when it does not name the claim's subject itself
MATCH_SCORE = 0.18  # retrieval score from which a text is "about" a family or a true story
FLAG_SCORE = 0.29  # ... and from which an assertion of a false claim is flagged
ASK_SCORE = 0.12  # a question is answered about the closest family from this score (swept on sets 9-16)
TRUTH_MARGIN = 0.02  # a true story this close to the best hoax wins: better silent than wrong
WEAK_SCORE = 0.2  # ... below this, a question naming no app is also searched as if it named one
WIDER_MARGIN = 0.12  # ... and answered from that search when it finds a claim this much closer
STATED_MARGIN = 0.1  # how near the best claim one whose own words the text uses still wins (the best lacking its own)
NARROW_MARGIN = 0.05  # how near a question's best claim a narrower one (own subject words) still wins
VETO_MARGIN = 0.05  # how much closer to a true story a cue-flagged text must be to stay quiet
SPREAD_VETO = 0.1  # below this spread probability no flag stands (a debunk, question or advice; with the two models' mean,
# 0.07 / 0.15 changed nothing on 975-992 and added in-sample false flags, so both stay)
SPREAD_VETO_PLAIN = 0.2  # ... for a flag on retrieval alone, without chain-letter cues (swept on sets 20-21)
ALSO_RATIO = 0.7  # a question's runner-up claim this close to the best one is named too ("also close")
CLOSE_SCORE = 0.5  # from this retrieval score the text all but quotes a claim statement (compared at
# two decimals: adding statements moves every idf, and the third decimal with it — 0.501 -> 0.497)
GENUINE_SCORE = 0.29  # ... for a family whose hoax reads like the genuine post it imitates (`looks_genuine`)
QUOTES_SCORE = 0.75  # ... and from this one it quotes it: a plain assertion the spread model may not veto (0.9 with one model;
# 0.75 with the two models' mean: +5 in-sample flags, no false one, on 801-992)
SPREAD_EVIDENCE = 0.1  # ... if cues or retrieval tie the text to that claim at least this much
OVERRIDE_EVIDENCE = 0.2  # ... and this much when the stance rules read a question, a denial or advice (0.1: +1 news flag; 0.29: -3 chains, on 885–914)
SPREAD_FLAG = 0.65  # from this one, a candidate about a known false claim is flagged (0.6 until the model saw sets 22-23 and grew surer of ordinary "MTN" lines)
SPREAD_SURE = 0.9  # ... and from this one, a flag does not need the family's own claim words
FLAGGABLE = ("false", "misleading")
# what a scam never calls itself, and a warning about it does ("that's how they steal accounts")
NAMES_THE_SCAM = cue_regex(r"steal[a-z]*|stole[n]?|scam[a-z]*|arnaque[a-z]*|fraud[a-z]*|hack[a-z]*|hijack[a-z]*|take ?overs?|taken over|nick(ed|ing)|pirat[a-z]*|escro[a-z]*|usurp[a-z]*|vol(er|ent|e)")


def needed(threshold: float, at_default: float = FLAG_SCORE) -> float:
    """What a plain assertion needs (retrieval score, spread probability) for a watch threshold:
    `at_default` at the default 0.5, rising linearly to 1.0 (never, for a probability) at 1."""
    if threshold <= DEFAULT_THRESHOLD:
        return at_default * threshold / DEFAULT_THRESHOLD
    return at_default + (threshold - DEFAULT_THRESHOLD) / (1 - DEFAULT_THRESHOLD) * (1 - at_default)


def spread_evidence(asserts: bool) -> float:
    """How much cue or retrieval evidence of a claim the spread model needs to flag a candidate on its
    own: more when the stance rules read a question, a denial or advice, which it then overrides."""
    return SPREAD_EVIDENCE if asserts else OVERRIDE_EVIDENCE


def spread_veto(cue_flagged: bool, score: float, blind: bool = False, entry: Entry | None = None) -> float:
    """The model's probability below which a flag falls. A flag on retrieval alone needs more of the
    model's agreement, unless the text all but quotes a claim statement (two independent signals
    trade off); a model `blind` to the family (trained before its statements) does not veto that.
    A family whose hoax reads like a genuine post (`entry.looks_genuine`), which the model cannot
    tell apart, counts as all but quoted from GENUINE_SCORE."""
    close = GENUINE_SCORE if entry is not None and entry.looks_genuine else CLOSE_SCORE
    if blind and round(score, 2) >= close:
        return 0.0
    return SPREAD_VETO if cue_flagged or round(score, 2) >= CLOSE_SCORE else SPREAD_VETO_PLAIN
