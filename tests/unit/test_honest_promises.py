"""Honest promises: what a person is told when their case opens — the team's hours, who helps at
any hour, and the truth when no person can be reached (no mentor room, a room that failed its
start-up check, messages for it that keep failing) — `!health` saying so to the admins, and the
country of the resources taken from the time zone when the person chose none.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.care.admin import AdminDesk
from bot.care.inbound import Inbound
from bot.care.mentors.posting import STUCK_ATTEMPTS
from bot.care.places import country_of_zone, parse_links, parse_zone_tab, resource_country
from bot.platform.config import MentorSettings, Settings
from bot.platform.metrics import Metrics
from bot.platform.sealing import SecretBox, generate_key
from bot.store import Person, Store
from tests.storekit import read, write
from tests.unit import test_mentors as kit
from tests.unit.test_mentors import ANNA, ANNA_DM, BORIS, BORIS_DM, MENTORS, World, en, in_room, lang_text, threat

ADMIN = "@ada:example.org"


def configured(mentor_room: str | None = MENTORS) -> Settings:
    return Settings(homeserver="https://hs.example.org", user_id="@bot:example.org", password="x",  # type: ignore[arg-type]
                    mentor_room=mentor_room, admins=[ADMIN], mentors=MentorSettings(oncall_after_minutes=10_000))


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "continuum.db", SecretBox(generate_key()))
    yield s
    await s.close()


async def person_in(store: Store, user: str, *, lang: str = "en", country: str | None = None,
                    timezone: str | None = None) -> None:
    await write(store, lambda u: u.people.save(Person(user, lang=lang, country=country, timezone=timezone), 0.0))


def told(world: World, room: str = ANNA_DM) -> list[str]:
    return [s.body for s in in_room(world.log, room)]


# --- a case opens, and a person can be reached --------------------------------------------------------


async def test_an_opened_case_says_when_the_team_reads_and_who_helps_now(store: Store) -> None:
    world = kit.make_world(store, configured())
    await person_in(store, ANNA, lang="fr", country="ZZ", timezone="Europe/Paris")
    await world.escalate(threat(urgency="normal"), lang="fr")
    await world.sent()
    (message,) = told(world)
    assert message.startswith(lang_text("fr", "mentor-person-opened"))
    assert lang_text("fr", "care-hours") in message and lang_text("fr", "care-now") in message
    # No country chosen ("ZZ": skipped), but the time zone is in France: the French lines.
    assert "3114" in message and lang_text("fr", "crisis-resources", country="FR") in message


async def test_an_urgent_case_says_when_the_team_reads_its_flow_gives_the_contacts(store: Store) -> None:
    world = kit.make_world(store, configured())
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    (message,) = told(world)
    assert message == "\n\n".join([en("mentor-person-opened"), en("care-hours")])


async def test_nobody_hears_help_is_on_the_way_before_a_claim(store: Store) -> None:
    world = kit.make_world(store, configured())
    await world.escalate(threat(urgency="urgent"))
    await world.sent()
    for minutes in (15, 30, 45, 60):
        world.now = kit.T0 + minutes * 60
        await world.mentors.repings_due(world.now)
        await world.sent()
    before = " ".join(told(world)).lower()
    assert "taken your request" not in before and "on the way" not in before and "on its way" not in before
    await world.mentor(kit.MIA, "!claim 1")
    await world.sent()
    assert told(world)[-1] == en("mentor-person-taken")


# --- and when no person can be reached ---------------------------------------------------------------


async def test_without_a_mentor_room_the_person_hears_the_truth_and_the_contacts(store: Store) -> None:
    world = kit.make_world(store, configured(mentor_room=None))
    await person_in(store, ANNA, timezone="Europe/Berlin")
    await world.escalate(threat(urgency="urgent"))
    sent = await world.sent()
    assert in_room(sent, MENTORS) == []
    (message,) = told(world)
    assert message.startswith(en("mentor-person-no-team"))
    assert en("crisis-resources", country="DE").splitlines()[0] in message and "TelefonSeelsorge" in message
    assert en("urgent-outside-help").splitlines()[0] in message
    assert en("mentor-person-opened") not in message
    # What they write next is not swallowed by a relay nobody reads: it goes back to the flows.
    assert (await world.case()).relay is False
    assert await world.person("hello?") is False


async def test_a_room_that_failed_its_start_up_check_is_said_to_the_person_and_in_health(
        store: Store, caplog: pytest.LogCaptureFixture) -> None:
    world = kit.make_world(store, configured())
    world.link.problems = [("the bot may not post in the mentor room: raise its power level there", True),
                           ("anyone can join the mentor room: make it invite-only", False)]
    with caplog.at_level(logging.ERROR):
        await world.mentors.worker.check_room()
    assert "MENTOR ROOM: the bot may not post" in caplog.text and "cannot reach a person" in caplog.text
    await world.escalate(threat(urgency="normal"))
    sent = await world.sent()
    assert len(in_room(sent, MENTORS)) == 1  # the card waits in the outbox for the room to work
    (message,) = told(world)
    assert message.startswith(en("mentor-person-team-unreachable"))
    assert "may not post" in "\n".join(await health(world))


async def test_messages_that_keep_failing_make_the_room_unreachable(store: Store) -> None:
    world = kit.make_world(store, configured())
    await world.escalate(threat(urgency="normal"))  # queued, not sent: the room does not take it
    (card,) = [i for i in await read(store, lambda r: r.edge.unsent()) if i.room_id == MENTORS]
    for _ in range(STUCK_ATTEMPTS):
        await write(store, lambda u: u.edge.mark_attempt(card.id))
    await world.escalate(threat(urgency="urgent"), user=BORIS, room=BORIS_DM)
    report = await health(world)  # (also plays the sender)
    (message,) = told(world, BORIS_DM)
    assert message.startswith(en("mentor-person-team-unreachable"))
    assert any(line.startswith("ERROR mentor room:") and "failed" in line for line in report)


async def test_health_says_when_cases_reach_the_room(store: Store) -> None:
    world = kit.make_world(store, configured())
    await world.mentors.worker.check_room()
    report = await health(world)
    assert "mentor room: cases reach it" in report and not any(line.startswith("ERROR") for line in report)
    lonely = kit.make_world(store, configured(mentor_room=None))
    assert any("no mentor room is configured" in line for line in await health(lonely))


async def health(world: World) -> list[str]:
    desk = AdminDesk(world.mentors.settings, world.store, Metrics(), lambda: [], team=world.mentors.team_problems)
    msg = Inbound("!admin-dm:example.org", ADMIN, "$h", 0, "text", "!health")
    async with world.store.write() as uow:
        await desk.handle(uow, msg)
    (item,) = [i for i in await read(world.store, lambda r: r.edge.unsent("!admin-dm:example.org"))][-1:]
    await world.sent()
    return str(item.content["body"]).splitlines()


# --- the country of the resources --------------------------------------------------------------------


def test_zone_tab_and_links_are_read_as_the_iana_files_write_them() -> None:
    tables = (parse_zone_tab("# comment\nFR\t+4852+00220\tEurope/Paris\nAF\t+3431+06912\tAsia/Kabul\tcomment\n"),
              parse_links("Z Europe/Paris 0:9:21 - LMT 1891\nL Europe/Paris Europe/Monaco_old\nL A B C\n"))
    assert tables[0] == {"Europe/Paris": "FR", "Asia/Kabul": "AF"}
    assert country_of_zone("Europe/Monaco_old", tables) == "FR"
    assert country_of_zone("Asia/Kabul", tables) == "AF"
    assert country_of_zone("Etc/UTC", tables) is None and country_of_zone(None, tables) is None


@pytest.mark.parametrize(("country", "zone", "expected"), [
    (None, "Europe/Berlin", "DE"),
    ("ZZ", "Asia/Kabul", "AF"),  # skipped the country question
    ("other", "Europe/Madrid", "ES"),  # a country the list did not have: the zone says more
    ("FR", "Asia/Tehran", "FR"),  # a chosen country wins
    (None, "Asia/Calcutta", "IN"),  # an old name of a zone
    (None, "UTC", "other"),
    (None, None, "other"),
])
def test_the_resources_country(country: str | None, zone: str | None, expected: str) -> None:
    assert resource_country(country, zone) == expected


async def test_the_reminded_notice_uses_the_zones_country(store: Store) -> None:
    world = kit.make_world(store, configured())
    await person_in(store, ANNA, lang="es", timezone="Europe/Madrid")
    await world.escalate(threat(urgency="urgent"), lang="es")
    await world.sent()
    world.now = kit.T0 + 15 * 60
    await world.mentors.repings_due(world.now)
    await world.sent()
    notice = told(world)[-1]
    assert notice.startswith(lang_text("es", "mentor-person-on-the-way"))
    assert "024" in notice


def test_every_language_has_the_truthful_texts() -> None:
    catalog = kit.LIB.catalog
    for lang in ("en", "fr", "es", "fa", "ar", "ru", "prs", "ps"):
        for msgid in ("mentor-person-no-team", "mentor-person-team-unreachable", "care-hours", "care-now"):
            assert catalog.has(lang, msgid), (lang, msgid)
