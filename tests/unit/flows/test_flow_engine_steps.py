"""What each step type does when the engine runs it."""

from __future__ import annotations

from flowkit import T0, asked, build, names, play

from bot.engine.effects import (
    Ask,
    Escalate,
    FlowEnded,
    FlowStarted,
    Notice,
    OfferPerson,
    OptionView,
    Remember,
    Say,
    ScheduleFollowup,
    SetPreference,
    StepVisited,
    SummaryItem,
)
from bot.engine.engine import start, step
from bot.engine.inputs import TextInput
from bot.engine.state import Context

MESSAGE = """
id: msg
version: 1
title: msg-title
start: hello
steps:
  hello:
    type: message
    text: msg-hello
    items:
      limit: 2
      entries:
        - {when: {var: lang, eq: fr}, text: msg-french}
        - {text: msg-one}
        - {when: {var: country, set: true}, text: msg-country}
        - {text: msg-two}
    next: bye
  bye: {type: end, text: msg-bye}
"""


MESSAGE_EN = {"en": {"msg": "msg-hello = Hello ({ $lang })\nmsg-country = In { $country }\nmsg-bye = Bye\n"}}


def test_message_says_text_and_the_first_items_whose_condition_holds() -> None:
    lib = build(MESSAGE, messages=MESSAGE_EN)
    state, effects = play(lib, "msg", ctx=Context(lang="en", country="IR"))
    says = [e for e in effects if isinstance(e, Say)]
    assert [s.msgid for s in says] == ["msg-hello", "msg-bye"]
    assert says[0].items == ("msg-one", "msg-country")
    assert says[0].args == {"lang": "en", "country": "IR"}  # what the text and its items use
    assert says[1].args == {}
    assert names(effects) == ["FlowStarted", "Say", "Say", "FlowEnded"]
    assert state.ended and state.step is None and not state.waiting


QUESTIONS = """
id: qs
version: 1
title: qs-title
start: pick
reactions: true
steps:
  pick:
    type: question
    kind: choice
    text: qs-pick
    options: [a, {id: b, text: qs-b}]
    save: pick
    next: many
  many:
    type: question
    kind: choice
    multiple: true
    text: qs-many
    options: [a, b]
    save: many
    next: yn
  yn: {type: question, kind: yesno, text: qs-yn, save: yn, reactions: false, next: sc}
  sc: {type: question, kind: scale, min: 1, max: 5, min_label: qs-low, text: qs-sc, save: sc, next: nb}
  nb: {type: question, kind: number, min: 0, text: qs-nb, save: nb, next: tx}
  tx: {type: question, kind: text, optional: true, text: qs-tx, save: tx, next: at}
  at: {type: question, kind: attachment, text: qs-at, save: at, next: done}
  done: {type: end, text: qs-done}
"""


QUESTIONS_EN = {
    "en": {
        "qs": """\
            qs-many = After { $pick }?
            qs-done = { $pick } { $many } { $yn } { $sc } { $nb } { $tx } { $at }
            """
    }
}


def test_every_question_kind_asks_with_its_shape_and_saves_its_value() -> None:
    from bot.engine.inputs import AttachmentInput

    lib = build(QUESTIONS, messages=QUESTIONS_EN)
    state, effects = play(
        lib, "qs", "2", "1, 2", "no", "4", "17", "skip", AttachmentInput("ref-9", "file", 10, "text/plain", "x.txt")
    )
    asks = [e for e in effects if isinstance(e, Ask)]
    assert [a.step for a in asks] == ["pick", "many", "yn", "sc", "nb", "tx", "at"]
    pick, many, yn, sc, nb, tx, at = asks
    assert pick.options == (OptionView("a", "option-a", 1), OptionView("b", "qs-b", 2))
    assert pick.reactions and pick.kind == "choice" and not pick.multiple
    assert many.multiple and not many.reactions  # one tap cannot answer a multiple choice
    assert yn.options == (OptionView("yes", "option-yes", 1), OptionView("no", "option-no", 2))
    assert not yn.reactions  # the question overrides the flow
    assert (sc.min, sc.max, sc.min_label, sc.max_label, sc.reactions) == (1, 5, "qs-low", None, False)
    assert (nb.min, nb.max) == (0.0, None)
    assert tx.optional and not at.optional
    assert all(a.attempt == 1 for a in asks)
    assert state.ended
    done = next(e for e in effects if isinstance(e, Say))
    assert done.args["pick"] == "b"
    assert done.args["many"] == "a, b"  # lists are joined
    assert done.args["yn"] == "No"  # booleans are shown as the yes/no label
    assert (done.args["sc"], done.args["nb"], done.args["at"]) == (4, 17, "ref-9")
    assert "tx" not in done.args  # skipped: unset


