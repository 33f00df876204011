"""Privacy on a real (temporary) database with the shipped flows, locales and mentors module.

`World.say` does what the runtime's `deliver` does — marks the event handled and lets the
conversations handle it in ONE transaction — then runs what the unit left for after the commit
and plays the sender (each queued message gets an event id). The Matrix side of a wipe
(redactions, history, leaving, uploads) is a fake that records what it was asked to do.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.authoring.loader import load_library
from bot.care.conversations import Conversations, FloodGate, LibraryHolder
from bot.care.followups.service import Followup, FollowupService
from bot.care.followups.talk import FollowupDesk
from bot.care.mentors import Mentors
from bot.care.privacy import EXPORT_NAME, WIPE_KEY, Privacy
from bot.care.render import strip_bold
from bot.care.retention import RetentionService, start_retention
from bot.matrix.inbound import Attachment, Inbound
from bot.platform.config import FollowupSettings, Retention, Settings
from bot.platform.logs import Redactor
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store, UnitOfWork
from bot.store.sealed import column as sealed_column
from bot.store.sealed import open_cell
from tests.convworld import FakeLink
from tests.storekit import read, write

ROOT = Path(__file__).resolve().parents[2]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None

BOT = "@bot:example.org"
MENTORS = "!mentors:example.org"
ANNA, ANNA_DM = "@anna:example.org", "!anna-dm:example.org"
BORIS, BORIS_DM = "@boris:example.org", "!boris-dm:example.org"
MIA = "@mia:example.org"  # a mentor
PANIC = "weather"
T0 = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def text(msgid: str, lang: str = "en", **args: Any) -> str:
    return strip_bold(LIB.catalog.render(lang, msgid, args))


def first_line(msgid: str, lang: str = "en") -> str:
    return text(msgid, lang).splitlines()[0]


@dataclass
class FakeActions:
    """The runtime as privacy uses it: a homeserver that remembers who sent which event."""

    server: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # room -> [(event, sender)]
    power: set[str] = field(default_factory=set)  # rooms where the bot may redact others
    redacted: list[tuple[str, str]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    uploads: list[bytes] = field(default_factory=list)
    fail_upload: bool = False
    sender: Any = None  # plays the room's sender when asked to drain


    @property
    def own_user_id(self) -> str:
        return BOT

    async def drain(self, room_id: str, wait_s: float = 30.0) -> None:
        if self.sender is not None:
            await self.sender()

    async def redact_event(self, room_id: str, event_id: str) -> str:
        sender = dict(self.server.get(room_id, [])).get(event_id)
        if sender != BOT and room_id not in self.power:
            self.refused.append((room_id, event_id))
            return "forbidden"
        self.redacted.append((room_id, event_id))
        return "ok"

    def may_redact_others(self, room_id: str) -> bool:
        return room_id in self.power

    async def history(self, room_id: str, limit: int = 5000) -> list[tuple[str, str]]:
        done = {e for _, e in self.redacted}
        return [(e, s) for e, s in reversed(self.server.get(room_id, [])) if e not in done][:limit]

    async def leave(self, room_id: str) -> bool:
        self.left.append(room_id)
        return True

    async def upload_encrypted(self, data: bytes, mimetype: str) -> dict[str, Any] | None:
        if self.fail_upload:
            return None
        self.uploads.append(data)
        return {"url": f"mxc://example.org/u{len(self.uploads)}", "mimetype": mimetype, "v": "v2",
                "key": {"k": "secret"}, "iv": "iv", "hashes": {"sha256": "h"}}


class World:
    def __init__(self, store: Store, box: SecretBox, *, case_policy: str = "anonymise", flood: int = 1000) -> None:
        self.store, self.box = store, box
        self.now = T0
        self.settings = Settings(homeserver="https://hs.example.org", user_id=BOT, password="x",  # type: ignore[arg-type]
                                 mentor_room=MENTORS, panic_keyword=PANIC, flood_messages_per_minute=flood)
        holder = LibraryHolder(LIB)
        no_quiet = FollowupSettings(quiet_start=time(0, 0), quiet_end=time(0, 0))
        self.service = FollowupService(store, no_quiet, lambda: self.now, self._deliver)
        self.desk = FollowupDesk(store, holder, self.service, "en")
        self.mentors = Mentors(self.settings, store, holder, clock=lambda: self.now.timestamp(), link=FakeLink())
        self.actions = FakeActions()
        self.actions.sender = self.play_sender
        self.privacy = Privacy(self.settings, store, holder, cases=self.mentors,
                               case_policy=case_policy, clock=lambda: self.now)  # type: ignore[arg-type]
        self.privacy.attach(self.actions)
        self.conversations = Conversations(self.settings, store, holder, Redactor(b"salt"), self.mentors, self.desk,
                                           self.mentors, clock=lambda: self.now, privacy=self.privacy)
        self.sent: list[tuple[str, dict[str, Any], str]] = []  # (room, content, event id)
        self.jobs: list[Any] = []
        self._n = 0
        # The runtime's part: after each commit, the jobs the unit decided on (run by `run_jobs`).
        store.on_committed(lambda uow: self.jobs.extend(uow.committed_jobs))

    async def _deliver(self, followup: Followup, uow: UnitOfWork) -> None:
        await self.desk.deliver(followup, uow)

    def _event_id(self, prefix: str) -> str:
        self._n += 1
        return f"${prefix}{self._n}"

    async def say(self, body: str, *, user: str = ANNA, room: str = ANNA_DM, kind: str = "text",
                  attachment: Attachment | None = None, run_jobs: bool = True) -> list[str]:
        """The person writes; returns the bodies of what the bot sends into that room."""
        event_id = self._event_id("in")
        self.actions.server.setdefault(room, []).append((event_id, user))
        msg = Inbound(room, user, event_id, int(self.now.timestamp() * 1000), kind, body,  # type: ignore[arg-type]
                      attachment=attachment)
        now = self.now.timestamp()
        before = len(self.sent)
        async with self.store.write(now) as uow:
            if await uow.edge.mark_processed(event_id, room, now):
                await self.conversations.handle(msg, uow)
        if run_jobs:
            await self.run_jobs()
        await self.play_sender()
        return [c.get("body", "") for r, c, _ in self.sent[before:] if r == room]

    async def run_jobs(self) -> None:
        jobs, self.jobs = self.jobs, []
        for job in jobs:
            await job()

    async def play_sender(self) -> list[tuple[str, dict[str, Any], str]]:
        out = []
        for item in await read(self.store, lambda r: r.edge.unsent()):
            event_id = self._event_id("bot")
            self.actions.server.setdefault(item.room_id, []).append((event_id, BOT))
            async with self.store.write() as w:
                await w.edge.mark_sent(item.id, event_id, self.now.timestamp())
            out.append((item.room_id, item.content, event_id))
        self.sent.extend(out)
        return out

    async def onboard(self, user: str = ANNA, room: str = ANNA_DM, lang_option: str = "1") -> None:
        await self.say("hello", user=user, room=room)
        await self.say(lang_option, user=user, room=room)
        await self.say("1", user=user, room=room)  # consent: yes
        await self.say("skip", user=user, room=room)  # time zone
        replies = await self.say("skip", user=user, room=room)  # country
        assert any(r.startswith(first_line("menu-choose", "en")[:8]) or r for r in replies)

    async def threat_report(self, marker: str, user: str = ANNA, room: str = ANNA_DM) -> None:
        """A threat report shared with the person's name, one answer holding `marker`, one file."""
        # threat; not in danger; a safe device; a detention; …
        for answer in ("3", "2", "1", "8", f"details {marker}", "yesterday", "1", "2", "4", "skip",
                       f"the men who followed {user}", "skip"):
            await self.say(answer, user=user, room=room)
        photo = Attachment("image", f"evidence-{marker}.jpg", "image/jpeg", b"\xff\xd8\xff\xd9" + marker.encode())
        await self.say("", user=user, room=room, kind="attachment", attachment=photo)
        for answer in ("2", "skip", "7", "2", "skip"):  # …; shared with the name (option 2)
            await self.say(answer, user=user, room=room)


