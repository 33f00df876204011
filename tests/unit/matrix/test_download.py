"""Files people send are fetched with a hard cap and a deadline, never for a flood, off the sync path.

A fake media server (aiohttp's test server) plays the homeserver's media repository: an endless
body, a body announcing too much, a server that never answers. The receiving side runs with fakes
for the client and the trust policy, over a real database.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from nio import Event, MatrixRoom, RoomEncryptedFile, RoomMessage, RoomMessageText
from nio.crypto import encrypt_attachment

from bot.matrix.download import fetch_media, media_url
from bot.matrix.inbound import Inbound
from bot.matrix.receive import Receiver
from bot.matrix.rooms import EncryptionPins
from bot.matrix.sync import SyncLoop
from bot.matrix.tasks import Background
from bot.platform.config import Settings
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store, UnitOfWork

BOT, PERSON, OTHER = "@bot:example.org", "@anna:example.org", "@boris:example.org"
ROOM_A, ROOM_B = "!a:example.org", "!b:example.org"
MB = 1024 * 1024
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@pytest.fixture
async def media() -> AsyncIterator[Callable[[Handler], Awaitable[str]]]:
    """Start a media server with the given handler; returns its base URL."""
    servers: list[TestServer] = []

    async def start(handler: Handler) -> str:
        app = web.Application()
        app.router.add_get("/_matrix/client/v1/media/download/{server}/{media_id}", handler)
        server = TestServer(app)
        await server.start_server()
        servers.append(server)
        return str(server.make_url("")).rstrip("/")

    yield start
    for server in servers:
        await server.close()


async def test_a_small_file_arrives_whole_with_the_token_in_a_header(media: Any) -> None:
    seen: list[web.Request] = []

    async def small(request: web.Request) -> web.StreamResponse:
        seen.append(request)
        return web.Response(body=b"evidence")

    url = await media(small)
    assert await fetch_media(url, "secret-token", "mxc://example.org/abc", MB) == b"evidence"
    [request] = seen
    assert request.headers["Authorization"] == "Bearer secret-token"
    assert "secret-token" not in str(request.url), "never in a URL, where logs keep it"
    assert request.match_info["media_id"] == "abc"


async def test_an_endless_body_is_cut_at_the_cap(media: Any) -> None:
    sent = {"bytes": 0}

    async def endless(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()  # no Content-Length: the size is only known by reading
        await response.prepare(request)
        chunk = b"x" * 65536
        with contextlib.suppress(ConnectionError, RuntimeError):  # the client hangs up (or aiohttp cancels us)
            while sent["bytes"] < 512 * MB:  # a bound for the test's sake; the client must stop far earlier
                await response.write(chunk)
                sent["bytes"] += len(chunk)
        return response

    url = await media(endless)
    assert await fetch_media(url, "t", "mxc://example.org/endless", 2 * MB, timeout_s=30) is None
    assert sent["bytes"] < 16 * MB, "reading stopped at the cap (what is left is socket buffers)"


async def test_a_body_announced_larger_than_the_cap_is_not_read(media: Any) -> None:
    async def announced(request: web.Request) -> web.StreamResponse:
        return web.Response(body=b"x" * (3 * MB))

    url = await media(announced)
    assert await fetch_media(url, "t", "mxc://example.org/big", 2 * MB) is None
    assert await fetch_media(url, "t", "mxc://example.org/big", 4 * MB) == b"x" * (3 * MB)


async def test_a_slow_media_server_times_out(media: Any) -> None:
    never = asyncio.Event()

    async def silent(request: web.Request) -> web.StreamResponse:
        await never.wait()  # a server that never answers
        return web.Response(body=b"too late")

    url = await media(silent)
    started = time.monotonic()
    assert await fetch_media(url, "t", "mxc://example.org/slow", MB, timeout_s=0.5) is None
    assert time.monotonic() - started < 10


def test_only_media_uris_are_fetched() -> None:
    assert media_url("https://hs.example.org/", "mxc://example.org/abc") == (
        "https://hs.example.org/_matrix/client/v1/media/download/example.org/abc")
    for bad in ("https://evil.example/abc", "mxc://example.org/", "mxc:///abc", "mxc://example.org/a/../b", ""):
        assert media_url("https://hs.example.org", bad) is None


# --- the receiving side ------------------------------------------------------------------------------
def _text(body: str, sender: str = PERSON) -> Event:
    event = Event.parse_event({"type": "m.room.message", "event_id": f"$t-{body}", "sender": sender,
                               "origin_server_ts": int(time.time() * 1000),
                               "content": {"msgtype": "m.text", "body": body}})
    assert isinstance(event, RoomMessageText)
    event.decrypted = True
    return event


def _file(name: str, data: bytes, sender: str = PERSON) -> tuple[Event, bytes]:
    """A decrypted m.file event and the ciphertext its URL points at."""
    ciphertext, keys = encrypt_attachment(data)
    event = RoomMessage.parse_decrypted_event({
        "type": "m.room.message", "event_id": f"$f-{name}", "sender": sender,
        "origin_server_ts": int(time.time() * 1000),
        "content": {"msgtype": "m.file", "body": name, "info": {"mimetype": "application/pdf"},
                    "file": {"url": f"mxc://example.org/{name}", **keys}}})
    assert isinstance(event, RoomEncryptedFile)
    event.decrypted = True
    return event, ciphertext


class Heard:
    """The conversations, as the receiving side sees them: what was delivered, in order."""

    def __init__(self) -> None:
        self.messages: list[Inbound] = []
        self.changed = asyncio.Condition()

    async def handle(self, msg: Inbound, uow: UnitOfWork) -> None:
        self.messages.append(msg)
        async with self.changed:
            self.changed.notify_all()

    async def wait(self, predicate: Callable[[], bool]) -> None:
        async with self.changed:
            await asyncio.wait_for(self.changed.wait_for(predicate), 10)


class Trusting:
    share_with_unverified = False

    async def check_event(self, sender: str, event: Any) -> bool:
        return True

    async def all_devices_trusted(self, user_id: str) -> bool:
        return True


def _sync(rooms: dict[str, list[Event]]) -> Any:
    join = {room: SimpleNamespace(state=[], timeline=SimpleNamespace(events=events)) for room, events in rooms.items()}
    return SimpleNamespace(rooms=SimpleNamespace(invite={}, leave={}, join=join), to_device_events=[])


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    async with opened.write() as uow:
        for room in (ROOM_A, ROOM_B):
            await uow.edge.record_join(room, 0.0)
    yield opened
    await opened.close()


def _receiver(store: Store, homeserver: str, heard: Heard, flood: int = 60) -> tuple[Receiver, Background]:
    rooms = {}
    for room_id in (ROOM_A, ROOM_B):
        room = MatrixRoom(room_id, BOT)
        room.encrypted = True
        rooms[room_id] = room
    client = SimpleNamespace(user_id=BOT, rooms=rooms, homeserver=homeserver, access_token="t")
    settings = Settings(homeserver="https://hs.example.org", user_id=BOT, password="x",  # type: ignore[arg-type]
                        flood_messages_per_minute=flood)
    background = Background()
    receiver = Receiver(client, settings, store, trust=Trusting(), pins=EncryptionPins(store),  # type: ignore[arg-type]
                        outbox=SimpleNamespace(acknowledge=lambda *_: None), handler=heard,  # type: ignore[arg-type]
                        redact=Redactor(b"k"), metrics=Metrics(), background=background)
    return receiver, background


async def test_other_rooms_are_handled_while_a_download_waits(store: Store, media: Any) -> None:
    release = asyncio.Event()
    evidence, ciphertext = _file("evidence.pdf", b"%PDF the evidence")

    async def slow(request: web.Request) -> web.StreamResponse:
        await release.wait()  # the media server of room A is slow today
        return web.Response(body=ciphertext)

    heard = Heard()
    receiver, background = _receiver(store, await media(slow), heard)
    settled = await receiver.process(_sync({ROOM_A: [evidence, _text("after the file")],
                                            ROOM_B: [_text("hello", OTHER)]}), False)
    await heard.wait(lambda: any(m.room_id == ROOM_B for m in heard.messages))
    assert [m.room_id for m in heard.messages] == [ROOM_B], "room A waits for its file; room B does not"
    assert not settled.done(), "the sync loop got its answer before room A was done"

    release.set()
    await asyncio.wait_for(settled, 10)
    in_a = [m for m in heard.messages if m.room_id == ROOM_A]
    assert [m.kind for m in in_a] == ["attachment", "text"], "a room's own order is kept"
    assert in_a[0].attachment is not None and in_a[0].attachment.data == b"%PDF the evidence"
    await background.cancel_all()


async def test_nothing_is_downloaded_for_a_sender_over_the_flood_limit(store: Store, media: Any) -> None:
    files = [_file(f"f{i}", f"file {i}".encode()) for i in range(3)]
    bodies = {event.url.rsplit("/", 1)[-1]: ciphertext for event, ciphertext in files}  # type: ignore[attr-defined]
    asked: list[str] = []

    async def serve(request: web.Request) -> web.StreamResponse:
        asked.append(request.match_info["media_id"])
        return web.Response(body=bodies[request.match_info["media_id"]])

    heard = Heard()
    receiver, background = _receiver(store, await media(serve), heard, flood=2)
    settled = await receiver.process(_sync({ROOM_A: [event for event, _ in files]}), False)
    await asyncio.wait_for(settled, 10)
    assert asked == ["f0", "f1"], "the third file is over the limit: not fetched at all"
    assert [m.attachment is not None for m in heard.messages] == [True, True, False]
    await background.cancel_all()


async def test_a_file_larger_than_the_cap_reaches_the_conversation_as_no_file(store: Store, media: Any) -> None:
    big, ciphertext = _file("big.pdf", b"x" * (2 * MB))

    async def serve(request: web.Request) -> web.StreamResponse:
        return web.Response(body=ciphertext)

    heard = Heard()
    receiver, background = _receiver(store, await media(serve), heard)
    receiver.settings = receiver.settings.model_copy(update={"max_attachment_mb": 1})
    await asyncio.wait_for(await receiver.process(_sync({ROOM_A: [big]}), False), 10)
    [message] = heard.messages
    assert message.kind == "attachment" and message.attachment is None  # the flow says it is too large
    await background.cancel_all()


async def test_the_sync_token_is_saved_only_once_its_events_and_those_before_were_handled(store: Store) -> None:
    background = Background()
    loop = SyncLoop(SimpleNamespace(), store, None, keys_lock=asyncio.Lock(),  # type: ignore[arg-type]
                    stop=asyncio.Event(), redact=Redactor(b"k"), metrics=Metrics(), background=background)
    first: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    second: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    loop._save_token_once_settled("s1", first)
    loop._save_token_once_settled("s2", second)

    async def token() -> str | None:
        async with store.read() as r:
            return await r.edge.sync_token()

    second.set_result(None)
    for _ in range(5):
        await asyncio.sleep(0)  # hand the loop over: the second save may run now, and must still wait
    assert await token() is None
    first.set_result(None)
    assert loop._saved is not None
    await asyncio.wait_for(loop._saved, 10)
    assert await token() == "s2"
    await background.cancel_all()
