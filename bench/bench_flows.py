"""What the flow engine and the check cost on the shipped flows (a plain script, not a test).

    python bench/bench_flows.py [--flows flows] [--locales locales] [--steps 20000]

Prints the median and p99 of one `step` call (µs) while random answers (mostly valid, some junk,
some back) walk every flow in flows/, and the wall time of a full check (read, parse, check)
of flows/ and locales/. Goals: a step well under 1 ms, a check under 1 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.authoring import load_library
from bot.engine import (
    Ask,
    AttachmentInput,
    BackInput,
    Context,
    Effect,
    FlowLibrary,
    Input,
    OptionInput,
    TextInput,
    start,
    step,
)

ROOT = Path(__file__).resolve().parents[1]
JUNK = ["", "what?", "maybe later", "99", "-1", "۳", "yes please", "1, 2, 3", "🙂", "x" * 300]


def answer_for(ask: Ask, rng: random.Random) -> Input:
    roll = rng.random()
    if roll < 0.05:
        return BackInput()
    if roll < 0.20:
        return TextInput(rng.choice(JUNK))
    if ask.kind in ("choice", "yesno"):
        number = rng.randint(1, len(ask.options))
        if ask.multiple:
            picks = rng.sample(range(1, len(ask.options) + 1), k=rng.randint(1, len(ask.options)))
            return TextInput(", ".join(map(str, picks)))
        return OptionInput(number) if rng.random() < 0.3 else TextInput(str(number))
    if ask.kind == "scale" and ask.min is not None and ask.max is not None:
        return TextInput(str(rng.randint(int(ask.min), int(ask.max))))
    if ask.kind == "number":
        low = int(ask.min) if ask.min is not None else 0
        return TextInput(str(low + rng.randint(0, 5)))
    if ask.kind == "attachment":
        return AttachmentInput(f"ref-{rng.randint(0, 999)}", "image", 20_000, "image/jpeg", "photo.jpg")
    if ask.optional and roll > 0.9:
        return TextInput("skip")
    return TextInput("Some words from the person, written in a hurry.")


def last_ask(effects: list[Effect]) -> Ask | None:
    asks = [e for e in effects if isinstance(e, Ask)]
    return asks[-1] if asks else None


def time_steps(library: FlowLibrary, total: int, seed: int) -> dict[str, list[float]]:
    rng = random.Random(seed)
    flow_ids = sorted(library.flows)
    samples: dict[str, list[float]] = {flow_id: [] for flow_id in flow_ids}
    now = datetime(2025, 1, 1, tzinfo=UTC)
    langs = list(library.catalog.languages)
    done = 0
    while done < total:
        flow_id = flow_ids[done % len(flow_ids)]
        state, effects = start(library, flow_id, now, Context(lang=rng.choice(langs), profile={"who5": 48}))
        for _ in range(60):
            ask = last_ask(effects)
            if state.ended or ask is None:
                break
            given = answer_for(ask, rng)
            now += timedelta(seconds=30)
            began = time.perf_counter_ns()
            state, effects = step(library, state, given, now)
            samples[flow_id].append((time.perf_counter_ns() - began) / 1000)
            done += 1
    return samples


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--flows", default=str(ROOT / "flows"))
    parser.add_argument("--locales", default=str(ROOT / "locales"))
    parser.add_argument("--steps", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    check_times = []
    result = None
    for _ in range(5):
        began = time.perf_counter()
        result = load_library(args.flows, args.locales, strict=False)
        check_times.append(time.perf_counter() - began)
    assert result is not None
    library = result.library
    if library is None or not library.flows:
        print("No readable flows to measure.", file=sys.stderr)
        return 1

    time_steps(library, min(2000, args.steps), args.seed + 1)  # warm the label and synonym memos
    samples = time_steps(library, args.steps, args.seed)
    every = [value for values in samples.values() for value in values]

    print(
        f"flows: {len(library.flows)}, languages: {len(library.catalog.languages)}, "
        f"problems: {len(result.errors)} error(s), {len(result.warnings)} warning(s)"
    )
    print(
        f"full check (read + parse + check): median {statistics.median(check_times) * 1000:.0f} ms, "
        f"best {min(check_times) * 1000:.0f} ms (goal < 1000 ms)"
    )
    print(
        f"step: {len(every)} calls, median {statistics.median(every):.0f} µs, p99 {percentile(every, 0.99):.0f} µs, "
        f"max {max(every):.0f} µs (goal well under 1000 µs)"
    )
    for flow_id, values in samples.items():
        if values:
            print(
                f"  {flow_id:<12} {len(values):>6} calls  median {statistics.median(values):>5.0f} µs  "
                f"p99 {percentile(values, 0.99):>6.0f} µs"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
