"""Identity pins and the changed identities held until a human approves them.

A pin is a person's trusted master key (first seen, then each one a mentor or an admin approved),
with the self-signing key last seen under it: devices it signed stay trusted while a changed
identity is held. A hold is a master key that replaced the pinned one on the server; until it is
approved the bot shares nothing with it and acts on nothing it sends (DESIGN.md, "Matrix E2EE",
12). Both rows are found by a keyed hash of the user id (`pin_of`) and sealed, so neither names
the person; mentors and admins name a hold by its label (`P-3FA9`), which says nothing either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.platform.sealing import SecretBox
from bot.store.db import fetch_all, fetch_one
from bot.store.edge import UNREADABLE_PIN
from bot.store.sealed import HOLD, IDENTITY, open_cell, pin_of

LABEL_PREFIX = "P-"


@dataclass(frozen=True)
class PinnedIdentity:
    """The trusted master key, the self-signing key last seen under it, and the key held, if any."""

    master_key: str
    self_signing_key: str | None = None
    held_key: str | None = None


@dataclass(frozen=True)
class Hold:
    """A changed identity waiting for a human: `pending`, or `rejected` (still held)."""

    pin: str
    label: str
    status: str
    held_at: float
    old_master_key: str
    new_master_key: str


class IdentitiesRepo:
    def __init__(self, conn: aiosqlite.Connection, box: SecretBox) -> None:
        self.conn = conn
        self.box = box

    # --- pins ------------------------------------------------------------------------------
    async def _pin_value(self, pin: str) -> tuple[dict[str, Any] | None, bool]:
        row = await fetch_one(self.conn, "SELECT pin, sealed FROM identity_pins WHERE pin = ?", (pin,))
        if row is None:
            return None, False
        opened = open_cell(self.box, IDENTITY, row)
        return (None if opened is None else json.loads(opened)), True

    async def pinned(self, user_id: str) -> PinnedIdentity | None:
        """The person's pin (None: never seen), with the key held against it."""
        pin = pin_of(self.box, user_id)
        value, exists = await self._pin_value(pin)
        if not exists:
            return None
        hold = await self._hold_row(pin)
        held = hold.new_master_key if hold is not None else None
        if value is None:
            return PinnedIdentity(UNREADABLE_PIN, None, held)
        ssk = value.get("self_signing_key")
        return PinnedIdentity(str(value["master_key"]), ssk if isinstance(ssk, str) else None, held)

    async def pin(self, user_id: str, master_key: str, self_signing_key: str | None, now: float) -> None:
        """Pin (or re-pin) the person's master key, with the self-signing key it signed."""
        await self._write_pin(pin_of(self.box, user_id), master_key, self_signing_key, now)

    async def _write_pin(self, pin: str, master_key: str, self_signing_key: str | None, now: float) -> None:
        old, exists = await self._pin_value(pin)
        changed = exists and (old is None or old.get("master_key") != master_key)
        value = {
            "master_key": master_key,
            "self_signing_key": self_signing_key,
            "first_seen": old["first_seen"] if old is not None else now,
            "changed_at": now if changed else (old.get("changed_at") if old is not None else None),
        }
        await self.conn.execute(
            "INSERT INTO identity_pins (pin, sealed) VALUES (?, ?) "
            "ON CONFLICT(pin) DO UPDATE SET sealed = excluded.sealed",
            (pin, self.box.seal(json.dumps(value).encode(), IDENTITY.context(pin))),
        )

    # --- holds -----------------------------------------------------------------------------
    def _hold_of(self, row: aiosqlite.Row) -> Hold | None:
        opened = open_cell(self.box, HOLD, row)
        if opened is None:
            return None
        keys = json.loads(opened)
        return Hold(str(row["pin"]), str(row["label"]), str(row["status"]), float(row["held_at"]),
                    str(keys["old"]), str(keys["new"]))

    async def _hold_row(self, pin: str) -> Hold | None:
        row = await fetch_one(self.conn, "SELECT * FROM identity_holds WHERE pin = ?", (pin,))
        if row is None:
            return None
        hold = self._hold_of(row)
        # A hold that no longer opens still holds: it reads as a key nobody has.
        return hold or Hold(pin, str(row["label"]), str(row["status"]), float(row["held_at"]), UNREADABLE_PIN,
                            UNREADABLE_PIN)

    async def hold(self, user_id: str, old_master_key: str, new_master_key: str, now: float) -> Hold | None:
        """Hold `new_master_key` against the pinned `old_master_key`. Returns the hold when this
        is news (a first hold, or yet another key than the one held): then people must be told.
        None when exactly this key is held already."""
        pin = pin_of(self.box, user_id)
        existing = await self._hold_row(pin)
        if existing is not None and existing.new_master_key == new_master_key:
            return None
        label = existing.label if existing is not None else await self._free_label(pin)
        sealed = self.box.seal(json.dumps({"old": old_master_key, "new": new_master_key}).encode(),
                               HOLD.context(pin, label))
        await self.conn.execute(
            "INSERT INTO identity_holds (pin, label, status, held_at, sealed) VALUES (?, ?, 'pending', ?, ?) "
            "ON CONFLICT(pin) DO UPDATE SET status = 'pending', held_at = excluded.held_at, sealed = excluded.sealed",
            (pin, label, now, sealed),
        )
        return Hold(pin, label, "pending", now, old_master_key, new_master_key)

    async def _free_label(self, pin: str) -> str:
        """`P-` and the first hex digits of the pin, as few as stay unique among the holds."""
        for size in range(4, len(pin) + 1, 2):
            label = LABEL_PREFIX + pin[:size].upper()
            if await fetch_one(self.conn, "SELECT 1 FROM identity_holds WHERE label = ?", (label,)) is None:
                return label
        raise RuntimeError("no free label")  # pins are unique, so the whole pin always is

    async def hold_of(self, user_id: str) -> Hold | None:
        return await self._hold_row(pin_of(self.box, user_id))

    async def hold_by_label(self, label: str) -> Hold | None:
        row = await fetch_one(self.conn, "SELECT pin FROM identity_holds WHERE label = ?", (label.strip().upper(),))
        return None if row is None else await self._hold_row(str(row["pin"]))

    async def holds(self) -> list[Hold]:
        """Every hold, oldest first."""
        rows = await fetch_all(self.conn, "SELECT pin FROM identity_holds ORDER BY held_at, label")
        found = [await self._hold_row(str(r["pin"])) for r in rows]
        return [h for h in found if h is not None]

    async def approve(self, hold: Hold, now: float) -> bool:
        """Trust the held key from now on: it becomes the pin, and the hold goes. False when the
        held key could not be read (nothing is trusted then)."""
        if hold.new_master_key == UNREADABLE_PIN:
            return False
        await self._write_pin(hold.pin, hold.new_master_key, None, now)
        await self.conn.execute("DELETE FROM identity_holds WHERE pin = ?", (hold.pin,))
        return True

    async def reject(self, hold: Hold) -> None:
        """Keep holding, and say that a human decided so."""
        await self.conn.execute("UPDATE identity_holds SET status = 'rejected' WHERE pin = ?", (hold.pin,))

    async def first_time(self, topic: str, user_id: str) -> bool:
        """True the first time it is asked about `user_id` under `topic` (e.g. telling the admins
        once about someone), False ever after. The marker names nobody (the keyed hash)."""
        cur = await self.conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, '1')",
                                      (f"told:{topic}:{pin_of(self.box, user_id)}",))
        return int(cur.rowcount) == 1

    async def release(self, user_id: str) -> None:
        """The server shows the pinned identity again: nothing is held any more."""
        await self.conn.execute("DELETE FROM identity_holds WHERE pin = ?", (pin_of(self.box, user_id),))


__all__ = ["LABEL_PREFIX", "UNREADABLE_PIN", "Hold", "IdentitiesRepo", "PinnedIdentity"]
