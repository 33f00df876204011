"""The cross-signing identity: key objects, device signing, and the sealed file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bot.matrix.canonical import SigningKey, encode_base64, sign_json, verify_signed_json
from bot.matrix.crosssigning import (
    CrossSigningError,
    CrossSigningIdentity,
    format_fingerprint,
    parse_cross_signing_key,
)
from bot.platform.sealing import SecretBox, generate_key

USER = "@bot:continuum.test"


def _device(user_id: str = USER, device_id: str = "DEV") -> dict[str, object]:
    device_key = SigningKey.generate()
    obj = {
        "user_id": user_id,
        "device_id": device_id,
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "keys": {f"ed25519:{device_id}": device_key.public_key, f"curve25519:{device_id}": "c" * 43},
    }
    return sign_json(obj, user_id, device_id, device_key)


def test_key_objects_are_well_formed_and_chained() -> None:
    identity = CrossSigningIdentity.generate(USER)
    body = identity.upload_body()
    assert parse_cross_signing_key(body["master_key"], USER, "master") == identity.master_key
    ssk, usk = body["self_signing_key"], body["user_signing_key"]
    assert parse_cross_signing_key(ssk, USER, "self_signing") == identity.self_signing_key
    assert parse_cross_signing_key(usk, USER, "user_signing") == identity.user_signing_key
    assert verify_signed_json(ssk, USER, identity.master_key)
    assert verify_signed_json(usk, USER, identity.master_key)
    # wrong owner or usage are not accepted
    assert parse_cross_signing_key(body["master_key"], "@other:t", "master") is None
    assert parse_cross_signing_key(ssk, USER, "master") is None


def test_sign_device_adds_a_self_signing_signature() -> None:
    identity = CrossSigningIdentity.generate(USER)
    device = _device()
    signed = identity.sign_device(device)
    assert verify_signed_json(signed, USER, identity.self_signing_key)
    ed = device["keys"]["ed25519:DEV"]  # type: ignore[index]
    assert verify_signed_json(signed, USER, ed, "DEV")  # its own signature kept
    with pytest.raises(CrossSigningError):
        identity.sign_device(_device("@someone:else"))


def test_seal_round_trip_and_file_mode(tmp_path: Path) -> None:
    box = SecretBox(generate_key())
    identity = CrossSigningIdentity.generate(USER)
    path = tmp_path / "identity" / "cross_signing.sealed"
    identity.save(path, box)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    raw = path.read_bytes()
    for key in (identity.master, identity.self_signing, identity.user_signing):
        assert encode_base64(key.seed).encode() not in raw
    loaded = CrossSigningIdentity.load(path, box)
    assert loaded.fingerprints() == identity.fingerprints()
    assert loaded.master.seed == identity.master.seed
    # saving again replaces atomically, no temp file left
    CrossSigningIdentity.generate(USER).save(path, box)
    assert sorted(p.name for p in path.parent.iterdir()) == ["cross_signing.sealed"]


def test_wrong_key_or_context_fails(tmp_path: Path) -> None:
    box = SecretBox(generate_key())
    path = tmp_path / "cs.sealed"
    CrossSigningIdentity.generate(USER).save(path, box)
    with pytest.raises(CrossSigningError, match="cannot be opened"):
        CrossSigningIdentity.load(path, SecretBox(generate_key()))
    # a blob sealed for another purpose does not open as an identity
    path.write_bytes(box.seal(CrossSigningIdentity.generate(USER).to_bytes(), b"answers"))
    with pytest.raises(CrossSigningError):
        CrossSigningIdentity.load(path, box)
    # damaged
    good = tmp_path / "good.sealed"
    CrossSigningIdentity.generate(USER).save(good, box)
    data = bytearray(good.read_bytes())
    data[-1] ^= 1
    good.write_bytes(bytes(data))
    with pytest.raises(CrossSigningError):
        CrossSigningIdentity.load(good, box)


def test_repr_and_fingerprints_hide_private_keys() -> None:
    identity = CrossSigningIdentity.generate(USER)
    text = repr(identity) + " ".join(identity.fingerprints().lines())
    for key in (identity.master, identity.self_signing, identity.user_signing):
        assert encode_base64(key.seed) not in text
    assert format_fingerprint("abcdefghij") == "abcd efgh ij"


def test_auth_required_explains_the_oauth_approval() -> None:
    """What Synapse with delegated auth (MAS) answers to a cross-signing reset."""
    from bot.matrix.crosssigning import _auth_required, _stages

    url = "https://account.example.org/?action=org.matrix.cross_signing_reset"
    reply = {
        "session": "dummy",
        "flows": [{"stages": ["m.oauth"]}, {"stages": ["org.matrix.cross_signing_reset"]}],
        "params": {"m.oauth": {"url": url}, "org.matrix.cross_signing_reset": {"url": url}},
    }
    error = _auth_required(reply, _stages(reply), "dummy", True, has_password=True)
    assert error.url == url and error.session == "dummy"
    assert url in str(error) and "approve" in str(error)

    reply = {"session": "s1", "flows": [{"stages": ["m.login.sso"]}], "params": {}}
    error = _auth_required(reply, _stages(reply), "s1", True, has_password=True)
    assert "m.login.sso" in str(error) and "s1" in str(error) and error.url is None
