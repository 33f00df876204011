"""The `plans` table: each person's protection plan, sealed whole (bound to their row).

One row per person. The plan itself (its steps, their reminders, a mentor's suggestion waiting
for an answer) is JSON the care domain shapes (bot/care/plan.py); here it is only sealed,
opened, replaced and deleted. A row goes with its person (`ON DELETE CASCADE`): erasure,
retention and a conversation that keeps nothing all remove it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.platform.sealing import SecretBox
from bot.store.db import fetch_one
from bot.store.sealed import PLAN, open_cell


@dataclass(frozen=True)
class StoredPlan:
    """A person's plan as kept, opened; `data` is None when the sealed value is damaged."""

    user_id: str
    data: dict[str, Any] | None
    created_at: float
    updated_at: float


class PlansRepo:
    def __init__(self, conn: aiosqlite.Connection, box: SecretBox) -> None:
        self.conn = conn
        self.box = box

    async def get(self, user_id: str) -> StoredPlan | None:
        row = await fetch_one(self.conn, "SELECT * FROM plans WHERE user_id = ?", (user_id,))
        if row is None:
            return None
        opened = open_cell(self.box, PLAN, row)
        data: dict[str, Any] | None = None
        if opened is not None:
            try:
                loaded = json.loads(opened)
            except ValueError:
                loaded = None
            data = loaded if isinstance(loaded, dict) else None
        return StoredPlan(str(row["user_id"]), data, float(row["created_at"]), float(row["updated_at"]))

    async def put(self, user_id: str, data: dict[str, Any], now: float) -> None:
        """Keep (or replace) the person's plan. Their `people` row must exist."""
        sealed = self.box.seal_text(json.dumps(data, ensure_ascii=False), PLAN.context(user_id))
        await self.conn.execute(
            "INSERT INTO plans (user_id, plan_sealed, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET plan_sealed = excluded.plan_sealed, updated_at = excluded.updated_at",
            (user_id, sealed, now, now),
        )

    async def delete(self, user_id: str) -> int:
        cur = await self.conn.execute("DELETE FROM plans WHERE user_id = ?", (user_id,))
        return int(cur.rowcount)


__all__ = ["PlansRepo", "StoredPlan"]
