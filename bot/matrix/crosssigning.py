"""The bot's cross-signing identity: create it once, keep it sealed, publish it, sign our device.

Element excludes devices their owner has not cross-signed (MSC4153), and matrix-nio has no
cross-signing, so Continuum does it itself:

- a `CrossSigningIdentity` is three Ed25519 seeds (master, self-signing, user-signing), kept in
  ONE file sealed with the at-rest `SecretBox` (context ``b"cross-signing"``), mode 0600, apart
  from nio's crypto store;
- `CrossSigningManager.ensure()` runs after ``client.keys_upload()`` on every start: it creates
  and publishes the identity on first run, refuses to continue if the server holds a different
  one, and signs the bot's current device with the self-signing key. When everything is already
  right it only reads (one ``/keys/query``).

The raw HTTP calls go through nio's own aiohttp session (`MatrixApi`), because nio has no API
for these endpoints and drops the cross-signing keys from ``/keys/query``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

from bot.matrix.canonical import (
    SigningKey,
    decode_base64,
    encode_base64,
    sign_json,
    verify_signed_json,
)
from bot.platform.sealing import SecretBox, SecretBoxError

if TYPE_CHECKING:
    from nio import AsyncClient

__all__ = [
    "CrossSigningAuthRequired",
    "CrossSigningError",
    "CrossSigningIdentity",
    "CrossSigningManager",
    "CrossSigningStatus",
    "Fingerprints",
    "IdentityMismatch",
    "MatrixApi",
    "MatrixRequestError",
    "format_fingerprint",
    "parse_cross_signing_key",
]

log = logging.getLogger(__name__)

IDENTITY_CONTEXT = b"cross-signing"
_FILE_VERSION = 1
_KEYS_QUERY = "/_matrix/client/v3/keys/query"
_SIGNING_UPLOAD = "/_matrix/client/v3/keys/device_signing/upload"
_SIGNATURES_UPLOAD = "/_matrix/client/v3/keys/signatures/upload"
_MAX_429_RETRIES = 5

KeyUsage = Literal["master", "self_signing", "user_signing"]


class CrossSigningError(Exception):
    """Cross-signing could not be set up; the message says why and what to do."""


class IdentityMismatch(CrossSigningError):
    """The homeserver publishes a cross-signing identity that is not the one we hold."""


class CrossSigningAuthRequired(CrossSigningError):
    """The homeserver wants an authentication step the bot cannot do on its own.

    `url` (when the server gave one) is where an admin approves the change; `session` is the
    user-interactive-auth session id; `stages` lists what the server offered.
    """

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        session: str | None = None,
        stages: list[list[str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.url = url
        self.session = session
        self.stages = stages or []


class MatrixRequestError(CrossSigningError):
    """A client-server API call failed."""

    def __init__(self, method: str, path: str, status: int, body: Mapping[str, Any]) -> None:
        errcode = str(body.get("errcode", "")) or "no errcode"
        error = str(body.get("error", ""))[:200]
        # The path names the endpoint only: user ids in it are cut off.
        endpoint = path.split("/user/")[0] if "/user/" in path else path
        super().__init__(f"{method} {endpoint} failed: HTTP {status} {errcode} {error}".rstrip())
        self.status = status
        self.errcode = errcode
        self.body = dict(body)


# ---------------------------------------------------------------------------------------------
# Raw client-server calls
# ---------------------------------------------------------------------------------------------


class MatrixApi:
    """The few raw endpoints cross-signing needs, sent through the nio client's HTTP session.

    Uses the client's homeserver, access token, proxy and TLS settings; retries on 429 like nio.
    Never logs bodies (they hold keys) or the token.
    """

    def __init__(self, client: AsyncClient) -> None:
        self.client = client

    async def request(
        self, method: str, path: str, body: Mapping[str, Any] | None = None
    ) -> tuple[int, dict[str, Any]]:
        """Send one request; return (status, parsed JSON object). Does not raise on HTTP errors."""
        if not self.client.access_token:
            raise CrossSigningError("the client is not logged in")
        headers = {
            "Authorization": f"Bearer {self.client.access_token}",
            "Content-Type": "application/json",
        }
        data = json.dumps(body) if body is not None else None
        for attempt in range(_MAX_429_RETRIES + 1):
            response = await self.client.send(method, path, data, headers)
            try:
                status = response.status
                try:
                    parsed = await response.json(content_type=None)
                except (ValueError, UnicodeDecodeError):
                    parsed = {}
            finally:
                response.release()
            if not isinstance(parsed, dict):
                parsed = {}
            if status == 429 and attempt < _MAX_429_RETRIES:
                wait_ms = parsed.get("retry_after_ms", 1000)
                wait = min(float(wait_ms) if isinstance(wait_ms, (int, float)) else 1.0, 60_000) / 1000
                log.warning("rate limited by the homeserver; retrying in %.1fs", wait)
                await asyncio.sleep(wait)
                continue
            return status, parsed
        raise AssertionError("unreachable")  # pragma: no cover

    async def call(self, method: str, path: str, body: Mapping[str, Any] | None = None) -> dict[str, Any]:
        status, parsed = await self.request(method, path, body)
        if not 200 <= status < 300:
            raise MatrixRequestError(method, path, status, parsed)
        return parsed

    async def keys_query(self, user_ids: list[str]) -> dict[str, Any]:
        """POST /keys/query for all devices of `user_ids`, with the cross-signing keys nio drops."""
        return await self.call("POST", _KEYS_QUERY, {"device_keys": {u: [] for u in user_ids}, "timeout": 10000})

    def _account_data_path(self, event_type: str) -> str:
        user = quote(str(self.client.user_id), safe="")
        return f"/_matrix/client/v3/user/{user}/account_data/{quote(event_type, safe='')}"

    async def get_account_data(self, event_type: str) -> dict[str, Any] | None:
        """Global account data of this user, or None if it is not set."""
        path = self._account_data_path(event_type)
        status, parsed = await self.request("GET", path)
        if status == 404:
            return None
        if not 200 <= status < 300:
            raise MatrixRequestError("GET", path, status, parsed)
        return parsed

    async def put_account_data(self, event_type: str, content: Mapping[str, Any]) -> None:
        await self.call("PUT", self._account_data_path(event_type), content)


# ---------------------------------------------------------------------------------------------
# The identity
# ---------------------------------------------------------------------------------------------


def format_fingerprint(public_key: str) -> str:
    """A public key in groups of four, as Element shows it (e.g. ``abcd efgh …``)."""
    return " ".join(public_key[i : i + 4] for i in range(0, len(public_key), 4))


@dataclass(frozen=True)
class Fingerprints:
    master: str
    self_signing: str
    user_signing: str

    def lines(self) -> list[str]:
        return [
            f"master key:        {format_fingerprint(self.master)}",
            f"self-signing key:  {format_fingerprint(self.self_signing)}",
            f"user-signing key:  {format_fingerprint(self.user_signing)}",
        ]


@dataclass(frozen=True, repr=False)
class CrossSigningIdentity:
    """The three cross-signing key pairs of one account. Holds private keys: never log it."""

    user_id: str
    master: SigningKey
    self_signing: SigningKey
    user_signing: SigningKey

    @classmethod
    def generate(cls, user_id: str) -> CrossSigningIdentity:
        return cls(user_id, SigningKey.generate(), SigningKey.generate(), SigningKey.generate())

    @classmethod
    def from_seeds(cls, user_id: str, master: bytes, self_signing: bytes, user_signing: bytes) -> CrossSigningIdentity:
        return cls(user_id, SigningKey(master), SigningKey(self_signing), SigningKey(user_signing))

    def __repr__(self) -> str:
        return f"CrossSigningIdentity(master={self.master.public_key})"

    # --- public keys -----------------------------------------------------------------------
    @property
    def master_key(self) -> str:
        return self.master.public_key

    @property
    def self_signing_key(self) -> str:
        return self.self_signing.public_key

    @property
    def user_signing_key(self) -> str:
        return self.user_signing.public_key

    def fingerprints(self) -> Fingerprints:
        return Fingerprints(self.master_key, self.self_signing_key, self.user_signing_key)

    def key(self, usage: KeyUsage) -> SigningKey:
        return {"master": self.master, "self_signing": self.self_signing, "user_signing": self.user_signing}[usage]

    # --- the objects the server stores ------------------------------------------------------
    def key_object(self, usage: KeyUsage) -> dict[str, Any]:
        """The CrossSigningKey JSON for `usage`; sub-keys come signed by the master key."""
        public = self.key(usage).public_key
        obj: dict[str, Any] = {
            "user_id": self.user_id,
            "usage": [usage],
            "keys": {f"ed25519:{public}": public},
        }
        if usage != "master":
            obj = sign_json(obj, self.user_id, self.master_key, self.master)
        return obj

    def upload_body(self) -> dict[str, Any]:
        return {
            "master_key": self.key_object("master"),
            "self_signing_key": self.key_object("self_signing"),
            "user_signing_key": self.key_object("user_signing"),
        }

    def sign_device(self, device_keys: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of one of our devices' key object with the self-signing key's signature added."""
        if device_keys.get("user_id") != self.user_id:
            raise CrossSigningError("refusing to self-sign a device of another user")
        return sign_json(device_keys, self.user_id, self.self_signing_key, self.self_signing)

    # --- sealed file -----------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "version": _FILE_VERSION,
                "user_id": self.user_id,
                "master": encode_base64(self.master.seed),
                "self_signing": encode_base64(self.self_signing.seed),
                "user_signing": encode_base64(self.user_signing.seed),
            },
            sort_keys=True,
        ).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> CrossSigningIdentity:
        try:
            raw = json.loads(data)
            if raw.get("version") != _FILE_VERSION:
                raise CrossSigningError(f"identity file version {raw.get('version')!r} is not supported")
            return cls.from_seeds(
                str(raw["user_id"]),
                decode_base64(raw["master"]),
                decode_base64(raw["self_signing"]),
                decode_base64(raw["user_signing"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise CrossSigningError("the identity file is damaged") from e

    def save(self, path: Path, box: SecretBox) -> None:
        """Seal into `path` (mode 0600, parent 0700), atomically replacing any previous file."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        sealed = box.seal(self.to_bytes(), IDENTITY_CONTEXT)
        tmp = path.with_name(f".{path.name}.tmp")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(sealed)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    @classmethod
    def load(cls, path: Path, box: SecretBox) -> CrossSigningIdentity:
        try:
            sealed = path.read_bytes()
        except FileNotFoundError:
            raise
        except OSError as e:
            raise CrossSigningError(f"cannot read the identity file {path}: {e.strerror}") from e
        try:
            plain = box.open(sealed, IDENTITY_CONTEXT)
        except SecretBoxError as e:
            raise CrossSigningError(
                f"the identity file {path} cannot be opened with this data key "
                "(wrong CONTINUUM_DATA_KEY, or the file is damaged)"
            ) from e
        return cls.from_bytes(plain)


# ---------------------------------------------------------------------------------------------
# Reading what the server publishes
# ---------------------------------------------------------------------------------------------


def parse_cross_signing_key(obj: Any, user_id: str, usage: KeyUsage) -> str | None:
    """The Ed25519 public key of a published CrossSigningKey, or None if malformed or absent.

    Checks the owner, the usage and that the key id matches the key; it does NOT check
    signatures (see `verify_signed_json`).
    """
    if not isinstance(obj, Mapping) or obj.get("user_id") != user_id:
        return None
    usages = obj.get("usage")
    if not isinstance(usages, list) or usage not in usages:
        return None
    keys = obj.get("keys")
    if not isinstance(keys, Mapping) or len(keys) != 1:
        return None
    ((key_id, public),) = keys.items()
    if not isinstance(public, str) or key_id != f"ed25519:{public}":
        return None
    try:
        if len(decode_base64(public)) != 32:
            return None
    except ValueError:
        return None
    return public


@dataclass(frozen=True)
class _Published:
    master: str | None
    self_signing: str | None
    user_signing: str | None
    device_keys: dict[str, Any] | None = field(default=None, repr=False)


def _published(response: Mapping[str, Any], user_id: str, device_id: str) -> tuple[_Published, bool]:
    """What the server publishes for our account; the bool says the sub-keys' signatures hold."""

    def section(name: str) -> Any:
        value = response.get(name)
        return value.get(user_id) if isinstance(value, Mapping) else None

    master_obj, ssk_obj, usk_obj = section("master_keys"), section("self_signing_keys"), section("user_signing_keys")
    master = parse_cross_signing_key(master_obj, user_id, "master")
    ssk = parse_cross_signing_key(ssk_obj, user_id, "self_signing")
    usk = parse_cross_signing_key(usk_obj, user_id, "user_signing")
    devices = section("device_keys")
    device = devices.get(device_id) if isinstance(devices, Mapping) else None
    sub_keys_valid = (
        master is not None
        and isinstance(ssk_obj, Mapping)
        and isinstance(usk_obj, Mapping)
        and verify_signed_json(ssk_obj, user_id, master)
        and verify_signed_json(usk_obj, user_id, master)
    )
    return (
        _Published(master, ssk, usk, dict(device) if isinstance(device, Mapping) else None),
        sub_keys_valid,
    )


# ---------------------------------------------------------------------------------------------
# The manager
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CrossSigningStatus:
    """What `ensure()` / `reset()` found and did."""

    user_id: str
    device_id: str
    fingerprints: Fingerprints
    created_identity: bool = False
    uploaded_keys: bool = False
    signed_device: bool = False

    @property
    def changed(self) -> bool:
        return self.created_identity or self.uploaded_keys or self.signed_device


class CrossSigningManager:
    """Keeps the bot's cross-signing identity published and its current device signed.

    Call `ensure()` after login and ``client.keys_upload()`` (the device keys must be on the
    server), before the first sync that may send messages. It is idempotent and cheap when
    nothing needs doing. `reset()` replaces the identity on purpose.
    """

    def __init__(
        self,
        client: AsyncClient,
        identity_path: Path,
        box: SecretBox,
        password: str | None,
    ) -> None:
        self.client = client
        self.identity_path = identity_path
        self.box = box
        self._password = password
        self.api = MatrixApi(client)

    # --- public API ------------------------------------------------------------------------
    def load_identity(self) -> CrossSigningIdentity | None:
        """The locally held identity, or None if there is none yet."""
        try:
            identity = CrossSigningIdentity.load(self.identity_path, self.box)
        except FileNotFoundError:
            return None
        if identity.user_id != self.client.user_id:
            raise CrossSigningError(
                f"the identity file {self.identity_path} belongs to another account; "
                "point the bot at that account's data directory or move the file away"
            )
        return identity

    def fingerprints(self) -> Fingerprints | None:
        """Fingerprints of the local identity (for `continuum identity show`), or None."""
        identity = self.load_identity()
        return identity.fingerprints() if identity else None

    async def published_fingerprints(self) -> Fingerprints | None:
        """What the homeserver currently publishes for the bot, or None if it has no identity."""
        user_id, device_id = self._me()
        published, _ = _published(await self.api.keys_query([user_id]), user_id, device_id)
        if published.master is None or published.self_signing is None or published.user_signing is None:
            return None
        return Fingerprints(published.master, published.self_signing, published.user_signing)

    async def ensure(self) -> CrossSigningStatus:
        """Make sure our identity is published and our current device is signed by it."""
        user_id, device_id = self._me()
        identity = self.load_identity()
        published, sub_keys_valid = _published(await self.api.keys_query([user_id]), user_id, device_id)

        created = uploaded = False
        if identity is None:
            if published.master is not None:
                raise IdentityMismatch(
                    "this account already has a cross-signing identity "
                    f"(master key {format_fingerprint(published.master)}) but there is no local copy "
                    f"at {self.identity_path}. Bring it here with `continuum identity restore` "
                    "(recovery key) or by copying the sealed file from the old data directory; or, if "
                    "it is lost, replace it with `continuum identity reset` (everyone who talks to the "
                    "bot will be told its identity changed)."
                )
            identity = CrossSigningIdentity.generate(user_id)
            # Sealed on disk before anything is published: a crash after the upload never
            # leaves the server with keys we do not hold.
            identity.save(self.identity_path, self.box)
            created = True
            log.info("created a new cross-signing identity")
        elif published.master is not None and published.master != identity.master_key:
            raise IdentityMismatch(
                "the homeserver publishes a different cross-signing master key "
                f"({format_fingerprint(published.master)}) from the one this bot holds "
                f"({format_fingerprint(identity.master_key)}). Someone reset the bot's identity "
                "(from another client or the server). Refusing to continue: if this reset was yours, "
                "run `continuum identity restore` with the new recovery key; otherwise investigate, "
                "then run `continuum identity reset` to publish a new identity."
            )

        if (
            published.master != identity.master_key
            or published.self_signing != identity.self_signing_key
            or published.user_signing != identity.user_signing_key
            or not sub_keys_valid
        ):
            await self._upload_keys(identity, replacing=published.master is not None)
            uploaded = True
            log.info("published the cross-signing keys")

        signed = await self._sign_device(identity, user_id, device_id, published.device_keys)
        if uploaded or signed:
            await self._confirm(identity, user_id, device_id)
        return CrossSigningStatus(user_id, device_id, identity.fingerprints(), created, uploaded, signed)

    async def reset(self) -> CrossSigningStatus:
        """Replace the identity with a new one (on purpose: every contact sees the change).

        Needs the account password (or the server's approval, see `CrossSigningAuthRequired`).
        The old keys stay in secret storage until it is written again: store the new identity
        there afterwards (`ssss.store_identity`).
        """
        user_id, device_id = self._me()
        identity = CrossSigningIdentity.generate(user_id)
        pending = self.identity_path.with_name(self.identity_path.name + ".new")
        identity.save(pending, self.box)
        try:
            await self._upload_keys(identity, replacing=True)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                pending.unlink()
            raise
        os.replace(pending, self.identity_path)
        log.warning("replaced the cross-signing identity on request")
        published, _ = _published(await self.api.keys_query([user_id]), user_id, device_id)
        signed = await self._sign_device(identity, user_id, device_id, published.device_keys)
        await self._confirm(identity, user_id, device_id)
        return CrossSigningStatus(user_id, device_id, identity.fingerprints(), True, True, signed)

    async def adopt(self, identity: CrossSigningIdentity) -> CrossSigningStatus:
        """Save an identity brought from elsewhere (e.g. restored from secret storage), then ensure.

        Refuses if it is not the identity the server publishes.
        """
        user_id, device_id = self._me()
        if identity.user_id != user_id:
            raise CrossSigningError("that identity belongs to another account")
        published, _ = _published(await self.api.keys_query([user_id]), user_id, device_id)
        if published.master != identity.master_key:
            raise IdentityMismatch("the restored identity is not the one the homeserver publishes for this account")
        identity.save(self.identity_path, self.box)
        return await self.ensure()

    # --- steps -----------------------------------------------------------------------------
    def _me(self) -> tuple[str, str]:
        user_id, device_id = self.client.user_id, self.client.device_id
        if not user_id or not device_id or not self.client.access_token:
            raise CrossSigningError("log in before setting up cross-signing")
        return str(user_id), str(device_id)

    def _own_device_keys(self) -> dict[str, str] | None:
        olm = getattr(self.client, "olm", None)
        if olm is None:
            return None
        keys = olm.account.identity_keys
        return {"ed25519": str(keys["ed25519"]), "curve25519": str(keys["curve25519"])}

    async def _sign_device(
        self,
        identity: CrossSigningIdentity,
        user_id: str,
        device_id: str,
        device_keys: dict[str, Any] | None,
    ) -> bool:
        if device_keys is None:
            raise CrossSigningError(
                "the homeserver has no keys for this device yet: call client.keys_upload() "
                "before CrossSigningManager.ensure()"
            )
        keys = device_keys.get("keys")
        ed25519 = keys.get(f"ed25519:{device_id}") if isinstance(keys, Mapping) else None
        curve = keys.get(f"curve25519:{device_id}") if isinstance(keys, Mapping) else None
        if (
            device_keys.get("user_id") != user_id
            or device_keys.get("device_id") != device_id
            or not isinstance(ed25519, str)
            or not verify_signed_json(device_keys, user_id, ed25519, device_id)
        ):
            raise CrossSigningError("the homeserver returned malformed keys for this device")
        own = self._own_device_keys()
        # Sign only what our own Olm account holds: a server that swapped the device keys must not
        # get its keys vouched for by our identity.
        if own is not None and (own["ed25519"] != ed25519 or own["curve25519"] != curve):
            raise CrossSigningError(
                "the keys the homeserver holds for this device are not this device's keys; "
                "refusing to sign them (is another process using this device id?)"
            )
        if verify_signed_json(device_keys, user_id, identity.self_signing_key):
            return False
        signed = identity.sign_device(device_keys)
        signed.pop("unsigned", None)
        result = await self.api.call("POST", _SIGNATURES_UPLOAD, {user_id: {device_id: signed}})
        failures = result.get("failures")
        if failures:
            raise CrossSigningError(f"the homeserver refused the device signature: {_failure_text(failures)}")
        log.info("signed this device with the self-signing key")
        return True

    async def _confirm(self, identity: CrossSigningIdentity, user_id: str, device_id: str) -> None:
        published, sub_keys_valid = _published(await self.api.keys_query([user_id]), user_id, device_id)
        ok = (
            published.master == identity.master_key
            and published.self_signing == identity.self_signing_key
            and published.user_signing == identity.user_signing_key
            and sub_keys_valid
            and published.device_keys is not None
            and verify_signed_json(published.device_keys, user_id, identity.self_signing_key)
        )
        if not ok:
            raise CrossSigningError("after uploading, the homeserver does not show this device signed by our identity")

    async def _upload_keys(self, identity: CrossSigningIdentity, *, replacing: bool) -> None:
        body = identity.upload_body()
        status, reply = await self.api.request("POST", _SIGNING_UPLOAD, body)
        if 200 <= status < 300:
            return
        if status != 401 or "flows" not in reply:
            raise MatrixRequestError("POST", _SIGNING_UPLOAD, status, reply)

        session = reply.get("session") if isinstance(reply.get("session"), str) else None
        stages = _stages(reply)
        if ["m.login.password"] in stages and self._password:
            auth = {
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": identity.user_id},
                "password": self._password,
            }
            if session:
                auth["session"] = session
            status, reply = await self.api.request("POST", _SIGNING_UPLOAD, {**body, "auth": auth})
            if 200 <= status < 300:
                return
            if status == 401 and reply.get("errcode") == "M_FORBIDDEN":
                raise CrossSigningAuthRequired(
                    "the homeserver refused the bot's password while publishing the cross-signing "
                    "keys: check CONTINUUM_PASSWORD / CONTINUUM_PASSWORD_FILE and try again",
                    session=session,
                    stages=stages,
                )
            if status != 401:
                raise MatrixRequestError("POST", _SIGNING_UPLOAD, status, reply)
            session = reply.get("session") if isinstance(reply.get("session"), str) else session
            stages = _stages(reply) or stages
        raise _auth_required(reply, stages, session, replacing, has_password=bool(self._password))


def _stages(reply: Mapping[str, Any]) -> list[list[str]]:
    flows = reply.get("flows")
    if not isinstance(flows, list):
        return []
    out = []
    for flow in flows:
        stages = flow.get("stages") if isinstance(flow, Mapping) else None
        if isinstance(stages, list):
            out.append([str(s) for s in stages])
    return out


def _auth_required(
    reply: Mapping[str, Any],
    stages: list[list[str]],
    session: str | None,
    replacing: bool,
    *,
    has_password: bool,
) -> CrossSigningAuthRequired:
    params = reply.get("params") if isinstance(reply.get("params"), Mapping) else {}
    assert isinstance(params, Mapping)
    url = None
    for name in ("m.oauth", "org.matrix.cross_signing_reset"):
        entry = params.get(name)
        if isinstance(entry, Mapping) and isinstance(entry.get("url"), str):
            url = str(entry["url"])
            break
    what = "replace the bot's cross-signing identity" if replacing else "publish the bot's cross-signing keys"
    if url:
        message = (
            f"the homeserver must approve before Continuum can {what}. Sign in to the account "
            f"management page as the bot at {url} , approve the cross-signing reset, then start "
            "the bot again (or rerun the command) within the few minutes the approval lasts."
        )
    elif ["m.login.password"] in stages and not has_password:
        message = (
            f"the homeserver wants the bot's password to {what}, but none is configured (the bot "
            "logged in with an access token). Set CONTINUUM_PASSWORD or CONTINUUM_PASSWORD_FILE "
            "for this run, then start the bot again."
        )
    else:
        offered = "; ".join(" then ".join(s) for s in stages) or "nothing usable"
        message = (
            f"the homeserver wants an authentication step Continuum cannot perform to {what} "
            f"(offered: {offered}"
            + (f"; session {session}" if session else "")
            + "). Complete it from Element signed in as the bot (Settings → Security → reset "
            "cross-signing / 'Reset identity'), or ask the homeserver admin, then run "
            "`continuum identity restore` with the resulting recovery key."
        )
    return CrossSigningAuthRequired(message, url=url, session=session, stages=stages)


def _failure_text(failures: Any) -> str:
    if not isinstance(failures, Mapping):
        return "unknown failure"
    parts = []
    for by_key in failures.values():
        if isinstance(by_key, Mapping):
            for failure in by_key.values():
                if isinstance(failure, Mapping):
                    parts.append(f"{failure.get('errcode', failure.get('status', '?'))}: {failure.get('message', '')}")
    return "; ".join(parts) or "unknown failure"
