"""Scam requests and fake offers in new wording, and what must stay quiet next to them.

"Hi Mum" told of a son or daughter on a new number is that scam, answered; a question that names
the scam ("c'est bien l'arnaque… hein ?") is a question, and advice to call the old number is
advice, never a flag. Cash-grant links told of the World Food Programme or the World Bank, and
fake transport pages selling a year of travel for 2 euros, are the families fact-checkers filed
them under. Uganda's 2018 daily social-media tax is true news, not "Facebook becomes paid"; a blue
badge offered through a link is phishing, while buying « la coche bleue » is Meta Verified."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ADVISES
from commands.hoax.stance import stance as stance_of


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("My dad got a WhatsApp from 'my son' on a new number asking him to pay a £600 bill today. How can he check?",
         "hi-mum-scam"),
        ("Is the World Food Programme really paying $700 to every family? the link came on WhatsApp", "government-cash-grant-link"),
        ("A World Bank page on Facebook is offering loans to small shops, has anyone used it?", "government-cash-grant-link"),
        ("Un an de train illimité pour 2 € avec la SNCB, quelqu'un l'a eu pour de vrai ?", "shop-giveaway-fake-page"),
    ],
)
def test_questions_in_new_wording_get_their_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.family_id == family and answer.verdict is not None, answer


def test_a_question_naming_the_scam_is_not_the_scam_passed_on(checker: Checker) -> None:
    text = ("Mon père a reçu un message de « moi » d'un numéro inconnu qui demande un virement pour un nouveau "
            "téléphone… c'est bien l'arnaque au faux enfant hein ?")
    answer = checker.check(text)
    assert not answer.flagged and answer.family_id == "hi-mum-scam", answer


def test_advice_to_call_the_old_number_is_advice(checker: Checker) -> None:
    text = "Prévenez vos parents : si « leur fils » écrit d'un nouveau numéro pour un virement, on appelle l'ancien numéro d'abord"
    assert stance_of(text) == ADVISES
    assert not checker.check(text).flagged


def test_a_fake_transport_page_spreading_is_flagged(checker: Checker) -> None:
    answer = checker.check("La SNCB fête ses 70 ans : un an de train illimité pour seulement 2 €, cliquez vite sur postuler et partagez !")
    assert answer.flagged and answer.family_id == "shop-giveaway-fake-page", answer


def test_ugandas_social_media_tax_is_true_news(checker: Checker) -> None:
    answer = checker.check("Back in 2018 in Uganda we paid the OTT tax, 200 shillings a day just to open WhatsApp and Facebook. that was real")
    assert not answer.flagged and answer.truth is not None and answer.truth.id == "uganda-social-media-tax-2018", answer


def test_a_chain_about_paying_whatsapp_is_not_the_uganda_tax(checker: Checker) -> None:
    answer = checker.check("WhatsApp will charge 200 shillings a day from Monday, forward this to 10 contacts so your logo turns blue")
    assert answer.flagged and answer.family_id == "whatsapp-paid", answer


def test_buying_the_blue_tick_is_meta_verified_but_a_badge_by_link_is_phishing(checker: Checker) -> None:
    bought = checker.check("On peut vraiment acheter la coche bleue sur Insta maintenant ?")
    assert bought.truth is not None and bought.truth.id == "meta-verified", bought
    linked = checker.check("On m'a proposé le badge bleu pour la page de l'asso via un lien en MP, c'est fiable ?")
    assert linked.truth is None and linked.family_id == "meta-page-violation-phishing", linked
