"""Run a real Synapse from the installed `matrix-synapse` package, for tests and the demo.

The server listens on a free loopback port, keeps its SQLite database and media in one
directory, lets accounts be created by shared secret, and has its rate limits lifted so that
tests measure our code, not Synapse's throttling. It is stopped by PID.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

SERVER_NAME = "continuum.test"

_LIFTED = {"per_second": 10000, "burst_count": 100000}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _config(base: Path, port: int, secret: str) -> str:
    limits = json.dumps(_LIFTED)
    return f"""
server_name: "{SERVER_NAME}"
public_baseurl: "http://127.0.0.1:{port}/"
pid_file: "{base}/homeserver.pid"
listeners:
  - port: {port}
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: "{base}/homeserver.db"
log_config: "{base}/log.yaml"
media_store_path: "{base}/media"
signing_key_path: "{base}/signing.key"
registration_shared_secret: "{secret}"
macaroon_secret_key: "{secrets.token_hex(16)}"
form_secret: "{secrets.token_hex(16)}"
report_stats: false
enable_registration: false
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
url_preview_enabled: false
presence:
  enabled: false
enable_metrics: false
bcrypt_rounds: 4                  # a throwaway server: logins in milliseconds, not a quarter second
max_upload_size: 50M
rc_message: {limits}
rc_registration: {limits}
rc_room_creation: {limits}
rc_joins:
  local: {limits}
  remote: {limits}
rc_joins_per_room: {limits}
rc_invites:
  per_room: {limits}
  per_user: {limits}
  per_issuer: {limits}
rc_login:
  address: {limits}
  account: {limits}
  failed_attempts: {limits}
rc_admin_redaction: {limits}
rc_3pid_validation: {limits}
rc_key_requests: {limits}
rc_media_create: {limits}
rc_presence:
  per_user: {limits}
rc_delayed_event_mgmt: {limits}
rc_reports: {limits}
"""


def _log_config(base: Path) -> str:
    return f"""
version: 1
formatters:
  precise:
    format: '%(asctime)s %(name)s %(levelname)s %(message)s'
handlers:
  file:
    class: logging.FileHandler
    filename: "{base}/homeserver.log"
    formatter: precise
root:
  level: WARNING
  handlers: [file]
disable_existing_loggers: false
"""


@dataclass
class Synapse:
    """A running Synapse. `url` is its client-server base URL."""

    base: Path
    port: int
    secret: str
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @classmethod
    def prepare(cls, base: Path, port: int | None = None) -> Synapse:
        """Write the config into `base` (kept if it already exists, so a demo keeps its data)."""
        base.mkdir(parents=True, exist_ok=True)
        state = base / "harness.json"
        if state.exists():
            saved = json.loads(state.read_text())
            port = port or int(saved["port"])
            secret = str(saved["secret"])
        else:
            port = port or free_port()
            secret = secrets.token_hex(24)
        (base / "homeserver.yaml").write_text(_config(base, port, secret))
        (base / "log.yaml").write_text(_log_config(base))
        state.write_text(json.dumps({"port": port, "secret": secret}))
        os.chmod(state, 0o600)
        return cls(base=base, port=port, secret=secret)

    def start(self, timeout: float = 120.0) -> None:
        cfg = str(self.base / "homeserver.yaml")
        subprocess.run(
            [sys.executable, "-m", "synapse.app.homeserver", "-c", cfg, "--generate-keys"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        out = open(self.base / "stdout.log", "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver", "-c", cfg],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = (self.base / "stdout.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"Synapse exited with {self.process.returncode}:\n{tail}")
            try:
                with urllib.request.urlopen(f"{self.url}/_matrix/client/versions", timeout=2):
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                # Polling a port until it answers: there is no event to await across processes.
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Synapse did not answer on {self.url} within {timeout}s")

    def stop(self) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process = None

    def register(self, localpart: str, password: str, admin: bool = False) -> str:
        """Create an account by shared secret; returns the Matrix user id. Idempotent."""
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        with urllib.request.urlopen(endpoint, timeout=10) as r:
            nonce = json.load(r)["nonce"]
        parts = (nonce, localpart, password, "admin" if admin else "notadmin")
        mac = hmac.new(self.secret.encode(), "\x00".join(parts).encode(), hashlib.sha1)
        body = {
            "nonce": nonce,
            "username": localpart,
            "password": password,
            "admin": admin,
            "mac": mac.hexdigest(),
        }
        req = urllib.request.Request(
            endpoint, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(req, timeout=10):
                pass
        except urllib.error.HTTPError as e:
            payload = json.loads(e.read() or b"{}")
            if payload.get("errcode") != "M_USER_IN_USE":
                raise
        return f"@{localpart}:{SERVER_NAME}"


def main() -> None:
    """`python -m tests.harness.synapse DIR` starts a server for hand testing until Ctrl-C."""
    base = Path(sys.argv[1] if len(sys.argv) > 1 else "demo-data/synapse").resolve()
    hs = Synapse.prepare(base)
    hs.start()
    print(json.dumps({"url": hs.url, "secret_file": str(base / "harness.json")}), flush=True)
    try:
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
    finally:
        hs.stop()


if __name__ == "__main__":
    main()
