"""The workspace's notifications: the header badge, the list, marking read, opening, the switches."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations import services
from annotations.models import Notification, NotificationKind, NotificationSettings
from tests.factories import ClaimFactory, QuantityFactory

LIST = "workspace:notifications"


@pytest.fixture
def claim(db):
    return QuantityFactory(claim=ClaimFactory()).claim


@pytest.fixture
def review(claim):
    return services.review_get_or_create(claim=claim)


def as_user(client: Client, user) -> Client:
    client.force_login(user)
    return client


def mention(review, by, times: int, body: str = "@rita have a look") -> None:
    for _ in range(times):
        services.comment_add(review=review, by=by, body=body)


def open_url(notification) -> str:
    return reverse("workspace:notification-open", args=[notification.pk])


def test_the_header_counts_unread_notifications(client, review, reviewer, editor):
    as_user(client, reviewer)
    page = client.get(reverse("workspace:queue")).content.decode()
    assert 'aria-label="Notifications, none unread"' in page
    mention(review, editor, 3)
    page = client.get(reverse("workspace:queue")).content.decode()
    assert 'aria-label="3 unread notifications"' in page
    assert f'href="{reverse(LIST)}"' in page
    Notification.objects.filter(pk=Notification.objects.first().pk).update(read_at="2026-01-01T00:00Z")
    assert 'aria-label="2 unread notifications"' in client.get(reverse("workspace:queue")).content.decode()


def test_the_header_count_stops_at_99(client, review, reviewer, editor):
    mention(review, editor, 1)
    first = Notification.objects.get()
    Notification.objects.bulk_create(
        [
            Notification(
                recipient=reviewer,
                actor=editor,
                kind=first.kind,
                review=review,
                claim=review.claim,
                message="x",
            )
            for _ in range(120)
        ]
    )
    page = as_user(client, reviewer).get(reverse("workspace:queue")).content.decode()
    assert 'aria-label="99+ unread notifications"' in page


def test_the_list_shows_the_users_notifications_newest_first(
    client, review, reviewer, editor, other_reviewer
):
    services.review_assign(review=review, by=editor, assignee=reviewer)
    mention(review, editor, 1, "@rita @oscar newer")
    Notification.objects.filter(kind=NotificationKind.ASSIGNED).update(read_at="2026-01-01T00:00Z")
    response = as_user(client, reviewer).get(reverse(LIST))
    assert response.status_code == 200
    items = response.context["items"]
    assert [i["notification"].kind for i in items] == [NotificationKind.MENTIONED, NotificationKind.ASSIGNED]
    assert [i["unread"] for i in items] == [True, False]
    page = response.content.decode()
    assert page.count('class="notification unread"') == 1
    assert open_url(items[0]["notification"]) in page
    assert "Mark all as read" in page
    assert 'aria-current="page"' in page
    # Oscar's own notification is not in Rita's list.
    assert Notification.objects.filter(recipient=other_reviewer).count() == 1


def test_the_list_is_paginated_by_50(client, review, reviewer, editor):
    mention(review, editor, 51)
    response = as_user(client, reviewer).get(reverse(LIST))
    assert len(response.context["items"]) == 50
    assert len(as_user(client, reviewer).get(reverse(LIST), {"page": 2}).context["items"]) == 1


def test_mark_all_as_read(client, review, reviewer, editor, other_reviewer):
    mention(review, editor, 2, "@rita @oscar")
    client = as_user(client, reviewer)
    assert client.get(reverse("workspace:notifications-read")).status_code == 405
    response = client.post(reverse("workspace:notifications-read"))
    assert response.status_code == 302 and response["Location"] == reverse(LIST)
    assert not Notification.objects.for_user(reviewer).unread().exists()
    assert Notification.objects.for_user(other_reviewer).unread().count() == 2
    assert "2 notifications marked as read." in client.get(reverse(LIST)).content.decode()


def test_mark_all_as_read_needs_the_csrf_token(review, reviewer, editor):
    mention(review, editor, 1)
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.post(reverse("workspace:notifications-read")).status_code == 403
    assert Notification.objects.unread().count() == 1


def test_opening_a_notification_marks_it_read_and_shows_the_claim(client, review, reviewer, editor):
    mention(review, editor, 2)
    notification = Notification.objects.first()
    response = as_user(client, reviewer).get(open_url(notification))
    claim = review.claim
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('workspace:reader', args=[claim.article_id])}?claim={claim.pk}"
    notification.refresh_from_db()
    assert notification.read_at is not None
    assert Notification.objects.unread().count() == 1
    read_at = notification.read_at
    as_user(client, reviewer).get(open_url(notification))  # again: stays as it was
    notification.refresh_from_db()
    assert notification.read_at == read_at


def test_nobody_opens_or_marks_someone_elses_notification(client, review, reviewer, editor, other_reviewer):
    mention(review, editor, 1)
    ritas = Notification.objects.get()
    client = as_user(client, other_reviewer)
    assert client.get(open_url(ritas)).status_code == 404
    client.post(reverse("workspace:notifications-read"), {"id": [ritas.pk]})
    assert client.post(reverse("workspace:notifications-read"), {"id": ["x"]}).status_code == 400
    ritas.refresh_from_db()
    assert ritas.read_at is None


def test_the_pages_need_workspace_access(client, db, outsider, review, editor, reviewer):
    response = client.get(reverse(LIST))
    assert response.status_code == 302 and response["Location"].startswith(reverse("workspace:login"))
    assert as_user(client, outsider).get(reverse(LIST)).status_code == 403


def test_the_settings_form_saves_the_switches(client, review, reviewer, editor):
    client = as_user(client, reviewer)
    page = client.get(reverse(LIST)).content.decode()
    assert 'name="assigned_in_app"' in page and 'name="published_email"' in page
    data = dict.fromkeys(("returned_in_app", "mentioned_in_app", "published_in_app", "assigned_email"), "on")
    response = client.post(reverse("workspace:notification-settings"), data)
    assert response.status_code == 302 and response["Location"] == f"{reverse(LIST)}#settings"
    row = NotificationSettings.objects.get(user=reviewer)
    assert (row.assigned_in_app, row.assigned_email, row.returned_in_app, row.published_email) == (
        False,
        True,
        True,
        False,
    )
    page = client.get(reverse(LIST)).content.decode()
    assert 'name="assigned_in_app" id="notify-assigned_in_app" aria-label' in page
    label = "A claim was assigned to you: by email"
    assert f'name="assigned_email" id="notify-assigned_email" aria-label="{label}" checked' in page


def _list_queries(client, **params) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse(LIST), params).status_code == 200
    return len(ctx.captured_queries)


def test_the_list_costs_the_same_queries_for_1_or_50_notifications(
    client, review, reviewer, editor, django_assert_num_queries
):
    client = as_user(client, reviewer)
    mention(review, editor, 1)
    client.get(reverse(LIST))  # warm up
    one = _list_queries(client)
    # session, user, its permissions (2), the page's count and rows, the switches, the badge
    assert one <= 8
    mention(review, editor, 60)
    with django_assert_num_queries(one):
        assert client.get(reverse(LIST)).status_code == 200
    assert _list_queries(client, page=2) == one
