"""The mentor room against a real Synapse: cases, claims, thread relays, re-pings, restarts.

The bot runs the shipped flows as a subprocess; the activist and one mentor are real E2EE
clients (matrix-nio), the other mentor an Element-like client (matrix-js-sdk, Rust crypto).
Nothing sleeps: every step waits for the message it expects.
"""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from nio import RoomInviteError

from bot.matrix.rooms import create_encrypted_room
from bot.matrix.session import DataDir
from bot.platform.sealing import SecretBox
from bot.store import Store
from tests.harness.activist import Activist, Received
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import ROOT, Accounts, StartElement, bot_env
from tests.integration.scripts import (
    ONBOARDING,
    WAIT,
    conversation,
    open_chat,
    open_chat_and_onboard,
    send_file,
    start,
    text,
    text_until,
)

pytestmark = pytest.mark.integration


def mentor_env(hs: Synapse, user_id: str, password: str, data: Path, room_id: str) -> dict[str, str]:
    return bot_env(hs, user_id, password, data, CONTINUUM_FLOWS_DIR=str(ROOT / "flows"),
                   CONTINUUM_LOCALES_DIR=str(ROOT / "locales"), CONTINUUM_MENTOR_ROOM=room_id,
                   CONTINUUM_MENTORS__URGENT_REPING_MINUTES="1", CONTINUUM_MENTORS__CHECK_SECONDS="2")


def in_thread(root: str, body: str) -> dict[str, Any]:
    return {"msgtype": "m.text", "body": body,
            "m.relates_to": {"rel_type": "m.thread", "event_id": root, "is_falling_back": True,
                             "m.in_reply_to": {"event_id": root}}}


def is_edit(message: Received) -> bool:
    relates = message.content.get("m.relates_to") or {}
    return relates.get("rel_type") == "m.replace"


async def expect(person: Activist, room_id: str, sender: str, fragment: str, after: int = 0,
                 timeout: float = WAIT) -> Received:
    """The first message (not an edit) from `sender`, from index `after` on, containing `fragment`."""
    def found() -> Received | None:
        return next((m for m in person.all_from(room_id, sender)[after:] if fragment in m.body and not is_edit(m)),
                    None)

    try:
        await person.wait_for(lambda: found() is not None, timeout)
    except TimeoutError:
        tail = "\n---\n".join(m.body[:100] for m in person.all_from(room_id, sender)[-6:])
        raise AssertionError(f"no {fragment[:60]!r} ({person.undecryptable.get(room_id, 0)} undecryptable); "
                             f"last messages:\n{tail}") from None
    message = found()
    assert message is not None
    return message


async def test_a_case_from_request_to_thread_and_back_survives_a_restart(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("mentorbot")
    mentor_id, mentor_password = accounts.new("mentor")
    mentor = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "mentor-store")
    await mentor.login()
    proc: BotProcess | None = None
    try:
        # As a mentor would in Element: a private encrypted room, the bot invited and made a
        # moderator (so that its @room pings notify).
        room = await create_encrypted_room(mentor.client, [bot_user], None, power={bot_user: 50})
        proc = BotProcess(mentor_env(synapse, bot_user, bot_password, tmp_path / "data", room), tmp_path / "bot.log")
        await proc.start()
        await mentor.wait_joined(room, bot_user)
        await proc.wait_line("mentor room checked")

        dm = await open_chat_and_onboard(activist, bot_user)
        await activist.send(dm, "mentor")
        card = await expect(mentor, room, bot_user, "C-0001")
        assert card.decrypted and text("mentor-card-howto", number=1) in card.body
        assert activist.user_id not in card.body  # the keyword shares no name
        await expect(activist, dm, bot_user, text("mentor-person-opened"))

        # The activist's messages now go to the thread, "!claim" included: it is no command there.
        await activist.send(dm, "!claim 1")
        relayed = await expect(mentor, room, bot_user, "C-0001: !claim 1")
        assert relayed.content["m.relates_to"]["rel_type"] == "m.thread"
        assert relayed.content["m.relates_to"]["event_id"] == card.event_id

        seen = len(activist.all_from(dm, bot_user))
        await mentor.send(room, "!claim 1")
        await expect(mentor, room, bot_user, text("mentor-claimed", case="C-0001", mentor=mentor_id))
        await expect(activist, dm, bot_user, text("mentor-person-taken"), after=seen)

        await mentor.send_content(room, in_thread(card.event_id, "Are you somewhere safe right now?"))
        answer = await expect(activist, dm, bot_user, "Are you somewhere safe right now?")
        assert answer.body == f"{text('mentor-person-says')} Are you somewhere safe right now?"
        assert mentor_id not in answer.body

        await activist.send(dm, "Yes, at a friend's place")
        back = await expect(mentor, room, bot_user, "C-0001: Yes, at a friend's place")
        assert back.content["m.relates_to"]["event_id"] == card.event_id

        # A file follows the person's words into the thread (fetched capped, with a deadline, by the
        # room's own worker; the homeserver's authenticated media, the token in a header).
        await send_file(activist, dm, "notes.txt", b"what they said at the border", "text/plain")
        await expect(mentor, room, bot_user, text("mentor-relay-file", case="C-0001"))
        await mentor.wait_for(lambda: any(m.content.get("msgtype") == "m.file"
                                          for m in mentor.all_from(room, bot_user)), WAIT)

        assert await proc.stop() == 0
        await proc.start()
        await mentor.send_content(room, in_thread(card.event_id, "Still with you after my restart"))
        await expect(activist, dm, bot_user, "Still with you after my restart")
        await activist.send(dm, "Thank you")
        await expect(mentor, room, bot_user, "C-0001: Thank you")

        await mentor.send(room, "!close 1")
        await expect(activist, dm, bot_user, text("mentor-person-closed"))
        await activist.send(dm, "yes")
        await expect(mentor, room, bot_user, text("mentor-feedback-yes", case="C-0001"))

        for secret in (activist.user_id, "friend's place", "somewhere safe"):
            assert secret not in proc.output, "logs carry no people and no content"
    finally:
        if proc is not None:
            await proc.kill()
        await mentor.close()


