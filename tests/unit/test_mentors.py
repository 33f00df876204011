"""Mentors on a real (temporary) database with the shipped flows and locales.

A fake unit of work queues into the real outbox on the handler's own transaction, as the
runtime's does; `sent()` then plays the sender, giving each queued message an event id. The
Matrix side (membership, uploads, room creation) is a fake link. Time is a plain number.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import Image

from bot.authoring.loader import load_library
from bot.care.conversations import LibraryHolder, Talk
from bot.care.mentors import Mentors
from bot.care.mentors.relay import PASSED
from bot.care.render import strip_bold
from bot.engine.effects import Escalate, SummaryItem
from bot.matrix.inbound import Attachment, Inbound
from bot.matrix.rooms import check_mentor_room
from bot.platform.config import MentorSettings, Settings
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Person, Store
from tests.storekit import read

ROOT = Path(__file__).resolve().parents[2]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None

MENTORS = "!mentors:example.org"
ANNA, ANNA_DM = "@anna:example.org", "!anna-dm:example.org"
BORIS, BORIS_DM = "@boris:example.org", "!boris-dm:example.org"
MIA, MAX = "@mia:example.org", "@max:example.org"  # mentors
EVE = "@eve:example.org"  # not a member of the mentor room
T0 = 1_800_000_000.0


def en(msgid: str, **args: Any) -> str:
    return strip_bold(LIB.catalog.render("en", msgid, args))


def lang_text(lang: str, msgid: str, **args: Any) -> str:
    return strip_bold(LIB.catalog.render(lang, msgid, args))


@dataclass
class FakeLink:
    members: set[str] = field(default_factory=lambda: {MIA, MAX})
    woken: list[set[str]] = field(default_factory=list)  # rooms each committed unit queued for
    uploads: list[tuple[bytes, str, str]] = field(default_factory=list)
    rooms: list[list[str]] = field(default_factory=list)
    fail_rooms: bool = False
    direct: list[str] = field(default_factory=list)  # whom a direct room was created with
    left: set[str] = field(default_factory=set)  # mentors who left their direct room
    problems: list[tuple[str, bool]] = field(default_factory=list)

    def is_member(self, user_id: str) -> bool:
        return user_id in self.members

    def committed(self, uow: Any) -> None:
        """The store's committed hook, as the runtime's `flush` would be."""
        self.woken.append(set(uow.rooms_to_flush))

    async def upload(self, data: bytes, mimetype: str, name: str) -> dict[str, Any]:
        self.uploads.append((data, mimetype, name))
        return {"url": f"mxc://example.org/f{len(self.uploads)}", "mimetype": mimetype, "v": "v2"}

    async def create_encrypted_room(self, invite: list[str], name: str | None = None) -> str:
        if self.fail_rooms:
            raise RuntimeError("refused")
        self.rooms.append(invite)
        return f"!direct{len(self.rooms)}:example.org"

    async def direct_room(self, user_id: str, known: str | None) -> str:
        if self.fail_rooms:
            raise RuntimeError("refused")
        if known is not None and user_id not in self.left:
            return known
        self.rooms.append([user_id])
        self.direct.append(user_id)
        return f"!direct{len(self.rooms)}:example.org"

    async def first_sync(self) -> None:
        return None

    async def check(self) -> list[tuple[str, bool]]:
        return list(self.problems)


@dataclass
class Sent:
    room_id: str
    content: dict[str, Any]
    event_type: str
    event_id: str

    @property
    def body(self) -> str:
        return str(self.content.get("body", ""))


@dataclass
class World:
    store: Store
    mentors: Mentors
    link: FakeLink
    now: float = T0
    log: list[Sent] = field(default_factory=list)
    _n: int = 0

    async def sent(self) -> list[Sent]:
        """Play the sender: everything queued gets an event id; returns what went out now."""
        out = []
        for item in await read(self.store, lambda r: r.edge.unsent()):
            self._n += 1
            event_id = f"$e{self._n}"
            async with self.store.write() as w:
                await w.edge.mark_sent(item.id, event_id, self.now)
            out.append(Sent(item.room_id, item.content, item.event_type, event_id))
        self.log.extend(out)
        return out

    async def escalate(self, effect: Escalate, user: str = ANNA, room: str = ANNA_DM, lang: str = "en",
                       relay: bool = True) -> None:
        """A flow escalates; with `relay` it also ends there (the conversation starts team mode)."""
        async with self.store.write(self.now) as tx:
            person = await tx.people.get(user) or Person(user, lang=lang)
            await tx.people.save(person, self.now)
            talk = Talk(room, person, lang, effect.flow)
            await self.mentors.escalate(tx, talk, effect)
            if relay:
                await self.mentors.start_relay(tx, talk)

    async def mentor(self, sender: str, body: str = "", *, kind: str = "text", thread: str | None = None,
                     relates_to: str | None = None) -> None:
        self._n += 1
        msg = Inbound(MENTORS, sender, f"$in{self._n}", int(self.now * 1000), kind, body,  # type: ignore[arg-type]
                      relates_to=relates_to, thread_root=thread)
        async with self.store.write(self.now) as tx:
            await self.mentors.on_mentor_room(tx, msg)

    async def person(self, body: str, *, user: str = ANNA, room: str = ANNA_DM, lang: str = "en",
                     kind: str = "text", attachment: Attachment | None = None) -> bool:
        self._n += 1
        msg = Inbound(room, user, f"$p{self._n}", int(self.now * 1000), kind, body,  # type: ignore[arg-type]
                      attachment=attachment)
        async with self.store.write(self.now) as tx:
            person = await tx.people.get(user) or Person(user, lang=lang)
            talk = Talk(room, person, lang, "menu")
            if await self.mentors.intercept(tx, msg, talk):
                return True
            # Team mode, as the conversations decide it: the person's open case relays.
            case = await tx.cases.open_for_room(room)
            if case is None or case.user_id != user or not case.relay:
                return False
            await self.mentors.pass_on(tx, msg, talk, case)
            return True

    async def card_id(self, case_id: int = 1) -> str:
        case = await read(self.store, lambda r: r.cases.get(case_id))
        assert case is not None and case.card_txn_id is not None
        txn = case.card_txn_id
        event_id = await read(self.store, lambda r: r.edge.event_id_of_txn(txn))
        assert event_id is not None
        return event_id

    async def case(self, case_id: int = 1) -> Any:
        return await read(self.store, lambda r: r.cases.get(case_id))


def settings(**mentors: Any) -> Settings:
    return Settings(homeserver="https://hs.example.org", user_id="@bot:example.org", password="x",  # type: ignore[arg-type]
                    mentor_room=MENTORS, mentors=MentorSettings(**mentors))


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


def make_world(store: Store, configured: Settings | None = None, link: FakeLink | None = None,
               now: float = T0) -> World:
    """Mentors over `store`; a second call over the same store is the bot after a restart."""
    link = link or FakeLink()
    box: dict[str, World] = {}
    mentors = Mentors(configured or settings(), store, LibraryHolder(LIB), clock=lambda: box["w"].now, link=link)
    box["w"] = World(store, mentors, link, now=now)
    store.on_committed(link.committed)
    return box["w"]


@pytest.fixture
def world(store: Store) -> World:
    return make_world(store)


@pytest.fixture
def pings_only(store: Store) -> World:
    """Room pings alone: the on-call ladder far away."""
    return make_world(store, settings(oncall_after_minutes=10_000))


def threat(urgency: str = "high", consent: str = "full", *items: SummaryItem) -> Escalate:
    summary = items or (
        SummaryItem("threat-kind", "kind", "detention"),
        SummaryItem("threat-ongoing", "ongoing", True),
        SummaryItem("threat-details", "details", None),
        SummaryItem("threat-who", "who", "two men <b>in a car</b>"),
    )
    return Escalate("threat", urgency, summary if consent != "none" else (), consent,  # type: ignore[arg-type]
                    "threat-reason")


def in_room(sent: list[Sent], room: str, event_type: str = "m.room.message") -> list[Sent]:
    return [s for s in sent if s.room_id == room and s.event_type == event_type]


# --- the card -----------------------------------------------------------------------------------


async def test_card_with_full_consent_names_the_person_and_shows_what_they_shared(world: World) -> None:
    await world.escalate(threat())
    sent = await world.sent()
    (card,) = in_room(sent, MENTORS)
    body, rich = card.body, card.content["formatted_body"]
    assert "C-0001" in body and en("mentor-urgency-high") in body
    assert en("threat-title") in body and en("threat-reason") in body
    assert ANNA in body
    assert en("threat-kind").strip() in body and en("threat-kind-detention") in body
    assert en("threat-ongoing").strip() in body and en("option-yes") in body
    assert en("mentor-answer-skipped") in body
    assert "&lt;b&gt;in a car&lt;/b&gt;" in rich and "<b>in a car</b>" not in rich  # people's words escaped
    assert "@room" not in body and "m.mentions" not in card.content
    assert await read(world.store, lambda _u: _u.edge.tag_of_event(card.event_id)) == "case:1"
    (told,) = in_room(sent, ANNA_DM)
    # The truth about when someone reads, and who helps at any hour (a high case: its flow gave none).
    assert told.body.startswith(en("mentor-person-opened")) and en("care-hours") in told.body
    assert en("care-now") in told.body and en("crisis-resources", country="other").splitlines()[0] in told.body


async def test_card_is_pseudonymous_unless_the_person_shared_their_name(world: World) -> None:
    await world.escalate(threat(consent="pseudonymous"))
    (card,) = in_room(await world.sent(), MENTORS)
    assert ANNA not in card.body and ANNA not in card.content["formatted_body"]
    assert en("mentor-card-pseudonymous", case="C-0001") in card.body
    assert en("threat-kind-detention") in card.body


async def test_card_without_consent_shows_no_answers(world: World) -> None:
    await world.escalate(threat(consent="none"))
    (card,) = in_room(await world.sent(), MENTORS)
    assert en("mentor-card-not-shared") in card.body
    assert ANNA not in card.body and en("threat-kind-detention") not in card.body
    raw = await world.store.db.fetchone("SELECT summary_sealed FROM cases WHERE id = 1")
    assert raw is not None and raw["summary_sealed"] is None


async def test_urgent_card_mentions_the_room(world: World) -> None:
    await world.escalate(threat(urgency="urgent"))
    (card,) = in_room(await world.sent(), MENTORS)
    assert card.body.startswith("@room ")
    assert card.content["m.mentions"] == {"room": True}
    assert en("mentor-urgency-urgent") in card.body


async def test_summary_is_sealed_at_rest(world: World) -> None:
    await world.escalate(threat())
    raw = await world.store.db.fetchone("SELECT summary_sealed FROM cases WHERE id = 1")
    assert raw is not None and b"in a car" not in bytes(raw["summary_sealed"])


async def test_a_second_escalation_joins_the_open_case_and_raises_its_urgency(world: World) -> None:
    await world.escalate(threat(urgency="normal"))
    await world.sent()
    await world.escalate(Escalate("wellbeing", "urgent", (), "pseudonymous", None))
    sent = await world.sent()
    assert (await world.case()).urgency == "urgent"
    assert await world.store.db.fetchone("SELECT id FROM cases WHERE id = 2") is None
    mentor_room = in_room(sent, MENTORS)
    assert any(s.body.startswith("@room ") and s.content.get("m.mentions") == {"room": True} for s in mentor_room)
    update = next(s for s in mentor_room if "C-0001" in s.body and en("mentor-card-update", case="C-0001",
                                                                         urgency="x", flow="y")[:10] in s.body)
    assert update.content["m.relates_to"]["rel_type"] == "m.thread"
    (told,) = [s.body for s in in_room(sent, ANNA_DM)]
    assert told.startswith(en("mentor-person-opened"))


async def test_answers_shared_later_join_a_case_opened_without_them_but_no_name(world: World) -> None:
    await world.escalate(threat(consent="none"))
    await world.escalate(threat(consent="full"))
    case = await world.case()
    assert case.consent == "pseudonymous"
    assert case.summary[0].answer == en("threat-kind-detention")
    await world.sent()
    await world.mentor(MIA, "!case 1")
    (details,) = await world.sent()
    assert ANNA not in details.body and en("threat-kind-detention") in details.body


# --- files --------------------------------------------------------------------------------------


def real_jpeg() -> bytes:
    """A small photo Pillow can decode (and so clean)."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


