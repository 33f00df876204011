"""The simplest conversation: greet anyone who writes. Replaced by flows once they are wired."""

from __future__ import annotations

from bot.config import Settings
from bot.matrix.inbound import Inbound
from bot.matrix.runtime import UnitOfWork, text_content

WELCOME = {
    "en": "Hello, I am Continuum. I am here to help you look after your safety and wellbeing. "
    "Type **menu** to begin, or **mentor** to reach a person.",
}


class WelcomeHandler:
    def __init__(self, settings: Settings) -> None:
        self.language = settings.default_language

    async def handle(self, msg: Inbound, uow: UnitOfWork) -> None:
        if msg.kind not in ("text", "attachment"):
            return
        text = WELCOME.get(self.language, WELCOME["en"])
        await uow.send(msg.room_id, text_content(text.replace("**", ""), text.replace("**menu**", "<b>menu</b>")
                       .replace("**mentor**", "<b>mentor</b>")))

    async def identity_changed(self, user_id: str, room_id: str, uow: UnitOfWork) -> None:
        await uow.send(room_id, text_content(IDENTITY_CHANGED))


IDENTITY_CHANGED = (
    "Your account's security key has changed. If you set up a new device or reset your keys, all is well. "
    "If you did not, someone else may have access to your account: type mentor to reach a person."
)
