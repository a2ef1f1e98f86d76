"""Fixtures for the Matrix tests: one real Synapse per test session (see tests/synapse_fixture.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ (holds synapse_fixture.py)

from synapse_fixture import SynapseServer, SynapseUnavailable, start_synapse  # noqa: E402


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> SynapseServer:
    """A running Synapse on 127.0.0.1. Skips with the reason if it cannot start — fails under CI=true."""
    try:
        server = start_synapse(tmp_path_factory.mktemp("synapse"))
    except SynapseUnavailable as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Synapse is required under CI=true: {exc}", pytrace=False)
        pytest.skip(f"Synapse unavailable: {exc}")
    try:
        yield server
    finally:
        server.stop()
