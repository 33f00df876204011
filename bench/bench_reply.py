"""Reply time through a flow step vs a bare matrix-nio echo bot: same Synapse, same E2EE, same run.

    python bench/bench_reply.py [ROUNDS]

Starts a throwaway Synapse, Continuum (running the echo flow: each message is an answer to a
question step, so every reply goes through the engine, the sealed state write, the outbox and the
device-trust check) and bench/echo_bot.py. One activist talks to both, alternating, and measures
send → decrypted reply. Pace between messages is 0 for both (Continuum's `pace_ms` is a deliberate
courtesy delay, added on top in production). Prints medians, p90 and the ratio (goal ≤ 1.10).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.harness.activist import Activist  # noqa: E402
from tests.harness.botproc import BotProcess  # noqa: E402
from tests.harness.synapse import Synapse  # noqa: E402

ECHO = ROOT / "tests" / "fixtures" / "echo"


async def round_trip(person: Activist, room_id: str, bot: str, text: str) -> float:
    start = time.perf_counter()
    await person.send(room_id, text)
    await person.next_from(room_id, bot, timeout=60)
    return time.perf_counter() - start


async def main(rounds: int) -> None:
    base = Path(tempfile.mkdtemp(prefix="continuum-bench-"))
    hs = Synapse.prepare(base / "synapse")
    hs.start()
    echo_proc: asyncio.subprocess.Process | None = None
    continuum: BotProcess | None = None
    person: Activist | None = None
    try:
        bot_id = hs.register("continuum", "bench-continuum")
        echo_id = hs.register("echo", "bench-echo")
        person_id = hs.register("person", "bench-person")
        env = {
            "CONTINUUM_HOMESERVER": hs.url, "CONTINUUM_USER_ID": bot_id, "CONTINUUM_PASSWORD": "bench-continuum",
            "CONTINUUM_DATA_DIR": str(base / "continuum"), "CONTINUUM_PACE_MS": "0",
            "CONTINUUM_FLOWS_DIR": str(ECHO / "flows"), "CONTINUUM_LOCALES_DIR": str(ECHO / "locales"),
            "CONTINUUM_FLOOD_MESSAGES_PER_MINUTE": "100000", "CONTINUUM_LOG_LEVEL": os.environ.get("BENCH_LOG", "INFO"),
        }
        continuum = BotProcess(env, base / "continuum.log")
        await continuum.start()
        echo_env = dict(os.environ, ECHO_HOMESERVER=hs.url, ECHO_USER=echo_id, ECHO_PASSWORD="bench-echo",
                        ECHO_STORE=str(base / "echo"))
        echo_proc = await asyncio.create_subprocess_exec(
            sys.executable, str(ROOT / "bench" / "echo_bot.py"), env=echo_env, stdout=asyncio.subprocess.PIPE)
        assert echo_proc.stdout is not None
        await asyncio.wait_for(echo_proc.stdout.readline(), 60)

        person = Activist(hs.url, person_id, "bench-person", base / "person")
        await person.login()
        rooms = {}
        for bot in (bot_id, echo_id):
            rooms[bot] = await person.create_dm(bot)
            await person.wait_joined(rooms[bot], bot)
            await round_trip(person, rooms[bot], bot, "warm-up")
            await round_trip(person, rooms[bot], bot, "warm-up")
        times: dict[str, list[float]] = {bot_id: [], echo_id: []}
        for i in range(rounds):
            order = (bot_id, echo_id) if i % 2 == 0 else (echo_id, bot_id)
            for bot in order:
                times[bot].append(await round_trip(person, rooms[bot], bot, f"message {i}"))
        c, e = times[bot_id], times[echo_id]
        q = lambda xs, p: sorted(xs)[int(p * (len(xs) - 1))]  # noqa: E731
        print(f"rounds: {rounds} per bot (alternating), same Synapse, same E2EE stack")
        print(f"bare nio echo bot : median {statistics.median(e) * 1000:7.1f} ms   p90 {q(e, 0.9) * 1000:7.1f} ms")
        print(f"continuum (flow)  : median {statistics.median(c) * 1000:7.1f} ms   p90 {q(c, 0.9) * 1000:7.1f} ms")
        print(f"ratio (median)    : {statistics.median(c) / statistics.median(e):.2f}   (goal <= 1.10)")
    finally:
        if person is not None:
            await person.close()
        if continuum is not None:
            await continuum.kill()
        if echo_proc is not None and echo_proc.returncode is None:
            echo_proc.kill()
            await echo_proc.wait()
        hs.stop()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 40))
