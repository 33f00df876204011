"""Matrix canonical JSON, unpadded base64, and Ed25519 signing of JSON objects.

These are the primitives under cross-signing: every key, device and signature Matrix exchanges
is a JSON object signed over its *canonical* encoding (sorted keys, no insignificant whitespace,
UTF-8, integers only) with ``signatures`` and ``unsigned`` removed. Getting a single byte wrong
here means signatures that no other client accepts, so the encoder refuses anything the spec does
not allow instead of guessing (floats, non-string keys, integers outside the safe range).

Ed25519 comes from ``cryptography``. A Matrix Ed25519 *private key* is its 32-byte seed; the
public key and every signature travel as unpadded standard base64.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

__all__ = [
    "CanonicalJsonError",
    "SigningKey",
    "canonical_json",
    "decode_base64",
    "encode_base64",
    "public_key_from_base64",
    "sign_json",
    "signable_bytes",
    "verify_signature",
    "verify_signed_json",
]

# Canonical JSON only allows integers JavaScript can represent exactly.
_MAX_SAFE_INT = 2**53 - 1
SEED_BYTES = 32


class CanonicalJsonError(ValueError):
    """A value cannot be encoded as Matrix canonical JSON."""


def _check(value: Any, path: str = "$") -> None:
    if value is None or isinstance(value, (bool, str)):
        return
    if isinstance(value, int):
        if not -_MAX_SAFE_INT <= value <= _MAX_SAFE_INT:
            raise CanonicalJsonError(f"{path}: integer out of the canonical JSON range")
        return
    if isinstance(value, float):
        raise CanonicalJsonError(f"{path}: floats are not allowed in canonical JSON")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalJsonError(f"{path}: object keys must be strings")
            _check(item, f"{path}.{key}")
        return
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _check(item, f"{path}[{index}]")
        return
    raise CanonicalJsonError(f"{path}: {type(value).__name__} is not a JSON value")


def canonical_json(value: Any) -> bytes:
    """Encode `value` as Matrix canonical JSON (UTF-8 bytes)."""
    _check(value)
    return json.dumps(
        value,
        ensure_ascii=False,
        allow_nan=False,
        separators=(",", ":"),
        sort_keys=True,
    ).encode("utf-8")


def encode_base64(data: bytes) -> str:
    """Unpadded standard base64, as Matrix uses for keys and signatures."""
    return base64.b64encode(data).decode("ascii").rstrip("=")


def decode_base64(text: str) -> bytes:
    """Decode standard base64 with or without padding; raise ValueError if it is not base64."""
    if not isinstance(text, str):
        raise ValueError("base64 value must be a string")
    stripped = text.strip().rstrip("=")
    padded = stripped + "=" * (-len(stripped) % 4)
    try:
        return base64.b64decode(padded.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as e:
        raise ValueError("not valid base64") from e


def signable_bytes(obj: Mapping[str, Any]) -> bytes:
    """The bytes a Matrix signature covers: canonical JSON without `signatures` and `unsigned`."""
    return canonical_json({k: v for k, v in obj.items() if k not in ("signatures", "unsigned")})


def public_key_from_base64(text: str) -> Ed25519PublicKey:
    raw = decode_base64(text)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


class SigningKey:
    """An Ed25519 key pair held as its 32-byte seed (the form Matrix stores private keys in)."""

    __slots__ = ("_private", "_public", "_seed")

    def __init__(self, seed: bytes) -> None:
        if len(seed) != SEED_BYTES:
            raise ValueError(f"an Ed25519 seed is {SEED_BYTES} bytes")
        self._seed = bytes(seed)
        self._private = Ed25519PrivateKey.from_private_bytes(self._seed)
        self._public = encode_base64(self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    @classmethod
    def generate(cls) -> SigningKey:
        key = Ed25519PrivateKey.generate()
        return cls(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))

    @property
    def seed(self) -> bytes:
        return self._seed

    @property
    def public_key(self) -> str:
        """The public key as unpadded base64; for cross-signing keys this is also the key id."""
        return self._public

    def sign(self, message: bytes) -> str:
        return encode_base64(self._private.sign(message))

    def __repr__(self) -> str:  # never show the seed
        return f"SigningKey(public={self._public})"


def sign_json(obj: Mapping[str, Any], user_id: str, key_id: str, key: SigningKey) -> dict[str, Any]:
    """Return a copy of `obj` with a signature added under signatures[user_id]["ed25519:<key_id>"].

    Existing signatures and the `unsigned` section are kept but not covered by the signature.
    """
    signed: dict[str, Any] = copy.deepcopy(dict(obj))
    signature = key.sign(signable_bytes(signed))
    signatures = signed.setdefault("signatures", {})
    if not isinstance(signatures, dict):
        raise CanonicalJsonError("'signatures' must be an object")
    signatures.setdefault(user_id, {})[f"ed25519:{key_id}"] = signature
    return signed


def verify_signature(public_key: str, message: bytes, signature: str) -> bool:
    """True if `signature` (unpadded base64) is a valid Ed25519 signature of `message`."""
    try:
        key = public_key_from_base64(public_key)
        raw = decode_base64(signature)
    except ValueError:
        return False
    if len(raw) != 64:
        return False
    try:
        key.verify(raw, message)
    except InvalidSignature:
        return False
    return True


def verify_signed_json(obj: Mapping[str, Any], user_id: str, public_key: str, key_id: str | None = None) -> bool:
    """True if `obj` carries a valid signature by `public_key` under `user_id`.

    The signature is looked up as signatures[user_id]["ed25519:<key_id>"]; `key_id` defaults to
    the public key itself, which is how cross-signing keys name their signatures (devices use
    their device id).
    """
    signatures = obj.get("signatures")
    if not isinstance(signatures, Mapping):
        return False
    by_user = signatures.get(user_id)
    if not isinstance(by_user, Mapping):
        return False
    signature = by_user.get(f"ed25519:{key_id if key_id is not None else public_key}")
    if not isinstance(signature, str):
        return False
    try:
        message = signable_bytes(obj)
    except CanonicalJsonError:
        return False
    return verify_signature(public_key, message, signature)
