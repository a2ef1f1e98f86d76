"""Questions answered about what they name, and debunks or advice that only mention a hoax.

A question naming a false claim by its own name (a brand, written with a capital) is about that
claim even when its other words are close to a true story ("… la page n'a pas de badge" is not a
question about Meta Verified); a claim named only to compare ("ou c'est comme WhatsApp Gold ?") is
not; and "blue ticks" in lower case names nothing. Families widened from real fact-checks (fuel-card
pages, Ramadan relief links, the "candle of hope" picture, "page scheduled for deletion") answer in
chat words; a debunk that says what the test does not show, or
advice not to install the thing, is never flagged."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ADVISES, DENIES
from commands.hoax.stance import stance as stance_of

GIVEAWAYS = {"supermarket-voucher", "brand-anniversary-giveaway", "shop-giveaway-fake-page", "costco-coupon"}


def test_a_brand_named_in_a_question_is_the_claim_asked_about(checker: Checker) -> None:
    answer = checker.check("Lidl donne vraiment un bon de 300€ à tout le monde pour ses 50 ans ? la page a même pas de badge")
    assert not answer.flagged and answer.family_id in GIVEAWAYS and answer.verdict == "false", answer
    assert answer.truth is None or answer.truth.id != "meta-verified", answer


def test_a_claim_named_to_compare_is_not_the_question(checker: Checker) -> None:
    answer = checker.check("Il va vraiment y avoir de la pub dans WhatsApp ?? ou c'est comme WhatsApp Gold")
    assert not answer.flagged and answer.truth is not None and answer.truth.id == "whatsapp-updates-ads", answer


def test_blue_ticks_in_lower_case_name_no_claim(checker: Checker) -> None:
    answer = checker.check("Is it true Meta is selling blue ticks now? Like you can just pay to be verified?")
    assert not answer.flagged and answer.truth is not None and answer.truth.id == "meta-verified", answer


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("TotalEnergies offre des cartes carburant de 200 litres pour 1,95 €, j'ai rempli le questionnaire, "
         "faut juste payer les frais de port, foncez", "shop-giveaway-fake-page"),
        ("Afriquia distribue des bons carburant gratuits à tout le monde, remplissez le lien et partagez à 10 groupes",
         "shop-giveaway-fake-page"),
        ("Ramadan relief package for every Muslim family this year, register with the link and share it to 5 groups",
         "government-cash-grant-link"),
    ],
)
def test_widened_families_flag_chat_that_spreads_them(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, answer


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Mettre la bougie de l'espoir en photo de profil ça installe vraiment un virus qui réinitialise le tel ?",
         "olympic-torch-virus"),
        ("Got a message saying my page has been scheduled for permanent deletion unless I appeal through a link, "
         "is that really from Facebook?", "meta-page-violation-phishing"),
        ("La carte carburant Total à 1,95 € qu'on voit sur Facebook, quelqu'un l'a reçue ou c'est une arnaque ?",
         "shop-giveaway-fake-page"),
    ],
)
def test_questions_about_widened_families_get_their_verdict(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.family_id == family and answer.verdict in ("false", "misleading"), answer


@pytest.mark.parametrize(
    "text",
    [
        "BFF goes green because it's an animated word like congrats, it has nothing to do with your account's security",
        "BFF devient vert parce que c'est un mot animé, ça dit rien sur la sécurité de ton compte",
    ],
)
def test_a_debunk_saying_what_the_test_does_not_show_is_not_flagged(checker: Checker, text: str) -> None:
    assert stance_of(text) == DENIES
    assert not checker.check(text).flagged


def test_advice_not_to_install_the_fake_app_is_advice(checker: Checker) -> None:
    text = "Si un contact vous envoie un lien « WhatsApp Pink », ne le téléchargez pas : c'est une appli piégée"
    assert stance_of(text) == ADVISES
    assert not checker.check(text).flagged
