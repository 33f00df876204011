"""`continuum flows check|try|graph|review`: the admin's tools for writing and translating flows.

`add_commands(subparsers)` plugs them into `continuum`.
"""

from __future__ import annotations

import argparse
import mimetypes
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO, cast

from bot.authoring.graph import GraphError, GraphFormat, render_image, to_dot, to_mermaid
from bot.authoring.loader import LoadResult, load_library
from bot.authoring.review import UnknownLanguage, build_workbook, render_html
from bot.engine import engine
from bot.engine.catalog import Catalog
from bot.engine.effects import (
    Ask,
    Effect,
    Escalate,
    FlowEnded,
    FlowStarted,
    Hint,
    Notice,
    OfferPerson,
    PlanMade,
    Remember,
    Say,
    ScheduleFollowup,
    SetPreference,
)
from bot.engine.inputs import AttachmentInput, BackInput, EditInput, Input, OptionInput, TextInput
from bot.engine.library import FlowLibrary
from bot.engine.state import Context
from bot.engine.values import Value

EXIT_OK = 0
EXIT_PROBLEMS = 1  # check: errors found; try: input ran out before the flow ended
EXIT_BROKEN = 2  # the library does not load, or the flow does not exist


def add_commands(
    subparsers: Any, *, flows_dir: str | Path = "flows", locales_dir: str | Path = "locales"
) -> argparse.ArgumentParser:
    """Adds `flows check|try|graph|review` to an argparse subparsers object; each sets `func(args) -> int`."""
    flows = subparsers.add_parser("flows", help="check, try, draw and review the conversation flows")
    sub = flows.add_subparsers(dest="flows_command", metavar="{check,try,graph,review}", required=True)

    def paths(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--flows", dest="flows_dir", default=str(flows_dir), help=f"default: {flows_dir}")
        parser.add_argument("--locales", dest="locales_dir", default=str(locales_dir), help=f"default: {locales_dir}")

    check = sub.add_parser("check", help="check flows and translations; names file and line of each problem")
    paths(check)
    check.add_argument("-q", "--quiet", action="store_true", help="show errors only, not warnings")
    check.set_defaults(func=cmd_check)

    play = sub.add_parser(
        "try",
        help="play a flow in the terminal, one answer per line from stdin",
        description=(
            "Plays a flow. Each input line is one answer. Special lines: /back, /edit TEXT, /react N, "
            "/attach image|file NAME [BYTES]. Exit 0 when the flow ends, 1 if input runs out first, "
            "2 if the flows do not load."
        ),
    )
    paths(play)
    play.add_argument("flow", help="the flow id, e.g. hygiene")
    play.add_argument("--lang", default="en", help="the person's language (default: en)")
    play.add_argument("--country", default=None, help="the person's country code, e.g. IR")
    play.add_argument("--timezone", default=None, help="the person's time zone, e.g. Europe/Berlin")
    play.add_argument(
        "--profile", action="append", default=[], metavar="NAME=VALUE", help="a remembered value (repeatable)"
    )
    play.set_defaults(func=cmd_try)

    graph = sub.add_parser("graph", help="draw a flow (mermaid or dot text; svg/png need Graphviz)")
    paths(graph)
    graph.add_argument("flow", help="the flow id")
    graph.add_argument("--format", dest="graph_format", choices=["mermaid", "dot", "svg", "png"], default="mermaid")
    graph.add_argument("-o", "--output", default=None, help="write to this file instead of stdout")
    graph.set_defaults(func=cmd_graph)

    review = sub.add_parser(
        "review",
        help="write a review workbook: one HTML page with every message, English beside a language",
        description=(
            "Writes review-<lang>.html: every message of every flow and of the bot's own files, English "
            "beside the language, in the order a person meets them, with ids, placeholders, review status "
            "and marks where a translation is missing or differs. One self-contained page to send to a "
            "native speaker; it needs no network and no JavaScript."
        ),
    )
    paths(review)
    review.add_argument("--lang", required=True, help="the language to review, e.g. fa")
    review.add_argument("--out", default=".", metavar="DIR", help="the directory to write to (default: here)")
    review.set_defaults(func=cmd_review)
    return cast(argparse.ArgumentParser, flows)


# --- check -------------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    result = load_library(args.flows_dir, args.locales_dir, strict=False)
    shown = result.errors if args.quiet else list(result.problems)
    for problem in shown:
        print(problem)
    flows = len(result.library.flows) if result.library else 0
    schedules = len(result.library.schedules) if result.library else 0
    languages = len(result.library.catalog.languages) if result.library else 0
    scheduled = f", {schedules} schedule(s)" if schedules else ""
    print(
        f"{len(result.errors)} error(s), {len(result.warnings)} warning(s) "
        f"in {flows} flow(s){scheduled} and {languages} language(s)."
    )
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def _load_or_report(args: argparse.Namespace) -> LoadResult | None:
    result = load_library(args.flows_dir, args.locales_dir)
    if result.library is None:
        print("The flows do not load; fix these first (continuum flows check):", file=sys.stderr)
        for problem in result.errors:
            print(f"  {problem}", file=sys.stderr)
        return None
    return result


# --- try ---------------------------------------------------------------------------------------


def _profile(pairs: Sequence[str]) -> dict[str, Value]:
    profile: dict[str, Value] = {}
    for pair in pairs:
        name, _, raw = pair.partition("=")
        value: Value = raw
        try:
            value = int(raw)
        except ValueError:
            try:
                value = float(raw)
            except ValueError:
                value = {"true": True, "false": False}.get(raw, raw)
        profile[name.strip()] = value
    return profile


def parse_try_line(line: str, catalog: Catalog, lang: str) -> Input:
    """One terminal line → an input (`/back`, `/edit …`, `/react N`, `/attach …`, else text)."""
    stripped = line.strip()
    command, _, rest = stripped.partition(" ")
    if command == "/back" or catalog.keyword_of(lang, stripped) == "back":
        return BackInput()
    if command == "/edit":
        return EditInput(rest)
    if command == "/react" and rest.strip().isdigit():
        return OptionInput(int(rest.strip()))
    if command == "/attach":
        parts = rest.split()
        kind = parts[0] if parts and parts[0] in ("image", "file") else "file"
        name = parts[1] if len(parts) > 1 else "attachment"
        size = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1000
        mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return AttachmentInput(f"try:{name}", "image" if kind == "image" else "file", size, mimetype, name)
    return TextInput(line.rstrip("\n"))


def _duration(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _value(value: Value | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ",".join(value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "…"


def render_effect(effect: Effect, catalog: Catalog, lang: str) -> Iterator[str]:
    """Terminal lines for one effect: bot messages as text, the rest as `[bracketed]` notes."""
    if isinstance(effect, Say):
        yield catalog.render(lang, effect.msgid, effect.args)
        for item in effect.items:
            yield f"  • {catalog.render(lang, item, effect.args)}"
    elif isinstance(effect, Ask):
        yield catalog.render(lang, effect.msgid, effect.args)
        for option in effect.options:
            yield f"  {option.number}. {catalog.option_label(lang, option.label_msgid)}"
        if effect.kind == "scale" and effect.min is not None and effect.max is not None:
            low = f" = {catalog.render(lang, effect.min_label)}" if effect.min_label else ""
            high = f" = {catalog.render(lang, effect.max_label)}" if effect.max_label else ""
            yield f"  ({effect.min}{low} … {effect.max}{high})"
        if effect.multiple:
            yield "  (several allowed, separated by commas)"
        if effect.optional:
            yield f"  ({catalog.option_label(lang, 'option-skip')})"
    elif isinstance(effect, Hint):
        yield catalog.render(lang, effect.msgid, effect.args)
    elif isinstance(effect, OfferPerson):
        yield catalog.render(lang, "retry-offer-person")
        yield "[offer person]"
    elif isinstance(effect, Notice):
        yield catalog.render(lang, effect.msgid)
    elif isinstance(effect, Escalate):
        answers = ", ".join(f"{item.var}={_value(item.value)}" for item in effect.summary)
        reason = f" — {catalog.render(catalog.default_lang, effect.reason)}" if effect.reason else ""
        yield f"[escalate {effect.urgency}: {answers or 'no answers'} (consent {effect.consent}){reason}]"
    elif isinstance(effect, ScheduleFollowup):
        yield f"[followup in {_duration(effect.after_seconds)}: {effect.flow}]"
    elif isinstance(effect, SetPreference):
        yield f"[set {effect.name}: {effect.value}]"
    elif isinstance(effect, Remember):
        yield f"[remember {effect.name}: {_value(effect.value)}]"
    elif isinstance(effect, FlowStarted):
        yield f"[start {effect.flow}]"
    elif isinstance(effect, FlowEnded):
        yield f"[end {effect.flow}]"
    elif isinstance(effect, PlanMade):
        kept = "; ".join(
            (step.words or catalog.render(lang, step.msgid))
            + (f" (ask in {_duration(step.followup_seconds)})" if step.followup_seconds else "")
            for step in effect.steps
        )
        yield f"[plan: {len(effect.steps)} of {effect.offered} kept{': ' + kept if kept else ''}]"


def play(library: FlowLibrary, flow_id: str, ctx: Context, lines: Iterator[str], out: TextIO, echo: bool) -> int:
    """Plays a flow with these input lines; returns EXIT_OK if it ended, EXIT_PROBLEMS if input ran out."""
    state, effects = engine.start(library, flow_id, datetime.now(UTC), ctx)
    while True:
        for effect in effects:
            for text in render_effect(effect, library.catalog, state.ctx.lang):
                print(text, file=out)
        if not state.waiting:
            return EXIT_OK
        line = next(lines, None)
        if line is None:
            print("[input ended before the flow did]", file=out)
            return EXIT_PROBLEMS
        if echo:
            print(f"> {line.rstrip()}", file=out)
        answer = parse_try_line(line, library.catalog, state.ctx.lang)
        state, effects = engine.step(library, state, answer, datetime.now(UTC))


def cmd_try(args: argparse.Namespace) -> int:
    result = _load_or_report(args)
    if result is None or result.library is None:
        return EXIT_BROKEN
    library = result.library
    if args.flow not in library.flows:
        known = ", ".join(sorted(library.flows)) or "none"
        print(f"There is no flow `{args.flow}` (flows: {known}).", file=sys.stderr)
        return EXIT_BROKEN
    ctx = Context(lang=args.lang, timezone=args.timezone, country=args.country, profile=_profile(args.profile))
    return play(library, args.flow, ctx, iter(sys.stdin), sys.stdout, echo=not sys.stdin.isatty())


# --- graph -------------------------------------------------------------------------------------


def cmd_graph(args: argparse.Namespace) -> int:
    result = load_library(args.flows_dir, args.locales_dir, strict=False)
    library = result.library
    if library is None or args.flow not in library.flows:
        for problem in result.errors:
            print(f"  {problem}", file=sys.stderr)
        print(f"There is no readable flow `{args.flow}`.", file=sys.stderr)
        return EXIT_BROKEN
    flow = library.flows[args.flow]
    fmt: GraphFormat = args.graph_format
    data: bytes
    if fmt == "mermaid":
        data = to_mermaid(flow).encode("utf-8")
    elif fmt == "dot":
        data = to_dot(flow).encode("utf-8")
    else:
        try:
            data = render_image(flow, fmt)
        except GraphError as exc:
            print(exc, file=sys.stderr)
            return EXIT_PROBLEMS
    if args.output:
        try:
            Path(args.output).write_bytes(data)
        except OSError as exc:
            print(f"Cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_PROBLEMS
        print(f"Wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


# --- review ------------------------------------------------------------------------------------


def cmd_review(args: argparse.Namespace) -> int:
    result = load_library(args.flows_dir, args.locales_dir, strict=False)
    library = result.library
    if library is None or not library.catalog.languages:
        for problem in result.errors:
            print(f"  {problem}", file=sys.stderr)
        print("There are no messages to review; check the --locales directory.", file=sys.stderr)
        return EXIT_BROKEN
    try:
        book = build_workbook(library, args.lang, datetime.now(UTC).date())
    except UnknownLanguage as exc:
        print(f"Unknown language `{exc.lang}`: {args.locales_dir} has {', '.join(exc.known)}.", file=sys.stderr)
        return EXIT_BROKEN
    if result.errors:
        print(
            f"Note: `continuum flows check` finds {len(result.errors)} error(s); the workbook shows the "
            "files as they are.",
            file=sys.stderr,
        )
    path = Path(args.out) / f"review-{args.lang}.html"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_html(book), encoding="utf-8")
    except OSError as exc:
        print(f"Cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(
        f"Wrote {path}: {len(book.rows)} messages, {book.count('missing')} missing, "
        f"{book.count('placeholders')} with other placeholders, {len(book.unreviewed)} of {book.file_count} "
        "file(s) not yet reviewed."
    )
    return EXIT_OK
