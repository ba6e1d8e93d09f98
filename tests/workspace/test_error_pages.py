"""Error pages outside the API: in the app's look, with the reason and a way back; a part of the workspace
page that htmx swaps gets a message in its place, never a whole page nested inside it."""

from __future__ import annotations

import pytest
from django.core.exceptions import SuspiciousOperation
from django.http import Http404
from django.test import Client, RequestFactory
from django.urls import reverse
from django.views import defaults

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


def test_a_refusal_says_why_on_a_page_of_the_app(reviewer_client):
    response = reviewer_client.get(reverse("workspace:stats"))
    page = response.content.decode()
    assert response.status_code == 403
    assert "The statistics page is for editors." in page
    assert "You cannot open this page" in page and 'href="/"' in page
    assert "workspace/workspace.css" in page and "favicon.svg" in page


def test_a_refusal_without_a_reason_still_explains(rf):
    response = defaults.permission_denied(rf.get("/review/"), exception=PermissionError())
    assert response.status_code == 403
    assert "You do not have permission to do that." in response.content.decode()


def test_a_refused_htmx_request_gets_a_message_in_place_of_the_part_it_swaps(reviewer_client):
    response = reviewer_client.post(reverse("workspace:conflict-dismiss", args=[1]), **HTMX)
    part = response.content.decode()
    assert response.status_code == 403
    assert "Only editors dismiss figure conflicts." in part and 'role="alert"' in part
    assert "<html" not in part and "topbar" not in part


def test_a_missing_page_does_not_name_the_model_it_looked_up(reviewer_client):
    response = reviewer_client.get(reverse("workspace:reader", args=[987654]))
    page = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in page and "There is no page at this address." in page
    assert "matches the given query" not in page and "Article" not in page


def test_a_missing_claim_asked_for_by_htmx_gets_a_message(reviewer_client):
    response = reviewer_client.get(reverse("workspace:panel", args=[987654]), **HTMX)
    part = response.content.decode()
    assert response.status_code == 404 and "<html" not in part and 'role="alert"' in part
    assert "No Claim matches the given query." in part


def test_a_bare_not_found_for_htmx_is_not_shown_by_its_class_name(rf):
    request = rf.get("/review/claims/1/panel/", **HTMX)
    part = defaults.page_not_found(request, exception=Http404()).content.decode()
    assert "That is no longer here: reload the page." in part and "Http404" not in part


def test_a_missing_public_page_keeps_the_public_look(client, db):
    response = client.get("/reviews/987654/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "publishing/public.css" in page and "All fact-checks" in page
    assert "workspace.css" not in page and "Go to the queue" not in page


def test_an_api_path_still_answers_in_json(client):
    response = client.get("/api/v1/no-such-thing/")
    assert response.status_code == 404 and response["Content-Type"].startswith("application/problem+json")


def test_a_server_error_page_needs_neither_a_request_nor_the_database():
    # (no ``db`` fixture: a query would raise here)
    response = defaults.server_error(RequestFactory().get("/review/"))
    page = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in page and "nothing you saved before is lost" in page
    assert "workspace/workspace.css" in page


def test_a_bad_request_has_its_page(rf):
    response = defaults.bad_request(rf.get("/review/"), exception=SuspiciousOperation("bad host"))
    page = response.content.decode()
    assert response.status_code == 400 and "Bad request" in page and "bad host" not in page


def test_a_form_posted_from_a_stale_page_says_to_reload(reviewer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    response = client.post(reverse("workspace:conflict-dismiss", args=[1]))
    page = response.content.decode()
    assert response.status_code == 403
    assert "Reload the page" in page and "nothing was saved" in page
