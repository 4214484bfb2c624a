"""Headless Chromium (Debian's, through Playwright) on a phone-sized window: from a film page
to its director's page to another film, and from a suggestion to its page.

Never ``playwright install``: the browser is the system's ``chromium`` (``make browser-deps``).
The launch set-up is shared: ``tests/browser_support.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import launch, new_tab, shot
from e2e_support import Server, build_index

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

FILMS = {
    "volver.md": "title: Volver\nyear: 2006\ndirectors: [Pedro Almodóvar]\ncast: [Penélope Cruz]\n",
    # the same director, spelled without the accent: one person, one page
    "julieta.md": "title: Julieta\nyear: 2016\ndirectors: [Pedro Almodovar]\n",
    "dust.md": "title: Dust\nyear: 2001\ndirectors: [Milcho Manchevski]\n",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("browser-people")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, front in FILMS.items():
        (corpus / name).write_text(f"---\n{front}---\nA film about a family.\n", "utf-8")
    build_index(corpus, root / "index")
    with Server(corpus, root / "index", root / "server.log") as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


@pytest.fixture
def phone(browser: Any, server: Server) -> Iterator[Any]:
    yield from new_tab(browser, server.base, PHONE["width"], PHONE["height"], mobile=True)


def fits(page: Any) -> bool:
    """Nothing wider than the phone's screen."""
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_film_to_its_director_to_another_film(phone: Any) -> None:
    phone.goto("/films/volver-2006")
    phone.get_by_role("link", name="Pedro Almodóvar").first.click()
    phone.wait_for_url("**/people/pedro-almodovar")
    assert phone.locator("h1").inner_text() == "Pedro Almodóvar"
    assert "Also written: Pedro Almodovar" in phone.locator("article").inner_text()
    assert fits(phone)
    shot(phone, "person-phone")
    phone.get_by_role("link", name="Julieta").click()
    phone.wait_for_url("**/films/julieta-2016")
    assert phone.locator("h1").inner_text().startswith("Julieta")


def test_choosing_a_suggestion_opens_its_page(phone: Any) -> None:
    phone.goto("/")
    phone.locator("input[data-suggest]").fill("penel")
    link = phone.locator("#suggest-links a", has_text="Penélope Cruz")
    link.click()
    phone.wait_for_url("**/people/penelope-cruz")
    assert phone.locator("h1").inner_text() == "Penélope Cruz"
    phone.get_by_role("link", name="Volver").click()
    phone.wait_for_url("**/films/volver-2006")
