"""A whole bot minus the Matrix edge, for the conversation tests: the shipped flows and locales
(or a library a test builds), a real temporary database, the real mentors, follow-ups, privacy
and admin desks. `World.say` does what the runtime's `deliver` does — marks the event handled
and lets the conversations handle it in ONE transaction — then plays the sender: every queued
message gets an event id, and the messages for that room are returned.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from bot.authoring.loader import load_library, parse_flow_text
from bot.authoring.problems import Problem
from bot.care.admin import AdminDesk
from bot.care.conversations import Conversations, LibraryHolder
from bot.care.followups.service import FollowupService
from bot.care.followups.talk import FollowupDesk
from bot.care.inbound import Attachment, Inbound
from bot.care.mentors import Mentors
from bot.care.privacy import Privacy
from bot.care.render import strip_bold
from bot.engine.catalog import Catalog, parse_ftl
from bot.engine.library import FlowLibrary
from bot.engine.state import State
from bot.platform.config import FollowupSettings, Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.store import Store, UnitOfWork
from bot.store.cases import Case
from bot.store.followups import Followup
from tests.storekit import read

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = load_library(ROOT / "flows", ROOT / "locales").library
assert SHIPPED is not None

BOT = "@bot:example.org"
MENTORS = "!mentors:example.org"
ANNA, ANNA_DM = "@anna:example.org", "!anna-dm:example.org"
MIA, MIA_DM = "@mia:example.org", "!mia-dm:example.org"  # a mentor (a member of the mentor room)
ADA, ADA_DM = "@ada:example.org", "!ada-dm:example.org"  # an admin
T0 = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
RLM = "\u200f"  # right-to-left mark, at the start of each line of an RTL plain body
LANGS = ("en", "fr", "es", "fa", "ar", "ru", "prs", "ps")


def with_flows(flow_texts: Mapping[str, str], messages: Mapping[str, str], base: FlowLibrary = SHIPPED) -> FlowLibrary:
    """The shipped library plus test flows (YAML by id) and their English messages (one .ftl text)."""
    problems: list[Problem] = []
    flows = dict(base.flows)
    for flow_id, text in flow_texts.items():
        source = parse_flow_text(textwrap.dedent(text), f"flows/{flow_id}.yaml", flow_id, problems)
        assert source is not None, problems
        flows[flow_id] = source.flow
    extra = parse_ftl("en", "fixture", "locales/en/fixture.ftl", textwrap.dedent(messages))
    return FlowLibrary.build(flows.values(), Catalog([*base.catalog.files, extra]))


def words(lib: FlowLibrary, msgid: str, lang: str = "en", **args: Any) -> str:
    """A message as the plain body shows it (no bold markers, no right-to-left marks)."""
    return strip_bold(lib.catalog.render(lang, msgid, args))


def plain(body: str) -> str:
    return body.replace(RLM, "")


@dataclass
class FakeLink:
    """The mentors' Matrix side: who is in the mentor room."""

    members: set[str] = field(default_factory=lambda: {MIA})

    def is_member(self, user_id: str) -> bool:
        return user_id in self.members

    async def upload(self, data: bytes, mimetype: str, name: str) -> dict[str, Any]:
        return {"url": "mxc://example.org/case-file", "mimetype": mimetype}

    async def create_encrypted_room(self, invite: list[str], name: str | None = None) -> str:
        return "!handoff:example.org"

    async def first_sync(self) -> None:
        return None

    async def check(self) -> list[str]:
        return []


@dataclass
class FakeActions:
    """The runtime as privacy uses it, for `my data` (uploads) only."""

    uploads: list[bytes] = field(default_factory=list)

    @property
    def own_user_id(self) -> str:
        return BOT

    async def drain(self, room_id: str, wait_s: float = 30.0) -> None:
        return None

    async def redact_event(self, room_id: str, event_id: str) -> str:
        return "ok"

    def may_redact_others(self, room_id: str) -> bool:
        return False

    async def history(self, room_id: str, limit: int = 5000) -> list[tuple[str, str]]:
        return []

    async def leave(self, room_id: str) -> bool:
        return True

    async def upload_encrypted(self, data: bytes, mimetype: str) -> dict[str, Any] | None:
        self.uploads.append(data)
        return {"url": f"mxc://example.org/u{len(self.uploads)}", "mimetype": mimetype}


@dataclass(frozen=True)
class Sent:
    room_id: str
    content: dict[str, Any]
    event_type: str
    event_id: str

    @property
    def body(self) -> str:
        return plain(str(self.content.get("body", "")))


