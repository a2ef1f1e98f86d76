"""`hoax import` / `hoax scan` against hostile documents (issue 17): linear-time cues only, finite
weights, no traceback on malformed or absurdly nested JSON, scan carries on after a bad line; and
the Matrix rendering of a hoax flag shows its warning icon once."""

from __future__ import annotations

import json
import time

import pytest
from test_hoax_matcher import _cli

from bot.platforms.matrix.render import render_html
from commands.hoax.catalogue import CatalogueError, parse_document
from commands.hoax.check import Checker
from commands.hoax.matcher import Matcher
from commands.hoax.replies import flag_reply

DEEP = "[" * 100_000 + "]" * 100_000


def _doc(cues: list, **extra) -> dict:
    return {
        "@type": "ClaimReview",
        "identifier": "snap-fee",
        "url": "https://factcheck.example.org/snapchat-fee",
        "claimReviewed": "Snapchat will charge users for sending snaps",
        "capexbot": {"cues": {"core": cues}, **extra},
    }


def test_backtracking_cue_cannot_blow_up():
    """`(xy|xyxy)*z` takes exponential time in a backtracking engine; imported cues run on RE2."""
    [entry], _ = parse_document(json.dumps(_doc([["evil", "(xy|xyxy)*z", 2]])), untrusted=True)
    m = Matcher([entry])
    start = time.perf_counter()
    m.match("snapchat " + "xy" * 3000)
    assert time.perf_counter() - start < 1.0
    assert m.match("snapchat xyxyz forward to all your friends").score > 0


def test_cues_an_rte2_engine_cannot_run_are_rejected_with_a_reason():
    with pytest.raises(CatalogueError, match="linear-time"):
        parse_document(json.dumps(_doc([["back", r"(a)\1", 1]])), untrusted=True)
    with pytest.raises(CatalogueError, match="linear-time"):
        parse_document(json.dumps(_doc([["look", r"(?<=a)b", 1]])), untrusted=True)


@pytest.mark.parametrize("weight", ["NaN", "Infinity", "-Infinity", "1e400", "true", '"2"'])
def test_non_finite_or_non_number_weights_are_rejected(weight):
    text = json.dumps(_doc([["w", "charge", 0]])).replace('"charge", 0]', f'"charge", {weight}]')
    with pytest.raises(CatalogueError, match="weight"):
        parse_document(text, untrusted=True)


MALFORMED = [
    "[]",
    "{}",
    "null",
    "42",
    '"text"',
    "[1, 2]",
    '{"@graph": 5}',
    '{"@graph": [null]}',
    '{"@graph": [], "capexbot:cueSets": []}',
    '{"claims": 3}',
    '{"claims": [{"claimReview": 7}]}',
    '{"claims": [{"claimReview": [5]}]}',
    '{"claims": [{"text": 5, "claimReview": [{"url": 9, "publisher": 3}]}]}',
    '{"claimReviewed": ["a"], "url": "https://x.example/a"}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": []}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"claim": "x"}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"claim": {"en": 5}}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"verdict": [1]}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"cues": []}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"cues": {"core": 5}}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"cues": {"core": [[1, 2, 3]]}}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"cues": {"core": ["@nope"]}}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"platforms": "snapchat"}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"platforms": [1]}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"anchors": 3}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"valid": 3}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"first_seen": "soon"}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"claim_words": 5}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "capexbot": {"claim_words": "(a+)+b\\\\1"}}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "reviewRating": 5}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "citation": 5}',
    '{"claimReviewed": "Snapchat charges", "url": "https://x.example/a", "itemReviewed": []}',
    DEEP,
    '{"@graph": ' + DEEP + "}",
    "[" * 5000 + "]" * 4999,
]


@pytest.mark.parametrize("text", MALFORMED, ids=range(len(MALFORMED)))
def test_malformed_documents_raise_catalogue_error_only(text):
    try:
        parse_document(text, untrusted=True)
    except CatalogueError:
        return
    pytest.fail("malformed document accepted")


def test_cli_import_rejects_without_traceback_and_stores_nothing(tmp_path):
    for n, text in enumerate([DEEP, MALFORMED[14], json.dumps(_doc([["w", "charge", float("nan")]]))]):
        bad = tmp_path / f"bad{n}.json"
        bad.write_text(text)
        proc = _cli("hoax", "import", str(bad), tmp_path=tmp_path)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        assert "import rejected, nothing stored" in proc.stderr


def test_cli_scan_survives_a_deeply_nested_line_and_keeps_scanning(tmp_path):
    good = json.dumps({"id": "b", "text": "WhatsApp devient payant dès demain !! transférez à 20 contacts"})
    proc = _cli("hoax", "scan", "--jsonl", "-", stdin=DEEP + "\n" + good + "\n", tmp_path=tmp_path)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(out) == 2 and "error" in out[0] and out[1]["id"] == "b" and out[1]["flagged"]


def test_matrix_flag_title_shows_the_warning_icon_once():
    answer = Checker().check("WhatsApp devient payant dès demain !! transférez à 20 contacts")
    assert answer.flagged
    for short in (True, False):
        html = render_html(flag_reply(answer, "fr", short=short))
        title = html.split("</strong>")[0]
        assert title.count("⚠️") == 1, title


def test_an_over_long_statement_list_is_rejected_not_silently_cut():
    """A 61st wording used to be dropped without a word; the author must hear about it."""
    many = {"en": [f"Snapchat will charge {n} dollars a month for snaps" for n in range(61)]}
    with pytest.raises(CatalogueError, match="at most 60"):
        parse_document(json.dumps(_doc([["fee", "charge", 2]], statements=many)), untrusted=True)
    [entry], _ = parse_document(json.dumps(_doc([["fee", "charge", 2]], statements={"en": many["en"][:50]})))
    assert len(entry.statements) == 51  # the claim itself plus fifty wordings, none lost
