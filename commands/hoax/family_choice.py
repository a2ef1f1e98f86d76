"""Which of several near families a text means, once retrieval has ranked them: the app it names,
the names it signs with, the claim words it uses. Kept apart from `check.py`, which decides
whether to flag; these only choose among families with the same verdict."""

from __future__ import annotations

import re
from typing import Any

from commands.hoax.catalogue import Entry
from commands.hoax.normalise import normalise, squeeze
from commands.hoax.text_signals import PLATFORM, SUBJECTS

Hits = dict[tuple[str, str], float]

KIN_SCORE = 0.08  # the retrieval score a kin claim named by the text needs too
NAMED_SHARE = 0.5  # ... and the share of the best claim's score a family named by a signature needs
AI_WORDS = frozenset({"ai", "ia"})  # after JAI: "j'ai" is not "AI"
# a person's name: two capitalised words, maybe with an initial between ("Jayden K. Smith", "Jim
# Balsamic", "VARUN PULYANI"); not a brand next to a lower-case word ("Jio and Airtel")
NAME = re.compile(r"\b([A-Z][A-Za-z]+)(?: [A-Z]\.?)? ([A-Z][A-Za-z]+)\b")


def lists_words(entry: Entry, padded: str) -> bool:
    """The family lists its claim's own words and the (normalised, padded) text uses one."""
    return entry.claim_words is not None and bool(entry.claim_words.regex.search(padded))


def uses_words(entry: Entry, padded: str) -> bool:
    """Nothing rules the family out: it lists no claim words, or the text uses one of them."""
    return entry.claim_words is None or lists_words(entry, padded)


def platforms_named(words: Any) -> frozenset[str]:
    return frozenset(PLATFORM.get(w, w) for w in words if w in SUBJECTS)


def kin_on_named_platform(entry: Entry | None, hits: Hits, padded: str, tokens: set[str], entries: dict[str, Entry]) -> Entry | None:
    """One claim told of several apps is several families (the notice's "everything becomes
    public" is Facebook's, Instagram's "new rule", Meta AI's "goodbye"): a text naming only
    another app than the family's own means that app's kin, if retrieval finds it too, the text
    uses its words and it has the same verdict ("Instagram will make all deleted photos public
    tomorrow"; not "Facebook is shutting down" for "Facebook's servers are full, forward this").
    Meta names its AI's wave only with "AI" next to it: Facebook's own notice has named the
    parent company since 2021 ("Je n'ai rien signé avec Meta", "Meta is now a public entity")."""
    if entry is None or not entry.platforms:
        return entry
    named = platforms_named(tokens) - (set() if tokens & AI_WORDS else {"meta"})
    if squeeze(entry.platforms[0]) in named:
        return entry
    kin = [(hits.get(("hoax", k), 0.0), k) for k in entry.kin
           if (e := entries.get(k)) is not None and e.platforms and squeeze(e.platforms[0]) in named
           and e.verdict_code == entry.verdict_code and uses_words(e, padded)]
    best = max(kin, default=(0.0, ""))
    return entries[best[1]] if best[0] >= KIN_SCORE else entry


def named_by_its_names(
    entry: Entry | None, hits: Hits, text: str, entries: dict[str, Entry], proper: dict[str, set[str]], floor: float
) -> Entry | None:
    """A chain's own names ("Jayden K. Smith", "Jim Balsamic") say which claim it is better than
    the words it shares with another ("hold your finger on the message" is the cloned-account
    chain's too): the one family the text's names belong to wins, if retrieval finds it at
    `floor`. A name is a word only that family's statements use, in a person's name ("Serveurs"
    opening a line, "doigt", or an operator's "Airtel", is nobody's signature)."""
    if entry is None:
        return entry
    names = {w for m in NAME.finditer(text) for g in m.groups() for w in normalise(g).tokens if len(w) >= 5}
    owners = {o for w in names for o in proper.get(w, ())}
    if not owners or entry.id in owners or len(owners) > 1:
        return entry
    named = entries.get(next(iter(owners)))
    if named is None:
        return entry
    score = hits.get(("hoax", named.id), 0.0)
    # (a shop named beside another claim's words is where it happened, not the claim: "sur le parking
    # du Carrefour…, un parfum qui est de l'éther" is not a supermarket voucher)
    if named.verdict_code != entry.verdict_code or score < floor or score < NAMED_SHARE * hits.get(("hoax", entry.id), 0.0):
        return entry
    return named
