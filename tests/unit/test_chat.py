"""`continuum chat`: how the mentor room reads in a terminal, what typed lines do, and plain errors."""

from __future__ import annotations

import argparse
import socket
from pathlib import Path
from typing import Any

import pytest

from bot.cli import chat
from bot.cli.chat import Action, MentorChat, MentorView, claim_content, parse_line, thread_content

BOT, ME, OTHER = "@continuum:example.org", "@mia:example.org", "@max:example.org"
CARD = "New case C-0003 · high · Report a threat\n\nStatus: waiting for a mentor.\n\nWho: C-0003 (pseudonymous)"


def card_event() -> dict[str, Any]:
    return {"msgtype": "m.text", "body": CARD}


def in_thread(root: str, body: str) -> dict[str, Any]:
    return {"msgtype": "m.text", "body": body, "m.relates_to": {"rel_type": "m.thread", "event_id": root}}


def test_a_card_is_boxed_under_its_label_and_its_thread_is_indented_beneath_it() -> None:
    view = MentorView(ME, BOT)
    lines = view.show(BOT, "$card3", card_event())
    assert lines[1].startswith("┌─ C-0003") and "/reply 3" in lines[1] and "/claim 3" in lines[1]
    assert "│ Status: waiting for a mentor." in lines and lines[-1] == "└─"
    assert "│ " not in lines, "the card's blank lines are dropped"
    assert view.show(BOT, "$t1", in_thread("$card3", "C-0003: a car waits outside\nevery evening")) == [
        "  ↳ C-0003 · bot: C-0003: a car waits outside", "      every evening"]
    assert view.show(ME, "$t2", in_thread("$card3", "Are you safe?")) == ["  ↳ C-0003 · you: Are you safe?"]
    assert view.show(OTHER, "$t3", in_thread("$unknown", "hm")) == [f"  ↳ a thread · {OTHER}: hm"]


def test_an_edit_of_a_card_shows_what_changed() -> None:
    view = MentorView(ME, BOT)
    view.show(BOT, "$card3", card_event())
    taken = CARD.replace("waiting for a mentor.", f"taken by {ME}.")
    edit = {"msgtype": "m.text", "body": f"* {taken}", "m.new_content": {"msgtype": "m.text", "body": taken},
            "m.relates_to": {"rel_type": "m.replace", "event_id": "$card3"}}
    assert view.show(BOT, "$e1", edit) == ["✎ card C-0003, edited by bot:", f"  │ Status: taken by {ME}."]
    assert view.show(BOT, "$e2", edit) == ["✎ card C-0003, edited by bot (nothing visible changed)"]


def test_reactions_pings_and_room_messages_read_plainly() -> None:
    view = MentorView(ME, BOT)
    view.show(BOT, "$card3", card_event())
    view.show(ME, "$t2", in_thread("$card3", "Are you safe?"))
    assert view.show_reaction(ME, "$card3", "✋") == ["  ✋ you reacted to the card of C-0003"]
    assert view.show_reaction(BOT, "$t2", "✅") == ["  ✅ bot reacted to your message in C-0003"]
    ping = {"msgtype": "m.text", "body": "@room C-0003 is urgent",
            "m.relates_to": {"m.in_reply_to": {"event_id": "$card3"}}}
    assert view.show(BOT, "$p", ping) == ["↪ C-0003 · bot: @room C-0003 is urgent"]
    notice = {"msgtype": "m.notice", "body": "Open cases:\n- C-0003 · high"}
    assert view.show(BOT, "$n", notice) == ["bot: Open cases:", "  - C-0003 · high"]
    assert 3 in view.cards and len(view.cards) == 1, "a notice naming a case is no card"


@pytest.mark.parametrize(("line", "current", "action"), [
    ("hello", None, Action("send", None, "hello")),
    ("hello", 3, Action("send", 3, "hello")),
    ("!claim 3", None, Action("send", None, "!claim 3")),
    ("/reply 3 Are you safe?", None, Action("send", 3, "Are you safe?")),
    ("/reply C-0003 Are you safe?", 5, Action("send", 3, "Are you safe?")),
    ("/thread #3", None, Action("thread", 3)),
    ("/claim 3", None, Action("claim", 3)),
    ("/claim", 3, Action("claim", 3)),
    ("/room", 3, Action("room")),
    ("/quit", None, Action("quit")),
])
def test_typed_lines(line: str, current: int | None, action: Action) -> None:
    assert parse_line(line, current) == action


@pytest.mark.parametrize("line", ["/claim", "/reply 3", "/reply", "/thread x", "/dance"])
def test_typed_lines_that_need_more_say_what(line: str) -> None:
    action = parse_line(line, None)
    assert action.kind == "error" and action.text


class FakeClient:
    user_id = ME


class Recorder(MentorChat):
    def __init__(self) -> None:
        super().__init__(FakeClient(), BOT, "!mentors:example.org", write=lambda text, prompt: None)  # type: ignore[arg-type]
        self.sent: list[tuple[dict[str, Any], str]] = []

    async def send(self, room_id: str, content: dict[str, Any], event_type: str = "m.room.message") -> str | None:
        self.sent.append((content, event_type))
        return "$sent"


