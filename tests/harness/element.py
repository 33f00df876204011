"""Drive the Element-like Node client (`tests/js/element_client.mjs`) from asyncio tests.

The Node process runs matrix-js-sdk with the Rust crypto stack that Element ships, so a test
that passes against it shows the bot interoperates with what activists actually run. It is
controlled by JSON lines on stdin/stdout (see the header of `element_client.mjs`); this
module wraps that protocol:

    client = await ElementClient.start(REPO / "tests/js")
    await client.login(synapse.url, "alice", "pw")
    await client.bootstrap_cross_signing()
    room_id = await client.create_dm(bot_user_id)
    await client.send(room_id, "hello")
    reply = await client.wait_message(room_id, bot_user_id)
    await client.close()

Commands answer `{"ok": false, "error": ...}` on failure; `call` raises `ElementClientError`
carrying that answer, so tests can inspect e.g. the count of undecryptable events after a
`wait_message` timed out.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
from collections import deque
from pathlib import Path
from typing import Any, Literal

JS_DIR = Path(__file__).resolve().parent.parent / "js"

Isolation = Literal["only_signed", "all"]


class ElementClientError(RuntimeError):
    """A command failed in the Node client, or the client died."""

    def __init__(self, message: str, response: dict[str, Any] | None = None, stderr: str = "") -> None:
        detail = f"{message}\n--- element client stderr (tail) ---\n{stderr}" if stderr else message
        super().__init__(detail)
        self.response: dict[str, Any] = response or {}
        self.stderr = stderr


class ElementClient:
    """One Element-like Matrix client in its own Node process."""

    def __init__(self, process: asyncio.subprocess.Process, name: str) -> None:
        self._process = process
        self.name = name
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._stderr: deque[str] = deque(maxlen=200)
        self._ready: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._reader = asyncio.create_task(self._read_stdout())
        self._err_reader = asyncio.create_task(self._read_stderr())
        self.user_id: str | None = None
        self.device_id: str | None = None
        self.password: str | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    @classmethod
    async def start(
        cls,
        node_dir: Path | str = JS_DIR,
        *,
        isolation: Isolation = "only_signed",
        auto_join: bool = False,
        verbose: bool = False,
        name: str = "element",
        startup_timeout: float = 60.0,
    ) -> ElementClient:
        """Spawn the Node client. `isolation`/`auto_join` are defaults `login` may override."""
        node_dir = Path(node_dir)
        node = shutil.which("node")
        if node is None:
            raise ElementClientError("`node` is not on PATH; install Node.js 20 and run `make js-deps`")
        script = node_dir / "element_client.mjs"
        if not script.exists():
            raise ElementClientError(f"{script} is missing")
        if not (node_dir / "node_modules" / "matrix-js-sdk").is_dir():
            raise ElementClientError(
                f"{node_dir / 'node_modules'} is missing matrix-js-sdk: run `make js-deps` "
                f"(npm ci --prefix {node_dir} --no-audit --no-fund)"
            )
        args = [node, str(script), f"--isolation={isolation}"]
        if auto_join:
            args.append("--auto-join")
        if verbose:
            args.append("--verbose")
        process = await asyncio.create_subprocess_exec(
            *args,
            cwd=str(node_dir),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "NODE_NO_WARNINGS": "1"},
            limit=16 * 1024 * 1024,  # answers may carry a downloaded file
        )
        client = cls(process, name)
        try:
            await asyncio.wait_for(asyncio.shield(client._ready), startup_timeout)
        except BaseException:
            await client.close()
            raise
        return client

    async def close(self, timeout: float = 10.0) -> None:
        """Ask the client to stop, then make sure the process is gone."""
        process = self._process
        if process.returncode is None:
            with contextlib.suppress(ElementClientError, ConnectionError, TimeoutError):
                await self.call("stop", _timeout=timeout)
            if process.stdin is not None:
                with contextlib.suppress(ConnectionError, OSError):
                    process.stdin.close()
            try:
                await asyncio.wait_for(process.wait(), timeout)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
        for task in (self._reader, self._err_reader):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._fail_pending("client closed")

    async def __aenter__(self) -> ElementClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def stderr_tail(self) -> str:
        return "\n".join(self._stderr)

    # -- protocol -------------------------------------------------------------------------------

    async def _read_stdout(self) -> None:
        assert self._process.stdout is not None
        try:
            while line := await self._process.stdout.readline():
                try:
                    message = json.loads(line)
                except json.JSONDecodeError:
                    self._stderr.append(f"[non-JSON stdout] {line.decode(errors='replace').rstrip()}")
                    continue
                if message.get("ready") and not self._ready.done():
                    self._ready.set_result(message)
                    continue
                future = self._pending.pop(message.get("id"), None)
                if future is not None and not future.done():
                    future.set_result(message)
        finally:
            await self._process.wait()
            self._fail_pending(f"element client exited with code {self._process.returncode}")

    async def _read_stderr(self) -> None:
        assert self._process.stderr is not None
        while line := await self._process.stderr.readline():
            self._stderr.append(line.decode(errors="replace").rstrip())

    def _fail_pending(self, reason: str) -> None:
        error = ElementClientError(reason, stderr=self.stderr_tail)
        if not self._ready.done():
            self._ready.set_exception(error)
        for future in self._pending.values():
            if not future.done():
                future.set_exception(error)
        self._pending.clear()

    async def call(self, cmd: str, _timeout: float | None = None, **args: Any) -> dict[str, Any]:
        """Send one command; return its answer, or raise `ElementClientError` if `ok` is false.

        `_timeout` (seconds) defaults to the command's own `timeout_ms` plus a margin.
        """
        if self._process.returncode is not None or self._process.stdin is None:
            raise ElementClientError(
                f"element client is not running (exit code {self._process.returncode})",
                stderr=self.stderr_tail,
            )
        request_id = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        payload = {"id": request_id, "cmd": cmd, **{k: v for k, v in args.items() if v is not None}}
        self._process.stdin.write(json.dumps(payload).encode() + b"\n")
        await self._process.stdin.drain()
        if _timeout is None:
            _timeout = float(args.get("timeout_ms") or 30000) / 1000 + 30
        try:
            answer = await asyncio.wait_for(future, _timeout)
        except TimeoutError:
            self._pending.pop(request_id, None)
            raise ElementClientError(
                f"{self.name}: no answer to {cmd} within {_timeout}s", stderr=self.stderr_tail
            ) from None
        if not answer.get("ok"):
            raise ElementClientError(f"{self.name}: {cmd} failed: {answer.get('error')}", answer)
        return answer

    # -- convenience ----------------------------------------------------------------------------

    async def login(
        self,
        homeserver: str,
        user: str,
        password: str,
        *,
        isolation: Isolation | None = None,
        auto_join: bool | None = None,
    ) -> dict[str, Any]:
        """Password login, Rust crypto, first sync. Returns user_id, device_id and keys."""
        answer = await self.call(
            "login",
            homeserver=homeserver,
            user=user,
            password=password,
            isolation=isolation,
            auto_join=auto_join,
        )
        self.user_id = str(answer["user_id"])
        self.device_id = str(answer["device_id"])
        self.password = password
        return answer

    async def bootstrap_cross_signing(self, password: str | None = None) -> dict[str, Any]:
        """Create and upload cross-signing keys and sign this device, as Element does at login."""
        return await self.call("bootstrap_cross_signing", password=password or self.password)

    async def whoami(self) -> dict[str, Any]:
        return await self.call("whoami")

    async def set_isolation(self, mode: Isolation) -> None:
        await self.call("set_isolation", mode=mode)

    async def create_dm(self, user_id: str, *, encrypted: bool = True) -> str:
        """Create a DM (is_direct, encrypted from the start, m.direct updated); return its id."""
        answer = await self.call("create_dm", user_id=user_id, encrypted=encrypted)
        return str(answer["room_id"])

    async def create_room(
        self, *, invite: list[str] | None = None, encrypted: bool = True, name: str | None = None
    ) -> str:
        answer = await self.call("create_room", invite=invite or [], encrypted=encrypted, name=name)
        return str(answer["room_id"])

    async def invite(self, room_id: str, user_id: str) -> None:
        await self.call("invite", room_id=room_id, user_id=user_id)

    async def join(self, room_id: str) -> None:
        await self.call("join", room_id=room_id)

    async def wait_invite(self, *, sender: str | None = None, timeout: float = 30.0) -> dict[str, Any]:
        """The next invite (joined already if auto-join is on): room_id, inviter, joined."""
        return await self.call("wait_invite", inviter=sender, timeout_ms=int(timeout * 1000))

    async def send(self, room_id: str, body: str, html: str | None = None) -> str:
        answer = await self.call("send", room_id=room_id, body=body, html=html)
        return str(answer["event_id"])

    async def react(self, room_id: str, event_id: str, key: str) -> str:
        answer = await self.call("react", room_id=room_id, event_id=event_id, key=key)
        return str(answer["event_id"])

    async def edit(self, room_id: str, event_id: str, body: str) -> str:
        answer = await self.call("edit", room_id=room_id, event_id=event_id, body=body)
        return str(answer["event_id"])

    async def send_file(self, room_id: str, path: Path | str, mimetype: str = "application/octet-stream") -> str:
        answer = await self.call("send_file", room_id=room_id, path=str(path), mimetype=mimetype)
        return str(answer["event_id"])

    async def download(self, event_id: str) -> bytes:
        """Bytes of a received attachment (decrypted and hash-checked if it was encrypted)."""
        answer = await self.call("download", event_id=event_id)
        return base64.b64decode(answer["data_b64"])

    async def wait_message(
        self,
        room_id: str,
        sender: str | None = None,
        *,
        contains: str | None = None,
        timeout: float = 30.0,
    ) -> dict[str, Any]:
        """The next m.room.message from `sender` not returned before.

        The answer has event_id, body, formatted_body, decrypted (was it encrypted), shield
        {colour, reason}, relates_to, content. On timeout `ElementClientError.response` holds
        `undecryptable` / `undecryptable_events` (with failure reasons) for that sender.
        """
        return await self.call(
            "wait_message",
            room_id=room_id,
            sender=sender,
            contains=contains,
            timeout_ms=int(timeout * 1000),
        )

    async def wait_event(
        self, room_id: str, event_type: str, sender: str | None = None, *, timeout: float = 30.0
    ) -> dict[str, Any]:
        """Like `wait_message` for any (decrypted) event type, e.g. m.reaction."""
        return await self.call(
            "wait_event", room_id=room_id, type=event_type, sender=sender, timeout_ms=int(timeout * 1000)
        )

    async def wait_undecryptable(
        self, room_id: str, sender: str | None = None, *, timeout: float = 30.0
    ) -> dict[str, Any]:
        """The next event from `sender` that failed to decrypt: event_id, reason (the SDK's
        DecryptionFailureCode, e.g. UNSIGNED_SENDER_DEVICE), sender_device, state."""
        return await self.call("wait_undecryptable", room_id=room_id, sender=sender, timeout_ms=int(timeout * 1000))

    async def messages(self, room_id: str) -> list[dict[str, Any]]:
        answer = await self.call("messages", room_id=room_id)
        return list(answer["messages"])

    async def undecryptable(self, room_id: str, sender: str | None = None) -> dict[str, Any]:
        return await self.call("undecryptable", room_id=room_id, sender=sender)

    async def user_verification(self, user_id: str) -> dict[str, Any]:
        return await self.call("user_verification", user_id=user_id)

    async def device_info(self, user_id: str) -> list[dict[str, Any]]:
        answer = await self.call("device_info", user_id=user_id)
        return list(answer["devices"])