async def test_shared_files_follow_encrypted_in_the_cards_thread(world: World) -> None:
    async with world.store.write() as tx:
        ref = await tx.attachments.add(ANNA, "passport-anna.jpg", "image/jpeg", b"\xff\xd8jpeg", T0, cleaned=True)
    await world.escalate(threat("high", "pseudonymous", SummaryItem("threat-evidence", "evidence_1", ref)))
    assert await world.mentors.deliver_files() == 0  # the card is not out yet
    (card,) = in_room(await world.sent(), MENTORS)
    assert en("mentor-card-files", count=1) in card.body and ref not in card.body
    assert await world.mentors.deliver_files() == 1
    (file_msg,) = in_room(await world.sent(), MENTORS)
    assert file_msg.content["msgtype"] == "m.image"
    assert file_msg.content["file"]["url"] == "mxc://example.org/f1"
    assert file_msg.content["m.relates_to"] == {"rel_type": "m.thread", "event_id": card.event_id,
                                                "is_falling_back": True, "m.in_reply_to": {"event_id": card.event_id}}
    data, mimetype, name = world.link.uploads[0]
    assert data == b"\xff\xd8jpeg" and mimetype == "image/jpeg"
    assert "anna" not in name and name.startswith("C-0001-file-1")  # pseudonymous: a neutral name
    assert await world.mentors.deliver_files() == 0  # once


