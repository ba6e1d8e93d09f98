from __future__ import annotations

import pytest
from django.core import signals
from django.core.cache import cache
from django.db import close_old_connections
from rest_framework.test import APIClient

from annotations.api.services import api_client_create
from tests.corrections import conftest as corrections_fixtures

# the article the claim-correction tests work on (``tests/corrections/conftest.py``)
article = corrections_fixtures.article
claims = corrections_fixtures.claims


@pytest.fixture(autouse=True)
def _fresh_throttle_counters():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def anon() -> APIClient:
    return APIClient()


@pytest.fixture
def token_client(db) -> APIClient:
    """An API client with a per-client token, as an editor issues it in the admin."""
    _, token = api_client_create(name="partner-newsroom", email="data@partner.example")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    client.token = token
    return client


@pytest.fixture
def reviewer_client(reviewer) -> APIClient:
    client = APIClient()
    client.force_login(reviewer)
    return client


@pytest.fixture
def editor_client(editor) -> APIClient:
    client = APIClient()
    client.force_login(editor)
    return client


@pytest.fixture
def wsgi_requests_keep_the_test_connection(db):
    """Requests go through the real WSGI handler, which would close the test's database connection
    after each response (Django's test client avoids that too); keep it open for the transaction."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)
