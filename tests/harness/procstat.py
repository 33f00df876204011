"""CPU time and memory of a process, read from /proc (Linux), for load runs."""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds the process has used so far (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            raw = f.read()
    except OSError:
        return 0.0
    fields = raw.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / _TICK


def memory_kib(pid: int) -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak resident size so far), in KiB."""
    found: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                name, _, value = line.partition(":")
                if name in ("VmRSS", "VmHWM"):
                    found[name] = int(value.split()[0])
    except OSError:
        pass
    return found


@dataclass
class Sampler:
    """Samples processes every `every` seconds while it runs: peak RSS and the busiest second.

    `pids` returns the current pid of each named process (a restarted bot has a new one). CPU
    time is accumulated across restarts, so a killed process's seconds are not lost.
    """

    pids: Callable[[], dict[str, int]]
    every: float = 0.5
    peak_rss_kib: dict[str, int] = field(default_factory=dict)
    busiest: dict[str, float] = field(default_factory=dict)  # CPU share over one interval, 1.0 = a core
    _cpu_done: dict[str, float] = field(default_factory=dict)  # seconds of processes that ended
    _last: dict[str, tuple[int, float]] = field(default_factory=dict)
    _at: dict[str, float] = field(default_factory=dict)
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.sample()
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.sample()

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.every)  # a sampling period, not a synchronisation
            self.sample()

    def sample(self) -> None:
        now = time.monotonic()
        for name, pid in self.pids().items():
            mem = memory_kib(pid)
            peak = max(mem.get("VmRSS", 0), mem.get("VmHWM", 0))
            self.peak_rss_kib[name] = max(self.peak_rss_kib.get(name, 0), peak)
            cpu = cpu_seconds(pid)
            last = self._last.get(name)
            if last is not None and last[0] != pid:
                self._cpu_done[name] = self._cpu_done.get(name, 0.0) + last[1]  # the old process's total
                last = None
            if last is None or cpu > 0:
                elapsed = now - self._at.get(name, now)
                # The busiest share over a real interval (not the nominal one: a late sample would inflate it).
                if last is not None and cpu >= last[1] and elapsed >= self.every / 2:
                    self.busiest[name] = max(self.busiest.get(name, 0.0), (cpu - last[1]) / elapsed)
                if last is None or elapsed >= self.every / 2:
                    self._last[name], self._at[name] = (pid, cpu), now

    def cpu(self, name: str) -> float:
        """CPU seconds used by `name` (all its processes) up to now (or, for one gone, its last sample)."""
        last = self._last.get(name)
        pids = self.pids()
        now = cpu_seconds(pids[name]) if name in pids else 0.0
        if last is not None and name in pids and pids[name] != last[0]:
            return self._cpu_done.get(name, 0.0) + last[1] + now
        return self._cpu_done.get(name, 0.0) + max(now, last[1] if last else 0.0)