async def test_a_file_that_could_not_be_cleaned_comes_after_a_warning(world: World) -> None:
    async with world.store.write() as tx:
        ref = await tx.attachments.add(ANNA, "report.pdf", "application/pdf", b"%PDF-1.7 author", T0, cleaned=False)
    await world.escalate(threat("high", "pseudonymous", SummaryItem("threat-evidence", "evidence_1", ref)))
    await world.sent()
    assert await world.mentors.deliver_files() == 1
    warning, file_msg = in_room(await world.sent(), MENTORS)
    assert warning.body == en("mentor-file-not-cleaned", case="C-0001")
    assert warning.content["m.relates_to"]["event_id"] == file_msg.content["m.relates_to"]["event_id"]
    assert file_msg.content["msgtype"] == "m.file"


# --- commands and who may use them ---------------------------------------------------------------


async def test_non_members_get_nothing_not_even_a_reply(world: World) -> None:
    await world.escalate(threat())
    card = (await world.sent())[0].event_id
    for body in ("!cases", "!claim 1", "!help", "!nonsense"):
        await world.mentor(EVE, body)
    await world.mentor(EVE, "👍", kind="reaction", relates_to=card)
    await world.mentor(EVE, "hello", thread=card)
    assert await world.sent() == []
    assert (await world.case()).status == "open"


