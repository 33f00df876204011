"""The `followups` table: promises to come back to a person, and the person's pause switch.

The table is the queue: a row is 'scheduled' until it is offered (delivered into the outbox),
then 'done' or 'cancelled' once the person answers. Times are UTC epoch seconds; the zone is an
IANA name so tzdata changes still apply to rows already written. The text (a message id or a
mentor's own words) is sealed.

Like every repository it is bound to a unit of work (`bot.store.unit`), so a follow-up is
scheduled, offered or answered together with the event that caused it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, cast

import aiosqlite

from bot.platform.sealing import SecretBox
from bot.store.db import fetch_all, fetch_one
from bot.store.sealed import FOLLOWUP, open_cell

Source = Literal["flow", "mentor", "person"]
Status = Literal["scheduled", "offered", "done", "cancelled"]
OPEN: tuple[Status, ...] = ("scheduled", "offered")


def _utc(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@dataclass(frozen=True)
class Followup:
    """One row. `late` is not stored: the service sets it when delivering past the promised time."""

    id: int
    user_id: str
    room_id: str
    flow: str | None
    text: str
    source: Source
    case_id: int | None
    tz_name: str
    due_at: datetime
    deliver_at: datetime
    status: Status
    created_at: datetime
    delivered_at: datetime | None
    snoozed_count: int
    late: bool = False
    schedule: str | None = None  # the schedule that planned it (flows/schedules/<id>.yaml)
    expires_at: datetime | None = None  # not offered after this (planned check-ins only)


@dataclass(frozen=True)
class Timing:
    """Just what rescheduling needs, without opening the sealed text."""

    id: int
    tz_name: str
    due_at: float
    deliver_at: float


def _timing(r: aiosqlite.Row) -> Timing:
    return Timing(int(r["id"]), str(r["timezone"]), float(r["due_at"]), float(r["deliver_at"]))


class FollowupsRepo:
    """A paused person (`people.paused`) gets nothing delivered: `due`/`next_due` skip their rows,
    which simply stay 'scheduled' until they resume."""

    def __init__(self, conn: aiosqlite.Connection, box: SecretBox, *, writable: bool = False) -> None:
        self.conn = conn
        self.box = box
        self.writable = writable  # inside a write unit: a damaged row found is closed at once

    def _row(self, r: aiosqlite.Row) -> Followup | None:
        """The row, or None when its text does not open (damaged: never delivered)."""
        text = open_cell(self.box, FOLLOWUP, r)
        if text is None:
            return None
        return Followup(
            id=int(r["id"]),
            user_id=str(r["user_id"]),
            room_id=str(r["room_id"]),
            flow=None if r["flow"] is None else str(r["flow"]),
            text=text.decode("utf-8"),
            source=cast(Source, r["source"]),
            case_id=None if r["case_id"] is None else int(r["case_id"]),
            tz_name=str(r["timezone"]),
            due_at=_utc(r["due_at"]),
            deliver_at=_utc(r["deliver_at"]),
            status=cast(Status, r["status"]),
            created_at=_utc(r["created_at"]),
            delivered_at=None if r["delivered_at"] is None else _utc(r["delivered_at"]),
            snoozed_count=int(r["snoozed_count"]),
            schedule=None if r["schedule"] is None else str(r["schedule"]),
            expires_at=None if r["expires_at"] is None else _utc(r["expires_at"]),
        )

    # --- writing -------------------------------------------------------------------------
    async def add(
        self,
        *,
        user_id: str,
        room_id: str,
        flow: str | None,
        text: str,
        source: Source,
        case_id: int | None,
        tz_name: str,
        due_at: float,
        deliver_at: float,
        now: float,
        schedule: str | None = None,
        expires_at: float | None = None,
    ) -> int:
        cur = await self.conn.execute(
            "INSERT INTO followups (user_id, room_id, flow, text_sealed, source, case_id, timezone, "
            "due_at, deliver_at, status, created_at, schedule, expires_at) "
            "VALUES (?, ?, ?, x'', ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?)",
            (
                user_id,
                room_id,
                flow,
                source,
                case_id,
                tz_name,
                due_at,
                deliver_at,
                now,
                schedule,
                expires_at,
            ),
        )
        row_id = cur.lastrowid
        if row_id is None:
            raise RuntimeError("the follow-up was not inserted")
        # Sealed under the row's id, known only now (same transaction).
        await self.conn.execute("UPDATE followups SET text_sealed = ? WHERE id = ?",
                                (self.box.seal_text(text, FOLLOWUP.context(int(row_id), user_id, room_id)), row_id))
        return int(row_id)

    async def mark_offered(self, followup_id: int, now: float) -> bool:
        """'scheduled' → 'offered'; False if it was not scheduled any more (someone got there first)."""
        cur = await self.conn.execute(
            "UPDATE followups SET status = 'offered', delivered_at = ? WHERE id = ? AND status = 'scheduled'",
            (now, followup_id),
        )
        return bool(cur.rowcount == 1)

    async def complete(self, followup_id: int, now: float) -> bool:
        cur = await self.conn.execute(
            "UPDATE followups SET status = 'done', closed_at = ? WHERE id = ? AND status IN ('scheduled', 'offered')",
            (now, followup_id),
        )
        return bool(cur.rowcount == 1)

    async def cancel(self, followup_id: int, now: float) -> bool:
        cur = await self.conn.execute(
            "UPDATE followups SET status = 'cancelled', closed_at = ? "
            "WHERE id = ? AND status IN ('scheduled', 'offered')",
            (now, followup_id),
        )
        return bool(cur.rowcount == 1)

    async def snooze(self, followup_id: int, due_at: float, deliver_at: float) -> bool:
        """A new promise for an open follow-up: back to 'scheduled', counted as a snooze. It no
        longer expires: "later" is the person's own request."""
        cur = await self.conn.execute(
            "UPDATE followups SET status = 'scheduled', due_at = ?, deliver_at = ?, delivered_at = NULL, "
            "expires_at = NULL, snoozed_count = snoozed_count + 1 WHERE id = ? AND status IN ('scheduled', 'offered')",
            (due_at, deliver_at, followup_id),
        )
        return bool(cur.rowcount == 1)

    async def set_deliver_at(self, followup_id: int, deliver_at: float) -> bool:
        """Move a scheduled row's delivery (quiet hours or rules changed); the promise stays."""
        cur = await self.conn.execute(
            "UPDATE followups SET deliver_at = ? WHERE id = ? AND status = 'scheduled'",
            (deliver_at, followup_id),
        )
        return bool(cur.rowcount == 1)

    async def set_deliver_at_many(self, moves: list[tuple[int, float]]) -> None:
        """`set_deliver_at` for many (id, deliver_at) pairs in one round trip to SQLite's thread."""
        await self.conn.executemany(
            "UPDATE followups SET deliver_at = ? WHERE id = ? AND status = 'scheduled'",
            [(deliver_at, followup_id) for followup_id, deliver_at in moves],
        )

    async def set_timezone(self, followup_id: int, tz_name: str, deliver_at: float) -> None:
        await self.conn.execute(
            "UPDATE followups SET timezone = ?, deliver_at = ? WHERE id = ? AND status = 'scheduled'",
            (tz_name, deliver_at, followup_id),
        )

    async def cancel_all_for_user(self, user_id: str, now: float) -> int:
        cur = await self.conn.execute(
            "UPDATE followups SET status = 'cancelled', closed_at = ? "
            "WHERE user_id = ? AND status IN ('scheduled', 'offered')",
            (now, user_id),
        )
        return int(cur.rowcount)

    async def delete_scheduled_of_schedule(self, user_id: str, schedule: str) -> int:
        """Remove a person's planned rows of one schedule that were never offered nor moved by them
        (a new plan replaces them). Offered, answered, declined and snoozed rows stay: they are
        what happened, or what the person asked for."""
        cur = await self.conn.execute(
            "DELETE FROM followups WHERE user_id = ? AND schedule = ? AND status = 'scheduled' AND snoozed_count = 0",
            (user_id, schedule),
        )
        return int(cur.rowcount)

    async def delete_for_user(self, user_id: str) -> int:
        """Erase every follow-up of a person, whatever its status ("delete my data")."""
        cur = await self.conn.execute("DELETE FROM followups WHERE user_id = ?", (user_id,))
        return int(cur.rowcount)

    async def purge_closed_before(self, cutoff: float) -> int:
        """Retention: answered or cancelled follow-ups, and offers never answered, older than `cutoff`."""
        cur = await self.conn.execute(
            "DELETE FROM followups WHERE (status IN ('done', 'cancelled') AND closed_at < ?) "
            "OR (status = 'offered' AND delivered_at < ?)",
            (cutoff, cutoff),
        )
        return int(cur.rowcount)

    # --- pause (the person's switch lives in `people`) -----------------------------------
    async def set_paused(self, user_id: str, paused: bool, now: float) -> None:
        await self.conn.execute(
            "INSERT INTO people (user_id, paused, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET paused = excluded.paused, updated_at = excluded.updated_at",
            (user_id, int(paused), now, now),
        )

    async def is_paused(self, user_id: str) -> bool:
        rows = await fetch_all(self.conn, "SELECT paused FROM people WHERE user_id = ?", (user_id,))
        return bool(rows and rows[0]["paused"])

    # --- reading -------------------------------------------------------------------------
    async def get(self, followup_id: int) -> Followup | None:
        rows = await fetch_all(self.conn, "SELECT * FROM followups WHERE id = ?", (followup_id,))
        row = self._row(rows[0]) if rows else None
        if rows and row is None and self.writable:
            # Damaged: it can never be delivered, so it must not stay due (the scheduler would
            # wake for it again and again). Cancelled, it goes with retention.
            await self.conn.execute(
                "UPDATE followups SET status = 'cancelled', closed_at = COALESCE(closed_at, created_at) "
                "WHERE id = ? AND status IN ('scheduled', 'offered')", (followup_id,),
            )
        return row

    async def for_user(self, user_id: str, statuses: tuple[Status, ...] = OPEN) -> list[Followup]:
        rows = await fetch_all(
            self.conn,
            "SELECT * FROM followups WHERE user_id = ? AND status IN (SELECT value FROM json_each(?)) "
            "ORDER BY deliver_at, id",
            (user_id, json.dumps(statuses)),
        )
        return [f for f in (self._row(r) for r in rows) if f is not None]

    async def for_schedule(self, user_id: str, schedule: str) -> list[Followup]:
        """A person's rows planned by one schedule, whatever their status, oldest first."""
        rows = await fetch_all(
            self.conn,
            "SELECT * FROM followups WHERE user_id = ? AND schedule = ? ORDER BY due_at, id",
            (user_id, schedule),
        )
        return [f for f in (self._row(r) for r in rows) if f is not None]

    async def for_case(self, case_id: int, statuses: tuple[Status, ...] = ("scheduled",)) -> list[Followup]:
        """The follow-ups mentors asked for about a case, soonest first."""
        rows = await fetch_all(
            self.conn,
            "SELECT * FROM followups WHERE case_id = ? AND source = 'mentor' "
            "AND status IN (SELECT value FROM json_each(?)) ORDER BY deliver_at, id",
            (case_id, json.dumps(statuses)),
        )
        return [f for f in (self._row(r) for r in rows) if f is not None]

    async def due(self, now: float, limit: int, after: tuple[float, int] = (float("-inf"), 0)) -> list[Timing]:
        """Scheduled rows of people not paused with deliver_at ≤ now, oldest first, after the
        (deliver_at, id) cursor `after` so a caller can walk past rows it could not deliver.
        Timings only: the caller re-reads each row under the write lock before acting on it."""
        rows = await fetch_all(
            self.conn,
            "SELECT f.id, f.timezone, f.due_at, f.deliver_at FROM followups f "
            "WHERE f.status = 'scheduled' AND f.deliver_at <= ? AND (f.deliver_at, f.id) > (?, ?) "
            "AND NOT EXISTS (SELECT 1 FROM people p WHERE p.user_id = f.user_id AND p.paused = 1) "
            "ORDER BY f.deliver_at, f.id LIMIT ?",
            (now, after[0], after[1], limit),
        )
        return [_timing(r) for r in rows]

    async def next_due(self) -> float | None:
        """The earliest deliver_at among scheduled rows of people not paused (uses the index)."""
        row = await fetch_one(
            self.conn,
            "SELECT f.deliver_at FROM followups f WHERE f.status = 'scheduled' "
            "AND NOT EXISTS (SELECT 1 FROM people p WHERE p.user_id = f.user_id AND p.paused = 1) "
            "ORDER BY f.deliver_at LIMIT 1"
        )
        return None if row is None else float(row["deliver_at"])

    async def count_due(self, now: float) -> int:
        row = await fetch_one(
            self.conn,
            "SELECT COUNT(*) AS n FROM followups f WHERE f.status = 'scheduled' AND f.deliver_at <= ? "
            "AND NOT EXISTS (SELECT 1 FROM people p WHERE p.user_id = f.user_id AND p.paused = 1)",
            (now,),
        )
        return 0 if row is None else int(row["n"])

    async def count_by_status(self) -> dict[str, int]:
        rows = await fetch_all(self.conn, "SELECT status, COUNT(*) AS n FROM followups GROUP BY status")
        return {str(r["status"]): int(r["n"]) for r in rows}

    async def scheduled_after(self, last_id: int, chunk_size: int = 1000) -> list[Timing]:
        """The timings of scheduled rows with an id above `last_id`, `chunk_size` at most (keyset by
        id: a caller walking the table in chunks keeps memory bounded at any size)."""
        rows = await fetch_all(
            self.conn,
            # `+status`: walk the primary key (each chunk a range), not the status index,
            # which would make SQLite sort every scheduled row again for each chunk.
            "SELECT id, timezone, due_at, deliver_at FROM followups "
            "WHERE +status = 'scheduled' AND id > ? ORDER BY id LIMIT ?",
            (last_id, chunk_size),
        )
        return [_timing(r) for r in rows]

    async def scheduled_for_user(self, user_id: str) -> list[Timing]:
        rows = await fetch_all(
            self.conn,
            "SELECT id, timezone, due_at, deliver_at FROM followups WHERE user_id = ? AND status = 'scheduled'",
            (user_id,),
        )
        return [_timing(r) for r in rows]


__all__ = ["OPEN", "Followup", "FollowupsRepo", "Source", "Status", "Timing"]
