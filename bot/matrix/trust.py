"""Device trust: share room keys only with devices their owner cross-signed, and notice new identities.

matrix-nio knows devices but not cross-signing, and its anchors all send with
``ignore_unverified_devices=True`` ("trust everyone"). Continuum decides explicitly:

- policy ``"cross-signed"`` (default): a device is trusted when the chain
  device ← self-signing key ← master key holds, every link checked cryptographically over our
  own raw ``/keys/query`` (nio drops the cross-signing keys). Trusted devices are marked
  verified in nio and every other device blacklisted, so nio never shares room keys with them
  and ``share_group_session(..., ignore_unverified_devices=False)`` works;
- policy ``"all"``: nio's trust state is left alone and everyone is trusted (logged once).

Each user's master key is remembered on first sight (TOFU, via a `TofuStore`), with the
self-signing key it signed. A changed master key is NOT a new friend (a homeserver can mint one,
sign a device of its own with it, and would otherwise be trusted): the old pin stays, the new key
is *held* (recorded by the `TofuStore`, which tells people in the same transaction), its devices
get no room keys and nothing they send is acted on — while devices still signed by the pinned
identity stay trusted. Only an explicit approval by a mentor or an admin re-pins (the
`TofuStore` again); then `recheck` trusts the new identity. A newly held change is returned in
`TrustReport.changed_identities`.

Logs carry counts, and at most a user id passed through the `redact` function given (the
runtime's keyed hash): no device ids or keys.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from bot.matrix.canonical import verify_signed_json
from bot.matrix.crosssigning import MatrixApi, parse_cross_signing_key

if TYPE_CHECKING:
    from nio import AsyncClient

__all__ = [
    "HELD",
    "DeviceTrust",
    "DeviceVerdict",
    "IdentityChange",
    "MemoryTofuStore",
    "Pinned",
    "TofuStore",
    "TrustPolicy",
    "TrustReport",
    "UserKeys",
    "evaluate_held_keys",
    "evaluate_user_keys",
]

log = logging.getLogger(__name__)

TrustPolicy = Literal["cross-signed", "all"]
_QUERY_BATCH = 100
UNEVALUABLE = "keys could not be evaluated"
HELD = "signed by a changed identity that awaits a human's approval"
_FAILED_RETRY_SECONDS = 60.0


@dataclass(frozen=True)
class Pinned:
    """A user's trusted master key, the self-signing key last seen under it, and the key held."""

    master_key: str
    self_signing_key: str | None = None
    held_key: str | None = None


class TofuStore(Protocol):
    """Where each user's trusted master key is remembered, and a changed one held."""

    async def get_pin(self, user_id: str) -> Pinned | None: ...

    async def set_pin(self, user_id: str, master_key: str, self_signing_key: str | None) -> None:
        """Pin a first-seen identity, or note the self-signing key now under the pinned one."""

    async def hold(self, user_id: str, pinned_key: str, new_key: str) -> bool:
        """Hold `new_key` (and tell people, in the same transaction); False if it was held already."""

    async def release(self, user_id: str) -> None:
        """The pinned identity is back on the server: drop the hold."""


class MemoryTofuStore:
    """A `TofuStore` in memory, for tests and one-off tools (`approve` plays the human)."""

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}
        self.signing: dict[str, str | None] = {}
        self.held: dict[str, str] = {}

    async def get_pin(self, user_id: str) -> Pinned | None:
        key = self.keys.get(user_id)
        return None if key is None else Pinned(key, self.signing.get(user_id), self.held.get(user_id))

    async def set_pin(self, user_id: str, master_key: str, self_signing_key: str | None) -> None:
        self.keys[user_id] = master_key
        self.signing[user_id] = self_signing_key

    async def hold(self, user_id: str, pinned_key: str, new_key: str) -> bool:
        if self.held.get(user_id) == new_key:
            return False
        self.held[user_id] = new_key
        return True

    async def release(self, user_id: str) -> None:
        self.held.pop(user_id, None)

    def approve(self, user_id: str) -> None:
        self.keys[user_id] = self.held.pop(user_id)
        self.signing[user_id] = None


