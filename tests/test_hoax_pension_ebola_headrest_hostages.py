"""What the sixty-seventh session taught the matcher, tuned on sets 1581-1586: Australia's "Age
Pension renamed welfare" (AAP FactCheck, December 2019), hot salt water against Ebola (Nigeria,
August 2014), car headrests "designed to break the window" (BestRide 2016, AAP FactCheck 2019) and
hostage-takings "under way" after an attack (Nice, 14 July 2016) are known false claims; WhatsApp
"one cent a message" and a text about soldiers and lorries of explosives are known claims in new
words. A lost pet that is home again, one's own live location, a headline saying there is "no video
that would infect your phone" and « y a pas de troisième coche » are not flags. Texts are paraphrases
written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker

CLAIMS_1: list[tuple[str, str]] = [
    (
        "They're quietly renaming the Age Pension a welfare payment now, after we paid the levy all our working lives",
        "age-pension-welfare-rename",
    ),
    (
        "The federal government has changed the aged pension's name to welfare entitlement",
        "age-pension-welfare-rename",
    ),
    (
        "Tell your family: bath with hot water and salt before sunrise and drink a little, it protects against Ebola",
        "salt-water-ebola",
    ),
    ("Salt water bath in the morning is the cure for Ebola, my pastor sent it", "salt-water-ebola"),
    (
        "Your car's headrest is designed to come out so you can smash the side window with the prongs if you're trapped",
        "car-headrest-glass-breaker",
    ),
    (
        "Les appuie-têtes sont amovibles exprès pour casser la vitre si la voiture tombe dans l'eau, partagez",
        "car-headrest-glass-breaker",
    ),
    (
        "Prise d'otages en cours dans un hôtel du centre après l'attentat, restez chez vous",
        "attack-aftermath-hostage-rumour",
    ),
    (
        "Gunmen are holding hostages at a hotel near the promenade after the attack, stay indoors",
        "attack-aftermath-hostage-rumour",
    ),
    (
        "Le PDG de WhatsApp annonce que chaque message sera facturé un centime d'euro à partir du mois prochain",
        "whatsapp-paid",
    ),
    (
        "Reçu un SMS : des militaires arrivent parce qu'on a trouvé des camions d'explosifs près de la plage, "
        "rentrez chez vous",
        "police-source-attack-rumour",
    ),
]


NOT_FLAGS_1: list[str] = [
    "Our collie ran off after the fireworks last night but she's home now, thanks everyone who shared",
    "Je partage ma position en direct sur WhatsApp, on se retrouve devant la gare",
    "Messenger : pas de vidéo « danse du pape » qui piraterait votre téléphone",
    "Y a pas de troisième coche du gouvernement sur WhatsApp, c'est une vieille intox",
    "Grandma's pension went up by twelve dollars this quarter, not exactly life changing",
    "the headrest on the driver's seat squeaks every time I brake, need to take it to the garage",
    "Les négociations pour libérer les otages ont repris ce matin, selon le ministère",
]


def test_a_question_about_salt_water_gets_the_verdict_and_the_fact_check(checker: Checker) -> None:
    answer = checker.check("is it true that bathing in salt water protects you from Ebola?")
    assert not answer.flagged
    assert answer.entry is not None and answer.entry.id == "salt-water-ebola"
    assert answer.verdict == "false"


# Then, tuned on sets 1587-1592: the "free night ride for women, call 7837018555" forward (Ludhiana's
# service only; BOOM 2020, 2024), the hot-car water bottle "dioxin" forward (Joe Schwarcz, 2014), a bus
# and tram network's "free passes", Amul's and DMart's anniversary surveys, a minister "announcing"
# recorded calls; "cautions users against…", « accusée à tort », « WhatsApp vend pas de data », « Ne
# jamais donner le code » and a question trailed by "hmm" are not flags.
CLAIMS_2: list[tuple[str, str]] = [
    (
        "All India police free ride for women: alone after 10pm, call 1091 or 7837018555 and a PCR van drops you "
        "home free. Forward to every woman you know",
        "police-free-ride-women",
    ),
    ("Delhi Police will drop women home free at night if they call 7837018555", "police-free-ride-women"),
    (
        "Don't drink the water bottle that sat in the hot car all day, the plastic leaches dioxin and causes cancer",
        "hot-car-water-bottle-dioxin",
    ),
    (
        "La page Facebook du réseau de tram offre un abonnement de six mois à ceux qui répondent au quiz, juste 2 € de frais d'envoi",
        "shop-giveaway-fake-page",
    ),
    (
        "Amul is giving Rs 6000 to everyone who fills its anniversary survey, link below",
        "brand-anniversary-giveaway",
    ),
    (
        "Le ministère de l'Intérieur a annoncé que tous les appels de plus de 10 minutes seront enregistrés automatiquement",
        "whatsapp-govt-ticks",
    ),
]


NOT_FLAGS_2: list[str] = [
    "Ludhiana Police really do drop women home free at night since 2019, call 7837018555 there",
    "Pune police caution citizens against fake 'free gift' links doing the rounds",
    "La mise à jour WhatsApp accusée à tort de désactiver le chiffrement",
    "WhatsApp vend pas de data, c'est un lien pour pomper vos infos",
    "Ne jamais partager le code reçu par SMS, même à un ami sur WhatsApp : c'est comme ça qu'on vole les comptes",
    "Facebook va supprimer les comptes qui ne partagent pas le message ? hmm",
    "my water bottle's been in the car all week, it tastes of plastic lol",
]


def test_the_ludhiana_service_is_answered_as_true(checker: Checker) -> None:
    answer = checker.check("is the Ludhiana police free ride for women at night real?")
    assert not answer.flagged
    # (true where it runs: "mixed" next to the misleading "all India" forward it belongs to)
    assert (
        answer.verdict in ("true", "mixed")
        and answer.truth is not None
        and answer.truth.id == "ludhiana-women-free-ride"
    )


# Then, tuned on sets 1593-1598: answering a call "clones your SIM", the "£600 energy payment" link and
# terrorists "already infiltrated", say the intelligence services, are known claims in new words; a
# video of one's uncle dancing, "legally worthless", "NASA has not told anyone…", "nobody hacked your
# account", « n'a jamais annoncé » and « la gendarmerie précise que non » are not flags.
CLAIMS_3: list[tuple[str, str]] = [
    (
        "If you answer a call from these numbers your phone gets a virus and they clone your SIM, don't pick up",
        "phone-keypress-sim-hack",
    ),
    (
        "£600 energy support payment for every household, apply on the link with your bank details before it closes",
        "official-refund-text-scam",
    ),
    (
        "Restez chez vous ce soir, des terroristes se sont déjà infiltrés dans la ville selon les services de renseignement",
        "police-source-attack-rumour",
    ),
]


NOT_FLAGS_3: list[str] = [
    "Mdr la vidéo de mamie qui danse au mariage a fait le tour de la famille",
    "sharing the Goodbye Meta AI post is legally worthless, the terms are the terms",
    "WHO has not told anyone to stop using their phones at night",
    "nobody hacked your account, someone just copied your profile picture",
    "Orange n'a jamais annoncé 50 Go gratuits, ce lien c'est pour voler vos numéros",
    "Thionville : la police précise que non, aucun enlèvement d'enfant n'a eu lieu",
]


# Then, tuned on sets 1599-1604: shots "in town" and a knife attack "on campus" told from a relative, a
# supermarket's "anniversary voucher" in New Zealand and the drugged business card are known claims;
# "coïncidence ?" closes a claim, not a question; one's own frozen phone, « quelqu'un a entendu ? » and a
# launch reported as news are not flags.
CLAIMS_4: list[tuple[str, str]] = [
    (
        "Ça tire près de la gare, restez chez vous, ma sœur entend les coups de feu et la police est débordée",
        "police-source-attack-rumour",
    ),
    (
        "Un homme armé d'un couteau attaque des élèves devant le lycée, restez enfermés",
        "police-source-attack-rumour",
    ),
    (
        "Pak'nSave is giving a $500 voucher to every shopper for its birthday, fill in the survey",
        "supermarket-voucher",
    ),
    (
        "Attention, des types tendent des cartes de visite à la scopolamine sur les parkings, on perd connaissance et "
        "ils vous volent tout",
        "drugged-business-card",
    ),
    (
        "Instagram écoute nos conversations par le micro : on parle de vélo et hop, pub pour des vélos. Coïncidence ?",
        "facebook-microphone-ads",
    ),
]


NOT_FLAGS_4: list[str] = [
    "my whatsapp keeps crashing whenever I open a video, time for a new phone",
    "Paraît que la vidéo qui pirate le téléphone en 10 secondes est passée à la radio. Quelqu'un a entendu ?",
    "M-Pesa officially launched in Ethiopia by Safaricom today, my cousin opened an account",
    "le feu d'artifice de ce soir, on entend les tirs depuis chez moi",
]


# Then, tuned on sets 1605-1610: the Illuminati "membership bonus" page (Africa Check; the Nation,
# 2017) and a great white "spotted off Cornwall" (New Scientist 2014; the 2007 Newquay hoax) are known
# false claims, a missing child "her mum posted it in the local group" is the found-child family, and
# "comments are off so it doesn't get lost" is the chain's own line, not a denial; Shark Week and a
# basking shark are not flags.
CLAIMS_5: list[tuple[str, str]] = [
    (
        "Join the Illuminati and get a 70,000 bonus plus a car, no sacrifice, send JOIN and pay the small registration fee",
        "illuminati-membership-scam",
    ),
    (
        "Great white shark spotted off Perranporth this morning by the fishing boats, lifeguards informed, keep the kids out",
        "uk-great-white-shark-sighting",
    ),
    (
        "MISSING girl, 13, last seen at the bus station yesterday, police are aware, please share in every group, "
        "comments are off so it doesn't get lost",
        "found-child-bait",
    ),
    (
        "Une petite de 6 ans a disparu ce matin, sa maman l'a posté sur le groupe du village, partagez un max",
        "found-child-bait",
    ),
]


NOT_FLAGS_5: list[str] = [
    "Shark Week starts tonight, great white episodes all week",
    "Basking sharks are back off Cornwall this summer, we saw three from the boat",
    "the illuminati documentary on Netflix is wild, watched it twice",
]


# Then, tuned on sets 1611-1616: an attack threat "from a municipal policeman" is a known claim; a white
# van is no shark; a brother "hacking" one's Netflix, "is this a virus or what, pls somebody explain", a
# regulator's count of reports and « ça circule depuis 10 ans » are not flags.
CLAIMS_6: list[tuple[str, str]] = [
    # (found by the in-sample run after the final one: "partage ta position" was read as asking a friend for it)
    (
        "La nouvelle mise à jour d'Instagram partage ta position exacte avec tous tes abonnés, désactive vite",
        "instagram-location-sharing",
    ),
    (
        "URGENT info d'un policier municipal : menace terroriste sur le festival samedi, la mairie "
        "hésite à l'annuler, faites tourner",
        "police-source-attack-rumour",
    ),
]


NOT_FLAGS_6: list[str] = [
    "Le taxi pour l'aéroport c'est à 5h, je vous partage ma position en direct sur WhatsApp",
    "mon compte netflix a été piraté par ma sœur, elle regarde des séries coréennes sur mon profil",
    "Hold the message and forward it... is this a virus or what, pls somebody explain",
    "The regulator says it got 212 reports of WhatsApp account takeovers this year, all from people sharing codes",
    "Le « PDG de WhatsApp » qui va rendre l'appli payante, ça circule depuis 10 ans, supprimez",
]


def test_a_white_van_is_not_a_shark(checker: Checker) -> None:
    answer = checker.check("is the white van thing in our town real or just facebook rumors?")
    assert answer.entry is None or answer.entry.id != "uk-great-white-shark-sighting"


@pytest.mark.parametrize(("text", "family"), CLAIMS_1 + CLAIMS_2 + CLAIMS_3 + CLAIMS_4 + CLAIMS_5 + CLAIMS_6)
def test_new_wordings_of_known_claims_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family


@pytest.mark.parametrize(
    "text", NOT_FLAGS_1 + NOT_FLAGS_2 + NOT_FLAGS_3 + NOT_FLAGS_4 + NOT_FLAGS_5 + NOT_FLAGS_6
)
def test_everyday_lines_debunks_questions_and_news_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged
