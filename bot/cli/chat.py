"""`continuum chat`: a small terminal E2EE client to talk to the bot without Element.

By default it plays the demo activist from `make demo` (demo-data/accounts.json) in a direct chat
with the bot. `--as mentor` sits in the demo's mentor room as the demo mentor instead: case cards
(boxed, numbered by case), their threads indented under the card's label ("  ↳ C-0003 · …"), the
bot's edits of cards; `/reply 3 text` answers in a case's thread, `/thread 3` makes plain lines go
there, `/claim 3` writes `!claim 3` (a reaction claims nothing there), and `!commands` are sent as typed.

Like Element with "only signed devices", it cross-signs its own device and sends room keys only to
devices their owner cross-signed — so a bot with the default trust policy talks to it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import aiohttp
from nio import (
    AsyncClient,
    AsyncClientConfig,
    LoginResponse,
    MatrixRoom,
    MegolmEvent,
    ReactionEvent,
    RoomCreateResponse,
    RoomMessage,
    RoomSendResponse,
)

from bot.matrix.crosssigning import CrossSigningError, CrossSigningManager
from bot.matrix.trust import DeviceTrust, MemoryTofuStore
from bot.platform.logs import setup_logging
from bot.platform.sealing import SecretBox, decode_key, encode_key, generate_key

DEMO = Path("demo-data")
Role = Literal["activist", "mentor"]
LABEL = re.compile(r"\bC-(\d{4,})\b")
_FALLBACK = re.compile(r"\A(?:> ?[^\n]*\n)+\n")  # a reply's quoted "> <@someone> …" lines


@dataclass(frozen=True)
class Setup:
    """Who the client plays, where, and against whom."""

    role: Role
    homeserver: str
    user: str
    password: str
    bot: str
    room: str | None  # the mentor room (mentor role)
    store: Path


def _read_json(path: Path) -> dict[str, Any]:
    try:
        found = json.loads(path.read_text()) if path.exists() else {}
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _defaults(args: argparse.Namespace) -> Setup:
    """The flags, else the demo's accounts (demo-data/accounts.json), homeserver and mentor room."""
    role: Role = "mentor" if args.as_ == "mentor" else "activist"
    demo = _read_json(DEMO / "accounts.json")
    port = _read_json(DEMO / "synapse" / "harness.json").get("port")
    homeserver = args.homeserver or (f"http://127.0.0.1:{port}" if port else "")
    account = demo.get(role, {}) if isinstance(demo.get(role), dict) else {}
    user = args.user or str(account.get("user_id", ""))
    password = os.environ.get("CONTINUUM_CHAT_PASSWORD") or str(account.get("password", ""))
    bot_account = demo.get("continuum", {}) if isinstance(demo.get("continuum"), dict) else {}
    bot = args.bot or str(bot_account.get("user_id", ""))
    room_file = DEMO / "mentor_room"
    room = args.room or (room_file.read_text().strip() if role == "mentor" and room_file.exists() else None)
    store = Path(args.store) if args.store else DEMO / ("chat" if role == "activist" else "chat-mentor")
    return Setup(role, homeserver, user, password, bot, room, store)


def _missing(setup: Setup) -> str | None:
    if not (setup.homeserver and setup.user and setup.password and setup.bot):
        return ("run `make demo` first, or give --homeserver, --user, --bot and set CONTINUUM_CHAT_PASSWORD"
                + (" (and --room for the mentor room)" if setup.role == "mentor" else ""))
    if setup.role == "mentor" and not setup.room:
        return "no mentor room: run `make demo` first, or give --room"
    return None


async def reachable(homeserver: str, wait_s: float = 10.0) -> str | None:
    """None when the homeserver answers its client API, else what is wrong, in one plain line."""
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=wait_s)) as session:
            async with session.get(homeserver.rstrip("/") + "/_matrix/client/versions") as resp:
                if resp.status != 200:
                    return f"the homeserver at {homeserver} answered with HTTP {resp.status}"
    except (aiohttp.ClientError, TimeoutError, OSError, ValueError):
        return f"cannot reach the homeserver at {homeserver}"
    return None


