"""A small lossy HTTP/1.1 proxy on loopback, between a bot and its homeserver.

In pass-through mode it forwards every request unchanged and counts them by endpoint (it reads
only the request line and the two headers that say where a body ends). Its faults, all seeded and
switchable while it runs:

- `reset`: the client's connection is reset (TCP RST) in the middle of a request — either before
  the homeserver saw it, or after the homeserver answered (the reply is what is lost);
- `delay`: the homeserver's reply is held back for a few seconds;
- `drop`: the request is swallowed: never forwarded, never answered, until the client gives up
  (or `hold_s` passes);
- `down`: the proxy stops listening (connections are refused) and cuts the open ones.

Decisions are drawn per request number from `seed`, so the same sequence of requests meets the
same faults. Every wait is bounded: upstream connects and replies have timeouts, a swallowed
request is held at most `hold_s`, and the process form exits when its controller goes away.

In-process: `async with Proxy(upstream_url, seed=1) as proxy: proxy.set_faults(Faults(reset=0.2))`.
As a separate process (so the proxy's CPU never competes with the caller's event loop):
`ProxyProcess` runs `python -m tests.harness.proxy` and talks to it over stdin/stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import socket
import struct
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
CATEGORIES = ("sync", "send", "receipt", "typing", "keys", "to_device", "other")
_HEAD_LIMIT = 1 << 20


def category(path: str) -> str:
    """The endpoint family a request path belongs to (query string ignored)."""
    p = path.split("?", 1)[0]
    if p.endswith("/sync"):
        return "sync"
    if "/rooms/" in p and "/send/" in p:
        return "send"
    if "/receipt/" in p or p.endswith("/read_markers"):
        return "receipt"
    if "/typing/" in p:
        return "typing"
    if "/keys/" in p:
        return "keys"
    if "/sendToDevice/" in p:
        return "to_device"
    return "other"


# Sigil-led ids (raw or percent-encoded), transaction ids (long, no dots — event types have dots), numbers.
_ID_SEGMENT = re.compile(r"^(%21|%40|%24|%23|!|@|\$|#)|^[A-Za-z0-9_=-]{16,}$|^\d+$")


def endpoint(method: str, path: str) -> str:
    """`METHOD /path` with room, user, event and transaction ids replaced by `{}`."""
    segments = path.split("?", 1)[0].split("/")
    return method + " " + "/".join("{}" if _ID_SEGMENT.search(s) else s for s in segments)


@dataclass(frozen=True)
class Faults:
    """What goes wrong, per request. Probabilities are in [0, 1]; all zero is pass-through."""

    reset: float = 0.0
    reset_after: float = 0.5  # of the resets, the share where the homeserver got the request and answered
    delay: float = 0.0
    delay_s: tuple[float, float] = (1.0, 3.0)
    drop: float = 0.0
    drop_first: int = 0  # the first N matching requests after these faults are set are dropped
    hold_s: float = 120.0  # the longest a dropped request is held before its connection is closed
    match: str | None = None  # a regex on "METHOD /path": faults touch only the requests it finds

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Faults:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "delay_s" in values:
            values["delay_s"] = tuple(values["delay_s"])
        return cls(**values)


@dataclass
class Stats:
    requests: Counter[str] = field(default_factory=Counter)  # by category
    endpoints: Counter[str] = field(default_factory=Counter)  # by normalised `METHOD /path`
    statuses: Counter[str] = field(default_factory=Counter)  # "2xx", "4xx", "429", …
    faults: Counter[str] = field(default_factory=Counter)  # reset_before, reset_after, delay, drop, cut
    connections: int = 0
    upstream_errors: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "requests": dict(self.requests),
            "endpoints": dict(self.endpoints),
            "statuses": dict(self.statuses),
            "faults": dict(self.faults),
            "connections": self.connections,
            "upstream_errors": self.upstream_errors,
            "total": sum(self.requests.values()),
        }


class _Cut(Exception):
    """The exchange ends here: the connection is gone or was reset on purpose."""


@dataclass
class _Request:
    head: bytes
    body: bytes
    method: str
    path: str
    close: bool


@dataclass(eq=False)
class _Conn:
    client: asyncio.StreamWriter
    upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None


def _headers(head: bytes) -> tuple[str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    values: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            values[name.strip().lower()] = value.strip()
    return lines[0], values


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    raw = bytearray()
    while True:
        line = await reader.readuntil(b"\r\n")
        raw += line
        size = int(line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            while True:  # trailers, then the empty line
                trailer = await reader.readuntil(b"\r\n")
                raw += trailer
                if trailer == b"\r\n":
                    return bytes(raw)
        raw += await reader.readexactly(size + 2)


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str], *, until_eof: bool) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return await _read_chunked(reader)
    if "content-length" in headers:
        return await reader.readexactly(int(headers["content-length"]))
    return await reader.read() if until_eof else b""


def _wants_close(version_line: str, headers: dict[str, str]) -> bool:
    connection = headers.get("connection", "").lower()
    return "close" in connection or (version_line.endswith("HTTP/1.0") and "keep-alive" not in connection)


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP RST, as a crashed middlebox would, not with an orderly FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class Proxy:
    """One listening proxy in front of one upstream (`http://host:port`)."""

    def __init__(self, upstream: str, *, seed: int = 0, port: int = 0, io_timeout_s: float = 300.0,
                 connect_timeout_s: float = 10.0) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or parts.hostname is None or parts.port is None:
            raise ValueError(f"upstream must be http://host:port, not {upstream!r}")
        self.upstream_host, self.upstream_port = parts.hostname, parts.port
        self.seed = seed
        self.port = port
        self.io_timeout_s = io_timeout_s
        self.connect_timeout_s = connect_timeout_s
        self.stats = Stats()
        self.faults = Faults()
        self._match: re.Pattern[str] | None = None
        self._drops_left = 0
        self._number = 0
        self._server: asyncio.Server | None = None
        self._conns: set[_Conn] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self.down = False
        self.held = 0  # swallowed requests whose client has not given up yet

    def snapshot(self) -> dict[str, Any]:
        """The counters since the last reset, and how many swallowed requests are held now."""
        return {**self.stats.to_json(), "held": self.held}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        await self._listen()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port, limit=_HEAD_LIMIT,
                                                  reuse_address=True)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def __aenter__(self) -> Proxy:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def set_faults(self, faults: Faults) -> None:
        self.faults = faults
        self._match = re.compile(faults.match) if faults.match else None
        self._drops_left = faults.drop_first

    def reset_stats(self) -> None:
        self.stats = Stats()

    async def set_down(self, down: bool) -> None:
        """Down: refuse new connections and cut the open ones. Up: listen again on the same port."""
        if down == self.down:
            return
        self.down = down
        if down:
            await self._stop_listening()
            self._cut_all()
        else:
            await self._listen()

    async def _stop_listening(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _cut_all(self) -> None:
        for conn in list(self._conns):
            self.stats.faults["cut"] += 1
            _reset(conn.client)
            if conn.upstream is not None:
                conn.upstream[1].transport.abort()

    async def close(self) -> None:
        await self._stop_listening()
        self._cut_all()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    # --- one client connection ------------------------------------------------------------
    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        conn = _Conn(writer)
        self._conns.add(conn)
        self.stats.connections += 1
        try:
            while await self._exchange(reader, conn):
                pass
        except (_Cut, OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass
        finally:
            self._conns.discard(conn)
            self._tasks.discard(task)
            if conn.upstream is not None:
                conn.upstream[1].transport.abort()
            writer.transport.abort()

    async def _exchange(self, reader: asyncio.StreamReader, conn: _Conn) -> bool:
        """Proxy one request/response; False when the connection should end."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return False  # the client closed between requests
        line, headers = _headers(head)
        method, _, rest = line.partition(" ")
        request = _Request(head, b"", method, rest.rsplit(" ", 1)[0], _wants_close(line, headers))
        self._number += 1
        self.stats.requests[category(request.path)] += 1
        self.stats.endpoints[endpoint(request.method, request.path)] += 1
        action, delay = self._decide(self._number, request)
        if action == "reset_before":
            # Mid-request: the head is in, the body (if any) is not read, nothing went upstream.
            self.stats.faults[action] += 1
            _reset(conn.client)
            raise _Cut
        request.body = await _read_body(reader, headers, until_eof=False)
        if action == "drop":
            self.stats.faults[action] += 1
            await self._hold(reader)
            raise _Cut
        status_head, status, body, upstream_close = await self._forward(conn, request)
        if action == "reset_after":
            self.stats.faults[action] += 1
            _reset(conn.client)
            raise _Cut
        if action == "delay":
            self.stats.faults[action] += 1
            await asyncio.sleep(delay)  # the fault itself: a slow homeserver
        self.stats.statuses["429" if status == 429 else f"{status // 100}xx"] += 1
        conn.client.write(status_head + body)
        await asyncio.wait_for(conn.client.drain(), self.io_timeout_s)
        return not (request.close or upstream_close)

    def _decide(self, number: int, request: _Request) -> tuple[str, float]:
        f = self.faults
        if self._match is not None and not self._match.search(f"{request.method} {request.path}"):
            return "pass", 0.0
        rng = random.Random(f"{self.seed}/{number}")
        roll = rng.random()
        if self._drops_left > 0:
            self._drops_left -= 1
            return "drop", 0.0
        if roll < f.drop:
            return "drop", 0.0
        if roll < f.drop + f.reset:
            return ("reset_after" if rng.random() < f.reset_after else "reset_before"), 0.0
        if roll < f.drop + f.reset + f.delay:
            return "delay", rng.uniform(*f.delay_s)
        return "pass", 0.0

    async def _hold(self, reader: asyncio.StreamReader) -> None:
        """Never answer: wait until the client gives up and closes, or `hold_s` passes."""
        self.held += 1
        try:
            await asyncio.wait_for(reader.read(), self.faults.hold_s)
        except TimeoutError:
            self.stats.faults["drop_expired"] += 1  # the client never gave up: the proxy did
        except ConnectionError:
            pass
        finally:
            self.held -= 1

    async def _upstream(self, conn: _Conn, fresh: bool) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if conn.upstream is not None and (fresh or conn.upstream[0].at_eof()):
            conn.upstream[1].transport.abort()
            conn.upstream = None
        if conn.upstream is None:
            try:
                conn.upstream = await asyncio.wait_for(
                    asyncio.open_connection(self.upstream_host, self.upstream_port, limit=_HEAD_LIMIT),
                    self.connect_timeout_s,
                )
            except (OSError, TimeoutError):
                # The homeserver is not there: the client sees its connection cut, as it would
                # see a refused one without the proxy.
                self.stats.upstream_errors += 1
                _reset(conn.client)
                raise _Cut from None
        return conn.upstream

    async def _forward(self, conn: _Conn, request: _Request) -> tuple[bytes, int, bytes, bool]:
        reused = conn.upstream is not None
        for attempt in range(2):
            ureader, uwriter = await self._upstream(conn, fresh=attempt > 0)
            try:
                uwriter.write(request.head + request.body)
                await asyncio.wait_for(uwriter.drain(), self.io_timeout_s)
                head = await asyncio.wait_for(ureader.readuntil(b"\r\n\r\n"), self.io_timeout_s)
                while head[9:10] == b"1":  # 1xx interim replies go straight through
                    conn.client.write(head)
                    head = await asyncio.wait_for(ureader.readuntil(b"\r\n\r\n"), self.io_timeout_s)
            except asyncio.IncompleteReadError as e:
                if attempt == 0 and reused and not e.partial:
                    continue  # a kept-alive upstream connection closed under us: one fresh try
                self.stats.upstream_errors += 1
                _reset(conn.client)
                raise _Cut from None
            except (OSError, TimeoutError):
                self.stats.upstream_errors += 1
                _reset(conn.client)
                raise _Cut from None
            line, headers = _headers(head)
            status = int(line.split(" ", 2)[1])
            no_body = request.method == "HEAD" or status in (204, 304)
            try:
                body = b"" if no_body else await asyncio.wait_for(
                    _read_body(ureader, headers, until_eof=True), self.io_timeout_s
                )
            except (OSError, TimeoutError, asyncio.IncompleteReadError):
                self.stats.upstream_errors += 1
                _reset(conn.client)
                raise _Cut from None
            framed = "content-length" in headers or "chunked" in headers.get("transfer-encoding", "")
            return head, status, body, _wants_close(line, headers) or not (framed or no_body)
        raise _Cut


