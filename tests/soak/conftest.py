"""Soak tests: the bot under faults (kill -9, a lossy link) against a real Synapse."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "soak: the bot under faults; select with -m soak (also marked integration)")
