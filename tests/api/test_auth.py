"""Token and session auth, CSRF, throttling per token, and the API-client admin."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from annotations.api.models import API_READER_GROUP, ApiClient
from annotations.api.services import api_client_create, api_client_token_issue, api_client_token_revoke
from tests.factories import ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db

READ_URLS = ["/api/v1/articles/", "/api/v1/claims/"]


@pytest.mark.parametrize("url", READ_URLS)
def test_anonymous_is_refused_with_json_401(anon, url):
    response = anon.get(url)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response.json() == {
        "type": "about:blank",
        "title": "Unauthorized",
        "status": 401,
        "code": "not_authenticated",
        "detail": "Authentication credentials were not provided.",
    }
    assert response["WWW-Authenticate"] == "Token"


@pytest.mark.parametrize("url", READ_URLS)
@pytest.mark.parametrize("who", ["token_client", "reviewer_client", "editor_client"])
def test_token_reviewer_and_editor_read(request, url, who):
    ClaimFactory()
    assert request.getfixturevalue(who).get(url).status_code == 200


@pytest.mark.parametrize("url", READ_URLS)
@pytest.mark.parametrize("who", ["token_client", "reviewer_client", "editor_client"])
def test_nobody_writes_articles_and_only_reviewers_and_editors_claims(request, url, who):
    """Articles come from imports; reviewers and editors add claims (``test_claim_corrections.py``), so
    their bad request is a 400 naming the missing field, and an API client's a 403."""
    response = request.getfixturevalue(who).post(url, {"title": "x"}, format="json")
    expected = (400,) if url == "/api/v1/claims/" and who != "token_client" else (403, 405)
    assert response.status_code in expected
    assert response["Content-Type"] == "application/problem+json" and response.json()["detail"]


def test_bearer_keyword_works_too(token_client):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_client.token.key}")
    assert client.get("/api/v1/claims/").status_code == 200


def test_wrong_token_is_401(anon):
    anon.credentials(HTTP_AUTHORIZATION="Token not-a-real-key")
    response = anon.get("/api/v1/claims/")
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid token."


def test_malformed_token_header_is_401(anon):
    anon.credentials(HTTP_AUTHORIZATION="Token two words")
    response = anon.get("/api/v1/claims/")
    assert response.status_code == 401
    assert "Token <key>" in response.json()["detail"]


def test_revoked_token_stops_working(token_client):
    client = ApiClient.objects.get(username="partner-newsroom")
    api_client_token_revoke(client=client)
    assert token_client.get("/api/v1/claims/").status_code == 401


def test_reissued_token_replaces_the_old_one(token_client):
    client = ApiClient.objects.get(username="partner-newsroom")
    new = api_client_token_issue(client=client)
    assert token_client.get("/api/v1/claims/").status_code == 401
    token_client.credentials(HTTP_AUTHORIZATION=f"Token {new.key}")
    assert token_client.get("/api/v1/claims/").status_code == 200


def test_deactivated_client_is_refused(token_client):
    ApiClient.objects.filter(username="partner-newsroom").update(is_active=False)
    response = token_client.get("/api/v1/claims/")
    assert response.status_code == 401
    assert response.json()["detail"] == "User inactive or deleted."


def test_api_client_cannot_log_in_and_is_not_staff():
    client, token = api_client_create(name="researchers")
    assert not client.has_usable_password()
    assert not client.is_staff
    assert client.groups.filter(name=API_READER_GROUP).exists()
    assert Token.objects.get(user=client) == token


def test_duplicate_client_name_is_a_clear_error():
    api_client_create(name="researchers")
    with pytest.raises(Exception, match="already exists"):
        api_client_create(name="researchers")


def test_session_write_without_csrf_is_refused(reviewer):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(reviewer)
    response = client.post("/api/v1/claims/", {}, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_session_read_needs_no_csrf(reviewer):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.get("/api/v1/claims/").status_code == 200


def test_throttled_per_token(token_client, settings):
    from rest_framework.settings import api_settings

    from annotations.api.throttling import ClientRateThrottle

    _, other_token = api_client_create(name="other-newsroom")
    other = APIClient()
    other.credentials(HTTP_AUTHORIZATION=f"Token {other_token.key}")
    original = ClientRateThrottle.THROTTLE_RATES
    ClientRateThrottle.THROTTLE_RATES = {**api_settings.DEFAULT_THROTTLE_RATES, "client": "2/hour"}
    try:
        assert token_client.get("/api/v1/claims/").status_code == 200
        assert token_client.get("/api/v1/claims/").status_code == 200
        response = token_client.get("/api/v1/claims/")
        assert response.status_code == 429
        assert response.json()["code"] == "throttled"
        assert "Retry-After" in response
        assert other.get("/api/v1/claims/").status_code == 200, "another token has its own budget"
    finally:
        ClientRateThrottle.THROTTLE_RATES = original


def test_editor_creates_and_revokes_a_client_in_the_admin(editor):
    web = Client()
    web.force_login(editor)

    response = web.post(
        "/admin/annotations_api/apiclient/add/",
        {"username": "fact-desk", "first_name": "Fact Desk", "email": "desk@example.org", "is_active": "on"},
    )
    assert response.status_code == 302, response.content[:2000]
    client = ApiClient.objects.get(username="fact-desk")
    token = Token.objects.get(user=client)
    page = web.get(f"/admin/annotations_api/apiclient/{client.pk}/change/")
    assert token.key in page.content.decode()

    web.post(
        "/admin/annotations_api/apiclient/",
        {"action": "revoke_tokens", "_selected_action": [client.pk]},
    )
    assert not Token.objects.filter(user=client).exists()

    web.post(
        "/admin/annotations_api/apiclient/",
        {"action": "issue_tokens", "_selected_action": [client.pk]},
    )
    assert Token.objects.filter(user=client).exclude(key=token.key).exists()


def test_editor_cannot_edit_staff_accounts_through_the_client_admin(editor):
    staff = UserFactory(is_staff=True)
    web = Client()
    web.force_login(editor)
    assert web.get(f"/admin/annotations_api/apiclient/{staff.pk}/change/").status_code in (302, 404)
    assert web.get(f"/admin/auth/user/{staff.pk}/change/").status_code == 403


def test_api_reader_group_exists_and_editors_manage_clients():
    editor_group = Group.objects.get(name="Editor")
    assert Group.objects.filter(name=API_READER_GROUP).exists()
    assert set(
        editor_group.permissions.filter(content_type__app_label="annotations_api").values_list(
            "codename", flat=True
        )
    ) == {"view_apiclient", "add_apiclient", "change_apiclient"}


def test_ratelimit_headers_tell_a_client_its_budget(token_client):
    from rest_framework.settings import api_settings

    from annotations.api.throttling import ClientRateThrottle

    original = ClientRateThrottle.THROTTLE_RATES
    ClientRateThrottle.THROTTLE_RATES = {**api_settings.DEFAULT_THROTTLE_RATES, "client": "3/hour"}
    try:
        seen = []
        for _ in range(4):
            response = token_client.get("/api/v1/claims/")
            seen.append((response.status_code, response["RateLimit-Remaining"]))
            assert response["RateLimit-Limit"] == "3" and response["RateLimit-Policy"] == "3;w=3600"
            assert 3590 <= int(response["RateLimit-Reset"]) <= 3600
        assert seen == [(200, "2"), (200, "1"), (200, "0"), (429, "0")]
        assert "Retry-After" in response
    finally:
        ClientRateThrottle.THROTTLE_RATES = original
