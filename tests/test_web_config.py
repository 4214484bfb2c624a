"""Configuration layers: defaults, then CINEDEX_* variables, then the test override."""

from __future__ import annotations

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


def test_environment_then_override() -> None:
    environ = {
        "CINEDEX_INDEX": "/srv/ix",
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
        "INDEX": "/srv/ix",
        "CORPUS": ["a", "b"],
        "ADMIN_TOKEN": "12345",  # a string, not the number 12345
        "SEARCH_TIMEOUT": 0.5,
        "WORKERS": 3,
        "PORT": 9100,
        "LOG_LEVEL": "DEBUG",
    }
    assert loaded["QUERYLOG"].replace("\\", "/") == "/srv/ix/querylog.sqlite3"


def test_secret_key_is_shared_by_workers_with_the_same_admin_token() -> None:
    one = config.load(environ={"CINEDEX_ADMIN_TOKEN": "t"})["SECRET_KEY"]
    two = config.load(environ={"CINEDEX_ADMIN_TOKEN": "t"})["SECRET_KEY"]
    other = config.load(environ={"CINEDEX_ADMIN_TOKEN": "u"})["SECRET_KEY"]
    assert one == two != other
    assert config.load(environ={})["SECRET_KEY"] != config.load(environ={})["SECRET_KEY"]
    assert config.load(environ={"CINEDEX_SECRET_KEY": "k"})["SECRET_KEY"] == "k"


def test_bad_number_names_the_variable() -> None:
    with pytest.raises(ValueError, match="CINEDEX_PORT"):
        config.load(environ={"CINEDEX_PORT": "eighty"})
