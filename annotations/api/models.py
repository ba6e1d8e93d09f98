"""API clients are users in the "API reader" group, each with one revocable DRF token."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import UserManager

API_READER_GROUP = "API reader"
EDITOR_GROUP = "Editor"


class ApiClientManager(UserManager):
    def get_queryset(self):
        return super().get_queryset().filter(groups__name=API_READER_GROUP)


class ApiClient(get_user_model()):
    """A proxy so editors manage API clients without being able to edit staff accounts."""

    objects = ApiClientManager()

    class Meta:
        proxy = True
        verbose_name = "API client"
        verbose_name_plural = "API clients"
        ordering = ["username"]

    def __str__(self) -> str:
        return self.username
