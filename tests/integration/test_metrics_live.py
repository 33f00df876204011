"""Health and metrics of a running bot: useful numbers, never a user id, room id or word said."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse, free_port
from tests.integration.conftest import Accounts, bot_env

pytestmark = pytest.mark.integration


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


async def test_metrics_count_the_conversation_and_name_nobody(
    synapse: Synapse, accounts: Accounts, activist: Activist, tmp_path: Path
) -> None:
    user_id, password = accounts.new("measured")
    port = free_port()
    proc = BotProcess(bot_env(synapse, user_id, password, tmp_path / "data", CONTINUUM_METRICS__PORT=str(port)),
                      tmp_path / "bot.log")
    await proc.start()
    base = f"http://127.0.0.1:{port}"
    try:
        assert get(base + "/healthz")[0] == 200
        assert get(base + "/readyz")[0] == 200
        room_id = await activist.create_dm(user_id)
        await activist.wait_joined(room_id, user_id)
        secret = "my-unique-answer-4821"
        for text in ("hello", secret):
            await activist.send(room_id, text)
            await activist.next_from(room_id, user_id)
        status, metrics = get(base + "/metrics")
        assert status == 200
        assert 'continuum_conversations_started_total{flow="onboarding"} 1' in metrics
        assert 'continuum_messages_handled_total{kind="text"} 2' in metrics
        for private in (activist.user_id, user_id, room_id, secret, "continuum.test"):
            assert private not in metrics, f"{private} leaked into the metrics"
    finally:
        await proc.kill()
