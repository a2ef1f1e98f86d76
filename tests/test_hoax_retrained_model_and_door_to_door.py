"""What the fifty-first session (tuned on sets 987-1010) taught the matcher: questions opening "Is BISP
giving…?" or « comment je sais si… » ask; a missing grandmother who "doesn't believe she lives" in
her house is the appeal itself, not a denial; a question followed by an order to post the text is
the chain's opener; « c'est des arnaqueurs » names who runs the page; the COVID-era "thieves say the
government sent them to take your temperature" warning joins the door-to-door burglars' family; the
EU's pay-for-no-ads headline is the true story; the found-person and video baits' own openers, the
Anzac Day cancellation claim; a video call and a sale are no hoax. Texts are paraphrases written for
these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Please share, our nan is 82 and wandered off this morning, she doesn't believe she lives at her address anymore, "
         "dementia, silver alert is out", "found-child-bait"),
        ("Des voleurs passent chez les gens à Laval en disant que le gouvernement les envoie prendre la température, "
         "ils vous séquestrent et vous volent, avisez vos proches", "chemical-mask-burglars"),
        ("Attention mesdames, des gangs utilisent des enfants en pleurs qui tiennent une adresse pour attirer les femmes "
         "et les enlever, faites tourner", "local-danger-warning-hoax"),
        ("Vous avez vu la déclaration Goodbye Meta AI ? Copiez-la sur votre mur, c'est le seul moyen légal d'interdire "
         "à leur IA de prendre vos photos", "meta-ai-optout"),
        # the found-person bait opens with a question, and the video bait with "everybody is sharing it"
        ("Does anyone recognize this lady? She turned up at our door an hour ago here in #Moncton, she doesn't know where "
         "she lives, police said to share", "found-child-bait"),
        ("is this you in the video?? 😳 everybody is sharing it already", "messenger-video-phishing"),
        ("Partagez svp, un petit garçon a disparu depuis ce matin à Roubaix, la maman est désespérée", "found-child-bait"),
        ("Bunnings is clearing out surplus Weber barbecues for $3 each, you only pay shipping", "shop-giveaway-fake-page"),
        ("Le Canada cherche un million d'immigrants africains, le lien pour postuler tourne sur WhatsApp", "canada-immigration-hoax"),
    ],
)
def test_the_claim_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged, answer
    assert answer.family_id == family


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Is Ehsaas sending Rs 12,000 to everyone who registers on WhatsApp? saw it in the family group", "asks"),
        ("Comment je sais si mon WhatsApp a été piraté ? Mes amis reçoivent des messages bizarres de ma part", "asks"),
        ("How do I know if my Facebook was cloned? Two people got a second friend request from me", "asks"),
        ("La page « cadeaux de la femme de Mbappé » c'est des arnaqueurs, créée le mois dernier, aucun lien officiel", "denies"),
        ("Sending the 'I do not authorise' text to your groups does not exempt you from WhatsApp's new terms", "denies"),
        ("If your 'nephew' on Messenger asks for money, call him on his usual number first, hacked accounts do this", "advises"),
        ("Someone says I won the Facebook Lottery and only need to pay the courier fee. I know, but just checking", "asks"),
    ],
)
def test_questions_and_debunks_stay_quiet(checker: Checker, text: str, stance: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged, answer
    assert answer.stance == stance


def test_paying_a_monthly_fee_for_no_ads_in_the_eu_is_the_true_story(checker: Checker) -> None:
    answer = checker.check("Instagram and Facebook users in the EU can pay a monthly fee so they see no ads")
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == "meta-ad-free-eu"


def test_the_temperature_thieves_are_answered_with_the_montreal_police_denial(checker: Checker) -> None:
    answer = checker.check("C'est vrai les voleurs qui prennent la température des gens à Montréal pour entrer chez eux ?")
    assert not answer.flagged
    assert answer.family_id == "chemical-mask-burglars" and answer.verdict == "false"
    assert any("radio-canada.ca/nouvelle/1684570" in url for _, url in answer.entry.links)


def test_the_anzac_day_cancellation_claim_is_known(checker: Checker) -> None:
    # AAP FactCheck (2023): South Australia's Public Holidays Bill lists 25 April; nothing was cancelled
    flagged = checker.check("the new law scraps the Anzac Day public holiday, absolute disgrace, share this")
    assert flagged.flagged and flagged.family_id == "anzac-day-cancelled"
    asked = checker.check("Is it true they cancelled the Anzac Day holiday?")
    assert not asked.flagged and asked.family_id == "anzac-day-cancelled" and asked.verdict == "false"
    assert not checker.check("Anzac Day dawn service at the cenotaph starts at 6am, bring a jumper").flagged


@pytest.mark.parametrize(
    "text",
    [
        "Mon petit-fils m'a montré comment faire des appels vidéo sur WhatsApp, j'ai vu le bébé !",
        "Partagez svp : je vends mon frigo, bon état, 150 000 FCFA à débattre",
    ],
)
def test_a_video_call_and_a_sale_are_not_hoaxes(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged
