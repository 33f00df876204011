"""`continuum backup FILE` and `continuum restore FILE --data-dir DIR`.

A backup is one encrypted file holding everything a bot needs to come back as the *same device*
on another machine: the database, nio's crypto store (one SQLite file per device), the sealed
cross-signing identity and the sealed login. Without the crypto store a restored bot would reuse a
device id whose Olm keys are gone and decrypt nothing (see bot/matrix/session.py). The store's
pickle key is derived from the data key; a legacy `pickle.key` is still archived and restored when
one is there (an older release's data dir), and the bot moves the store off it at its next start.

How it stays safe and consistent:

- It runs beside a live bot: it only reads, never takes the data dir's lock, and copies each
  SQLite database with SQLite's online backup API into memory. A raw file copy of a database in
  WAL mode misses the committed pages that still live in the -wal file, or tears mid-write.
- Nothing unencrypted touches the disk: snapshots, the tar and the compression all stay in
  memory; the result is sealed (AES-256-GCM, `SecretBox`, context b"backup") under the operator's
  data key and written atomically (temp file, fsync, rename) with mode 0600.
- Only a one-line header is readable without the key: the format version.
- Restore decrypts and checks everything (every file's SHA-256 against the sealed manifest, every
  database with `PRAGMA quick_check`) *before* it writes a byte, refuses a data dir held by a
  running bot, and refuses a non-empty one unless --force, which moves the old contents aside
  instead of deleting them.

Exit codes: 0 done; 1 the archive or the data could not be read, verified or written (wrong key,
damaged or altered archive, a running bot holds the target); 2 the command cannot run as asked
(configuration, no data key, a missing or existing path, a non-empty target without --force).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import io
import json
import os
import re
import secrets
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from bot import __version__
from bot.matrix.session import DataDir, SessionError
from bot.platform.sealing import SecretBox, SecretBoxError, decode_key, write_key_file
from bot.store.snapshot import (
    LATEST_VERSION,
    SnapshotError,
    check_sqlite_image,
    schema_version,
    sqlite_snapshot,
)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2

FORMAT = 1
HEADER_PREFIX = b"continuum-backup "
CONTEXT = b"backup"
MANIFEST = "manifest.json"
# AES-GCM in `cryptography` seals at most 2**31 - 1 bytes in one call.
MAX_SEALED = 2**31 - 1 - 1024

KEY_ENV, KEY_FILE_ENV = "CONTINUUM_DATA_KEY", "CONTINUUM_DATA_KEY_FILE"

# The only paths an archive may hold; anything else in one is refused, so a crafted archive can
# never write outside the data dir or drop an unexpected file into it.
_ALLOWED = re.compile(
    r"^(continuum\.db|session\.sealed|pickle\.key|identity/cross_signing\.sealed"
    r"|crypto/[^/\\]+\.db|attachments/[^\\]+)$"
)
# session.sealed goes in last: its presence makes the bot reuse the saved device, so it must
# never exist without the crypto store beside it, even if a restore is interrupted.
_LAST = "session.sealed"

Kind = Literal["sqlite", "file"]


class BackupError(Exception):
    """The backup or restore cannot go on; the message tells the admin why and what to do."""

    def __init__(self, message: str, code: int = EXIT_FAIL) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Member:
    path: str  # relative, POSIX
    kind: Kind
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Archive:
    manifest: dict[str, Any]
    members: list[Member]


# --- reading the data dir ------------------------------------------------------------------
def _snapshot(path: Path) -> bytes:
    try:
        return sqlite_snapshot(path)
    except SnapshotError as e:
        raise BackupError(str(e)) from None


def collect(data_dir: Path) -> list[Member]:
    """Everything worth keeping from a data dir, databases first (see the ordering note)."""
    data = DataDir(data_dir)
    if not data.database.is_file():
        raise BackupError(f"{data.database} does not exist: is {data_dir} the bot's data dir?", EXIT_USAGE)
    # The database (with the sync token) is read before the crypto store: a restored bot then
    # resumes syncing from a token no newer than its keys, so it re-reads rather than skips.
    members = [Member("continuum.db", "sqlite", _snapshot(data.database))]
    if data.crypto_dir.is_dir():
        for db in sorted(data.crypto_dir.glob("*.db")):
            if db.is_file() and not db.is_symlink():
                members.append(Member(f"crypto/{db.name}", "sqlite", _snapshot(db)))
    for path in (data.identity_file, data.session_file, data_dir / "pickle.key"):
        if path.is_file() and not path.is_symlink():
            members.append(Member(path.relative_to(data_dir).as_posix(), "file", path.read_bytes()))
    if data.attachments_dir.is_dir():
        for path in sorted(data.attachments_dir.rglob("*")):
            if path.is_file() and not path.is_symlink():
                members.append(Member(path.relative_to(data_dir).as_posix(), "file", path.read_bytes()))
    return members


# --- the archive format --------------------------------------------------------------------
def build_archive(members: list[Member], box: SecretBox, *, key_beside_data: bool) -> bytes:
    """HEADER + sealed(tar.gz(manifest.json, files...))."""
    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "continuum_version": __version__,
        "schema_version": schema_version(members[0].data),
        "key_beside_data": key_beside_data,
        "files": [
            {"path": m.path, "kind": m.kind, "size": len(m.data), "sha256": hashlib.sha256(m.data).hexdigest()}
            for m in members
        ],
    }
    buf = io.BytesIO()
    mtime = int(time.time())
    with tarfile.open(fileobj=buf, mode="w:gz", format=tarfile.PAX_FORMAT) as tar:
        for name, payload in [(MANIFEST, json.dumps(manifest, indent=1).encode())] + [
            (m.path, m.data) for m in members
        ]:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(payload), mtime, 0o600
            tar.addfile(info, io.BytesIO(payload))
    packed = buf.getvalue()
    if len(packed) > MAX_SEALED:
        raise BackupError(
            f"the data is too large for one archive ({len(packed) // 2**20} MiB compressed, at most 2 GiB); "
            "purge old attachments (retention.attachments_days) and try again"
        )
    return HEADER_PREFIX + str(FORMAT).encode() + b"\n" + box.seal(packed, CONTEXT)


def read_archive(blob: bytes, box: SecretBox) -> Archive:
    """Open, authenticate and check an archive completely; raise BackupError on any doubt."""
    line, newline, sealed = blob.partition(b"\n")
    if not newline or not line.startswith(HEADER_PREFIX):
        raise BackupError("this file is not a Continuum backup")
    version = line[len(HEADER_PREFIX):].decode("ascii", "replace")
    if version != str(FORMAT):
        raise BackupError(
            f"this backup has format {version!r}; this Continuum reads format {FORMAT}. "
            "Restore it with the release that made it, or a newer one."
        )
    try:
        packed = box.open(sealed, CONTEXT)
    except SecretBoxError:
        raise BackupError(
            "the backup cannot be opened: either the data key is not the one it was made with, or the "
            "file was damaged or altered. Nothing was written."
        ) from None
    try:
        files = _untar(packed)
        manifest = json.loads(files.pop(MANIFEST))
    except (tarfile.TarError, OSError, EOFError, KeyError, ValueError) as e:
        raise BackupError(f"the backup's contents are damaged ({e.__class__.__name__}). Nothing was written.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("the backup's manifest does not match its header. Nothing was written.")
    members = []
    for entry in manifest.get("files", []):
        path, kind = entry.get("path"), entry.get("kind")
        if not isinstance(path, str) or path not in files or kind not in ("sqlite", "file"):
            raise BackupError("the backup's manifest and contents disagree. Nothing was written.")
        data = files.pop(path)
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise BackupError(f"{path} in the backup does not match its checksum. Nothing was written.")
        if kind == "sqlite" and not check_sqlite_image(data):
            raise BackupError(f"{path} in the backup is not a sound SQLite database. Nothing was written.")
        members.append(Member(path, kind, data))
    if files:
        raise BackupError("the backup holds files its manifest does not list. Nothing was written.")
    if not any(m.path == "continuum.db" for m in members):
        raise BackupError("the backup has no database. Nothing was written.")
    return Archive(manifest, members)


def _untar(packed: bytes) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(packed), mode="r:gz") as tar:
        for info in tar:
            name = info.name
            parts = PurePosixPath(name).parts
            if not info.isreg() or name.startswith("/") or ".." in parts or name in files:
                raise ValueError("unexpected entry")
            if name != MANIFEST and not _ALLOWED.match(name):
                raise ValueError("unexpected entry")
            extracted = tar.extractfile(info)
            if extracted is None:
                raise ValueError("unreadable entry")
            files[name] = extracted.read()
    return files


# --- writing files -------------------------------------------------------------------------
def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def write_atomically(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write `data` to `path` as a whole or not at all, readable by its owner only."""
    if not path.parent.is_dir():
        raise BackupError(f"the folder {path.parent} does not exist", EXIT_USAGE)
    if path.exists() and not overwrite:
        raise BackupError(f"{path} already exists; choose another name or pass --force", EXIT_USAGE)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        _write_private(tmp, data)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupError(f"cannot write {path}: {e.strerror or e}") from None


