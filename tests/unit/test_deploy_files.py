"""Structural lint of deploy/: the systemd unit, the Dockerfile and the compose stack.

No Docker engine or hadolint here, so the checks are written out: each `lint_*` function returns
the problems it finds, the real files must have none, and a deliberately weakened copy of each
must be caught (so these tests can fail). Where `systemd-analyze` exists, the unit is verified
by systemd itself too.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import build_parser
from bot.platform.config import Settings

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "systemd" / "continuum.service"
DOCKERFILE = ROOT / "deploy" / "docker" / "Dockerfile"
COMPOSE = ROOT / "deploy" / "docker" / "compose.yaml"
HOMESERVER = ROOT / "deploy" / "docker" / "synapse" / "homeserver.yaml"
DOCKERIGNORE = ROOT / "deploy" / "docker" / "Dockerfile.dockerignore"

SECRET_WORDS = re.compile(r"PASSWORD|SECRET|TOKEN|(^|_)KEY($|_)|PASSFILE", re.IGNORECASE)


def env_name_is_a_setting(name: str) -> bool:
    """CONTINUUM_X or CONTINUUM_SECTION__X must name a real setting (a typo would be ignored)."""
    if not name.startswith("CONTINUUM_"):
        return True
    parts = name.removeprefix("CONTINUUM_").lower().split("__")
    fields: dict[str, Any] = dict(Settings.model_fields)
    for i, part in enumerate(parts):
        if part not in fields:
            return False
        if i < len(parts) - 1:
            annotation = fields[part].annotation
            fields = dict(getattr(annotation, "model_fields", {}))
    return True


# --- systemd -------------------------------------------------------------------------------
def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """A unit file as {section: {key: [values...]}}; systemd allows repeated keys."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    pending = ""
    for raw in text.splitlines():
        line = pending + raw.strip()
        pending = ""
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"directive outside a section: {line}"
        key, sep, value = line.partition("=")
        assert sep, f"not a directive: {line}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


REQUIRED_SERVICE = {
    "User": "continuum",
    "StateDirectory": "continuum",
    "ConfigurationDirectory": "continuum",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "PrivateDevices": "yes",
    "NoNewPrivileges": "yes",
    "CapabilityBoundingSet": "",
    "AmbientCapabilities": "",
    "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
    "MemoryDenyWriteExecute": "yes",
    "LockPersonality": "yes",
    "RestrictNamespaces": "yes",
    "UMask": "0077",
    "Restart": "on-failure",
    "KillSignal": "SIGTERM",
    "SystemCallArchitectures": "native",
}


def lint_unit(text: str) -> list[str]:
    problems: list[str] = []
    unit = parse_unit(text)
    service = unit.get("Service", {})
    u = unit.get("Unit", {})

    def last(key: str, where: dict[str, list[str]] = service) -> str | None:
        values = where.get(key)
        return values[-1] if values else None

    for key, expected in REQUIRED_SERVICE.items():
        if last(key) != expected:
            problems.append(f"{key}= should be {expected!r}, is {last(key)!r}")
    if "@system-service" not in service.get("SystemCallFilter", []):
        problems.append("SystemCallFilter=@system-service is missing")
    if last("DynamicUser") == "yes":
        problems.append("DynamicUser=yes: backups run as the static user (see the unit's comment)")
    for key in ("RestartSec", "TimeoutStopSec"):
        if not last(key):
            problems.append(f"{key}= is missing")
    if not (last("StartLimitIntervalSec", u) and last("StartLimitBurst", u)):
        problems.append("no start limit in [Unit] (StartLimitIntervalSec=, StartLimitBurst=)")
    if "HUP" not in (last("ExecReload") or "") or "$MAINPID" not in (last("ExecReload") or ""):
        problems.append("ExecReload= must send SIGHUP to $MAINPID (the bot reloads flows on SIGHUP)")
    creds = {v.split(":", 1)[0] for v in service.get("LoadCredential", [])}
    if not {"password", "data.key"} <= creds:
        problems.append(f"LoadCredential= must provide password and data.key, provides {sorted(creds)}")
    env = dict(v.split("=", 1) for v in service.get("Environment", []))
    if env.get("CONTINUUM_PASSWORD_FILE") != "%d/password":
        problems.append("CONTINUUM_PASSWORD_FILE must be %d/password (the credential)")
    if env.get("CONTINUUM_DATA_KEY_FILE") != "%d/data.key":
        problems.append("CONTINUUM_DATA_KEY_FILE must be %d/data.key (the credential)")
    for name, value in env.items():
        if SECRET_WORDS.search(name) and not (name.endswith("_FILE") and value.startswith("%d/")):
            problems.append(f"Environment={name}=... puts a secret in the unit; use LoadCredential=")
        if not env_name_is_a_setting(name):
            problems.append(f"Environment={name}: no such setting")
    exec_start = last("ExecStart") or ""
    argv = shlex.split(exec_start)
    if not argv or not argv[0].endswith("/continuum") or argv[1:2] != ["run"]:
        problems.append("ExecStart= must run `continuum run`")
    if any(SECRET_WORDS.search(arg) for arg in argv) or "=" in " ".join(argv[2:]).replace("--config", ""):
        problems.append("ExecStart= carries something secret-looking on the command line")
    if any(k in service for k in ("PassEnvironment", "EnvironmentFile")):
        problems.append("PassEnvironment=/EnvironmentFile= would let secrets in around LoadCredential=")
    return problems


