"""The OpenAPI document: every endpoint and filter documented, Swagger UI served, and the API
conforms to it (Schemathesis, a bounded number of generated requests per operation)."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from annotations.api.services import api_client_create
from tests.api.helpers import make_review
from tests.factories import ClaimFactory, QuantityFactory

pytestmark = pytest.mark.django_db

FILTERS = {
    "/api/v1/articles/": {
        "source_name",
        "language",
        "published_after",
        "updated_since",
        "search",
        "ordering",
    },
    "/api/v1/claims/": {
        "article",
        "category",
        "speaker",
        "qualifier",
        "is_claim",
        "checkworthiness_min",
        "checkworthiness_max",
        "published_after",
        "updated_since",
        "search",
        "state",
        "verdict",
        "ordering",
        "cursor",
        "page_size",
        "format",
    },
    "/api/v1/reviews/": {
        "article",
        "claim",
        "category",
        "verdict",
        "speaker",
        "qualifier",
        "checkworthiness_min",
        "checkworthiness_max",
        "published_after",
        "updated_since",
        "search",
        "ordering",
        "cursor",
        "page_size",
        "format",
    },
    "/api/v1/reviews/export/": {"verdict", "published_after", "updated_since", "search", "format"},
}


@pytest.fixture
def openapi(token_client) -> dict:
    response = token_client.get("/api/schema/?format=json")
    assert response.status_code == 200
    return response.json()


def test_every_endpoint_is_documented(openapi):
    paths = set(openapi["paths"])
    assert {
        "/api/v1/articles/",
        "/api/v1/articles/{id}/",
        "/api/v1/claims/",
        "/api/v1/claims/{id}/",
        "/api/v1/reviews/",
        "/api/v1/reviews/{id}/",
        "/api/v1/reviews/{id}/transition/",
        "/api/v1/reviews/{id}/evidence/",
        "/api/v1/reviews/export/",
        "/api/v1/imports/",
        "/api/v1/imports/{id}/",
    } <= paths


@pytest.mark.parametrize("path", sorted(FILTERS))
def test_every_filter_is_documented_with_a_description(openapi, path):
    parameters = {p["name"]: p for p in openapi["paths"][path]["get"]["parameters"]}
    assert FILTERS[path] <= set(parameters)
    for name in FILTERS[path]:
        assert parameters[name].get("description"), f"{path} ?{name} has no description"


def test_operations_have_summaries_examples_and_json_errors(openapi):
    for path, operations in openapi["paths"].items():
        if not path.startswith(("/api/v1/articles", "/api/v1/claims", "/api/v1/reviews")):
            continue
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method} {path} has no summary"
            assert operation["responses"]["401"]["content"]["application/problem+json"]["schema"] == {
                "$ref": "#/components/schemas/Error"
            }
    review_list = openapi["paths"]["/api/v1/reviews/"]["get"]["responses"]["200"]["content"]
    assert set(review_list) >= {"application/json", "text/csv", "application/jsonl", "application/ld+json"}
    assert review_list["application/json"]["examples"]


def test_swagger_ui_is_served_without_a_cdn(anon):
    response = anon.get("/api/docs/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "/api/schema/" in page
    assert "cdn.jsdelivr.net" not in page
    assert anon.get("/api/schema/").status_code == 200, "the schema itself is public; the data is not"


@pytest.fixture
def seeded_token(db) -> str:
    for verdict in ("false", "misleading"):
        make_review(verdict=verdict)
    QuantityFactory(claim=ClaimFactory(speaker=""))
    _, token = api_client_create(name="schemathesis")
    return token.key


# Loaded once at collection through the WSGI app: the schema view needs no database.
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())


@schema.include(method="GET").parametrize()
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_schema(case, seeded_token, wsgi_requests_keep_the_test_connection):
    case.call_and_validate(
        headers={"Authorization": f"Token {seeded_token}"},
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
