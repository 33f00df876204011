"""Whole conversations over Matrix: the shipped flows, real E2EE clients, a real Synapse.

Expected texts are rendered from the shipped locales, so the tests follow content edits, and
each question's text is checked to arrive exactly once — nothing repeated, nothing lost.
"""

from __future__ import annotations

import asyncio
import io
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.authoring.loader import load_library
from bot.care.render import strip_bold
from bot.engine.model import ChoiceQuestion
from bot.store import Store
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import ROOT, Accounts, StartElement, bot_env
from tests.storekit import read

pytestmark = pytest.mark.integration

LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None
WAIT = 60.0


def text(msgid: str, **args: object) -> str:
    """The first line of a message as the bot's plain body shows it."""
    return strip_bold(LIB.catalog.render("en", msgid, args)).splitlines()[0]


def hygiene_questions() -> list[str]:
    flow = LIB.flow("hygiene")
    assert flow is not None
    return [s.text for s in flow.steps.values() if isinstance(s, ChoiceQuestion) and s.options[0].id == "yes"]


def real_flows_env(hs: Synapse, user_id: str, password: str, data: Path, flows: Path | None = None) -> dict[str, str]:
    return bot_env(hs, user_id, password, data, CONTINUUM_FLOWS_DIR=str(flows or ROOT / "flows"),
                   CONTINUUM_LOCALES_DIR=str(ROOT / "locales"))


@pytest.fixture
async def care_bot(synapse: Synapse, accounts: Accounts, tmp_path: Path) -> AsyncIterator[BotProcess]:
    user_id, password = accounts.new("care")
    proc = BotProcess(real_flows_env(synapse, user_id, password, tmp_path / "data"), tmp_path / "bot.log")
    await proc.start()
    try:
        yield proc
    finally:
        await proc.kill()


class Chat:
    """One activist's DM with the bot; waits for texts, never sleeps."""

    def __init__(self, person: Activist, room_id: str, bot_user: str) -> None:
        self.person, self.room_id, self.bot_user = person, room_id, bot_user

    def bodies(self) -> list[str]:
        return [m.body for m in self.person.all_from(self.room_id, self.bot_user)]

    async def expect(self, fragment: str, timeout: float = WAIT) -> None:
        await self.person.wait_for(lambda: any(fragment in b for b in self.bodies()), timeout)

    async def answer(self, reply: str, then: str) -> None:
        before = sum(then in b for b in self.bodies())
        await self.person.send(self.room_id, reply)
        try:
            await self.person.wait_for(lambda: sum(then in b for b in self.bodies()) > before, WAIT)
        except TimeoutError:
            tail = "\n---\n".join(b[:80] for b in self.bodies()[-6:])
            undecryptable = self.person.undecryptable.get(self.room_id, 0)
            raise AssertionError(
                f"after {reply!r} no {then[:60]!r} ({undecryptable} undecryptable); last bot messages:\n{tail}"
            ) from None

    def count(self, fragment: str) -> int:
        return sum(fragment in b for b in self.bodies())


async def open_chat(person: Activist, bot_user: str) -> Chat:
    room_id = await person.create_dm(bot_user)
    await person.wait_joined(room_id, bot_user)
    return Chat(person, room_id, bot_user)


async def onboard(chat: Chat) -> None:
    await chat.answer("hello", then=text("language-choose"))
    await chat.answer("1", then=text("onboarding-consent"))
    await chat.answer("yes", then=text("timezone-ask"))
    await chat.answer("skip", then=text("country-ask"))
    await chat.answer("skip", then=text("menu-choose"))


async def walk_hygiene(chat: Chat, answer: str, start_at: int = 0, last: str = "hygiene-offer-mentor") -> None:
    """Answer every checklist question the same way; `last` is what follows the final one."""
    questions = hygiene_questions()
    for msgid in questions[start_at:]:
        await chat.expect(text(msgid))
        following = questions[questions.index(msgid) + 1] if msgid != questions[-1] else last
        await chat.answer(answer, then=text(following))


async def test_a_whole_hygiene_check_answered_by_numbers(care_bot: BotProcess, activist: Activist) -> None:
    chat = await open_chat(activist, care_bot.env["TEST_BOT_USER"])
    await onboard(chat)
    await chat.answer("1", then=text(hygiene_questions()[0]))
    await walk_hygiene(chat, "1")
    await chat.answer("2", then=text("menu-choose"))
    for msgid in hygiene_questions():
        assert chat.count(text(msgid)) == 1, f"{msgid} must be asked exactly once"
    assert all(m.decrypted for m in activist.all_from(chat.room_id, chat.bot_user))


