"""Load: N people at once, Continuum (the shipped flows) against a bare nio echo bot, same Synapse.

    python bench/bench_load.py [--n 10] [--turns 5] [--think 0|MIN-MAX] [--targets continuum,echo]
                               [--burst] [--timeout 60] [--seed 1] [--json] [--keep]

Starts a throwaway Synapse, Continuum (real flows: onboarding, then digital hygiene checks answered
by numbers; pace_ms 0, flood limits lifted) and bench/echo_bot.py, each behind its own
pass-through proxy (tests/harness/proxy.py) that counts the bot's homeserver requests by
endpoint. N cross-signed E2EE people (all in this process) open a DM with each bot, then play
rounds: in each round every person takes one turn with one bot — send an answer, wait for the
reply that asks the next question (for the echo bot: the echo of that message) — then the same
with the other bot; the order alternates per round, so both bots see the same Synapse state and
never compete for the CPU. Think time before each message is drawn from MIN-MAX seconds.

Latency runs from just before the person's send request until that person's client has the
reply decrypted. A reply that cannot be decrypted counts as undecryptable, never as an answer;
no answer within --timeout is lost (and that person's scripted conversation stops: what it would
answer next is no longer known). Duplicates: the same message twice in a row, a second question
before the person said anything (a question waits for its answer), an echo doubled.

--burst: each person's first contact (create the DM, wait for the bot to join, say the first
message, wait for the answer) starts within the same 2 seconds, one bot after the other; the
report says how many never got an answer. Without it, DMs are opened a few at a time first.

Also reported: homeserver requests per answered turn for each bot (sync, send, receipt, typing,
keys, to_device, other), each bot's CPU seconds and peak RSS, Synapse's CPU during each bot's
rounds, and this driver's own CPU (if it nears one core, the driver is the bottleneck).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.harness import script  # noqa: E402
from tests.harness.botproc import BotProcess  # noqa: E402
from tests.harness.crowd import Chat, Crowd, Outcome, raise_fd_limit  # noqa: E402
from tests.harness.procstat import Sampler  # noqa: E402
from tests.harness.proxy import CATEGORIES, ProxyProcess  # noqa: E402
from tests.harness.synapse import Synapse  # noqa: E402


@dataclass
class Target:
    name: str
    user_id: str
    proxy: ProxyProcess
    pid: Callable[[], int]
    say: Callable[[int, int], tuple[str, Callable[[str], bool]]]  # (person, turn) → message, matcher
    heard: Callable[[int, Outcome], None] = lambda person, outcome: None  # the person reads the reply
    chats: list[Chat] = field(default_factory=list)
    outcomes: dict[tuple[int, int], Outcome] = field(default_factory=dict)  # (person, round)
    skipped: int = 0
    broken: set[int] = field(default_factory=set)  # people whose scripted talk with this bot stopped
    synapse_cpu: float = 0.0  # seconds, summed over this target's rounds
    burst: dict[str, Any] = field(default_factory=dict)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)]


def parse_think(value: str) -> tuple[float, float]:
    low, _, high = value.partition("-")
    return float(low), float(high or low)


async def start_echo(hs_url: str, user: str, password: str, store: Path) -> asyncio.subprocess.Process:
    env = dict(os.environ, ECHO_HOMESERVER=hs_url, ECHO_USER=user, ECHO_PASSWORD=password, ECHO_STORE=str(store))
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bench" / "echo_bot.py"), env=env, stdout=asyncio.subprocess.PIPE,
        stderr=(store.parent / "echo.log").open("ab"))
    assert proc.stdout is not None
    await asyncio.wait_for(proc.stdout.readline(), 90)
    return proc


async def quiet(proxies: list[ProxyProcess], idle: float = 2.0, limit: float = 30.0) -> None:
    """Until no proxy has seen a new send for `idle` seconds (late duplicates land before)."""
    deadline = time.monotonic() + limit
    last: list[int] = []
    still_since = time.monotonic()
    while time.monotonic() < deadline:
        now = [(await p.stats())["requests"].get("send", 0) for p in proxies]
        if now != last:
            last, still_since = now, time.monotonic()
        elif time.monotonic() - still_since >= idle:
            return
        await asyncio.sleep(0.25)  # polling counters in another process


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.base = Path(tempfile.mkdtemp(prefix="continuum-load-"))
        self.hs = Synapse.prepare(self.base / "synapse")
        self.targets: list[Target] = []
        self.crowd: Crowd | None = None
        self.continuum: BotProcess | None = None
        self.echo: asyncio.subprocess.Process | None = None
        self.proxies: list[ProxyProcess] = []
        self.sampler: Sampler | None = None
        self.people: list[script.Person] = []  # the scripted side of each person's talk with Continuum

    # --- setting up ----------------------------------------------------------------------------
    async def start(self) -> None:
        a = self.args
        await asyncio.to_thread(self.hs.start)
        names = a.targets.split(",")
        if "continuum" in names:
            self.targets.append(await self._continuum())
        if "echo" in names:
            self.targets.append(await self._echo())
        self.crowd = Crowd(self.hs, self.base / "people", a.n)
        await self.crowd.login()
        for t in self.targets:
            t.chats = [Chat(p, t.user_id) for p in self.crowd.people]

        def pids() -> dict[str, int]:
            found = {t.name: t.pid() for t in self.targets}
            found.update({f"proxy-{t.name}": t.proxy.pid for t in self.targets})
            if self.hs.process is not None:
                found["synapse"] = self.hs.process.pid
            found["driver"] = os.getpid()
            return found

        self.sampler = Sampler(pids)
        self.sampler.start()

    async def _proxy(self, name: str) -> ProxyProcess:
        proxy = await ProxyProcess(self.hs.url, log_file=self.base / f"proxy-{name}.log").start()
        self.proxies.append(proxy)
        return proxy

    async def _continuum(self) -> Target:
        password = secrets.token_urlsafe(12)
        user = await asyncio.to_thread(self.hs.register, "continuum", password)
        proxy = await self._proxy("continuum")
        env = {
            "CONTINUUM_HOMESERVER": proxy.url, "CONTINUUM_USER_ID": user, "CONTINUUM_PASSWORD": password,
            "CONTINUUM_DATA_DIR": str(self.base / "continuum"), "CONTINUUM_PACE_MS": "0",
            "CONTINUUM_FLOWS_DIR": str(ROOT / "flows"), "CONTINUUM_LOCALES_DIR": str(ROOT / "locales"),
            "CONTINUUM_FLOOD_MESSAGES_PER_MINUTE": "100000",
            "CONTINUUM_LOG_LEVEL": os.environ.get("BENCH_LOG", "INFO"),
        }
        self.continuum = BotProcess(env, self.base / "continuum.log")
        await self.continuum.start()
        # Onboarding, then hygiene checks one after another (the menu leads back), never the end.
        self.people = [script.Person(self.args.seed * 100003 + i, checks=None) for i in range(self.args.n)]

        def say(person: int, turn: int) -> tuple[str, Callable[[str], bool]]:
            return self.people[person].next, self.people[person].answers()

        def heard(person: int, outcome: Outcome) -> None:
            question = script.asked(outcome.reply.body) if outcome.reply is not None else None
            if question is not None:
                self.people[person].heard(question)

        def pid() -> int:
            assert self.continuum is not None and self.continuum.proc is not None
            return self.continuum.proc.pid

        return Target("continuum", user, proxy, pid, say, heard)

    async def _echo(self) -> Target:
        password = secrets.token_urlsafe(12)
        user = await asyncio.to_thread(self.hs.register, "echo", password)
        proxy = await self._proxy("echo")
        self.echo = await start_echo(proxy.url, user, password, self.base / "echo")
        token = secrets.token_hex(2)

        def say(person: int, turn: int) -> tuple[str, Callable[[str], bool]]:
            message = f"turn {turn} person {person} {token}"
            return message, lambda body: body == f"echo {message}"

        echo = self.echo
        return Target("echo", user, proxy, lambda: echo.pid, say)

    async def open_chats(self) -> None:
        gate = asyncio.Semaphore(8)

        async def one(chat: Chat) -> None:
            async with gate:
                await chat.open(self.args.timeout)

        await asyncio.gather(*(one(c) for t in self.targets for c in t.chats))

    async def burst(self, t: Target) -> None:
        """Everyone's first contact with `t` within 2 s: DM, join, first message, answer."""
        a = self.args
        joins: list[float] = []
        answers: list[float] = []
        firsts: list[float] = []
        never_joined = never_answered = 0

        async def one(i: int) -> None:
            nonlocal never_joined, never_answered
            await asyncio.sleep(self.rng.uniform(0, 2.0))  # the arrival time: the burst itself
            started = time.perf_counter()
            chat = t.chats[i]
            try:
                joins.append(await chat.open(a.timeout))
            except Exception:
                never_joined += 1
                t.broken.add(i)
                return
            message, matcher = t.say(i, -1)
            out = await chat.turn(message, matcher, a.timeout)
            t.outcomes[(i, -1)] = out
            t.heard(i, out)
            if out.latency is None:
                never_answered += 1
                t.broken.add(i)
                return
            answers.append(out.latency)
            firsts.append(time.perf_counter() - started)

        await asyncio.gather(*(one(i) for i in range(a.n)))
        t.burst = {
            "people": a.n, "never_joined": never_joined, "never_answered": never_answered,
            "join_p50_ms": _ms(joins, 0.5), "join_max_ms": _ms(joins, 1.0),
            "answer_p50_ms": _ms(answers, 0.5), "answer_p95_ms": _ms(answers, 0.95),
            "answer_max_ms": _ms(answers, 1.0), "first_contact_max_ms": _ms(firsts, 1.0),
        }

    # --- the rounds ------------------------------------------------------------------------------
    async def phase(self, t: Target, rnd: int) -> None:
        a = self.args
        low, high = a.think

        async def one(i: int) -> None:
            if i in t.broken:
                t.skipped += 1
                return
            await asyncio.sleep(self.rng.uniform(low, high))  # the person's think time: load pacing
            message, matcher = t.say(i, rnd)
            out = await t.chats[i].turn(message, matcher, a.timeout)
            t.outcomes[(i, rnd)] = out
            t.heard(i, out)
            if out.latency is None and t.name == "continuum":
                t.broken.add(i)

        assert self.sampler is not None
        self.sampler.sample()
        before = self.sampler.cpu("synapse")
        await asyncio.gather(*(one(i) for i in range(a.n)))
        self.sampler.sample()
        t.synapse_cpu += self.sampler.cpu("synapse") - before

    async def run(self) -> dict[str, Any]:
        a = self.args
        assert self.sampler is not None
        if a.burst:
            for t in self.targets:
                await self.burst(t)
        else:
            await self.open_chats()
        for p in self.proxies:
            await p.stats(reset=True)
        self.sampler.sample()
        cpu0 = {name: self.sampler.cpu(name) for name in self.sampler.pids()}
        started = time.perf_counter()
        for rnd in range(a.turns):
            order = self.targets if rnd % 2 == 0 else self.targets[::-1]
            for t in order:
                await self.phase(t, rnd)
        await quiet(self.proxies)
        wall = time.perf_counter() - started
        self.sampler.sample()
        cpu = {name: self.sampler.cpu(name) - cpu0.get(name, 0.0) for name in self.sampler.pids()}
        return await self.report(wall, cpu)

    # --- the report ------------------------------------------------------------------------------
    def duplicates(self, t: Target) -> tuple[int, int]:
        """(duplicated replies, late answers to turns counted lost)."""
        duplicated = late = 0
        for i, chat in enumerate(t.chats):
            done = [o for (p, _), o in t.outcomes.items() if p == i]
            if t.name == "echo":
                bodies = chat.bodies()
                for o in done:
                    n = sum(b == f"echo {o.said}" for b in bodies)
                    duplicated += max(0, n - 1)
                    late += o.latency is None and n > 0
                continue
            duplicated += chat.doubled(script.asks_question)
            late += sum(1 for o in done if o.latency is None and o.error == "no reply" and any(
                m.at > o.sent_at and script.asks_question(m.body) for m in chat.replies()))
        return duplicated, late

    async def report(self, wall: float, cpu: dict[str, float]) -> dict[str, Any]:
        a = self.args
        assert self.sampler is not None and self.crowd is not None
        out: dict[str, Any] = {
            "people": a.n, "turns": a.turns, "think_s": list(a.think), "timeout_s": a.timeout, "seed": a.seed,
            "burst": a.burst, "wall_s": round(wall, 1), "targets": {},
            "synapse_cpu_s": round(cpu.get("synapse", 0.0), 2), "driver_cpu_s": round(cpu.get("driver", 0.0), 2),
            "driver_peak_rss_mb": round(self.sampler.peak_rss_kib.get("driver", 0) / 1024, 1),
            "driver_busiest": round(self.sampler.busiest.get("driver", 0.0), 2),
        }
        for t in self.targets:
            rounds = [(rnd, o) for (_, rnd), o in t.outcomes.items() if rnd >= 0]
            warm = [o.latency for rnd, o in rounds if rnd < a.warmup and o.latency is not None]
            measured = [o.latency for rnd, o in rounds if rnd >= a.warmup and o.latency is not None]
            if not measured:
                measured = [o.latency for _, o in rounds if o.latency is not None]
            answered = sum(o.latency is not None for _, o in rounds)
            lost = sum(o.latency is None for _, o in rounds)
            errors = Counter(o.error for _, o in rounds if o.error)
            duplicated, late = self.duplicates(t)
            stats = await t.proxy.stats()
            per_turn = {c: round(stats["requests"].get(c, 0) / max(answered, 1), 2) for c in CATEGORIES}
            out["targets"][t.name] = {
                "turns": len(rounds) + t.skipped, "answered": answered, "lost": lost, "late": late,
                "skipped_after_loss": t.skipped, "errors": dict(errors), "duplicated": duplicated,
                "undecryptable": self.crowd.undecryptable({i: c.room_id for i, c in enumerate(t.chats)}),
                "p50_ms": _ms(measured, 0.5), "p95_ms": _ms(measured, 0.95), "max_ms": _ms(measured, 1.0),
                "first_round_p50_ms": _ms(warm, 0.5),
                "hs_requests_per_turn": round(stats["total"] / max(answered, 1), 2),
                "hs_requests_per_turn_by_kind": per_turn, "hs_requests": stats["requests"],
                "hs_endpoints": dict(sorted(stats["endpoints"].items(), key=lambda kv: -kv[1])),
                "hs_statuses": stats["statuses"],
                "bot_cpu_s": round(cpu.get(t.name, 0.0), 2),
                "bot_cpu_ms_per_turn": round(1000 * cpu.get(t.name, 0.0) / max(answered, 1), 1),
                "bot_peak_rss_mb": round(self.sampler.peak_rss_kib.get(t.name, 0) / 1024, 1),
                "bot_busiest": round(self.sampler.busiest.get(t.name, 0.0), 2),
                "synapse_cpu_s_in_its_rounds": round(t.synapse_cpu, 2),
                "synapse_cpu_ms_per_turn": round(1000 * t.synapse_cpu / max(answered, 1), 1),
                "proxy_cpu_s": round(cpu.get(f"proxy-{t.name}", 0.0), 2),
                **({"burst": t.burst} if t.burst else {}),
            }
        c, e = out["targets"].get("continuum"), out["targets"].get("echo")
        if c and e and c["p50_ms"] and e["p50_ms"]:
            out["ratio_p50"] = round(c["p50_ms"] / e["p50_ms"], 2)
            out["ratio_p95"] = round(c["p95_ms"] / e["p95_ms"], 2)
        return out

    async def close(self) -> None:
        if self.sampler is not None:
            await self.sampler.stop()
        if self.crowd is not None:
            await self.crowd.close()
        if self.continuum is not None:
            await self.continuum.kill()
        if self.echo is not None and self.echo.returncode is None:
            self.echo.kill()
            await self.echo.wait()
        for p in self.proxies:
            await p.close()
        await asyncio.to_thread(self.hs.stop)
        if self.args.keep:
            print(f"logs and stores kept in {self.base}", file=sys.stderr)
        else:
            shutil.rmtree(self.base, ignore_errors=True)


