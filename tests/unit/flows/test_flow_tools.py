"""The admin tools: `flows check`, `flows try` and `flows graph`, and the graph texts."""

from __future__ import annotations

import argparse
import io
import shutil
import textwrap
from pathlib import Path

import pytest
from flowkit import COMMON_EN, REPO, build, parse_flow

import bot.cli
from bot.authoring.graph import GraphError, describe_condition, render_image, to_dot, to_mermaid
from bot.cli import flows as cli
from bot.engine.model import MessageStep
from bot.engine.state import Context

EXAMPLE = (REPO / "docs" / "example" / "flows" / "example.yaml").read_text(encoding="utf-8")
EXAMPLE_EN = (REPO / "docs" / "example" / "locales" / "en" / "example.ftl").read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "flows").mkdir()
    (tmp_path / "locales" / "en").mkdir(parents=True)
    (tmp_path / "flows" / "example.yaml").write_text(EXAMPLE, encoding="utf-8")
    (tmp_path / "locales" / "en" / "example.ftl").write_text(EXAMPLE_EN, encoding="utf-8")
    (tmp_path / "locales" / "en" / "common.ftl").write_text(COMMON_EN, encoding="utf-8")
    (tmp_path / "locales" / "en" / "crisis.ftl").write_text(
        "### reviewed: yes\ncrisis-selfharm = want to die\ncrisis-danger = i am in danger\n", encoding="utf-8")
    return tmp_path