async def test_help_unknown_commands_and_bad_numbers_get_a_short_answer(world: World) -> None:
    await world.mentor(MIA, "!help")
    await world.mentor(MIA, "!frobnicate 3")
    await world.mentor(MIA, "!claim 99")
    await world.mentor(MIA, "!claim")
    await world.mentor(MIA, "just chatting with colleagues")
    bodies = [s.body for s in await world.sent()]
    assert len(bodies) == 4
    assert bodies[0].startswith(en("mentor-help").splitlines()[0])
    assert bodies[1] == en("mentor-unknown-command", command="!frobnicate")
    assert bodies[2] == en("mentor-unknown-case", number="99")
    assert bodies[3] == en("mentor-usage", usage="!claim 42")


async def test_each_command_about_a_case_shows_its_own_usage(world: World) -> None:
    await world.escalate(threat())
    await world.sent()
    usages = {"case": "!case 42", "claim": "!claim 42", "release": "!release 42",
              "assign": "!assign 42 @mentor:server", "note": "!note 42 text", "close": "!close 42 [note]",
              "reveal": "!reveal 42", "handoff": "!handoff 42"}
    for name in usages:
        await world.mentor(MIA, f"!{name}")
    # A case but not enough after it: a mentor's id for !assign, words for !note.
    await world.mentor(MIA, "!assign 1 boris")
    await world.mentor(MIA, "!note 1")
    bodies = [s.body for s in await world.sent()]
    expected = [en("mentor-usage", usage=u) for u in usages.values()]
    assert bodies == [*expected, en("mentor-usage", usage=usages["assign"]), en("mentor-usage", usage=usages["note"])]
    assert (await world.case()).status == "open"
    assert await read(world.store, lambda r: r.cases.notes(1)) == []


async def test_case_numbers_are_read_in_several_forms(world: World) -> None:
    await world.escalate(threat())
    await world.sent()
    for form in ("C-0001", "c1", "#1", "001"):
        await world.mentor(MIA, f"!case {form}")
    replies = [s.body for s in await world.sent()]
    assert len(replies) == 4 and all("C-0001" in r for r in replies)


async def test_claim_by_reaction_tells_the_person_and_updates_the_card(world: World) -> None:
    await world.escalate(threat())
    card = (await world.sent())[0].event_id
    await world.mentor(MIA, "✋", kind="reaction", relates_to=card)
    sent = await world.sent()
    case = await world.case()
    assert case.status == "claimed" and case.claimed_by == MIA and case.claimed_at == T0
    assert [s.body for s in in_room(sent, ANNA_DM)] == [en("mentor-person-taken")]
    edit = next(s for s in in_room(sent, MENTORS) if s.content.get("m.relates_to", {}).get("rel_type") == "m.replace")
    assert edit.content["m.relates_to"]["event_id"] == card
    assert en("mentor-card-status-claimed", mentor=MIA) in edit.content["m.new_content"]["body"]
    await world.mentor(MAX, "👍", kind="reaction", relates_to=card)  # a reaction on a taken case is a reaction
    assert await world.sent() == []
    assert (await world.case()).claimed_by == MIA


async def test_claim_release_assign(world: World) -> None:
    await world.escalate(threat())
    await world.sent()
    await world.mentor(MIA, "!claim 1")
    assert (await world.case()).claimed_by == MIA
    await world.mentor(MAX, "!claim 1")
    await world.mentor(MIA, "!claim 1")
    replies = [s.body for s in in_room(await world.sent(), MENTORS) if s.content["msgtype"] == "m.notice"]
    assert en("mentor-claimed", case="C-0001", mentor=MIA) in replies
    assert en("mentor-claimed-already", case="C-0001", number=1, mentor=MIA, you=MAX) in replies
    assert en("mentor-claimed-yours", case="C-0001") in replies
    await world.mentor(MIA, "!release 1")
    assert (await world.case()).status == "open"
    await world.mentor(MIA, f"!assign 1 {EVE}")
    assert (await world.case()).status == "open"
    await world.mentor(MIA, f"!assign 1 {MAX}")
    case = await world.case()
    assert case.status == "claimed" and case.claimed_by == MAX
    bodies = [s.body for s in await world.sent()]
    assert en("mentor-not-member", mentor=EVE) in bodies
    assert en("mentor-assigned", case="C-0001", mentor=MAX) in bodies
    assert bodies.count(en("mentor-person-taken")) == 1  # told once each time the case was taken


