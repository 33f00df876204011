"""A soak run: several people walk the whole hygiene check while the bot is hurt on purpose.

The bot (real flows, pace 0) talks to Synapse through the lossy proxy. First a fault-free run of
the scripts gives the reference transcripts; then other people walk the same scripts while a
seeded schedule, keyed to the run's progress, kills the bot with SIGKILL and restarts it,
restarts Synapse, resets and delays the bot's requests, drops a few, and takes the link down.

PASS means: every turn answered (no person stuck), every person's sequence of bot messages
exactly equal to the fault-free one (nothing lost, nothing doubled, nothing out of order),
nothing undecryptable. The report shows the fault timeline, and on failure, for each person,
where the transcript departs from the reference — with when each message arrived, what the
person had said just before, and the bot's warnings and errors — so that the bug shows.
"""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import random
import re
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.harness import script
from tests.harness.botproc import BotProcess
from tests.harness.crowd import Chat, Crowd, Outcome
from tests.harness.proxy import Faults, ProxyProcess
from tests.harness.synapse import Synapse

ROOT = Path(__file__).resolve().parents[2]
SEND = r"^PUT .*/rooms/[^/]+/send/"


@dataclass(frozen=True)
class Burst:
    """Proxy faults switched on for a while."""

    label: str
    faults: Faults
    seconds: float


@dataclass
class Plan:
    people: int = 10
    seed: int = 1
    kills: int = 3
    synapse_restarts: int = 1
    bursts: tuple[Burst, ...] = (
        Burst("resets", Faults(reset=0.25, reset_after=0.5), 15.0),
        Burst("delays", Faults(delay=0.5, delay_s=(1.0, 4.0)), 15.0),
    )
    drops: int = 2  # the bot's message sends swallowed until its client gives up (60 s); nothing else meanwhile
    outage_s: float = 3.0  # the link down (connections refused) for this long; 0 for none
    # People under faults think a few seconds before each answer: the faults last seconds (a burst
    # 15 s, a swallowed send a minute), so at full speed the turns outrun the schedule and the last
    # faults would come after the last turn. The reference needs no pause (transcripts do not
    # depend on timing).
    think_s: tuple[float, float] = (3.0, 9.0)
    reference_think_s: tuple[float, float] = (0.0, 0.5)
    turn_timeout_s: float = 240.0
    deadline_s: float = 1200.0
    # The reference on a second bot at the same time: quicker, valid only while Synapse is never
    # restarted (that would hurt the reference too).
    parallel_reference: bool = False
    distinct_scripts: bool = True  # False: everyone gives the same answers, so one reference person does

    def schedule(self) -> list[tuple[float, str, object]]:
        """(share of the run's turns done, kind, detail), in order; spread so faults never overlap.

        The swallowed sends come last: waiting for the bot to give up on them takes a minute, in
        which the others talk on, and no later fault may cut that wait short.
        """
        rng = random.Random(self.seed)
        events: list[tuple[str, object]] = [("kill", None)] * self.kills
        events += [("synapse", None)] * self.synapse_restarts
        events += [("burst", b) for b in self.bursts]
        if self.outage_s:
            events.append(("outage", self.outage_s))
        rng.shuffle(events)
        if self.drops:
            events.append(("drop", self.drops))
        slots = len(events)
        # One event per slot of the 10 %–75 % stretch, at a seeded point inside its slot.
        width = 0.65 / max(slots, 1)
        return [(0.10 + width * (k + rng.uniform(0.1, 0.9)), kind, detail)
                for k, (kind, detail) in enumerate(events)]


def short_plan(seed: int = 1) -> Plan:
    """The short soak `make test` runs: 3 people, one kill -9, one burst of resets and delays.
    They answer alike, so one person on a second, never-hurt bot gives the reference meanwhile."""
    burst = Burst("resets and delays", Faults(reset=0.3, delay=0.3, delay_s=(0.5, 2.0)), 8.0)
    return Plan(people=3, seed=seed, kills=1, synapse_restarts=0, drops=0, outage_s=0.0, bursts=(burst,),
                parallel_reference=True, distinct_scripts=False, turn_timeout_s=120.0, deadline_s=300.0,
                think_s=(0.0, 0.5))


@dataclass
class Walk:
    """One scripted person's walk through the flows."""

    index: int
    chat: Chat
    person: script.Person
    outcomes: list[Outcome] = field(default_factory=list)
    stuck: str | None = None

    @property
    def done(self) -> int:
        return sum(o.answered_at is not None for o in self.outcomes)


