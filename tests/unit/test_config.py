"""Configuration: file + environment, clear errors, exit code 2 before any network call."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.platform.config import ConfigError, load_settings, settings_from_values, unknown_environment

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = {
    "CONTINUUM_HOMESERVER": "http://127.0.0.1:9",
    "CONTINUUM_USER_ID": "@bot:example.org",
    "CONTINUUM_PASSWORD": "secret",
}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("CONTINUUM_"):
            monkeypatch.delenv(key)


def test_environment_alone_is_enough(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for k, v in MINIMAL.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("CONTINUUM_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CONTINUUM_MENTOR_ROOM", "!room:example.org")
    monkeypatch.setenv("CONTINUUM_ADMINS", "@a:example.org, @b:example.org")
    s = load_settings()
    assert s.admins == ["@a:example.org", "@b:example.org"]
    assert s.data_dir == tmp_path and s.mentor_room == "!room:example.org"
    assert s.read_password() == "secret"


def test_password_file_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("from-file\n")
    monkeypatch.setenv("CONTINUUM_HOMESERVER", "https://m.example.org")
    monkeypatch.setenv("CONTINUUM_USER_ID", "@bot:example.org")
    monkeypatch.setenv("CONTINUUM_PASSWORD_FILE", str(secret))
    assert load_settings().read_password() == "from-file"


def test_environment_overrides_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('homeserver = "https://file.example.org"\nuser_id = "@bot:example.org"\npassword = "x"\n'
                   "[retention]\nanswers_days = 10\n")
    monkeypatch.setenv("CONTINUUM_HOMESERVER", "https://env.example.org")
    monkeypatch.setenv("CONTINUUM_RETENTION__ANSWERS_DAYS", "3")
    s = load_settings(cfg)
    assert s.homeserver == "https://env.example.org"
    assert s.retention.answers_days == 3


def test_each_bad_setting_is_named(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('homeserver = "matrix.example.org"\nuser_id = "bot"\npassword = "x"\ntrust = "maybe"\n'
                   'mentor_room = "mentors"\ntypo_setting = 1\n')
    with pytest.raises(ConfigError) as err:
        load_settings(cfg)
    text = "\n".join(err.value.problems)
    for name in ("homeserver", "user_id", "trust", "mentor_room", "typo_setting"):
        assert f"'{name}'" in text
    assert "CONTINUUM_HOMESERVER" in text


def test_missing_credentials_are_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTINUUM_HOMESERVER", "https://m.example.org")
    monkeypatch.setenv("CONTINUUM_USER_ID", "@bot:example.org")
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "CONTINUUM_PASSWORD" in "\n".join(err.value.problems)


def test_broken_toml_names_the_file_and_line(tmp_path: Path) -> None:
    cfg = tmp_path / "broken.toml"
    cfg.write_text('homeserver = "x"\nuser_id = \n')
    with pytest.raises(ConfigError) as err:
        load_settings(cfg)
    assert "broken.toml" in err.value.problems[0] and "line 2" in err.value.problems[0]


def test_the_example_config_is_valid(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("x")
    monkeypatch.setenv("CONTINUUM_PASSWORD_FILE", str(secret))
    s = load_settings(ROOT / "deploy" / "continuum.example.toml")
    assert s.trust == "cross-signed" and s.metrics.port is None


def test_cli_exits_2_on_a_bad_setting_without_traceback(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "CONTINUUM_HOMESERVER": "not a url", "CONTINUUM_USER_ID": "@b:x.org",
           "CONTINUUM_PASSWORD": "x", "CONTINUUM_DATA_DIR": str(tmp_path / "d")}
    out = subprocess.run([sys.executable, "-m", "bot", "run"], env=env, capture_output=True, text=True,
                         timeout=60, cwd=ROOT)
    assert out.returncode == 2
    assert "homeserver" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "d").exists(), "nothing may be touched before the settings are valid"


def test_password_never_needed_on_the_command_line() -> None:
    out = subprocess.run([sys.executable, "-m", "bot", "run", "--help"], capture_output=True, text=True,
                         timeout=60, cwd=ROOT)
    assert "--password" not in out.stdout


_VALUES = st.one_of(st.text(), st.integers(), st.booleans(), st.lists(st.text()),
                   st.dictionaries(st.text(), st.integers()))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["homeserver", "user_id", "password", "admins", "trust", "pace_ms",
                                        "mentor_room", "retention", "debug", "unknown"]), _VALUES))
def test_any_values_either_load_or_raise_config_error(values: dict[str, Any]) -> None:
    try:
        settings_from_values(values)
    except ConfigError as e:
        assert e.problems and all(isinstance(p, str) for p in e.problems)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_file_text_either_loads_or_raises_config_error(text: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "c.toml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            load_settings(path)
        except ConfigError as e:
            assert e.problems


def test_a_misspelled_setting_gets_a_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('homeserver = "https://m.example.org"\nuser_id = "@bot:example.org"\npassword = "x"\n'
                    'mentor_rom = "!r:example.org"\n[retention]\nanswer_days = 3\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    text = "\n".join(caught.value.problems)
    assert "setting 'mentor_rom'" in text and "did you mean 'mentor_room'?" in text
    assert "setting 'retention.answer_days'" in text and "did you mean 'answers_days'?" in text


def test_an_unknown_continuum_variable_is_named_with_a_suggestion() -> None:
    found = unknown_environment({"CONTINUUM_MENTR_ROOM": "!r", "CONTINUUM_RETENTION__ANSWER_DAYS": "3",
                                 "CONTINUUM_MENTOR_ROOM": "!r", "CONTINUUM_CHAT_PASSWORD": "x", "HOME": "/root"})
    assert found == [
        "environment variable CONTINUUM_MENTR_ROOM is not a known setting and is ignored "
        "(did you mean CONTINUUM_MENTOR_ROOM?)",
        "environment variable CONTINUUM_RETENTION__ANSWER_DAYS is not a known setting and is ignored "
        "(did you mean CONTINUUM_RETENTION__ANSWERS_DAYS?)",
    ]
