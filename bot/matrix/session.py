"""The data directory: the lock, the keys, the saved login, and the crypto store beside it.

The device id and the crypto store belong together: a device id whose Olm account is lost can
decrypt nothing and can no longer upload keys, so we refuse to start rather than limp along.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bot.platform.sealing import SecretBox, SecretBoxError, decode_key, generate_key, write_key_file

_SESSION_CONTEXT = b"session"


class SessionError(Exception):
    """The data directory cannot be used as it is; the message says what to do."""


@dataclass(frozen=True)
class SavedLogin:
    user_id: str
    device_id: str
    access_token: str


class DataDir:
    """Paths and invariants of one bot's data directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock_file: IO[str] | None = None

    @property
    def database(self) -> Path:
        return self.root / "continuum.db"

    @property
    def crypto_dir(self) -> Path:
        return self.root / "crypto"

    @property
    def identity_file(self) -> Path:
        return self.root / "identity" / "cross_signing.sealed"

    @property
    def attachments_dir(self) -> Path:
        return self.root / "attachments"

    @property
    def session_file(self) -> Path:
        return self.root / "session.sealed"

    def prepare(self) -> None:
        for d in (self.root, self.crypto_dir, self.identity_file.parent, self.attachments_dir):
            d.mkdir(parents=True, exist_ok=True)
            os.chmod(d, 0o700)

    # --- one process per data dir ---------------------------------------------------------
    def lock(self) -> None:
        """Hold an exclusive lock for the life of the process; refuse if another holds it."""
        self.prepare()
        f = open(self.root / "continuum.lock", "a+")
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.close()
            raise SessionError(
                f"another Continuum process is using {self.root}; two processes on one crypto store "
                "would corrupt it. Stop the other one first."
            ) from None
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        self._lock_file = f

    def release(self) -> None:
        if self._lock_file is not None:
            fcntl.flock(self._lock_file.fileno(), fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    # --- keys -----------------------------------------------------------------------------
    def data_key(self, supplied: str | None, supplied_file: Path | None) -> tuple[bytes, bool]:
        """The at-rest key, and whether it was generated beside the data (weaker: say so)."""
        try:
            if supplied is not None:
                return decode_key(supplied), False
            if supplied_file is not None:
                return decode_key(supplied_file.read_text()), False
            path = self.root / "data.key"
            if not path.exists():
                write_key_file(path, generate_key())
            return decode_key(path.read_text()), True
        except (OSError, SecretBoxError) as e:
            raise SessionError(f"the data key cannot be used: {e}") from None

    def pickle_key(self, supplied_file: Path | None) -> str:
        """A high-entropy pickle key for the crypto store (nio's default is a constant)."""
        path = supplied_file or self.root / "pickle.key"
        if supplied_file is None and not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_urlsafe(48) + "\n")
        try:
            key = path.read_text().strip()
        except OSError as e:
            raise SessionError(f"the pickle key file {path} cannot be read: {e.strerror}") from None
        if len(key) < 32:
            raise SessionError(f"the pickle key in {path} is too short (at least 32 characters)")
        return key

    # --- saved login ----------------------------------------------------------------------
    def load_login(self, box: SecretBox) -> SavedLogin | None:
        if not self.session_file.exists():
            return None
        try:
            data = json.loads(box.open(self.session_file.read_bytes(), _SESSION_CONTEXT))
            return SavedLogin(data["user_id"], data["device_id"], data["access_token"])
        except SecretBoxError:
            raise SessionError(
                f"{self.session_file} cannot be opened with this data key; was the key changed?"
            ) from None
        except (ValueError, KeyError):
            raise SessionError(f"{self.session_file} is damaged") from None

    def save_login(self, box: SecretBox, login: SavedLogin) -> None:
        payload = json.dumps(login.__dict__).encode()
        tmp = self.session_file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(box.seal(payload, _SESSION_CONTEXT))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.session_file)

    def crypto_store_file(self, user_id: str, device_id: str) -> Path:
        # nio's SqliteStore names its database after the user and device.
        return self.crypto_dir / f"{user_id}_{device_id}.db"

    def check_store_matches(self, login: SavedLogin) -> None:
        """Refuse a saved device whose crypto store is gone (see the module docstring)."""
        if not self.crypto_store_file(login.user_id, login.device_id).exists():
            others = sorted(p.name for p in self.crypto_dir.glob("*.db"))
            raise SessionError(
                f"the saved login is for device {login.device_id}, but its crypto store is missing from "
                f"{self.crypto_dir} (found: {', '.join(others) or 'nothing'}). Reusing that device id "
                "would decrypt nothing. Restore the crypto store from a backup, or remove "
                f"{self.session_file} to log in as a new device (the cross-signing identity is kept)."
            )