async def traces(store: Store, box: SecretBox, needles: list[str]) -> list[str]:
    """Every (table, column) where one of `needles` appears — in clear, or inside a sealed value."""
    found = []
    tables = [r["name"] for r in await store.db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in await store.db.fetchall(f'SELECT * FROM "{table}"'):
            for column in row.keys():
                value = row[column]
                if isinstance(value, str):
                    raw = value.encode()
                elif isinstance(value, bytes):
                    raw = value
                else:
                    continue
                opened = [raw]
                sealed = sealed_column(table, column)
                if raw.startswith(b"CV1"):
                    assert sealed is not None, f"{table}.{column} holds a sealed value the scan cannot open"
                    value_opened = open_cell(box, sealed, row)
                    assert value_opened is not None, f"{table}.{column}: a sealed value does not open"
                    opened.append(value_opened)
                for needle in needles:
                    if any(needle.encode() in blob for blob in opened):
                        found.append(f"{table}.{column}: {needle}")
    return found


@pytest.fixture
async def store_box(tmp_path: Path) -> AsyncIterator[tuple[Store, SecretBox]]:
    box = SecretBox(generate_key())
    store = await Store.open(tmp_path / "continuum.db", box)
    try:
        yield store, box
    finally:
        await store.close()


@pytest.fixture
def world(store_box: tuple[Store, SecretBox]) -> World:
    return World(*store_box)


async def fill(world: World, marker: str) -> None:
    """Anna and Boris both talk to the bot; Anna reports a threat (which offers her the risk check in
    three days: a second reminder), asks for a reminder, has a mentor's note naming her and one
    that does not."""
    await world.onboard()
    await world.onboard(BORIS, BORIS_DM)
    await world.say("remind me in 3d")  # before the case: while it is open, her words go to the mentors
    await world.threat_report(marker)
    async with world.store.write() as tx:
        (case,) = await tx.cases.for_user(ANNA)
        await tx.cases.add_note(case.id, MIA, "Called anna on Signal", world.now.timestamp())
        await tx.cases.add_note(case.id, MIA, "Lawyer contacted", world.now.timestamp())
    async with world.store.write() as w:
        await w.edge.set_master_key(ANNA, "anna-master-key", world.now.timestamp())
        await w.edge.set_master_key(BORIS, "boris-master-key", world.now.timestamp())
        await w.edge.add_pending("$undecryptable", ANNA_DM, ANNA, "session", {"type": "m.room.encrypted"},
                                 world.now.timestamp())


# --- delete my data ---------------------------------------------------------------------------


async def test_delete_my_data_asks_first_then_erases_everything_in_one_go(world: World) -> None:
    marker = uuid.uuid4().hex
    await fill(world, marker)
    assert await traces(world.store, world.box, [marker, ANNA_DM]), "the scan must see what is there"
    assert await world.say("delete my data") == [text("bot-privacy-delete-confirm")]
    assert await world.say("yes") == [text("bot-privacy-deleted")]
    found = await traces(world.store, world.box, [ANNA, marker])
    assert found == [], found
    # Her identity pin is KEPT (a public key: a swapped identity must still be noticed if she
    # comes back), sealed under a keyed hash of her id — no row names her.
    assert await read(world.store, lambda _u: _u.edge.get_master_key(ANNA)) == "anna-master-key"
    assert await traces(world.store, world.box, ["anna-master-key"]) == ["identity_pins.sealed: anna-master-key"]
    # The bot is still in the room until the person answers: it remembers only that the room is
    # encrypted, when "now" began, and the message it is waiting for an answer to.
    rooms = await world.store.db.fetchall("SELECT * FROM rooms WHERE room_id = ?", (ANNA_DM,))
    assert [dict(r) for r in rooms] == [{"room_id": ANNA_DM, "encrypted": 0, "joined_at": world.now.timestamp(),
                                         "left_at": None}]
    assert await world.say("yes") == [text("bot-privacy-goodbye")]
    assert world.actions.left == [ANNA_DM]
    assert await traces(world.store, world.box, [ANNA, ANNA_DM, marker]) == []
    # Boris is untouched; the case stays for the team, without Anna; the note naming her is gone.
    assert await read(world.store, lambda _u: _u.people.get(BORIS)) is not None
    assert await read(world.store, lambda _u: _u.edge.get_master_key(BORIS)) == "boris-master-key"
    case = await read(world.store, lambda _u: _u.cases.get(1))
    assert case is not None and case.anonymised and case.user_id is None and case.summary == ()
    notes = [n.text for n in await read(world.store, lambda _u: _u.cases.notes(case.id))]
    assert notes == ["Lawyer contacted"]


async def test_no_keeps_everything_and_an_old_question_is_no_longer_pending(world: World) -> None:
    marker = uuid.uuid4().hex
    await fill(world, marker)
    await world.say("delete my data")
    assert await world.say("no") == [text("bot-privacy-delete-kept")]
    await world.say("delete my data")
    world.now += timedelta(hours=1)
    replies = await world.say("yes")
    assert text("bot-privacy-deleted") not in replies
    assert await traces(world.store, world.box, [marker]), "nothing may be erased without a fresh yes"


async def test_staying_after_erasure_starts_afresh(world: World) -> None:
    await fill(world, "m")
    await world.say("delete my data")
    await world.say("yes")
    assert await world.say("no") == [text("bot-privacy-stay")]
    assert world.actions.left == []
    replies = await world.say("hello")
    assert replies and replies[0].startswith(first_line("onboarding-welcome")), "a stranger again: onboarding"


async def test_erasure_in_the_persons_language(world: World) -> None:
    await world.onboard(lang_option="2")  # Français
    assert await world.say("effacer mes données") == [text("bot-privacy-delete-confirm", "fr")]
    assert await world.say("oui") == [text("bot-privacy-deleted", "fr")]
    assert await world.say("oui") == [text("bot-privacy-goodbye", "fr")]
    assert await traces(world.store, world.box, [ANNA, ANNA_DM]) == []


async def test_the_delete_case_policy_removes_the_case_too(store_box: tuple[Store, SecretBox]) -> None:
    world = World(*store_box, case_policy="delete")
    await fill(world, "m")
    await world.say("delete my data")
    await world.say("yes")
    assert await world.store.db.fetchall("SELECT id FROM cases") == []
    assert await world.store.db.fetchall("SELECT id FROM case_notes") == []


async def test_keywords_inside_a_flow_are_not_mistaken_for_the_answer(world: World) -> None:
    await world.onboard()
    await world.say("3")  # threat report: "are you in danger?"
    replies = await world.say("no")  # an answer to the flow, not to any privacy question
    assert text("bot-privacy-delete-kept") not in replies
    assert await read(world.store, lambda _u: _u.people.get(ANNA)) is not None


# --- my data ----------------------------------------------------------------------------------


async def test_my_data_sends_a_summary_and_an_encrypted_file_with_everything(world: World) -> None:
    marker = uuid.uuid4().hex
    await fill(world, marker)
    replies = await world.say("my data")
    summary = text("bot-privacy-export", conversations=1, reminders=2, files=1, cases=1, file=EXPORT_NAME)
    assert replies[0] == summary
    (data,) = world.actions.uploads
    export = json.loads(data)
    assert export["format"] == "continuum-export/1" and export["matrix_id"] == ANNA
    assert export["settings"]["language"] == "en" and export["profile"]["privacy_consent"] is True
    (conversation,) = export["conversations"]
    # The threat report escalated, so no menu followed it (team mode); its answers are in the case.
    assert conversation["room"] == ANNA_DM and conversation["flow"] == "threat" and conversation["ended"]
    # Her own reminder (3 days), and the risk check the threat report offers in 3 days.
    assert sorted((r["from"], r["status"]) for r in export["reminders"]) == [("flow", "scheduled"),
                                                                              ("person", "scheduled")]
    (photo,) = export["files"]
    assert photo["name"] == f"evidence-{marker}.jpg" and photo["size"] > 0
    (case,) = export["cases"]
    assert any(marker in line["answer"] for line in case["summary"])
    assert export["identity"]["master_key"] == "anna-master-key"
    assert export["kept_for_days"] == {"answers": 90, "closed_cases": 180, "files": 30}
    assert BORIS not in data.decode() and BORIS_DM not in data.decode()
    file_event = next(c for r, c, _ in world.sent if r == ANNA_DM and c.get("msgtype") == "m.file")
    assert file_event["file"]["url"] == "mxc://example.org/u1" and "url" not in file_event
    assert file_event["info"] == {"mimetype": "application/json", "size": len(data)}
    assert marker not in json.dumps(file_event)


async def test_my_data_when_nothing_is_kept_and_when_the_upload_fails(world: World) -> None:
    await world.say("hello")
    await world.say("1")  # language chosen; no consent yet: nothing is written (the step lives in memory)
    assert await world.say("my data") == [text("bot-privacy-export-empty")]
    await world.say("1")  # consent: yes — from now on their conversation is kept
    world.actions.fail_upload = True
    replies = await world.say("my data")
    assert replies == [text("bot-privacy-export", conversations=1, reminders=0, files=0, cases=0, file=EXPORT_NAME),
                       text("bot-privacy-export-failed")]


async def test_my_data_for_a_stranger(world: World) -> None:
    async with world.store.write() as tx:
        uow = tx
        await world.privacy.send_export(uow, ANNA_DM, ANNA, "en")
    assert [c["body"] for _, c, _ in await world.play_sender()] == [text("bot-privacy-export-empty")]


# --- the panic word ---------------------------------------------------------------------------


async def test_panic_word_erases_redacts_and_leaves_without_a_word(world: World) -> None:
    marker = uuid.uuid4().hex
    await fill(world, marker)
    bot_events = [e for e, s in world.actions.server[ANNA_DM] if s == BOT]
    replies = await world.say("Weather ")  # case and spaces do not matter
    assert replies == [], "nothing may appear on the screen"
    redacted = [e for r, e in world.actions.redacted if r == ANNA_DM]
    assert redacted == list(reversed(bot_events)), "the bot's own messages, newest first"
    assert len(world.actions.refused) == 1, "without power over the person's messages: one try, then stop"
    assert world.actions.left == [ANNA_DM]
    assert await traces(world.store, world.box, [ANNA, ANNA_DM, marker]) == []
    assert await read(world.store, lambda _u: _u.edge.meta_keys(WIPE_KEY)) == []
    assert await read(world.store, lambda _u: _u.people.get(BORIS)) is not None


async def test_panic_word_redacts_the_persons_messages_where_the_bot_may(world: World) -> None:
    await world.onboard()
    world.actions.power.add(ANNA_DM)
    await world.say(PANIC)
    everything = {e for e, _ in world.actions.server[ANNA_DM]}
    assert {e for r, e in world.actions.redacted if r == ANNA_DM} == everything
    assert world.actions.refused == []


async def test_a_room_being_wiped_hears_nothing_and_a_crash_resumes_the_wipe(world: World) -> None:
    await world.onboard()
    assert await world.say(PANIC, run_jobs=False) == []
    world.jobs.clear()  # the bot dies before the wipe ran
    assert await world.say("hello") == [], "someone else typing into the chat gets no answer"
    assert await read(world.store, lambda _u: _u.edge.meta_keys(WIPE_KEY)) == [WIPE_KEY + ANNA_DM]
    restarted = Privacy(world.settings, world.store, LibraryHolder(LIB), cases=world.mentors)  # type: ignore[arg-type]
    restarted.attach(world.actions)
    world.conversations.privacy = restarted
    assert await world.say("hello?") == [], "after a restart too, before the wipe resumes"
    await restarted.resume()
    assert world.actions.left == [ANNA_DM]
    assert {e for r, e in world.actions.redacted} >= {e for e, s in world.actions.server[ANNA_DM] if s == BOT}
    assert await read(world.store, lambda _u: _u.edge.meta_keys(WIPE_KEY)) == []
    assert await traces(world.store, world.box, [ANNA, ANNA_DM]) == []


async def test_panic_is_off_without_a_keyword_and_ignored_in_the_mentor_room(
    store_box: tuple[Store, SecretBox],
) -> None:
    world = World(*store_box)
    await world.onboard()
    await world.say(PANIC, user=MIA, room=MENTORS)
    assert world.actions.left == []
    off = World(*store_box)
    off.privacy._panic = ""  # as with panic_keyword unset
    await off.say(PANIC)
    assert off.actions.left == []


# --- access control ---------------------------------------------------------------------------


def test_flood_gate_warns_once_per_minute_then_drops() -> None:
    gate = FloodGate(limit=3)
    verdicts = [gate.check(ANNA, t) for t in (1000.0, 1001.0, 1002.0, 1003.0, 1004.0, 1005.0)]
    assert verdicts == ["ok", "ok", "ok", "warn", "drop", "drop"]
    assert gate.check(BORIS, 1005.0) == "ok", "one person's flood never slows another"
    assert gate.check(ANNA, 1200.0) == "ok"


async def test_flood_limit_replies_politely_once(store_box: tuple[Store, SecretBox]) -> None:
    world = World(*store_box, flood=3)
    replies = [await world.say(f"message {i}") for i in range(8)]
    assert all(r and text("bot-slow-down") not in r for r in replies[:3])
    assert replies[3] == [text("bot-slow-down")]
    assert replies[4:] == [[]] * 4, "one polite note, then silence for the rest of the minute"


# --- retention --------------------------------------------------------------------------------


async def test_retention_purges_each_kind_after_its_period(world: World) -> None:
    marker = uuid.uuid4().hex
    await fill(world, marker)
    async with world.store.write() as tx:
        (case,) = await tx.cases.for_user(ANNA)
        await tx.cases.close(case.id, world.now.timestamp(), ask_feedback=False)
        await world.service.cancel_all_for(tx, ANNA)
    await world.play_sender()
    service = RetentionService(world.store, Retention(), lambda: world.now)
    await write(world.store, lambda _u: _u.edge.set_master_key(MIA, "mia-key", world.now.timestamp()))
    empty = await service.run_retention()
    assert empty.total == 0, "nothing is old yet"

    world.now += timedelta(days=31)  # past the files' and the markers' periods
    report = await service.run_retention()
    assert report.deleted["attachments"] == 1 and report.deleted["processed_events"] > 0
    assert report.deleted["sent_outbox"] > 0 and report.deleted["pending_events"] == 1
    assert report.deleted["conversations"] == 0 and report.deleted["closed_cases"] == 0

    world.now += timedelta(days=60)  # 91 days: answers, people, closed reminders
    await world.say("hello", user=BORIS, room=BORIS_DM)  # Boris is still around
    report = await service.run_retention()
    assert report.deleted["conversations"] == 1 and report.deleted["people"] == 1
    assert report.deleted["followups"] == 2 and "identities" not in report.deleted
    assert await read(world.store, lambda _u: _u.people.get(BORIS)) is not None
    boris_key = await read(world.store, lambda _u: _u.edge.get_master_key(BORIS))
    assert boris_key == "boris-master-key", "Boris has data: his key stays"
    assert await read(world.store, lambda _u: _u.edge.get_master_key(MIA)) == "mia-key"
    assert await read(world.store, lambda _u: _u.edge.get_master_key(ANNA)) == "anna-master-key", "pins are kept"

    world.now += timedelta(days=90)  # 181 days: the closed case
    report = await service.run_retention()
    assert report.deleted["closed_cases"] == 1
    assert await traces(world.store, world.box, [ANNA, marker]) == []


async def test_retention_keeps_people_with_something_still_to_come(world: World) -> None:
    await world.onboard()
    await world.say("remind me in 3d")
    world.now += timedelta(days=91)
    report = await RetentionService(world.store, Retention(), lambda: world.now).run_retention()
    assert report.deleted["conversations"] == 1 and report.deleted["people"] == 0, "a reminder is still due"


async def test_retention_runs_on_its_own_schedule(world: World) -> None:
    await world.onboard()
    world.now += timedelta(days=400)
    service = start_retention(world.store, Retention(), lambda: world.now)
    service.first_run_after = service.interval = timedelta(0)
    await service.stop()
    service.start()
    for _ in range(200):
        if await read(world.store, lambda _u: _u.people.get(ANNA)) is None:
            break
        await asyncio.sleep(0.01)
    await service.stop()
    assert await read(world.store, lambda _u: _u.people.get(ANNA)) is None


async def test_zero_days_purges_at_the_next_run(world: World) -> None:
    await world.onboard()
    world.now += timedelta(seconds=1)
    zero = Retention(answers_days=0, closed_cases_days=0, attachments_days=0, processed_events_days=0)
    report = await RetentionService(world.store, zero, lambda: world.now).run_retention()
    assert report.deleted["conversations"] == 1 and report.deleted["people"] == 1



async def test_scrub_waits_for_a_read_in_progress_then_empties_the_wal(world: World, tmp_path: Path) -> None:
    await world.onboard()
    db = world.store.db
    cur = await db._conn.execute("SELECT * FROM outbox")  # a read in progress on the one connection
    await cur.fetchone()
    assert not await db.scrub(attempts=2, pause_s=0.01), "SQLite refuses while a read is open"

    checkpoints = 0
    refused_once = asyncio.Event()
    loop = asyncio.get_running_loop()

    def traced(sql: str) -> None:  # on the connection's own thread
        nonlocal checkpoints
        if "wal_checkpoint" in sql:
            checkpoints += 1
            if checkpoints == 2:  # the first try was refused: the scrub is waiting for the read
                loop.call_soon_threadsafe(refused_once.set)

    await db._conn.set_trace_callback(traced)

    async def finish_reading() -> None:
        await refused_once.wait()
        await cur.close()

    reader = asyncio.create_task(finish_reading())
    scrubbed = await db.scrub(attempts=1000, pause_s=0.001)
    await db._conn.set_trace_callback(None)
    assert scrubbed and checkpoints >= 3, "refused while the read was open, done once it ended"
    await reader
    wal = db.path.with_name(db.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("word", ["yes", "Oui", "menu", "12", "no", "skip", "удалить мои данные", "ok"])
def test_a_panic_word_people_type_as_answers_is_refused(word: str) -> None:
    settings = Settings(homeserver="https://hs.example.org", user_id=BOT, password="x",  # type: ignore[arg-type]
                        panic_keyword=word)
    privacy = Privacy(settings, None, LibraryHolder(LIB))  # type: ignore[arg-type]
    assert privacy.panic_problem is not None and privacy._panic == ""


def test_an_unremarkable_panic_word_is_accepted() -> None:
    settings = Settings(homeserver="https://hs.example.org", user_id=BOT, password="x",  # type: ignore[arg-type]
                        panic_keyword="Weather")
    assert Privacy(settings, None, LibraryHolder(LIB)).panic_problem is None  # type: ignore[arg-type]
