"""What the sixtieth session (tuned on sets 1311-1316) taught the matcher: soursop "stronger than
chemotherapy" and "rainbow fentanyl" in Halloween candy are families of their own; a gift-exchange
chain that recruits ("any ladies interested?") and an offer passed on ("vous aussi vérifiez
vite") spread; "quelqu'un a le mot de passe ?" asks for help, not about the truth; "not posting it
counts as consent" is the notice's own threat, not a denial; "nobody ever confirmed a case", "that
post is from 2011, always been free" and a page "created 2 days before" debunk; a claim asked and
then what its link demands (« … ? le lien demande de partager ») is a question; « Maman demande si
quelqu'un peut… » asks for help, not for money. Then on sets 1317-1322: a found pet that "won't
eat" is still the bait; a notice that "means absolutely nothing" and a rule that "got shot down"
are debunked; an amount such as "R350" is a word, not leet for "reso"; robbers posing as census
officers, HIV needles in cinema seats, a supermarket's vouchers "pour les fêtes" and an operator
suspending the internet for fibre works are the known hoaxes; the Meta AI app exposing chats
publicly is the true Discover-feed story. Then on sets 1323-1328: "is any of that real" asks; an
operator that "a publié un démenti" and the CNIL publishing how to object are no chain; a £2 rail smartcard sold through a Facebook
ad and "2 coches bleues + 1 rouge = poursuites" are the known hoaxes. Then on sets 1329-1334: « aucun
fait n'est avéré », « y'a aucun trafic » and « aucun recrutement ne se fait en payant » debunk;
sending one's own location on WhatsApp is not Instagram sharing it; a woman asking for powdered
milk as a kidnapping ruse and a prime minister's crypto platform are the known hoaxes. Then on
sets 1335-1340: a shark photo on a flooded highway reads like a genuine post, and is flagged from
retrieval alone (a debunk of it or a real shark sighting is not); "won't accept notes printed
before 2021" is the claim in a negation; a pickup truck given away on a fan page is the brand
giveaway. Then on sets 1341-1346: « WhatsApp n'ajoute pas… » opens a denying headline; "scare-lore" and "police say … scams" are no spreading;
« … ? C'est écrit dans les conditions » after a rhetorical question is no question. Then on sets
1347-1352: « vous savez si… ? » and « … ? j'ai peur » ask; « c'était une panne chez Meta » says
the outage was an outage; paid WhatsApp channel subscriptions are the true Updates-tab story; a grocer's anniversary coupon
for sharing is the supermarket hoax. Then on sets 1353-1358: an authority that "cautions
against…" reports; "who has X's new number" asks; « arnaque aux frais de véto » and « c'est pour
emprunter du crédit » debunk. Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.normalise import normalise
from commands.hoax.stance import ASKS, ASSERTS, stance


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("My cousin swears soursop tea is 10,000 times stronger than chemo, she's stopped her treatment and "
         "drinks it every morning", "soursop-cancer-cure"),
        ("Les feuilles de corossol guérissent le cancer mieux que la chimiothérapie, les labos nous le cachent, "
         "partagez", "soursop-cancer-cure"),
        ("Moms please check the candy bags tonight, dealers are handing out rainbow fentanyl that looks just like "
         "candy to trick or treaters", "rainbow-fentanyl-halloween"),
        ("Christmas gift exchange 🎄 any ladies interested? Buy ONE gift worth $10 for a secret sister and get up "
         "to 36 back, message me and I'll add you", "secret-sister"),
        ("Ma vieille puce Moov a 10 ans, j'ai eu mes 20 Go gratuits avec le lien 😍 vous aussi vérifiez vite",
         "telecom-old-sim-free-data"),
        ("Sharing the Goodbye Meta AI statement legally stops Meta using your photos, and not posting it counts "
         "as consent", "meta-ai-optout"),
        ("Warning: men posing as census officers are knocking on doors in our area to rob homes", "chemical-mask-burglars"),
        ("Mon cousin dit que le ministère a publié les règles : 2 coches bleues et 1 rouge = poursuites judiciaires, "
         "attention à ce que vous envoyez", "whatsapp-govt-ticks"),
        ("Faites attention les filles, une dame avec une poussette vous demande de lui acheter du lait en poudre à la "
         "pharmacie, c'est une technique pour enlever les jeunes filles", "local-danger-warning-hoax"),
        ("Carney is backing a crypto trading platform, he explained it on CBC, my neighbour put in $250 and is "
         "already making money", "deepfake-investment-ads"),
        ("my cousin sent me a pic of a shark swimming down the flooded highway in Tampa after the hurricane 🦈 crazy",
         "hurricane-shark-photo"),
        ("Bank tellers say they won't accept old dollar notes printed before 2021 from next month, change them now",
         "old-dollar-notes-rejected"),
        ("Toyota is giving away a brand new Hilux on its fan page, you only pay the delivery fee by card",
         "brand-anniversary-giveaway"),
        ("Vous saviez que l'IA de Meta lit tous vos messages privés pour vous mettre des pubs ? C'est écrit dans les "
         "conditions, partagez", "meta-ai-reads-messages"),
        ("Sobeys fête ses 100 ans : chaque famille qui partage la publication et commente MERCI reçoit un bon "
         "d'épicerie de 100 $", "supermarket-voucher"),
        ("Leclerc donne 200 euros de courses à tout le monde pour les fêtes, allez vite sur le lien avant la fin",
         "supermarket-voucher"),
    ],
)
def test_the_hoax_in_these_words_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, answer


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Is graviola really stronger than chemotherapy?", "soursop-cancer-cure"),
        ("are they really putting rainbow fentanyl in halloween candy this year?", "rainbow-fentanyl-halloween"),
    ],
)
def test_a_question_about_the_new_families_is_answered_with_the_verdict(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.family_id == family and answer.verdict == "false", answer


@pytest.mark.parametrize(
    "text",
    [
        "lol the 'can you hear me' yes scam, nobody ever confirmed a case of someone billed from a recording",
        "Dad that 'Facebook starts charging next month' post is from 2012 🙄 it's always been free, delete it",
        "That cash gift page was created 3 days before the post and the link is dead, stop posting your bank "
        "details for scammers",
        "Carrefour offre des bons de 200 € pour ses 60 ans ? le lien demande de partager dans 10 groupes",
        "Maman demande si quelqu'un peut lui installer WhatsApp sur sa nouvelle tablette",
        "Soursop juice is my favourite, we get it fresh at the market in Kingston",
        "That 'I don't give Facebook permission' notice your aunt posted means absolutely nothing legally",
        "the 'Instagram new rule' deadline post got shot down years ago, ignore it",
        "Meta AI app exposes users' private conversations publicly in its Discover feed",
        "Y'a aucun trafic d'organes à la gare, la préfecture a dit qu'aucun fait n'est avéré, arrêtez de relayer",
        "Aucun recrutement public ne se fait en payant des frais sur WhatsApp, les concours sont sur le site officiel",
        "On se retrouve devant la gare à 18h, je vous envoie ma localisation sur WhatsApp",
        "that shark on the flooded highway photo is fake, it's been recycled after every hurricane since 2011",
        "Caught a small blacktip shark off the Fort Myers pier today, released it",
        "WhatsApp n'ajoute pas de coche rouge quand la police lit vos messages",
        "The state police called the zip tie thing scare-lore, traffickers mostly target people they already know",
        "Police say job scams on Telegram, the 'like videos for commission' ones, cost victims millions this year",
        "Facebook et Instagram étaient down hier soir, c'était pas ton compte, c'était une panne chez Meta",
        "whatsapp channels can charge a monthly subscription now, my football channel might start charging",
        "The Cyber Security Authority cautions the public against sharing WhatsApp verification codes",
        "Qui a le nouveau numéro de Tata Nicole ? Elle a changé de WhatsApp",
        "Ton chaton « perdu à Brest » a aussi été perdu à Lille et à Nice la même semaine 😂 arnaque aux frais de véto",
        "Le *123# c'est pour emprunter du crédit, pas pour gagner des Go, tu vas te retrouver à payer",
        "MTN a publié un démenti : pas de 100 Go gratuits pour les anciennes puces, le lien vole vos données",
        "La CNIL a publié comment s'opposer à l'utilisation de vos données par Meta pour son IA, c'est sur son site",
    ],
)
def test_debunks_questions_and_requests_for_help_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_a_practical_question_does_not_make_a_warning_a_question() -> None:
    assert stance("La page va être supprimée, Meta veut qu'on se connecte sur le lien, qqn a le mot de passe ?") != ASKS


@pytest.mark.parametrize(
    "text",
    [
        "The police warn against answering calls from +375 numbers, they clone your phone in seconds",
        "Tomorrow the new Facebook rule starts and they can use your photos. Simply sharing this message means "
        "nothing, you must copy and paste it. I do not give Facebook permission to use my pictures",
        "Vous savez, si vous ne transférez pas ce message à 10 contacts votre compte WhatsApp sera supprimé demain",
        "Facebook has always been free but from Monday they will charge 5.99 a month unless you post this",
    ],
)
def test_chains_that_borrow_a_debunks_words_are_still_flagged(checker: Checker, text: str) -> None:
    """The reread's guards: the new denial and question words must not read a chain's own phrases."""
    assert checker.check(text).flagged


def test_a_found_pet_that_wont_eat_is_told_not_denied() -> None:
    assert stance("Still no owner for this old boy we picked up on the highway, won't eat, not chipped, please bump") == ASSERTS


def test_is_any_of_that_real_asks() -> None:
    assert stance("my aunt says if you post 'I do not give Facebook permission to charge me' they can't bill you. "
                  "is any of that real") == ASKS


def test_asking_whether_you_know_and_a_worry_after_the_question_ask() -> None:
    assert stance("Vous savez si la nouvelle règle de Facebook commence demain ? Ils disent que tout sera public") == ASKS
    assert stance("Meta AI peut lire nos messages WhatsApp maintenant ? J'ai peur pour mes conversations") == ASKS


def test_a_claim_then_what_its_link_demands_asks() -> None:
    assert stance("Total offre 100 000 FCFA de carburant ? le lien demande de partager dans 5 groupes") == ASKS
    assert stance("Christmas swap, any ladies interested? buy one gift and send it to one sister, receive 36") == ASSERTS


def test_an_amount_with_its_currency_letter_is_not_leet() -> None:
    assert "r350" in normalise("Is the SASSA R350 going up to R3500?").tokens
    assert "hacker" in normalise("h4ck3r").tokens
