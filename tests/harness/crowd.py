"""Many E2EE activists in one process, each talking to bots in its own direct chats.

Every activist is a full `Activist` (matrix-nio + vodozemac, cross-signed like Element's device),
long-polling like Element does (30 s). `Chat.turn` sends one message and waits for the bot's
message that answers it; latency runs from just before the send request to the moment this
client had the reply decrypted. A reply that could not be decrypted is counted as such, never
as an answer. Waiting is done on the clients' own sync events, never by sleeping.
"""

from __future__ import annotations

import asyncio
import functools
import resource
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.harness.activist import Activist, Received
from tests.harness.synapse import Synapse


def raise_fd_limit() -> int:
    """Lift the soft open-files limit to the hard one (each client holds sockets and a store)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


async def _limited(limit: int, jobs: Sequence[Callable[[], object]]) -> list[object]:
    gate = asyncio.Semaphore(limit)

    async def one(job: Callable[[], object]) -> object:
        async with gate:
            result = job()
            return await result if asyncio.iscoroutine(result) else result

    return list(await asyncio.gather(*(one(j) for j in jobs)))


@dataclass
class Crowd:
    """`n` fresh accounts on `hs`, logged in as cross-signed E2EE clients."""

    hs: Synapse
    base: Path
    n: int
    prefix: str = "person"
    sync_timeout_ms: int = 30000
    people: list[Activist] = field(default_factory=list)

    async def login(self, concurrency: int = 8) -> None:
        tag = secrets.token_hex(3)
        names = [f"{self.prefix}{i}x{tag}" for i in range(self.n)]
        password = secrets.token_urlsafe(12)
        ids = await _limited(concurrency, [functools.partial(asyncio.to_thread, self.hs.register, name, password)
                                           for name in names])
        self.people = [
            Activist(self.hs.url, str(user_id), password, self.base / name, sync_timeout_ms=self.sync_timeout_ms)
            for user_id, name in zip(ids, names, strict=True)
        ]
        await _limited(concurrency, [p.login for p in self.people])

    async def close(self) -> None:
        await asyncio.gather(*(p.close() for p in self.people), return_exceptions=True)

    def undecryptable(self, rooms: dict[int, str]) -> int:
        return sum(self.people[i].undecryptable.get(room, 0) for i, room in rooms.items())


@dataclass
class Outcome:
    """One turn: what was said and how (and whether) the bot answered."""

    said: str
    sent_at: float
    answered_at: float | None = None
    error: str | None = None
    reply: Received | None = None  # the bot's message that answered

    @property
    def latency(self) -> float | None:
        return None if self.answered_at is None else self.answered_at - self.sent_at


@dataclass
class Chat:
    """One person's direct chat with one bot."""

    person: Activist
    bot: str
    room_id: str = ""
    _prepared: bool = False

    async def open(self, timeout: float = 120.0) -> float:
        """Create the encrypted DM, invite the bot; return the seconds until it joined."""
        started = time.perf_counter()
        self.room_id = await self.person.create_dm(self.bot)
        await self.person.wait_joined(self.room_id, self.bot, timeout)
        return time.perf_counter() - started

    def replies(self) -> list[Received]:
        return self.person.all_from(self.room_id, self.bot)

    def bodies(self) -> list[str]:
        return [m.body for m in self.replies()]

    def timeline(self) -> list[Received]:
        """Both sides of the chat, in the homeserver's order."""
        return list(self.person.messages.get(self.room_id, []))

    def doubled(self, asks: Callable[[str], bool]) -> int:
        """Replies the bot gave twice: a message repeated right after itself, or a second message
        asking a question (`asks`) before the person said anything (a question waits for an answer)."""
        count = questions = 0
        previous: str | None = None
        for m in self.timeline():
            if m.sender == self.person.user_id:
                questions, previous = 0, None
                continue
            if m.sender != self.bot:
                continue
            if m.body == previous:
                count += 1
            elif asks(m.body):
                questions += 1
                count += questions > 1
            previous = m.body
        return count

    @property
    def undecryptable(self) -> int:
        return self.person.undecryptable.get(self.room_id, 0)

    async def turn(self, say: str, answers: Callable[[str], bool], timeout: float) -> Outcome:
        """Say `say`; the outcome's `answered_at` is when the first new reply `answers` matched
        was decrypted here (None if none came within `timeout`)."""
        if not self._prepared:
            # Learn the bot's devices once; later sends skip the refresh (the bot keeps its device).
            await self.person.prepare_keys(self.room_id)
            self._prepared = True
        seen = len(self.replies())
        outcome = Outcome(say, time.perf_counter())
        try:
            await self.person.send(self.room_id, say, prepare=False)
        except Exception as e:  # a send the homeserver refused: the turn failed, the run goes on
            outcome.error = f"send failed: {type(e).__name__}"
            return outcome

        def found() -> Received | None:
            return next((m for m in self.replies()[seen:] if answers(m.body)), None)

        try:
            await self.person.wait_for(lambda: found() is not None, timeout)
        except TimeoutError:
            outcome.error = "no reply"
            return outcome
        reply = found()
        assert reply is not None
        outcome.answered_at, outcome.reply = reply.at, reply
        return outcome
