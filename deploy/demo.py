"""`make demo`: a local Synapse, three accounts, an encrypted mentor room, and the bot.

The mentor account creates the mentor room (so it is a member from the start) and invites the
bot; `continuum chat --as mentor` then finds both in demo-data/ (accounts.json, mentor_room).

Everything lives in ./demo-data (git-ignored) and is kept between runs. The passwords printed
here are for a throwaway local server only.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

from tests.harness.synapse import SERVER_NAME, Synapse

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo-data"
ACCOUNTS = ("continuum", "mentor", "activist")


def _api(url: str, path: str, body: dict[str, Any] | None = None, token: str | None = None) -> dict[str, Any]:
    req = urllib.request.Request(
        url + path,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})},
        method="GET" if body is None else "POST",
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        result: dict[str, Any] = json.load(r)
        return result


def _accounts(hs: Synapse) -> dict[str, Any]:
    path = DEMO / "accounts.json"
    if path.exists():
        saved: dict[str, Any] = json.loads(path.read_text())
        return saved
    accounts: dict[str, Any] = {}
    for name in ACCOUNTS:
        password = secrets.token_urlsafe(9)
        accounts[name] = {"user_id": hs.register(name, password), "password": password}
    path.write_text(json.dumps(accounts, indent=2))
    os.chmod(path, 0o600)
    return accounts


def _mentor_room(hs: Synapse, accounts: dict[str, Any]) -> str:
    path = DEMO / "mentor_room"
    if path.exists():
        return path.read_text().strip()
    mentor = accounts["mentor"]
    login = _api(hs.url, "/_matrix/client/v3/login", {
        "type": "m.login.password",
        "identifier": {"type": "m.id.user", "user": mentor["user_id"]},
        "password": mentor["password"],
        "initial_device_display_name": "demo setup",
    })
    room = _api(hs.url, "/_matrix/client/v3/createRoom", {
        "name": "Mentors",
        "preset": "private_chat",
        "invite": [accounts["continuum"]["user_id"]],
        # The bot needs a moderator's level to mention @room for urgent cases. (Room version 12
        # lists no creator in the power levels, so only the bot is named here.)
        "power_level_content_override": {"users": {accounts["continuum"]["user_id"]: 50}},
        "initial_state": [
            {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "m.megolm.v1.aes-sha2"}}
        ],
    }, token=login["access_token"])
    _api(hs.url, "/_matrix/client/v3/logout", {}, token=login["access_token"])
    path.write_text(room["room_id"])
    return str(room["room_id"])


def _config(hs: Synapse, accounts: dict[str, Any], mentor_room: str) -> Path:
    bot = accounts["continuum"]
    password_file = DEMO / "bot.password"
    password_file.write_text(bot["password"])
    os.chmod(password_file, 0o600)
    key_file = DEMO / "data.key"
    if not key_file.exists():
        subprocess.run([sys.executable, "-m", "bot", "keygen"], check=True, stdout=key_file.open("w"))
        os.chmod(key_file, 0o600)
    config = DEMO / "continuum.toml"
    config.write_text(
        "# Written by `make demo`; see deploy/continuum.example.toml for every setting.\n"
        f'homeserver = "{hs.url}"\n'
        f'user_id = "{bot["user_id"]}"\n'
        f'password_file = "{password_file}"\n'
        f'data_dir = "{DEMO / "bot"}"\n'
        f'data_key_file = "{key_file}"\n'
        f'mentor_room = "{mentor_room}"\n'
        f'admins = ["{accounts["mentor"]["user_id"]}"]\n'
        f'flows_dir = "{ROOT / "flows"}"\n'
        f'locales_dir = "{ROOT / "locales"}"\n'
    )
    return config


def main() -> int:
    DEMO.mkdir(exist_ok=True)
    hs = Synapse.prepare(DEMO / "synapse")
    hs.start()
    try:
        accounts = _accounts(hs)
        mentor_room = _mentor_room(hs, accounts)
        config = _config(hs, accounts, mentor_room)
        print(
            f"""
  Continuum demo is up.  Homeserver: {hs.url}   (server name {SERVER_NAME})

  In Element (desktop, or a locally served Element Web), choose "Sign in" → "Edit" homeserver
  → {hs.url}, then sign in as:
      activist  {accounts['activist']['user_id']}   password {accounts['activist']['password']}
      mentor    {accounts['mentor']['user_id']}   password {accounts['mentor']['password']}
  As the activist, start a direct chat with {accounts['continuum']['user_id']}.
  As the mentor, open the "Mentors" room (the demo mentor created it and invited the bot).

  No Element at hand?  In another terminal:   make chat        (the activist)
                       and in a third one:     .venv/bin/continuum chat --as mentor
  (the mentor, in the mentor room: case cards, their threads, /reply, /claim, !commands)

  The bot runs below (Ctrl-C stops it and the homeserver; data stays in demo-data/).
""",
            flush=True,
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONTINUUM_")}
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(config)], env=env)
        try:
            return bot.wait()
        except KeyboardInterrupt:
            bot.terminate()
            return bot.wait()
    finally:
        hs.stop()


if __name__ == "__main__":
    sys.exit(main())
