"""The workspace's notifications: the list, marking them read, opening one, and each user's switches.

Writes go through ``annotations.notifications``; a user only ever sees or changes their own
notifications (anyone else's id is answered with 404).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from annotations import notifications as service
from annotations.models import Notification, NotificationKind, NotificationSettings
from annotations.workspace.views import reader_url, workspace_view

PAGE_SIZE = 50
CHANNEL_LABELS = {"in_app": "In the workspace", "email": "By email"}


class NotificationSettingsForm(forms.Form):
    """A checkbox per kind and channel, named as the ``NotificationSettings`` fields."""

    def __init__(self, *args, switches: NotificationSettings, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for kind in NotificationKind:
            for channel in NotificationSettings.CHANNELS:
                self.fields[NotificationSettings.field_name(kind, channel)] = forms.BooleanField(
                    required=False,
                    initial=switches.wants(kind, channel),
                    label=f"{kind.label}: {CHANNEL_LABELS[channel].lower()}",
                )

    def rows(self) -> list[dict]:
        return [
            {
                "label": kind.label,
                "fields": [
                    self[NotificationSettings.field_name(kind, c)] for c in NotificationSettings.CHANNELS
                ],
            }
            for kind in NotificationKind
        ]


def _list_url() -> str:
    return reverse("workspace:notifications")


@require_GET
@workspace_view
def notifications(request: HttpRequest) -> HttpResponse:
    """Newest first, 50 a page; each links through ``notification_open`` so that opening marks it read."""
    rows = Notification.objects.for_user(request.user).only(
        "id", "kind", "message", "created_at", "read_at", "recipient_id"
    )
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    items = [
        {
            "notification": notification,
            "url": notification.get_absolute_url(),
            "unread": notification.read_at is None,
            "kind_label": notification.get_kind_display(),
        }
        for notification in page.object_list
    ]
    form = NotificationSettingsForm(switches=service.settings_for(request.user), auto_id="notify-%s")
    context = {
        "page": page,
        "items": items,
        "any_unread": any(item["unread"] for item in items) or page.has_other_pages(),
        "form": form,
        "channels": CHANNEL_LABELS.values(),
        "active_nav": "notifications",
    }
    return render(request, "workspace/notifications.html", context)


@require_POST
@workspace_view
def notifications_read(request: HttpRequest) -> HttpResponse:
    """Mark all as read (or only the posted ``id`` values)."""
    ids = request.POST.getlist("id")
    if ids and not all(i.isdigit() for i in ids):
        return HttpResponse("Unknown notification.", status=400, content_type="text/plain")
    changed = service.notifications_mark_read(user=request.user, ids=[int(i) for i in ids] if ids else None)
    messages.success(request, f"{changed} notification{'s' if changed != 1 else ''} marked as read.")
    return HttpResponseRedirect(_list_url())


@require_GET
@workspace_view
def notification_open(request: HttpRequest, notification_id: int) -> HttpResponse:
    """Mark it read and show its claim in the reader (the link of the list and of the email)."""
    notification = get_object_or_404(
        Notification.objects.for_user(request.user).select_related("claim"), pk=notification_id
    )
    if notification.read_at is None:
        service.notifications_mark_read(user=request.user, ids=[notification.pk])
    return HttpResponseRedirect(reader_url(notification.claim))


@require_POST
@workspace_view
def notification_settings(request: HttpRequest) -> HttpResponse:
    form = NotificationSettingsForm(
        request.POST, switches=service.settings_for(request.user), auto_id="notify-%s"
    )
    form.is_valid()  # checkboxes: always valid
    service.notification_settings_update(user=request.user, switches=form.cleaned_data)
    messages.success(request, "Notification settings saved.")
    return HttpResponseRedirect(f"{_list_url()}#settings")
