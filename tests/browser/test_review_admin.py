"""A reviewer annotates the seed article's 250,000-people claim; an editor approves and publishes it."""

from __future__ import annotations

import re

import pytest

from annotations.models import Review
from factcheck.imports.services import import_job_create
from factcheck.models import Article, Claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"


@pytest.fixture
def seed_article(seed_dir) -> Article:
    import_job_create(sources=[{"kind": "path", "value": str(seed_dir)}])  # tasks run eagerly in tests
    return Article.objects.get()


def test_reviewer_annotates_and_editor_publishes(
    live_server, new_page, login, artifacts_dir, seed_article, reviewer, editor
):
    from playwright.sync_api import expect

    claim = Claim.objects.get(article=seed_article, text__contains="250,000 people")

    # The reviewer opens the seed article and clicks the claim in its text.
    page = new_page()
    login(page, "rita", PASSWORD)
    page.goto(f"{live_server.url}/admin/factcheck/article/")
    page.get_by_role("link", name=seed_article.title).click()
    page.locator(".fc-article a.fc-claim", has_text="250,000 people").click()
    expect(page.locator("mark.fc-claim.fc-current")).to_contain_text("250,000 people living under siege")
    expect(page.locator(".fc-context mark.fc-quantity").first).to_have_text(re.compile("250,000"))

    page.get_by_role("button", name="Assign to me").click()
    expect(page.locator(".messagelist")).to_contain_text("Assigned to you")
    page.select_option("#id_verdict", label="Half true")
    page.fill("#id_claim_reviewed", "250,000 people live under siege in eastern Aleppo")
    page.fill(
        "#id_rationale",
        "The UN estimated 250,000 to 275,000 people in eastern Aleppo at the time; the figure is in range "
        "but the claim about intent cannot be verified.",
    )
    page.locator("#evidence-group .add-row a").click()
    page.fill(
        "#id_evidence-0-url", "https://reliefweb.int/report/syrian-arab-republic/aleppo-situation-report"
    )
    page.fill("#id_evidence-0-title", "Syria: Aleppo situation report")
    page.fill("#id_evidence-0-publisher", "UN OCHA")
    page.select_option("#id_evidence-0-stance", "supports")
    page.fill("#id_evidence-0-quote", "An estimated 250,000 to 275,000 people remain in eastern Aleppo.")
    page.screenshot(path=str(artifacts_dir / "review-page-editing.png"), full_page=True)
    page.get_by_role("button", name="Send to second review").click()
    expect(page.locator(".messagelist")).to_contain_text("Sent to second review")
    expect(page.locator(".fc-status .fc-badge")).to_have_text("Needs second review")
    expect(page.get_by_role("button", name="Approve")).to_have_count(0)  # not the reviewer's to approve
    page.screenshot(path=str(artifacts_dir / "review-page-reviewer.png"), full_page=True)

    page.goto(f"{live_server.url}/admin/factcheck/claim/")
    expect(page.locator("#result_list")).to_contain_text("Needs second review")
    page.screenshot(path=str(artifacts_dir / "claim-list.png"))

    # The editor finds it in the queue, approves and publishes it.
    page = new_page()
    login(page, "edna", PASSWORD)
    page.goto(f"{live_server.url}/admin/factcheck/claim/?state=needs_second_review")
    page.locator("#result_list a.fc-claim-text", has_text="250,000 people").click()
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".messagelist")).to_contain_text("Approved")
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".messagelist")).to_contain_text("Published.")
    expect(page.locator(".fc-status .fc-badge")).to_have_text("Published")
    page.screenshot(path=str(artifacts_dir / "review-page-published.png"), full_page=True)
    page.locator(".object-tools a.historylink").click()
    expect(page.locator("#change-history")).to_contain_text("Sent to second review")
    page.screenshot(path=str(artifacts_dir / "review-history.png"), full_page=True)

    page.goto(f"{live_server.url}/admin/factcheck/article/{seed_article.pk}/change/")
    expect(page.locator(".fc-article a.fc-state-published")).to_contain_text("250,000 people")
    page.screenshot(path=str(artifacts_dir / "article-page.png"), full_page=False)

    review = Review.objects.get(claim=claim)
    assert (review.state, review.assignee, review.second_reviewer) == ("published", reviewer, editor)
    assert review.verdict.label == "Half true"
    assert review.evidence.get().publisher == "UN OCHA"
    assert list(Review.objects.published()) == [review]
    users = [r.history_user.username for r in review.history.order_by("history_date") if r.history_user]
    assert users[-2:] == ["edna", "edna"] and "rita" in users
