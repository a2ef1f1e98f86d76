"""Errors storage raises, so no other layer has to know which database engine is underneath."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from storage.pg import TRANSIENT_ERRORS


class StorageBusy(Exception):
    """The database could not be used just now (locked past busy_timeout, disk I/O): retry later."""


@contextmanager
def busy_is_transient() -> Iterator[None]:
    """Turn the engine's operational errors into `StorageBusy` for callers outside storage."""
    try:
        yield
    except TRANSIENT_ERRORS as exc:
        raise StorageBusy(str(exc)) from exc