def test_asks_carry_only_the_variables_their_message_uses() -> None:
    lib = build(QUESTIONS, messages=QUESTIONS_EN)
    _, effects = play(lib, "qs", "1", "2")
    asks = [e for e in effects if isinstance(e, Ask)]
    assert asks[0].args == {} and asks[1].args == {"pick": "a"} and asks[2].args == {}


COMPUTE = """
id: calc
version: 1
title: calc-title
start: a
steps:
  a: {type: question, kind: scale, min: 0, max: 5, text: calc-a, save: a, next: score}
  score:
    type: compute
    set:
      double: {mul: [{var: a}, 2]}
      plus: {sum: [{var: double}, 1]}
      gone: {var: nothing}
    next:
      - {when: {var: plus, ge: 5}, goto: high}
      - goto: low
  high: {type: end, text: calc-high}
  low: {type: end, text: calc-low}
"""


def test_compute_sets_variables_in_order_and_unset_results_stay_unset() -> None:
    lib = build(COMPUTE)
    state, effects = play(lib, "calc", "2")
    assert dict(state.vars) == {"a": 2, "double": 4, "plus": 5}
    assert [e.msgid for e in effects if isinstance(e, Say)] == ["calc-high"]
    _, effects = play(lib, "calc", "1")
    assert [e.msgid for e in effects if isinstance(e, Say)] == ["calc-low"]


ESCALATE = """
id: esc
version: 1
title: esc-title
start: danger
steps:
  danger: {type: question, kind: yesno, text: esc-danger, save: danger, next: share}
  share:
    type: question
    kind: choice
    text: esc-share
    options: [full, pseudonymous, none, later]
    save: share
    next: details
  details: {type: question, kind: text, text: esc-details, save: details, optional: true, next: case}
  case:
    type: escalate
    urgency:
      - {when: {var: danger, eq: true}, value: urgent}
      - value: normal
    summary: [danger, details, score]
    consent: share
    reason: esc-reason
    next: fu
  fu: {type: followup, after: 3d, flow: esc, text: esc-invite, next: done}
  done: {type: end}
"""


def test_escalate_computes_urgency_summary_and_consent() -> None:
    lib = build(ESCALATE)
    _, effects = play(lib, "esc", "yes", "full", "they followed me")
    case = next(e for e in effects if isinstance(e, Escalate))
    assert case == Escalate(
        flow="esc",
        urgency="urgent",
        summary=(
            SummaryItem("esc-danger", "danger", True),
            SummaryItem("esc-details", "details", "they followed me"),
            SummaryItem(None, "score", None),
        ),
        consent="full",
        reason="esc-reason",
    )
    _, effects = play(lib, "esc", "no", "pseudonymous", "skip")
    case = next(e for e in effects if isinstance(e, Escalate))
    assert case.urgency == "normal" and case.consent == "pseudonymous"
    assert case.summary[1] == SummaryItem("esc-details", "details", None)


def test_escalate_without_consent_sends_no_summary_and_unknown_consent_means_pseudonymous() -> None:
    lib = build(ESCALATE)
    _, effects = play(lib, "esc", "no", "none", "private")
    case = next(e for e in effects if isinstance(e, Escalate))
    assert case.consent == "none" and case.summary == ()
    _, effects = play(lib, "esc", "no", "later", "x y")
    assert next(e for e in effects if isinstance(e, Escalate)).consent == "pseudonymous"


def test_followup_is_scheduled_with_its_delay_and_invitation() -> None:
    lib = build(ESCALATE)
    _, effects = play(lib, "esc", "no", "full", "skip")
    assert ScheduleFollowup("esc", 3 * 86400, "esc-invite") in effects


