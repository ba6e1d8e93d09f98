"""reviews/: published verdicts only, their shape, filters, formats, and query counts."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from annotations import services
from annotations.api.export import review_rows
from annotations.models import Review, ReviewRevision, ReviewState
from tests.api.helpers import make_review, make_reviews, rating
from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory, UserFactory

pytestmark = pytest.mark.django_db

# never published; a withdrawn verdict has its own tests (its tombstone is public)
UNPUBLISHED = [s for s in ReviewState.values if s not in (ReviewState.PUBLISHED, ReviewState.WITHDRAWN)]


def results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_published_review_shape(token_client):
    editor = UserFactory(first_name="Eddie", last_name="Editor", email="eddie@secret.example")
    article = ArticleFactory(
        title="Siege",
        source_url="https://news.example.org/siege",
        published_at=datetime(2026, 3, 1, tzinfo=UTC),
    )
    claim = ClaimFactory(
        article=article,
        speaker="The US",
        speaker_type="organization",
        category="population",
        checkworthiness=0.91,
    )
    review = make_review(claim=claim, verdict="mostly-true", second_reviewer=editor, evidence=2)

    [row] = results(token_client.get("/api/v1/reviews/"))

    assert row["id"] == review.pk
    assert row["url"] == f"http://127.0.0.1:8000/reviews/{review.pk}/"
    assert row["claim"] == {
        "id": claim.pk,
        "text": claim.text,
        "speaker": "The US",
        "speaker_type": "organization",
        "category": "population",
        "checkworthiness": 0.91,
    }
    assert row["article"]["source_url"] == "https://news.example.org/siege"
    assert row["verdict"] == {
        "label": "Mostly true",
        "slug": "mostly-true",
        "value": 4.0,
        "best_rating": 5.0,
        "worst_rating": 1.0,
        "scale": "Truth scale",
    }
    assert row["rationale"] == "The official figure is 25,000."
    assert [e["url"] for e in row["evidence"]] == [
        "https://un.example.org/report/0",
        "https://un.example.org/report/1",
    ]
    assert row["reviewers"] == ["Rita Reviewer", "Eddie Editor"]
    assert row["published_at"] == "2026-03-03T09:00:00Z"


@pytest.mark.parametrize("state", UNPUBLISHED)
def test_unpublished_reviews_never_leak(editor_client, token_client, state):
    """Not in the list, not by id, not in any export, not in a claim's verdict — even for editors."""
    review = make_review(state=state, rationale="SECRET DRAFT RATIONALE")
    published = make_review(rationale="Public rationale")

    for client in (editor_client, token_client):
        assert [r["id"] for r in results(client.get("/api/v1/reviews/"))] == [published.pk]
        assert client.get(f"/api/v1/reviews/{review.pk}/").status_code == 404
        for fmt in ("csv", "jsonl", "claimreview"):
            body = b"".join(client.get(f"/api/v1/reviews/export/?format={fmt}").streaming_content).decode()
            assert "SECRET DRAFT" not in body
            assert "Public rationale" in body
        claim = client.get(f"/api/v1/claims/{review.claim_id}/").json()
        assert claim["verdict"] is None
        assert claim["review_state"] == state


def test_comments_and_emails_never_leak(token_client):
    make_review(second_reviewer=UserFactory(email="eddie@secret.example"))
    for url in [
        "/api/v1/reviews/",
        "/api/v1/reviews/?format=csv",
        "/api/v1/reviews/?format=jsonl",
        "/api/v1/reviews/?format=claimreview",
        "/api/v1/reviews/export/?format=csv",
        "/api/v1/reviews/export/?format=jsonl",
        "/api/v1/reviews/export/?format=claimreview",
        "/api/v1/claims/",
    ]:
        response = token_client.get(url)
        body = (b"".join(response.streaming_content) if response.streaming else response.content).decode()
        assert "INTERNAL NOTE" not in body, url
        assert "@secret.example" not in body, url
        assert "Rita Reviewer" in body or "claims" in url, url


def published_through_the_workflow(reviewer, editor, rationale="The UN counted 250,000.", verdict="false"):
    claim = QuantityFactory(claim=ClaimFactory()).claim
    review = services.review_get_or_create(claim=claim)
    review = services.review_assign(review=review, by=reviewer)
    version = review.version
    review = services.review_update(
        review=review, by=reviewer, expected_version=version, verdict=rating(verdict), rationale=rationale
    )
    services.evidence_add(review=review, by=reviewer, url="https://un.example.org/report", title="UN report")
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    review = services.review_approve(review=review, by=editor)
    return services.review_publish(review=review, by=editor)


