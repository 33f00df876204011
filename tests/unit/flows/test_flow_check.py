"""The static check on deliberately broken files: each problem kind, with its file and line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from flowkit import COMMON_EN

from bot.authoring.loader import LoadResult, load_catalog, load_library, reload
from bot.authoring.problems import Problem

GOOD_FLOW = """\
id: demo
version: 1
title: demo-title
start: ask
steps:
  ask:
    type: question
    kind: choice
    text: demo-ask
    options: [yes, no, unsure]
    save: answer
    next:
      - when: {var: answer, eq: "yes"}
        goto: thanks
      - goto: tip
  tip:
    type: message
    text: demo-tip
    next: thanks
  thanks:
    type: end
    text: demo-thanks
"""
GOOD_EN = """\
### reviewed: yes
demo-title = Demo
demo-ask = Do you?
demo-tip = A tip.
demo-thanks = Thanks, you said { $answer }.
"""


class Project:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.flows = root / "flows"
        self.locales = root / "locales"
        self.flows.mkdir()
        (self.locales / "en").mkdir(parents=True)
        self.write("locales/en/common.ftl", COMMON_EN)
        self.write("flows/demo.yaml", GOOD_FLOW)
        self.write("locales/en/demo.ftl", GOOD_EN)
        # Without crisis words the check warns that they are not heard (docs/CARE.md).
        self.write("locales/en/crisis.ftl", "### reviewed: yes\ncrisis-selfharm = want to die\n"
                                            "crisis-danger = i am in danger\ncrisis-negations = not\n")

    def write(self, relative: str, text: str) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")

    def replace(self, relative: str, old: str, new: str) -> None:
        path = self.root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new), encoding="utf-8")

    def load(self) -> LoadResult:
        return load_library(self.flows, self.locales)

    def file(self, relative: str) -> str:
        return str(self.root / relative)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def find(result: LoadResult, fragment: str) -> Problem:
    found = [p for p in result.problems if fragment in p.message]
    assert found, f"no problem with {fragment!r} in:\n" + "\n".join(map(str, result.problems))
    return found[0]


def test_the_good_project_loads_without_problems(project: Project) -> None:
    result = project.load()
    assert result.problems == () and result.ok and result.library is not None
    assert set(result.library.flows) == {"demo"}


def test_schema_errors_name_file_and_line(project: Project) -> None:
    project.replace("flows/demo.yaml", "    kind: choice", "    kind: choise")
    result = project.load()
    problem = find(result, "unknown kind `choise`")
    assert (problem.file, problem.line, problem.severity) == (project.file("flows/demo.yaml"), 8, "error")
    assert result.library is None


def test_yaml_syntax_errors_name_the_line(project: Project) -> None:
    project.replace("flows/demo.yaml", "    options: [yes, no, unsure]", "    options: [yes, no, unsure")
    problem = find(project.load(), "invalid YAML")
    assert problem.file == project.file("flows/demo.yaml") and problem.line in (10, 11, 12)


def test_dangling_goto_and_next(project: Project) -> None:
    project.replace("flows/demo.yaml", "      - goto: tip", "      - goto: tipp")
    project.replace("flows/demo.yaml", "    next: thanks", "    next: thank")
    result = project.load()
    goto = find(result, "goes to `tipp`")
    assert (goto.file, goto.line) == (project.file("flows/demo.yaml"), 15)
    assert "known steps: ask, thanks, tip" in goto.hint
    nxt = find(result, "goes to `thank`")
    assert nxt.line == 19


def test_unknown_start_and_unknown_flows(project: Project) -> None:
    project.replace("flows/demo.yaml", "start: ask", "start: begin")
    project.replace(
        "flows/demo.yaml",
        "  thanks:\n    type: end\n    text: demo-thanks\n",
        "  thanks:\n    type: call\n    flow: nowhere\n    next: bye\n"
        "  bye:\n    type: goto_flow\n    flow: elsewhere\n",
    )
    result = project.load()
    assert find(result, "start step `begin` does not exist").line == 4
    assert find(result, "refers to flow `nowhere`").line == 22
    assert find(result, "refers to flow `elsewhere`").line == 26


def test_unreachable_steps_are_warnings(project: Project) -> None:
    project.replace("flows/demo.yaml", "  thanks:\n", "  lost:\n    type: end\n  thanks:\n")
    result = project.load()
    problem = find(result, "step `lost` is unreachable")
    assert (problem.severity, problem.line) == ("warning", 20)
    assert result.ok  # warnings do not stop a library


def test_a_loop_with_no_way_out_is_an_error(project: Project) -> None:
    project.replace("flows/demo.yaml", "    text: demo-tip\n    next: thanks", "    text: demo-tip\n    next: ask")
    project.replace("flows/demo.yaml", "        goto: thanks", "        goto: tip")
    problem = find(project.load(), "can never end")
    assert problem.line == 6 and "`ask`" in problem.message


def test_branch_lists_need_a_final_fallback(project: Project) -> None:
    project.replace(
        "flows/demo.yaml", "      - goto: tip", "      - when: {var: answer, eq: unsure}\n        goto: tip"
    )
    problem = find(project.load(), "the last branch of `next` has a `when`")
    assert problem.line == 12 and problem.severity == "error"


def test_a_fallback_before_other_branches_is_a_warning(project: Project) -> None:
    project.replace(
        "flows/demo.yaml",
        '      - when: {var: answer, eq: "yes"}\n        goto: thanks\n      - goto: tip',
        '      - goto: tip\n      - when: {var: answer, eq: "yes"}\n        goto: thanks\n      - goto: thanks',
    )
    problem = find(project.load(), "the branches after it are never taken")
    assert problem.line == 13 and problem.severity == "warning"


def test_urgency_branches_need_a_fallback_too(project: Project) -> None:
    project.replace(
        "flows/demo.yaml",
        "  tip:\n    type: message\n    text: demo-tip\n",
        '  tip:\n    type: escalate\n    urgency:\n      - {when: {var: answer, eq: "no"}, value: high}\n',
    )
    problem = find(project.load(), "the last branch of `urgency`")
    assert problem.line == 18


def test_missing_english_message_points_at_the_flow_line(project: Project) -> None:
    project.replace("locales/en/demo.ftl", "demo-tip = A tip.\n", "")
    result = project.load()
    problem = find(result, "message `demo-tip` is missing in `en`")
    assert (problem.file, problem.line) == (project.file("flows/demo.yaml"), 18)
    assert "locales/en/demo.ftl" in problem.hint
    assert result.library is None


def test_missing_option_label_suggests_common_ftl(project: Project) -> None:
    project.replace("flows/demo.yaml", "options: [yes, no, unsure]", "options: [yes, no, perhaps]")
    problem = find(project.load(), "message `option-perhaps` is missing")
    assert problem.line == 10 and "common.ftl" in problem.hint


def test_missing_translations_are_grouped_warnings_per_file(project: Project) -> None:
    project.write("locales/fr/demo.ftl", "### reviewed: yes\ndemo-title = Démo\ndemo-ask = Et vous ?\n")
    result = project.load()
    demo = find(result, "2 message(s) missing in `fr`")
    assert demo.file == project.file("locales/fr/demo.ftl") and demo.severity == "warning"
    assert "demo-tip" in demo.message and "demo-thanks" in demo.message
    common = [p for p in result.problems if p.file == project.file("locales/fr/common.ftl")]
    assert common and common[0].severity == "warning"
    assert result.ok


def test_extra_messages_are_warnings_with_their_line(project: Project) -> None:
    project.write("locales/en/demo.ftl", GOOD_EN + "demo-old = Not used any more.\n")
    project.write("locales/fr/demo.ftl", "### reviewed: yes\ndemo-title = Démo\ndemo-typo = Oups\n")
    result = project.load()
    unused = find(result, "`demo-old` is not used by any flow")
    assert (unused.file, unused.line) == (project.file("locales/en/demo.ftl"), 6)
    extra = find(result, "`demo-typo` is not in `en`")
    assert (extra.file, extra.line) == (project.file("locales/fr/demo.ftl"), 3)


def test_placeables_the_flow_cannot_supply_are_errors(project: Project) -> None:
    project.replace("locales/en/demo.ftl", "demo-ask = Do you?", "demo-ask = Do you, { $name }?")
    problem = find(project.load(), "`$name` in `demo-ask` cannot be supplied")
    assert (problem.file, problem.line) == (project.file("locales/en/demo.ftl"), 3)


def test_a_variable_used_before_it_is_asked_is_an_error(project: Project) -> None:
    project.replace("locales/en/demo.ftl", "demo-ask = Do you?", "demo-ask = You said { $answer }?")
    problem = find(project.load(), "`$answer` in `demo-ask` cannot be supplied by flow `demo` at step `ask`")
    assert problem.line == 3


def test_built_ins_and_remembered_values_are_valid_placeables_an_unremembered_one_says_remember_it(
    project: Project,
) -> None:
    project.replace("locales/en/demo.ftl", "demo-ask = Do you?", "demo-ask = { $lang } { $country } { $timezone }?")
    assert project.load().problems == ()
    project.replace("locales/en/demo.ftl", "{ $lang }", "{ $profile_answer }")
    unremembered = find(project.load(), "`$profile_answer` in `demo-ask` cannot be supplied")
    assert unremembered.severity == "error"
    assert unremembered.hint == "no flow remembers `answer`; add it to a `remember` step"
    project.replace(
        "flows/demo.yaml", "  tip:\n", "  keep:\n    type: remember\n    vars: [answer]\n    next: thanks\n  tip:\n"
    )
    assert not any("profile_answer" in p.message for p in project.load().problems)


def test_translations_using_other_variables_than_english_are_warnings(project: Project) -> None:
    project.write("locales/fr/demo.ftl", "### reviewed: yes\ndemo-thanks = Merci, { $answr }.\n")
    result = project.load()
    wrong = find(result, "uses `$answr`, which the English message does not")
    assert (wrong.file, wrong.line, wrong.severity) == (project.file("locales/fr/demo.ftl"), 2, "warning")
    assert find(result, "does not use `$answer`").severity == "warning"
    assert find(result, "`$answr` in `demo-thanks` cannot be supplied").severity == "error"


def test_unknown_option_ids_in_conditions(project: Project) -> None:
    project.replace("flows/demo.yaml", 'eq: "yes"', "eq: yess")
    problem = find(project.load(), "`yess` is not an option of `answer`")
    assert problem.line == 13 and "yes, no, unsure" in problem.hint


def test_yes_no_answers_compare_with_booleans(project: Project) -> None:
    project.replace("flows/demo.yaml", "    kind: choice\n", "    kind: yesno\n")
    project.replace("flows/demo.yaml", "    options: [yes, no, unsure]\n", "")
    problem = find(project.load(), "is a yes/no answer; compare it with true or false")
    assert problem.line == 12


def test_unknown_variables_are_errors_and_unremembered_profile_values_warnings(project: Project) -> None:
    project.replace("flows/demo.yaml", 'var: answer, eq: "yes"', 'var: answr, eq: "yes"')
    project.replace("flows/demo.yaml", "      - goto: tip", "      - when: {var: profile.last, set: true}\n"
                    "        goto: tip\n      - goto: tip")  # fmt: skip
    result = project.load()
    assert find(result, "variable `answr` is never set").line == 13
    remembered = find(result, "no flow remembers `last`")
    assert (remembered.line, remembered.severity) == (15, "warning")


def test_consent_must_come_from_consent_options(project: Project) -> None:
    project.replace(
        "flows/demo.yaml",
        "  tip:\n    type: message\n    text: demo-tip\n",
        "  tip:\n    type: escalate\n    consent: answer\n",
    )
    problem = find(project.load(), "consent `answer` can be `yes`, which is not a consent")
    assert problem.line == 18


def test_subflows_that_call_back_are_errors(project: Project) -> None:
    project.replace(
        "flows/demo.yaml", "  tip:\n    type: message\n    text: demo-tip\n", "  tip:\n    type: call\n    flow: demo\n"
    )
    problem = find(project.load(), "calling `demo` leads back to `demo`")
    assert problem.line == 18


def test_fluent_syntax_errors_name_the_line(project: Project) -> None:
    project.replace("locales/en/demo.ftl", "demo-tip = A tip.", "demo-tip = A { tip.")
    result = project.load()
    problem = find(result, "Fluent syntax error")
    assert (problem.file, problem.line) == (project.file("locales/en/demo.ftl"), 4)


def test_duplicate_message_ids_are_errors(project: Project) -> None:
    project.write("locales/en/other.ftl", "### reviewed: yes\n\ndemo-tip = Another tip.\n")
    problem = find(project.load(), "message `demo-tip` is defined twice")
    assert (problem.file, problem.line) == (project.file("locales/en/other.ftl"), 3)
    assert "demo.ftl:4" in problem.hint


def test_duplicate_step_ids_are_errors(project: Project) -> None:
    project.replace("flows/demo.yaml", "  thanks:\n", "  tip:\n    type: end\n  thanks:\n")
    problem = find(project.load(), "`steps.tip` is written twice")
    assert problem.line == 20


def test_unreviewed_and_unmarked_translations_are_warnings(project: Project) -> None:
    project.write("locales/fr/demo.ftl", "### reviewed: no\ndemo-title = Démo\n")
    project.write("locales/fa/demo.ftl", "demo-title = نمایش\n")
    result = project.load()
    unreviewed = find(result, "not yet reviewed by a native speaker (fr)")
    assert (unreviewed.file, unreviewed.line, unreviewed.severity) == (project.file("locales/fr"), 0, "warning")
    assert unreviewed.message.endswith("all 1 files: demo.ftl")
    unmarked = find(result, "does not say whether the file was reviewed")
    assert unmarked.file == project.file("locales/fa/demo.ftl")
    assert result.ok


def test_keywords_shared_by_two_commands_are_warnings(project: Project) -> None:
    project.write("locales/fr/common.ftl", "### reviewed: yes\nkeyword-back = retour\nkeyword-stop = stop, retour\n")
    problem = find(project.load(), "`retour` is a keyword for both `back` and `stop`")
    assert problem.line == 3


def test_missing_common_messages_in_english_are_errors(project: Project) -> None:
    project.replace("locales/en/common.ftl", "hint-yesno = ", "hint-yes-or-no = ")
    problem = find(project.load(), "message `hint-yesno` is missing in `en`")
    assert problem.file == project.file("locales/en/common.ftl")


def test_the_file_name_must_match_the_flow_id(project: Project) -> None:
    (project.flows / "demo.yaml").rename(project.flows / "other.yaml")
    problem = find(project.load(), "differs from the file name")
    assert (problem.file, problem.line) == (project.file("flows/other.yaml"), 1)


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\x00bad", b"just a string", b"- a\n- list", b"id: [unclosed", b"steps: {a: 1}\n" * 3,
     b"id: demo\nversion: 1\ntitle: t\nstart: a\nsteps: []\n", "id: démo\n".encode()],
)  # fmt: skip
def test_no_bad_flow_file_makes_the_loader_raise(project: Project, content: bytes) -> None:
    (project.flows / "demo.yaml").write_bytes(content)
    result = project.load()
    assert result.library is None and result.errors
    assert all(p.file.endswith("demo.yaml") or "demo" in p.message or p.file.endswith(".ftl") for p in result.errors)


@pytest.mark.parametrize("content", [b"\xff\xfe", b"= = =", b"{ $", b"-term = \n", b"x = { -missing }\n"])
def test_no_bad_locale_file_makes_the_loader_raise(project: Project, content: bytes) -> None:
    (project.locales / "en" / "demo.ftl").write_bytes(content)
    assert project.load().errors


def test_missing_directories_are_problems_not_exceptions(tmp_path: Path) -> None:
    result = load_library(tmp_path / "no-flows", tmp_path / "no-locales")
    assert result.library is None
    messages = [p.message for p in result.errors]
    assert "the flows directory does not exist" in messages and "the locales directory does not exist" in messages


def test_reload_keeps_the_old_library_when_the_new_one_has_errors(project: Project) -> None:
    old = project.load().library
    assert old is not None
    project.replace("flows/demo.yaml", "goto: tip", "goto: nowhere")
    kept, problems = reload(old, project.flows, project.locales)
    assert kept is old and any(p.is_error for p in problems)
    project.replace("flows/demo.yaml", "goto: nowhere", "goto: tip")
    project.replace("flows/demo.yaml", "version: 1", "version: 2")
    new, problems = reload(old, project.flows, project.locales)
    assert new is not old and new is not None and new.flows["demo"].version == 2 and problems == []


def test_load_catalog_reads_messages_alone_and_reports_fluent_errors(project: Project) -> None:
    project.write("locales/fr/bot.ftl", "### reviewed: yes\nbot-hello = Bonjour\nbroken = {\n")
    catalog, problems = load_catalog(project.locales)
    assert catalog.render("fr", "bot-hello") == "Bonjour" and catalog.languages == ("en", "fr")
    assert [(p.file, p.line) for p in problems] == [(project.file("locales/fr/bot.ftl"), 3)]