@dataclass
class Result:
    plan: Plan
    reference: list[list[str]]
    walks: list[Walk]
    timeline: list[str]
    proxy_faults: dict[str, int]
    bot_log: str
    started: float
    reference_stuck: list[str] = field(default_factory=list)
    bot_incidents: dict[str, int] = field(default_factory=dict)
    reference_latencies: list[float] = field(default_factory=list)
    faults_run: tuple[int, int] = (0, 0)  # (done, planned): a PASS counts only if every fault happened

    def transcript(self, w: Walk) -> list[str]:
        return w.chat.bodies()

    @property
    def undecryptable(self) -> int:
        return sum(w.chat.undecryptable for w in self.walks)

    def differing(self) -> list[Walk]:
        return [w for w in self.walks if self.transcript(w) != self.reference[w.index]]

    @property
    def passed(self) -> bool:
        return (not self.reference_stuck and all(w.stuck is None for w in self.walks)
                and not self.differing() and self.undecryptable == 0 and self.faults_run[0] == self.faults_run[1])

    def counts(self) -> dict[str, int]:
        lost = duplicated = 0
        for w in self.walks:
            ref, got = Counter(self.reference[w.index]), Counter(self.transcript(w))
            lost += sum((ref - got).values())
            duplicated += sum((got - ref).values())
        return {
            "turns": sum(len(w.outcomes) for w in self.walks), "answered": sum(w.done for w in self.walks),
            "stuck": sum(w.stuck is not None for w in self.walks), "messages_missing": lost,
            "messages_extra": duplicated, "undecryptable": self.undecryptable,
            "transcripts_equal": len(self.walks) - len(self.differing()),
        }

    def report(self) -> str:
        c = self.counts()
        p = self.plan
        lines = [
            f"soak: {p.people} people × onboarding + full hygiene check + menu ({c['turns']} turns), seed {p.seed}",
            f"faults: {p.kills} × kill -9 of the bot, {p.synapse_restarts} × Synapse restart, "
            f"proxy {dict(sorted(self.proxy_faults.items()))}",
            "timeline:",
            *[f"  {t}" for t in self.timeline],
        ]
        if self.bot_incidents:
            lines.append("bot warnings and errors (by kind):")
            lines += [f"  {n:4} × {k}" for k, n in sorted(self.bot_incidents.items(), key=lambda kv: -kv[1])[:20]]
        if self.reference_stuck:
            lines.append("THE FAULT-FREE REFERENCE RUN FAILED:")
            lines += [f"  {s}" for s in self.reference_stuck]
        for w in self.walks:
            if w.stuck is not None:
                lines.append(f"person {w.index}: STUCK — {w.stuck}")
                lines += [f"    {s}" for s in self._tail(w)]
        for w in self.differing():
            lines.append(f"person {w.index}: transcript differs from the fault-free run")
            lines += [f"    {s}" for s in self._diff(w)]
        lines.append(self._latencies())
        done, planned = self.faults_run
        if done != planned:
            lines.append(f"only {done} of the {planned} planned faults happened: this run proves less than it should")
        verdict = "PASS" if self.passed else "FAIL"
        lines.append(
            f"{verdict}: {c['answered']}/{c['turns']} turns answered, {c['stuck']} people stuck, "
            f"{c['messages_missing']} bot messages missing, {c['messages_extra']} extra (duplicated), "
            f"{c['undecryptable']} undecryptable, {c['transcripts_equal']}/{len(self.walks)} transcripts equal "
            "to the fault-free run"
        )
        return "\n".join(lines)

    def _latencies(self) -> str:
        timed = [(o.latency, w.index, k) for w in self.walks for k, o in enumerate(w.outcomes) if o.latency is not None]
        if not timed or not self.reference_latencies:
            return "latency: no turn answered"
        slowest = max(timed)
        ref = sorted(self.reference_latencies)
        return (f"latency: fault-free p50 {ref[len(ref) // 2]:.2f}s max {ref[-1]:.2f}s; under faults p50 "
                f"{sorted(timed)[len(timed) // 2][0]:.2f}s, slowest {slowest[0]:.1f}s (person {slowest[1]}, "
                f"turn {slowest[2]})")

    def _when(self, at: float) -> str:
        return f"+{at - self.started:.1f}s"

    def _said_before(self, w: Walk, at: float) -> str:
        before = [(k, o) for k, o in enumerate(w.outcomes) if o.sent_at <= at]
        if not before:
            return "before the first turn"
        k, o = before[-1]
        return f"after turn {k} ({o.said!r})"

    def _tail(self, w: Walk) -> list[str]:
        return [f"{self._when(m.at)} {m.body.splitlines()[0][:70]!r}" for m in w.chat.replies()[-6:]]

    def _diff(self, w: Walk) -> list[str]:
        got = w.chat.replies()
        ref = self.reference[w.index]
        bodies = [m.body for m in got]
        out: list[str] = []
        matcher = difflib.SequenceMatcher(a=ref, b=bodies, autojunk=False)
        for op, a0, a1, b0, b1 in matcher.get_opcodes():
            if op == "equal":
                continue
            if a0 > 0:
                out.append(f"  … {ref[a0 - 1].splitlines()[0][:70]!r} (message {a0 - 1}, as expected)")
            for k in range(a0, a1):
                out.append(f"  - missing: {ref[k].splitlines()[0][:70]!r} (message {k})")
            for k in range(b0, b1):
                m = got[k]
                out.append(f"  + {'extra' if op == 'insert' else 'instead'}: {m.body.splitlines()[0][:70]!r} "
                           f"at {self._when(m.at)}, {self._said_before(w, m.at)}")
        return out[:40]


