"""What the forty-eighth session's rounds (tuned on sets 897-902, 903-908, 909-914 and 915-920) taught the
matcher: hoaxes that read like the genuine post they imitate (a found puppy "not chipped", a white
van near the schools) are flagged on retrieval although the spread model reads them as ordinary
local posts, while a happy ending or a genuine giveaway stays quiet; three new scam families (pet
rehoming, pre-2021 dollar notes, holiday rentals); new true stories answer news that looked like
hoaxes; debunks, headlines and advice that quote a hoax stay quiet. Texts are paraphrases written for
these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("URGENT je donne contre bons soins la petite chienne de ma mère décédée, seuls les frais de transport sont à payer",
         "pet-rehoming-scam"),
        ("Rehoming my late husband's yorkshire puppy, she's free to a loving home, you only cover the shipping",
         "pet-rehoming-scam"),
        ("Change your old dollar notes now, banks will refuse any dollar bill printed before 2021 from January",
         "old-dollar-notes-rejected"),
        ("Chalet available next weekend due to a cancellation! first to e-transfer the $300 deposit gets it, can't do showings",
         "holiday-rental-scam"),
        ("Found this puppy hit by a car on the county road, took him to the vet, he's not chipped, please bump so we find his owner",
         "found-child-bait"),
        ("Une camionnette blanche essaie de faire monter des enfants devant l'école primaire, partagez à tous les parents",
         "white-van-abductions"),
        ("Do not pick calls from +666999 numbers, people died in Nnewi after answering, forward to your family",
         "killer-phone-number"),
        ("Official club giveaway: 400 away shirts can't be sold because of a printing error, comment your size and share",
         "shop-giveaway-fake-page"),
        # advice quoting a hoax is about it, unless the hoax is itself a warning
        ("Si vous recevez la vidéo « L'Argentine le fait » ne l'ouvrez surtout pas, elle pirate le téléphone en 10 secondes",
         "whatsapp-argentina-video"),
    ],
)
def test_a_hoax_or_scam_is_flagged_with_its_family(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged
    assert answer.family_id == family


@pytest.mark.parametrize(
    "text",
    [
        # happy endings and genuine posts next to the genuine-looking hoaxes
        "Update: the lost dog we posted yesterday is chipped, the owner picked him up this morning, thanks all",
        "Gîte disponible en juillet, photos sur notre site, visite possible le week-end",
        # debunks, headlines and advice that quote or name the hoax
        "La vidéo Martinelli ? Ma sœur me l'a envoyée en 2017 déjà. C'est bidon, « la télé en a parlé » on sait jamais laquelle",
        "Nantes : non, aucune camionnette blanche ne rôde pour enlever des enfants",
        "Rumeur d'enlèvements à Vienne : les gendarmes démentent",
        "La police met en garde contre ce « message alarmant » sur WhatsApp Gold",
        "« Maman, j'ai cassé mon téléphone, voici mon nouveau numéro » : avant de payer quoi que ce soit, appelez votre enfant",
        "Les « trois coches bleues du gouvernement » sur WhatsApp ? Ces nouvelles règles sont inventées",
        "Look at the link, it's not the real shop. Pas de bon de 300€, they only want your card details",
        # questions, including one followed by the message it came in
        "Facebook va fermer le 30 avril ?? j'ai reçu un message du « patron de Facebook » qui dit de l'envoyer à 20 amis",
        "A stranger says he sent me a 6-digit code by mistake and wants it back. What's this?",
        "La loterie Canada pour 50 000 visas c'est officiel ? il faut écrire à un numéro WhatsApp",
        # ordinary lines that share a word with a claim
        "Déclaration des impôts faite ! enfin",
        "j'ai mis ma localisation sur snap pour que ma mère me retrouve au concert",
        # true news of the same shape as a hoax
        "Like Twitter, Meta will charge $11.99 a month to verify Facebook and Instagram accounts",
    ],
)
def test_a_debunk_question_advice_or_ordinary_line_is_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        ("Meta will start removing Australian under-16s from Instagram and Facebook from December 4",
         "meta-australia-under16-removal"),
        ("Facebook wants to upload the photos in my camera roll to its cloud for AI collages, is that real?",
         "facebook-camera-roll-cloud"),
        ("WhatsApp's boss says they'd rather be blocked in the UK than weaken encryption for the Online Safety Bill",
         "whatsapp-uk-encryption-2023"),
        ("Ireland's data regulator fined Meta €1.2 billion over sending EU users' data to the US",
         "meta-dpc-fine-2023"),
    ],
)
def test_true_news_shaped_like_a_hoax_gets_its_story(checker: Checker, text: str, truth: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == truth


@pytest.mark.parametrize("year", range(2019, 2028))
def test_a_year_in_capex_chat_is_no_candidate(checker: Checker, year: int) -> None:
    # gate words are pooled across families: "2021" as one family's gate word made every capex line
    # naming Meta and that year a candidate, and cut watch-mode throughput threefold
    for text in (f"Meta capex guidance for {year} is 77B, that's wild", f"the chart for Meta looks off, the {year} bar is missing",
                 f"Google a relevé ses prévisions d'investissement pour {year}", "Les capex de Meta pour 2026 : 99 Md$, c'est énorme"):
        assert not checker.matcher.is_candidate(text), text