def test_the_unit_passes_its_lint() -> None:
    assert lint_unit(UNIT.read_text()) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("ProtectSystem=strict", "ProtectSystem=full"), "ProtectSystem"),
        (("NoNewPrivileges=yes\n", ""), "NoNewPrivileges"),
        (("CapabilityBoundingSet=\n", "CapabilityBoundingSet=CAP_NET_ADMIN\n"), "CapabilityBoundingSet"),
        (("LoadCredential=data.key:/etc/continuum/data.key\n", ""), "LoadCredential"),
        (("Environment=CONTINUUM_DATA_KEY_FILE=%d/data.key", "Environment=CONTINUUM_DATA_KEY=c2VjcmV0"),
         "secret"),
        (("--config /etc/continuum/continuum.toml", "--config /etc/c.toml --password hunter2"), "command line"),
        (("ExecReload=/bin/kill -HUP $MAINPID", "ExecReload=/bin/true"), "SIGHUP"),
        (("Environment=CONTINUUM_DATA_DIR=%S/continuum", "Environment=CONTINUUM_DATADIR=%S/continuum"),
         "no such setting"),
        (("StartLimitBurst=5\n", ""), "start limit"),
    ],
)
def test_the_unit_lint_catches_a_weakened_unit(change: tuple[str, str], expected: str) -> None:
    text = UNIT.read_text()
    assert change[0] in text
    problems = lint_unit(text.replace(change[0], change[1], 1))
    assert any(expected in p for p in problems), problems


def test_the_unit_runs_a_command_the_cli_knows() -> None:
    argv = shlex.split(parse_unit(UNIT.read_text())["Service"]["ExecStart"][-1])
    args = build_parser().parse_args(argv[1:])
    assert args.command == "run" and args.config == "/etc/continuum/continuum.toml"


def _verifiable_copy(tmp_path: Path, text: str) -> Path:
    # verify checks that ExecStart's binary exists; point it at a stand-in.
    stand_in = tmp_path / "continuum"
    stand_in.write_text("#!/bin/sh\n")
    stand_in.chmod(0o755)
    unit = tmp_path / "continuum.service"
    unit.write_text(text.replace("/opt/continuum/venv/bin/continuum", str(stand_in)))
    return unit


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verify_accepts_the_unit(tmp_path: Path) -> None:
    unit = _verifiable_copy(tmp_path, UNIT.read_text())
    result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr
    # verify only warns about a bad value; make sure such warnings would be seen.
    bad = _verifiable_copy(tmp_path, UNIT.read_text().replace("ProtectSystem=strict", "ProtectSystem=strikt"))
    result = subprocess.run(["systemd-analyze", "verify", str(bad)], capture_output=True, text=True, timeout=60)
    assert "strikt" in result.stderr


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_rates_the_sandbox_well(tmp_path: Path) -> None:
    unit = _verifiable_copy(tmp_path, UNIT.read_text())
    result = subprocess.run(["systemd-analyze", "security", "--offline=true", "--no-pager", str(unit)],
                            capture_output=True, text=True, timeout=60)
    found = re.search(r"Overall exposure level for \S+: ([0-9.]+)", result.stdout + result.stderr)
    if found is None:
        pytest.skip("this systemd-analyze cannot rate a unit offline")
    assert float(found.group(1)) <= 2.0, result.stdout