# --- the proxy as a separate process, driven over stdin/stdout ---------------------------------
async def _serve_commands(proxy: Proxy) -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    out = sys.stdout
    out.write(json.dumps({"url": proxy.url, "port": proxy.port, "pid": os.getpid()}) + "\n")
    out.flush()
    while True:
        line = await reader.readline()
        if not line:
            return  # the controller is gone: so is the proxy
        command = json.loads(line)
        op = command.get("op")
        reply: dict[str, Any] = {"ok": True}
        if op == "faults":
            proxy.set_faults(Faults.from_json(command.get("faults", {})))
        elif op == "down":
            await proxy.set_down(bool(command.get("value")))
        elif op == "stats":
            reply["stats"] = proxy.snapshot()
            if command.get("reset"):
                proxy.reset_stats()
        elif op == "stop":
            out.write(json.dumps(reply) + "\n")
            out.flush()
            return
        else:
            reply = {"ok": False, "error": f"unknown op {op!r}"}
        out.write(json.dumps(reply) + "\n")
        out.flush()


async def _main(args: argparse.Namespace) -> None:
    proxy = Proxy(args.upstream, seed=args.seed, port=args.port)
    await proxy.start()
    try:
        if args.lifetime:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_serve_commands(proxy), args.lifetime)
        else:
            await _serve_commands(proxy)
    finally:
        await proxy.close()


