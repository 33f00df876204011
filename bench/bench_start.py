"""Cold start: how long the bot takes to be ready, and how much memory it holds, with M rooms.

    python bench/bench_start.py [--rooms 20] [--starts 3] [--json] [--keep]
        [--people 10000 --followups 100000 --cases 1000] [--profile DIR]

Starts a throwaway Synapse, has one person open M encrypted direct chats with the bot, lets the
bot join them all (its first start), then stops it and starts it again `--starts` times, each a
cold start of a fresh process on the same data dir. For each: wall seconds from the spawn to
"Continuum is running" (logged once the first sync after the start was handled: login check,
cross-signing, trust, the full-state sync of M rooms, catch-up), the bot's own CPU seconds until
then (user + system, from /proc), and its peak RSS (VmHWM). Linux only (/proc).

With `--people/--followups/--cases`, the bot's database is filled before the measured starts,
through the store's own repositories (sealed as the bot seals them, thousands of rows per unit of
work): people with a profile and a conversation state half-way through a flow, follow-ups due over
the next 90 days in a dozen zones, open cases with a sealed summary whose card is out. Each start
is then split at the bot's own log lines, with the wall time and the bot's CPU at each:
`local` (Python, imports, settings, flows of every language checked and loaded, the store opened
and migrated), `connect` (login, keys, cross-signing, trust), `follow-ups` (the follow-up
service's start; the mentor worker waits for the first sync), `collector` (the garbage collector,
held off since the launch, runs once and freezes what the start made: bot/platform/collector.py)
and `first sync` (until ready). "Before the first sync" is everything up to `collector`.
`--profile DIR` runs each measured start under cProfile (main thread only: SQLite's own work runs
in aiosqlite's thread) and leaves `startN.prof` there.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import shutil
import signal
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.care.followups.timing import deliver_at  # noqa: E402
from bot.engine.state import Context, Mark, State  # noqa: E402
from bot.matrix.session import DataDir  # noqa: E402
from bot.platform.config import FollowupSettings  # noqa: E402
from bot.platform.sealing import SecretBox  # noqa: E402
from bot.store import Person as StoredPerson  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.cases import SummaryLine  # noqa: E402
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


ZONES = ["Europe/Berlin", "Europe/Kyiv", "Europe/Istanbul", "America/New_York", "America/Bogota",
         "America/Mexico_City", "Asia/Tehran", "Asia/Kolkata", "Asia/Yangon", "Africa/Nairobi", "Africa/Cairo", "UTC"]
LANGS = ["en", "ar", "es", "fa", "fr", "prs", "ps", "ru"]
BATCH = 5000  # rows per unit of work while seeding


def _state(i: int, lang: str, zone: str, now: float) -> State:
    """A conversation half-way through the wellbeing check-in, as the engine keeps it."""
    at = datetime.fromtimestamp(now - 3600 * (i % 500), UTC)
    asked = tuple(Mark("wellbeing", 2, f"who5_{n}") for n in range(1, 4))
    return State(flow="wellbeing", version=2, step="who5_4",
                 ctx=Context(lang=lang, timezone=zone, country="other", profile={"name": f"P{i}"}),
                 vars={"who5_1": i % 6, "who5_2": (i + 1) % 6, "who5_3": (i + 2) % 6},
                 started_at=at, updated_at=at, history=asked)


async def seed(data_dir: Path, people: int, followups: int, cases: int) -> dict[str, float]:
    """Fill the bot's database through its repositories, sealed with its data key."""
    key, _ = DataDir(data_dir).data_key(None, None)
    data = DataDir(data_dir)
    store = await Store.open(data.database, SecretBox(key))
    rng = random.Random(7)
    quiet = FollowupSettings()
    now = time.time()
    started = time.perf_counter()
    users = max(people, 1)
    try:
        for first in range(0, people, BATCH):
            async with store.write(now) as uow:
                writes = []
                for i in range(first, min(people, first + BATCH)):
                    user, room, lang, zone = f"@seed{i}:localhost", f"!seed{i}:localhost", LANGS[i % 8], ZONES[i % 12]
                    writes.append(uow.people.save(StoredPerson(user, lang, zone, "other", {"name": f"P{i}"}), now))
                    writes.append(uow.people.save_state(room, user, "wellbeing", _state(i, lang, zone, now).to_json(),
                                                        now))
                await asyncio.gather(*writes)  # queued together: SQLite's thread never waits for the next
        for first in range(0, followups, BATCH):
            async with store.write(now) as uow:
                adds = []
                for _ in range(first, min(followups, first + BATCH)):
                    i = rng.randrange(users)
                    zone = ZONES[i % 12]
                    due = datetime.fromtimestamp(now + rng.randrange(3600, 90 * 86400), UTC)
                    adds.append(uow.followups.add(
                        user_id=f"@seed{i}:localhost", room_id=f"!seed{i}:localhost", flow="wellbeing",
                        text="followup-wellbeing-invite", source="flow", case_id=None, tz_name=zone,
                        due_at=due.timestamp(), deliver_at=deliver_at(due, zone, quiet.quiet_start,
                                                                      quiet.quiet_end).timestamp(),
                        now=now,
                    ))
                await asyncio.gather(*adds)  # each add seals under the id its own cursor got
        for first in range(0, cases, BATCH):
            async with store.write(now) as uow:
                for n in range(first, min(cases, first + BATCH)):
                    i = rng.randrange(users)
                    urgent = n % 10 == 0
                    case_id = await uow.cases.create(
                        user_id=f"@seed{i}:localhost", room_id=f"!seed{i}:localhost",
                        urgency="urgent" if urgent else "normal", consent="full",
                        summary=[SummaryLine(f"threat-q{k}", f"an answer of {k * 20} characters, more or less")
                                 for k in range(6)],
                        flow="threat", reason="threat", now=now - 60,
                    )
                    await uow.cases.set_card(case_id, f"cvseed{case_id}")
                    await uow.cases.set_card_event(case_id, f"$seedcard{case_id}")
                    if urgent:  # pinged a moment ago: not due again during the measured start
                        await uow.cases.mark_repinged(case_id, now, warned=True)
                    elif n % 3 == 0:
                        await uow.cases.claim(case_id, "@mentor:localhost", now)
    finally:
        await store.close()
    return {"people": people, "followups": followups, "cases": cases,
            "seed_s": round(time.perf_counter() - started, 1)}


