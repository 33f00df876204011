"""Canonical JSON and signatures, cross-checked against Synapse's own libraries."""

from __future__ import annotations

import base64
from typing import Any

import canonicaljson
import pytest
import signedjson.key
import signedjson.sign
from hypothesis import given
from hypothesis import strategies as st

from bot.matrix.canonical import (
    CanonicalJsonError,
    SigningKey,
    canonical_json,
    decode_base64,
    encode_base64,
    sign_json,
    signable_bytes,
    verify_signed_json,
)

_ints = st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
_json = st.recursive(
    st.none() | st.booleans() | _ints | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_json)
def test_canonical_json_matches_canonicaljson(value: Any) -> None:
    assert canonical_json(value) == canonicaljson.encode_canonical_json(value)


def test_canonical_json_examples_from_the_spec() -> None:
    assert canonical_json({}) == b"{}"
    assert canonical_json({"one": 1, "two": "Two"}) == b'{"one":1,"two":"Two"}'
    assert canonical_json({"b": "2", "a": "1"}) == b'{"a":"1","b":"2"}'
    assert canonical_json({"a": "日本語"}) == '{"a":"日本語"}'.encode()
    assert canonical_json({"a": "\u0000"}) == b'{"a":"\\u0000"}'
    assert canonical_json({"a": None}) == b'{"a":null}'


@pytest.mark.parametrize("bad", [{"a": 1.5}, {1: "x"}, {"a": 2**53}, {"a": float("nan")}, {"a": b"x"}])
def test_canonical_json_rejects_what_the_spec_forbids(bad: Any) -> None:
    with pytest.raises(CanonicalJsonError):
        canonical_json(bad)


@given(st.binary(max_size=80))
def test_base64_round_trip_unpadded(data: bytes) -> None:
    text = encode_base64(data)
    assert "=" not in text
    assert decode_base64(text) == data
    assert decode_base64(base64.b64encode(data).decode()) == data  # padded accepted too


def test_decode_base64_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        decode_base64("not base64!")


def _nacl_key(seed: bytes) -> Any:
    return signedjson.key.decode_signing_key_base64("ed25519", "K", encode_base64(seed))


def test_public_key_matches_signedjson() -> None:
    key = SigningKey.generate()
    nacl = _nacl_key(key.seed)
    assert key.public_key == signedjson.key.encode_verify_key_base64(nacl.verify_key)


@given(st.dictionaries(st.text(), _json, max_size=5))
def test_signature_matches_signedjson(obj: dict[str, Any]) -> None:
    obj = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    obj["unsigned"] = {"note": "not signed"}
    key = SigningKey(b"\x01" * 32)
    ours = sign_json(obj, "@bot:continuum.test", "K", key)
    theirs = signedjson.sign.sign_json(dict(obj), "@bot:continuum.test", _nacl_key(key.seed))
    # Ed25519 is deterministic: the very same signature.
    assert ours["signatures"] == theirs["signatures"]
    assert ours["unsigned"] == {"note": "not signed"}
    assert "signatures" not in obj  # input untouched
    verify_key = signedjson.key.get_verify_key(_nacl_key(key.seed))
    signedjson.sign.verify_signed_json(ours, "@bot:continuum.test", verify_key)
    assert verify_signed_json(theirs, "@bot:continuum.test", key.public_key, "K")


def test_signature_keeps_other_signatures_and_checks_them_apart() -> None:
    a, b = SigningKey.generate(), SigningKey.generate()
    obj = sign_json({"x": 1}, "@a:t", a.public_key, a)
    obj = sign_json(obj, "@b:t", b.public_key, b)
    assert verify_signed_json(obj, "@a:t", a.public_key)
    assert verify_signed_json(obj, "@b:t", b.public_key)
    assert not verify_signed_json(obj, "@a:t", b.public_key)  # no such signature
    assert not verify_signed_json(obj, "@b:t", a.public_key)


def test_forged_or_altered_signatures_fail() -> None:
    key, other = SigningKey.generate(), SigningKey.generate()
    obj = sign_json({"keys": {"k": "v"}}, "@a:t", key.public_key, key)
    altered = {**obj, "keys": {"k": "w"}}
    assert not verify_signed_json(altered, "@a:t", key.public_key)
    forged = sign_json({"keys": {"k": "v"}}, "@a:t", key.public_key, other)  # right name, wrong key
    assert not verify_signed_json(forged, "@a:t", key.public_key)
    garbage = {**obj, "signatures": {"@a:t": {f"ed25519:{key.public_key}": "AAAA"}}}
    assert not verify_signed_json(garbage, "@a:t", key.public_key)
    assert not verify_signed_json({"signatures": "x"}, "@a:t", key.public_key)
    # unsigned is outside the signature
    assert verify_signed_json({**obj, "unsigned": {"anything": 1}}, "@a:t", key.public_key)
    assert signable_bytes(obj) == b'{"keys":{"k":"v"}}'


def test_signing_key_repr_hides_the_seed() -> None:
    key = SigningKey(b"\x02" * 32)
    assert encode_base64(key.seed) not in repr(key)
    with pytest.raises(ValueError):
        SigningKey(b"short")
