"""The queue's multi-select in Chromium: an editor gives twenty claims to a reviewer at once."""

from __future__ import annotations

import pytest

from annotations.models import Review
from tests.workspace.conftest import article_with_claims

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"


def test_an_editor_triages_twenty_claims_at_once(
    live_server, new_page, login, artifacts_dir, editor, reviewer
):
    from playwright.sync_api import expect

    article = article_with_claims(20)
    page = new_page()
    login(page, "edna", PASSWORD)
    page.goto(f"{live_server.url}/review/?state=all")
    counter = page.locator("[data-selected-count]")
    page.get_by_label("Tick every claim on this page").check()
    expect(counter).to_have_text("20 claims ticked")
    # From the keyboard: x on a focused row unticks it, and again ticks it.
    page.locator("a.row-link").first.focus()
    page.keyboard.press("x")
    expect(counter).to_have_text("19 claims ticked")
    page.keyboard.press("x")
    expect(counter).to_have_text("20 claims ticked")
    assignee = page.locator("#t-assignee")
    expect(assignee).to_be_hidden()
    page.select_option("#t-action", "give")
    expect(assignee).to_be_visible()
    page.select_option("#t-assignee", label="Rita Reviewer")
    page.screenshot(path=str(artifacts_dir / "queue-triage.png"))
    page.get_by_role("button", name="Apply to ticked").click()
    expect(page.locator(".messages")).to_contain_text("20 claims assigned to Rita Reviewer.")
    assert Review.objects.filter(claim__article=article, assignee=reviewer).count() == 20