# --- relays ------------------------------------------------------------------------------------


async def test_a_thread_reply_reaches_the_person_without_the_mentors_id(world: World) -> None:
    await world.escalate(threat(), lang="fr")
    card = (await world.sent())[0].event_id
    await world.mentor(MIA, "> <@max:example.org> old quote\n\nAre you safe now?", thread=card)
    sent = await world.sent()
    to_person = [s.body for s in in_room(sent, ANNA_DM)]
    assert to_person == [lang_text("fr", "mentor-person-taken"),
                         f"{lang_text('fr', 'mentor-person-says')} Are you safe now?"]
    assert MIA not in " ".join(to_person)
    (tick,) = in_room(sent, MENTORS, "m.reaction")
    assert tick.content["m.relates_to"]["key"] == "✅"
    assert (await world.case()).claimed_by == MIA  # answering an unclaimed case takes it
    await world.mentor(MIA, "!reveal 1")
    await world.mentor(MIA, "I am Mia.", thread=card)
    named = in_room(await world.sent(), ANNA_DM)[-1].body
    assert named == f"{lang_text('fr', 'mentor-person-says-named', mentor=MIA)} I am Mia."


async def test_reveal_setting_names_mentors_everywhere(store: Store) -> None:
    link = FakeLink()
    w = World(store, Mentors(settings(reveal_mentor_ids=True), store, LibraryHolder(LIB), link=link), link)
    await w.escalate(threat())
    card = (await w.sent())[0].event_id
    await w.mentor(MIA, "hello", thread=card)
    assert MIA in in_room(await w.sent(), ANNA_DM)[-1].body


async def test_the_persons_messages_go_to_the_thread_each_acknowledged_once(world: World) -> None:
    await world.escalate(threat())
    card = (await world.sent())[0].event_id
    assert await world.person("they are <outside> my door")
    sent = await world.sent()
    (relayed,) = in_room(sent, MENTORS)
    assert relayed.body == f"{en('mentor-relay-from', case='C-0001')} they are <outside> my door"
    assert "&lt;outside&gt;" in relayed.content["formatted_body"]
    assert relayed.content["m.relates_to"]["event_id"] == card
    assert ANNA not in relayed.body
    # The first message since the team last wrote: a few words; the next ones: a ✓ on the message.
    assert [s.body for s in in_room(sent, ANNA_DM)] == [en("mentor-person-passed")]
    second = f"$p{world._n + 1}"  # the event id the next message of the person gets
    assert await world.person("and now they left")
    sent = await world.sent()
    assert len(in_room(sent, MENTORS)) == 1 and in_room(sent, ANNA_DM) == []
    (tick,) = in_room(sent, ANNA_DM, "m.reaction")
    assert tick.content["m.relates_to"] == {"rel_type": "m.annotation", "event_id": second, "key": PASSED}
    # The team writes: the person's next message is acknowledged in words again.
    await world.mentor(MIA, "Are you safe now?", thread=card)
    await world.sent()
    assert await world.person("yes")
    assert [s.body for s in in_room(await world.sent(), ANNA_DM)] == [en("mentor-person-passed")]


async def test_a_case_opened_by_a_flow_relays_only_once_the_relay_starts(world: World) -> None:
    await world.escalate(threat(), relay=False)  # the flow still has a question to ask
    sent = await world.sent()
    assert in_room(sent, ANNA_DM) == []  # nothing said yet: the flow speaks
    assert not await world.person("1")
    assert await world.sent() == []


async def test_mentor_again_with_a_case_open_opens_no_second_case(world: World) -> None:
    await world.escalate(threat())
    await world.sent()
    async with world.store.write(world.now) as tx:
        case = await tx.cases.get(1)
        person = await tx.people.get(ANNA)
        assert case is not None and person is not None
        await world.mentors.asked_again(tx, Talk(ANNA_DM, person, "en", "menu"), case)
    sent = await world.sent()
    assert [s.body for s in in_room(sent, ANNA_DM)] == [en("mentor-person-still-open")]
    assert in_room(sent, MENTORS)[0].body == en("mentor-asked-again", case="C-0001")
    assert await world.store.db.fetchone("SELECT id FROM cases WHERE id = 2") is None


