"""Keeping a file a person sent: whatever its declared type, an image loses its metadata (place,
device, time) first; a file that cannot be cleaned is kept flagged, so mentors are warned."""

from __future__ import annotations

import asyncio

from bot.care.inbound import Attachment
from bot.platform.media import clean_attachment
from bot.store import UnitOfWork


async def keep_attachment(uow: UnitOfWork, owner: str, attachment: Attachment) -> str:
    """Store the file under its sender's id, in the unit's transaction; returns its reference."""
    a = attachment
    # Every file, whatever its declared type (an image sent as m.file too); off the event loop.
    kept = await asyncio.to_thread(clean_attachment, a.data)
    return await uow.attachments.add(owner, kept.name(a.name), kept.mimetype or a.mimetype, kept.data, uow.now,
                                     cleaned=kept.cleaned)


__all__ = ["keep_attachment"]
