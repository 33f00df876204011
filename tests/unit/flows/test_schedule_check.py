"""Schedules (flows/schedules/<id>.yaml) in `flows check` and hot reload: each problem with file and line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from flowkit import COMMON_EN

from bot.authoring.loader import LoadResult, load_library, reload
from bot.authoring.problems import Problem
from bot.cli import main

FLOW = """\
id: arrive
version: 1
title: arrive-title
start: year
steps:
  year:
    type: question
    kind: number
    text: arrive-year
    save: arrival_year
    next: month
  month:
    type: question
    kind: number
    text: arrive-month
    save: arrival_month
    next: optin
  optin:
    type: question
    kind: yesno
    text: arrive-optin
    save: checkins
    next: keep
  keep:
    type: remember
    vars: [arrival_year, arrival_month, checkins]
    next: done
  done:
    type: end
"""
CHECKIN = """\
id: checkin
version: 1
title: checkin-title
menu: false
start: done
steps:
  done:
    type: end
    text: checkin-hello
"""
EN = """\
### reviewed: yes
arrive-title = Arrival
arrive-year = Year?
arrive-month = Month?
arrive-optin = Check-ins?
"""
CHECKIN_EN = """\
### reviewed: yes
checkin-title = Check-in
checkin-hello = Hello.
"""
INVITES = """\
### reviewed: yes
plan-invite-week = A week already. A check-in?
plan-invite-month = A month already. A check-in?
"""
SCHEDULE = """\
anchor: arrival
requires: checkins
stages:
  - after: 7d
    flow: checkin
    text: plan-invite-week
    grace: 7d
  - after: 30d
    flow: checkin
    text: plan-invite-month
