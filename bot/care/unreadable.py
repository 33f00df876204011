"""Telling a person that a message of theirs could not be read.

The Matrix edge keeps a message it cannot decrypt and asks for its key; most keys arrive within
seconds. If one does not, after a grace period the person hears — once for all that is stuck —
in their language, that their message did not reach the bot readably and should be sent again
(DESIGN.md, "Matrix E2EE", 4 and 14). Never silence, never blame: nothing they did was wrong.
"""

from __future__ import annotations

from bot.care.conversations import LibraryHolder
from bot.care.render import Renderer
from bot.care.words import lang_of
from bot.platform.config import Settings
from bot.store import UnitOfWork

MSGID = "bot-undecryptable"


class UnreadableNotice:
    """`bot.matrix.inbound.UnreadableHandler` with the live flows' words."""

    def __init__(self, settings: Settings, library: LibraryHolder) -> None:
        self.settings = settings
        self.library = library

    async def could_not_read(self, user_id: str, room_id: str, uow: UnitOfWork) -> None:
        # In the mentor room the team's language is the default one; elsewhere the person's.
        lang = (self.settings.default_language if room_id == self.settings.mentor_room
                else await lang_of(uow, user_id, self.settings.default_language))
        text = Renderer(self.library.library.catalog).text(lang, MSGID)
        await uow.send(room_id, text.content("m.notice" if room_id == self.settings.mentor_room else "m.text"))


__all__ = ["MSGID", "UnreadableNotice"]