async def setup_mentor_room(env: dict[str, str], *mentors: str) -> str:
    """`continuum setup mentors …` as an admin runs it; returns the printed room id."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUUM_")} | env
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "setup", "mentors", *mentors,
        env=full_env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), WAIT)
    assert proc.returncode == 0, err.decode()
    assert "mentor_room" in err.decode()
    return out.decode().strip()


async def test_an_unclaimed_urgent_case_is_repinged_until_a_mentor_claims_it(
    synapse: Synapse, accounts: Accounts, activist: Activist, element_user: StartElement, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("urgentbot")
    element = await element_user("elementmentor")
    env = bot_env(synapse, bot_user, bot_password, tmp_path / "data")
    room = await setup_mentor_room(env, element.user_id)
    invite = await element.wait_invite(timeout=WAIT)
    assert invite["room_id"] == room
    proc = BotProcess(mentor_env(synapse, bot_user, bot_password, tmp_path / "data", room), tmp_path / "bot.log")
    await proc.start()
    try:
        await proc.wait_line("mentor room checked")
        # In immediate danger: the threat report's first question, answered yes.
        chat = await open_chat(activist, bot_user)
        await start(chat, conversation({**ONBOARDING, "menu.choose": "threat", "threat.danger": "yes"}))
        dm = chat.room_id

        card = await element.wait_message(room, bot_user, contains="C-0001", timeout=WAIT)
        assert card["decrypted"] and card["body"].startswith("@room ")
        assert card["content"]["m.mentions"] == {"room": True}
        assert text("mentor-urgency-urgent") in card["body"]
        await expect(activist, dm, bot_user, text("mentor-person-opened"))

        waited = text_until("mentor-reping", "minutes", case="C-0001", number=1)
        ping = await element.wait_message(room, bot_user, contains=waited, timeout=150)
        assert ping["body"].startswith("@room ") and "C-0001" in ping["body"]
        assert ping["content"]["m.mentions"] == {"room": True}
        await expect(activist, dm, bot_user, text("mentor-person-on-the-way"))

        # Element sends reactions unencrypted (no device named): in the mentor room one claims nothing.
        await element.react(room, card["event_id"], "✋")
        await proc.wait_line("ignored a reaction")
        await element.send(room, "!claim 1")
        claimed = await element.wait_message(room, bot_user, timeout=WAIT,
                                             contains=text("mentor-claimed", case="C-0001", mentor=element.user_id))
        assert claimed["decrypted"]
        await expect(activist, dm, bot_user, text("mentor-person-taken"))
    finally:
        await proc.kill()


async def test_handoff_asks_the_person_then_opens_an_encrypted_room_with_both(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("handoffbot")
    mentor_id, mentor_password = accounts.new("handoffmentor")
    mentor = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "mentor-store")
    await mentor.login()
    proc: BotProcess | None = None
    try:
        room = await create_encrypted_room(mentor.client, [bot_user], None, power={bot_user: 50})
        proc = BotProcess(mentor_env(synapse, bot_user, bot_password, tmp_path / "data", room), tmp_path / "bot.log")
        await proc.start()
        await mentor.wait_joined(room, bot_user)
        dm = await open_chat_and_onboard(activist, bot_user)
        await activist.send(dm, "mentor")
        await expect(mentor, room, bot_user, "C-0001")

        await mentor.send(room, "!handoff 1")
        await expect(activist, dm, bot_user, text("mentor-person-handoff-ask"))
        await expect(mentor, room, bot_user, text("mentor-handoff-asked", case="C-0001"))
        await activist.send(dm, "yes")
        await expect(mentor, room, bot_user, text("mentor-handoff-created", case="C-0001", mentor=mentor_id))
        await expect(activist, dm, bot_user, text("mentor-person-handoff-invited"))

        await activist.wait_for(lambda: any(r != dm for r in activist.client.rooms))
        direct = next(r for r in activist.client.rooms if r != dm)
        await activist.wait_joined(direct, mentor_id)
        await mentor.wait_joined(direct, activist.user_id)
        assert activist.client.rooms[direct].encrypted
        await mentor.send(direct, "Hello, it is me, directly")
        said = await expect(activist, direct, mentor_id, "Hello, it is me, directly")
        assert said.decrypted
        assert activist.all_from(direct, bot_user) == []  # the bot keeps silent there
    finally:
        if proc is not None:
            await proc.kill()
        await mentor.close()


async def test_the_setup_leaves_the_invite_power_to_the_bot(
    synapse: Synapse, accounts: Accounts, tmp_path: Path
) -> None:
    """A mentor who could invite could bring in someone who then receives every card."""
    bot_user, bot_password = accounts.new("setupbot")
    mentor_id, mentor_password = accounts.new("setupmentor")
    newcomer_id, _ = accounts.new("newcomer")
    mentor = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "mentor-store")
    try:
        await mentor.login()
        env = bot_env(synapse, bot_user, bot_password, tmp_path / "data")
        room = await setup_mentor_room(env, mentor_id)
        await mentor.wait_joined(room, mentor_id)
        levels = mentor.client.rooms[room].power_levels
        assert levels.defaults.invite == 100 and levels.get_user_level(mentor_id) == 50
        refused = await mentor.client.room_invite(room, newcomer_id)
        assert isinstance(refused, RoomInviteError) and refused.status_code == "M_FORBIDDEN"
        # An admin adds a mentor with the bot's account instead.
        await setup_invite(env | {"CONTINUUM_MENTOR_ROOM": room}, newcomer_id)
        await mentor.wait_for(lambda: newcomer_id in mentor.client.rooms[room].invited_users)
    finally:
        await mentor.close()


async def setup_invite(env: dict[str, str], mentor: str) -> None:
    """`continuum setup invite …` as an admin runs it."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUUM_")} | env
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "setup", "invite", mentor,
        env=full_env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    _out, err = await asyncio.wait_for(proc.communicate(), WAIT)
    assert proc.returncode == 0, err.decode()


