"""What follow-ups say and hear in a person's chat: the invitation, yes / later / no, and the
person's own controls (list, cancel, snooze, "remind me tomorrow", resume).

The follow-up service owns the rows and the timing; this module only speaks and listens.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection
from datetime import datetime
from typing import Protocol

from bot.care.conversations import Heard, LibraryHolder
from bot.care.followups.journey import Journeys, JourneyTalk
from bot.care.followups.service import Answer, ConversationFollowups, Followup, FollowupService
from bot.care.followups.timing import local_parts, parse_duration
from bot.care.render import Rendered, Renderer, strip_bold
from bot.care.words import LATER, NO, YES, YES_NO_LATER, lang_of, said_option
from bot.engine.normalize import normalize, split_list
from bot.store import Store, UnitOfWork

OFFER_TAG = "followup:"
_ANSWERS: dict[str, Answer] = {YES: "yes", NO: "no", LATER: "later"}
_NUMBER = re.compile(r"^\s*(\D+?)\s*#?\s*(\d{1,7})\s*$")


class MentorNotices(Protocol):
    """What the mentors' desk wants to know about the follow-ups mentors asked for."""

    async def followup_delivered(self, uow: UnitOfWork, followup: Followup) -> None: ...

    async def followup_cancelled(self, uow: UnitOfWork, followup: Followup) -> None: ...


