"""The workspace at narrow and medium widths, its own login page, and the claim tooltip's manners.

Fixtures (``browser``, ``new_page``, ``login``, ``artifacts_dir``) come from ``tests/browser/conftest.py``;
screenshots at 1024 and 390 px go to ``tests/artifacts/layout-*.png``.
"""

from __future__ import annotations

import re

import pytest

from annotations import services
from annotations.models import NotificationKind, Rating
from annotations.notifications import notify
from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import write_article
from factcheck.models import Claim
from tests.browser.test_workspace import PASSWORD, RATIONALE, watch_for_scripts

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1024, "height": 768}


def box(locator) -> dict:
    found = locator.bounding_box()
    assert found is not None, f"{locator} is not rendered"
    return found


def inside_width(locator, width: int) -> bool:
    b = box(locator)
    return b["x"] >= 0 and b["x"] + b["width"] <= width


@pytest.fixture
def seed_article(seed_dir):
    return write_article(record_from_text(next(seed_dir.glob("*.txt")).read_text())).article


@pytest.fixture
def busy_queue(seed_article, reviewer, editor):
    """A claim with a verdict and an assignee (the widest cells), and an unread notification for Edna."""
    target = Claim.objects.get(article=seed_article, text__contains="250,000 people")
    review = services.review_get_or_create(claim=target)
    review = services.review_assign(review=review, by=reviewer)
    half_true = Rating.objects.get(scale__is_default=True, slug="half-true")
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, verdict=half_true, rationale=RATIONALE
    )
    notify(
        recipient=editor,
        kind=NotificationKind.ASSIGNED,
        review=review,
        actor=reviewer,
        message="Rita assigned you a claim.",
    )
    return seed_article


def test_the_queue_fits_1024_px(live_server, new_page, login, artifacts_dir, busy_queue):
    from playwright.sync_api import expect

    page = new_page()
    page.set_viewport_size(LAPTOP)
    events = watch_for_scripts(page)
    login(page, "edna", PASSWORD)
    page.goto(f"{live_server.url}/review/?state=all")
    score = page.locator("table.queue thead th", has_text="Score")
    expect(score).to_be_visible()
    assert box(score)["x"] + box(score)["width"] <= LAPTOP["width"]
    assert inside_width(page.locator("table.queue"), LAPTOP["width"])
    assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]

    # The whole header fits in the bar: no menu button, every link on screen.
    expect(page.locator(".nav-toggle")).to_be_hidden()
    for name in ("Queue", "Imports", "Quality", "Stats", "Admin", "Shortcuts", "Log out"):
        link = (
            page.locator(".topbar")
            .get_by_role("link", name=name, exact=True)
            .or_(page.locator(".topbar").get_by_role("button", name=re.compile(f"^{name}")))
        )
        expect(link.first).to_be_visible()
        assert inside_width(link.first, LAPTOP["width"]), name
    expect(page.locator(".notifications-link")).to_be_visible()
    assert inside_width(page.locator(".notifications-link"), LAPTOP["width"])
    assert box(page.locator(".topbar"))["height"] <= 60
    assert box(page.locator(".whoami"))["height"] <= 30, "the user's name wraps"
    assert page.locator(".nav-items").evaluate("el => el.scrollWidth <= el.clientWidth")
    for width in (1000, 1180, 1440):  # the bar's narrowest width, either side of its compact step
        page.set_viewport_size({"width": width, "height": 768})
        expect(page.locator(".nav-toggle")).to_be_hidden()
        assert page.locator(".topbar").evaluate("el => el.scrollWidth <= el.clientWidth"), width
        assert page.locator(".nav-items").evaluate("el => el.scrollWidth <= el.clientWidth"), width
    # The links of the (closed) <details> are in the tab order when they are shown in the bar.
    page.locator(".brand").focus()
    page.keyboard.press("Tab")
    expect(page.locator("nav.topnav").get_by_role("link", name="Queue", exact=True)).to_be_focused()
    page.set_viewport_size({"width": 999, "height": 768})
    expect(page.locator(".nav-toggle")).to_be_visible()
    page.set_viewport_size(LAPTOP)
    page.screenshot(path=str(artifacts_dir / "layout-queue-1024.png"))
    page.screenshot(path=str(artifacts_dir / "layout-queue-1024-full.png"), full_page=True)
    assert events == []