_NOISE = re.compile(r"^\S+ \S+ (WARNING|ERROR|CRITICAL) ")
_IDS = re.compile(r"(user|room|event):[0-9a-f]+|\$[\w-]+|![\w:.-]+|@[\w:.-]+|\b[A-Z]{10}\b|\d+(\.\d+)?")


def incidents(log: str) -> dict[str, int]:
    """The bot's warnings and errors, grouped by their text with ids and numbers blanked."""
    found: Counter[str] = Counter()
    for line in log.splitlines():
        if _NOISE.match(line):
            found[_IDS.sub("#", line.split(" ", 2)[2])[:140]] += 1
    return dict(found)


@dataclass
class Bot:
    """A Continuum process (shipped flows, pace 0) behind its own proxy."""

    user: str
    proxy: ProxyProcess
    process: BotProcess

    @classmethod
    async def start(cls, hs: Synapse, base: Path, name: str, seed: int) -> Bot:
        password = secrets.token_urlsafe(12)
        user = await asyncio.to_thread(hs.register, f"{name}{secrets.token_hex(3)}", password)
        proxy = await ProxyProcess(hs.url, seed=seed, log_file=base / f"{name}-proxy.log").start()
        env = {
            "CONTINUUM_HOMESERVER": proxy.url, "CONTINUUM_USER_ID": user, "CONTINUUM_PASSWORD": password,
            "CONTINUUM_DATA_DIR": str(base / name), "CONTINUUM_PACE_MS": "0",
            "CONTINUUM_FLOWS_DIR": str(ROOT / "flows"), "CONTINUUM_LOCALES_DIR": str(ROOT / "locales"),
            "CONTINUUM_FLOOD_MESSAGES_PER_MINUTE": "100000",
        }
        process = BotProcess(env, base / f"{name}.log")
        try:
            await process.start()
        except BaseException:
            await proxy.close()
            raise
        return cls(user, proxy, process)

    async def close(self) -> None:
        await self.process.kill()
        await self.proxy.close()

    async def quiet(self, idle: float = 3.0, limit: float = 60.0) -> None:
        """Until the bot has sent nothing for `idle` seconds: late duplicates land before the verdict."""
        deadline = time.monotonic() + limit
        last, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            sends = (await self.proxy.stats())["requests"].get("send", 0)
            if sends != last:
                last, since = sends, time.monotonic()
            elif time.monotonic() - since >= idle:
                return
            await asyncio.sleep(0.25)  # polling a counter in the proxy's process


