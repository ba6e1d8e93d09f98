"""Clusters of the same claim in the workspace: the queue's badge and grouping, the cluster's page, and an
editor applying one published verdict to the whole cluster."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations.models import Review, ReviewState
from factcheck.matching import services as matching_services
from factcheck.matching.models import SameClaim
from factcheck.models import Claim
from tests.matching.test_clusters import THIRD as FOURTH
from tests.matching.test_index import OTHER, SECOND, SEED
from tests.workspace.test_matching_views import THIRD, _article, _publish, _siege, as_user

pytestmark = pytest.mark.django_db

QUEUE = reverse("workspace:queue")


@pytest.fixture
def cluster():
    """The second report's siege claim (275,000 people) in three reports, clustered, the second report's
    first; the seed's (250,000 people, a figure conflict) and another story in none."""
    _article(SEED)
    second, third, fourth = _article(SECOND), _article(THIRD), _article(FOURTH)
    _article(OTHER)
    matching_services.matches_detect(claim_ids=[_siege(third).pk, _siege(fourth).pk])
    claims = [_siege(article) for article in (second, third, fourth)]
    assert set(SameClaim.objects.values_list("claim_id", flat=True)) == {claim.pk for claim in claims}
    return claims


def same_url(claim) -> str:
    return reverse("workspace:same-claim", args=[claim.pk])


def _rows(html: str) -> list[str]:
    return re.findall(r'<input type="checkbox" name="claims" value="(\d+)"', html)


def test_a_queue_row_says_where_else_its_claim_was_made(client, reviewer, cluster):
    html = as_user(client, reviewer).get(QUEUE, {"state": "all"}).content.decode()
    assert html.count("Same claim in 2 other articles") == 3
    assert f'href="{same_url(cluster[0])}"' in html


def test_grouped_the_queue_shows_a_cluster_once_by_its_first_claim(client, editor, cluster):
    client = as_user(client, editor)
    every = _rows(client.get(QUEUE, {"state": "all"}).content.decode())
    grouped_html = client.get(QUEUE, {"state": "all", "grouped": "on"}).content.decode()
    grouped = _rows(grouped_html)
    assert {str(claim.pk) for claim in cluster} <= set(every)
    assert str(cluster[0].pk) in grouped
    assert not {str(cluster[1].pk), str(cluster[2].pk)} & set(grouped)
    assert len(grouped) == len(every) - 2
    assert f"<strong>{len(grouped)}</strong> claims" in grouped_html
    assert 'id="f-grouped" type="checkbox" name="grouped" value="on" checked' in grouped_html


def test_grouped_a_cluster_is_shown_by_its_first_claim_in_the_view(client, editor, cluster):
    """The seed's claim published, the unreviewed tab still lists the cluster, by the second report."""
    _publish(cluster[0])
    html = as_user(client, editor).get(QUEUE, {"state": "unreviewed", "grouped": "on"}).content.decode()
    shown = set(_rows(html))
    assert str(cluster[1].pk) in shown and str(cluster[2].pk) not in shown


def test_the_grouped_queue_takes_the_same_queries_for_one_or_many_clusters(
    client, editor, cluster, django_assert_num_queries
):
    client = as_user(client, editor)
    params = {"state": "all", "grouped": "on"}
    client.get(QUEUE, params)  # session and permissions warmed
    with CaptureQueriesContext(connection) as one:
        client.get(QUEUE, params)
    for n in range(3):
        text = OTHER.replace("Flooding closes schools", f"Flooding closes schools, day {n}")
        article = _article(text.replace("40 schools", f"{41 + n} schools"))
        matching_services.matches_detect(claim_ids=article.claims.values_list("pk", flat=True))
    assert SameClaim.objects.values("first_id").distinct().count() == 2
    with django_assert_num_queries(len(one)):
        html = client.get(QUEUE, params).content.decode()
    assert "Same claim in 3 other articles" in html


def test_the_clusters_page_lists_its_claims_with_their_reviews(client, reviewer, cluster):
    _publish(cluster[0])
    html = as_user(client, reviewer).get(same_url(cluster[1])).content.decode()
    assert html.count('<tr id="claim-') == 3
    for claim in cluster:
        assert f'<tr id="claim-{claim.pk}"' in html
    assert "False" in html  # the seed's published verdict
    assert "Apply the chosen verdict" not in html  # reviewers do not apply verdicts to clusters


