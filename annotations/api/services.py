"""Writes for API clients: create a client, issue (or rotate) its token, revoke it."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from rest_framework.authtoken.models import Token

from annotations.api.models import API_READER_GROUP, EDITOR_GROUP, ApiClient

# What editors need to manage API clients in the admin (and nothing about staff accounts).
EDITOR_CLIENT_PERMISSIONS = [
    ("annotations_api", "view_apiclient"),
    ("annotations_api", "add_apiclient"),
    ("annotations_api", "change_apiclient"),
]


def api_groups_ensure(*, using: str = "default") -> None:
    """Create the API reader group and give editors the API-client permissions (idempotent)."""
    Group.objects.using(using).get_or_create(name=API_READER_GROUP)
    editor, _ = Group.objects.using(using).get_or_create(name=EDITOR_GROUP)
    for app_label, codename in EDITOR_CLIENT_PERMISSIONS:
        permission = (
            Permission.objects.using(using)
            .filter(content_type__app_label=app_label, codename=codename)
            .first()
        )
        if permission is not None:
            editor.permissions.add(permission)


@transaction.atomic
def api_client_create(*, name: str, email: str = "") -> tuple[ApiClient, Token]:
    """A login-less user in the API reader group, with a fresh token."""
    client = ApiClient(username=name, email=email, is_active=True, is_staff=False)
    client.set_unusable_password()
    client.full_clean(exclude=["password"])
    client.save()
    client.groups.add(Group.objects.get_or_create(name=API_READER_GROUP)[0])
    return client, api_client_token_issue(client=client)


@transaction.atomic
def api_client_token_issue(*, client) -> Token:
    """Replace the client's token with a new one: the old key stops working at once."""
    Token.objects.filter(user=client).delete()
    return Token.objects.create(user=client)


@transaction.atomic
def api_client_token_revoke(*, client) -> None:
    Token.objects.filter(user=client).delete()
