"""A bare matrix-nio E2EE echo bot: the baseline for bench/bench_reply.py.

The same stack as Continuum (nio + vodozemac, a persisted crypto store) doing the least a bot
can do: decrypt each message and send one encrypted reply ("echo <the message>"). Trusts every device, as most nio
bots do; joins every invite. Configured by environment variables like Continuum.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from nio import AsyncClient, AsyncClientConfig, InviteMemberEvent, LoginResponse, MatrixRoom, RoomMessageText


async def main() -> None:
    store = Path(os.environ["ECHO_STORE"])
    store.mkdir(parents=True, exist_ok=True)
    config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True, pickle_key="bench-" * 6)
    client = AsyncClient(os.environ["ECHO_HOMESERVER"], os.environ["ECHO_USER"], store_path=str(store), config=config)
    resp = await client.login(os.environ["ECHO_PASSWORD"], device_name="echo")
    assert isinstance(resp, LoginResponse), resp
    if client.should_upload_keys:
        await client.keys_upload()
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
