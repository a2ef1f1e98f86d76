"""What the fifty-ninth session (tuned on sets 1275-1280) taught the matcher: three families that
kept coming back in unseen sets — the "rare" 2-euro coin worth a fortune, the 999-then-55 silent
call that "tracks you", the KBC WhatsApp lottery — found when stated and answered when asked,
while a coin's face value said back, an asking price called an asking price, a bread bought
with a 2-euro coin and a question about an identity document (« pièce d'identité ») are not about
the coin; a short quoted question inside a warning ("if a stranger asks "Can you hear me?", never
say yes") is the chain's question, not the writer's; "my neighbour got paid" vouches for a
giveaway; "cannot be turned off" is no denial; "who is right?" asks. Then on sets 1281-1286:
"can you forward me X's number" is a request, not a chain; "asked if she'd like to smell a
perfume" tells a story, and "it wasn't perfume, it was ether" is no denial; a brand that "issues
warning over" fake vouchers debunks them; « ma fille dit que c'est faux mais… » overrules the
verdict; 'is this you??' in single quotes is the lure's question; a lawsuit "over" child safety
is no "Facebook is over". Then on sets 1287-1292: the night-driving ban for older drivers is a
family; « ça peut pas cloner ta carte SIM » denies; a phone for sale "écrivez-moi en privé" is
no AI reading private messages; "#90" in a question names the keypress hoax. Then on sets
1293-1298: the "Imitinef Mercilet" blood-cancer cure is a family; « envoyez à 10 personnes »
passes a chain on; « personne donne… », « aucune enseigne ne t'offre… », "not rolling out free
data" and "ministries don't give grants through…" debunk; "FEMA is only giving $750" is the FEMA
claim. Then on sets 1299-1304: « l'hélico va asperger la ville » is the spraying hoax (spoken
words for the helicopter and the spraying); women in Canada "recruiting" African men and bank
scholarships through a Facebook form are the recruitment scam. Then on sets 1305-1310: a savings
group's dues sent by Airtel Money are no free-data offer; « c'est réel ou bien ? » asks.
Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ASKS, ASSERTS, DENIES, asks_in_words, stance


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("If you ever can't speak on the phone in danger, dial 999 then press 55, the police will trace you and "
         "come. Share with every woman you know", "silent-999-55-call"),
        ("Congratulations! Your WhatsApp number won Rs 25 lakh in the KBC Jio lucky draw. Contact our lottery "
         "manager Rana on WhatsApp only to receive the amount", "kbc-lottery-whatsapp"),
        ("Regardez bien vos pièces de 2 euros, celle de 2002 avec une petite lettre dans l'étoile vaut 50 000 euros "
         "chez les collectionneurs !!", "rare-euro-coins-fortune"),
        ("Attention nouvelle arnaque !! Si quelqu'un vous appelle et demande « Vous m'entendez ? », ne répondez "
         "jamais oui : ils enregistrent votre voix pour signer des contrats à votre nom", "can-you-hear-me-scam"),
        ("If a stranger calls and asks \"Can you hear me?\", never say yes, they record your voice to sign you "
         "up for charges. Tell your parents", "can-you-hear-me-scam"),
        ("Zuckerberg is really giving money to everyone who shares his post, my neighbour in Kumasi got paid "
         "this morning. Just copy and paste it", "zuckerberg-giveaway"),
        ("GIRLS READ THIS. A man at the Tesco car park asked if she'd like to try a perfume sample. It wasn't perfume, "
         "it was ether and she fainted, her bag was gone when she woke. Copy and paste to warn every woman",
         "knockout-perfume-sample"),
        ("Ofgem is giving everyone a £400 refund on their energy bill, you just put your bank details in the form on "
         "Facebook, did mine last night", "official-refund-text-scam"),
        ("Aunties don't forget to post the notice today, from tomorrow Facebook can use our photos legally if we don't",
         "facebook-copyright-notice"),
        ("⚠️ NEW RULE: from next month anyone over 70 will be BANNED from driving after dark, announced this week. "
         "Share so your parents know", "older-drivers-night-ban"),
        ("Les conducteurs de plus de 70 ans seront interdits de conduire la nuit dès le mois prochain, c'est officiel",
         "older-drivers-night-ban"),
        ("Good news friends, Imitinef Mercilet cures blood cancer and the cancer hospital gives it for free. Forward it, "
         "someone needs it 🙏", "imitinef-mercilet-cure"),
        ("Le citron chaud tue les cellules cancéreuses, mieux que la chimio et sans effets secondaires. Envoyez à 10 "
         "personnes, vous sauverez une vie", "hot-lemon-water-cancer"),
        ("FEMA is only giving the hurricane survivors $750 in total, that's all they get", "fema-750-loan"),
        ("Cette nuit l'hélico passe asperger tout le quartier de produits chimiques contre le virus, gardez les "
         "fenêtres fermées", "helicopter-disinfectant-spraying"),
        ("Au Canada des femmes seules recrutent des hommes africains pour l'entretien de la maison, logement et "
         "voiture fournis, postulez vite", "fake-recruitment-scholarship"),
    ],
)
def test_the_hoax_in_these_words_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, answer


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Does pressing 55 on a silent 999 call really let the police find where you are?", "silent-999-55-call"),
        ("My uncle got a message saying his number won the KBC lottery, 25 lakh. Is this real?", "kbc-lottery-whatsapp"),
        ("Ma pièce de 2 euros avec Grace Kelly vaut vraiment une fortune ?", "rare-euro-coins-fortune"),
        ("Le Secret Sister c'est légal ? les mamans de l'école disent que c'est une pyramide", "secret-sister"),
        ("Le code #90 qui pirate ta ligne quand un inconnu te le fait taper, c'est réel ?", "phone-keypress-sim-hack"),
        ("Is it true pensioners will be banned from driving at night under a new rule?", "older-drivers-night-ban"),
    ],
)
def test_a_question_about_these_claims_is_answered_with_the_verdict(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.family_id == family and answer.verdict in ("false", "misleading"), answer


@pytest.mark.parametrize(
    "text",
    [
        "Ta pièce aux étoiles décalées vaut 2 euros comme les autres 😂 les annonces à 3000 € ce sont des prix demandés",
        "J'ai payé le pain avec une pièce de 2 euros ce matin, plus de monnaie",
        "Those 'rare coin' listings on eBay are asking prices, not actual sales",
        "Le 999 c'est le numéro d'urgence au Royaume-Uni, ici c'est le 112",
    ],
)
def test_face_values_asking_prices_and_plain_coins_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Can you forward me the plumber's number, I deleted it by accident",
        "Lidl issues warning over '£100 voucher' messages circulating on WhatsApp",
        "The Texas attorney general sued Meta over child safety on Instagram, the trial starts next year",
        "Décrocher un appel d'un numéro inconnu ça peut pas cloner ta carte SIM voyons",
        "Je vends mon vélo 150 €, écrivez-moi en privé sur WhatsApp",
        "I hate driving at night in the rain, the glare from the trucks is terrible",
        "Personne donne 100 Go gratos les amis, c'est un lien pour voler vos comptes WhatsApp",
        "Aucune enseigne ne t'offre 300 € pour partager un lien à 20 personnes, c'est pour tes données",
        "Airtel is not rolling out free 40GB data to customers, the message is fake",
        "Ministries don't give grants through new Facebook pages, check the official website",
        "Savings group: contributions K300 each by Sunday, forward your Airtel Money confirmation here so I can tick you",
        "La vidéo Martinelli qui pirate les téléphones, c'est réel ou bien ? ma tante a peur d'ouvrir ses vidéos",
    ],
)
def test_requests_brand_warnings_and_lawsuits_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_overruling_a_relatives_verdict_and_quoting_the_lures_question_assert() -> None:
    assert stance("ma fille dit que c faux mais si WhatsApp devient payant lundi c pas moi qui vais payer, j'ai copié") == ASSERTS
    assert stance("someone sent a video of you on messenger, it says 'is this you??' click the link quick") != ASKS


def test_an_identity_document_is_no_rare_coin(checker: Checker) -> None:
    answer = checker.check("Une page au nom d'un ministre me demande une pièce d'identité pour un soutien financier, c'est sérieux ?")
    assert answer.family_id != "rare-euro-coins-fortune", answer


def test_a_short_quoted_question_is_the_chains_not_the_writers() -> None:
    assert stance("Si un inconnu vous demande « Vous m'entendez ? », raccrochez et ne dites jamais oui, ils enregistrent") != ASKS


def test_cannot_be_turned_off_is_no_denial() -> None:
    assert stance("The Meta AI circle on WhatsApp cannot be turned off and it reads all your chats") != DENIES


def test_who_is_right_asks() -> None:
    assert asks_in_words("My uncle says the Canada visa ads are fake but my friend swears it's the government. Who is right")
