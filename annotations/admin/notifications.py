"""Notifications in the admin: shown for support, never written here (``annotations.notifications`` does)."""

from __future__ import annotations

from django.contrib import admin

from annotations.admin.reviews import FrozenAdminMixin
from annotations.models import Notification


@admin.register(Notification)
class NotificationAdmin(FrozenAdminMixin, admin.ModelAdmin):
    list_display = ["recipient", "kind", "review", "actor", "created_at", "read_at", "emailed_at"]
    list_filter = [
        "kind",
        ("read_at", admin.EmptyFieldListFilter),
        ("emailed_at", admin.EmptyFieldListFilter),
    ]
    list_select_related = ["recipient", "review", "actor"]
    search_fields = ["recipient__username", "message"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in Notification._meta.fields]
