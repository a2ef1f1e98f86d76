"""What the sixty-third session taught the matcher, tuned on sets 1473-1478: a theft told ("my
cousin got her phone stolen, she blocked the SIM") is no SIM-swap or location-sharing warning,
whatever the spread model reads in it; « en direct » is a live location, "direct" alone is "right
away"; a cantonal police warning about « escrocs » is the news of a scam, not the scam; a turnpike
or DMV text asking for a small payment through a link, and a TV licence refund offer, are the
official-text scam; a « paiement sécurisé de La Poste » asking for one's card to receive a
Marketplace payment is the buyer scam; the blue circle "passing private messages to Meta" is the
Meta AI reading claim. Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    "text",
    [
        "Ma cousine s'est fait voler son natel à Genève, elle a fait bloquer la carte SIM direct",
        "Mon frère s'est fait piquer son portable dans le tram, il a appelé l'opérateur direct",
        "Got my phone stolen at the match, had to block the SIM straight away",
    ],
)
def test_a_theft_told_is_no_warning(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_a_police_warning_about_scammers_is_news(checker: Checker) -> None:
    text = ("La police cantonale vaudoise a lancé un avertissement : des escrocs écrivent « coucou maman » "
            "depuis un nouveau numéro et réclament un virement. Un retraité a perdu 3000 francs.")
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("The turnpike texted everyone who drove to Pittsburgh, you owe $3.95, just pay it through the link before the late fee",
         "official-refund-text-scam"),
        ("The DMV texted me my licence gets suspended Friday over an unpaid ticket so I paid it through their link, check your phones",
         "official-refund-text-scam"),
        ("TV Licensing are messaging people offering a refund after a failed direct debit payment",
         "official-refund-text-scam"),
        ("La Poste a un service de paiement sécurisé pour Marketplace, tu rentres ta carte bancaire et l'argent de l'acheteur arrive, trop bien",
         "marketplace-courier-scam"),
        ("Avec le rond bleu, tous vos messages privés WhatsApp et Messenger sont envoyés à Meta pour les pubs",
         "meta-ai-reads-messages"),
    ],
)
def test_new_wordings_of_known_scams_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family


# Then on sets 1479-1484: a fact-checker's « cette vidéo ne montre pas… » overrules the model; Musk
# news without crypto or money words is no crypto giveaway (the finance chat this bot lives in);
# an earthquake "announced for tonight" is the prediction rumour, a quake reported is news; an
# airline not yet listed (Cathay) is still the ticket giveaway.


@pytest.mark.parametrize(
    "text",
    [
        "Niger : cette vidéo ne montre pas un coup d'État contre le président, elle date de 2010",
        "This video does not show a coup in Niamey, it was filmed in 2010",
        "Tesla d'Elon Musk livre un record de voitures ce trimestre",
        "Elon Musk's Starlink comes to the rescue of Mayotte after the cyclone",
        "Un séisme de magnitude 5,8 a secoué Mayotte ce soir, pas de dégâts signalés",
        "Japan issues a tsunami warning after a magnitude 7.1 quake",
    ],
)
def test_fact_checks_and_news_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Les gens de Sada disent qu'un gros séisme va frapper cette nuit, on dort dehors au terrain de foot",
         "earthquake-prediction-rumour"),
        ("Scientists predicted a magnitude 7 quake will hit Cebu tonight, my tita says sleep outside",
         "earthquake-prediction-rumour"),
        ("Cathay is giving away free tickets for their anniversary!! my cousin got 2 to Osaka, just do the survey and share",
         "airline-ticket-giveaway"),
        ("Musk live on YouTube right now giving away 5000 BTC, send 0.1 and get 0.2 back",
         "musk-crypto-giveaway"),
    ],
)
def test_more_wordings_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family


def test_a_question_about_a_predicted_quake_gets_the_verdict(checker: Checker) -> None:
    answer = checker.check("Is it true a big earthquake is predicted for tonight in Manila?")
    assert not answer.flagged and answer.family_id == "earthquake-prediction-rumour" and answer.verdict == "false"


# Then on sets 1485-1490: the gendarmes' « aucune convocation officielle n'arrive par mail »
# overrules; a TV doctor "recommending a trading platform" is the deepfake advert, a funeral "to
# watch live through a streaming link" the livestream scam, army recruitment "through the link" and
# an embassy's "guaranteed work visas, pay the agent" the recruitment scam — while an embassy
# pausing visa interviews stays news.


def test_an_official_reminder_is_not_flagged(checker: Checker) -> None:
    text = ("Rappel de la gendarmerie du Lot : aucune convocation officielle n'arrive par mail. "
            "Ne répondez pas, supprimez le message et portez plainte si vous avez payé.")
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Michel Drucker recommande une plateforme de trading qui rapporte des milliers d'euros par mois",
         "deepfake-investment-ads"),
        ("Des pages Facebook proposent de regarder en direct les obsèques d'un habitant du village via un lien de streaming",
         "funeral-livestream-scam"),
        ("The Ministry of Defence has opened an online army recruitment portal, apply through the link on WhatsApp",
         "fake-recruitment-scholarship"),
        ("L'ambassade des États-Unis donne des visas de travail garantis sans entrevue, il faut juste payer 200$ à leur agent",
         "fake-recruitment-scholarship"),
    ],
)
def test_scam_offers_in_new_words_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family


def test_an_embassy_pausing_visas_is_news(checker: Checker) -> None:
    assert not checker.check("L'ambassade des États-Unis suspend les rendez-vous pour les visas de travail jusqu'en janvier").flagged


# Then on sets 1491-1496: « c'étaient des rumeurs », rumours that « sèment la psychose », « l'absurde
# message … pour rien » and « aucun concours … sur WhatsApp » overrule; turning off one's own read
# receipts is no page-violation notice; a provincial "rebate" text asking for banking details is the
# official-text scam.


@pytest.mark.parametrize(
    "text",
    [
        "Les gendarmes ont confirmé un seul enlèvement. Tous les autres messages sur le quartier c'étaient des rumeurs, ne partagez pas sans vérifier",
        "Bamako : des rumeurs d'enlèvements d'enfants sèment la psychose, un seul cas confirmé",
        "WhatsApp : « je n'autorise pas Meta », l'absurde message que des milliers d'utilisateurs partagent pour rien",
        "Aucun concours Intermarché sur WhatsApp, regarde le lien, ils veulent juste ta carte bleue",
        "J'ai désactivé les confirmations de lecture sur WhatsApp, trop de pression 😂",
    ],
)
def test_rumours_called_and_own_settings_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_a_rebate_text_asking_for_bank_details_is_flagged(checker: Checker) -> None:
    answer = checker.check("Got the text for the $250 Alberta rebate, you click and enter your banking info and it lands next day, faster than the cheque")
    assert answer.flagged and answer.family_id == "official-refund-text-scam"


# Then on sets 1497-1502: the real SRD grant increase to R370 (IOL, 2024-03-14) is a truth next to
# the cash-grant hoax; "don't give your ID or bank details to…", « c'est une blague qui date de
# 2015 », "that post is twisting it" and "Instagram is not introducing a rule…" overrule; pressing
# 55 on any emergency call is the silent-call claim.


@pytest.mark.parametrize(
    "text",
    [
        "The SRD grant went up from R350 to R370 in April, that's real, it was in the budget. Apply on the official SASSA site only",
        "SASSA only takes SRD applications on its official site. Don't give your ID or bank details to WhatsApp numbers promising R700 or quicker payment",
        "WhatsApp fermé de minuit à 7h 😂 et le PDG s'appellerait Jim Balsamic... c'est une blague qui date de 2013, ton compte sera pas supprimé",
        'The $750 was just the quick Serious Needs payment, not the whole thing. FEMA aid for housing comes on top of that, so that post is twisting it',
        'Instagram is not introducing a rule that lets your deleted messages be used against you in court',
    ],
)
def test_true_grants_and_debunks_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_the_srd_increase_is_answered_with_its_source(checker: Checker) -> None:
    answer = checker.check("Is the SRD grant really going up to R370?")
    assert not answer.flagged and answer.truth is not None and answer.truth.id == "sassa-srd-r370"
    assert answer.truth.url.startswith("https://www.iol.co.za/")


def test_pressing_55_on_any_emergency_call_is_the_silent_call_claim(checker: Checker) -> None:
    answer = checker.check("Police can trace where you are if you call the emergency number and press 55 without talking")
    assert answer.flagged and answer.family_id == "silent-999-55-call"


# Then on sets 1503-1508: a door, gate or wifi code asked back is everyday chat, not the WhatsApp
# code scam; "the … video is AI generated" is the verdict on a deepfake advert; FEMA's real one-time
# $700 Critical Needs payment (FEMA, 2023-08-16) is a true story next to the "$750 loan" hoax.


@pytest.mark.parametrize(
    "text",
    [
        "Tu peux me renvoyer le code de la porte ? J'ai supprimé le SMS sans faire exprès",
        "can you send me the wifi code again, deleted the message by mistake",
        "That Martin Lewis trading video is AI generated, the bank put a warning out, he's not selling crypto",
        "FEMA is giving a $700 critical needs payment to Maui households that qualify, my aunt got hers, apply on DisasterAssistance.gov",
    ],
)
def test_everyday_codes_deepfake_verdicts_and_true_aid_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_the_whatsapp_code_scam_still_flags(checker: Checker) -> None:
    answer = checker.check("Coucou, je t'ai envoyé un code à 6 chiffres par erreur, tu peux me le renvoyer stp c'est urgent")
    assert answer.flagged and answer.family_id == "whatsapp-code-scam"


def test_a_question_about_the_fema_payment_gets_its_source(checker: Checker) -> None:
    answer = checker.check("Is FEMA really paying $700 to families after the fires?")
    assert not answer.flagged and answer.truth is not None and answer.truth.id == "fema-critical-needs-700"
