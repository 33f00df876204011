"""/keys/query replies come from any server of the federation: evaluating them never raises, and
never trusts a device whose chain device ← self-signing key ← master key does not hold.

Before this, one lone surrogate in a signed field raised UnicodeEncodeError out of the trust
check and ended the bot at every sync (a crash loop any remote user could cause).
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.matrix.canonical import SigningKey, sign_json
from bot.matrix.crosssigning import CrossSigningIdentity, parse_cross_signing_key
from bot.matrix.trust import UNEVALUABLE, DeviceTrust, MemoryTofuStore, Pinned, evaluate_user_keys

ALICE = "@alice:continuum.test"
BOB = "@bob:continuum.test"
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any JSON-like value, with every string free to hold lone surrogates and ints of any size.
_strings = st.one_of(st.text(st.characters(codec=None), max_size=20), st.sampled_from(["\ud800", "a\udfffb", ALICE]))
_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(min_value=2**53, max_value=2**200),
                     st.floats(allow_nan=True), _strings)
json_like = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_strings, inner, max_size=4)),
    max_leaves=30,
)


def _deep(depth: int) -> Any:
    value: Any = "\ud800"
    for _ in range(depth):
        value = {"a": [value]}
    return value


def _device(user_id: str, device_id: str) -> dict[str, Any]:
    key = SigningKey.generate()
    obj = {
        "user_id": user_id,
        "device_id": device_id,
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "keys": {f"ed25519:{device_id}": key.public_key, f"curve25519:{device_id}": f"curve{device_id}"},
    }
    return sign_json(obj, user_id, device_id, key)


IDENTITY = CrossSigningIdentity.generate(ALICE)
DEVICE = IDENTITY.sign_device(_device(ALICE, "DEV"))


def _valid_reply() -> dict[str, Any]:
    body = IDENTITY.upload_body()
    return {
        "device_keys": {ALICE: {"DEV": copy.deepcopy(DEVICE)}},
        "master_keys": {ALICE: body["master_key"]},
        "self_signing_keys": {ALICE: body["self_signing_key"]},
        "failures": {},
    }


def _signed_part(obj: Any) -> Any:
    if not isinstance(obj, dict):
        return obj
    return {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}


def _chain_intact(reply: Any, device_id: str) -> bool:
    """The oracle: the device and self-signing key are what their owners signed, under the master key."""
    try:
        body = IDENTITY.upload_body()
        return (
            device_id == "DEV"
            and _signed_part(reply["device_keys"][ALICE]["DEV"]) == _signed_part(DEVICE)
            # The master key is taken on its own (TOFU): only the key it names counts.
            and parse_cross_signing_key(reply["master_keys"][ALICE], ALICE, "master") == IDENTITY.master_key
            and _signed_part(reply["self_signing_keys"][ALICE]) == _signed_part(body["self_signing_key"])
        )
    except (KeyError, TypeError):
        return False


def test_a_valid_reply_is_trusted() -> None:
    assert evaluate_user_keys(_valid_reply(), ALICE).devices["DEV"].cross_signed


@example(reply={"device_keys": {ALICE: {"DEV": {"user_id": ALICE, "device_id": "DEV", "keys": "\ud800"}}}})
@FUZZ
@given(reply=st.one_of(json_like, st.dictionaries(
    st.sampled_from(["device_keys", "master_keys", "self_signing_keys", "failures"]),
    st.one_of(json_like, st.dictionaries(st.sampled_from([ALICE, BOB]), json_like, max_size=2)),
    max_size=4,
)))
def test_any_reply_never_raises_and_trusts_nothing(reply: Any) -> None:
    if not isinstance(reply, dict):
        reply = {"device_keys": reply}
    keys = evaluate_user_keys(reply, ALICE)
    assert not any(v.cross_signed for v in keys.devices.values())


_PLACES = [
    ("device_keys", ALICE, "DEV"),
    ("device_keys", ALICE, "DEV", "keys"),
    ("device_keys", ALICE, "DEV", "signatures", ALICE),
    ("master_keys", ALICE),
    ("master_keys", ALICE, "keys"),
    ("self_signing_keys", ALICE),
    ("self_signing_keys", ALICE, "signatures", ALICE),
    ("self_signing_keys", ALICE, "keys"),
]


@example(place=5, name="extra", value="\ud800")
@example(place=0, name="algorithms", value=["\udfff"])
@example(place=5, name="n", value=2**70)
@FUZZ
@given(place=st.integers(0, len(_PLACES) - 1), name=_strings, value=json_like)
def test_a_damaged_valid_reply_never_raises_and_trusts_only_an_intact_chain(place: int, name: str, value: Any) -> None:
    reply = _valid_reply()
    target: Any = reply
    for key in _PLACES[place]:
        target = target[key]
    target[name] = value
    keys = evaluate_user_keys(reply, ALICE)
    for device_id, verdict in keys.devices.items():
        if verdict.cross_signed:
            assert _chain_intact(reply, device_id)


def test_nesting_deeper_than_the_stack_is_not_trusted_and_does_not_raise() -> None:
    reply = {"master_keys": {ALICE: _deep(5000)}, "device_keys": {ALICE: {"DEV": _deep(5000)}}}
    assert not evaluate_user_keys(reply, ALICE).devices["DEV"].cross_signed
    reply = _valid_reply()
    reply["self_signing_keys"][ALICE]["deep"] = _deep(5000)
    reply["device_keys"][ALICE]["DEV"]["deep"] = _deep(5000)
    keys = evaluate_user_keys(reply, ALICE)
    assert not keys.devices["DEV"].cross_signed


class _FakeApi:
    def __init__(self, response: dict[str, Any]) -> None:
        self.response = response

    async def keys_query(self, user_ids: list[str]) -> dict[str, Any]:
        return self.response


class _FakeClient:
    user_id = "@bot:continuum.test"
    olm = None
    access_token = "x"
    users_for_key_query: set[str] = set()  # noqa: RUF012


class _BrokenTofu(MemoryTofuStore):
    async def get_pin(self, user_id: str) -> Pinned | None:
        if user_id == BOB:
            raise RuntimeError("the pin could not be read")
        return await super().get_pin(user_id)


async def test_one_users_strange_keys_leave_the_others_trusted(caplog: pytest.LogCaptureFixture) -> None:
    bob = CrossSigningIdentity.generate(BOB)
    reply = _valid_reply()
    bob_body = bob.upload_body()
    poisoned = copy.deepcopy(bob_body["self_signing_key"])
    poisoned["comment"] = "\ud800"  # a lone surrogate in a signed field
    reply["device_keys"][BOB] = {"PHONE": bob.sign_device(_device(BOB, "PHONE"))}
    reply["master_keys"][BOB] = bob_body["master_key"]
    reply["self_signing_keys"][BOB] = poisoned
    trust = DeviceTrust(_FakeClient(), "cross-signed", MemoryTofuStore(), redact=lambda u: "user:hashed")  # type: ignore[arg-type]
    trust.api = _FakeApi(reply)  # type: ignore[assignment]
    with caplog.at_level(logging.WARNING):
        report = await trust.refresh([ALICE, BOB])
    assert trust.is_trusted_sender(ALICE, "DEV")
    assert not trust.is_trusted_sender(BOB, "PHONE")
    assert "PHONE" in report.untrusted[BOB] and report.untrusted[BOB]["PHONE"].startswith(UNEVALUABLE)
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "UnicodeEncodeError" in logged and "user:hashed" in logged
    assert BOB not in logged and "\ud800" not in logged
    # Bob's device is known to be untrusted: the next update asks nobody again.
    asked = []

    async def counting(user_ids: list[str]) -> dict[str, Any]:
        asked.append(user_ids)
        return reply

    trust.api.keys_query = counting  # type: ignore[method-assign]
    await trust.update()
    assert asked == []


async def test_a_pin_that_cannot_be_checked_leaves_that_user_untrusted_only() -> None:
    bob = CrossSigningIdentity.generate(BOB)
    reply = _valid_reply()
    body = bob.upload_body()
    reply["device_keys"][BOB] = {"PHONE": bob.sign_device(_device(BOB, "PHONE"))}
    reply["master_keys"][BOB] = body["master_key"]
    reply["self_signing_keys"][BOB] = body["self_signing_key"]
    trust = DeviceTrust(_FakeClient(), "cross-signed", _BrokenTofu())  # type: ignore[arg-type]
    trust.api = _FakeApi(reply)  # type: ignore[assignment]
    await trust.refresh([ALICE, BOB])
    assert trust.is_trusted_sender(ALICE, "DEV")
    assert not trust.is_trusted_sender(BOB, "PHONE")