def test_every_header_link_is_reachable_at_390_px(live_server, new_page, login, artifacts_dir, busy_queue):
    from playwright.sync_api import expect

    page = new_page()
    page.set_viewport_size(PHONE)
    events = watch_for_scripts(page)
    login(page, "edna", PASSWORD)
    page.goto(f"{live_server.url}/review/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    toggle = page.locator("summary.nav-toggle")
    expect(toggle).to_be_visible()
    assert inside_width(toggle, PHONE["width"])
    expect(page.locator(".topnav")).to_be_hidden()
    page.screenshot(path=str(artifacts_dir / "layout-queue-390.png"))
    page.screenshot(path=str(artifacts_dir / "layout-queue-390-full.png"), full_page=True)

    # Open with the keyboard: the links follow the button in the tab order.
    toggle.focus()
    page.keyboard.press("Enter")
    menu = page.locator(".nav-items")
    expect(menu).to_be_visible()
    names = ["Queue", "Imports", "Quality", "Stats", "Admin"]
    for name in names:
        link = page.locator("nav.topnav").get_by_role("link", name=name, exact=True)
        expect(link).to_be_visible()
        assert inside_width(link, PHONE["width"]), name
    others = [
        page.locator(".notifications-link"),
        page.locator(".topbar").get_by_role("button", name="Shortcuts"),
        page.locator(".topbar").get_by_role("button", name="Log out"),
    ]
    for other in others:
        expect(other).to_be_visible()
        assert inside_width(other, PHONE["width"])
        b = box(other)
        assert b["y"] + b["height"] <= PHONE["height"]
    expect(page.locator(".notifications-count")).to_have_text("1")
    page.keyboard.press("Tab")
    expect(page.locator("nav.topnav").get_by_role("link", name="Queue", exact=True)).to_be_focused()
    page.screenshot(path=str(artifacts_dir / "layout-menu-390.png"))

    # Escape closes it and gives the focus back to the button; Tab past the last control closes it too.
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    page.locator(".topbar").get_by_role("button", name="Log out").focus()
    page.keyboard.press("Tab")
    expect(menu).to_be_hidden()

    # The links work from the menu.
    toggle.click()
    page.locator("nav.topnav").get_by_role("link", name="Stats", exact=True).click()
    expect(page).to_have_url(re.compile(r"/review/stats/$"))
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert events == []


def test_the_menu_works_without_javascript(live_server, browser, login, reviewer):
    from playwright.sync_api import expect

    from tests.browser.conftest import VIEWPORT

    context = browser.new_context(viewport=PHONE, locale="en-GB", java_script_enabled=False)
    try:
        page = context.new_page()
        login(page, "rita", PASSWORD)
        page.goto(f"{live_server.url}/review/")
        page.locator("summary.nav-toggle").click()
        expect(page.locator(".topbar").get_by_role("button", name="Log out")).to_be_visible()
        page.locator(".topbar").get_by_role("button", name="Log out").click()
        expect(page).to_have_url(re.compile(r"/review/login/$"))
        page.set_viewport_size(VIEWPORT)
        expect(page.get_by_role("heading", name="Log in to review")).to_be_visible()
    finally:
        context.close()


def test_the_workspace_login_page_logs_a_reviewer_in(live_server, new_page, artifacts_dir, reviewer):
    from playwright.sync_api import expect

    page = new_page()
    page.set_viewport_size(PHONE)
    events = watch_for_scripts(page)
    page.goto(f"{live_server.url}/review/")
    expect(page).to_have_url(re.compile(r"/review/login/\?next=/review/$"))
    expect(page.get_by_role("heading", name="Log in to review")).to_be_visible()
    expect(page.locator("#id_username")).to_be_focused()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=str(artifacts_dir / "layout-login-390.png"), full_page=True)

    page.fill("#id_username", "rita")
    page.fill("#id_password", "not the password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_contain_text("correct username and password")
    page.set_viewport_size(LAPTOP)
    page.screenshot(path=str(artifacts_dir / "layout-login-error-1024.png"), full_page=True)

    page.fill("#id_password", PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Queue")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/review/$"))
    page.locator(".topbar").get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/review/login/$"))
    page.goto(f"{live_server.url}/review/")
    expect(page).to_have_url(re.compile(r"/review/login/\?next=/review/$"))
    assert events == []


