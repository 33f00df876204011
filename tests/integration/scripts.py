"""What a person types in the integration tests, derived from the shipped flows.

A test says *what* the person answers — by step and option id (`{"threat.kind": ("account",)}`)
— and `conversation()` plays those answers through the pure flow engine over the loaded
library, which yields *how*: the option's number (or label) to type, the question each reply
answers, and the text the bot says next. So reordered options, new questions or new wording
change no test; only a changed meaning of an answer does. The engine run also proves each
reply is understood (a reply the engine would meet with a hint is an error of the script).

`Chat` plays such a script over Matrix with a real E2EE client; it waits on events, never
sleeps.
"""

from __future__ import annotations

import io
import mimetypes
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeAlias

from nio import UploadResponse

from bot.authoring.loader import load_library
from bot.care.render import Renderer, strip_bold
from bot.engine import engine
from bot.engine.effects import Ask, Effect, Hint, Notice, Say
from bot.engine.inputs import AttachmentInput, Input, TextInput
from bot.engine.library import FlowLibrary
from bot.engine.state import State
from tests.harness.activist import Activist, Received
from tests.harness.element import ElementClient
from tests.harness.synapse import Synapse
from tests.integration.conftest import ROOT, bot_env

LANG = "en"
WAIT = 60.0


def load(flows: Path = ROOT / "flows") -> FlowLibrary:
    library = load_library(flows, ROOT / "locales").library
    assert library is not None, f"the flows in {flows} do not load"
    return library


LIB = load()


def text(msgid: str, lib: FlowLibrary = LIB, **args: object) -> str:
    """The first line of a message as the bot's plain body shows it."""
    return strip_bold(lib.catalog.render(LANG, msgid, args)).splitlines()[0]


def text_until(msgid: str, arg: str, **args: object) -> str:
    """The first line of a message up to where `arg` goes, for a value the test cannot know (a time)."""
    marker = "\x00"
    return text(msgid, **{**args, arg: marker}).split(marker)[0]


def body(msgid: str, **args: object) -> str:
    """The whole plain body of a message, as the bot sends it."""
    return Renderer(LIB.catalog).text(LANG, msgid, args).plain


def real_flows_env(hs: Synapse, user_id: str, password: str, data: Path, flows: Path | None = None,
                   **extra: str) -> dict[str, str]:
    return bot_env(hs, user_id, password, data, CONTINUUM_FLOWS_DIR=str(flows or ROOT / "flows"),
                   CONTINUUM_LOCALES_DIR=str(ROOT / "locales"), **extra)


async def expect(person: Activist, room_id: str, sender: str, fragment: str, after: int = 0) -> Received:
    """The first message from `sender`, from index `after` on, containing `fragment`."""
    def found() -> Received | None:
        return next((m for m in person.all_from(room_id, sender)[after:] if fragment in m.body), None)

    try:
        await person.wait_for(lambda: found() is not None, WAIT)
    except TimeoutError:
        tail = "\n---\n".join(m.body[:100] for m in person.all_from(room_id, sender)[-6:])
        raise AssertionError(f"no {fragment[:60]!r}; last messages:\n{tail}") from None
    message = found()
    assert message is not None
    return message


async def say(person: Activist, room_id: str, bot: str, answer: str, then: str) -> Received:
    """Send `answer`, then wait for the bot's next message containing `then`."""
    seen = len(person.all_from(room_id, bot))
    await person.send(room_id, answer)
    return await expect(person, room_id, bot, then, after=seen)


# --- scripts ------------------------------------------------------------------------------------


class Skip:
    """The person skips an optional question (types the skip word)."""

    def __repr__(self) -> str:
        return "SKIP"


SKIP = Skip()
# An option id (choice, yes/no), several ids (multiple choice), a text, a file, or the skip word.
Answer: TypeAlias = str | tuple[str, ...] | Path | Skip


@dataclass(frozen=True)
class Turn:
    """One question and the person's reply to it."""

    flow: str
    step: str
    ask: Ask
    question: str  # how the question is recognised: the first line of its text
    reply: str | Path  # what the person sends: a text, or the file at this path
    number: int | None  # the option number picked (a single choice or yes/no), e.g. for a reaction

    @property
    def key(self) -> str:
        return f"{self.flow}.{self.step}"


@dataclass(frozen=True)
class Script:
    """The replies of a conversation in order, and what the bot says after each of them."""

    turns: tuple[Turn, ...]
    first: str  # what the bot says on the opening message (its first question)
    last: str  # the last thing the bot says after the last reply: an unanswered question or an ending
    effects: tuple[Effect, ...]  # everything the engine did after the last reply
    closing: tuple[str, ...] = ()  # everything the bot says after the last reply, in order

    def then(self, index: int) -> str:
        """The text that shows the reply `turns[index]` was handled: the next question, or `last`."""
        return self.turns[index + 1].question if index + 1 < len(self.turns) else self.last

    def of(self, flow: str) -> list[Turn]:
        return [t for t in self.turns if t.flow == flow]

    def index(self, key: str) -> int:
        return next(i for i, t in enumerate(self.turns) if t.key == key)

    def asked(self) -> Counter[str]:
        """How often each question text is asked in this script."""
        return Counter(t.question for t in self.turns)


