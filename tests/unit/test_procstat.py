"""The load harness's /proc readings: CPU seconds, peak memory, the busiest interval."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

from tests.harness.procstat import Sampler, cpu_seconds, memory_kib


def burn(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_cpu_and_memory_of_this_process() -> None:
    before = cpu_seconds(os.getpid())
    burn(0.2)
    assert cpu_seconds(os.getpid()) - before >= 0.15
    mem = memory_kib(os.getpid())
    assert 0 < mem["VmRSS"] <= mem["VmHWM"]
    assert cpu_seconds(2**22 + 12345) == 0.0 and memory_kib(2**22 + 12345) == {}


async def test_the_sampler_counts_cpu_across_a_restart_and_never_more_than_a_core_per_thread() -> None:
    code = ("import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"
            "print('burnt', flush=True)\ntime.sleep(60)")

    async def burner() -> subprocess.Popen[bytes]:
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
        current["bot"] = child.pid
        assert child.stdout is not None
        assert await asyncio.to_thread(child.stdout.readline) == b"burnt\n"
        return child

    current: dict[str, int] = {}
    sampler = Sampler(lambda: dict(current), every=0.1)
    sampler.start()
    children = []
    try:
        for _ in range(2):
            child = await burner()
            children.append(child)
            sampler.sample()  # the burnt seconds are seen before the process goes
            child.kill()
            child.wait()
        used = sampler.cpu("bot")
    finally:
        await sampler.stop()
        for child in children:
            child.kill()
            child.wait()
    assert used >= 0.8  # both processes' seconds
    assert sampler.busiest["bot"] <= 1.2
    assert sampler.peak_rss_kib["bot"] > 0