async def test_a_whole_hygiene_check_answered_by_labels(care_bot: BotProcess, activist: Activist) -> None:
    chat = await open_chat(activist, care_bot.env["TEST_BOT_USER"])
    await onboard(chat)
    await chat.answer("Check my digital security", then=text(hygiene_questions()[0]))
    await walk_hygiene(chat, "Not sure", last="hygiene-offer-reminder")
    assert chat.count(text("hygiene-summary", score=0, total=len(hygiene_questions()))) == 1
    for msgid in hygiene_questions():
        assert chat.count(text(msgid)) == 1


async def test_kill_minus_9_mid_flow_resumes_at_the_same_step(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    user_id, password = accounts.new("crashy")
    proc = BotProcess(real_flows_env(synapse, user_id, password, tmp_path / "data"), tmp_path / "bot.log")
    await proc.start()
    try:
        chat = await open_chat(activist, user_id)
        await onboard(chat)
        await chat.answer("1", then=text(hygiene_questions()[0]))
        questions = hygiene_questions()
        for msgid in questions[:4]:
            await chat.answer("2", then=text(questions[questions.index(msgid) + 1]))
        # The answer to question 5 is in flight when the bot dies.
        await activist.send(chat.room_id, "1")
        await proc.kill()
        await proc.start()
        await walk_hygiene(chat, "1", start_at=5, last="hygiene-offer-reminder")
        await chat.answer("no", then=text("hygiene-offer-mentor"))
        await chat.answer("no", then=text("menu-choose"))
        for msgid in questions:
            assert chat.count(text(msgid)) == 1, f"{msgid} asked {chat.count(text(msgid))} times"
    finally:
        await proc.kill()


async def test_reactions_answer_choice_questions_when_the_admin_enables_them(
    synapse: Synapse, accounts: Accounts, element_user: StartElement, tmp_path: Path
) -> None:
    flows = tmp_path / "flows"
    shutil.copytree(ROOT / "flows", flows)
    hygiene = flows / "hygiene.yaml"
    hygiene.write_text(hygiene.read_text().replace("\nstart:", "\nreactions: true\nstart:", 1))
    user_id, password = accounts.new("reacty")
    proc = BotProcess(real_flows_env(synapse, user_id, password, tmp_path / "data", flows), tmp_path / "bot.log")
    await proc.start()
    try:
        element = await element_user("tapper")
        room_id = await element.create_dm(user_id)
        await element.send(room_id, "hello")
        await element.wait_message(room_id, user_id, contains=text("language-choose"), timeout=WAIT)
        await element.send(room_id, "1")
        await element.wait_message(room_id, user_id, contains=text("onboarding-consent"), timeout=WAIT)
        await element.send(room_id, "yes")
        await element.wait_message(room_id, user_id, contains=text("timezone-ask"), timeout=WAIT)
        await element.send(room_id, "skip")
        await element.wait_message(room_id, user_id, contains=text("menu-choose"), timeout=WAIT)
        await element.send(room_id, "1")
        for msgid in hygiene_questions():
            question = await element.wait_message(room_id, user_id, contains=text(msgid), timeout=WAIT)
            # The bot puts 1️⃣ 2️⃣ 3️⃣ under each question; earlier questions' taps may come first.
            keys = set()
            while len(keys) < 3:
                offered = await element.wait_event(room_id, "m.reaction", user_id, timeout=WAIT)
                if offered["relates_to"]["event_id"] == question["event_id"]:
                    keys.add(offered["relates_to"]["key"])
            assert keys == {"1️⃣", "2️⃣", "3️⃣"}
            await element.react(room_id, question["event_id"], "1️⃣")
        await element.wait_message(room_id, user_id, contains=text("hygiene-offer-mentor"), timeout=WAIT)
    finally:
        await proc.kill()


async def test_fifty_people_at_once_lose_and_double_nothing(
    care_bot: BotProcess, synapse: Synapse, accounts: Accounts, tmp_path: Path
) -> None:
    bot_user = care_bot.env["TEST_BOT_USER"]
    people = []
    for i in range(50):
        user_id, password = accounts.new("crowd")
        person = Activist(synapse.url, user_id, password, tmp_path / f"p{i}")
        people.append(person)
    await asyncio.gather(*(p.login() for p in people))
    try:
        chats = await asyncio.gather(*(open_chat(p, bot_user) for p in people))
        await asyncio.gather(*(onboard(c) for c in chats))
        transcripts = {tuple(c.bodies()) for c in chats}
        assert len(transcripts) == 1, "everyone answered the same, so everyone must read the same"
        (transcript,) = transcripts
        assert len(transcript) == len(set(transcript)), "no message may arrive twice"
    finally:
        await asyncio.gather(*(p.close() for p in people), return_exceptions=True)


def jpeg_with_location() -> bytes:
    """A real 48×32 photo, taken sideways (EXIF orientation 6), whose EXIF carries a GPS position
    and markers standing for the place and the phone."""
    from PIL import ExifTags, Image

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "GPS-SECRET-PHONE"
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (51.0, 30.0, 0.0),
                                  ExifTags.GPS.GPSMapDatum: "GPS-SECRET-51.5N"}
    buf = io.BytesIO()
    Image.new("RGB", (48, 32), (200, 30, 30)).save(buf, "JPEG", exif=exif)
    return buf.getvalue()


