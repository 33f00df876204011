"""Changed security identities, held until a mentor or an admin approves them: `!identity`.

When a person's master key changes, the Matrix edge keeps trusting the OLD identity (the devices
it signed) and holds the new one — no room keys for it, no action on what it sends — because a
homeserver can mint a new identity as easily as the person can (DESIGN.md, "Matrix E2EE", 12).
Every time that happens (`identity_held`, inside the transaction that records the hold):

- the person hears it in their chats, on the devices of their old identity only;
- the mentors hear it in the mentor room, with the case's label (the Matrix id only when the
  person chose to share their name) or, without an open case, a label that names nobody
  (`P-3FA9`);
- each admin hears the same in their direct chat with the bot.

Someone checks with the person another way (a call, in person), then writes
`!identity approve P-3FA9` (or the case, `!identity approve 42`) in the mentor room or, for an
admin, in their direct chat with the bot; `!identity reject P-3FA9` keeps holding and says a
human decided so; `!identity` lists what is held. Approval re-pins the new key; the edge then
trusts its devices and the person is told the conversation can go on (`identity_confirmed`).
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Awaitable, Callable

from bot.care.inbound import Inbound
from bot.care.mentors.posting import Posting
from bot.care.render import Rendered
from bot.store import UnitOfWork
from bot.store.cases import Case
from bot.store.identities import LABEL_PREFIX, Hold

log = logging.getLogger(__name__)

_CASE = re.compile(r"^(?:c-?|#)?0*(\d{1,9})$", re.I)
USAGE = "!identity approve P-1234"


class IdentityDesk:
    """The `IdentityHandler` of the Matrix edge, and the `!identity` command."""

    def __init__(self, posting: Posting) -> None:
        self.post = posting
        self.settings = posting.settings
        # Bound by the composition root: evaluate held identities again after an approval.
        self.recheck: Callable[[], Awaitable[None]] | None = None

    # --- told by the edge --------------------------------------------------------------------------
    async def identity_held(self, uow: UnitOfWork, user_id: str, label: str, person_rooms: list[str],
                            admin_rooms: list[str]) -> None:
        """A changed identity is held: tell the person (old devices only), the mentors and the admins."""
        lang = await self.post.lang_of(uow, user_id)
        for room_id in await self._talking_rooms(uow, person_rooms):
            await self.post.tell(uow, room_id, lang, "bot-identity-held")
        case = await self._open_case(uow, user_id)
        notice = self.post.m("mentor-identity-held", who=self._who(case, user_id, label), label=label)
        for room_id in self._mentor_and_admin_rooms(admin_rooms):
            await uow.send(room_id, notice.content("m.text"))
        log.info("a changed identity is held (%s); the mentors and %d admin(s) were told", label, len(admin_rooms))

    async def identity_confirmed(self, uow: UnitOfWork, user_id: str, person_rooms: list[str]) -> None:
        lang = await self.post.lang_of(uow, user_id)
        for room_id in await self._talking_rooms(uow, person_rooms):
            await self.post.tell(uow, room_id, lang, "bot-identity-confirmed")

    async def _talking_rooms(self, uow: UnitOfWork, rooms: list[str]) -> list[str]:
        """The person's chats where the bot speaks (never a handoff room, never the mentor room)."""
        return [r for r in rooms if r != self.settings.mentor_room and not await uow.cases.is_handoff_room(r)]

    def _mentor_and_admin_rooms(self, admin_rooms: list[str]) -> list[str]:
        rooms = [self.settings.mentor_room] if self.settings.mentor_room else []
        return rooms + [r for r in admin_rooms if r not in rooms]

    @staticmethod
    async def _open_case(uow: UnitOfWork, user_id: str) -> Case | None:
        cases = [c for c in await uow.cases.for_user(user_id) if c.is_open and not c.anonymised]
        return cases[-1] if cases else None

    def _who(self, case: Case | None, user_id: str, label: str) -> str:
        """The case's label (with the Matrix id only when the person shared their name), or the
        hold's label, which names nobody."""
        if case is None:
            return self.post.texts.text("mentor-identity-no-case", label=label)
        if case.consent == "full":
            return f"{case.label} ({user_id})"
        return case.label

    # --- `!identity` -------------------------------------------------------------------------------
    async def run(self, uow: UnitOfWork, msg: Inbound, rest: str) -> None:
        """`!identity [approve|reject LABEL]`, from a mentor in the mentor room or an admin."""
        verb, _, target = rest.strip().partition(" ")
        verb = verb.lower()
        if verb in ("", "list"):
            await self.post.reply(uow, msg, await self._listing(uow))
            return
        if verb not in ("approve", "reject") or not target.strip():
            await self.post.reply(uow, msg, self.post.m("mentor-usage", usage=USAGE))
            return
        hold = await self._find(uow, target.strip())
        if hold is None:
            await self.post.reply(uow, msg, self.post.m("mentor-identity-unknown", label=target.strip()))
            return
        if verb == "reject":
            await uow.identities.reject(hold)
            log.info("a held identity stays held (%s), by a human's decision", hold.label)
            await self._answer(uow, msg, self.post.m("mentor-identity-rejected", label=hold.label))
            return
        if not await uow.identities.approve(hold, uow.now):
            await self.post.reply(uow, msg, self.post.m("mentor-identity-unknown", label=hold.label))
            return
        log.info("a held identity was approved (%s)", hold.label)
        if self.recheck is not None:
            uow.on_commit(self.recheck)
        await self._answer(uow, msg, self.post.m("mentor-identity-approved", label=hold.label))

    async def _answer(self, uow: UnitOfWork, msg: Inbound, text: Rendered) -> None:
        """Where it was asked; and in the mentor room too when an admin decided elsewhere."""
        await self.post.reply(uow, msg, text)
        mentor_room = self.settings.mentor_room
        if mentor_room is not None and msg.room_id != mentor_room:
            await uow.send(mentor_room, text.content("m.notice"))

    async def _find(self, uow: UnitOfWork, target: str) -> Hold | None:
        """The hold named by its label (`P-3FA9`) or by the case of the person (`42`, `C-0042`)."""
        if target.upper().startswith(LABEL_PREFIX):
            return await uow.identities.hold_by_label(target)
        found = _CASE.match(target)
        case = await uow.cases.get(int(found.group(1))) if found else None
        if case is None or case.user_id is None:
            return None
        return await uow.identities.hold_of(case.user_id)

    async def _listing(self, uow: UnitOfWork) -> Rendered:
        holds = await uow.identities.holds()
        texts = self.post.texts
        if not holds:
            return texts.m("mentor-identity-none")
        head = texts.text("mentor-identity-head")
        lines = [texts.text("mentor-identity-line", label=h.label,
                            status=texts.text(f"mentor-identity-status-{h.status}"),
                            age=texts.age(uow.now - h.held_at)) for h in holds]
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        return Rendered(head + "\n" + "\n".join(f"- {line}" for line in lines),
                        f"<p>{html.escape(head)}</p><ul>{items}</ul>")


__all__ = ["USAGE", "IdentityDesk"]
