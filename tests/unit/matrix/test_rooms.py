"""`bot.matrix.rooms.invite_refusal`: which invitations the bot accepts (direct chats only, from
the allowed servers and people; the configured mentor room always)."""

from __future__ import annotations

from typing import Any

from bot.matrix.rooms import invite_refusal
from bot.platform.config import Settings

MENTORS = "!mentors:example.org"


def settings(**values: Any) -> Settings:
    return Settings(homeserver="https://example.org", user_id="@bot:example.org", password="pw", **values)


def test_a_direct_chat_from_anyone_is_accepted_when_nobody_is_singled_out() -> None:
    assert invite_refusal(settings(), "!dm:elsewhere.net", "@person:elsewhere.net", is_direct=True) is None


def test_a_group_room_is_declined() -> None:
    assert invite_refusal(settings(), "!group:example.org", "@person:example.org", is_direct=False) == \
        "not a direct chat"


def test_a_server_not_on_the_list_is_declined() -> None:
    s = settings(allowed_servers=["example.org"])
    assert invite_refusal(s, "!dm:evil.net", "@person:evil.net", is_direct=True) == "server not allowed"
    assert invite_refusal(s, "!dm:example.org", "@person:example.org", is_direct=True) is None


def test_a_person_not_on_the_list_is_declined() -> None:
    s = settings(allowed_users=["@friend:example.org"])
    assert invite_refusal(s, "!dm:example.org", "@stranger:example.org", is_direct=True) == "user not allowed"
    assert invite_refusal(s, "!dm:example.org", "@friend:example.org", is_direct=True) is None


def test_the_configured_mentor_room_is_always_accepted() -> None:
    s = settings(mentor_room=MENTORS, allowed_servers=["example.org"], allowed_users=["@friend:example.org"])
    assert invite_refusal(s, MENTORS, "@mentor:other.net", is_direct=False) is None
    assert invite_refusal(s, "!other:example.org", "@mentor:other.net", is_direct=False) == "server not allowed"
