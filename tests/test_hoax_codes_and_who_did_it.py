"""What the fifty-seventh session (tuned on sets 1209-1214) taught the matcher: "a verification
code" is not the fact-checkers' « vérification » (a denial); asking someone to delete *their own*
post is not asking the group to delete the hoax; "she already shared it" after a question is
someone else's act, not the writer passing the chain on; a scam lure worded as a question ("is
this you in the video?") quoted all but word for word is the lure itself; a family's own words are
found when digits or "de" sit inside them (« besoin de 1 000 000 de travailleurs », « un million
de travailleurs »), after the phone (« téléphones … morts foudroyés »), or in a benefit's name
("grocery spending card"); a free-data claim names what is free (an old SIM alone is no claim);
"achieves nothing" and "you're not hacked" deny.
Texts are paraphrases written for these tests, not the blind items."""

from __future__ import annotations

import pytest

from commands.hoax.check import Checker
from commands.hoax.stance import ASKS, ASSERTS, stance


@pytest.mark.parametrize(
    "text",
    [
        "Marketplace buyers now need the verification code from your phone to check you are a real seller",
        "The new rule: every seller must send the verification code to the buyer before the sale",
    ],
)
def test_a_verification_code_is_no_denial(text: str) -> None:
    assert stance(text) == ASSERTS


def test_asking_a_colleague_to_delete_their_post_is_no_denial() -> None:
    text = ("Please delete that your post about the strike. Government is now recording all WhatsApp calls, "
            "three red ticks means they have a file on you")
    assert stance(text) == ASSERTS


def test_someone_elses_share_after_the_question_leaves_it_a_question(checker: Checker) -> None:
    answer = checker.check("My auntie says Mark Zuckerberg is giving $5 million to people who share his post. "
                           "real? she already shared it")
    assert answer.stance == ASKS and not answer.flagged and answer.family_id == "zuckerberg-giveaway", answer


def test_the_writer_who_already_shared_still_passes_it_on() -> None:
    assert stance("Facebook will make every post public tomorrow? already shared it lol") == ASSERTS


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Le Canada a besoin de 2 000 000 de travailleurs étrangers cette année, visa et billet pris en charge, "
         "inscrivez-vous sur le lien", "canada-immigration-hoax"),
        ("Le Canada embauche un million de travailleurs africains sans diplôme, billet d'avion offert",
         "canada-immigration-hoax"),
        ("Rangez vos téléphones pendant l'orage, deux jeunes sont morts foudroyés au champ à cause de ça",
         "phone-thunderstorm-lightning"),
        ("Mom you qualify for the grocery spending card, people over 50 get money every month, I saw it on "
         "Facebook, just click and claim", "us-benefit-boost-rumour"),
        ("Demain Instagram pourra publier vos photos même si votre compte est privé, repostez la story pour dire non",
         "instagram-new-rule"),
        ("is this you in this video?? 😳 [link]", "messenger-video-phishing"),
    ],
)
def test_the_claim_is_flagged_from_its_own_words(checker: Checker, text: str, family: str) -> None:
    answer = checker.check(text)
    assert answer.flagged and answer.family_id == family, (text, answer)


@pytest.mark.parametrize(
    "text",
    [
        "My cousin got 'is this you in the video?' on Messenger with a link, is it a virus?",
        "We need 20 more workers for Saturday's clean-up in the park, sign up at the town hall",
        "Picked up groceries with the store card, prices went up again this week",
        "Mon fils a changé de numéro, il a un nouveau téléphone pour son anniversaire",
        # an old SIM with no free data promised is only an old SIM
        "Ma puce MTN a 15 ans, tout le quartier connaît mon numéro par cœur",
        # "achieves nothing" / "you're not hacked": a debunk of the cloned-account chain
        "You're not hacked because someone got a second friend request from you, and forwarding it to all "
        "your contacts achieves nothing",
    ],
)
def test_questions_and_ordinary_lines_stay_quiet(checker: Checker, text: str) -> None:
    answer = checker.check(text)
    assert not answer.flagged, (text, answer)
