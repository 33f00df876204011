"""People whose security identity changed: telling them, in their chats with the bot.

A changed master key is not a new friend (DESIGN.md, "Matrix E2EE", 12): the trust policy holds
the new identity, and the person hears about it from the conversations (`InboundHandler.
identity_changed`) — but only once a device of theirs is signed by the new identity, or the
notice would be encrypted for no device of theirs and never readable.
"""

from __future__ import annotations

import logging

from nio import AsyncClient

from bot.matrix.inbound import InboundHandler
from bot.matrix.trust import TrustReport
from bot.matrix.trustgate import TrustGate
from bot.store import Store

log = logging.getLogger(__name__)


class IdentityNotices:
    """The notices still to send, sent as soon as they can be read."""

    def __init__(self, client: AsyncClient, store: Store, trust: TrustGate, handler: InboundHandler) -> None:
        self.client = client
        self.store = store
        self.trust = trust
        self.handler = handler
        self._waiting: set[str] = set()  # people to tell once their new identity signs a device

    async def after_sync(self, report: TrustReport) -> None:
        if report.changed_identities:
            log.warning("%d person(s) changed their security identity", len(report.changed_identities))
            self._waiting.update(change.user_id for change in report.changed_identities)
        if self._waiting:
            await self._announce()

    async def _announce(self) -> None:
        """Send the notices whose person has a device signed by the new identity.

        A client uploads its new master key first and re-signs its device a moment later; a
        notice sent in between would be encrypted for no device of theirs, and never readable.
        """
        for user_id in sorted(self._waiting):
            keys = self.trust.user_keys(user_id)
            if keys is None or not any(d.cross_signed for d in keys.devices.values()):
                continue
            self._waiting.discard(user_id)
            room_ids = [r.room_id for r in self.client.rooms.values() if user_id in r.users and r.encrypted]
            if not room_ids:
                continue
            async with self.store.write() as uow:
                for room_id in room_ids:
                    await self.handler.identity_changed(user_id, room_id, uow)


__all__ = ["IdentityNotices"]
