"""The mentor room's commands: `!help`, `!cases`, `!case`, `!claim`, `!release`, `!assign`,
`!note`, `!close`, `!reveal`, `!handoff` — a table of small handlers — and `!followup`,
`!followups` (in `followup_commands`).

A command names its case by number (`42`, `C-0042`, `#42`); in a case's thread the number may be
left out. Every answer goes where the mentor wrote, in the mentors' language.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.care.inbound import Inbound
from bot.care.mentors.cards import case_details, cases_listing
from bot.care.mentors.cases import CaseDesk
from bot.care.mentors.link import MatrixLink
from bot.care.mentors.posting import Posting
from bot.store import UnitOfWork
from bot.store.cases import Case

log = logging.getLogger(__name__)

COMMAND = re.compile(r"^!([A-Za-z][\w-]*)(?:\s+(.*))?$", re.S)
_CASE_ID = re.compile(r"^(?:c-?|#)?0*(\d{1,9})$", re.I)
_USER_ID = re.compile(r"^@[^\s:]+:[A-Za-z0-9.\-]+(:\d+)?$")


@dataclass(frozen=True)
class Command:
    """One command as a mentor wrote it: its name (lower case), the rest, where, and the thread's case."""

    name: str
    rest: str
    msg: Inbound
    thread_case: Case | None


def parse(msg: Inbound, thread_case: Case | None) -> Command | None:
    """The command in a mentor's message, or None when it is not one (`!name rest`)."""
    found = COMMAND.match(msg.body.strip())
    if found is None:
        return None
    return Command(found.group(1).lower(), (found.group(2) or "").strip(), msg, thread_case)


Handler = Callable[[UnitOfWork, Command], Awaitable[None]]
CaseHandler = Callable[[UnitOfWork, Command, Case, str], Awaitable[None]]  # with the case and the rest
ASSIGN = "!assign 42 @mentor:server"
NOTE = "!note 42 text"