# ---------------------------------------------------------------------------------------------
# Pure verification of one user's published keys
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceVerdict:
    """Whether one device is cross-signed by its owner; `reason` says why not."""

    user_id: str
    device_id: str
    ed25519: str | None
    curve25519: str | None
    cross_signed: bool
    reason: str = ""


@dataclass(frozen=True)
class UserKeys:
    """One user's verified cross-signing state: master key (if valid) and a verdict per device."""

    user_id: str
    master_key: str | None
    self_signing_key: str | None
    devices: dict[str, DeviceVerdict] = field(default_factory=dict)
    problem: str = ""


def _section(response: Mapping[str, Any], name: str, user_id: str) -> Any:
    value = response.get(name)
    return value.get(user_id) if isinstance(value, Mapping) else None


def _device_verdict(user_id: str, device_id: str, payload: Any, self_signing_key: str | None) -> DeviceVerdict:
    def verdict(cross_signed: bool, reason: str, ed: Any = None, curve: Any = None) -> DeviceVerdict:
        return DeviceVerdict(
            user_id,
            device_id,
            ed if isinstance(ed, str) else None,
            curve if isinstance(curve, str) else None,
            cross_signed,
            reason,
        )

    if not isinstance(payload, Mapping):
        return verdict(False, "malformed device keys")
    keys = payload.get("keys")
    ed = keys.get(f"ed25519:{device_id}") if isinstance(keys, Mapping) else None
    curve = keys.get(f"curve25519:{device_id}") if isinstance(keys, Mapping) else None
    if payload.get("user_id") != user_id or payload.get("device_id") != device_id:
        return verdict(False, "device keys name another user or device", ed, curve)
    if not isinstance(ed, str) or not isinstance(curve, str):
        return verdict(False, "device keys incomplete", ed, curve)
    if not verify_signed_json(payload, user_id, ed, device_id):
        return verdict(False, "device's own signature invalid", ed, curve)
    if self_signing_key is None:
        return verdict(False, "owner has no valid cross-signing identity", ed, curve)
    if not verify_signed_json(payload, user_id, self_signing_key):
        return verdict(False, "not signed by its owner's self-signing key", ed, curve)
    return verdict(True, "", ed, curve)


def evaluate_user_keys(response: Mapping[str, Any], user_id: str) -> UserKeys:
    """Check the chain device ← self-signing key ← master key for one user of a /keys/query reply.

    Pure: no I/O, no TOFU. Every signature is verified, not just looked up. Never raises: the
    reply comes from any server of the federation, and a value no check foresaw (a lone
    surrogate in a signed field, nesting deep enough to exhaust the stack) makes the user's
    keys unevaluable — every device of theirs untrusted — instead of ending the bot.
    """
    try:
        return _evaluate(response, user_id)
    except Exception as e:
        return unevaluable_user_keys(response, user_id, e)


def unevaluable_user_keys(response: Mapping[str, Any], user_id: str, error: BaseException) -> UserKeys:
    """Every device the reply lists for `user_id`, untrusted: their keys could not be checked.

    The devices are listed (by id only) so that the next update does not take them for devices
    it has never asked about and query the user again at every sync.
    """
    reason = f"{UNEVALUABLE} ({type(error).__name__})"
    devices: dict[str, DeviceVerdict] = {}
    try:
        listed = _section(response, "device_keys", user_id)
        if isinstance(listed, Mapping):
            for device_id in listed:
                if isinstance(device_id, str):
                    devices[device_id] = DeviceVerdict(user_id, device_id, None, None, False, reason)
    except Exception:  # a reply too strange to list: no device of theirs is trusted at all
        devices = {}
    return UserKeys(user_id, None, None, devices, reason)


