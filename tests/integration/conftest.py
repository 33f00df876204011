"""Integration fixtures: one real Synapse per test session, fresh accounts per test."""

from __future__ import annotations

import itertools
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import pytest

from tests.harness.activist import Activist
from tests.harness.botproc import BotProcess
from tests.harness.element import ElementClient, Isolation
from tests.harness.synapse import Synapse

_counter = itertools.count()
ROOT = Path(__file__).resolve().parents[2]
ECHO = ROOT / "tests" / "fixtures" / "echo"


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    hs = Synapse.prepare(Path(tmp_path_factory.mktemp("synapse")))
    hs.start()
    try:
        yield hs
    finally:
        hs.stop()


class Accounts:
    """Creates uniquely named accounts on the test Synapse."""

    def __init__(self, hs: Synapse) -> None:
        self.hs = hs

    def new(self, prefix: str) -> tuple[str, str]:
        localpart = f"{prefix}{next(_counter)}{secrets.token_hex(3)}"
        password = secrets.token_urlsafe(12)
        return self.hs.register(localpart, password), password


@pytest.fixture
def accounts(synapse: Synapse) -> Accounts:
    return Accounts(synapse)


def bot_env(hs: Synapse, user_id: str, password: str, data_dir: Path, **extra: str) -> dict[str, str]:
    """The bot configured by environment variables alone, as an admin would.

    By default it runs the echo flows (exactly one reply per message, and no hello on joining) so
    that edge tests can count replies; conversation tests point it at the real flows (with the hello).
    """
    env = {
        "CONTINUUM_FLOWS_DIR": str(ECHO / "flows"),
        "CONTINUUM_LOCALES_DIR": str(ECHO / "locales"),
        "CONTINUUM_HOMESERVER": hs.url,
        "CONTINUUM_USER_ID": user_id,
        "CONTINUUM_PASSWORD": password,
        "CONTINUUM_DATA_DIR": str(data_dir),
        "CONTINUUM_PACE_MS": "0",
        "TEST_BOT_USER": user_id,
    }
    if "CONTINUUM_FLOWS_DIR" not in extra:
        env["CONTINUUM_GREETING"] = "false"
    env.update(extra)
    return env


@pytest.fixture
async def bot(synapse: Synapse, accounts: Accounts, tmp_path: Path) -> AsyncIterator[BotProcess]:
    """A running bot with the default (cross-signed) trust policy."""
    user_id, password = accounts.new("bot")
    proc = BotProcess(bot_env(synapse, user_id, password, tmp_path / "data"), tmp_path / "bot.log")
    await proc.start()
    try:
        yield proc
    finally:
        await proc.kill()


async def _person(synapse: Synapse, accounts: Accounts, tmp_path: Path, role: str) -> AsyncIterator[Activist]:
    user_id, password = accounts.new(role)
    person = Activist(synapse.url, user_id, password, tmp_path / f"{role}-store")
    await person.login()
    try:
        yield person
    finally:
        await person.close()


@pytest.fixture
async def activist(synapse: Synapse, accounts: Accounts, tmp_path: Path) -> AsyncIterator[Activist]:
    """A matrix-nio activist whose device is cross-signed, as Element's would be."""
    async for person in _person(synapse, accounts, tmp_path, "activist"):
        yield person


@pytest.fixture
async def mentor(synapse: Synapse, accounts: Accounts, tmp_path: Path) -> AsyncIterator[Activist]:
    """A second cross-signed matrix-nio person, for the mentor room."""
    async for person in _person(synapse, accounts, tmp_path, "mentor"):
        yield person


StartElement = Callable[..., Awaitable[ElementClient]]


@pytest.fixture
async def element_user(synapse: Synapse, accounts: Accounts) -> AsyncIterator[StartElement]:
    """Start Element-like clients (matrix-js-sdk + Rust crypto, only-signed-devices isolation)."""
    started: list[ElementClient] = []

    async def start(prefix: str = "element", *, isolation: Isolation = "only_signed",
                    cross_sign: bool = True, account: tuple[str, str] | None = None) -> ElementClient:
        user_id, password = account or accounts.new(prefix)
        client = await ElementClient.start(name=prefix, isolation=isolation, auto_join=True)
        started.append(client)
        await client.login(synapse.url, user_id[1:].split(":", 1)[0], password)
        if cross_sign:
            await client.bootstrap_cross_signing()
        return client

    yield start
    for client in started:
        await client.close()
