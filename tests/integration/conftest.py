"""Integration fixtures: one real Synapse per test session, fresh accounts per test."""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness.synapse import Synapse

_counter = itertools.count()


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    hs = Synapse.prepare(Path(tmp_path_factory.mktemp("synapse")))
    hs.start()
    try:
        yield hs
    finally:
        hs.stop()


class Accounts:
    """Creates uniquely named accounts on the test Synapse."""

    def __init__(self, hs: Synapse) -> None:
        self.hs = hs

    def new(self, prefix: str) -> tuple[str, str]:
        localpart = f"{prefix}{next(_counter)}{secrets.token_hex(3)}"
        password = secrets.token_urlsafe(12)
        return self.hs.register(localpart, password), password


@pytest.fixture
def accounts(synapse: Synapse) -> Accounts:
    return Accounts(synapse)
