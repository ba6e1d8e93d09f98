"""Known fact-checks come in as ClaimReview JSON-LD (a file or a page), Fact Check Tools API responses and
fact-checkers' CSV files; a bad one fails alone and nothing a column holds is lost."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from factcheck.imports import services
from factcheck.imports.parsers import parse
from factcheck.imports.records import ArticleRecord, FactCheckRecord, ItemError, RawItem
from factcheck.models import FactCheck, ImportItem, ImportJob

CLAIMREVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://checks.example.org/siege",
    "claimReviewed": "250,000 people live under siege in eastern Aleppo",
    "author": {"@type": "Organization", "name": "Example Checks"},
    "datePublished": "2026-03-03",
    "inLanguage": "en",
    "reviewRating": {"@type": "Rating", "alternateName": "Mostly true", "ratingValue": 4, "bestRating": 5},
    "itemReviewed": {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Jane Doe"},
        "datePublished": "2026-03-01",
    },
}


def _parse(name: str, data) -> list:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return parse(RawItem(name=name, data=raw))


def test_a_claimreview_file_is_a_known_fact_check():
    (record,) = _parse("review.json", CLAIMREVIEW)
    assert isinstance(record, FactCheckRecord)
    assert (record.claim, record.rating, record.claimant, record.publisher, record.url, record.language) == (
        "250,000 people live under siege in eastern Aleppo",
        "Mostly true",
        "Jane Doe",
        "Example Checks",
        "https://checks.example.org/siege",
        "en",
    )
    assert record.review_date == datetime(2026, 3, 3, tzinfo=UTC)
    assert record.claim_date == datetime(2026, 3, 1, tzinfo=UTC)


def test_a_graph_or_a_list_gives_one_record_each_and_a_bad_one_fails_alone():
    unrated = {**CLAIMREVIEW, "reviewRating": {"@type": "Rating"}, "url": "https://checks.example.org/2"}
    numeric = {
        **CLAIMREVIEW,
        "reviewRating": {"ratingValue": 2, "bestRating": 5},
        "url": "https://checks.example.org/3",
    }
    results = _parse(
        "graph.json", {"@context": "https://schema.org", "@graph": [CLAIMREVIEW, unrated, numeric]}
    )
    assert isinstance(results[0], FactCheckRecord)
    assert isinstance(results[1], ItemError) and "reviewRating" in results[1].reason
    assert results[1].item == "graph.json [fact-check 2]"
    assert results[2].rating == "2 of 5"
    assert [type(r) for r in _parse("list.json", [CLAIMREVIEW, CLAIMREVIEW])] == [FactCheckRecord] * 2


def test_a_page_embedding_claimreview_is_a_fact_check_and_other_pages_stay_articles():
    page = (
        "<html><head><script type='application/ld+json'>{broken</script>"
        f'<script type="application/ld+json">{json.dumps(CLAIMREVIEW)}</script></head>'
        "<body><article><p>Our verdict on the siege figure, explained.</p></article></body></html>"
    )
    (record,) = _parse("check.html", page.encode())
    assert isinstance(record, FactCheckRecord) and record.rating == "Mostly true"
    article_page = (
        "<html><body><article><p>"
        + "The council said 40 houses were flooded. " * 5
        + "</p></article></body></html>"
    )
    (article,) = _parse("news.html", article_page.encode())
    assert isinstance(article, ArticleRecord)


def test_a_fact_check_tools_api_response_gives_one_record_per_review():
    response = {
        "claims": [
            {
                "text": "Unemployment fell to 4%",
                "claimant": "The minister",
                "claimDate": "2026-02-01T00:00:00Z",
                "claimReview": [
                    {
                        "publisher": {"name": "Checker A", "site": "a.example"},
                        "url": "https://a.example/unemployment",
                        "title": "Did unemployment fall?",
                        "reviewDate": "2026-02-03T00:00:00Z",
                        "textualRating": "Misleading",
                        "languageCode": "en",
                    },
                    {"publisher": {"site": "b.example"}, "url": "https://b.example/u", "languageCode": "en"},
                ],
            }
        ],
        "nextPageToken": "x",
    }
    first, second = _parse("search.json", response)
    assert isinstance(first, FactCheckRecord)
    assert (first.claim, first.claimant, first.publisher, first.rating, first.title) == (
        "Unemployment fell to 4%",
        "The minister",
        "Checker A",
        "Misleading",
        "Did unemployment fall?",
    )
    assert isinstance(second, ItemError) and "textualRating" in second.reason
    assert second.item == "search.json [claim 1, review 2]"


def test_a_fact_checkers_csv_maps_its_columns_and_keeps_the_unknown_ones():
    csv_text = (
        "Claim,Who,Verdict,Link,Date,Desk note\n"
        '"250,000 people live under siege",Jane Doe,False,https://c.example/1,2026-03-03,checked twice\n'
        ",Nobody,True,https://c.example/2,2026-03-04,\n"
    )
    good, bad = _parse("checks.csv", csv_text.encode())
    assert isinstance(good, FactCheckRecord)
    assert (good.claim, good.claimant, good.rating, good.url) == (
        "250,000 people live under siege",
        "Jane Doe",
        "False",
        "https://c.example/1",
    )
    assert good.extra == {"Desk note": "checked twice"}  # nothing lost
    assert good.notes == [
        "Columns read as a CSV of fact-checks: claim ← “Claim”, claimant ← “Who”, rating ← “Verdict”, "
        "url ← “Link”, review_date ← “Date”; kept as extra fields: “Desk note”."
    ]
    assert isinstance(bad, ItemError) and "needs a claim and a rating" in bad.reason


def test_a_csv_that_is_neither_articles_nor_fact_checks_says_what_it_needs():
    (error,) = _parse("x.csv", b"name,value\na,1\n")
    assert isinstance(error, ItemError) and "a claim and a rating column" in error.reason


@pytest.mark.django_db
def test_an_import_job_stores_fact_checks_once_and_links_its_items(tmp_path):
    path = tmp_path / "reviews.json"
    other = {**CLAIMREVIEW, "url": "https://checks.example.org/other", "claimReviewed": "Another claim"}
    path.write_text(json.dumps([CLAIMREVIEW, other, {**CLAIMREVIEW, "reviewRating": {}}]))
    job = services.import_job_create(sources=[{"kind": "path", "value": str(path)}])
    job.refresh_from_db()
    assert (job.imported_count, job.failed_count) == (2, 1)
    stored = FactCheck.objects.order_by("pk")
    assert [f.claim for f in stored] == [CLAIMREVIEW["claimReviewed"], "Another claim"]
    assert {item.fact_check_id for item in job.items.filter(status=ImportItem.Status.IMPORTED)} == {
        f.pk for f in stored
    }
    assert stored[0].import_job_id == job.pk and stored[0].publisher == "Example Checks"
    again = services.import_job_create(sources=[{"kind": "path", "value": str(path)}])
    again.refresh_from_db()
    assert (again.imported_count, again.duplicate_count, FactCheck.objects.count()) == (0, 2, 2)
    assert again.status == ImportJob.Status.PARTIALLY_FAILED and again.failed_count == 1