def test_a_correction_in_progress_keeps_the_published_revision_everywhere(token_client, reviewer, editor):
    """Readers and partners keep the verdict they saw while a correction is drafted, not the draft."""
    review = published_through_the_workflow(reviewer, editor)
    review = services.review_correct(review=review, by=editor, reason="The UN updated its count.")
    review = services.review_update(
        review=review,
        by=reviewer,
        expected_version=review.version,
        verdict=rating("mostly-true"),
        rationale="DRAFT not yet published",
    )
    [listed] = results(token_client.get("/api/v1/reviews/"))
    assert (listed["id"], listed["revision"], listed["verdict"]["slug"]) == (review.pk, 1, "false")
    # nothing readers see changed: an incremental sync does not fetch it again
    assert listed["updated_at"] == listed["last_published_at"]
    assert results(token_client.get("/api/v1/reviews/", {"updated_since": listed["updated_at"]})) == [listed]
    later = (review.published_revision.published_at + timedelta(microseconds=1)).isoformat()
    assert results(token_client.get("/api/v1/reviews/", {"updated_since": later})) == []
    assert listed["rationale"] == "The UN counted 250,000."
    assert [e["title"] for e in listed["evidence"]] == ["UN report"]
    claim = token_client.get(f"/api/v1/claims/{review.claim_id}/").json()
    assert (claim["review_state"], claim["verdict"]["slug"]) == ("in_progress", "false")
    for fmt in ("csv", "jsonl", "claimreview"):
        body = b"".join(token_client.get(f"/api/v1/reviews/export/?format={fmt}").streaming_content).decode()
        assert "The UN counted 250,000." in body and "DRAFT" not in body, fmt
    assert results(token_client.get("/api/v1/reviews/?verdict=mostly-true")) == []
    assert results(token_client.get("/api/v1/reviews/?search=DRAFT")) == []

    # once the correction is published, everyone gets revision 2
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    review = services.review_approve(review=review, by=editor)
    services.review_publish(review=review, by=editor)
    [listed] = results(token_client.get("/api/v1/reviews/"))
    assert (listed["revision"], listed["verdict"]["slug"]) == (2, "mostly-true")
    assert listed["rationale"] == "DRAFT not yet published"
    assert listed["last_published_at"] > listed["published_at"]
    assert results(token_client.get("/api/v1/reviews/", {"updated_since": later}))[0]["revision"] == 2
    assert results(token_client.get("/api/v1/reviews/", {"ordering": "-updated_at"}))[0]["id"] == review.pk


def test_claim_shows_its_published_verdict_and_state(token_client):
    review = make_review(verdict="misleading")
    body = token_client.get(f"/api/v1/claims/{review.claim_id}/").json()
    assert body["review_state"] == "published"
    assert body["verdict"] == {
        "review": review.pk,
        "label": "Misleading",
        "slug": "misleading",
        "value": None,
    }


