"""People whose security identity changed: held, told, and trusted again once a human approves.

A changed master key is not a new friend (DESIGN.md, "Matrix E2EE", 12): the trust policy keeps
the old pin and holds the new key (`bot.matrix.trust`), and `StoreTofu` records the hold. In the
same transaction `held` has the care domain tell:

- the person, in their encrypted chats with the bot — a room message, which the outbox encrypts
  only for devices the policy trusts: those still signed by the person's OLD identity. The new
  identity's devices are blacklisted in nio, so they never get the room key for it (nor for
  anything after it);
- the mentors, in the mentor room, and each admin in their direct chat with the bot.

After a mentor or an admin approved (`recheck`), the held users are evaluated again; whoever is
trusted now hears that the conversation can go on.
"""

from __future__ import annotations

import logging
from typing import Protocol

from nio import AsyncClient

from bot.matrix import rooms
from bot.matrix.trustgate import TrustGate
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.store import Store, UnitOfWork

log = logging.getLogger(__name__)


class IdentityHandler(Protocol):
    """The care domain's side (`bot.care.mentors.identity.IdentityDesk`)."""

    async def identity_held(self, uow: UnitOfWork, user_id: str, label: str, person_rooms: list[str],
                            admin_rooms: list[str]) -> None:
        """Tell the person (`person_rooms`), the mentors and the admins (`admin_rooms`)."""

    async def identity_confirmed(self, uow: UnitOfWork, user_id: str, person_rooms: list[str]) -> None:
        """A human approved the person's new identity: the conversation can go on."""


class IdentityNotices:
    """Who is told when an identity is held, and what happens once it is approved."""

    def __init__(self, client: AsyncClient, settings: Settings, store: Store, trust: TrustGate,
                 handler: IdentityHandler | None, redact: Redactor) -> None:
        self.client = client
        self.settings = settings
        self.store = store
        self.trust = trust
        self.handler = handler
        self.redact = redact

    def person_rooms(self, user_id: str) -> list[str]:
        """The person's encrypted rooms with the bot (the mentor room aside)."""
        return sorted(
            r.room_id for r in self.client.rooms.values()
            if user_id in r.users and r.encrypted and r.room_id != self.settings.mentor_room
        )

    def admin_rooms(self, user_id: str) -> list[str]:
        """Each admin's direct chat with the bot, when they have one (never the person's own)."""
        found = []
        for admin in self.settings.admins:
            room_id = rooms.direct_room_with(self.client, admin) if admin != user_id else None
            if room_id is None:
                log.warning("an admin has no direct chat with the bot, so is not told of a changed identity "
                            "there (mentor room members are told in the mentor room)")
            else:
                found.append(room_id)
        return found

    async def held(self, uow: UnitOfWork, user_id: str, label: str) -> None:
        """Inside the transaction that records the hold (`StoreTofu.on_held`)."""
        log.warning("the security identity of %s changed; it is held until a mentor or an admin approves it (%s)",
                    self.redact.person(user_id), label)
        if self.handler is not None:
            await self.handler.identity_held(uow, user_id, label, self.person_rooms(user_id),
                                             self.admin_rooms(user_id))

    async def recheck(self) -> None:
        """After an approval: trust whoever is no longer held, and let their conversation go on."""
        for user_id in sorted(await self.trust.recheck_held()):
            log.info("the new security identity of %s was approved; it is trusted now", self.redact.person(user_id))
            if self.handler is not None:
                async with self.store.write() as uow:
                    await self.handler.identity_confirmed(uow, user_id, self.person_rooms(user_id))


__all__ = ["IdentityHandler", "IdentityNotices"]