# --- keys ----------------------------------------------------------------------------------
def key_from_environment() -> bytes:
    """The data key for a restore: CONTINUUM_DATA_KEY, or the file named by CONTINUUM_DATA_KEY_FILE."""
    try:
        if os.environ.get(KEY_ENV):
            return decode_key(os.environ[KEY_ENV])
        if os.environ.get(KEY_FILE_ENV):
            return decode_key(Path(os.environ[KEY_FILE_ENV]).read_text())
    except OSError as e:
        raise BackupError(
            f"{KEY_FILE_ENV}: cannot read {os.environ[KEY_FILE_ENV]} ({e.strerror or e})", EXIT_USAGE
        ) from None
    except SecretBoxError as e:
        raise BackupError(f"the data key is not usable: {e}", EXIT_USAGE) from None
    raise BackupError(
        f"no data key: set {KEY_FILE_ENV} (or {KEY_ENV}) to the key the backup was made with", EXIT_USAGE
    )


def backup_key(data_dir: Path, key: str | None, key_file: Path | None) -> tuple[bytes, bool]:
    """Like DataDir.data_key, but never generates one: a new key could open nothing."""
    try:
        if key is not None:
            return decode_key(key), False
        if key_file is not None:
            return decode_key(key_file.read_text()), False
        beside = data_dir / "data.key"
        if beside.is_file():
            return decode_key(beside.read_text()), True
    except OSError as e:
        raise BackupError(f"cannot read the data key ({e.strerror or e})", EXIT_USAGE) from None
    except SecretBoxError as e:
        raise BackupError(f"the data key is not usable: {e}", EXIT_USAGE) from None
    raise BackupError(
        f"no data key: set {KEY_FILE_ENV} (or data_key_file in the config) to the bot's key", EXIT_USAGE
    )


