"""What the sixty-ninth session taught the matcher, tuned on sets 1647 onwards: the drugged
business card (burundanga, scopolamine) is a hoax of its own, told as a police warning, so passing
it on as advice spreads it; "jl'ai lu" is "I read it", not Meta AI; a mother asking to find her
daughter is the missing-child share bait; free keyrings "with a GPS chip" (2008) and the TikTok
"school shooting day" (December 2021) are known false alarms; news that calls what it tells of a
scam warns about it; the knockout perfume sample (1999) has its own family; "if they ask for the
code, don't reply" is advice; a question may come after a greeting. Texts are paraphrases written for these tests, not the
blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker

CLAIMS: list[tuple[str, str]] = [
    (
        "Ladies never take a card from a man at the petrol station, it's soaked in burundanga and you go dizzy, share with your daughters",
        "drugged-business-card",
    ),
    (
        "Des types tendent des cartes de visite imbibées de scopolamine aux femmes sur les parkings, elles perdent connaissance",
        "drugged-business-card",
    ),
    ("WhatsApp va dvnir payant lundi, jl'ai lu sur le groupe, transfère à 10 contacts sinon ton compte sera payant", "whatsapp-paid"),
    (
        "Please help me find my daughter Amy, 13, she has not come home for two days, it only takes a second to share, bump this post",
        "found-child-bait",
    ),
    (
        "Attention on distribue des porte-clés gratuits au parking de l'Intermarché, y a un traceur dedans pour vous suivre et cambrioler",
        "gps-keyring-burglars",
    ),
    ("There's gonna be shootings at every school on Friday because of that TikTok challenge, I'm keeping mine home", "tiktok-school-shooting-day"),
    ("A GOV text says your £750 Living Payment is ready, you have to accept it through the link or lose it", "official-refund-text-scam"),
    (
        "If someone in the Westfield car park offers you a paper to smell some perfume, walk away, it's laced and you black out",
        "knockout-perfume-sample",
    ),
    ("Drivers over 65 will be banned from driving between 11pm and 6am from next month", "older-drivers-night-ban"),
    ("Une camionnette blanche tourne devant l'école pour forcer les enfants à monter à bord, faites attention", "white-van-abductions"),
]

NOT_FLAGS: list[str] = [
    "J'ai reçu la carte de visite du plombier, je l'appelle demain pour la fuite",
    "The burundanga business card warning is a hoax from 2009, no police force has ever recorded a case",
    "Proud of my daughter, she got her driving licence today, share the good news with grandma",
    "J'ai perdu mon porte-clés avec le jeton de caddie au Leclerc, si quelqu'un le trouve",
    "Schools will have extra police on Friday after a TikTok rumour; police say there is no credible threat",
    "Police say they never take traffic fines by mobile money: anyone sending you a number to pay a fine is a fraudster",
    "I switch WhatsApp off every night at 11:30pm to get some sleep, best decision ever",
    "Si un contact vous réclame un code à six chiffres « envoyé par erreur », ne répondez surtout pas",
    "Le truc d'écrire @[4:] sous une publication pour savoir si ton compte est piraté, c'est faux",
    "Les petits, touchez pas au téléphone de tonton, y a son compte MoMo dedans",
    "Heads up parents: Meta is messaging 13 to 15 year olds in Australia that their Instagram will close on 4 December",
    "hi love, it's Mum, quick one, is Facebook going to cost money now? your aunt said it was on the news",
    "Tell your mum and dad: if a 'Hi Mum, new number' message asks for money, ring your child on their old number first",
    "Never ever give anybody the six-digit code WhatsApp texts you, that's how they take over your account",
    "Le code à l'envers au distributeur c'est une légende, aucun distributeur n'appelle la police",
    "WhatsApp Gold et vidéo « Martinelli » : le retour d'une vieille alerte qui ne repose sur rien",
    "Anyone ringing you about the energy payment and asking for your bank details is a scammer, hang up",
    "It's not just you, Facebook and WhatsApp are down everywhere right now",
    "jl'ai lu ce matin : Meta AI arrive dans WhatsApp en Europe, on peut pas l'enlever du menu mais on n'est pas obligé de l'utiliser",
]


def test_a_question_about_the_drugged_card_gets_the_hoax_and_its_verdict(checker: Checker) -> None:
    answer = checker.check("is the scopolamine business card thing at gas stations real?")
    assert not answer.flagged and answer.stance == "asks"
    assert answer.family_id == "drugged-business-card" and answer.verdict == "false"


def test_a_school_word_alone_does_not_make_it_the_tiktok_threat(checker: Checker) -> None:
    answer = checker.check("is this copyright thing for real? my whole Sunday school class posted it")
    assert not answer.flagged and answer.family_id == "facebook-copyright-notice", answer


@pytest.mark.parametrize(("text", "family"), CLAIMS)
def test_new_wordings_of_known_claims_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, answer


@pytest.mark.parametrize("text", NOT_FLAGS)
def test_news_advice_and_debunks_of_that_shape_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged
