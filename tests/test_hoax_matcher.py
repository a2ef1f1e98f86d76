"""Hoax matcher: catalogue integrity, normalisation, own FR/EN cases, explanations, bad input, CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_process import capexbot
from hoax_cases import HOAXES, LEGIT

from commands.hoax.catalogue import CatalogueError, export_document, load_builtin, parse_document
from commands.hoax.lang import detect_lang
from commands.hoax.matcher import Matcher
from commands.hoax.normalise import normalise, quick_tokens

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher()


def test_catalogue_has_40_sourced_bilingual_families():
    entries = load_builtin()
    assert len(entries) >= 40
    assert len({e.id for e in entries}) == len(entries)
    for e in entries:
        assert e.links and all(url.startswith(("http://", "https://")) for _, url in e.links), e.id
        assert e.claim["en"] and e.claim["fr"] and e.claim["en"] != e.claim["fr"], e.id
        assert e.explanation["en"] and e.explanation["fr"], e.id
        # matched by cues, or by meaning from several claim statements (the claim in both languages + more)
        assert e.core or len(e.statements) >= 4, e.id
        assert e.verdict_code in ("false", "misleading", "true", "mixed", "unproven"), e.id
        assert e.first_seen and 1900 < e.first_seen <= 2026, e.id  # (vipers dropped by helicopter: 1976)
        assert e.raw["@type"] == "ClaimReview" and e.raw["reviewRating"]["alternateName"], e.id


@pytest.mark.parametrize(("expected", "text"), HOAXES)
def test_own_hoax_cases_are_flagged_with_the_right_family(matcher, expected, text):
    res = matcher.match(text)
    assert res.flagged, [str(c) for c in res.cues]
    assert res.hoax_id == expected
    assert 0.5 <= res.score <= 1
    kinds = {c.kind for c in res.cues}
    assert "core" in kinds  # every flag explains itself


@pytest.mark.parametrize("text", LEGIT)
def test_own_hard_negatives_are_not_flagged(matcher, text):
    res = matcher.match(text)
    assert not res.flagged, [str(c) for c in res.cues]
    assert res.score < 0.5


def test_cues_explain_debunk_and_question(matcher):
    hoax = "WhatsApp va devenir payant, transférez à 10 contacts sinon votre logo reste gris"
    flagged = matcher.match(hoax)
    labels = " ".join(str(c) for c in flagged.cues)
    assert flagged.flagged and "forward to N contacts" in labels and "WhatsApp" in labels
    assert not matcher.match("C'est un canular : " + hoax).flagged
    assert not matcher.match("Est-ce vrai que " + hoax + " ?").flagged


def test_real_paid_products_are_not_hoaxes(matcher):
    for text in (
        "Meta Verified is paid: $14.99 a month on iOS",
        "l'abonnement sans pub de Facebook est payant, 5,99€ par mois",
        "WhatsApp Business API is paid per message for companies",
        "X Premium is paid, about $8",
    ):
        assert not matcher.match(text).flagged, text


def test_normalisation_defeats_obfuscation():
    plain = normalise("WhatsApp va devenir payant").text
    for variant in (
        "WhAtSaPp VA DEVENIR PAYANT",
        "Wh\u200batsApp va devenir payant",  # zero-width space
        "Whаtsаpp va devenir payant",  # Cyrillic а
        "Ｗｈａｔｓａｐｐ va devenir payant",  # full-width
        "Wh4tsApp va dev3nir p4yant",  # leet
        "Whaaaatsapp va devenirrr payaaant 😱😱",  # elongation, emoji
    ):
        assert normalise(variant).text == plain, variant
    n = normalise("see https://www.watsapp.com/promo?x=1 now!!!")
    assert "url" in n.tokens and "watsap" in n.tokens and n.bangs == 1
    assert normalise("transférez à 20 contacts").tokens[-2:] == ("20", "contacts")  # numbers stay numbers
    for price in ("$4.99", "4.99$", "4,99 $"):  # the dollar before or after the figure, French style too
        assert normalise(f"Facebook {price} par mois").tokens[1:4] in {("usd", "4", "99"), ("4", "99", "usd")}, price
    assert "whatsapp" in quick_tokens("W\u200bhats\u200bApp!!")


def test_language_detection():
    assert detect_lang(normalise("Facebook va devenir payant pour tout le monde").tokens) == "fr"
    assert detect_lang(normalise("Facebook will start charging everyone next month").tokens) == "en"


def test_bad_input_is_bounded(matcher):
    """Huge, binary and regex-hostile inputs: no crash, and only the first MAX_CHARS characters are
    ever looked at (that cap plus bounded-gap patterns is what bounds the work; the throughput
    benchmark measures the time)."""
    from commands.hoax.normalise import MAX_CHARS

    huge = "WhatsApp va devenir payant " + "a" * 100_000
    junk = bytes(range(256)).decode("latin-1") * 400
    patho = "forward " * 5000 + "x" * 20000 + "!" * 10000
    nested = ("(" * 3000) + "whatsapp payant" + ("?" * 3000)
    for text in (huge, junk, patho, nested, "", "\x00\x01", "\U0001f600" * 50_000, "é" * 100_000):
        res = matcher.match(text)
        assert isinstance(res.flagged, bool) and 0 <= res.score <= 1
        assert len(normalise(text).text) <= MAX_CHARS + 10
        assert len(quick_tokens(text)) <= MAX_CHARS
    assert matcher.match(huge).flagged  # the claim is in the part that is looked at
    assert not matcher.match("a" * 100_000 + " WhatsApp va devenir payant").flagged  # beyond the cap


def test_import_formats_and_validation():
    google = {
        "claims": [
            {
                "text": "Snapchat will charge users for sending snaps from next month",
                "claimReview": [
                    {
                        "publisher": {"name": "Example Checker"},
                        "url": "https://factcheck.example.org/snapchat-fee",
                        "textualRating": "False",
                        "languageCode": "en",
                    }
                ],
            }
        ]
    }
    entries, _ = parse_document(json.dumps(google))
    assert entries[0].platforms == ("snapchat",) and entries[0].keywords
    m = Matcher(entries)
    assert m.match(
        "Snapchat will charge users for sending snaps from next month!! forward this to all your friends"
    ).flagged
    assert not m.match("Snapchat streaks are fun").flagged
    with pytest.raises(CatalogueError, match="fact-check URL"):
        parse_document(json.dumps({"@type": "ClaimReview", "claimReviewed": "Gmail closes tomorrow forever"}))
    with pytest.raises(CatalogueError, match="not a supported linear-time pattern"):
        parse_document(
            json.dumps(
                {
                    "@type": "ClaimReview",
                    "identifier": "x",
                    "url": "https://a.example/x",
                    "claimReviewed": "c",
                    "capexbot": {"cues": {"core": [["bad", "(", 1]]}},
                }
            )
        )


def test_export_roundtrip():
    doc = export_document(load_builtin())
    again, _ = parse_document(json.dumps(doc))
    assert [e.id for e in again] == [e.id for e in load_builtin()]
    assert doc["@context"] == "https://schema.org"


def _cli(*args: str, stdin: str = "", tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return capexbot(*args, stdin=stdin, cwd=tmp_path)


def test_scan_cli_exact_interface(tmp_path):
    lines = [
        {"id": "a", "text": "WhatsApp devient payant dès demain !! transférez à 20 contacts"},
        {"id": 2, "text": "Meta capex guidance is $115-135B for 2026"},
        {"id": "c", "text": "That 'Facebook will charge you' post is a hoax"},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n"
    proc = _cli("hoax", "scan", "--jsonl", "-", stdin=stdin, tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [o["id"] for o in out[:3]] == ["a", 2, "c"]
    for o in out[:3]:
        assert set(o) == {"id", "flagged", "score", "hoax_id", "lang"}
    assert out[0]["flagged"] and out[0]["hoax_id"] == "whatsapp-paid" and out[0]["lang"] == "fr"
    assert not out[1]["flagged"] and out[1]["hoax_id"] is None and out[1]["lang"] == "en"
    assert not out[2]["flagged"]
    assert out[3]["flagged"] is False and "error" in out[3]
    assert not (tmp_path / "db.sqlite3").exists()  # scanning does not create a database


def test_scan_cli_missing_file_and_export(tmp_path):
    assert _cli("hoax", "scan", "--jsonl", str(tmp_path / "nope.jsonl"), tmp_path=tmp_path).returncode == 1
    proc = _cli("hoax", "export", str(tmp_path / "cat.json"), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((tmp_path / "cat.json").read_text())
    assert len(doc["@graph"]) >= 25
    bad = tmp_path / "bad.json"
    bad.write_text('{"@type": "ClaimReview", "claimReviewed": "no url here at all"}')
    assert _cli("hoax", "import", str(bad), tmp_path=tmp_path).returncode == 1


def test_cue_guards_never_change_results():
    """Every cue regex carries a cheap literal-prefix guard; on real messages the guarded search
    must give exactly what the plain regex gives."""
    from commands.hoax import cue_rules as m

    texts = [normalise(t).padded for _, t in HOAXES] + [normalise(t).padded for t in LEGIT]
    regexes = [rx for _, rx, _ in m.CHAIN_CUES] + list(m.PLATFORM_RX.values())
    regexes += [m.DEBUNK_STRONG, m.DEBUNK_WEAK, m.INSISTS, m.DOUBT, m.OPTIONAL, m.BUSINESS, m.NEWS]
    for e in load_builtin():
        regexes += [c.regex for c in (*e.core, *e.hallmarks, *e.counters)]
    guarded = [r for r in regexes if r.guard is not None]
    assert len(guarded) > 100
    for r in guarded:
        for t in texts:
            a, b = r.search(t), r.rx.search(t)
            assert (a and a.span()) == (b and b.span()), (r.pattern[:60], t[:60])
