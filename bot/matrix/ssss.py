"""Secret storage ("4S") for the cross-signing keys, compatible with Element.

The three private cross-signing keys are stored in the bot account's own account data, each
encrypted under a random 32-byte *secret storage key* with ``m.secret_storage.v1.aes-hmac-sha2``
(AES-CTR-256 + HMAC-SHA-256, sub-keys from HKDF-SHA-256 with the secret's name as info). The key
itself never reaches the server: the admin gets it once as a *recovery key* — 48 base58
characters in groups of four, starting "Es" — and `restore_from_recovery_key` brings the
identity onto a new machine with it (``continuum identity restore``).

The server sees only ciphertext, key ids and the fixed event types, never personal data.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.matrix.canonical import decode_base64, encode_base64
from bot.matrix.crosssigning import (
    CrossSigningError,
    CrossSigningIdentity,
    MatrixApi,
    parse_cross_signing_key,
)

if TYPE_CHECKING:
    from nio import AsyncClient

__all__ = [
    "ALGORITHM",
    "CROSS_SIGNING_SECRETS",
    "RecoveryKeyError",
    "SecretStorageError",
    "StoredIdentity",
    "decode_recovery_key",
    "decrypt_secret",
    "encode_recovery_key",
    "encrypt_secret",
    "generate_secret_storage_key",
    "key_check",
    "key_matches",
    "restore_from_recovery_key",
    "store_identity",
]

ALGORITHM = "m.secret_storage.v1.aes-hmac-sha2"
DEFAULT_KEY_EVENT = "m.secret_storage.default_key"
KEY_EVENT_PREFIX = "m.secret_storage.key."
MASTER = "m.cross_signing.master"
SELF_SIGNING = "m.cross_signing.self_signing"
USER_SIGNING = "m.cross_signing.user_signing"
CROSS_SIGNING_SECRETS = (MASTER, SELF_SIGNING, USER_SIGNING)

KEY_BYTES = 32
_IV_BYTES = 16
_RECOVERY_PREFIX = b"\x8b\x01"
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_INDEX = {c: i for i, c in enumerate(_BASE58)}
_KEY_ID_ALPHABET = string.ascii_letters + string.digits


class SecretStorageError(CrossSigningError):
    """Secret storage is missing, damaged, or does not open with the given key."""


class RecoveryKeyError(SecretStorageError):
    """The text is not a valid recovery key (typo, wrong length, or failed parity check)."""


# ---------------------------------------------------------------------------------------------
# Recovery key representation
# ---------------------------------------------------------------------------------------------


def _base58_encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, rem = divmod(number, 58)
        out.append(_BASE58[rem])
    leading_zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * leading_zeros + "".join(reversed(out))


def _base58_decode(text: str) -> bytes:
    number = 0
    for char in text:
        digit = _BASE58_INDEX.get(char)
        if digit is None:
            raise RecoveryKeyError("the recovery key contains a character that is not base58")
        number = number * 58 + digit
    leading_zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * leading_zeros + body


def _parity(data: bytes) -> int:
    parity = 0
    for byte in data:
        parity ^= byte
    return parity


def encode_recovery_key(key: bytes) -> str:
    """The human form of a secret storage key: base58 of 0x8B01 ‖ key ‖ parity, in groups of 4."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a secret storage key is {KEY_BYTES} bytes")
    raw = _RECOVERY_PREFIX + key
    text = _base58_encode(raw + bytes([_parity(raw)]))
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def decode_recovery_key(text: str) -> bytes:
    """Parse a recovery key (whitespace ignored); raise RecoveryKeyError if it is not one."""
    compact = "".join(text.split())
    if not compact:
        raise RecoveryKeyError("the recovery key is empty")
    raw = _base58_decode(compact)
    if len(raw) != len(_RECOVERY_PREFIX) + KEY_BYTES + 1:
        raise RecoveryKeyError("the recovery key has the wrong length (a character missing or extra?)")
    if not raw.startswith(_RECOVERY_PREFIX):
        raise RecoveryKeyError("this is not a recovery key (wrong prefix)")
    if _parity(raw) != 0:
        raise RecoveryKeyError("the recovery key fails its parity check (a typo?)")
    return raw[len(_RECOVERY_PREFIX) : -1]


def generate_secret_storage_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


# ---------------------------------------------------------------------------------------------
# m.secret_storage.v1.aes-hmac-sha2
# ---------------------------------------------------------------------------------------------


