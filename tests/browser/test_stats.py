"""The desk's statistics page in Chromium: the charts draw, their data tables open, no script is needed.

Fixtures (``browser``, ``new_page``, ``login``, ``artifacts_dir``) come from ``tests/browser/conftest.py``.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from annotations import services
from annotations.models import Rating, Review
from factcheck.models import Article, Claim
from tests.factories import ReviewFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"


def _a_fortnight_of_work(reviewer, other_reviewer, editor) -> None:
    """Reviews in every state, imported and moved along on different days of the last two weeks."""
    ratings = list(Rating.objects.filter(scale__is_default=True).order_by("position"))
    states = ["published", "published", "needs_second_review", "in_progress", "approved", "published"]
    today = timezone.localdate()
    for i in range(18):
        review = ReviewFactory(
            state=states[i % len(states)],
            reviewer=reviewer if i % 3 else other_reviewer,
            editor=editor,
            rating=ratings[i % len(ratings)],
        )
        if review.state in ("needs_second_review", "approved") and i % 4 != 0:
            review = services.review_return(review=review, by=editor, reason="Cite the source.")
        imported = timezone.make_aware(
            datetime.datetime.combine(today - datetime.timedelta(days=13 - i // 2), datetime.time(9))
        )
        worked = imported + datetime.timedelta(days=i % 4, hours=3 + i)
        worked = min(worked, timezone.now())
        Claim.objects.filter(pk=review.claim_id).update(created_at=imported)
        Article.objects.filter(claims=review.claim_id).update(created_at=imported)
        Review.history.filter(id=review.pk).update(history_date=worked)
        if review.published_at:
            Review.objects.filter(pk=review.pk).update(published_at=worked, last_published_at=worked)


def test_the_stats_page_draws_its_charts(
    live_server, page, login, artifacts_dir, reviewer, other_reviewer, editor
):
    _a_fortnight_of_work(reviewer, other_reviewer, editor)
    login(page, "edna", PASSWORD)
    errors: list[str] = []  # on the stats page (the admin's login page asks for a /favicon.ico)
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(f"{live_server.url}/review/stats/?days=14")

    assert page.locator("h1").inner_text() == "Desk statistics"
    assert page.locator('nav.topnav a[aria-current="page"]').inner_text() == "Stats"
    charts = page.locator("svg[data-chart]")
    assert charts.count() == 4
    for n in range(4):
        chart = charts.nth(n)
        assert chart.get_attribute("role") == "img"
        assert chart.bounding_box()["height"] > 50
    assert page.locator('svg[data-chart="reviewed"] rect').count() > 0
    assert page.locator('svg[data-chart="backlog"] polyline').count() == 4
    assert page.locator('svg[data-chart="verdicts"] rect').count() >= 2

    table = page.locator("details.st-data").nth(2)
    table.locator("summary").click()
    assert table.locator("tbody tr").count() == 14
    page.screenshot(path=str(artifacts_dir / "stats-page.png"), full_page=True)
    assert not errors