def test_claim_without_review_is_unreviewed(token_client):
    claim = ClaimFactory()
    assert token_client.get(f"/api/v1/claims/{claim.pk}/").json()["review_state"] == "unreviewed"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("state=unreviewed", {"none"}),
        ("state=in_progress", {"draft"}),
        ("state=published", {"done"}),
        ("state=published&state=in_progress", {"draft", "done"}),
        ("verdict=false", {"done"}),
        ("verdict=true", set()),
    ],
)
def test_claim_state_and_verdict_filters(token_client, query, expected):
    names = {
        ClaimFactory().pk: "none",
        make_review(state=ReviewState.IN_PROGRESS, verdict="false").claim_id: "draft",
        make_review(verdict="false").claim_id: "done",
    }
    assert {names[r["id"]] for r in results(token_client.get(f"/api/v1/claims/?{query}"))} == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("verdict=false", {"a"}),
        ("verdict=false,true", {"a", "b"}),
        ("category=casualties", {"a"}),
        ("speaker=mayor", {"b"}),
        ("qualifier=approximate", {"b"}),
        ("checkworthiness_min=0.8", {"a"}),
        ("checkworthiness_max=0.8", {"b"}),
        ("published_after=2026-02-01T00:00:00Z", {"b"}),
        ("updated_since=2000-01-01T00:00:00Z", {"a", "b"}),
        ("updated_since=2999-01-01T00:00:00Z", set()),
        ("search=convoy", {"b"}),
        ("search=official", {"a", "b"}),
    ],
)
def test_review_filters(token_client, query, expected):
    a = make_review(
        claim=ClaimFactory(text="12 people died.", category="casualties", speaker="UN", checkworthiness=0.9),
        verdict="false",
        published_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    claim_b = ClaimFactory(
        text="A convoy of 40 trucks.", category="aid", speaker="The mayor", checkworthiness=0.6
    )
    QuantityFactory(claim=claim_b, qualifier="approximate")
    b = make_review(claim=claim_b, verdict="true", published_at=datetime(2026, 3, 1, tzinfo=UTC))
    names = {a.pk: "a", b.pk: "b"}

    assert {names[r["id"]] for r in results(token_client.get(f"/api/v1/reviews/?{query}"))} == expected
    exported = b"".join(token_client.get(f"/api/v1/reviews/export/?format=jsonl&{query}").streaming_content)
    assert {names[json.loads(line)["id"]] for line in exported.decode().splitlines()} == expected


def test_review_filters_by_article_and_claim(token_client):
    review = make_review()
    make_review()
    for query in (f"article={review.claim.article_id}", f"claim={review.claim_id}"):
        assert [r["id"] for r in results(token_client.get(f"/api/v1/reviews/?{query}"))] == [review.pk]


def test_incremental_sync_by_updated_at_ordering(token_client):
    reviews = [make_review() for _ in range(3)]
    for offset, review in enumerate(reversed(reviews)):
        # what readers see changed at these times (a correction published, say)
        changed = datetime(2026, 5, 1 + offset, tzinfo=UTC)
        Review.objects.filter(pk=review.pk).update(last_published_at=changed, public_updated_at=changed)
        ReviewRevision.objects.filter(review=review).update(published_at=changed)
    rows = results(
        token_client.get("/api/v1/reviews/?ordering=updated_at&updated_since=2026-05-02T00:00:00Z")
    )
    assert [r["id"] for r in rows] == [reviews[1].pk, reviews[0].pk]


def test_review_list_default_order_is_newest_published_first(token_client):
    old = make_review(published_at=datetime(2026, 1, 1, tzinfo=UTC))
    new = make_review(published_at=datetime(2026, 2, 1, tzinfo=UTC))
    assert [r["id"] for r in results(token_client.get("/api/v1/reviews/"))] == [new.pk, old.pk]


def test_export_rows_match_the_api_rows(token_client):
    """The streaming export and the paginated API give each review the same shape and values."""
    make_review(second_reviewer=UserFactory(first_name="", last_name="", username="eddie"), evidence=2)
    make_review(verdict="misleading", evidence=0)
    api_rows = sorted(results(token_client.get("/api/v1/reviews/")), key=lambda r: r["id"])
    export_rows = list(review_rows(Review.objects.published(), chunk_size=1))
    assert json.loads(json.dumps(export_rows)) == api_rows


def test_review_list_as_csv_and_jsonl(token_client):
    review = make_review()
    [row] = list(
        csv.DictReader(io.StringIO(token_client.get("/api/v1/reviews/?format=csv").content.decode()))
    )
    assert row["verdict.label"] == "False"
    assert row["claim.id"] == str(review.claim_id)
    assert json.loads(row["reviewers"]) == ["Rita Reviewer"]
    [line] = token_client.get("/api/v1/reviews/?format=jsonl").content.decode().splitlines()
    assert json.loads(line)["id"] == review.pk


def test_export_csv_streams_every_row_with_fixed_columns(token_client):
    reviews = [make_review() for _ in range(5)]
    response = token_client.get("/api/v1/reviews/export/?format=csv")
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="reviews-')
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [int(r["id"]) for r in rows] == [r.pk for r in reviews]
    assert rows[0]["evidence"].startswith('[{"url": "https://un.example.org/report/0"')
    assert rows[0]["verdict.value"] == "1.0"


def test_export_of_nothing_is_a_header_only_csv(token_client):
    body = b"".join(token_client.get("/api/v1/reviews/export/").streaming_content).decode()
    assert body.startswith("id,url,status,claim.id,")
    assert body.count("\n") == 1


def test_export_claimreview_is_one_jsonld_document(token_client):
    reviews = [make_review() for _ in range(3)]
    response = token_client.get("/api/v1/reviews/export/?format=claimreview")
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    document = json.loads(b"".join(response.streaming_content))
    assert document["@context"] == "https://schema.org"
    assert [item["url"] for item in document["@graph"]] == [
        f"http://127.0.0.1:8000/reviews/{r.pk}/" for r in reviews
    ]


def test_export_bad_filter_is_json_400(token_client):
    response = token_client.get("/api/v1/reviews/export/?format=csv&published_after=soon")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert "published_after" in response.json()["fields"]


def test_export_with_unknown_format_is_406_json(token_client):
    response = token_client.get("/api/v1/reviews/export/?format=xml")
    assert response.status_code == 404 or response.status_code == 406
    assert response.json()["code"] in ("not_found", "not_acceptable")


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # token, then the page or the cursor, joined to the published revision (which holds the evidence)
        ("/api/v1/reviews/?page_size=1000", 2),
        ("/api/v1/reviews/?page_size=1000&format=claimreview", 2),
        ("/api/v1/reviews/?page_size=1000&format=csv&qualifier=exact&search=siege", 2),
        ("/api/v1/reviews/export/?format=csv", 2),
        ("/api/v1/reviews/export/?format=claimreview", 2),
        ("/api/v1/reviews/export/?format=jsonl&verdict=false", 2),
        ("/api/v1/claims/?page_size=1000&state=published", 3),
    ],
)
def test_review_lists_use_constant_queries_for_1_and_500_rows(
    token_client, django_assert_num_queries, url, queries
):
    def fetch():
        response = token_client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert response.status_code == 200, body[:500]
        return body

    # on PostgreSQL the CSV export is one COPY that the database formats itself, after the token
    make_reviews(1)
    with django_assert_num_queries(queries):
        fetch()
    make_reviews(499)
    with django_assert_num_queries(queries):
        body = fetch()
    assert body.count(b"http://127.0.0.1:8000/reviews/") >= 500 or b"state" in body


