"""Reading flows/ (with its schedules/) and locales/ into a FlowLibrary, turning every mistake
into a Problem.

Nothing here raises for a bad file: unreadable files, bad YAML, wrong types, bad Fluent and
missing directories all come back as problems with file and line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.authoring.check import SourcedFlow, check_library
from bot.authoring.ftlcache import FtlCache
from bot.authoring.problems import Problem, error, sort_key, warning
from bot.authoring.schedules import SCHEDULES_DIR, SourcedSchedule, check_schedules
from bot.authoring.yamlsource import Lines, YamlError, read_yaml
from bot.engine.catalog import LANG_PATTERN, Catalog, FtlFile, parse_ftl
from bot.engine.library import FlowLibrary
from bot.engine.model import ID_PATTERN, MSGID_PATTERN, OPTION_PATTERN, Flow
from bot.engine.schedule import Schedule

MAX_FILE_BYTES = 1_000_000
MAX_PROBLEMS_PER_FILE = 50
FLOW_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class LoadResult:
    library: FlowLibrary | None  # None when there are errors (unless loaded with strict=False)
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return self.library is not None and not self.errors


def load_library(
    flows_dir: str | Path, locales_dir: str | Path, *, strict: bool = True, cache: FtlCache | None = None
) -> LoadResult:
    """Loads and checks everything. With `strict=False` a library is built from the flows that
    parsed even when the check found errors (for tools and tests; never for the live bot).
    `cache` spares parsing .ftl files parsed at an earlier start (the check still runs in full)."""
    problems: list[Problem] = []
    sources = read_flows(Path(flows_dir), problems)
    schedules = read_schedules(Path(flows_dir) / SCHEDULES_DIR, problems)
    files = read_locales(Path(locales_dir), problems, cache)
    catalog = Catalog(files)
    problems.extend(check_library(sources, catalog, str(locales_dir)))
    problems.extend(check_schedules(schedules, [s.flow for s in sources], catalog))
    problems = sorted(dict.fromkeys(problems), key=sort_key)
    has_errors = any(p.is_error for p in problems)
    library = None
    if not has_errors or not strict:
        library = FlowLibrary.build([s.flow for s in sources], catalog, {s.id: s.schedule for s in schedules})
    return LoadResult(library, tuple(problems))


def reload(
    current: FlowLibrary | None, flows_dir: str | Path, locales_dir: str | Path
) -> tuple[FlowLibrary | None, list[Problem]]:
    """The new library if it loads without errors, else `current` unchanged (the old flows stay live)."""
    result = load_library(flows_dir, locales_dir)
    if result.library is None:
        return current, list(result.problems)
    return result.library, list(result.problems)


def load_catalog(locales_dir: str | Path) -> tuple[Catalog, list[Problem]]:
    """Only the messages (e.g. for texts the bot says outside any flow); Fluent syntax errors
    come back as problems, the rest of the file still loads."""
    problems: list[Problem] = []
    files = read_locales(Path(locales_dir), problems)
    for file in files:
        problems.extend(error(file.path, junk.line, f"Fluent syntax error: {junk.message}") for junk in file.junk)
    return Catalog(files), sorted(problems, key=sort_key)


# --- files -------------------------------------------------------------------------------------


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(error(str(path), 0, f"the file is larger than {MAX_FILE_BYTES // 1000} kB"))
            return None
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(error(str(path), 0, f"the file is not UTF-8 text ({exc.reason})", "save it as UTF-8"))
    except OSError as exc:
        problems.append(error(str(path), 0, f"cannot read the file: {exc.strerror or exc}"))
    return None


def _listing(directory: Path, what: str, problems: list[Problem]) -> list[Path]:
    try:
        return sorted(directory.iterdir())
    except FileNotFoundError:
        problems.append(error(str(directory), 0, f"the {what} directory does not exist"))
    except NotADirectoryError:
        problems.append(error(str(directory), 0, f"the {what} path is not a directory"))
    except OSError as exc:
        problems.append(error(str(directory), 0, f"cannot read the {what} directory: {exc.strerror or exc}"))
    return []


def read_flows(flows_dir: Path, problems: list[Problem]) -> list[SourcedFlow]:
    sources: list[SourcedFlow] = []
    paths = [p for p in _listing(flows_dir, "flows", problems) if p.suffix in FLOW_SUFFIXES and p.is_file()]
    seen: dict[str, str] = {}
    for path in paths:
        source = read_flow(path, problems)
        if source is None:
            continue
        if source.flow.id in seen:
            problems.append(
                error(
                    str(path),
                    source.line(("id",)),
                    f"flow `{source.flow.id}` is also defined in {seen[source.flow.id]}",
                )
            )
            continue
        seen[source.flow.id] = str(path)
        sources.append(source)
    return sources


def read_flow(path: Path, problems: list[Problem]) -> SourcedFlow | None:
    file = str(path)
    text = _read_text(path, problems)
    if text is None:
        return None
    return parse_flow_text(text, file, path.stem, problems)


def parse_flow_text(text: str, file: str, expected_id: str, problems: list[Problem]) -> SourcedFlow | None:
    """Parses one flow file's text; adds problems and returns None when it is not a valid flow."""
    try:
        document = read_yaml(text)
    except YamlError as exc:
        problems.append(error(file, exc.line, f"invalid YAML: {exc.message}", "check the indentation and quoting"))
        return None
    for duplicate in document.duplicates:
        problems.append(
            error(
                file,
                duplicate.line,
                f"`{_dotted(duplicate.path)}` is written twice",
                f"the first is on line {duplicate.first_line}; step and key names must be unique",
            )
        )
    data = document.data
    if not isinstance(data, dict):
        problems.append(
            error(file, 1, "a flow file is a mapping with id, version, title, start and steps", "see flows/README.md")
        )
        return None
    try:
        flow = Flow.model_validate(data)
    except ValidationError as exc:
        problems.extend(validation_problems(exc, data, file, document.lines)[:MAX_PROBLEMS_PER_FILE])
        return None
    except (RecursionError, ValueError, TypeError) as exc:
        problems.append(error(file, 1, f"cannot read the flow ({type(exc).__name__})"))
        return None
    if document.duplicates:
        return None
    if flow.id != expected_id:
        problems.append(
            error(
                file,
                document.lines.line(("id",)),
                f"the flow id `{flow.id}` differs from the file name",
                f"rename the file to {flow.id}.yaml or set `id: {expected_id}`",
            )
        )
        return None
    return SourcedFlow(flow, file, document.lines)


