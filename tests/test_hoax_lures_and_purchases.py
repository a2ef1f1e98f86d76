"""What the fifty-eighth session (tuned on sets 1239-1244) taught the matcher: "if you know someone
who uses WhatsApp, pass this on" is a chain letter's own order; a question mark followed by the
lure's order to click ("is this you?? everyone is sharing it, click fast") is the lure, not a
question with its source; "I ordered a lost suitcase" states the luggage hoax (other purchases
are still one's own business, not a claim); a person who "reads all of them" is no AI reading
messages; an admin who ticks names is no government tick; the UK's Winter Fuel Payment, paid
automatically, is no Centrelink bonus, while "paid automatically" in a Centrelink bonus post stays
the hoax. Then on sets 1245-1250: "I thought it was a hoax but they said it on TV" is a believer
won over; "stop sending it to the…" stops a chain; « transmettez à vos proches » is a chain's order;
photos from Carnival are no cruise, TikTok suspended by a government is no Meta page notice, and
the Meta AI app's public feed is no AI reading private chats. Then on sets 1251-1256: a question
mark followed by someone about to try it, or the asker's own doubt, is a question; "if a message
from … asks" is advice; giving up Facebook for Lent and congratulations posted on Facebook are no
hoax; money "mistakenly" sent to an Airtel Money number and a tax office's SMS refund are found.
Then on sets 1257-1262: "true or just…", « on fait quoi », "should I put it on my story", « … ou
pas ? je vois ça partout » ask; « ne donne pas accès », « cette prétendue aide », "the same words
in three towns' groups, comments off" debunk; "don't ring, I can't talk right now" is the hi-mum
scam's own excuse, not a denial; a farewell to a priest and Meta charging rival AI chatbots on
WhatsApp are no hoax. Then on sets 1263-1268: "No more Coke for me" and "I can't log into my
banking app" are no denials; "posts issue alarmist warning" is a debunk's headline; "anyone want
an easy part time job?" is an offer, not a question; « fais-lui passer ce message », « transmettez
à vos familles », « passez à tout le monde » pass a chain on. Then on sets 1269-1274: "I do not
authorise" is the notice's own word (spelled with "th"); « ma cousine a vérifié » is no Meta
Verified; the Pidgin "no politician dey share data" and "no get any legal power" debunk.
Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.cue_rules import CHAIN_CUES
from commands.hoax.normalise import normalise
from commands.hoax.stance import ASSERTS, asks_in_words, stance
from commands.hoax.text_signals import OWN_CLOSURE


def _chain_points(text: str) -> float:
    padded = normalise(text).padded
    return sum(points for _, rx, points in CHAIN_CUES if rx.search(padded))


@pytest.mark.parametrize(
    "text",
    [
        "Si vous connaissez quelqu'un qui utilise WhatsApp, transmettez ce message, c'est important",
        "Une vidéo va pirater vos téléphones ce soir. Transmettez à vos proches, tata, tonton, les cousins",
        "If you know anyone who uses Messenger please forward this right now",
    ],
)
def test_pass_it_to_whoever_uses_the_app_is_a_chain_order(text: str) -> None:
    assert _chain_points(text) >= 1.0


def test_knowing_someone_without_an_order_is_no_chain() -> None:
    assert _chain_points("Si vous connaissez quelqu'un qui répare les vélos à Lyon, je suis preneur") == 0.0


def test_the_martinelli_warning_passed_to_whoever_uses_whatsapp_is_flagged(checker: Checker) -> None:
    text = ("Si tu connais quelqu'un qui a WhatsApp, transmets-lui : une vidéo « Martinelli » arrive demain, "
            "ne l'ouvre pas, elle pirate ton téléphone et rien ne peut l'arrêter")
    answer = checker.check(text)
    assert answer.flagged and answer.family_id in {"martinelli-video", "whatsapp-gold"}, answer


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Kofi is this you in the video?? everyone is sharing it on Messenger, click quick before they remove it",
         False),
        ("Is this video real?? everyone is sharing it on Messenger", True),
        ("Is this video real?? everyone is sharing it, don't click it yet", True),
    ],
)
def test_the_lures_order_to_click_is_no_source_of_a_question(text: str, asks: bool) -> None:
    assert asks_in_words(text) is asks


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("J'ai commandé une valise perdue à l'aéroport sur Facebook pour 3 euros, il y aurait des iPhone dedans", False),
        ("I bought a lost suitcase from an airport page for $2, apparently some have laptops inside", False),
        ("J'ai acheté une machine à laver d'occasion, elle marche très bien", True),
    ],
)
def test_buying_a_lost_suitcase_is_no_private_purchase(text: str, own: bool) -> None:
    assert bool(OWN_CLOSURE.search(normalise(text).padded)) is own


def test_a_mobile_money_sent_by_mistake_claim_is_found(checker: Checker) -> None:
    answer = checker.check("Quelqu'un vous envoie de l'argent mobile par erreur puis exige que vous le renvoyiez sur un autre numéro")
    assert answer.family_id == "fake-mobile-money-transfer", answer


def test_nobody_ever_showed_a_case_denies_in_french(checker: Checker) -> None:
    answer = checker.check("L'histoire du « oui » enregistré pour signer des contrats, personne n'a jamais montré un "
                           "cas réel ici. Raccrochez si vous voulez mais pas de panique")
    assert answer.stance == "denies" and not answer.flagged, answer


@pytest.mark.parametrize(
    "text",
    [
        "I thought it was a hoax but they said it on the news last night, Zuckerberg is giving $4 million to 1000 people who repost",
        "Je croyais que c'était une arnaque mais c'est passé à la télé, Zuckerberg donne 4 millions à ceux qui partagent",
    ],
)
def test_a_believer_won_over_asserts(checker: Checker, text: str) -> None:
    assert stance(text) == ASSERTS
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == "zuckerberg-giveaway", answer


@pytest.mark.parametrize(
    "text",
    [
        "WhatsApp donne le badge vert gratuit aux vendeurs via un lien ? Mon cousin veut essayer ce soir",
        "Le texte « je ne donne pas ma permission à Meta » avec l'article UCC, ça a une valeur légale ? je suis pas juriste",
    ],
)
def test_a_question_then_someone_about_to_try_it_is_a_question(checker: Checker, text: str) -> None:
    assert asks_in_words(text)
    assert not checker.check(text).flagged


def test_if_a_message_from_your_childs_number_asks_is_advice() -> None:
    text = ("Grandparents, if a message from your grandson's number asks for a code that came by SMS, ring him on his "
            "usual line first. That code lets crooks take over the WhatsApp")
    assert stance(text) == "advises"


@pytest.mark.parametrize(
    "text",
    [
        "someone said don't flash your headlights at cars driving dark because of gang initiations. true or just boomer facebook",
        "ma tante a reçu « coucou maman j'ai cassé mon téléphone, voici mon nouveau numéro », elle a que des garçons 😂 on fait quoi",
        "cousin should I put that goodbye meta AI text on my story, everybody is doing it",
        "La camionnette blanche devant les écoles à Anglet c'est confirmé par la gendarmerie ou pas ? je vois ça partout",
    ],
)
def test_asking_what_to_believe_or_do_is_no_flag(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.stance == "asks", answer


def test_the_hi_mum_scams_cant_talk_excuse_is_no_denial(checker: Checker) -> None:
    text = ("Hi Mum, this is my new number, the old phone fell in the bath. Can you help me pay the electric bill "
            "before 4pm, I'll send the details. Don't call, I can't talk right now x")
    assert stance(text) == ASSERTS
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == "hi-mum-scam", answer


def test_an_alarmist_warning_headline_debunks(checker: Checker) -> None:
    answer = checker.check("Facebook posts issue alarmist warning about zip ties on car mirrors and trafficking")
    assert answer.stance == "denies" and not answer.flagged, answer


def test_a_chain_passed_to_whoever_uses_whatsapp_and_to_the_families_is_flagged(checker: Checker) -> None:
    text = ("Si tu connais quelqu'un qui a WhatsApp, fais-lui passer ce message : demain une vidéo \"Martinelli\" va "
            "circuler, ne l'ouvrez pas, elle pirate le téléphone. La mise à jour \"WhatsApp Gold\" est un virus, ne "
            "l'installez pas !! Transmettez à vos familles, passez à tout le monde.")
    answer = checker.check(text)
    assert answer.flagged and answer.family_id in {"whatsapp-gold", "martinelli-video"}, answer


def test_i_do_not_authorise_is_the_notices_word(checker: Checker) -> None:
    text = ("Please note: new WhatsApp policy from tomorrow. To stop them sharing your chats with Facebook, send "
            "'I do not authorise' to 10 groups. If you don't, you accept the policy automatically!!")
    assert checker.check(text).flagged


def test_a_cousin_who_checked_is_no_meta_verified(checker: Checker) -> None:
    text = ("Bonsoir. Facebook a annoncé que dès le 1er les comptes vont coûter 3,99$. Pour garder le tien gratuit "
            "recopie ce texte sur ton profil avant minuit. Mon oncle a vérifié c'est vrai. Fais passer à tes amis")
    answer = checker.check(text)
    assert answer.flagged and (answer.truth is None or answer.truth.id != "meta-verified"), answer


@pytest.mark.parametrize(
    "text",
    [
        "That free data 'for supporters' na scam page wey dey collect una numbers. No politician dey share data through link",
        "My sister that Goodbye Meta AI story no get any legal power. Na the terms you accepted dey bind you",
    ],
)
def test_pidgin_debunks_deny(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert answer.stance == "denies" and not answer.flagged, answer


def test_a_question_then_everyone_sending_it_stays_a_question(checker: Checker) -> None:
    answer = checker.check("Will forwarding 'I do not authorise' to 10 groups stop the new WhatsApp policy? Everybody is sending it")
    assert answer.stance == "asks" and not answer.flagged, answer


@pytest.mark.parametrize(
    "text",
    [
        "Winter Fuel Payment: pensioners with incomes under £35,000 will be paid automatically this year",
        ("that flooded-airport video is AI, you can see the watermark. Stop sending it to the family group, nan is "
         "scared enough"),
        "Grandpa's 90th birthday video is on my Facebook, watch it and leave him a comment, he reads all of them",
        "Choir fundraiser dues by Friday. Pay via MoMo and post the screenshot in the group so I can tick your name ✅",
        "He post 40 pictures from Carnival and every one of them is the same pose 😂",
        "Nouvelle-Calédonie : TikTok suspendu pendant l'état d'urgence",
        "L'application Meta AI a affiché par erreur des conversations d'utilisateurs dans son fil public Découvertes",
        "Deleting Facebook for Lent, catch you all at Easter",
        "Congrats Maria on passing the nursing boards!! 🎉 your dad already posted it on FB",
        "Goodbye to Father Seamus who leaves us for Galway on Sunday, thank you for everything 🙏",
        "Meta va faire payer les chatbots d'IA concurrents qui répondent aux clients sur WhatsApp",
        "Appel « #90 » : composer ce code sur votre téléphone ne donne pas accès à votre carte SIM",
        "Méfiez-vous de cette prétendue aide de 500 $ à « tous les citoyens » attribuée au président",
        "That 'found kitten' post is in Leeds, Cardiff AND Texas groups with the same words. Comments off, it'll turn into a rental ad",
    ],
)
def test_ordinary_true_news_and_debunks_in_these_words_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("J'ai commandé une valise perdue de l'aéroport pour 2 euros sur une page Facebook, il paraît qu'on tombe "
         "parfois sur des iPhone dedans", "airport-lost-luggage-sale"),
        ("Centrelink confirms a $1,500 one-off bonus for all pensioners, paid automatically from next week, check your "
         "eligibility at the link and share with your parents!", "centrelink-bonus-payment"),
        ("Ne dites jamais oui au téléphone à un numéro inconnu, ils enregistrent votre oui pour signer des contrats à "
         "votre place. C'est arrivé à ma voisine", "can-you-hear-me-scam"),
        ("Ama look at this video, is this you?? 😱 everybody is sharing it on Messenger, click quickly before they "
         "delete it", "messenger-video-phishing"),
        ("Good evening sister, I have mistakenly sent K600 to your Airtel Money number, it was for my son's school "
         "fees. Please kindly send it back to this number, God bless you", "fake-mobile-money-transfer"),
        ("L'administration fiscale vous rembourse 412,80 € par SMS, il suffit de saisir vos coordonnées bancaires",
         "official-refund-text-scam"),
        ("No more Fanta for me o, NAFDAC said a worker injected HIV blood into the bottles. My cousin in Leeds got the warning too",
         "hiv-injected-food"),
        ("Hi Mum it's me, phone fell in the sink 😭 this is my new number. Can you pay my rent today, I can't log into my "
         "banking app, will pay you back Friday x", "hi-mum-scam"),
        ("Anyone in Accra want easy part time job? Just like TikTok videos and send screenshots on WhatsApp, 20 cedis per "
         "like, I made 300 yesterday!!", "task-job-scam"),
    ],
)
def test_the_hoax_in_these_words_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, answer
