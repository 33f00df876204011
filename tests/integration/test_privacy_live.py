"""Privacy against a real Synapse, with the bot as a real subprocess and real E2EE clients.

- "delete my data" leaves no row, in any table or column, naming the person or their chat;
- the panic word: nothing more appears on the screen, the bot's messages are redacted (and the
  person's when the bot was given the power to), the bot leaves;
- "my data" arrives as an encrypted file only the person can open;
- invites from servers not allowed are declined; the flood limit answers once, politely;
- a conversation with a unique marker in a free-text answer and in a file leaves that marker in
  no file under the data dir (database, WAL, crypto store…) and in no log line, and without
  debug the person's Matrix id and room id appear in no log line either;
- with debug on, the first warning says plainly what the logs then expose.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from nio import (
    RoomGetEventResponse,
    RoomGetStateEventResponse,
    RoomPutStateResponse,
    RoomSendResponse,
)
from nio.crypto import decrypt_attachment

from bot.care.privacy import EXPORT_NAME
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts, bot_env
from tests.integration.scripts import (
    ONBOARDING,
    SKIP,
    Answer,
    Chat,
    body,
    conversation,
    onboard,
    open_chat,
    real_flows_env,
    start,
    text,
    text_until,
)

pytestmark = pytest.mark.integration

WAIT = 60.0
PANIC = "weather"


def every_cell(db: Path) -> list[tuple[str, str, bytes]]:
    """(table, column, value as bytes) of every cell of every table of the bot's database."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        cells = []
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            cur = conn.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cur.description]
            for row in cur:
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, str):
                        cells.append((table, column, value.encode()))
                    elif isinstance(value, bytes):
                        cells.append((table, column, value))
        return cells
    finally:
        conn.close()


def naming(db: Path, *needles: str) -> list[str]:
    return [f"{t}.{c}" for t, c, v in every_cell(db) for n in needles if n.encode() in v]


def files_containing(root: Path, needle: bytes) -> list[str]:
    """Every file under `root` whose bytes contain `needle` (also as UTF-16, as some stores write)."""
    forms = {needle, needle.decode().encode("utf-16-le")}
    return [str(p.relative_to(root)) for p in sorted(root.rglob("*"))
            if p.is_file() and any(f in p.read_bytes() for f in forms)]


async def start_bot(synapse: Synapse, accounts: Accounts, tmp_path: Path, name: str, **extra: str) -> BotProcess:
    user_id, password = accounts.new(name)
    env = real_flows_env(synapse, user_id, password, tmp_path / "data")
    env.update(extra)
    proc = BotProcess(env, tmp_path / f"{name}.log")
    await proc.start()
    return proc


async def is_redacted(person: Activist, room_id: str, event_id: str) -> bool:
    resp = await person.client.room_get_event(room_id, event_id)
    assert isinstance(resp, RoomGetEventResponse), resp
    unsigned = resp.event.source.get("unsigned", {})
    return "redacted_because" in unsigned or not resp.event.source.get("content")


async def grant_power(person: Activist, room_id: str, user_id: str, level: int) -> None:
    current = await person.client.room_get_state_event(room_id, "m.room.power_levels")
    assert isinstance(current, RoomGetStateEventResponse), current
    content: dict[str, Any] = dict(current.content)
    content["users"] = {**content.get("users", {}), user_id: level}
    resp = await person.client.room_put_state(room_id, "m.room.power_levels", content)
    assert isinstance(resp, RoomPutStateResponse), resp


# --- delete my data ---------------------------------------------------------------------------


