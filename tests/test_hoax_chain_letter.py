"""Chain letters no catalogue family covers: flagged as chain letters, without a family, in watch
mode and in an explicit check; never a question, a warning about them or an ordinary "tell
everyone" (commands/hoax/chain_letter.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_hoax_watch import env  # noqa: F401  (the fixture: fake hoax repository and clock)

from commands.door import Invocation, handle
from commands.hoax import watch
from commands.hoax.replies import WHERE_TO_CHECK
from commands.types import Place, React

WATER = ("URGENT: the water board is cutting off the whole town's water tomorrow from 8am for 3 days, "
         "fill your bathtubs and forward this to all your contacts!!")
POMPIERS = ("Les pompiers passent demain dans toutes les maisons du village pour vérifier les détecteurs de "
            "fumée, c'est obligatoire, 75 € l'amende sinon. Faites passer le message à tous vos contacts")


@pytest.mark.parametrize("text", [WATER, POMPIERS])
def test_an_unknown_chain_letter_is_flagged_without_a_family(checker, text):
    a = checker.check(text)
    assert a.flagged and a.chain_letter and a.entry is None and a.verdict is None and a.stance == "asserts"
    js = a.to_json("en", [])
    assert js["flagged"] and js["chain_letter"] and js["hoax_id"] is None and js["matched_claim"] is None


@pytest.mark.parametrize("text", [
    "Share this with all your friends: quiz night is back on thursday! teams of 4, £2 entry",
    "forward this to your mum pls, it's the dentist appointment confirmation",
    "is the 'water cut tomorrow, forward this to all your contacts' message real??",
    "Don't forward the 'water cut tomorrow, forward to all your contacts' message, the water board says it's fake",
    "Transférez le message à tous les parents svp : sortie scolaire décalée à vendredi 9h",
    "The town's water will be cut tomorrow from 8am for works, the council says.",  # no request to pass it on
    "Do not share this message, copy and paste the message on your wall: Facebook cannot use my photos",  # a known family
])
def test_questions_warnings_and_ordinary_requests_are_not_chain_letters(checker, text):
    a = checker.check(text)
    assert not a.flagged and not a.chain_letter, text


def test_a_stricter_place_threshold_raises_the_bar_to_never(checker):
    assert checker.check(WATER, 0.5).flagged
    assert not checker.check(WATER, 1.0).flagged
    # the score of a chain flag is the model's probability, the evidence it rests on
    a = checker.check(WATER)
    assert a.chain_letter and a.score == round(checker.spread.probability(WATER), 3) and a.score >= 0.9


def test_a_known_family_keeps_its_own_flag(checker):
    a = checker.check("WhatsApp va devenir payant dès samedi, transférez ce message à 20 contacts et votre logo deviendra bleu !!")
    assert a.flagged and not a.chain_letter and a.family_id == "whatsapp-paid"


async def test_watch_mode_flags_unknown_chains_once_per_place_per_10_minutes(env):  # noqa: F811
    services, clock = env
    place = Place("matrix", "!village:x")
    await services.storage.hoax.set_watch("matrix", "!village:x", True, by="u", now=clock())
    reply = await watch.check_message(WATER, place, services)
    assert reply is not None and reply.effects == (React("⚠️"),) and reply.severity == "warning"
    assert reply.title == "Likely hoax: a chain letter" and reply.links == WHERE_TO_CHECK[:2]
    assert reply.extra["hoax"]["chain_letter"] and reply.extra["hoax"]["hoax_id"] is None
    assert "@" not in reply.text and "bathtubs" not in reply.text  # never quotes the message
    # every unknown chain letter counts as one claim: a second one within 10 minutes stays quiet
    assert await watch.check_message(POMPIERS, place, services) is None
    clock.t += timedelta(minutes=10, seconds=1)
    fr = await watch.check_message(POMPIERS, place, services)
    assert fr is not None and fr.lang == "fr" and "chaîne" in fr.title


async def test_the_explicit_check_says_where_to_check(env):  # noqa: F811
    services, _ = env
    r = await handle(Invocation(line="hoax " + WATER, lang="en"), services)
    assert r.ok and r.extra["hoax"]["flagged"] and r.extra["hoax"]["chain_letter"]
    assert r.links == WHERE_TO_CHECK and "I don't know its claim" in r.text
    # the cue it saw, not "close to a known claim statement" (it matched none)
    assert "chain: asks to be passed on" in r.text and "known claim statement" not in r.text
    assert r.extra["hoax"]["cues"] == ["chain: asks to be passed on (+0.0)"]


@pytest.mark.parametrize("text", [
    "WhatsApp will delete accounts that don't forward the message to 20 people before Saturday, I already did it",
    "By government order WhatsApp closes every night from 11:30 pm to 6 am, and accounts that do not forward the message will be deleted",
    "Les comptes WhatsApp seront supprimés si l'utilisateur ne transfère pas le message du directeur à dix personnes",
])
def test_a_chain_s_threat_is_not_a_plea_not_to_share(checker, text):
    """ "please don't share that post" denies; the chain's "accounts that don't forward the message
    … will be deleted" is its threat (the first version of the denial read it as one)."""
    assert checker.check(text).flagged, text
