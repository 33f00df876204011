"""Who is on call (declared with `!oncall on` in the mentor room), and the direct room the bot made
with each mentor for the on-call ladder's messages — created once, then reused.

Mentors' Matrix ids and room ids only: nothing about the people the team serves.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class OnCall:
    user_id: str
    since: float


class OnCallRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    # --- `!oncall on|off` --------------------------------------------------------------------
    async def set_on(self, user_id: str, now: float) -> bool:
        """True when `user_id` was not on call before."""
        cur = await self.conn.execute("INSERT OR IGNORE INTO oncall (user_id, since) VALUES (?, ?)", (user_id, now))
        return bool(cur.rowcount == 1)

    async def set_off(self, user_id: str) -> bool:
        """True when `user_id` was on call."""
        cur = await self.conn.execute("DELETE FROM oncall WHERE user_id = ?", (user_id,))
        return bool(cur.rowcount == 1)

    async def on_call(self) -> list[OnCall]:
        async with self.conn.execute("SELECT user_id, since FROM oncall ORDER BY since, user_id") as cur:
            rows = await cur.fetchall()
        return [OnCall(str(r["user_id"]), float(r["since"])) for r in rows]

    # --- the direct rooms --------------------------------------------------------------------
    async def dm_room(self, user_id: str) -> str | None:
        async with self.conn.execute("SELECT room_id FROM mentor_dms WHERE user_id = ?", (user_id,)) as cur:
            row = await cur.fetchone()
        return None if row is None else str(row["room_id"])

    async def set_dm_room(self, user_id: str, room_id: str, now: float) -> None:
        await self.conn.execute(
            "INSERT INTO mentor_dms (user_id, room_id, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET room_id = excluded.room_id, created_at = excluded.created_at",
            (user_id, room_id, now),
        )

    async def is_dm_room(self, room_id: str) -> bool:
        async with self.conn.execute("SELECT 1 FROM mentor_dms WHERE room_id = ? LIMIT 1", (room_id,)) as cur:
            return await cur.fetchone() is not None


__all__ = ["OnCall", "OnCallRepo"]
