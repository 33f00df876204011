"""Schedules (`flows/schedules/<id>.yaml`) checked against the flows and messages they name.

The loader reads and validates each file (bot/authoring/loader.py, `read_schedules`); this module
holds what a schedule must agree with elsewhere, each problem named by file and line:

- every stage's `flow` exists (error), and every invitation `text` is in English (error);
- stages come later and later (error): a plan is read in that order;
- the remembered values the schedule reads are remembered by some flow (warning: otherwise no
  plan is ever made).

The schedules directory sits inside the flows directory, where the flow loader, which reads only
the directory's own files, does not take it for a flow.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.authoring.problems import Problem, error, warning
from bot.authoring.yamlsource import Lines, YamlPath
from bot.engine.analysis import remembered
from bot.engine.catalog import Catalog
from bot.engine.model import Flow
from bot.engine.schedule import Schedule

SCHEDULES_DIR = "schedules"


@dataclass(frozen=True)
class SourcedSchedule:
    """A parsed schedule with its id (the file name), its file and the lines of its keys."""

    id: str
    schedule: Schedule
    file: str
    lines: Lines = field(default_factory=Lines)

    def line(self, path: YamlPath) -> int:
        return self.lines.line(path)


def check_schedules(sources: Sequence[SourcedSchedule], flows: Iterable[Flow], catalog: Catalog) -> list[Problem]:
    by_id = {flow.id: flow for flow in flows}
    kept = remembered(by_id)
    english = catalog.default_lang
    problems: list[Problem] = []
    for source in sources:
        schedule, file = source.schedule, source.file
        previous: tuple[int, str] | None = None
        for index, stage in enumerate(schedule.stages):
            if stage.flow not in by_id:
                problems.append(error(file, source.line(("stages", index, "flow")),
                                      f"stages[{index}]: flow `{stage.flow}` does not exist",
                                      f"known flows: {', '.join(sorted(by_id)[:12]) or 'none'}"))
            if english in catalog.languages and not catalog.has(english, stage.text):
                problems.append(error(file, source.line(("stages", index, "text")),
                                      f"stages[{index}]: message `{stage.text}` is missing in `{english}`",
                                      "add it to a file in locales/en/ (e.g. the flow's or journey.ftl)"))
            if previous is not None and stage.after_seconds <= previous[0]:
                problems.append(error(file, source.line(("stages", index, "after")),
                                      f"stages[{index}]: `after: {stage.after}` is not later than the stage "
                                      f"before it ({previous[1]})", "list the stages in the order they come"))
            previous = (stage.after_seconds, stage.after)
        for name in sorted(schedule.watched):
            if name not in kept:
                key = "requires" if name == schedule.requires else "anchor"
                problems.append(warning(file, source.line((key,)),
                                        f"no flow remembers `{name}`, so this schedule never plans anything",
                                        f"add `{name}` to a `remember` step"))
    return problems


__all__ = ["SCHEDULES_DIR", "SourcedSchedule", "check_schedules"]