# --- Dockerfile ----------------------------------------------------------------------------
def parse_dockerfile(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped.startswith("#") or (not stripped and not pending):
            continue
        line = pending + stripped
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        pending = ""
        word, _, rest = line.partition(" ")
        instructions.append((word.upper(), rest.strip()))
    return instructions


def image_is_pinned(image: str) -> bool:
    """name:tag with a version number in the tag, or a digest; never latest or untagged."""
    if "@sha256:" in image:
        return True
    name, _, tag = image.rpartition(":")
    if not name or "/" in tag or tag == "latest":
        return False
    return bool(re.search(r"\d+\.\d+", tag))


def lint_dockerfile(text: str) -> list[str]:
    problems: list[str] = []
    instructions = parse_dockerfile(text)
    args = {}
    for word, rest in instructions:
        if word == "ARG" and "=" in rest:
            name, value = rest.split("=", 1)
            args[name] = value
    stages = [i for i, (word, _) in enumerate(instructions) if word == "FROM"]
    if len(stages) < 2:
        problems.append("not multi-stage")
    for i in stages:
        image = instructions[i][1].split()[0]
        image = re.sub(r"\$\{?(\w+)\}?", lambda m: args.get(m.group(1), m.group(0)), image)
        if not image_is_pinned(image):
            problems.append(f"FROM {image}: not pinned to a version")
        if not image.startswith("python:3.11"):
            problems.append(f"FROM {image}: expected python:3.11 (slim)")
    final = instructions[stages[-1]:] if stages else instructions
    words = [w for w, _ in final]
    users = [rest for w, rest in final if w == "USER"]
    if not users or users[-1].split(":")[0] in ("root", "0"):
        problems.append("the final stage does not switch to a non-root USER")
    healthchecks = [rest for w, rest in final if w == "HEALTHCHECK"]
    if not healthchecks or not re.search(r"/(readyz|healthz)", healthchecks[-1]):
        problems.append("no HEALTHCHECK against /readyz or /healthz")
    entry = [rest for w, rest in final if w == "ENTRYPOINT"]
    if entry[-1:] != ['["continuum", "run"]']:
        problems.append(f'ENTRYPOINT should be ["continuum", "run"], is {entry[-1:]}')
    if not any(w == "VOLUME" and "/data" in rest for w, rest in final):
        problems.append("no VOLUME for /data")
    if "COPY" not in words or not any(w == "COPY" and "--from=" in rest for w, rest in final):
        problems.append("the final stage does not copy the built venv from the build stage")
    installs = [rest for w, rest in instructions if w == "RUN" and "pip install" in rest]
    if not installs or not all("-c requirements.lock" in r for r in installs):
        problems.append("pip install without -c requirements.lock")
    if any(re.search(r"\[dev\]|synapse|pytest", r) for r in installs):
        problems.append("the image installs dev tools (the dev extra, synapse or pytest)")
    if not any(w == "COPY" and "requirements.lock" in rest for w, rest in instructions):
        problems.append("requirements.lock is not copied in")
    env_text = " ".join(rest for w, rest in instructions if w in ("ENV", "ARG"))
    for name in re.findall(r"(\w+)=", env_text):
        if SECRET_WORDS.search(name) and not name.endswith("_FILE"):
            problems.append(f"{name} set in the image: secrets never go into an image")
        if not env_name_is_a_setting(name):
            problems.append(f"ENV {name}: no such setting")
    port = re.search(r"CONTINUUM_METRICS__PORT=(\d+)", env_text)
    if port is None or (healthchecks and port.group(1) not in healthchecks[-1]
                        and "CONTINUUM_METRICS__PORT" not in healthchecks[-1]):
        problems.append("the HEALTHCHECK does not use the metrics port the image sets")
    return problems


def test_the_dockerfile_passes_its_lint() -> None:
    assert lint_dockerfile(DOCKERFILE.read_text()) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("USER 10001:10001", "USER root"), "non-root"),
        (("USER 10001:10001\n", ""), "non-root"),
        (("ARG PYTHON_IMAGE=python:3.11.13-slim-bookworm", "ARG PYTHON_IMAGE=python:latest"), "pinned"),
        (("ARG PYTHON_IMAGE=python:3.11.13-slim-bookworm", "ARG PYTHON_IMAGE=python"), "pinned"),
        (("HEALTHCHECK", "# HEALTHCHECK"), "HEALTHCHECK"),
        (("-c requirements.lock .", "-c requirements.lock '.[dev]'"), "dev tools"),
        (("pip install -c requirements.lock", "pip install"), "requirements.lock"),
        (('ENTRYPOINT ["continuum", "run"]', 'ENTRYPOINT ["sh"]'), "ENTRYPOINT"),
        (("CONTINUUM_DATA_DIR=/data", "CONTINUUM_DATA_DIR=/data CONTINUUM_PASSWORD=hunter2"), "secrets never"),
    ],
)
def test_the_dockerfile_lint_catches_a_weakened_dockerfile(change: tuple[str, str], expected: str) -> None:
    text = DOCKERFILE.read_text()
    assert change[0] in text
    problems = lint_dockerfile(text.replace(change[0], change[1]))
    assert any(expected in p for p in problems), problems


