"""Configuration layers: defaults, then CINEDEX_* variables, then the test override."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from webapp import config


def test_defaults() -> None:
    loaded = config.load(environ={})
    assert {k: loaded[k] for k in ("INDEX", "CORPUS", "ADMIN_TOKEN", "SEARCH_TIMEOUT")} == {
        "INDEX": "index",
        "CORPUS": ["corpus"],
        "ADMIN_TOKEN": None,
        "SEARCH_TIMEOUT": 1.0,
    }
    assert (loaded["HOST"], loaded["PORT"], loaded["LOG_LEVEL"]) == ("127.0.0.1", 8000, "INFO")
    assert loaded["QUERYLOG"].replace("\\", "/") == "index/querylog.sqlite3"
    assert len(loaded["SECRET_KEY"]) == 64


def test_environment_then_override(tmp_path: Path) -> None:
    environ = {
        "CINEDEX_INDEX": str(tmp_path / "ix"),
        "CINEDEX_CORPUS": "a b",
        "CINEDEX_ADMIN_TOKEN": "12345",
        "CINEDEX_SEARCH_TIMEOUT": "0.5",
        "CINEDEX_WORKERS": "3",
        "CINEDEX_PORT": "9000",
        "CINEDEX_LOG_LEVEL": "debug",
        "CINEDEX_QUERYLOG": "",
    }
    loaded = config.load({"PORT": 9100}, environ=environ)
    got = {
        k: loaded[k]
        for k in (
            "INDEX",
            "CORPUS",
            "ADMIN_TOKEN",
            "SEARCH_TIMEOUT",
            "WORKERS",
            "PORT",
            "LOG_LEVEL",
        )
    }
    assert got == {
        "INDEX": str(tmp_path / "ix"),
        "CORPUS": ["a", "b"],
        "ADMIN_TOKEN": "12345",  # a string, not the number 12345
        "SEARCH_TIMEOUT": 0.5,
        "WORKERS": 3,
        "PORT": 9100,
        "LOG_LEVEL": "DEBUG",
    }
    assert loaded["QUERYLOG"] == str(tmp_path / "ix" / "querylog.sqlite3")


def test_secret_key_is_random_per_installation_and_shared_by_its_workers(tmp_path: Path) -> None:
    def key(index: Path, token: str = "t", **extra: str) -> str:
        environ = {"CINEDEX_INDEX": str(index), "CINEDEX_ADMIN_TOKEN": token, **extra}
        return str(config.load(environ=environ)["SECRET_KEY"])

    one, two = key(tmp_path / "a"), key(tmp_path / "a", "another token")
    assert one == two != key(tmp_path / "b")  # same installation, same key, whatever the token
    # not derivable from the token: the offline guessing of issue 11 no longer works
    assert one != hashlib.sha256(b"cinedex-session:t").hexdigest()
    assert len(bytes.fromhex(one)) == 32
    kept = tmp_path / "a" / config.SECRET_FILE
    assert kept.read_text() == one and stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert key(tmp_path / "c", CINEDEX_SECRET_KEY="k") == "k"
    assert not (tmp_path / "c").exists()
    # with the admin off nothing is written and the key is random
    assert config.load(environ={"CINEDEX_INDEX": str(tmp_path / "d")})["SECRET_KEY"] != one
    assert not (tmp_path / "d").exists()


def test_cookie_flags(tmp_path: Path) -> None:
    plain = config.load(environ={"CINEDEX_INDEX": str(tmp_path)})
    assert (plain["SESSION_COOKIE_SAMESITE"], plain["SESSION_COOKIE_SECURE"]) == ("Lax", False)
    behind_https = config.load(
        environ={"CINEDEX_INDEX": str(tmp_path), "CINEDEX_BASE_URL": "https://films.example/"}
    )
    assert behind_https["SESSION_COOKIE_SECURE"] is True
    assert behind_https["BASE_URL"] == "https://films.example"
    forced = config.load(environ={"CINEDEX_SECURE_COOKIES": "yes", "CINEDEX_INDEX": "x"})
    assert forced["SESSION_COOKIE_SECURE"] is True


def test_bad_number_names_the_variable() -> None:
    with pytest.raises(ValueError, match="CINEDEX_PORT"):
        config.load(environ={"CINEDEX_PORT": "eighty"})