def read_schedules(directory: Path, problems: list[Problem]) -> list[SourcedSchedule]:
    """The schedules in `flows/schedules/`; none (and no problem) when the directory does not exist."""
    if not directory.exists():
        return []
    sources: list[SourcedSchedule] = []
    for path in _listing(directory, "schedules", problems):
        if path.suffix not in FLOW_SUFFIXES or not path.is_file():
            continue
        text = _read_text(path, problems)
        if text is not None:
            source = parse_schedule_text(text, str(path), path.stem, problems)
            if source is not None:
                sources.append(source)
    return sources


def parse_schedule_text(text: str, file: str, schedule_id: str, problems: list[Problem]) -> SourcedSchedule | None:
    """Parses one schedule file's text; adds problems and returns None when it is not a valid schedule."""
    if not re.match(ID_PATTERN, schedule_id) or len(schedule_id) > 64:
        problems.append(error(file, 0, f"`{schedule_id}` is not a valid schedule id (the file name)",
                              "use lowercase letters, digits, _ and -"))
        return None
    try:
        document = read_yaml(text)
    except YamlError as exc:
        problems.append(error(file, exc.line, f"invalid YAML: {exc.message}", "check the indentation and quoting"))
        return None
    for duplicate in document.duplicates:
        problems.append(error(file, duplicate.line, f"`{_dotted(duplicate.path)}` is written twice",
                              f"the first is on line {duplicate.first_line}"))
    data = document.data
    if not isinstance(data, dict):
        problems.append(error(file, 1, "a schedule file is a mapping with anchor and stages", "see flows/README.md"))
        return None
    try:
        schedule = Schedule.model_validate(data)
    except ValidationError as exc:
        found = validation_problems(exc, data, file, document.lines)[:MAX_PROBLEMS_PER_FILE]
        problems.extend(replace(p, hint=_SCHEDULE_KEYS) if p.hint == _STEP_KEYS else p for p in found)
        return None
    except (RecursionError, ValueError, TypeError) as exc:
        problems.append(error(file, 1, f"cannot read the schedule ({type(exc).__name__})"))
        return None
    if document.duplicates:
        return None
    return SourcedSchedule(schedule_id, schedule, file, document.lines)


def read_locales(locales_dir: Path, problems: list[Problem], cache: FtlCache | None = None) -> list[FtlFile]:
    files: list[FtlFile] = []
    for lang_dir in _listing(locales_dir, "locales", problems):
        if not lang_dir.is_dir():
            continue
        lang = lang_dir.name
        if not LANG_PATTERN.match(lang):
            problems.append(
                warning(
                    str(lang_dir), 0, f"`{lang}` is not a language code; skipped", "use codes like en, fr, fa, pt-BR"
                )
            )
            continue
        ftl_paths = sorted(p for p in _listing(lang_dir, "language", problems) if p.suffix == ".ftl" and p.is_file())
        if not ftl_paths:
            problems.append(warning(str(lang_dir), 0, f"no .ftl files for `{lang}` yet (English is shown)"))
        for path in ftl_paths:
            text = _read_text(path, problems)
            if text is None:
                continue
            if cache is None:
                files.append(parse_ftl(lang, path.stem, str(path), text))
                continue
            key = cache.key(lang, path.stem, str(path), text)
            parsed = cache.get(key)
            if parsed is None:
                parsed = parse_ftl(lang, path.stem, str(path), text)
                cache.put(key, parsed)
            files.append(parsed)
    return files


# --- validation errors → problems --------------------------------------------------------------

