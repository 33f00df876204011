"""The one unit-of-work convention of the project.

- `Store.read()` gives a `Reader`: the repositories over a read-only connection inside one read
  transaction — a committed snapshot, never another coroutine's open transaction.
- `Store.write()` gives a `UnitOfWork`: the repositories over the write connection inside one
  `BEGIN IMMEDIATE` transaction, plus `send` (queue a message into the outbox in that same
  transaction) and `on_commit` (network work decided here, run only once the commit happened).
  After the commit the store hands the unit to its committed hook (the runtime wakes the rooms'
  senders and starts the jobs); after a rollback nothing of it leaves the process.

Domain code receives these units; it never sees a connection or the database driver.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import aiosqlite

from bot.platform.sealing import SecretBox
from bot.store.attachments import AttachmentsRepo
from bot.store.cases import CasesRepo
from bot.store.edge import EdgeRepo
from bot.store.followups import FollowupsRepo
from bot.store.identities import IdentitiesRepo
from bot.store.oncall import OnCallRepo
from bot.store.people import PeopleRepo
from bot.store.plans import PlansRepo

_TXN_REF = "$continuum-txn:"


def sent_event_ref(txn_id: str) -> str:
    """A placeholder for the event id of a queued message, filled in by the sender.

    Messages of a room go out in order, so a reaction or an edit queued after its target always
    finds the target's real event id.
    """
    return _TXN_REF + txn_id


def txn_of_ref(ref: str) -> str | None:
    """The transaction id a `sent_event_ref` placeholder stands for (None for a real event id)."""
    return ref[len(_TXN_REF):] if ref.startswith(_TXN_REF) else None


class Reader:
    """The repositories, bound to one connection inside one transaction."""

    def __init__(self, conn: aiosqlite.Connection, box: SecretBox, now: float, *, writable: bool = False) -> None:
        self.now = now
        self.edge = EdgeRepo(conn, box)
        self.people = PeopleRepo(conn, box)
        self.followups = FollowupsRepo(conn, box, writable=writable)
        self.attachments = AttachmentsRepo(conn, box)
        self.cases = CasesRepo(conn, box)
        self.oncall = OnCallRepo(conn)
        self.identities = IdentitiesRepo(conn, box)
        self.plans = PlansRepo(conn, box)


class UnitOfWork(Reader):
    """What a handler may do while its event is being recorded: write state, queue messages."""

    def __init__(self, conn: aiosqlite.Connection, box: SecretBox, now: float) -> None:
        super().__init__(conn, box, now, writable=True)
        self.rooms_to_flush: set[str] = set()
        self._on_commit: list[Callable[[], Awaitable[None]]] = []

    def on_commit(self, job: Callable[[], Awaitable[None]]) -> None:
        """Run `job` once this unit's transaction committed (never if it rolled back).

        For network work an event decided on — redactions, an upload, leaving a room — which
        must not run inside the transaction.
        """
        self._on_commit.append(job)

    @property
    def committed_jobs(self) -> list[Callable[[], Awaitable[None]]]:
        return list(self._on_commit)

    async def send(
        self,
        room_id: str,
        content: dict[str, Any],
        delay_s: float = 0.0,
        event_type: str = "m.room.message",
        tag: str | None = None,
    ) -> str:
        """Queue a message; returns its transaction id (see `sent_event_ref`)."""
        txn_id = f"cv{uuid.uuid4().hex}"
        await self.edge.enqueue(room_id, content, txn_id, self.now, not_before=self.now + delay_s,
                                event_type=event_type, tag=tag)
        self.rooms_to_flush.add(room_id)
        return txn_id


__all__ = ["Reader", "UnitOfWork", "sent_event_ref", "txn_of_ref"]
