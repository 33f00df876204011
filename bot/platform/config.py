"""Typed configuration: one TOML file, every setting overridable from the environment.

Secrets (password, access token, keys) come from the environment or from files, never from the
command line, where any local user could read them in the process list.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Mapping
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict
from pydantic_settings.exceptions import SettingsError

ENV_PREFIX = "CONTINUUM_"
_USER_ID = re.compile(r"^@[a-z0-9._=\-/+]+:[A-Za-z0-9.\-]+(:\d+)?$")
# Room ids are `!opaque:server`, or just `!opaque` from room version 12 on; aliases keep a server.
_ROOM = re.compile(r"^(![^:\s]+|[!#][^:\s]+:[A-Za-z0-9.\-]+(:\d+)?)$")


class ConfigError(Exception):
    """The configuration is unusable; `problems` lists each setting and what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Retention(_Section):
    """How long each kind of data is kept, in days (0 = purge at the next run)."""

    answers_days: int = Field(90, ge=0)
    closed_cases_days: int = Field(180, ge=0)
    attachments_days: int = Field(30, ge=0)
    processed_events_days: int = Field(30, ge=0)


class FollowupSettings(_Section):
    quiet_start: time = time(22, 0)
    quiet_end: time = time(8, 0)
    default_timezone: str = "UTC"


Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class RotaEntry(_Section):
    """One mentor on call at fixed hours: `weekdays` from `start` to `end` in time zone `zone`.

    An `end` at or before `start` runs past midnight into the next day (22:00–06:00); `start` equal
    to `end` (the default 00:00–00:00) is the whole day."""

    user: str
    weekdays: list[Weekday] = Field(default_factory=lambda: list(WEEKDAYS))
    start: time = time(0, 0)
    end: time = time(0, 0)
    zone: str = "UTC"

    @field_validator("user")
    @classmethod
    def _check_user(cls, value: str) -> str:
        if not _USER_ID.match(value):
            raise ValueError("must be a full Matrix id such as @mentor:example.org")
        return value

    @field_validator("zone")
    @classmethod
    def _check_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (an IANA name such as Europe/Berlin)") from None
        return value


