"""`continuum chat --as mentor` against a real Synapse and a running bot: the terminal client shows a
case's card and its thread, replies in the thread, claims by reaction, and sees the card's edit.

The client runs as the real command (a subprocess with pipes), cross-signing its own device as
Element would; the activist is the harness's matrix-nio client. Every step waits for a line or a
message; nothing sleeps.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.matrix.rooms import create_encrypted_room
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts
from tests.integration.scripts import WAIT, open_chat_and_onboard, text, text_until
from tests.integration.test_mentor_room import expect, mentor_env

pytestmark = pytest.mark.integration


@dataclass
class Terminal:
    """`continuum chat …` with its stdin and stdout on pipes."""

    proc: asyncio.subprocess.Process
    lines: list[str] = field(default_factory=list)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    pump: asyncio.Task[None] | None = None

    @classmethod
    async def start(cls, *args: str, env: dict[str, str]) -> Terminal:
        full = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUUM_")} | env
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "chat", *args, env=full,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        term = cls(proc)
        term.pump = asyncio.create_task(term._read())
        return term

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        while raw := await self.proc.stdout.readline():
            async with self.changed:
                self.lines.append(raw.decode(errors="replace").rstrip("\n"))
                self.changed.notify_all()

    async def wait(self, fragment: str, after: int = 0, timeout: float = WAIT) -> int:
        """The index of the first line from `after` on that contains `fragment`."""
        def found() -> int | None:
            return next((i for i, line in enumerate(self.lines) if i >= after and fragment in line), None)

        async def waiter() -> int:
            async with self.changed:
                await self.changed.wait_for(lambda: found() is not None)
            index = found()
            assert index is not None
            return index

        try:
            return await asyncio.wait_for(waiter(), timeout)
        except TimeoutError:
            shown = "\n".join(self.lines[-30:])
            raise AssertionError(f"no {fragment!r} on the terminal; it shows:\n{shown}") from None

    async def type(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((line + "\n").encode())
        await self.proc.stdin.drain()

    async def close(self) -> int:
        if self.proc.stdin is not None and not self.proc.stdin.is_closing():
            self.proc.stdin.close()
        try:
            code = await asyncio.wait_for(self.proc.wait(), WAIT)
        finally:
            if self.proc.returncode is None:
                self.proc.kill()
                await self.proc.wait()
            if self.pump is not None:
                with contextlib.suppress(Exception):
                    await self.pump
        return code

    @property
    def output(self) -> str:
        return "\n".join(self.lines)


async def test_the_mentor_terminal_shows_a_card_and_its_thread_and_works_the_case(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("chatbot")
    mentor_id, mentor_password = accounts.new("chatmentor")
    # The mentor creates the room once from another device (not cross-signed: the terminal client
    # will create the account's identity, as Element does on first login).
    setup = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "setup-store")
    await setup.login(cross_sign=False)
    room = await create_encrypted_room(setup.client, [bot_user], None, power={bot_user: 50})
    await setup.close()
    proc = BotProcess(mentor_env(synapse, bot_user, bot_password, tmp_path / "data", room), tmp_path / "bot.log")
    await proc.start()
    term: Terminal | None = None
    try:
        await proc.wait_line("mentor room checked")
        term = await Terminal.start("--as", "mentor", "--homeserver", synapse.url, "--user", mentor_id,
                                    "--bot", bot_user, "--room", room, "--store", str(tmp_path / "chat"),
                                    env={"CONTINUUM_CHAT_PASSWORD": mentor_password})
        await term.wait("In the mentor room as")

        dm = await open_chat_and_onboard(activist, bot_user)
        await activist.send(dm, "mentor")
        card = await term.wait("┌─ C-0001")
        await term.wait(f"│ {text('mentor-card-status-open')}", after=card)

        await activist.send(dm, "A car waits outside every evening")
        await term.wait("  ↳ C-0001 · bot: C-0001: A car waits outside every evening")

        mark = len(term.lines)
        await term.type("/claim 1")
        await term.wait("✎ card C-0001, edited by bot:", after=mark)
        await term.wait(f"  │ {text('mentor-card-status-claimed', mentor=mentor_id)}", after=mark)
        await expect(activist, dm, bot_user, text("mentor-person-taken"))

        await term.type("/reply 1 Are you somewhere safe right now?")
        said = await expect(activist, dm, bot_user, "Are you somewhere safe right now?")
        assert said.decrypted and said.body == f"{text('mentor-person-says')} Are you somewhere safe right now?"
        await term.wait("  ↳ C-0001 · you: Are you somewhere safe right now?")
        await term.wait("✅ bot reacted to your message in C-0001")

        await term.type("!cases")
        status = text("mentor-status-claimed", mentor=mentor_id)
        await term.wait(text_until("mentor-cases-line", "flow", case="C-0001", urgency=text("mentor-urgency-normal"),
                                   status=status))
        assert await term.close() == 0
        assert "Traceback" not in term.output and "could not be decrypted" not in term.output
    finally:
        if term is not None and term.proc.returncode is None:
            await term.close()
        await proc.kill()