"""


class Project:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.flows = root / "flows"
        self.locales = root / "locales"
        for relative, text in (("locales/en/common.ftl", COMMON_EN), ("flows/arrive.yaml", FLOW),
                               ("flows/checkin.yaml", CHECKIN), ("locales/en/arrive.ftl", EN),
                               ("locales/en/checkin.ftl", CHECKIN_EN),
                               ("locales/en/plan.ftl", INVITES), ("flows/schedules/plan.yaml", SCHEDULE),
                               # Without crisis words the check warns that they are not heard (docs/CARE.md).
                               ("locales/en/crisis.ftl", "### reviewed: yes\ncrisis-selfharm = want to die\n"
                                                         "crisis-danger = i am in danger\n")):
            self.write(relative, text)

    def write(self, relative: str, text: str) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")

    def replace(self, old: str, new: str, relative: str = "flows/schedules/plan.yaml") -> None:
        path = self.root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def load(self) -> LoadResult:
        return load_library(self.flows, self.locales)

    @property
    def schedule_file(self) -> str:
        return str(self.root / "flows/schedules/plan.yaml")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def find(result: LoadResult, fragment: str) -> Problem:
    found = [p for p in result.problems if fragment in p.message]
    assert found, f"no problem with {fragment!r} in:\n" + "\n".join(map(str, result.problems))
    return found[0]


def test_a_good_schedule_loads_with_the_flows_and_is_not_taken_for_a_flow(project: Project) -> None:
    result = project.load()
    assert result.problems == () and result.library is not None
    assert set(result.library.flows) == {"arrive", "checkin"}
    schedule = result.library.schedules["plan"]
    assert [s.after_seconds for s in schedule.stages] == [7 * 86400, 30 * 86400]
    assert schedule.watched == {"arrival_year", "arrival_month", "checkins"}
    assert schedule.grace_seconds(schedule.stages[0]) == 7 * 86400
    assert schedule.grace_seconds(schedule.stages[1]) == 14 * 86400  # the default
    assert schedule.spacing_seconds == 7 * 86400


def test_no_schedules_directory_is_fine(project: Project) -> None:
    (project.root / "flows/schedules/plan.yaml").unlink()
    (project.root / "locales/en/plan.ftl").unlink()
    result = project.load()
    assert result.problems == () and result.library is not None and dict(result.library.schedules) == {}


def test_an_unknown_flow_names_the_stage_line(project: Project) -> None:
    project.replace("    flow: checkin\n    text: plan-invite-month", "    flow: chekin\n    text: plan-invite-month")
    result = project.load()
    problem = find(result, "flow `chekin` does not exist")
    assert (problem.file, problem.line, problem.severity) == (project.schedule_file, 9, "error")
    assert "checkin" in problem.hint
    assert result.library is None


def test_an_invitation_missing_in_english(project: Project) -> None:
    project.replace("text: plan-invite-week", "text: plan-invite-wek")
    problem = find(project.load(), "message `plan-invite-wek` is missing in `en`")
    assert (problem.file, problem.line, problem.severity) == (project.schedule_file, 6, "error")


@pytest.mark.parametrize(("old", "new", "fragment", "line"), [
    ("after: 30d", "after: 30", "a duration has a unit", 8),
    ("after: 30d", "after: 400d", "between 1 second and 1 year", 8),
    ("grace: 7d", "grace: soon", "not a duration", 7),
    ("anchor: arrival", "anchor: 2arrival", "not valid here", 1),
    ("requires: checkins", "require: checkins", "unknown key `require`", 2),
    ("stages:\n", "stages: []\nold_stages:\n", "at least 1 item", 3),
])
def test_bad_keys_and_durations_name_file_and_line(project: Project, old: str, new: str, fragment: str,
                                                   line: int) -> None:
    project.replace(old, new)
    result = project.load()
    problem = find(result, fragment)
    assert (problem.file, problem.line, problem.severity) == (project.schedule_file, line, "error")
    assert result.library is None


def test_an_unknown_key_points_to_the_schedules_keys(project: Project) -> None:
    project.replace("requires: checkins", "require: checkins")
    problem = find(project.load(), "unknown key `require`")
    assert "a schedule's keys" in problem.hint and "step type" not in problem.hint
    assert str(problem).startswith(f"{project.schedule_file}:2: ")


def test_stages_out_of_order_are_an_error(project: Project) -> None:
    project.replace("after: 30d", "after: 7d")
    problem = find(project.load(), "is not later than the stage before it")
    assert (problem.file, problem.line, problem.severity) == (project.schedule_file, 8, "error")


def test_a_value_no_flow_remembers_is_a_warning(project: Project) -> None:
    project.replace("requires: checkins", "requires: check_ins")
    result = project.load()
    problem = find(result, "no flow remembers `check_ins`")
    assert (problem.line, problem.severity) == (2, "warning")
    assert result.library is not None


def test_yaml_errors_and_a_bad_file_name(project: Project) -> None:
    project.replace("stages:", "stages: [")
    assert find(project.load(), "invalid YAML").file == project.schedule_file
    project.write("flows/schedules/plan.yaml", SCHEDULE)
    project.write("flows/schedules/Bad Name.yaml", SCHEDULE)
    assert find(project.load(), "not a valid schedule id").line == 0


def test_reload_swaps_flows_and_schedules_together_or_not_at_all(project: Project) -> None:
    old = project.load().library
    assert old is not None
    project.replace("after: 30d", "after: 20d")
    project.replace("arrive-year = Year?", "arrive-year = Which year?", "locales/en/arrive.ftl")
    new, problems = reload(old, project.flows, project.locales)
    assert problems == [] and new is not old and new is not None
    assert new.schedules["plan"].stages[1].after == "20d"
    assert new.catalog.render("en", "arrive-year") == "Which year?"
    project.replace("after: 20d", "after: 2d")  # out of order: refused, the old library stays whole
    project.replace("arrive-year = Which year?", "arrive-year = The year?", "locales/en/arrive.ftl")
    kept, problems = reload(new, project.flows, project.locales)
    assert kept is new and any("not later than" in p.message for p in problems)


def test_flows_check_counts_and_reports_schedules(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["flows", "check", "--flows", str(project.flows), "--locales", str(project.locales)]
    assert main(args) == 0
    assert "in 2 flow(s), 1 schedule(s) and 1 language(s)." in capsys.readouterr().out
    project.replace("flow: checkin", "flow: nowhere")
    assert main(args) != 0
    assert f"{project.schedule_file}:5: stages[0]: flow `nowhere` does not exist" in capsys.readouterr().out