async def test_only_the_persons_own_open_case_intercepts(world: World) -> None:
    await world.escalate(threat())
    await world.sent()
    assert not await world.person("hello", user=BORIS, room=BORIS_DM)


async def test_a_file_sent_while_the_case_is_open_goes_to_the_thread(world: World) -> None:
    await world.escalate(threat())
    await world.sent()
    photo = Attachment("image", "IMG_1.jpg", "image/jpeg", real_jpeg())
    assert await world.person("", kind="attachment", attachment=photo)
    sent = await world.sent()
    (note,) = in_room(sent, MENTORS)
    assert note.body == en("mentor-relay-file", case="C-0001")
    assert [s.body for s in in_room(sent, ANNA_DM)] == [en("mentor-person-passed")]
    assert await world.mentors.deliver_files() == 1
    (file_msg,) = await world.sent()
    assert file_msg.content["msgtype"] == "m.image" and file_msg.content["filename"] == "IMG_1.jpg"


# --- notes, close, feedback --------------------------------------------------------------------


async def test_notes_are_kept_sealed_and_never_relayed(world: World) -> None:
    await world.escalate(threat())
    card = (await world.sent())[0].event_id
    await world.mentor(MIA, "!note 1 call her lawyer first")
    await world.mentor(MAX, "!note she prefers evenings", thread=card)
    sent = await world.sent()
    assert in_room(sent, ANNA_DM) == []
    assert [s.body for s in sent] == [en("mentor-note-added", case="C-0001")] * 2
    raw = await world.store.db.fetchone("SELECT text_sealed FROM case_notes WHERE id = 1")
    assert raw is not None and b"lawyer" not in bytes(raw["text_sealed"])
    await world.mentor(MIA, "!case 1")
    (details,) = await world.sent()
    assert f"{MIA}: call her lawyer first" in details.body and f"{MAX}: she prefers evenings" in details.body


async def test_close_asks_once_whether_it_helped(world: World) -> None:
    await world.escalate(threat(), lang="es")
    card = (await world.sent())[0].event_id
    await world.mentor(MIA, "!close 1 she is safe")
    sent = await world.sent()
    assert (await world.case()).status == "closed"
    assert [s.body for s in in_room(sent, ANNA_DM)] == [lang_text("es", "mentor-person-closed")]
    assert not any(s.room_id == ANNA_DM and "safe" in s.body for s in sent)
    assert await world.person("sí", lang="es")
    sent = await world.sent()
    assert [s.body for s in in_room(sent, ANNA_DM)] == [lang_text("es", "mentor-person-thanks")]
    assert in_room(sent, MENTORS)[0].body == en("mentor-feedback-yes", case="C-0001")
    assert (await world.case()).feedback == "yes"
    assert not await world.person("hola", lang="es")  # the conversation is the bot's again
    await world.mentor(MIA, "one more thing", thread=card)
    assert (await world.sent())[0].body == en("mentor-case-closed-no-relay", case="C-0001", number=1)
    await world.mentor(MIA, "!close 1")
    assert (await world.sent())[0].body == en("mentor-closed-already", case="C-0001")


async def test_anything_but_yes_or_no_skips_the_feedback_question(world: World) -> None:
    await world.escalate(threat())
    await world.sent()
    await world.mentor(MIA, "!close 1")
    await world.sent()
    assert not await world.person("menu")
    assert (await world.case()).feedback == "skipped"
    assert not await world.person("yes")


async def test_cases_lists_most_urgent_then_oldest(world: World) -> None:
    await world.escalate(threat(urgency="normal"), user=ANNA, room=ANNA_DM)
    world.now += 600
    await world.escalate(threat(urgency="urgent"), user=BORIS, room=BORIS_DM)
    world.now += 600
    await world.sent()
    await world.mentor(MIA, "!cases")
    (listing,) = await world.sent()
    lines = listing.body.splitlines()[1:]
    assert [line.split(" · ")[0] for line in lines] == ["- C-0002", "- C-0001"]
    assert en("mentor-age-minutes", count=20) in lines[1]
    await world.mentor(MIA, "!close 2")
    await world.mentor(MIA, "!close 1")
    await world.sent()
    await world.mentor(MIA, "!cases")
    assert (await world.sent())[0].body == en("mentor-cases-none")


# --- urgent re-pings -----------------------------------------------------------------------------


