"""What a release's alert says, end to end: the local EDGAR stand-in serves a (synthetic) Q3 release
whose outlook paragraph each test rewrites, one poll stores it, and the webhook subscribers (English
and French) receive the alert. The "(was …)" is the prior outlook the release sentence states, else
the guidance stored before; a release whose only news is a direction-only outlook still alerts once.
"""

from __future__ import annotations

import pytest
from test_alerts_delivery import run_once
from test_releases import CIK, FIX, Q2_ACC, Q2_DOC, Q3_ACC, Q3_DOC, poll, serve_filing, submissions
from test_releases import sec as sec  # noqa: F401 - the EDGAR stand-in fixture, serving Q2 2026

pytestmark = pytest.mark.both_backends

# The Q3 fixture's outlook paragraph: the seed's stored FY2026 guidance before it is $130-145B.
OUTLOOK = (
    b"We now expect 2026 capital expenditures, including principal payments on finance leases, to be in "
    b"the range of $140-150 billion, increased from our prior outlook of $130-145 billion."
)
DIRECTION = b"We currently expect capital expenditures dollar growth to be notably larger in 2027 than 2026."


def q3_release(outlook: bytes, direction: bytes = DIRECTION) -> bytes:
    body = (FIX / "example-q3-2026-ex991.htm").read_bytes()
    assert OUTLOOK in body and DIRECTION in body
    return body.replace(OUTLOOK, outlook).replace(DIRECTION, direction)


async def release_alerts(storage, sec, receiver, exhibit: bytes) -> tuple[str, str]:
    """Subscribe en + fr, backfill Q2 silently, file the Q3 release, poll, deliver: (en, fr) texts."""
    await storage.subscriptions.subscribe("webhook", receiver.url("en"), "meta", lang="en")
    await storage.subscriptions.subscribe("webhook", receiver.url("fr"), None, lang="fr")
    await poll(storage, sec)
    sec.submissions[CIK] = submissions((Q2_ACC, "2026-07-29", Q2_DOC), (Q3_ACC, "2026-10-28", Q3_DOC))
    serve_filing(sec, Q3_ACC, Q3_DOC, exhibit)
    [report] = await poll(storage, sec)
    assert report.status == "stored", report.line()
    worker = await run_once(storage)
    assert worker.stats == {"sent": 2}
    by_name = {r.name: r.body["text"] for r in receiver.requests}
    return by_name["en"], by_name["fr"]


B = 10**9
# (the release's outlook sentence, what it states it revised, the alert's English and French lines)
CASES = {
    # Stored before: $130-145B. The company says "up from" $138-150B: only the low end moved, which
    # compared end to end would read "narrowed"; the company's word and its prior win.
    "stated prior": (
        b"We now expect 2026 capital expenditures, including principal payments on finance leases, to be "
        b"in the range of $140-150 billion, up from our prior outlook of $138-150 billion.",
        ("raised", 138 * B, 150 * B),
        "Meta Platforms raised 2026 guidance to $140–150B (was $138–150B)",
        "Meta Platforms\u202f: prévision 2026 relevée à 140–150\u202fMd$ (contre 138–150\u202fMd$)",
    ),
    # No prior in the sentence: the stored previous outlook ($130-145B) is the "was".
    "stored previous": (
        b"We now expect 2026 capital expenditures, including principal payments on finance leases, to be "
        b"in the range of $140-150 billion.",
        ("", None, None),
        "Meta Platforms raised 2026 guidance to $140–150B (was $130–145B)",
        "Meta Platforms\u202f: prévision 2026 relevée à 140–150\u202fMd$ (contre 130–145\u202fMd$)",
    ),
    # Nothing stored for 2027 before this release: the sentence's own prior is the only one.
    "first outlook": (
        b"We expect 2027 capital expenditures, including principal payments on finance leases, to be in "
        b"the range of $160-180 billion, increased from our prior outlook of $150-170 billion.",
        ("raised", 150 * B, 170 * B),
        "Meta Platforms raised 2027 guidance to $160–180B (was $150–170B)",
        "Meta Platforms\u202f: prévision 2027 relevée à 160–180\u202fMd$ (contre 150–170\u202fMd$)",
    ),
}


