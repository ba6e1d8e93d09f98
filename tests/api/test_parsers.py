"""JSON request bodies nest at most ``FACTCHECK_MAX_JSON_DEPTH`` levels: deeper is a 400 with the API's
JSON error body, never a 500 from a ``RecursionError``."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient

from factcheck.models import ImportJob

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.fixture
def importer(reviewer):
    reviewer.user_permissions.add(Permission.objects.get(codename="add_importjob"))
    return reviewer


@pytest.mark.parametrize("url", ["/api/v1/reviews/", "/api/v1/imports/"])
def test_deeply_nested_json_is_a_400_with_the_json_error_body(importer, url):
    api = APIClient()
    api.force_authenticate(importer)
    response = api.post(url, DEEP, content_type="application/json")
    assert response.status_code == 400, response.content
    assert response.json() == {
        "type": "about:blank",
        "title": "Bad Request",
        "status": 400,
        "code": "parse_error",
        "detail": "JSON parse error - The JSON is nested deeper than 100 levels; refused.",
    }
    assert not ImportJob.objects.exists()


def test_nesting_within_the_limit_is_parsed(importer, settings):
    settings.FACTCHECK_MAX_JSON_DEPTH = 4
    api = APIClient()
    api.force_authenticate(importer)
    body = '{"articles": [{"title": "T", "text": "The mayor said 12 people died."}]}'  # 3 levels
    assert api.post("/api/v1/imports/", body, content_type="application/json").status_code == 202
    too_deep = '{"articles": [{"title": "T", "text": "x", "tags": [["a"]]}]}'  # 5 levels
    assert api.post("/api/v1/imports/", too_deep, content_type="application/json").status_code == 400


def test_invalid_json_is_still_a_clear_400(importer):
    api = APIClient()
    api.force_authenticate(importer)
    response = api.post("/api/v1/reviews/", '{"claim": ', content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error - ")