def _refuse_root_for(path: Path, action: str) -> None:
    """Root opening a live WAL database can leave root-owned -wal/-shm files the bot cannot open."""
    if os.geteuid() == 0 and path.exists() and path.stat().st_uid != 0:
        raise BackupError(
            f"{action} as root, but {path} belongs to another user; run it as the bot's user "
            "(e.g. sudo -u continuum ...) so SQLite never leaves root-owned files in the data dir",
            EXIT_USAGE,
        )


def _check_key_opens(data_dir: Path, key: bytes) -> None:
    """A backup sealed with a key that is not the bot's would restore a bot that cannot open its
    own login: refuse it now, while the right key can still be found."""
    try:
        DataDir(data_dir).load_login(SecretBox(key))
    except SessionError:
        raise BackupError(
            "this key does not open the data dir's sealed login: it is not this bot's data key", EXIT_USAGE
        ) from None


def _is_key_beside(data_dir: Path, key: bytes) -> bool:
    beside = data_dir / "data.key"
    try:
        return beside.is_file() and decode_key(beside.read_text()) == key
    except (OSError, SecretBoxError):
        return False


# --- backup --------------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupReport:
    path: Path
    files: int
    size: int
    key_beside_data: bool


def make_backup(data_dir: Path, out: Path, key: bytes, *, key_beside_data: bool, overwrite: bool) -> BackupReport:
    if not data_dir.is_dir():
        raise BackupError(f"the data dir {data_dir} does not exist", EXIT_USAGE)
    if out.resolve().is_relative_to(data_dir.resolve()):
        # Harmless to the data, but a backup kept with the data is lost with it.
        raise BackupError("write the backup outside the data dir: a backup kept with the data is lost with it",
                          EXIT_USAGE)
    if out.exists() and not overwrite:
        raise BackupError(f"{out} already exists; choose another name or pass --force", EXIT_USAGE)
    _refuse_root_for(data_dir, "continuum backup runs")
    _check_key_opens(data_dir, key)
    key_beside_data = key_beside_data or _is_key_beside(data_dir, key)
    members = collect(data_dir)
    blob = build_archive(members, SecretBox(key), key_beside_data=key_beside_data)
    write_atomically(out, blob, overwrite=overwrite)
    return BackupReport(out, len(members), len(blob), key_beside_data)


# --- restore -------------------------------------------------------------------------------
@dataclass(frozen=True)
class RestoreReport:
    data_dir: Path
    files: int
    moved_aside: Path | None
    wrote_key: bool
    newer_schema: int | None


