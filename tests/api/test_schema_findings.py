"""What running Schemathesis with every check over the writes found, each kept fixed by a test of its own."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.corrections.conftest import TEXT

pytestmark = pytest.mark.django_db


def test_merging_ids_past_the_database_range_is_a_400_not_a_500(reviewer_client):
    response = reviewer_client.post("/api/v1/claims/merge/", {"claims": [10**25, 10**25 + 1]}, format="json")
    assert response.status_code == 400 and "claims" in response.json()["fields"]
    response = reviewer_client.post(
        "/api/v1/claims/merge/", {"claims": [1, 2], "versions": {str(10**25): 1}}, format="json"
    )
    assert response.status_code == 400 and response.json()["fields"]["versions"] == ["Keys are claim ids."]


def test_a_merge_names_each_claim_once_as_the_schema_says(reviewer_client, claims):
    response = reviewer_client.post(
        "/api/v1/claims/merge/", {"claims": [claims[0].pk, claims[0].pk]}, format="json"
    )
    assert response.status_code == 400 and response.json()["fields"]["claims"] == ["Name each claim once."]
    schema = reviewer_client.get("/api/schema/?format=json").json()
    merge = schema["components"]["schemas"]["ClaimMergeRequest"]["properties"]["claims"]
    assert merge["uniqueItems"] is True and merge["items"]["minimum"] == 1


def test_writes_take_json_alone(reviewer_client, claims):
    """A form cannot say null: the schema offers no forms to the writes, and the server refuses them."""
    response = reviewer_client.post(
        f"/api/v1/claims/{claims[0].pk}/split/", {"at": TEXT.index("people")}, format="multipart"
    )
    assert response.status_code == 415 and response["Content-Type"] == "application/problem+json"
    schema = reviewer_client.get("/api/schema/?format=json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if method in {"post", "patch"} and "requestBody" in operation and "/imports/" not in path:
                assert set(operation["requestBody"]["content"]) == {"application/json"}, (method, path)


def test_a_split_ignores_the_list_filters_and_the_schema_does_not_offer_them(reviewer_client, claims):
    response = reviewer_client.post(
        f"/api/v1/claims/{claims[0].pk}/split/?article=0&state=approved",
        {"at": TEXT.index("people")},
        format="json",
    )
    assert response.status_code == 201, response.json()
    schema = reviewer_client.get("/api/schema/?format=json").json()
    split = schema["paths"]["/api/v1/claims/{id}/split/"]["post"]
    assert [p["name"] for p in split["parameters"] if p["in"] == "query"] == ["format"]
    assert split["responses"]["201"]["content"]["application/json"]["schema"]["type"] == "array"


def test_a_patch_requires_the_fields_the_server_requires(reviewer_client):
    schema = reviewer_client.get("/api/schema/?format=json").json()
    patch = schema["paths"]["/api/v1/reviews/{id}/"]["patch"]["requestBody"]["content"]["application/json"]
    component = patch["schema"]["$ref"].rsplit("/", 1)[-1]
    assert schema["components"]["schemas"][component]["required"] == ["version"]


def test_a_post_with_a_session_cookie_to_an_unknown_api_path_is_a_json_404(reviewer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    response = client.post("/api/v1/claims/not-an-id,or-two/quantities/", {}, content_type="application/json")
    assert response.status_code == 404 and response["Content-Type"] == "application/problem+json"


def test_a_refused_csrf_check_on_an_api_path_is_problem_details(reviewer, editor):
    """The API's own views check CSRF as DRF does; a plain Django view under /api/ (the schema) uses
    Django's check, whose refusal was an HTML page."""
    from django.test import RequestFactory

    from annotations.api.views import csrf_failure

    request = RequestFactory().post("/api/v1/reviews/")
    response = csrf_failure(request, reason="CSRF cookie not set.")
    assert response.status_code == 403 and response["Content-Type"] == "application/problem+json"
    assert b"csrf_failed" in response.content and b"CSRF cookie not set." in response.content
    page = csrf_failure(RequestFactory().post("/review/"), reason="CSRF cookie not set.")
    assert page.status_code == 403 and page["Content-Type"].startswith("text/html")