class FollowupDesk(ConversationFollowups):
    """The follow-up service as `bot.care.conversations.FollowupSink`: schedule and pause (inherited),
    time-zone changes, plans of the schedules (`journeys`), and what follow-ups say and hear."""

    def __init__(self, store: Store, library: LibraryHolder, service: FollowupService,
                 default_lang: str) -> None:
        super().__init__(service)
        self.store = store
        self.library = library
        self.default_lang = default_lang
        self.notices: MentorNotices | None = None  # the mentors' desk, bound by the app
        self.journeys = Journeys(service, library)

    async def timezone_changed(self, uow: UnitOfWork, user_id: str, tz_name: str) -> None:
        await self.service.change_timezone(uow, user_id, tz_name)

    async def profile_changed(self, uow: UnitOfWork, talk: JourneyTalk, names: Collection[str]) -> None:
        """A conversation remembered `names`: the schedules that read them plan again."""
        await self.journeys.profile_changed(uow, talk, names)

    def _render(self) -> Renderer:
        return Renderer(self.library.library.catalog)

    # --- the invitation (called by the service inside its delivery transaction) -----------
    async def deliver(self, followup: Followup, uow: UnitOfWork) -> None:
        """What the person reads when a follow-up arrives, whoever asked for it: a flow (its own
        message), the person ("remind me …") or a mentor (their words, as from "your mentor")."""
        lang = await lang_of(uow, followup.user_id, self.default_lang)
        render = self._render()
        parts: list[Rendered] = []
        if followup.late:
            parts.append(render.text(lang, "bot-followup-late"))
        if followup.source == "mentor":
            parts.extend(await self._from_mentor(uow, followup, lang))
        else:
            # A flow's invitation or the person's own reminder: both are message ids.
            parts.append(render.text(lang, followup.text or "bot-followup-reminder"))
        if followup.flow:
            parts.append(render.text(lang, "bot-followup-offer"))
        await uow.send(followup.room_id, render.join(parts).content(), tag=f"{OFFER_TAG}{followup.id}")
        if followup.source == "mentor" and self.notices is not None:
            await self.notices.followup_delivered(uow, followup)

    async def _from_mentor(self, uow: UnitOfWork, followup: Followup, lang: str) -> list[Rendered]:
        """A mentor's words under "Your mentor asked me to write to you:" (never their Matrix id),
        then where an answer goes: to the mentor while the case is open, else "write mentor"."""
        render = self._render()
        if followup.text.strip():
            head = render.text(lang, "bot-followup-from-mentor")
            words = Rendered(followup.text, "<p>" + html.escape(followup.text).replace("\n", "<br>") + "</p>")
            parts = [head, words]
        else:
            parts = [render.text(lang, "bot-followup-from-mentor-check")]
        case = await uow.cases.get(followup.case_id) if followup.case_id is not None else None
        relayed = case is not None and case.is_open and case.room_id == followup.room_id and not case.anonymised
        if relayed and case is not None and not case.relay:
            await uow.cases.set_relay(case.id, True)  # the mentor wrote: answers go to them again
        parts.append(render.text(lang, "bot-followup-mentor-answer" if relayed else "bot-followup-mentor-again"))
        return parts

    # --- listening -------------------------------------------------------------------------
    def _command_words(self, lang: str, msgid: str) -> list[str]:
        """A comma-separated word list (`followup-word-*`), longest first so prefixes match whole."""
        catalog = self.library.library.catalog
        words = {normalize(w) for code in (lang, catalog.default_lang)
                 for w in split_list(catalog.render(code, msgid)) if catalog.has(code, msgid)}
        return sorted((w for w in words if w), key=len, reverse=True)

    def _answer_of(self, lang: str, text: str) -> Answer | None:
        """yes / no / later, in the person's language or the catalog's default one."""
        catalog = self.library.library.catalog
        msgid = said_option(catalog, text, YES_NO_LATER, (lang, catalog.default_lang))
        return None if msgid is None else _ANSWERS[msgid]

    async def hear(self, uow: UnitOfWork, user_id: str, room_id: str, text: str) -> Heard | None:
        """Handle a follow-up answer or command; None when the message is not about follow-ups."""
        lang = await lang_of(uow, user_id, self.default_lang)
        render = self._render()
        # Only invitations that asked "yes, later or no" wait for that answer (a mentor's message does
        # not), and only while nothing was asked since: once the person went on in a conversation,
        # its yes/no questions get their answers (a "no" there must not decline a check-in).
        offered = [f for f in await uow.followups.for_user(user_id)
                   if f.status == "offered" and f.room_id == room_id and f.flow]
        answer = self._answer_of(lang, text)
        if offered and answer is not None and not await self._moved_on(uow, offered[-1]):
            result = await self.service.answer_offer(uow, offered[-1].id, answer, owner=user_id)
            if result is None:
                return None
            if result.start_flow:
                return Heard(start_flow=result.start_flow)
            msgid = "bot-followup-later-ok" if answer == "later" else "bot-followup-cancelled"
            await uow.send(room_id, render.text(lang, msgid).content())
            return Heard()
        command = self._command(lang, text)
        if command is None:
            return None
        verb, arg = command
        person = await uow.people.get(user_id)
        zone = self.service.zone_for(person.timezone if person else None)
        if verb == "list":
            listing = self._listing(lang, zone, await uow.followups.for_user(user_id),
                                    await uow.followups.is_paused(user_id))
            await uow.send(room_id, listing.content())
        elif verb == "resume":
            await self.service.resume(uow, user_id)
            await uow.send(room_id, render.text(lang, "bot-followup-resumed").content())
        elif verb == "cancel" and arg is not None:
            await self._cancel(uow, user_id, room_id, lang, int(arg))
        elif verb == "snooze" and arg is not None:
            await self._snooze(uow, user_id, room_id, lang, zone, int(arg))
        elif verb == "remind" and arg is not None:
            await self._remind(uow, user_id, room_id, lang, zone, arg)
        else:
            return None
        return Heard()

    async def _cancel(self, uow: UnitOfWork, user_id: str, room_id: str, lang: str, number: int) -> None:
        """The person cancels one of their follow-ups (a mentor's too: the mentors are told)."""
        row = await self.service.get_open(uow, number, owner=user_id)
        ok = row is not None and await self.service.cancel(uow, row.id, owner=user_id)
        if ok and row is not None and row.source == "mentor" and self.notices is not None:
            await self.notices.followup_cancelled(uow, row)
        msgid = "bot-followup-cancel-ok" if ok else "bot-followup-unknown"
        await uow.send(room_id, self._render().text(lang, msgid, {"number": number}).content())

    async def _snooze(self, uow: UnitOfWork, user_id: str, room_id: str, lang: str, zone: str, number: int) -> None:
        """ "snooze 3": the reminder comes a day later, at its own time of day; the reply says when."""
        render = self._render()
        moved = await self.service.postpone(uow, number, owner=user_id)
        if moved is None:
            reply = render.text(lang, "bot-followup-unknown", {"number": number})
        else:
            shown = self.when(lang, moved, zone)
            reply = render.text(lang, "bot-followup-snooze-ok", {"number": number, "when": shown})
        await uow.send(room_id, reply.content())

    async def _remind(self, uow: UnitOfWork, user_id: str, room_id: str, lang: str, zone: str, said: str) -> None:
        """ "remind me in 3d": a reminder of the person's own, and when it will come, on their clock."""
        render = self._render()
        delay = parse_duration(said)
        if delay is None:
            await uow.send(room_id, render.text(lang, "bot-followup-bad-time").content())
            return
        followup_id = await self.service.schedule(uow, user_id, room_id, after=delay, flow="menu",
                                                  text="bot-followup-reminder", source="person", tz_name=zone)
        row = await uow.followups.get(followup_id)
        assert row is not None
        shown = self.when(lang, row.deliver_at, zone)
        await uow.send(room_id, render.text(lang, "bot-followup-set", {"when": shown}).content())

    async def _moved_on(self, uow: UnitOfWork, offered: Followup) -> bool:
        """Whether the person's conversation in the room moved after the invitation went out."""
        moved = await uow.people.state_updated_at(offered.room_id, offered.user_id)
        return moved is not None and offered.delivered_at is not None and moved > offered.delivered_at.timestamp()

    def _command(self, lang: str, text: str) -> tuple[str, str | None] | None:
        said = normalize(text)
        for verb in ("list", "resume"):
            if said in self._command_words(lang, f"followup-word-{verb}"):
                return verb, None
        match = _NUMBER.match(said)
        if match:
            for verb in ("cancel", "snooze"):
                if normalize(match.group(1)) in self._command_words(lang, f"followup-word-{verb}"):
                    return verb, match.group(2)
        for prefix in self._command_words(lang, "followup-word-remind"):
            if said.startswith(prefix + " "):
                return "remind", said[len(prefix) + 1 :]
        return None

    def when(self, lang: str, moment: datetime, zone: str) -> str:
        """A moment as the person's clock and calendar show it, in their language (`bot-when`)."""
        return strip_bold(self.library.library.catalog.render(lang, "bot-when", local_parts(moment, zone)))

    def _what(self, lang: str, followup: Followup) -> str:
        """What a follow-up is for: the flow it invites to, "your reminder", or "from your mentor"."""
        catalog = self.library.library.catalog
        if followup.source == "mentor":
            return catalog.render(lang, "bot-followup-what-mentor")
        if followup.source == "person":
            return catalog.render(lang, "bot-followup-what-person")
        flow = self.library.library.flow(followup.flow) if followup.flow else None
        return catalog.render(lang, flow.title) if flow is not None else catalog.render(lang, "bot-followup-what-flow")

    def _listing(self, lang: str, zone: str, followups: list[Followup], paused: bool) -> Rendered:
        render = self._render()
        pending = [f for f in followups if f.status == "scheduled"]
        if not pending:
            return render.text(lang, "bot-followup-none")
        lines = [render.text(lang, "bot-followup-list-head", {"zone": zone}).plain]
        for f in pending:
            args = {"number": f.id, "when": self.when(lang, f.deliver_at, zone), "what": self._what(lang, f)}
            lines.append(strip_bold(self.library.library.catalog.render(lang, "bot-followup-list-line", args)))
        if paused:
            lines.append(render.text(lang, "bot-followup-list-paused").plain)
        lines.append(render.text(lang, "bot-followup-list-help").plain)
        plain = "\n".join(lines)
        return Rendered(plain, "<br>".join(html.escape(line) for line in lines))
