"""nio's crypto store under a pickle key derived from the data key, and the one-time move to it.

matrix-nio keeps the Olm account (the device's identity keys), the Olm sessions and the inbound
Megolm sessions (every room key the bot ever received) in one SQLite file per device, each
*pickled* — encrypted — under a passphrase. Releases before this one generated that passphrase
into `data_dir/pickle.key`, beside the store: whoever copied the data dir got every room key with
it. The passphrase is now derived from the operator's data key (`pickle_key_for`), so a copy of
the data dir without the data key opens nothing.

`repickle()` moves a store from a legacy passphrase to the derived one, crash-safe:

1. the store is copied (SQLite's backup API) to a temporary file beside it;
2. on the copy, with nio's own store code (`nio.store.MatrixStore`, the part of `SqliteStore` and
   `DefaultStore` that holds the pickles), the account, every Olm session and every inbound
   Megolm session are loaded under the old passphrase and saved again under the new one — nio
   0.26 pickles nothing else (outbound Megolm sessions live in memory only; device keys and
   trust are stored in clear);
3. the copy is re-opened under the new passphrase and checked: the same identity keys, as many
   sessions as rows;
4. only then does it replace the store (an atomic rename).

A crash before 4 leaves the old store and the legacy key as they were; a crash after it leaves a
store the new key opens, which `needs_repickle()` sees, so the next start goes on from there.
The legacy key file is destroyed last (`destroy_file`), once every store opens without it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from nio.crypto import OlmAccount
from nio.store import MatrixStore

from bot.platform.sealing import SecretBox, encode_key
from bot.store.snapshot import SnapshotError, copy_database, count_rows, nio_accounts

log = logging.getLogger(__name__)

PICKLE_PURPOSE = b"continuum/crypto-store-pickle/v1"
_TMP_SUFFIX = ".repickle"


class CryptoStoreError(Exception):
    """A crypto store cannot be opened or moved; the message says what to do."""



def pickle_key_for(box: SecretBox) -> str:
    """The crypto store's pickle passphrase: derived from the data key, never written down."""
    return encode_key(box.derive(PICKLE_PURPOSE))


@dataclass(frozen=True)
class Repickled:
    identity_keys: dict[str, str]
    olm_sessions: int
    megolm_sessions: int


def opens_with(path: Path, passphrase: str) -> bool:
    """Whether every account pickled in the store opens under `passphrase`."""
    accounts = nio_accounts(path)
    for _user, _device, pickle in accounts:
        try:
            OlmAccount.from_pickle(pickle, passphrase)
        except Exception:  # vodozemac raises its own types for a wrong key
            return False
    return True


def needs_repickle(path: Path, passphrase: str) -> bool:
    return bool(nio_accounts(path)) and not opens_with(path, passphrase)


def _open(path: Path, user_id: str, device_id: str, passphrase: str) -> MatrixStore:
    return MatrixStore(user_id, device_id, str(path.parent), pickle_key=passphrase, database_name=path.name)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _repickle_copy(tmp: Path, old: str, new: str) -> Repickled:
    result: Repickled | None = None
    for user_id, device_id, _pickle in nio_accounts(tmp):
        store = _open(tmp, user_id, device_id, old)
        try:
            account = store.load_account()
            if account is None:
                raise CryptoStoreError(f"{tmp.name}: the account could not be loaded")
            sessions = store.load_sessions()
            groups = store.load_inbound_group_sessions()
            store.pickle_key = new
            store.save_account(account)
            for sender_key, session_list in sessions.items():
                for session in session_list:
                    store.save_session(sender_key, session)
            for group in groups:
                store.save_inbound_group_session(group)
            result = Repickled(dict(account.identity_keys), sum(len(s) for s in sessions.values()),
                               sum(1 for _ in groups))
        finally:
            store.database.close()
    if result is None:
        raise CryptoStoreError(f"{tmp.name}: no account to move")
    return result


def _verify(tmp: Path, new: str, expected: Repickled) -> None:
    for user_id, device_id, _pickle in nio_accounts(tmp):
        store = _open(tmp, user_id, device_id, new)
        try:
            account = store.load_account()
            olm = sum(len(s) for s in store.load_sessions().values())
            megolm = sum(1 for _ in store.load_inbound_group_sessions())
        finally:
            store.database.close()
        if account is None or dict(account.identity_keys) != expected.identity_keys:
            raise CryptoStoreError(f"{tmp.name}: the re-pickled account does not match")
        if olm != count_rows(tmp, "olmsessions") or megolm != count_rows(tmp, "megolminboundsessions"):
            raise CryptoStoreError(f"{tmp.name}: a session did not survive re-pickling")


def repickle(path: Path, old: str, new: str) -> Repickled | None:
    """Move one store from passphrase `old` to `new` (see the module docstring); None when it
    already opens under `new` (nothing pickled, or a previous run finished the move)."""
    tmp = path.with_name(path.name + _TMP_SUFFIX)
    tmp.unlink(missing_ok=True)  # left by an interrupted run: start again from the store itself
    if not needs_repickle(path, new):
        return None
    if not opens_with(path, old):
        raise CryptoStoreError(
            f"the crypto store {path} opens neither with the key derived from the data key nor with the "
            "legacy pickle key: was the data key changed, or the wrong pickle key file given?"
        )
    try:
        copy_database(path, tmp)
        result = _repickle_copy(tmp, old, new)
        _verify(tmp, new, result)
        _fsync(tmp)
        os.replace(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException as e:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if isinstance(e, CryptoStoreError | SnapshotError | OSError) or not isinstance(e, Exception):
            raise
        # nio's store (peewee) or vodozemac refused something: the store itself is untouched.
        raise CryptoStoreError(f"{path.name}: {type(e).__name__}") from None
    return result


def destroy_file(path: Path) -> None:
    """Overwrite a key file with random bytes, flush, then remove it (best effort on the disk:
    journaling file systems and SSDs may keep old blocks; see docs/THREAT_MODEL.md)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as f:
            f.write(secrets.token_bytes(max(size, 64)))
            f.flush()
            os.fsync(f.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


__all__ = [
    "PICKLE_PURPOSE",
    "CryptoStoreError",
    "Repickled",
    "SnapshotError",
    "destroy_file",
    "needs_repickle",
    "opens_with",
    "pickle_key_for",
    "repickle",
]
