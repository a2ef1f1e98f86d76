"""What the forty-sixth session's tuning round (sets 879-884) taught the matcher: a family's strongest
counters deny the claim whatever retrieval and the spread model think; police answers and
institutions' warnings about messages "sent in their name" are denials; "no need to apply" is the
claim's promise, not a negation; a question answered with a true story still names the false claim
it may mean. Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker


@pytest.mark.parametrize(
    "text",
    [
        "Pink WhatsApp is a virus, the cyber cell warned about it. Uninstall it and don't forward that link to the family group",
        "That 777888999 number is not even a valid number, and no phone can explode from a call, only from cheap chargers",
        "Nobody gives away a brand new motorhome because of a scratch. That page is a week old, it's like-farming",
    ],
)
def test_a_debunk_saying_what_the_familys_counter_says_is_not_flagged(checker: Checker, text: str) -> None:
    assert not checker.check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Masques imbibés de chloroforme pour cambrioler ? Ni la police ni la gendarmerie n'ont relevé de cas",
        "300 000 dollars : la banque centrale met en garde contre une notification frauduleuse envoyée en son nom",
        # the claim plainly said not to come true
        "WhatsApp will not become paid",
        "Facebook will not start charging users a monthly fee",
        "WhatsApp ne deviendra pas payant",
        "Facebook ne va pas fermer le 15 mars",
    ],
)
def test_a_police_answer_a_warning_or_a_plain_denial_denies(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.stance == "denies"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Centrelink is paying every age pensioner a $750 cash relief bonus before Christmas, automatic, no need to apply, pass it on",
         "centrelink-bonus-payment"),
        ("Des gens passent en porte-à-porte avec des masques imprégnés d'un produit pour endormir les habitants et les cambrioler",
         "chemical-mask-burglars"),
        ("Tapez following me dans le blocage de Facebook et vous verrez tous ceux qui vous stalkent en secret",
         "facebook-following-me-trick"),
    ],
)
def test_a_plain_assertion_of_a_new_family_is_flagged(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged
    assert answer.family_id == family


def test_the_claims_own_no_need_to_apply_does_not_read_as_a_denial(checker: Checker) -> None:
    promise = "Centrelink will pay age pensioners a $750 cash relief bonus before Christmas, no need to apply"
    denial = "Centrelink will not pay age pensioners a $750 cash relief bonus before Christmas"
    assert checker.check(promise).flagged
    assert not checker.check(denial).flagged


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Is the ministry really giving free blue ticks to small businesses on WhatsApp? they ask for an ID", "whatsapp-govt-ticks"),
        ("Pourquoi tout le monde tape BFF dans les commentaires ? Ça vérifie la sécurité du compte ?",
         "facebook-comment-word-security"),
    ],
)
def test_a_question_answered_with_a_true_story_also_names_the_false_claim(checker: Checker, text: str, claim: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged
    assert answer.truth is not None
    close = [r["id"] for r in answer.related if r.get("close")]
    assert close == [claim]
    assert next(r for r in answer.related if r["id"] == claim)["verdict"] == "false"


@pytest.mark.parametrize(
    "text",
    [
        "WhatsApp will not charge you if you forward this message to 10 contacts",
        "Facebook is closing on March 15 because it is too full. Copy this to your wall and your Facebook will not be deleted.",
    ],
)
def test_the_chains_own_bargain_is_still_flagged(checker: Checker, text: str) -> None:
    assert checker.check(text).flagged
