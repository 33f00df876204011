"""Conversation modes (flow, team, paused): a flow keeps the chat until its last question, team
mode starts once and says so, every relayed message is acknowledged once, keywords still work.

Issue #14: "after asking for a mentor, '1' to 'Would you like me to check in with you again in 7
days?' was relayed to the team and no follow-up was scheduled; `reminders` typed while relaying
got no answer".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine.model import QUESTION_CLASSES, ChoiceQuestion, ScaleQuestion, TextQuestion, YesNoQuestion
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.convworld import ANNA, ANNA_DM, SHIPPED, World, with_flows, words
from tests.storekit import read

# A check-in whose escalation comes BEFORE its last question (the shape of issue #14, item 1).
CHECKIN = {"checkin": """
    id: checkin
    version: 1
    title: checkin-title
    menu: false
    start: ask_person
    steps:
      ask_person:
        type: question
        kind: yesno
        text: checkin-want-person
        save: wants_person
        next:
          - {when: {var: wants_person, eq: true}, goto: person}
          - goto: offer_followup
      person:
        type: escalate
        urgency: normal
        reason: checkin-reason
        next: person_done
      person_done:
        type: message
        text: checkin-person-done
        next: offer_followup
      offer_followup:
        type: question
        kind: yesno
        text: checkin-offer-followup
        save: wants_followup
        next:
          - {when: {var: wants_followup, eq: true}, goto: followup}
          - goto: done
      followup:
        type: followup
        after: 7d
        flow: checkin
        text: checkin-invite
        next: followup_set
      followup_set:
        type: end
        text: checkin-followup-set
      done:
        type: end
        text: checkin-done
"""}
CHECKIN_TEXTS = """
    checkin-title = Check-in
    checkin-want-person = Would you like a mentor to get in touch with you?
    checkin-reason = Asked for a mentor in a check-in.
    checkin-person-done = Thank you. The team has been told.
    checkin-offer-followup = Would you like me to check in with you again in 7 days?
    checkin-invite = Time for a check-in?
    checkin-followup-set = Done: I will write to you in 7 days.
    checkin-done = Thank you for checking in.