@dataclass
class Soak:
    hs: Synapse
    base: Path
    plan: Plan
    bot: Bot | None = None
    reference_bot: Bot | None = None
    timeline: list[str] = field(default_factory=list)
    faults_done: int = 0
    _done: int = 0
    _progress: asyncio.Condition = field(default_factory=asyncio.Condition)
    _started: float = 0.0

    # --- people ----------------------------------------------------------------------------------
    def seed(self, index: int) -> int:
        """Person `index`'s seed: the reference person and the soak person with one index say the same."""
        return self.plan.seed * 7919 + (index if self.plan.distinct_scripts else 0)

    def reference_people(self) -> int:
        """One reference person per distinct script."""
        return self.plan.people if self.plan.distinct_scripts else 1

    async def walk(self, w: Walk, rng: random.Random, counted: bool, most: int = 200) -> None:
        """Say hello, then answer each question the bot asks, until the goodbye is answered."""
        while True:
            think = self.plan.think_s if counted else self.plan.reference_think_s
            await asyncio.sleep(rng.uniform(*think))  # the person's think time
            final, say = w.person.finished, w.person.next
            out = await w.chat.turn(say, w.person.answers(), self.plan.turn_timeout_s)
            w.outcomes.append(out)
            if out.reply is None:
                w.stuck = (f"turn {len(w.outcomes) - 1}: said {say!r}, no {'reply' if final else 'question'} "
                           f"within {self.plan.turn_timeout_s:.0f}s ({out.error}); "
                           f"{w.chat.undecryptable} undecryptable")
                return
            if counted:
                async with self._progress:
                    self._done += 1
                    self._progress.notify_all()
            if final:
                return
            question = script.asked(out.reply.body)
            assert question is not None
            w.person.heard(question)
            if len(w.outcomes) >= most:
                w.stuck = f"still talking after {most} turns: a loop?"
                return

    async def crowd_walk(self, prefix: str, bot: Bot, counted: bool, people: int | None = None
                         ) -> tuple[Crowd, list[Walk]]:
        crowd = Crowd(self.hs, self.base / prefix, people or self.plan.people, prefix=prefix)
        await crowd.login()
        walks = [Walk(i, Chat(p, bot.user), script.Person(self.seed(i))) for i, p in enumerate(crowd.people)]
        for w in walks:
            await w.chat.open()
        rngs = [random.Random(f"{self.plan.seed}/{prefix}/{i}") for i in range(len(walks))]
        tasks = [asyncio.create_task(self.walk(w, rngs[w.index], counted)) for w in walks]
        try:
            await asyncio.wait_for(asyncio.gather(*tasks), self.plan.deadline_s)
        except TimeoutError:
            for w, t in zip(walks, tasks, strict=True):
                if not t.done() and w.stuck is None:
                    w.stuck = f"turn {len(w.outcomes)}: the soak's deadline ({self.plan.deadline_s:.0f}s) passed"
        return crowd, walks

    # --- faults ------------------------------------------------------------------------------------
    def note(self, text: str) -> None:
        self.timeline.append(f"+{time.perf_counter() - self._started:6.1f}s  turn {self._done:4}: {text}")

    async def _reached(self, turns: float) -> None:
        async with self._progress:
            await self._progress.wait_for(lambda: self._done >= turns)

    async def faults(self, total: int) -> None:
        assert self.bot is not None
        bot, proxy = self.bot.process, self.bot.proxy
        rng = random.Random(self.plan.seed * 31)
        for share, kind, detail in self.plan.schedule():
            await self._reached(share * total)
            await asyncio.sleep(rng.uniform(0.0, 0.6))  # land anywhere inside a turn
            if kind == "kill":
                self.note("kill -9 the bot")
                await bot.kill()
                await bot.start()
                self.note("the bot is running again")
            elif kind == "synapse":
                self.note("stop Synapse")
                await asyncio.to_thread(self.hs.stop)
                await asyncio.to_thread(self.hs.start)
                self.note("Synapse is up again")
            elif kind == "burst":
                assert isinstance(detail, Burst)
                self.note(f"proxy: {detail.label} for {detail.seconds:.0f}s ({detail.faults})")
                await proxy.set_faults(detail.faults)
                await asyncio.sleep(detail.seconds)  # the burst's length
                await proxy.set_faults(Faults())
                self.note(f"proxy: {detail.label} over")
            elif kind == "drop":
                assert isinstance(detail, int)
                before = (await proxy.stats())["faults"].get("drop", 0)
                self.note(f"proxy: swallow the bot's next {detail} message sends")
                await proxy.set_faults(Faults(drop_first=detail, match=SEND, hold_s=120))
                await self._until_dropped(before + detail)
                await proxy.set_faults(Faults())
                self.note("proxy: sends swallowed; waiting for the bot to give up on them")
                await self._until_dropped(before + detail, released=True)
                expired = (await proxy.stats())["faults"].get("drop_expired", 0)
                self.note("proxy: the bot gave up on the swallowed sends" if not expired else
                          f"proxy: the bot never gave up on {expired} swallowed send(s); the proxy let go after 120s")
            elif kind == "outage":
                assert isinstance(detail, float)
                self.note(f"proxy: link down for {detail:.0f}s")
                await proxy.set_down(True)
                await asyncio.sleep(detail)  # the outage's length
                await proxy.set_down(False)
                self.note("proxy: link up")
            self.faults_done += 1

    async def _until_dropped(self, count: int, released: bool = False, limit: float = 150.0) -> None:
        """Until `count` sends were swallowed (and, if `released`, their client gave up on them)."""
        assert self.bot is not None
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            stats = await self.bot.proxy.stats()
            if stats["faults"].get("drop", 0) >= count and not (released and stats["held"]):
                return
            if time.monotonic() + 0.2 >= deadline:
                raise TimeoutError(f"waiting for {count} swallowed sends{' to be given up' if released else ''}")
            await asyncio.sleep(0.2)  # polling a counter in the proxy's process

    # --- the run -----------------------------------------------------------------------------------
    async def run(self) -> Result:
        """The reference run first (or, with `parallel_reference`, at the same time on a second,
        never-hurt bot), then the run under faults; the verdict once both bots are quiet."""
        plan = self.plan
        if plan.parallel_reference and plan.synapse_restarts:
            raise ValueError("a parallel reference run would meet the Synapse restarts too")
        crowds: list[Crowd] = []
        try:
            self._started = time.perf_counter()
            self.bot = await Bot.start(self.hs, self.base, "bot", plan.seed)
            self.note("the bot is running")
            if plan.parallel_reference:
                self.reference_bot = await Bot.start(self.hs, self.base, "reference", plan.seed)
                self.note("the reference bot is running")
                reference_walk = asyncio.create_task(self.crowd_walk("ref", self.reference_bot, counted=False,
                                                                    people=self.reference_people()))
            else:
                reference_crowd, reference = await self.crowd_walk("ref", self.bot, counted=False,
                                                                   people=self.reference_people())
                crowds.append(reference_crowd)
                await self.bot.quiet()
                self.note(f"fault-free reference run done ({sum(w.done for w in reference)} turns)")
            # Faults are keyed to the share of turns done: known from a reference run already over,
            # else a low estimate (each person answers at least every checklist item).
            total = (sum(len(w.outcomes) for w in reference) if not plan.parallel_reference
                     else plan.people * (len(script.hygiene_questions()) + 2))
            await self.bot.proxy.stats(reset=True)
            mark = len(self.bot.process.output.splitlines())
            faults = asyncio.create_task(self.faults(total))
            crowd, walks = await self.crowd_walk("soak", self.bot, counted=True)
            crowds.append(crowd)
            if plan.parallel_reference:
                reference_crowd, reference = await reference_walk
                crowds.append(reference_crowd)
                assert self.reference_bot is not None
                await self.reference_bot.quiet()
                self.note(f"fault-free reference run (a second bot, same time) done "
                          f"({sum(w.done for w in reference)} turns)")
            if not faults.done():
                # A burst may still be running; a threshold never reached (people stuck) ends here.
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(faults), 60)
            if not faults.done():
                self.note("the run ended before every scheduled fault happened")
                faults.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await faults
            elif faults.exception() is not None:
                self.note(f"the fault schedule failed: {faults.exception()!r}")
            await self.bot.proxy.set_faults(Faults())
            await self.bot.proxy.set_down(False)
            await self.bot.quiet()
            self.note("the bot is quiet; comparing transcripts")
            stats = await self.bot.proxy.stats()
            log = "\n".join(self.bot.process.output.splitlines()[mark:])
            expected = [reference[i if plan.distinct_scripts else 0].chat.bodies() for i in range(plan.people)]
            return Result(plan, expected, walks, self.timeline,
                          stats["faults"], log, self._started,
                          [f"person {w.index}: {w.stuck}" for w in reference if w.stuck], incidents(log),
                          [o.latency for w in reference for o in w.outcomes if o.latency is not None],
                          (self.faults_done, len(plan.schedule())))
        finally:
            for c in crowds:
                await c.close()
            for b in (self.bot, self.reference_bot):
                if b is not None:
                    await b.close()
