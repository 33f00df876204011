"""The device-trust policy as the rest of the Matrix edge uses it, and where it keeps what it learns.

`TrustGate` is the part of `bot.matrix.trust.DeviceTrust` that the sync loop, the receiving side
and the outbox call; `StoreTofu` keeps each person's first-seen master key in our database, so
that a changed identity is still noticed after a restart (DESIGN.md, "Matrix E2EE", 6 and 12).
"""

from __future__ import annotations

from typing import Any, Protocol

from bot.matrix.trust import TrustReport, UserKeys
from bot.store import Store


class TrustGate(Protocol):
    """The device-trust policy as the runtime needs it (implemented by `bot.matrix.trust.DeviceTrust`)."""

    @property
    def share_with_unverified(self) -> bool: ...

    async def on_sync(self, response: Any) -> TrustReport: ...

    async def prepare_send(self, room_id: str) -> TrustReport: ...

    async def check_event(self, sender: str, event: Any) -> bool: ...

    def user_keys(self, user_id: str) -> UserKeys | None: ...


class StoreTofu:
    """Each person's first-seen master key, kept in our database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def get_master_key(self, user_id: str) -> str | None:
        async with self.store.read() as r:
            return await r.edge.get_master_key(user_id)

    async def set_master_key(self, user_id: str, key: str) -> None:
        async with self.store.write() as uow:
            await uow.edge.set_master_key(user_id, key, uow.now)


__all__ = ["StoreTofu", "TrustGate"]
