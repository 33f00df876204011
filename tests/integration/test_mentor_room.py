"""The mentor room against a real Synapse: cases, claims, thread relays, re-pings, restarts.

The bot runs the shipped flows as a subprocess; the activist and one mentor are real E2EE
clients (matrix-nio), the other mentor an Element-like client (matrix-js-sdk, Rust crypto).
Nothing sleeps: every step waits for the message it expects.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.authoring.loader import load_library
from bot.care.render import strip_bold
from bot.matrix.rooms import create_encrypted_room
from tests.harness.activist import Activist, Received
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import ROOT, Accounts, StartElement, bot_env

pytestmark = pytest.mark.integration

LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None
WAIT = 60.0


def text(msgid: str, **args: object) -> str:
    """The first line of a message as the bot's plain body shows it."""
    return strip_bold(LIB.catalog.render("en", msgid, args)).splitlines()[0]


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


async def open_chat_and_onboard(person: Activist, bot_user: str) -> str:
    room_id = await person.create_dm(bot_user)
    await person.wait_joined(room_id, bot_user)
    for answer, then in (("hello", "language-choose"), ("1", "onboarding-consent"), ("yes", "timezone-ask"),
                         ("skip", "country-ask"), ("skip", "menu-choose")):
        count = len(person.all_from(room_id, bot_user))
        await person.send(room_id, answer)
        await expect(person, room_id, bot_user, text(then), after=count)
    return room_id


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


async def test_an_unclaimed_urgent_case_is_repinged_until_a_mentor_reacts(
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
        dm = await open_chat_and_onboard(activist, bot_user)
        await activist.send(dm, "3")
        await expect(activist, dm, bot_user, text("threat-danger"))
        await activist.send(dm, "yes")

        card = await element.wait_message(room, bot_user, contains="C-0001", timeout=WAIT)
        assert card["decrypted"] and card["body"].startswith("@room ")
        assert card["content"]["m.mentions"] == {"room": True}
        assert text("mentor-urgency-urgent") in card["body"]
        await expect(activist, dm, bot_user, text("mentor-person-opened"))

        ping = await element.wait_message(room, bot_user, contains="has waited", timeout=150)
        assert ping["body"].startswith("@room ") and "C-0001" in ping["body"]
        assert ping["content"]["m.mentions"] == {"room": True}
        await expect(activist, dm, bot_user, text("mentor-person-on-the-way"))

        await element.react(room, card["event_id"], "✋")
        await element.wait_message(room, bot_user, contains="is now taken by", timeout=WAIT)
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
