"""The logs of a whole conversation, at INFO, name no person, no room and no event.

The receiving side, the conversations (shipped flows), the store and the outbox run for real; only
the homeserver is a fake (nio's client, the trust policy, a media server). The person onboards,
plus the events that log something at INFO: a plaintext message in an encrypted room, an
undecryptable event, a file that does not decrypt. An event id can be linked to its sender by
the homeserver, so it is logged hashed, like user and room ids; task names, which asyncio puts
in its own log lines, say what a task does, never for whom.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from nio import Event, MatrixRoom, MegolmEvent, RoomEncryptedFile, RoomMessage, RoomMessageText, RoomSendResponse

from bot.authoring.loader import load_library
from bot.care.conversations import Conversations, LibraryHolder
from bot.matrix.outbox import Outbox
from bot.matrix.receive import Receiver
from bot.matrix.rooms import EncryptionPins
from bot.matrix.tasks import Background
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store

ROOT = Path(__file__).resolve().parents[3]
LIB = load_library(ROOT / "flows", ROOT / "locales").library
assert LIB is not None

BOT = "@continuum:example.org"
PERSON = "@nadia.k:example.org"
ROOM = "!secret-dm-room:example.org"


class Nobody:
    """Cases and follow-ups are not exercised here."""

    async def escalate(self, *args: object) -> None: ...
    async def schedule(self, *args: object) -> None: ...
    async def pause(self, *args: object) -> None: ...
    async def timezone_changed(self, *args: object) -> None: ...
    async def profile_changed(self, *args: object) -> None: ...
    async def hear(self, *args: object) -> None: ...


class Homeserver:
    """nio's client as the receiving side and the outbox use it."""

    def __init__(self, media_url: str) -> None:
        self.user_id = BOT
        self.homeserver = media_url
        self.access_token = "t"
        room = MatrixRoom(ROOM, BOT)
        room.encrypted = True
        room.add_member(PERSON, None, None)
        self.rooms = {ROOM: room}
        self.sent_ids: list[str] = []
        self.task_names: set[str] = set()

    async def room_send(self, room_id: str, event_type: str, content: dict[str, Any], tx_id: str,
                        ignore_unverified_devices: bool) -> RoomSendResponse:
        self.task_names.update(t.get_name() for t in asyncio.all_tasks())
        event_id = f"$sent-{len(self.sent_ids)}-by-the-bot"
        self.sent_ids.append(event_id)
        return RoomSendResponse(event_id, room_id)

    async def room_typing(self, *args: Any, **kwargs: Any) -> None: ...
    async def room_read_markers(self, *args: Any, **kwargs: Any) -> None: ...
    async def request_room_key(self, event: Any) -> None: ...


class Trust:
    share_with_unverified = False

    async def check_event(self, sender: str, event: Any) -> bool:
        return True

    async def all_devices_trusted(self, user_id: str) -> bool:
        return True

    async def prepare_send(self, room_id: str) -> None: ...


def _ts() -> int:
    return int(time.time() * 1000)


def text(n: int, body: str, *, decrypted: bool = True) -> Event:
    event = Event.parse_event({"type": "m.room.message", "event_id": f"$person-said-{n}", "sender": PERSON,
                               "origin_server_ts": _ts(), "content": {"msgtype": "m.text", "body": body}})
    assert isinstance(event, RoomMessageText)
    event.decrypted = decrypted
    return event


def undecryptable() -> Event:
    event = Event.parse_event({"type": "m.room.encrypted", "event_id": "$person-undecryptable", "sender": PERSON,
                               "origin_server_ts": _ts(), "content": {
                                   "algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgA", "sender_key": "curve",
                                   "device_id": "PHONE", "session_id": "session"}})
    assert isinstance(event, MegolmEvent)
    return event


def damaged_file() -> Event:
    event = RoomMessage.parse_decrypted_event({
        "type": "m.room.message", "event_id": "$person-damaged-file", "sender": PERSON, "origin_server_ts": _ts(),
        "content": {"msgtype": "m.file", "body": "passport.pdf", "info": {"mimetype": "application/pdf"},
                    "file": {"url": "mxc://example.org/damaged", "v": "v2", "iv": "AAAAAAAAAAAAAAAAAAAAAA",
                             "key": {"k": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "alg": "A256CTR",
                                     "kty": "oct", "key_ops": ["encrypt", "decrypt"], "ext": True},
                             "hashes": {"sha256": "not-the-hash"}}}})
    assert isinstance(event, RoomEncryptedFile)
    event.decrypted = True
    return event


@pytest.fixture
async def media() -> AsyncIterator[str]:
    async def garbage(request: web.Request) -> web.StreamResponse:
        return web.Response(body=b"not what the hash says")

    app = web.Application()
    app.router.add_get("/_matrix/client/v1/media/download/{server}/{media_id}", garbage)
    server = TestServer(app)
    await server.start_server()
    yield str(server.make_url("")).rstrip("/")
    await server.close()


async def test_a_conversation_at_info_leaves_no_id_in_the_logs(
    tmp_path: Path, media: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    store = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    background = Background()
    try:
        settings = Settings(homeserver="https://hs.example.org", user_id=BOT, password="x",  # type: ignore[arg-type]
                            pace_ms=0)
        redact = Redactor(b"log-salt")
        client = Homeserver(media)
        pins = EncryptionPins(store)
        outbox = Outbox(client, store, Trust(), pins, keys_lock=asyncio.Lock(),  # type: ignore[arg-type]
                        background=background, stop=asyncio.Event(), pace_ms=0, redact=redact, metrics=Metrics())
        await outbox.resume()  # as the runtime does with the first sync
        store.on_committed(lambda uow: [outbox.flush(room) for room in uow.rooms_to_flush])  # type: ignore[func-returns-value]
        conversations = Conversations(settings, store, LibraryHolder(LIB), redact, Nobody(), Nobody())
        receiver = Receiver(client, settings, store, trust=Trust(), pins=pins, outbox=outbox,  # type: ignore[arg-type]
                            handler=conversations, redact=redact, metrics=Metrics(), background=background)
        async with store.write() as uow:
            await uow.edge.record_join(ROOM, 0.0)
        said = [text(n, body) for n, body in enumerate(["hello", "1", "yes", "skip", "skip", "menu"])]
        events = [*said, text(99, "injected by the server", decrypted=False), undecryptable(), damaged_file()]
        sync = SimpleNamespace(rooms=SimpleNamespace(invite={}, leave={}, join={
            ROOM: SimpleNamespace(state=[], timeline=SimpleNamespace(events=events))}), to_device_events=[])
        await asyncio.wait_for(await receiver.process(sync, False), 30)  # type: ignore[arg-type]
        await outbox.drain(ROOM)

        assert len(client.sent_ids) >= 6, "the bot answered"
        logged = caplog.text
        assert "event:" in logged and "could not be decrypted yet" in logged and "failed to decrypt" in logged
        secrets = [PERSON, "nadia", ROOM, "secret-dm-room", *(e.event_id for e in events), *client.sent_ids]
        assert [s for s in secrets if s in logged] == []
        names = " ".join(client.task_names)
        assert "sender" in names and "room-events" in names
        assert not any(mark in names for mark in ("!", "@", "$", "secret", "nadia")), client.task_names
    finally:
        await background.cancel_all()
        await store.close()
