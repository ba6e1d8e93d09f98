"""ClaimReview JSON-LD: Google's required and recommended fields, checked against schema.org terms."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from factcheck.models import Claim
from tests.api.helpers import make_review
from tests.factories import ArticleFactory, ClaimFactory, UserFactory
from tests.publishing import schemaorg

pytestmark = pytest.mark.django_db

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def check_node(node: dict, path: str = "$") -> None:
    """Schema.org's terms in their places (expanded by pyld against the vendored vocabulary), numbers
    where numbers go and ISO dates in dates."""
    if path == "$":
        schemaorg.check(node if "@context" in node else {"@context": "https://schema.org", **node})
    for key, value in node.items():
        if key.startswith("@"):
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                check_node(item, f"{path}.{key}")
            elif key in ("ratingValue", "bestRating", "worstRating"):
                assert isinstance(item, int | float), f"{path}.{key} must be a number"
            elif key.startswith("date"):
                assert ISO_DATE.match(item), f"{path}.{key} must be an ISO 8601 date"
            else:
                assert isinstance(item, str), f"{path}.{key}"


def check_google_claimreview(review: dict) -> None:
    assert review["@type"] == "ClaimReview"
    for required in ("claimReviewed", "reviewRating", "url"):
        assert review[required], required
    assert review["reviewRating"]["alternateName"]
    assert review["author"]["@type"] == "Organization"
    assert review["author"]["name"]
    assert review["datePublished"]
    assert review["itemReviewed"]["@type"] == "Claim"


@pytest.fixture
def published(db):
    article = ArticleFactory(
        title="Siege",
        source_url="https://news.example.org/siege",
        published_at=datetime(2026, 3, 1, tzinfo=UTC),
    )
    claim = ClaimFactory(article=article, speaker="The US", speaker_type="organization")
    return make_review(
        claim=claim,
        verdict="mostly-true",
        second_reviewer=UserFactory(first_name="Eddie", last_name="Editor"),
    )


def test_single_claimreview_has_google_fields_and_schema_org_terms(token_client, published, settings):
    settings.CLAIMREVIEW_AUTHOR_NAME = "Example Fact Check"
    settings.CLAIMREVIEW_AUTHOR_URL = "https://facts.example.org/"
    response = token_client.get(f"/api/v1/reviews/{published.pk}/?format=claimreview")
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    document = response.json()

    assert document["@context"] == "https://schema.org"
    check_node(document)
    check_google_claimreview(document)
    assert document["author"] == {
        "@type": "Organization",
        "name": "Example Fact Check",
        "url": "https://facts.example.org/",
    }
    assert document["reviewRating"] == {
        "@type": "Rating",
        "name": "Mostly true",
        "alternateName": "Mostly true",
        "ratingValue": 4.0,
        "bestRating": 5.0,
        "worstRating": 1.0,
    }
    assert document["itemReviewed"]["author"] == {"@type": "Organization", "name": "The US"}
    assert document["itemReviewed"]["datePublished"] == "2026-03-01"
    assert document["itemReviewed"]["appearance"]["url"] == "https://news.example.org/siege"
    assert document["datePublished"] == "2026-03-03"
    assert document["url"] == f"http://127.0.0.1:8000/reviews/{published.pk}/"
    assert [c["name"] for c in document["contributor"]] == ["Rita Reviewer", "Eddie Editor"]


@pytest.mark.parametrize(
    ("speaker", "stored", "kind"),
    [
        ("Kremlin spokesman Dmitry Peskov", "person", "Person"),
        ("the health ministry", "organization", "Organization"),
    ],
)
def test_the_claims_author_is_a_person_or_an_organisation(token_client, published, speaker, stored, kind):
    Claim.objects.filter(pk=published.claim_id).update(speaker=speaker, speaker_type=stored)
    document = token_client.get(f"/api/v1/reviews/{published.pk}/?format=claimreview").json()
    assert document["itemReviewed"]["author"] == {"@type": kind, "name": speaker}


def _authors(token_client, review) -> list[dict]:
    """The claim's author in every ClaimReview path: one review, the list, the streamed export."""
    one = token_client.get(f"/api/v1/reviews/{review.pk}/?format=claimreview").json()
    listed = token_client.get("/api/v1/reviews/?format=claimreview").json()["@graph"]
    response = token_client.get("/api/v1/reviews/export/?format=claimreview")
    exported = json.loads(b"".join(response.streaming_content))["@graph"]
    return [one["itemReviewed"].get("author")] + [r["itemReviewed"].get("author") for r in listed + exported]


def test_the_author_type_is_the_stored_one_not_recomputed(token_client, published, monkeypatch):
    """Published output follows the claim's stored type, never the extractor of the day."""
    from factcheck.extraction import speakers

    def changed_extractor(name: str) -> str:
        raise AssertionError("the export must not judge the speaker again")

    monkeypatch.setattr(speakers, "speaker_type", changed_extractor)
    assert _authors(token_client, published) == [{"@type": "Organization", "name": "The US"}] * 3
    Claim.objects.filter(pk=published.claim_id).update(speaker_type="person")  # "The US" is no person…
    assert _authors(token_client, published) == [{"@type": "Person", "name": "The US"}] * 3  # …but stored


