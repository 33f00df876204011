"""Protection plans on a real (temporary) database with the shipped flows, locales, mentors,
follow-ups and privacy: kept sealed, shown on "my plan", reminded, replaced, erased, never kept
without consent, and shown to mentors only after the person agreed.

`World.say` does what the runtime does for one event: mark it handled and let the conversations
handle it in one transaction, then play the sender (each queued message gets an event id, and
its sealed content is dropped, as after a real send).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.authoring.loader import load_library
from bot.care.conversations import Conversations, LibraryHolder
from bot.care.followups.service import Followup, FollowupService
from bot.care.followups.talk import FollowupDesk
from bot.care.mentors import Mentors
from bot.care.plan import REMINDER_MSGID, TAG_SUGGEST, PlanDesk, plan_from_json
from bot.care.privacy import Privacy
from bot.care.render import strip_bold
from bot.engine import engine
from bot.engine.inputs import TextInput
from bot.engine.state import Context
from bot.matrix.inbound import Inbound
from bot.platform.config import FollowupSettings, Settings
from bot.platform.logs import Redactor
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Person, Store, UnitOfWork
from bot.store.sealed import column as sealed_column
from bot.store.sealed import open_cell
from tests.convworld import FakeLink
from tests.storekit import read

ROOT = Path(__file__).resolve().parents[2]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None

BOT = "@bot:example.org"
MENTORS = "!mentors:example.org"
ANNA, ANNA_DM = "@anna:example.org", "!anna-dm:example.org"
MIA = "@mia:example.org"  # a mentor
T0 = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
OWN = "Call Maria every evening at nine"


def text(msgid: str, lang: str = "en", **args: Any) -> str:
    return strip_bold(LIB.catalog.render(lang, msgid, args))


def first_line(msgid: str, lang: str = "en", **args: Any) -> str:
    return text(msgid, lang, **args).splitlines()[0]


class World:
    def __init__(self, store: Store, box: SecretBox) -> None:
        self.store, self.box = store, box
        self.now = T0
        self.settings = Settings(homeserver="https://hs.example.org", user_id=BOT, password="x",  # type: ignore[arg-type]
                                 mentor_room=MENTORS)
        holder = LibraryHolder(LIB)
        no_quiet = FollowupSettings(quiet_start=time(0, 0), quiet_end=time(0, 0))
        self.service = FollowupService(store, no_quiet, lambda: self.now, self._deliver)
        self.desk = FollowupDesk(store, holder, self.service, "en")
        self.plans = PlanDesk(self.settings, holder, self.service)
        self.mentors = Mentors(self.settings, store, holder, clock=lambda: self.now.timestamp(), link=FakeLink(),
                               followups=self.service, plans=self.plans)
        self.privacy = Privacy(self.settings, store, holder, cases=self.mentors, clock=lambda: self.now)
        self.conversations = Conversations(self.settings, store, holder, Redactor(b"salt"), self.mentors, self.desk,
                                           self.mentors, clock=lambda: self.now, privacy=self.privacy,
                                           plans=self.plans)
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self._n = 0

    async def _deliver(self, followup: Followup, uow: UnitOfWork) -> None:
        if not await self.plans.deliver(followup, uow):  # as bot/app.py wires it
            await self.desk.deliver(followup, uow)

    async def say(self, body: str, *, user: str = ANNA, room: str = ANNA_DM) -> list[str]:
        """Someone writes; returns the bodies of what the bot sends into that room."""
        self._n += 1
        event_id = f"$in{self._n}"
        msg = Inbound(room, user, event_id, int(self.now.timestamp() * 1000), "text", body)
        now = self.now.timestamp()
        before = len(self.sent)
        async with self.store.write(now) as uow:
            if await uow.edge.mark_processed(event_id, room, now):
                await self.conversations.handle(msg, uow)
        await self.play_sender()
        return [c.get("body", "") for r, c in self.sent[before:] if r == room]

    async def mentor(self, body: str) -> list[str]:
        return await self.say(body, user=MIA, room=MENTORS)

    def mentor_room(self) -> list[str]:
        return [c.get("body", "") for r, c in self.sent if r == MENTORS]

    async def play_sender(self) -> None:
        for item in await read(self.store, lambda r: r.edge.unsent()):
            self._n += 1
            async with self.store.write() as w:
                await w.edge.mark_sent(item.id, f"$bot{self._n}", self.now.timestamp())
            self.sent.append((item.room_id, item.content))

    async def play_and_last(self) -> str:
        """What the bot said last to the person."""
        await self.play_sender()
        return [c.get("body", "") for r, c in self.sent if r == ANNA_DM][-1]

    async def onboard(self) -> None:
        for answer in ("hello", "1", "1", "skip", "skip"):  # English, consent: yes, no zone, no country
            await self.say(answer)

    async def make_plan(self, *, share: str = "no") -> list[str]:
        """A person at home makes a plan: 3 of the 5 offered steps kept, two with a reminder."""
        replies: list[str] = []
        for answer in ("4",  # menu: the protection plan
                       "1", "3", "1", "2", "2",  # at home; not safe; same routes; nobody knows; no incidents
                       "2", "1", "4", "3",  # coping up and down; the authorities; arrest; likely
                       "no", "2", "skip",  # nobody to call; no network; habits skipped
                       "1", "yes",  # a safe place: keep, remind me
                       "2", OWN, "yes",  # a check-in: in my own words, remind me
                       "3",  # the digital check: leave it out
                       "1", "no",  # a lawyer: keep, no reminder
                       "skip",  # varying routes: left out with the skip word
                       share):
            replies += await self.say(answer)
        return replies


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    box = SecretBox(generate_key())
    store = await Store.open(tmp_path / "continuum.db", box)
    try:
        yield World(store, box)
    finally:
        await store.close()


async def traces(world: World, needles: list[str]) -> list[str]:
    """Every (table, column) where one of `needles` appears, in clear or inside a sealed value."""
    found = []
    tables = [r["name"] for r in await world.store.db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in await world.store.db.fetchall(f'SELECT * FROM "{table}"'):
            for name in row.keys():
                value = row[name]
                raw = value.encode() if isinstance(value, str) else value if isinstance(value, bytes) else None
                if raw is None:
                    continue
                opened = [raw]
                sealed = sealed_column(table, name)
                if raw.startswith(b"CV1") and sealed is not None:
                    cell = open_cell(world.box, sealed, row)
                    if cell is not None:
                        opened.append(cell)
                found += [f"{table}.{name}: {n}" for n in needles if any(n.encode() in b for b in opened)]
    return found


async def plan_rows(world: World) -> int:
    return len(await world.store.db.fetchall("SELECT user_id FROM plans"))


# --- made, kept, shown ------------------------------------------------------------------------


async def test_the_plan_is_kept_sealed_and_my_plan_shows_the_kept_steps_only(world: World) -> None:
    await world.onboard()
    replies = await world.make_plan()
    shown = "\n".join(replies)
    for kept in (text("riskcheck-step-safe-place"), OWN, text("riskcheck-step-lawyer")):
        assert kept in shown
    assert text("plan-made-kept", replaced="no").splitlines()[0] in shown
    assert replies[-1].startswith(first_line("menu-choose")), "a plan ends like every flow: the menu"

    row = await world.store.db.fetchall("SELECT * FROM plans")
    assert len(row) == 1 and row[0]["user_id"] == ANNA
    assert OWN.encode() not in bytes(row[0]["plan_sealed"]), "the plan is sealed"
    stored = await read(world.store, lambda r: r.plans.get(ANNA))
    assert stored is not None and stored.data is not None
    plan = plan_from_json(stored.data)
    assert plan is not None
    assert [(s.msgid, s.words) for s in plan.steps] == [
        ("riskcheck-step-safe-place", None), ("riskcheck-step-checkin", OWN), ("riskcheck-step-lawyer", None)]
    assert [s.followup_id is not None for s in plan.steps] == [True, True, False]

    mine = "\n".join(await world.say("my plan"))
    assert first_line("plan-show-head", when="x").split("(")[0].strip() in mine
    for kept in (text("riskcheck-step-safe-place"), OWN, text("riskcheck-step-lawyer"), text("plan-line-own")):
        assert kept in mine
    for dropped in (text("riskcheck-step-hygiene"), text("riskcheck-step-routine"), text("riskcheck-step-checkin")):
        assert dropped not in mine, "only what the person kept, in their words"
    assert mine.count(first_line("plan-line-remind", when="x").split("{")[0][:20]) == 2


async def test_my_plan_without_a_plan_says_how_to_make_one(world: World) -> None:
    await world.onboard()
    assert await world.say("my plan") == [text("plan-none")]
    assert await world.say("mein plan") != [text("plan-none")]  # not a keyword: the menu's answer


async def test_a_steps_reminder_names_the_step_when_due_and_a_new_plan_replaces_the_old(world: World) -> None:
    await world.onboard()
    await world.make_plan()
    rows = await world.service.list_for(ANNA)
    reminders = [f for f in rows if f.text == REMINDER_MSGID]
    review = [f for f in rows if f.flow == "riskcheck"]
    assert len(reminders) == 2 and len(review) == 1
    assert {f.due_at - T0 for f in reminders} == {timedelta(days=7)}
    assert review[0].due_at - T0 == timedelta(days=90)

    world.now = T0 + timedelta(days=7, minutes=1)
    report = await world.service.run_due()
    assert sorted(report.delivered) == sorted(f.id for f in reminders)
    await world.play_sender()
    delivered = [c["body"] for r, c in world.sent[-2:]]
    assert any(text("riskcheck-step-safe-place") in b for b in delivered)
    assert any(OWN in b for b in delivered)
    assert all(b.startswith(first_line("plan-step-due")) for b in delivered)

    # A new risk check replaces the plan: the old review invitation goes, a new one comes.
    await world.make_plan()
    rows = await world.service.list_for(ANNA)
    assert [f.due_at - world.now for f in rows if f.flow == "riskcheck"] == [timedelta(days=90)]
    assert review[0].id not in {f.id for f in rows}


async def test_a_person_who_declined_storage_sees_the_plan_once_and_no_row_is_left(world: World) -> None:
    # Someone who said no to the privacy notice: no consent in their profile. They reach the
    # plan step (here put there directly: the shipped menu is only offered after consent).
    ctx = Context(lang="en")
    state, _ = engine.start(LIB, "riskcheck", T0, ctx)
    for answer in ("1", "3", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip", "skip"):
        state, _ = engine.step(LIB, state, TextInput(answer), T0)
    assert state.step == "plan"
    async with world.store.write(T0.timestamp()) as uow:
        await uow.people.save(Person(ANNA), T0.timestamp())
        await uow.people.save_state(ANNA_DM, ANNA, "riskcheck", state.to_json(), T0.timestamp())
    replies = await world.say("2")  # the first step, in my own words
    replies += await world.say(OWN)
    # No "shall I ask you in 7 days?": a reminder cannot be kept for a plan that is not kept.
    assert not any(r.startswith(text("plan-step-remind", days=7)[:14]) for r in replies)
    for _ in range(5):  # the rest left out; their conversation now lives in memory only
        if not any(text("plan-made-not-kept") in r for r in replies):
            replies += await world.say("skip")
    shown = "\n".join(replies)
    assert OWN in shown and text("plan-made-not-kept") in shown
    assert await plan_rows(world) == 0
    assert await world.store.db.fetchall("SELECT 1 FROM followups") == []
    assert await world.store.db.fetchall("SELECT 1 FROM people") == [], "the ended conversation keeps nothing"
    assert await traces(world, [OWN, ANNA]) == [], "no row names the person or holds their words"


# --- privacy ----------------------------------------------------------------------------------


async def test_my_data_exports_the_plan_and_delete_my_data_erases_it(world: World) -> None:
    await world.onboard()
    await world.make_plan()
    async with world.store.write() as uow:
        export = await world.privacy.export(uow, ANNA)
    assert [s["step"] for s in export["plan"]["steps"]][1] == OWN
    assert export["plan"]["steps"][1]["own_words"] is True
    json.dumps(export)
    await world.say("delete my data")
    await world.say("yes")
    assert await plan_rows(world) == 0
    assert await traces(world, [OWN, ANNA]) == []


# --- mentors ----------------------------------------------------------------------------------


async def open_case(world: World) -> None:
    await world.say("mentor")
    assert any("C-0001" in b for b in world.mentor_room())


async def test_a_mentor_sees_the_plan_only_after_the_person_agrees(world: World) -> None:
    await world.onboard()
    await world.make_plan(share="no")
    await open_case(world)
    before = len(world.mentor_room())
    await world.mentor("!plan 1")
    assert world.mentor_room()[before:] == [text("mentor-plan-asked", case="C-0001")]
    asked = await world.play_and_last()
    assert asked == text("plan-share-ask")

    assert await world.say("no") == [text("plan-share-no")], "the answer goes to the bot, not the thread"
    assert text("mentor-plan-declined", case="C-0001") in world.mentor_room()
    assert not any(OWN in b for b in world.mentor_room())

    await world.mentor("!plan 1")
    assert await world.say("yes") == [text("plan-share-yes")]
    thread = world.mentor_room()[-1]
    assert thread.startswith(first_line("mentor-plan-head", case="C-0001", count=3))
    assert OWN in thread and text("riskcheck-step-lawyer") in thread
    person = await read(world.store, lambda r: r.people.get(ANNA))
    assert person is not None and person.profile["plan_share"] is True

    # Consent given: the next `!plan` shows it at once, without asking again.
    before_dm = len([1 for r, _ in world.sent if r == ANNA_DM])
    await world.mentor("!plan 1")
    assert OWN in world.mentor_room()[-2] and world.mentor_room()[-1] == text("mentor-plan-in-thread", case="C-0001")
    assert len([1 for r, _ in world.sent if r == ANNA_DM]) == before_dm


async def test_the_flows_yes_to_sharing_shows_the_plan_at_once(world: World) -> None:
    await world.onboard()
    await world.make_plan(share="yes")
    await open_case(world)
    await world.mentor("!plan 1")
    assert OWN in world.mentor_room()[-2]


async def test_a_mentor_suggests_a_step_and_the_person_accepts_or_not(world: World) -> None:
    await world.onboard()
    await world.make_plan()
    await open_case(world)
    await world.mentor("!suggest 1 Keep a charged phone by the door at night")
    assert world.mentor_room()[-1] == text("mentor-suggest-sent", case="C-0001")
    assert (await world.play_and_last()).startswith(first_line("plan-suggest-ask"))
    assert await world.say("yes") == [text("plan-suggest-added")]
    assert world.mentor_room()[-1] == text("mentor-suggest-added", case="C-0001")
    mine = "\n".join(await world.say("my plan"))
    assert "Keep a charged phone by the door at night" in mine and text("plan-line-mentor") in mine

    await world.mentor("!suggest 1 Move house")
    assert await world.say("no") == [text("plan-suggest-no")]
    assert world.mentor_room()[-1] == text("mentor-suggest-declined", case="C-0001")
    assert "Move house" not in "\n".join(await world.say("my plan"))

    # Only while the question is the bot's last word: a later "yes" is the person's own words.
    await world.mentor("!suggest 1 Tell a neighbour")
    await world.say("my plan")
    assert await world.say("yes") != [text("plan-suggest-added")]
    assert "Tell a neighbour" not in "\n".join(await world.say("my plan"))


async def test_no_suggestion_for_someone_who_declined_storage_and_usage_is_shown(world: World) -> None:
    await world.say("hello")
    await world.say("1")
    await world.say("no")  # declined the privacy notice
    await world.say("1")  # … but asks for a person: a case, with nothing kept
    await world.mentor("!suggest 1 Something")
    assert world.mentor_room()[-1] == text("mentor-suggest-no-storage", case="C-0001")
    assert await plan_rows(world) == 0
    await world.mentor("!suggest 1")
    assert world.mentor_room()[-1] == text("mentor-usage", usage="!suggest 42 text")
    await world.mentor("!plan 1")
    assert world.mentor_room()[-1] == text("mentor-plan-none", case="C-0001")


async def test_a_plan_answer_is_only_heard_right_after_its_question(world: World) -> None:
    await world.onboard()
    await world.make_plan()
    await open_case(world)
    await world.mentor("!suggest 1 Tell a neighbour")
    async with world.store.write() as uow:
        latest = await uow.edge.latest_tag(ANNA_DM)
    assert latest is not None and latest[0] == TAG_SUGGEST
    world.now += timedelta(days=2)  # too late: the yes goes to the mentors as the person's words
    await world.say("yes")
    assert world.mentor_room()[-1].endswith("yes") and "C-0001" in world.mentor_room()[-1]


async def test_the_mentors_help_names_the_plan_commands(world: World) -> None:
    await world.mentor("!help")
    assert "`!plan 42`" in world.mentor_room()[-1] and "`!suggest 42 text`" in world.mentor_room()[-1]