def _box(store: Path) -> SecretBox:
    key_file = store / "chat.key"
    if not key_file.exists():
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(encode_key(generate_key()))
    return SecretBox(decode_key(key_file.read_text()))


def say(text: str, prompt: str = "> ") -> None:
    """Print above the prompt, then show the prompt again."""
    print(f"\n{text}\n{prompt}", end="", flush=True)


class Sender:
    """Sends like Element with "only signed devices": room keys only to cross-signed devices."""

    def __init__(self, client: AsyncClient) -> None:
        self.client = client
        self.trust = DeviceTrust(client, "cross-signed", MemoryTofuStore())

    async def send(self, room_id: str, content: dict[str, Any], event_type: str = "m.room.message") -> str | None:
        """The event id, or None after printing why it was not sent."""
        await self.trust.prepare_send(room_id)
        resp = await self.client.room_send(room_id, event_type, content,
                                           ignore_unverified_devices=self.trust.share_with_unverified)
        if not isinstance(resp, RoomSendResponse):
            print(f"(not sent: {getattr(resp, 'message', resp)})", flush=True)
            return None
        return str(resp.event_id)


# --- the activist ------------------------------------------------------------------------------


class Chat(Sender):
    """A direct chat with the bot, as the demo activist."""

    def __init__(self, client: AsyncClient, bot: str, store: Path) -> None:
        super().__init__(client)
        self.bot = bot
        self.store = store
        # The chat of an earlier session, known before the first sync, so that what the bot wrote
        # while this terminal was closed (a mentor's answer, a follow-up) is shown, not skipped.
        saved = store / "room"
        self.room_id: str | None = saved.read_text().strip() if saved.exists() else None

    async def on_message(self, room: MatrixRoom, event: RoomMessage) -> None:
        if room.room_id == self.room_id and event.sender == self.bot:
            say(str(event.source.get("content", {}).get("body", "")))

    async def on_undecryptable(self, room: MatrixRoom, event: MegolmEvent) -> None:
        if room.room_id == self.room_id:
            say("(a message could not be decrypted yet)")

    async def open_room(self) -> str:
        saved = self.store / "room"
        if saved.exists():
            room_id = saved.read_text().strip()
            if room_id in self.client.rooms:
                return room_id
        resp = await self.client.room_create(
            is_direct=True,
            invite=[self.bot],
            initial_state=[
                {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}}
            ],
        )
        if not isinstance(resp, RoomCreateResponse):
            raise ChatError(f"could not open a chat with {self.bot}: {getattr(resp, 'message', resp)}")
        room_id = str(resp.room_id)
        saved.write_text(room_id)
        return room_id

    def listen(self) -> None:
        self.client.add_event_callback(self.on_message, RoomMessage)
        self.client.add_event_callback(self.on_undecryptable, MegolmEvent)

    async def prepare(self) -> None:
        """Open (or find) the direct chat and wait, bounded, until the bot has joined it, so that
        the first message is encrypted for the bot too."""
        self.room_id = await self.open_room()
        for _ in range(60):
            room = self.client.rooms.get(self.room_id)
            if room is not None and self.bot in room.users:
                return
            await self.client.sync(timeout=1000)
        raise ChatError(f"{self.bot} has not joined the chat yet; is the bot running?")

    async def talk(self) -> int:
        assert self.room_id is not None
        print(f"Talking to {self.bot}, end-to-end encrypted. Type a message; Ctrl-D to leave.\n> ", end="", flush=True)
        async for line in _lines():
            if line.strip():
                await self.send(self.room_id, {"msgtype": "m.text", "body": line})
            print("> ", end="", flush=True)
        return 0


# --- the mentor --------------------------------------------------------------------------------


