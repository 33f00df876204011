"""The on-call ladder against a real Synapse, with seconds-scale timers.

`mentors.minute_seconds = 1` makes each "minute" of the ladder's settings one second — the only
thing this test changes; the settings, the cases table and the worker are the production ones.
An urgent case nobody claims: one @room ping, then the one "still unclaimed" summary; the mentor
who said `!oncall on` gets an encrypted direct message with the case label only; the lead gets
theirs after; a mentor answering in that direct room is pointed back to the mentor room.
Nothing sleeps: every step waits for the message it expects.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.matrix.rooms import create_encrypted_room
from tests.harness.activist import Activist, Received
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts
from tests.integration.test_mentor_room import WAIT, expect, mentor_env, open_chat_and_onboard, text

pytestmark = pytest.mark.integration


async def direct_message(person: Activist, sender: str, fragment: str, besides: str) -> tuple[str, Received]:
    """The first message from `sender` containing `fragment` in a room other than `besides`."""
    def found() -> tuple[str, Received] | None:
        for room_id, messages in person.messages.items():
            if room_id == besides:
                continue
            for message in messages:
                if message.sender == sender and fragment in message.body:
                    return room_id, message
        return None

    try:
        await person.wait_for(lambda: found() is not None, WAIT)
    except TimeoutError:
        raise AssertionError(f"no direct message with {fragment!r} ({person.undecryptable})") from None
    result = found()
    assert result is not None
    return result


async def test_an_unclaimed_urgent_case_climbs_to_the_oncall_mentor_and_the_lead(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("ladderbot")
    mentor_id, mentor_password = accounts.new("oncallmentor")
    lead_id, lead_password = accounts.new("lead")
    mentor = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "mentor-store")
    lead = Activist(synapse.url, lead_id, lead_password, tmp_path / "lead-store")
    await mentor.login()
    await lead.login()
    proc: BotProcess | None = None
    try:
        room = await create_encrypted_room(mentor.client, [bot_user], None, power={bot_user: 50})
        env = mentor_env(synapse, bot_user, bot_password, tmp_path / "data", room) | {
            "CONTINUUM_MENTORS__MINUTE_SECONDS": "1",
            "CONTINUUM_MENTORS__URGENT_REPING_MINUTES": "4",
            "CONTINUUM_MENTORS__URGENT_REPING_COUNT": "1",
            "CONTINUUM_MENTORS__ONCALL_AFTER_MINUTES": "6",
            "CONTINUUM_MENTORS__LEADS_AFTER_MINUTES": "6",
            "CONTINUUM_MENTORS__LEADS": lead_id,
        }
        proc = BotProcess(env, tmp_path / "bot.log")
        await proc.start()
        await mentor.wait_joined(room, bot_user)
        await proc.wait_line("mentor room checked")

        await mentor.send(room, "!oncall on")
        await expect(mentor, room, bot_user, text("mentor-oncall-on"))

        dm = await open_chat_and_onboard(activist, bot_user)
        await activist.send(dm, "3")
        await expect(activist, dm, bot_user, text("threat-danger"))
        await activist.send(dm, "yes")
        card = await expect(mentor, room, bot_user, "C-0001")
        assert card.body.startswith("@room ")

        ping = await expect(mentor, room, bot_user, "has waited")
        assert ping.body.startswith("@room ") and "C-0001" in ping.body
        await expect(activist, dm, bot_user, text("mentor-person-on-the-way"))

        direct_room, alert = await direct_message(mentor, bot_user, "C-0001", besides=room)
        assert alert.decrypted, "the direct message is end-to-end encrypted"
        assert alert.body.startswith("🔴") and "!claim 1" in alert.body
        assert activist.user_id not in alert.body
        members = await mentor.client.joined_members(direct_room)
        assert {m.user_id for m in members.members} == {bot_user, mentor_id}  # type: ignore[union-attr]
        await expect(mentor, room, bot_user, "the mentors on call were told")

        summary = await expect(mentor, room, bot_user, "is still waiting for a mentor")
        assert summary.body.startswith("@room ")
        pings = [m for m in mentor.all_from(room, bot_user) if "has waited" in m.body]
        assert len(pings) == 1, "one ping (the count), then the summary"

        _lead_room, lead_alert = await direct_message(lead, bot_user, "C-0001", besides=room)
        assert lead_alert.decrypted and activist.user_id not in lead_alert.body
        assert "even after the mentors on call were told" in lead_alert.body
        await expect(mentor, room, bot_user, "the leads were told")

        await mentor.send(direct_room, "on my way")
        await expect(mentor, direct_room, bot_user, text("mentor-dm-here"))

        await mentor.send(room, "!claim 1")
        await expect(activist, dm, bot_user, text("mentor-person-taken"))
        assert activist.user_id not in proc.output and "on my way" not in proc.output
    finally:
        if proc is not None:
            await proc.kill()
        await mentor.close()
        await lead.close()
