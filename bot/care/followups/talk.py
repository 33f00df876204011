"""What follow-ups say and hear in a person's chat: the invitation, yes / later / no, and the
person's own controls (list, cancel, snooze, "remind me tomorrow", resume).

The follow-up service owns the rows and the timing; this module only speaks and listens.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.care.conversations import Heard, LibraryHolder
from bot.care.followups.service import Answer, ConversationFollowups, Followup, FollowupService
from bot.care.followups.timing import parse_duration
from bot.care.render import Rendered, Renderer
from bot.care.words import LATER, NO, YES, YES_NO_LATER, lang_of, said_option
from bot.engine.normalize import normalize, split_list
from bot.store import Store, UnitOfWork

OFFER_TAG = "followup:"
_ANSWERS: dict[str, Answer] = {YES: "yes", NO: "no", LATER: "later"}
_NUMBER = re.compile(r"^\s*(\D+?)\s*#?\s*(\d{1,7})\s*$")


class FollowupDesk(ConversationFollowups):
    """The follow-up service as `bot.care.conversations.FollowupSink`: schedule and pause (inherited),
    time-zone changes, and what follow-ups say and hear."""

    def __init__(self, store: Store, library: LibraryHolder, service: FollowupService,
                 default_lang: str) -> None:
        super().__init__(service)
        self.store = store
        self.library = library
        self.default_lang = default_lang

    async def timezone_changed(self, uow: UnitOfWork, user_id: str, tz_name: str) -> None:
        await self.service.change_timezone(uow, user_id, tz_name)

    def _render(self) -> Renderer:
        return Renderer(self.library.library.catalog)

    # --- the invitation (called by the service inside its delivery transaction) -----------
    async def deliver(self, followup: Followup, uow: UnitOfWork) -> None:
        lang = await lang_of(uow, followup.user_id, self.default_lang)
        render = self._render()
        parts: list[Rendered] = []
        if followup.late:
            parts.append(render.text(lang, "bot-followup-late"))
        if followup.source == "flow":
            parts.append(render.text(lang, followup.text))
        else:
            parts.append(Rendered(followup.text, followup.text.replace("<", "&lt;")))
        if followup.flow:
            parts.append(render.text(lang, "bot-followup-offer"))
        await uow.send(followup.room_id, render.join(parts).content(), tag=f"{OFFER_TAG}{followup.id}")

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
        offered = [f for f in await uow.followups.for_user(user_id) if f.status == "offered" and f.room_id == room_id]
        answer = self._answer_of(lang, text)
        if offered and answer is not None:
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
        if verb == "list":
            await uow.send(room_id, self._listing(lang, await uow.followups.for_user(user_id)).content())
        elif verb == "resume":
            await self.service.resume(uow, user_id)
            await uow.send(room_id, render.text(lang, "bot-followup-resumed").content())
        elif verb in ("cancel", "snooze") and arg is not None:
            if verb == "cancel":
                ok = await self.service.cancel(uow, int(arg), owner=user_id)
            else:
                ok = await self.service.snooze(uow, int(arg), timedelta(days=1), owner=user_id) is not None
            msgid = f"bot-followup-{verb}-ok" if ok else "bot-followup-unknown"
            await uow.send(room_id, render.text(lang, msgid, {"number": int(arg)}).content())
        elif verb == "remind" and arg is not None:
            delay = parse_duration(arg)
            if delay is None:
                await uow.send(room_id, render.text(lang, "bot-followup-bad-time").content())
                return Heard()
            person = await uow.people.get(user_id)
            await self.service.schedule(uow, user_id, room_id, after=delay, flow="menu",
                                        text="bot-followup-reminder", source="person",
                                        tz_name=person.timezone if person else None)
            await uow.send(room_id, render.text(lang, "bot-followup-set").content())
        else:
            return None
        return Heard()

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

    def _listing(self, lang: str, followups: list[Followup]) -> Rendered:
        render = self._render()
        pending = [f for f in followups if f.status in ("scheduled", "offered")]
        if not pending:
            return render.text(lang, "bot-followup-none")
        lines = [render.text(lang, "bot-followup-list-head").plain]
        for f in pending:
            when = f.deliver_at.strftime("%Y-%m-%d %H:%M UTC")
            lines.append(f"#{f.id} — {when}")
        lines.append(render.text(lang, "bot-followup-list-help").plain)
        plain = "\n".join(lines)
        return Rendered(plain, "<br>".join(line.replace("<", "&lt;") for line in lines))

