"""The reviewer workspace in Chromium: keyboard-only review, editor approval, a conflict, hostile text.

Fixtures (``browser``, ``new_page``, ``login``, ``artifacts_dir``) come from ``tests/browser/conftest.py``.
Screenshots of the queue, the reader and the panel go to ``tests/artifacts/``.
"""

from __future__ import annotations

import re
import time

import pytest

from annotations import services
from annotations.models import Rating, RatingScale, Review, ReviewState
from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import write_article
from factcheck.models import Claim
from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory

# The groups and rating scale made by data migrations are restored after every flush by the
# annotations app's post_migrate hook, so transactional tests need no serialized rollback.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"
RATIONALE = "The UN counted 250,000 to 275,000 people in eastern Aleppo; the figure is in range."


@pytest.fixture
def seed_article(seed_dir):
    assert RatingScale.objects.filter(is_default=True).exists(), "the default rating scale migration ran"
    text = next(seed_dir.glob("*.txt")).read_text()
    return write_article(record_from_text(text)).article


def watch_for_scripts(page) -> list[str]:
    """Dialogs and console errors the page produces (a hostile article must produce none)."""
    events: list[str] = []

    def on_console(message) -> None:
        # Failed loads are reported by URL below (the admin's missing favicon is no injection).
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            events.append(f"console {message.type}: {message.text}")

    def on_response(response) -> None:
        if (
            response.status >= 400
            and response.status not in {400, 403, 409}
            and "favicon" not in response.url
        ):
            events.append(f"HTTP {response.status}: {response.url}")

    page.on("dialog", lambda dialog: (events.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("console", on_console)
    page.on("pageerror", lambda exc: events.append(f"pageerror: {exc}"))
    page.on("response", on_response)
    return events


def eventually(check, timeout: float = 5.0) -> bool:
    """``check()`` became true within ``timeout`` seconds (an autosave may still be on its way)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return check()


def claim_link(page, claim):
    return page.locator(f"#claim-{claim.pk}")


def test_reviewer_full_path_with_the_keyboard_only(
    live_server, new_page, artifacts_dir, seed_article, reviewer
):
    from playwright.sync_api import expect

    target = Claim.objects.get(article=seed_article, text__contains="250,000 people")
    page = new_page()
    events = watch_for_scripts(page)

    # Log in by typing.
    page.goto(f"{live_server.url}/review/")
    expect(page).to_have_url(re.compile(r"/review/login/\?next=/review/"))
    page.keyboard.type("rita")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Queue")).to_be_visible()
    expect(page.locator(".state-tabs")).to_contain_text("Unreviewed")
    page.screenshot(path=str(artifacts_dir / "workspace-queue.png"), full_page=True)

    # The queue: j moves to the next row, Enter opens the claim in its article.
    rows = page.locator("[data-nav-list] [data-nav]")
    target_row = rows.filter(has_text="250,000 people")
    index = next(i for i in range(rows.count()) if "250,000 people" in rows.nth(i).inner_text())
    for _ in range(index + 1):
        page.keyboard.press("j")
    expect(target_row).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#panel .claim-quote")).to_contain_text("250,000 people")
    expect(claim_link(page, target)).to_have_class(re.compile(r"\bcurrent\b"))

    # j then k comes back to the same claim; ? shows the shortcuts and Escape closes them.
    page.keyboard.press("j")
    expect(page.locator("#panel .claim-quote")).not_to_contain_text("250,000 people")
    page.keyboard.press("k")
    expect(page.locator("#panel .claim-quote")).to_contain_text("250,000 people")
    page.keyboard.press("?")
    expect(page.locator("dialog#shortcuts")).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "workspace-shortcuts.png"))
    page.keyboard.press("Escape")
    expect(page.locator("dialog#shortcuts")).to_be_hidden()

    # 3 picks "Half true": the free claim becomes Rita's and the verdict is saved.
    page.keyboard.press("3")
    expect(page.locator("#panel-state")).to_have_text("In progress")
    expect(page.locator("#review-form input[data-key='3']")).to_be_checked()
    review = Review.objects.get(claim=target)
    assert review.verdict.label == "Half true"
    assert review.assignee.username == "rita"

    # r: the rationale; typing saves on its own; Escape leaves the field.
    page.keyboard.press("r")
    expect(page.locator("#rationale")).to_be_focused()
    page.keyboard.type(RATIONALE)
    expect(page.locator("#save-status")).to_contain_text("Saved")
    page.keyboard.press("Escape")
    expect(page.locator("#save-status")).to_contain_text("Saved")
    assert eventually(lambda: Review.objects.get(pk=review.pk).rationale == RATIONALE)

    # The claim is too long to be its own summary: Rita writes one (r, then back past the speaker details).
    page.keyboard.press("r")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    expect(page.locator("#claim-reviewed")).to_be_focused()
    page.keyboard.type("250,000 people live under siege in eastern Aleppo")
    expect(page.locator("#claim-reviewed-count")).to_contain_text("49 / 75")
    page.keyboard.press("Escape")
    assert eventually(lambda: Review.objects.get(pk=review.pk).claim_reviewed.startswith("250,000 people"))

    # e: evidence, typed and submitted with Enter.
    page.keyboard.press("e")
    expect(page.locator("#ev-add-url")).to_be_focused()
    page.keyboard.type("https://reliefweb.int/report/aleppo-situation")
    page.keyboard.press("Tab")
    page.keyboard.type("Aleppo situation report")
    page.keyboard.press("Enter")
    expect(page.locator("#evidence .evidence-item")).to_have_count(1)
    expect(page.locator("#evidence")).to_contain_text("Aleppo situation report")
    page.keyboard.press("Escape")
    page.evaluate("window.scrollTo(0, 0); document.getElementById('panel').scrollTop = 0")
    page.screenshot(path=str(artifacts_dir / "workspace-reader.png"))
    page.set_viewport_size({"width": 1440, "height": 1500})
    page.locator("#panel").screenshot(path=str(artifacts_dir / "workspace-panel.png"))
    page.set_viewport_size({"width": 1440, "height": 900})

    # Hover (here: focus) shows the claim's figures, speaker and verdict.
    claim_link(page, target).focus()
    tooltip = page.locator("#tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("250,000 people")
    expect(tooltip).to_contain_text("Half true")
    expect(tooltip).to_contain_text("The US and the EU")

    # s: send to second review.
    page.keyboard.press("s")
    expect(page.locator("#panel-state")).to_have_text("Needs second review")
    expect(claim_link(page, target)).to_have_class(re.compile(r"st-needs_second_review"))
    review.refresh_from_db()
    assert review.state == ReviewState.NEEDS_SECOND_REVIEW
    assert review.evidence.count() == 1
    assert events == []


def test_editor_approves_and_publishes(
    live_server, new_page, login, artifacts_dir, seed_article, reviewer, editor
):
    from playwright.sync_api import expect

    rita = reviewer
    target = Claim.objects.get(article=seed_article, text__contains="250,000 people")
    review = services.review_get_or_create(claim=target)
    review = services.review_assign(review=review, by=rita)
    half_true = Rating.objects.get(scale__is_default=True, slug="half-true")
    review = services.review_update(
        review=review,
        by=rita,
        expected_version=review.version,
        verdict=half_true,
        rationale=RATIONALE,
        claim_reviewed="250,000 people live under siege in eastern Aleppo",
    )
    services.review_submit_for_second_review(review=review, by=rita)

    page = new_page()
    login(page, "edna", PASSWORD)
    page.goto(f"{live_server.url}/review/")
    row = page.locator("a.row-link", has_text="250,000 people")
    expect(
        page.locator("tbody tr", has=page.locator("a.row-link", has_text="250,000 people"))
    ).to_contain_text("Needs second review")
    page.screenshot(path=str(artifacts_dir / "workspace-queue-editor.png"))
    row.click()
    expect(page.locator("#panel .claim-quote")).to_contain_text("250,000 people")
    # The editor reads but cannot change the verdict in this state; approval is one button.
    expect(page.locator("#rationale")).to_be_disabled()
    page.locator("#panel").screenshot(path=str(artifacts_dir / "workspace-panel-editor.png"))
    page.get_by_role("button", name="Approve").click()
    expect(page.locator("#panel-state")).to_have_text("Approved")
    expect(page.locator("#panel .alert.ok")).to_contain_text("Approved")
    # Publishing asks first: dismissed, nothing happens; accepted, the verdict goes out.
    questions: list[str] = []

    def answer(dialog, accept: bool) -> None:
        questions.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, accept=False))
    page.get_by_role("button", name="Publish").click()
    page.wait_for_timeout(300)
    expect(page.locator("#panel-state")).to_have_text("Approved")
    review.refresh_from_db()
    assert review.state == ReviewState.APPROVED
    page.once("dialog", lambda dialog: answer(dialog, accept=True))
    page.get_by_role("button", name="Publish").click()
    expect(page.locator("#panel-state")).to_have_text("Published")
    assert len(questions) == 2 and questions[0].startswith("Publish this verdict?")
    expect(claim_link(page, target)).to_have_class(re.compile(r"st-published"))
    page.locator("#history summary").click()
    expect(page.locator("#history")).to_contain_text("Published")
    review.refresh_from_db()
    assert review.state == ReviewState.PUBLISHED
    assert review.second_reviewer.username == "edna"


def test_editor_assigns_a_claim_to_a_reviewer(
    live_server, new_page, login, artifacts_dir, seed_article, reviewer, editor
):
    from playwright.sync_api import expect

    rita = reviewer
    target = Claim.objects.get(article=seed_article, text__contains="250,000 people")

    page = new_page()
    login(page, "edna", PASSWORD)
    page.goto(f"{live_server.url}/review/articles/{seed_article.pk}/?claim={target.pk}")
    page.get_by_label("Assign to").select_option(label="Rita Reviewer")
    page.locator("#panel section.actions").screenshot(path=str(artifacts_dir / "workspace-panel-assign.png"))
    page.get_by_role("button", name="Assign", exact=True).click()
    expect(page.locator("#panel .alert.ok")).to_contain_text("Assigned to Rita Reviewer.")
    expect(page.locator("#panel-state")).to_have_text("In progress")
    review = Review.objects.get(claim=target)
    assert review.assignee == rita


def test_concurrent_edits_show_a_conflict_and_lose_nothing(
    live_server, new_page, login, artifacts_dir, seed_article, reviewer, editor
):
    from playwright.sync_api import expect

    rita = reviewer
    target = Claim.objects.get(article=seed_article, text__contains="250,000 people")
    review = services.review_get_or_create(claim=target)
    services.review_assign(review=review, by=rita)
    url = f"{live_server.url}/review/articles/{seed_article.pk}/?claim={target.pk}"

    rita_page, edna_page = new_page(), new_page()
    login(rita_page, "rita", PASSWORD)
    login(edna_page, "edna", PASSWORD)
    rita_page.goto(url)
    edna_page.goto(url)

    # Rita writes a rationale; it is saved.
    rita_page.fill("#rationale", "Rita's rationale.")
    expect(rita_page.locator("#save-status")).to_contain_text("Saved")

    # Edna, on the page she loaded before, picks a verdict: refused, with who changed what.
    edna_page.locator("label.rating", has_text="False").filter(has_not_text="Mostly").click()
    conflict = edna_page.locator("#conflict")
    expect(conflict).to_be_visible()
    expect(conflict).to_contain_text("Rita")
    expect(conflict).to_contain_text("Rationale")
    expect(conflict).to_contain_text("Verdict: False")
    review.refresh_from_db()
    assert review.rationale == "Rita's rationale."
    assert review.verdict is None
    # The form now shows Rita's text; Edna chooses to apply her verdict on top of it.
    expect(edna_page.locator("#rationale")).to_have_value("Rita's rationale.")
    edna_page.locator("#panel").screenshot(path=str(artifacts_dir / "workspace-conflict.png"))
    edna_page.get_by_role("button", name="Apply my change over theirs").click()
    expect(edna_page.locator("#conflict")).to_have_count(0)
    expect(edna_page.locator("#panel .alert.ok")).to_contain_text("Saved")
    review.refresh_from_db()
    assert review.verdict.slug == "false"
    assert review.rationale == "Rita's rationale."


def test_hostile_article_shows_as_text_and_runs_nothing(
    live_server, new_page, login, artifacts_dir, reviewer
):
    from playwright.sync_api import expect

    body = (
        'Officials said <script>alert("script")</script> 300 people fled. '
        'Another <img src=x onerror="alert(document.domain)"> report said 40% were children.'
    )
    article = ArticleFactory(title='<img src=x onerror="alert(1)">Hostile title', body=body)
    end = body.index("fled.") + len("fled.")
    first = ClaimFactory(
        article=article, index=0, text=body[:end], start=0, end=end, speaker='<b onclick="x()">X</b>'
    )
    at = body.index("300 people")
    QuantityFactory(claim=first, surface="300 people", start=at, end=at + 10)
    ClaimFactory(article=article, index=1, text=body[end + 1 :], start=end + 1, end=len(body))

    page = new_page()
    events = watch_for_scripts(page)
    login(page, "rita", PASSWORD)
    page.goto(f"{live_server.url}/review/articles/{article.pk}/")
    expect(page.locator("h1#article-title")).to_have_text('<img src=x onerror="alert(1)">Hostile title')
    expect(page.locator("#article-body")).to_contain_text('<script>alert("script")</script>')
    expect(page.locator("#article-body")).to_contain_text('<img src=x onerror="alert(document.domain)">')
    assert page.locator("#article-body script, #article-body img, h1 img").count() == 0
    claim_link(page, first).click()
    expect(page.locator("#panel .claim-quote")).to_contain_text("<script>")
    claim_link(page, first).hover()
    expect(page.locator("#tooltip")).to_contain_text('<b onclick="x()">X</b>')
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts_dir / "workspace-hostile.png"))
    assert events == []


def test_import_status_updates_while_the_job_runs(live_server, new_page, login, artifacts_dir, editor):
    from playwright.sync_api import expect

    from factcheck.models import ImportJob

    job = ImportJob.objects.create(
        status=ImportJob.Status.RUNNING,
        total_items=4,
        imported_count=1,
        sources=[{"kind": "path", "value": "seeds/"}],
    )
    page = new_page()
    login(page, "edna", PASSWORD)
    page.goto(f"{live_server.url}/review/imports/")
    bar = page.locator(f"#job-{job.pk} [role=progressbar]")
    expect(bar).to_have_attribute("aria-valuenow", "25")
    page.screenshot(path=str(artifacts_dir / "workspace-imports.png"))

    # The worker moves on; the page follows without a reload, then stops polling.
    ImportJob.objects.filter(pk=job.pk).update(imported_count=3, duplicate_count=1, status="succeeded")
    expect(bar).to_have_attribute("aria-valuenow", "100", timeout=8000)
    expect(page.locator(f"#job-{job.pk}")).to_contain_text("Succeeded")
    expect(page.locator("#import-rows")).to_have_attribute("data-polling", "false")


def test_pages_fit_a_laptop_screen(live_server, new_page, login, artifacts_dir, seed_article, reviewer):
    from playwright.sync_api import expect

    target = Claim.objects.get(article=seed_article, text__contains="250,000 people")
    page = new_page()
    page.set_viewport_size({"width": 1280, "height": 720})
    login(page, "rita", PASSWORD)
    for path in ("/review/", f"/review/articles/{seed_article.pk}/?claim={target.pk}"):
        page.goto(live_server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
    # Article and panel side by side, the rating buttons visible without scrolling the page.
    article_box = page.locator("#article-body").bounding_box()
    panel_box = page.locator("#panel").bounding_box()
    assert article_box["x"] + article_box["width"] <= panel_box["x"]
    expect(page.locator("label.rating").first).to_be_in_viewport()
    page.screenshot(path=str(artifacts_dir / "workspace-reader-laptop.png"))

    # Every visible control has a label (or an accessible name), evidence and reason forms included.
    page.keyboard.press("e")
    page.locator("details.reason-action summary").first.click()
    controls, unlabelled = page.evaluate(
        """() => {
            const all = document.querySelectorAll('input:not([type=hidden]), textarea, select, button');
            const visible = [...all].filter(el => el.offsetParent !== null);
            const named = el => (el.labels && el.labels.length) || el.getAttribute('aria-label')
                                || (el.textContent || '').trim();
            const bad = visible.filter(el => !named(el));
            return [visible.length, bad.map(el => el.outerHTML.slice(0, 80))];
        }"""
    )
    assert controls > 15
    assert unlabelled == []


def test_back_after_saving_shows_the_saved_review_and_raises_no_false_conflict(
    live_server, new_page, login, artifacts_dir, seed_article, reviewer
):
    """Pressing Back after a save once restored the page from the cache with the review's old version;
    the next keystroke was refused as "Someone else changed this review". Workspace pages are never
    cached now: Back asks the server again."""
    from playwright.sync_api import expect

    target = Claim.objects.get(article=seed_article, text__contains="250,000 people")
    review = services.review_get_or_create(claim=target)
    services.review_assign(review=review, by=reviewer)
    page = new_page()
    login(page, "rita", PASSWORD)
    page.goto(f"{live_server.url}/review/articles/{seed_article.pk}/?claim={target.pk}")
    page.fill("#rationale", "First thoughts.")
    expect(page.locator("#save-status")).to_contain_text("Saved")

    page.goto(f"{live_server.url}/review/")
    page.go_back()
    expect(page.locator("#rationale")).to_have_value("First thoughts.")
    page.fill("#rationale", "First thoughts, then the UN's figure.")
    expect(page.locator("#save-status")).to_contain_text("Saved")
    expect(page.locator("#conflict")).to_have_count(0)
    page.screenshot(path=str(artifacts_dir / "workspace-back-after-save.png"))
    review.refresh_from_db()
    assert review.rationale == "First thoughts, then the UN's figure."
