"""Which true story a text is about, when it is about one: the truth side of the explicit check
(Meta's optional EU plan, Meta Verified, WhatsApp Business pricing…). Kept apart from `check.py`,
which decides flags; these rules only choose what is true nearby and whether the text names it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from commands.hoax.catalogue import Entry, Truth
from commands.hoax.stance import ASKS
from commands.hoax.text_signals import OPTIONAL_SAID, PAY_ASKED, capitalised
from commands.hoax.thresholds import ASK_SCORE, MATCH_SCORE, NARROW_MARGIN


class TruthChoice:
    """Mixed into `Checker`, whose compiled catalogue (`_truths`, `_own_truth`, `_proper`) it reads."""

    _truths: dict[str, Truth]
    _own_truth: dict[str, frozenset[str]]
    _proper: dict[str, set[str]]
    _named_family: Callable[..., Entry | None]  # (Checker's: the family a word names)

    def _truth_about(
        self, st: str, hoax: tuple[float, str], true: tuple[float, str], norm: Any, tokens: set[str], text: str
    ) -> tuple[Truth | None, bool]:
        """The true story the text may be about: a question gets the closest answer we have, true
        news included ("are ads coming to WhatsApp?"); never a story whose refuted claim the text
        states (`denied_by`), nor one a question's named false claim is not about (`_names_other_claim`).
        Also whether the question names that story (`_names_story`)."""
        story = self._names_story(st, hoax, true, norm) or self._optional_meant(st, hoax, true, norm)
        about = ASK_SCORE if st == ASKS and (true[0] > hoax[0] or story) else MATCH_SCORE
        truth = self._truths.get(true[1]) if true[0] >= about else None
        if truth is not None and truth.denied_by is not None and truth.denied_by.regex.search(norm.padded):
            return None, story
        if truth is not None and st == ASKS and self._names_other_claim(truth, hoax, tokens, text):
            return None, False
        return truth, story

    def _names_other_claim(self, truth: Truth, hoax: tuple[float, str], tokens: set[str], text: str) -> bool:
        """A question naming the closest false claim by its own name asks about that claim, not about
        a true story its other words are close to ("Lidl offre vraiment des bons… ? la page a pas de
        badge" is the voucher scam, not Meta Verified). A name is written with a capital ("blue ticks"
        names no claim), and a claim named to compare ("… ou c'est comme WhatsApp Gold ?") is not the one asked about."""
        named = self._named_family(tokens & capitalised(text), self._proper)
        return named is not None and named.id == hoax[1] and named.id not in truth.families and hoax[0] >= ASK_SCORE

    def _names_story(self, st: str, hoax: tuple[float, str], true: tuple[float, str], norm: Any) -> bool:
        """Whether a question names the own subject (its "ads", not its app) of a true story that
        barely trails a faint false claim: then it is about that story ("are there actually ads in
        WhatsApp now or is my cousin making stuff up again" is not about an outage conspiracy)."""
        truth = self._truths.get(true[1])
        return (st == ASKS and truth is not None and bool(truth.subjects) and hoax[0] < MATCH_SCORE
                and true[0] >= hoax[0] - NARROW_MARGIN and not self._own_truth[truth.id].isdisjoint(norm.tokens))

    def _optional_meant(self, st: str, hoax: tuple[float, str], true: tuple[float, str], norm: Any) -> bool:
        """Whether the text is about an optional paid plan it found: it says the plan is optional
        ("c'est pas obligatoire du tout"), or asks whether paying is compulsory ("do I have to pay for
        instagram now? got a popup…") with the plan nearly as close as the best false claim."""
        truth = self._truths.get(true[1])
        if truth is None or not truth.optional or true[0] < MATCH_SCORE:
            return False
        if OPTIONAL_SAID.search(norm.padded):  # (said in so many words, however close the claim)
            return True
        return st == ASKS and true[0] >= hoax[0] - NARROW_MARGIN and bool(PAY_ASKED.search(norm.padded))
