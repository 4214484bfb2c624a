"""Headless Chromium (Debian's, through Playwright) on a phone-sized window: from a film page
to its director's page to another film, and from a suggestion to its page.

Never ``playwright install``: the browser is the system's ``chromium`` (``make browser-deps``).
The launch set-up is the one of ``tests/test_browser.py``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_support import Server, build_index

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}

if CHROMIUM is None:
    pytest.skip(
        "no `chromium` on PATH: install Debian's (`make browser-deps`); never `playwright install`",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api")

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
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def phone(browser: Any, server: Server) -> Iterator[Any]:
    context = browser.new_context(base_url=server.base, viewport=PHONE, is_mobile=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda m: errors.append(m.text) if _console_error(m) else None)
    tab.on("response", lambda r: errors.append(f"{r.status} {r.url}") if _broken(r) else None)
    yield tab
    context.close()
    assert errors == []  # no script error and no CSP violation on any page


def _console_error(message: Any) -> bool:
    # failed loads are checked by URL in _broken(), where the expected ones can be told apart
    return bool(message.type == "error" and "Failed to load resource" not in message.text)


def _broken(response: Any) -> bool:
    """A failed subresource (a page's own status is the test's business)."""
    if response.url.endswith("/favicon.ico"):
        return False  # the browser asks for it on its own; no page links it
    return bool(response.status >= 400 and response.request.resource_type != "document")


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


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
