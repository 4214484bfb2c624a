"""Absolute URLs (OpenSearch description, JSON-LD) come from ``CINEDEX_BASE_URL``, or the
server's own address, and never from the ``Host`` header a client sends."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

from webapp import create_app

EVIL = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}


def make_client(index_dir: Path, tmp_path: Path, **extra: object) -> FlaskClient:
    config = {"TESTING": True, "INDEX": str(index_dir), "SECRET_KEY": "k"}
    config |= {"QUERYLOG": str(tmp_path / "q.sqlite3")}
    return create_app(config | extra).test_client()


@pytest.mark.parametrize(
    ("extra", "base"),
    [
        ({"BASE_URL": "https://films.example"}, "https://films.example"),
        ({}, "http://127.0.0.1:8000"),
        ({"HOST": "0.0.0.0", "PORT": 9000}, "http://localhost:9000"),
    ],
)
def test_opensearch_urls(index_dir: Path, tmp_path: Path, extra: dict, base: str) -> None:
    client = make_client(index_dir, tmp_path, PROXIES=1, **extra)
    xml = client.get("/opensearch.xml", headers=EVIL).text
    assert "evil.example" not in xml
    assert f'template="{base}/?q={{searchTerms}}"' in xml
    assert f'template="{base}/api/search?q={{searchTerms}}"' in xml


def test_film_jsonld_url(index_dir: Path, tmp_path: Path) -> None:
    client = make_client(index_dir, tmp_path, BASE_URL="https://films.example/")
    hits = client.get("/api/search?q=dust").json["hits"]  # type: ignore[index]
    film_id = hits[0]["id"]
    page = client.get(f"/films/{film_id}", headers=EVIL).text
    assert "evil.example" not in page
    assert f'"https://films.example/films/{film_id}"' in page
