"""Runs `continuum run` as a real subprocess, configured only by environment variables."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

READY = "Continuum is running"


@dataclass
class BotProcess:
    env: dict[str, str]
    log_file: Path
    proc: asyncio.subprocess.Process | None = None
    _pump: asyncio.Task[None] | None = None
    _lines: list[str] = field(default_factory=list)
    _ready: asyncio.Event = field(default_factory=asyncio.Event)
    _line_added: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def start(self, timeout: float = 90.0, expect_ready: bool = True) -> None:
        self._ready = asyncio.Event()
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUUM_")}
        env.update(self.env)
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        self._pump = asyncio.create_task(self._read())
        if expect_ready:
            ready = asyncio.create_task(self._ready.wait())
            ended = asyncio.create_task(self.proc.wait())
            await asyncio.wait({ready, ended}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            ready.cancel()
            ended.cancel()
            if not self._ready.is_set():
                tail = "\n".join(self._lines[-40:])
                await self.kill()
                raise RuntimeError(f"the bot did not become ready:\n{tail}")

    async def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        with self.log_file.open("a") as log:
            while True:
                raw = await self.proc.stdout.readline()
                if not raw:
                    break
                line = raw.decode(errors="replace").rstrip("\n")
                log.write(line + "\n")
                log.flush()
                async with self._line_added:
                    self._lines.append(line)
                    self._line_added.notify_all()
                if READY in line:
                    self._ready.set()

    async def wait_line(self, fragment: str, timeout: float = 60.0) -> str:
        async def waiter() -> str:
            async with self._line_added:
                await self._line_added.wait_for(lambda: any(fragment in x for x in self._lines))
                return next(x for x in self._lines if fragment in x)

        return await asyncio.wait_for(waiter(), timeout)

    async def wait_lines(self, fragment: str, count: int, timeout: float = 60.0) -> None:
        """Until `count` lines hold `fragment` (event ids are logged as keyed hashes: count them)."""
        async def waiter() -> None:
            async with self._line_added:
                await self._line_added.wait_for(lambda: sum(fragment in x for x in self._lines) >= count)

        await asyncio.wait_for(waiter(), timeout)

    async def wait_exit(self, timeout: float = 60.0) -> int:
        assert self.proc is not None
        code = await asyncio.wait_for(self.proc.wait(), timeout)
        if self._pump is not None:
            await self._pump
        return code

    async def stop(self) -> int:
        if self.proc is None or self.proc.returncode is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        return await self.wait_exit()

    async def kill(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.send_signal(signal.SIGKILL)
            await self.proc.wait()
        if self._pump is not None:
            with contextlib.suppress(Exception):
                await self._pump

    @property
    def output(self) -> str:
        return "\n".join(self._lines)