# The opening message: any text starts the onboarding of someone new.
HELLO = "hello"
# The onboarding of a person who agrees and keeps their time zone and country to themselves.
ONBOARDING: dict[str, Answer] = {
    "language.choose": LANG,
    "onboarding.consent": "yes",
    "timezone.ask": SKIP,
    "country.ask": SKIP,
}
NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def _said(effects: list[Effect], lib: FlowLibrary) -> list[str]:
    out = []
    for effect in effects:
        if isinstance(effect, Say | Ask):
            out.append(text(effect.msgid, lib, **dict(effect.args)))
        elif isinstance(effect, Notice):
            out.append(text(effect.msgid, lib))
    return out


def _reply(ask: Ask, answer: Answer, by: Literal["number", "label"], lib: FlowLibrary) -> tuple[str | Path, int | None]:
    if isinstance(answer, Skip):
        assert ask.optional, f"{ask.flow}.{ask.step} cannot be skipped"
        return lib.catalog.option_label(LANG, "option-skip"), None
    if isinstance(answer, Path):
        assert ask.kind == "attachment", f"{ask.flow}.{ask.step} asks for no file"
        return answer, None
    if not ask.options:
        assert isinstance(answer, str), f"{ask.flow}.{ask.step} takes a text"
        return answer, None
    ids = (answer,) if isinstance(answer, str) else answer
    assert len(ids) == 1 or ask.multiple, f"{ask.flow}.{ask.step} takes one option"
    by_id = {o.id: o for o in ask.options}
    unknown = [i for i in ids if i not in by_id]
    assert not unknown, f"{ask.flow}.{ask.step} has no option {unknown} (it has {list(by_id)})"
    picked = [by_id[i] for i in ids]
    words = [str(o.number) if by == "number" else lib.catalog.option_label(LANG, o.label_msgid) for o in picked]
    return ", ".join(words), picked[0].number if len(picked) == 1 else None


def _input(reply: str | Path) -> Input:
    if isinstance(reply, Path):
        mimetype = mimetypes.guess_type(reply.name)[0] or "application/octet-stream"
        kind: Literal["image", "file"] = "image" if mimetype.startswith("image/") else "file"
        return AttachmentInput(f"ref-{reply.name}", kind, reply.stat().st_size, mimetype, reply.name)
    return TextInput(reply)


def _answer_for(answers: Mapping[str, Answer], ask: Ask) -> Answer | None:
    for key in (f"{ask.flow}.{ask.step}", f"{ask.flow}.*"):
        if key in answers:
            return answers[key]
    return None


def conversation(answers: Mapping[str, Answer], *, by: Literal["number", "label"] = "number",
                 lib: FlowLibrary = LIB, flow: str = "onboarding") -> Script:
    """Play `answers` through the flows from `flow` (by default: someone new says hello).

    Keys are `flow.step`, or `flow.*` for every question of a flow not named otherwise. The
    script ends at the first question without an answer, or where the flows end. Options are
    answered by their number, or with `by="label"` by their label as the person reads it.
    """
    state: State
    state, effects = engine.start(lib, flow, NOW)
    said = _said(effects, lib)
    assert said, f"{flow} says nothing at the start"
    first = said[-1]
    turns: list[Turn] = []
    while not state.ended:
        ask = next((e for e in reversed(effects) if isinstance(e, Ask)), None)
        assert ask is not None, f"the flows wait at {state.flow}.{state.step} without asking"
        answer = _answer_for(answers, ask)
        if answer is None:
            break
        reply, number = _reply(ask, answer, by, lib)
        if isinstance(reply, str):
            assert lib.catalog.keyword_of(LANG, reply) is None, f"{reply!r} is a keyword, not an answer"
        turn = Turn(ask.flow, ask.step, ask, text(ask.msgid, lib, **dict(ask.args)), reply, number)
        turns.append(turn)
        state, effects = engine.step(lib, state, _input(reply), NOW)
        assert not any(isinstance(e, Hint) for e in effects), f"{reply!r} is not understood at {turn.key}"
        assert len(turns) < 500, "the answers go round in circles"
    said = _said(effects, lib)
    assert said, "the last reply is met with silence"
    return Script(tuple(turns), first, said[-1], tuple(effects), tuple(said))


# --- playing a script over Matrix ----------------------------------------------------------------


