"""Waiting for the homeserver at start: what the admin sees, and when the start gives up."""

from __future__ import annotations

import logging

import pytest
from aiohttp import web

from bot.matrix.reach import wait_for_homeserver
from bot.matrix.session import StartupError
from tests.harness.synapse import free_port


async def test_an_unreachable_homeserver_is_named_and_the_start_gives_up(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.matrix.reach")
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(StartupError) as caught:
        await wait_for_homeserver(url, timeout_s=2, first_backoff_s=0.2, max_backoff_s=0.4)
    assert f"cannot reach the homeserver at {url}" in str(caught.value)
    assert "startup_timeout_seconds" in str(caught.value)
    lines = [r.getMessage() for r in caplog.records]
    assert any(line.startswith(f"connecting to the homeserver at {url} (attempt 2)") for line in lines)
    assert any("trying again in" in line for line in lines)


async def test_the_start_goes_on_once_the_homeserver_answers(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.matrix.reach")
    calls = 0

    async def versions(request: web.Request) -> web.Response:
        nonlocal calls
        calls += 1
        if calls < 3:
            return web.Response(status=502)  # a proxy whose homeserver is still starting
        return web.json_response({"versions": ["v1.11"]})

    app = web.Application()
    app.router.add_get("/_matrix/client/versions", versions)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        await wait_for_homeserver(f"http://127.0.0.1:{port}", timeout_s=30, first_backoff_s=0.05)
    finally:
        await runner.cleanup()
    assert calls == 3
    assert any("HTTP 502" in r.getMessage() for r in caplog.records)
    assert any("answers now" in r.getMessage() for r in caplog.records)


async def test_something_that_is_not_a_homeserver_is_not_taken_for_one() -> None:
    async def page(request: web.Request) -> web.Response:
        return web.Response(text="<html>welcome</html>")

    app = web.Application()
    app.router.add_get("/_matrix/client/versions", page)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        with pytest.raises(StartupError, match="not as a Matrix homeserver"):
            await wait_for_homeserver(f"http://127.0.0.1:{port}", timeout_s=0.5, first_backoff_s=0.2)
    finally:
        await runner.cleanup()