def _evaluate(response: Mapping[str, Any], user_id: str) -> UserKeys:
    master_obj = _section(response, "master_keys", user_id)
    ssk_obj = _section(response, "self_signing_keys", user_id)
    devices = _section(response, "device_keys", user_id)
    devices = devices if isinstance(devices, Mapping) else {}

    master = parse_cross_signing_key(master_obj, user_id, "master")
    ssk: str | None = None
    problem = ""
    if master_obj is None:
        problem = "no cross-signing identity"
    elif master is None:
        problem = "malformed master key"
    else:
        candidate = parse_cross_signing_key(ssk_obj, user_id, "self_signing")
        if candidate is None:
            problem = "no valid self-signing key"
        elif not verify_signed_json(ssk_obj, user_id, master):
            problem = "self-signing key not signed by the master key"
        else:
            ssk = candidate
    verdicts = {
        str(device_id): _device_verdict(user_id, str(device_id), payload, ssk) for device_id, payload in devices.items()
    }
    return UserKeys(user_id, master, ssk, verdicts, problem)


def evaluate_held_keys(response: Mapping[str, Any], user_id: str, pinned: Pinned) -> UserKeys:
    """One user's devices judged against their PINNED identity, while a changed one is held.

    A device stays trusted only when its own signature holds and the self-signing key last seen
    under the pinned master key signed it (the person's own devices from before the change);
    every other device — above all those the new identity signed — is untrusted. Pure; never
    raises (see `evaluate_user_keys`).
    """
    try:
        listed = _section(response, "device_keys", user_id)
        listed = listed if isinstance(listed, Mapping) else {}
        devices: dict[str, DeviceVerdict] = {}
        for device_id, payload in listed.items():
            verdict = _device_verdict(user_id, str(device_id), payload, pinned.self_signing_key)
            if not verdict.cross_signed:
                verdict = DeviceVerdict(user_id, verdict.device_id, verdict.ed25519, verdict.curve25519, False, HELD)
            devices[str(device_id)] = verdict
        return UserKeys(user_id, pinned.master_key, pinned.self_signing_key, devices, HELD)
    except Exception as e:
        return unevaluable_user_keys(response, user_id, e)


# ---------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IdentityChange:
    """A user's master key changed since we last saw it."""

    user_id: str
    old_master_key: str
    new_master_key: str


@dataclass
class TrustReport:
    """What a refresh found. User and device ids are personal data: do not log them."""

    trusted: dict[str, set[str]] = field(default_factory=dict)
    untrusted: dict[str, dict[str, str]] = field(default_factory=dict)  # user -> device -> reason
    new_identities: list[str] = field(default_factory=list)
    changed_identities: list[IdentityChange] = field(default_factory=list)  # newly held
    held: list[str] = field(default_factory=list)  # every user whose changed identity is held
    without_identity: list[str] = field(default_factory=list)
    failed_users: list[str] = field(default_factory=list)
    nio_changes: int = 0

    def is_trusted(self, user_id: str, device_id: str) -> bool:
        return device_id in self.trusted.get(user_id, set())


# ---------------------------------------------------------------------------------------------
# The policy
# ---------------------------------------------------------------------------------------------


