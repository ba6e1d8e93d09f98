"""Reviewers and editors write through the API with the workflow services' rules; others cannot."""

from __future__ import annotations

import pytest

from annotations.models import Review
from tests.api.helpers import make_review, rating
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def test_full_workflow_through_the_api(reviewer_client, editor_client, token_client):
    claim = ClaimFactory()
    false = rating("false")

    created = reviewer_client.post(
        "/api/v1/reviews/",
        {"claim": claim.pk, "verdict": false.pk, "rationale": "The census says 25,000."},
        format="json",
    )
    assert created.status_code == 201, created.content
    review = created.json()
    assert review["state"] == "in_progress"
    assert review["verdict"] == false.pk

    evidence = reviewer_client.post(
        f"/api/v1/reviews/{review['id']}/evidence/",
        {"url": "https://census.example.org/2026", "title": "Census", "stance": "contradicts"},
        format="json",
    )
    assert evidence.status_code == 201, evidence.content
    assert evidence.json()["evidence"][0]["title"] == "Census"

    assert token_client.get("/api/v1/reviews/").json()["results"] == [], "not published yet"

    submitted = reviewer_client.post(
        f"/api/v1/reviews/{review['id']}/transition/", {"action": "submit"}, format="json"
    )
    assert submitted.json()["state"] == "needs_second_review"
    assert (
        editor_client.post(
            f"/api/v1/reviews/{review['id']}/transition/", {"action": "approve"}, format="json"
        ).json()["state"]
        == "approved"
    )
    published = editor_client.post(
        f"/api/v1/reviews/{review['id']}/transition/", {"action": "publish"}, format="json"
    )
    assert published.json()["state"] == "published"

    [row] = token_client.get("/api/v1/reviews/").json()["results"]
    assert row["rationale"] == "The census says 25,000."
    assert row["reviewers"] == ["Rita Reviewer", "Edna Editor"]
    assert row["evidence"][0]["url"] == "https://census.example.org/2026"


def test_reviewer_edits_with_version_and_stale_version_is_409(reviewer_client):
    claim = ClaimFactory()
    review = reviewer_client.post("/api/v1/reviews/", {"claim": claim.pk}, format="json").json()

    ok = reviewer_client.patch(
        f"/api/v1/reviews/{review['id']}/",
        {"version": review["version"], "rationale": "First."},
        format="json",
    )
    assert ok.status_code == 200
    stale = reviewer_client.patch(
        f"/api/v1/reviews/{review['id']}/",
        {"version": review["version"], "rationale": "Second."},
        format="json",
    )
    assert stale.status_code == 409
    error = stale.json()
    assert error["code"] == "conflict"
    assert error["conflict"]["current_version"] == ok.json()["version"]
    assert Review.objects.get(pk=review["id"]).rationale == "First.", "the stale edit lost nothing"


def test_reviewer_cannot_publish(reviewer_client):
    review = make_review(state="approved")
    response = reviewer_client.post(
        f"/api/v1/reviews/{review.pk}/transition/", {"action": "publish"}, format="json"
    )
    assert response.status_code == 403
    assert response.json() == {
        "type": "about:blank",
        "title": "Forbidden",
        "status": 403,
        "code": "permission_denied",
        "detail": "Your role does not allow you to publish reviews.",
    }


def test_wrong_state_is_a_clear_409(editor_client):
    """A step the review's state does not allow conflicts with the resource's state: 409, not the
    client's malformed request; the code stays ``not_allowed``."""
    review = make_review(state="in_progress")
    response = editor_client.post(
        f"/api/v1/reviews/{review.pk}/transition/", {"action": "publish"}, format="json"
    )
    assert response.status_code == 409 and response.json()["code"] == "not_allowed"
    assert response.json()["detail"].startswith("Cannot publish it: the review is in progress.")


def test_missing_reason_is_a_clear_400(editor_client):
    review = make_review(state="needs_second_review")
    response = editor_client.post(
        f"/api/v1/reviews/{review.pk}/transition/", {"action": "return"}, format="json"
    )
    assert response.status_code == 400
    assert "required" in response.json()["detail"]


def test_the_reviewer_takes_a_review_back_through_the_api(reviewer, reviewer_client, editor_client):
    review = make_review(state="needs_second_review", assignee=reviewer)
    url = f"/api/v1/reviews/{review.pk}/transition/"
    refused = editor_client.post(url, {"action": "recall"}, format="json")
    assert refused.status_code == 403
    assert refused.json()["detail"] == "Only the claim's reviewer (Rita Reviewer) can do this."
    done = reviewer_client.post(url, {"action": "recall", "version": review.version}, format="json")
    assert done.status_code == 200, done.content
    assert (done.json()["state"], done.json()["version"]) == ("in_progress", review.version + 1)
    assert "submit" in done.json()["allowed_actions"] and "recall" not in done.json()["allowed_actions"]
    again = reviewer_client.post(url, {"action": "recall"}, format="json")
    assert again.status_code == 409
    assert again.json()["detail"].startswith("Cannot take it back: the review is in progress.")
    schema = reviewer_client.get("/api/schema/", {"format": "json"}).json()
    assert "recall" in schema["components"]["schemas"]["ActionEnum"]["enum"]


