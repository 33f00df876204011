"""Chain verification (device <- self-signing <- master) and TOFU, without a server."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bot.matrix.canonical import SigningKey, sign_json
from bot.matrix.crosssigning import CrossSigningIdentity
from bot.matrix.trust import HELD, DeviceTrust, MemoryTofuStore, Pinned, evaluate_held_keys, evaluate_user_keys

ALICE = "@alice:continuum.test"


def _device(user_id: str, device_id: str) -> tuple[dict[str, Any], SigningKey]:
    key = SigningKey.generate()
    obj = {
        "user_id": user_id,
        "device_id": device_id,
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "keys": {f"ed25519:{device_id}": key.public_key, f"curve25519:{device_id}": f"curve{device_id}"},
    }
    return sign_json(obj, user_id, device_id, key), key


def _response(identity: CrossSigningIdentity | None, devices: dict[str, dict[str, Any]]) -> dict[str, Any]:
    user = next(iter(devices.values()))["user_id"] if devices else ALICE
    response: dict[str, Any] = {"device_keys": {user: devices}, "failures": {}}
    if identity is not None:
        body = identity.upload_body()
        response["master_keys"] = {user: body["master_key"]}
        response["self_signing_keys"] = {user: body["self_signing_key"]}
    return response


def test_cross_signed_device_is_trusted_and_others_are_not() -> None:
    identity = CrossSigningIdentity.generate(ALICE)
    good, _ = _device(ALICE, "GOOD")
    plain, _ = _device(ALICE, "PLAIN")
    keys = evaluate_user_keys(_response(identity, {"GOOD": identity.sign_device(good), "PLAIN": plain}), ALICE)
    assert keys.master_key == identity.master_key
    assert keys.self_signing_key == identity.self_signing_key
    assert keys.devices["GOOD"].cross_signed
    assert not keys.devices["PLAIN"].cross_signed
    assert "self-signing" in keys.devices["PLAIN"].reason


def test_forged_device_signature_is_rejected() -> None:
    identity = CrossSigningIdentity.generate(ALICE)
    device, _ = _device(ALICE, "DEV")
    forged = copy.deepcopy(device)
    # A signature under the self-signing key's *name*, made by some other key.
    impostor = SigningKey.generate()
    forged = sign_json(forged, ALICE, identity.self_signing_key, impostor)
    keys = evaluate_user_keys(_response(identity, {"DEV": forged}), ALICE)
    assert not keys.devices["DEV"].cross_signed
    # A genuine signature over different keys (the server swapped the curve key afterwards).
    signed = identity.sign_device(device)
    signed["keys"]["curve25519:DEV"] = "swapped"
    keys = evaluate_user_keys(_response(identity, {"DEV": signed}), ALICE)
    assert not keys.devices["DEV"].cross_signed


def test_forged_self_signing_key_is_rejected() -> None:
    identity = CrossSigningIdentity.generate(ALICE)
    rogue = CrossSigningIdentity.generate(ALICE)
    device, _ = _device(ALICE, "DEV")
    response = _response(identity, {"DEV": rogue.sign_device(device)})
    # The server swaps in a self-signing key that the master key never signed...
    response["self_signing_keys"][ALICE] = rogue.key_object("self_signing")
    keys = evaluate_user_keys(response, ALICE)
    assert keys.self_signing_key is None
    assert "not signed by the master" in keys.problem
    assert not keys.devices["DEV"].cross_signed
    # ...or one carrying a signature under the master key's name made by another key.
    fake = sign_json(
        {k: v for k, v in rogue.key_object("self_signing").items() if k != "signatures"},
        ALICE,
        identity.master_key,
        rogue.master,
    )
    response["self_signing_keys"][ALICE] = fake
    assert not evaluate_user_keys(response, ALICE).devices["DEV"].cross_signed


def test_device_must_be_self_signed_and_named_right() -> None:
    identity = CrossSigningIdentity.generate(ALICE)
    device, _ = _device(ALICE, "DEV")
    unsigned_by_device = identity.sign_device({k: v for k, v in device.items() if k != "signatures"})
    keys = evaluate_user_keys(_response(identity, {"DEV": unsigned_by_device}), ALICE)
    assert not keys.devices["DEV"].cross_signed
    assert "own signature" in keys.devices["DEV"].reason
    # listed under another device id
    keys = evaluate_user_keys(_response(identity, {"OTHER": identity.sign_device(device)}), ALICE)
    assert not keys.devices["OTHER"].cross_signed


def test_user_without_identity() -> None:
    device, _ = _device(ALICE, "DEV")
    keys = evaluate_user_keys(_response(None, {"DEV": device}), ALICE)
    assert keys.master_key is None
    assert keys.problem == "no cross-signing identity"
    assert not keys.devices["DEV"].cross_signed


class _FakeApi:
    def __init__(self) -> None:
        self.response: dict[str, Any] = {}
        self.queries = 0

    async def keys_query(self, user_ids: list[str]) -> dict[str, Any]:
        self.queries += 1
        return self.response


class _FakeClient:
    def __init__(self) -> None:
        self.user_id = "@bot:continuum.test"
        self.olm = None
        self.access_token = "x"
        self.users_for_key_query: set[str] = set()


@pytest.fixture
def trust() -> tuple[DeviceTrust, _FakeApi, MemoryTofuStore]:
    tofu = MemoryTofuStore()
    trust = DeviceTrust(_FakeClient(), "cross-signed", tofu)
    api = _FakeApi()
    trust.api = api  # type: ignore[assignment]
    return trust, api, tofu


async def test_tofu_pins_then_reports_a_change(trust: tuple[DeviceTrust, _FakeApi, MemoryTofuStore]) -> None:
    t, api, tofu = trust
    first = CrossSigningIdentity.generate(ALICE)
    device, _ = _device(ALICE, "DEV")
    api.response = _response(first, {"DEV": first.sign_device(device)})
    report = await t.refresh([ALICE])
    assert report.new_identities == [ALICE] and not report.changed_identities
    assert tofu.keys[ALICE] == first.master_key
    assert tofu.signing[ALICE] == first.self_signing_key, "the self-signing key under the pin is kept"
    assert t.is_trusted_sender(ALICE, "DEV", "curveDEV")
    assert not t.is_trusted_sender(ALICE, "DEV", "another-curve-key")
    assert not t.is_trusted_sender(ALICE, "NOPE")

    # same identity again: nothing to report
    report = await t.refresh([ALICE])
    assert not report.new_identities and not report.changed_identities


async def test_a_changed_identity_is_held_until_a_human_approves(
    trust: tuple[DeviceTrust, _FakeApi, MemoryTofuStore],
) -> None:
    """A homeserver can mint a master key, sign a device of its own with it and upload both:
    that identity gets no trust until a human approves it, while the person's own devices,
    still signed by the pinned identity, stay trusted."""
    t, api, tofu = trust
    first, minted = CrossSigningIdentity.generate(ALICE), CrossSigningIdentity.generate(ALICE)
    phone, _ = _device(ALICE, "PHONE")
    intruder, _ = _device(ALICE, "INTRUDER")
    api.response = _response(first, {"PHONE": first.sign_device(phone)})
    await t.refresh([ALICE])

    api.response = _response(minted, {"PHONE": first.sign_device(phone), "INTRUDER": minted.sign_device(intruder)})
    report = await t.refresh([ALICE])
    assert [(c.user_id, c.old_master_key, c.new_master_key) for c in report.changed_identities] == [
        (ALICE, first.master_key, minted.master_key)]
    assert report.held == [ALICE] and t.held_users() == {ALICE}
    assert tofu.keys[ALICE] == first.master_key, "the old pin stays"
    assert tofu.held[ALICE] == minted.master_key
    assert not t.is_trusted_sender(ALICE, "INTRUDER")
    assert t.user_keys(ALICE).devices["INTRUDER"].reason == HELD  # type: ignore[union-attr]
    assert t.is_trusted_sender(ALICE, "PHONE"), "the person's own device, signed by the pinned identity"

    # Seen again (every sync, every restart): still held, and not news.
    report = await t.refresh([ALICE])
    assert not report.changed_identities and report.held == [ALICE]
    assert not t.is_trusted_sender(ALICE, "INTRUDER")

    # Yet another key: news again.
    other = CrossSigningIdentity.generate(ALICE)
    api.response = _response(other, {"PHONE": first.sign_device(phone), "INTRUDER": other.sign_device(intruder)})
    assert [c.new_master_key for c in (await t.refresh([ALICE])).changed_identities] == [other.master_key]

    # A human approves (after checking with the person another way): the new identity is trusted.
    tofu.approve(ALICE)
    assert await t.recheck_held() == {ALICE}
    assert t.is_trusted_sender(ALICE, "INTRUDER")
    assert not t.is_trusted_sender(ALICE, "PHONE"), "signed by the old identity only"
    assert tofu.keys[ALICE] == other.master_key and tofu.signing[ALICE] == other.self_signing_key
    assert t.held_users() == set()


async def test_the_pinned_identity_coming_back_ends_the_hold(
    trust: tuple[DeviceTrust, _FakeApi, MemoryTofuStore],
) -> None:
    t, api, tofu = trust
    first, minted = CrossSigningIdentity.generate(ALICE), CrossSigningIdentity.generate(ALICE)
    phone, _ = _device(ALICE, "PHONE")
    api.response = _response(first, {"PHONE": first.sign_device(phone)})
    await t.refresh([ALICE])
    api.response = _response(minted, {"PHONE": minted.sign_device(phone)})
    await t.refresh([ALICE])
    assert tofu.held == {ALICE: minted.master_key}
    api.response = _response(first, {"PHONE": first.sign_device(phone)})
    report = await t.refresh([ALICE])
    assert tofu.held == {} and not report.held and t.is_trusted_sender(ALICE, "PHONE")


async def test_under_policy_all_nothing_is_held() -> None:
    """"all" trusts everyone: a hold (and its notices, which promise no keys) would be untrue there."""
    tofu = MemoryTofuStore()
    t = DeviceTrust(_FakeClient(), "all", tofu)  # type: ignore[arg-type]
    api = _FakeApi()
    t.api = api  # type: ignore[assignment]
    first, second = CrossSigningIdentity.generate(ALICE), CrossSigningIdentity.generate(ALICE)
    phone, _ = _device(ALICE, "PHONE")
    api.response = _response(first, {"PHONE": first.sign_device(phone)})
    await t.refresh([ALICE])
    api.response = _response(second, {"PHONE": second.sign_device(phone)})
    report = await t.refresh([ALICE])
    assert [c.new_master_key for c in report.changed_identities] == [second.master_key]
    assert tofu.held == {} and tofu.keys[ALICE] == second.master_key and not report.held


def test_held_keys_trust_only_devices_of_the_pinned_identity() -> None:
    first, minted = CrossSigningIdentity.generate(ALICE), CrossSigningIdentity.generate(ALICE)
    phone, _ = _device(ALICE, "PHONE")
    both, _ = _device(ALICE, "BOTH")
    new, _ = _device(ALICE, "NEW")
    response = _response(minted, {"PHONE": first.sign_device(phone),
                                  "BOTH": minted.sign_device(first.sign_device(both)), "NEW": minted.sign_device(new)})
    keys = evaluate_held_keys(response, ALICE, Pinned(first.master_key, first.self_signing_key, minted.master_key))
    assert {d: v.cross_signed for d, v in keys.devices.items()} == {"PHONE": True, "BOTH": True, "NEW": False}
    assert keys.master_key == first.master_key
    # Without the self-signing key of the pinned identity, nothing can be told apart: nothing is trusted.
    blind = evaluate_held_keys(response, ALICE, Pinned(first.master_key, None, minted.master_key))
    assert not any(v.cross_signed for v in blind.devices.values())
    # A forged signature under the old self-signing key's name does not count.
    forged = sign_json(copy.deepcopy(new), ALICE, first.self_signing_key, SigningKey.generate())
    response["device_keys"][ALICE]["NEW"] = forged
    keys = evaluate_held_keys(response, ALICE, Pinned(first.master_key, first.self_signing_key, minted.master_key))
    assert not keys.devices["NEW"].cross_signed


async def test_stale_users_are_not_trusted_until_rechecked(
    trust: tuple[DeviceTrust, _FakeApi, MemoryTofuStore],
) -> None:
    t, api, _ = trust
    identity = CrossSigningIdentity.generate(ALICE)
    device, _ = _device(ALICE, "DEV")
    api.response = _response(identity, {"DEV": identity.sign_device(device)})
    await t.refresh([ALICE])
    t.mark_changed([ALICE])
    assert not t.is_trusted_sender(ALICE, "DEV")
    assert await t.check_sender(ALICE, "DEV")
    assert api.queries == 2
    assert await t.check_sender(ALICE, "DEV")  # cached now
    assert api.queries == 2


async def test_failed_server_keeps_previous_verdicts(trust: tuple[DeviceTrust, _FakeApi, MemoryTofuStore]) -> None:
    t, api, _ = trust
    identity = CrossSigningIdentity.generate(ALICE)
    device, _ = _device(ALICE, "DEV")
    api.response = _response(identity, {"DEV": identity.sign_device(device)})
    await t.refresh([ALICE])
    api.response = {"device_keys": {}, "failures": {"continuum.test": {"status": 503}}}
    report = await t.refresh([ALICE])
    assert report.failed_users == [ALICE]
    assert t.user_keys(ALICE) is not None and t.user_keys(ALICE).devices["DEV"].cross_signed  # type: ignore[union-attr]
    # no re-query storm: update() waits before asking that server again
    await t.update()
    assert api.queries == 2


async def test_own_identity_is_checked_not_trusted_on_first_use() -> None:
    bot = "@bot:continuum.test"
    mine, rogue = CrossSigningIdentity.generate(bot), CrossSigningIdentity.generate(bot)
    t = DeviceTrust(_FakeClient(), "cross-signed", MemoryTofuStore(), own_master_key=mine.master_key)
    api = _FakeApi()
    t.api = api  # type: ignore[assignment]
    device, _ = _device(bot, "OLD")
    api.response = _response(rogue, {"OLD": rogue.sign_device(device)})
    await t.refresh([bot])
    assert not t.is_trusted_sender(bot, "OLD")
    api.response = _response(mine, {"OLD": mine.sign_device(device)})
    await t.refresh([bot])
    assert t.is_trusted_sender(bot, "OLD")


async def test_policy_all_trusts_everyone() -> None:
    t = DeviceTrust(_FakeClient(), "all", MemoryTofuStore())
    assert t.ignore_unverified_devices
    assert t.is_trusted_sender(ALICE, "ANY")
    assert await t.check_sender(ALICE, "ANY")
    with pytest.raises(ValueError):
        DeviceTrust(_FakeClient(), "some", MemoryTofuStore())  # type: ignore[arg-type]


async def test_users_who_left_are_forgotten_and_rechecked_on_return(
    trust: tuple[DeviceTrust, _FakeApi, MemoryTofuStore],
) -> None:
    t, api, _ = trust
    identity = CrossSigningIdentity.generate(ALICE)
    device, _ = _device(ALICE, "DEV")
    api.response = _response(identity, {"DEV": identity.sign_device(device)})
    await t.refresh([ALICE])

    class _Lists:
        changed: list[str] = []  # noqa: RUF012
        left = [ALICE]  # noqa: RUF012

    class _Sync:
        device_list = _Lists()

    await t.on_sync(_Sync())
    assert t.user_keys(ALICE) is None
    assert not t.is_trusted_sender(ALICE, "DEV")
    assert api.queries == 1  # nothing re-queried while they are gone
    assert await t.check_sender(ALICE, "DEV")  # back: asked afresh
    assert api.queries == 2


async def test_all_devices_trusted_means_no_unverified_device_could_have_sent_it(
    trust: tuple[DeviceTrust, _FakeApi, MemoryTofuStore],
) -> None:
    """For a plaintext reaction, which names no device."""
    t, api, _tofu = trust
    identity = CrossSigningIdentity.generate(ALICE)
    phone, _ = _device(ALICE, "PHONE")
    added, _ = _device(ALICE, "ADDED")  # a device the server added, never cross-signed
    api.response = _response(identity, {"PHONE": identity.sign_device(phone)})
    assert await t.all_devices_trusted(ALICE)
    api.response = _response(identity, {"PHONE": identity.sign_device(phone), "ADDED": added})
    t.mark_changed([ALICE])
    assert not await t.all_devices_trusted(ALICE)
    api.response = {"device_keys": {ALICE: {}}, "master_keys": {}, "self_signing_keys": {}}
    t.mark_changed([ALICE])
    assert not await t.all_devices_trusted(ALICE), "nobody's word without a device"
    assert await DeviceTrust(_FakeClient(), "all", MemoryTofuStore()).all_devices_trusted(ALICE)  # type: ignore[arg-type]