@dataclass
class MentorView:
    """How the mentor room reads in a terminal: event contents in, lines out (no I/O).

    A card (the bot's top-level message naming a case) is boxed under its label and remembered, so
    that its thread's messages — and `/reply 3`, `/thread 3` — find it. Thread messages are indented
    under the label of their card; an edit shows the card's new text.
    """

    me: str
    bot: str
    cards: dict[int, str] = field(default_factory=dict)  # case number → the card's event id
    labels: dict[str, str] = field(default_factory=dict)  # event id → "C-0003"
    authors: dict[str, str] = field(default_factory=dict)  # event id (in a thread) → its sender
    texts: dict[str, str] = field(default_factory=dict)  # card event id → its latest text

    def remember(self, cards: dict[int, str]) -> None:
        """Cards seen in an earlier session (their event ids), so `/reply 3` finds them again."""
        for number, event_id in cards.items():
            self.cards.setdefault(number, event_id)
            self.labels.setdefault(event_id, f"C-{number:04d}")

    def who(self, sender: str) -> str:
        return "you" if sender == self.me else "bot" if sender == self.bot else sender

    def show(self, sender: str, event_id: str, content: dict[str, Any]) -> list[str]:
        body = str(content.get("body", ""))
        relates = content.get("m.relates_to") or {}
        kind, target = relates.get("rel_type"), str(relates.get("event_id", ""))
        if kind == "m.replace":
            return self._edit(sender, target, str((content.get("m.new_content") or {}).get("body", body)))
        if kind == "m.thread":
            if sender == self.bot:
                self._learn_card(target, body)
            label = self.labels.get(target, "a thread")
            self.labels[event_id] = label
            self.authors[event_id] = sender
            first, *rest = _FALLBACK.sub("", body, count=1).splitlines() or [""]
            return [f"  ↳ {label} · {self.who(sender)}: {first}", *_indent("\n".join(rest), "      ")]
        found = LABEL.search(body)
        if sender == self.bot and not relates and content.get("msgtype") == "m.text" and found:
            number, label = int(found.group(1)), found.group(0)
            self.cards[number] = event_id
            self.labels[event_id] = label
            self.texts[event_id] = body
            return ["", f"┌─ {label} ── /reply {number} text · /thread {number} · /claim {number}",
                    *_indent(body, "│ "), "└─"]
        reply_to = str((relates.get("m.in_reply_to") or {}).get("event_id", ""))
        where = f"↪ {self.labels[reply_to]} · " if reply_to in self.labels else ""
        first, *rest = body.splitlines() or [""]
        return [f"{where}{self.who(sender)}: {first}", *_indent("\n".join(rest), "  ")]

    def _learn_card(self, event_id: str, text: str) -> None:
        """A card sent before this device existed is unreadable here, but the bot's edits of it and
        its thread messages name its case: remember it, so that /reply and /thread work."""
        found = LABEL.search(text)
        if found is not None and event_id not in self.labels:
            self.cards.setdefault(int(found.group(1)), event_id)
            self.labels[event_id] = found.group(0)

    def _edit(self, sender: str, target: str, text: str) -> list[str]:
        """An edit: of a card seen before, only the lines that changed (its status, mostly)."""
        if sender == self.bot:
            self._learn_card(target, text)
        if target not in self.cards.values():
            return [f"✎ {self.who(sender)} edited a message:", *_indent(text, "  │ ")]
        before = set(self.texts.get(target, "").splitlines())  # empty: a card from an earlier session
        self.texts[target] = text
        changed = [line for line in text.splitlines() if line.strip() and line not in before]
        head = f"✎ card {self.labels[target]}, edited by {self.who(sender)}"
        return [head + (":" if changed else " (nothing visible changed)"), *("  │ " + line for line in changed)]

    def show_reaction(self, sender: str, reacts_to: str, key: str) -> list[str]:
        label = self.labels.get(reacts_to)
        if label is None:
            what = "a message"
        elif reacts_to in self.cards.values():
            what = f"the card of {label}"
        else:
            author = self.authors.get(reacts_to, "")
            whose = "your" if author == self.me else "the bot's" if author == self.bot else f"{author}'s"
            what = f"{whose} message in {label}"
        return [f"  {key} {self.who(sender)} reacted to {what}"]

    def card_of(self, number: int) -> str | None:
        return self.cards.get(number)