class Chat:
    """One activist's DM with the bot; waits for texts (up to `wait` seconds each), never sleeps."""

    def __init__(self, person: Activist, room_id: str, bot_user: str, wait: float = WAIT) -> None:
        self.person, self.room_id, self.bot_user, self.wait = person, room_id, bot_user, wait

    def bodies(self) -> list[str]:
        return [m.body for m in self.person.all_from(self.room_id, self.bot_user)]

    def count(self, fragment: str) -> int:
        return sum(fragment in b for b in self.bodies())

    async def expect(self, fragment: str) -> None:
        try:
            await self.person.wait_for(lambda: any(fragment in b for b in self.bodies()), self.wait)
        except TimeoutError:
            raise AssertionError(f"no {fragment[:60]!r}; {self._tail()}") from None

    async def send(self, reply: str | Path) -> str:
        """A text, or the file at a path as an encrypted attachment, the way Element sends one."""
        if isinstance(reply, str):
            return await self.person.send(self.room_id, reply)
        mimetype = mimetypes.guess_type(reply.name)[0] or "application/octet-stream"
        return await send_file(self.person, self.room_id, reply.name, reply.read_bytes(), mimetype)

    async def answer(self, reply: str | Path, then: str) -> None:
        """Send `reply` and wait for one more message containing `then`."""
        before = self.count(then)
        await self.send(reply)
        try:
            await self.person.wait_for(lambda: self.count(then) > before, self.wait)
        except TimeoutError:
            raise AssertionError(f"after {str(reply)!r} no {then[:60]!r}; {self._tail()}") from None

    async def play(self, script: Script, start: int = 0, stop: int | None = None) -> None:
        """Reply `script.turns[start:stop]` in order, each once the one before was answered."""
        for i in range(start, len(script.turns) if stop is None else stop):
            await self.answer(script.turns[i].reply, then=script.then(i))

    def _tail(self) -> str:
        tail = "\n---\n".join(b[:80] for b in self.bodies()[-6:])
        undecryptable = self.person.undecryptable.get(self.room_id, 0)
        return f"{undecryptable} undecryptable; last bot messages:\n{tail}"


async def send_file(person: Activist, room_id: str, name: str, data: bytes, mimetype: str) -> str:
    """An encrypted attachment, the way Element sends one."""
    resp, keys = await person.client.upload(io.BytesIO(data), content_type=mimetype, encrypt=True,
                                            filesize=len(data))
    assert isinstance(resp, UploadResponse) and keys, resp
    msgtype = "m.image" if mimetype.startswith("image/") else "m.file"
    return await person.send_content(room_id, {
        "msgtype": msgtype, "body": name, "filename": name, "info": {"mimetype": mimetype, "size": len(data)},
        "file": {**keys, "url": resp.content_uri, "mimetype": mimetype},
    })


async def open_chat(person: Activist, bot_user: str, wait: float = WAIT) -> Chat:
    """A new direct chat with the bot, once the bot has joined it and said its one greeting."""
    room_id = await person.create_dm(bot_user)
    await person.wait_joined(room_id, bot_user, wait)
    chat = Chat(person, room_id, bot_user, wait)
    await chat.expect(body("bot-greeting"))
    return chat


async def start(chat: Chat, script: Script) -> None:
    """Say hello, then give every reply of the script."""
    await chat.answer(HELLO, then=script.first)
    await chat.play(script)


async def onboard(chat: Chat) -> None:
    """Say hello and go through the onboarding (agree, skip time zone and country) to the menu."""
    script = conversation(ONBOARDING)
    assert script.last == text("menu-choose"), "the onboarding ends at the menu"
    await start(chat, script)


async def open_chat_and_onboard(person: Activist, bot_user: str) -> str:
    """A new direct chat with the bot, onboarded to the menu; returns the room id."""
    chat = await open_chat(person, bot_user)
    await onboard(chat)
    return chat.room_id


async def play_in_element(element: ElementClient, room_id: str, bot_user: str, script: Script,
                          start: int = 0, stop: int | None = None) -> dict[str, Any] | None:
    """As `Chat.play`, from an Element-like client (files are sent as Element sends them);
    returns the bot's message that answered the last reply."""
    said = None
    for i in range(start, len(script.turns) if stop is None else stop):
        reply = script.turns[i].reply
        if isinstance(reply, Path):
            await element.send_file(room_id, reply, mimetypes.guess_type(reply.name)[0] or "application/octet-stream")
        else:
            await element.send(room_id, reply)
        said = await element_expect(element, room_id, bot_user, script.then(i), f"after {str(reply)!r}")
    return said


async def element_expect(element: ElementClient, room_id: str, bot_user: str, fragment: str,
                         context: str = "") -> dict[str, Any]:
    """The next message from the bot containing `fragment`, in an Element-like client."""
    try:
        return await element.wait_message(room_id, bot_user, contains=fragment, timeout=WAIT)
    except Exception:
        bodies = [m["body"][:70] for m in await element.messages(room_id) if m["sender"] == bot_user]
        raise AssertionError(f"{context} no {fragment[:60]!r}; last bot messages:\n" + "\n---\n".join(bodies[-6:])) \
            from None
