"""A bare matrix-nio E2EE echo bot: the baseline for bench/bench_reply.py.

The same stack as Continuum (nio + vodozemac, a persisted crypto store) doing the least a bot
can do: decrypt each message and send one encrypted reply ("echo <the message>"). Trusts every device, as most nio
bots do; joins every invite. Configured by environment variables like Continuum.

Its keys are kept as Continuum keeps them (bot/matrix/keys.py: one-time keys topped up even
after a sync that reports none left, which nio alone ignores, and a fallback key), so that the
baseline serves everyone it is measured against: a bare nio bot stops publishing one-time keys
once a quick run of first contacts has claimed them all, and every later newcomer's messages stay
undecryptable (a bench of 100 people lost half of them to it). The comparison then measures what a
turn costs, not how keys are kept.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from nio import (
    AsyncClientConfig,
    InviteMemberEvent,
    KeysUploadError,
    KeysUploadResponse,
    LoginResponse,
    MatrixRoom,
    RoomMessageText,
)

from bot.matrix.keys import KeyedClient, upload_keys


class EchoClient(KeyedClient):
    async def keys_upload(self) -> KeysUploadResponse | KeysUploadError | None:
        """nio's sync loop calls this when keys are missing: Continuum's upload, fallback key included."""
        return await upload_keys(self)


async def main() -> None:
    store = Path(os.environ["ECHO_STORE"])
    store.mkdir(parents=True, exist_ok=True)
    config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True, pickle_key="bench-" * 6)
    client = EchoClient(os.environ["ECHO_HOMESERVER"], os.environ["ECHO_USER"], store_path=str(store), config=config)
    resp = await client.login(os.environ["ECHO_PASSWORD"], device_name="echo")
    assert isinstance(resp, LoginResponse), resp
    await upload_keys(client)
    await client.sync(timeout=0, full_state=True)

    async def on_message(room: MatrixRoom, event: RoomMessageText) -> None:
        if event.sender == client.user_id:
            return
        # The body names what it answers, so a load run can pair every reply with its message.
        await client.room_send(room.room_id, "m.room.message", {"msgtype": "m.text", "body": f"echo {event.body}"},
                               ignore_unverified_devices=True)

    async def on_invite(room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key == client.user_id:
            await client.join(room.room_id)

    client.add_event_callback(on_message, RoomMessageText)
    client.add_event_callback(on_invite, InviteMemberEvent)
    print("echo bot ready", flush=True)
    await client.sync_forever(timeout=30000)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
