"""What one turn of a conversation costs the homeserver: every request the bot makes goes through
a counting pass-through in front of the real Synapse, while a real E2EE activist walks the
hygiene check. Typing notices only when a reply is really delayed, no read receipt for a
message that gets an answer at once (the answer shows it was read), and no sync woken for
nothing (typing, receipts, account data, presence).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.engine.model import ChoiceQuestion
from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts
from tests.integration.scripts import LIB, WAIT, Chat, onboard, open_chat, real_flows_env, text

pytestmark = pytest.mark.integration

_KINDS = (
    ("sync", re.compile(r"/sync$")),
    ("send", re.compile(r"/rooms/[^/]+/send/")),
    ("typing", re.compile(r"/rooms/[^/]+/typing/")),
    ("receipt", re.compile(r"/rooms/[^/]+/(read_markers|receipt/)")),
    ("to-device", re.compile(r"/sendToDevice/")),
    ("keys", re.compile(r"/keys/")),
)


def hygiene_questions() -> list[str]:
    """The hygiene check's yes/no items (message ids): "no" to each gets a tip, then the next."""
    flow = LIB.flow("hygiene")
    assert flow is not None
    return [s.text for s in flow.steps.values() if isinstance(s, ChoiceQuestion) and s.options[0].id == "yes"]


def kind_of(path: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.search(path)), "other")


class CountingPassThrough:
    """An HTTP pass-through to the homeserver that counts the requests by kind."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.counts: Counter[str] = Counter()
        self.others: Counter[str] = Counter()
        self._session: aiohttp.ClientSession | None = None
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None))
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        kind = kind_of(request.path)
        self.counts[kind] += 1
        if kind == "other":
            self.others[f"{request.method} {re.sub(r'![^/]+|%21[^/]+', '!room', request.path)}"] += 1
        headers = {k: v for k, v in request.headers.items() if k.lower() in ("authorization", "content-type")}
        async with self._session.request(request.method, self.target + request.path_qs, data=await request.read(),
                                         headers=headers) as upstream:
            body = await upstream.read()
            return web.Response(status=upstream.status, body=body,
                                headers={"Content-Type": upstream.headers.get("Content-Type", "application/json")})


@pytest.fixture
async def counted_bot(
    synapse: Synapse, accounts: Accounts, tmp_path: Path
) -> AsyncIterator[tuple[BotProcess, CountingPassThrough]]:
    proxy = CountingPassThrough(synapse.url)
    await proxy.start()
    user_id, password = accounts.new("counted")
    env = real_flows_env(synapse, user_id, password, tmp_path / "data")
    env.update(CONTINUUM_HOMESERVER=proxy.url, CONTINUUM_PACE_MS="400")  # the shipped pace
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        yield proc, proxy
    finally:
        await proc.kill()
        await proxy.stop()


async def test_a_turn_costs_a_send_per_message_and_little_else(
    counted_bot: tuple[BotProcess, CountingPassThrough], activist: Activist
) -> None:
    proc, proxy = counted_bot
    chat: Chat = await open_chat(activist, proc.env["TEST_BOT_USER"])
    await onboard(chat)
    asked = [text(msgid) for msgid in hygiene_questions()]

    def questions_seen() -> int:
        return sum(1 for body in chat.bodies() if any(q in body for q in asked))

    await chat.answer("1", then=text("hygiene-devices"))
    await chat.answer("1", then=asked[0])
    before = proxy.counts.copy()
    turns = 8  # the first questions are asked whatever the devices
    for _ in range(turns):
        seen = questions_seen()
        await activist.send(chat.room_id, "2")  # "no": a tip, then the next question
        await activist.wait_for(lambda seen=seen: questions_seen() > seen, WAIT)  # type: ignore[misc]
    spent = proxy.counts - before
    per_turn = {kind: round(spent[kind] / turns, 2) for kind in sorted(spent)}
    print(f"\nrequests per turn over {turns} turns: {per_turn}; total {sum(spent.values()) / turns:.2f}")
    print(f"other requests: {dict(proxy.others)}")
    assert spent["typing"] == 0, "a pace of 400 ms is no delay worth a typing notice"
    assert spent["receipt"] == 0, "every answer was answered at once: the answer shows it was read"
    assert spent["sync"] <= spent["send"] + turns, "a sync is woken by what people and the bot say, nothing else"
