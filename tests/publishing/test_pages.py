"""Public verdict pages: what readers and search engines get at /reviews/, the sitemap and the feed."""

from __future__ import annotations

import importlib
import json
import re
from datetime import UTC, datetime
from xml.etree import ElementTree

import pytest
from django.urls import clear_url_caches

from annotations.api.jsonld import claimreview
from annotations.api.serializers import public_review_data
from annotations.models import Review, ReviewRevision, ReviewState
from tests.api.helpers import make_review, make_reviews, rating
from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory
from tests.publishing import schemaorg

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _jsonld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">\s*(.*?)\s*</script>', html, re.S)
    assert found, "no JSON-LD on the page"
    return json.loads(found.group(1))


def _claim_in_article(**review_fields) -> Review:
    body = (
        "Officials met on Monday.\n"
        "The mayor said 250,000 people live under siege, a figure aid groups dispute. More later.\n"
        "Next paragraph about the weather."
    )
    article = ArticleFactory(body=body, title="Siege report", source_url="https://news.example.org/siege")
    start = body.index("250,000")
    end = body.index(", a figure")
    claim = QuantityFactory(
        claim=ClaimFactory(article=article, text=body[start:end], start=start, end=end, speaker="The mayor")
    ).claim
    return make_review(claim=claim, **review_fields)


