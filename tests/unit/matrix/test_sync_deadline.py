"""`bot.matrix.sync`: a homeserver that takes the connection and never answers does not hold the
bot for ever, nio's own silent retries of requests that timed out are said and counted, and a
sync asks for nothing the bot does not use.

A small HTTP server on loopback plays the homeserver; nio's real client talks to it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from nio import AsyncClientConfig, SyncResponse

from bot.matrix.keys import KeyedClient
from bot.matrix.sync import SYNC_FILTER, SyncLoop
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store

USER = "@bot:example.org"


class Homeserver:
    """Answers /sync, except the first `stall` times: then it takes the request and says nothing."""

    def __init__(self, stall: int) -> None:
        self.stall = stall
        self.requests: list[dict[str, str]] = []
        self.never = asyncio.Event()

    async def sync(self, request: web.Request) -> web.Response:
        self.requests.append(dict(request.query))
        if len(self.requests) <= self.stall:
            await self.never.wait()  # a stalled server: the connection stays open, nothing comes
        return web.json_response({"next_batch": f"s{len(self.requests)}"})


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    try:
        yield s
    finally:
        await s.close()


def client_for(url: str, tmp_path: Path, **config: Any) -> KeyedClient:
    c = KeyedClient(url, USER, "DEV", str(tmp_path), AsyncClientConfig(encryption_enabled=False, **config))
    c.restore_login(USER, "DEV", "token")
    return c


async def test_a_stalled_first_sync_is_given_up_after_its_deadline_and_tried_again(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    hs = Homeserver(stall=1)
    app = web.Application()
    app.router.add_get("/_matrix/client/v3/sync", hs.sync)
    runner, url = await serve(app)
    client = client_for(url, tmp_path)
    stop = asyncio.Event()
    metrics = Metrics()
    handled: list[str] = []

    async def handle(resp: SyncResponse, initial: bool) -> None:
        handled.append(resp.next_batch)
        stop.set()

    loop = SyncLoop(client, store, handle, keys_lock=asyncio.Lock(), stop=stop, redact=Redactor(b"k"),
                    metrics=metrics, first_deadline_s=0.5)
    try:
        await asyncio.wait_for(loop.run(), 30)
    finally:
        hs.never.set()
        await client.close()
        await runner.cleanup()
    assert handled == ["s2"], "the second try got through"
    assert all(r.get("full_state") == "true" for r in hs.requests), "the retry is the first, full-state sync again"
    assert json.loads(hs.requests[0]["filter"]) == SYNC_FILTER, "no typing, receipts, presence or account data"
    assert SYNC_FILTER["room"]["ephemeral"] == {"types": []}
    assert "TimeoutError" in caplog.text and url in caplog.text
    assert metrics.render().count('continuum_send_errors_total{reason="network"} 1') == 1


async def test_nio_retrying_a_request_that_could_not_connect_is_said_with_the_homeserver_and_counted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    runner, url = await serve(web.Application())
    await runner.cleanup()  # nothing listens there any more: every connection is refused
    client = client_for(url, tmp_path, max_timeouts=3, backoff_factor=0.01)
    attempts: list[int] = []
    client.on_network_retry = attempts.append
    try:
        with pytest.raises(OSError):
            await client.whoami()
    finally:
        await client.close()
    assert attempts == [1, 2, 3]
    assert f"the homeserver {url} did not answer (attempt 3)" in caplog.text
