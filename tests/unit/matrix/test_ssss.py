"""Secret storage primitives: recovery keys and m.secret_storage.v1.aes-hmac-sha2."""

from __future__ import annotations

import secrets

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.matrix.canonical import decode_base64
from bot.matrix.ssss import (
    ALGORITHM,
    RecoveryKeyError,
    SecretStorageError,
    decode_recovery_key,
    decrypt_secret,
    encode_recovery_key,
    encrypt_secret,
    key_check,
    key_matches,
)

_keys = st.binary(min_size=32, max_size=32)


@given(_keys)
def test_recovery_key_round_trip(key: bytes) -> None:
    text = encode_recovery_key(key)
    groups = text.split(" ")
    assert all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4
    assert decode_recovery_key(text) == key
    assert decode_recovery_key(text.replace(" ", "")) == key
    assert decode_recovery_key("  " + text.replace(" ", "\n") + " ") == key


def test_recovery_key_looks_like_elements() -> None:
    text = encode_recovery_key(secrets.token_bytes(32))
    assert text.startswith("Es")
    assert len(text.replace(" ", "")) == 48
    assert len(text) == 59  # 12 groups of four and 11 spaces


def test_recovery_key_zero_and_ff_edges() -> None:
    for key in (b"\0" * 32, b"\xff" * 32):
        assert decode_recovery_key(encode_recovery_key(key)) == key


def test_recovery_key_typos_are_caught() -> None:
    key = secrets.token_bytes(32)
    compact = encode_recovery_key(key).replace(" ", "")
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    caught = 0
    for position in range(2, len(compact)):
        replacement = alphabet[(alphabet.index(compact[position]) + 1) % 58]
        typo = compact[:position] + replacement + compact[position + 1 :]
        try:
            decoded = decode_recovery_key(typo)
        except RecoveryKeyError:
            caught += 1
        else:  # pragma: no cover - parity makes this very unlikely
            assert decoded != key
    assert caught >= len(compact) - 4
    with pytest.raises(RecoveryKeyError, match="base58"):
        decode_recovery_key(compact[:-1] + "0")  # 0 is not base58
    with pytest.raises(RecoveryKeyError, match="length"):
        decode_recovery_key(compact[:-2])
    with pytest.raises(RecoveryKeyError):
        decode_recovery_key("")


def test_parity_failure_is_reported() -> None:
    from bot.matrix import ssss

    raw = b"\x8b\x01" + secrets.token_bytes(32)
    bad_parity = raw + bytes([ssss._parity(raw) ^ 0x01])
    with pytest.raises(RecoveryKeyError, match="parity"):
        decode_recovery_key(ssss._base58_encode(bad_parity))
    wrong_prefix = b"\x8b\x02" + raw[2:]
    with pytest.raises(RecoveryKeyError, match="prefix"):
        decode_recovery_key(ssss._base58_encode(wrong_prefix + bytes([ssss._parity(wrong_prefix)])))


@given(_keys, st.text(max_size=200), st.sampled_from(["m.cross_signing.master", "x", ""]))
def test_secret_round_trip(key: bytes, plaintext: str, name: str) -> None:
    data = encrypt_secret(key, name, plaintext)
    assert set(data) == {"iv", "ciphertext", "mac"}
    assert all("=" not in v for v in data.values())
    assert decode_base64(data["iv"])[8] & 0x80 == 0  # bit 63 cleared
    assert decrypt_secret(key, name, data) == plaintext


def test_secret_mac_failures() -> None:
    key = secrets.token_bytes(32)
    data = encrypt_secret(key, "m.cross_signing.master", "secret seed")
    with pytest.raises(SecretStorageError, match="does not open"):
        decrypt_secret(secrets.token_bytes(32), "m.cross_signing.master", data)
    with pytest.raises(SecretStorageError, match="does not open"):
        decrypt_secret(key, "m.cross_signing.self_signing", data)  # name is bound in
    ct = bytearray(decode_base64(data["ciphertext"]))
    ct[0] ^= 1
    from bot.matrix.canonical import encode_base64

    with pytest.raises(SecretStorageError, match="does not open"):
        decrypt_secret(key, "m.cross_signing.master", {**data, "ciphertext": encode_base64(bytes(ct))})
    with pytest.raises(SecretStorageError, match="malformed"):
        decrypt_secret(key, "m.cross_signing.master", {"iv": data["iv"]})


def test_known_answer_vector() -> None:
    """A fixed vector computed by hand from the spec's steps with the standard library."""
    import hashlib
    import hmac

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = bytes(range(32))
    iv = bytes(16)
    okm = HKDF(hashes.SHA256(), 64, b"\0" * 32, b"name").derive(key)
    enc = Cipher(algorithms.AES(okm[:32]), modes.CTR(iv)).encryptor()
    ct = enc.update(b"hello") + enc.finalize()
    mac = hmac.new(okm[32:], ct, hashlib.sha256).digest()
    import base64

    got = encrypt_secret(key, "name", "hello", iv=iv)
    assert got["ciphertext"] == base64.b64encode(ct).decode().rstrip("=")
    assert got["mac"] == base64.b64encode(mac).decode().rstrip("=")
    # padded base64 (what some clients write) is accepted
    padded = {k: v + "=" * (-len(v) % 4) for k, v in got.items()}
    assert decrypt_secret(key, "name", padded) == "hello"


def test_key_check() -> None:
    key = secrets.token_bytes(32)
    description = {"algorithm": ALGORITHM, **key_check(key)}
    assert key_matches(key, description)
    assert not key_matches(secrets.token_bytes(32), description)
    assert not key_matches(key, {**description, "algorithm": "m.other"})
    assert key_matches(key, {"algorithm": ALGORITHM})  # the check is optional in the spec