async def test_unclaimed_urgent_cases_are_repinged_until_claimed(pings_only: World) -> None:
    world = pings_only
    await world.escalate(threat(urgency="urgent"), lang="ru")
    card = (await world.sent())[0].event_id
    assert await world.mentors.repings_due(T0 + 14 * 60) == []
    world.now = T0 + 15 * 60
    assert await world.mentors.repings_due(world.now) == [1]
    assert world.link.woken[-1] == {MENTORS, ANNA_DM}  # committed, then both rooms' senders woken
    sent = await world.sent()
    (ping,) = in_room(sent, MENTORS)
    assert ping.body.startswith("@room ") and ping.content["m.mentions"] == {"room": True}
    assert ping.content["m.relates_to"] == {"m.in_reply_to": {"event_id": card}}
    assert en("mentor-reping", case="C-0001", minutes=15, number=1) in ping.body
    (note,) = in_room(sent, ANNA_DM)
    assert lang_text("ru", "mentor-person-on-the-way") in note.body
    assert lang_text("ru", "crisis-resources", country="other").splitlines()[0] in note.body
    assert await world.mentors.repings_due(T0 + 29 * 60) == []
    assert await world.mentors.next_delay(T0 + 29 * 60) == pytest.approx(60.0)
    world.now = T0 + 30 * 60
    assert await world.mentors.repings_due(world.now) == [1]
    sent = await world.sent()
    assert in_room(sent, ANNA_DM) == []  # the person is told once
    assert len(in_room(sent, MENTORS)) == 1
    await world.mentor(MIA, "!claim 1")
    await world.sent()
    assert await world.mentors.repings_due(T0 + 5 * 3600) == []


async def test_no_pings_pile_up_behind_a_card_that_has_not_reached_the_room(pings_only: World) -> None:
    world = pings_only
    await world.escalate(threat(urgency="urgent"))
    queued = len(await read(world.store, lambda _u: _u.edge.unsent()))
    assert await world.mentors.repings_due(T0 + 15 * 60) == [1]
    unsent = await read(world.store, lambda _u: _u.edge.unsent())
    assert [i.room_id for i in unsent[queued:]] == [ANNA_DM]  # the person still hears help is coming
    assert await world.mentors.next_delay(T0 + 15 * 60) == pytest.approx(60.0)


async def test_repings_count_again_from_a_release_and_ignore_other_urgencies(pings_only: World) -> None:
    world = pings_only
    await world.escalate(threat(urgency="high"))
    await world.escalate(threat(urgency="urgent"), user=BORIS, room=BORIS_DM)
    await world.sent()
    world.now = T0 + 10 * 60
    await world.mentor(MIA, "!claim 2")
    await world.mentor(MIA, "!release 2")
    await world.sent()
    assert await world.mentors.repings_due(T0 + 20 * 60) == []
    assert await world.mentors.repings_due(T0 + 25 * 60) == [2]


# --- handoff -----------------------------------------------------------------------------------


async def test_handoff_with_full_consent_creates_the_room_at_once(world: World) -> None:
    await world.escalate(threat(consent="full"))
    await world.sent()
    await world.mentor(MIA, "!handoff 1")
    await world.sent()
    assert await world.mentors.run_handoffs() == 1
    assert world.link.rooms == [[ANNA, MIA]]
    sent = await world.sent()
    assert [s.body for s in in_room(sent, ANNA_DM)] == [en("mentor-person-handoff-invited")]
    assert en("mentor-handoff-created", case="C-0001", mentor=MIA) in in_room(sent, MENTORS)[0].body
    assert await world.person("hi", room="!direct1:example.org")  # the bot stays silent in that room
    assert await world.mentors.run_handoffs() == 0


async def test_handoff_asks_a_pseudonymous_person_first(world: World) -> None:
    await world.escalate(threat(consent="pseudonymous"))
    await world.sent()
    await world.mentor(MIA, "!handoff 1")
    sent = await world.sent()
    assert [s.body for s in in_room(sent, ANNA_DM)] == [en("mentor-person-handoff-ask")]
    assert await world.mentors.run_handoffs() == 0
    assert await world.person("no")
    assert [s.body for s in in_room(await world.sent(), ANNA_DM)] == [en("mentor-person-handoff-declined")]
    assert (await world.case()).handoff == "declined"
    await world.mentor(MIA, "!handoff 1")
    await world.sent()
    assert await world.person("yes")
    assert await world.mentors.run_handoffs() == 1
    assert world.link.rooms == [[ANNA, MIA]]


async def test_a_failed_handoff_says_so_and_can_be_retried(world: World) -> None:
    world.link.fail_rooms = True
    await world.escalate(threat(consent="full"))
    await world.sent()
    await world.mentor(MIA, "!handoff 1")
    await world.sent()
    assert await world.mentors.run_handoffs() == 0
    assert (await world.sent())[0].body == en("mentor-handoff-failed", case="C-0001", number=1)
    world.link.fail_rooms = False
    await world.mentor(MIA, "!handoff 1")
    await world.sent()
    assert await world.mentors.run_handoffs() == 1


# --- erasure and retention -----------------------------------------------------------------------