def _csv_rows(text: str) -> list[dict]:
    """CSV rows with the JSON cells parsed (PostgreSQL's COPY orders JSON keys its own way)."""
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        for column in ("evidence", "reviewers"):
            row[column] = json.loads(row[column])
    return rows


def test_export_csv_cells_equal_the_list_csv_cells(token_client):
    """The fast CSV paths (Python, or COPY on PostgreSQL) write the same cells as the API rows."""
    make_review(
        claim=ClaimFactory(
            text='=1+1 people, "quoted"\nand a new line', speaker="-The mayor", speaker_type="person"
        ),
        evidence=2,
        published_at=datetime(2026, 3, 3, 9, 0, 0, 123456, tzinfo=UTC),
    )
    make_review(verdict="misleading", evidence=0, second_reviewer=UserFactory(first_name="Eddie"))
    make_review(claim=ClaimFactory(checkworthiness=0.123456789, speaker=""), verdict="true")
    listed = _csv_rows(token_client.get("/api/v1/reviews/?format=csv&ordering=id").content.decode())
    exported = _csv_rows(b"".join(token_client.get("/api/v1/reviews/export/").streaming_content).decode())
    assert exported == listed
    assert exported[0]["claim.text"].startswith("'=1+1 people")
    assert exported[0]["claim.speaker_type"] == "person"
    assert exported[0]["published_at"] == "2026-03-03T09:00:00.123456Z"
    assert exported[1]["verdict.value"] == ""
    assert exported[2]["verdict.value"] == "5.0"


def test_export_spans_several_batches(token_client, monkeypatch):
    from annotations.api import export

    monkeypatch.setattr(export, "CHUNK_SIZE", 3)
    monkeypatch.setattr(export.review_batches, "__kwdefaults__", {"chunk_size": 3})
    reviews = make_reviews(8)
    rows = list(
        csv.DictReader(
            io.StringIO(b"".join(token_client.get("/api/v1/reviews/export/").streaming_content).decode())
        )
    )
    assert [int(r["id"]) for r in rows] == [r.pk for r in reviews]
    assert all(r["evidence"] for r in rows)


# --- withdrawn verdicts -------------------------------------------------------------------------


