from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from rest_framework.test import APIClient

from annotations.api.services import api_client_create
from tests.factories import UserFactory


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


def user_in(group: str, **kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


@pytest.fixture
def reviewer(db):
    return user_in("Reviewer", username="rita", first_name="Rita", last_name="Reviewer", is_staff=True)


@pytest.fixture
def editor(db):
    return user_in("Editor", username="eddie", first_name="Eddie", last_name="Editor", is_staff=True)


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