class ProxyProcess:
    """`Proxy` in its own process; the same controls, awaited."""

    def __init__(self, upstream: str, *, seed: int = 0, lifetime_s: float | None = None,
                 log_file: Path | None = None) -> None:
        self.upstream, self.seed, self.lifetime_s, self.log_file = upstream, seed, lifetime_s, log_file
        self.proc: asyncio.subprocess.Process | None = None
        self.url = ""
        self.pid = 0
        self._lock = asyncio.Lock()

    async def start(self, timeout: float = 30.0) -> ProxyProcess:
        argv = [sys.executable, "-m", "tests.harness.proxy", "--upstream", self.upstream, "--seed", str(self.seed)]
        if self.lifetime_s:
            argv += ["--lifetime", str(self.lifetime_s)]
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        stderr = self.log_file.open("ab") if self.log_file else asyncio.subprocess.DEVNULL
        self.proc = await asyncio.create_subprocess_exec(
            *argv, cwd=str(ROOT), env=env, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=stderr,
        )
        assert self.proc.stdout is not None
        hello = json.loads(await asyncio.wait_for(self.proc.stdout.readline(), timeout))
        self.url, self.pid = hello["url"], hello["pid"]
        return self

    async def _call(self, op: str, **args: Any) -> dict[str, Any]:
        assert self.proc is not None and self.proc.stdin is not None and self.proc.stdout is not None
        async with self._lock:
            self.proc.stdin.write((json.dumps({"op": op, **args}) + "\n").encode())
            await self.proc.stdin.drain()
            line = await asyncio.wait_for(self.proc.stdout.readline(), 30)
        if not line:
            raise RuntimeError("the proxy process ended")
        reply: dict[str, Any] = json.loads(line)
        if not reply.get("ok"):
            raise RuntimeError(reply.get("error", "proxy command failed"))
        return reply

    async def set_faults(self, faults: Faults) -> None:
        await self._call("faults", faults=faults.to_json())

    async def set_down(self, down: bool) -> None:
        await self._call("down", value=down)

    async def stats(self, reset: bool = False) -> dict[str, Any]:
        return dict((await self._call("stats", reset=reset))["stats"])

    async def close(self) -> None:
        if self.proc is None or self.proc.returncode is not None:
            return
        with contextlib.suppress(Exception):
            await self._call("stop")
        try:
            await asyncio.wait_for(self.proc.wait(), 10)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", required=True, help="http://host:port of the homeserver")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--lifetime", type=float, default=None, help="exit after this many seconds")
    asyncio.run(_main(parser.parse_args()))


if __name__ == "__main__":
    main()