class World:
    def __init__(self, store: Store, lib: FlowLibrary = SHIPPED) -> None:
        self.store = store
        self.lib = lib
        self.now = T0
        self.settings = Settings(homeserver="https://hs.example.org", user_id=BOT, password="x",  # type: ignore[arg-type]
                                 mentor_room=MENTORS, admins=[ADA], flood_messages_per_minute=1000)
        holder = LibraryHolder(lib)
        no_quiet = FollowupSettings(quiet_start=time(0, 0), quiet_end=time(0, 0))
        self.service = FollowupService(store, no_quiet, lambda: self.now, self._deliver)
        self.desk = FollowupDesk(store, holder, self.service, "en")
        self.link = FakeLink()
        self.mentors = Mentors(self.settings, store, holder, clock=lambda: self.now.timestamp(), link=self.link)
        self.actions = FakeActions()
        self.privacy = Privacy(self.settings, store, holder, cases=self.mentors, clock=lambda: self.now)
        self.privacy.attach(self.actions)
        self.admin = AdminDesk(self.settings, store, Metrics(), lambda: [])
        self.conversations = Conversations(self.settings, store, holder, Redactor(b"salt"), self.mentors, self.desk,
                                           self.mentors, clock=lambda: self.now, admin=self.admin,
                                           privacy=self.privacy)
        self.log: list[Sent] = []
        self.jobs: list[Any] = []
        self._n = 0
        store.on_committed(lambda uow: self.jobs.extend(uow.committed_jobs))

    async def _deliver(self, followup: Followup, uow: UnitOfWork) -> None:
        await self.desk.deliver(followup, uow)

    def _event_id(self, prefix: str) -> str:
        self._n += 1
        return f"${prefix}{self._n}"

    async def send(self, body: str, *, user: str = ANNA, room: str = ANNA_DM, kind: str = "text",
                   relates_to: str | None = None, attachment: Attachment | None = None) -> tuple[str, list[Sent]]:
        """The person does something; returns its event id and what the bot sent into that room."""
        event_id = self._event_id("in")
        msg = Inbound(room, user, event_id, int(self.now.timestamp() * 1000), kind, body,  # type: ignore[arg-type]
                      relates_to=relates_to, attachment=attachment)
        now = self.now.timestamp()
        async with self.store.write(now) as uow:
            if await uow.edge.mark_processed(event_id, room, now):
                await self.conversations.handle(msg, uow)
        jobs, self.jobs = self.jobs, []
        for job in jobs:
            await job()
        out = await self.play_sender()
        self.now += timedelta(minutes=1)
        return event_id, [s for s in out if s.room_id == room]

    async def say(self, body: str, *, user: str = ANNA, room: str = ANNA_DM) -> list[str]:
        """The person writes; returns the bodies of the bot's messages in that room (reactions left out)."""
        _, sent = await self.send(body, user=user, room=room)
        return [s.body for s in sent if s.event_type == "m.room.message"]

    async def play_sender(self) -> list[Sent]:
        out = []
        for item in await read(self.store, lambda r: r.edge.unsent()):
            event_id = self._event_id("bot")
            async with self.store.write() as w:
                await w.edge.mark_sent(item.id, event_id, self.now.timestamp())
            out.append(Sent(item.room_id, item.content, item.event_type, event_id))
        self.log.extend(out)
        return out

    async def mentor_writes(self, text: str, case_id: int = 1) -> None:
        """A mentor replies in the case's thread (the person gets "Your mentor: …")."""
        card = await self.card_event(case_id)
        msg = Inbound(MENTORS, MIA, self._event_id("m"), int(self.now.timestamp() * 1000), "text", text,
                      thread_root=card)
        async with self.store.write(self.now.timestamp()) as uow:
            await self.conversations.handle(msg, uow)
        await self.play_sender()

    async def card_event(self, case_id: int = 1) -> str:
        case = await self.case(case_id)
        assert case is not None and case.card_txn_id is not None
        txn = case.card_txn_id
        event_id = await read(self.store, lambda r: r.edge.event_id_of_txn(txn))
        assert event_id is not None
        return event_id

    async def case(self, case_id: int = 1) -> Case | None:
        return await read(self.store, lambda r: r.cases.get(case_id))

    async def cases(self) -> list[Case]:
        return await read(self.store, lambda r: r.cases.for_user(ANNA))

    async def followups(self, user: str = ANNA) -> list[Followup]:
        return await read(self.store, lambda r: r.followups.for_user(user))

    def thread(self) -> list[str]:
        """What reached the mentor room so far (bodies)."""
        return [s.body for s in self.log if s.room_id == MENTORS and s.event_type == "m.room.message"]

    async def invite(self, flow: str, text: str, *, user: str = ANNA, room: str = ANNA_DM) -> list[str]:
        """A follow-up invitation to `flow` arrives now (answer "yes" to start it)."""
        async with self.store.write(self.now.timestamp()) as uow:
            await self.service.schedule(uow, user, room, after=timedelta(minutes=1), flow=flow, text=text,
                                        source="flow", tz_name=None)
        self.now += timedelta(minutes=2)
        await self.service.run_due(self.now)
        return [s.body for s in await self.play_sender() if s.room_id == room]

    async def state(self, user: str = ANNA, room: str = ANNA_DM) -> State | None:
        raw = await read(self.store, lambda r: r.people.load_state(room, user))
        return None if raw is None else State.from_json(raw)

    async def onboard(self, lang_option: str = "1") -> None:
        """Language, consent, and every optional setting skipped: then the menu waits."""
        await self.say("hello")
        await self.say(lang_option)
        await self.say("1")  # consent: yes
        for _ in range(6):  # time zone, country, …: whatever the onboarding asks next
            state = await self.state()
            if state is not None and state.flow == "menu" and state.waiting:
                return
            await self.say("skip")
        raise AssertionError("the menu should follow the onboarding")
