"""What the fifty-fifth session (tuned on sets 1131-1136) taught the matcher: an offer that closes
on its own recruiting call ("… who else wants?") spreads it, and « pensez à vos petits frères »
is an order, not « vous pensez ? »; "jk" takes back what came before it; « ce message sert à voler
vos identifiants » is the warning, not the phishing text; a group's admins closing their own group
are not WhatsApp closing; a TV presenter selling an investment app, Gulf job agents' fees, a
Safaricom anniversary voucher, a lost-pet post turned rental advert and the cable tie on a wing mirror
are found from their own words. From 1137-1142: "is a myth" denies; a suspension appealed and lifted
is a real story, not the phishing notice; "paste your code here so the coordinator can compile the
list" is an everyday request; a white van that tried to « embarquer » a child, "I copied the
Zuckerberg post, we each get a share" and Meta grants for advertisers are their hoaxes. From
1143-1148: "someone pls confirm" asks; "still an illegal pyramid scheme" and "it's a con" deny; "you
should all do it too" vouches; "anyone interested in a gift exchange? you only buy one gift" recruits;
a WhatsApp community invitation is not WhatsApp Pink. From 1149-1154: "an upfront payment, not a
loan", an owner's own lost dog, "nobody's logo will turn blue", "they haven't shut anything" and
"misleadingly claim" deny or say something else; a video of a school event is not the Martinelli
video; paid likes on WhatsApp are the task scam. From 1155-1160: "never issued any such warning" and
« aucune tentative d'enlèvement signalée » deny; a white van « rôde » and tried to « emmener » a
child. From 1161-1166: congratulations to a nurse, "forwarding will not turn your logo blue",
"nothing has been switched off", "not your private chats", « le code pour emprunter », "a like
farm", an account "hacked" by a sibling and « n'a pas adopté de nouvelle règle » are no hoaxes.
From 1167-1172: « ton compte n'est pas cloné », a white van that is the
painter's, "the Rome Statute is for war crimes", "pictures cannot steal", « alerte sur une
escroquerie » are no hoaxes either. Texts are paraphrases written for these tests, not the blind
items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ASKS, ASSERTS, DENIES, stance


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("An agent on FB is taking girls to Doha for house jobs, only 20k for the medical and visa. My neighbour "
         "pays on Monday, who else wants?", "fake-recruitment-scholarship"),
        ("Une présentatrice du JT recommande une application d'investissement pour gagner 2 500 euros par mois "
         "avec 250 euros au départ", "deepfake-investment-ads"),
        ("Safaricom is giving KSh 5,000 gift vouchers to all M-Pesa customers for its anniversary, claim yours",
         "brand-anniversary-giveaway"),
        ("Le Fonds national d'autonomisation de la jeunesse donne 300 000 francs CFA à chaque jeune qui s'inscrit "
         "en ligne", "government-cash-grant-link"),
        ("Une maman m'a dit qu'une camionnette blanche a essayé d'embarquer une fillette près de l'école hier, gardez "
         "vos petits près de vous", "white-van-abductions"),
        ("J'ai recopié le post de Zuckerberg, apparemment demain il regarde qui l'a fait et on touche une part",
         "zuckerberg-giveaway"),
        ("Meta gives grants to small businesses that advertise on Facebook, apply on the WhatsApp number, there's a small "
         "processing fee", "zuckerberg-giveaway"),
        ("Coucou c'est moi, j'ai changé de téléphone et le code à 6 chiffres est arrivé sur ton numéro par erreur, tu "
         "me l'envoies ?", "whatsapp-code-scam"),
        ("Just pasted the Berne convention copyright notice on my wall, Facebook can't touch my photos now, you should all "
         "do it too", "facebook-copyright-notice"),
        ("L'assistant Meta AI de WhatsApp scanne toutes vos conversations privées en continu", "meta-ai-reads-messages"),
        ("A company on WhatsApp pays 400 dirhams a day to like YouTube videos, I already got paid for the first tasks",
         "task-job-scam"),
        ("Une camionnette blanche rôde près de l'école primaire, ils ont essayé d'emmener une petite ce matin, soyez "
         "vigilants", "white-van-abductions"),
    ],
)
def test_the_offer_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, (text, answer)


@pytest.mark.parametrize(
    "text",
    [
        "My WhatsApp got hacked... jk, I dropped my phone in the toilet, new number coming soon",
        "« C'est toi dans cette vidéo ? » : prudence, ce message Messenger sert à voler vos mots de passe",
        "Our youth WhatsApp group will be closed for admin cleanup on Sunday, rejoin with the new link the pastor "
        "sends",
        "The zip tie on your tyre trafficking story is a myth, don't bother sharing it",
        "My sister's Instagram got suspended for spamming hashtags, she appealed and it came back the next day",
        "Copy and paste your house number here so the secretary can compile the list for the estate meeting",
        "'Secret Sister' is back in your feed, and it's still an illegal pyramid scheme",
        "Celebrities don't hand out cash in Facebook comments. A 'registration fee' first? It's a con.",
        "Envoyez-moi vos numéros, je vous ajoute à la communauté WhatsApp de l'association des parents",
        "'Everything goes public tomorrow', someone pls confirm before I delete all my photos",
        "FEMA's $750 is an upfront payment, not a loan, you don't have to pay it back",
        "Mon chien a disparu ce matin près du stade, noir avec un collier bleu, appelez-moi si vous le voyez",
        "Nobody's logo will turn blue because you forwarded a message, WhatsApp has been free since 2016",
        "They haven't shut anything, Meta only said in court papers it may close Facebook in Nigeria",
        "Posts misleadingly claim Meta AI reads your private WhatsApp chats",
        "can you send the video of the dance from the school prize-giving event, the kids want to watch it",
        "NASA never issued any such warning about cosmic rays, keep charging your phone at night",
        "J'ai appelé la gendarmerie, aucune tentative d'enlèvement signalée, la photo de la camionnette est ancienne",
        "Félicitations à Léa pour son diplôme d'infirmière, fière de toi !",
        "Forwarding to 10 people will not turn your logo blue, WhatsApp is free",
        "Meta only said it MAY have to shut Facebook in Nigeria. Nothing has been switched off.",
        "Meta trains its AI on public posts and on what you send Meta AI, not your private WhatsApp chats",
        "Ce code ne vérifie aucun bonus, c'est le code pour emprunter du crédit chez l'opérateur",
        "That 'new CEO' giveaway page is a like farm, it gets deleted every week",
        "Mon compte Netflix a été piraté par ma petite sœur, elle a fini ma série 😂",
        "Instagram n'a pas adopté de nouvelle règle pour utiliser vos photos",
        "Ton compte n'est pas cloné juste parce que quelqu'un a reçu une deuxième demande, arrêtez de transférer",
        "La camionnette blanche devant l'école c'est celle du peintre, il refait la cantine",
        "The Rome Statute is for war crimes, not for your Facebook photos",
        "Good morning pictures cannot steal your bank PIN, send your flowers",
        "Faux bons d'essence sur WhatsApp : la police alerte sur une escroquerie",
    ],
)
def test_jokes_warnings_and_group_notices_stay_quiet(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged, (text, answer)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("The zip tie on the wing mirror thing, is it real?", "local-danger-warning-hoax"),
        ("Emirates golden ticket on WhatsApp, did anyone actually win?", "airline-ticket-giveaway"),
        ("Est-ce que Meta se sert de nos messages privés Messenger pour entraîner son IA ?", "meta-ai-reads-messages"),
        ("I shared a lost dog post and now it's a rental ad, what happened?", "found-child-bait"),
        ("Is that Qatar recruitment page on facebook real? they ask for a registration fee",
         "fake-recruitment-scholarship"),
        ("Is Lowe's really sending free pots and pans to women?", "shop-giveaway-fake-page"),
        ("Did Congress pass a new $1,000 stimulus for everyone? saw it on fb", "us-benefit-boost-rumour"),
        ("Is the $900 Medicare grocery card from the Facebook ad real?", "us-benefit-boost-rumour"),
    ],
)
def test_a_question_gets_the_family_it_names_by_its_details(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged and answer.family_id == family and answer.verdict == "false", (text, answer)


def test_thinking_of_someone_is_an_order_not_a_question() -> None:
    assert stance("Bonne nouvelle, le Canada recrute sans diplôme. Ne gardez pas ça pour vous, pensez à vos cousins qui chôment !") != ASKS
    assert stance("Le Canada recrute sans diplôme, vous pensez que c'est vrai ?") == ASKS


def test_not_joking_is_no_retraction() -> None:
    assert stance("Facebook ferme définitivement à la fin du mois, sauvegardez vos photos, je rigole pas") == ASSERTS
    assert stance("Facebook ferme à la fin du mois… je rigole, c'est la même chaîne que l'an dernier") == DENIES


def test_a_gift_exchange_recruiting_spreads_it() -> None:
    assert stance("Anyone interested in a holiday gift exchange? You only buy one $10 gift and send it to one sister") == ASSERTS
    assert stance("Is the holiday gift exchange where you buy one gift and get 36 back a scam?") == ASKS
