"""On call: `!oncall on|off` and `!oncall` in the mentor room, and the direct messages of the ladder.

Kept apart from `commands` (the case commands): this module owns who is on call (the `oncall`
table and the `mentors.rota` setting) and the bot's direct room with each mentor (the `mentor_dms`
table — created once, encrypted and invite-only, then reused).

A direct message carries the case label and how long it has waited — never the person's id, name
or words: a notification on a mentor's lock screen must not expose anyone.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from bot.care.mentors.commands import Command
from bot.care.mentors.ladder import Rung, Timers, rota_line, rota_now
from bot.care.mentors.link import MatrixLink
from bot.care.mentors.posting import Posting
from bot.care.render import Rendered
from bot.store import Reader, Store, UnitOfWork

log = logging.getLogger(__name__)

USAGE = "!oncall on|off"


class OnCallDesk:
    """Who is on call now, the `!oncall` command, and the ladder's direct messages."""

    def __init__(self, posting: Posting, store: Store, clock: Callable[[], float],
                 link: Callable[[], MatrixLink | None]) -> None:
        self.post = posting
        self.settings = posting.settings
        self.store = store
        self.clock = clock
        self.link = link

    # --- `!oncall` ---------------------------------------------------------------------------------
    async def command(self, uow: UnitOfWork, cmd: Command) -> None:
        word = cmd.rest.strip().lower()
        me = cmd.msg.sender
        if word == "on":
            added = await uow.oncall.set_on(me, uow.now)
            await self._say(uow, cmd, "mentor-oncall-on" if added else "mentor-oncall-already-on")
        elif word == "off":
            removed = await uow.oncall.set_off(me)
            await self._say(uow, cmd, "mentor-oncall-off" if removed else "mentor-oncall-not-on")
        elif word == "":
            await self._list(uow, cmd)
        else:
            await self._say(uow, cmd, "mentor-usage", usage=USAGE)

    async def _say(self, uow: UnitOfWork, cmd: Command, msgid: str, **args: object) -> None:
        await self.post.reply(uow, cmd.msg, self.post.m(msgid, **args))

    async def _list(self, uow: UnitOfWork, cmd: Command) -> None:
        """Who is on call now; who said `!oncall on`; the rota; how to change it."""
        now = await self.who_is_on_call(uow, uow.now)
        parts = [self.post.m("mentor-oncall-list", names=", ".join(now)) if now else self.post.m("mentor-oncall-none")]
        rota = self.settings.mentors.rota
        if rota:
            lines = [rota_line(entry) for entry in rota]
            head = self.post.m("mentor-oncall-rota")
            parts.append(Rendered("\n".join([head.plain, *(f"- {line}" for line in lines)]),
                                  head.html + "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines)
                                  + "</ul>"))
        parts.append(self.post.m("mentor-oncall-howto"))
        await self.post.reply(uow, cmd.msg, self.post.texts.render.join(parts))

    async def who_is_on_call(self, r: Reader, now: float) -> list[str]:
        """Those who said `!oncall on`, then those the rota puts on call now; each once."""
        declared = [o.user_id for o in await r.oncall.on_call()]
        by_rota = rota_now(self.settings.mentors.rota, datetime.fromtimestamp(now, UTC))
        return list(dict.fromkeys([*declared, *by_rota]))

    # --- the ladder's direct messages --------------------------------------------------------------
    async def send(self, work: list[tuple[int, Rung]], now: float) -> int:
        """Direct messages for these (case, "oncall" | "leads") steps; returns how many were queued.

        The rooms are looked up (or created) first, outside any transaction; then one unit queues
        the messages and stamps each case, so that a step is never done twice."""
        async with self.store.read(now) as r:
            oncall = await self.who_is_on_call(r, now)
            leads = self.settings.leads
            wanted = list(dict.fromkeys([*(oncall if any(w == "oncall" for _, w in work) else []),
                                         *(leads if any(w == "leads" for _, w in work) else [])]))
            known = {user: await r.oncall.dm_room(user) for user in wanted}
        rooms = {user: await self._room(user, known[user]) for user in wanted}
        sent = 0
        async with self.store.write(now) as uow:
            for user, room in rooms.items():
                if room is not None and room != known[user]:
                    await uow.oncall.set_dm_room(user, room, uow.now)
            for case_id, rung in work:
                sent += await self._climb(uow, case_id, rung, oncall if rung == "oncall" else leads, rooms)
        return sent

    async def _room(self, user: str, known: str | None) -> str | None:
        link = self.link()
        if link is None:
            return None
        try:
            return await link.direct_room(user, known)
        except Exception as e:
            log.warning("a direct room with a mentor could not be set up (%s)", e.__class__.__name__)
            return None

    async def _climb(self, uow: UnitOfWork, case_id: int, rung: Rung, targets: list[str],
                     rooms: dict[str, str | None]) -> int:
        case = await uow.cases.get(case_id)
        stamp = None if case is None else (case.oncall_at if rung == "oncall" else case.leads_at)
        if case is None or case.status != "open" or case.urgency != "urgent" or stamp is not None:
            return 0  # claimed, closed or done meanwhile
        minutes = Timers.of(self.settings.mentors).minutes(case, uow.now)
        text = self.post.m("mentor-dm-oncall" if rung == "oncall" else "mentor-dm-lead", case=case.label,
                           number=case.id, minutes=minutes)
        reached = []
        for user in targets:
            room = rooms.get(user)
            if room is None:
                await self.post.to_thread(uow, case, self.post.m("mentor-ladder-dm-failed", case=case.label,
                                                                 mentor=user))
                continue
            await uow.send(room, text.content())
            reached.append(user)
        if reached:
            key = "mentor-ladder-oncall-sent" if rung == "oncall" else "mentor-ladder-leads-sent"
            await self.post.to_thread(uow, case, self.post.m(key, case=case.label, names=", ".join(reached)))
        elif not targets:
            key = "mentor-ladder-nobody-oncall" if rung == "oncall" else "mentor-ladder-no-leads"
            await self.post.to_thread(uow, case, self.post.m(key, case=case.label))
        await uow.cases.mark_ladder(case.id, "oncall" if rung == "oncall" else "leads", uow.now)
        log.info("case %s: %s told by direct message (%d)", case.label, "on call" if rung == "oncall" else "leads",
                 len(reached))
        return len(reached)


__all__ = ["USAGE", "OnCallDesk"]
