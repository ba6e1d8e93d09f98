"""articles/ and claims/: shapes, filters, ordering, cursor paging, formats and query counts."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from annotations.models import ReviewState
from factcheck.models import Claim
from tests.api.helpers import make_review
from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory

pytestmark = pytest.mark.django_db


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_article_list_has_claim_counts(token_client):
    article = ArticleFactory(title="Siege", published_at=datetime(2026, 1, 2, tzinfo=UTC))
    ClaimFactory(article=article, index=0, is_claim=True)
    ClaimFactory(article=article, index=1, is_claim=False)

    [row] = results(token_client.get("/api/v1/articles/"))

    assert row["title"] == "Siege"
    assert row["claim_count"] == 2
    assert row["checkworthy_count"] == 1
    assert "body" not in row, "the list stays light; the body is on the detail"


def test_article_detail_has_claims_with_quantities_in_order(token_client):
    article = ArticleFactory()
    second = ClaimFactory(article=article, index=1, text="Then 3 trucks came.", speaker="")
    first = ClaimFactory(article=article, index=0)
    QuantityFactory(claim=first, surface="250,000 people", qualifier="approximate")

    body = token_client.get(f"/api/v1/articles/{article.pk}/").json()

    assert body["body"] == article.body
    assert [claim["id"] for claim in body["claims"]] == [first.pk, second.pk]
    assert body["claims"][0]["quantities"][0]["surface"] == "250,000 people"
    assert body["claims"][0]["quantities"][0]["qualifier"] == "approximate"


def test_claim_detail_has_quantities_speaker_category_checkworthiness_and_article(token_client):
    claim = ClaimFactory(speaker="The mayor", category="casualties", checkworthiness=0.83)
    QuantityFactory(claim=claim, value=12, unit="people")

    body = token_client.get(f"/api/v1/claims/{claim.pk}/").json()

    assert body["speaker"] == "The mayor"
    assert body["category"] == "casualties"
    assert body["checkworthiness"] == pytest.approx(0.83)
    assert body["quantities"][0]["value"] == 12
    assert body["article"]["id"] == claim.article_id
    assert body["article"]["title"] == claim.article.title


def test_claims_show_the_stored_speaker_type_and_extractor_version(token_client):
    claim = ClaimFactory(speaker="The mayor", speaker_type="person", extractor_version="2026.12.0")
    unknown = ClaimFactory(speaker="", speaker_type="", extractor_version="")  # imported before versions

    body = token_client.get(f"/api/v1/claims/{claim.pk}/").json()
    assert (body["speaker_type"], body["extractor_version"]) == ("person", "2026.12.0")
    listed = {c["id"]: c for c in token_client.get("/api/v1/claims/").json()["results"]}
    assert (listed[unknown.pk]["speaker_type"], listed[unknown.pk]["extractor_version"]) == ("", "")


def test_unknown_ids_and_paths_are_json_404(token_client):
    response = token_client.get("/api/v1/claims/999999/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"

    response = token_client.get("/api/v1/nothing-here/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert "No API endpoint" in response.json()["detail"]


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize("path", ["/api/v1/nothing-here/", "/api/v2/claims/", "/api/", "/api/v1/claims/x/"])
def test_unknown_api_paths_are_json_404_in_every_mode(anon, settings, debug, path):
    """With DEBUG on, Django shows its HTML debug page (every URL pattern) instead of handler404."""
    settings.DEBUG = debug
    response = anon.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json() == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "code": "not_found",
        "detail": f"No API endpoint at {path}.",
    }


def test_the_api_root_lists_the_endpoints(anon):
    body = anon.get("/api/v1/").json()
    assert body["claims"] == "http://testserver/api/v1/claims/"
    assert body["schema"] == "http://testserver/api/schema/"
    assert set(body) >= {"articles", "reviews", "imports", "annotations_export", "stats", "docs"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("category=casualties", {"dead"}),
        ("category=casualties&category=aid", {"dead", "aid"}),
        ("speaker=mayor", {"dead"}),
        ("qualifier=approximate", {"aid"}),
        ("is_claim=false", {"chatter"}),
        ("checkworthiness_min=0.5", {"dead", "aid"}),
        ("checkworthiness_max=0.5", {"chatter"}),
        ("checkworthiness_min=0.5&checkworthiness_max=0.85", {"aid"}),
        ("search=trucks", {"aid"}),
        ("search=TRUCKS convoy", {"aid"}),
        ("published_after=2026-02-01T00:00:00Z", {"aid", "chatter"}),
        ("updated_since=2000-01-01T00:00:00Z", {"dead", "aid", "chatter"}),
        ("updated_since=2999-01-01T00:00:00Z", set()),
    ],
)
def test_claim_filters(token_client, query, expected):
    old = ArticleFactory(published_at=datetime(2026, 1, 1, tzinfo=UTC))
    new = ArticleFactory(published_at=datetime(2026, 3, 1, tzinfo=UTC))
    ClaimFactory(
        article=old, text="12 people died.", category="casualties", speaker="The mayor", checkworthiness=0.9
    )
    aid = ClaimFactory(
        article=new,
        text="A convoy of about 40 trucks arrived.",
        category="aid",
        speaker="UN",
        checkworthiness=0.8,
    )
    QuantityFactory(claim=aid, surface="about 40 trucks", qualifier="approximate")
    ClaimFactory(
        article=new, text="It rained.", category="other", speaker="", checkworthiness=0.1, is_claim=False
    )
    names = {
        "12 people died.": "dead",
        "A convoy of about 40 trucks arrived.": "aid",
        "It rained.": "chatter",
    }

    rows = results(token_client.get(f"/api/v1/claims/?{query}"))

    assert {names[row["text"]] for row in rows} == expected


def test_claim_filter_by_article(token_client):
    claim = ClaimFactory()
    ClaimFactory()
    assert [
        row["id"] for row in results(token_client.get(f"/api/v1/claims/?article={claim.article_id}"))
    ] == [claim.pk]


def test_bad_filter_value_is_a_clear_json_400(token_client):
    response = token_client.get("/api/v1/claims/?category=weather&checkworthiness_min=high")
    assert response.status_code == 400
    error = response.json()
    assert error["code"] == "invalid"
    assert set(error["fields"]) == {"category", "checkworthiness_min"}
    assert error["detail"].startswith("Invalid input:")


def test_bad_filter_is_json_even_when_csv_was_asked(token_client):
    response = token_client.get("/api/v1/claims/?format=csv&updated_since=yesterday")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert "updated_since" in response.json()["fields"]


def test_article_filters(token_client):
    ArticleFactory(
        title="Aid in the north", source_name="Reuters", published_at=datetime(2026, 1, 1, tzinfo=UTC)
    )
    ArticleFactory(title="Election", source_name="AP", published_at=datetime(2026, 5, 1, tzinfo=UTC))

    def titles(query):
        return {row["title"] for row in results(token_client.get(f"/api/v1/articles/?{query}"))}

    assert titles("source_name=reuters") == {"Aid in the north"}
    assert titles("published_after=2026-03-01T00:00:00Z") == {"Election"}
    assert titles("search=north") == {"Aid in the north"}
    assert titles("language=en") == {"Aid in the north", "Election"}


def test_ordering_and_cursor_pagination_walk_every_row_once(token_client):
    worths = [0.5, 0.9, 0.5, 0.1, 0.7, 0.5, 0.3]
    claims = [ClaimFactory(checkworthiness=worth) for worth in worths]

    seen, url = [], "/api/v1/claims/?ordering=-checkworthiness&page_size=2"
    while url:
        response = token_client.get(url)
        body = response.json()
        seen.extend(row["id"] for row in body["results"])
        if body["next"]:
            assert f'<{body["next"]}>; rel="next"' in response["Link"]
        url = body["next"]

    expected = [c.pk for c in sorted(claims, key=lambda c: (-c.checkworthiness, -c.pk))]
    assert seen == expected


def test_cursor_stays_stable_when_rows_are_added(token_client):
    first = [ClaimFactory() for _ in range(3)]
    page = token_client.get("/api/v1/claims/?page_size=2").json()
    ClaimFactory()  # added while the client pages
    rest = token_client.get(page["next"]).json()
    assert [r["id"] for r in page["results"]] + [r["id"] for r in rest["results"][:1]] == [
        c.pk for c in first
    ]


def test_unknown_ordering_field_is_ignored(token_client):
    ClaimFactory()
    assert len(results(token_client.get("/api/v1/claims/?ordering=text"))) == 1


def test_page_size_is_capped(token_client):
    response = token_client.get("/api/v1/claims/?page_size=100000")
    assert response.status_code == 200


def test_claims_as_csv(token_client):
    claim = ClaimFactory(text="=HYPERLINK(1) counts 250,000 people", speaker="The mayor")
    QuantityFactory(claim=claim)

    response = token_client.get("/api/v1/claims/?format=csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    [row] = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert row["id"] == str(claim.pk)
    assert row["speaker"] == "The mayor"
    assert row["text"] == "'=HYPERLINK(1) counts 250,000 people", "formulas are neutralised for spreadsheets"
    assert json.loads(row["quantities"])[0]["surface"] == "250,000 people"
    assert row["is_claim"] == "true"


def test_article_detail_as_csv_flattens_one_row(token_client):
    article = ArticleFactory()
    response = token_client.get(f"/api/v1/articles/{article.pk}/", HTTP_ACCEPT="text/csv")
    [row] = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert row["title"] == article.title


def test_claims_as_json_lines(token_client):
    claims = [ClaimFactory() for _ in range(3)]
    response = token_client.get("/api/v1/claims/?format=jsonl")
    assert response["Content-Type"] == "application/jsonl; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [c.pk for c in claims]


def test_next_cursor_is_in_link_header_for_csv(token_client):
    for _ in range(3):
        ClaimFactory()
    response = token_client.get("/api/v1/claims/?format=csv&page_size=2")
    assert 'rel="next"' in response["Link"]
    assert "format=csv" in response["Link"]


def _make_rows(count: int) -> None:
    for _ in range(count):
        claim = ClaimFactory()
        QuantityFactory(claim=claim)


# token + user, the page, then one prefetch (figures) for claims.
@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/api/v1/articles/?page_size=1000", 2),
        ("/api/v1/claims/?page_size=1000", 3),
        ("/api/v1/claims/?page_size=1000&qualifier=exact&search=siege&ordering=-checkworthiness", 3),
        ("/api/v1/claims/?page_size=1000&format=csv", 3),
        ("/api/v1/claims/?page_size=1000&format=jsonl", 3),
    ],
)
def test_list_queries_are_constant_for_1_and_500_rows(token_client, django_assert_num_queries, url, queries):
    _make_rows(1)
    with django_assert_num_queries(queries):
        assert len(token_client.get(url).content) > 0
    _make_rows(499)
    with django_assert_num_queries(queries):
        response = token_client.get(url)
    if "format" not in url:
        assert len(response.json()["results"]) == 500


@pytest.mark.parametrize(
    "value", ["0634-03-01T03:34:29+16:40", "0001-01-01T00:00:00+14:00", "2026-13-01T00:00:00Z", "soon"]
)
def test_impossible_dates_are_a_400_not_a_database_error(token_client, value):
    response = token_client.get("/api/v1/articles/", {"published_after": value})
    assert response.status_code == 400
    assert "published_after" in response.json()["fields"]


def test_dates_with_offsets_are_compared_in_utc(token_client):
    ArticleFactory(title="Late", published_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    assert (
        len(results(token_client.get("/api/v1/articles/", {"published_after": "2026-03-01T13:30:00+02:00"})))
        == 1
    )
    assert (
        results(token_client.get("/api/v1/articles/", {"published_after": "2026-03-01T12:30:00-01:00"})) == []
    )


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("page_size=junk", "page_size"),
        ("page_size=0", "page_size"),
        ("page_size=-5", "page_size"),
        ("updated_since=", "updated_since"),
        ("published_after=", "published_after"),
    ],
)
def test_a_page_size_or_date_that_is_not_one_is_a_400_not_silently_ignored(token_client, query, field):
    response = token_client.get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400, response.content
    assert field in response.json()["fields"]


def test_the_schema_bounds_the_page_size(anon):
    schema = anon.get("/api/schema/?format=json").json()
    [parameter] = [
        p for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"] if p["name"] == "page_size"
    ]
    assert parameter["schema"]["minimum"] == 1 and "more than 1000 gives 1000" in parameter["description"]


def test_claims_list_rows_are_what_the_claim_serializer_makes(token_client):
    """The list builds its rows from ``values()`` (``claim_list_rows``) for speed; each must be exactly what
    ``ClaimSerializer`` (the schema's declaration) makes of the same claim: published or not, with a
    withdrawn verdict, figures with and without values, a corrected claim, a speaker."""
    from annotations.api.serializers import ClaimSerializer
    from annotations.api.views import _claims

    published = make_review(state=ReviewState.PUBLISHED, verdict="misleading")
    make_review(state=ReviewState.IN_PROGRESS)
    make_review(state=ReviewState.WITHDRAWN)
    ClaimFactory()  # no review, no figure
    corrected = ClaimFactory(
        speaker="Jane Doe", speaker_type="person", origin="corrected", corrected=["speaker"]
    )
    QuantityFactory(claim=corrected, value=None, low=20, high=None, qualifier="more_than")
    QuantityFactory(claim=published.claim, value=2.5, unit="percent")
    Claim.objects.filter(pk=corrected.pk).update(
        attention="The extractor now reads it differently.", version=3
    )

    listed = token_client.get("/api/v1/claims/?page_size=1000").json()["results"]
    expected = ClaimSerializer(_claims().order_by("id"), many=True).data
    assert len(listed) == Claim.objects.count() == 5
    assert listed == json.loads(json.dumps(expected))
    assert [row["verdict"] is not None for row in listed].count(True) == 1
