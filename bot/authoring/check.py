"""The static check of flows and locales: every problem with file and line.

It covers what flow authors keep tripping over: dangling and unreachable steps, flows that
cannot end, branch lists without a fallback, variables and option ids that do not exist,
missing and extra messages per language, placeables a flow cannot supply, Fluent syntax
errors, duplicate ids and translations not yet reviewed.
"""

from __future__ import annotations

import os.path
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.authoring.problems import Problem, error, sort_key, warning
from bot.authoring.yamlsource import Lines, YamlPath
from bot.care.crisis import list_problems as crisis_list_problems
from bot.engine.analysis import (
    COMMON_MESSAGE_IDS,
    ENGINE_ARGS,
    ENGINE_MESSAGE_IDS,
    HINT_ARGS,
    MessageUse,
    branches,
    called_flows,
    can_end,
    condition_nodes,
    default_hint,
    flow_messages,
    flow_var_writes,
    hint_args,
    reachable,
    remembered,
    step_conditions,
    step_messages,
    step_targets,
    step_var_reads,
    step_var_writes,
)
from bot.engine.catalog import KEYWORDS, Catalog, FtlFile, MessageInfo
from bot.engine.model import (
    BUILTIN_VARS,
    CONSENTS,
    DAY_SECONDS,
    PROFILE_ARG_PREFIX,
    PROFILE_PREFIX,
    QUESTION_CLASSES,
    Branch,
    CallStep,
    ChoiceQuestion,
    EndStep,
    EscalateStep,
    Flow,
    FollowupStep,
    GotoFlowStep,
    PlanStep,
    YesNoQuestion,
)
from bot.engine.normalize import normalize, split_list
from bot.engine.planning import PLAN_TEXT_ARGS


@dataclass(frozen=True)
class SourcedFlow:
    """A parsed flow with the file it came from and the lines of its keys."""

    flow: Flow
    file: str
    lines: Lines = field(default_factory=Lines)

    def line(self, path: YamlPath) -> int:
        return self.lines.line(path)


def used_message_ids(flows: Iterable[Flow]) -> set[str]:
    """Every message id the flows and the engine can emit or show."""
    ids = set(COMMON_MESSAGE_IDS)
    for flow in flows:
        ids.update(use.msgid for use in flow_messages(flow))
    return ids


def check_library(flows: Sequence[SourcedFlow], catalog: Catalog, locales_dir: str = "locales") -> list[Problem]:
    checker = _Checker(flows, catalog, locales_dir)
    checker.run()
    return sorted(dict.fromkeys(checker.problems), key=sort_key)


@dataclass(frozen=True, slots=True)
class _Definition:
    file: FtlFile
    info: MessageInfo