async def test_a_threat_report_with_evidence_from_element(
    synapse: Synapse, accounts: Accounts, element_user: StartElement, tmp_path: Path
) -> None:
    from bot.matrix.session import DataDir
    from bot.platform.sealing import SecretBox

    user_id, password = accounts.new("intake")
    data = tmp_path / "data"
    proc = BotProcess(real_flows_env(synapse, user_id, password, data), tmp_path / "bot.log")
    await proc.start()
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_with_location())
    answers: dict[str, str | Path] = {
        "threat-danger": "no", "threat-kind": "1", "threat-details": "they followed me home",
        "threat-timing": "yesterday", "threat-ongoing": "no", "threat-impact": "2", "threat-likelihood": "2",
        "threat-where": "skip", "threat-who": "skip", "threat-affected": "skip", "threat-evidence": photo,
        "threat-evidence-more": "no", "threat-steps-taken": "skip", "threat-help": "1", "threat-share": "2",
        "threat-contact-times": "skip",
    }
    try:
        element = await element_user("reporter")
        room_id = await element.create_dm(user_id)
        for said, expect in (("hello", "language-choose"), ("1", "onboarding-consent"), ("yes", "timezone-ask"),
                             ("skip", "menu-choose"), ("3", "threat-danger")):
            await element.send(room_id, said)
            await element.wait_message(room_id, user_id, contains=text(expect), timeout=WAIT)
        questions = {text(msgid): msgid for msgid in answers}
        asked: list[str] = ["threat-danger"]
        while True:
            msgid = asked[-1]
            reply = answers[msgid]
            if isinstance(reply, Path):
                await element.send_file(room_id, reply, "image/jpeg")
            else:
                await element.send(room_id, reply)
            if msgid == "threat-contact-times":
                try:
                    await element.wait_message(room_id, user_id, contains=text("threat-done"), timeout=WAIT)
                except Exception:
                    bodies = [m["body"][:70] for m in await element.messages(room_id) if m["sender"] == user_id]
                    raise AssertionError("\n".join(bodies[-8:])) from None
                break
            while True:
                message = await element.wait_message(room_id, user_id, timeout=WAIT)
                found = next((q for q in questions if q in message["body"]), None)
                if found is not None:
                    asked.append(questions[found])
                    break
        assert asked.count("threat-evidence") == 1 and "threat-evidence-more" in asked
    finally:
        await proc.kill()
    # The evidence is kept — sealed at rest, only its pixels: its location metadata is gone.
    raw = b"".join(p.read_bytes() for p in data.rglob("*") if p.is_file())
    assert b"GPS-SECRET" not in raw
    store = await Store.open(data / "continuum.db", SecretBox(DataDir(data).data_key(None, None)[0]))
    try:
        rows = await store.db.fetchall("SELECT ref FROM attachments")
        assert len(rows) == 1
        kept = await read(store, lambda _u: _u.attachments.get(rows[0]["ref"]))
        assert kept is not None and kept.mimetype == "image/jpeg" and kept.cleaned
        assert kept.data.startswith(b"\xff\xd8") and b"GPS-SECRET" not in kept.data and b"Exif" not in kept.data
        from PIL import Image

        with Image.open(io.BytesIO(kept.data)) as picture:
            assert picture.size == (32, 48), "the pixels are kept, turned the right way up"
    finally:
        await store.close()
