"""The device's one-time keys and its fallback key: always a key for a new person to claim (and
nio's silent retries of requests that timed out, said in the log and counted).

Before a person's client can share a room key with the bot it claims one of the bot's one-time
keys. When a burst of new people claims them all, a client finds none, shares its room key
without the bot, and never again: the person is never read (DESIGN.md, "Matrix E2EE", 14). So:

- **One-time keys** are topped up after every sync, before its events are handled, to the
  account's maximum (vodozemac publishes 50; it remembers up to 100 times more, for messages
  already on their way). nio 0.26 learns the count from the sync but ignores a count of 0 —
  exactly when the keys ran out — and then never uploads again; the count is taken here from
  the sync itself, zero included.
- **A fallback key** (the spec's `fallback_keys` of `/keys/upload`) is handed out by the
  homeserver when no one-time key is left, as often as needed. Each sync says which fallback
  keys are still unused (`device_unused_fallback_key_types`); when ours is not among them — never
  uploaded, or claimed once — a new one goes up with the next upload. vodozemac keeps the
  previous one as well, so messages built on it still decrypt.

nio 0.26 knows nothing of fallback keys and drops both fields of the sync, so `KeyedClient`
keeps them, and `upload_keys` replaces nio's `keys_upload`: the same request, plus the fallback
key, signed like the one-time keys (with `"fallback": true` inside the signed object).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from aiohttp import ClientResponse
from nio import AsyncClient, KeysUploadError, KeysUploadResponse
from nio.api import Api

log = logging.getLogger(__name__)

ALGORITHM = "signed_curve25519"
_UNUSED_FALLBACK = ("device_unused_fallback_key_types", "org.matrix.msc2732.device_unused_fallback_key_types")


class KeyedClient(AsyncClient):  # type: ignore[misc]  # nio ships no types
    """nio's client, remembering what each sync says about the device's keys."""

    # Unused fallback key types as the last sync reported them; None: not reported (yet).
    unused_fallback_keys: list[str] | None = None
    # One-time keys still on the homeserver as the last sync reported them; None: not reported.
    one_time_keys_left: int | None = None
    # Called with the attempt count each time nio retries a request that timed out or could not connect.
    on_network_retry: Callable[[int], None] | None = None

    async def get_timeout_retry_wait_time(self, got_timeouts: int) -> float:
        """nio retries a request that timed out or could not connect, silently and without end: say so."""
        wait = float(await super().get_timeout_retry_wait_time(got_timeouts))
        log.warning("the homeserver %s did not answer (attempt %d); trying again in %.0fs", self.homeserver,
                    got_timeouts, wait)
        if self.on_network_retry is not None:
            self.on_network_retry(got_timeouts)
        return wait

    async def parse_body(self, transport_response: ClientResponse) -> dict[Any, Any]:
        parsed: dict[Any, Any] = await super().parse_body(transport_response)
        if transport_response.url.path.endswith("/sync") and isinstance(parsed.get("next_batch"), str):
            self._note_key_counts(parsed)
        return parsed

    def _note_key_counts(self, sync: dict[Any, Any]) -> None:
        counts = sync.get("device_one_time_keys_count")
        if isinstance(counts, dict):
            left = counts.get(ALGORITHM, 0)
            self.one_time_keys_left = left if isinstance(left, int) and not isinstance(left, bool) else 0
            if self.olm is not None:
                # nio skips a count of 0 and would then believe its last, higher count forever.
                self.olm.uploaded_key_count = self.one_time_keys_left
        for name in _UNUSED_FALLBACK:
            unused = sync.get(name)
            if isinstance(unused, list):
                self.unused_fallback_keys = [str(t) for t in unused]
                break


def needs_fallback_key(client: KeyedClient) -> bool:
    """Whether a (new) fallback key must go up: the homeserver reports none of ours unused, or
    the device has never published its keys."""
    olm = client.olm
    if olm is None:
        return False
    if not olm.account.shared:
        return True
    return client.unused_fallback_keys is not None and ALGORITHM not in client.unused_fallback_keys


def needs_upload(client: KeyedClient) -> bool:
    return client.olm is not None and (client.should_upload_keys or needs_fallback_key(client))


def _fallback_keys(client: KeyedClient) -> dict[str, Any]:
    """A fallback key to publish, signed: the one generated before if its upload failed, else a new one."""
    olm = client.olm
    assert olm is not None
    account = olm.account._account  # nio's wrapper does not expose vodozemac's fallback keys
    unpublished = account.fallback_key
    if not unpublished:
        account.generate_fallback_key()
        unpublished = account.fallback_key
    out: dict[str, Any] = {}
    for key_id, key in unpublished.items():
        signed: dict[str, Any] = {"key": key.to_base64(), "fallback": True}
        signature = olm.sign_json(signed)
        out[f"{ALGORITHM}:{key_id}"] = {**signed, "signatures": {olm.user_id: {f"ed25519:{olm.device_id}": signature}}}
    return out


async def upload_keys(client: KeyedClient) -> KeysUploadResponse | KeysUploadError | None:
    """Publish what is missing — device keys (first time), one-time keys up to the maximum, a
    fallback key — in one request; None when nothing is missing."""
    olm = client.olm
    if olm is None or not needs_upload(client):
        return None
    fallback = needs_fallback_key(client)
    content: dict[str, Any] = olm.share_keys() if client.should_upload_keys else {}
    if fallback:
        content["fallback_keys"] = _fallback_keys(client)
    method, path, data = Api.keys_upload(client.access_token, content)
    # `_send` hands the response to nio, which marks the keys published and saves the account.
    resp = await client._send(KeysUploadResponse, method, path, data)
    if isinstance(resp, KeysUploadResponse):
        if fallback:
            log.info("published a new fallback key")
            client.unused_fallback_keys = [*(client.unused_fallback_keys or []), ALGORITHM]
        client.one_time_keys_left = resp.signed_curve25519_count
    else:
        log.warning("uploading the device's keys failed: %s", getattr(resp, "status_code", None) or type(resp).__name__)
    assert isinstance(resp, KeysUploadResponse | KeysUploadError)
    return resp


__all__ = ["ALGORITHM", "KeyedClient", "needs_fallback_key", "needs_upload", "upload_keys"]
