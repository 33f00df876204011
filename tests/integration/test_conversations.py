"""Whole conversations over Matrix: the shipped flows, real E2EE clients, a real Synapse.

The scripts are derived from the shipped flows (tests/integration/scripts.py): a test names the
answers by option id, the flows say which number to type and what comes next. Expected texts
are rendered from the shipped locales, so the tests follow content edits, and each question's
text is checked to arrive exactly once — nothing repeated, nothing lost.
"""

from __future__ import annotations

import asyncio
import io
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Literal

import pytest

from bot.store import Store
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import ROOT, Accounts, StartElement
from tests.integration.scripts import (
    HELLO,
    ONBOARDING,
    SKIP,
    WAIT,
    Answer,
    Chat,
    Script,
    Turn,
    conversation,
    element_expect,
    load,
    onboard,
    open_chat,
    play_in_element,
    real_flows_env,
    start,
    text,
)
from tests.storekit import read

pytestmark = pytest.mark.integration


@pytest.fixture
async def care_bot(synapse: Synapse, accounts: Accounts, tmp_path: Path) -> AsyncIterator[BotProcess]:
    user_id, password = accounts.new("care")
    proc = BotProcess(real_flows_env(synapse, user_id, password, tmp_path / "data"), tmp_path / "bot.log")
    await proc.start()
    try:
        yield proc
    finally:
        await proc.kill()


def hygiene_check(answer: str, *, by: Literal["number", "label"] = "number", **more: Answer) -> Script:
    """From hello through the whole hygiene check (phone and computer: every item is asked),
    every item answered with option `answer`; no reminder, no left-behind check, no mentor."""
    answers: dict[str, Answer] = {**ONBOARDING, "menu.choose": "hygiene", "hygiene.devices": "both",
                                  "hygiene.offer_reminder": "no", "hygiene.offer_leftbehind": "no",
                                  "hygiene.offer_mentor": "no", "hygiene.*": answer}
    return conversation({**answers, **more}, by=by)


def checklist(script: Script) -> list[Turn]:
    """The checklist items: the hygiene questions that can be answered "does not apply"."""
    return [t for t in script.of("hygiene") if "na" in {o.id for o in t.ask.options}]


def assert_each_asked_once(chat: Chat, turns: list[Turn]) -> None:
    assert turns
    for turn in turns:
        assert chat.count(turn.question) == 1, f"{turn.key} asked {chat.count(turn.question)} times"


async def test_a_whole_hygiene_check_answered_by_numbers(care_bot: BotProcess, activist: Activist) -> None:
    script = hygiene_check("yes")
    assert all(isinstance(t.reply, str) and t.reply.isdigit() for t in script.of("hygiene"))
    chat = await open_chat(activist, care_bot.env["TEST_BOT_USER"])
    await start(chat, script)
    assert script.last == text("hygiene-done")
    assert chat.count(text("hygiene-all-good", total=len(checklist(script)))) == 1, "all done: the all-good path"
    assert_each_asked_once(chat, script.of("hygiene"))
    assert all(m.decrypted for m in activist.all_from(chat.room_id, chat.bot_user))


async def test_a_whole_hygiene_check_answered_by_labels(care_bot: BotProcess, activist: Activist) -> None:
    script = hygiene_check("unsure", by="label")
    assert not any(t.reply.isdigit() for t in script.turns if isinstance(t.reply, str))
    chat = await open_chat(activist, care_bot.env["TEST_BOT_USER"])
    await start(chat, script)
    items = checklist(script)
    assert chat.count(text("hygiene-summary", score=0, total=len(items))) == 1
    assert_each_asked_once(chat, script.of("hygiene"))