# The bot's own log lines that end each phase of a start, in order.
MILESTONES = [
    ("local", "connecting to the homeserver at"),
    ("connect", "connected; first sync"),
    ("follow-ups", "follow-ups: "),
    ("collector", "start-up done in"),
    ("first sync", READY),
]


async def cold_start(env: dict[str, str], log: Path, profile: Path | None = None) -> dict[str, Any]:
    """One start, split at MILESTONES: wall and CPU seconds of each phase, peak RSS at ready."""
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUUM_")}
    child_env.update(env)
    command = [sys.executable, "-m", "bot", "run"]
    if profile is not None:
        command = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "bot", "run"]
    started = time.monotonic()
    proc = await asyncio.create_subprocess_exec(*command, env=child_env, cwd=ROOT, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.STDOUT)
    assert proc.stdout is not None
    marks: dict[str, tuple[float, float]] = {}
    pending = list(MILESTONES)
    with log.open("a") as out:
        while pending:
            raw = await asyncio.wait_for(proc.stdout.readline(), timeout=600)
            if not raw:
                raise RuntimeError(f"the bot ended before '{pending[0][1]}' (see {log})")
            line = raw.decode(errors="replace")
            out.write(line)
            while pending and pending[0][1] in line:
                marks[pending.pop(0)[0]] = (time.monotonic() - started, cpu_seconds(proc.pid))
        rss = peak_rss_mib(proc.pid)
        proc.send_signal(signal.SIGTERM)
        rest = await asyncio.wait_for(proc.stdout.read(), timeout=120)
        out.write(rest.decode(errors="replace"))
    await proc.wait()
    phases: dict[str, dict[str, float]] = {}
    before = (0.0, 0.0)
    for name, _ in MILESTONES:
        wall, cpu = marks[name]
        phases[name] = {"wall_s": round(wall - before[0], 2), "cpu_s": round(cpu - before[1], 2)}
        before = (wall, cpu)
    ready_wall, ready_cpu = marks["first sync"]
    pre_wall, pre_cpu = marks["collector"]
    return {"wall_s": round(ready_wall, 2), "cpu_s": round(ready_cpu, 2),
            "before_sync_wall_s": round(pre_wall, 2), "before_sync_cpu_s": round(pre_cpu, 2),
            "peak_rss_mib": round(rss, 1), "phases": phases}


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
        seeded = None
        if args.people or args.followups or args.cases:
            seeded = await seed(base / "data", args.people, args.followups, args.cases)
            print(f"seeded {seeded}", file=sys.stderr)
        starts = []
        for n in range(args.starts):
            profile = None if args.profile is None else args.profile / f"start{n + 1}.prof"
            starts.append(await cold_start(env, base / f"start{n}.log", profile))
        return {"rooms": args.rooms, "ready_line": READY, "seeded": seeded, "starts": starts}
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
    parser.add_argument("--people", type=int, default=0, help="people (profile + conversation state) seeded")
    parser.add_argument("--followups", type=int, default=0, help="scheduled follow-ups seeded")
    parser.add_argument("--cases", type=int, default=0, help="open cases seeded")
    parser.add_argument("--profile", type=Path, default=None, help="cProfile each start into this directory")
    args = parser.parse_args()
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
        args.profile = args.profile.resolve()
    result = asyncio.run(run(args))
    if args.json:
        print(json.dumps(result))
        return
    seeded = result["seeded"]
    what = f"{result['rooms']} rooms"
    if seeded:
        what += (f", {seeded['people']:,} people, {seeded['followups']:,} follow-ups, {seeded['cases']:,} open cases "
                 f"(seeded in {seeded['seed_s']} s)")
    print(f"cold start with {what} (until '{READY}'):")
    for n, s in enumerate(result["starts"], 1):
        print(f"  start {n}: {s['wall_s']:.2f} s wall, {s['cpu_s']:.2f} s CPU of the bot, "
              f"peak RSS {s['peak_rss_mib']:.0f} MiB; before the first sync {s['before_sync_wall_s']:.2f} s wall, "
              f"{s['before_sync_cpu_s']:.2f} s CPU")
        print("    " + ", ".join(f"{name} {p['wall_s']:.2f} s / {p['cpu_s']:.2f} s CPU"
                                 for name, p in s["phases"].items()))


if __name__ == "__main__":
    main()
