"""Everything in the data dir is owner-only (files 0600, directories 0700), whatever the umask
the bot was started with; what an older release left open is closed at start, with a warning."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from nio.store import DefaultStore

from bot.app import run_bot
from bot.matrix.session import DataDir, SavedLogin, StartupError
from bot.platform.config import Settings
from bot.platform.permissions import LooseFilesError, loose_paths, secure_data_dir
from bot.platform.sealing import SecretBox
from bot.store import Store
from tests.storekit import write


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The usual default umask (files 0644), as a service manager or a shell would start us."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_everything_the_bot_writes_in_its_data_dir_is_owner_only(tmp_path: Path, loose_umask: None) -> None:
    root = tmp_path / "data"
    secure_data_dir(root)  # what `continuum run` does first
    data = DataDir(root)
    data.lock()
    try:
        key, _ = data.data_key(None, None)
        box = SecretBox(key)
        data.save_login(box, SavedLogin("@bot:example.org", "DEVICE", "token"))
        store = await Store.open(data.database, box)
        try:
            await write(store, lambda uow: uow.edge.save_sync_token("s1"))
            # nio creates its crypto store itself, under the process umask.
            DefaultStore("@bot:example.org", "DEVICE", str(data.crypto_dir), pickle_key="k" * 40)
            files = sorted(p.name for p in root.rglob("*") if p.is_file())
            assert {"continuum.db", "continuum.db-wal", "continuum.db-shm", "data.key", "session.sealed",
                    "continuum.lock", "@bot:example.org_DEVICE.db"} <= set(files)
            assert loose_paths(root) == []
            for path in root.rglob("*"):
                assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
        finally:
            await store.close()
    finally:
        data.release()


async def test_a_database_opened_by_a_tool_with_a_loose_umask_is_still_owner_only(
    tmp_path: Path, loose_umask: None
) -> None:
    store = await Store.open(tmp_path / "continuum.db", SecretBox(b"k" * 32))
    try:
        await write(store, lambda uow: uow.edge.save_sync_token("s1"))
        for name in ("continuum.db", "continuum.db-wal", "continuum.db-shm"):
            assert _mode(tmp_path / name) == 0o600, name
    finally:
        await store.close()


def test_what_an_older_release_left_open_is_closed_with_a_warning(
    tmp_path: Path, loose_umask: None, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "data"
    (root / "crypto").mkdir(parents=True)
    os.chmod(root, 0o755)
    for name, text in (("continuum.db", "db"), ("crypto/@bot:x_D.db", "store"), ("data.key", "key")):
        (root / name).write_text(text)
    os.chmod(root / "data.key", 0o640)
    assert len(loose_paths(root)) == 5
    with caplog.at_level(logging.WARNING):
        secure_data_dir(root)
    assert loose_paths(root) == []
    assert _mode(root) == 0o700 and _mode(root / "crypto") == 0o700
    assert _mode(root / "continuum.db") == 0o600 and _mode(root / "data.key") == 0o600
    assert (root / "data.key").read_text() == "key"
    warning = " ".join(r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    assert "5 path(s)" in warning and "other accounts" in warning and f"chmod -R go-rwx {root}" in warning
    # From now on the process creates owner-only files.
    (root / "new").write_text("x")
    assert _mode(root / "new") == 0o600
    caplog.clear()
    secure_data_dir(root)  # nothing left to say
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]


async def test_a_path_the_bot_may_not_close_stops_it_with_the_fix(
    tmp_path: Path, loose_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "data"
    root.mkdir()
    (root / "continuum.db").write_text("db")
    os.chmod(root / "continuum.db", 0o644)

    def refuse(path: object, mode: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("bot.platform.permissions.os.chmod", refuse)
    with pytest.raises(LooseFilesError, match="chmod -R go-rwx"):
        secure_data_dir(root)
    settings = Settings(homeserver="http://127.0.0.1:9", user_id="@bot:example.org", password="x",
                        data_dir=root)
    with pytest.raises(StartupError, match=f"chmod -R go-rwx {root}"):
        await run_bot(settings)