class MentorSettings(_Section):
    """Cases for the mentors: re-pings in the room, the on-call ladder. Times in minutes."""

    # Unclaimed urgent cases: an @room ping every `urgent_reping_minutes`, at most
    # `urgent_reping_count` times, then one "still unclaimed" summary; `high` cases likewise every
    # `high_reping_minutes`.
    urgent_reping_minutes: int = Field(15, ge=1)
    urgent_reping_count: int = Field(3, ge=0, le=100)
    high_reping_minutes: int = Field(60, ge=1)
    # The ladder of an unclaimed urgent case: a direct message to the mentors on call after
    # `oncall_after_minutes`, then to the leads `leads_after_minutes` later.
    oncall_after_minutes: int = Field(10, ge=1)
    leads_after_minutes: int = Field(20, ge=1)
    leads: Annotated[list[str], NoDecode] = Field(default_factory=list)  # empty: the admins
    rota: list[RotaEntry] = Field(default_factory=list)
    # How many seconds one "minute" of the timers above lasts. 60, except in tests that run the
    # ladder against a real homeserver in seconds (never set it lower in production).
    minute_seconds: int = Field(60, ge=1, le=60)
    reveal_mentor_ids: bool = False
    # How often, at most, the mentors' background task looks at the cases table (re-pings are
    # timed exactly; this bounds how late anything else it does can be).
    check_seconds: int = Field(60, ge=1, le=3600)
    # Who may receive cases: members of the mentor room not listed here get no room keys (no
    # card can be read) and their commands are ignored; the admins are told. Empty: anyone the
    # room admits receives every case (warned at every start).
    members: Annotated[list[str], NoDecode] = Field(default_factory=list)

    @field_validator("members", mode="before")
    @classmethod
    def _split_members(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("members")
    @classmethod
    def _check_members(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not _USER_ID.match(v)]
        if bad:
            raise ValueError(f"not Matrix user ids: {', '.join(bad)} (expected @name:server)")
        return value

    @field_validator("leads", mode="before")
    @classmethod
    def _split_leads(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("leads")
    @classmethod
    def _check_leads(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not _USER_ID.match(v)]
        if bad:
            raise ValueError(f"not Matrix user ids: {', '.join(bad)} (expected @name:server)")
        return value


class MetricsSettings(_Section):
    """Health and Prometheus metrics on loopback; off unless a port is set."""

    host: str = "127.0.0.1"
    port: int | None = Field(None, ge=1, le=65535)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        frozen=True,
    )

    # --- account -------------------------------------------------------------------------
    homeserver: str = Field(description="Base URL of the homeserver, e.g. https://matrix.example.org")
    user_id: str = Field(description="The bot's Matrix id, e.g. @continuum:example.org")
    password: SecretStr | None = None
    password_file: Path | None = None
    access_token: SecretStr | None = None
    access_token_file: Path | None = None
    device_name: str = "Continuum"
    # How long the first connection may take before `continuum run` gives up (0: keep trying).
    startup_timeout_seconds: int = Field(120, ge=0)

    # --- storage -------------------------------------------------------------------------
    data_dir: Path = Path("data")
    data_key: SecretStr | None = Field(None, description="At-rest key (base64); or data_key_file")
    data_key_file: Path | None = None
    # Deprecated: the crypto store's pickle key is derived from the data key. A store pickled under
    # this file's key is moved to the derived key at start (bot/matrix/cryptostore.py), with a warning.
    pickle_key_file: Path | None = None

    # --- people --------------------------------------------------------------------------
    mentor_room: str | None = None
    admins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    allowed_servers: Annotated[list[str], NoDecode] = Field(default_factory=list)
    allowed_users: Annotated[list[str], NoDecode] = Field(default_factory=list)
    trust: Literal["cross-signed", "all"] = "cross-signed"

    # --- conversations -------------------------------------------------------------------
    flows_dir: Path = Path("flows")
    locales_dir: Path = Path("locales")
    default_language: str = "en"
    greeting: bool = True  # say hello once on joining a person's chat (bot-greeting)
    pace_ms: int = Field(400, ge=0, le=10000)
    # A message whose key has not arrived after this long: the person is asked to send it again.
    undecryptable_grace_s: float = Field(30.0, ge=0.5, le=3600)
    flood_messages_per_minute: int = Field(60, ge=1)
    max_text_length: int = Field(4000, ge=1)
    max_attachment_mb: int = Field(20, ge=1, le=100)
    panic_keyword: str | None = None

    retention: Retention = Retention()
    followups: FollowupSettings = FollowupSettings()
    mentors: MentorSettings = MentorSettings()
    metrics: MetricsSettings = MetricsSettings()

    # --- logs ----------------------------------------------------------------------------
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    debug: bool = Field(False, description="Logs real user ids and full tracebacks, which may hold content")

    @field_validator("admins", "allowed_servers", "allowed_users", mode="before")
    @classmethod
    def _split_commas(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("homeserver")
    @classmethod
    def _check_homeserver(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http(s) URL such as https://matrix.example.org")
        return value.rstrip("/")

    @field_validator("user_id")
    @classmethod
    def _check_user_id(cls, value: str) -> str:
        if not _USER_ID.match(value):
            raise ValueError("must be a full Matrix id such as @continuum:example.org")
        return value

    @field_validator("admins", "allowed_users")
    @classmethod
    def _check_user_ids(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not _USER_ID.match(v)]
        if bad:
            raise ValueError(f"not Matrix user ids: {', '.join(bad)} (expected @name:server)")
        return value

    @field_validator("mentor_room")
    @classmethod
    def _check_room(cls, value: str | None) -> str | None:
        if value is not None and not _ROOM.match(value):
            raise ValueError("must be a room id (!abc:server, or !abc in newer rooms) or alias (#mentors:server)")
        return value

    @model_validator(mode="after")
    def _check_secrets(self) -> Settings:
        credentials = [self.password, self.password_file, self.access_token, self.access_token_file]
        if not any(c is not None for c in credentials):
            raise ValueError(
                "no credentials: set CONTINUUM_PASSWORD or CONTINUUM_PASSWORD_FILE "
                "(or CONTINUUM_ACCESS_TOKEN / CONTINUUM_ACCESS_TOKEN_FILE)"
            )
        for name in ("password_file", "access_token_file", "data_key_file", "pickle_key_file"):
            path = getattr(self, name)
            if path is not None and name in ("password_file", "access_token_file") and not path.is_file():
                raise ValueError(f"{name}: no such file: {path}")
        return self

    # --- derived -------------------------------------------------------------------------
    @property
    def leads(self) -> list[str]:
        """Who the on-call ladder reaches last: `mentors.leads`, or the admins when none are set."""
        return list(self.mentors.leads or self.admins)

    @property
    def server_name(self) -> str:
        return self.user_id.split(":", 1)[1]

    def read_password(self) -> str | None:
        if self.password is not None:
            return self.password.get_secret_value()
        if self.password_file is not None:
            return self.password_file.read_text().strip()
        return None

    def read_access_token(self) -> str | None:
        if self.access_token is not None:
            return self.access_token.get_secret_value()
        if self.access_token_file is not None:
            return self.access_token_file.read_text().strip()
        return None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment overrides the file, which is passed in as init values.
        return (env_settings, init_settings)


def _setting_name(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(p) for p in loc) or "(settings)"


def _env_name(loc: tuple[int | str, ...]) -> str:
    return ENV_PREFIX + "__".join(str(p).upper() for p in loc if isinstance(p, str))


def _known_names(section: tuple[int | str, ...]) -> list[str]:
    """The setting names at `section` (top level, or inside `retention`, `mentors`, …)."""
    model: type[BaseModel] = Settings
    for part in section:
        field = model.model_fields.get(str(part))
        annotation = field.annotation if field is not None else None
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        model = annotation
    return list(model.model_fields)


def _did_you_mean(loc: tuple[int | str, ...]) -> str:
    if not loc:
        return ""
    close = difflib.get_close_matches(str(loc[-1]), _known_names(loc[:-1]), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else " (a typo?)"


# CONTINUUM_* variables that belong to other tools, not to the bot's settings.
_OTHER_VARIABLES = frozenset({"CONTINUUM_CHAT_PASSWORD", "CONTINUUM_REGEN_GOLDEN"})


def unknown_environment(environ: Mapping[str, str] | None = None) -> list[str]:
    """CONTINUUM_* variables that name no setting (the environment source ignores them silently),
    each with a suggestion; for a warning at start."""
    environ = os.environ if environ is None else environ
    found = []
    for name in sorted(environ):
        if not name.startswith(ENV_PREFIX) or name in _OTHER_VARIABLES:
            continue
        parts = tuple(p.lower() for p in name[len(ENV_PREFIX):].split("__"))
        known = _known_names(parts[:-1])
        if parts[-1] in known:
            continue
        close = difflib.get_close_matches(parts[-1], known, n=1, cutoff=0.6)
        hint = f" (did you mean {_env_name((*parts[:-1], close[0]))}?)" if close else ""
        found.append(f"environment variable {name} is not a known setting and is ignored{hint}")
    return found


def load_settings(path: Path | None = None) -> Settings:
    """Read the TOML file (if any) and the environment; raise ConfigError naming each problem."""
    file_values: dict[str, Any] = {}
    if path is not None:
        try:
            file_values = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError([f"config file {path}: not found"]) from None
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError([f"config file {path}: cannot be read ({e.__class__.__name__})"]) from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError([f"config file {path}: not valid TOML: {e}"]) from None
    return settings_from_values(file_values)


def settings_from_values(values: dict[str, Any]) -> Settings:
    """Validate file values (plus the environment); ConfigError names each bad setting."""
    try:
        return Settings(**values)
    except SettingsError as e:
        # A whole section from the environment (CONTINUUM_RETENTION=…) must be JSON.
        raise ConfigError([f"{e}: set one value at a time, e.g. CONTINUUM_RETENTION__ANSWERS_DAYS=30"]) from None
    except ValidationError as e:
        problems = []
        for err in e.errors():
            loc = tuple(err["loc"])
            where = f"setting '{_setting_name(loc)}'" if loc else "settings"
            env_hint = f" (or {_env_name(loc)})" if loc else ""
            message = str(err["msg"]).removeprefix("Value error, ")
            if err["type"] == "missing":
                message = "is required"
            elif err["type"] == "extra_forbidden":
                message = "is not a known setting" + _did_you_mean(loc)
            problems.append(f"{where}{env_hint}: {message}")
        raise ConfigError(problems) from None
