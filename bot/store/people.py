"""People and their conversations. The flow state (answers included) is sealed at rest."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import aiosqlite

from bot.platform.sealing import SecretBox
from bot.store.db import fetch_all
from bot.store.sealed import PROFILE, STATE, open_cell


@dataclass(frozen=True)
class StoredState:
    """One conversation as kept: the flow state's JSON (answers included), opened."""

    room_id: str
    flow: str | None
    state_json: str | None
    updated_at: float


@dataclass
class Person:
    user_id: str
    lang: str | None = None
    timezone: str | None = None
    country: str | None = None
    profile: dict[str, Any] = field(default_factory=dict)
    paused: bool = False


class PeopleRepo:
    def __init__(self, conn: aiosqlite.Connection, box: SecretBox) -> None:
        self.conn = conn
        self.box = box

    async def get(self, user_id: str) -> Person | None:
        async with self.conn.execute("SELECT * FROM people WHERE user_id = ?", (user_id,)) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        profile: dict[str, Any] = {}
        if row["profile_sealed"]:
            # A damaged profile reads as none: the person is asked again, never shown another's.
            opened = open_cell(self.box, PROFILE, row)
            profile = json.loads(opened) if opened is not None else {}
        return Person(row["user_id"], row["lang"], row["timezone"], row["country"], profile, bool(row["paused"]))

    async def save(self, person: Person, now: float) -> None:
        """Insert or update preferences and profile; `paused` is only changed by the follow-ups."""
        sealed = (self.box.seal(json.dumps(person.profile).encode(), PROFILE.context(person.user_id))
                  if person.profile else None)
        await self.conn.execute(
            "INSERT INTO people (user_id, lang, timezone, country, profile_sealed, paused, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET lang = excluded.lang, "
            "timezone = excluded.timezone, country = excluded.country, profile_sealed = excluded.profile_sealed, "
            "updated_at = excluded.updated_at",
            (person.user_id, person.lang, person.timezone, person.country, sealed, int(person.paused), now, now),
        )

    async def load_state(self, room_id: str, user_id: str) -> str | None:
        async with self.conn.execute(
            "SELECT room_id, user_id, state_sealed FROM conversations WHERE room_id = ? AND user_id = ?",
            (room_id, user_id),
        ) as cur:
            row = await cur.fetchone()
        if row is None or row["state_sealed"] is None:
            return None
        # A damaged state reads as none: the conversation starts afresh.
        opened = open_cell(self.box, STATE, row)
        return None if opened is None else opened.decode("utf-8")

    async def save_state(
        self, room_id: str, user_id: str, flow: str | None, state_json: str | None,
        now: float,
    ) -> None:
        sealed = None if state_json is None else self.box.seal_text(state_json, STATE.context(room_id, user_id))
        await self.conn.execute(
            "INSERT INTO conversations (room_id, user_id, flow, state_sealed, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(room_id, user_id) DO UPDATE SET flow = excluded.flow, state_sealed = excluded.state_sealed, "
            "updated_at = excluded.updated_at",
            (room_id, user_id, flow, sealed, now),
        )

    async def state_updated_at(self, room_id: str, user_id: str) -> float | None:
        """When the person's conversation in the room last moved (epoch seconds), or None."""
        async with self.conn.execute(
            "SELECT updated_at FROM conversations WHERE room_id = ? AND user_id = ?", (room_id, user_id)
        ) as cur:
            row = await cur.fetchone()
        return None if row is None else float(row["updated_at"])

    async def rooms_of(self, user_id: str) -> list[str]:
        rows = await fetch_all(self.conn, "SELECT room_id FROM conversations WHERE user_id = ?", (user_id,))
        return [str(r["room_id"]) for r in rows]

    async def count_by_flow(self) -> dict[str, int]:
        rows = await fetch_all(self.conn, "SELECT flow, COUNT(*) AS n FROM conversations GROUP BY flow")
        return {str(r["flow"]): int(r["n"]) for r in rows if r["flow"] is not None}

    async def delete(self, user_id: str) -> None:
        await self.conn.execute("DELETE FROM conversations WHERE user_id = ?", (user_id,))
        await self.conn.execute("DELETE FROM people WHERE user_id = ?", (user_id,))

    # --- privacy: export and retention -----------------------------------------------------
    async def states_of(self, user_id: str) -> list[StoredState]:
        async with self.conn.execute(
            "SELECT room_id, user_id, flow, state_sealed, updated_at FROM conversations WHERE user_id = ? "
            "ORDER BY room_id",
            (user_id,),
        ) as cur:
            rows = list(await cur.fetchall())
        out = []
        for r in rows:
            opened = None if r["state_sealed"] is None else open_cell(self.box, STATE, r)
            out.append(StoredState(str(r["room_id"]), r["flow"], None if opened is None else opened.decode("utf-8"),
                                   float(r["updated_at"])))
        return out

    async def purge_inactive(self, cutoff: float) -> tuple[int, list[str]]:
        """Retention: conversations not updated since `cutoff`, then the people with nothing left.

        A person stays while they have a conversation, a follow-up still to come or a case still
        open, even if their row is older. Returns (conversations deleted, people deleted).
        """
        cur = await self.conn.execute("DELETE FROM conversations WHERE updated_at < ?", (cutoff,))
        conversations = int(cur.rowcount)
        async with self.conn.execute(
            "SELECT user_id FROM people p WHERE p.updated_at < ? "
            "AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.user_id = p.user_id) "
            "AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.user_id = p.user_id "
            "AND f.status IN ('scheduled', 'offered')) "
            "AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.user_id = p.user_id AND k.status != 'closed')",
            (cutoff,),
        ) as cur2:
            gone = [str(r["user_id"]) for r in await cur2.fetchall()]
        for user_id in gone:
            await self.conn.execute("DELETE FROM people WHERE user_id = ?", (user_id,))
        return conversations, gone