async def test_kill_minus_9_mid_flow_resumes_at_the_same_step(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    first_four = {t.key: "no" for t in checklist(hygiene_check("yes"))[:4]}
    script = hygiene_check("yes", **first_four)
    fifth = script.index(checklist(script)[4].key)
    user_id, password = accounts.new("crashy")
    proc = BotProcess(real_flows_env(synapse, user_id, password, tmp_path / "data"), tmp_path / "bot.log")
    await proc.start()
    try:
        chat = await open_chat(activist, user_id)
        await chat.answer(HELLO, then=script.first)
        await chat.play(script, stop=fifth)
        # The answer to the fifth item is in flight when the bot dies.
        await chat.send(script.turns[fifth].reply)
        await proc.kill()
        await proc.start()
        await chat.expect(script.then(fifth))
        await chat.play(script, start=fifth + 1)
        assert_each_asked_once(chat, script.of("hygiene"))
    finally:
        await proc.kill()


KEYCAPS = tuple(f"{n}\ufe0f\u20e3" for n in range(1, 10))


def offered_keys(turn: Turn) -> list[str]:
    """The reactions under a question: ✅ ❌ for yes/no, 1️⃣ 2️⃣ … for its options."""
    return ["✅", "❌"] if turn.ask.kind == "yesno" else list(KEYCAPS[: len(turn.ask.options)])


async def test_reactions_answer_choice_questions_when_the_admin_enables_them(
    synapse: Synapse, accounts: Accounts, element_user: StartElement, tmp_path: Path
) -> None:
    flows = tmp_path / "flows"
    shutil.copytree(ROOT / "flows", flows)
    hygiene = flows / "hygiene.yaml"
    hygiene.write_text(hygiene.read_text().replace("\nstart:", "\nreactions: true\nstart:", 1))
    answers: dict[str, Answer] = {**ONBOARDING, "menu.choose": "hygiene", "hygiene.devices": "both",
                                  "hygiene.offer_leftbehind": "no", "hygiene.offer_mentor": "no",
                                  "hygiene.*": "yes"}
    script = conversation(answers, lib=load(flows))
    first = script.index("hygiene.devices")
    user_id, password = accounts.new("reacty")
    proc = BotProcess(real_flows_env(synapse, user_id, password, tmp_path / "data", flows), tmp_path / "bot.log")
    await proc.start()
    try:
        element = await element_user("tapper")
        room_id = await element.create_dm(user_id)
        await element.send(room_id, HELLO)
        await element_expect(element, room_id, user_id, script.first)
        question = await play_in_element(element, room_id, user_id, script, stop=first)
        assert question is not None
        for i, turn in enumerate(script.turns[first:], first):
            # The bot puts a reaction per option under each question; earlier questions' may come first.
            expected = offered_keys(turn)
            keys: set[str] = set()
            while len(keys) < len(expected):
                offered = await element.wait_event(room_id, "m.reaction", user_id, timeout=WAIT)
                if offered["relates_to"]["event_id"] == question["event_id"]:
                    keys.add(offered["relates_to"]["key"])
            assert keys == set(expected), turn.key
            assert turn.number is not None
            await element.react(room_id, question["event_id"], expected[turn.number - 1])
            question = await element_expect(element, room_id, user_id, script.then(i), f"after a tap at {turn.key}")
    finally:
        await proc.kill()


CROWD_WAIT = 300.0


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
        # Fifty at once on a shared test machine: slow is allowed, lost or doubled is not.
        chats = await asyncio.gather(*(open_chat(p, bot_user, wait=CROWD_WAIT) for p in people))
        outcomes = await asyncio.gather(*(onboard(c) for c in chats), return_exceptions=True)
        failed = [o for o in outcomes if o is not None]
        assert not failed, f"{len(failed)} of 50 did not get through: {failed[0]}"
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

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_with_location())
    answers: dict[str, Answer] = {
        **ONBOARDING, "menu.choose": "threat", "threat.danger": "no", "threat.channel": "safe",
        "threat.kind": ("surveillance",), "threat.details": "a car waited at my office", "threat.timing": "yesterday",
        "threat.ongoing": "no", "threat.impact": "serious", "threat.likelihood": "possible", "threat.where": SKIP,
        "threat.who": SKIP, "threat.affected": SKIP, "threat.evidence_1": photo, "threat.more_1": "no",
        "threat.steps_taken": SKIP, "threat.help": ("digital",), "threat.share": "pseudonymous",
        "threat.contact_times": SKIP,
    }
    script = conversation(answers)
    assert text("threat-done") in script.closing  # then the offer of a risk check
    user_id, password = accounts.new("intake")
    data = tmp_path / "data"
    proc = BotProcess(real_flows_env(synapse, user_id, password, data), tmp_path / "bot.log")
    await proc.start()
    try:
        element = await element_user("reporter")
        room_id = await element.create_dm(user_id)
        await element.send(room_id, HELLO)
        await element_expect(element, room_id, user_id, script.first)
        await play_in_element(element, room_id, user_id, script)
        bodies = [m["body"] for m in await element.messages(room_id) if m["sender"] == user_id]
        for turn in script.of("threat"):
            assert sum(turn.question in b for b in bodies) == script.asked()[turn.question], f"{turn.key}"
        evidence = script.turns[script.index("threat.evidence_1")]
        assert sum(evidence.question in b for b in bodies) == 1
        assert sum(text("threat-evidence-more") in b for b in bodies) == 1
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
