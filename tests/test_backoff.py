"""The one backoff rule (storage/backoff.py): exponential, capped, equal jitter."""

from __future__ import annotations

from storage.backoff import Backoff, backoff_delay


def test_backoff_is_capped_and_jittered():
    b = Backoff(1.0, 8.0)
    delays = [b.next() for _ in range(8)]
    assert 0.5 <= delays[0] <= 1.0 and 1.0 <= delays[1] <= 2.0
    assert all(4.0 <= d <= 8.0 for d in delays[3:])
    assert len(set(delays)) > 1
    b.reset()
    assert b.next() <= 1.0


def test_delay_by_attempt_number():
    assert 1.0 <= backoff_delay(1, 2.0, 900.0) <= 2.0
    assert 4.0 <= backoff_delay(3, 2.0, 900.0) <= 8.0
    assert 450.0 <= backoff_delay(40, 2.0, 900.0) <= 900.0