def _derive(key: bytes, name: str) -> tuple[bytes, bytes]:
    if len(key) != KEY_BYTES:
        raise SecretStorageError(f"a secret storage key is {KEY_BYTES} bytes")
    material = HKDF(algorithm=hashes.SHA256(), length=64, salt=b"\0" * 32, info=name.encode("utf-8")).derive(key)
    return material[:32], material[32:]


def _new_iv() -> bytes:
    iv = bytearray(secrets.token_bytes(_IV_BYTES))
    iv[8] &= 0x7F  # bit 63 cleared, as the spec asks, so every AES-CTR implementation agrees
    return bytes(iv)


def _aes_ctr(key: bytes, iv: bytes, data: bytes) -> bytes:
    cipher = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    return cipher.update(data) + cipher.finalize()


def encrypt_secret(key: bytes, name: str, plaintext: str, iv: bytes | None = None) -> dict[str, str]:
    """Encrypt one secret; returns the ``{"iv", "ciphertext", "mac"}`` object (unpadded base64)."""
    aes_key, mac_key = _derive(key, name)
    iv = iv if iv is not None else _new_iv()
    if len(iv) != _IV_BYTES:
        raise ValueError("the IV is 16 bytes")
    ciphertext = _aes_ctr(aes_key, iv, plaintext.encode("utf-8"))
    mac = hmac.new(mac_key, ciphertext, hashlib.sha256).digest()
    return {"iv": encode_base64(iv), "ciphertext": encode_base64(ciphertext), "mac": encode_base64(mac)}


def decrypt_secret(key: bytes, name: str, data: Mapping[str, Any]) -> str:
    """Check the MAC and decrypt one secret; raise SecretStorageError if anything is off."""
    try:
        iv = decode_base64(data["iv"])
        ciphertext = decode_base64(data["ciphertext"])
        mac = decode_base64(data["mac"])
    except (KeyError, TypeError, ValueError) as e:
        raise SecretStorageError(f"the stored secret {name} is malformed") from e
    if len(iv) != _IV_BYTES:
        raise SecretStorageError(f"the stored secret {name} is malformed")
    aes_key, mac_key = _derive(key, name)
    expected = hmac.new(mac_key, ciphertext, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, mac):
        raise SecretStorageError(f"the stored secret {name} does not open with this key (wrong key or tampered)")
    try:
        return _aes_ctr(aes_key, iv, ciphertext).decode("utf-8")
    except UnicodeDecodeError as e:  # pragma: no cover - only with a MAC collision
        raise SecretStorageError(f"the stored secret {name} is damaged") from e


def key_check(key: bytes, iv: bytes | None = None) -> dict[str, str]:
    """The ``iv``/``mac`` pair stored with a key description so a client can test a key."""
    aes_key, mac_key = _derive(key, "")
    iv = iv if iv is not None else _new_iv()
    ciphertext = _aes_ctr(aes_key, iv, b"\0" * 32)
    return {"iv": encode_base64(iv), "mac": encode_base64(hmac.new(mac_key, ciphertext, hashlib.sha256).digest())}


def key_matches(key: bytes, description: Mapping[str, Any]) -> bool:
    """True if `key` is the key `description` describes (or the description has no check)."""
    if description.get("algorithm") != ALGORITHM:
        return False
    if "iv" not in description or "mac" not in description:
        return True  # the spec makes the check optional; decryption MACs still protect us
    try:
        iv = decode_base64(description["iv"])
        mac = decode_base64(description["mac"])
    except (TypeError, ValueError):
        return False
    if len(iv) != _IV_BYTES:
        return False
    return hmac.compare_digest(decode_base64(key_check(key, iv)["mac"]), mac)


# ---------------------------------------------------------------------------------------------
# Account data
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class StoredIdentity:
    """The outcome of `store_identity`. `recovery_key` is secret: show it once, never log it."""

    key_id: str
    recovery_key: str
    new_key: bool

    def __repr__(self) -> str:
        return f"StoredIdentity(key_id={self.key_id}, new_key={self.new_key})"


def _new_key_id() -> str:
    return "".join(secrets.choice(_KEY_ID_ALPHABET) for _ in range(32))


async def _default_key(api: MatrixApi) -> tuple[str, dict[str, Any]] | None:
    default = await api.get_account_data(DEFAULT_KEY_EVENT)
    key_id = default.get("key") if default else None
    if not isinstance(key_id, str) or not key_id:
        return None
    description = await api.get_account_data(KEY_EVENT_PREFIX + key_id)
    if description is None:
        return None
    return key_id, description


