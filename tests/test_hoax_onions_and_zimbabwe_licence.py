"""What the sixty-fifth session taught the matcher, tuned on sets 1539-1550: the "leftover onions are
poisonous" chain is a known claim (TruthOrFiction, LiveAbout), while everyday onion talk is not;
Zimbabwe's licence for WhatsApp group admins (November 2024) is true news, not a paid-WhatsApp hoax;
a minister "helping people in need through inbox" is the cash-grant scam; headlines say "despite viral
'…' claims" and « aucune preuve d'un virus ». Texts are paraphrases written for these tests, not the
blind items."""

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
    ],
)
def test_news_debunks_and_everyday_lines_are_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


def test_a_question_about_the_zimbabwe_licence_gets_the_true_story(checker: Checker) -> None:
    answer = checker.check("is it true whatsapp group admins in zimbabwe have to pay a licence now?")
    assert not answer.flagged
    assert answer.truth is not None and answer.truth.id == "zimbabwe-whatsapp-admin-licence"
    assert answer.truth.url.startswith("https://www.timeslive.co.za/")
