"""The data directory: the lock, the keys, the saved login, and the crypto store beside it;
and the errors that stop a start.

The device id and the crypto store belong together: a device id whose Olm account is lost can
decrypt nothing and can no longer upload keys, so we refuse to start rather than limp along.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bot.matrix.cryptostore import (
    CryptoStoreError,
    SnapshotError,
    destroy_file,
    needs_repickle,
    opens_with,
    pickle_key_for,
    repickle,
)
from bot.platform.sealing import SecretBox, SecretBoxError, decode_key, generate_key, write_key_file

log = logging.getLogger(__name__)
_SESSION_CONTEXT = b"session"


class SessionError(Exception):
    """The data directory cannot be used as it is; the message says what to do."""


class StartupError(Exception):
    """The bot cannot start; the message tells the admin what to do."""


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
        self._pickle_key: str | None = None  # set by `data_key`

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
                return self._unlocked(decode_key(supplied)), False
            if supplied_file is not None:
                return self._unlocked(decode_key(supplied_file.read_text())), False
            path = self.root / "data.key"
            if not path.exists():
                write_key_file(path, generate_key())
            return self._unlocked(decode_key(path.read_text())), True
        except (OSError, SecretBoxError) as e:
            raise SessionError(f"the data key cannot be used: {e}") from None

    def _unlocked(self, key: bytes) -> bytes:
        self._pickle_key = pickle_key_for(SecretBox(key))
        return key

    def pickle_key(self, supplied_file: Path | None) -> str:
        """The crypto store's pickle passphrase, derived from the data key (`data_key` first).

        Nothing in the data dir opens the store without the data key. A store pickled under a
        legacy key — `pickle.key` in the data dir, or the deprecated `pickle_key_file` — is
        moved to the derived key first, once (bot/matrix/cryptostore.py); then `pickle.key` is
        destroyed.
        """
        if self._pickle_key is None:
            raise SessionError("the data key must be read before the crypto store is opened")
        beside = self.root / "pickle.key"
        if supplied_file is not None:
            log.warning(
                "pickle_key_file is deprecated and no longer needed: the crypto store's key is derived from the "
                "data key. Any store pickled under %s is moved to the derived key now; then remove the setting "
                "and destroy that file.", supplied_file,
            )
        legacy = [p for p in (supplied_file, beside) if p is not None and p.is_file()]
        if legacy:
            self._move_to_derived_key(legacy)
            destroy_file(beside)
        return self._pickle_key

    def _move_to_derived_key(self, legacy: list[Path]) -> None:
        keys = []
        for path in legacy:
            try:
                keys.append(path.read_text().strip())
            except OSError as e:
                raise SessionError(f"the legacy pickle key file {path} cannot be read: {e.strerror}") from None
        assert self._pickle_key is not None
        for store in sorted(self.crypto_dir.glob("*.db")):
            if not needs_repickle(store, self._pickle_key):
                continue
            old = next((k for k in keys if opens_with(store, k)), None)
            if old is None:
                raise SessionError(
                    f"the crypto store {store} opens neither with the key derived from the data key nor with the "
                    "legacy pickle key: was the data key changed? Start with the data key this store was used with."
                )
            try:
                moved = repickle(store, old, self._pickle_key)
            except (CryptoStoreError, SnapshotError, OSError) as e:
                raise SessionError(
                    f"the crypto store {store} could not be moved to the data key's pickle key ({e}); nothing was "
                    "changed, the legacy key stays until this succeeds"
                ) from None
            if moved is not None:
                log.info("the crypto store %s is now pickled under the data key (%d Olm and %d Megolm sessions)",
                         store.name, moved.olm_sessions, moved.megolm_sessions)

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
