"""The matching endpoints: a claim's matches, the search of checked claims, the figure conflicts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from factcheck.imports.records import ArticleRecord, FactCheckRecord
from factcheck.imports.writer import insert_fact_check, write_article
from factcheck.matching import services
from factcheck.models import FigureConflict
from tests.factories import ReviewFactory
from tests.matching.test_index import OTHER, SECOND, SEED

pytestmark = pytest.mark.django_db


def _article(text: str, language: str = "en"):
    title, body = text.split("\n\n", 1)
    result = write_article(ArticleRecord(title=title, text=body, language=language))
    assert result.article is not None
    return result.article


def _siege(article):
    return article.claims.get(text__contains="under siege")


def _publish(claim):
    """A published verdict on ``claim`` (its sentence is too long to be its own summary)."""
    from annotations import services as review_services

    review = review_services.review_get_or_create(claim=claim)
    type(review).objects.filter(pk=review.pk).update(claim_reviewed="250,000 people under siege in Aleppo")
    return ReviewFactory(claim=claim, state="published")


@pytest.fixture
def two_reports():
    return _article(SEED), _article(SECOND)


def test_similar_lists_the_same_claim_in_another_article_with_its_reasons(token_client, two_reports):
    seed, second = two_reports
    response = token_client.get(reverse("api:claim-similar", args=[_siege(second).pk]))
    assert response.status_code == 200
    first = response.json()[0]
    assert first["kind"] == "claim" and first["claim"]["id"] == _siege(seed).pk
    assert first["claim"]["article"]["id"] == seed.pk and first["fact_check"] is None
    assert first["reasons"] and first["score"] > 0
    # 250,000 vs 275,000 people under siege, and the words around them: the same claim
    assert first["strength"] == "strong"


def test_a_published_verdict_is_listed_as_the_desks_own(token_client, two_reports):
    seed, second = two_reports
    review = _publish(_siege(seed))
    match = token_client.get(reverse("api:claim-similar", args=[_siege(second).pk])).json()[0]
    assert match["kind"] == "verdict"
    assert match["verdict"]["review"] == review.pk and match["verdict"]["rating"] == "False"
    assert match["verdict"]["url"].endswith(reverse("publishing:detail", args=[review.pk]))


def test_similar_of_an_unknown_claim_is_a_json_404(token_client):
    response = token_client.get(reverse("api:claim-similar", args=[999999]))
    assert response.status_code == 404 and response["Content-Type"].startswith("application/")


def test_matching_needs_a_signed_in_client(anon, two_reports):
    assert anon.get(reverse("api:claim-similar", args=[_siege(two_reports[1]).pk])).status_code in (401, 403)
    assert anon.get(reverse("api:search-claims"), {"q": "siege"}).status_code in (401, 403)
    assert anon.get(reverse("api:conflict-list")).status_code in (401, 403)


def test_search_finds_known_fact_checks_and_own_verdicts_not_unchecked_claims(token_client, two_reports):
    _, second = two_reports
    fact_check = insert_fact_check(
        FactCheckRecord(
            claim="250,000 people live under siege in eastern Aleppo.",
            rating="Mostly true",
            publisher="Checkers",
            title="Are 250,000 people besieged in Aleppo?",
        )
    )
    response = token_client.get(
        reverse("api:search-claims"), {"q": "Is it true 250,000 people are under siege in Aleppo?"}
    )
    assert response.status_code == 200
    assert [(m["kind"], (m["fact_check"] or {}).get("id")) for m in response.json()] == [
        ("fact_check", fact_check.pk)
    ]
    _publish(_siege(second))
    kinds = {
        m["kind"]
        for m in token_client.get(reverse("api:search-claims"), {"q": "people under siege in Aleppo"}).json()
    }
    assert kinds == {"fact_check", "verdict"}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "q"),
        ({"q": "   "}, "q"),
        ({"q": "siege", "top": "0"}, "top"),
        ({"q": "siege", "top": "x"}, "top"),
    ],
)
def test_search_refuses_what_it_cannot_search_for(token_client, params, field):
    response = token_client.get(reverse("api:search-claims"), params)
    assert response.status_code == 400 and field in str(response.json())


def test_a_huge_or_wordless_query_is_answered_not_refused(token_client, two_reports):
    assert token_client.get(reverse("api:search-claims"), {"q": "!!! ???"}).json() == []
    response = token_client.get(reverse("api:search-claims"), {"q": "siege " * 5000})
    assert response.status_code == 200


def test_conflicts_list_both_sides_newest_first(token_client, two_reports):
    seed, second = two_reports
    services.conflicts_detect(claim_ids=[_siege(second).pk])
    response = token_client.get(reverse("api:conflict-list"))
    assert response.status_code == 200
    [conflict] = response.json()["results"]
    assert conflict["summary"] in ("250,000 people vs 275,000 people", "275,000 people vs 250,000 people")
    assert {side["claim"]["article"]["id"] for side in conflict["sides"]} == {seed.pk, second.pk}
    assert conflict["status"] == "open" and conflict["category"] == "population"
    detail = token_client.get(reverse("api:conflict-detail", args=[conflict["id"]])).json()
    assert detail == conflict


def test_conflicts_filter_by_window_and_status(token_client, two_reports):
    services.conflicts_detect(claim_ids=[_siege(two_reports[1]).pk])
    conflict = FigureConflict.objects.get()
    url = reverse("api:conflict-list")
    later = conflict.detected_at.isoformat().replace("+00:00", "Z")
    assert len(token_client.get(url, {"since": later}).json()["results"]) == 1
    assert token_client.get(url, {"until": later}).json()["results"] == []
    services.conflict_dismiss(conflict=conflict)
    assert token_client.get(url).json()["results"] == []
    assert len(token_client.get(url, {"status": "dismissed"}).json()["results"]) == 1
    assert len(token_client.get(url, {"status": "all"}).json()["results"]) == 1
    assert token_client.get(url, {"status": "nonsense"}).status_code == 400


def test_the_conflict_list_takes_the_same_queries_for_one_or_many(
    token_client, django_assert_max_num_queries
):
    _article(SEED)
    for figure in ("275,000", "300,000", "320,000"):
        second = _article(SECOND.replace("275,000", figure).replace("Friday", f"Friday {figure}"))
        services.conflicts_detect(claim_ids=[_siege(second).pk])
    assert FigureConflict.objects.count() >= 3
    url = reverse("api:conflict-list")
    token_client.get(url)  # the token's user and session warmed
    with django_assert_max_num_queries(4) as captured:
        token_client.get(url)
    few = len(captured)
    _article(OTHER)
    with django_assert_max_num_queries(few):
        token_client.get(url)


def test_the_schema_documents_the_matching_endpoints(token_client):
    paths = token_client.get(reverse("api-schema"), {"format": "json"}).json()["paths"]
    assert {"/api/v1/claims/{claim_pk}/similar/", "/api/v1/search/claims/", "/api/v1/conflicts/"} <= set(
        paths
    )


def test_one_verdict_applied_to_a_cluster_gives_each_claim_its_own_review(two_reports, editor, reviewer):
    from annotations import triage
    from annotations.models import Review

    seed, second = two_reports
    third = _article(SECOND.replace("Aid agencies said on Friday", "Relief groups said on Saturday"))
    source = _publish(_siege(seed))
    outcome = triage.claims_reuse(
        claims=[_siege(second), _siege(third), _siege(seed)], source=source, by=editor
    )
    assert [c.pk for c in outcome.done] == [_siege(second).pk, _siege(third).pk]
    assert [reason for _, reason in outcome.refused] == ["A verdict cannot be reused on its own claim."]
    for claim in (_siege(second), _siege(third)):
        review = Review.objects.get(claim=claim)
        assert review.reused_from == source and review.verdict == source.published_revision.verdict
        assert review.state == "in_progress" and review.assignee == editor
        assert review.evidence.get().url.endswith(f"/reviews/{source.pk}/")
        assert f"claim #{source.claim_id}" in review.rationale


def test_only_a_published_verdict_can_be_reused(two_reports, editor):
    from annotations import services as review_services
    from annotations.exceptions import TransitionNotAllowed

    seed, second = two_reports
    draft = review_services.review_get_or_create(claim=_siege(seed))
    with pytest.raises(TransitionNotAllowed, match="Only a published verdict"):
        review_services.review_reuse(claim=_siege(second), source=draft, by=editor)


def test_search_detects_the_language_and_matches_within_it(token_client):
    insert_fact_check(
        FactCheckRecord(
            claim="Rund 250.000 Menschen leben in Aleppo unter Belagerung.",
            rating="Richtig",
            publisher="Prüfer",
            language="de",
        )
    )
    german = token_client.get(
        reverse("api:search-claims"), {"q": "Leben wirklich 250.000 Menschen in Aleppo unter Belagerung?"}
    ).json()
    assert [m["fact_check"]["publisher"] for m in german] == ["Prüfer"]
    english = token_client.get(
        reverse("api:search-claims"), {"q": "Do 250,000 people really live under siege in Aleppo?"}
    ).json()
    assert english == []


@pytest.mark.parametrize(
    "params",
    [{"until": "2627-08-13T22:36:00-23:39"}, {"since": "not a date"}, {"category": "nonsense\x07"}],
)
def test_conflict_filters_refuse_what_the_database_cannot_take(token_client, params):
    """An offset beyond ±14:00 reached PostgreSQL and answered 500 (schemathesis found it)."""
    response = token_client.get(reverse("api:conflict-list"), params)
    assert response.status_code == 400


def test_same_lists_the_claims_cluster_with_reviews_and_verdicts(
    token_client, two_reports, django_assert_max_num_queries
):
    from factcheck.matching import services as matching_services
    from tests.workspace.test_matching_views import THIRD

    _, seed = two_reports  # the second report's siege claim, repeated by a third paper
    second = _article(THIRD)
    review = _publish(_siege(seed))
    matching_services.matches_detect(claim_ids=[_siege(second).pk])
    url = reverse("api:claim-same", args=[_siege(second).pk])
    with django_assert_max_num_queries(8):
        rows = token_client.get(url).json()
    assert [row["claim"]["id"] for row in rows] == [_siege(seed).pk, _siege(second).pk]
    assert [row["first"] for row in rows] == [True, False]
    assert rows[0]["review_state"] == "published" and rows[0]["verdict"]["review"] == review.pk
    assert rows[0]["verdict"]["url"].endswith(reverse("publishing:detail", args=[review.pk]))
    assert rows[1]["review_state"] == "unreviewed" and rows[1]["verdict"] is None
    assert rows[1]["claim"]["article"]["id"] == second.pk


def test_same_is_an_empty_list_outside_a_cluster_and_404_for_no_claim(token_client, two_reports):
    seed, _ = two_reports
    assert token_client.get(reverse("api:claim-same", args=[_siege(seed).pk])).json() == []
    assert token_client.get(reverse("api:claim-same", args=[999999])).status_code == 404
