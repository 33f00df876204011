"""Words between a case's thread and its person, both ways: the `MentorRoute` of the conversations.

From the mentor room (members only; anyone else is ignored without a word): a reaction on a
card claims it (only encrypted reactions from a verified device get here: the Matrix edge drops
plaintext ones in the mentor room), a `!command` goes to the commands, any other reply in a card's thread goes to
the person as "Your mentor: …" (claiming an unclaimed case) and gets a ✅ once queued.

From the person, in team mode (their open case's relay is on; the conversations decide the mode
and the keywords): their messages, edits and files go into the thread as "C-0042: …", and each
message is acknowledged once — the first since the team last wrote in words ("Passed to the
team…"), the others with a ✓ reaction. **mentor** never opens a second case. Their yes or no
answers the handoff question, and after a case is closed the one feedback question.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from bot.care.attachments import keep_attachment
from bot.care.conversations import Talk
from bot.care.inbound import Inbound
from bot.care.mentors.cases import CaseDesk, opened_message
from bot.care.mentors.commands import Commands, parse
from bot.care.mentors.link import MatrixLink
from bot.care.mentors.posting import Posting
from bot.care.render import strip_bold
from bot.care.words import said_yes_no
from bot.store import UnitOfWork
from bot.store.cases import Case

DONE = "✅"
PASSED = "✓"  # under a person's message that reached the team (reaction keys are not encrypted; a ✓ says nothing)
_REPLY_FALLBACK = re.compile(r"\A(?:> ?[^\n]*\n)+\n")


class Relay:
    """The mentor room's messages, and the person's messages while their case is open."""

    def __init__(self, posting: Posting, cases: CaseDesk, commands: Commands,
                 link: Callable[[], MatrixLink | None]) -> None:
        self.post = posting
        self.cases = cases
        self.commands = commands
        self.link = link

    # --- the mentor room ---------------------------------------------------------------------------
    async def on_mentor_room(self, uow: UnitOfWork, msg: Inbound) -> None:
        link = self.link()
        if link is None or not link.is_member(msg.sender):
            return  # only the room's members work cases; others get not even a reply
        if msg.kind == "reaction":
            await self._on_reaction(uow, msg)
            return
        if msg.kind != "text":
            return  # edits and files from mentors are not passed on
        thread_case = await self.post.case_of_event(uow, msg.thread_root)
        command = parse(msg, thread_case)
        if command is not None:
            await self.commands.run(uow, command)
        elif thread_case is not None:
            await self._to_person(uow, msg, thread_case)

    async def _on_reaction(self, uow: UnitOfWork, msg: Inbound) -> None:
        case = await self.post.case_of_event(uow, msg.relates_to)
        if case is None or case.status != "open":
            return  # a reaction on a taken or closed case is just a reaction
        await self.cases.claim(uow, case, msg.sender)
        await self.post.to_thread(uow, case, self.post.m("mentor-claimed", case=case.label, mentor=msg.sender))

    async def _to_person(self, uow: UnitOfWork, msg: Inbound, case: Case) -> None:
        """A mentor's reply in the card's thread, to the person (as "Your mentor: …")."""
        if case.anonymised or case.room_id is None:
            await self.post.reply(uow, msg, self.post.m("mentor-case-unreachable", case=case.label))
            return
        if case.status == "closed":
            await self.post.reply(uow, msg, self.post.m("mentor-case-closed-no-relay", case=case.label,
                                                        number=case.id))
            return
        text = strip_reply_fallback(msg.body).strip()[: self.post.settings.max_text_length]
        if not text:
            return
        if case.status == "open":
            await self.cases.claim(uow, case, msg.sender)
        lang = await self.post.lang_of(uow, case.user_id)
        named = self.post.settings.mentors.reveal_mentor_ids or case.revealed
        catalog = self.post.library.library.catalog
        prefix = (catalog.render(lang, "mentor-person-says-named", {"mentor": msg.sender}) if named
                  else catalog.render(lang, "mentor-person-says"))
        await uow.send(case.room_id, prefixed(prefix, text))
        await uow.cases.set_relay(case.id, True)
        await uow.send(msg.room_id, {"m.relates_to": {"rel_type": "m.annotation", "event_id": msg.event_id,
                                                      "key": DONE}}, event_type="m.reaction")

    # --- the person's side -------------------------------------------------------------------------
    async def intercept(self, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool:
        """Answers to the questions the mentors' side asked (handoff, feedback), and silence in
        the direct rooms it created (True); anything else is the conversation's (False)."""
        if await uow.cases.is_handoff_room(msg.room_id):
            return True  # the bot never speaks in the direct rooms it created
        if await uow.oncall.is_dm_room(msg.room_id):
            # The bot's direct room with a mentor carries alerts only; cases are worked in the room.
            if msg.kind == "text":
                await uow.send(msg.room_id, self.post.m("mentor-dm-here").content("m.notice"))
            return True
        case = await uow.cases.open_for_room(msg.room_id)
        if case is None or case.user_id != msg.sender:
            return await self._feedback(uow, msg, talk)
        if msg.kind != "text" or case.handoff != "asked":
            return False
        if self.post.library.library.catalog.keyword_of(talk.lang, msg.body) is not None:
            return False
        answer = self._yes_no(talk.lang, msg.body)
        if answer is None:
            return False
        await self._handoff_answer(uow, talk, case, answer)
        return True

    async def pass_on(self, uow: UnitOfWork, msg: Inbound, talk: Talk, case: Case) -> None:
        """Team mode: the person's message, edit or file into the case's thread, acknowledged once."""
        if msg.kind == "text":
            await self.to_mentors(uow, case, "mentor-relay-from", msg.body)
            await self._acknowledge(uow, msg, talk, case)
        elif msg.kind == "edit":
            await self.to_mentors(uow, case, "mentor-relay-from-edited", msg.body)  # acknowledged already
        elif msg.kind == "attachment":
            if msg.attachment is None:  # too large or unreadable
                await self.post.tell(uow, talk.room_id, talk.lang, "mentor-person-file-unreadable")
                return
            ref = await keep_attachment(uow, msg.sender, msg.attachment)
            await uow.cases.add_file(case.id, ref, uow.now)
            await self.post.to_thread(uow, case, self.post.m("mentor-relay-file", case=case.label), msgtype="m.text")
            self.post.wake()
            await self._acknowledge(uow, msg, talk, case)
        # A reaction in team mode answers nothing: no question of the bot's is waiting.

    async def _acknowledge(self, uow: UnitOfWork, msg: Inbound, talk: Talk, case: Case) -> None:
        """The first message since the team last wrote: a few words; the next ones: a ✓."""
        if not case.relay_acked:
            await self.post.tell(uow, talk.room_id, talk.lang, "mentor-person-passed")
            await uow.cases.mark_relay_acked(case.id)
            return
        await uow.send(msg.room_id, {"m.relates_to": {"rel_type": "m.annotation", "event_id": msg.event_id,
                                                      "key": PASSED}}, event_type="m.reaction")

    async def asked_again(self, uow: UnitOfWork, talk: Talk, case: Case) -> None:
        """**mentor** (or yes to the offer of a person) with a case open: no second case — team
        mode (again), and the team sees that they asked."""
        reach = await self.post.reach(uow)
        await uow.cases.set_relay(case.id, reach != "none")  # nobody would read what they write
        parts = [("mentor-person-still-open", {})] if reach == "ok" else opened_message(reach, case.urgency, talk)
        await self.post.tell_parts(uow, talk.room_id, talk.lang, parts)
        await self.post.to_thread(uow, case, self.post.m("mentor-asked-again", case=case.label), msgtype="m.text")

    async def to_mentors(self, uow: UnitOfWork, case: Case, msgid: str, text: str) -> None:
        """The person's words into the card's thread, under "C-0042:"."""
        label = self.post.texts.text(msgid, case=case.label)
        await self.post.send_to_thread(uow, case, prefixed(label, text[: self.post.settings.max_text_length]))

    def _yes_no(self, lang: str, text: str) -> bool | None:
        """Yes or no in the person's language or the mentors' one."""
        return said_yes_no(self.post.library.library.catalog, text, (lang, self.post.lang))

    async def _feedback(self, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool:
        """The one question after a case closed: did it help? Anything else skips it."""
        if msg.kind != "text":
            return False
        case = await uow.cases.awaiting_feedback(msg.room_id)
        if case is None or case.user_id != msg.sender:
            return False
        answer = self._yes_no(talk.lang, msg.body)
        if answer is None:
            await uow.cases.set_feedback(case.id, "skipped")
            return False
        await uow.cases.set_feedback(case.id, "yes" if answer else "no")
        await self.post.tell(uow, talk.room_id, talk.lang, "mentor-person-thanks")
        key = "mentor-feedback-yes" if answer else "mentor-feedback-no"
        await self.post.to_thread(uow, case, self.post.m(key, case=case.label))
        return True

    async def _handoff_answer(self, uow: UnitOfWork, talk: Talk, case: Case, yes: bool) -> None:
        if yes:
            await uow.cases.set_handoff(case.id, "approved")
            await self.post.to_thread(uow, case, self.post.m("mentor-handoff-agreed", case=case.label))
            self.post.wake()
        else:
            await uow.cases.set_handoff(case.id, "declined")
            await self.post.tell(uow, talk.room_id, talk.lang, "mentor-person-handoff-declined")
            await self.post.to_thread(uow, case, self.post.m("mentor-handoff-declined", case=case.label))


def prefixed(prefix: str, text: str) -> dict[str, Any]:
    """A person's (or mentor's) words under a label; the words are escaped, never Markdown."""
    prefix = strip_bold(prefix).strip()
    body = f"{prefix} {text}"
    words = html.escape(text).replace("\n", "<br>")
    return {"msgtype": "m.text", "body": body, "format": "org.matrix.custom.html",
            "formatted_body": f"<b>{html.escape(prefix)}</b> {words}"}


def strip_reply_fallback(body: str) -> str:
    """Drop the quoted "> <@someone> …" lines some clients put before a reply."""
    return _REPLY_FALLBACK.sub("", body, count=1)


__all__ = ["DONE", "PASSED", "Relay", "prefixed", "strip_reply_fallback"]
