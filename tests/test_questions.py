"""Plain questions (issue 12): read as the canonical command, answered as that command answers,
with the reading shown, claims checked against the stored figures, off-topic lines refused."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from cli_process import capexbot

from commands.door import Invocation, handle
from storage.store import Storage

pytestmark = pytest.mark.both_backends

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("question", "canonical", "command"),
    [
        ("combien Meta a investi en 2025 ?", "capex meta 2025", "capex"),
        ("how much did Amazon spend on capex in 2025?", "capex amazon 2025", "capex"),
        ("Meta capex 2026 guidance?", "capex meta 2026", "capex"),
        ("capex Meta 2025 ?", "capex meta 2025", "capex"),
        ("capex meta guidance", "capex meta", "capex"),
        ("Instagram capex Q2 2026", "capex meta Q2 2026", "capex"),
        ("How much is AWS spending this year?", "capex amazon 2026", "capex"),
        ("Les investissements de Microsoft au 3e trimestre 2025 ?", "capex microsoft Q3 2025", "capex"),
        ("combien google a dépensé l'an dernier ?", "capex alphabet 2025", "capex"),
        ("J'ai raté l'appel des résultats, combien Alphabet a investi en 2025 ?", "capex alphabet 2025", "capex"),
        ("qui dépense le plus ?", "capex top", "capex top"),
        ("compare Meta et Microsoft", "capex compare meta microsoft", "capex compare"),
        ("YouTube vs Azure", "capex compare alphabet microsoft", "capex compare"),
        ("graphique des capex de Meta", "capex chart meta", "capex chart"),
        ("tu sais faire quoi ?", "help", "help"),
        ("what can you do?", "help", "help"),
    ],
)
async def test_question_gets_the_canonical_commands_reply(ask, question, canonical, command):
    reply = await ask(question)
    direct = await ask(canonical)
    assert reply.ok, reply.error
    assert reply.extra["understood"] == canonical and reply.command == command
    assert reply.title == direct.title and reply.figures[: len(direct.figures)] == direct.figures
    assert f"Read as: {canonical}" in reply.text


async def test_question_answered_in_its_language_unless_one_is_given(services):
    fr = await handle(Invocation(line="combien Meta a investi en 2025 ?"), services)
    assert fr.lang == "fr" and "Compris\u202f: capex meta 2025" in fr.text and "Md$" in fr.text
    en = await handle(Invocation(line="how much did Meta invest in 2025?"), services)
    assert en.lang == "en" and "Read as: capex meta 2025" in en.text
    given = await handle(Invocation(line="combien Meta a investi en 2025 ?", lang="en"), services)
    assert given.lang == "en" and "Read as: capex meta 2025" in given.text


async def _stored(storage: Storage, company: str, label: str, definition: str) -> int:
    snap = await storage.catalog.snapshot()
    figs = [
        f
        for f in snap.figures_of(company)
        if f.fiscal_label == label and f.kind == "actual" and f.definition_code == definition
    ]
    return max(figs, key=lambda f: (f.announced or "", f.id)).value_usd


async def test_claim_inconsistent_names_what_the_figure_is(services, storage):
    reply = await handle(Invocation(line="C'est vrai qu'Amazon a dépensé 200 milliards en 2025 ?"), services)
    check = reply.extra["claim_check"]
    net = await _stored(storage, "amazon", "FY2025", "net_of_proceeds_incentives")
    gross = await _stored(storage, "amazon", "FY2025", "productive_assets_gross")
    assert check == {
        "company": "Amazon",
        "period": "FY2025",
        "stated_usd": 200_000_000_000,
        "stored_usd": net,
        "definition": "net_of_proceeds_incentives",
        "verdict": "inconsistent",
        "tolerance": 2_000_000_000,
    }
    assert reply.lang == "fr" and "Vérification — non" in reply.text
    assert "prévision exercice 2026" in reply.text  # $200B is the 2026 outlook, in French words
    shown = {f.value_usd for f in reply.figures}
    assert {net, gross, 200_000_000_000} <= shown


@pytest.mark.parametrize(
    ("question", "company", "label", "definition"),
    [
        ("Did Meta really spend $72 billion in 2025?", "meta", "FY2025", "ppe_incl_finance_lease_principal"),
        ("Did Microsoft spend $19.4B in Q1 2026?", "microsoft", "Q1-2026", "ppe_cash"),
        ("Microsoft a dépensé 37,5 Md$ au T2 2026, c'est exact ?", "microsoft", "Q2-2026", "incl_finance_leases"),
    ],
)
async def test_claim_consistent_within_the_rounding_as_written(services, storage, question, company, label, definition):
    reply = await handle(Invocation(line=question), services)
    check = reply.extra["claim_check"]
    stored = await _stored(storage, company, label, definition)
    assert check["verdict"] == "consistent" and check["stored_usd"] == stored
    assert check["definition"] == definition and check["period"] == label
    assert abs(check["stated_usd"] - stored) <= check["tolerance"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Did Meta really spend $72 billion on capex?", "No period in the claim: checked against FY2025"),
        ("C'est vrai que Meta a dépensé 72 milliards ?", "comparée à l'exercice 2025"),
    ],
)
async def test_claim_without_a_period_says_which_year_it_was_checked_against(services, question, said):
    reply = await handle(Invocation(line=question), services)
    assert reply.extra["claim_check"]["period"] == "FY2025"
    assert said in reply.text
    dated = await handle(Invocation(line="Did Meta really spend $72 billion in 2025?"), services)
    assert "No period" not in dated.text


async def test_claim_about_a_period_with_no_figures_is_unknown(services):
    reply = await handle(Invocation(line="Did Meta spend $50 billion in 2012?"), services)
    assert reply.extra["claim_check"]["verdict"] == "unknown"
    assert reply.extra["claim_check"]["stored_usd"] is None


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("quel temps fait-il ?", "essayez `help`"),
        ("tell me a joke", "try `help`"),
        ("What was Meta's revenue in 2025?", "only know capex"),
        ("combien vaut l'action Apple ?", "ne connais que les investissements"),
        ("meta is so annoying with their ads", "try `help`"),
    ],
)
async def test_off_topic_and_other_metrics_are_refused_politely(services, line, needle):
    reply = await handle(Invocation(line=line), services)
    assert not reply.ok and needle in reply.error and not reply.figures


async def test_truth_questions_go_to_the_hoax_command(ask):
    """The framing is cut, the question kept: the answer is "what is known about this claim", not
    the "likely hoax" a bare claim typed after `hoax` gets as if someone were spreading it."""
    reply = await ask("C'est vrai que WhatsApp va devenir payant ?")
    assert reply.command == "hoax" and reply.extra["understood"] == "hoax WhatsApp va devenir payant ?"
    direct = await ask("hoax WhatsApp va devenir payant ?")
    assert reply.title == direct.title
    assert reply.title != (await ask("hoax WhatsApp va devenir payant")).title
    assert reply.extra["understood"] == (await ask("is it true that WhatsApp va devenir payant")).extra["understood"]


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("my nan says send it to 10 groups and the logo turns blue and stays free, is that a thing?", None),
        ("Zuckerberg donne de l'argent aux gens qui partagent son post ? ma tante y croit", "zuckerberg-giveaway"),
        ("WhatsApp Gold c'est une vraie appli ou pas ? mon voisin dit qu'il l'a", "whatsapp-gold"),
    ],
)
async def test_questions_about_known_claims_reach_the_hoax_check_without_its_words(ask, line, family):
    """No "c'est vrai", "fake" or "hoax" in them, and "appli" even reads as Apple: a question the
    hoax checker recognises is answered with the claim's verdict, not refused or read as capex."""
    reply = await ask(line)
    hoax = reply.to_json()["hoax"]
    assert reply.ok and reply.command == "hoax" and hoax["verdict"] == "false" and not hoax["flagged"], reply.text
    if family:
        assert hoax["hoax_id"] == family


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("WhatsApp becomes paid on Monday, forward this to 10 groups and your logo turns blue", "whatsapp-paid"),
        ("Facebook va devenir payant à 5,99 € par mois sauf si vous copiez-collez ce message sur votre mur", "facebook-paid"),
    ],
)
async def test_a_chain_letter_sent_to_the_bot_gets_its_fact_check(ask, line, family):
    """Pasted to the bot itself (a DM, a mention, the terminal), a known chain is a request to check
    it: the answer is the claim's verdict and its fact-checks, not "try `help`"."""
    reply = await ask(line)
    hoax = reply.to_json()["hoax"]
    assert reply.ok and reply.command == "hoax" and hoax["verdict"] == "false" and hoax["hoax_id"] == family, reply.text


