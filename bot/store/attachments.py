"""Files people sent as evidence: sealed at rest (name and type too), found by an opaque ref."""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass

import aiosqlite

from bot.platform.sealing import SecretBox
from bot.store.db import fetch_one
from bot.store.sealed import ATTACHMENT_DATA, ATTACHMENT_META, open_cell


@dataclass(frozen=True)
class StoredFile:
    ref: str
    user_id: str
    name: str
    mimetype: str
    data: bytes
    # False when the file may still carry identifying metadata (not an image that could be
    # cleaned: bot/platform/media.py): mentors are warned before they open it.
    cleaned: bool = False


@dataclass(frozen=True)
class FileInfo:
    """What a person's export says about a kept file (not the file itself)."""

    ref: str
    name: str
    mimetype: str
    size: int
    sha256: str
    created_at: float


class AttachmentsRepo:
    def __init__(self, conn: aiosqlite.Connection, box: SecretBox) -> None:
        self.conn = conn
        self.box = box

    async def add(
        self, user_id: str, name: str, mimetype: str, data: bytes, now: float, *, cleaned: bool
    ) -> str:
        """Keep a file; `cleaned` says whether its metadata was removed (`clean_attachment`)."""
        ref = "att-" + secrets.token_urlsafe(12)
        meta = json.dumps({"name": name, "mimetype": mimetype, "cleaned": cleaned}).encode()
        await self.conn.execute(
            "INSERT INTO attachments (ref, user_id, meta_sealed, data_sealed, created_at) VALUES (?, ?, ?, ?, ?)",
            (ref, user_id, self.box.seal(meta, ATTACHMENT_META.context(ref, user_id)),
             self.box.seal(data, ATTACHMENT_DATA.context(ref, user_id)), now),
        )
        return ref

    async def get(self, ref: str) -> StoredFile | None:
        row = await fetch_one(self.conn, "SELECT * FROM attachments WHERE ref = ?", (ref,))
        if row is None:
            return None
        meta_raw, data = open_cell(self.box, ATTACHMENT_META, row), open_cell(self.box, ATTACHMENT_DATA, row)
        if meta_raw is None or data is None:
            return None  # damaged: as if the file were gone
        meta = json.loads(meta_raw)
        # Files kept before the flag existed say nothing: they may carry metadata.
        return StoredFile(ref, row["user_id"], str(meta["name"]), str(meta["mimetype"]), data,
                          cleaned=meta.get("cleaned") is True)

    async def delete_for_user(self, user_id: str) -> int:
        cur = await self.conn.execute("DELETE FROM attachments WHERE user_id = ?", (user_id,))
        return int(cur.rowcount)

    async def purge_before(self, cutoff: float) -> int:
        cur = await self.conn.execute("DELETE FROM attachments WHERE created_at < ?", (cutoff,))
        return int(cur.rowcount)

    async def list_for_user(self, user_id: str) -> list[FileInfo]:
        async with self.conn.execute(
            "SELECT ref, user_id, meta_sealed, data_sealed, created_at FROM attachments WHERE user_id = ? ORDER BY id",
            (user_id,),
        ) as cur:
            rows = list(await cur.fetchall())
        out = []
        for r in rows:
            meta_raw, data = open_cell(self.box, ATTACHMENT_META, r), open_cell(self.box, ATTACHMENT_DATA, r)
            if meta_raw is None or data is None:
                continue
            meta = json.loads(meta_raw)
            out.append(FileInfo(str(r["ref"]), str(meta["name"]), str(meta["mimetype"]), len(data),
                                hashlib.sha256(data).hexdigest(), float(r["created_at"])))
        return out
