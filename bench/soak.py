"""Soak: the bot under faults must give every person the same conversation as without them.

    python bench/soak.py [--people 10] [--seed 1] [--kills 3] [--synapse-restarts 1] [--drops 2]
                         [--outage 3] [--think 3-9] [--short] [--keep]

Starts a throwaway Synapse and Continuum (shipped flows, pace 0) behind the lossy proxy
(tests/harness/proxy.py). A fault-free run of the scripts (onboarding, a full hygiene check with
seeded answers, the menu) gives the reference transcripts; then as many other people walk the
same scripts while the bot is killed with SIGKILL and restarted, Synapse is restarted, the
bot's requests are reset and delayed in bursts, a few of its sends are swallowed, and its link
goes down for a moment — all on a seeded schedule keyed to the run's progress (people under faults
think a few seconds before each answer, so that faults lasting seconds still find turns left; the
reference run answers at once). Prints the fault
timeline and PASS or FAIL with counts (and, on FAIL, where each transcript departs from the
reference); exits 0 on PASS, 1 on FAIL. `--short` is the version `make test` runs: 3 people,
one kill, one burst of resets and delays.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.harness.crowd import raise_fd_limit  # noqa: E402
from tests.harness.soak import Plan, Result, Soak, short_plan  # noqa: E402
from tests.harness.synapse import Synapse  # noqa: E402


async def soak(plan: Plan, base: Path) -> Result:
    hs = Synapse.prepare(base / "synapse")
    await asyncio.to_thread(hs.start)
    try:
        return await Soak(hs, base, plan).run()
    finally:
        await asyncio.to_thread(hs.stop)


def think_range(value: str) -> tuple[float, float]:
    low, _, high = value.partition("-")
    try:
        span = (float(low), float(high or low))
    except ValueError:
        raise SystemExit(f"--think: expected seconds as MIN-MAX (e.g. 3-9), not {value!r}") from None
    if not 0 <= span[0] <= span[1]:
        raise SystemExit(f"--think: expected 0 <= MIN <= MAX, not {value!r}")
    return span


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--synapse-restarts", type=int, default=1)
    parser.add_argument("--drops", type=int, default=2)
    parser.add_argument("--outage", type=float, default=3.0, help="seconds the link is down (0: never)")
    parser.add_argument("--think", default="3-9", help="seconds a person under faults thinks: MIN-MAX")
    parser.add_argument("--short", action="store_true", help="3 people, one kill, one fault burst")
    parser.add_argument("--keep", action="store_true", help="keep the run's directory (logs, stores)")
    args = parser.parse_args()
    plan = short_plan(args.seed) if args.short else Plan(
        people=args.people, seed=args.seed, kills=args.kills, synapse_restarts=args.synapse_restarts,
        drops=args.drops, outage_s=args.outage, think_s=think_range(args.think))
    raise_fd_limit()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("nio").setLevel(logging.ERROR)  # the people's clients: expected chatter
    base = Path(tempfile.mkdtemp(prefix="continuum-soak-"))
    result = asyncio.run(soak(plan, base))
    print(result.report())
    if args.keep or not result.passed:
        print(f"logs and stores kept in {base} (bot.log, proxy.log, synapse/homeserver.log)")
    else:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