def test_the_image_runs_a_command_the_cli_knows() -> None:
    assert build_parser().parse_args(["run"]).command == "run"


def test_the_build_context_sends_only_what_the_image_needs() -> None:
    lines = [x.strip() for x in DOCKERIGNORE.read_text().splitlines() if x.strip() and not x.startswith("#")]
    assert lines[0] == "*", "ignore everything, then allow what the Dockerfile copies"
    allowed = {x[1:].rstrip("/") for x in lines if x.startswith("!")}
    copied = set()
    for word, rest in parse_dockerfile(DOCKERFILE.read_text()):
        if word == "COPY" and "--from=" not in rest:
            copied.update(rest.split()[:-1])
    assert copied <= allowed, copied - allowed
    assert not {"demo-data", ".venv", ".git"} & allowed
    for path in copied:
        assert (ROOT / path).exists(), f"the Dockerfile copies {path}, which does not exist"


# --- compose -------------------------------------------------------------------------------
def lint_compose(doc: dict[str, Any], base: Path) -> list[str]:
    problems: list[str] = []
    services: dict[str, Any] = doc.get("services", {})
    declared_secrets: dict[str, Any] = doc.get("secrets", {})
    networks: dict[str, Any] = doc.get("networks", {})
    for name in ("postgres", "synapse", "continuum"):
        if name not in services:
            problems.append(f"no {name} service")
    for name, svc in services.items():
        image = svc.get("image")
        if image and "build" not in svc and not image_is_pinned(image):
            problems.append(f"{name}: image {image} is not pinned to a version")
        env = svc.get("environment", {})
        if isinstance(env, list):
            env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
        mounted = set(svc.get("secrets", []))
        for key, value in env.items():
            if SECRET_WORDS.search(key) and not key.endswith("_FILE"):
                problems.append(f"{name}: {key} puts a secret in the environment; use a *_FILE and secrets:")
            if key.endswith("_FILE"):
                secret = str(value).removeprefix("/run/secrets/")
                if not str(value).startswith("/run/secrets/") or secret not in mounted:
                    problems.append(f"{name}: {key} does not name a secret mounted into the service")
            if not env_name_is_a_setting(key):
                problems.append(f"{name}: {key} is not a Continuum setting")
        for secret in mounted:
            spec = declared_secrets.get(secret)
            if not spec or not str(spec.get("file", "")).startswith("./secrets/"):
                problems.append(f"{name}: secret {secret} is not declared as a file under ./secrets/")
        if name != "synapse-init" and "healthcheck" not in svc:
            problems.append(f"{name}: no healthcheck")
        for port in svc.get("ports", []):
            if not str(port).startswith("127.0.0.1:"):
                problems.append(f"{name}: port {port} is published beyond loopback")
        if svc.get("privileged"):
            problems.append(f"{name}: privileged")
        if name != "synapse-init" and "no-new-privileges:true" not in svc.get("security_opt", []):
            problems.append(f"{name}: no-new-privileges is not set")
    bot = services.get("continuum", {})
    build = bot.get("build", {})
    if not isinstance(build, dict) or not (base / build.get("context", "") / build.get("dockerfile", "")).is_file():
        problems.append("continuum: build does not point at the Dockerfile")
    if bot.get("read_only") is not True or "ALL" not in bot.get("cap_drop", []):
        problems.append("continuum: not read_only with all capabilities dropped")
    if not any(str(v).split(":")[1:2] == ["/data"] for v in bot.get("volumes", [])):
        problems.append("continuum: /data is not on a volume")
    for net in bot.get("networks", []):
        if not networks.get(net, {}).get("internal"):
            problems.append(f"continuum: network {net} is not internal (the bot needs only its homeserver)")
    for net in services.get("postgres", {}).get("networks", []):
        if not networks.get(net, {}).get("internal"):
            problems.append(f"postgres: network {net} is not internal")
    return problems


