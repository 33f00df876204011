"""The crypto store is pickled under a key derived from the data key: a copy of the data dir
without the data key opens no room key. A store pickled under a legacy `pickle.key` is moved to
the derived key once, crash-safe, and the legacy key is destroyed."""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from nio.crypto import InboundGroupSession, OlmAccount, OutboundGroupSession, OutboundSession
from nio.store import DefaultStore, MatrixStore

from bot.matrix.session import DataDir, SessionError
from bot.platform.sealing import generate_key, write_key_file

USER, DEVICE = "@bot:example.org", "BOTDEVICE"


@dataclass
class Made:
    identity_keys: dict[str, str]
    olm_ids: set[str]
    megolm_ids: set[str]


def _populate(crypto_dir: Path, passphrase: str, rooms: int = 3) -> Made:
    """A store as nio writes it: the account, an Olm session, inbound Megolm sessions."""
    crypto_dir.mkdir(parents=True, exist_ok=True)
    store = DefaultStore(USER, DEVICE, str(crypto_dir), pickle_key=passphrase)
    try:
        account = OlmAccount()
        store.save_account(account)
        peer = OlmAccount()
        peer.generate_one_time_keys(1)
        one_time_key = next(iter(peer.one_time_keys["curve25519"].values()))
        olm = OutboundSession(account, peer.identity_keys["curve25519"], one_time_key)
        store.save_session(peer.identity_keys["curve25519"], olm)
        megolm = set()
        for i in range(rooms):
            outbound = OutboundGroupSession()
            inbound = InboundGroupSession(outbound.session_key, account.identity_keys["ed25519"],
                                          account.identity_keys["curve25519"], f"!room{i}:example.org")
            store.save_inbound_group_session(inbound)
            megolm.add(inbound.id)
        return Made(dict(account.identity_keys), {olm.id}, megolm)
    finally:
        store.database.close()


def _load(crypto_dir: Path, passphrase: str) -> Made:
    store = MatrixStore(USER, DEVICE, str(crypto_dir), pickle_key=passphrase)
    try:
        account = store.load_account()
        assert account is not None
        olm = {s.id for s in store.load_sessions()}
        megolm = {s.id for s in store.load_inbound_group_sessions()}
        return Made(dict(account.identity_keys), olm, megolm)
    finally:
        store.database.close()


def _pickles(store_file: Path) -> list[tuple[str, bytes]]:
    conn = sqlite3.connect(store_file)
    try:
        out = [("account", bytes(r[0])) for r in conn.execute("SELECT account FROM accounts")]
        out += [("olm", bytes(r[0])) for r in conn.execute("SELECT session FROM olmsessions")]
        out += [("megolm", bytes(r[0])) for r in conn.execute("SELECT session FROM megolminboundsessions")]
        return out
    finally:
        conn.close()


def _opens(kind: str, pickle: bytes, passphrase: str) -> bool:
    from nio.crypto import Session

    try:
        if kind == "account":
            OlmAccount.from_pickle(pickle, passphrase)
        elif kind == "olm":
            Session.from_pickle(pickle, 0.0, passphrase)  # type: ignore[arg-type]
        else:
            InboundGroupSession.from_pickle(pickle, "ed", "curve", "!r:x", passphrase)
    except Exception:
        return False
    return True


def _candidates(root: Path) -> set[str]:
    """Everything a thief could try as the passphrase from the files of a copied data dir."""
    found = {"", "DEFAULT_KEY"}  # nio's defaults
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        for text in (raw.decode("utf-8", "ignore"), raw.decode("latin-1")):
            found.update({text, text.strip()})
            found.update(line.strip() for line in text.splitlines())
            found.update(text.split())
    return {c for c in found if len(c) < 10_000}


def _unlocked(root: Path, key_file: Path | None) -> DataDir:
    data = DataDir(root)
    data.prepare()
    data.data_key(None, key_file)
    return data


def test_a_copy_of_the_data_dir_without_the_data_key_opens_no_room_key(tmp_path: Path) -> None:
    key_file = tmp_path / "etc" / "data.key"  # the operator keeps it apart
    write_key_file(key_file, generate_key())
    data = _unlocked(tmp_path / "data", key_file)
    passphrase = data.pickle_key(None)
    made = _populate(data.crypto_dir, passphrase)
    (data.root / "continuum.db").write_bytes(b"SQLite format 3\x00 and the rest")
    copy = Path(shutil.copytree(data.root, tmp_path / "copy"))

    store_file = copy / "crypto" / f"{USER}_{DEVICE}.db"
    pickles = _pickles(store_file)
    assert {k for k, _ in pickles} == {"account", "olm", "megolm"} and len(pickles) == 5
    candidates = _candidates(copy)
    assert len(candidates) > 10
    for kind, pickle in pickles:
        assert not [c for c in candidates if _opens(kind, pickle, c)], kind
        assert _opens(kind, pickle, passphrase)  # with the data key it does open
    assert _load(copy / "crypto", passphrase) == made