async def test_a_member_not_on_the_mentor_list_cannot_read_the_next_card(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("listbot")
    mentor_id, mentor_password = accounts.new("listmentor")
    outsider_id, outsider_password = accounts.new("accomplice")
    mentor = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "mentor-store")
    outsider = Activist(synapse.url, outsider_id, outsider_password, tmp_path / "outsider-store")
    proc: BotProcess | None = None
    try:
        await mentor.login()
        await outsider.login()  # cross-signed, as Element would: the list, not the signatures, keeps it out
        # A room a mentor made in Element, where mentors may invite: one brings in an accomplice.
        room = await create_encrypted_room(mentor.client, [bot_user, outsider_id], None, power={bot_user: 50})
        env = mentor_env(synapse, bot_user, bot_password, tmp_path / "data", room) | {
            "CONTINUUM_MENTORS__MEMBERS": mentor_id}
        proc = BotProcess(env, tmp_path / "bot.log")
        await proc.start()
        await mentor.wait_joined(room, bot_user)
        await outsider.wait_joined(room, outsider_id)
        told = await expect(mentor, room, bot_user, text("mentor-room-unlisted", user=outsider_id).split(":")[0])
        assert outsider_id in told.body

        dm = await open_chat_and_onboard(activist, bot_user)
        await activist.send(dm, "mentor")
        card = await expect(mentor, room, bot_user, "C-0001")
        assert card.decrypted
        await outsider.wait_undecryptable(room, card.event_id)  # the card came, without its room key
        assert outsider.all_from(room, bot_user) == [], "nothing the bot says there can be read by the outsider"

        # Its commands are ignored; the listed mentor's are answered.
        before = len(mentor.all_from(room, bot_user))
        await outsider.send(room, "!cases")
        await mentor.send(room, "!cases")
        await expect(mentor, room, bot_user, text("mentor-cases-head"), after=before)
        listings = [m for m in mentor.all_from(room, bot_user)[before:] if text("mentor-cases-head") in m.body]
        assert len(listings) == 1
    finally:
        if proc is not None:
            await proc.kill()
        await outsider.close()
        await mentor.close()


