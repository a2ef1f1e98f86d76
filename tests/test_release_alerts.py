"""What a release's alert says, end to end: the local EDGAR stand-in serves a (synthetic) Q3 release
whose outlook paragraph each test rewrites, one poll stores it, and the webhook subscribers (English
and French) receive the alert. The "(was …)" is the prior outlook the release sentence states, else
the guidance stored before; a release whose only news is a direction-only outlook still alerts once.
"""

from __future__ import annotations

import pytest
from sec_fake_server import FakeSec
from test_alerts_delivery import run_once
from test_releases import CIK, FIX, Q2_ACC, Q2_DOC, Q3_ACC, Q3_DOC, poll, serve_filing, submissions

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


@pytest.fixture
async def sec():
    server = await FakeSec().start()
    server.submissions[CIK] = submissions((Q2_ACC, "2026-07-29", Q2_DOC))
    serve_filing(server, Q2_ACC, Q2_DOC, (FIX / "example-q2-2026-ex991.htm").read_bytes())
    yield server
    await server.stop()


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


async def test_the_prior_the_sentence_states_is_the_was_and_its_word_the_verb(storage, sec, receiver):
    # Stored before: $130-145B. The company says "up from" $138-150B: only the low end moved, which
    # compared end to end would read "narrowed"; the company's word and its prior win.
    outlook = (
        b"We now expect 2026 capital expenditures, including principal payments on finance leases, to be "
        b"in the range of $140-150 billion, up from our prior outlook of $138-150 billion."
    )
    en, fr = await release_alerts(storage, sec, receiver, q3_release(outlook))
    assert "Meta Platforms raised 2026 guidance to $140–150B (was $138–150B)" in en.splitlines()
    assert (
        "Meta Platforms\u202f: prévision 2026 relevée à 140–150\u202fMd$ (contre 138–150\u202fMd$)"
        in fr.splitlines()
    )
    assert "130" not in en and "130" not in fr  # not the stored $130-145B
    [fig] = [f for f in await storage.figures.all() if f.accession == Q3_ACC and f.kind == "guidance"]
    assert (fig.stated_revision, fig.stated_prior_low_usd, fig.stated_prior_high_usd) == (
        "raised", 138 * 10**9, 150 * 10**9,
    )  # fmt: skip


async def test_no_stated_prior_falls_back_to_the_stored_previous_outlook(storage, sec, receiver):
    outlook = (
        b"We now expect 2026 capital expenditures, including principal payments on finance leases, to be "
        b"in the range of $140-150 billion."
    )
    en, fr = await release_alerts(storage, sec, receiver, q3_release(outlook))
    assert "Meta Platforms raised 2026 guidance to $140–150B (was $130–145B)" in en.splitlines()
    assert (
        "Meta Platforms\u202f: prévision 2026 relevée à 140–150\u202fMd$ (contre 130–145\u202fMd$)"
        in fr.splitlines()
    )


async def test_a_first_outlook_that_states_its_prior_still_says_was(storage, sec, receiver):
    # Nothing stored for 2027 before this release: the sentence's own prior is the only one.
    outlook = (
        b"We expect 2027 capital expenditures, including principal payments on finance leases, to be in "
        b"the range of $160-180 billion, increased from our prior outlook of $150-170 billion."
    )
    assert not [f for f in await storage.figures.all() if f.fiscal_label == "FY2027"]
    en, fr = await release_alerts(storage, sec, receiver, q3_release(outlook))
    assert "Meta Platforms raised 2027 guidance to $160–180B (was $150–170B)" in en.splitlines()
    assert (
        "Meta Platforms\u202f: prévision 2027 relevée à 160–180\u202fMd$ (contre 150–170\u202fMd$)"
        in fr.splitlines()
    )