PREFS = """
id: prefs
version: 1
title: prefs-title
start: lang
steps:
  lang:
    type: question
    kind: choice
    text: prefs-lang
    options: [en, fa, xx-not-a-code!]
    save: chosen
    next: apply
  apply: {type: preference, name: language, from: chosen, next: tz}
  tz: {type: question, kind: text, optional: true, text: prefs-tz, save: tz, next: set_tz}
  set_tz: {type: preference, name: timezone, from: tz, next: country}
  country: {type: compute, set: {where: IR}, next: set_country}
  set_country: {type: preference, name: country, from: where, next: confirm}
  confirm: {type: question, kind: yesno, text: prefs-ok, save: ok, next: keep}
  keep: {type: remember, vars: [ok, tz, chosen], next: done}
  done: {type: end, text: prefs-done}
"""


def test_preferences_change_the_context_and_the_language_of_answers() -> None:
    lib = build(PREFS.replace(", xx-not-a-code!", ""), messages={"fa": {"common": "option-yes = بله\n"}})
    state, effects = play(lib, "prefs", "2", "Asia/Tehran", "بله")
    assert SetPreference("language", "fa") in effects
    assert SetPreference("timezone", "Asia/Tehran") in effects
    assert SetPreference("country", "IR") in effects
    assert state.ctx.lang == "fa" and state.ctx.timezone == "Asia/Tehran" and state.ctx.country == "IR"
    assert state.vars["ok"] is True  # "بله" understood because the language changed to fa


def test_preference_from_an_unset_variable_sets_nothing() -> None:
    lib = build(PREFS.replace(", xx-not-a-code!", ""))
    state, effects = play(lib, "prefs", "1", "skip", "yes")
    assert [e.name for e in effects if isinstance(e, SetPreference)] == ["language", "country"]
    assert state.ctx.timezone is None


def test_remember_keeps_values_in_the_profile_for_later_flows() -> None:
    lib = build(PREFS.replace(", xx-not-a-code!", ""))
    state, effects = play(lib, "prefs", "1", "skip", "yes")
    assert [e for e in effects if isinstance(e, Remember)] == [Remember("ok", True), Remember("chosen", "en")]
    assert dict(state.ctx.profile) == {"ok": True, "chosen": "en"}


CALLER = """
id: caller
version: 1
title: caller-title
start: name
steps:
  name: {type: question, kind: text, text: caller-name, save: name, next: sub}
  sub: {type: call, flow: callee, next: [{when: {var: age, ge: 18}, goto: adult}, {goto: young}]}
  adult: {type: end, text: caller-adult}
  young: {type: end, text: caller-young}
"""
CALLEE = """
id: callee
version: 1
title: callee-title
start: age
steps:
  age: {type: question, kind: number, text: callee-age, save: age, next: done}
  done: {type: end, text: callee-done}
"""


def test_call_runs_a_subflow_that_shares_variables_then_continues_after_it() -> None:
    lib = build(CALLER, CALLEE)
    state, effects = play(lib, "caller", "Sam", "30")
    assert names(effects) == [
        "FlowStarted", "Ask", "FlowStarted", "Ask", "Say", "FlowEnded", "Say", "FlowEnded",
    ]  # fmt: skip
    assert [e.flow for e in effects if isinstance(e, FlowStarted | FlowEnded)] == [
        "caller", "callee", "callee", "caller",
    ]  # fmt: skip
    assert [e.msgid for e in effects if isinstance(e, Say)] == ["callee-done", "caller-adult"]
    assert state.ended and dict(state.vars) == {"name": "Sam", "age": 30}


def test_state_inside_a_subflow_knows_its_caller() -> None:
    lib = build(CALLER, CALLEE)
    state, _ = play(lib, "caller", "Sam")
    assert state.flow == "callee" and state.root_flow == "caller" and len(state.stack) == 1
    assert state.stack[0].step == "sub"


GOTO = """
id: first
version: 1
title: first-title
start: q
steps:
  q: {type: question, kind: text, text: first-q, save: secret, next: go}
  go: {type: goto_flow, flow: second}
"""
SECOND = """
id: second
version: 1
title: second-title
start: done
steps:
  done: {type: end, text: second-done}
"""


def test_goto_flow_ends_this_flow_and_starts_the_other_fresh() -> None:
    lib = build(GOTO, SECOND)
    state, effects = play(lib, "first", "my secret")
    assert names(effects)[-4:] == ["FlowEnded", "FlowStarted", "Say", "FlowEnded"]
    assert state.flow == "second" and state.ended
    assert "secret" not in state.vars  # only the profile carries over
    assert "secret" not in next(e for e in effects if isinstance(e, Say)).args


