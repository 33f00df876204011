"""Crisis heard anywhere (#13 item 1), against a real Synapse with E2EE clients and the bot as a
subprocess: in English, French, Spanish, Persian, Arabic and Russian, a crisis sentence typed at
the menu, in the middle of the hygiene check and in a threat report's free-text answer gets the
crisis reply in that language and an urgent card (with @room) in the mentor room; **continue**
(in that language) asks the paused question again and the flow goes on.

One bot, one mentor room, one person per language, all six at once. A mentor closes each case before the next
crisis, so that each is a new episode (a second hit in the same one gets a short line only — the
unit tests cover that). Nothing sleeps: each step waits for the message it expects.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.care.render import strip_bold
from bot.matrix.rooms import create_encrypted_room
from tests.harness.activist import Activist, Received
from tests.harness.botproc import BotProcess
from tests.harness.synapse import Synapse
from tests.integration.conftest import Accounts
from tests.integration.scripts import LIB, WAIT
from tests.integration.test_mentor_room import mentor_env

pytestmark = pytest.mark.integration

LANGS = ("en", "fr", "es", "fa", "ar", "ru")
LANG_OPTION = {"en": "1", "fr": "2", "es": "3", "fa": "4", "ar": "5", "ru": "6"}  # the language question's order
CRISIS = {
    "en": "honestly i want to end my life",
    "fr": "je veux mourir",
    "es": "quiero morir",
    "fa": "میخواهم خودکشی کنم",
    "ar": "اريد ان انتحر",
    "ru": "я хочу умереть",
}


def line(lang: str, msgid: str, **args: object) -> str:
    """The first line of a message as the bot's plain body shows it, in `lang`."""
    return strip_bold(LIB.catalog.render(lang, msgid, args)).splitlines()[0]


def continue_word(lang: str) -> str:
    return LIB.catalog.keywords(lang)["continue"][0]


async def expect(person: Activist, room_id: str, sender: str, fragment: str, after: int) -> Received:
    def found() -> Received | None:
        return next((m for m in person.all_from(room_id, sender)[after:] if fragment in m.body), None)

    try:
        await person.wait_for(lambda: found() is not None, WAIT)
    except TimeoutError:
        tail = "\n---\n".join(m.body[:100] for m in person.all_from(room_id, sender)[-5:])
        raise AssertionError(f"no {fragment[:60]!r}; last messages:\n{tail}") from None
    message = found()
    assert message is not None
    return message


class Chat:
    """A person's direct chat with the bot, in one language."""

    def __init__(self, person: Activist, room_id: str, bot: str, lang: str) -> None:
        self.person, self.room_id, self.bot, self.lang = person, room_id, bot, lang

    async def say(self, answer: str, then: str) -> Received:
        seen = len(self.person.all_from(self.room_id, self.bot))
        await self.person.send(self.room_id, answer)
        return await expect(self.person, self.room_id, self.bot, then, seen)

    async def asks(self, answer: str, msgid: str) -> Received:
        return await self.say(answer, line(self.lang, msgid))


class Team:
    """The mentor room. The people write at the same time, so a case is found by its thread: the
    person's words (they agreed to share them) follow the card under its label."""

    def __init__(self, mentor: Activist, room_id: str, bot: str) -> None:
        self.mentor, self.room_id, self.bot = mentor, room_id, bot

    async def urgent_card(self, words: str, after: int) -> int:
        relayed = await expect(self.mentor, self.room_id, self.bot, f": {words}", after)
        label = relayed.body.split(":", 1)[0].strip()
        card = await expect(self.mentor, self.room_id, self.bot, label, 0)
        assert card.body.startswith("@room") and card.decrypted, card.body[:80]
        return int(label.removeprefix("C-"))

    async def close(self, chat: Chat, number: int) -> None:
        seen = len(chat.person.all_from(chat.room_id, chat.bot))
        await self.mentor.send(self.room_id, f"!close {number}")
        await expect(chat.person, chat.room_id, chat.bot, line(chat.lang, "mentor-person-closed")[:25], seen)


async def crisis(chat: Chat, team: Team, waiting: str) -> None:
    """A crisis sentence now: the reply in their language, the urgent card; continue asks again."""
    seen = len(team.mentor.all_from(team.room_id, team.bot))
    reply = await chat.say(CRISIS[chat.lang], line(chat.lang, "crisis-reply", kind="selfharm")[:20])
    assert line(chat.lang, "crisis-telling-team")[:20] in reply.body and reply.decrypted
    number = await team.urgent_card(CRISIS[chat.lang], seen)
    await chat.asks(continue_word(chat.lang), waiting)
    await team.close(chat, number)


async def one_person(synapse: Synapse, accounts: Accounts, tmp_path: Path, bot_user: str, lang: str, team: Team,
                     people: list[Activist]) -> None:
    """One person, in one language: onboarded, then a crisis at the menu, mid check, in free text."""
    user_id, password = accounts.new(f"crisis{lang}")
    person = Activist(synapse.url, user_id, password, tmp_path / f"{lang}-store")
    people.append(person)
    await person.login()
    dm = await person.create_dm(bot_user)
    await person.wait_joined(dm, bot_user)
    chat = Chat(person, dm, bot_user, lang)
    await chat.say("hello", line("en", "language-choose"))
    await chat.asks(LANG_OPTION[lang], "onboarding-consent")
    await chat.asks("1", "timezone-ask")
    await chat.asks("skip", "country-ask")
    await chat.asks("skip", "menu-choose")
    # At the menu.
    await crisis(chat, team, "menu-choose")
    # In the middle of the hygiene check (after the first answer).
    await chat.asks("1", "hygiene-devices")
    await chat.asks("1", "hygiene-passwords")
    await crisis(chat, team, "hygiene-passwords")
    await chat.asks("1", "hygiene-twofactor")  # the check goes on where it was
    # In the threat report's free-text answer.
    await chat.asks(LIB.catalog.keywords(lang)["menu"][0], "menu-choose")
    await chat.asks("3", "threat-danger")
    await chat.asks("2", "threat-channel")
    await chat.asks("1", "threat-kind")
    await chat.asks("1", "threat-details")
    await crisis(chat, team, "threat-details")


async def test_crisis_words_at_the_menu_mid_check_and_in_free_text_in_six_languages(
    synapse: Synapse, accounts: Accounts, tmp_path: Path
) -> None:
    bot_user, bot_password = accounts.new("crisisbot")
    mentor_id, mentor_password = accounts.new("crisismentor")
    mentor = Activist(synapse.url, mentor_id, mentor_password, tmp_path / "mentor-store")
    await mentor.login()
    people: list[Activist] = []
    proc: BotProcess | None = None
    try:
        room = await create_encrypted_room(mentor.client, [bot_user], None, power={bot_user: 50})
        proc = BotProcess(mentor_env(synapse, bot_user, bot_password, tmp_path / "data", room), tmp_path / "bot.log")
        await proc.start()
        await mentor.wait_joined(room, bot_user)
        await proc.wait_line("mentor room checked")
        team = Team(mentor, room, bot_user)
        await asyncio.gather(*(one_person(synapse, accounts, tmp_path, bot_user, lang, team, people)
                               for lang in LANGS))
    finally:
        if proc is not None:
            await proc.kill()
        for person in people:
            await person.close()
        await mentor.close()
