"""The device-trust policy as the rest of the Matrix edge uses it, and where it keeps what it learns.

`TrustGate` is the part of `bot.matrix.trust.DeviceTrust` that the sync loop, the receiving side
and the outbox call; `StoreTofu` keeps each person's pinned master key — and a changed one, held
until a human approves it — in our database, so that both survive a restart (DESIGN.md,
"Matrix E2EE", 6 and 12).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from bot.matrix.trust import Pinned, TrustReport, UserKeys
from bot.store import Store, UnitOfWork

# Told, inside the transaction that records a hold, whose identity is held and under which label.
OnHeld = Callable[[UnitOfWork, str, str], Awaitable[None]]


class TrustGate(Protocol):
    """The device-trust policy as the runtime needs it (implemented by `bot.matrix.trust.DeviceTrust`)."""

    @property
    def share_with_unverified(self) -> bool: ...

    async def on_sync(self, response: Any) -> TrustReport: ...

    async def prepare_send(self, room_id: str) -> TrustReport: ...

    async def check_event(self, sender: str, event: Any) -> bool: ...

    async def all_devices_trusted(self, user_id: str) -> bool: ...

    def user_keys(self, user_id: str) -> UserKeys | None: ...

    async def recheck_held(self) -> set[str]: ...


class StoreTofu:
    """Each person's pinned identity and held change, kept in our database.

    A new hold and everything that tells people about it (`on_held`: the person's old devices,
    the mentors, the admins) commit together, so that a crash never loses the news nor tells it
    twice.
    """

    def __init__(self, store: Store, on_held: OnHeld | None = None) -> None:
        self.store = store
        self.on_held = on_held

    async def get_pin(self, user_id: str) -> Pinned | None:
        async with self.store.read() as r:
            found = await r.identities.pinned(user_id)
        return None if found is None else Pinned(found.master_key, found.self_signing_key, found.held_key)

    async def set_pin(self, user_id: str, master_key: str, self_signing_key: str | None) -> None:
        async with self.store.write() as uow:
            await uow.identities.pin(user_id, master_key, self_signing_key, uow.now)

    async def hold(self, user_id: str, pinned_key: str, new_key: str) -> bool:
        async with self.store.write() as uow:
            hold = await uow.identities.hold(user_id, pinned_key, new_key, uow.now)
            if hold is not None and self.on_held is not None:
                await self.on_held(uow, user_id, hold.label)
        return hold is not None

    async def release(self, user_id: str) -> None:
        async with self.store.write() as uow:
            await uow.identities.release(user_id)


__all__ = ["OnHeld", "StoreTofu", "TrustGate"]
