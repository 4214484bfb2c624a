"""Shared fixtures, layered: tiny corpus -> index built by the real builder -> app -> client.

The corpus and the index are built once per test session (read-only for tests: a test that
changes the index builds its own); ``app`` is created per test with its own query log.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from indexer.build import build
from webapp import create_app

REPO = Path(__file__).resolve().parents[1]
WEB_CORPUS = REPO / "tests" / "data" / "web_corpus"
SEED_PAGES = REPO / "corpus" / "pages"


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny corpus: the three seed pages about Return to Dust and a few Markdown films."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(WEB_CORPUS, root / "films")
    (root / "pages").mkdir()
    for page in sorted(SEED_PAGES.glob("*.txt")):
        shutil.copy(page, root / "pages" / page.name)
    return root


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    """The live index of ``corpus_dir``, built once by the real builder."""
    root = tmp_path_factory.mktemp("index")
    build([corpus_dir], root, full=True)
    return root


@pytest.fixture
def app(index_dir: Path, corpus_dir: Path, tmp_path: Path) -> Iterator[Flask]:
    """The web app over the session index, with a query log of its own."""
    yield create_app(
        {
            "TESTING": True,
            "INDEX": str(index_dir),
            "CORPUS": [str(corpus_dir)],
            "QUERYLOG": str(tmp_path / "querylog.sqlite3"),
            "SECRET_KEY": "test-secret",
        }
    )


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A Flask test client."""
    return app.test_client()


@pytest.fixture
def runner() -> CliRunner:
    """A click test runner for the ``cinedex`` command."""
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small corpus of its own for a test that changes it (the e2e films)."""
    from e2e_support import write_corpus

    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def index(tmp_path: Path, corpus: Path) -> Path:
    """An index of :func:`corpus` built by the real builder, for a test that changes it."""
    from e2e_support import build_index

    root = tmp_path / "index"
    build_index(corpus, root)
    return root