@contextlib.contextmanager
def _held_lock(target: Path) -> Iterator[None]:
    """The lock a running bot holds on its data dir: taking it proves no bot runs there, and
    holding it keeps one from starting halfway through the restore."""
    lock_path = target / "continuum.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BackupError(
                f"a running Continuum holds {target}; stop it before restoring into that data dir"
            ) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _check_not_locked(target: Path) -> None:
    lock_path = target / "continuum.lock"
    if not lock_path.exists():
        return
    fd = os.open(lock_path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise BackupError(f"a running Continuum holds {target}; stop it before restoring into that data dir") from None
    finally:
        os.close(fd)


def _contents(target: Path) -> list[Path]:
    """What is in the target, not counting the lock file or empty folders (a bot that never got
    past start-up leaves those behind)."""
    if not target.is_dir():
        return []
    found = []
    for entry in target.iterdir():
        if entry.name == "continuum.lock":
            continue
        if entry.is_dir() and not entry.is_symlink() and not any(p.is_file() for p in entry.rglob("*")):
            continue
        found.append(entry)
    return found


def _move_aside(target: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = target.parent / f"{target.name}.before-restore-{stamp}"
    try:
        aside.mkdir(mode=0o700)
        for entry in target.iterdir():
            if entry.name != "continuum.lock":
                os.rename(entry, aside / entry.name)
    except OSError as e:
        raise BackupError(
            f"cannot move the old contents of {target} aside to {aside} ({e.strerror or e}); "
            "move or remove them yourself and run the restore again"
        ) from None
    return aside


def _chown_tree(paths: list[Path], uid: int, gid: int) -> None:
    for path in paths:
        os.chown(path, uid, gid, follow_symlinks=False)


def restore_backup(archive_path: Path, target: Path, key: bytes, *, force: bool) -> RestoreReport:
    # Cheap refusals first; nothing is created until the archive has been fully verified.
    try:
        blob = archive_path.read_bytes()
    except OSError as e:
        raise BackupError(f"cannot read {archive_path}: {e.strerror or e}", EXIT_USAGE) from None
    if target.exists() and not target.is_dir():
        raise BackupError(f"{target} exists and is not a folder", EXIT_USAGE)
    _check_not_locked(target)
    if _contents(target) and not force:
        raise BackupError(
            f"{target} is not empty; restore into an empty data dir, or pass --force to move what is "
            "there aside first", EXIT_USAGE,
        )
    archive = read_archive(blob, SecretBox(key))

    created = not target.exists()
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    written: list[Path] = [target] if created else []
    with _held_lock(target):
        moved = _move_aside(target) if _contents(target) else None
        staging = target / f".restore-{secrets.token_hex(4)}"
        staging.mkdir(mode=0o700)
        try:
            for member in archive.members:
                tmp = staging / member.path
                tmp.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                _write_private(tmp, member.data)
            order = sorted(archive.members, key=lambda m: m.path == _LAST)
            for member in order:
                final = target / member.path
                for parent in reversed(final.relative_to(target).parents[:-1]):
                    folder = target / parent
                    if not folder.exists():
                        folder.mkdir(mode=0o700)
                        written.append(folder)
                os.replace(staging / member.path, final)
                _fsync_dir(final.parent)
                written.append(final)
        except OSError as e:
            raise BackupError(f"writing into {target} failed ({e.strerror or e}); the restore is incomplete") from None
        finally:
            for leftover in sorted(staging.rglob("*"), reverse=True):  # deepest first
                with contextlib.suppress(OSError):
                    if leftover.is_dir():
                        leftover.rmdir()
                    else:
                        leftover.unlink()
            with contextlib.suppress(OSError):
                staging.rmdir()
        wrote_key = bool(archive.manifest.get("key_beside_data"))
        if wrote_key:
            # The original bot kept its key beside the data; so must this one, or it would make a
            # new key at start and fail to open its own sealed login.
            key_path = target / "data.key"
            write_key_file(key_path, key)
            written.append(key_path)
        _fsync_dir(target)
        if os.geteuid() == 0:
            # Restoring as root into the bot's own data dir: hand the files to the dir's owner.
            owner = target.stat() if not created else target.parent.stat()
            if owner.st_uid != 0:
                _chown_tree(written, owner.st_uid, owner.st_gid)
    schema = archive.manifest.get("schema_version")
    newer = schema if isinstance(schema, int) and schema > LATEST_VERSION else None
    return RestoreReport(target, len(archive.members), moved, wrote_key, newer)
