"""Feeds in the admin and on the workspace's imports page: registering one (its address vetted), its status,
last error and counts, "Poll now", and list pages whose query count does not grow with the feeds."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck.models import Feed, FeedEntry, ImportJob
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def make_feeds(count: int, start: int = 0) -> list[Feed]:
    """Feeds in every state, each with entries seen and an import job of its own."""
    made = []
    for n in range(start, start + count):
        status = [Feed.Status.OK, Feed.Status.FAILING, Feed.Status.NEW][n % 3]
        feed = Feed.objects.create(
            url=f"https://news{n}.example.org/feed.rss",
            title=f"News {n}",
            status=status,
            last_error="The site answered 503 Service Unavailable." if status == Feed.Status.FAILING else "",
            failures=2 if status == Feed.Status.FAILING else 0,
        )
        job = ImportJob.objects.create(feed=feed, status=ImportJob.Status.SUCCEEDED, imported_count=2)
        FeedEntry.objects.bulk_create(
            [
                FeedEntry(feed=feed, key=f"{n}-{k}", url=f"https://news{n}.example.org/{k}", job=job)
                for k in range(3)
            ]
        )
        made.append(feed)
    return made


def test_an_admin_registers_a_feed_and_becomes_its_owner(admin_client, settings):
    settings.FACTCHECK_ALLOW_PRIVATE_URLS = True
    response = admin_client.post(
        reverse("admin:factcheck_feed_add"),
        {"url": "http://127.0.0.1:9/feed.rss", "title": "", "poll_minutes": 15, "active": "on", **NO_ENTRIES},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    feed = Feed.objects.get()
    assert feed.created_by.is_superuser and feed.poll_minutes == 15 and feed.status == Feed.Status.NEW


NO_ENTRIES = {
    "entries-TOTAL_FORMS": "0",
    "entries-INITIAL_FORMS": "0",
    "entries-MIN_NUM_FORMS": "0",
    "entries-MAX_NUM_FORMS": "0",
}


@pytest.mark.parametrize(
    ("url", "resolves_to", "minutes", "message"),
    [
        (
            "https://feeds.internal.example/x.rss",
            "10.0.0.5",
            60,
            "resolves to a private, loopback or reserved",
        ),
        ("ftp://example.org/feed.rss", "93.184.216.34", 60, "Only http and https addresses can be polled."),
        ("https://example.org/feed.rss", "93.184.216.34", 1, "Poll a feed at most every 5 minutes."),
    ],
)
def test_the_feed_form_refuses_what_cannot_be_polled(
    admin_client, settings, url, resolves_to, minutes, message
):
    settings.FACTCHECK_ALLOW_PRIVATE_URLS = False
    with mock.patch("factcheck.imports.fetch._resolve", return_value=[resolves_to]):
        response = admin_client.post(
            reverse("admin:factcheck_feed_add"), {"url": url, "poll_minutes": minutes, **NO_ENTRIES}
        )
    assert response.status_code == 200 and message in response.content.decode()
    assert not Feed.objects.exists()


def test_the_feed_list_shows_status_last_error_and_counts(admin_client):
    _ok, failing, _new = make_feeds(3)
    html = admin_client.get(reverse("admin:factcheck_feed_changelist")).content.decode()
    assert "Failing, 2 in a row" in html and "The site answered 503 Service Unavailable." in html
    assert "Not polled yet" in html
    row = html[html.index(f"/feed/{failing.pk}/change/") :]
    assert '<td class="field-entries">3</td>' in row and '<td class="field-imported">2</td>' in row


def test_the_feed_page_lists_the_entries_seen_and_the_recent_jobs(admin_client):
    (feed,) = make_feeds(1)
    html = admin_client.get(reverse("admin:factcheck_feed_change", args=[feed.pk])).content.decode()
    assert "Entries seen (newest first)" in html and "https://news0.example.org/2" in html
    assert "2 imported, 0 failed, 0 duplicates" in html


def test_poll_now_sends_a_poll_for_each_selected_feed(admin_client):
    feeds = make_feeds(2)
    with mock.patch("factcheck.imports.tasks.feed_poll_task.delay") as delay:
        response = admin_client.post(
            reverse("admin:factcheck_feed_changelist"),
            {"action": "poll_now", "_selected_action": [feed.pk for feed in feeds]},
            follow=True,
        )
    assert "2 feed(s) will be polled in a moment." in response.content.decode()
    assert sorted(call.args[0] for call in delay.call_args_list) == sorted(feed.pk for feed in feeds)


def test_editors_add_feeds_and_reviewers_do_not_see_them(client, editor, reviewer):
    make_feeds(1)
    client.force_login(editor)
    assert client.get(reverse("admin:factcheck_feed_changelist")).status_code == 200
    assert client.get(reverse("admin:factcheck_feed_add")).status_code == 200
    client.force_login(reviewer)
    assert client.get(reverse("admin:factcheck_feed_changelist")).status_code == 403


def test_the_feed_list_uses_a_constant_number_of_queries(admin_client, django_assert_num_queries):
    make_feeds(1)
    url = reverse("admin:factcheck_feed_changelist")
    admin_client.get(url)  # warm caches (content types, permissions)
    with CaptureQueriesContext(connection) as one_row:
        assert admin_client.get(url).status_code == 200
    make_feeds(20, start=1)
    with django_assert_num_queries(len(one_row)):
        assert admin_client.get(url).status_code == 200


def test_the_workspace_imports_page_shows_feeds_failing_first(client, editor, django_assert_num_queries):
    make_feeds(1)
    client.force_login(editor)
    url = reverse("workspace:imports")
    client.get(url)
    with CaptureQueriesContext(connection) as one_feed:
        client.get(url)
    make_feeds(9, start=1)
    with django_assert_num_queries(len(one_feed)):
        html = client.get(url).content.decode()
    feeds = html[html.index('id="feeds-heading"') :]
    assert feeds.index("News 1") < feeds.index("News 0")  # failing before working
    assert "2 failed polls in a row: The site answered 503 Service Unavailable." in feeds
    assert "Add a feed</a>" in feeds  # editors add feeds
    imports = html[: html.index('id="feeds-heading"')]
    assert "new entries of <strong>News 9</strong>" in imports
