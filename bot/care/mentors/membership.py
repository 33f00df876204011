"""Who may read cases: the mentor room's members, checked against `mentors.members`.

A mentor who can invite could bring someone in who then receives every card, so the setup gives
the invite power to the bot alone, and when `mentors.members` is set the Matrix edge gives a
member not on it no room keys (no card can be read) while their commands are ignored
(`RuntimeLink.is_member`). The mentor room and each admin (in their direct chat with the bot)
are told once per such member (`unlisted_member`).
"""

from __future__ import annotations

import logging

from bot.care.mentors.posting import Posting
from bot.store import UnitOfWork

log = logging.getLogger(__name__)


class MembershipDesk:
    """The `MembershipHandler` of the Matrix edge."""

    def __init__(self, posting: Posting) -> None:
        self.post = posting

    async def unlisted_member(self, uow: UnitOfWork, user_id: str, admin_rooms: list[str]) -> None:
        """Someone in the mentor room is not on the mentor list: say so, once (the edge asks once)."""
        notice = self.post.m("mentor-room-unlisted", user=user_id).content("m.text")
        mentor_room = self.post.settings.mentor_room
        for room_id in dict.fromkeys([*([mentor_room] if mentor_room else []), *admin_rooms]):
            await uow.send(room_id, dict(notice))
        log.warning("someone not on the mentor list is in the mentor room; they get no cards; the admins were told")


__all__ = ["MembershipDesk"]
