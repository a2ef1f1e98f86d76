"""What the sixty-first session taught the matcher, tuned on sets 1359-1364: an adult "missing"
with a silver alert, a child "enlevée" with the gendarmerie's helicopter overhead and a baby
handed to a shopper at the mall are the known local bait and danger hoaxes; a celebrity's bitcoin
trading app is the deepfake advert; Meta AI reading a group's history once mentioned, and
Facebook "going off" for a week, are their claims. "Police say it's an urban legend" and "no get
any legal effect" debunk; an operator's data price is no free-data claim; the "hi mum" scam named
by its own name is answered. Then on sets 1365-1370: toll texts, old 100-dollar notes "retirés de
la circulation", a found boy whose family must be "located", liking pages for pay, Zuckerberg's
money said received, hidden kidnapping attempts and missed calls from +673 are the
known hoaxes; « prévenez-le la veille » (the baker) warns nobody, a shop's "WhatsApp us to order"
is no night shutdown, and Panadol is paracetamol. Then on sets 1371-1376: a post-office text about a
package is the parcel-fee scam, an autistic child missing with the family dog is the bait, and
« c'était inventé de A à Z » denies. Then on sets 1377-1382: cougars "let loose" by the wildlife
office are the released-predators rumour and Dolly Parton's fan giveaway the celebrity one; a found
child who does not know « son nom de famille » is no happy ending; « on me demande le code… je
l'envoie ? » reports being asked; "you agreed to the terms" denies. Then on sets 1383-1388: the
Yellowstone "evacuation" and the Eswatini "shortage of men" letter are families of their own; "how
do I even check that" asks; « ne protège ni vos photos ni vos données » denies, while a chain's « partager
seulement ça ne protège pas, il faut copier-coller » still spreads. Then on sets 1389-1394: a utility
threatening a same-day shutoff, attackers "entered the capital" per a friend in intelligence, a
grocer's share-and-comment vouchers, and a fact-checker's "a message asking 'is this you?' links
to…" (its question mark is the quoted claim's) are the known hoaxes; "… are scammers, police say"
reports. Then on sets 1395-1400: Meta AI "mettant fin au chiffrement de bout en bout" and robbers
opening an outside « robinet » at night are the known hoaxes; « arrêtez de faire paniquer » debunks
and a one-word "fake?" after the story asks; « restez à l'écoute de la météo » is no microphone
claim and "3,9 millions d'utilisateurs" no giveaway. Then on sets 1401-1406: a "WhatsApp Gold" update
that hacks phones, an AMBER alert passed on and Zuckerberg's millions "doesn't hurt to try" are the
known hoaxes; "the terms you agreed to", "phones don't get hacked like that", a real objection
form that was filled in, a seal "pas de requin" photo, a channel's paid subscriptions and a dance
video put in one's status are not. Then on sets 1407-1412: old dollar notes "becoming useless" and
"don't say I didn't tell you" spread; « on clique pas » advises; "… ? le lien demande mon numéro"
asks; Facebook closing "des centaines de pages" is no closure, and a refund of « frais de
transport » no pet-shipping fee. Then on sets 1413-1418: a zip tie on the side mirror is the
trafficking warning ("check your car" is no Meta Verified story), a reversed PIN « au distributeur »
the ATM myth; a picture that "shows up every single time" floods come, « retour sur une légende
urbaine », « n'alerte pas la police », « ou j'ai mal compris ? » and a
works-council voucher are not spreading. Texts are paraphrases written for these tests,
not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ASKS, ASSERTS, DENIES, stance


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("A 45-year-old man went missing from Springfield on Sunday and a silver alert is out for him, please share",
         "found-child-bait"),
        ("Une petite fille a été enlevée à Tours, l'hélicoptère de la gendarmerie la cherche depuis une heure, partagez",
         "found-child-bait"),
        ("Ladies be careful, a woman at the outlet mall asked my sister to hold her baby, it's a trafficking trick to "
         "get you into a van", "local-danger-warning-hoax"),
        ("That comedian said on a TV talk show he earns thousands a day with a bitcoin trading platform, the ad is all over "
         "Facebook", "deepfake-investment-ads"),
        ("Si vous mentionnez Meta AI dans un groupe WhatsApp, il a accès à tout l'historique des messages du groupe",
         "meta-ai-reads-messages"),
        ("Facebook and Instagram will go off for a whole week from Monday, Zuckerberg announced it himself",
         "facebook-closing"),
        ("Got a text that I owe $3.80 in unpaid tolls from the turnpike, just paying it through the link so they "
         "don't add the late fee", "official-refund-text-scam"),
        ("les vieux billets de 100 dollars sont retirés de la circulation, prenez seulement les bleus",
         "old-dollar-notes-rejected"),
        ("Found this little boy wandering near the park, please share his picture so his family can be located",
         "found-child-bait"),
        ("Une boîte étrangère paie 30 dollars par jour pour liker des pages sur WhatsApp, je vous envoie le lien",
         "task-job-scam"),
        ("Mon voisin a copié le message de Zuckerberg pour toucher des milliers de dollars, il paraît que certains "
         "ont vraiment reçu l'argent", "zuckerberg-giveaway"),
        ("La gendarmerie cache des tentatives d'enlèvement d'enfants à Ajaccio", "local-danger-warning-hoax"),
        ("Post office texted me a package couldn't be delivered, I paid the $3 fee in the link to get it sent again",
         "parcel-fee-text-scam"),
        ("An autistic girl went missing with the family dog this morning, her mum is begging for shares",
         "found-child-bait"),
        ("Partagez svp, une petite fille de 3 ans retrouvée seule au bord de la route, elle ne connaît pas son nom de "
         "famille, le gendarme qui l'a récupérée cherche ses parents", "found-child-bait"),
        ("The wildlife department let cougars loose up north to thin the deer herd, they'll never admit it",
         "released-predators-rumour"),
        ("Dolly Parton is picking 20 fans from her page for 5,000 dollars each before Christmas, just comment and share 🦋",
         "celebrity-share-giveaway"),
        ("Yellowstone is being evacuated, scientists say the supervolcano could erupt within weeks, get out if you're "
         "near Bozeman", "yellowstone-eruption-evacuation"),
        ("Eswatini is short of men, King Mswati will pay your wedding and give you a house if you marry five wives 😂 "
         "packing my bags", "eswatini-men-shortage-letter"),
        ("Si vous partagez seulement ça ne protège pas vos photos, il faut copier-coller : je n'autorise pas Facebook à "
         "utiliser mes photos", "facebook-copyright-notice"),
        ("Eversource texted me that my power gets shut off tonight unless I pay the past-due balance through their link",
         "utility-shutoff-call-scam"),
        ("Un ami aux renseignements dit que des assaillants sont entrés dans la ville par le nord, évitez le grand marché "
         "demain", "police-source-attack-rumour"),
        ("Hannaford is giving $100 vouchers to everyone who shares and comments 'thank you' on their post",
         "supermarket-voucher"),
        ("A message on Messenger asking 'Is this you in this video?' links to a real video of the person who gets it",
         "messenger-video-phishing"),
        ("Avec l'arrivée de Meta AI, c'est la fin du chiffrement de bout en bout sur WhatsApp, tout est lisible",
         "meta-ai-reads-messages"),
        ("Ici aussi les voleurs ouvrent le robinet du jardin la nuit pour vous faire sortir, ne sortez jamais, c'est la "
         "gendarmerie qui le dit", "local-danger-warning-hoax"),
        ("WhatsApp va sortir une mise à jour « WhatsApp Gold » qui pirate les téléphones, surtout ne l'installez pas",
         "whatsapp-gold"),
        ("AMBER ALERT for real, 4 year old taken near the mall in a grey pickup, send this to everyone you know!!!",
         "found-child-bait"),
        ("The US will no longer accept dollar bills printed before 2021, take them to forex before they become useless. "
         "Forward to all traders!", "old-dollar-notes-rejected"),
        ("Meta says if you don't post the privacy notice by tonight they own all your photos. Don't say I didn't tell you",
         "facebook-copyright-notice"),
        ("Ladies please share!! Found a zip tie on my side mirror after shopping, the officer said traffickers mark your "
         "car that way. Check your car before you get in!!", "local-danger-warning-hoax"),
        ("Si tu tapes ton code à l'envers au distributeur, la banque bloque la carte et appelle la police direct",
         "atm-pin-reverse"),
        ("Police warning: don't return missed calls from +673 numbers, you get charged $100 and your contacts are "
         "copied", "missed-call-375-numbers"),
    ],
)
def test_the_hoax_in_these_words_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, answer


@pytest.mark.parametrize(
    "text",
    [
        "Zip ties on car mirrors are not a trafficking signal, police say it's an urban legend",
        "That UCC 1-308 post no get any legal effect, you accepted the terms the day you opened the account",
        "Glo data finish again 😩 ₦2,000 for 5GB and it barely lasted one week",
        "La camionnette blanche du primeur passe à 8h au hameau, prévenez-le la veille si vous voulez des légumes",
        "free delivery in town for orders above $40, WhatsApp us to order 🍰",
        "bought 20 quid of bitcoin for fun, it's down to 17 already, great investment",
        "I missed the call from the bank about my card, they said they'd charge a late fee",
        "Y a aucune camionnette blanche qui enlève des enfants au marché, la gendarmerie n'a reçu aucune plainte. Arrêtez "
        "de faire paniquer les parents",
        "Got a message 'from Mark Zuckerberg' saying Facebook is full and inactive accounts get deleted unless I send it "
        "to 20 people. fake?",
        "Orage annoncé sur la côte cette nuit, restez à l'écoute de la météo officielle et rentrez les meubles de jardin",
        "La Guadeloupe compte près de 300 000 utilisateurs de Facebook selon le dernier rapport Digital",
        "Auntie please delete that goodbye Meta AI post, posting it doesn't cancel the terms you agreed to",
        "Opening a good morning flower picture will not empty your account. Phones don't get hacked like that",
        "À partir du 27 mai Meta utilise nos publications publiques pour son IA. Y a un formulaire pour refuser, je l'ai "
        "rempli hier soir",
        "J'ai vu un phoque à Granville ce matin, pas de requin par contre 😂 photo dans la story",
        "WhatsApp permet maintenant aux chaînes de proposer des abonnements payants pour du contenu exclusif",
        "Cette vidéo de danse du mariage de ma cousine est trop belle, je l'ai mise en statut",
        "Rappel : les messages « c'est toi sur cette vidéo ? » sur Messenger, même d'un ami, on clique pas, son compte "
        "est piraté",
        "L'État donne 300 000 F à tous les jeunes ? le lien demande mon numéro Orange Money",
        "Facebook ferme des centaines de comptes de désinformation visant l'Afrique de l'Ouest",
        "Envoyez-moi vos numéros pour le remboursement des frais de transport de la sortie scolaire",
        "that shark photo shows up every single time the city floods, it's the same one from Hurricane Sandy",
        "Taper son code à l'envers n'alerte pas la police : retour sur une légende urbaine tenace",
        "Facebook va devenir payant pour tout le monde ou j'ai mal compris le message qu'ils m'ont affiché ?",
        "Bon d'achat de 30€ offert par le CSE pour Noël, valable chez Carrefour jusqu'au 31",
        "Just hang up: callers threatening power shutoffs and asking for gift cards are scammers, police say",
    ],
)
def test_debunks_and_plain_prices_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_made_up_from_a_to_z_denies() -> None:
    assert stance("Le mort du marché c'était inventé de A à Z, la gendarmerie a vérifié, le compte a été supprimé après") == DENIES


def test_being_asked_for_the_code_is_a_question_not_the_scam(checker: Checker) -> None:
    answer = checker.check("On me demande le code à 6 chiffres que j'ai reçu pour entrer dans le groupe de la chorale, je l'envoie ?")
    assert not answer.flagged and answer.family_id == "whatsapp-code-scam", answer


def test_you_agreed_to_the_terms_denies() -> None:
    assert stance("lol everyone posting 'I do not give Facebook permission' again, you agreed to the terms when you "
                  "signed up") == DENIES


def test_a_chain_that_grants_the_terms_then_turns_is_still_flagged(checker: Checker) -> None:
    """The guard for "you agreed to the terms": the notice's own "…, but from tomorrow they change them"."""
    assert checker.check("When you joined Facebook you agreed to their terms, but from tomorrow they change them and can "
                         "use your photos. Copy and paste this: I do not give Facebook permission to use my pictures").flagged


def test_how_do_i_even_check_asks() -> None:
    assert stance("my sister says my account is cloned because she got a second request from me. how do I even check "
                  "that") == ASKS


def test_protects_neither_denies() -> None:
    assert stance("Copier-coller un texte juridique sur Instagram ne protège ni vos photos ni vos données") == DENIES


def test_doesnt_hurt_to_try_spreads() -> None:
    assert stance("Zuckerberg is giving away millions to people who share his post, a lady from my church got a check. "
                  "doesnt hurt to try lol") == ASSERTS


def test_the_hi_mum_scam_asked_by_its_name_is_answered(checker: Checker) -> None:
    answer = checker.check("is the hi mum text scam actually real or just another scare story")
    assert not answer.flagged
    assert answer.family_id == "hi-mum-scam" and answer.verdict == "false", answer


def test_panadol_is_the_paracetamol_of_the_machupo_hoax(checker: Checker) -> None:
    answer = checker.check("le Panadol est dangereux maintenant ? y a un message qui tourne dans le groupe des mamans")
    assert not answer.flagged
    assert answer.family_id == "paracetamol-p500-machupo" and answer.verdict == "false", answer
