"""Where the mentors' desk speaks, inside the caller's unit of work (the outbox sends after the commit).

The mentor room: a case's card and its edits, messages in the card's thread, answers to a
mentor where they wrote, @room pings. The person: a few words in their own language. A card
not sent yet is referred to by a placeholder the sender fills in with its event id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from bot.care.conversations import LibraryHolder
from bot.care.inbound import Inbound
from bot.care.mentors.cards import MentorTexts, card, card_edit, mention_room
from bot.care.render import Rendered, Renderer
from bot.care.words import lang_of
from bot.platform.config import Settings
from bot.store import Reader, UnitOfWork, sent_event_ref
from bot.store.cases import Case

CARD_TAG = "case:"  # outbox tag of a case's messages: `case:42` (the card), `case:42|edit`, `case:42|ping`
STUCK_ATTEMPTS = 3  # a message for the mentor room that failed this often: the room is unreachable
Reach = Literal["ok", "none", "down"]


class Posting:
    """The mentors' desk's voice: texts in the mentors' language, cards, threads, pings, the person."""

    def __init__(self, settings: Settings, library: LibraryHolder, wake: Callable[[], None]) -> None:
        self.settings = settings
        self.library = library
        self.lang = settings.default_language  # the mentors' language
        self.wake = wake  # tell the background task to look again (files, handoffs, re-pings)
        # What keeps cases from reaching a person, as the start-up check found it (None: not checked).
        self.room_problems: list[str] | None = None

    @property
    def texts(self) -> MentorTexts:
        """Mentor-facing words from the live flow library."""
        return MentorTexts(self.library.library, self.lang)

    def m(self, msgid: str, **args: Any) -> Rendered:
        """A mentor-facing text, in the default language."""
        return self.texts.m(msgid, **args)

    async def lang_of(self, uow: UnitOfWork, user_id: str | None) -> str:
        """The person's language, else the default one."""
        return await lang_of(uow, user_id, self.settings.default_language)

    # --- the card ------------------------------------------------------------------------------
    async def card(self, uow: UnitOfWork, case: Case) -> Rendered:
        return card(self.texts, case, await uow.cases.count_files(case.id))

    async def refresh_card(self, uow: UnitOfWork, case: Case) -> None:
        """Edit the card so that it shows the case as it is now (status, urgency)."""
        room = self.settings.mentor_room
        target = await self.card_target(uow, case)
        if room is None or target is None:
            return
        content = card_edit(await self.card(uow, case), target)
        await uow.send(room, content, tag=f"{CARD_TAG}{case.id}|edit")

    async def card_event(self, uow: UnitOfWork, case: Case) -> str | None:
        """The card's event id once it is known (looked up from the sent outbox row and kept)."""
        if case.card_event_id:
            return case.card_event_id
        if case.card_txn_id:
            event_id = await uow.edge.event_id_of_txn(case.card_txn_id)
            if event_id:
                await uow.cases.set_card_event(case.id, event_id)
                return event_id
        return None

    async def card_target(self, uow: UnitOfWork, case: Case) -> str | None:
        """The card's event id, or the placeholder the sender fills in if it is not sent yet."""
        event_id = await self.card_event(uow, case)
        if event_id:
            return event_id
        return sent_event_ref(case.card_txn_id) if case.card_txn_id else None

    async def case_of_event(self, uow: UnitOfWork, event_id: str | None) -> Case | None:
        """The case a card (or another of the bot's case messages) in the mentor room belongs to."""
        if not event_id:
            return None
        case = await uow.cases.by_card_event(event_id)
        if case is not None:
            return case
        tag = await uow.edge.tag_of_event(event_id)
        if tag is None or not tag.startswith(CARD_TAG):
            return None
        head = tag[len(CARD_TAG):]
        number = head.split("|", 1)[0]
        if not number.isdigit():
            return None
        case = await uow.cases.get(int(number))
        if case is not None and head == number and not case.card_event_id:
            await uow.cases.set_card_event(case.id, event_id)
        return case

    # --- the mentor room -----------------------------------------------------------------------
    async def thread(self, uow: UnitOfWork, case: Case) -> dict[str, Any] | None:
        """The relation that puts a message in the card's thread (None before the card is queued)."""
        root = await self.card_event(uow, case)
        if root:
            return {"rel_type": "m.thread", "event_id": root, "is_falling_back": True,
                    "m.in_reply_to": {"event_id": root}}
        if case.card_txn_id:
            return {"rel_type": "m.thread", "event_id": sent_event_ref(case.card_txn_id), "is_falling_back": True}
        return None

    async def to_thread(self, uow: UnitOfWork, case: Case, text: Rendered, msgtype: str = "m.notice") -> None:
        await self.send_to_thread(uow, case, text.content(msgtype))

    async def send_to_thread(self, uow: UnitOfWork, case: Case, content: dict[str, Any]) -> None:
        room = self.settings.mentor_room
        if room is None:
            return
        thread = await self.thread(uow, case)
        if thread is not None:
            content["m.relates_to"] = thread
        await uow.send(room, content)

    async def reply(self, uow: UnitOfWork, msg: Inbound, text: Rendered) -> None:
        """Answer a mentor where they wrote: in the thread they wrote in, else in the room."""
        content = text.content("m.notice")
        if msg.thread_root:
            content["m.relates_to"] = {"rel_type": "m.thread", "event_id": msg.thread_root, "is_falling_back": True,
                                       "m.in_reply_to": {"event_id": msg.event_id}}
        await uow.send(msg.room_id, content)

    async def ping(self, uow: UnitOfWork, case: Case, msgid: str, *, room: bool = True, **args: Any) -> None:
        """A message about the case replying to its card: with @room (`room`), or a plain reply."""
        mentor_room = self.settings.mentor_room
        if mentor_room is None:
            return
        content = self.m(msgid, case=case.label, number=case.id, **args).content()
        if room:
            content = mention_room(content)
        root = await self.card_event(uow, case)
        if root:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": root}}
        await uow.send(mentor_room, content, tag=f"{CARD_TAG}{case.id}|ping")

    # --- can a person be reached? ---------------------------------------------------------------
    async def reach(self, r: Reader) -> Reach:
        """Whether cases reach a person now: "ok"; "none" (no mentor room is configured); "down" (the
        start-up check found the room unusable, or messages for it keep failing)."""
        room = self.settings.mentor_room
        if room is None:
            return "none"
        if self.room_problems or await r.edge.failing_in_room(room, STUCK_ATTEMPTS):
            return "down"
        return "ok"

    async def team_problems(self, r: Reader) -> list[str]:
        """What keeps cases from reaching a person, for `!health` (empty: nothing known)."""
        room = self.settings.mentor_room
        if room is None:
            return ["no mentor room is configured: people who ask for a person are told no one can answer"]
        problems = list(self.room_problems or [])
        stuck = await r.edge.failing_in_room(room, STUCK_ATTEMPTS)
        if stuck:
            problems.append(f"{stuck} message(s) for the mentor room failed {STUCK_ATTEMPTS}+ times (still retrying); "
                            "people are told no one can answer right now")
        return problems

    # --- the person ----------------------------------------------------------------------------
    async def tell(self, uow: UnitOfWork, room_id: str | None, lang: str, msgid: str, **args: Any) -> None:
        """Say something to the person, in their language."""
        if room_id is None:
            return
        await uow.send(room_id, Renderer(self.library.library.catalog).text(lang, msgid, args).content())

    async def tell_parts(self, uow: UnitOfWork, room_id: str | None, lang: str,
                         parts: list[tuple[str, dict[str, Any]]]) -> None:
        """Several texts to the person, as one message."""
        if room_id is None:
            return
        render = Renderer(self.library.library.catalog)
        await uow.send(room_id, render.join([render.text(lang, msgid, args) for msgid, args in parts]).content())


__all__ = ["CARD_TAG", "Posting"]
