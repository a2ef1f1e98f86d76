"""What the sixty-first session taught the matcher, tuned on sets 1359-1364: an adult "missing"
with a silver alert, a child "enlevée" with the gendarmerie's helicopter overhead and a baby
handed to a shopper at the mall are the known local bait and danger hoaxes; a celebrity's bitcoin
trading app is the deepfake advert; Meta AI reading a group's history once mentioned, and
Facebook "going off" for a week, are their claims. "Police say it's an urban legend" and "no get
any legal effect" debunk; an operator's data price is no free-data claim; the "hi mum" scam named
by its own name is answered. Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("A 45-year-old man went missing from Springfield on Sunday and a silver alert is out for him, please share",
         "found-child-bait"),
        ("Une petite fille a été enlevée à Tours, l'hélicoptère de la gendarmerie la cherche depuis une heure, partagez",
         "found-child-bait"),
        ("Ladies be careful, a woman at the outlet mall asked my sister to hold her baby, it's a trafficking trick to "
         "get you into a van", "local-danger-warning-hoax"),
        ("That comedian said on a TV talk show he earns thousands a day with a bitcoin trading platform, the ad is "
         "everywhere", "deepfake-investment-ads"),
        ("Si vous mentionnez Meta AI dans un groupe WhatsApp, il a accès à tout l'historique des messages du groupe",
         "meta-ai-reads-messages"),
        ("Facebook and Instagram will go off for a whole week from Monday, Zuckerberg announced it himself",
         "facebook-closing"),
    ],
)
def test_the_hoax_in_these_words_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, answer


@pytest.mark.parametrize(
    "text",
    [
        "Zip ties on car mirrors are not a trafficking signal, police say it's an urban legend",
        "That UCC 1-308 post no get any legal effect, you accepted the terms the day you opened the account",
        "Glo data finish again 😩 ₦2,000 for 5GB and it barely lasted one week",
    ],
)
def test_debunks_and_plain_prices_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_the_hi_mum_scam_asked_by_its_name_is_answered(checker: Checker) -> None:
    answer = checker.check("is the hi mum text scam actually real or just another scare story")
    assert not answer.flagged
    assert answer.family_id == "hi-mum-scam" and answer.verdict == "false", answer