# Long: one small method per rule of `flows check`, over shared indexes built once.
class _Checker:
    def __init__(self, flows: Sequence[SourcedFlow], catalog: Catalog, locales_dir: str) -> None:
        self.sources = list(flows)
        self.flows = {s.flow.id: s.flow for s in self.sources}
        self.catalog = catalog
        self.locales_dir = locales_dir.rstrip("/")
        self.default = catalog.default_lang
        self.problems: list[Problem] = []
        self.remembered = remembered(self.flows)
        self.direct_writes = {fid: flow_var_writes(f) for fid, f in self.flows.items()}
        self.callers: dict[str, set[str]] = {fid: set() for fid in self.flows}
        for fid, flow in self.flows.items():
            for callee in called_flows(flow):
                if callee in self.callers:
                    self.callers[callee].add(fid)
        # Per language: message id → first definition; and which ids are defined twice.
        self.definitions: dict[str, dict[str, _Definition]] = {}
        for file in catalog.files:
            table = self.definitions.setdefault(file.lang, {})
            for info in file.messages:
                first = table.get(info.id)
                if first is None:
                    table[info.id] = _Definition(file, info)
                else:
                    self.problems.append(
                        error(
                            file.path,
                            info.line,
                            f"message `{info.id}` is defined twice in `{file.lang}`",
                            f"the first is at {first.file.path}:{first.info.line}; keep one",
                        )
                    )

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def run(self) -> None:
        self.check_locale_files()
        for source in self.sources:
            self.check_structure(source)
            self.check_variables(source)
        self.check_call_cycles()
        self.check_messages()
        self.check_keywords()
        self.check_crisis()

    # --- structure -----------------------------------------------------------------------------

    def check_structure(self, source: SourcedFlow) -> None:
        flow, file = source.flow, source.file
        if flow.start not in flow.steps:
            self.add(
                error(file, source.line(("start",)), f"start step `{flow.start}` does not exist", _known(flow.steps))
            )
        for step_id, step in flow.steps.items():
            base: YamlPath = ("steps", step_id)
            if not isinstance(step, GotoFlowStep | EndStep):
                self.check_next(source, step_id, step.next)
            if isinstance(step, EscalateStep) and not isinstance(step.urgency, str):
                self.check_fallback(source, (*base, "urgency"), [u.when is None for u in step.urgency], "urgency")
            if isinstance(step, PlanStep):
                self.check_plan_reminders(source, base, step)
            if isinstance(step, CallStep | GotoFlowStep | FollowupStep) and step.flow not in self.flows:
                self.add(
                    error(
                        file,
                        source.line((*base, "flow")),
                        f"step `{step_id}` refers to flow `{step.flow}`, which does not exist",
                        _known(self.flows, "flows"),
                    )
                )
        alive = reachable(flow)
        for step_id in flow.steps:
            if step_id not in alive and flow.start in flow.steps:
                self.add(
                    warning(
                        file,
                        source.line(("steps", step_id)),
                        f"step `{step_id}` is unreachable",
                        "no `next`/`goto` leads to it; link it or remove it",
                    )
                )
        ending = can_end(flow)
        trapped = [step_id for step_id in alive if step_id not in ending]
        trapped_set = set(trapped)
        for step_id in sorted(trapped, key=lambda s: source.line(("steps", s))):
            entered_from_outside = step_id == flow.start or any(
                step_id in step_targets(other) and other_id in alive and other_id not in trapped_set
                for other_id, other in flow.steps.items()
            )
            if entered_from_outside:
                self.add(
                    error(
                        file,
                        source.line(("steps", step_id)),
                        f"from step `{step_id}` the flow can never end (a loop with no way out)",
                        "give one of the branches a way to an `end` or `goto_flow` step",
                    )
                )

    def check_next(self, source: SourcedFlow, step_id: str, next_: str | tuple[Branch, ...]) -> None:
        flow, file = source.flow, source.file
        base: YamlPath = ("steps", step_id, "next")
        listed = branches(next_)
        for index, branch in enumerate(listed):
            if branch.goto not in flow.steps:
                path = base if isinstance(next_, str) else (*base, index, "goto")
                self.add(
                    error(
                        file,
                        source.line(path),
                        f"step `{step_id}` goes to `{branch.goto}`, which does not exist",
                        _known(flow.steps),
                    )
                )
        if not isinstance(next_, str):
            self.check_fallback(source, base, [b.when is None for b in listed], "next")

    def check_fallback(self, source: SourcedFlow, path: YamlPath, fallbacks: list[bool], key: str) -> None:
        if not fallbacks:
            self.add(error(source.file, source.line(path), f"`{key}` has no branches"))
            return
        if not fallbacks[-1]:
            self.add(
                error(
                    source.file,
                    source.line(path),
                    f"the last branch of `{key}` has a `when`, so no branch may apply",
                    "end the list with a fallback branch without `when`",
                )
            )
        for index, is_fallback in enumerate(fallbacks[:-1]):
            if is_fallback:
                self.add(
                    warning(
                        source.file,
                        source.line((*path, index)),
                        f"branch {index + 1} of `{key}` has no `when`, so the branches after it are never taken",
                    )
                )

    def check_call_cycles(self) -> None:
        for source in self.sources:
            for step_id, step in source.flow.steps.items():
                if isinstance(step, CallStep) and self.calls_back(step.flow, source.flow.id):
                    self.add(
                        error(
                            source.file,
                            source.line(("steps", step_id, "flow")),
                            f"calling `{step.flow}` leads back to `{source.flow.id}` (endless subflows)",
                            "use `goto_flow` to move on without coming back",
                        )
                    )

    def calls_back(self, start: str, target: str) -> bool:
        seen: set[str] = set()
        todo = [start]
        while todo:
            current = todo.pop()
            if current == target:
                return True
            if current in seen or current not in self.flows:
                continue
            seen.add(current)
            todo.extend(called_flows(self.flows[current]))
        return False

    # --- variables -----------------------------------------------------------------------------

    def related(self, flow_id: str) -> set[str]:
        """The flow, the flows it calls and the flows that call it (they share variables)."""
        return {flow_id} | self.descendants(flow_id) | self.ancestors(flow_id)

    def ancestors(self, flow_id: str) -> set[str]:
        found: set[str] = set()
        todo = list(self.callers.get(flow_id, set()))
        while todo:
            current = todo.pop()
            if current in found:
                continue
            found.add(current)
            todo.extend(self.callers.get(current, set()))
        return found

    def known_vars(self, flow_id: str) -> set[str]:
        return {name for fid in self.related(flow_id) for name in self.direct_writes.get(fid, set())}

    def savers(self, flow_id: str, var: str) -> list[object]:
        return [
            step
            for fid in self.related(flow_id)
            for step in self.flows[fid].steps.values()
            if isinstance(step, QUESTION_CLASSES) and step.save == var
        ]

    def check_variables(self, source: SourcedFlow) -> None:
        flow, file = source.flow, source.file
        known = self.known_vars(flow.id)
        for step_id, step in flow.steps.items():
            for use in step_var_reads(step_id, step):
                var = use.var
                if var in BUILTIN_VARS:
                    continue
                if var.startswith(PROFILE_PREFIX):
                    name = var[len(PROFILE_PREFIX) :]
                    if name not in self.remembered:
                        self.add(
                            warning(
                                file,
                                source.line(use.path),
                                f"no flow remembers `{name}`, so `{var}` is never set",
                                "add it to a `remember` step",
                            )
                        )
                    continue
                if var not in known:
                    self.add(
                        error(
                            file,
                            source.line(use.path),
                            f"variable `{var}` is never set",
                            "save it with a question (`save:`) or a `compute` step; check the spelling",
                        )
                    )
            for found in step_conditions(step_id, step):
                for leaf in condition_nodes(found.condition):
                    self.check_compared_value(source, found.path, leaf.var, leaf.op, leaf.value)
            if isinstance(step, EscalateStep) and step.consent is not None:
                for saver in self.savers(flow.id, step.consent):
                    if isinstance(saver, ChoiceQuestion):
                        wrong = [o.id for o in saver.options if o.id not in CONSENTS]
                        if wrong:
                            self.add(
                                error(
                                    file,
                                    source.line(("steps", step_id, "consent")),
                                    f"consent `{step.consent}` can be `{wrong[0]}`, which is not a consent",
                                    "the options must be full, pseudonymous or none",
                                )
                            )

    def check_compared_value(self, source: SourcedFlow, path: YamlPath, var: str, op: str, value: object) -> None:
        if op == "set" or var.startswith(PROFILE_PREFIX) or var in BUILTIN_VARS:
            return
        savers = self.savers(source.flow.id, var)
        if not savers or len(savers) != len([s for s in savers if isinstance(s, ChoiceQuestion | YesNoQuestion)]):
            return
        values = value if isinstance(value, tuple) else (value,)
        for saver in savers:
            if isinstance(saver, YesNoQuestion):
                if any(not isinstance(v, bool) for v in values):
                    self.add(
                        error(
                            source.file,
                            source.line(path),
                            f"`{var}` is a yes/no answer; compare it with true or false",
                        )
                    )
                    return
            elif isinstance(saver, ChoiceQuestion):
                ids = {o.id for o in saver.options}
                for v in values:
                    if v not in ids:
                        self.add(
                            error(
                                source.file,
                                source.line(path),
                                f"`{v}` is not an option of `{var}`",
                                "options: " + ", ".join(o.id for o in saver.options),
                            )
                        )
                        return

    # --- locale files --------------------------------------------------------------------------

    def check_locale_files(self) -> None:
        if self.default not in self.catalog.languages:
            self.add(
                error(
                    f"{self.locales_dir}/{self.default}",
                    0,
                    f"there are no messages in the default language `{self.default}`",
                    f"add {self.locales_dir}/{self.default}/common.ftl and one .ftl file per flow",
                )
            )
        for file in self.catalog.files:
            for junk in file.junk:
                self.add(error(file.path, junk.line, f"Fluent syntax error: {junk.message}", "see projectfluent.org"))
            if file.reviewed is None:
                self.add(
                    warning(
                        file.path,
                        1,
                        "the first line does not say whether the file was reviewed",
                        "start the file with `### reviewed: yes` or `### reviewed: no`",
                    )
                )
        self.check_reviewed()

    def check_reviewed(self) -> None:
        """One line per language listing the files a native speaker has not reviewed yet."""
        unreviewed: dict[str, list[FtlFile]] = {}
        for file in self.catalog.files:
            if file.reviewed is False:
                unreviewed.setdefault(file.lang, []).append(file)
        for lang, files in sorted(unreviewed.items()):
            total = sum(1 for f in self.catalog.files if f.lang == lang)
            names = ", ".join(f"{f.name}.ftl" for f in sorted(files, key=lambda f: f.name))
            count = f"all {total} files" if len(files) == total else f"{len(files)} of {total} files"
            self.add(
                warning(
                    os.path.dirname(files[0].path) or ".",
                    0,
                    f"not yet reviewed by a native speaker ({lang}), {count}: {names}",
                    f"`continuum flows review --lang {lang}` makes a workbook for the reviewer; "
                    "then mark each reviewed file `### reviewed: yes`",
                )
            )

    # --- messages ------------------------------------------------------------------------------

    def message_vars(self, lang: str, msgid: str, seen: frozenset[str] = frozenset()) -> set[str]:
        """The $variables a message needs, following references to other messages."""
        definition = self.definitions.get(lang, {}).get(msgid)
        if definition is None or msgid in seen:
            return set()
        found = set(definition.info.variables)
        for ref in definition.info.references:
            found |= self.message_vars(lang, ref, seen | {msgid})
        return found

    def check_messages(self) -> None:
        english = self.definitions.get(self.default, {})
        used: set[str] = set()
        for source in self.sources:
            uses = list(flow_messages(source.flow))
            for use in uses:
                used.add(use.msgid)
                if use.msgid not in english and self.default in self.catalog.languages:
                    target = "common" if use.msgid.startswith(("option-", "hint-")) else source.flow.id
                    self.add(
                        error(
                            source.file,
                            source.line(use.path),
                            f"message `{use.msgid}` is missing in `{self.default}`",
                            f"add `{use.msgid} = …` to {self.locales_dir}/{self.default}/{target}.ftl",
                        )
                    )
            self.check_placeables(source)
        common_path = f"{self.locales_dir}/{self.default}/common.ftl"
        if self.default in self.catalog.languages:
            for msgid in COMMON_MESSAGE_IDS:
                if msgid not in english:
                    self.add(
                        error(
                            common_path,
                            0,
                            f"message `{msgid}` is missing in `{self.default}`",
                            f"add `{msgid} = …` to {common_path}",
                        )
                    )
        referenced = {ref for table in self.definitions.values() for d in table.values() for ref in d.info.references}
        # The bot's own files (common, bot, mentors, …) are read by the code, not by a flow: every
        # English message in them is needed in every language, like the ones the flows use.
        host = {msgid for msgid, d in english.items() if d.file.name not in self.flows}
        needed = (used | set(COMMON_MESSAGE_IDS) | host | referenced) & set(english)
        for lang in self.catalog.languages:
            if lang == self.default:
                continue
            self.check_missing(lang, needed, english)
            self.check_translation(lang, self.definitions.get(lang, {}), english)
        self.check_extra(used | referenced)

    def check_missing(self, lang: str, needed: set[str], english: dict[str, _Definition]) -> None:
        """Per English file, the messages this language lacks, named in the file where they belong."""
        table = self.definitions.get(lang, {})
        present = {file.name for file in self.catalog.files if file.lang == lang}
        missing_by_file: dict[str, list[str]] = {}
        for msgid, definition in english.items():
            if msgid in needed and msgid not in table:
                missing_by_file.setdefault(definition.file.name, []).append(msgid)
        for name, missing in sorted(missing_by_file.items()):
            path = f"{self.locales_dir}/{lang}/{name}.ftl"
            if name not in present:
                message = f"the file is missing, so its {len(missing)} message(s) are shown in English"
                hint = f"copy {self.locales_dir}/{self.default}/{name}.ftl and translate it"
            else:
                message = f"{len(missing)} message(s) missing in `{lang}` (English is shown): {', '.join(missing)}"
                hint = f"add them as in {self.locales_dir}/{self.default}/{name}.ftl"
            self.add(warning(path, 0, message, hint))

    def check_translation(self, lang: str, table: dict[str, _Definition], english: dict[str, _Definition]) -> None:
        for msgid, definition in table.items():
            source = english.get(msgid)
            if source is None:
                self.add(
                    warning(
                        definition.file.path,
                        definition.info.line,
                        f"message `{msgid}` is not in `{self.default}` (the source language)",
                        "remove it or add it to the English file",
                    )
                )
                continue
            if source.file.name != definition.file.name:
                self.add(
                    warning(
                        definition.file.path,
                        definition.info.line,
                        f"message `{msgid}` is in {source.file.name}.ftl in `{self.default}`, not in "
                        f"{definition.file.name}.ftl",
                        f"move it to {self.locales_dir}/{lang}/{source.file.name}.ftl, where translators look for it",
                    )
                )
            ours = self.message_vars(lang, msgid)
            theirs = self.message_vars(self.default, msgid)
            for var in sorted(ours - theirs):
                self.add(
                    warning(
                        definition.file.path,
                        definition.info.line,
                        f"`{msgid}` uses `${var}`, which the English message does not",
                    )
                )
            for var in sorted(theirs - ours):
                self.add(
                    warning(
                        definition.file.path,
                        definition.info.line,
                        f"`{msgid}` does not use `${var}`, which the English message uses",
                    )
                )

    def check_extra(self, used: set[str]) -> None:
        for file in self.catalog.files:
            if file.name not in self.flows or file.lang != self.default:
                continue  # common.ftl and host texts may hold anything; translations are checked above
            for info in file.messages:
                if info.id not in used:
                    self.add(
                        warning(
                            file.path,
                            info.line,
                            f"message `{info.id}` is not used by any flow",
                            "remove it, or use it in the flow",
                        )
                    )

    def check_placeables(self, source: SourcedFlow) -> None:
        flow = source.flow
        available = self.available_vars(flow)
        profile_args = {PROFILE_ARG_PREFIX + name for name in self.remembered}
        builtins = set(BUILTIN_VARS) | profile_args
        reported: set[tuple[str, str, str]] = set()
        for use, allowed, where in self.message_contexts(source, available, builtins):
            for lang in self.catalog.languages:
                definition = self.definitions.get(lang, {}).get(use.msgid)
                if definition is None:
                    continue
                for var in sorted(self.message_vars(lang, use.msgid) - allowed):
                    key = (lang, use.msgid, var)
                    if key in reported:
                        continue
                    reported.add(key)
                    self.add(
                        error(
                            definition.file.path,
                            definition.info.line,
                            f"`${var}` in `{use.msgid}` cannot be supplied {where}",
                            _var_hint(var, allowed),
                        )
                    )

    def message_contexts(
        self, source: SourcedFlow, available: dict[str, set[str]], builtins: set[str]
    ) -> Iterable[tuple[MessageUse, set[str], str]]:
        flow = source.flow
        yield from (
            (use, set(), "(a flow's title and description get no variables)")
            for use in flow_messages(flow)
            if use.role == "title"
        )
        for step_id, step in flow.steps.items():
            at_step = available.get(step_id)
            if at_step is None:
                continue  # unreachable; reported elsewhere
            where = f"by flow `{flow.id}` at step `{step_id}`"
            for use in step_messages(step_id, step):
                if use.role == "text":
                    yield use, at_step | builtins, where
                elif use.role == "hint" and isinstance(step, QUESTION_CLASSES):
                    extra = set(hint_args(step))
                    if step.hint:
                        yield use, at_step | builtins | extra, where
                    else:
                        yield use, set(HINT_ARGS.get(default_hint(step), frozenset())) | builtins, "(a hint)"
                elif use.role == "label":
                    yield use, set(), "(option labels get no variables)"
                elif use.role == "plan":
                    yield use, at_step | builtins | set(PLAN_TEXT_ARGS), where
                elif use.role == "kept":
                    yield use, set(), "(a plan's steps are kept and shown later, so they get no variables)"
                else:
                    yield use, set(), "(it is shown outside the conversation and gets no variables)"
        for msgid in ENGINE_MESSAGE_IDS:
            if msgid.startswith("hint-"):
                continue
            given = set(ENGINE_ARGS.get(msgid, frozenset()))
            yield MessageUse((), msgid, "engine"), given, "(the engine gives it only: " + (
                ", ".join(f"${name}" for name in sorted(given)) or "no variables") + ")"

    def check_plan_reminders(self, source: SourcedFlow, base: YamlPath, step: PlanStep) -> None:
        """People are asked "shall I ask you in N days?": a reminder that is not whole days would
        be announced wrongly (rounded up); fine for a test's flows, never for people."""
        for index, candidate in enumerate(step.candidates):
            seconds = candidate.followup_seconds
            if seconds is not None and seconds % DAY_SECONDS:
                self.add(
                    warning(
                        source.file,
                        source.line((*base, "candidates", index, "followup")),
                        f"the reminder `{candidate.followup}` of `{candidate.text}` is not in whole days: "
                        "people are asked in days, so it is announced rounded up",
                        "use days or weeks, e.g. 7d or 2w",
                    )
                )

    def available_vars(self, flow: Flow) -> dict[str, set[str]]:
        """For each reachable step, the variables that may be set when it runs (may-analysis)."""
        initial: set[str] = set()
        for caller in self.ancestors(flow.id):
            initial |= self.direct_writes.get(caller, set())
        available: dict[str, set[str]] = {}
        if flow.start not in flow.steps:
            return available
        available[flow.start] = set(initial)
        todo = [flow.start]
        while todo:
            step_id = todo.pop()
            step = flow.steps[step_id]
            after = available[step_id] | set(step_var_writes(step))
            if isinstance(step, CallStep):
                for fid in self.descendants(step.flow) | {step.flow}:
                    after |= self.direct_writes.get(fid, set())
            for target in step_targets(step):
                if target not in flow.steps:
                    continue
                current = available.get(target)
                if current is None or not after <= current:
                    available[target] = (current or set()) | after
                    todo.append(target)
        return available

    def descendants(self, flow_id: str) -> set[str]:
        found: set[str] = set()
        todo = list(called_flows(self.flows[flow_id])) if flow_id in self.flows else []
        while todo:
            current = todo.pop()
            if current in found or current not in self.flows:
                continue
            found.add(current)
            todo.extend(called_flows(self.flows[current]))
        return found

    # --- keywords ------------------------------------------------------------------------------

    def check_keywords(self) -> None:
        for lang in self.catalog.languages:
            owner: dict[str, str] = {}
            table = self.definitions.get(lang, {})
            for name in KEYWORDS:
                definition = table.get(f"keyword-{name}")
                if definition is None:
                    continue
                text = self.catalog.render(lang, f"keyword-{name}")
                for word in split_list(text):
                    key = normalize(word)
                    if key in owner and owner[key] != name:
                        self.add(
                            warning(
                                definition.file.path,
                                definition.info.line,
                                f"`{word}` is a keyword for both `{owner[key]}` and `{name}`",
                            )
                        )
                    owner.setdefault(key, name)


    # --- crisis words ----------------------------------------------------------------------------

    def check_crisis(self) -> None:
        """crisis.ftl in every language (warnings); no entry a person types for other reasons (errors)."""
        present = {f.lang for f in self.catalog.files if f.name == "crisis"}
        source = f"{self.locales_dir}/{self.default}/crisis.ftl"
        if self.default not in present:
            self.add(warning(source, 0, "there are no crisis words: words of suicide or danger typed outside the "
                                        "flows' own questions are not heard",
                             "copy locales/en/crisis.ftl from the Continuum release"))
        else:
            for lang in self.catalog.languages:
                if lang not in present:
                    # Every language's lists are heard in every chat, so the others still work; this
                    # language's own ways of saying it are not.
                    self.add(warning(f"{self.locales_dir}/{lang}/crisis.ftl", 0,
                                     f"the file is missing: crisis words written in `{lang}` are not heard",
                                     f"copy {source} and translate the phrases (not word for word: "
                                     "how people say it)"))
        for problem in crisis_list_problems(self.catalog):
            definition = self.definitions.get(problem.lang, {}).get(problem.msgid)
            path = definition.file.path if definition else f"{self.locales_dir}/{problem.lang}/crisis.ftl"
            self.add(error(path, definition.info.line if definition else 0,
                           f"`{problem.entry}` in `{problem.msgid}` {problem.why}",
                           "remove it, or make it longer so that it only matches words of crisis"))


def _known(names: Iterable[str], what: str = "steps") -> str:
    listed = sorted(names)
    if not listed:
        return f"there are no {what}"
    shown = ", ".join(listed[:12]) + (", …" if len(listed) > 12 else "")
    return f"known {what}: {shown}"


def _var_hint(var: str, allowed: set[str]) -> str:
    if not allowed:
        return "remove the placeable"
    if var.startswith(PROFILE_ARG_PREFIX):
        return f"no flow remembers `{var[len(PROFILE_ARG_PREFIX) :]}`; add it to a `remember` step"
    return "it is not saved or computed before this point; check the spelling or the order of steps"


__all__ = ["SourcedFlow", "check_library", "used_message_ids"]