def test_unknown_action_and_unknown_rating_are_validation_errors(reviewer_client):
    claim = ClaimFactory()
    response = reviewer_client.post("/api/v1/reviews/", {"claim": claim.pk, "verdict": 999999}, format="json")
    assert response.status_code == 400
    assert "verdict" in response.json()["fields"]
    assert not Review.objects.filter(claim=claim, verdict__isnull=False).exists()
    review = make_review(state="in_progress")
    response = reviewer_client.post(
        f"/api/v1/reviews/{review.pk}/transition/", {"action": "burn"}, format="json"
    )
    assert response.status_code == 400
    assert "action" in response.json()["fields"]


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("post", "/api/v1/reviews/"),
        ("patch", "/api/v1/reviews/{id}/"),
        ("post", "/api/v1/reviews/{id}/transition/"),
        ("post", "/api/v1/reviews/{id}/evidence/"),
    ],
)
def test_api_token_clients_and_anonymous_cannot_write(token_client, anon, method, url, settings):
    settings.FACTCHECK_API_ANONYMOUS_READ = True
    review = make_review(state="in_progress")
    url = url.format(id=review.pk)
    response = getattr(token_client, method)(
        url, {"claim": review.claim_id, "action": "submit"}, format="json"
    )
    assert response.status_code == 403
    assert response.json()["detail"] == "Only reviewers and editors may change reviews."
    assert getattr(anon, method)(url, {}, format="json").status_code == 401


@pytest.mark.parametrize("anonymous_read", [False, True])
def test_anonymous_access_to_published_verdicts_is_a_setting(anon, settings, anonymous_read):
    settings.FACTCHECK_API_ANONYMOUS_READ = anonymous_read
    review = make_review()
    expected = 200 if anonymous_read else 401
    assert anon.get("/api/v1/reviews/").status_code == expected
    assert anon.get(f"/api/v1/reviews/{review.pk}/").status_code == expected
    assert anon.get("/api/v1/reviews/export/?format=jsonl").status_code == expected
    assert anon.get("/api/v1/claims/").status_code == 401, "only verdicts are ever public"
    assert anon.get("/api/v1/articles/").status_code == 401


@pytest.mark.parametrize("who", ["token_client", "reviewer_client", "editor_client"])
def test_every_role_reads_published_verdicts(request, who):
    review = make_review()
    client = request.getfixturevalue(who)
    assert client.get(f"/api/v1/reviews/{review.pk}/").json()["id"] == review.pk


def test_put_is_not_offered(reviewer_client):
    review = make_review(state="in_progress")
    response = reviewer_client.put(f"/api/v1/reviews/{review.pk}/", {}, format="json")
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


def test_refused_create_leaves_nothing_behind(reviewer_client):
    claim = ClaimFactory()
    response = reviewer_client.post(
        "/api/v1/reviews/", {"claim": claim.pk, "claim_reviewed": "word " * 100}, format="json"
    )
    assert response.status_code == 400
    assert "at most 140" in response.json()["detail"]
    assert not Review.objects.filter(claim=claim, assignee__isnull=False).exists()


def test_reviewer_cannot_edit_someone_elses_review(reviewer_client):
    review = make_review(state="in_progress")  # assigned to another reviewer
    response = reviewer_client.patch(
        f"/api/v1/reviews/{review.pk}/", {"version": review.version, "rationale": "Mine now."}, format="json"
    )
    assert response.status_code == 403
    assert "assigned to" in response.json()["detail"]
    review.refresh_from_db()
    assert review.rationale != "Mine now."


def test_overlong_texts_are_clear_400s(reviewer_client):
    review = make_review(state="in_progress")
    long_rationale = reviewer_client.patch(
        f"/api/v1/reviews/{review.pk}/", {"version": review.version, "rationale": "x" * 20_001}, format="json"
    )
    assert long_rationale.status_code == 400
    assert "rationale" in long_rationale.json()["fields"]
    long_reason = reviewer_client.post(
        f"/api/v1/reviews/{review.pk}/transition/",
        {"action": "dismiss", "reason": "y" * 5_001},
        format="json",
    )
    assert long_reason.status_code == 400
    assert "reason" in long_reason.json()["fields"]