async def test_chat_about_meta_without_a_question_is_still_refused(ask):
    reply = await ask("meta is so annoying with their ads lately")
    assert not reply.ok and reply.command != "hoax"


def test_ask_json_contract(tmp_path: Path):
    exact = json.loads(capexbot("ask", "--json", "capex meta", cwd=tmp_path).stdout)
    assert exact["understood"] == "capex meta" and "claim_check" not in exact
    result = capexbot("ask", "--json", "Did Meta really spend $72 billion in 2025?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["ok"] and out["command"] == "capex" and out["lang"] == "en"
    assert out["understood"] == "capex meta 2025"
    assert set(out["claim_check"]) == {
        "company", "period", "stated_usd", "stored_usd", "definition", "verdict", "tolerance"
    }
    off = capexbot("ask", "--json", "quel temps fait-il ?", cwd=tmp_path)
    assert off.returncode == 1 and json.loads(off.stdout)["ok"] is False
    assert json.loads(off.stdout)["lang"] == "fr"


def _load_eval():
    spec = importlib.util.spec_from_file_location("questions_eval", ROOT / "benchmarks" / "questions_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


async def test_unseen_questions_read_correctly():
    """The set written before the parser and run once untuned (README): >= 95% per language."""
    res = await _load_eval().evaluate(ROOT / "tests" / "fixtures" / "questions_unseen.jsonl", date(2026, 11, 29), False)
    for lang in ("en", "fr"):
        assert res[lang]["intent_accuracy"] >= 0.95 and res[lang]["slot_accuracy"] >= 0.95, res


def test_a_bare_truth_question_in_reply_is_about_the_quoted_message():
    from commands.questions.reader import with_quoted

    claim = "Meta va utiliser toutes vos photos pour entraîner son IA"
    assert with_quoted("C'est une fake news ?", claim) == f"{claim} — C'est une fake news ?"
    assert with_quoted("is that true?", claim).startswith(claim)
    assert with_quoted("capex meta 2025", claim) == "capex meta 2025"  # a question of its own: unchanged
    assert with_quoted("C'est une fake news ?", "") == "C'est une fake news ?"


@pytest.mark.parametrize(
    ("line", "lang"),
    [("investissements Meta 2025", "fr"), ("dépenses d'investissement d'Amazon", "fr"), ("Meta capex 2025", "en")],
)
def test_reader_language_from_domain_words_without_function_words(line, lang):
    from commands.questions.reader import detect_lang
    from commands.questions.tokens import fold, words

    assert detect_lang(words(fold(line)), line) == lang
