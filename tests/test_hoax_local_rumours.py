"""Local-rumour families and the true stories next to them: what chat asserts is flagged with its
family; the real event a headline reports is answered as true news, never flagged; and a word that
only looks like a denial ("dementia" is no French « démenti ») does not turn an appeal into a debunk."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ASKS, ASSERTS, asks_in_words
from commands.hoax.stance import stance as stance_of


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Everyone close your windows, helicopters are spraying disinfectant over the whole city tonight from "
         "11:40pm, bring the washing in off the balcony and pass it on", "helicopter-disinfectant-spraying"),
        ("Ce soir des hélicoptères vont pulvériser du désinfectant sur toute la ville, fermez les fenêtres et "
         "rentrez le linge, transmettez à vos contacts", "helicopter-disinfectant-spraying"),
        ("Girls please take off your WhatsApp DP for 20 days, the CEO warned that ISIS is misusing profile "
         "pictures, forward to all the ladies you know", "whatsapp-dp-isis-warning"),
    ],
)
def test_local_rumours_in_chat_words_are_flagged_with_their_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, answer


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        ("Meta to end political and electoral ads across the EU in October over the new TTPA rules",
         "meta-eu-political-ads-end"),
        ("Meta warns it may have to shut down Facebook and Instagram in Nigeria over the $220 million fine",
         "meta-nigeria-shutdown-warning"),
        ("Sénégal : le gouvernement restreint l'accès à WhatsApp et Facebook pendant les manifestations",
         "senegal-social-media-restrictions"),
    ],
)
def test_the_reported_event_is_true_news_not_a_flag(checker: Checker, text: str, truth: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.truth is not None and answer.truth.id == truth, answer


def test_the_political_ads_story_needs_ads_in_the_text(checker: Checker) -> None:
    # a rumour about people who talk politics is not Meta's stop of political ads
    answer = checker.check("Cette bulle bleue Meta AI sert à espionner ceux qui parlent politique, désinstallez vite")
    assert answer.truth is None or answer.truth.id != "meta-eu-political-ads-end", answer


def test_a_shutdown_said_to_have_happened_is_not_the_warning(checker: Checker) -> None:
    answer = checker.check("Meta has shut down Facebook and Instagram in Nigeria since today")
    assert answer.truth is None, answer
    assert answer.family_id == "facebook-closing"


@pytest.mark.parametrize(
    "text",
    [
        "An old man with dementia was found wandering near the station, share so his family finds him",
        "We have display TVs that can't be sold, so we're giving them away to everyone who shares this post",
    ],
)
def test_words_that_only_look_like_a_denial(text: str) -> None:
    assert stance_of(text) == ASSERTS


def test_asking_before_doing_what_a_scam_asks_is_a_question(checker: Checker) -> None:
    text = "A friend says she sent me a 6 digit code by mistake and wants it back. Is that ok to do?"
    assert asks_in_words(text) and stance_of(text) == ASKS
    assert not checker.check(text).flagged
