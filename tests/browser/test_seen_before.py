"""*Seen before* in Chromium: the second report of the Aleppo siege shows the desk's verdict on the seed's
claim and the figures that disagree; *Reuse this verdict* fills the verdict; the conflicts page lists
the pair. Screenshots at 1280 and 1024 px go to ``tests/artifacts/seen-before-*.png``."""

from __future__ import annotations

import pytest

from annotations.models import Review
from factcheck.imports.parsers import record_from_text
from factcheck.imports.records import FactCheckRecord
from factcheck.imports.writer import insert_fact_check, write_article
from factcheck.matching import services as matching_services
from factcheck.matching.models import SameClaim
from tests.browser.test_accessibility import blocking_violations
from tests.browser.test_corrections import PASSWORD, open_reader, settled, watch
from tests.conftest import SEEDS
from tests.workspace.test_matching_views import _publish, _siege

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (1280, 1024)


@pytest.fixture
def siege(reviewer, editor):
    """The two seed reports of the Aleppo siege (250,000 and 275,000 people), a published verdict on
    the first one's siege claim, a known fact-check, and the conflict of their figures."""
    seed, second = (
        write_article(record_from_text(path.read_text())).article for path in sorted(SEEDS.glob("*.txt"))[:2]
    )
    verdict = _publish(_siege(seed))
    insert_fact_check(
        FactCheckRecord(
            claim="275,000 people live under siege in eastern Aleppo.",
            rating="Mostly true",
            publisher="Checkers",
            title="Are 275,000 people besieged in Aleppo?",
            url="https://checkers.example/aleppo-siege",
        )
    )
    matching_services.conflicts_detect(claim_ids=[_siege(second).pk])
    return {"seed": seed, "second": second, "claim": _siege(second), "verdict": verdict}


def test_a_reviewer_sees_the_claim_before_and_reuses_the_desks_verdict(
    live_server, new_page, login, artifacts_dir, siege
):
    from playwright.sync_api import expect

    second, claim, verdict = siege["second"], siege["claim"], siege["verdict"]

    page = new_page()
    events = watch(page)
    open_reader(page, live_server, login, second, claim)
    seen = page.locator("#seen-before")
    expect(seen.locator(".seen-conflict")).to_contain_text(
        "Figures disagree: 275,000 people vs 250,000 people"
    )
    expect(seen.locator(".seen-verdict")).to_contain_text(siege["seed"].title)
    expect(seen.locator(".seen-fact-check")).to_contain_text("Checkers")
    assert blocking_violations(page) == [], "the panel with Seen before"
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        seen.scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts_dir / f"seen-before-panel-{width}.png"))
        seen.screenshot(path=str(artifacts_dir / f"seen-before-section-{width}.png"))
        box, panel = seen.bounding_box(), page.locator("#panel").bounding_box()
        assert box and panel and box["x"] + box["width"] <= panel["x"] + panel["width"] + 1, (
            "inside the panel"
        )

    seen.get_by_role("button", name="Reuse this verdict").click()
    expect(page.locator("#panel .alert.ok")).to_contain_text("Assigned to you; verdict reused from claim #")
    settled(page)
    rating = verdict.published_revision.verdict
    expect(page.locator(f"#panel input[name=verdict][value='{rating.pk}']")).to_be_checked()
    expect(page.locator("#panel .evidence-item")).to_have_count(1)
    expect(page.locator("#seen-before .seen-verdict")).to_be_visible()  # loaded again with the panel
    page.locator("#panel .alert.ok").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts_dir / "seen-before-reused.png"))
    review = Review.objects.get(claim=claim)
    assert review.verdict_id == rating.pk and review.reused_from_id == verdict.pk

    page.get_by_role("link", name="Conflicts").click()
    expect(page.get_by_role("heading", name="Figure conflicts")).to_be_visible()
    expect(page.locator("table.conflicts tbody tr")).to_have_count(1)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 700})
        page.screenshot(path=str(artifacts_dir / f"seen-before-conflicts-{width}.png"))
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
            "no sideways scroll"
        )
    assert events == []

    # An editor settles it: the Dismiss button, then the empty list.
    desk = new_page()
    login(desk, "edna", PASSWORD)
    desk.set_viewport_size({"width": 1024, "height": 700})
    desk.goto(f"{live_server.url}/review/conflicts/")
    assert blocking_violations(desk) == [], "the conflicts page"
    desk.screenshot(path=str(artifacts_dir / "seen-before-conflicts-editor-1024.png"))
    assert desk.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scroll"
    desk.get_by_role("button", name="Dismiss").click()
    expect(desk.locator(".messages")).to_contain_text("Conflict dismissed: 250,000 people vs 275,000 people.")
    expect(desk.locator(".empty")).to_contain_text("No open conflicts in the last 30 days.")


