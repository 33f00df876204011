"""Cold start: how long the bot takes to be ready, and how much memory it holds, with M rooms.

    python bench/bench_start.py [--rooms 20] [--starts 3] [--json] [--keep]

Starts a throwaway Synapse, has one person open M encrypted direct chats with the bot, lets the
bot join them all (its first start), then stops it and starts it again `--starts` times, each a
cold start of a fresh process on the same data dir. For each: wall seconds from the spawn to
"Continuum is running" (logged once the first sync after the start was handled: login check,
cross-signing, trust, the full-state sync of M rooms, catch-up), the bot's own CPU seconds until
then (user + system, from /proc), and its peak RSS (VmHWM). Linux only (/proc).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.harness.botproc import READY, BotProcess  # noqa: E402
from tests.harness.synapse import Synapse  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Person:
    """One account on the plain client API, opening direct chats with the bot."""

    def __init__(self, hs: Synapse, user_id: str, password: str) -> None:
        self.hs, self.user_id, self.password = hs, user_id, password
        self.session = aiohttp.ClientSession()
        self.token = ""

    async def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        async with self.session.request(method, f"{self.hs.url}/_matrix/client/v3{path}", json=body,
                                        headers=headers) as resp:
            data: dict[str, Any] = await resp.json()
            if resp.status != 200:
                raise RuntimeError(f"{method} {path}: {resp.status} {data}")
            return data

    async def login(self) -> None:
        got = await self.call("POST", "/login", {"type": "m.login.password", "password": self.password,
                                                 "identifier": {"type": "m.id.user", "user": self.user_id}})
        self.token = got["access_token"]

    async def open_dm(self, bot: str) -> str:
        got = await self.call("POST", "/createRoom", {
            "preset": "trusted_private_chat", "is_direct": True, "invite": [bot],
            "initial_state": [{"type": "m.room.encryption", "state_key": "",
                               "content": {"algorithm": "m.megolm.v1.aes-sha2"}}],
        })
        return str(got["room_id"])

    async def bot_joined(self, room_id: str, bot: str) -> bool:
        got = await self.call("GET", f"/rooms/{room_id}/joined_members")
        return bot in got.get("joined", {})

    async def close(self) -> None:
        await self.session.close()


async def cold_start(env: dict[str, str], log: Path) -> dict[str, float]:
    bot = BotProcess(env, log)
    started = time.monotonic()
    await bot.start(timeout=600)
    wall = time.monotonic() - started
    assert bot.proc is not None
    pid = bot.proc.pid
    figures = {"wall_s": round(wall, 2), "cpu_s": round(cpu_seconds(pid), 2),
               "peak_rss_mib": round(peak_rss_mib(pid), 1)}
    await bot.stop()
    return figures


async def run(args: argparse.Namespace) -> dict[str, Any]:
    base = Path(tempfile.mkdtemp(prefix="continuum-start-"))
    hs = Synapse.prepare(base / "synapse")
    await asyncio.to_thread(hs.start)
    person: Person | None = None
    try:
        bot_password, person_password = secrets.token_urlsafe(12), secrets.token_urlsafe(12)
        bot_user = await asyncio.to_thread(hs.register, "startbot", bot_password)
        person_user = await asyncio.to_thread(hs.register, "someone", person_password)
        env = {
            "CONTINUUM_HOMESERVER": hs.url, "CONTINUUM_USER_ID": bot_user, "CONTINUUM_PASSWORD": bot_password,
            "CONTINUUM_DATA_DIR": str(base / "data"), "CONTINUUM_PACE_MS": "0",
            "CONTINUUM_FLOWS_DIR": str(ROOT / "flows"), "CONTINUUM_LOCALES_DIR": str(ROOT / "locales"),
            "CONTINUUM_LOG_LEVEL": "INFO",
        }
        person = Person(hs, person_user, person_password)
        await person.login()
        rooms = []
        for _ in range(args.rooms):  # one after the other: Synapse rate-limits room creation less so
            rooms.append(await person.open_dm(bot_user))
        first = BotProcess(env, base / "first.log")
        await first.start(timeout=600)
        deadline = time.monotonic() + 600
        waiting = set(rooms)
        while waiting and time.monotonic() < deadline:
            waiting = {r for r in waiting if not await person.bot_joined(r, bot_user)}
            if waiting:
                await asyncio.sleep(0.5)  # a bench polling another process's progress, not a test
        await first.stop()
        if waiting:
            raise RuntimeError(f"the bot joined {len(rooms) - len(waiting)} of {len(rooms)} rooms")
        starts = [await cold_start(env, base / f"start{n}.log") for n in range(args.starts)]
        return {"rooms": args.rooms, "ready_line": READY, "starts": starts}
    finally:
        if person is not None:
            await person.close()
        await asyncio.to_thread(hs.stop)
        if args.keep:
            print(f"kept: {base}", file=sys.stderr)
        else:
            shutil.rmtree(base, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rooms", type=int, default=20, help="direct chats the bot is in")
    parser.add_argument("--starts", type=int, default=3, help="cold starts measured")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the run's directory")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    if args.json:
        print(json.dumps(result))
        return
    print(f"cold start with {result['rooms']} rooms (until '{READY}'):")
    for n, s in enumerate(result["starts"], 1):
        print(f"  start {n}: {s['wall_s']:.2f} s wall, {s['cpu_s']:.2f} s CPU of the bot, "
              f"peak RSS {s['peak_rss_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