def test_end_stops_the_flow_and_further_input_gets_a_notice_not_an_error() -> None:
    lib = build(MESSAGE)
    state, _ = play(lib, "msg")
    again, effects = step(lib, state, TextInput("hello?"), T0)
    assert again.ended and effects == [Notice("flow-not-active")]


def test_starting_an_unknown_flow_ends_at_once_with_a_notice() -> None:
    lib = build(MESSAGE)
    state, effects = start(lib, "nope", T0)
    assert state.ended and effects == [Notice("flow-unavailable")]


LOOP = """
id: loop
version: 1
title: loop-title
start: a
steps:
  a: {type: message, text: loop-a, next: b}
  b: {type: compute, set: {n: 1}, next: a}
"""


def test_a_loop_without_questions_is_cut_off_and_a_person_offered() -> None:
    lib = build(LOOP)
    state, effects = start(lib, "loop", T0)
    assert state.ended
    assert effects[-3:] == [Notice("flow-broken"), OfferPerson(), FlowEnded("loop")]
    assert len(effects) < 250


def test_broken_targets_and_missing_fallbacks_end_the_flow_instead_of_raising() -> None:
    dangling = LOOP.replace("next: a\n", "next: nowhere\n")
    state, effects = start(build(dangling), "loop", T0)
    assert state.ended and Notice("flow-broken") in effects
    no_fallback = LOOP.replace("next: a\n", "next: [{when: {var: n, eq: 2}, goto: a}]\n")
    state, effects = start(build(no_fallback), "loop", T0)
    assert state.ended and Notice("flow-broken") in effects


RECURSIVE = """
id: rec
version: 1
title: rec-title
start: again
steps:
  again: {type: call, flow: rec, next: done}
  done: {type: end}
"""


def test_endless_subflow_calls_are_cut_off() -> None:
    state, effects = start(build(RECURSIVE), "rec", T0)
    assert state.ended and Notice("flow-broken") in effects
    assert effects.count(FlowEnded("rec")) == 9  # the flow and its 8 nested calls all end


def test_profile_values_are_readable_and_shown_as_profile_args() -> None:
    lib = build(
        """
        id: prof
        version: 1
        title: prof-title
        start: hi
        steps:
          hi:
            type: message
            text: prof-hi
            next: [{when: {var: profile.who5, lt: 50}, goto: low}, {goto: done}]
          low: {type: end, text: prof-low}
          done: {type: end, text: prof-done}
        """,
        messages={"en": {"prof": "prof-hi = { $profile_who5 } { $profile_seen }\n"}},
    )
    _, effects = play(lib, "prof", ctx=Context(profile={"who5": 40, "seen": True}))
    hi = next(e for e in effects if isinstance(e, Say))
    assert hi.args["profile_who5"] == 40 and hi.args["profile_seen"] == "Yes"
    assert [e.msgid for e in effects if isinstance(e, Say)] == ["prof-hi", "prof-low"]
    assert asked(effects) == []


def test_a_trace_names_each_step_entered_and_only_when_asked_for() -> None:
    lib = build(QUESTIONS, MESSAGE, messages={**QUESTIONS_EN, **MESSAGE_EN})
    state, plain = start(lib, "msg", T0, Context(lang="en"))
    _, traced = start(lib, "msg", T0, Context(lang="en"), trace=True)
    assert [e for e in traced if not isinstance(e, StepVisited)] == plain, "a trace adds, never changes"
    assert not any(isinstance(e, StepVisited) for e in plain)
    assert [e for e in traced if isinstance(e, StepVisited)] == [StepVisited("msg", "hello"), StepVisited("msg", "bye")]

    state, _ = start(lib, "qs", T0, trace=True)
    state, effects = step(lib, state, TextInput("7"), T0, trace=True)  # not an option: asked again
    assert asked(effects) == ["pick"] and not any(isinstance(e, StepVisited) for e in effects), "not entered again"
    _, effects = step(lib, state, TextInput("1"), T0, trace=True)
    assert [e for e in effects if isinstance(e, StepVisited)] == [StepVisited("qs", "many")]
