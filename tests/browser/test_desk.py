"""The desk in Chromium, as the demo editor: import a pasted article from the workspace, follow it to its
articles, and hear of a reviewer's @mention through the header's notifications."""

from __future__ import annotations

import pytest

from annotations import services
from factcheck.models import Article, ImportJob

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"
PASTED = (
    "Aleppo under siege\n\n"
    "About 250,000 people are living under siege in eastern Aleppo, the UN said on Tuesday. "
    "Rebels seized more than 20 villages last week, a monitoring group said."
)


def test_an_editor_imports_a_pasted_article_and_is_told_of_a_mention(
    live_server, new_page, login, artifacts_dir, editor, reviewer
):
    from playwright.sync_api import expect

    page = new_page()
    login(page, "edna", PASSWORD)
    page.goto(f"{live_server.url}/review/imports/")
    page.get_by_label("Paste an article").fill(PASTED)
    page.get_by_role("button", name="Start import").click()
    expect(page.locator(".messages")).to_contain_text("started: 1 source.")
    job = ImportJob.objects.get()
    row = page.locator(f"#job-{job.pk}")
    expect(row).to_contain_text("Succeeded")  # the job table follows the worker (here in-process)
    page.screenshot(path=str(artifacts_dir / "desk-import-pasted.png"))
    row.get_by_role("link", name=f"#{job.pk}").click()
    expect(page.get_by_role("heading", name=f"Import job #{job.pk}")).to_be_visible()
    page.get_by_role("link", name="Aleppo under siege").click()
    expect(page.locator("#article-text, main")).to_contain_text("250,000 people")

    # A reviewer mentions the editor in a comment: the header counts it; opening it goes to the claim.
    article = Article.objects.get()
    claim = article.claims.filter(quantities__value=250000).get()
    review = services.review_assign(review=services.review_get_or_create(claim=claim), by=reviewer)
    services.comment_add(review=review, by=reviewer, body="@edna is the UN figure the latest?")
    page.goto(f"{live_server.url}/review/")
    badge = page.get_by_role("link", name="1 unread notification")
    expect(badge).to_be_visible()
    badge.click()
    expect(page).to_have_url(f"{live_server.url}/review/notifications/")
    opening = page.locator("main a[href*='/open/']").first
    expect(opening).to_be_visible()  # the screenshot waits for the page it was sent to, not the one it left
    page.screenshot(path=str(artifacts_dir / "desk-notifications.png"))
    opening.click()
    expect(page).to_have_url(f"{live_server.url}/review/articles/{article.pk}/?claim={claim.pk}")
    expect(page.get_by_role("link", name="Notifications, none unread")).to_be_attached()