def _indent(text: str, prefix: str) -> list[str]:
    """The text's lines under a prefix; runs of blank lines (between a card's paragraphs) dropped."""
    return [prefix + line for line in text.splitlines() if line.strip()]


@dataclass(frozen=True)
class Action:
    """One line the mentor typed, understood."""

    kind: Literal["send", "claim", "thread", "room", "cards", "help", "quit", "error"]
    case: int | None = None  # the case's thread (send), card (claim) or thread to enter
    text: str = ""


_CASE = re.compile(r"^(?:c-?|#)?0*(\d{1,9})$", re.I)
MENTOR_HELP = """In the mentor room:
  /reply 3 text   answer in case C-0003's thread (the person reads it)
  /thread 3       plain lines go to C-0003's thread from now on; /room to leave it
  /claim [3]      take C-0003 (writes !claim 3)
  /cards          the cards seen so far
  !command        sent as typed, e.g. !cases, !case 3, !followup 3 in 2d, !help
  anything else   goes to the current thread, or to the room
  /quit or Ctrl-D leave"""


def parse_line(line: str, current: int | None) -> Action:
    """What a typed line asks for; `current` is the thread the mentor is in (or None)."""
    text = line.strip()
    if not text.startswith("/"):
        return Action("send", current, text)
    command, _, rest = text[1:].partition(" ")
    command, rest = command.lower(), rest.strip()
    if command in ("quit", "exit"):
        return Action("quit")
    if command in ("help", "cards", "room"):
        return Action(command)  # type: ignore[arg-type]
    if command in ("reply", "thread", "claim"):
        first, _, words = rest.partition(" ")
        found = _CASE.match(first) if first else None
        number = int(found.group(1)) if found else current if command == "claim" and not first else None
        if number is None:
            return Action("error", text=f"write /{command} with a case number, e.g. /{command} 3"
                          + (" text" if command == "reply" else ""))
        if command == "reply":
            return Action("send", number, words.strip()) if words.strip() else Action(
                "error", text="write /reply 3 followed by your message")
        return Action(command, number)  # type: ignore[arg-type]
    return Action("error", text=f"unknown command /{command}; /help lists them")


def thread_content(root: str, text: str) -> dict[str, Any]:
    return {"msgtype": "m.text", "body": text,
            "m.relates_to": {"rel_type": "m.thread", "event_id": root, "is_falling_back": True,
                             "m.in_reply_to": {"event_id": root}}}


def claim_content(number: int) -> dict[str, Any]:
    """`!claim 3`, encrypted like any message: in the mentor room a reaction claims nothing (it names
    no device the bot could check), so the terminal writes the command."""
    return {"msgtype": "m.text", "body": f"!claim {number}"}


