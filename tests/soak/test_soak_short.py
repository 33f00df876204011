"""The short soak: three people walk the whole hygiene check while the bot is killed with SIGKILL
once and its homeserver link resets and delays requests for a while. Each must read exactly what
a fault-free run of the same script gave (bench/soak.py runs the long version: `make soak`)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.harness.soak import Soak, short_plan
from tests.harness.synapse import Synapse

pytestmark = [pytest.mark.integration, pytest.mark.soak]


async def test_three_people_under_a_kill_and_a_lossy_link_read_what_a_fault_free_run_gave(tmp_path: Path) -> None:
    hs = Synapse.prepare(tmp_path / "synapse")
    await asyncio.to_thread(hs.start)
    try:
        result = await Soak(hs, tmp_path, short_plan()).run()
    finally:
        await asyncio.to_thread(hs.stop)
    print(result.report())
    assert result.passed, result.report()
    assert result.proxy_faults.get("reset_before", 0) + result.proxy_faults.get("reset_after", 0) > 0
    assert any("kill -9" in line for line in result.timeline)
