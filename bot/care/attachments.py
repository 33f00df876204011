"""Keeping a file a person sent: images lose their metadata (place, device, time) first."""

from __future__ import annotations

from bot.care.inbound import Attachment
from bot.platform.media import strip_metadata
from bot.store import UnitOfWork


async def keep_attachment(uow: UnitOfWork, owner: str, attachment: Attachment) -> str:
    """Store the file under its sender's id, in the unit's transaction; returns its reference."""
    a = attachment
    data = strip_metadata(a.data, a.mimetype) if a.kind == "image" else a.data
    return await uow.attachments.add(owner, a.name, a.mimetype, data, uow.now)


__all__ = ["keep_attachment"]