def test_a_speaker_of_unknown_type_is_left_out(token_client, published):
    """No type stored (a claim not made by the import): no guessed type is published."""
    Claim.objects.filter(pk=published.claim_id).update(speaker_type="")
    assert _authors(token_client, published) == [None] * 3


def test_accept_header_selects_jsonld(token_client, published):
    response = token_client.get("/api/v1/reviews/", HTTP_ACCEPT="application/ld+json")
    document = response.json()
    assert document["@context"] == "https://schema.org"
    [review] = document["@graph"]
    check_node(review)
    check_google_claimreview(review)


def test_non_numeric_rating_has_only_its_name(token_client):
    review = make_review(verdict="misleading")
    document = token_client.get(f"/api/v1/reviews/{review.pk}/?format=claimreview").json()
    assert document["reviewRating"] == {
        "@type": "Rating",
        "name": "Misleading",
        "alternateName": "Misleading",
    }
    check_node(document)


def test_claim_without_speaker_or_article_date_omits_them(token_client):
    review = make_review(claim=ClaimFactory(speaker="", article=ArticleFactory(published_at=None)))
    document = token_client.get(f"/api/v1/reviews/{review.pk}/?format=claimreview").json()
    assert "author" not in document["itemReviewed"]
    assert "datePublished" not in document["itemReviewed"]
    check_node(document)


def test_streamed_claimreview_export_validates(token_client, published):
    make_review(verdict="misleading", evidence=0)
    response = token_client.get("/api/v1/reviews/export/?format=claimreview")
    document = json.loads(b"".join(response.streaming_content))
    assert len(document["@graph"]) == 2
    for review in document["@graph"]:
        check_node(review)
        check_google_claimreview(review)


def test_vocabulary_check_catches_wrong_terms():
    with pytest.raises(AssertionError, match=r"verdict is not a schema\.org property"):
        check_node({"@type": "Rating", "alternateName": "False", "verdict": "x"})
    with pytest.raises(AssertionError, match="claimReviewed is not a property of Rating"):
        check_node({"@type": "Rating", "claimReviewed": "x"})  # schema.org's, but ClaimReview's
    with pytest.raises(AssertionError, match="jobTitle is not a property of Organization"):
        check_node({"@type": "Organization", "name": "UN", "jobTitle": "Agency"})
    with pytest.raises(AssertionError, match="Rating is not one of"):
        check_node({"@type": "ClaimReview", "author": {"@type": "Rating"}})
    with pytest.raises(AssertionError, match=r"ClaimRevue is not a schema\.org type"):
        check_node({"@type": "ClaimRevue"})


def test_the_api_never_imports_the_extractor():
    """Exports read what was stored at import; only the import pipeline runs the extractor."""
    import ast
    from pathlib import Path

    import annotations.api

    for path in Path(annotations.api.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            assert not any(name.startswith("factcheck.extraction") for name in names), path.name


def test_options_in_the_claimreview_format_describes_the_endpoint_instead_of_failing(reviewer_client):
    """OPTIONS gives the endpoint's description, not a verdict: with ``?format=claimreview`` or
    ``Accept: application/ld+json`` it is plain JSON (it was a 500, ``KeyError: 'verdict'``)."""
    for url, headers in (
        ("/api/v1/reviews/?format=claimreview", {}),
        ("/api/v1/reviews/1/?format=claimreview", {}),
        ("/api/v1/reviews/", {"HTTP_ACCEPT": "application/ld+json"}),
    ):
        response = reviewer_client.options(url, **headers)
        assert response.status_code in (200, 404), (url, response.content)
        assert "name" in json.loads(response.content) or "detail" in json.loads(response.content)


def test_a_person_claimant_carries_role_and_page_and_the_review_its_language(token_client):
    article = ArticleFactory(language="fr", source_url="https://news.example.org/fr")
    claim = ClaimFactory(article=article, speaker="Jean Dupont", speaker_type="person")
    review = make_review(
        claim=claim,
        claimant_job_title="Minister of Health",
        claimant_same_as="https://www.wikidata.org/wiki/Q1",
    )
    document = token_client.get(f"/api/v1/reviews/{review.pk}/?format=claimreview").json()
    assert document["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Jean Dupont",
        "jobTitle": "Minister of Health",
        "sameAs": "https://www.wikidata.org/wiki/Q1",
    }
    assert document["inLanguage"] == "fr"
    assert document["itemReviewed"]["firstAppearance"] == document["itemReviewed"]["appearance"]
    assert document["itemReviewed"]["firstAppearance"]["url"] == "https://news.example.org/fr"
    check_node(document)
    row = token_client.get(f"/api/v1/reviews/{review.pk}/").json()
    assert (row["claimant_job_title"], row["article"]["language"]) == ("Minister of Health", "fr")


def test_an_organisation_claimant_has_no_job_title(token_client):
    claim = ClaimFactory(speaker="The ministry", speaker_type="organization")
    review = make_review(
        claim=claim, claimant_job_title="Agency", claimant_same_as="https://ministry.example.org/"
    )
    author = token_client.get(f"/api/v1/reviews/{review.pk}/?format=claimreview").json()["itemReviewed"][
        "author"
    ]
    assert author == {
        "@type": "Organization",
        "name": "The ministry",
        "sameAs": "https://ministry.example.org/",
    }
