"""Headless Chromium (Debian's, through Playwright) against a real ``cinedex serve``.

Never ``playwright install``: the browser is the system's ``chromium`` (``make browser-deps``).
Every page is looked at on a phone (390 px) and a desktop (1280 px): no horizontal overflow,
the filters within the first screen, and no serious or critical axe-core violation (axe is
bundled by ``axe-playwright-python``). Screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import launch, new_tab, shot, sync_api
from e2e_support import (
    ADMIN_TOKEN,
    NEW_FILM_WORD,
    Server,
    add_new_film,
    build_index,
    hold_command,
    write_corpus,
)
from many_quotes import MANY_QUOTES_ID, write_many_quotes_film

pytestmark = pytest.mark.browser

axe_sync = pytest.importorskip("axe_playwright_python.sync_playwright")

#: phone and desktop widths, with a usual screen height for each
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}
MANY_QUOTES = 300


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path]]:
    root = tmp_path_factory.mktemp("browser")
    corpus = write_corpus(root / "corpus")
    write_many_quotes_film(corpus / "press", MANY_QUOTES)
    build_index(corpus, root / "index")
    with Server(corpus, root / "index", root / "server.log") as server:
        yield server, corpus


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


@pytest.fixture
def page(browser: Any, site: tuple[Server, Path]) -> Iterator[Any]:
    yield from _tab(browser, site[0], 1200, 900)


@pytest.fixture(params=list(VIEWPORTS))
def screen(
    request: pytest.FixtureRequest, browser: Any, site: tuple[Server, Path]
) -> Iterator[Any]:
    """A tab on a phone, then on a desktop; ``tab.device`` names which."""
    width, height = VIEWPORTS[request.param]
    for tab in _tab(browser, site[0], width, height):
        tab.device = request.param
        yield tab


def _tab(
    browser: Any, server: Server | _Local, width: int, height: int, *, scripts: bool = True
) -> Iterator[Any]:
    return new_tab(browser, server.base, width, height, scripts=scripts)


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
    assert page.locator(".hit").count() == 5
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


# --------------------------------------------------------------------------- phone and desktop


def no_overflow(tab: Any) -> None:
    """Nothing is wider than the viewport (no sideways scrolling)."""
    widths = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"page is {widths[0]} px wide in a {widths[1]} px viewport"


def no_serious_violations(tab: Any) -> None:
    """axe-core finds no serious or critical accessibility violation on the page."""
    results = axe_sync.Axe().run(tab)
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], bad


def filters_in_first_screen(tab: Any) -> None:
    """The filters (their toggle on a phone, the panel itself on a desktop) start on screen 1."""
    target = tab.locator("#filters > summary" if tab.device == "phone" else "form.facets")
    sync_api.expect(target).to_be_visible()
    box = target.bounding_box()
    # the first filter is on screen: the toggle whole, the panel's first facet
    first = box["y"] + (box["height"] if tab.device == "phone" else 120) if box else None
    assert first is not None and first <= tab.viewport_size["height"], box


def check(tab: Any, name: str) -> None:
    """The checks every page gets: no overflow, axe, a screenshot."""
    no_overflow(tab)
    no_serious_violations(tab)
    shot(tab, f"{name}-{tab.device}")


def test_home_page(screen: Any) -> None:
    screen.goto("/")
    filters_in_first_screen(screen)
    check(screen, "home")


def test_search_with_filters_opened_and_applied(screen: Any) -> None:
    screen.goto("/?q=")
    filters_in_first_screen(screen)
    if screen.device == "phone":
        assert not screen.locator("form.facets").is_visible()  # closed until tapped
        screen.click("#filters > summary")
    screen.check("input[type=checkbox][name=genre][value=Drama]")
    screen.wait_for_url(re.compile(r"genre=Drama"))
    assert sorted(hit_titles(screen)) == ["Harbour Lights", "The Copper Road", "Winter Orchard"]
    assert "1 active" in screen.locator("#filters > summary").inner_text()
    filters_in_first_screen(screen)
    if screen.device == "phone":
        screen.click("#filters > summary")
    sync_api.expect(screen.locator("input[name=year_from]")).to_be_visible()
    years = screen.locator("input[type=checkbox][name=year]").evaluate_all(
        "boxes => boxes.map(b => Number(b.value))"
    )
    assert years == sorted(years) and len(years) >= 3
    check(screen, "search-filtered")


def test_year_range_is_applied(screen: Any, site: tuple[Server, Path]) -> None:
    from e2e_support import http

    status, data = http("GET", site[0].url("/api/search?year_from=1990&year_to=1999"))
    assert (status, data["total"]) == (200, 3)  # the API agrees before the page is tried
    screen.goto("/?q=")
    if screen.device == "phone":
        screen.click("#filters > summary")
    screen.fill("input[name=year_from]", "1990")
    screen.fill("input[name=year_to]", "1999")
    screen.click(".range-apply")
    screen.wait_for_url(re.compile(r"year_from=1990.*year_to=1999|year_to=1999.*year_from=1990"))
    assert sorted(hit_titles(screen)) == ["Harbour Lights", "Midnight Arcade", "Winter Orchard"]
    check(screen, "search-years")


def test_film_page_with_hundreds_of_quotes(screen: Any) -> None:
    screen.goto(f"/films/{MANY_QUOTES_ID}")
    assert screen.locator(".film-quotes blockquote").count() == 5
    height = screen.evaluate("document.documentElement.scrollHeight")
    assert height < 4 * screen.viewport_size["height"], height  # not 300 quotes long
    # facts come first: the director is on the first screen
    facts = screen.locator("#facts").bounding_box()
    assert facts is not None and facts["y"] < screen.viewport_size["height"]
    assert "Damien Hollis" in screen.locator("#facts").inner_text()
    check(screen, "film-many-quotes")

    screen.click(f"text=All {MANY_QUOTES} quotes")
    screen.wait_for_url(re.compile(rf"/quotes\?film={MANY_QUOTES_ID}$"))
    assert screen.locator(".quote-hit").count() == 20
    assert screen.locator("p.count").inner_text().startswith(f"{MANY_QUOTES} results, page 1 of 15")
    filters_in_first_screen(screen)
    screen.click(".pagination a[rel=next]")
    screen.wait_for_url(re.compile(r"page=2"))
    assert screen.locator(".quote-hit").count() == 20
    check(screen, "film-quotes")


def test_person_page(screen: Any) -> None:
    from indexer.people import person_slug

    screen.goto(f"/people/{person_slug('Damien Hollis')}")
    assert "Damien Hollis" in screen.locator("h1").inner_text()
    check(screen, "person")


def test_not_found_page(screen: Any) -> None:
    response = screen.goto("/no/such/page")
    assert response.status == 404
    screen.fill("input[name=q]", "arcade")
    screen.press("input[name=q]", "Enter")
    screen.wait_for_url(re.compile(r"/\?q=arcade"))
    assert hit_titles(screen) == ["Midnight Arcade"]
    screen.goto("/no/such/page")
    check(screen, "not-found")


def test_admin_pages(screen: Any) -> None:
    response = screen.goto("/admin")
    assert response.status == 401
    check(screen, "admin-login")
    screen.fill("input[name=token]", ADMIN_TOKEN)
    screen.click("#login-submit")
    screen.wait_for_url(re.compile(r"/admin$"))
    last_build = screen.locator("#stat-last-build time")
    assert re.fullmatch(r"just now|\d+ (minute|hour|day)s? ago", last_build.inner_text())
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", last_build.get_attribute("title"))
    check(screen, "admin")


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_filters_work_without_javascript(
    browser: Any, site: tuple[Server, Path], device: str
) -> None:
    width, height = VIEWPORTS[device]
    for tab in _tab(browser, site[0], width, height, scripts=False):
        tab.device = device
        tab.goto("/?q=")
        filters_in_first_screen(tab)
        if device == "phone":
            tab.click("#filters > summary")
        tab.check("input[type=checkbox][name=genre][value=Comedy]")
        tab.click("form.facets button.apply")
        tab.wait_for_url(re.compile(r"genre=Comedy"))
        assert hit_titles(tab) == ["Midnight Arcade"]


@pytest.mark.parametrize(
    "path", ["/", "/?q=&genre=Drama", f"/films/{MANY_QUOTES_ID}", f"/quotes?film={MANY_QUOTES_ID}"]
)
def test_nothing_overflows_a_320_px_screen(
    browser: Any, site: tuple[Server, Path], path: str
) -> None:
    for tab in _tab(browser, site[0], 320, 640):
        tab.goto(path)
        no_overflow(tab)


class _Local:
    """The Flask app on a Werkzeug server in a thread (so a test can patch the reindex job)."""

    def __init__(self, app: Any, index: Path) -> None:
        from werkzeug.serving import make_server

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.index = index
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self.server.shutdown()
        self.thread.join(timeout=10)


@pytest.fixture
def held_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[_Local, Any]]:
    """A site whose reindex runs until the test calls the returned release()."""
    from webapp import create_app, jobs

    release = tmp_path / "release"
    monkeypatch.setattr(jobs, "DEFAULT_COMMAND", tuple(hold_command(release)))
    corpus = write_corpus(tmp_path / "corpus")
    build_index(corpus, tmp_path / "index")
    config = {"INDEX": str(tmp_path / "index"), "CORPUS": [str(corpus)]}
    config |= {"QUERYLOG": str(tmp_path / "q.sqlite3"), "SECRET_KEY": "browser-session-key"}
    local = _Local(create_app(config | {"ADMIN_TOKEN": ADMIN_TOKEN}), tmp_path / "index")
    yield local, release.touch
    release.touch()
    local.stop()


def _job_log(index: Path) -> str:
    from webapp import jobs

    status = jobs.status_path(index)
    found = [p.read_text("utf-8", "replace")[-2000:] for p in (status, jobs.log_path(index))]
    return "\n".join(found) if status.exists() else "no job status file"


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_admin_controls_are_disabled_while_a_reindex_runs(
    browser: Any, held_site: tuple[_Local, Any], device: str
) -> None:
    local, release = held_site
    width, height = VIEWPORTS[device]
    for tab in _tab(browser, local, width, height):
        tab.device = device
        tab.goto("/admin/login")
        tab.fill("input[name=token]", ADMIN_TOKEN)
        tab.click("#login-submit")
        tab.wait_for_url(re.compile(r"/admin$"))
        tab.click("#reindex-full")
        tab.wait_for_url(re.compile(r"/admin\?started=full$"))
        state = tab.locator("#job").get_attribute("data-state")
        assert state == "running", (state, _job_log(local.index))
        for button in ("#reindex-full", "#reindex-incremental"):
            sync_api.expect(tab.locator(button)).to_be_disabled()
        sync_api.expect(tab.locator("#reindex-busy")).to_be_visible()
        check(tab, "admin-running")
        release()
        # the page polls the job's status and reloads itself when the job ends
        tab.wait_for_selector("#job:not([data-state=running])", timeout=30_000)
        sync_api.expect(tab.locator("#reindex-full")).to_be_enabled()


# runs last: it adds a film to the corpus of the module's server
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
    assert page.locator("#stat-films").inner_text() == "5"

    page.click("#reindex-incremental")
    # the page polls /api/admin/status and reloads itself when the job ends
    page.wait_for_selector("#job[data-state=finished]", timeout=30_000)
    assert page.locator("#stat-films").inner_text() == "6"
    report = page.locator("#build-report").inner_text()
    assert re.search(r"6 in the index: 1 added", report), report
    shot(page, "admin")

    page.goto("/?q=" + NEW_FILM_WORD)
    assert hit_titles(page) == ["The Glass Kite"]