class MentorChat(Sender):
    """The demo mentor in the mentor room."""

    def __init__(self, client: AsyncClient, bot: str, room_id: str,
                 write: Callable[[str, str], None] = say) -> None:
        super().__init__(client)
        self.room_id = room_id
        self.view = MentorView(client.user_id, bot)
        self.current: int | None = None
        self.write = write
        self.saved: Path | None = None  # where the cards seen are kept between sessions

    def keep_cards_in(self, store: Path) -> None:
        """Remember the cards' event ids in `store` (only ids: the cards' text stays encrypted)."""
        self.saved = store / "mentor-cards.json"
        found = _read_json(self.saved)
        self.view.remember({int(n): str(e) for n, e in found.items() if n.isdigit() and isinstance(e, str)})

    def _save_cards(self) -> None:
        if self.saved is not None:
            self.saved.write_text(json.dumps({str(n): e for n, e in sorted(self.view.cards.items())}))

    @property
    def prompt(self) -> str:
        return f"[C-{self.current:04d}]> " if self.current else "[room]> "

    def out(self, lines: list[str]) -> None:
        """Something that happened in the room, printed above the prompt."""
        if lines:
            self.write("\n".join(lines), self.prompt)

    @staticmethod
    def note(lines: list[str]) -> None:
        """An answer to what the mentor typed (the prompt follows from the input loop)."""
        print("\n".join(lines), flush=True)

    async def on_message(self, room: MatrixRoom, event: RoomMessage) -> None:
        if room.room_id == self.room_id:
            known = len(self.view.cards)
            self.out(self.view.show(event.sender, event.event_id, event.source.get("content") or {}))
            if len(self.view.cards) != known:
                self._save_cards()

    async def on_reaction(self, room: MatrixRoom, event: ReactionEvent) -> None:
        if room.room_id == self.room_id:
            self.out(self.view.show_reaction(event.sender, event.reacts_to, event.key))

    async def on_undecryptable(self, room: MatrixRoom, event: MegolmEvent) -> None:
        if room.room_id == self.room_id:
            self.out(["(a message could not be decrypted: it may have been sent before this device existed)"])

    async def enter(self) -> None:
        """Join the mentor room if only invited; fail plainly if this account cannot be in it."""
        if self.room_id not in self.client.rooms and self.room_id in self.client.invited_rooms:
            await self.client.join(self.room_id)
            await self.client.sync(timeout=0)
        if self.room_id not in self.client.rooms:
            raise ChatError(f"{self.client.user_id} is not a member of the mentor room {self.room_id}")

    async def handle(self, line: str) -> bool:
        """Act on one typed line; False to leave."""
        action = parse_line(line, self.current)
        if action.kind == "quit":
            return False
        if action.kind == "help":
            self.note(MENTOR_HELP.splitlines())
        elif action.kind == "cards":
            cards = sorted(self.view.cards)
            self.note([f"C-{n:04d}" for n in cards] or ["(no cards seen yet; !cases asks the bot)"])
        elif action.kind == "room":
            self.current = None
            self.note(["(plain lines now go to the room)"])
        elif action.kind == "error":
            self.note([f"({action.text})"])
        elif action.kind == "send" and action.text:
            await self._send(action)
        elif action.kind == "claim" and action.case is not None:
            await self.send(self.room_id, claim_content(action.case))
        elif action.kind == "thread" and action.case is not None and self._card(action.case) is not None:
            self.current = action.case
            self.note([f"(plain lines now go to C-{action.case:04d}'s thread; /room to leave it)"])
        return True

    def _card(self, number: int) -> str | None:
        card = self.view.card_of(number)
        if card is None:
            self.note([f"(no card of C-{number:04d} seen by this client: it came before this device joined, "
                      f"or could not be decrypted; !case {number} shows it, !claim {number} takes it)"])
        return card

    async def _send(self, action: Action) -> None:
        if action.case is None:
            await self.send(self.room_id, {"msgtype": "m.text", "body": action.text})
            return
        card = self._card(action.case)
        if card is not None:
            await self.send(self.room_id, thread_content(card, action.text))

    def listen(self) -> None:
        self.client.add_event_callback(self.on_message, RoomMessage)
        self.client.add_event_callback(self.on_reaction, ReactionEvent)
        self.client.add_event_callback(self.on_undecryptable, MegolmEvent)

    async def prepare(self) -> None:
        await self.enter()
        if self.view.bot not in self.client.rooms[self.room_id].users:
            print(f"(the bot {self.view.bot} has not joined the mentor room: is it running?)", flush=True)

    async def talk(self) -> int:
        print(f"In the mentor room as {self.client.user_id}, end-to-end encrypted. /help lists what you can do; "
              f"Ctrl-D to leave.\n{self.prompt}", end="", flush=True)
        async for line in _lines():
            if not await self.handle(line):
                break
            print(self.prompt, end="", flush=True)
        return 0