async def test_a_reaction_from_an_uncross_signed_device_claims_nothing(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("reactbot")
    mentor_id, mentor_password = accounts.new("reactmentor")
    mentor = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "mentor-store")
    # A device on the mentor's account that the mentor never cross-signed (as a server could add).
    added = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "added-store")
    proc: BotProcess | None = None
    try:
        await mentor.login()
        room = await create_encrypted_room(mentor.client, [bot_user], None, power={bot_user: 50})
        proc = BotProcess(mentor_env(synapse, bot_user, bot_password, tmp_path / "data", room), tmp_path / "bot.log")
        await proc.start()
        await mentor.wait_joined(room, bot_user)
        dm = await open_chat_and_onboard(activist, bot_user)
        await activist.send(dm, "mentor")
        card = await expect(mentor, room, bot_user, "C-0001")

        await added.login(cross_sign=False)
        await added.wait_joined(room, bot_user)
        tap = {"m.relates_to": {"rel_type": "m.annotation", "event_id": card.event_id, "key": "✋"}}
        await added.send_content(room, tap, event_type="m.reaction")  # nio sends reactions unencrypted
        await proc.wait_line("ignored a reaction")
        await mentor.send_content(room, {"m.relates_to": {**tap["m.relates_to"], "key": "👍"}},
                                  event_type="m.reaction")  # not even from the mentor's own device
        before = len(mentor.all_from(room, bot_user))
        await mentor.send(room, "!cases")
        listing = await expect(mentor, room, bot_user, text("mentor-cases-head"), after=before)
        assert text("mentor-status-open") in listing.body, "the card stays unclaimed"
        assert text("mentor-person-taken") not in [m.body for m in activist.all_from(dm, bot_user)]

        await mentor.send(room, "!claim 1")  # encrypted, from a verified device
        await expect(mentor, room, bot_user, text("mentor-claimed", case="C-0001", mentor=mentor_id))
        await expect(activist, dm, bot_user, text("mentor-person-taken"))
    finally:
        if proc is not None:
            await proc.kill()
        await added.close()
        await mentor.close()


async def test_a_mentors_followup_arrives_once_after_a_restart_as_from_their_mentor(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("followupbot")
    mentor_id, mentor_password = accounts.new("followupmentor")
    mentor = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "mentor-store")
    await mentor.login()
    data = tmp_path / "data"
    proc: BotProcess | None = None
    try:
        room = await create_encrypted_room(mentor.client, [bot_user], None, power={bot_user: 50})
        env = mentor_env(synapse, bot_user, bot_password, data, room)
        env.update(CONTINUUM_FOLLOWUPS__QUIET_START="00:00:00", CONTINUUM_FOLLOWUPS__QUIET_END="00:00:00")  # none
        proc = BotProcess(env, tmp_path / "bot.log")
        await proc.start()
        await mentor.wait_joined(room, bot_user)
        dm = await open_chat_and_onboard(activist, bot_user)
        await activist.send(dm, "mentor")
        card = await expect(mentor, room, bot_user, "C-0001")

        await mentor.send(room, "!followup 1 in 1m How did the meeting with the lawyer go?")
        await expect(mentor, room, bot_user, text_until("mentor-followup-set", "when", number=1, case="C-0001"))
        assert await proc.stop() == 0

        # While the bot is down, bring the promise to a few seconds from now (instead of a minute).
        store = await Store.open(data / "continuum.db", SecretBox(DataDir(data).data_key(None, None)[0]))
        try:
            async with store.write() as uow:
                (row,) = await uow.followups.for_user(activist.user_id)
                assert (row.source, row.case_id, row.status) == ("mentor", 1, "scheduled")
                soon = (datetime.now(UTC) + timedelta(seconds=3)).timestamp()
                assert await uow.followups.snooze(row.id, due_at=soon, deliver_at=soon)
        finally:
            await store.close()

        await proc.start()
        await proc.wait_line("follow-ups: 1 scheduled")
        arrived = await expect(activist, dm, bot_user, "How did the meeting with the lawyer go?")
        assert arrived.decrypted
        assert arrived.body.startswith(text("bot-followup-from-mentor")), "it says their mentor asked for it"
        assert mentor_id not in arrived.body
        notice = await expect(mentor, room, bot_user, text("mentor-followup-delivered", case="C-0001", number=1))
        assert notice.content["m.relates_to"]["event_id"] == card.event_id

        # The bot answers a room in order: once a later message is here, a second copy would be too.
        await mentor.send_content(room, in_thread(card.event_id, "A marker after the follow-up"))
        await expect(activist, dm, bot_user, "A marker after the follow-up")
        copies = [m for m in activist.all_from(dm, bot_user) if "meeting with the lawyer" in m.body]
        assert len(copies) == 1, "exactly once"
        assert "meeting with the lawyer" not in proc.output, "no message content in the logs"
    finally:
        if proc is not None:
            await proc.kill()
        await mentor.close()
