"""What the fifty-sixth session (tuned on sets 1173-1178) taught the matcher: a prize from a shop
or a garden centre is the fake shop giveaway, not Zuckerberg's, unless the text names Meta or
Facebook; a call that makes you bleed from the nose is the killer number; a father texted from
his child's "new number" is the hi-mum scam; a job in Quebec for an upfront fee is the Canada job
offer; likes paid per video, the World Food Programme's questionnaire and a mining magnate's
trading app are found from their own words; a phone that « fait n'importe quoi » is no denial.
From 1179-1184: a print shop's free CVs and a red tick on an attendance sheet are no hoaxes;
« ne vous demanderont jamais » denies; "when you can't repay" and a recruiter's "no fees, no
experience needed" are no denials; "anyone wants the number? I'll share" recruits; mystery boxes of
unclaimed parcels are the lost-luggage sale. From 1185-1190: « qqun a déjà reçu qqch ? » asks;
a crying baby's recording at the door and Canada taking in every Haitian are their hoaxes; a
password asked for a free blue tick is the phishing; sponsored statuses in WhatsApp's Updates tab
are the true story.
Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ASKS, ASSERTS, DENIES, stance


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Une jardinerie du coin m'a écrit que j'ai gagné un barbecue à son concours, faut payer la livraison, "
         "c'est normal ?", "shop-giveaway-fake-page"),
        ("C'est vrai qu'un appel peut te faire saigner du nez jusqu'à en mourir ? Ça tourne dans le groupe du "
         "quartier", "killer-phone-number"),
        ("Mon père a reçu un texto d'un nouveau numéro qui dit être moi et demande de l'argent, c'est une arnaque "
         "connue ?", "hi-mum-scam"),
        ("Une agence m'offre un contrat de travail au Québec si je paie d'abord 400 € de frais, c'est normal ?",
         "canada-immigration-hoax"),
    ],
)
def test_a_question_gets_the_family_its_details_name(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.family_id == family and answer.verdict == "false", (text, answer)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Une société paie 6 dirhams par vidéo likée, ils t'écrivent sur WhatsApp et tu te fais 250 dh par jour "
         "sans bouger", "task-job-scam"),
        ("The World Food Programme is handing out $600 to every family that fills in its online questionnaire",
         "government-cash-grant-link"),
        ("Andrew Forrest backs a new AI trading platform in a Facebook ad, regular Aussies are turning $250 into "
         "thousands, get in before it closes", "deepfake-investment-ads"),
        ("Gangs are playing a recording of a crying baby outside front doors at night to make people open up, "
         "warn your family", "local-danger-warning-hoax"),
        ("Le Canada accueille tous les Haïtiens des États-Unis et paie leurs frais, faites passer",
         "canada-immigration-hoax"),
        ("Des boîtes mystère de colis jamais réclamés à 3 € avec des consoles dedans, j'en ai commandé deux",
         "airport-lost-luggage-sale"),
    ],
)
def test_the_claim_is_flagged_from_its_own_words(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, (text, answer)


def test_a_phone_acting_up_is_no_denial() -> None:
    assert stance("Depuis la vidéo de mardi son téléphone fait n'importe quoi, c'est bien vrai ce virus") == ASSERTS
    assert stance("Cette histoire de vidéo qui pirate le téléphone, c'est n'importe quoi") == DENIES


@pytest.mark.parametrize(
    "text",
    [
        "L'imprimerie de la fac imprime les CV gratuitement pour les étudiants jusqu'à vendredi",
        "A red tick on the sign-up sheet means you still owe the trip money, fill it in by Friday",
        "Rappel : Orange Money ne vous demanderont jamais votre code secret, un lien « bonus anniversaire » qui "
        "le demande c'est un voleur",
    ],
)
def test_print_shops_sheets_and_warnings_stay_quiet(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged, (text, answer)


def test_a_threat_or_a_recruiters_promise_is_no_denial() -> None:
    assert stance("That loan is a trap, they take your land when you can't repay") == ASSERTS
    assert stance("We're hiring from home: like videos, paid daily. No fees, no experience needed, message me") == ASSERTS
    assert stance("Les opérateurs ne vous demanderont jamais votre code secret par message") == DENIES
    assert stance("My cousin gets 2k a day liking videos for a company on WhatsApp, anyone wants the number? I'll share") == ASSERTS


def test_how_to_talk_someone_out_of_it_is_a_question() -> None:
    assert stance("Ma cousine veut payer 50 000 pour le portefeuille magique vu sur Facebook. Je fais comment pour la convaincre ?") == ASKS
    assert stance("My uncle already sent money to the Zuckerberg page, how do I convince him it's a scam?") == ASKS


def test_asking_whether_anyone_was_paid_is_a_question(checker: Checker) -> None:
    answer = checker.check("Mon oncle dit que Zuckerberg donne de l'argent à ceux qui copient son post, qqun a déjà reçu qqch ?")
    assert not answer.flagged and answer.stance == ASKS and answer.family_id == "zuckerberg-giveaway", answer


def test_a_password_for_a_free_blue_tick_is_the_phishing(checker: Checker) -> None:
    answer = checker.check("On m'écrit que Meta veut mon mot de passe pour m'offrir la coche bleue, c'est normal ?")
    assert not answer.flagged and answer.family_id == "meta-page-violation-phishing", answer


@pytest.mark.parametrize(
    "text",
    [
        "Sponsored statuses and paid channel subscriptions turned up in my WhatsApp Updates tab today",
        "Des statuts sponsorisés sont apparus dans l'onglet Actus de WhatsApp chez moi",
    ],
)
def test_sponsored_statuses_are_the_true_story(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.truth is not None and answer.truth.id == "whatsapp-updates-ads", answer


@pytest.mark.parametrize(
    "text",
    [
        "that HIV needle at the gas pump story has been around since like 2001, never one confirmed case. delete it",
        "Winter fuel U-turn: pensioners with incomes under £35,000 will be paid automatically, nobody needs to apply",
        "Ça fait deux fois que je t'envoie une demande d'amitié sur Facebook, c'est mon nouveau compte, accepte-moi "
        "donc 😂",
    ],
)
def test_sceptics_automatic_payments_and_new_accounts_stay_quiet(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged, (text, answer)


def test_what_did_not_happen_denies_and_what_all_should_do_spreads() -> None:
    assert stance("That gas pump needle story has been around since 2001, never one confirmed case") == DENIES
    assert stance("Instagram has not been shut down in Nigeria, I am posting from Lagos right now") == DENIES
    assert stance('"Goodbye Meta AI" statuses do not stop Meta training on your posts') == DENIES
    assert stance("Pasted the notice, now they can't use pics of my kids. everyone in the family should do it too") == ASSERTS
    assert stance("Hi Mum, new number, my banking app isn't working on this phone, I need to pay a bill today x") == ASSERTS


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("My aunt says never say 'yes' when an unknown number calls because they record your voice to sign you up "
         "for things, true?", "can-you-hear-me-scam"),
        ("Does commenting @highlight on Facebook really tell you if your account is safe?", "facebook-comment-word-security"),
    ],
)
def test_the_question_names_its_hoax_by_its_words(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.family_id == family, (text, answer)


def test_swahili_and_texting_questions_ask() -> None:
    assert stance("Qqn sait pourquoi on me demande de renvoyer un code reçu par SMS ? c'est le groupe du foot") == ASKS
    assert stance("Heard WhatsApp will charge Ksh 300 a month from January. Kweli?") == ASKS


@pytest.mark.parametrize(
    "text",
    [
        "WhatsApp Gold et la vidéo Martinelli : le retour d'une vieille rumeur sans fondement",
        "Les Go gratuits pour les vieilles puces, c la même arnaque partout, le lien vole ton numéro",
    ],
)
def test_baseless_and_same_old_scam_deny(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.stance == DENIES, (text, answer)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Museveni has approved 150k Christmas money for every Ugandan with an ID, apply on the link and share",
         "government-cash-grant-link"),
        ("Le centre du roi Salmane offre des kits alimentaires gratuits pour le Ramadan, remplissez le formulaire et "
         "partagez aux familles", "government-cash-grant-link"),
        ("Yemma c moi, mon téléphone est cassé, c mon nouveau num, envoie-moi 600 € pour le loyer stp", "hi-mum-scam"),
    ],
)
def test_round_five_claims_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, (text, answer)


def test_questions_with_where_they_came_from_ask() -> None:
    assert stance("Kroger giving $100 to everyone who shares their birthday post, is that for real? my cousin in "
                  "Macon already shared it") == ASKS
    assert stance("Ma voisine dit que les images bonjour cachent des virus... ça se peut tu?") == ASKS


@pytest.mark.parametrize(
    "text",
    [
        "Forwarding 'good night' images will not let hackers empty your bank account",
        "Ginette, ton « je n'autorise pas Facebook » ça vaut rien légalement, tu as accepté les conditions",
        "Facebook vous demandera jamais de transférer un message pour garder votre compte, la panne venait d'eux",
        "Une vraie alerte enlèvement passe par le site officiel et la gendarmerie, pas par une photo partagée sans date",
        "Sur Marketplace, jamais de lien de virement reçu par courriel pour réserver : rencontrez l'acheteur dans un "
        "lieu public",
        "Facebook reels showing me only baking videos lately, the algorithm knows me too well",
    ],
)
def test_corrections_advice_and_feeds_stay_quiet(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged, (text, answer)