def test_the_claim_tooltip_stays_out_of_the_way(live_server, new_page, login, artifacts_dir, busy_queue):
    from playwright.sync_api import expect

    page = new_page()
    page.set_viewport_size(LAPTOP)
    events = watch_for_scripts(page)
    login(page, "rita", PASSWORD)
    page.goto(f"{live_server.url}/review/articles/{busy_queue.pk}/")
    claims = page.locator("#article-body a.claim")
    target = claims.filter(has_text="250,000 people").first
    target.evaluate("el => el.scrollIntoView({block: 'center'})")
    tooltip = page.locator("#tooltip")
    expect(tooltip).to_be_hidden()

    target.focus()
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Half true")
    page.wait_for_timeout(100)
    tip = box(tooltip)
    rects = target.evaluate(
        "el => Array.from(el.getClientRects())"
        ".map(r => ({top: r.top, bottom: r.bottom, left: r.left, right: r.right}))"
    )
    line = page.locator("#article-body").evaluate("el => parseFloat(getComputedStyle(el).lineHeight)")
    body = box(page.locator("#article-body"))
    first = rects[0]
    previous_line = {
        "top": first["top"] - line,
        "bottom": first["top"],
        "left": body["x"],
        "right": body["x"] + body["width"],
    }

    def overlaps(a: dict, b: dict) -> bool:
        return (
            a["left"] < b["right"]
            and b["left"] < a["right"]
            and a["top"] < b["bottom"]
            and b["top"] < a["bottom"]
        )

    tip_rect = {
        "top": tip["y"],
        "bottom": tip["y"] + tip["height"],
        "left": tip["x"],
        "right": tip["x"] + tip["width"],
    }
    assert not overlaps(tip_rect, previous_line), (tip_rect, previous_line)
    assert not any(overlaps(tip_rect, r) for r in rects), "the tooltip covers the claim itself"
    assert tip_rect["right"] <= LAPTOP["width"] and tip_rect["left"] >= 0
    page.screenshot(path=str(artifacts_dir / "layout-tooltip-1024.png"))

    # Escape hides it and leaves the focus where it was (the tooltip never takes it).
    page.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()
    expect(target).to_be_focused()

    # Tab past the article's last claim: the focus moves on, the tooltip goes.
    last = claims.last
    last.focus()
    expect(tooltip).to_be_visible()
    page.keyboard.press("Tab")
    expect(last).not_to_be_focused()
    assert page.evaluate("!document.activeElement.closest('#article-body a.claim')")
    expect(tooltip).to_be_hidden()

    # The pointer: shown on hover, gone when it leaves.
    target.evaluate("el => el.scrollIntoView({block: 'center'})")
    target.hover()
    expect(tooltip).to_be_visible()
    page.mouse.move(5, LAPTOP["height"] - 5)
    expect(tooltip).to_be_hidden()

    # At 390 px it stays on screen.
    page.set_viewport_size(PHONE)
    target.evaluate("el => el.scrollIntoView({block: 'center'})")
    target.focus()
    expect(tooltip).to_be_visible()
    assert inside_width(tooltip, PHONE["width"])
    page.screenshot(path=str(artifacts_dir / "layout-tooltip-390.png"))
    assert events == []