# Shape mismatches that pydantic reports for every alternative of a union; another error at the
# same place usually says what is really wrong.
_SHAPE_ERRORS = frozenset(
    {"string_type", "tuple_type", "list_type", "dict_type", "model_type", "model_attributes_type"}
)
_SHAPE_WORDS = {
    "string_type": "a text",
    "tuple_type": "a list",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}
_PATTERN_WORDS = {
    MSGID_PATTERN: ("a valid message id", "use letters, digits, - and _, starting with a letter (e.g. hygiene-intro)"),
    ID_PATTERN: ("a valid id", "use lowercase letters, digits, _ and -"),
    OPTION_PATTERN: ("a valid option id", "use letters, digits, _ and -"),
}


def _clean_path(data: Any, loc: Sequence[str | int]) -> tuple[str | int, ...]:
    """The part of a pydantic location that exists in the document (drops union tags)."""
    node = data
    out: list[str | int] = []
    tags_used: set[str] = set()
    for part in loc:
        if isinstance(node, dict):
            # pydantic puts the discriminator value (`question`, `text`…) in the location; it can
            # collide with a real key (kind `text` vs the key `text`), so the tag is consumed first.
            tags = {t for t in (node.get("type"), node.get("kind")) if isinstance(t, str)}
            if isinstance(part, str) and part in tags and part not in tags_used:
                tags_used.add(part)
                continue
            if part in node:
                node = node[part]
                out.append(part)
                tags_used = set()
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            out.append(part)
            tags_used = set()
    return tuple(out)


def _dotted(path: Sequence[str | int]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top)"


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "…"


def validation_problems(exc: ValidationError, data: Any, file: str, lines: Lines) -> list[Problem]:
    entries = [(_clean_path(data, err["loc"]), err) for err in exc.errors(include_url=False)]
    kept: list[tuple[tuple[str | int, ...], Any]] = []
    for path, err in entries:
        if err["type"] in _SHAPE_ERRORS and any(
            other is not err and other_path[: len(path)] == path and other["type"] not in _SHAPE_ERRORS
            for other_path, other in entries
        ):
            continue
        kept.append((path, err))
    problems: list[Problem] = []
    shapes: dict[tuple[str | int, ...], list[str]] = {}
    for path, err in kept:
        if err["type"] in _SHAPE_ERRORS:
            shapes.setdefault(path, []).append(_SHAPE_WORDS[err["type"]])
            continue
        message, hint = _describe(err, path)
        if err["type"] == "union_tag_invalid":  # point at the `type:`/`kind:` line itself
            discriminator = str((err.get("ctx") or {}).get("discriminator", "")).strip("'")
            if lines.exact((*path, discriminator)) is not None:
                path = (*path, discriminator)
        problems.append(error(file, lines.line(path), f"{_dotted(path)}: {message}", hint))
    for path, words in shapes.items():
        expected = " or ".join(dict.fromkeys(words))
        problems.append(error(file, lines.line(path), f"{_dotted(path)}: should be {expected}", "see flows/README.md"))
    return problems


_STEP_KEYS = "check the spelling; flows/README.md lists the keys of each step type"
_SCHEDULE_KEYS = "check the spelling; flows/README.md (Schedules) lists a schedule's keys"


def _describe(err: Any, path: tuple[str | int, ...]) -> tuple[str, str]:
    kind: str = err["type"]
    ctx: dict[str, Any] = err.get("ctx") or {}
    loc = err["loc"]
    last = str(loc[-1]) if loc else ""
    value = err.get("input")
    if kind == "extra_forbidden":
        return f"unknown key `{last}`", _STEP_KEYS
    if kind == "missing":
        return f"`{last}` is missing", "see flows/README.md for the keys this needs"
    if kind == "union_tag_invalid":
        discriminator = str(ctx.get("discriminator", "type")).strip("'")
        expected = str(ctx.get("expected_tags", "")).replace("'", "")
        return f"unknown {discriminator} `{ctx.get('tag')}`", f"use one of: {expected}"
    if kind == "union_tag_not_found":
        discriminator = str(ctx.get("discriminator", "type")).strip("'")
        return f"`{discriminator}` is missing", "every step has a `type`, every question a `kind`"
    if kind == "string_pattern_mismatch":
        what, hint = _PATTERN_WORDS.get(str(ctx.get("pattern")), ("valid here", ""))
        return f"`{_shown(value)}` is not {what}", hint
    if kind in ("value_error", "assertion_error"):
        message = str(err["msg"])
        for prefix in ("Value error, ", "Assertion failed, "):
            message = message.removeprefix(prefix)
        return message, ""
    if kind == "literal_error":
        return f"`{_shown(value)}` is not allowed here", f"use {ctx.get('expected', '')}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"`{_shown(value)}` is not a whole number", ""
    if kind in ("float_parsing", "float_type"):
        return f"`{_shown(value)}` is not a number", ""
    if kind in ("bool_parsing", "bool_type"):
        return f"`{_shown(value)}` is not true or false", ""
    if kind in ("too_short", "too_long"):
        return str(err["msg"]).replace("Tuple", "The list").replace("Dictionary", "The mapping"), ""
    return str(err["msg"]), ""
