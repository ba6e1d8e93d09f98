"""Request bodies bounded by route (``factcheck.middleware``): small bodies everywhere, uploads only on
the upload routes, and an oversized body refused by its ``Content-Length`` before anything reads it."""

from __future__ import annotations

import io
import json

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.test import APIClient

from factcheck.models import ImportJob
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


class UnreadableBody(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        raise AssertionError("the request body was read")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def importer_api() -> APIClient:
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="add_importjob"))
    api = APIClient()
    api.force_authenticate(user)
    return api


def test_a_2_mb_json_body_to_the_reviews_api_is_refused_with_a_json_413(reviewer):
    api = APIClient()
    api.force_authenticate(reviewer)
    body = json.dumps({"claim": 1, "rationale": "x" * (2 * MB)})
    response = api.post("/api/v1/reviews/", body, content_type="application/json")
    assert response.status_code == 413
    assert response["Content-Type"] == "application/problem+json"
    error = response.json()
    assert (error["status"], error["code"]) == (413, "request_too_large")
    assert "over the 1,048,576-byte (1 MB) limit for this address" in error["detail"]


def test_an_anonymous_2_mb_post_to_the_admin_login_is_refused_without_reading_it(client):
    response = client.generic(
        "POST",
        "/admin/login/",
        b"",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(2 * MB),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert response["Content-Type"].startswith("text/html")
    assert b"Request too large" in response.content


def test_small_bodies_still_reach_their_views(client):
    response = client.post("/admin/login/", {"username": "nobody", "password": "x"})
    assert response.status_code in (200, 403)  # the login form again, or the CSRF refusal: not 413


def test_a_multi_mb_upload_to_imports_is_still_accepted(importer_api, django_capture_on_commit_callbacks):
    data = ("Story\n\nThe mayor said 12 people died in the flood. " + "More words here. " * 200_000).encode()
    assert len(data) > 3 * MB
    upload = SimpleUploadedFile("big.txt", data)
    with django_capture_on_commit_callbacks(execute=True):
        response = importer_api.post("/api/v1/imports/", {"file": upload}, format="multipart")
    assert response.status_code == 202, response.content
    assert ImportJob.objects.get().imported_count == 1


def test_multi_mb_json_articles_to_imports_are_still_accepted(importer_api):
    text = "The council said 40 roads were closed. " + "More words here. " * 150_000
    response = importer_api.post(
        "/api/v1/imports/", {"articles": [{"title": "Big", "text": text}]}, format="json"
    )
    assert response.status_code == 202, response.content


def test_an_upload_over_the_upload_limit_is_refused_before_reading(importer_api, settings):
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 2 * MB
    response = importer_api.generic(
        "POST",
        "/api/v1/imports/",
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(4 * MB),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"


def test_the_admin_import_form_takes_uploads(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    data = ("Story\n\nThe mayor said 12 people died in the flood. " + "More words here. " * 150_000).encode()
    response = client.post(
        reverse("admin:factcheck_importjob_import"), {"file": SimpleUploadedFile("a.txt", data)}
    )
    assert response.status_code == 302
    assert ImportJob.objects.count() == 1


def test_other_admin_forms_take_small_bodies_only(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post(reverse("admin:auth_group_add"), {"name": "x" * (2 * MB)})
    assert response.status_code == 413


def test_the_small_limit_is_a_setting(reviewer, settings):
    settings.FACTCHECK_MAX_REQUEST_BYTES = 100
    api = APIClient()
    api.force_authenticate(reviewer)
    response = api.post("/api/v1/reviews/", {"claim": 1, "rationale": "x" * 200}, format="json")
    assert response.status_code == 413