async def test_reply_thread_and_claim_send_what_element_would() -> None:
    desk = Recorder()
    desk.view.show(BOT, "$card3", card_event())
    assert await desk.handle("/reply 3 Are you safe?")
    assert await desk.handle("/claim 3")
    assert await desk.handle("/thread 3") and desk.prompt == "[C-0003]> "
    assert await desk.handle("Stay inside tonight.")
    assert await desk.handle("/room")
    assert await desk.handle("!cases")
    assert desk.sent == [
        (thread_content("$card3", "Are you safe?"), "m.room.message"),
        ({"msgtype": "m.text", "body": "!claim 3"}, "m.room.message"),
        (thread_content("$card3", "Stay inside tonight."), "m.room.message"),
        ({"msgtype": "m.text", "body": "!cases"}, "m.room.message"),
    ]
    assert claim_content(3) == {"msgtype": "m.text", "body": "!claim 3"}, "a reaction claims nothing in the mentor room"
    assert not await desk.handle("/quit")


async def test_a_card_this_client_never_saw_is_explained_not_guessed(capsys: pytest.CaptureFixture[str]) -> None:
    desk = Recorder()
    assert await desk.handle("/reply 9 hello")
    assert desk.sent == []
    assert "no card of C-0009" in capsys.readouterr().out


async def test_a_card_sent_before_this_device_is_learnt_from_the_bots_edit_or_thread_message() -> None:
    """Its text cannot be decrypted here, but the bot's edit of it (or a message in its thread)
    names the case, so /reply answers in the right thread instead of 'no card seen'."""
    for event_id, content in (
        ("$e1", {"msgtype": "m.text", "body": f"* {CARD}", "m.new_content": {"msgtype": "m.text", "body": CARD},
                 "m.relates_to": {"rel_type": "m.replace", "event_id": "$old3"}}),
        ("$t1", in_thread("$old3", "C-0003: they waited outside again")),
    ):
        desk = Recorder()
        desk.view.show(BOT, event_id, content)
        assert await desk.handle("/reply 3 Are you safe?")
        assert desk.sent == [(thread_content("$old3", "Are you safe?"), "m.room.message")]
    stranger = Recorder()
    stranger.view.show(OTHER, "$t2", in_thread("$old4", "C-0004: not the bot"))
    assert stranger.view.cards == {}


async def test_cards_are_remembered_between_sessions(tmp_path: Path) -> None:
    first = Recorder()
    first.keep_cards_in(tmp_path)
    first.view.show(BOT, "$card3", card_event())
    first._save_cards()
    second = Recorder()
    second.keep_cards_in(tmp_path)
    assert await second.handle("/reply 3 still here")
    assert second.sent == [(thread_content("$card3", "still here"), "m.room.message")]


def args(**given: Any) -> argparse.Namespace:
    base = {"as_": "activist", "homeserver": None, "user": None, "bot": None, "room": None, "store": None}
    return argparse.Namespace(**(base | given))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("role", ["activist", "mentor"])
async def test_a_homeserver_that_is_not_there_is_named_plainly(role: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CONTINUUM_CHAT_PASSWORD", "x")
    url = f"http://127.0.0.1:{closed_port()}"
    code = await chat.run_chat(args(as_=role, homeserver=url, user=ME, bot=BOT, room="!r:example.org",
                                    store=str(tmp_path)))
    err = capsys.readouterr().err
    assert code == 1 and f"cannot reach the homeserver at {url}" in err and "make demo" in err
    assert "Traceback" not in err


async def test_without_the_demo_the_mentor_mode_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONTINUUM_CHAT_PASSWORD", raising=False)
    assert await chat.run_chat(args(as_="mentor")) == 2
    assert "make demo" in capsys.readouterr().err


def test_the_mentor_mode_is_a_flag_of_continuum_chat() -> None:
    from bot.cli import build_parser

    parsed = build_parser().parse_args(["chat", "--as", "mentor", "--room", "!r:example.org"])
    assert parsed.as_ == "mentor" and parsed.room == "!r:example.org"


async def test_the_activist_sees_what_the_bot_wrote_while_the_terminal_was_closed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first sync brings what came while away; it is shown before the chat is opened again."""
    from nio import AsyncClient, MatrixRoom, RoomMessageText

    (tmp_path / "room").write_text("!dm:example.org\n")
    client = AsyncClient("http://127.0.0.1:1", ME)
    try:
        session = chat.Chat(client, BOT, tmp_path)
        event = RoomMessageText.from_dict({"event_id": "$m", "sender": BOT, "origin_server_ts": 1,
                                           "type": "m.room.message",
                                           "content": {"msgtype": "m.text", "body": "Your mentor: are you safe?"}})
        assert isinstance(event, RoomMessageText)
        await session.on_message(MatrixRoom("!dm:example.org", ME), event)
        await session.on_message(MatrixRoom("!other:example.org", ME), event)
        assert capsys.readouterr().out.count("Your mentor: are you safe?") == 1
    finally:
        await client.close()