def test_without_javascript_seen_before_is_a_page_and_its_buttons_still_work(
    live_server, browser, login, artifacts_dir, siege
):
    from playwright.sync_api import expect

    context = browser.new_context(java_script_enabled=False, viewport={"width": 1024, "height": 900})
    try:
        page = context.new_page()
        open_reader(page, live_server, login, siege["second"], siege["claim"])
        page.get_by_role("link", name="Look for this claim in other articles and known fact-checks").click()
        expect(page.get_by_role("heading", name=f"Claim #{siege['claim'].pk} seen before")).to_be_visible()
        expect(page.locator(".seen-conflict")).to_contain_text("275,000 people vs 250,000 people")
        page.screenshot(path=str(artifacts_dir / "seen-before-nojs-1024.png"), full_page=True)
        page.get_by_role("button", name="Cite as evidence").click()
        expect(page.locator(".messages")).to_contain_text("Checkers's fact-check cited as evidence.")
        expect(page).to_have_url(
            f"{live_server.url}/review/articles/{siege['second'].pk}/?claim={siege['claim'].pk}"
        )
        expect(page.locator("#panel .evidence-item")).to_contain_text(
            "Are 275,000 people besieged in Aleppo?"
        )
    finally:
        context.close()


def test_an_editor_groups_the_queue_and_applies_a_verdict_to_the_same_claim(
    live_server, new_page, login, artifacts_dir, siege
):
    from playwright.sync_api import expect

    # The rebels' "more than 20 villages" is the same claim in both reports (the siege figures conflict).
    seed_claim, claim = (
        siege[key].claims.get(text__contains="more than 20 villages") for key in ("seed", "second")
    )
    verdict = _publish(seed_claim)
    matching_services.matches_detect(claim_ids=[claim.pk])  # found at import already: nothing new
    assert SameClaim.objects.get(claim=claim).first_id == seed_claim.pk
    page = new_page()
    login(page, "edna", PASSWORD)
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(f"{live_server.url}/review/?state=all")
    page.get_by_label("One row for the same claim across articles").check()
    page.get_by_role("button", name="Filter").click()
    expect(page.locator(f"input[name=claims][value='{claim.pk}']")).to_have_count(0)
    badge = page.locator(f"tr:has(input[name=claims][value='{seed_claim.pk}']) .same-badge")
    expect(badge).to_have_text("Same claim in 1 other article")
    assert blocking_violations(page) == [], "the grouped queue"
    page.screenshot(path=str(artifacts_dir / "same-claim-queue-1024.png"))
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scroll"

    badge.click()
    expect(page.get_by_role("heading", name="The same claim across articles")).to_be_visible()
    expect(page.locator(f"#claim-{seed_claim.pk} input[name=source]")).to_be_checked()
    expect(page.locator(f"#claim-{claim.pk} input[name=claims]")).to_be_checked()
    assert blocking_violations(page) == [], "the cluster's page"
    page.screenshot(path=str(artifacts_dir / "same-claim-page-1024.png"))
    page.get_by_role("button", name="Apply the chosen verdict to the ticked claims").click()
    expect(page.locator(".messages")).to_contain_text("1 claim given a draft with the verdict of claim #")
    expect(page.locator(f"#claim-{claim.pk}")).to_contain_text("In progress")
    page.screenshot(path=str(artifacts_dir / "same-claim-applied-1024.png"))
    assert Review.objects.get(claim=claim).reused_from_id == verdict.pk
