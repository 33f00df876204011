"""The lossy proxy of the soak and load harness, proven against a tiny local HTTP server."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import aiohttp
import pytest
from aiohttp import web

from tests.harness.proxy import Faults, Proxy, ProxyProcess, category, endpoint

SEND = "/_matrix/client/v3/rooms/%21room%3Atest/send/m.room.message/"
SYNC = "/_matrix/client/v3/sync?since=s1&timeout=30000"


@dataclass
class Upstream:
    url: str
    runner: web.AppRunner
    hits: Counter[str] = field(default_factory=Counter)
    release: asyncio.Event = field(default_factory=asyncio.Event)


@pytest.fixture
async def upstream() -> AsyncIterator[Upstream]:
    app = web.Application()
    box: dict[str, Upstream] = {}

    async def any_request(request: web.Request) -> web.StreamResponse:
        up = box["up"]
        up.hits[request.path] += 1
        if request.path == "/chunked":
            resp = web.StreamResponse()
            resp.enable_chunked_encoding()
            await resp.prepare(request)
            for part in (b"one,", b"two,", b"three"):
                await resp.write(part)
            await resp.write_eof()
            return resp
        if request.path == "/slow":
            await up.release.wait()
        body = await request.read()
        return web.json_response({"path": request.path, "echo": body.decode()})

    app.router.add_route("*", "/{tail:.*}", any_request)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    box["up"] = Upstream(f"http://127.0.0.1:{port}", runner)
    try:
        yield box["up"]
    finally:
        box["up"].release.set()
        await runner.cleanup()


@pytest.fixture
async def proxy(upstream: Upstream) -> AsyncIterator[Proxy]:
    async with Proxy(upstream.url, seed=7) as p:
        yield p


def fresh() -> aiohttp.ClientSession:
    """One connection per request, so that no client-side reuse hides what the proxy did.

    aiohttp retries an idempotent request (GET, PUT) once when its connection breaks; the
    fault tests use POST so that one request meets one fault.
    """
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True))


def test_requests_are_sorted_into_endpoint_families() -> None:
    assert category(SYNC) == "sync"
    assert category(SEND + "abc") == "send"
    assert category("/_matrix/client/v3/rooms/!r/receipt/m.read/$e") == "receipt"
    assert category("/_matrix/client/v3/rooms/!r/read_markers") == "receipt"
    assert category("/_matrix/client/v3/rooms/!r/typing/@u") == "typing"
    assert category("/_matrix/client/v3/keys/query") == "keys"
    assert category("/_matrix/client/v3/sendToDevice/m.room.encrypted/1") == "to_device"
    assert category("/_matrix/client/v3/join/!r") == "other"
    txn = uuid.uuid4().hex
    assert endpoint("PUT", SEND + txn) == "PUT /_matrix/client/v3/rooms/{}/send/m.room.message/{}"
    assert endpoint("PUT", f"/_matrix/client/v3/rooms/!r:x/send/m.room.encrypted/{uuid.uuid4()}?a=1") == (
        "PUT /_matrix/client/v3/rooms/{}/send/m.room.encrypted/{}")


async def test_pass_through_forwards_bodies_on_one_kept_alive_connection_and_counts(
    upstream: Upstream, proxy: Proxy
) -> None:
    async with aiohttp.ClientSession() as s:
        for _ in range(2):
            async with s.get(proxy.url + SYNC) as r:
                assert r.status == 200 and (await r.json())["path"] == "/_matrix/client/v3/sync"
        async with s.put(proxy.url + SEND + uuid.uuid4().hex, json={"body": "hi"}) as r:
            assert (await r.json())["echo"] == '{"body": "hi"}'
        async with s.get(proxy.url + "/chunked") as r:
            assert await r.read() == b"one,two,three"
    assert proxy.stats.requests == Counter({"sync": 2, "send": 1, "other": 1})
    assert proxy.stats.connections == 1
    assert proxy.stats.statuses["2xx"] == 4
    assert not proxy.stats.faults


async def test_a_reset_before_forwarding_never_reaches_the_server(upstream: Upstream, proxy: Proxy) -> None:
    proxy.set_faults(Faults(reset=1.0, reset_after=0.0))
    async with fresh() as s:
        with pytest.raises(aiohttp.ClientConnectionError):
            async with s.post(proxy.url + SEND + "t1", json={"body": "lost"}) as r:
                await r.read()
    assert upstream.hits == Counter()
    assert proxy.stats.faults["reset_before"] == 1


async def test_a_reset_after_forwarding_loses_only_the_reply(upstream: Upstream, proxy: Proxy) -> None:
    proxy.set_faults(Faults(reset=1.0, reset_after=1.0))
    async with fresh() as s:
        with pytest.raises(aiohttp.ClientConnectionError):
            async with s.post(proxy.url + SEND + "t1", json={"body": "done, unheard"}) as r:
                await r.read()
    assert upstream.hits == Counter({"/_matrix/client/v3/rooms/!room:test/send/m.room.message/t1": 1})
    assert proxy.stats.faults["reset_after"] == 1


async def test_a_delayed_reply_arrives_late_and_whole(upstream: Upstream, proxy: Proxy) -> None:
    proxy.set_faults(Faults(delay=1.0, delay_s=(0.6, 0.6)))
    async with fresh() as s:
        started = time.monotonic()
        async with s.get(proxy.url + "/chunked") as r:
            assert await r.read() == b"one,two,three"
        assert time.monotonic() - started >= 0.6
    assert proxy.stats.faults["delay"] == 1


async def test_a_dropped_request_is_never_answered_nor_forwarded_then_traffic_flows(
    upstream: Upstream, proxy: Proxy
) -> None:
    proxy.set_faults(Faults(drop_first=1))
    async with fresh() as s:
        with pytest.raises(TimeoutError):
            async with s.get(proxy.url + "/first", timeout=aiohttp.ClientTimeout(total=0.5)) as r:
                await r.read()
        async with s.get(proxy.url + "/second") as r:
            assert r.status == 200
        await asyncio.wait_for(_until(lambda: proxy.held == 0), 5)  # the client gave up: no longer held
    assert upstream.hits == Counter({"/second": 1})
    assert proxy.stats.faults["drop_expired"] == 0
    assert proxy.stats.faults["drop"] == 1


async def test_a_dropped_request_is_held_no_longer_than_hold_s(upstream: Upstream, proxy: Proxy) -> None:
    proxy.set_faults(Faults(drop=1.0, hold_s=0.3))
    async with fresh() as s:
        started = time.monotonic()
        with pytest.raises(aiohttp.ClientConnectionError):
            async with s.post(proxy.url + "/held", timeout=aiohttp.ClientTimeout(total=20)) as r:
                await r.read()
        assert time.monotonic() - started < 10
    assert upstream.hits == Counter()
    assert proxy.stats.faults["drop_expired"] == 1


async def test_faults_touch_only_the_requests_they_match(upstream: Upstream, proxy: Proxy) -> None:
    proxy.set_faults(Faults(reset=1.0, match=r"^POST .*/send/"))
    async with fresh() as s:
        async with s.get(proxy.url + SYNC) as r:
            assert r.status == 200
        with pytest.raises(aiohttp.ClientConnectionError):
            async with s.post(proxy.url + SEND + "t2", json={}) as r:
                await r.read()
        async with s.get(proxy.url + SYNC) as r:
            assert r.status == 200
    assert proxy.stats.faults["reset_before"] + proxy.stats.faults["reset_after"] == 1


async def outcomes(url: str, seed: int, n: int) -> list[str]:
    result = []
    async with Proxy(url, seed=seed) as p:
        p.set_faults(Faults(reset=0.5, reset_after=0.0))
        async with fresh() as s:
            for i in range(n):
                try:
                    async with s.post(p.url + f"/n{i}") as r:
                        await r.read()
                    result.append("ok")
                except aiohttp.ClientConnectionError:
                    result.append("reset")
    return result


async def test_the_same_seed_brings_the_same_faults_to_the_same_requests(upstream: Upstream) -> None:
    first = await outcomes(upstream.url, 3, 30)
    again = await outcomes(upstream.url, 3, 30)
    other = await outcomes(upstream.url, 4, 30)
    assert first == again
    assert {"ok", "reset"} <= set(first)
    assert first != other


async def test_down_refuses_connections_cuts_open_ones_and_comes_back_on_the_same_port(
    upstream: Upstream, proxy: Proxy
) -> None:
    port = proxy.port
    async with fresh() as s:
        waiting = asyncio.create_task(s.get(proxy.url + "/slow"))
        await asyncio.wait_for(_until(lambda: upstream.hits["/slow"] == 1), 5)
        await proxy.set_down(True)
        with pytest.raises(aiohttp.ClientConnectionError):
            await asyncio.wait_for(waiting, 5)
        with pytest.raises(aiohttp.ClientConnectorError):
            await s.get(proxy.url + "/refused")
        await proxy.set_down(False)
        assert proxy.port == port
        async with s.get(proxy.url + "/back") as r:
            assert r.status == 200
    assert upstream.hits["/refused"] == 0
    assert proxy.stats.faults["cut"] == 1


async def _until(predicate: object) -> None:
    # Polls a counter the server's handler bumps; the handler gives no other signal.
    while not predicate():  # type: ignore[operator]
        await asyncio.sleep(0.01)


async def test_when_the_server_is_gone_the_client_sees_its_connection_cut(upstream: Upstream, proxy: Proxy) -> None:
    await upstream.runner.cleanup()
    async with fresh() as s:
        with pytest.raises(aiohttp.ClientConnectionError):
            async with s.post(proxy.url + "/nobody") as r:
                await r.read()
    assert proxy.stats.upstream_errors == 1


async def test_the_proxy_process_is_driven_over_its_pipe(upstream: Upstream) -> None:
    proc = await ProxyProcess(upstream.url, seed=1, lifetime_s=60).start()
    try:
        async with fresh() as s:
            async with s.get(proc.url + SYNC) as r:
                assert r.status == 200
            await proc.set_faults(Faults(reset=1.0, reset_after=0.0))
            with pytest.raises(aiohttp.ClientConnectionError):
                async with s.post(proc.url + SYNC) as r:
                    await r.read()
            await proc.set_faults(Faults())
            await proc.set_down(True)
            with pytest.raises(aiohttp.ClientConnectorError):
                await s.get(proc.url + SYNC)
            await proc.set_down(False)
        stats = await proc.stats(reset=True)
        assert stats["requests"] == {"sync": 2}
        assert stats["faults"] == {"reset_before": 1}
        assert (await proc.stats())["total"] == 0
    finally:
        await proc.close()
    assert proc.proc is not None and proc.proc.returncode == 0