def run(project: Path, *argv: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.setattr("sys.stderr", err)
    code = bot.cli.main(
        ["flows", argv[0], "--flows", str(project / "flows"), "--locales", str(project / "locales"), *argv[1:]]
    )
    return code, out.getvalue(), err.getvalue()


def test_check_exits_0_on_a_clean_library(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(project, "check", monkeypatch=monkeypatch)
    assert code == 0 and "0 error(s), 0 warning(s) in 1 flow(s) and 1 language(s)." in out


def test_check_exits_0_with_warnings_and_1_with_errors(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "locales" / "fr").mkdir()
    (project / "locales" / "fr" / "example.ftl").write_text("### reviewed: no\nexample-title = Exemple\n")
    code, out, _ = run(project, "check", monkeypatch=monkeypatch)
    assert code == 0 and "locales/fr: warning: not yet reviewed by a native speaker (fr), all 1 files: example.ftl" in (
        out
    )
    code, out, _ = run(project, "check", "--quiet", monkeypatch=monkeypatch)
    assert code == 0 and "warning:" not in out
    flow = project / "flows" / "example.yaml"
    flow.write_text(flow.read_text().replace("goto: low", "goto: lo"))
    code, out, _ = run(project, "check", monkeypatch=monkeypatch)
    assert code == 1 and "example.yaml:19: step `mood` goes to `lo`, which does not exist" in out


def test_try_plays_a_flow_from_stdin_to_its_end(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(project, "try", "example", stdin="ten\n2\nyes\n", monkeypatch=monkeypatch)
    assert code == 0
    assert out.splitlines() == [
        "[start example]",
        "How are you today, from 0 (very bad) to 10 (very good)?",
        "  (0 … 10)",
        "> ten",
        "Please answer with a whole number from 0 to 10.",
        "How are you today, from 0 (very bad) to 10 (very good)?",
        "  (0 … 10)",
        "> 2",
        "Would you like to talk to a person?",
        "  1. Yes",
        "  2. No",
        "> yes",
        "[escalate normal: mood=2 (consent pseudonymous)]",
        "Thank you. I noted 2.",
        "[end example]",
    ]


def test_try_exits_1_when_input_runs_out(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(project, "try", "example", stdin="3\n", monkeypatch=monkeypatch)
    assert code == 1 and out.endswith("[input ended before the flow did]\n")


def test_try_exits_2_on_a_broken_library_with_problems_and_no_traceback(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "flows" / "example.yaml").write_text("id: example\nversion: [\n")
    code, _, err = run(project, "try", "example", monkeypatch=monkeypatch)
    assert code == 2 and "example.yaml:" in err and "Traceback" not in err
    code, _, err = run(project, "try", "nope", monkeypatch=monkeypatch)
    assert code == 2


def test_try_understands_back_edit_react_and_attach_lines(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(project, "try", "example", stdin="2\n/back\n3\n/react 2\n", monkeypatch=monkeypatch)
    assert code == 0 and "Thank you. I noted 3." in out
    lib = build(EXAMPLE, messages={"en": {"example": EXAMPLE_EN}})
    assert cli.parse_try_line("/edit 5", lib.catalog, "en") == cli.EditInput("5")
    assert cli.parse_try_line("back", lib.catalog, "en") == cli.BackInput()
    attachment = cli.parse_try_line("/attach image photo.jpg 2048", lib.catalog, "en")
    assert attachment == cli.AttachmentInput("try:photo.jpg", "image", 2048, "image/jpeg", "photo.jpg")


def test_try_prints_followups_preferences_and_memories_as_bracketed_lines() -> None:
    flow = """
    id: fx
    version: 1
    title: fx-title
    start: lang
    steps:
      lang: {type: compute, set: {l: fr, n: 5}, next: set}
      set: {type: preference, name: language, from: l, next: keep}
      keep: {type: remember, vars: [n], next: later}
      later: {type: followup, after: 7d, flow: fx, text: fx-invite, next: done}
      done: {type: end}
    """
    lib = build(textwrap.dedent(flow))
    out = io.StringIO()
    assert cli.play(lib, "fx", Context(), iter([]), out, echo=False) == 0
    assert out.getvalue().splitlines() == [
        "[start fx]",
        "[set language: fr]",
        "[remember n: 5]",
        "[followup in 7d: fx]",
        "[end fx]",
    ]


def test_graph_prints_mermaid_and_dot(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.BytesIO()
    monkeypatch.setattr("sys.stdout", io.TextIOWrapper(out, encoding="utf-8"))
    code = bot.cli.main(
        ["flows", "graph", "example", "--flows", str(project / "flows"), "--locales", str(project / "locales")]
    )
    assert code == 0
    text = out.getvalue().decode()
    assert text.startswith("flowchart TD") and 's_mood -->|"mood < 4"| s_low' in text
    target = project / "example.dot"
    code, _, err = run(project, "graph", "example", "--format", "dot", "--output", str(target), monkeypatch=monkeypatch)
    assert code == 0 and target.read_text().startswith('digraph "example"') and "Wrote" in err


def test_svg_needs_graphviz_and_says_so_clearly(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    code, _, err = run(project, "graph", "example", "--format", "svg", monkeypatch=monkeypatch)
    assert code == 1 and "Graphviz `dot` is not installed" in err
    with pytest.raises(GraphError):
        render_image(parse_flow(EXAMPLE).flow, "png")


@pytest.mark.skipif(
    shutil.which("dot") is None, reason="Graphviz's `dot` is not installed: run `make system-deps` (root, apt-get)"
)
def test_svg_through_graphviz() -> None:
    assert b"<svg" in render_image(parse_flow(EXAMPLE).flow, "svg")


def test_graph_texts_show_every_step_and_edge() -> None:
    flow = parse_flow(EXAMPLE).flow
    mermaid, dot = to_mermaid(flow), to_dot(flow)
    for step_id in flow.steps:
        assert f"s_{step_id}" in mermaid and f"s_{step_id}" in dot
    assert 's_low -->|"wants_person = true"| s_handoff' in mermaid
    assert 's_low -> s_thanks [label="otherwise"];' in dot
    assert "start -> s_mood;" in dot


def test_conditions_read_well_on_edges() -> None:
    flow = parse_flow(
        """
        id: c
        version: 1
        title: t
        start: a
        steps:
          a:
            type: message
            text: m
            next:
              - when:
                  all:
                    - {var: x, in: [a, b]}
                    - {not: {var: y, set: true}}
                    - {any: [{var: z, ge: 2}, {var: z, contains: q}]}
                goto: b
              - goto: b
          b: {type: end}
        """
    ).flow
    step = flow.steps["a"]
    assert isinstance(step, MessageStep) and not isinstance(step.next, str)
    condition = step.next[0].when
    assert condition is not None
    assert describe_condition(condition) == "x in [a, b] and not y set and (z ≥ 2 or z has q)"


def test_add_flows_commands_accepts_configured_defaults(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser(prog="continuum")
    cli.add_commands(parser.add_subparsers(dest="command"), flows_dir=tmp_path / "f", locales_dir="L")
    args = parser.parse_args(["flows", "check"])
    assert args.flows_dir == str(tmp_path / "f") and args.locales_dir == "L" and args.func is cli.cmd_check