def test_a_claim_in_no_cluster_has_no_page(client, reviewer, cluster):
    other = Claim.objects.filter(same_claim__isnull=True).first()
    assert other is not None
    assert as_user(client, reviewer).get(same_url(other)).status_code == 404


def test_an_editor_applies_a_published_verdict_to_the_cluster(client, editor, cluster):
    source = _publish(cluster[0])
    client = as_user(client, editor)
    html = client.get(same_url(cluster[0])).content.decode()
    assert f'name="source" value="{cluster[0].pk}" checked' in html
    assert set(_rows(html)) == {str(cluster[1].pk), str(cluster[2].pk)}
    response = client.post(
        reverse("workspace:same-claim-apply", args=[cluster[0].pk]),
        {"source": cluster[0].pk, "claims": [cluster[1].pk, cluster[2].pk]},
        follow=True,
    )
    assert "2 claims given a draft with the verdict of claim #" in response.content.decode()
    for claim in cluster[1:]:
        review = Review.objects.get(claim=claim)
        assert review.reused_from_id == source.pk
        assert review.verdict_id == source.published_revision.verdict_id
        assert review.state == ReviewState.IN_PROGRESS


def test_claims_someone_else_works_on_are_not_ticked_for_applying(client, editor, reviewer, cluster):
    from annotations import services

    _publish(cluster[0])
    services.review_assign(review=services.review_get_or_create(claim=cluster[2]), by=reviewer)
    html = as_user(client, editor).get(same_url(cluster[0])).content.decode()
    assert re.search(rf'name="claims" value="{cluster[1].pk}"[^>]*checked', html)
    assert not re.search(rf'name="claims" value="{cluster[2].pk}"[^>]*checked', html)


def test_applying_keeps_each_refusal_with_its_claim(client, editor, cluster):
    source = _publish(cluster[0])
    published = _publish(cluster[2])
    response = as_user(client, editor).post(
        reverse("workspace:same-claim-apply", args=[cluster[1].pk]),
        {"source": cluster[0].pk, "claims": [cluster[1].pk, cluster[2].pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "1 claim given a draft" in html and "Not done for" in html
    assert Review.objects.get(claim=cluster[1]).reused_from_id == source.pk
    published.refresh_from_db()
    assert published.reused_from_id is None and published.state == ReviewState.PUBLISHED


@pytest.mark.parametrize("source", ["", "abc", "999999"])
def test_applying_without_a_published_verdict_of_the_cluster_is_refused(client, editor, cluster, source):
    response = as_user(client, editor).post(
        reverse("workspace:same-claim-apply", args=[cluster[0].pk]),
        {"source": source, "claims": [cluster[1].pk]},
        follow=True,
    )
    assert "Choose a published verdict of this cluster to apply." in response.content.decode()
    assert not Review.objects.filter(claim=cluster[1], verdict__isnull=False).exists()


def test_a_reviewer_cannot_apply_a_verdict_to_a_cluster(client, reviewer, cluster):
    _publish(cluster[0])
    response = as_user(client, reviewer).post(
        reverse("workspace:same-claim-apply", args=[cluster[0].pk]),
        {"source": cluster[0].pk, "claims": [cluster[1].pk]},
    )
    assert response.status_code == 403
    assert not Review.objects.filter(claim=cluster[1]).exists()


def test_the_clusters_page_takes_the_same_queries_for_few_or_many_claims(
    client, editor, cluster, django_assert_num_queries
):
    _publish(cluster[0])
    client = as_user(client, editor)
    client.get(same_url(cluster[0]))  # session and permissions warmed
    with CaptureQueriesContext(connection) as three:
        client.get(same_url(cluster[0]))
    for n in range(3):
        text = THIRD.replace("on Saturday", f"on day {n}")
        matching_services.matches_detect(claim_ids=[_siege(_article(text)).pk])
    with django_assert_num_queries(len(three)):
        html = client.get(same_url(cluster[0])).content.decode()
    assert html.count('<tr id="claim-') == 6


def test_seen_before_links_the_claims_cluster(client, editor, reviewer, cluster):
    url = reverse("workspace:seen-before", args=[cluster[1].pk])
    html = as_user(client, reviewer).get(url, HTTP_HX_REQUEST="true").content.decode()
    assert f'<a href="{same_url(cluster[1])}">The same claim in 2 other articles</a></p>' in html
    html = as_user(client, editor).get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "The same claim in 2 other articles</a>: apply one verdict to all" in html
