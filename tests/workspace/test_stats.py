"""``/review/stats/`` and ``/api/v1/stats/``: the desk's figures over a window, for editors only."""

from __future__ import annotations

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from annotations import services
from annotations.api.stats import DeskStatsSerializer
from annotations.models import Rating, Review
from annotations.stats import DEFAULT_DAYS, RECALLED, desk_stats, parse_days, percentile
from factcheck.models import Article, Claim
from tests.factories import ArticleFactory, ClaimFactory, ReviewFactory, bring_to

STATS = "/review/stats/"
API = "/api/v1/stats/"


@pytest.fixture
def rating(db) -> Rating:
    return Rating.objects.get(scale__is_default=True, slug="half-true")


@pytest.fixture
def rating_false(db) -> Rating:
    return Rating.objects.get(scale__is_default=True, slug="false")


def at(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def moved(review: Review, when: datetime.datetime) -> None:
    """Everything the workflow recorded for the review happened at ``when`` instead of now (the history
    keeps its order by ``history_id``)."""
    Review.history.filter(id=review.pk).update(history_date=when)
    if review.published_at:
        Review.objects.filter(pk=review.pk).update(published_at=when, last_published_at=when)


@pytest.fixture
def days() -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()
    return today - datetime.timedelta(days=3), today - datetime.timedelta(days=1)


@pytest.fixture
def desk(db, days, reviewer, editor, rating, rating_false):
    """Two articles imported on two days, two claims each (and a sentence that is no claim): on the
    second day two reviews are published (one claim of each article), one is returned to the reviewer,
    and one claim is left untouched."""
    one, two = days
    first, second = ArticleFactory(), ArticleFactory()
    c1, c2 = (ClaimFactory(article=first, text=f"First says {n} people live here.") for n in (1, 2))
    c3, c4 = (ClaimFactory(article=second, text=f"Second says {n} people live here.") for n in (3, 4))
    ClaimFactory(article=second, text="Nothing to check here.", is_claim=False)
    Article.objects.filter(pk=first.pk).update(created_at=at(one, 9))
    Claim.objects.filter(article=first).update(created_at=at(one, 9))
    Article.objects.filter(pk=second.pk).update(created_at=at(two, 9))
    Claim.objects.filter(article=second).update(created_at=at(two, 9))

    def review(claim, state, verdict):
        return bring_to(
            state,
            services.review_get_or_create(claim=claim),
            reviewer=reviewer,
            editor=editor,
            rating=verdict,
        )

    published_1 = review(c1, "published", rating_false)
    returned = review(c2, "needs_second_review", rating)
    returned = services.review_return(review=returned, by=editor, reason="Cite the census.")
    published_3 = review(c3, "published", rating)
    moved(published_1, at(two, 12))
    moved(returned, at(two, 13))
    moved(published_3, at(two, 12))
    return c4


def as_user(client, user):
    client.force_login(user)
    return client


# --- the figures ---------------------------------------------------------------------------------


def test_days_are_whole_numbers_up_to_a_year():
    assert parse_days("7") == 7
    assert parse_days(" 365 ") == 365
    for junk in (None, "", "junk", "0", "-3", "366", "2.5", "1e3"):
        assert parse_days(junk) == DEFAULT_DAYS


def test_percentiles_interpolate_like_percentile_cont():
    assert percentile([], 0.5) is None
    assert percentile([4.0], 0.9) == 4.0
    assert percentile([3.0, 27.0], 0.5) == 15.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.9) == pytest.approx(3.7)


def test_exact_figures_of_a_small_desk(desk, days, reviewer):
    one, two = days
    stats = desk_stats(days=7)
    assert stats.days == 7 and stats.end == timezone.localdate()
    assert stats.start == stats.end - datetime.timedelta(days=6)
    by_day = {d.day: d for d in stats.daily}
    assert len(by_day) == 7

    assert (by_day[one].articles, by_day[one].claims) == (1, 2)
    assert (by_day[two].articles, by_day[two].claims) == (1, 2), "the sentence that is no claim is left out"
    assert stats.total("articles") == 2 and stats.total("claims") == 4

    assert (by_day[one].submitted, by_day[one].approved, by_day[one].published) == (0, 0, 0)
    assert (by_day[two].submitted, by_day[two].approved) == (3, 2)
    assert (by_day[two].returned, by_day[two].published) == (1, 2)
    assert stats.total("submitted") == 3 and stats.total("published") == 2

    empty = {"unreviewed": 0, "in_progress": 0, "needs_second_review": 0, "approved": 0}
    assert by_day[one - datetime.timedelta(days=1)].backlog == empty
    assert by_day[one].backlog == {**empty, "unreviewed": 2}
    assert by_day[one + datetime.timedelta(days=1)].backlog == {**empty, "unreviewed": 2}
    assert by_day[two].backlog == {**empty, "unreviewed": 1, "in_progress": 1}
    assert by_day[stats.end].backlog == {**empty, "unreviewed": 1, "in_progress": 1}

    # c1: imported on day one at 9, published on day two at 12 (51 h); c3: the same day (3 h)
    assert stats.time_to_publish.count == 2
    assert stats.time_to_publish.median_hours == 27.0
    assert stats.time_to_publish.p90_hours == 46.2

    assert sorted((v.label, v.count) for v in stats.verdicts) == [("False", 1), ("Half true", 1)]

    [rita] = stats.reviewers
    assert (rita.user_id, rita.name) == (reviewer.pk, "Rita Reviewer")
    assert (rita.submitted, rita.published, rita.returned) == (3, 2, 1)
    assert rita.return_rate == pytest.approx(1 / 3)