"""
LIB = with_flows(CHECKIN, CHECKIN_TEXTS)
PASSED = "✓"  # the reaction under a relayed message (bot.care.mentors.relay.PASSED)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


@pytest.fixture
async def world(store: Store) -> World:
    w = World(store, LIB)
    await w.onboard()
    return w


def en(msgid: str, **args: object) -> str:
    return words(LIB, msgid, **args)


def said(replies: list[str], msgid: str, **args: object) -> bool:
    """Whether one of the replies contains the message (a question also lists its options)."""
    return any(en(msgid, **args) in reply for reply in replies)


async def asked_for_a_mentor(world: World) -> None:
    """The check-in starts; the person asks for a mentor; the flow still has its 7-day question."""
    await world.invite("checkin", "checkin-invite")
    assert said(await world.say("yes"), "checkin-want-person")
    replies = await world.say("yes")
    assert said(replies, "checkin-person-done") and en("checkin-offer-followup") in replies[-1]


# --- a flow that escalated keeps the chat until its last question ---------------------------------


async def test_one_to_the_7_day_question_after_asking_for_a_mentor_schedules_the_followup(world: World) -> None:
    await asked_for_a_mentor(world)
    assert said(await world.say("1"), "checkin-followup-set")  # answered by the flow, not relayed
    (followup,) = [f for f in await world.followups() if f.flow == "checkin" and f.status == "scheduled"]
    assert followup.text == "checkin-invite"
    assert not [b for b in world.thread() if en("mentor-relay-from", case="C-0001") in b]


async def test_team_mode_starts_when_the_flow_ends_said_once_and_no_menu_over_it(world: World) -> None:
    await asked_for_a_mentor(world)
    assert len(await world.cases()) == 1  # the case is open already; the mentors have its card
    replies = await world.say("1")
    assert replies[0] == en("checkin-followup-set") and len(replies) == 2  # no menu after it
    assert replies[1].startswith(en("mentor-person-opened")) and en("care-hours") in replies[1]
    replies = await world.say("hello, are you there?")
    assert replies == [en("mentor-person-passed")]
    assert world.thread()[-1] == f"{en('mentor-relay-from', case='C-0001')} hello, are you there?"
    assert sum(en("mentor-person-opened") in b for b in [s.body for s in world.log]) == 1


async def test_the_shipped_wellbeing_check_in_answers_the_7_day_question_after_a_person_is_asked_for(
    store: Store,
) -> None:
    world = World(store, SHIPPED)
    await world.onboard()
    await world.say("2")  # the menu: wellbeing
    answered_followup = False
    for _ in range(60):
        state = await world.state()
        if state is None or not state.waiting or state.flow != "wellbeing":
            break
        question = SHIPPED.flows["wellbeing"].steps[state.step or ""]
        assert isinstance(question, QUESTION_CLASSES)
        answer = wellbeing_answer(question)
        answered_followup = answered_followup or question.text == "wellbeing-offer-followup"
        await world.say(answer)
    assert answered_followup
    assert [f.flow for f in await world.followups() if f.status == "scheduled"] == ["wellbeing"]
    assert len(await world.cases()) == 1
    relayed = [b for b in world.thread() if b.startswith(words(SHIPPED, "mentor-relay-from", case="C-0001"))]
    assert relayed == [], "no answer to the flow may reach the team"


def wellbeing_answer(question: object) -> str:
    """A low score, no crisis, a person wanted (shared without a name), and yes to a check-in."""
    if isinstance(question, ScaleQuestion):
        return "1"
    if isinstance(question, YesNoQuestion):
        return "1"  # yes: to a person, to the open questions, to the 7-day check-in
    if isinstance(question, ChoiceQuestion):
        return "1"  # the safety question's first option is "no"; sharing: without my name
    if isinstance(question, TextQuestion):
        return "skip" if question.optional else "fine"
    raise AssertionError(f"unexpected question {question!r}")


# --- team mode: acknowledged once, keywords still work --------------------------------------------


async def in_team_mode(world: World) -> None:
    await asked_for_a_mentor(world)
    await world.say("2")  # no 7-day check-in; the flow ends, team mode starts


async def test_every_relayed_message_is_acknowledged_once_words_first_then_a_tick(world: World) -> None:
    await in_team_mode(world)
    _, sent = await world.send("they followed me today")
    assert [s.body for s in sent] == [en("mentor-person-passed")]
    event_id, sent = await world.send("a grey car")
    (tick,) = sent
    assert tick.event_type == "m.reaction"
    assert tick.content["m.relates_to"] == {"rel_type": "m.annotation", "event_id": event_id, "key": PASSED}
    await world.mentor_writes("Are you safe now?")
    assert [s.body for s in (await world.send("yes, at home"))[1]] == [en("mentor-person-passed")]
    assert world.thread()[-1].endswith("yes, at home")


async def test_reminders_typed_while_relaying_gets_its_answer(world: World) -> None:
    await in_team_mode(world)
    before = len(world.thread())
    assert await world.say("reminders") == [en("bot-followup-none")]
    assert len(await world.say("remind me in 3d")) == 1  # the reminder is set, and says so
    assert [f.source for f in await world.followups() if f.status == "scheduled"] == ["person"]
    assert len(await world.say("reminders")) == 1  # now a list of one
    assert len(world.thread()) == before, "the reminder words are the bot's, not the team's"


async def test_help_in_team_mode_says_who_they_are_talking_with(world: World) -> None:
    await in_team_mode(world)
    replies = await world.say("help")
    assert replies == [en("bot-help-team", case="C-0001"), en("bot-help")]
    assert not any(b.endswith(" help") for b in world.thread())


async def test_menu_and_language_hand_the_chat_back_to_the_bot(world: World) -> None:
    await in_team_mode(world)
    assert en("menu-choose") in (await world.say("menu"))[-1]
    relayed = len(world.thread())
    assert en("wellbeing-intro").splitlines()[0] in (await world.say("2"))[0]  # the menu's answer, not the team's
    assert len(world.thread()) == relayed
    case = await world.case()
    assert case is not None and case.status == "open" and not case.relay
    await world.mentor_writes("I am here now.")  # the team writes: team mode again
    assert await world.say("thank you") == [en("mentor-person-passed")]
    assert en("language-choose").splitlines()[0] in (await world.say("language"))[0]
    assert not (await world.case() or case).relay


async def test_mentor_in_team_mode_opens_no_second_case(world: World) -> None:
    await in_team_mode(world)
    assert await world.say("mentor") == [en("mentor-person-still-open")]
    assert len(await world.cases()) == 1
    assert world.thread()[-1] == en("mentor-asked-again", case="C-0001")


async def test_stop_in_team_mode_pauses_reminders_and_keeps_the_case(world: World) -> None:
    await in_team_mode(world)
    assert await world.say("stop") == [en("bot-stopped")]
    assert await read(world.store, lambda r: r.followups.is_paused(ANNA))
    case = await world.case()
    assert case is not None and case.status == "open"


async def test_mentor_in_the_middle_of_a_flow_pauses_it_and_back_resumes_it(world: World) -> None:
    await world.say("2")  # wellbeing: the first WHO-5 statement waits
    (replies,) = await world.say("mentor")
    assert replies.startswith(en("mentor-person-opened")) and en("care-hours") in replies
    assert await world.say("I need to talk") == [en("mentor-person-passed")]
    state = await world.state()
    assert state is not None and state.flow == "wellbeing" and state.waiting  # kept, paused
    replies = await world.say("back")  # hands the chat back to the bot, in the paused flow
    assert replies and en("mentor-person-passed") not in replies


async def test_a_mentor_writing_in_the_middle_of_a_flow_is_team_mode(world: World) -> None:
    await asked_for_a_mentor(world)  # the 7-day question waits; the relay has not started
    case = await world.case()
    assert case is not None and not case.relay
    await world.mentor_writes("Hello, I am Mia from the team.")
    assert en("mentor-person-says") in [s.body for s in world.log if s.room_id == ANNA_DM][-1]
    assert await world.say("hi Mia") == [en("mentor-person-passed")]
    assert world.thread()[-1].endswith("hi Mia")