async def test_forget_person_keeps_the_case_without_them(world: World) -> None:
    async with world.store.write() as tx:
        ref = await tx.attachments.add(ANNA, "a.pdf", "application/pdf", b"%PDF", T0, cleaned=False)
    await world.escalate(threat("high", "full", SummaryItem("threat-evidence", "evidence_1", ref)))
    await world.sent()
    await world.mentor(MIA, "!note 1 met on Tuesday")
    await world.sent()
    async with world.store.write() as tx:
        assert await world.mentors.forget_person(tx, ANNA) == [1]
        assert await tx.cases.anonymise_for_user(ANNA) == []  # nothing left to find
    sent = await world.sent()
    case = await world.case()
    assert case.user_id is None and case.room_id is None and case.summary == () and case.status == "closed"
    assert case.anonymised
    edit = next(s for s in sent if s.content.get("m.relates_to", {}).get("rel_type") == "m.replace")
    assert ANNA not in edit.content["m.new_content"]["body"]
    assert en("mentor-card-erased") in edit.content["m.new_content"]["body"]
    assert any(s.body == en("mentor-anonymised", case="C-0001") for s in sent)
    assert in_room(sent, ANNA_DM) == []
    assert await world.mentors.deliver_files() == 0  # the waiting file is dropped
    assert len(await read(world.store, lambda _u: _u.cases.notes(1))) == 1  # the team's notes stay
    assert not await world.person("hello again")


async def test_purge_closed_before_forgets_old_closed_cases_only(world: World) -> None:
    await world.escalate(threat())
    await world.escalate(threat(), user=BORIS, room=BORIS_DM)
    await world.sent()
    await world.mentor(MIA, "!note 1 x")
    await world.mentor(MIA, "!close 1")
    assert await world.mentors.purge_closed_before(T0 - 1) == 0
    assert await world.mentors.purge_closed_before(T0 + 1) == 1
    assert await world.case(1) is None and await world.case(2) is not None
    assert await world.store.db.fetchone("SELECT 1 FROM case_notes") is None


async def test_delete_cases_and_notes_for_an_erasure_policy(world: World) -> None:
    await world.escalate(threat())
    await world.escalate(threat(), user=BORIS, room=BORIS_DM)
    await world.mentor(MIA, "!note 1 first")
    await world.mentor(MIA, "!note 1 second")
    async with world.store.write() as tx:
        first = (await tx.cases.notes(1))[0]
        await tx.cases.delete_note(first.id)
        assert [n.text for n in await tx.cases.notes(1)] == ["second"]
        assert await tx.cases.delete_cases([1]) == 1
    assert await world.case(1) is None and await world.case(2) is not None
    assert await world.store.db.fetchone("SELECT 1 FROM case_notes") is None


async def test_case_ids_are_never_reused(world: World) -> None:
    await world.escalate(threat())
    await world.mentor(MIA, "!close 1")
    await world.mentors.purge_closed_before(T0 + 1)
    await world.escalate(threat(), user=BORIS, room=BORIS_DM)
    assert (await world.case(2)).user_id == BORIS


# --- the mentor room check -----------------------------------------------------------------------


class _Levels:
    def __init__(self, level: int) -> None:
        self.level = level

    def can_user_send_message(self, user_id: str, event_type: str = "m.room.message") -> bool:
        return self.level >= 0

    def can_user_notify(self, user_id: str, kind: str) -> bool:
        return self.level >= 50


def _client(rooms: dict[str, Any]) -> Any:
    return SimpleNamespace(user_id="@bot:example.org", rooms=rooms, invited_rooms={})


async def test_check_mentor_room_says_what_is_wrong() -> None:
    assert "no mentor room" in (await check_mentor_room(_client({}), None))[0]
    assert "not a member" in (await check_mentor_room(_client({}), MENTORS))[0]
    plain = SimpleNamespace(encrypted=False, power_levels=_Levels(0), join_rule="invite",
                            users={"@bot:example.org": 1}, invited_users={})
    problems = " | ".join(await check_mentor_room(_client({MENTORS: plain}), MENTORS))
    assert "NOT end-to-end encrypted" in problems and "@room" in problems and "invite the mentors" in problems
    good = SimpleNamespace(encrypted=True, power_levels=_Levels(100), join_rule="invite",
                           users={"@bot:example.org": 1, MIA: 1}, invited_users={})
    assert await check_mentor_room(_client({MENTORS: good}), MENTORS) == []


def test_room_ids_of_room_version_12_are_accepted_as_the_mentor_room() -> None:
    opaque = "!Ac2xYq5-dT3sbDPnqkLUqWf2pRfHwvbWZc4Wf6yLX_8"  # no server part since room version 12
    s = Settings(homeserver="https://hs.example.org", user_id="@bot:example.org", password="x",  # type: ignore[arg-type]
                 mentor_room=opaque)
    assert s.mentor_room == opaque
