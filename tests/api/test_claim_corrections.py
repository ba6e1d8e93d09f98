"""Claim corrections over the API: the same services and rules, the permission matrix, bad input."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from annotations import services
from factcheck.models import Claim, Origin, Quantity
from tests.corrections.conftest import TEXT


@pytest.fixture
def other_client(other_reviewer) -> APIClient:
    client = APIClient()
    client.force_login(other_reviewer)
    return client


def test_a_reviewer_adds_corrects_splits_and_merges_claims(reviewer_client, article, claims):
    start = TEXT.index("rebels")
    added = reviewer_client.post(
        "/api/v1/claims/", {"article": article.pk, "start": start, "end": start + 33}
    )
    assert added.status_code == 201, added.json()
    body = added.json()
    assert (body["origin"], body["text"], body["corrected"]) == (
        "added",
        "rebels seized more than 20 villages",
        ["span"],
    )
    assert body["article"]["id"] == article.pk and body["quantities"][0]["origin"] == "machine"

    jane = TEXT.index("Jane Doe")
    patched = reviewer_client.patch(
        f"/api/v1/claims/{claims[1].pk}/",
        {"version": 1, "speaker": {"start": jane, "end": jane + 8}, "category": "military"},
        format="json",
    )
    assert patched.status_code == 200, patched.json()
    assert (patched.json()["speaker"], patched.json()["speaker_type"], patched.json()["version"]) == (
        "Jane Doe",
        "person",
        2,
    )
    assert patched.json()["corrected"] == ["category", "speaker"]

    split = reviewer_client.post(f"/api/v1/claims/{claims[0].pk}/split/", {"at": TEXT.index("people")})
    assert split.status_code == 201, split.json()
    first, second = split.json()
    assert first["id"] == claims[0].pk and second["text"].startswith("people were living")

    merged = reviewer_client.post(
        "/api/v1/claims/merge/", {"claims": [first["id"], second["id"]]}, format="json"
    )
    assert merged.status_code == 200, merged.json()
    assert merged.json()["text"] == claims[0].text


def test_figures_are_listed_added_corrected_and_removed(reviewer_client, claims):
    claim = claims[1]
    url = f"/api/v1/claims/{claim.pk}/quantities/"
    listed = reviewer_client.get(url).json()
    assert [q["surface"] for q in listed] == ["more than 20 villages", "3 towns"]

    towns = listed[1]["id"]
    changed = reviewer_client.patch(f"{url}{towns}/", {"value": 4, "kind": "cardinal"}, format="json")
    assert (changed.status_code, changed.json()["value"], changed.json()["origin"]) == (200, 4.0, "corrected")

    jane = TEXT.index("Jane")
    added = reviewer_client.post(url, {"start": jane, "end": jane + 4, "value": 1, "unit": "minister"})
    assert (added.status_code, added.json()["origin"], added.json()["surface"]) == (201, "added", "Jane")

    assert reviewer_client.delete(f"{url}{listed[0]['id']}/").status_code == 204
    assert sorted(Quantity.objects.filter(claim=claim).values_list("origin", flat=True)) == [
        Origin.ADDED,
        Origin.CORRECTED,
    ]
    assert reviewer_client.get(f"/api/v1/claims/{claim.pk}/").json()["corrected"] == ["figures"]


@pytest.mark.parametrize(
    ("method", "path", "data", "status", "message"),
    [
        ("post", "/api/v1/claims/", {"article": 999999, "start": 0, "end": 10}, 400, "article"),
        ("post", "/api/v1/claims/", {"article": "A", "start": 10, "end": 5}, 400, "empty or reversed"),
        ("post", "/api/v1/claims/", {"article": "A", "start": 0, "end": 99999}, 400, "outside the article"),
        ("post", "/api/v1/claims/", {"article": "A", "start": "x", "end": 3}, 400, "start"),
        ("patch", "/api/v1/claims/C0/", {"category": "weather"}, 400, "category"),
        ("patch", "/api/v1/claims/C0/", {"version": 7, "category": "other"}, 400, "has no version 7"),
        ("post", "/api/v1/claims/C1/split/", {"at": 0}, 400, "Split inside the claim"),
        ("post", "/api/v1/claims/merge/", {"claims": ["C0", "C2"]}, 400, "adjacent"),
        ("post", "/api/v1/claims/merge/", {"claims": ["C0", 999999]}, 404, "No claim #999999"),
        ("post", "/api/v1/claims/merge/", {"claims": ["C0"]}, 400, "claims"),
        (
            "post",
            "/api/v1/claims/C1/quantities/",
            {"start": 0, "end": 3, "value": 1},
            400,
            "outside the claim",
        ),
        ("patch", "/api/v1/claims/C1/quantities/Q/", {"value": "lots"}, 400, "value"),
        ("patch", "/api/v1/claims/C1/quantities/Q/", {"low": 9, "high": 2}, 400, "lower bound"),
        ("get", "/api/v1/claims/999999/quantities/", None, 404, "No claim"),
    ],
)
def test_bad_corrections_are_clear_errors_and_save_nothing(
    reviewer_client, article, claims, method, path, data, status, message
):
    def fill(value):
        if isinstance(value, str) and value[:1] == "C" and value[1:].isdigit():
            return claims[int(value[1:])].pk
        return {"A": article.pk}.get(value, value) if isinstance(value, str) else value

    figure = claims[1].quantities.order_by("start").first()
    path = (
        path.replace("C0", str(claims[0].pk)).replace("C1", str(claims[1].pk)).replace("Q/", f"{figure.pk}/")
    )
    if data is not None:
        data = {
            k: ([fill(v) for v in value] if isinstance(value, list) else fill(value))
            for k, value in data.items()
        }
    before = list(Claim.objects.order_by("pk").values_list("pk", "start", "end", "version", "category"))
    response = getattr(reviewer_client, method)(path, data, format="json")
    assert response.status_code == status, response.content
    assert message in response.json()["detail"]
    assert (
        list(Claim.objects.order_by("pk").values_list("pk", "start", "end", "version", "category")) == before
    )


# who may do what: (anonymous, API client, reviewer, other reviewer, editor) on a claim the reviewer has
MATRIX = [
    ("read", (401, 200, 200, 200, 200)),
    ("add", (401, 403, 201, 201, 201)),
    ("correct", (401, 403, 200, 403, 200)),
    ("split", (401, 403, 201, 403, 201)),
    ("merge", (401, 403, 200, 403, 200)),
    ("figure", (401, 403, 201, 403, 201)),
]


@pytest.mark.parametrize(("operation", "expected"), MATRIX)
def test_the_permission_matrix(
    anon,
    token_client,
    reviewer_client,
    other_client,
    editor_client,
    reviewer,
    article,
    claims,
    operation,
    expected,
):
    services.claim_annotate(claim=claims[1], by=reviewer)  # the reviewer has claim 1
    clients = [anon, token_client, reviewer_client, other_client, editor_client]
    statuses = []
    for n, client in enumerate(clients):
        claim = claims[1]
        phrase = ["rebels seized", "seized more", "more than 20", "than 20 villages", "20 villages and"][n]
        start, end = TEXT.index(phrase), TEXT.index(phrase) + len(phrase)  # a new span for each client
        request = {
            "read": lambda c=client, claim=claim: c.get(f"/api/v1/claims/{claim.pk}/"),
            "add": lambda c=client, s=start, e=end: c.post(
                "/api/v1/claims/", {"article": article.pk, "start": s, "end": e}
            ),
            "correct": lambda c=client, claim=claim: c.patch(
                f"/api/v1/claims/{claim.pk}/", {"category": "military"}, format="json"
            ),
            "split": lambda c=client, claim=claim: c.post(
                f"/api/v1/claims/{claim.pk}/split/", {"at": TEXT.index("more than")}
            ),
            "merge": lambda c=client: c.post(
                "/api/v1/claims/merge/", {"claims": list(_adjacent_pair(article, claims[1]))}, format="json"
            ),
            "figure": lambda c=client, claim=claim: c.post(
                f"/api/v1/claims/{claim.pk}/quantities/",
                {"start": TEXT.index("Jane"), "end": TEXT.index("Jane") + 4, "value": 1},
            ),
        }[operation]
        statuses.append(request().status_code)
        if operation in ("split", "merge") and statuses[-1] in (200, 201):
            _undo(operation, article, claims[1])
    assert tuple(statuses) == expected


def _adjacent_pair(article, claim):
    claim.refresh_from_db()
    following = article.claims.get(index=claim.index + 1)
    return claim.pk, following.pk


def _undo(operation, article, claim):
    """Put the article back as it was, so the next client meets the same claims."""
    from annotations.corrections import claim_merge, claim_split
    from factcheck.models import Claim as ClaimModel
    from tests.factories import member

    editor = member("undo", "Editor")
    claim.refresh_from_db()
    if operation == "split":
        following = article.claims.get(index=claim.index + 1)
        claim_merge(claims=[claim, following], by=editor)
    else:
        merged = ClaimModel.objects.get(pk=claim.pk)
        claim_split(claim=merged, at=TEXT.index("Aid trucks"), by=editor)
    editor.delete()


def test_claim_and_figure_lists_keep_constant_queries_with_corrected_claims(
    token_client, reviewer, article, claims, django_assert_num_queries
):
    from annotations import corrections

    url = "/api/v1/claims/?page_size=1000"
    with django_assert_num_queries(3):
        token_client.get(url)
    corrections.claim_update(claim=claims[0], by=reviewer, category="other")
    corrections.claim_add(article=article, start=0, end=9, by=reviewer)
    corrections.quantity_update(quantity=claims[1].quantities.first(), by=reviewer, value=21)
    with django_assert_num_queries(3):
        body = token_client.get(url).json()
    assert {c["origin"] for c in body["results"]} == {"machine", "corrected", "added"}
    with django_assert_num_queries(3):  # token, the claim, its figures
        token_client.get(f"/api/v1/claims/{claims[1].pk}/quantities/")


def test_claims_filter_by_origin_not_a_claim_and_flag(token_client, reviewer, article, claims):
    from annotations import corrections

    corrections.claim_update(claim=claims[0], by=reviewer, category="other")
    added = corrections.claim_add(article=article, start=0, end=9, by=reviewer)
    corrections.claim_update(claim=claims[3], by=reviewer, not_a_claim=True)
    Claim.objects.filter(pk=claims[2].pk).update(attention="Look again.")

    def ids(query):
        return sorted(c["id"] for c in token_client.get(f"/api/v1/claims/?{query}").json()["results"])

    assert ids("origin=added") == [added.pk]
    assert ids("origin=corrected&origin=added") == sorted([claims[0].pk, added.pk])
    assert ids("not_a_claim=true") == [claims[3].pk]
    assert ids("flagged=true") == [claims[2].pk]
    assert len(ids("flagged=false")) == 4


def test_figure_writes_and_merges_take_the_version_seen(reviewer_client, claims):
    url = f"/api/v1/claims/{claims[1].pk}/quantities/"
    figure = reviewer_client.get(url).json()[0]["id"]
    assert (
        reviewer_client.patch(f"{url}{figure}/", {"value": 21, "version": 1}, format="json").status_code
        == 200
    )
    stale = reviewer_client.patch(f"{url}{figure}/", {"value": 22, "version": 1}, format="json")
    assert stale.status_code == 409 and stale.json()["conflict"]["current_version"] == 2
    merge = {"claims": [claims[1].pk, claims[2].pk], "versions": {str(claims[1].pk): 1}}
    assert reviewer_client.post("/api/v1/claims/merge/", merge, format="json").status_code == 409
    assert (
        reviewer_client.patch(f"/api/v1/claims/{claims[0].pk}/", {"version": 9}, format="json").status_code
        == 400
    )


def test_a_claim_id_too_large_for_the_database_is_a_404(token_client, claims):
    too_large = 2**65
    assert token_client.get(f"/api/v1/claims/{too_large}/quantities/").status_code == 404
    assert token_client.get(f"/api/v1/claims/{too_large}/quantities/1/").status_code == 404
