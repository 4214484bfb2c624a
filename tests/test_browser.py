"""Headless Chromium (Debian's, through Playwright) against a real ``cinedex serve``.

Never ``playwright install``: the browser is the system's ``chromium`` (``make browser-deps``).
Screenshots of the search, film, quotes and admin pages go to ``tests/artifacts/``.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_support import ADMIN_TOKEN, NEW_FILM_WORD, Server, add_new_film, build_index, write_corpus

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

if CHROMIUM is None:
    pytest.skip(
        "no `chromium` on PATH: install Debian's (`make browser-deps`); never `playwright install`",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    root = tmp_path_factory.mktemp("browser")
    corpus = write_corpus(root / "corpus")
    build_index(corpus, root / "index")
    with Server(corpus, root / "index", root / "server.log") as server:
        yield server, corpus


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, site: tuple[Server, Path]) -> Iterator[Any]:
    server, _ = site
    context = browser.new_context(base_url=server.base, viewport={"width": 1200, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.base)
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
    """A failed subresource (the 401 of the admin login page is expected, a 404 is not)."""
    return bool(response.status >= 400 and response.request.resource_type != "document")


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def facet_counts(page: Any, name: str) -> dict[str, str]:
    boxes = page.locator(f"input[type=checkbox][name={name}]")
    return {
        boxes.nth(i).get_attribute("value"): page.locator(
            f"label[for={boxes.nth(i).get_attribute('id')}] .count"
        ).inner_text()
        for i in range(boxes.count())
    }


def hit_titles(page: Any) -> list[str]:
    return page.locator(".hit h3 a").all_inner_texts()


def test_search_facets_and_film_page(page: Any) -> None:
    page.goto("/")
    page.fill("input[name=q]", "island")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"q=island"))
    assert hit_titles(page) == ["Harbour Lights"]

    page.goto("/?q=")
    assert page.locator(".hit").count() == 4
    before = facet_counts(page, "genre")
    # a ticked box submits its form by itself (progressive enhancement)
    page.check("input[type=checkbox][name=genre][value=Drama]")
    page.wait_for_url(re.compile(r"genre=Drama"))
    assert page.locator(".hit").count() == 3
    page.check("input[type=checkbox][name=genre][value=Comedy]")
    page.wait_for_url(re.compile(r"genre=Comedy"))
    page.check("input[type=checkbox][name=decade][value='1990s']")
    page.wait_for_url(re.compile(r"decade=1990s"))
    assert re.search(r"genre=Drama.*genre=Comedy.*decade=1990s", page.url)
    assert sorted(hit_titles(page)) == ["Harbour Lights", "Midnight Arcade", "Winter Orchard"]
    assert page.locator("input[type=checkbox][name=genre][value=Drama]").is_checked()
    assert facet_counts(page, "genre") != before
    assert page.locator("p.count").inner_text().strip() == "3 results"
    shot(page, "search")

    page.click(".hit h3 a >> text=Winter Orchard")
    page.wait_for_url(re.compile(r"/films/winter-orchard-1991$"))
    assert page.locator("h1").inner_text().startswith("Winter Orchard")
    shot(page, "film")


def test_quote_search_and_copy_citation(page: Any) -> None:
    page.goto("/quotes")
    page.fill("input[name=q]", '"finest arcade comedy"')
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/quotes\?q="))
    assert page.locator(".quote-hit").count() == 1
    assert page.locator(".quote-hit mark").all_inner_texts() == ["finest arcade comedy"]
    button = page.locator(".quote-hit button[data-copy-target]").first
    button.click()
    # expect() polls from Playwright's own script world: the page's CSP forbids eval()
    sync_api.expect(button).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "finest arcade comedy" in copied and "Tom Hale" in copied
    shot(page, "quotes")


def test_editor_logs_in_and_reindexes(page: Any, site: tuple[Server, Path]) -> None:
    _, corpus = site
    page.goto("/?q=" + NEW_FILM_WORD)
    assert page.locator(".hit").count() == 0
    add_new_film(corpus)

    response = page.goto("/admin")
    assert response.status == 401
    page.fill("input[name=token]", "wrong")
    page.click("#login-submit")
    assert "Wrong token." in page.locator("#login-message").inner_text()
    page.fill("input[name=token]", ADMIN_TOKEN)
    page.click("#login-submit")
    page.wait_for_url(re.compile(r"/admin$"))
    assert page.locator("#stat-films").inner_text() == "4"

    page.click("#reindex-incremental")
    # the page polls /api/admin/status and reloads itself when the job ends
    page.wait_for_selector("#job[data-state=finished]", timeout=30_000)
    assert page.locator("#stat-films").inner_text() == "5"
    report = page.locator("#build-report").inner_text()
    assert re.search(r"5 in the index: 1 added", report), report
    shot(page, "admin")

    page.goto("/?q=" + NEW_FILM_WORD)
    assert hit_titles(page) == ["The Glass Kite"]
