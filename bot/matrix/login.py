"""Logging in: the saved device (or a new one) with its keys on the server, then its
cross-signing identity and the device-trust policy built on it.

The saved login and the crypto store must belong together (`bot.matrix.session.DataDir`); every
way this can go wrong stops the start with a `StartupError` that tells the admin what to do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from nio import AsyncClient, AsyncClientConfig, KeysUploadResponse, LoginResponse, WhoamiResponse

from bot.matrix.crosssigning import CrossSigningError, CrossSigningManager, CrossSigningStatus
from bot.matrix.keys import KeyedClient, upload_keys
from bot.matrix.rooms import withheld_by_mentor_list
from bot.matrix.session import DataDir, SavedLogin, StartupError
from bot.matrix.trust import DeviceTrust
from bot.matrix.trustgate import OnHeld, StoreTofu
from bot.platform.config import Settings
from bot.store import Store

log = logging.getLogger(__name__)


async def log_in(settings: Settings, data: DataDir, store: Store) -> KeyedClient:
    """The saved device (or a new one), with its device keys on the server (a new device's
    one-time and fallback keys with them; a known device's are topped up after the first sync)."""
    config = AsyncClientConfig(
        encryption_enabled=True,
        store_sync_tokens=False,  # our own database holds the token, next to the markers
        pickle_key=data.pickle_key(settings.pickle_key_file),
        request_timeout=60,
    )
    saved = data.load_login(store.box)
    if saved is not None:
        client = await _saved_device(settings, data, saved, config)
    else:
        client = await _new_device(settings, data, config)
        assert client.device_id is not None
        data.save_login(store.box, SavedLogin(settings.user_id, client.device_id, client.access_token))
        log.info("logged in as a new device %s", client.device_id)
    if client.olm is None:
        await client.close()
        raise StartupError("end-to-end encryption is not available (is matrix-nio[e2e] installed?)")
    if client.olm is not None and not client.olm.account.shared:
        resp_up = await upload_keys(client)
        if not isinstance(resp_up, KeysUploadResponse):
            await client.close()
            raise StartupError(f"uploading the device keys failed: {getattr(resp_up, 'message', resp_up)}")
    return client


async def _saved_device(settings: Settings, data: DataDir, saved: SavedLogin, config: AsyncClientConfig) -> KeyedClient:
    if saved.user_id != settings.user_id:
        raise StartupError(f"the data dir belongs to {saved.user_id}, not {settings.user_id}; use another data dir")
    data.check_store_matches(saved)
    client = KeyedClient(settings.homeserver, settings.user_id, saved.device_id, str(data.crypto_dir), config)
    client.restore_login(saved.user_id, saved.device_id, saved.access_token)
    who = await _whoami(client)
    if who.device_id and who.device_id != saved.device_id:
        await client.close()
        raise StartupError(f"the saved access token belongs to device {who.device_id}, not {saved.device_id}")
    return client


async def _new_device(settings: Settings, data: DataDir, config: AsyncClientConfig) -> KeyedClient:
    """A device from the configured access token, or a new one from a password login."""
    s = settings
    client = KeyedClient(s.homeserver, s.user_id, store_path=str(data.crypto_dir), config=config)
    client.user_id = s.user_id
    token = s.read_access_token()
    if token is not None:
        client.access_token = token
        who = await _whoami(client)
        if not who.device_id:
            await client.close()
            raise StartupError("the access token has no device id; log in with a password instead")
        if data.crypto_store_file(s.user_id, who.device_id).exists() is False and any(data.crypto_dir.glob("*.db")):
            log.warning("logging in with a token for a device this data dir has no store for")
        client.restore_login(s.user_id, who.device_id, token)
    else:
        resp = await client.login(password=s.read_password() or "", device_name=s.device_name)
        if not isinstance(resp, LoginResponse):
            await client.close()
            raise StartupError(f"login as {s.user_id} failed: {getattr(resp, 'message', resp)}")
    return client


async def _whoami(client: AsyncClient) -> WhoamiResponse:
    resp = await client.whoami()
    if not isinstance(resp, WhoamiResponse):
        await client.close()
        raise StartupError(
            f"the homeserver refused the saved access token ({getattr(resp, 'message', resp)}); "
            "if the device was logged out, remove the session file to log in again"
        )
    return resp


def cross_signing_manager(client: AsyncClient, settings: Settings, data: DataDir, store: Store) -> CrossSigningManager:
    return CrossSigningManager(client, data.identity_file, store.box, settings.read_password())


async def establish_trust(
    client: AsyncClient, settings: Settings, data: DataDir, store: Store, redact: Callable[[str], str],
    on_held: OnHeld | None = None,
) -> tuple[CrossSigningStatus, DeviceTrust]:
    """Make sure the device is cross-signed (creating the identity the first time); then the
    device-trust policy, which knows the bot's own master key. `on_held` tells people, inside its
    transaction, that a changed identity is held."""
    try:
        status = await cross_signing_manager(client, settings, data, store).ensure()
    except CrossSigningError as e:
        await client.close()
        raise StartupError(f"cross-signing: {e}") from None
    if status.created_identity:
        log.info("created the bot's cross-signing identity; `continuum identity show` prints its fingerprints")
    trust = DeviceTrust(client, settings.trust, StoreTofu(store, on_held), own_master_key=status.fingerprints.master,
                        redact=redact, withheld=withheld_by_mentor_list(client, settings))
    return status, trust


__all__ = ["cross_signing_manager", "establish_trust", "log_in"]
