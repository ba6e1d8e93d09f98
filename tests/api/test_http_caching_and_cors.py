"""Conditional requests (ETag, Last-Modified, 304) on API reads, and CORS for allowed origins only."""

from __future__ import annotations

import pytest

from tests.api.helpers import make_review

pytestmark = pytest.mark.django_db


def test_api_reads_carry_an_etag_and_answer_304_when_unchanged(token_client):
    review = make_review()
    for url in ("/api/v1/reviews/", f"/api/v1/reviews/{review.pk}/", "/api/v1/claims/"):
        first = token_client.get(url)
        assert first.status_code == 200 and first.has_header("ETag"), url
        again = token_client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304 and again.content == b"", url
    before = token_client.get("/api/v1/reviews/")
    make_review()  # the list changed: the old tag no longer matches
    assert token_client.get("/api/v1/reviews/", HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 200


def test_a_verdict_says_when_it_last_changed_for_readers(token_client):
    review = make_review()
    response = token_client.get(f"/api/v1/reviews/{review.pk}/")
    assert response["Last-Modified"] == "Tue, 03 Mar 2026 09:00:00 GMT"
    assert (
        token_client.get(
            f"/api/v1/reviews/{review.pk}/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]
        ).status_code
        == 304
    )


def test_cors_is_closed_by_default(token_client):
    response = token_client.get("/api/v1/reviews/", HTTP_ORIGIN="https://partner.example")
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def test_cors_lets_allowed_origins_read_with_a_token(client, token_client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    preflight = client.options(
        "/api/v1/reviews/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, if-none-match",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "https://partner.example"
    assert "authorization" in preflight["Access-Control-Allow-Headers"]
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]
    response = token_client.get("/api/v1/reviews/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"
    exposed = response["Access-Control-Expose-Headers"].lower()
    assert "etag" in exposed and "ratelimit-remaining" in exposed and "link" in exposed
    assert "Access-Control-Allow-Credentials" not in response  # tokens, never cookies, across origins
    other = token_client.get("/api/v1/reviews/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    # the admin and the workspace never answer other origins
    assert "Access-Control-Allow-Origin" not in client.get("/review/", HTTP_ORIGIN="https://partner.example")
