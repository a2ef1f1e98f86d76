"""The trained spread model: its hand-written inference must give scikit-learn's numbers, and the
checker must use it both ways (rescue a spreading phrasing the stance rules miss, overrule a flag
on a text that spreads nothing)."""

from __future__ import annotations

import json

import pytest

from commands.hoax.check import Checker
from commands.hoax.spread import (
    FROZEN_PATH,
    MODEL_PATH,
    SpreadModel,
    char_ngrams,
    load_model,
    load_pair,
    word_ngrams,
)


@pytest.mark.parametrize("path", [MODEL_PATH, FROZEN_PATH])
def test_inference_reproduces_the_training_library_probabilities(path):
    model = json.loads(path.read_text(encoding="utf-8"))
    spread = load_model(path)
    assert len(model["checks"]) >= 10
    for check in model["checks"]:
        assert spread.probability(check["text"]) == pytest.approx(check["p"], abs=1e-4), check["text"]


def test_the_checker_asks_both_models_and_takes_their_mean():
    pair = load_pair()
    text = "WhatsApp va devenir payant, envoyez ce message à 10 contacts"
    retrained, frozen = (load_model(p).probability(text) for p in (MODEL_PATH, FROZEN_PATH))
    assert pair.probability(text) == pytest.approx((retrained + frozen) / 2)
    assert Checker().spread.probability(text) == pytest.approx(pair.probability(text))


def test_ngrams_follow_scikit_learn_conventions():
    # char_wb: each word padded with one space; a word no longer than n counts once
    assert char_ngrams("ab", 2, 3) == [" a", "ab", "b ", " ab", "ab "]
    assert char_ngrams("a", 2, 5) == [" a", "a ", " a "]
    # words of two letters or more, then bigrams
    assert word_ngrams("fb a paye tout") == ["fb", "paye", "tout", "fb paye", "paye tout"]


@pytest.mark.parametrize(
    "text", ["is this u in the video lol 😂😂 look fast before they delete", "C'est toi dans cette vidéo ?? 😱 regarde vite avant qu'elle soit supprimée"]
)
def test_a_chain_phrased_as_a_question_is_flagged(checker, text):
    a = checker.check(text)
    assert a.flagged and a.family_id == "messenger-video-phishing" and a.stance == "asserts"


@pytest.mark.parametrize(
    "text", ["« c'est toi dans la vidéo ? » sur messenger de la part de mon cousin, je clique ou pas ?",
             "is this you in the video? my cousin sent me this on messenger, should I click?"]
)
def test_asking_about_the_video_bait_is_a_question(checker, text):
    a = checker.check(text)
    assert not a.flagged and a.family_id == "messenger-video-phishing" and a.stance == "asks"


class _Fixed:
    def __init__(self, p: float) -> None:
        self.p = p

    def probability(self, text: str) -> float:
        return self.p


def test_the_model_overrules_a_flag_and_rescues_a_candidate():
    text = "WhatsApp va devenir payant, envoyez ce message à 10 contacts"
    assert Checker().check(text).flagged
    assert not Checker(spread=_Fixed(0.01)).check(text).flagged  # says it spreads nothing: no flag
    question = "omg someone sent me a link asking if this is me in the video?? apparently a clip of me is going round, look fast before they delete"
    assert not Checker(spread=_Fixed(0.5)).check(question).flagged  # the rules alone read a question
    assert Checker(spread=_Fixed(0.9)).check(question).flagged


def test_the_model_never_flags_without_a_known_false_claim_or_a_chain_request():
    # a confident spread score on a text about no catalogued claim, or about true news, flags
    # nothing unless the text asks to be passed on (then: an unknown chain letter, no family)
    sure = Checker(spread=_Fixed(0.99))
    assert not sure.check("the new phone update makes it waterproof, my cousin says").flagged
    assert not sure.check("Meta is shutting down the Messenger desktop app for Windows and Mac").flagged
    chain = sure.check("the council is closing every park from monday, share with everyone")
    assert chain.flagged and chain.chain_letter and chain.entry is None and chain.verdict is None
    assert not Checker(spread=_Fixed(0.85)).check("the council is closing every park from monday, share with everyone").flagged


def test_a_question_without_a_question_mark_is_not_flagged(checker):
    for text in (
        "I would like to know whether there is any evidence that vaccines contain microchips.",
        "Je me demandais si le gouvernement pouvait lire nos messages WhatsApp, une amie m'a parlé de coches rouges.",
    ):
        a = checker.check(text)
        assert not a.flagged and a.stance == "asks", text


def test_a_model_file_of_another_shape_fails_loudly():
    with pytest.raises(KeyError):
        SpreadModel({"char": {}, "word": {}})


def test_a_question_gets_the_closest_family_even_on_a_weak_match(checker):
    # "i wonder if the zuckerberg giveaway post is real": too weak a match to flag anything, close
    # enough to answer a question with the verdict
    a = checker.check("i wonder if the zuckerberg giveaway post is real, my whole feed is full of it")
    assert not a.flagged and a.stance == "asks" and a.family_id == "zuckerberg-giveaway" and a.verdict == "false"


def test_official_inside_the_closing_question_still_asks(checker):
    text = "C'est officiel ce message qui dit qu'il faut transférer à tous ses contacts pour rester actif après la panne Facebook ?"
    a = checker.check(text)
    assert not a.flagged and a.stance == "asks"
    assert checker.check("C'est officiel : Facebook devient payant le mois prochain, partagez !").flagged


@pytest.mark.parametrize(
    "text",
    [
        "oh sure and my logo turns blue if i send it to 10 ppl 🙄 whatsapp isnt going paid",
        "ah oui bien sûr, Facebook va fermer le 15 mars… comme chaque année depuis 2011",
        "Please don't put your phone in the microwave to 'charge' it. The Wave thing was a prank",
    ],
)
def test_sarcasm_and_safety_tips_are_not_flagged(checker, text):
    assert not checker.check(text).flagged


def test_a_true_story_needs_its_own_words():
    # the EU ad-free subscription is about ads: a plain "$2.99 a month" chain stays the old hoax
    a = Checker().check("Claim: Facebook will begin charging users $2.99 per month starting November 1.")
    assert a.flagged and a.family_id == "facebook-paid" and a.verdict == "false"
    news = Checker().check("Meta launches an ad-free subscription for Facebook and Instagram in Europe")
    assert not news.flagged and news.verdict in ("true", "mixed")


def test_whatsapp_inactive_deletion_is_true_news(checker):
    a = checker.check("WhatsApp supprime vraiment les comptes après 120 jours sans connexion ?")
    assert not a.flagged and a.stance == "asks" and a.verdict in ("true", "mixed")


def test_a_question_naming_the_claim_by_its_name_gets_its_verdict(checker):
    # only the claim's own name and asking words: nothing for retrieval, the name says which claim
    a = checker.check("is secret sister legit or a scam, my cousin tagged me")
    assert not a.flagged and a.stance == "asks" and a.family_id == "secret-sister" and a.verdict == "false"
    # a platform name alone points to no claim
    assert checker.check("is snapchat legit or a scam?").family_id is None


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("dites, le texte qui dit que zuckerberg donne 4,5 millions si on copie colle, cest du vent ?", "asks"),
        ("quick q do 3 blue ticks mean the government read my msg", "asks"),
        ("sure, and my toaster has 5G too. vaccines dont contain tracking chips", "denies"),
        ("ugh not the 'facebook will become chargeable' msg again. its been going around since 2009", "denies"),
    ],
)
def test_sms_french_short_questions_and_sarcasm(checker, text, stance):
    a = checker.check(text)
    assert not a.flagged and a.stance == stance