async def store_identity(
    client: AsyncClient,
    identity: CrossSigningIdentity,
    recovery_key: str | None = None,
    *,
    replace_default: bool = False,
) -> StoredIdentity:
    """Encrypt the three cross-signing private keys into the account's secret storage.

    With `recovery_key`, reuse that existing key (it must be the account's default key), e.g.
    after `CrossSigningManager.reset()`. Without it, create a new key, make it the default and
    return its recovery key; if the account already has a default key this refuses unless
    `replace_default` is set (secrets stored under the old key would no longer be found by
    clients that use only the default key).
    """
    api = MatrixApi(client)
    if identity.user_id != client.user_id:
        raise SecretStorageError("that identity belongs to another account")
    existing = await _default_key(api)
    if recovery_key is not None:
        key = decode_recovery_key(recovery_key)
        if existing is None:
            raise SecretStorageError("this account has no secret storage key yet; store without a recovery key")
        key_id, description = existing
        if not key_matches(key, description):
            raise SecretStorageError("that recovery key is not the account's secret storage key")
        new_key = False
    else:
        if existing is not None and not replace_default:
            raise SecretStorageError(
                "this account already has secret storage; pass its recovery key to reuse it, or replace it on purpose"
            )
        key = generate_secret_storage_key()
        key_id = _new_key_id()
        description = {"algorithm": ALGORITHM, "name": "Continuum recovery key", **key_check(key)}
        await api.put_account_data(KEY_EVENT_PREFIX + key_id, description)
        new_key = True

    seeds = {
        MASTER: identity.master.seed,
        SELF_SIGNING: identity.self_signing.seed,
        USER_SIGNING: identity.user_signing.seed,
    }
    for name, seed in seeds.items():
        await api.put_account_data(name, {"encrypted": {key_id: encrypt_secret(key, name, encode_base64(seed))}})
    if new_key:
        # Last, so a half-finished run never points clients at a key without secrets.
        await api.put_account_data(DEFAULT_KEY_EVENT, {"key": key_id})
    return StoredIdentity(key_id=key_id, recovery_key=encode_recovery_key(key), new_key=new_key)


async def restore_from_recovery_key(client: AsyncClient, recovery_key: str) -> CrossSigningIdentity:
    """Read the cross-signing private keys back from secret storage with the recovery key.

    Checks that they are the keys the homeserver publishes for this account. The caller saves
    the result (``CrossSigningManager.adopt(identity)``) and the device gets signed.
    """
    user_id = client.user_id
    if not user_id or not client.access_token:
        raise SecretStorageError("log in before restoring the identity")
    key = decode_recovery_key(recovery_key)
    api = MatrixApi(client)
    existing = await _default_key(api)
    if existing is None:
        raise SecretStorageError("this account has no secret storage (nothing was ever stored)")
    key_id, description = existing
    if description.get("algorithm") != ALGORITHM:
        raise SecretStorageError(f"the account's secret storage uses {description.get('algorithm')!r}, not {ALGORITHM}")
    if not key_matches(key, description):
        raise SecretStorageError("that recovery key does not open this account's secret storage")

    seeds: dict[str, bytes] = {}
    for name in CROSS_SIGNING_SECRETS:
        content = await api.get_account_data(name)
        encrypted = content.get("encrypted") if content else None
        data = encrypted.get(key_id) if isinstance(encrypted, Mapping) else None
        if not isinstance(data, Mapping):
            raise SecretStorageError(f"secret storage has no {name} under the default key")
        try:
            seed = decode_base64(decrypt_secret(key, name, data))
        except ValueError as e:
            raise SecretStorageError(f"the stored {name} is not a key") from e
        if len(seed) != 32:
            raise SecretStorageError(f"the stored {name} is not a key")
        seeds[name] = seed
    identity = CrossSigningIdentity.from_seeds(str(user_id), seeds[MASTER], seeds[SELF_SIGNING], seeds[USER_SIGNING])

    response = await api.keys_query([str(user_id)])

    def published(section: str, usage: Any) -> str | None:
        value = response.get(section)
        obj = value.get(user_id) if isinstance(value, Mapping) else None
        return parse_cross_signing_key(obj, str(user_id), usage)

    expected = (
        published("master_keys", "master"),
        published("self_signing_keys", "self_signing"),
        published("user_signing_keys", "user_signing"),
    )
    if expected[0] is None:
        raise SecretStorageError("the homeserver publishes no cross-signing identity for this account")
    if expected != (identity.master_key, identity.self_signing_key, identity.user_signing_key):
        raise SecretStorageError(
            "secret storage holds cross-signing keys that are not the ones the homeserver publishes "
            "(an old copy from before an identity reset?)"
        )
    return identity
