"""Claims the catalogue learnt from the forty-fifth session's tuning round (sets 867-872), and the
stance words that keep their debunks, questions and advice quiet. Texts are paraphrases written for
these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Is it true the FEMA $750 after the hurricane is a loan they can take your house for?", "fema-750-loan"),
        ("Did Biden really cut the money for HBCUs? my cousin says so", "hbcu-funding-cut"),
        ("Est-ce vrai que la CAF verse 400 € à tous les allocataires le mois prochain ?", "caf-exceptional-bonus"),
        ("J'ai reçu une convocation de la gendarmerie par mail pour pédopornographie, je dois payer l'amende ?",
         "fake-police-summons-email"),
        ("If I ring the number on the formula tin will they really post me a free case?", "formula-free-case-call"),
        ("C'est vrai qu'on est imposé sur toutes les ventes Vinted maintenant ?", "second-hand-sales-taxed"),
    ],
)
def test_a_question_about_a_new_family_gets_its_verdict(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.family_id == family
    assert answer.verdict in ("false", "misleading")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Attention les vendeurs : toutes les ventes entre particuliers sur Leboncoin et Vinted sont désormais taxées par le fisc",
         "second-hand-sales-taxed"),
        ("Des sites proposent d'investir dans des vaches laitières louées à des éleveurs avec 8 % de rendement garanti",
         "livestock-investment-scam"),
    ],
)
def test_a_plain_assertion_of_a_new_family_is_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged
    assert answer.family_id == family


def test_the_true_reporting_rule_is_not_the_tax_hoax(checker: Checker) -> None:
    answer = checker.check("DAC7 : Vinted et Leboncoin transmettront désormais vos revenus de vente au fisc")
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == "dac7-platform-reporting"


@pytest.mark.parametrize(
    "text",
    [
        "Les signes des cambrioleurs à la craie ? Une vieille légende urbaine, selon la gendarmerie",
        "Non Facebook vous cache pas vos amis, c'est l'algorithme. Vous pouvez arrêter les « coucou » sous les posts 😂",
        "Mon neveu veut que je vote pour lui et le site me demande le code reçu par SMS, normal ?",
        "Please don't use homemade formula recipes you see online, talk to your GP or health visitor instead",
        "For the FEMA $750 stuff, check their rumor page, not screenshots from Facebook",
    ],
)
def test_debunks_questions_and_advice_stay_quiet(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Is Zuckerberg really handing out millions to people who copy his post?? sounds too good but my aunt swears by it",
        "Reminder: the club fees should be paid by Friday, send your receipt to the treasurer on WhatsApp",
        "Don't be conned by Facebook pages offering to boost your Fuliza limit for a fee",
        "Every year this 'WhatsApp will start charging' message comes back again, forwarding it turns nothing blue. Relax",
        "La gendarmerie a fermé la départementale ce matin après l'accident, passez par la déviation",
    ],
)
def test_questions_reminders_and_debunks_near_a_claim_stay_quiet(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_a_believer_refusing_to_pay_is_not_a_debunk(checker: Checker) -> None:
    answer = checker.check("Facebook about to be paid now, it was on the news. I ain't paying no $7.99 a month to see your pictures")
    assert answer.flagged
    assert answer.family_id == "facebook-paid"


@pytest.mark.parametrize(
    "text",
    [
        "Google a relevé ses prévisions d'investissement à 146 Md$",
        "Microsoft's investment in AI data centres keeps rising, capex guidance up again",
        "Les placements en actions de Meta ont bien rendu cette année",
    ],
)
def test_this_bots_own_capex_chat_is_not_a_hoax_candidate(checker: Checker, text: str) -> None:
    """Investment words are the capex chat this bot lives in: no family's gate may take them, or
    every ordinary line pays for a full check (the throughput floor)."""
    assert checker.candidates(text)[0] == []
