"""The mentor room's members against the mentor list (`mentors.members`), after every sync.

The trust policy already gives a member who is not on the list no room keys
(`bot.matrix.rooms.withheld_by_mentor_list`); this tells the mentor room and the admins about
each such member, once (a marker in the database keeps it once across restarts).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from nio import AsyncClient

from bot.matrix.rooms import mentor_room_outsiders
from bot.platform.config import Settings
from bot.store import Store, UnitOfWork

log = logging.getLogger(__name__)
TOPIC = "unlisted-mentor"


class MembershipHandler(Protocol):
    """The care domain's side (`bot.care.mentors.membership.MembershipDesk`)."""

    async def unlisted_member(self, uow: UnitOfWork, user_id: str, admin_rooms: list[str]) -> None: ...


class MentorRoomWatch:
    def __init__(self, client: AsyncClient, settings: Settings, store: Store, handler: MembershipHandler | None,
                 admin_rooms: Callable[[str], list[str]]) -> None:
        self.client = client
        self.settings = settings
        self.store = store
        self.handler = handler
        self.admin_rooms = admin_rooms
        self._told: set[str] = set()

    async def after_sync(self) -> None:
        if self.handler is None:
            return
        for user_id in sorted(mentor_room_outsiders(self.client, self.settings) - self._told):
            async with self.store.write() as uow:
                if await uow.identities.first_time(TOPIC, user_id):
                    await self.handler.unlisted_member(uow, user_id, self.admin_rooms(user_id))
            self._told.add(user_id)


def warn_without_list(settings: Settings) -> None:
    """At start: without a mentor list, whoever the room admits receives every case."""
    if settings.mentor_room is not None and not settings.mentors.members:
        log.warning("mentors.members is not set: anyone the mentor room admits receives every case. List the "
                    "mentors (and admins) who may read cases in mentors.members (CONTINUUM_MENTORS__MEMBERS)")


__all__ = ["MembershipHandler", "MentorRoomWatch", "warn_without_list"]
