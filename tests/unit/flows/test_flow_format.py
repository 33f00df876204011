"""The authoring format: YAML reading, every step type and question kind, friendly errors."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest
from flowkit import parse_flow

from bot.authoring.loader import parse_flow_text
from bot.authoring.problems import Problem
from bot.authoring.yamlsource import LOADERS, YamlError, read_yaml
from bot.engine.model import (
    AttachmentQuestion,
    CallStep,
    ChoiceQuestion,
    ComputeStep,
    EndStep,
    EscalateStep,
    FollowupStep,
    GotoFlowStep,
    MessageStep,
    NumberQuestion,
    PreferenceStep,
    RememberStep,
    ScaleQuestion,
    TextQuestion,
    YesNoQuestion,
    parse_duration,
)

ALL_STEPS = """
id: every
version: 3
title: every-title
start: msg
reactions: true
steps:
  msg:
    type: message
    text: every-msg
    items:
      limit: 2
      entries:
        - {when: {var: lang, eq: en}, text: every-item-1}
        - {text: every-item-2}
    next: pick
  pick:
    type: question
    kind: choice
    text: every-pick
    options: [yes, no, unsure, {id: other, text: every-other}]
    multiple: true
    reactions: false
    next: yn
  yn: {type: question, kind: yesno, text: every-yn, save: yn, hint: every-hint, retries: 3, next: sc}
  sc:
    {type: question, kind: scale, min: 1, max: 5, min_label: every-low, max_label: every-high, text: every-sc,
     next: nb}
  nb: {type: question, kind: number, min: 0, max: 120.5, integer: false, text: every-nb, next: tx}
  tx: {type: question, kind: text, min_length: 0, max_length: 50, optional: true, text: every-tx, next: at}
  at: {type: question, kind: attachment, accept: [image], max_size_mb: 2, text: every-at, save: photo, next: co}
  co:
    type: compute
    set: {total: {sum: [1, 2]}}
    next: es
  es:
    type: escalate
    urgency: [{when: {var: total, gt: 2}, value: urgent}, {value: normal}]
    summary: [yn, total]
    consent: yn
    reason: every-reason
    next: fu
  fu: {type: followup, after: 2w, flow: every, text: every-invite, next: pr}
  pr: {type: preference, name: timezone, from: yn, next: re}
  re: {type: remember, vars: [total], next: ca}
  ca: {type: call, flow: every, next: gf}
  gf: {type: goto_flow, flow: every}
  en: {type: end, text: every-end}