class DeviceTrust:
    """Applies the device-trust policy to a nio client. See the module docstring.

    Call order (the runtime): after login, ``keys_upload`` and ``CrossSigningManager.ensure()``;
    then after every sync ``await trust.on_sync(response)``, before every send to an encrypted
    room ``await trust.prepare_send(room_id)`` (or ``update(room.users)`` after nio's own key
    query), and for every decrypted message ``await trust.check_event(sender, event)``.
    """

    def __init__(
        self,
        client: AsyncClient,
        policy: TrustPolicy,
        tofu: TofuStore,
        *,
        own_master_key: str | None = None,
        redact: Callable[[str], str] | None = None,
        withheld: Callable[[str], bool] | None = None,
    ) -> None:
        """`redact` turns a user id into what logs may show (the runtime's keyed hash); without
        it the logs name nobody. `withheld(user)` says that a user's devices must get no room key
        whatever their signatures (a member of the mentor room not on the mentor list)."""
        if policy not in ("cross-signed", "all"):
            raise ValueError(f"unknown trust policy {policy!r}")
        self.client = client
        self.policy: TrustPolicy = policy
        self.tofu = tofu
        self.own_master_key = own_master_key
        self.api = MatrixApi(client)
        self._users: dict[str, UserKeys] = {}
        self._stale: set[str] = set()
        self._failed_at: dict[str, float] = {}
        # Users we no longer share a room with: no change notifications come for them, so their
        # cached state is dropped and they are queried afresh if they come back.
        self._left: set[str] = set()
        self._lock = asyncio.Lock()
        self._held: set[str] = set()  # users whose changed identity is held, as last evaluated
        self._warned_all = False
        self._redact: Callable[[str], str] = redact or (lambda _user_id: "a person")
        self._withheld: Callable[[str], bool] = withheld or (lambda _user_id: False)

    @property
    def ignore_unverified_devices(self) -> bool:
        """What to pass to nio's ``room_send``/``share_group_session`` under this policy."""
        return self.policy == "all"

    @property
    def share_with_unverified(self) -> bool:
        """Same as `ignore_unverified_devices` (the runtime's `TrustGate` name)."""
        return self.policy == "all"

    # --- queries of the cache --------------------------------------------------------------
    def user_keys(self, user_id: str) -> UserKeys | None:
        return self._users.get(user_id)

    def is_trusted_sender(self, user_id: str, device_id: str, sender_key: str | None = None) -> bool:
        """Should the bot act on a message from this device? Answers from the cache only.

        Under "cross-signed": True only for a device whose cross-signing chain was verified and
        whose user's device list has not changed since (otherwise call `check_sender`). With
        `sender_key` (the Curve25519 key the Megolm session came from) it must also be that
        device's key. Under "all": always True.
        """
        if self.policy == "all":
            return True
        if user_id in self._stale:
            return False
        keys = self._users.get(user_id)
        verdict = keys.devices.get(device_id) if keys else None
        if verdict is None or not verdict.cross_signed:
            return False
        return sender_key is None or sender_key == verdict.curve25519

    async def check_sender(self, user_id: str, device_id: str, sender_key: str | None = None) -> bool:
        """Like `is_trusted_sender`, but first re-queries a user who is unknown or changed."""
        if self.policy == "all":
            return True
        keys = self._users.get(user_id)
        if user_id in self._stale or keys is None or device_id not in keys.devices:
            await self.refresh([user_id])
        return self.is_trusted_sender(user_id, device_id, sender_key)

    def sending_device(self, sender: str, event: Any) -> Any | None:
        """The nio device a decrypted Megolm event really came from, or None if unsure.

        The device is found by the Curve25519 key the room key arrived under (Olm-authenticated,
        and part of the device's signed keys), and the Megolm session must claim that device's
        Ed25519 key. A session forwarded by any device other than the sender's own is refused:
        its origin is only the forwarder's word.
        """
        if not getattr(event, "decrypted", False):
            return None
        sender_key = getattr(event, "sender_key", None)
        olm = getattr(self.client, "olm", None)
        if not isinstance(sender_key, str) or olm is None:
            return None
        device = self.client.device_store.device_from_sender_key(sender, sender_key)
        if device is None:
            return None
        room_id, session_id = getattr(event, "room_id", None), getattr(event, "session_id", None)
        if room_id and session_id:
            session = olm.inbound_group_store.get(room_id, sender_key, session_id)
            if session is None or session.ed25519 != device.ed25519:
                return None
            if any(key != sender_key for key in session.forwarding_chain):
                return None
        return device

    def accepts(self, sender: str, event: Any) -> bool:
        """Should the bot act on this decrypted event? From the cache only (see `check_event`)."""
        if self.policy == "all":
            return True
        device = self.sending_device(sender, event)
        if device is None:
            return False
        return self.is_trusted_sender(sender, device.device_id, getattr(event, "sender_key", None))

    async def check_event(self, sender: str, event: Any) -> bool:
        """Like `accepts`, but first learns a device or user that is new or changed."""
        if self.policy == "all":
            return True
        if self.accepts(sender, event):
            return True
        if not getattr(event, "decrypted", False):
            return False
        sender_key = getattr(event, "sender_key", None)
        device = self.client.device_store.device_from_sender_key(sender, sender_key)
        if device is None and self.client.should_query_keys:
            # nio has not fetched this device yet (it queued the user for a key query).
            await self.client.keys_query()
            device = self.client.device_store.device_from_sender_key(sender, sender_key)
        if device is None:
            return False
        keys = self._users.get(sender)
        if sender in self._stale or keys is None or device.device_id not in keys.devices:
            await self.refresh([sender])
        return self.accepts(sender, event)

    def held_users(self) -> set[str]:
        """Users whose changed identity was held when last evaluated."""
        return set(self._held)

    async def recheck_held(self) -> set[str]:
        """After an approval: evaluate the held users again; returns those no longer held."""
        before = self.held_users()
        if before:
            await self.refresh(before)
        return before - self._held

    async def all_devices_trusted(self, user_id: str) -> bool:
        """Whether EVERY device of the user passes the policy (and there is at least one): for an
        unencrypted event, which names no device, so that no unverified device could have sent it.
        Learns the user afresh when they are unknown, changed, or have a device not judged yet."""
        if self.policy == "all":
            return True
        keys = self._users.get(user_id)
        known = {d.device_id for d in self._nio_devices() if d.user_id == user_id}
        if user_id in self._stale or keys is None or not known <= set(keys.devices):
            await self.refresh([user_id])
            keys = self._users.get(user_id)
        if keys is None or user_id in self._stale or not keys.devices:
            return False
        return all(v.cross_signed for v in keys.devices.values()) and not self._withheld(user_id)

    # --- keeping up to date ----------------------------------------------------------------
    def mark_changed(self, user_ids: Iterable[str]) -> None:
        """Users whose devices or identity changed (sync ``device_lists.changed``)."""
        self._stale.update(user_ids)

    def forget(self, user_ids: Iterable[str]) -> None:
        """Users we no longer share a room with (sync ``device_lists.left``)."""
        for user_id in user_ids:
            self._users.pop(user_id, None)
            self._stale.discard(user_id)
            self._failed_at.pop(user_id, None)
            self._held.discard(user_id)
            self._left.add(user_id)

    async def on_sync(self, response: Any) -> TrustReport:
        """Feed a nio ``SyncResponse``: note device-list changes, then `update()`."""
        device_list = getattr(response, "device_list", None)
        if device_list is not None:
            self.forget(set(getattr(device_list, "left", []) or []) - {self.client.user_id})
            self.mark_changed(getattr(device_list, "changed", []) or [])
        return await self.update()

    async def update(self, user_ids: Iterable[str] | None = None) -> TrustReport:
        """Refresh whoever needs it and give every device nio knows a trust decision.

        Re-queries users marked changed, users nio knows but we have not checked, users nio is
        about to query, and users with devices nio knows that our last query did not show.
        With `user_ids` (e.g. a room's members before sending) only those users are considered,
        and any of them never checked is queried. Cheap (no request) when nothing changed.
        """
        now = asyncio.get_running_loop().time()
        scope = set(user_ids) if user_ids is not None else None
        wanted = set(self._stale)
        # Users nio is about to query and we have never checked (new room members).
        pending = getattr(self.client, "users_for_key_query", None) or set()
        wanted.update(u for u in pending if u not in self._users)
        if scope is not None:
            wanted = (wanted & scope) | {u for u in scope if u not in self._users}
        for device in self._nio_devices():
            if scope is not None and device.user_id not in scope:
                continue
            if scope is None and device.user_id in self._left:
                continue
            keys = self._users.get(device.user_id)
            if keys is None or device.device_id not in keys.devices:
                wanted.add(device.user_id)
        # A server that did not answer is asked again after a pause, not on every sync.
        wanted = {u for u in wanted if u not in self._failed_at or now - self._failed_at[u] >= _FAILED_RETRY_SECONDS}
        report = await self.refresh(wanted) if wanted else TrustReport()
        report.nio_changes += self._apply(scope)
        return report

    async def prepare_send(self, room_id: str) -> TrustReport:
        """Before sending into an encrypted room: members and device keys known, trust decided.

        Afterwards ``room_send(..., ignore_unverified_devices=trust.ignore_unverified_devices)``
        does not raise ``OlmUnverifiedDeviceError`` for a device nio only just learnt about.
        """
        room = self.client.rooms.get(room_id)
        if room is not None and not room.members_synced:
            await self.client.joined_members(room_id)
        if self.client.should_query_keys:
            await self.client.keys_query()
        room = self.client.rooms.get(room_id)
        return await self.update(list(room.users) if room is not None else None)

    async def refresh(self, user_ids: Iterable[str]) -> TrustReport:
        """Query these users' keys, verify the chains, apply TOFU, and update nio's trust state."""
        users = sorted({u for u in user_ids if u})
        report = TrustReport()
        if not users:
            return report
        async with self._lock:
            for start in range(0, len(users), _QUERY_BATCH):
                batch = users[start : start + _QUERY_BATCH]
                response = await self.api.keys_query(batch)
                await self._absorb(batch, response, report)
            report.nio_changes += self._apply(set(users))
        self._log(report)
        return report

    # --- internals -------------------------------------------------------------------------
    async def _absorb(self, users: list[str], response: Mapping[str, Any], report: TrustReport) -> None:
        device_keys = response.get("device_keys")
        device_keys = device_keys if isinstance(device_keys, Mapping) else {}
        for user_id in users:
            if user_id not in device_keys:
                # The user's server did not answer (it is listed in `failures`, or the reply
                # left the user out): keep what we knew and try again at the next update.
                report.failed_users.append(user_id)
                self._stale.add(user_id)
                self._failed_at[user_id] = asyncio.get_running_loop().time()
                continue
            self._failed_at.pop(user_id, None)
            self._left.discard(user_id)
            keys = evaluate_user_keys(response, user_id)
            if keys.problem.startswith(UNEVALUABLE):
                log.warning("the keys of %s could not be evaluated (%s); their devices are not trusted",
                            self._redact(user_id), keys.problem.removeprefix(UNEVALUABLE).strip(" ()"))
            else:
                try:
                    keys = await self._tofu(keys, response, report)
                except Exception as e:
                    # Their pin could not be checked: a changed identity would go unnoticed.
                    log.warning("the identity of %s could not be checked (%s); their devices are not trusted",
                                self._redact(user_id), type(e).__name__)
                    keys = unevaluable_user_keys(response, user_id, e)
            self._users[user_id] = keys
            self._stale.discard(user_id)
            if keys.master_key is None:
                report.without_identity.append(user_id)
            for device_id, verdict in keys.devices.items():
                if verdict.cross_signed:
                    report.trusted.setdefault(user_id, set()).add(device_id)
                else:
                    report.untrusted.setdefault(user_id, {})[device_id] = verdict.reason

    async def _tofu(self, keys: UserKeys, response: Mapping[str, Any], report: TrustReport) -> UserKeys:
        user_id, master = keys.user_id, keys.master_key
        if master is None:
            self._held.discard(user_id)
            return keys
        if user_id == self.client.user_id and self.own_master_key is not None:
            # Our own identity is not taken on trust: it must be the one we hold.
            if master != self.own_master_key:
                return _distrust(keys, "bot's own identity on the server is not the one it holds")
            return keys
        pinned = await self.tofu.get_pin(user_id)
        if pinned is None:
            await self.tofu.set_pin(user_id, master, keys.self_signing_key)
            report.new_identities.append(user_id)
        elif pinned.master_key == master:
            if pinned.held_key is not None:
                await self.tofu.release(user_id)
                log.info("the pinned identity of %s is back; nothing is held any more", self._redact(user_id))
            if keys.self_signing_key is not None and keys.self_signing_key != pinned.self_signing_key:
                await self.tofu.set_pin(user_id, master, keys.self_signing_key)
        elif self.policy == "all":
            # Everyone is trusted under "all": holding would promise what the policy does not keep.
            await self.tofu.set_pin(user_id, master, keys.self_signing_key)
            report.changed_identities.append(IdentityChange(user_id, pinned.master_key, master))
        else:
            # A changed identity is held — never trusted on sight (DESIGN.md, "Matrix E2EE", 12).
            if pinned.held_key != master and await self.tofu.hold(user_id, pinned.master_key, master):
                report.changed_identities.append(IdentityChange(user_id, pinned.master_key, master))
            report.held.append(user_id)
            self._held.add(user_id)
            return evaluate_held_keys(response, user_id, pinned)
        self._held.discard(user_id)
        return keys

    def _nio_devices(self) -> list[Any]:
        if getattr(self.client, "olm", None) is None:
            return []
        return [d for d in self.client.device_store if not d.deleted]

    def _apply(self, users: set[str] | None) -> int:
        """Mirror our verdicts into nio's trust store; returns how many devices changed."""
        olm = getattr(self.client, "olm", None)
        if self.policy == "all":
            if not self._warned_all:
                log.warning(
                    "trust policy 'all': room keys go to every device, including devices their owner never cross-signed"
                )
                self._warned_all = True
            if olm is None:
                return 0
            # Trust everyone, including devices blacklisted while the policy was "cross-signed"
            # (nio keeps its trust state across restarts) — but never someone the mentor list keeps out.
            changes = 0
            for device in self._nio_devices():
                withheld = self._withheld(device.user_id)
                if withheld and not olm.is_device_blacklisted(device):
                    self.client.blacklist_device(device)
                    changes += 1
                elif not withheld and olm.is_device_blacklisted(device):
                    self.client.unblacklist_device(device)
                    changes += 1
            return changes
        if olm is None:
            return 0
        changes = 0
        for device in self._nio_devices():
            if users is not None and device.user_id not in users:
                continue
            if device.user_id in self._left:
                continue  # no room shared any more; decided again when they come back
            keys = self._users.get(device.user_id)
            verdict = keys.devices.get(device.device_id) if keys else None
            trusted = (
                verdict is not None
                and not self._withheld(device.user_id)
                and verdict.cross_signed
                and verdict.ed25519 == device.ed25519
                and verdict.curve25519 == device.curve25519
            )
            if trusted:
                if not olm.is_device_verified(device):
                    self.client.verify_device(device)
                    changes += 1
            elif not olm.is_device_blacklisted(device):
                self.client.blacklist_device(device)
                changes += 1
        return changes

    def _log(self, report: TrustReport) -> None:
        trusted = sum(len(d) for d in report.trusted.values())
        untrusted = sum(len(d) for d in report.untrusted.values())
        level = logging.INFO if report.nio_changes or report.new_identities else logging.DEBUG
        log.log(
            level,
            "device trust refreshed: %d cross-signed, %d not, %d nio changes, %d new identities",
            trusted,
            untrusted,
            report.nio_changes,
            len(report.new_identities),
        )
        if report.changed_identities:
            log.warning("%d user(s) changed their cross-signing identity; held until a mentor or an admin "
                        "approves", len(report.changed_identities))
        if report.failed_users:
            log.warning("%d user(s) could not be queried (their server did not respond)", len(report.failed_users))


def _distrust(keys: UserKeys, reason: str) -> UserKeys:
    devices = {
        device_id: DeviceVerdict(v.user_id, v.device_id, v.ed25519, v.curve25519, False, reason)
        for device_id, v in keys.devices.items()
    }
    return UserKeys(keys.user_id, keys.master_key, None, devices, reason)