def _ms(values: list[float], p: float) -> float | None:
    return round(1000 * percentile(values, p), 1) if values else None


def _by_kind(kind: str) -> Callable[[dict[str, Any]], object]:
    return lambda t: t["hs_requests_per_turn_by_kind"][kind]


def print_report(r: dict[str, Any]) -> None:
    names = list(r["targets"])
    think = "{}-{} s".format(*r["think_s"])
    print(f"bench_load: {r['people']} people × {r['turns']} turns per bot, think {think}, pace 0, "
          f"timeout {r['timeout_s']} s, seed {r['seed']}, {r['wall_s']} s of rounds")
    print("rounds alternate between the bots on one Synapse; latency = send → reply decrypted by the person")
    rows: list[tuple[str, Callable[[dict[str, Any]], object]]] = [
        ("answered / turns", lambda t: f"{t['answered']}/{t['turns']}"),
        ("p50 ms", lambda t: t["p50_ms"]), ("p95 ms", lambda t: t["p95_ms"]), ("max ms", lambda t: t["max_ms"]),
        ("first round p50 ms (keys)", lambda t: t["first_round_p50_ms"]),
        ("lost (late)", lambda t: f"{t['lost']} ({t['late']})"),
        ("skipped after a loss", lambda t: t["skipped_after_loss"]),
        ("duplicated", lambda t: t["duplicated"]), ("undecryptable", lambda t: t["undecryptable"]),
        ("hs requests / turn", lambda t: t["hs_requests_per_turn"]),
        *[(f"  {c}", _by_kind(c)) for c in CATEGORIES],
        ("bot CPU s (ms / turn)", lambda t: f"{t['bot_cpu_s']} ({t['bot_cpu_ms_per_turn']})"),
        ("bot busiest 0.5 s (cores)", lambda t: t["bot_busiest"]),
        ("bot peak RSS MB", lambda t: t["bot_peak_rss_mb"]),
        ("synapse CPU s in its rounds (ms / turn)",
         lambda t: f"{t['synapse_cpu_s_in_its_rounds']} ({t['synapse_cpu_ms_per_turn']})"),
        ("proxy CPU s", lambda t: t["proxy_cpu_s"]),
    ]
    print(f"{'':42}" + "".join(f"{n:>16}" for n in names))
    for label, get in rows:
        print(f"{label:42}" + "".join(f"{get(r['targets'][n])!s:>16}" for n in names))
    for n in names:
        b = r["targets"][n].get("burst")
        if b:
            print(f"burst {n}: {b['people']} first contacts within 2 s — never joined {b['never_joined']}, "
                  f"never answered {b['never_answered']}; answer p50 {b['answer_p50_ms']} ms, "
                  f"p95 {b['answer_p95_ms']} ms, max {b['answer_max_ms']} ms; "
                  f"join p50 {b['join_p50_ms']} ms; whole first contact max {b['first_contact_max_ms']} ms")
    if "ratio_p50" in r:
        print(f"ratio continuum/echo: p50 {r['ratio_p50']}, p95 {r['ratio_p95']}")
    print(f"synapse CPU {r['synapse_cpu_s']} s; driver CPU {r['driver_cpu_s']} s (busiest 0.5 s: "
          f"{r['driver_busiest']} cores), driver peak RSS {r['driver_peak_rss_mb']} MB")


async def main(args: argparse.Namespace) -> int:
    raise_fd_limit()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("nio").setLevel(logging.ERROR)  # the people's clients: expected chatter
    bench = Bench(args)
    try:
        await bench.start()
        result = await bench.run()
    finally:
        await bench.close()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    bad = sum(t["lost"] + t["duplicated"] + t["undecryptable"] for t in result["targets"].values())
    return 1 if bad else 0


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10, help="people at once")
    parser.add_argument("--turns", type=int, default=5, help="turns per person per bot")
    parser.add_argument("--think", type=parse_think, default=(0.0, 0.0), help="think time: SECONDS or MIN-MAX")
    parser.add_argument("--targets", default="continuum,echo", help="continuum,echo | continuum | echo")
    parser.add_argument("--burst", action="store_true", help="first contacts of all people within 2 s")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a turn counts as lost")
    parser.add_argument("--warmup", type=int, default=1, help="first rounds left out of the latency figures")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the run's directory (logs, stores)")
    args = parser.parse_args(argv)
    unknown = set(args.targets.split(",")) - {"continuum", "echo"}
    if unknown or not args.targets:
        parser.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    return args


if __name__ == "__main__":
    sys.exit(asyncio.run(main(parse())))
