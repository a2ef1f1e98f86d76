"""What the sixty-fifth session taught the matcher, tuned on sets 1539-1550: the "leftover onions are
poisonous" chain is a known claim (TruthOrFiction, LiveAbout), while everyday onion talk is not;
Zimbabwe's licence for WhatsApp group admins (November 2024) is true news, not a paid-WhatsApp hoax;
a minister "helping people in need through inbox" is the cash-grant scam; headlines say "despite viral
'…' claims" and « aucune preuve d'un virus ». Then on sets 1545-1550: fake customs auctions with a
registration fee are a known scam (Ouestaf News, Badona, Benin's CNIN) while the customs' own rule is
advice; a utility "agent" demanding arrears by mobile money is the official-text scam; « pour éviter
les faux propriétaires » is a found-pet post's own words, not a denial; a feature praised is no Meta AI
spying claim; an attack alert the government announces is news. Then on sets 1551-1556: the Maui fires
"set on purpose" by an energy weapon or for a land grab are a known claim (Snopes, USA Today); one's own
break from Facebook, eyes closed in a photo, a new profile picture, "ain't turning blue", "X never asks
you to…", "…not 1,000 children", "only for those who refuse ads" and a regulator's suspension are not.
Then on sets 1557-1562: a president "dead and the government hiding it" is a known rumour (CongoCheck,
Nouvelle Afrique on Paul Biya, October 2024), while a death with national mourning declared is news;
"copy paste ur flight details" for a pick-up is no chain. Texts are paraphrases written for these tests,
not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("WARNING never keep half a cut onion for the next day, onions soak up bacteria and turn poisonous overnight. "
         "Share with everyone!", "onions-poisonous-overnight"),
        ("Les oignons coupés attirent toutes les bactéries, ne les gardez jamais pour le lendemain, ils deviennent toxiques",
         "onions-poisonous-overnight"),
        ("Le ministre de l'Économie aide les familles en difficulté sur sa page Facebook, écrivez-lui en inbox pour "
         "recevoir votre aide", "government-cash-grant-link"),
        ("Vente aux enchères des Douanes au port de Cotonou : motos et voitures saisies, inscription 100 000 F sur "
         "WhatsApp et vous êtes sûr d'avoir un véhicule", "customs-auction-fee-scam"),
        ("Customs are auctioning seized cars next week, pay the registration fee on WhatsApp to reserve yours",
         "customs-auction-fee-scam"),
        ("Un agent de la Senelec vient d'appeler, faut payer les arriérés par Wave avant midi sinon ils coupent le courant",
         "utility-shutoff-call-scam"),
        ("Chiot trouvé près du rond-point, partagez svp, commentaires fermés pour éviter les faux propriétaires 🐶",
         "found-child-bait"),
        ("Lahaina didn't burn by accident, it was a directed energy weapon, that's why the blue roofs survived",
         "wildfire-dew-land-grab"),
        ("Les incendies de Maui ont été allumés exprès pour voler les terres des habitants", "wildfire-dew-land-grab"),
        ("The president died last week and the government is hiding it, no public appearance since",
         "president-death-hoax"),
        ("Communiqué : le gouvernement annonce le décès du président de la République, un comité des funérailles est créé",
         "president-death-hoax"),
        # found by the in-sample run: a shutdown "decided by the government" is still the night-shutdown chain
        ("Sur décision du gouvernement, WhatsApp sera coupé tous les soirs de 23h30 à 6h, faites tourner",
         "whatsapp-night-shutdown"),
    ],
)
def test_new_wordings_of_known_claims_are_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family


@pytest.mark.parametrize(
    "text",
    [
        "keep the leftover onion covered in the fridge, it's fine for a week",
        "chopping onions for the stew tonight, my eyes are streaming",
        "Non, un oignon coupé ne devient pas toxique du jour au lendemain, c'est une vieille rumeur",
        "Zimbabwe: WhatsApp group admins must now pay a $50 licence to POTRAZ, says the ICT minister",
        "Au Zimbabwe, les administrateurs de groupes WhatsApp devront payer une licence d'au moins 50 dollars",
        "Meta AI only reads the chats you send it, despite viral 'it reads all your messages' claims",
        "WhatsApp Gold : aucune preuve d'un virus qui effacerait votre téléphone",
        "The finance minister will present the budget on his Facebook page live on Tuesday",
        "Les ventes aux enchères de la Douane sont gratuites et ouvertes à tous : ne versez rien à une page WhatsApp",
        "Alerte attentat : le niveau Vigipirate est relevé à urgence attentat, annonce le gouvernement",
        "WhatsApp transcrit maintenant les messages vocaux, c'est super pratique",
        "I'm closing my facebook for a few weeks, exams are coming",
        "Uploaded the wedding pics to FB, sorry Tom your eyes are closed in every single one",
        "J'ai mis une photo du chat en photo de profil WhatsApp, mon frère croit que je suis piraté 😂",
        "nah your whatsapp logo ain't turning blue because you forwarded it, oldest one in the book",
        "The DWP never asks you to apply for cost of living payments through a text link",
        "Around 60 people still missing after the Maui fires, not 1,000 children",
        "Instagram devient payant en Europe, mais seulement pour ceux qui refusent la pub",
        "Plus de WhatsApp ni TikTok chez nous depuis mercredi, c'est la HAC qui a suspendu les réseaux",
        "The president has died, the presidency announced, and seven days of national mourning were declared",
        "copy paste your flight details here so we know when to pick you up from the airport",
    ],
)
def test_news_debunks_and_everyday_lines_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_a_question_about_the_zimbabwe_licence_gets_the_true_story(checker: Checker) -> None:
    answer = checker.check("is it true whatsapp group admins in zimbabwe have to pay a licence now?")
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == "zimbabwe-whatsapp-admin-licence"
    assert answer.verdict == "true" and answer.entry is None  # the true story answers, not the third-tick hoax
    assert answer.truth.url.startswith("https://www.timeslive.co.za/")