def test_a_review_its_reviewer_took_back_is_no_return(desk, reviewer, editor, rating):
    """Only an editor's return counts against the reviewer's return rate (the history reason tells)."""
    review = bring_to(
        "needs_second_review",
        services.review_get_or_create(claim=desk),
        reviewer=reviewer,
        editor=editor,
        rating=rating,
    )
    review = services.review_recall(review=review, by=reviewer)
    assert review.history.latest("history_date", "history_id").history_change_reason == RECALLED
    [rita] = desk_stats(days=7).reviewers
    assert (rita.submitted, rita.returned) == (4, 1)
    [today] = desk_stats(days=1).daily
    assert (today.submitted, today.returned, today.backlog["in_progress"]) == (1, 0, 2)


def test_a_short_window_leaves_out_what_came_before(desk, days):
    stats = desk_stats(days=1)
    [today] = stats.daily
    assert (today.articles, today.claims, today.submitted, today.published) == (0, 0, 0, 0)
    assert today.backlog["unreviewed"] == 1 and today.backlog["in_progress"] == 1
    assert stats.time_to_publish.count == 0 and stats.time_to_publish.median_hours is None
    assert stats.verdicts == () and stats.reviewers == ()


def test_an_empty_desk(db):
    stats = desk_stats()
    assert len(stats.daily) == DEFAULT_DAYS
    assert all(not any(d.backlog.values()) for d in stats.daily)


# --- the page ------------------------------------------------------------------------------------


def test_the_page_draws_the_charts_for_editors(client, desk, editor):
    response = as_user(client, editor).get(STATS, {"days": "7"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<svg") == 4
    assert '<title id="st-backlog-title">Backlog at the end of each day</title>' in html
    assert 'role="img"' in html and "<desc" in html and "<table" in html
    assert 'href="/review/stats/" aria-current="page">Stats</a>' in html
    assert "Rita Reviewer" in html and "33%" in html
    assert "27.0 hours" in html and "46.2 hours" in html
    assert '<script src="http' not in html
    assert response.context["stats"].days == 7


def test_reviewers_are_refused_and_see_no_link(client, reviewer):
    as_user(client, reviewer)
    assert client.get(STATS).status_code == 403
    assert 'href="/review/stats/"' not in client.get(reverse("workspace:queue")).content.decode()


def test_the_page_needs_a_login(client, db):
    response = client.get(STATS)
    assert response.status_code == 302 and response["Location"].startswith(reverse("workspace:login"))


@pytest.mark.parametrize("junk", ["junk", "0", "9999", "-1"])
def test_a_bad_window_falls_back_to_thirty_days(client, editor, junk):
    response = as_user(client, editor).get(STATS, {"days": junk})
    assert response.status_code == 200
    assert response.context["stats"].days == DEFAULT_DAYS
    assert len(response.context["stats"].daily) == DEFAULT_DAYS


# --- the API -------------------------------------------------------------------------------------


def test_the_api_serves_the_pages_numbers(client, desk, editor):
    as_user(client, editor)
    page = client.get(STATS, {"days": "7"})
    api = client.get(API, {"days": "7"})
    assert api.status_code == 200
    assert api.json() == json.loads(json.dumps(DeskStatsSerializer(page.context["stats"]).data))
    data = api.json()
    assert data["days"] == 7 and len(data["daily"]) == 7
    assert data["time_to_publish"] == {"count": 2, "median_hours": 27.0, "p90_hours": 46.2}
    assert data["reviewers"][0]["return_rate"] == pytest.approx(1 / 3)
    assert client.get(API, {"days": "junk"}).json()["days"] == DEFAULT_DAYS


def test_the_api_is_for_editors(client, reviewer, db):
    assert client.get(API).status_code in (401, 403)
    assert as_user(client, reviewer).get(API).status_code == 403


def test_the_api_is_in_the_schema(client, db):
    schema = client.get("/api/schema/?format=json").json()
    operation = schema["paths"]["/api/v1/stats/"]["get"]
    assert operation["summary"]
    assert [p["name"] for p in operation["parameters"]] == ["days"]
    reference = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    component = schema["components"]["schemas"][reference.rsplit("/", 1)[1]]
    assert {"daily", "time_to_publish", "verdicts", "reviewers"} <= set(component["properties"])


# --- constant queries ----------------------------------------------------------------------------


def _queries(client, url: str) -> int:
    client.get(url)  # warm up (session, content types)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _desk_of(n: int, reviewer, other_reviewer, editor, rating) -> None:
    states = ["published", "needs_second_review", "in_progress", "approved", "not_checkable"]
    for i in range(n):
        review = ReviewFactory(
            state=states[i % len(states)],
            reviewer=reviewer if i % 2 else other_reviewer,
            editor=editor,
            rating=rating,
        )
        if review.state in ("needs_second_review", "approved") and i % 3 != 2:
            services.review_return(review=review, by=editor, reason="Again.")


@pytest.mark.parametrize("url", [STATS, API])
def test_query_count_is_constant(client, reviewer, other_reviewer, editor, rating, url):
    as_user(client, editor)
    _desk_of(1, reviewer, other_reviewer, editor, rating)
    one = _queries(client, url)
    _desk_of(29, reviewer, other_reviewer, editor, rating)
    assert Review.objects.count() == 30
    assert _queries(client, url) == one
