"""axe-core (bundled with axe-playwright-python, run in Chromium) over every workspace page: no serious or
critical violation. The pages are drawn with real data: an article with reviews in several states, an
import job with a failed item, a notification, the panel open and the shortcuts dialog shown."""

from __future__ import annotations

import pytest

from annotations import services
from annotations.models import Rating
from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import write_article
from factcheck.models import ImportItem, ImportJob

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"
BLOCKING = {"serious", "critical"}


def blocking_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.fixture
def desk(seed_dir, reviewer, editor):
    article = write_article(record_from_text(next(seed_dir.glob("*.txt")).read_text())).article
    claims = list(article.claims.filter(is_claim=True).order_by("index"))
    rating = Rating.objects.filter(scale__is_default=True).first()
    review = services.review_assign(review=services.review_get_or_create(claim=claims[0]), by=reviewer)
    review = services.review_update(
        review=review,
        by=reviewer,
        expected_version=review.version,
        verdict=rating,
        rationale="Because.",
        claim_reviewed="250,000 people live under siege in eastern Aleppo",
    )
    services.review_submit_for_second_review(review=review, by=reviewer)
    services.comment_add(review=review, by=reviewer, body="@edna please look at the figure.")
    job = ImportJob.objects.create(status=ImportJob.Status.PARTIALLY_FAILED, total_items=2, imported_count=1)
    ImportItem.objects.create(job=job, position=1, name="broken.json", status="failed", error="Not JSON.")
    article.import_job = job
    article.save(update_fields=["import_job"])
    return {"article": article, "claim": claims[0], "job": job}


def test_no_workspace_page_has_a_serious_or_critical_violation(live_server, new_page, login, desk):
    page = new_page()
    page.goto(f"{live_server.url}/review/login/")
    assert blocking_violations(page) == [], "login"
    login(page, "edna", PASSWORD)
    article, claim, job = desk["article"], desk["claim"], desk["job"]
    pages = {
        "queue": "/review/",
        "queue, every claim": "/review/?state=all",
        "reader": f"/review/articles/{article.pk}/",
        "reader with the panel": f"/review/articles/{article.pk}/?claim={claim.pk}",
        "imports": "/review/imports/",
        "import job": f"/review/imports/{job.pk}/",
        "quality": "/review/quality/",
        "stats": "/review/stats/",
        "notifications": "/review/notifications/",
    }
    found = {}
    for name, path in pages.items():
        page.goto(f"{live_server.url}{path}")
        if violations := blocking_violations(page):
            found[name] = violations
    page.goto(f"{live_server.url}/review/")
    page.keyboard.press("?")
    page.locator("#shortcuts").wait_for(state="visible")
    if violations := blocking_violations(page):
        found["shortcuts dialog"] = violations
    assert found == {}, "\n".join(f"{name}: {v}" for name, vs in found.items() for v in vs)