"""


def test_every_step_type_and_question_kind_parses_into_its_model() -> None:
    flow = parse_flow(ALL_STEPS).flow
    kinds = {step_id: type(step) for step_id, step in flow.steps.items()}
    assert kinds == {
        "msg": MessageStep,
        "pick": ChoiceQuestion,
        "yn": YesNoQuestion,
        "sc": ScaleQuestion,
        "nb": NumberQuestion,
        "tx": TextQuestion,
        "at": AttachmentQuestion,
        "co": ComputeStep,
        "es": EscalateStep,
        "fu": FollowupStep,
        "pr": PreferenceStep,
        "re": RememberStep,
        "ca": CallStep,
        "gf": GotoFlowStep,
        "en": EndStep,
    }
    assert flow.version == 3 and flow.reactions and flow.menu and flow.description is None
    fu = flow.steps["fu"]
    assert isinstance(fu, FollowupStep) and fu.after_seconds == 14 * 86400
    yn = flow.steps["yn"]
    assert isinstance(yn, YesNoQuestion) and yn.retries == 3 and yn.hint == "every-hint"


def test_yes_no_and_on_stay_words_in_option_lists_yaml_1_2() -> None:
    flow = parse_flow(ALL_STEPS).flow
    pick = flow.steps["pick"]
    assert isinstance(pick, ChoiceQuestion)
    assert [o.id for o in pick.options] == ["yes", "no", "unsure", "other"]
    assert [o.label_msgid for o in pick.options] == ["option-yes", "option-no", "option-unsure", "every-other"]


@pytest.mark.parametrize("loader", LOADERS)
def test_both_yaml_loaders_read_yaml_1_2_booleans(loader: Any) -> None:
    doc = read_yaml("a: [true, False, yes, on, 2024-01-01]", loader)
    assert doc.data == {"a": [True, False, "yes", "on", "2024-01-01"]}


@pytest.mark.parametrize("loader", LOADERS)
def test_yaml_lines_are_recorded_per_key_and_item(loader: Any) -> None:
    doc = read_yaml("a: 1\nb:\n  c: [x, y]\n  d:\n    - 1\n    - 2\n", loader)
    assert doc.lines.line(("a",)) == 1
    assert doc.lines.line(("b", "c")) == 3
    assert doc.lines.line(("b", "d", 1)) == 6
    # Unknown parts (pydantic's union tags) are skipped; the deepest known prefix wins.
    assert doc.lines.line(("b", "question", "d", "choice", 0)) == 5


@pytest.mark.parametrize("loader", LOADERS)
def test_yaml_syntax_errors_and_aliases_carry_a_line(loader: Any) -> None:
    with pytest.raises(YamlError) as bad:
        read_yaml("a: 1\nb: [1, 2\nc: 3\n", loader)
    assert bad.value.line >= 2
    with pytest.raises(YamlError) as alias:
        read_yaml("a: &x [1, 2]\nb: *x\n", loader)
    assert alias.value.line == 2 and "aliases" in alias.value.message


def test_duplicate_keys_are_reported_with_both_lines() -> None:
    problems: list[Problem] = []
    text = "id: d\nversion: 1\ntitle: t\nstart: a\nsteps:\n  a: {type: end}\n  a: {type: end}\n"
    assert parse_flow_text(text, "flows/d.yaml", "d", problems) is None
    assert [(p.line, p.message) for p in problems] == [(7, "`steps.a` is written twice")]
    assert "line 6" in problems[0].hint


def _problems(text: str) -> list[Problem]:
    problems: list[Problem] = []
    assert parse_flow_text(textwrap.dedent(text), "flows/f.yaml", "f", problems) is None
    return problems


HEAD = "id: f\nversion: 1\ntitle: f-title\nstart: a\nsteps:\n"


@pytest.mark.parametrize(
    ("step_yaml", "line", "fragment"),
    [
        ("  a: {type: qestion}\n", 6, "unknown type `qestion`"),
        ("  a: {type: question, kind: yesno2, text: x, next: a}\n", 6, "unknown kind `yesno2`"),
        ("  a:\n    type: end\n    colour: red\n", 8, "unknown key `colour`"),
        ("  a:\n    type: message\n    text: x\n", 6, "`next` is missing"),
        ("  a:\n    type: end\n    text: not an id\n", 8, "is not a valid message id"),
        (
            "  a:\n    type: question\n    kind: scale\n    min: 0\n    max: 20\n    text: x\n    next: a\n",
            6,
            "at most 11 points",
        ),
        (
            "  a:\n    type: message\n    text: x\n    next:\n      - when: {var: x, eqq: 1}\n        goto: a\n",
            10,
            "unknown key `eqq` in a condition",
        ),
        (
            "  a:\n    type: message\n    text: x\n    next:\n      - when: {foo: 1}\n        goto: a\n",
            10,
            "a condition is a mapping",
        ),
        ("  a:\n    type: compute\n    set:\n      x: {summ: [1]}\n    next: a\n", 9, "an expression is"),
        ("  a:\n    type: followup\n    after: soon\n    flow: f\n    text: t\n    next: a\n", 8, "not a duration"),
        ("  a:\n    type: escalate\n    urgency: urgentt\n    next: a\n", 8, "`urgentt` is not allowed"),
        ("  a:\n    type: question\n    kind: text\n    text: x\n    save: lang\n    next: a\n", 10, "built-in"),
        ("  a:\n    type: message\n    text: x\n    next: 5\n", 9, "should be a text or a list"),
        (
            "  a:\n    type: question\n    kind: choice\n    text: x\n    options: [a, a]\n    next: a\n",
            10,
            "listed twice",
        ),
        (
            "  a:\n    type: message\n    text: x\n    next:\n      - when: {var: x, lt: high}\n        goto: a\n",
            10,
            "compares with a number",
        ),
    ],
)
def test_schema_errors_become_friendly_problems_with_the_line(step_yaml: str, line: int, fragment: str) -> None:
    problems = _problems(HEAD + step_yaml)
    assert problems, "expected a problem"
    assert any(p.line == line and fragment in p.message for p in problems), [str(p) for p in problems]
    assert all(p.file == "flows/f.yaml" and p.severity == "error" for p in problems)


def test_wrong_flow_id_and_non_mapping_files_are_problems() -> None:
    problems: list[Problem] = []
    assert parse_flow_text(HEAD.replace("id: f", "id: g") + "  a: {type: end}\n", "flows/f.yaml", "f", problems) is None
    assert problems[0].line == 1 and "differs from the file name" in problems[0].message
    problems.clear()
    assert parse_flow_text("- just\n- a list\n", "flows/f.yaml", "f", problems) is None
    assert problems[0].line == 1


def test_problem_prints_as_file_line_message_dash_hint() -> None:
    problem = Problem("error", "flows/x.yaml", 12, "step `a` goes to `b`, which does not exist", "known steps: a")
    assert str(problem) == "flows/x.yaml:12: step `a` goes to `b`, which does not exist — known steps: a"
    assert str(Problem("warning", "locales/fr", 0, "no files")) == "locales/fr: warning: no files"


@pytest.mark.parametrize(("text", "seconds"), [("30m", 1800), ("12h", 43200), ("3d", 259200), ("1w", 604800)])
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["0m", "3", "3 days", "2y", "9999w"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)