def test_a_published_verdict_has_its_page_with_the_claim_in_its_paragraph(client):
    review = _claim_in_article(rationale="The census counts 25,000.\n\nAid groups agree.")
    response = client.get(f"/reviews/{review.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "The mayor said <mark>250,000 people live under siege</mark>, a figure aid groups dispute." in html
    assert "Officials met on Monday" not in html and "weather" not in html  # one paragraph only
    assert ">False</span>" in html and "<p>The census counts 25,000.</p>" in html
    assert "Report 0" in html  # the evidence
    assert "INTERNAL NOTE" not in html  # comments are never public
    assert "published, rated False" in html


def test_the_page_embeds_the_same_claimreview_as_the_api_and_is_its_url(client):
    review = _claim_in_article()
    html = client.get(f"/reviews/{review.pk}/").content.decode()
    document = _jsonld(html)
    assert document == json.loads(json.dumps(claimreview(public_review_data(Review.objects.public().get()))))
    assert document["url"] == f"http://127.0.0.1:8000/reviews/{review.pk}/"
    assert "ClaimReview" in schemaorg.check(document)  # every type and property schema.org's, in place
    assert f'<link rel="canonical" href="http://127.0.0.1:8000/reviews/{review.pk}/">' in html


def test_hostile_text_cannot_break_out_of_the_page_or_its_json_ld(client):
    hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"'
    review = make_review(rationale=hostile, claim_reviewed="<b>bold</b> claim")
    html = client.get(f"/reviews/{review.pk}/").content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "<b>bold" not in html
    assert html.count("</script>") == 1  # the JSON-LD's own
    assert _jsonld(html)["reviewBody"] == hostile


def test_drafts_are_not_found_and_withdrawn_verdicts_are_gone_with_the_reason(client):
    draft = make_review(state=ReviewState.APPROVED, rationale="SECRET DRAFT")
    assert client.get(f"/reviews/{draft.pk}/").status_code == 404
    assert client.get("/reviews/999999/").status_code == 404
    withdrawn = make_review(
        state=ReviewState.WITHDRAWN,
        rationale="WITHDRAWN RATIONALE",
        withdrawal_reason="The census was retracted.",
    )
    response = client.get(f"/reviews/{withdrawn.pk}/")
    assert response.status_code == 410
    html = response.content.decode()
    assert "The census was retracted." in html and "WITHDRAWN RATIONALE" not in html
    assert '<meta name="robots" content="noindex">' in html and "ld+json" not in html


def test_pages_answer_conditional_requests(client):
    review = make_review(published_at=datetime(2026, 5, 1, 12, 0, tzinfo=UTC))
    response = client.get(f"/reviews/{review.pk}/")
    assert response["Last-Modified"] == "Fri, 01 May 2026 12:00:00 GMT"
    assert response.has_header("ETag")
    assert (
        client.get(f"/reviews/{review.pk}/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code
        == 304
    )
    assert client.get(f"/reviews/{review.pk}/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    index = client.get("/reviews/")
    assert client.get("/reviews/", HTTP_IF_NONE_MATCH=index["ETag"]).status_code == 304


def test_the_corrections_log_shows_each_revision_and_rating_change(client):
    review = make_review(verdict="false")
    later = datetime(2026, 6, 1, tzinfo=UTC)
    revision = ReviewRevision.objects.create(
        review=review,
        revision=2,
        verdict=rating("misleading"),
        claim_reviewed="Corrected summary",
        rationale="Corrected.",
        published_at=later,
    )
    Review.objects.filter(pk=review.pk).update(
        published_revision=revision, revision=2, public_updated_at=later
    )
    html = client.get(f"/reviews/{review.pk}/").content.decode()
    assert "corrected (revision 2): rating changed from False to Misleading" in html
    assert "Corrected summary" in html


def test_the_index_lists_published_verdicts_with_search_and_filters(client):
    siege = make_review(claim_reviewed="250,000 people under siege", verdict="false")
    make_review(claim_reviewed="Unemployment fell to 4%", verdict="misleading")
    make_review(state=ReviewState.IN_PROGRESS, claim_reviewed="DRAFT claim")
    make_review(state=ReviewState.WITHDRAWN, claim_reviewed="WITHDRAWN claim")
    html = client.get("/reviews/").content.decode()
    assert "250,000 people under siege" in html and "Unemployment fell" in html
    assert "DRAFT claim" not in html and "WITHDRAWN claim" not in html
    searched = client.get("/reviews/", {"q": "unemployment"}).content.decode()
    assert "Unemployment fell" in searched and "250,000 people under siege" not in searched
    filtered = client.get("/reviews/", {"verdict": "misleading"}).content.decode()
    assert "Unemployment fell" in filtered and "siege" not in filtered
    assert f'href="/reviews/{siege.pk}/"' in html


def test_the_index_paginates_in_a_constant_number_of_queries(client, django_assert_max_num_queries):
    make_reviews(3)
    with django_assert_max_num_queries(6) as few:
        assert client.get("/reviews/").status_code == 200
    make_reviews(40)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/reviews/")
    html = response.content.decode()
    assert html.count('class="summary"') == 20 and "Page 1 of 3" in html
    assert "Page 3 of 3" in client.get("/reviews/", {"page": 3}).content.decode()
    assert client.get("/reviews/", {"page": "nonsense"}).status_code == 200


def test_the_sitemap_lists_every_published_verdict(client):
    published = [make_review() for _ in range(2)]
    make_review(state=ReviewState.WITHDRAWN)
    make_review(state=ReviewState.IN_PROGRESS)
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    (section,) = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert section.endswith("/sitemap-verdicts.xml")
    urlset = ElementTree.fromstring(client.get("/sitemap-verdicts.xml").content)
    locations = [loc.text for loc in urlset.iter(f"{SITEMAP}loc")]
    assert locations == [f"http://testserver/reviews/{review.pk}/" for review in published]
    assert [m.text for m in urlset.iter(f"{SITEMAP}lastmod")] == ["2026-03-03", "2026-03-03"]


def test_the_atom_feed_carries_the_latest_verdicts(client):
    review = make_review(claim_reviewed="250,000 people under siege")
    make_review(state=ReviewState.WITHDRAWN, claim_reviewed="WITHDRAWN claim")
    response = client.get("/reviews/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["False: 250,000 people under siege"]
    assert entries[0].find(f"{ATOM}link").get("href") == f"http://testserver/reviews/{review.pk}/"


def test_public_pages_can_be_turned_off(settings, client):
    import factcheck.urls

    settings.FACTCHECK_PUBLIC_PAGES = False
    try:
        importlib.reload(factcheck.urls)
        clear_url_caches()
        review = make_review()
        assert client.get(f"/reviews/{review.pk}/").status_code == 404
        assert client.get("/sitemap.xml").status_code == 404
    finally:
        settings.FACTCHECK_PUBLIC_PAGES = True
        importlib.reload(factcheck.urls)
        clear_url_caches()