class Commands:
    """What mentors can ask of the desk by writing `!something` in the mentor room."""

    def __init__(self, posting: Posting, cases: CaseDesk, link: Callable[[], MatrixLink | None]) -> None:
        self.post = posting
        self.cases = cases
        self.link = link
        self.handlers: dict[str, Handler] = {
            "help": self.help,
            "cases": self.list_cases,
        }
        # Commands about one case, with the usage shown when the case is missing.
        self.case_handlers: dict[str, tuple[str, CaseHandler]] = {
            "case": ("!case 42", self.show_case),
            "claim": ("!claim 42", self.claim),
            "release": ("!release 42", self.release),
            "assign": (ASSIGN, self.assign),
            "note": (NOTE, self.note),
            "close": ("!close 42 [note]", self.close),
            "reveal": ("!reveal 42", self.reveal),
            "handoff": ("!handoff 42", self.handoff),
        }

    async def run(self, uow: UnitOfWork, cmd: Command) -> None:
        handler = self.handlers.get(cmd.name)
        if handler is not None:
            await handler(uow, cmd)
            return
        entry = self.case_handlers.get(cmd.name)
        if entry is None:
            await self.say(uow, cmd, "mentor-unknown-command", command=f"!{cmd.name}")
            return
        usage, case_handler = entry
        found = await self.target(uow, cmd, usage)
        if found is not None:
            await case_handler(uow, cmd, *found)

    async def say(self, uow: UnitOfWork, cmd: Command, msgid: str, **args: object) -> None:
        await self.post.reply(uow, cmd.msg, self.post.m(msgid, **args))

    async def target(self, uow: UnitOfWork, cmd: Command, usage: str) -> tuple[Case, str] | None:
        """The case a command is about (its number, or the thread it was written in) and the rest."""
        first, _, rest = cmd.rest.partition(" ")
        thread_case = cmd.thread_case
        match = _CASE_ID.match(first) if first else None
        if match is not None and thread_case is not None and first.isdigit() and int(match.group(1)) != thread_case.id:
            match = None  # in a case's thread a bare number is words ("!note 3 people came"), not a case
        if match is not None:
            case = await uow.cases.get(int(match.group(1)))
            if case is None:
                await self.say(uow, cmd, "mentor-unknown-case", number=first)
                return None
            return case, rest.strip()
        if thread_case is not None:
            return thread_case, cmd.rest
        if first and (first[0].isdigit() or first.lower().startswith("c-")):
            await self.say(uow, cmd, "mentor-unknown-case", number=first)
            return None
        await self.say(uow, cmd, "mentor-usage", usage=usage)
        return None

    # --- reading ---------------------------------------------------------------------------------
    async def help(self, uow: UnitOfWork, cmd: Command) -> None:
        await self.say(uow, cmd, "mentor-help")

    async def list_cases(self, uow: UnitOfWork, cmd: Command) -> None:
        cases = await uow.cases.list_open()
        await self.post.reply(uow, cmd.msg, cases_listing(self.post.texts, cases, uow.now))

    async def show_case(self, uow: UnitOfWork, cmd: Command, case: Case, _rest: str) -> None:
        files = await uow.cases.count_files(case.id)
        notes = await uow.cases.notes(case.id)
        await self.post.reply(uow, cmd.msg, case_details(self.post.texts, case, files, notes, uow.now))

    # --- who works the case ------------------------------------------------------------------------
    async def claim(self, uow: UnitOfWork, cmd: Command, case: Case, _rest: str) -> None:
        me = cmd.msg.sender
        if case.status == "closed":
            await self.say(uow, cmd, "mentor-closed-already", case=case.label)
        elif case.claimed_by == me:
            await self.say(uow, cmd, "mentor-claimed-yours", case=case.label)
        elif case.status == "claimed":
            await self.say(uow, cmd, "mentor-claimed-already", case=case.label, number=case.id,
                            mentor=case.claimed_by or "?", you=me)
        else:
            await self.cases.claim(uow, case, me)
            await self.say(uow, cmd, "mentor-claimed", case=case.label, mentor=me)

    async def release(self, uow: UnitOfWork, cmd: Command, case: Case, _rest: str) -> None:
        if case.status != "claimed":
            key = "mentor-closed-already" if case.status == "closed" else "mentor-released-not-claimed"
            await self.say(uow, cmd, key, case=case.label)
            return
        await uow.cases.release(case.id, uow.now)
        await self.cases.refresh(uow, case)
        await self.say(uow, cmd, "mentor-released", case=case.label)
        self.post.wake()

    async def assign(self, uow: UnitOfWork, cmd: Command, case: Case, rest: str) -> None:
        mentor = rest.split()[0] if rest.split() else ""
        if not _USER_ID.match(mentor):
            await self.say(uow, cmd, "mentor-usage", usage=ASSIGN)
            return
        link = self.link()
        assert link is not None
        if not link.is_member(mentor):
            await self.say(uow, cmd, "mentor-not-member", mentor=mentor)
            return
        if case.status == "closed":
            await self.say(uow, cmd, "mentor-closed-already", case=case.label)
            return
        await self.cases.claim(uow, case, mentor)
        await self.say(uow, cmd, "mentor-assigned", case=case.label, mentor=mentor)

    # --- the case's record -------------------------------------------------------------------------
    async def note(self, uow: UnitOfWork, cmd: Command, case: Case, text: str) -> None:
        if not text:
            await self.say(uow, cmd, "mentor-usage", usage=NOTE)
            return
        await uow.cases.add_note(case.id, cmd.msg.sender, text[: self.post.settings.max_text_length], uow.now)
        await self.say(uow, cmd, "mentor-note-added", case=case.label)

    async def close(self, uow: UnitOfWork, cmd: Command, case: Case, note: str) -> None:
        if case.status == "closed":
            await self.say(uow, cmd, "mentor-closed-already", case=case.label)
            return
        if note:
            await uow.cases.add_note(case.id, cmd.msg.sender, note[: self.post.settings.max_text_length], uow.now)
        reachable = case.room_id is not None and not case.anonymised
        await uow.cases.close(case.id, uow.now, ask_feedback=reachable)
        if reachable:
            lang = await self.post.lang_of(uow, case.user_id)
            await self.post.tell(uow, case.room_id, lang, "mentor-person-closed")
        await self.cases.refresh(uow, case)
        await self.say(uow, cmd, "mentor-closed", case=case.label)
        log.info("case %s closed", case.label)

    async def reveal(self, uow: UnitOfWork, cmd: Command, case: Case, _rest: str) -> None:
        await uow.cases.set_revealed(case.id)
        await self.say(uow, cmd, "mentor-revealed", case=case.label)

    async def handoff(self, uow: UnitOfWork, cmd: Command, case: Case, _rest: str) -> None:
        """A direct room with the person: at once when they shared their name, else after their yes."""
        if case.status == "closed":
            await self.say(uow, cmd, "mentor-closed-already", case=case.label)
        elif case.anonymised or case.room_id is None or case.user_id is None:
            await self.say(uow, cmd, "mentor-case-unreachable", case=case.label)
        elif case.handoff in ("asked", "approved", "created"):
            await self.say(uow, cmd, f"mentor-case-handoff-{case.handoff}")
        elif case.consent == "full":
            await uow.cases.set_handoff(case.id, "approved", mentor=cmd.msg.sender)
            await self.say(uow, cmd, "mentor-handoff-agreed", case=case.label)
            self.post.wake()
        else:
            await uow.cases.set_handoff(case.id, "asked", mentor=cmd.msg.sender)
            lang = await self.post.lang_of(uow, case.user_id)
            await self.post.tell(uow, case.room_id, lang, "mentor-person-handoff-ask")
            await self.say(uow, cmd, "mentor-handoff-asked", case=case.label)


__all__ = ["COMMAND", "Command", "Commands", "parse"]
