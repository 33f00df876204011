"""`continuum chat`: a small terminal E2EE client to talk to the bot without Element.

By default it plays the demo activist from `make demo` (demo-data/accounts.json). Like Element,
it cross-signs its own device, so a bot with the default trust policy talks to it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from nio import (
    AsyncClient,
    AsyncClientConfig,
    LoginResponse,
    MatrixRoom,
    MegolmEvent,
    RoomCreateResponse,
    RoomMessage,
    RoomSendResponse,
)

from bot.matrix.crosssigning import CrossSigningError, CrossSigningManager
from bot.matrix.trust import DeviceTrust, MemoryTofuStore
from bot.platform.logs import setup_logging
from bot.platform.sealing import SecretBox, decode_key, encode_key, generate_key

DEMO = Path("demo-data")


def _defaults(args: argparse.Namespace) -> tuple[str, str, str, str]:
    accounts_file = DEMO / "accounts.json"
    demo: dict[str, dict[str, str]] = json.loads(accounts_file.read_text()) if accounts_file.exists() else {}
    hs_state = DEMO / "synapse" / "harness.json"
    homeserver = args.homeserver or (
        f"http://127.0.0.1:{json.loads(hs_state.read_text())['port']}" if hs_state.exists() else ""
    )
    user = args.user or demo.get("activist", {}).get("user_id", "")
    password = os.environ.get("CONTINUUM_CHAT_PASSWORD") or demo.get("activist", {}).get("password", "")
    bot = args.bot or demo.get("continuum", {}).get("user_id", "")
    return homeserver, user, password, bot


def _box(store: Path) -> SecretBox:
    key_file = store / "chat.key"
    if not key_file.exists():
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(encode_key(generate_key()))
    return SecretBox(decode_key(key_file.read_text()))


class Chat:
    def __init__(self, client: AsyncClient, bot: str, store: Path) -> None:
        self.client = client
        self.trust = DeviceTrust(client, "cross-signed", MemoryTofuStore())
        self.bot = bot
        self.store = store
        self.room_id: str | None = None

    async def on_message(self, room: MatrixRoom, event: RoomMessage) -> None:
        if room.room_id == self.room_id and event.sender == self.bot:
            body = event.source.get("content", {}).get("body", "")
            print(f"\n{body}\n> ", end="", flush=True)

    async def on_undecryptable(self, room: MatrixRoom, event: MegolmEvent) -> None:
        if room.room_id == self.room_id:
            print("\n(a message could not be decrypted yet)\n> ", end="", flush=True)

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
            raise SystemExit(f"could not open a chat with {self.bot}: {resp}")
        room_id = str(resp.room_id)
        saved.write_text(room_id)
        return room_id

    async def send(self, text: str) -> None:
        assert self.room_id is not None
        # Like Element with "only signed devices": keys go only to devices their owner cross-signed.
        await self.trust.prepare_send(self.room_id)
        resp = await self.client.room_send(
            self.room_id,
            "m.room.message",
            {"msgtype": "m.text", "body": text},
            ignore_unverified_devices=self.trust.share_with_unverified,
        )
        if not isinstance(resp, RoomSendResponse):
            print(f"(not sent: {getattr(resp, 'message', resp)})", flush=True)


async def run_chat(args: argparse.Namespace) -> int:
    homeserver, user, password, bot = _defaults(args)
    if not (homeserver and user and password and bot):
        print("continuum chat: run `make demo` first, or give --homeserver, --user, --bot and set "
              "CONTINUUM_CHAT_PASSWORD.", file=sys.stderr)
        return 2
    store = Path(args.store) if args.store else DEMO / "chat"
    store.mkdir(parents=True, exist_ok=True)
    config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True,
                               pickle_key=encode_key(_box(store).derive(b"chat-pickle")))
    device_file = store / "device"
    device_id = device_file.read_text().strip() if device_file.exists() else None
    client = AsyncClient(homeserver, user, device_id=device_id, store_path=str(store), config=config)
    resp = await client.login(password, device_name="continuum chat")
    if not isinstance(resp, LoginResponse):
        print(f"login failed: {getattr(resp, 'message', resp)}", file=sys.stderr)
        await client.close()
        return 1
    device_file.write_text(resp.device_id)
    if client.should_upload_keys:
        await client.keys_upload()
    try:
        await CrossSigningManager(client, store / "cross_signing.sealed", _box(store), password).ensure()
    except CrossSigningError as e:
        print(f"(could not cross-sign this device: {e})", file=sys.stderr)
    chat = Chat(client, bot, store)
    client.add_event_callback(chat.on_message, RoomMessage)
    client.add_event_callback(chat.on_undecryptable, MegolmEvent)
    await client.sync(timeout=0, full_state=True)
    chat.room_id = await chat.open_room()
    # Wait (bounded) until the bot has joined, so the first message is encrypted for it too.
    for _ in range(60):
        room = client.rooms.get(chat.room_id)
        if room is not None and bot in room.users:
            break
        await client.sync(timeout=1000)
    else:
        print(f"{bot} has not joined the chat yet; is the bot running?", file=sys.stderr)
        await client.close()
        return 1
    sync = asyncio.create_task(client.sync_forever(timeout=10000))
    print(f"Talking to {bot}, end-to-end encrypted. Type a message; Ctrl-D to leave.\n> ", end="", flush=True)
    loop = asyncio.get_running_loop()
    try:
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                break
            if line.strip():
                await chat.send(line.rstrip("\n"))
            print("> ", end="", flush=True)
    finally:
        sync.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await sync
        await client.close()
    return 0


def _cmd_chat(args: argparse.Namespace) -> int:
    setup_logging("WARNING", "text", False)
    return asyncio.run(run_chat(args))


def add_commands(subparsers: Any) -> None:
    chat = subparsers.add_parser("chat", help="talk to the bot from the terminal, end-to-end encrypted")
    chat.add_argument("--homeserver", help="default: the demo homeserver")
    chat.add_argument("--user", help="your Matrix id (the password comes from CONTINUUM_CHAT_PASSWORD)")
    chat.add_argument("--bot", help="the bot's Matrix id")
    chat.add_argument("--store", help="where to keep this client's keys (default: demo-data/chat)")
    chat.set_defaults(func=_cmd_chat)