def test_a_withdrawn_verdict_leaves_the_list_and_the_exports(token_client):
    withdrawn = make_review(state=ReviewState.WITHDRAWN, rationale="WITHDRAWN RATIONALE")
    published = make_review(rationale="Public rationale")
    assert [r["id"] for r in results(token_client.get("/api/v1/reviews/"))] == [published.pk]
    for fmt in ("csv", "jsonl", "claimreview"):
        body = b"".join(token_client.get(f"/api/v1/reviews/export/?format={fmt}").streaming_content).decode()
        assert "WITHDRAWN RATIONALE" not in body and "Public rationale" in body
    assert token_client.get(f"/api/v1/claims/{withdrawn.claim_id}/").json()["verdict"] is None


def test_sync_returns_a_tombstone_for_a_withdrawn_verdict(token_client):
    published = make_review(published_at=datetime(2026, 5, 1, tzinfo=UTC))
    withdrawn = make_review(
        state=ReviewState.WITHDRAWN,
        rationale="WITHDRAWN RATIONALE",
        withdrawn_at=datetime(2026, 5, 3, tzinfo=UTC),
        public_updated_at=datetime(2026, 5, 3, tzinfo=UTC),
        withdrawal_reason="The ministry retracted the figure.",
    )
    rows = results(
        token_client.get("/api/v1/reviews/?updated_since=2026-05-01T00:00:00Z&ordering=updated_at")
    )
    assert [(r["id"], r["status"]) for r in rows] == [
        (published.pk, "published"),
        (withdrawn.pk, "withdrawn"),
    ]
    assert rows[1] == {
        "id": withdrawn.pk,
        "url": f"http://127.0.0.1:8000/reviews/{withdrawn.pk}/",
        "status": "withdrawn",
        "withdrawn_at": "2026-05-03T00:00:00Z",
        "withdrawal_reason": "The ministry retracted the figure.",
        "updated_at": "2026-05-03T00:00:00Z",
    }
    # a sync after the withdrawal sees only what changed since
    later = results(token_client.get("/api/v1/reviews/?updated_since=2026-05-02T00:00:00Z"))
    assert [r["id"] for r in later] == [withdrawn.pk]
    # ClaimReview cannot say "withdrawn": that format carries published verdicts only
    document = token_client.get(
        "/api/v1/reviews/?updated_since=2026-05-01T00:00:00Z&format=claimreview"
    ).json()
    assert len(document["@graph"]) == 1
    csv_rows = list(
        csv.DictReader(
            io.StringIO(
                token_client.get(
                    "/api/v1/reviews/?updated_since=2026-05-01T00:00:00Z&format=csv"
                ).content.decode()
            )
        )
    )
    assert [row["status"] for row in csv_rows] == ["published", "withdrawn"]


def test_a_withdrawn_verdict_by_id_is_gone_with_its_tombstone(token_client):
    withdrawn = make_review(state=ReviewState.WITHDRAWN, rationale="WITHDRAWN RATIONALE")
    response = token_client.get(f"/api/v1/reviews/{withdrawn.pk}/")
    assert response.status_code == 410
    assert response.json()["status"] == "withdrawn"
    assert "WITHDRAWN RATIONALE" not in response.content.decode()


def test_withdraw_through_the_transition_endpoint(client):
    from tests.factories import ReviewFactory

    review = ReviewFactory(state="published")
    client.force_login(review.second_reviewer)
    missing = client.post(
        f"/api/v1/reviews/{review.pk}/transition/", {"action": "withdraw"}, content_type="application/json"
    )
    assert missing.status_code == 400
    response = client.post(
        f"/api/v1/reviews/{review.pk}/transition/",
        {"action": "withdraw", "reason": "Retracted."},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "withdrawn"
    assert client.get(f"/api/v1/reviews/{review.pk}/").status_code == 410


def test_sync_list_queries_stay_constant_with_tombstones(token_client, django_assert_max_num_queries):
    for _ in range(3):
        make_review(state=ReviewState.WITHDRAWN)
        make_review()
    url = "/api/v1/reviews/?updated_since=2000-01-01T00:00:00Z"
    with django_assert_max_num_queries(8) as few:
        assert len(results(token_client.get(url))) == 6
    for _ in range(10):
        make_review(state=ReviewState.WITHDRAWN)
        make_review()
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(results(token_client.get(url))) == 26
