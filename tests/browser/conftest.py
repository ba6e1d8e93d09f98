"""Playwright + Debian Chromium fixtures for browser tests against pytest-django's ``live_server``.

Use ``browser`` (one Chromium per test module) and ``new_page`` (a fresh context per call, so that
two users can be logged in side by side); ``login`` signs a page into the admin; screenshots
go to ``artifacts_dir`` (``tests/artifacts/``, git-ignored, kept by CI). Without
/usr/bin/chromium the tests are skipped, except under ``CI=true`` where that is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
VIEWPORT = {"width": 1440, "height": 900}


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium)."
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"Browser tests cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def _allow_orm_beside_playwright() -> Iterator[None]:
    """Playwright's sync API runs an event loop in the test thread, which Django's ORM refuses.

    Set only while a browser module runs: a process-wide setting would leak into subprocesses
    (``check --deploy`` rejects it) and into every other test.
    """
    key = "DJANGO_ALLOW_ASYNC_UNSAFE"
    previous = os.environ.get(key)
    os.environ[key] = "true"
    yield
    if previous is None:
        os.environ.pop(key, None)
    else:
        os.environ[key] = previous


@pytest.fixture(scope="module")
def browser(_allow_orm_beside_playwright) -> Iterator:
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser) -> Iterator[Callable]:
    """``new_page()`` opens a page in its own browser context (own cookies, own login).

    Teardown first waits for the requests still in flight (a panel htmx loads on its own, "Seen before"):
    the live server would otherwise be querying the database while the test's flush truncates it, which
    PostgreSQL ends in a deadlock."""
    contexts = []
    in_flight: set[object] = set()

    def open_page():
        context = browser.new_context(viewport=VIEWPORT, locale="en-GB")
        context.set_default_timeout(15_000)
        context.on("request", lambda request: in_flight.add(request))
        context.on("requestfinished", lambda request: in_flight.discard(request))
        context.on("requestfailed", lambda request: in_flight.discard(request))
        contexts.append(context)
        return context.new_page()

    yield open_page
    pages = [page for context in contexts for page in context.pages]
    for _ in range(100):  # (at most about 5 s)
        if not in_flight or not pages:
            break
        pages[0].wait_for_timeout(50)
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def login(live_server) -> Callable:
    """``login(page, username, password)`` signs in through the admin's login form."""

    def sign_in(page, username: str, password: str) -> None:
        page.goto(f"{live_server.url}/admin/login/?next=/admin/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("input[type=submit]")
        page.wait_for_selector("#user-tools")

    return sign_in