@pytest.mark.parametrize("case", CASES)
async def test_the_was_is_the_prior_the_sentence_states_else_the_stored_one(storage, sec, receiver, case):
    outlook, stated, en_line, fr_line = CASES[case]
    period = "FY2027" if case == "first outlook" else "FY2026"
    before = [f for f in await storage.figures.all() if f.kind == "guidance" and f.fiscal_label == period]
    assert bool(before) == (case != "first outlook")
    en, fr = await release_alerts(storage, sec, receiver, q3_release(outlook))
    assert en_line in en.splitlines() and fr_line in fr.splitlines()
    [fig] = [f for f in await storage.figures.all() if f.accession == Q3_ACC and f.kind == "guidance"]
    assert (fig.stated_revision, fig.stated_prior_low_usd, fig.stated_prior_high_usd) == stated


async def test_a_release_whose_only_news_is_a_direction_only_outlook_alerts_once(storage, sec, receiver):
    """The Q2 release is filed again the same day (a corrected 8-K) with one sentence added: every
    figure in it is already stored, so its only news is a direction-only outlook."""
    await storage.subscriptions.subscribe("webhook", receiver.url("en"), "meta", lang="en")
    await storage.subscriptions.subscribe("webhook", receiver.url("fr"), None, lang="fr")
    await poll(storage, sec)  # Q2 2026: history, silent
    figures = await storage.figures.count()
    corrected, doc = "9999999999-26-000074", "example-20260630xexhibit991a.htm"
    body = (FIX / "example-q2-2026-ex991.htm").read_bytes().replace(b"<p></p>", b"<p>" + DIRECTION + b"</p>")
    sec.submissions[CIK] = submissions((Q2_ACC, "2026-07-29", Q2_DOC), (corrected, "2026-07-29", doc))
    serve_filing(sec, corrected, doc, body)
    [report] = await poll(storage, sec)
    assert (report.accession, report.status, report.added) == (corrected, "stored", 0)
    assert await storage.figures.count() == figures  # no number, no figure
    [event] = await storage.outbox.events()
    assert event["figure_ids"] == [] and len(event["note_ids"]) == 1
    assert event["group_key"] == f"accession:{corrected}"

    worker = await run_once(storage)
    assert worker.stats == {"sent": 2}
    by_name = {r.name: r.body for r in receiver.requests}
    en, fr = by_name["en"]["text"].splitlines(), by_name["fr"]["text"].splitlines()
    assert en[0] == (
        "Outlook FY2027, no figure given: “We currently expect capital expenditures dollar growth to be "
        "notably larger in 2027 than 2026.”"
    )
    assert fr[0] == (
        "Perspective exercice 2027, sans chiffre\u202f: « We currently expect capital expenditures dollar "
        "growth to be notably larger in 2027 than 2026. »"
    )
    assert (
        fr[-1]
        == "Source\u202f: exercice 2027\u202f: communiqué de résultats de Meta Platforms du 29 juil. 2026"
    )
    assert en[-1].startswith("Source: FY2027: Meta Platforms earnings release (EX-99.1 " + corrected)
    exhibit = f"{sec.base_url}/Archives/edgar/data/{CIK}/{corrected.replace('-', '')}/{doc}"
    assert [link["url"] for link in by_name["en"]["links"]] == [exhibit]
    assert by_name["en"]["figures"] == [] and by_name["en"]["title"] == "Capex alert: Meta Platforms (META)"

    # The same poll again: nothing new, nothing sent; the note is kept once.
    assert [r.status for r in await poll(storage, sec)] == ["nothing-new"]
    assert len(await storage.outbox.events()) == 1 and len(await storage.outlooks.all()) == 1
    assert (await run_once(storage)).stats == {} and len(receiver.requests) == 2