# --- the session -------------------------------------------------------------------------------


class ChatError(Exception):
    """Something the person at the terminal should read, in one line."""


async def _lines() -> AsyncIterator[str]:
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        yield line.rstrip("\n")


async def _login(setup: Setup) -> AsyncClient:
    setup.store.mkdir(parents=True, exist_ok=True)
    box = _box(setup.store)
    config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True,
                               pickle_key=encode_key(box.derive(b"chat-pickle")))
    device_file = setup.store / "device"
    device_id = device_file.read_text().strip() if device_file.exists() else None
    client = AsyncClient(setup.homeserver, setup.user, device_id=device_id, store_path=str(setup.store),
                         config=config)
    resp = await client.login(setup.password, device_name=f"continuum chat ({setup.role})")
    if not isinstance(resp, LoginResponse):
        await client.close()
        raise ChatError(f"login as {setup.user} failed: {getattr(resp, 'message', resp)}")
    device_file.write_text(resp.device_id)
    if client.should_upload_keys:
        await client.keys_upload()
    try:
        await CrossSigningManager(client, setup.store / "cross_signing.sealed", box, setup.password).ensure()
    except CrossSigningError as e:
        print(f"(could not cross-sign this device: {e})", file=sys.stderr)
    return client


async def run_chat(args: argparse.Namespace) -> int:
    setup = _defaults(args)
    missing = _missing(setup)
    if missing is not None:
        print(f"continuum chat: {missing}.", file=sys.stderr)
        return 2
    problem = await reachable(setup.homeserver)
    if problem is not None:
        print(f"continuum chat: {problem}. Is `make demo` running?", file=sys.stderr)
        return 1
    client: AsyncClient | None = None
    sync: asyncio.Task[Any] | None = None
    try:
        client = await _login(setup)
        session: Chat | MentorChat
        if setup.role == "mentor":
            assert setup.room is not None
            session = MentorChat(client, setup.bot, setup.room)
            session.keep_cards_in(setup.store)
        else:
            session = Chat(client, setup.bot, setup.store)
        session.listen()  # before the first sync: the mentor sees the room's recent messages
        await client.sync(timeout=0, full_state=True)
        await session.prepare()
        sync = asyncio.create_task(client.sync_forever(timeout=10000))
        return await session.talk()
    except ChatError as e:
        print(f"continuum chat: {e}", file=sys.stderr)
        return 1
    except (aiohttp.ClientError, OSError, TimeoutError):
        print(f"continuum chat: lost the homeserver at {setup.homeserver}.", file=sys.stderr)
        return 1
    finally:
        if sync is not None:
            sync.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sync
        if client is not None:
            await client.close()


def _cmd_chat(args: argparse.Namespace) -> int:
    setup_logging("WARNING", "text", False)
    try:
        return asyncio.run(run_chat(args))
    except KeyboardInterrupt:
        return 0


def add_commands(subparsers: Any) -> None:
    chat = subparsers.add_parser("chat", help="talk to the bot from the terminal, end-to-end encrypted")
    chat.add_argument("--as", dest="as_", choices=("activist", "mentor"), default="activist",
                      help="play the demo activist (a direct chat with the bot, the default) or the demo "
                           "mentor (in the mentor room)")
    chat.add_argument("--homeserver", help="default: the demo homeserver")
    chat.add_argument("--user", help="your Matrix id (the password comes from CONTINUUM_CHAT_PASSWORD)")
    chat.add_argument("--bot", help="the bot's Matrix id")
    chat.add_argument("--room", help="the mentor room's id (with --as mentor; default: the demo's)")
    chat.add_argument("--store", help="where to keep this client's keys (default: demo-data/chat, or "
                                      "demo-data/chat-mentor with --as mentor)")
    chat.set_defaults(func=_cmd_chat)
