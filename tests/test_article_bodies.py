"""Lists never read article bodies; pages about one article read its body once.

An article may be megabytes (up to ``FACTCHECK_MAX_ARTICLE_BYTES``) with thousands of claims. A list of
claims that joins the article's body to every row (and sorts them) took a database minutes, and a
reader page that did so for each of 2,000 claims of a 9 MB article grew the web process past 20 GB.
So every list selects articles without ``body``, and a page about one article reads it in one query.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory, ReviewFactory

pytestmark = pytest.mark.django_db

BODY_COLUMN = '"factcheck_article"."body"'


def reads_of_bodies(client, url: str) -> int:
    """Queries that fetched an article body while ``client`` got ``url`` (and the whole response)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200, url
        if response.streaming:
            b"".join(response.streaming_content)
    return sum(BODY_COLUMN in query["sql"].split(" FROM ")[0] for query in queries.captured_queries)


@pytest.fixture
def articles(reviewer, editor):
    """Two articles with claims, one of them published: every list has rows."""
    made = []
    for n in range(2):
        article = ArticleFactory(body=f"Heading {n}\n\nOfficials said {n + 20} homes burned. " * 3)
        claim = ClaimFactory(article=article, text=f"Officials said {n + 20} homes burned.", is_claim=True)
        QuantityFactory(claim=claim)
        made.append(article)
    ReviewFactory(claim=made[0].claims.first(), state="published", reviewer=reviewer, editor=editor)
    return made


@pytest.mark.parametrize(
    "url",
    [
        "/review/",
        "/review/?state=all",
        "/api/v1/claims/?ordering=-checkworthiness",
        "/api/v1/articles/",
        "/api/v1/reviews/",
        "/api/v1/reviews/export/?format=csv",
        "/api/v1/reviews/export/?format=jsonl",
        "/api/v1/reviews/export/?format=claimreview",
        "/admin/factcheck/claim/",
        "/admin/factcheck/claim/?o=-3",
        "/admin/factcheck/article/",
        "/admin/annotations/review/",
        "/admin/factcheck/importitem/",
    ],
)
def test_lists_never_read_article_bodies(client, superuser, articles, url):
    client.force_login(superuser)
    assert reads_of_bodies(client, url) == 0


def test_pages_about_one_article_read_its_body_once(client, superuser, articles):
    client.force_login(superuser)
    article = articles[0]
    claim = article.claims.first()
    for url in (
        reverse("workspace:reader", args=[article.pk]),
        f"/api/v1/articles/{article.pk}/",
        reverse("admin:factcheck_article_change", args=[article.pk]),
        reverse("admin:factcheck_claim_change", args=[claim.pk]),
    ):
        assert reads_of_bodies(client, url) == 1, url


def test_the_claim_lists_article_filter_names_articles_and_filters_by_them(client, superuser, articles):
    client.force_login(superuser)
    first, second = articles
    page = client.get("/admin/factcheck/claim/").content.decode()
    assert first.title in page and second.title in page  # the filter's choices
    filtered = client.get(f"/admin/factcheck/claim/?article__id__exact={second.pk}").context["cl"]
    assert {claim.article_id for claim in filtered.result_list} == {second.pk}
    unfiltered = client.get("/admin/factcheck/claim/?article__id__exact=x").context["cl"]
    assert {claim.article_id for claim in unfiltered.result_list} == {first.pk, second.pk}
