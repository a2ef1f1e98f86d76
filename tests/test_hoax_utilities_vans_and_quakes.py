"""What the sixty-eighth session taught the matcher, tuned on sets 1617-1646: jury-duty warrant
calls, Facebook loan pages with an "unlocking fee" and utility shutoff calls are scams with their
own families; invented migrant attacks (Calais 2017, Abbeville 2015), white-van abductions
(Baltimore 2019, France every year), HAARP-caused earthquakes and a great white "in the Channel"
are known false claims; a found-pet post's own negations are no denial when comments are off, and a
writer logging in to the lure believes it. SIM re-registration news, an admins-only group, advice
against paying fees, "le mythe du copier-coller", a harmless basking shark, planned power cuts and
quake relief are not flags. Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker

CLAIMS: list[tuple[str, str]] = [
    (
        "A deputy rang my mum, she skipped jury duty and there's a warrant out unless she pays $400 in gift cards today",
        "jury-duty-warrant-call-scam",
    ),
    (
        "Loans up to K300,000 on this Facebook page, no collateral, pay the unlocking fee and the loan lands the same day",
        "facebook-loan-page-fee-scam",
    ),
    (
        "Dominion just rang, they'll shut our electricity off within the hour unless we pay the past due bill on a Green Dot card",
        "utility-shutoff-call-scam",
    ),
    (
        "Une dame de 70 ans agressée par des migrants hier soir près du port et la télé n'en parle pas, partagez",
        "invented-migrant-attack",
    ),
    (
        "Un requin blanc de 4 mètres repéré par des plongeurs au large de Boulogne, pas de baignade cet été",
        "uk-great-white-shark-sighting",
    ),
    ("Salva Kiir is dead, they are hiding it until they arrange the succession", "president-death-hoax"),
    (
        "Girls are being snatched off the street in white vans for trafficking and their organs, it's all over Facebook",
        "white-van-abductions",
    ),
    ("Ce tremblement de terre n'est pas naturel, c'est HAARP qui l'a déclenché, regardez les lumières", "haarp-caused-disaster"),
    (
        "Facebook and Instagram have been shut down in Nigeria by Meta, nobody there can log in from Monday",
        "facebook-closing",
    ),
    (
        "TROUVÉ ce chien ce matin sur le port, pas de collier ni de puce, je ne peux pas commenter, PARTAGEZ svp",
        "found-child-bait",
    ),
    (
        "my cousin sent me 'is this you in this video??' on Messenger lol lemme log in real quick and check",
        "messenger-video-phishing",
    ),
    (
        "PA Turnpike: your trip has an unpaid toll of $3.90. To avoid late fees, settle your balance now at the link below",
        "official-refund-text-scam",
    ),
]

NOT_FLAGS: list[str] = [
    "MACRA announces SIM card re-registration with the national ID to fight mobile money fraud",
    "The choir's WhatsApp group will be closed for messages except admins until Sunday",
    "Don't be scammed: Facebook pages offering quick loans demand an upfront registration fee",
    "Army recruitment is free and advertised in the papers, never pay processing fees to anyone on WhatsApp",
    "Un homme condamné pour l'agression de migrants à Calais, rapporte la presse locale",
    "Un requin pèlerin inoffensif observé au large du cap Gris-Nez par des plongeurs",
    "« Je n'ai rien signé avec Meta » : le mythe persistant du copier-coller qui protégerait vos photos",
    "Power will be cut off tomorrow from 9 to 5 for planned maintenance on our street",
    "Les familles sinistrées du séisme recevront une aide à la reconstruction, annonce le gouvernement",
    "Partagez seulement les avis de disparition publiés par la police ou par un média",
    "grandma's doing the good morning rose pictures again, every day without fail, bless her",
    "Personne ne ferme MTN Mobile Money, l'opérateur a envoyé un SMS pour démentir, gardez votre argent",
    "J'ai gagné un bon Coop de 50 francs à la tombola du club de foot, première fois que je gagne",
]


def test_a_question_about_a_shutoff_call_gets_the_scam_and_its_verdict(checker: Checker) -> None:
    answer = checker.check("does the power company really call to shut your electricity off the same day if you don't pay?")
    assert not answer.flagged and answer.stance == "asks"
    assert answer.family_id == "utility-shutoff-call-scam" and answer.verdict == "false"


@pytest.mark.parametrize(("text", "family"), CLAIMS)
def test_new_wordings_of_known_claims_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, answer


@pytest.mark.parametrize("text", NOT_FLAGS)
def test_news_advice_and_debunks_of_that_shape_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged
