"""Encryption at rest: AES-256-GCM under a key the operator holds outside the database.

Why AES-GCM via `cryptography` rather than SQLCipher: it needs no native SQLite build, works with
the stock `sqlite3`/aiosqlite on every platform, and lets us encrypt exactly the sensitive
fields and files (answers, summaries, notes, attachments, identity keys) while the rows' ids and
timestamps stay queryable for retention and scheduling.

Every sealed value is bound to a *context* (associated data). For database values the context
names the table and column AND the row (`bound`): a blob copied from one column into another,
or swapped between two rows of the same column (one person's queued message into another
person's room), fails to open instead of being misread as the other row's data.
"""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_MAGIC = b"CV1"
_NONCE = 12
KEY_BYTES = 32


class SecretBoxError(Exception):
    """A sealed value could not be opened: wrong key, wrong context, or damaged data."""


def generate_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def encode_key(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode("ascii")


def decode_key(text: str) -> bytes:
    """Parse a key written by `encode_key` (url-safe base64 of 32 bytes)."""
    try:
        key = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    except (ValueError, UnicodeEncodeError) as e:
        raise SecretBoxError("the key is not valid base64") from e
    if len(key) != KEY_BYTES:
        raise SecretBoxError(f"the key must be {KEY_BYTES} bytes, got {len(key)}")
    return key


def write_key_file(path: Path, key: bytes) -> None:
    """Create a key file readable by its owner only; never overwrite an existing one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(encode_key(key) + "\n")


def bound(purpose: bytes, *row_key: str | int) -> bytes:
    """A context that binds a sealed value to `purpose` (table and column) and to its row.

    Each part is length-prefixed, so no two different keys give the same context (``("a:b",)``
    and ``("a", "b")`` differ)."""
    out = bytearray(purpose)
    for part in row_key:
        raw = str(part).encode("utf-8", "surrogatepass")
        out += b"\x00" + len(raw).to_bytes(4, "big") + raw
    return bytes(out)


class SecretBox:
    """Seals and opens values under one master key; sub-keys are derived per purpose."""

    def __init__(self, master_key: bytes) -> None:
        if len(master_key) != KEY_BYTES:
            raise SecretBoxError(f"the key must be {KEY_BYTES} bytes")
        self._master = master_key
        self._aead = AESGCM(self.derive(b"continuum/secretbox/v1"))

    def derive(self, purpose: bytes, length: int = KEY_BYTES) -> bytes:
        """A key for another use (e.g. the crypto-store pickle key), independent of this box's."""
        return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=purpose).derive(self._master)

    def seal(self, plaintext: bytes, context: bytes) -> bytes:
        nonce = secrets.token_bytes(_NONCE)
        return _MAGIC + nonce + self._aead.encrypt(nonce, plaintext, context)

    def open(self, sealed: bytes, context: bytes) -> bytes:
        if len(sealed) < len(_MAGIC) + _NONCE + 16 or not sealed.startswith(_MAGIC):
            raise SecretBoxError("not a sealed value")
        nonce = sealed[len(_MAGIC) : len(_MAGIC) + _NONCE]
        try:
            return self._aead.decrypt(nonce, sealed[len(_MAGIC) + _NONCE :], context)
        except InvalidTag as e:
            raise SecretBoxError("wrong key, wrong context, or damaged data") from e

    def seal_text(self, text: str, context: bytes) -> bytes:
        return self.seal(text.encode("utf-8"), context)

    def open_text(self, sealed: bytes, context: bytes) -> str:
        return self.open(sealed, context).decode("utf-8")
