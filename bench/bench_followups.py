"""What starting the follow-up service costs with 100,000 scheduled follow-ups (a script, not a test).

    python bench/bench_followups.py [--rows 100000] [--users 5000]

Fills a temporary database with scheduled follow-ups (sealed texts, a dozen zones, due over the
next 90 days), then, in fresh child processes so memory figures are their own, times
`FollowupService.start()`: one chunked pass that re-applies tzdata and quiet hours to the rows due
within the retime window (a week; each timer run moves it on, so later rows are retimed before
they come due), and arming the one timer. Printed: wall time and peak RSS (next to a child that only opens the
database), the Python heap's peak during start (tracemalloc, in a separate run as it slows Python
down), and the same start once the admin widened quiet hours (many rows move). Last, the cost of
delivering 1,000 due rows, a transaction each.
Goal: seconds, and memory that does not grow with the table.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from bot.care.followups.service import FollowupService
from bot.care.followups.timing import deliver_at
from bot.platform.config import FollowupSettings
from bot.platform.sealing import SecretBox, decode_key, encode_key, generate_key
from bot.store import Store, UnitOfWork

ZONES = [
    "Europe/Berlin",
    "Europe/Kyiv",
    "Europe/Istanbul",
    "America/New_York",
    "America/Bogota",
    "America/Mexico_City",
    "Asia/Tehran",
    "Asia/Kolkata",
    "Asia/Yangon",
    "Africa/Nairobi",
    "Africa/Cairo",
    "UTC",
]
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


async def queue_invitation(followup: Any, unit: UnitOfWork) -> None:
    await unit.send(followup.room_id, {"msgtype": "m.text", "body": followup.text})


def service(store: Store, settings: FollowupSettings) -> FollowupService:
    return FollowupService(store, settings, lambda: NOW, queue_invitation)


async def populate(path: Path, box: SecretBox, rows: int, users: int) -> float:
    rng = random.Random(7)
    store = await Store.open(path, box)
    quiet = FollowupSettings()
    started = time.perf_counter()
    try:
        done = 0
        while done < rows:
            async with store.write(NOW.timestamp()) as uow:
                for _ in range(min(10_000, rows - done)):
                    user = rng.randrange(users)
                    zone = ZONES[user % len(ZONES)]
                    due = NOW + timedelta(seconds=rng.randrange(60, 90 * 86400))
                    when = deliver_at(due, zone, quiet.quiet_start, quiet.quiet_end)
                    await uow.followups.add(
                        user_id=f"@person{user}:example.org",
                        room_id=f"!room{user}:example.org",
                        flow="wellbeing",
                        text="followup-wellbeing-invite",
                        source="flow",
                        case_id=None,
                        tz_name=zone,
                        due_at=due.timestamp(),
                        deliver_at=when.timestamp(),
                        now=NOW.timestamp(),
                    )
                    done += 1
    finally:
        await store.close()
    return time.perf_counter() - started


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def measure_baseline(path: Path, box: SecretBox) -> None:
    """The same child, opening the database but not starting the service: RSS to compare with."""
    store = await Store.open(path, box)
    async with store.read() as r:
        await r.followups.next_due()
    await store.close()
    print(f"peak RSS {peak_rss_mib():.0f} MiB")


async def measure_start(path: Path, box: SecretBox, settings: FollowupSettings, trace: bool) -> None:
    store = await Store.open(path, box)
    svc = service(store, settings)
    if trace:
        tracemalloc.start()  # slows Python down several times: only in the run that reports the heap
    started = time.perf_counter()
    report = await svc.start()
    wall = time.perf_counter() - started
    await svc.stop()
    await store.close()
    if trace:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"Python heap peak during start() {peak / 2**20:.1f} MiB (under tracemalloc: {wall:.1f} s)")
        return
    print(
        f"start() {wall:.2f} s wall, {report.scheduled:,} scheduled, {report.retimed:,} retimed, "
        f"peak RSS {peak_rss_mib():.0f} MiB"
    )


async def measure_delivery(path: Path, box: SecretBox, count: int) -> None:
    store = await Store.open(path, box)
    svc = service(store, FollowupSettings(quiet_start=clock_time(0), quiet_end=clock_time(0)))
    rows = await store.db.fetchall(
        "SELECT deliver_at FROM followups ORDER BY deliver_at LIMIT 1 OFFSET ?", (count - 1,)
    )
    at = datetime.fromtimestamp(float(rows[0]["deliver_at"]), UTC)
    started = time.perf_counter()
    report = await svc.run_due(at)
    wall = time.perf_counter() - started
    await store.close()
    per = wall / max(1, len(report.delivered)) * 1000
    print(f"run_due() {len(report.delivered):,} delivered in {wall:.2f} s ({per:.2f} ms each, a transaction each)")


def child(args: argparse.Namespace) -> None:
    box = SecretBox(decode_key(Path(args.key).read_text()))
    path = Path(args.db)
    if args.child == "baseline":
        asyncio.run(measure_baseline(path, box))
    elif args.child == "start":
        settings = FollowupSettings()
        if args.widen:
            settings = FollowupSettings(quiet_start=clock_time(21), quiet_end=clock_time(9))
        asyncio.run(measure_start(path, box, settings, args.trace))
    else:
        asyncio.run(measure_delivery(path, box, 1000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=5_000)
    parser.add_argument("--child", choices=["baseline", "start", "deliver"], help=argparse.SUPPRESS)
    parser.add_argument("--widen", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory(prefix="continuum-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        key = Path(tmp) / "bench.key"
        key.write_text(encode_key(generate_key()))  # a throwaway key for throwaway data
        box = SecretBox(decode_key(key.read_text()))
        seconds = asyncio.run(populate(db, box, args.rows, args.users))
        size = db.stat().st_size / 2**20
        print(f"inserted {args.rows:,} follow-ups for {args.users:,} people in {seconds:.1f} s ({size:.0f} MiB)")
        me = [sys.executable, __file__, "--db", str(db), "--key", str(key)]
        for label, extra in (
            ("open the database only:", ["--child", "baseline"]),
            ("settings unchanged:    ", ["--child", "start"]),
            ("settings unchanged:    ", ["--child", "start", "--trace"]),
            ("quiet hours now 21-09: ", ["--child", "start", "--widen"]),
            ("deliver 1,000 due:     ", ["--child", "deliver"]),
        ):
            print(label, end=" ", flush=True)
            subprocess.run([*me, *extra], check=True)


if __name__ == "__main__":
    main()