def test_compose_passes_its_lint() -> None:
    doc = yaml.safe_load(COMPOSE.read_text())
    assert lint_compose(doc, COMPOSE.parent) == []


def _weaken(doc: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    import copy

    weak = copy.deepcopy(doc)
    *parents, leaf = path.split(".")
    target = weak
    for p in parents:
        target = target[p]
    if value is None:
        del target[leaf]
    else:
        target[leaf] = value
    return weak


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("services.postgres.image", "postgres:latest", "not pinned"),
        ("services.synapse.image", "matrixdotorg/synapse", "not pinned"),
        ("services.continuum.environment.CONTINUUM_PASSWORD", "hunter2", "secret in the environment"),
        ("services.postgres.environment.POSTGRES_PASSWORD", "hunter2", "secret in the environment"),
        ("services.continuum.environment.CONTINUUM_DATA_KEY_FILE", "/etc/key", "does not name a secret"),
        ("services.continuum.environment.CONTINUUM_MENTORROOM", "!x:y", "not a Continuum setting"),
        ("services.continuum.healthcheck", None, "no healthcheck"),
        ("services.synapse.ports", ["8008:8008"], "beyond loopback"),
        ("services.continuum.read_only", None, "read_only"),
        ("networks.matrix.internal", False, "not internal"),
        ("secrets.continuum_data_key.file", "/etc/continuum/data.key", "not declared"),
    ],
)
def test_the_compose_lint_catches_a_weakened_stack(path: str, value: Any, expected: str) -> None:
    doc = yaml.safe_load(COMPOSE.read_text())
    problems = lint_compose(_weaken(doc, path, value), COMPOSE.parent)
    assert any(expected in p for p in problems), problems


def test_the_synapse_config_holds_no_secret_and_reads_the_mounted_ones() -> None:
    config = yaml.safe_load(HOMESERVER.read_text())
    for inline in ("registration_shared_secret", "macaroon_secret_key", "form_secret"):
        assert inline not in config, f"{inline} inline; use {inline}_path"
    assert "password" not in config["database"]["args"]
    compose = yaml.safe_load(COMPOSE.read_text())
    mounted = set(compose["services"]["synapse"]["secrets"])
    paths = [v for k, v in config.items() if k.endswith("_path") and str(v).startswith("/run/secrets/")]
    paths.append(config["database"]["args"]["passfile"])
    assert {p.removeprefix("/run/secrets/") for p in paths} == mounted
    assert config["enable_registration"] is False
    assert "/config:ro" in " ".join(compose["services"]["synapse"]["volumes"])


def test_synapse_itself_accepts_the_config(tmp_path: Path) -> None:
    pytest.importorskip("synapse")
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    for name in ("synapse_pgpass", "synapse_registration_secret", "synapse_macaroon_secret", "synapse_form_secret"):
        (secrets / name).write_text("s3cret\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "config").mkdir()
    text = HOMESERVER.read_text().replace("/run/secrets/", f"{secrets}/")
    text = text.replace("/data/", f"{tmp_path}/data/").replace("/config/", f"{tmp_path}/config/")
    (tmp_path / "config" / "homeserver.yaml").write_text(text)
    shutil.copy(HOMESERVER.parent / "log.yaml", tmp_path / "config" / "log.yaml")
    # In a subprocess: Synapse's config loading touches global state this test run should not share.
    code = (
        "import sys\n"
        "from synapse.config.homeserver import HomeServerConfig\n"
        "c = HomeServerConfig.load_or_generate_config('check', ['-c', sys.argv[1]])\n"
        "assert c.database.databases[0].config['name'] == 'psycopg2'\n"
        "assert c.registration.registration_shared_secret == 's3cret'\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "config" / "homeserver.yaml")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip().endswith("ok"), result.stderr[-2000:]


def test_make_secrets_writes_every_secret_compose_mounts() -> None:
    script = (COMPOSE.parent / "make-secrets.sh").read_text()
    declared = yaml.safe_load(COMPOSE.read_text())["secrets"]
    for name in declared:
        assert re.search(rf"^secret {name} ", script, re.MULTILINE), f"make-secrets.sh does not make {name}"
    assert "set -eu" in script and "umask 077" in script
