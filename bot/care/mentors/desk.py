"""Mentors: escalations become cases that people in one private, encrypted room work together.

What mentors see and do (all in the mentor room, and only its joined members; anyone else's
commands, reactions and replies are ignored without a word):

- **A card per case** (`C-0042`): urgency, conversation, reason, who (the Matrix id only when the
  person chose to share their name, else "C-0042 (pseudonymous)"), and the answers the person
  agreed to share, rendered in the default language. Urgent cards mention the room (`@room`).
  Files the person shared follow as encrypted files in the card's thread.
- **Claim** by reacting to the card (any reaction) or `!claim 42`; `!release 42`,
  `!assign 42 @mentor:server`. The person is told when a mentor has taken the case.
- **Talk** by replying in the card's thread: the reply goes to the person as "Your mentor: …"
  (with the mentor's Matrix id only when `reveal_mentor_ids` is on or after `!reveal 42`), and
  gets a ✅ once queued. Replying to an unclaimed case claims it. What the person writes comes
  back into the thread as "C-0042: …". Edits and files from mentors are not passed on.
- `!note 42 text` (for the team only), `!close 42 [note]` (the person is told, and asked once
  "did this help? yes/no"), `!cases`, `!case 42`, `!handoff 42`, `!help`. In a case's thread
  the number may be left out.
- **Urgent** cases nobody claimed are re-pinged with `@room` every `urgent_reping_minutes` until
  someone claims them; the person is told once that help is on the way, with crisis resources.
- **Handoff**: `!handoff 42` opens a new encrypted room with the person and the mentor — at once
  when the person shared their name, otherwise after they answer yes. The bot stays in that room
  (power level 100) and never speaks there.

While a person has an open case, their messages go to the mentors, not to the flows. Keywords
still work: **menu** and **language** hand the chat back to the bot (messages go to the flows
again until a mentor writes or the person writes **mentor**); **help**, **back**, **stop**,
**my data**, **delete my data** work as always without changing that; **mentor** never opens a
second case (it says the request is with the team, and notes it in the thread). A new
escalation by the same person while a case is open joins that case (raising its urgency).

The cases table is the source of truth (it survives restarts); the background task re-pings,
uploads files and creates handoff rooms from it. Everything an event causes is written in that
event's transaction; nothing is sent to the homeserver from inside a transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import mimetypes
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from bot.care.conversations import LibraryHolder, Talk
from bot.care.inbound import Inbound
from bot.care.render import Rendered, Renderer, markdown_to_html, plain_from_markdown
from bot.engine.effects import Escalate, SummaryItem
from bot.engine.model import AttachmentQuestion, ChoiceQuestion
from bot.engine.normalize import normalize
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.media import clean_attachment
from bot.store import Store, UnitOfWork, sent_event_ref
from bot.store.cases import Case, SummaryLine, case_label

log = logging.getLogger(__name__)

CARD_TAG = "case:"
DONE = "✅"
_COMMAND = re.compile(r"^!([A-Za-z][\w-]*)(?:\s+(.*))?$", re.S)
_CASE_ID = re.compile(r"^(?:c-?|#)?0*(\d{1,9})$", re.I)
_USER_ID = re.compile(r"^@[^\s:]+:[A-Za-z0-9.\-]+(:\d+)?$")
_REPLY_FALLBACK = re.compile(r"\A(?:> ?[^\n]*\n)+\n")
FILE_WAIT_S = 2.0  # how soon to look again while files wait for their card to be sent…
FILE_HURRY_S = 600.0  # …for this long after they came; then at the usual pace


class MatrixLink(Protocol):
    """What `Mentors` needs from the running bot (`bot.matrix.rooms.RuntimeLink`; fakes in tests)."""

    def is_member(self, user_id: str) -> bool:
        """Whether `user_id` has joined the mentor room (invited is not enough)."""
        ...

    async def upload(self, data: bytes, mimetype: str, name: str) -> dict[str, Any]:
        """Encrypt and upload a file; the `file` object of an m.file content."""
        ...

    async def create_encrypted_room(self, invite: list[str], name: str | None = None) -> str: ...

    async def first_sync(self) -> None: ...

    async def check(self) -> list[str]:
        """What is wrong with the mentor room (after the first sync)."""
        ...


@dataclass(frozen=True)
class _Command:
    name: str
    rest: str


class Mentors:
    """The `CaseSink` and `MentorRoute` of `bot.care.conversations`, and the re-ping/upload task."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        library: LibraryHolder,
        redactor: Redactor | None = None,
        *,
        clock: Callable[[], float] = time.time,
        link: MatrixLink | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.library = library
        self.redact = redactor
        self.clock = clock
        self.link = link
        self.lang = settings.default_language  # the mentors' language
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    # --- lifecycle -----------------------------------------------------------------------------
    def start(self, link: MatrixLink) -> None:
        """Bind to the running bot and start the background task (call once the edge exists)."""
        self.link = link
        self._stopping.clear()
        self._tasks = [
            asyncio.create_task(self._check_room(), name="mentor-room-check"),
            asyncio.create_task(self.run(), name="mentors"),
        ]

    async def stop(self) -> None:
        self._stopping.set()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []

    async def _check_room(self) -> None:
        assert self.link is not None
        try:
            await self.link.first_sync()
            problems = await self.link.check()
        except Exception as e:  # the check must never stop the bot
            log.error("MENTOR ROOM: could not be checked (%s)", e.__class__.__name__)
            return
        for problem in problems:
            log.error("MENTOR ROOM: %s", problem)
        if problems:
            log.error("MENTOR ROOM: activists are still served, but cases may not reach a person until this is fixed")
        else:
            log.info("mentor room checked: joined, encrypted, the bot can post")

    async def run(self) -> None:
        """Re-ping urgent cases, deliver files, create handoff rooms; until `stop()`."""
        assert self.link is not None
        await self.link.first_sync()
        while not self._stopping.is_set():
            self._wake.clear()
            steps: list[tuple[str, Callable[[], Awaitable[object]]]] = [
                ("re-pings", self._repings_now),
                ("files", self.deliver_files),
                ("handoffs", self.run_handoffs),
            ]
            failed = False
            for name, step in steps:
                try:
                    await step()
                except Exception as e:
                    failed = True
                    log.error("mentors: %s failed (%s); retrying later", name, e.__class__.__name__)
            delay = float(self.settings.mentors.check_seconds)
            if not failed:  # after a failure, at the usual pace: no tight loop of errors
                try:
                    delay = await self.next_delay(self.clock())
                except Exception as e:
                    log.error("mentors: the next check could not be timed (%s)", e.__class__.__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._until_woken(), timeout=delay)

    async def _repings_now(self) -> list[int]:
        return await self.repings_due(self.clock())

    async def _until_woken(self) -> None:
        stop = asyncio.create_task(self._stopping.wait())
        wake = asyncio.create_task(self._wake.wait())
        try:
            await asyncio.wait({stop, wake}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.cancel()
            wake.cancel()

    async def next_delay(self, now: float) -> float:
        """Seconds until the background task should look again."""
        delay = float(self.settings.mentors.check_seconds)
        async with self.store.read() as r:
            due = await r.cases.next_reping_at(self._interval())
            waiting = await r.cases.undelivered_files(since=now - FILE_HURRY_S)
        if due is not None:
            delay = min(delay, max(due - now, 1.0))
        if waiting:
            delay = min(delay, FILE_WAIT_S)
        return delay

    def _interval(self) -> float:
        return float(self.settings.mentors.urgent_reping_minutes * 60)

    # --- rendering -------------------------------------------------------------------------------
    @property
    def _render(self) -> Renderer:
        return Renderer(self.library.library.catalog)

    def _m(self, msgid: str, **args: Any) -> Rendered:
        """A mentor-facing text, in the default language."""
        return self._render.text(self.lang, msgid, args)

    def _text(self, msgid: str, **args: Any) -> str:
        return plain_from_markdown(self.library.library.catalog.render(self.lang, msgid, args))

    async def _lang_of(self, uow: UnitOfWork, user_id: str | None) -> str:
        person = await uow.people.get(user_id) if user_id else None
        return (person.lang if person else None) or self.settings.default_language

    def _urgency(self, urgency: str) -> str:
        return self._text(f"mentor-urgency-{urgency}")

    def _flow_title(self, flow_id: str | None) -> str:
        flow = self.library.library.flow(flow_id) if flow_id else None
        if flow is None:
            return self._text("mentor-flow-unknown")
        return self._text(flow.title)

    # --- escalation (CaseSink) -------------------------------------------------------------------
    async def escalate(self, uow: UnitOfWork, talk: Talk, effect: Escalate) -> None:
        lines = self._summary(effect) if effect.consent != "none" else []
        existing = await uow.cases.open_for_room(talk.room_id)
        if existing is not None and existing.user_id == talk.person.user_id:
            await self._join_case(uow, talk, existing, effect, lines)
            return
        reason = self._text(effect.reason) if effect.reason else None
        case_id = await uow.cases.create(
            user_id=talk.person.user_id, room_id=talk.room_id, urgency=effect.urgency, consent=effect.consent,
            summary=lines, flow=effect.flow, reason=reason, now=uow.now,
        )
        for line in lines:
            if line.file:
                await uow.cases.add_file(case_id, line.file, uow.now)
        case = await uow.cases.get(case_id)
        assert case is not None
        room = self.settings.mentor_room
        if room is None:
            log.error("case %s could not be posted: no mentor room is configured", case.label)
        else:
            card = await self._card(uow, case)
            content = card.content()
            if case.urgency == "urgent":
                content = _mention_room(content)
            txn = await uow.send(room, content, tag=f"{CARD_TAG}{case_id}")
            await uow.cases.set_card(case_id, txn)
        await self._tell(uow, talk.room_id, talk.lang, "mentor-person-opened")
        log.info("case %s opened (%s, %s)", case.label, case.urgency, case.flow)
        self._wake.set()

    async def _join_case(self, uow: UnitOfWork, talk: Talk, case: Case, effect: Escalate,
                         lines: list[SummaryLine]) -> None:
        """A new escalation while the person's case is open: it becomes part of that case."""
        raised = await uow.cases.raise_urgency(case.id, effect.urgency)
        if lines:
            await uow.cases.share_under_pseudonym(case.id)  # never reveals a name
            await uow.cases.add_summary(case.id, lines)
        for line in lines:
            if line.file:
                await uow.cases.add_file(case.id, line.file, uow.now)
        await uow.cases.set_relay(case.id, True)
        update = [self._m("mentor-card-update", case=case.label, urgency=self._urgency(effect.urgency),
                          flow=self._flow_title(effect.flow))]
        if effect.reason:
            update.append(self._m("mentor-card-reason", reason=self._text(effect.reason)))
        update.append(_summary_block(self._render, self.lang, lines, effect.consent))
        await self._to_thread(uow, case, self._render.join(update), msgtype="m.text")
        fresh = await uow.cases.get(case.id)
        assert fresh is not None
        if raised and fresh.urgency == "urgent" and fresh.status == "open":
            await self._ping(uow, fresh, "mentor-urgent-now")
            await uow.cases.mark_repinged(case.id, uow.now, warned=False)
        await self._refresh_card(uow, fresh)
        await self._tell(uow, talk.room_id, talk.lang, "mentor-person-still-open")
        self._wake.set()

    def _summary(self, effect: Escalate) -> list[SummaryLine]:
        """The shared answers as mentors read them: question text and answer, default language."""
        lib = self.library.library
        out: list[SummaryLine] = []
        for item in effect.summary:
            question = self._question(effect.flow, item)
            q_text = lib.catalog.render(self.lang, item.question_msgid) if item.question_msgid else item.var
            if item.value is None:
                out.append(SummaryLine(q_text, self._text("mentor-answer-skipped")))
            elif isinstance(question, AttachmentQuestion) and isinstance(item.value, str):
                out.append(SummaryLine(q_text, self._text("mentor-answer-file"), item.value))
            else:
                out.append(SummaryLine(q_text, self._answer_text(question, item)))
        return out

    def _question(self, flow_id: str, item: SummaryItem) -> object | None:
        lib = self.library.library
        flows = [lib.flow(flow_id), *lib.flows.values()]
        for flow in flows:
            if flow is None:
                continue
            for step in flow.steps.values():
                if getattr(step, "save", None) == item.var and getattr(step, "text", None) == item.question_msgid:
                    return step
        return None

    def _answer_text(self, question: object | None, item: SummaryItem) -> str:
        catalog = self.library.library.catalog
        value = item.value
        if isinstance(value, bool):
            return catalog.option_label(self.lang, "option-yes" if value else "option-no")
        if isinstance(question, ChoiceQuestion):
            labels = {o.id: o.label_msgid for o in question.options}
            ids = value if isinstance(value, tuple) else (str(value),)
            return ", ".join(catalog.option_label(self.lang, labels[i]) if i in labels else i for i in ids)
        if isinstance(value, tuple):
            return ", ".join(value)
        return str(value)

    # --- the card ---------------------------------------------------------------------------------
    async def _card(self, uow: UnitOfWork, case: Case) -> Rendered:
        render = self._render
        parts = [self._m("mentor-card-title", case=case.label, urgency=self._urgency(case.urgency),
                         flow=self._flow_title(case.flow))]
        parts.append(self._status(case))
        if case.reason:
            parts.append(self._m("mentor-card-reason", reason=case.reason))
        if case.anonymised:
            parts.append(self._m("mentor-card-erased"))
        else:
            parts.append(self._m("mentor-card-who", who=self._who(case)))
            parts.append(_summary_block(render, self.lang, list(case.summary), case.consent))
        files = await uow.cases.count_files(case.id)
        if files and not case.anonymised:
            parts.append(self._m("mentor-card-files", count=files))
        if case.is_open:
            parts.append(self._m("mentor-card-howto", number=case.id))
        return render.join([p for p in parts if p.plain])

    def _who(self, case: Case) -> str:
        if case.consent == "full" and case.user_id:
            return case.user_id
        return self._text("mentor-card-pseudonymous", case=case.label)

    def _status(self, case: Case) -> Rendered:
        if case.status == "claimed":
            return self._m("mentor-card-status-claimed", mentor=case.claimed_by or "?")
        return self._m(f"mentor-card-status-{case.status}")

    async def _refresh_card(self, uow: UnitOfWork, case: Case) -> None:
        """Edit the card so that it shows the case as it is now (status, urgency)."""
        room = self.settings.mentor_room
        target = await self._card_target(uow, case)
        if room is None or target is None:
            return
        card = await self._card(uow, case)
        new = card.content()
        new["m.mentions"] = {}
        content = {
            "msgtype": "m.text",
            "body": "* " + card.plain,
            "format": "org.matrix.custom.html",
            "formatted_body": "* " + card.html,
            "m.new_content": new,
            "m.mentions": {},
            "m.relates_to": {"rel_type": "m.replace", "event_id": target},
        }
        await uow.send(room, content, tag=f"{CARD_TAG}{case.id}|edit")

    async def _card_event(self, uow: UnitOfWork, case: Case) -> str | None:
        if case.card_event_id:
            return case.card_event_id
        if case.card_txn_id:
            event_id = await uow.edge.event_id_of_txn(case.card_txn_id)
            if event_id:
                await uow.cases.set_card_event(case.id, event_id)
                return event_id
        return None

    async def _card_target(self, uow: UnitOfWork, case: Case) -> str | None:
        """The card's event id, or the placeholder the sender fills in if it is not sent yet."""
        event_id = await self._card_event(uow, case)
        if event_id:
            return event_id
        return sent_event_ref(case.card_txn_id) if case.card_txn_id else None

    async def _case_of_event(self, uow: UnitOfWork, event_id: str | None) -> Case | None:
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

    # --- sending ----------------------------------------------------------------------------------
    async def _thread(self, uow: UnitOfWork, case: Case) -> dict[str, Any] | None:
        root = await self._card_event(uow, case)
        if root:
            return {"rel_type": "m.thread", "event_id": root, "is_falling_back": True,
                    "m.in_reply_to": {"event_id": root}}
        if case.card_txn_id:
            return {"rel_type": "m.thread", "event_id": sent_event_ref(case.card_txn_id), "is_falling_back": True}
        return None

    async def _to_thread(self, uow: UnitOfWork, case: Case, text: Rendered, msgtype: str = "m.notice") -> None:
        room = self.settings.mentor_room
        if room is None:
            return
        content = text.content(msgtype)
        thread = await self._thread(uow, case)
        if thread is not None:
            content["m.relates_to"] = thread
        await uow.send(room, content)

    async def _reply(self, uow: UnitOfWork, msg: Inbound, text: Rendered) -> None:
        """Answer a mentor where they wrote: in the thread they wrote in, else in the room."""
        content = text.content("m.notice")
        if msg.thread_root:
            content["m.relates_to"] = {"rel_type": "m.thread", "event_id": msg.thread_root, "is_falling_back": True,
                                       "m.in_reply_to": {"event_id": msg.event_id}}
        await uow.send(msg.room_id, content)

    async def _ping(self, uow: UnitOfWork, case: Case, msgid: str, **args: Any) -> None:
        room = self.settings.mentor_room
        if room is None:
            return
        content = _mention_room(self._m(msgid, case=case.label, number=case.id, **args).content())
        root = await self._card_event(uow, case)
        if root:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": root}}
        await uow.send(room, content, tag=f"{CARD_TAG}{case.id}|ping")

    async def _tell(self, uow: UnitOfWork, room_id: str | None, lang: str, msgid: str, **args: Any) -> None:
        """Say something to the person, in their language."""
        if room_id is None:
            return
        await uow.send(room_id, self._render.text(lang, msgid, args).content())

    # --- the mentor room (MentorRoute) -------------------------------------------------------------
    async def on_mentor_room(self, uow: UnitOfWork, msg: Inbound) -> None:
        if self.link is None or not self.link.is_member(msg.sender):
            return  # only the room's members work cases; others get not even a reply
        if msg.kind == "reaction":
            await self._on_reaction(uow, msg)
            return
        if msg.kind != "text":
            return  # edits and files from mentors are not passed on
        body = msg.body.strip()
        thread_case = await self._case_of_event(uow, msg.thread_root)
        command = _COMMAND.match(body)
        if command is not None:
            await self._command(uow, msg, _Command(command.group(1).lower(), (command.group(2) or "").strip()),
                                thread_case)
        elif thread_case is not None:
            await self._relay_to_person(uow, msg, thread_case)

    async def _on_reaction(self, uow: UnitOfWork, msg: Inbound) -> None:
        case = await self._case_of_event(uow, msg.relates_to)
        if case is None or case.status != "open":
            return  # a reaction on a taken or closed case is just a reaction
        await self._claim(uow, case, msg.sender)
        await self._to_thread(uow, case, self._m("mentor-claimed", case=case.label, mentor=msg.sender))

    async def _claim(self, uow: UnitOfWork, case: Case, mentor: str) -> None:
        await uow.cases.claim(case.id, mentor, uow.now)
        if case.status == "open" and case.room_id:
            lang = await self._lang_of(uow, case.user_id)
            await self._tell(uow, case.room_id, lang, "mentor-person-taken")
        fresh = await uow.cases.get(case.id)
        assert fresh is not None
        await self._refresh_card(uow, fresh)
        log.info("case %s claimed", case.label)

    async def _relay_to_person(self, uow: UnitOfWork, msg: Inbound, case: Case) -> None:
        if case.anonymised or case.room_id is None:
            await self._reply(uow, msg, self._m("mentor-case-unreachable", case=case.label))
            return
        if case.status == "closed":
            await self._reply(uow, msg, self._m("mentor-case-closed-no-relay", case=case.label, number=case.id))
            return
        text = _strip_reply_fallback(msg.body).strip()[: self.settings.max_text_length]
        if not text:
            return
        if case.status == "open":
            await self._claim(uow, case, msg.sender)
        lang = await self._lang_of(uow, case.user_id)
        named = self.settings.mentors.reveal_mentor_ids or case.revealed
        catalog = self.library.library.catalog
        prefix = (catalog.render(lang, "mentor-person-says-named", {"mentor": msg.sender}) if named
                  else catalog.render(lang, "mentor-person-says"))
        await uow.send(case.room_id, _prefixed(prefix, text))
        await uow.cases.set_relay(case.id, True)
        await uow.send(msg.room_id, {"m.relates_to": {"rel_type": "m.annotation", "event_id": msg.event_id,
                                                      "key": DONE}}, event_type="m.reaction")

    # --- commands ---------------------------------------------------------------------------------
    async def _command(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        handlers: dict[str, Callable[[UnitOfWork, Inbound, _Command, Case | None], Awaitable[None]]] = {
            "help": self._cmd_help,
            "cases": self._cmd_cases,
            "case": self._cmd_case,
            "claim": self._cmd_claim,
            "release": self._cmd_release,
            "assign": self._cmd_assign,
            "note": self._cmd_note,
            "close": self._cmd_close,
            "reveal": self._cmd_reveal,
            "handoff": self._cmd_handoff,
        }
        handler = handlers.get(cmd.name)
        if handler is None:
            await self._reply(uow, msg, self._m("mentor-unknown-command", command=f"!{cmd.name}"))
            return
        await handler(uow, msg, cmd, thread_case)

    async def _target(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None,
                      usage: str) -> tuple[Case, str] | None:
        """The case a command is about (its number, or the thread it was written in) and the rest."""
        first, _, rest = cmd.rest.partition(" ")
        match = _CASE_ID.match(first) if first else None
        if match is not None and thread_case is not None and first.isdigit() and int(match.group(1)) != thread_case.id:
            match = None  # in a case's thread a bare number is words ("!note 3 people came"), not a case
        if match is not None:
            number = int(match.group(1))
            case = await uow.cases.get(number)
            if case is None:
                await self._reply(uow, msg, self._m("mentor-unknown-case", number=first))
                return None
            return case, rest.strip()
        if thread_case is not None:
            return thread_case, cmd.rest
        if first and (first[0].isdigit() or first.lower().startswith("c-")):
            await self._reply(uow, msg, self._m("mentor-unknown-case", number=first))
            return None
        await self._reply(uow, msg, self._m("mentor-usage", usage=usage))
        return None

    async def _cmd_help(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        await self._reply(uow, msg, self._m("mentor-help"))

    async def _cmd_cases(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        cases = await uow.cases.list_open()
        if not cases:
            await self._reply(uow, msg, self._m("mentor-cases-none"))
            return
        head = self._text("mentor-cases-head")
        lines = [self._text("mentor-cases-line", case=c.label, urgency=self._urgency(c.urgency),
                            status=self._status_word(c), flow=self._flow_title(c.flow),
                            age=self._age(uow.now - c.created_at)) for c in cases]
        plain = head + "\n" + "\n".join(f"- {line}" for line in lines)
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        await self._reply(uow, msg, Rendered(plain, f"<p>{html.escape(head)}</p><ul>{items}</ul>"))

    def _status_word(self, case: Case) -> str:
        if case.status == "claimed":
            return self._text("mentor-status-claimed", mentor=case.claimed_by or "?")
        return self._text(f"mentor-status-{case.status}")

    def _age(self, seconds: float) -> str:
        minutes = max(int(seconds // 60), 0)
        if minutes < 60:
            return self._text("mentor-age-minutes", count=minutes)
        if minutes < 48 * 60:
            return self._text("mentor-age-hours", count=minutes // 60)
        return self._text("mentor-age-days", count=minutes // (24 * 60))

    async def _cmd_case(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        found = await self._target(uow, msg, cmd, thread_case, "!case 42")
        if found is None:
            return
        case, _ = found
        parts = [await self._card(uow, case)]
        parts.append(self._m("mentor-case-opened-at", age=self._age(uow.now - case.created_at)))
        if case.handoff:
            parts.append(self._m(f"mentor-case-handoff-{case.handoff}"))
        notes = await uow.cases.notes(case.id)
        if notes:
            head = self._text("mentor-case-notes")
            plain = head + "\n" + "\n".join(f"- {n.author}: {n.text}" for n in notes)
            items = "".join(f"<li>{html.escape(n.author)}: {html.escape(n.text)}</li>" for n in notes)
            parts.append(Rendered(plain, f"<p>{html.escape(head)}</p><ul>{items}</ul>"))
        await self._reply(uow, msg, self._render.join(parts))

    async def _cmd_claim(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        found = await self._target(uow, msg, cmd, thread_case, "!claim 42")
        if found is None:
            return
        case, _ = found
        if case.status == "closed":
            await self._reply(uow, msg, self._m("mentor-closed-already", case=case.label))
        elif case.claimed_by == msg.sender:
            await self._reply(uow, msg, self._m("mentor-claimed-yours", case=case.label))
        elif case.status == "claimed":
            await self._reply(uow, msg, self._m("mentor-claimed-already", case=case.label, number=case.id,
                                                mentor=case.claimed_by or "?", you=msg.sender))
        else:
            await self._claim(uow, case, msg.sender)
            await self._reply(uow, msg, self._m("mentor-claimed", case=case.label, mentor=msg.sender))

    async def _cmd_release(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        found = await self._target(uow, msg, cmd, thread_case, "!release 42")
        if found is None:
            return
        case, _ = found
        if case.status != "claimed":
            key = "mentor-closed-already" if case.status == "closed" else "mentor-released-not-claimed"
            await self._reply(uow, msg, self._m(key, case=case.label))
            return
        await uow.cases.release(case.id, uow.now)
        fresh = await uow.cases.get(case.id)
        assert fresh is not None
        await self._refresh_card(uow, fresh)
        await self._reply(uow, msg, self._m("mentor-released", case=case.label))
        self._wake.set()

    async def _cmd_assign(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        usage = "!assign 42 @mentor:server"
        found = await self._target(uow, msg, cmd, thread_case, usage)
        if found is None:
            return
        case, rest = found
        mentor = rest.split()[0] if rest.split() else ""
        if not _USER_ID.match(mentor):
            await self._reply(uow, msg, self._m("mentor-usage", usage=usage))
            return
        assert self.link is not None
        if not self.link.is_member(mentor):
            await self._reply(uow, msg, self._m("mentor-not-member", mentor=mentor))
            return
        if case.status == "closed":
            await self._reply(uow, msg, self._m("mentor-closed-already", case=case.label))
            return
        await self._claim(uow, case, mentor)
        await self._reply(uow, msg, self._m("mentor-assigned", case=case.label, mentor=mentor))

    async def _cmd_note(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        found = await self._target(uow, msg, cmd, thread_case, "!note 42 text")
        if found is None:
            return
        case, text = found
        if not text:
            await self._reply(uow, msg, self._m("mentor-usage", usage="!note 42 text"))
            return
        await uow.cases.add_note(case.id, msg.sender, text[: self.settings.max_text_length], uow.now)
        await self._reply(uow, msg, self._m("mentor-note-added", case=case.label))

    async def _cmd_close(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        found = await self._target(uow, msg, cmd, thread_case, "!close 42 [note]")
        if found is None:
            return
        case, note = found
        if case.status == "closed":
            await self._reply(uow, msg, self._m("mentor-closed-already", case=case.label))
            return
        if note:
            await uow.cases.add_note(case.id, msg.sender, note[: self.settings.max_text_length],
                                            uow.now)
        reachable = case.room_id is not None and not case.anonymised
        await uow.cases.close(case.id, uow.now, ask_feedback=reachable)
        if reachable:
            lang = await self._lang_of(uow, case.user_id)
            await self._tell(uow, case.room_id, lang, "mentor-person-closed")
        fresh = await uow.cases.get(case.id)
        assert fresh is not None
        await self._refresh_card(uow, fresh)
        await self._reply(uow, msg, self._m("mentor-closed", case=case.label))
        log.info("case %s closed", case.label)

    async def _cmd_reveal(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        found = await self._target(uow, msg, cmd, thread_case, "!reveal 42")
        if found is None:
            return
        case, _ = found
        await uow.cases.set_revealed(case.id)
        await self._reply(uow, msg, self._m("mentor-revealed", case=case.label))

    async def _cmd_handoff(self, uow: UnitOfWork, msg: Inbound, cmd: _Command, thread_case: Case | None) -> None:
        found = await self._target(uow, msg, cmd, thread_case, "!handoff 42")
        if found is None:
            return
        case, _ = found
        if case.status == "closed":
            await self._reply(uow, msg, self._m("mentor-closed-already", case=case.label))
        elif case.anonymised or case.room_id is None or case.user_id is None:
            await self._reply(uow, msg, self._m("mentor-case-unreachable", case=case.label))
        elif case.handoff in ("asked", "approved", "created"):
            await self._reply(uow, msg, self._m(f"mentor-case-handoff-{case.handoff}"))
        elif case.consent == "full":
            await uow.cases.set_handoff(case.id, "approved", mentor=msg.sender)
            await self._reply(uow, msg, self._m("mentor-handoff-agreed", case=case.label))
            self._wake.set()
        else:
            await uow.cases.set_handoff(case.id, "asked", mentor=msg.sender)
            lang = await self._lang_of(uow, case.user_id)
            await self._tell(uow, case.room_id, lang, "mentor-person-handoff-ask")
            await self._reply(uow, msg, self._m("mentor-handoff-asked", case=case.label))

    # --- the person's side (MentorRoute.intercept) ----------------------------------------------
    async def intercept(self, uow: UnitOfWork, msg: Inbound, talk: Talk) -> bool:
        """Take over the person's message while their case is open (see the module doc)."""
        if await uow.cases.is_handoff_room(msg.room_id):
            return True  # the bot never speaks in the direct rooms it created
        case = await uow.cases.open_for_room(msg.room_id)
        if case is None or case.user_id != msg.sender:
            return await self._feedback(uow, msg, talk)
        if msg.kind == "text":
            keyword = self.library.library.catalog.keyword_of(talk.lang, msg.body)
            if case.handoff == "asked" and keyword is None:
                answer = self._yes_no(talk.lang, msg.body)
                if answer is not None:
                    await self._handoff_answer(uow, talk, case, answer)
                    return True
            if keyword == "mentor":
                await uow.cases.set_relay(case.id, True)
                await self._tell(uow, talk.room_id, talk.lang, "mentor-person-still-open")
                await self._to_thread(uow, case, self._m("mentor-asked-again", case=case.label), msgtype="m.text")
                return True
            if keyword in ("menu", "language"):
                await uow.cases.set_relay(case.id, False)
                return False
            if keyword is not None or not case.relay:
                return False
            await self._relay_to_mentors(uow, case, "mentor-relay-from", msg.body)
            return True
        if not case.relay:
            return False
        if msg.kind == "edit":
            await self._relay_to_mentors(uow, case, "mentor-relay-from-edited", msg.body)
            return True
        if msg.kind == "attachment":
            if msg.attachment is None:
                return False  # too large or unreadable: let the conversation say so
            a = msg.attachment
            kept = await asyncio.to_thread(clean_attachment, a.data)  # every file, whatever its type
            ref = await uow.attachments.add(msg.sender, kept.name(a.name), kept.mimetype or a.mimetype, kept.data,
                                            uow.now, cleaned=kept.cleaned)
            await uow.cases.add_file(case.id, ref, uow.now)
            await self._to_thread(uow, case, self._m("mentor-relay-file", case=case.label), msgtype="m.text")
            self._wake.set()
            return True
        return False  # reactions go to the conversation (they answer its questions)

    async def _relay_to_mentors(self, uow: UnitOfWork, case: Case, msgid: str, text: str) -> None:
        room = self.settings.mentor_room
        if room is None:
            return
        content = _prefixed(self._text(msgid, case=case.label), text[: self.settings.max_text_length])
        thread = await self._thread(uow, case)
        if thread is not None:
            content["m.relates_to"] = thread
        await uow.send(room, content)

    def _yes_no(self, lang: str, text: str) -> bool | None:
        catalog = self.library.library.catalog
        said = normalize(text)
        for answer, msgid in ((True, "option-yes"), (False, "option-no")):
            words = set(catalog.match_words(lang, msgid)) | set(catalog.match_words(self.lang, msgid))
            if said in words:
                return answer
        return None

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
        await self._tell(uow, talk.room_id, talk.lang, "mentor-person-thanks")
        key = "mentor-feedback-yes" if answer else "mentor-feedback-no"
        await self._to_thread(uow, case, self._m(key, case=case.label))
        return True

    async def _handoff_answer(self, uow: UnitOfWork, talk: Talk, case: Case, yes: bool) -> None:
        if yes:
            await uow.cases.set_handoff(case.id, "approved")
            await self._to_thread(uow, case, self._m("mentor-handoff-agreed", case=case.label))
            self._wake.set()
        else:
            await uow.cases.set_handoff(case.id, "declined")
            await self._tell(uow, talk.room_id, talk.lang, "mentor-person-handoff-declined")
            await self._to_thread(uow, case, self._m("mentor-handoff-declined", case=case.label))

    # --- background work (driven by `run`, or directly by tests) ---------------------------------
    async def repings_due(self, now: float) -> list[int]:
        """Re-ping every urgent case nobody claimed for `urgent_reping_minutes`; returns their ids."""
        if self.settings.mentor_room is None:
            return []
        pinged: list[int] = []
        async with self.store.write(now) as uow:
            for case in await uow.cases.due_repings(now, self._interval()):
                minutes = int((now - case.created_at) // 60)
                # While the card itself has not reached the room (e.g. the bot is not in it yet),
                # pings would only pile up behind it.
                if await self._card_event(uow, case) is not None:
                    await self._ping(uow, case, "mentor-reping", minutes=minutes)
                warn = not case.warned and case.room_id is not None
                if warn:
                    await self._on_the_way(uow, case)
                await uow.cases.mark_repinged(case.id, now, warned=warn)
                pinged.append(case.id)
        if pinged:
            log.info("re-pinged %d unclaimed urgent case(s)", len(pinged))
        return pinged

    async def _on_the_way(self, uow: UnitOfWork, case: Case) -> None:
        person = await uow.people.get(case.user_id) if case.user_id else None
        lang = (person.lang if person else None) or self.settings.default_language
        render = self._render
        text = render.join([
            render.text(lang, "mentor-person-on-the-way"),
            render.text(lang, "crisis-resources", {"country": (person.country if person else None) or "other"}),
        ])
        assert case.room_id is not None
        await uow.send(case.room_id, text.content())

    async def deliver_files(self) -> int:
        """Upload the files of cases whose card is out, into the card's thread; returns how many."""
        if self.link is None or self.settings.mentor_room is None:
            return 0
        async with self.store.write() as uow:
            await uow.cases.fill_card_events()
            pending = await uow.cases.pending_files()
        sent = 0
        for item in pending:
            async with self.store.read() as r:
                stored = await r.attachments.get(item.ref)
                case = await r.cases.get(item.case_id)
            if case is None:
                continue
            if stored is None:  # purged by retention, or erased
                async with self.store.write(self.clock()) as uow:
                    await uow.cases.mark_file_delivered(item.id, uow.now)
                    await self._to_thread(uow, case, self._m("mentor-file-gone", case=case.label))
                continue
            name = stored.name if case.consent == "full" else _neutral_name(case, item.number, stored.mimetype)
            try:
                file_info = await self.link.upload(stored.data, stored.mimetype, name)
            except Exception as e:
                log.warning("a file of case %s could not be uploaded (%s); retrying later",
                            case.label, e.__class__.__name__)
                break
            image = stored.mimetype.startswith("image/")
            content: dict[str, Any] = {
                "msgtype": "m.image" if image else "m.file",
                "body": name,
                "filename": name,
                "info": {"mimetype": stored.mimetype, "size": len(stored.data)},
                "file": file_info,
            }
            async with self.store.write(self.clock()) as uow:
                thread = await self._thread(uow, case)
                if thread is not None:
                    content["m.relates_to"] = thread
                await uow.send(self.settings.mentor_room, content)
                await uow.cases.mark_file_delivered(item.id, uow.now)
            sent += 1
        return sent

    async def run_handoffs(self) -> int:
        """Create the direct rooms that were agreed to; returns how many."""
        if self.link is None:
            return 0
        async with self.store.read() as r:
            approved = await r.cases.handoffs_approved()
        made = 0
        for case in approved:
            mentor, person = case.handoff_mentor, case.user_id
            room_id: str | None = None
            if mentor and person:
                try:
                    room_id = await self.link.create_encrypted_room([person, mentor], None)
                except Exception as e:
                    log.warning("the direct room of case %s could not be created (%s)", case.label,
                                e.__class__.__name__)
            async with self.store.write(self.clock()) as uow:
                if room_id is None:
                    await uow.cases.set_handoff(case.id, "failed")
                    await self._to_thread(uow, case, self._m("mentor-handoff-failed", case=case.label,
                                                             number=case.id))
                else:
                    await uow.cases.set_handoff(case.id, "created", room_id=room_id)
                    await self._to_thread(uow, case, self._m("mentor-handoff-created", case=case.label,
                                                             mentor=mentor or "?"))
                    lang = await self._lang_of(uow, person)
                    await self._tell(uow, case.room_id, lang, "mentor-person-handoff-invited")
                    made += 1
        return made

    # --- privacy (called by the privacy helper) ---------------------------------------------------
    async def forget_person(self, uow: UnitOfWork, user_id: str) -> list[int]:
        """The person erased their data: their cases stay for the team, without them.

        Each card is edited to drop the person's id and summary (the original event stays in the
        room's history until the room's own retention removes it), and its thread says so.
        """
        ids = await uow.cases.anonymise_for_user(user_id, uow.now)
        for case_id in ids:
            case = await uow.cases.get(case_id)
            if case is None:
                continue
            await self._refresh_card(uow, case)
            await self._to_thread(uow, case, self._m("mentor-anonymised", case=case.label))
        return ids

    async def purge_closed_before(self, cutoff: float) -> int:
        """Retention: forget cases closed before `cutoff` (epoch seconds)."""
        async with self.store.write() as uow:
            return await uow.cases.purge_closed_before(cutoff)


# --- helpers ------------------------------------------------------------------------------------
def _mention_room(content: dict[str, Any]) -> dict[str, Any]:
    """@room, the way clients notify: the intentional-mentions flag, and the word for older ones."""
    out = dict(content)
    out["body"] = "@room " + str(content.get("body", ""))
    if "formatted_body" in content:
        out["formatted_body"] = "@room " + str(content["formatted_body"])
    out["m.mentions"] = {"room": True}
    return out


def _prefixed(prefix: str, text: str) -> dict[str, Any]:
    """A person's (or mentor's) words under a label; the words are escaped, never Markdown."""
    prefix = plain_from_markdown(prefix).strip()
    body = f"{prefix} {text}"
    words = html.escape(text).replace("\n", "<br>")
    return {"msgtype": "m.text", "body": body, "format": "org.matrix.custom.html",
            "formatted_body": f"<b>{html.escape(prefix)}</b> {words}"}


def _summary_block(render: Renderer, lang: str, lines: list[SummaryLine], consent: str) -> Rendered:
    if consent == "none":
        return render.text(lang, "mentor-card-not-shared")
    if not lines:
        return Rendered("", "")
    head = render.text(lang, "mentor-card-shared")
    plain_items = [f"- {plain_from_markdown(line.question)}\n  {line.answer}" for line in lines]
    html_items = [
        f"<li>{_inline(markdown_to_html(line.question))}<br><b>{html.escape(line.answer).replace(chr(10), '<br>')}</b>"
        "</li>"
        for line in lines
    ]
    return Rendered(head.plain + "\n" + "\n".join(plain_items), head.html + "<ul>" + "".join(html_items) + "</ul>")


def _inline(fragment: str) -> str:
    fragment = fragment.strip()
    if fragment.startswith("<p>") and fragment.endswith("</p>") and fragment.count("<p>") == 1:
        return fragment[3:-4]
    return fragment


def _strip_reply_fallback(body: str) -> str:
    """Drop the quoted "> <@someone> …" lines some clients put before a reply."""
    return _REPLY_FALLBACK.sub("", body, count=1)


def _neutral_name(case: Case, number: int, mimetype: str) -> str:
    """A file name that says nothing about the person (their own may name them)."""
    ext = mimetypes.guess_extension(mimetype) or ""
    return f"{case.label}-file-{number}{ext}"


__all__ = ["MatrixLink", "Mentors", "UnitOfWork", "case_label"]
