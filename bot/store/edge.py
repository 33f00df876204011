"""Tables of the Matrix edge: sync position, processed events, rooms, undecryptable events,
the outbox of messages to send, and the identity key pinned for each person (TOFU).

Bound to a unit of work (`bot.store.unit`), so that callers group a state change with the
marker of the event that caused it.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.platform.sealing import SecretBox
from bot.store.db import fetch_all, fetch_one
from bot.store.sealed import IDENTITY, OUTBOX, PENDING, open_cell, pin_of

# What a pin that no longer opens reads as: never equal to a real key, so the person's identity
# counts as changed (and they are told) rather than as new.
UNREADABLE_PIN = "(an identity pin that could not be read)"


@dataclass(frozen=True)
class OutboxItem:
    id: int
    room_id: str
    txn_id: str
    event_type: str
    content: dict[str, Any]
    not_before: float
    attempts: int
    created_at: float = 0.0  # the unit of work's time: the items of one unit share it
    tag: str | None = None


@dataclass(frozen=True)
class PendingEvent:
    event_id: str
    room_id: str
    sender: str
    session_id: str
    source: dict[str, Any]
    received_at: float
    attempts: int
    told: bool = False  # the sender was told it could not be read
    superseded: bool = False  # ... and wrote again since: never handled, even if its key arrives


class EdgeRepo:
    def __init__(self, conn: aiosqlite.Connection, box: SecretBox) -> None:
        self.conn = conn
        self.box = box

    # --- meta / sync token ---------------------------------------------------------------
    async def get_meta(self, key: str) -> str | None:
        row = await fetch_one(self.conn, "SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    async def set_meta(self, key: str, value: str) -> None:
        await self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    async def sync_token(self) -> str | None:
        return await self.get_meta("sync_token")

    async def save_sync_token(self, token: str) -> None:
        await self.set_meta("sync_token", token)

    # --- processed events ----------------------------------------------------------------
    async def is_processed(self, event_id: str) -> bool:
        row = await fetch_one(self.conn, "SELECT 1 FROM processed_events WHERE event_id = ?", (event_id,))
        return row is not None

    async def mark_processed(self, event_id: str, room_id: str, now: float) -> bool:
        """Record the event as handled; False if it already was (the caller must roll back)."""
        cur = await self.conn.execute(
            "INSERT OR IGNORE INTO processed_events (event_id, room_id, processed_at) VALUES (?, ?, ?)",
            (event_id, room_id, now),
        )
        return bool(cur.rowcount == 1)

    async def purge_processed_before(self, cutoff: float) -> int:
        cur = await self.conn.execute("DELETE FROM processed_events WHERE processed_at < ?", (cutoff,))
        return int(cur.rowcount)

    # --- rooms ---------------------------------------------------------------------------
    async def room_joined_at(self, room_id: str) -> float | None:
        row = await fetch_one(self.conn, "SELECT joined_at FROM rooms WHERE room_id = ?", (room_id,))
        return None if row is None or row["joined_at"] is None else float(row["joined_at"])

    async def record_join(self, room_id: str, joined_at: float) -> None:
        """When the bot joined, by the homeserver's clock: older events are history."""
        await self.conn.execute(
            "INSERT INTO rooms (room_id, joined_at) VALUES (?, ?) "
            "ON CONFLICT(room_id) DO UPDATE SET joined_at = excluded.joined_at, left_at = NULL",
            (room_id, joined_at),
        )

    async def record_leave(self, room_id: str, now: float) -> None:
        await self.conn.execute("UPDATE rooms SET left_at = ?, joined_at = NULL WHERE room_id = ?", (now, room_id))

    async def pin_encrypted(self, room_id: str) -> None:
        """Once a room was seen encrypted it stays so for us, whatever the state says later."""
        await self.conn.execute(
            "INSERT INTO rooms (room_id, encrypted) VALUES (?, 1) ON CONFLICT(room_id) DO UPDATE SET encrypted = 1",
            (room_id,),
        )

    async def is_pinned_encrypted(self, room_id: str) -> bool:
        row = await fetch_one(self.conn, "SELECT encrypted FROM rooms WHERE room_id = ?", (room_id,))
        return bool(row and row["encrypted"])

    # --- undecryptable events ------------------------------------------------------------
    async def add_pending(
        self, event_id: str, room_id: str, sender: str, session_id: str, source: dict[str, Any], now: float
    ) -> None:
        sealed = self.box.seal(json.dumps(source).encode(), PENDING.context(event_id, room_id, sender))
        await self.conn.execute(
            "INSERT OR IGNORE INTO pending_events "
            "(event_id, room_id, sender, session_id, event_sealed, received_at) VALUES (?, ?, ?, ?, ?, ?)",
            (event_id, room_id, sender, session_id, sealed, now),
        )

    async def pending(
        self, sessions: Collection[str] | None = None, room_id: str | None = None
    ) -> list[PendingEvent]:
        """Kept events, oldest first: of `sessions` (None: any) and of `room_id` (None: any)."""
        sql = "SELECT * FROM pending_events WHERE 1 = 1"
        params: list[object] = []
        if sessions is not None:
            sql += " AND session_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(sorted(sessions)))
        if room_id is not None:
            sql += " AND room_id = ?"
            params.append(room_id)
        rows = await fetch_all(self.conn, sql + " ORDER BY received_at, rowid", tuple(params))
        out = []
        for r in rows:
            source = open_cell(self.box, PENDING, r)
            if source is None:
                continue  # damaged: retention removes it with the other events whose key never came
            out.append(PendingEvent(
                event_id=r["event_id"],
                room_id=r["room_id"],
                sender=r["sender"],
                session_id=r["session_id"],
                source=json.loads(source),
                received_at=r["received_at"],
                attempts=r["attempts"],
                told=r["told_at"] is not None,
                superseded=bool(r["superseded"]),
            ))
        return out

    async def pending_rooms(self) -> list[str]:
        """Rooms with kept events (cheap: nothing is opened)."""
        rows = await fetch_all(self.conn, "SELECT DISTINCT room_id FROM pending_events")
        return [str(r["room_id"]) for r in rows]

    async def untold_pending(self) -> list[tuple[str, str, float]]:
        """(room, sender, received_at of the oldest) for kept events whose sender was not told yet."""
        rows = await fetch_all(
            self.conn,
            "SELECT room_id, sender, MIN(received_at) AS first FROM pending_events "
            "WHERE told_at IS NULL AND superseded = 0 GROUP BY room_id, sender ORDER BY first",
        )
        return [(str(r["room_id"]), str(r["sender"]), float(r["first"])) for r in rows]

    async def mark_told(self, room_id: str, sender: str, now: float) -> int:
        """The sender was told that their kept events in the room could not be read."""
        cur = await self.conn.execute(
            "UPDATE pending_events SET told_at = ? WHERE room_id = ? AND sender = ? AND told_at IS NULL",
            (now, room_id, sender),
        )
        return int(cur.rowcount)

    async def supersede_told(self, room_id: str, sender: str, written_at: float) -> None:
        """The sender wrote again (at `written_at`) after being told their kept events could not be
        read: what they wrote replaces those, which are never handled even if their key arrives."""
        await self.conn.execute(
            "UPDATE pending_events SET superseded = 1 WHERE room_id = ? AND sender = ? AND told_at < ?",
            (room_id, sender, written_at),
        )

    async def drop_pending(self, event_id: str) -> None:
        await self.conn.execute("DELETE FROM pending_events WHERE event_id = ?", (event_id,))

    async def bump_pending(self, event_id: str) -> None:
        await self.conn.execute("UPDATE pending_events SET attempts = attempts + 1 WHERE event_id = ?", (event_id,))

    # --- outbox --------------------------------------------------------------------------
    async def enqueue(
        self,
        room_id: str,
        content: dict[str, Any],
        txn_id: str,
        now: float,
        not_before: float = 0.0,
        event_type: str = "m.room.message",
        tag: str | None = None,
    ) -> None:
        sealed = self.box.seal(json.dumps(content).encode(), OUTBOX.context(txn_id, room_id, event_type))
        await self.conn.execute(
            "INSERT INTO outbox (room_id, txn_id, event_type, content_sealed, not_before, created_at, tag) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (room_id, txn_id, event_type, sealed, not_before, now, tag),
        )

    async def event_id_of_txn(self, txn_id: str) -> str | None:
        row = await fetch_one(self.conn, "SELECT event_id FROM outbox WHERE txn_id = ?", (txn_id,))
        return None if row is None or row["event_id"] is None else str(row["event_id"])

    async def tag_of_event(self, event_id: str) -> str | None:
        """The tag a sent message was queued with (e.g. which question it asked)."""
        # Several queued texts may have gone out as one event: the tagged one says what it was.
        row = await fetch_one(self.conn, "SELECT tag FROM outbox WHERE event_id = ? ORDER BY tag IS NULL, id DESC "
                              "LIMIT 1", (event_id,))
        return None if row is None or row["tag"] is None else str(row["tag"])

    async def unsent(self, room_id: str | None = None) -> list[OutboxItem]:
        sql = "SELECT * FROM outbox WHERE sent_at IS NULL"
        params: tuple[object, ...] = ()
        if room_id is not None:
            sql += " AND room_id = ?"
            params = (room_id,)
        rows = await fetch_all(self.conn, sql + " ORDER BY id", params)
        out = []
        for r in rows:
            content = open_cell(self.box, OUTBOX, r)
            if content is None:
                # Damaged, or moved here from another row: never sent (it could be someone
                # else's words); retention removes it with the other undeliverable rows.
                continue
            out.append(OutboxItem(
                id=r["id"],
                room_id=r["room_id"],
                txn_id=r["txn_id"],
                event_type=r["event_type"],
                content=json.loads(content),
                not_before=r["not_before"],
                attempts=r["attempts"],
                created_at=r["created_at"],
                tag=r["tag"],
            ))
        return out

    async def unsent_rooms(self) -> list[str]:
        """Rooms with messages still to send (nothing is opened: cheap with a long queue)."""
        rows = await fetch_all(self.conn, "SELECT DISTINCT room_id FROM outbox WHERE sent_at IS NULL")
        return [str(r["room_id"]) for r in rows]

    async def mark_sent(self, item_id: int, event_id: str, now: float) -> None:
        # The content is no longer needed once delivered: drop it rather than keep a copy.
        await self.conn.execute(
            "UPDATE outbox SET sent_at = ?, event_id = ?, content_sealed = x'' WHERE id = ?",
            (now, event_id, item_id),
        )

    async def mark_attempt(self, item_id: int) -> None:
        await self.conn.execute("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", (item_id,))

    async def failing_in_room(self, room_id: str, min_attempts: int) -> int:
        """Messages for a room that still wait after `min_attempts` failed sends (it is unreachable)."""
        row = await fetch_one(
            self.conn, "SELECT COUNT(*) FROM outbox WHERE room_id = ? AND sent_at IS NULL AND attempts >= ?",
            (room_id, min_attempts),
        )
        return int(row[0]) if row else 0

    async def sent_event_ids(self, room_id: str) -> list[str]:
        rows = await fetch_all(
            self.conn,
            "SELECT event_id FROM outbox WHERE room_id = ? AND event_id IS NOT NULL ORDER BY id", (room_id,)
        )
        return [str(r["event_id"]) for r in rows]

    async def purge_sent_before(self, cutoff: float) -> int:
        cur = await self.conn.execute("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?", (cutoff,))
        return int(cur.rowcount)

    # --- identity pins (TOFU) ------------------------------------------------------------
    # Kept for as long as the account is known — erasure and retention leave them: a public key,
    # kept so that a changed identity is noticed even after the person's data is gone. The row
    # is found by a keyed hash of the user id and sealed, so it names nobody (migration 6).
    async def _pin(self, user_id: str) -> tuple[str, dict[str, Any] | None, bool]:
        """(pin, the pinned value or None, whether a row exists)."""
        pin = pin_of(self.box, user_id)
        row = await fetch_one(self.conn, "SELECT pin, sealed FROM identity_pins WHERE pin = ?", (pin,))
        if row is None:
            return pin, None, False
        opened = open_cell(self.box, IDENTITY, row)
        return pin, None if opened is None else json.loads(opened), True

    async def get_master_key(self, user_id: str) -> str | None:
        _pin, value, exists = await self._pin(user_id)
        if not exists:
            return None
        return UNREADABLE_PIN if value is None else str(value["master_key"])

    async def set_master_key(self, user_id: str, key: str, now: float) -> None:
        pin, old, exists = await self._pin(user_id)
        value = {
            "master_key": key,
            "first_seen": old["first_seen"] if old is not None else now,
            "changed_at": now if exists else None,
        }
        await self.conn.execute(
            "INSERT INTO identity_pins (pin, sealed) VALUES (?, ?) "
            "ON CONFLICT(pin) DO UPDATE SET sealed = excluded.sealed",
            (pin, self.box.seal(json.dumps(value).encode(), IDENTITY.context(pin))),
        )

    # --- privacy: erasure, panic wipe, export, retention ----------------------------------
    async def delete_meta(self, key: str) -> None:
        await self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    async def meta_keys(self, prefix: str) -> list[str]:
        rows = await fetch_all(self.conn, "SELECT key FROM meta WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))
        return [str(r["key"]) for r in rows]

    async def latest_tag(self, room_id: str) -> tuple[str | None, float] | None:
        """The tag and queueing time of the bot's most recent message in the room (sent or not)."""
        async with self.conn.execute(
            "SELECT tag, created_at FROM outbox WHERE room_id = ? ORDER BY id DESC LIMIT 1", (room_id,)
        ) as cur:
            row = await cur.fetchone()
        return None if row is None else (row["tag"], float(row["created_at"]))

    async def processed_in_room(self, room_id: str) -> list[str]:
        """Event ids handled in the room (what people wrote and tapped), oldest first."""
        rows = await fetch_all(
            self.conn,
            "SELECT event_id FROM processed_events WHERE room_id = ? ORDER BY processed_at", (room_id,)
        )
        return [str(r["event_id"]) for r in rows]

    async def drop_unsent(self, room_id: str) -> int:
        """Forget what was still waiting to be said in the room."""
        cur = await self.conn.execute("DELETE FROM outbox WHERE room_id = ? AND sent_at IS NULL", (room_id,))
        return int(cur.rowcount)

    async def drop_unsent_mentioning(self, needles: list[str]) -> int:
        """Unsent messages elsewhere (e.g. a card for the mentor room) that name one of `needles`."""
        async with self.conn.execute(
            "SELECT id, txn_id, room_id, event_type, content_sealed FROM outbox WHERE sent_at IS NULL"
        ) as cur:
            rows = list(await cur.fetchall())
        doomed = []
        for r in rows:
            content = open_cell(self.box, OUTBOX, r)
            # A row that does not open is never sent: it goes too, in case it names them.
            text = "" if content is None else content.decode("utf-8", "replace").casefold()
            if content is None or any(n.casefold() in text for n in needles if n):
                doomed.append(int(r["id"]))
        for item_id in doomed:
            await self.conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
        return len(doomed)

    async def drop_pending_for(self, user_id: str, room_ids: list[str]) -> int:
        """Undecryptable events the person sent, or that wait in their rooms."""
        cur = await self.conn.execute(
            "DELETE FROM pending_events WHERE sender = ? OR room_id IN (SELECT value FROM json_each(?))",
            (user_id, json.dumps(room_ids)),
        )
        return int(cur.rowcount)

    async def forget_room(self, room_id: str, rejoined_at: float | None) -> None:
        """Drop every trace of the room in the edge's tables.

        The event markers stay, without the room, so that an event already handled is never
        handled again (retention removes them later). With `rejoined_at` the bot stays in the
        room: it remembers only that the room is encrypted and that everything before
        `rejoined_at` (the homeserver's clock) is history.
        """
        await self.conn.execute("DELETE FROM outbox WHERE room_id = ?", (room_id,))
        await self.conn.execute("UPDATE processed_events SET room_id = '' WHERE room_id = ?", (room_id,))
        await self.conn.execute("DELETE FROM pending_events WHERE room_id = ?", (room_id,))
        async with self.conn.execute("SELECT encrypted FROM rooms WHERE room_id = ?", (room_id,)) as cur:
            row = await cur.fetchone()
        await self.conn.execute("DELETE FROM rooms WHERE room_id = ?", (room_id,))
        if rejoined_at is not None:
            await self.conn.execute(
                "INSERT INTO rooms (room_id, encrypted, joined_at) VALUES (?, ?, ?)",
                (room_id, int(bool(row and row["encrypted"])), rejoined_at),
            )

    async def identity_of(self, user_id: str) -> dict[str, Any] | None:
        """The person's pinned identity key and its times (for their export), if any."""
        _pin, value, _exists = await self._pin(user_id)
        return value

    async def purge_pending_before(self, cutoff: float) -> int:
        """Undecryptable events whose key never came."""
        cur = await self.conn.execute("DELETE FROM pending_events WHERE received_at < ?", (cutoff,))
        return int(cur.rowcount)

    async def purge_unsent_before(self, cutoff: float) -> int:
        """Messages that could not be delivered for the whole period: nobody is waiting for them."""
        cur = await self.conn.execute(
            "DELETE FROM outbox WHERE sent_at IS NULL AND created_at < ? AND not_before < ?", (cutoff, cutoff)
        )
        return int(cur.rowcount)

    async def purge_left_rooms_before(self, cutoff: float) -> int:
        cur = await self.conn.execute("DELETE FROM rooms WHERE joined_at IS NULL AND left_at < ?", (cutoff,))
        return int(cur.rowcount)
