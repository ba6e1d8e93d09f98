"""API clients are users in the "API reader" group, each with one revocable DRF token."""

from __future__ import annotations

from typing import ClassVar

from django.contrib.auth.models import User, UserManager

API_READER_GROUP = "API reader"
EDITOR_GROUP = "Editor"


class ApiClientManager(UserManager["ApiClient"]):
    def get_queryset(self):
        return super().get_queryset().filter(groups__name=API_READER_GROUP)


class ApiClient(User):
    """A proxy so editors manage API clients without being able to edit staff accounts.

    A proxy of ``auth.User`` itself (as its migration says), not of ``get_user_model()``: a proxy's
    base must be a class the type checker can see.
    """

    objects: ClassVar[ApiClientManager] = ApiClientManager()

    class Meta:
        proxy = True
        verbose_name = "API client"
        verbose_name_plural = "API clients"
        ordering = ["username"]

    def __str__(self) -> str:
        return self.username
