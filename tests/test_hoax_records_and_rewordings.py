"""What the sixty-second session taught the matcher, tuned on sets 1419-1424: a record set is
the finance chat this bot lives in ("Facebook recorded a record quarter", « bénéfice record »),
never a call or a chat recorded; the "won" of "won't" is no prize won, so "Facebook won't be free
anymore" is the paid-Facebook hoax, not a giveaway; a knife attacker "stabbing folk", two men on a
killing spree and a police killer "on the run" are the local danger hoax; « si quelqu'un accepte
la demande » of the hacker is the chain, not advice about what to do if someone asks; "ain't even a
real person" and "quit forwarding it" debunk; Zuckerberg's money for « utilisateurs actifs » is
the giveaway, not an earnings call. Then on sets 1425-1430: asking a friend to share a location on
WhatsApp is no Instagram-map claim, and Meta AI training "excluding private messages" is the true
news, not the reading hoax; "I ain't paying" is the writer refusing, not a denial; a power company
cutting the electricity unless paid in gift cards is the official-bill scam, Messenger "on the
computer going away" the true desktop shutdown, and a presenter "arrested over the crypto
platform" the fake-article advert. Then on sets 1431-1436: « cognez le post » is the French bump
of an injured-dog bait; a man in « un utilitaire blanc » offering sweets and a "knifeman" are the
danger hoax; « la procureure appelle au calme », « pas avérées » and "unfounded" deny; Meta
"stopping Facebook in Europe" and Facebook "pulling out of the country" are the closure hoax. Then
on sets 1437-1442: "the post will not legally protect", « des annonces qui ne prouvent rien » and
« ne fait pas gagner de billets » deny; « ça me paraît louche » after the question keeps it a
question even with the chain's "send to 10"; a message "sent to the group by mistake" is no
money-sent-by-mistake scam; a gif of a cup of tea that hacks phones is the greeting-images hoax and
a shop's unsellable display TVs the voucher scam. Then on sets 1443-1448: « je le poste aussi ? »
asks, "I still got hacked" and "text animation" overrule the BFF test; a flyer on the windshield is
the trafficking warning; group admins "activating a setting so the AI can't read" is the
Meta AI claim. Then on sets 1449-1454: "read it on their site" names no Meta AI claim (its
subjects no longer include "read"), restoring one's own backup is no reading of chats, holding a
finger on a file "to save it" is no cloned-account chain, and WhatsApp channels' paid
subscriptions ("contenu exclusif") are the Updates-tab story. Then on sets 1455-1460: what the
real company "never does by text" overrules the model, and "doesn't cap you at 25", "prompts a
trafficking scare", « ton copier-coller change rien » and "no need for the copy paste" deny or
overrule; « avant de participer à un concours… regardez si la page… » advises; a
free workshop is no free-data offer, and pasting the club's schedule no chain. Then on sets
1461-1466: "instagrams new rule" (the possessive without its apostrophe) names Instagram; a
question followed by « c'est après la panne » still asks; apps "restricted" and reached "through a
VPN" are shutdown news, not the Meta AI claim. Then on sets 1467-1472: "deleted Facebook off me
phone" is someone leaving; "… are pyramid schemes" denies; "what's the blue circle thing" asks;
a text opening "No wonder…" is no denial. Texts are paraphrases
written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ASKS, ASSERTS, DENIES, stance


@pytest.mark.parametrize(
    "text",
    [
        "Facebook recorded a record quarter, ad revenue up 26%",
        "Meta is recording record profits while capex heads to 70 billion",
        "Facebook records its best quarter ever on the back of Reels ads",
        "Meta enregistre un bénéfice record au troisième trimestre",
        "WhatsApp a enregistré son meilleur mois en Inde",
        "Instagram set a new record for daily users in October",
    ],
)
def test_a_record_set_is_finance_news_not_a_recording(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("The blue circle in WhatsApp is recording every group chat and sending it all to Meta", "meta-ai-reads-messages"),
        ("Le rond bleu de WhatsApp enregistre toutes les discussions de groupe", "meta-ai-reads-messages"),
        ("There's a man with a knife going round the estate stabbing people, stay indoors tonight",
         "local-danger-warning-hoax"),
        ("Two guys on a killing spree were seen at the gas station in our town last night, lock your doors",
         "local-danger-warning-hoax"),
        ("A fugitive who shot two police officers is on the run near here, residents should stay inside",
         "local-danger-warning-hoax"),
        ("Si quelqu'un accepte la demande d'ami de ce pirate, toute votre liste d'amis se fait pirater, prévenez vos enfants",
         "friend-request-hacker"),
        ("Mark Zuckerberg offre de l'argent aux utilisateurs actifs pour l'anniversaire de Facebook, il suffit de partager "
         "et de commenter « merci »", "zuckerberg-giveaway"),
    ],
)
def test_the_hoax_in_these_words_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.entry is not None and answer.entry.id == family


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("my cousin says facebook won't be free anymore from january, legit or hoax?", "facebook-paid"),
        ("Le texte qui dit que Facebook devient une entité publique, faut le copier sur son mur ou pas ?",
         "facebook-copyright-notice"),
        ("is it true facebook records what we say to show us adverts?", "facebook-microphone-ads"),
    ],
)
def test_questions_in_these_words_get_their_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.entry is not None and answer.entry.id == family and answer.verdict == "false"


def test_paying_to_get_rid_of_ads_is_answered_with_the_true_story(checker: Checker) -> None:
    answer = checker.check("apparently you can pay to get rid of the ads on instagram now, real or scam?")
    assert not answer.flagged and answer.truth is not None and answer.truth.id == "meta-ad-free-eu"


@pytest.mark.parametrize(
    "text",
    [
        "That Jim Balsamic guy isn't even a real person, WhatsApp stays free, quit forwarding it",
        "Quit forwarding this, nobody is closing your account",
    ],
)
def test_not_a_real_person_and_quit_forwarding_deny(text: str) -> None:
    assert stance(text) == DENIES


@pytest.mark.parametrize(
    "text",
    [
        "Envoie la localisation sur WhatsApp, je trouve pas ton immeuble",
        "Meta et l'IA : les messages privés seront exclus de l'entraînement, annonce l'entreprise",
    ],
)
def test_requests_and_true_news_of_that_shape_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_the_writer_refusing_to_pay_is_no_denial() -> None:
    assert stance("i ain't paying for instagram, they can keep it") != DENIES
    assert stance("Instagram ain't charging anybody, relax") == DENIES


def test_the_utility_gift_card_threat_is_the_official_bill_scam(checker: Checker) -> None:
    answer = checker.check("the electric company rang my dad, said they'd shut the power off in half an hour unless he "
                           "paid with gift cards, is that a scam?")
    assert answer.entry is not None and answer.entry.id == "utility-shutoff-call-scam"


def test_messenger_on_the_computer_going_away_is_the_true_story(checker: Checker) -> None:
    answer = checker.check("is messenger on the computer really going away? my gran only uses it on her desktop")
    assert answer.truth is not None and answer.truth.id == "messenger-desktop-shutdown"


def test_a_presenter_arrested_over_crypto_is_the_fake_article_advert(checker: Checker) -> None:
    answer = checker.check("That news presenter got arrested over the crypto platform she was promoting, saw the pics "
                           "of her with the police on Facebook")
    assert answer.entry is not None and answer.entry.id == "deepfake-investment-ads"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Petit chien blessé trouvé au bord de la route à Vannes, on cherche son proprio, cognez le post svp",
         "found-child-bait"),
        ("Attention les mamans, un homme dans un utilitaire blanc propose des bonbons aux enfants à la sortie de l'école, "
         "partagez", "local-danger-warning-hoax"),
        ("A knifeman is going round the estate attacking people, police are hunting him, share to warn others",
         "local-danger-warning-hoax"),
    ],
)
def test_these_baits_and_warnings_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.entry is not None and answer.entry.id == family


@pytest.mark.parametrize(
    "text",
    [
        "Rumeurs d'enlèvements devant les écoles : le procureur appelle au calme",
        "Le parquet l'a dit, les tentatives d'enlèvement ne sont pas avérées, arrêtez de relayer",
        "Police say the knifeman rumours on the community page are unfounded",
    ],
)
def test_calming_a_rumour_denies_it(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert answer.stance == DENIES and not answer.flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("C'est vrai que Meta arrête Facebook en Europe l'an prochain ?", "facebook-closing"),
        ("Is Facebook really pulling out of the country altogether?", "facebook-closing"),
    ],
)
def test_closure_questions_get_their_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.entry is not None and answer.entry.id == family and answer.verdict == "false"


@pytest.mark.parametrize(
    "text",
    [
        "Posting the 'Goodbye Meta AI' message will not legally protect your photos, experts say",
        "Des billets de 5 euros « rares » vendus une fortune : des annonces en ligne qui ne prouvent rien",
        "Non, cette compagnie ne fait pas gagner de billets d'avion sur Facebook",
    ],
)
def test_headlines_saying_it_does_nothing_deny(text: str) -> None:
    assert stance(text) == DENIES


def test_a_question_with_its_own_doubt_is_no_flag(checker: Checker) -> None:
    answer = checker.check("Facebook va devenir payant si on transfère pas à 10 amis ? ça me paraît louche quand même")
    assert not answer.flagged and answer.stance == ASKS


@pytest.mark.parametrize(
    "text",
    [
        "Efface le message que j'ai envoyé par erreur dans le groupe stp, c'était pour ma sœur",
        "Sorry, sent that message here by mistake, please ignore it",
    ],
)
def test_a_message_sent_by_mistake_is_not_the_money_scam(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("can a good morning gif with a cup of coffee really hack your phone?", "greeting-images-phishing"),
        ("Is Tesco really giving away its display TVs if you share the post?", "supermarket-voucher"),
    ],
)
def test_these_questions_get_their_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.entry is not None and answer.entry.id == family and answer.verdict == "false"


def test_joining_in_asks(checker: Checker) -> None:
    answer = checker.check("Tout le monde a mis « Au revoir Meta AI » sur son mur. Je le poste aussi ? j'ai peur pour mes photos")
    assert not answer.flagged and answer.stance == ASKS


def test_still_hacked_after_the_green_word_is_no_flag(checker: Checker) -> None:
    assert not checker.check("Typing BFF only shows a text animation, mine went green and I still got hacked").flagged


def test_the_windshield_flyer_is_the_trafficking_warning(checker: Checker) -> None:
    answer = checker.check("Ladies, if you find a flyer stuck on your windshield at the mall, don't get out to remove it, "
                           "traffickers wait for that")
    assert answer.flagged and answer.entry is not None and answer.entry.id == "local-danger-warning-hoax"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("En tant qu'admin du groupe WhatsApp du club, je dois activer un réglage pour que l'IA ne lise pas nos messages ?",
         "meta-ai-reads-messages"),
    ],
)
def test_monitoring_questions_get_their_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.entry is not None and answer.entry.id == family and answer.verdict == "false"


@pytest.mark.parametrize(
    "text",
    [
        "The Gazette has a great piece on the new bridge, read it on their site",
        "Nouveau téléphone reçu, je réinstalle WhatsApp et je récupère ma sauvegarde ce soir",
        "sending the football rota to everyone in the group, hold your finger on it to save it",
    ],
)
def test_everyday_messages_with_a_claims_words_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_paid_channel_subscriptions_are_the_updates_tab_story(checker: Checker) -> None:
    answer = checker.check("Les chaînes WhatsApp vont pouvoir faire payer un abonnement pour du contenu exclusif, "
                           "c'est Meta qui l'a annoncé")
    assert not answer.flagged and answer.truth is not None and answer.truth.id == "whatsapp-updates-ads"


@pytest.mark.parametrize(
    "text",
    [
        "Hydro-Québec fait jamais de remboursement par texto, le lien c'est une copie de leur site",
        "Facebook doesn't cap anybody at 25 friends, switch to Most Recent, no need for the copy paste",
        "Ça fait dix ans que Facebook « devient payant lundi », ton copier-coller change rien",
        "Gas station stop prompts a kidnapping scare in Mobile",
        "Avant de participer à un concours sur Instagram, regardez si la page a le badge bleu et des règlements",
        "La médiathèque offre un atelier gratuit pour apprendre WhatsApp aux aînés jeudi",
        "Je copie-colle l'horaire du club ici : match samedi 14h, amenez vos gourdes",
    ],
)
def test_these_debunks_advice_and_chat_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_instagrams_without_apostrophe_names_instagram(checker: Checker) -> None:
    answer = checker.check("instagrams new rule starts tomorrow, they can use all your old posts in court, put the statement on your story")
    assert answer.flagged and answer.entry is not None and answer.entry.id == "instagram-new-rule"


def test_a_question_with_its_context_after_still_asks(checker: Checker) -> None:
    answer = checker.check("Facebook va fermer les comptes inactifs si on transfère pas le message ? c'est depuis la panne")
    assert not answer.flagged and answer.stance == ASKS


def test_a_shutdown_worked_around_by_vpn_is_not_the_meta_ai_claim(checker: Checker) -> None:
    assert not checker.check("Facebook et WhatsApp sont restreints ici depuis lundi, on passe tous par un VPN, même les "
                             "radios privées sont brouillées").flagged


def test_leaving_facebook_off_me_phone_is_no_claim(checker: Checker) -> None:
    assert not checker.check("deleted Instagram off me phone for January, lasted a week").flagged


def test_pyramid_schemes_deny_and_whats_the_thing_asks() -> None:
    assert stance("Those WhatsApp 'blessing' circles where you put in 500 and get 4,000 are pyramid schemes, stay away") == DENIES
    assert stance("what's the red dot thing on WhatsApp, is it reading my chats") == ASKS


def test_no_wonder_opens_a_claim_not_a_denial(checker: Checker) -> None:
    answer = checker.check("No wonder nobody likes my posts, Facebook only shows them to 25 friends now, comment hi below")
    assert answer.flagged and answer.entry is not None and answer.entry.id == "facebook-25-friends"


def test_advice_for_when_someone_asks_still_advises() -> None:
    assert stance("Si quelqu'un vous demande le code reçu par SMS, ne le donnez jamais") != ASSERTS


@pytest.mark.parametrize(
    "text",
    [
        "Meta compte 3,5 milliards d'utilisateurs actifs, dit Zuckerberg en annonçant ses résultats",
        "Meta stabbed its investors in the back with that capex guidance",
    ],
)
def test_earnings_talk_is_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()
