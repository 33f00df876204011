"""Backup and restore of a data dir with real SQLite databases, one of them live in WAL mode."""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli.backup import add_commands
from bot.matrix.session import DataDir, SavedLogin
from bot.platform.backup import (
    CONTEXT,
    EXIT_FAIL,
    EXIT_OK,
    EXIT_USAGE,
    BackupError,
    make_backup,
    read_archive,
    restore_backup,
)
from bot.platform.sealing import SecretBox, encode_key, generate_key, write_key_file
from bot.store import Store
from tests.storekit import read, write

CRYPTO_NAME = "@bot:example.org_DEVICEABC.db"
FILES = {
    "identity/cross_signing.sealed": b"CV1-sealed-identity-bytes",
    "pickle.key": b"a-pickle-key-of-more-than-thirty-two-characters\n",
}


class LiveDataDir:
    """A data dir as a running bot leaves it: the lock held, continuum.db open in WAL mode with
    committed rows that exist only in the -wal file, a write transaction in progress, and a
    crypto store in rollback-journal mode (as nio's is)."""

    def __init__(self, root: Path, key: bytes) -> None:
        self.root = root
        for d in ("crypto", "identity", "attachments"):
            (root / d).mkdir(parents=True, exist_ok=True)
        self.lock = open(root / "continuum.lock", "a+")  # held for the test's life
        fcntl.flock(self.lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        self.db = sqlite3.connect(root / "continuum.db", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA wal_autocheckpoint=0")  # keep committed pages in the -wal file
        self.db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        self.db.executemany("INSERT INTO notes (body) VALUES (?)", [(f"committed {i}",) for i in range(500)])
        self.db.execute("PRAGMA user_version=2")
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("INSERT INTO notes (body) VALUES ('not committed yet')")
        crypto = sqlite3.connect(root / "crypto" / CRYPTO_NAME)
        crypto.execute("CREATE TABLE olm (account TEXT)")
        crypto.execute("INSERT INTO olm VALUES ('pickled-olm-account')")
        crypto.commit()
        crypto.close()
        for rel, data in FILES.items():
            (root / rel).write_bytes(data)
            os.chmod(root / rel, 0o600)
        # The sealed login, as the bot writes it: the backup checks that its key opens it.
        DataDir(root).save_login(SecretBox(key), SavedLogin("@bot:example.org", "DEVICEABC", "token"))
        self.files = {**FILES, "session.sealed": (root / "session.sealed").read_bytes()}

    def close(self) -> None:
        self.db.execute("ROLLBACK")
        self.db.close()
        self.lock.close()


@pytest.fixture
def key() -> bytes:
    return generate_key()


@pytest.fixture
def live(tmp_path: Path, key: bytes) -> Iterator[LiveDataDir]:
    data = LiveDataDir(tmp_path / "data", key)
    yield data
    data.close()


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def test_the_premise_a_raw_copy_of_the_main_file_misses_committed_rows(live: LiveDataDir, tmp_path: Path) -> None:
    assert (live.root / "continuum.db-wal").stat().st_size > 0
    copy = tmp_path / "raw-copy.db"
    shutil.copyfile(live.root / "continuum.db", copy)
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        rows(copy, "SELECT count(*) FROM notes")


def test_round_trip_while_the_bot_holds_the_lock(live: LiveDataDir, key: bytes, tmp_path: Path) -> None:
    out = tmp_path / "backups" / "b.cvb"
    out.parent.mkdir()
    report = make_backup(live.root, out, key, key_beside_data=False, overwrite=False)
    assert report.files == 2 + len(live.files)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not [p for p in out.parent.iterdir() if p != out], "no temp file left behind"

    target = tmp_path / "new-machine" / "data"
    restored = restore_backup(out, target, key, force=False)
    assert restored.files == report.files and restored.moved_aside is None and not restored.wrote_key
    got = rows(target / "continuum.db", "SELECT body FROM notes ORDER BY id")
    assert len(got) == 500 and got[0] == ("committed 0",) and got[-1] == ("committed 499",)
    assert ("not committed yet",) not in got
    assert rows(target / "continuum.db", "PRAGMA user_version") == [(2,)]
    assert rows(target / "crypto" / CRYPTO_NAME, "SELECT account FROM olm") == [("pickled-olm-account",)]
    for rel, data in live.files.items():
        assert (target / rel).read_bytes() == data
        assert stat.S_IMODE((target / rel).stat().st_mode) == 0o600
    for folder in (target, target / "crypto", target / "identity"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not (target / "data.key").exists()
    assert not [p for p in target.iterdir() if p.name.startswith(".restore-")]


def test_the_archive_reveals_nothing_but_its_format(live: LiveDataDir, key: bytes, tmp_path: Path) -> None:
    out = tmp_path / "b.cvb"
    make_backup(live.root, out, key, key_beside_data=False, overwrite=False)
    blob = out.read_bytes()
    header, _, sealed = blob.partition(b"\n")
    assert header == b"continuum-backup 1"
    for secret in (b"committed", b"pickled-olm-account", b"notes", b"SQLite format", b"DEVICEABC", b"manifest"):
        assert secret not in blob
    assert SecretBox(key).open(sealed, CONTEXT)[:2] == b"\x1f\x8b", "sealed under the data key, context 'backup'"


async def test_a_real_store_opened_by_the_bot_survives_the_round_trip(tmp_path: Path, key: bytes) -> None:
    data = tmp_path / "data"
    store = await Store.open(data / "continuum.db", SecretBox(key))
    try:
        await write(store, lambda _u: _u.edge.save_sync_token("s42_token"))
        await write(store, lambda _u: _u.edge.pin_encrypted("!room:example.org"))
        out = tmp_path / "b.cvb"
        make_backup(data, out, key, key_beside_data=False, overwrite=False)  # while the store is open
    finally:
        await store.close()
    restore_backup(out, tmp_path / "restored", key, force=False)
    again = await Store.open(tmp_path / "restored" / "continuum.db", SecretBox(key))
    try:
        assert await read(again, lambda _u: _u.edge.sync_token()) == "s42_token"
        assert await read(again, lambda _u: _u.edge.is_pinned_encrypted("!room:example.org"))
    finally:
        await again.close()


def test_wrong_key_is_a_clear_error_and_writes_nothing(live: LiveDataDir, key: bytes, tmp_path: Path) -> None:
    out = tmp_path / "b.cvb"
    make_backup(live.root, out, key, key_beside_data=False, overwrite=False)
    target = tmp_path / "restored"
    with pytest.raises(BackupError, match="data key is not the one") as raised:
        restore_backup(out, target, generate_key(), force=False)
    assert raised.value.code == EXIT_FAIL
    assert not target.exists()


@pytest.mark.parametrize("where", ["first sealed byte", "middle", "last byte", "truncated"])
def test_a_tampered_archive_is_refused(live: LiveDataDir, key: bytes, tmp_path: Path, where: str) -> None:
    out = tmp_path / "b.cvb"
    make_backup(live.root, out, key, key_beside_data=False, overwrite=False)
    blob = bytearray(out.read_bytes())
    start = blob.index(b"\n") + 1
    if where == "truncated":
        del blob[-100:]
    else:
        index = {"first sealed byte": start + 3, "middle": (start + len(blob)) // 2, "last byte": len(blob) - 1}[where]
        blob[index] ^= 0x01
    out.write_bytes(bytes(blob))
    target = tmp_path / "restored"
    with pytest.raises(BackupError, match="damaged or altered"):
        restore_backup(out, target, key, force=False)
    assert not target.exists()


def test_an_unknown_format_or_a_foreign_file_is_refused(key: bytes, tmp_path: Path) -> None:
    future = tmp_path / "future.cvb"
    future.write_bytes(b"continuum-backup 2\n" + b"x" * 100)
    with pytest.raises(BackupError, match="format '2'"):
        restore_backup(future, tmp_path / "t", key, force=False)
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0 not a backup")
    with pytest.raises(BackupError, match="not a Continuum backup"):
        restore_backup(foreign, tmp_path / "t", key, force=False)
    assert not (tmp_path / "t").exists()


def _sealed_tar(key: bytes, entries: dict[str, bytes], manifest: dict[str, object]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in {"manifest.json": json.dumps(manifest).encode(), **entries}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return b"continuum-backup 1\n" + SecretBox(key).seal(buf.getvalue(), CONTEXT)


def test_an_archive_sealed_with_the_right_key_still_cannot_write_outside_the_data_dir(
    key: bytes, tmp_path: Path
) -> None:
    evil = _sealed_tar(key, {"../../escaped": b"x", "continuum.db": b"SQLite format 3\x00"},
                       {"format": 1, "files": []})
    with pytest.raises(BackupError, match="damaged"):
        read_archive(evil, SecretBox(key))
    unlisted = _sealed_tar(key, {"bashrc": b"x"}, {"format": 1, "files": []})
    with pytest.raises(BackupError):
        read_archive(unlisted, SecretBox(key))
    assert not (tmp_path.parent / "escaped").exists()


def test_a_checksum_or_database_mismatch_inside_the_archive_is_refused(key: bytes) -> None:
    bad_sum = _sealed_tar(key, {"continuum.db": b"SQLite format 3\x00" + b"\x00" * 200},
                          {"format": 1, "files": [{"path": "continuum.db", "kind": "sqlite", "sha256": "00"}]})
    with pytest.raises(BackupError, match="checksum"):
        read_archive(bad_sum, SecretBox(key))

    garbage = b"SQLite format 3\x00" + b"\x07" * 4000
    not_a_db = _sealed_tar(key, {"continuum.db": garbage}, {"format": 1, "files": [
        {"path": "continuum.db", "kind": "sqlite", "sha256": hashlib.sha256(garbage).hexdigest()}]})
    with pytest.raises(BackupError, match="not a sound SQLite"):
        read_archive(not_a_db, SecretBox(key))


def test_a_non_empty_target_needs_force_which_moves_the_old_contents_aside(
    live: LiveDataDir, key: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "b.cvb"
    make_backup(live.root, out, key, key_beside_data=False, overwrite=False)
    target = tmp_path / "target"
    (target / "crypto").mkdir(parents=True)
    (target / "crypto" / "old.db").write_bytes(b"old store")
    with pytest.raises(BackupError, match="not empty") as raised:
        restore_backup(out, target, key, force=False)
    assert raised.value.code == EXIT_USAGE
    assert (target / "crypto" / "old.db").read_bytes() == b"old store"
    report = restore_backup(out, target, key, force=True)
    assert report.moved_aside is not None
    assert (report.moved_aside / "crypto" / "old.db").read_bytes() == b"old store"
    assert not (target / "crypto" / "old.db").exists()
    assert rows(target / "continuum.db", "SELECT count(*) FROM notes") == [(500,)]


def test_empty_folders_and_a_stale_lock_do_not_make_a_target_non_empty(
    live: LiveDataDir, key: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "b.cvb"
    make_backup(live.root, out, key, key_beside_data=False, overwrite=False)
    target = tmp_path / "target"
    (target / "crypto").mkdir(parents=True)
    (target / "continuum.lock").write_text("12345")
    assert restore_backup(out, target, key, force=False).moved_aside is None


def test_a_data_dir_held_by_a_running_bot_is_refused_even_with_force(
    live: LiveDataDir, key: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "b.cvb"
    make_backup(live.root, out, key, key_beside_data=False, overwrite=False)
    before = sorted(p.name for p in live.root.iterdir())
    with pytest.raises(BackupError, match="running Continuum holds") as raised:
        restore_backup(out, live.root, key, force=True)
    assert raised.value.code == EXIT_FAIL
    assert sorted(p.name for p in live.root.iterdir()) == before


def test_backup_refuses_to_overwrite_or_to_write_into_the_data_dir(
    live: LiveDataDir, key: bytes, tmp_path: Path
) -> None:
    with pytest.raises(BackupError, match="outside the data dir"):
        make_backup(live.root, live.root / "b.cvb", key, key_beside_data=False, overwrite=False)
    out = tmp_path / "b.cvb"
    out.write_bytes(b"an older backup")
    with pytest.raises(BackupError, match="already exists"):
        make_backup(live.root, out, key, key_beside_data=False, overwrite=False)
    assert out.read_bytes() == b"an older backup"
    make_backup(live.root, out, key, key_beside_data=False, overwrite=True)
    assert out.read_bytes().startswith(b"continuum-backup 1\n")
    not_a_data_dir = tmp_path / "backups-folder-by-mistake"
    not_a_data_dir.mkdir()
    with pytest.raises(BackupError, match="the bot's data dir"):
        make_backup(not_a_data_dir, tmp_path / "c.cvb", key, key_beside_data=False, overwrite=False)


def test_a_key_kept_beside_the_data_is_restored_beside_it(live: LiveDataDir, key: bytes, tmp_path: Path) -> None:
    write_key_file(live.root / "data.key", key)
    out = tmp_path / "b.cvb"
    # Even when named by CONTINUUM_DATA_KEY_FILE, a key inside the data dir is recognised as such.
    make_backup(live.root, out, key, key_beside_data=False, overwrite=False)
    report = restore_backup(out, tmp_path / "restored", key, force=False)
    assert report.wrote_key
    assert (tmp_path / "restored" / "data.key").read_text().strip() == encode_key(key)
    assert stat.S_IMODE((tmp_path / "restored" / "data.key").stat().st_mode) == 0o600


# --- the command line: exit codes and messages, never a traceback --------------------------
def run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="continuum")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


@pytest.fixture
def bot_config(live: LiveDataDir, key: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("CONTINUUM_"):
            monkeypatch.delenv(name)
    key_file = tmp_path / "keys" / "data.key"
    write_key_file(key_file, key)
    monkeypatch.setenv("CONTINUUM_HOMESERVER", "https://matrix.example.org")
    monkeypatch.setenv("CONTINUUM_USER_ID", "@bot:example.org")
    monkeypatch.setenv("CONTINUUM_PASSWORD", "not-used-by-backup")
    monkeypatch.setenv("CONTINUUM_DATA_DIR", str(live.root))
    monkeypatch.setenv("CONTINUUM_DATA_KEY_FILE", str(key_file))
    return key_file


def test_cli_backup_then_restore(bot_config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.cvb"
    assert run_cli(["backup", str(out)]) == EXIT_OK
    assert "Keep the data key apart" in capsys.readouterr().out
    assert run_cli(["backup", str(out)]) == EXIT_USAGE
    assert "already exists" in capsys.readouterr().err
    assert run_cli(["restore", str(out), "--data-dir", str(tmp_path / "restored")]) == EXIT_OK
    assert "Restored 5 files" in capsys.readouterr().out
    assert rows(tmp_path / "restored" / "continuum.db", "SELECT count(*) FROM notes") == [(500,)]


def test_cli_errors_are_one_line_with_the_right_code(
    bot_config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "b.cvb"
    assert run_cli(["backup", str(out)]) == EXIT_OK
    capsys.readouterr()

    monkeypatch.setenv("CONTINUUM_DATA_KEY", encode_key(generate_key()))  # wins over the file
    assert run_cli(["restore", str(out), "--data-dir", str(tmp_path / "r1")]) == EXIT_FAIL
    err = capsys.readouterr().err
    assert err.startswith("continuum restore: ") and "Traceback" not in err and "data key" in err
    assert not (tmp_path / "r1").exists()

    monkeypatch.delenv("CONTINUUM_DATA_KEY")
    monkeypatch.delenv("CONTINUUM_DATA_KEY_FILE")
    assert run_cli(["restore", str(out), "--data-dir", str(tmp_path / "r2")]) == EXIT_USAGE
    assert "CONTINUUM_DATA_KEY_FILE" in capsys.readouterr().err

    monkeypatch.setenv("CONTINUUM_DATA_KEY", "not base64 at all!")
    assert run_cli(["restore", str(out), "--data-dir", str(tmp_path / "r3")]) == EXIT_USAGE
    capsys.readouterr()

    monkeypatch.delenv("CONTINUUM_HOMESERVER")
    assert run_cli(["backup", str(tmp_path / "c.cvb")]) == EXIT_USAGE
    assert "homeserver" in capsys.readouterr().err

    assert run_cli(["restore", str(tmp_path / "missing.cvb"), "--data-dir", str(tmp_path / "r4")]) == EXIT_USAGE


def test_cli_backup_never_makes_up_a_key(
    bot_config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONTINUUM_DATA_KEY_FILE")
    assert run_cli(["backup", str(tmp_path / "b.cvb")]) == EXIT_USAGE
    assert "no data key" in capsys.readouterr().err
    assert not (Path(os.environ["CONTINUUM_DATA_DIR"]) / "data.key").exists()


def test_backup_refuses_a_key_that_is_not_the_bots(live: LiveDataDir, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="not this bot's data key") as raised:
        make_backup(live.root, tmp_path / "b.cvb", generate_key(), key_beside_data=False, overwrite=False)
    assert raised.value.code == EXIT_USAGE
    assert not (tmp_path / "b.cvb").exists()


def test_cli_backup_of_a_data_dir_without_configuration(
    live: LiveDataDir, key: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in list(os.environ):
        if name.startswith("CONTINUUM_"):
            monkeypatch.delenv(name)
    out = tmp_path / "b.cvb"
    assert run_cli(["backup", str(out), "--data-dir", str(live.root)]) == EXIT_USAGE
    assert "no data key" in capsys.readouterr().err
    monkeypatch.setenv("CONTINUUM_DATA_KEY", encode_key(key))
    assert run_cli(["backup", str(out), "--data-dir", str(live.root)]) == EXIT_OK
    assert read_archive(out.read_bytes(), SecretBox(key)).manifest["key_beside_data"] is False
