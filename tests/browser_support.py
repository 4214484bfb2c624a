"""What the browser tests share: Debian's ``chromium`` launched through Playwright, tabs that
fail the test on any script error or failed subresource, and screenshots.

Never ``playwright install``: the browser is the system's ``chromium`` (``make browser-deps``);
a test module importing this is skipped when there is none.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

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


def launch() -> Iterator[Any]:
    """Debian's chromium, headless, for the length of a module fixture."""
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def new_tab(
    browser: Any, base: str, width: int, height: int, *, scripts: bool = True, mobile: bool = False
) -> Iterator[Any]:
    """A new tab that fails the test on any script error or failed subresource."""
    context = browser.new_context(
        base_url=base,
        viewport={"width": width, "height": height},
        java_script_enabled=scripts,
        is_mobile=mobile,
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if _console_error(m) else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if _broken(r) else None)
    yield page
    context.close()
    assert errors == []  # no script error and no CSP violation on any page


def _console_error(message: Any) -> bool:
    # failed loads are checked by URL in _broken(), where the expected ones can be told apart
    return bool(message.type == "error" and "Failed to load resource" not in message.text)


def _broken(response: Any) -> bool:
    """A failed subresource (the 401 of the admin login page is expected, a 404 is not)."""
    return bool(response.status >= 400 and response.request.resource_type != "document")


def shot(page: Any, name: str) -> None:
    """A full-page screenshot in ``tests/artifacts/``."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