def test_with_the_data_key_beside_the_data_a_copy_opens_everything(tmp_path: Path) -> None:
    # What docs/THREAT_MODEL.md says plainly: a data key generated in the data dir travels with it.
    data = _unlocked(tmp_path / "data", None)
    made = _populate(data.crypto_dir, data.pickle_key(None))
    copy = Path(shutil.copytree(data.root, tmp_path / "copy"))
    thief = _unlocked(copy, None)
    assert _load(copy / "crypto", thief.pickle_key(None)) == made


def test_a_store_under_a_legacy_pickle_key_moves_to_the_derived_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "data"
    legacy_file = root / "pickle.key"
    root.mkdir()
    legacy = secrets.token_urlsafe(48)  # as releases before this one wrote it
    legacy_file.write_text(legacy + "\n")
    made = _populate(root / "crypto", legacy)
    key_file = tmp_path / "data.key"
    write_key_file(key_file, generate_key())

    with caplog.at_level(logging.INFO):
        passphrase = _unlocked(root, key_file).pickle_key(None)
    assert passphrase != legacy
    assert not legacy_file.exists()
    assert _load(root / "crypto", passphrase) == made  # the same identity keys and sessions
    assert not any(_opens(k, p, legacy) for k, p in _pickles(root / "crypto" / f"{USER}_{DEVICE}.db"))
    assert sorted(p.name for p in (root / "crypto").iterdir()) == [f"{USER}_{DEVICE}.db"]
    assert "2 Olm" not in caplog.text and "1 Olm and 3 Megolm sessions" in caplog.text
    # Later starts have nothing to move.
    assert _unlocked(root, key_file).pickle_key(None) == passphrase


def test_a_deprecated_pickle_key_file_is_moved_from_and_the_setting_warned_about(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    outside = tmp_path / "etc" / "pickle.key"
    outside.parent.mkdir()
    legacy = secrets.token_urlsafe(48)
    outside.write_text(legacy)
    root = tmp_path / "data"
    made = _populate(root / "crypto", legacy)
    key_file = tmp_path / "etc" / "data.key"
    write_key_file(key_file, generate_key())
    with caplog.at_level(logging.WARNING):
        passphrase = _unlocked(root, key_file).pickle_key(outside)
    assert _load(root / "crypto", passphrase) == made
    assert "pickle_key_file is deprecated and no longer needed" in caplog.text


def test_a_store_that_no_key_opens_stops_the_bot_with_a_reason(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    (root / "pickle.key").write_text(secrets.token_urlsafe(48))
    _populate(root / "crypto", "some other passphrase altogether")
    with pytest.raises(SessionError, match="opens neither"):
        _unlocked(root, None).pickle_key(None)
    assert (root / "pickle.key").exists()  # nothing destroyed


class Crash(BaseException):
    """The process dies here (kill -9, power cut): nothing after this line runs."""


@pytest.mark.parametrize("where", ["re-pickling", "before the swap", "after the swap"])
def test_an_interrupted_move_still_starts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    root = tmp_path / "data"
    root.mkdir()
    legacy = secrets.token_urlsafe(48)
    (root / "pickle.key").write_text(legacy)
    made = _populate(root / "crypto", legacy, rooms=4)
    key_file = tmp_path / "data.key"
    write_key_file(key_file, generate_key())

    def crash(*args: object, **kwargs: object) -> None:
        raise Crash

    with monkeypatch.context() as patch:
        if where == "re-pickling":  # half the sessions saved under the new key, on the copy
            saved = []
            original = MatrixStore.save_inbound_group_session

            def some_then_crash(self: MatrixStore, session: InboundGroupSession) -> None:
                if len(saved) == 2:
                    raise Crash
                saved.append(session)
                original(self, session)

            patch.setattr(MatrixStore, "save_inbound_group_session", some_then_crash)
        elif where == "before the swap":
            patch.setattr("bot.matrix.cryptostore.os.replace", crash)
        else:
            patch.setattr("bot.matrix.session.destroy_file", crash)
        with pytest.raises(Crash):
            _unlocked(root, key_file).pickle_key(None)
    if where == "after the swap":
        assert (root / "pickle.key").exists()
    else:  # the store is as it was
        assert _load(root / "crypto", legacy) == made

    passphrase = _unlocked(root, key_file).pickle_key(None)  # the next start
    assert _load(root / "crypto", passphrase) == made
    assert not (root / "pickle.key").exists()
    assert not list((root / "crypto").glob("*.repickle"))


def test_the_legacy_key_file_is_overwritten_before_it_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "data"
    root.mkdir()
    legacy = secrets.token_urlsafe(48)
    (root / "pickle.key").write_text(legacy)
    _populate(root / "crypto", legacy)
    seen: list[bytes] = []
    real_unlink = Path.unlink

    def look_then_unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name == "pickle.key":
            seen.append(self.read_bytes())
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", look_then_unlink)
    _unlocked(root, None).pickle_key(None)
    assert seen and legacy.encode() not in seen[0]
    assert os.path.exists(root / "crypto")
