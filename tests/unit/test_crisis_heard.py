"""Crisis heard anywhere (#13 item 1): crisis words at the menu, in the middle of a check, in a
free-text answer, in team mode and before consent get the crisis reply at once, an urgent case,
and a paused flow that **continue** resumes — never "please answer with a number".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.care.crisis_desk import EPISODE_S
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Store
from tests.convworld import ANNA, ANNA_DM, LANGS, MENTORS, SHIPPED, World, plain, words
from tests.storekit import read

# One sentence of crisis per language (as a person might type it: no accents, a typo or two).
SELFHARM = {
    "en": "honestly i want to end my life",
    "fr": "je veux mourir",
    "es": "quiero morir",
    "fa": "میخواهم خودکشی کنم",
    "ar": "اريد ان انتحر",
    "ru": "я хочу умереть",
    "prs": "میخواهم خودکشی کنم",
    "ps": "غواړم ځان ووژنم",
}


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


def reply_start(lang: str, kind: str = "selfharm") -> str:
    return plain(words(SHIPPED, "crisis-reply", lang, kind=kind)).splitlines()[0][:30]


async def waiting(world: World) -> tuple[str, str | None]:
    state = await world.state()
    assert state is not None
    return state.flow, state.step


def lang_option(lang: str) -> str:
    return str(LANGS.index(lang) + 1)


@pytest.mark.parametrize("lang", LANGS)
async def test_at_the_menu_in_every_language(store: Store, lang: str) -> None:
    world = World(store)
    await world.onboard(lang_option(lang))
    before = await waiting(world)
    (reply,) = await world.say(SELFHARM[lang])
    assert reply.startswith(reply_start(lang))
    assert plain(words(SHIPPED, "crisis-telling-team", lang)) in reply
    assert plain(words(SHIPPED, "crisis-continue", lang)) in reply
    (case,) = await world.cases()
    assert case.urgency == "urgent" and case.relay  # the team hears what they write next
    assert any(SELFHARM[lang] in body for body in world.thread())  # they agreed to share their words
    assert await waiting(world) == before  # the menu is paused, not answered
    # continue: back to the bot, the question that waited, asked again.
    again = await world.say(words(SHIPPED, "keyword-continue", lang).split(",")[0].strip())
    assert again and plain(words(SHIPPED, "menu-choose", lang)).splitlines()[0][:20] in again[-1]
    assert not (await world.case()).relay  # type: ignore[union-attr]


async def test_in_the_middle_of_the_hygiene_check_and_it_resumes(store: Store) -> None:
    world = World(store)
    await world.onboard(lang_option("fr"))
    await world.say("1")  # the hygiene check
    await world.say("1")  # devices
    before = await waiting(world)
    assert before[0] == "hygiene"
    (reply,) = await world.say("franchement je veux mourir")
    assert reply.startswith(reply_start("fr"))
    assert await waiting(world) == before
    (asked,) = await world.say("continuer")
    assert plain(words(SHIPPED, "hygiene-passwords", "fr")).splitlines()[-1] in asked  # the same question, again
    assert await waiting(world) == before
    await world.say("1")
    assert (await waiting(world)) != before and (await waiting(world))[0] == "hygiene"


async def test_in_a_free_text_answer_of_the_threat_report(store: Store) -> None:
    world = World(store)
    await world.onboard(lang_option("es"))
    await world.say("3")  # threat report
    await world.say("2")  # not in danger right now
    await world.say("1")  # a safe channel
    await world.say("1")  # surveillance
    flow, step = await waiting(world)
    assert (flow, step) == ("threat", "details")
    (reply,) = await world.say("me han detenido a mi hermano y quiero morir")
    assert reply.startswith(plain(words(SHIPPED, "crisis-reply", "es", kind="danger"))[:30]) or reply.startswith(
        reply_start("es"))
    assert (await waiting(world)) == (flow, step)
    (case,) = await world.cases()
    assert case.urgency == "urgent"


async def test_danger_gets_the_outside_contacts(store: Store) -> None:
    world = World(store)
    await world.onboard()
    (reply,) = await world.say("they are at my door right now")
    assert reply.startswith(reply_start("en", "danger"))
    assert plain(words(SHIPPED, "urgent-outside-help", "en")).splitlines()[0] in reply


async def test_in_team_mode_the_open_case_is_raised_and_a_second_hit_is_short(store: Store) -> None:
    world = World(store)
    await world.onboard()
    await world.say("mentor")
    (case,) = await world.cases()
    assert case.urgency == "normal" and case.relay
    (reply,) = await world.say("i want to die")
    assert reply.startswith(reply_start("en"))
    (case,) = await world.cases()
    assert case.urgency == "urgent"
    assert any(body.startswith("@room") for body in world.thread())  # raised: the room is pinged
    (short,) = await world.say("i really want to die")  # the same episode
    assert short == plain(words(SHIPPED, "crisis-again", "en"))
    assert sum("i really want to die" in body for body in world.thread()) == 1
    assert len(await world.cases()) == 1
    world.now += __import__("datetime").timedelta(seconds=EPISODE_S + 60)
    (whole,) = await world.say("i want to die")
    assert whole.startswith(reply_start("en"))  # a new episode: the whole reply again


async def test_an_edit_is_heard_too(store: Store) -> None:
    world = World(store)
    await world.onboard()
    _, sent = await world.send("i am fine", kind="edit")
    _, sent = await world.send("i want to kill myself", kind="edit")
    bodies = [s.body for s in sent if s.event_type == "m.room.message"]
    assert bodies and bodies[0].startswith(reply_start("en"))


async def test_before_consent_the_words_are_not_passed_on(store: Store) -> None:
    world = World(store)
    await world.say("hello")  # the onboarding asks for a language
    (reply,) = await world.say("i want to kill myself")
    assert reply.startswith(reply_start("en"))
    (case,) = await world.cases()
    assert case.urgency == "urgent" and case.consent == "none"
    assert not any("kill myself" in body for body in world.thread())
    assert any(plain(words(SHIPPED, "crisis-words-withheld", "en")) in body for body in world.thread())
    rows = await read(store, lambda r: r.edge.unsent())
    assert not any("kill myself" in str(item.content) for item in rows)


async def test_a_near_miss_is_an_answer_as_before(store: Store) -> None:
    world = World(store)
    await world.onboard()
    await world.say("this game killed my battery")
    assert await world.cases() == []


async def test_without_a_mentor_room_the_reply_says_no_person_can_be_reached(store: Store) -> None:
    world = World(store)
    object.__setattr__(world.settings, "mentor_room", None)  # (frozen settings; the world shares them)
    await world.onboard()
    (reply,) = await world.say("i want to die")
    assert plain(words(SHIPPED, "crisis-no-team", "en")) in reply
    assert plain(words(SHIPPED, "crisis-telling-team", "en")) not in reply
    (case,) = await world.cases()
    assert not case.relay  # nobody would read it: what they write next goes to the bot
    assert [s for s in world.log if s.room_id == MENTORS] == []


async def test_resources_follow_the_time_zone_when_no_country_was_chosen(store: Store) -> None:
    world = World(store)
    await world.onboard()
    await write_timezone(store, "Europe/Paris")
    (reply,) = await world.say("i want to die")
    assert "3114" in reply  # the French line


async def write_timezone(store: Store, zone: str) -> None:
    async with store.write() as uow:
        person = await uow.people.get(ANNA)
        assert person is not None
        person.timezone = zone
        await uow.people.save(person, 0.0)


__all__ = ["ANNA_DM"]


async def test_asking_for_a_person_without_a_mentor_room_tells_the_truth(store: Store) -> None:
    world = World(store)
    object.__setattr__(world.settings, "mentor_room", None)
    await world.onboard()
    (first,) = await world.say("mentor")
    assert first.startswith(plain(words(SHIPPED, "mentor-person-no-team", "en")))
    assert plain(words(SHIPPED, "mentor-person-opened", "en")) not in first
    (case,) = await world.cases()
    assert not case.relay
    (again,) = await world.say("mentor")  # the open case: no second one, and the truth again
    assert again.startswith(plain(words(SHIPPED, "mentor-person-no-team", "en")))
    assert len(await world.cases()) == 1 and not (await world.case()).relay  # type: ignore[union-attr]


async def test_the_wellbeing_crisis_answer_gives_the_time_zones_helplines(store: Store) -> None:
    # #13 item 8: the country question skipped, the time zone in France: the French lines.
    world = World(store)
    await world.onboard()
    await write_timezone(store, "Europe/Paris")
    await world.say("2")  # the wellbeing check-in
    for _ in range(5):
        await world.say("3")  # WHO-5
    replies = await world.say("2")  # thoughts of harming myself
    assert any("3114" in r for r in replies), replies
    (case,) = await world.cases()
    assert case.urgency == "urgent"