async def test_delete_my_data_leaves_no_row_naming_the_person_or_their_chat(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    proc = await start_bot(synapse, accounts, tmp_path, "eraser")
    bot = proc.env["TEST_BOT_USER"]
    try:
        chat = await open_chat(activist, bot)
        await onboard(chat)
        await chat.answer("remind me in 3d", then=text_until("bot-followup-set", "when"))
        db = tmp_path / "data" / "continuum.db"
        assert naming(db, activist.user_id, chat.room_id), "the scan must see the person while they are there"
        await chat.answer("delete my data", then=text("bot-privacy-delete-confirm"))
        await chat.answer("yes", then=text("bot-privacy-deleted"))
        await chat.answer("yes", then=text("bot-privacy-goodbye"))
        await activist.wait_left(chat.room_id, bot, timeout=WAIT)
        assert await proc.stop() == 0
    finally:
        await proc.kill()
    assert naming(db, activist.user_id, chat.room_id) == []
    # Their identity pin is kept (a public key, so that a swapped identity is noticed if they come
    # back), under a keyed hash of their id: it is there, and it names nobody.
    assert "identity_pins" in {t for t, c, _v in every_cell(db) if c == "pin"}
    # Byte for byte too (free pages, the WAL): only nio's crypto store still knows the person's
    # device keys and the room's session (docs/THREAT_MODEL.md says so).
    for needle in (activist.user_id, chat.room_id):
        assert [f for f in files_containing(tmp_path / "data", needle.encode()) if not f.startswith("crypto")] == []


# --- the panic word ---------------------------------------------------------------------------


async def test_panic_word_redacts_everything_it_may_leaves_and_says_nothing(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    proc = await start_bot(synapse, accounts, tmp_path, "panicky", CONTINUUM_PANIC_KEYWORD=PANIC)
    bot = proc.env["TEST_BOT_USER"]
    try:
        chat = await open_chat(activist, bot)
        await grant_power(activist, chat.room_id, bot, 50)  # as if the bot had created the chat
        await start(chat, conversation({**ONBOARDING, "menu.choose": "threat"}))  # at the first question
        said = [m.event_id for m in activist.all_from(chat.room_id, bot)]
        mine = [m.event_id for m in activist.all_from(chat.room_id, activist.user_id)]
        mine.append(await activist.send(chat.room_id, "Weather"))
        await activist.wait_left(chat.room_id, bot, timeout=WAIT)
        assert [m.event_id for m in activist.all_from(chat.room_id, bot)] == said, "nothing new on the screen"
        for event_id in said:
            assert await is_redacted(activist, chat.room_id, event_id), "the bot's own messages are gone"
        for event_id in mine:
            assert await is_redacted(activist, chat.room_id, event_id), "with power, the person's too"
        assert await proc.stop() == 0
    finally:
        await proc.kill()
    assert naming(tmp_path / "data" / "continuum.db", activist.user_id, chat.room_id) == []
    assert "weather" not in proc.output.lower()


async def test_panic_word_without_power_still_redacts_the_bots_messages_and_leaves(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    proc = await start_bot(synapse, accounts, tmp_path, "calm", CONTINUUM_PANIC_KEYWORD=PANIC)
    bot = proc.env["TEST_BOT_USER"]
    try:
        chat = await open_chat(activist, bot)
        await chat.answer("hello", then=text("language-choose"))
        said = [m.event_id for m in activist.all_from(chat.room_id, bot)]
        hello = activist.all_from(chat.room_id, activist.user_id)[0].event_id
        await activist.send(chat.room_id, PANIC)
        await activist.wait_left(chat.room_id, bot, timeout=WAIT)
        for event_id in said:
            assert await is_redacted(activist, chat.room_id, event_id)
        assert not await is_redacted(activist, chat.room_id, hello), "the person's own: not the bot's to remove"
    finally:
        await proc.kill()


# --- my data ----------------------------------------------------------------------------------


async def test_my_data_arrives_as_an_encrypted_file_only_the_person_can_open(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    proc = await start_bot(synapse, accounts, tmp_path, "exporter")
    bot = proc.env["TEST_BOT_USER"]
    try:
        chat = await open_chat(activist, bot)
        await onboard(chat)
        await chat.answer("remind me in 3d", then=text_until("bot-followup-set", "when"))
        # What it says it sends, counted: one conversation (the onboarding), one reminder.
        summary = body("bot-privacy-export", file=EXPORT_NAME, conversations=1, reminders=1, files=0, cases=0)
        await chat.answer("my data", then=summary)

        def the_file() -> bool:
            return any(m.content.get("msgtype") == "m.file" for m in activist.all_from(chat.room_id, bot))

        await activist.wait_for(the_file, WAIT)
        message = next(m for m in activist.all_from(chat.room_id, bot) if m.content.get("msgtype") == "m.file")
        assert message.body == EXPORT_NAME, "the file is the one the summary names"
        assert message.decrypted and "url" not in message.content, "the file is linked only inside the E2EE event"
        file = message.content["file"]
        download = await activist.client.download(mxc=file["url"])
        ciphertext = download.body  # type: ignore[union-attr]
        assert activist.user_id.encode() not in ciphertext and b"matrix_id" not in ciphertext
        export = json.loads(decrypt_attachment(ciphertext, file["key"]["k"], file["hashes"]["sha256"], file["iv"]))
        assert export["matrix_id"] == activist.user_id
        assert export["profile"]["privacy_consent"] is True
        assert [r["from"] for r in export["reminders"]] == ["person"]
        assert [c["room"] for c in export["conversations"]] == [chat.room_id]
    finally:
        await proc.kill()


# --- access control ---------------------------------------------------------------------------


async def test_an_invite_from_a_server_not_allowed_is_declined(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    user_id, password = accounts.new("picky")
    env = bot_env(synapse, user_id, password, tmp_path / "data", CONTINUUM_ALLOWED_SERVERS="elsewhere.example.org")
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        room_id = await activist.create_dm(user_id)
        await proc.wait_line("declined an invite", timeout=WAIT)
        await activist.wait_left(room_id, user_id, timeout=WAIT)
        assert "server not allowed" in proc.output
        assert activist.all_from(room_id, user_id) == []
    finally:
        await proc.kill()


async def test_the_flood_limit_answers_once_politely_then_stays_silent(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    user_id, password = accounts.new("floody")
    # The activist is also an admin: an admin command is answered whatever the flood limit says,
    # which gives the test a reply to wait for after the silence.
    env = bot_env(synapse, user_id, password, tmp_path / "data", CONTINUUM_FLOOD_MESSAGES_PER_MINUTE="3",
                  CONTINUUM_ADMINS=activist.user_id)
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        room_id = await activist.create_dm(user_id)
        await activist.wait_joined(room_id, user_id)
        chat = Chat(activist, room_id, user_id)
        await activist.send(room_id, "message 0")  # shares the room key with the bot
        for i in range(1, 10):
            # Straight to nio: the harness's per-send key query can race the client's own sync
            # loop ("No key query required") when messages follow each other this fast.
            resp = await activist.client.room_send(room_id, "m.room.message", {"msgtype": "m.text",
                                                   "body": f"message {i}"}, ignore_unverified_devices=True)
            assert isinstance(resp, RoomSendResponse), resp
        slow = text("bot-slow-down")
        await chat.expect(slow)
        # The bot reads a room's messages in order and sends its replies in order: once the answer
        # to this command is here, anything it said about the ten messages before is here too.
        await activist.send(room_id, "!stats")
        await chat.expect("aggregates only")
        *before, marker = chat.bodies()
        assert "aggregates only" in marker
        assert sum(slow in b for b in before) == 1
        assert len(before) == 3 + 1, "three answers, one note, then silence"
    finally:
        await proc.kill()


# --- logs and files at rest ---------------------------------------------------------------------


async def test_a_unique_answer_and_file_never_appear_in_clear_on_disk_or_in_logs(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    marker = f"marker-{uuid.uuid4().hex}"
    proc = await start_bot(synapse, accounts, tmp_path, "quiet")
    bot = proc.env["TEST_BOT_USER"]
    data = tmp_path / "data"
    try:
        evidence = tmp_path / "upload" / f"{marker}.txt"
        evidence.parent.mkdir()
        evidence.write_text(f"evidence {marker}")
        answers: dict[str, Answer] = {
            **ONBOARDING, "menu.choose": "threat", "threat.danger": "no", "threat.channel": "safe",
            "threat.kind": ("harassment",), "threat.details": f"They took {marker} at night",
            "threat.timing": "yesterday", "threat.ongoing": "yes", "threat.impact": "serious",
            "threat.likelihood": "unsure", "threat.where": SKIP, "threat.who": f"the unit of {marker}",
            "threat.affected": SKIP, "threat.evidence_1": evidence, "threat.more_1": "no", "threat.steps_taken": SKIP,
            "threat.help": ("unsure",), "threat.share": "full", "threat.contact_times": SKIP,
        }
        script = conversation(answers)
        assert text("threat-done") in script.closing  # then the offer of a risk check
        chat = await open_chat(activist, bot)
        await start(chat, script)
        assert files_containing(data, marker.encode()) == [], "while running"
        assert await proc.stop() == 0
    finally:
        await proc.kill()
    assert files_containing(data, marker.encode()) == [], "after a clean stop"
    log = proc.output
    assert marker not in log
    assert activist.user_id not in log and activist.user_id.split(":")[0] not in log
    assert chat.room_id not in log


async def test_debug_mode_says_plainly_what_the_logs_then_expose(
    synapse: Synapse, accounts: Accounts, tmp_path: Path
) -> None:
    proc = await start_bot(synapse, accounts, tmp_path, "debuggy", CONTINUUM_DEBUG="true")
    try:
        line = await proc.wait_line("DEBUG MODE", timeout=WAIT)
    finally:
        await proc.kill()
    assert "user and room ids" in line
    assert "tracebacks" in line
    assert "message content" in line and "never message content" not in line
