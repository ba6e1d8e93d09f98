"""Feeds polled for new articles, against a feed served from 127.0.0.1: each entry imports once, a 304
adds nothing, failures are kept on the feed with a growing wait, and the poll obeys the URL import rules."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from factcheck.imports import feeds
from factcheck.imports.feeds import feed_poll, feed_url_vet, feeds_poll_due
from factcheck.imports.fetch import FetchOptions
from factcheck.models import Article, Feed, FeedEntry, ImportItem, ImportJob
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def make_feed(url: str, **fields) -> Feed:
    return Feed.objects.create(url=url, **fields)


def test_first_poll_imports_every_entry_and_a_second_poll_gets_a_304_and_adds_nothing(local_site):
    """The issue's "done when": a feed served from 127.0.0.1 imports its entries once."""
    owner = UserFactory()
    feed = make_feed(local_site.url("/feed.rss"), created_by=owner)

    first = feed_poll(feed_id=feed.pk)

    assert first.outcome == "changed" and first.new_entries == 3
    job = ImportJob.objects.get(pk=first.job_id)
    assert job.feed == feed and job.created_by == owner
    assert job.status == ImportJob.Status.SUCCEEDED and job.imported_count == 3
    assert set(Article.objects.values_list("title", flat=True)) == {
        f"Evacuation update {n}" for n in (1, 2, 3)
    }
    feed.refresh_from_db()
    assert feed.status == Feed.Status.OK and feed.title == "Example Local News"
    assert feed.etag.startswith('"') and feed.last_modified == "Mon, 10 Oct 2016 08:00:00 GMT"

    second = feed_poll(feed_id=feed.pk)

    assert second.outcome == "unchanged" and second.job_id is None
    assert local_site.server.feed_requests[-1] == ("/feed.rss", feed.etag, feed.last_modified)
    assert ImportJob.objects.count() == 1 and Article.objects.count() == 3
    assert FeedEntry.objects.filter(feed=feed).count() == 3
    assert Feed.objects.with_counts().get(pk=feed.pk).imported_count == 3


def test_a_changed_feed_imports_only_its_new_entry(local_site):
    feed = make_feed(local_site.url("/feed.rss"))
    feed_poll(feed_id=feed.pk)
    local_site.server.feed_entries = (1, 2, 3, 4)

    result = feed_poll(feed_id=feed.pk)

    assert result.outcome == "changed" and result.new_entries == 1
    job = ImportJob.objects.get(pk=result.job_id)
    assert list(job.items.values_list("name", flat=True)) == [local_site.url("/articles/4")]
    assert Article.objects.count() == 4


def test_a_feed_without_validators_still_imports_each_entry_once(local_site):
    """No ETag, no Last-Modified: the full feed comes back every time, and the seen entries are skipped."""
    feed = make_feed(local_site.url("/plain-feed.rss"))
    feed_poll(feed_id=feed.pk)

    again = feed_poll(feed_id=feed.pk)

    assert again.outcome == "changed" and again.new_entries == 0 and again.job_id is None
    assert local_site.server.feed_requests[-1] == ("/plain-feed.rss", None, None)
    assert ImportJob.objects.count() == 1 and Article.objects.count() == 3


def test_an_entry_carrying_its_story_without_a_link_is_imported_from_the_feed(local_site):
    feed = make_feed(local_site.url("/stories.atom"))

    result = feed_poll(feed_id=feed.pk)

    assert result.new_entries == 2  # both remembered; the empty one has nothing to import
    article = Article.objects.get()
    assert article.title == "Siege tightens" and article.source_name == "Valley Wire"
    assert "250,000 people" in article.body and "alert" not in article.body
    assert ImportJob.objects.get().feed == feed


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/articles/1", "This is not an RSS or Atom feed"),
        ("/missing", "The feed's address answered 404 Not Found."),
        ("/loop", "More than 5 redirects."),
    ],
)
def test_a_failing_feed_keeps_the_reason_and_waits_longer_after_each_failure(local_site, path, reason):
    feed = make_feed(local_site.url(path), poll_minutes=30)

    before = timezone.now()
    result = feed_poll(feed_id=feed.pk)

    assert result.outcome == "failed" and reason in result.error
    feed.refresh_from_db()
    assert feed.status == Feed.Status.FAILING and reason in feed.last_error and feed.failures == 1
    assert timedelta(minutes=29) < feed.next_poll_at - before < timedelta(minutes=31)
    feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert feed.failures == 2
    assert timedelta(minutes=59) < feed.next_poll_at - before < timedelta(minutes=61)
    assert not ImportJob.objects.exists()


def test_a_failing_feed_never_waits_more_than_a_day(local_site):
    feed = make_feed(local_site.url("/missing"), poll_minutes=600, failures=8)
    feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert feed.next_poll_at - timezone.now() <= feeds.MAX_BACKOFF


def test_one_good_poll_clears_the_failure(local_site):
    feed = make_feed(local_site.url("/feed.rss"), status=Feed.Status.FAILING, last_error="old", failures=4)
    feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert (feed.status, feed.last_error, feed.failures) == (Feed.Status.OK, "", 0)


def test_a_feed_on_a_private_address_is_refused_by_default(local_site, settings):
    settings.FACTCHECK_ALLOW_PRIVATE_URLS = False
    feed = make_feed(local_site.url("/feed.rss"))

    result = feed_poll(feed_id=feed.pk)

    assert result.outcome == "failed" and "Refused" in result.error and "127.0.0.1" in result.error
    assert local_site.server.feed_requests == []


def test_a_feed_that_redirects_to_a_private_address_is_refused(local_site, settings):
    """Each redirect hop is vetted again: a public feed cannot bounce the poll inward."""
    from factcheck.imports import fetch as fetch_module

    settings.FACTCHECK_ALLOW_PRIVATE_URLS = False
    real = fetch_module._vetted_address
    hosts: list[str] = []

    def first_hop_passes(host, port, *, allow_private):
        hosts.append(host)
        return real(host, port, allow_private=len(hosts) == 1)

    feed = make_feed(local_site.url("/feed-moved"))
    with mock.patch.object(fetch_module, "_vetted_address", first_hop_passes):
        result = feed_poll(feed_id=feed.pk)

    assert result.outcome == "failed" and "Refused" in result.error
    assert len(hosts) == 2 and local_site.server.feed_requests == []
    assert not FeedEntry.objects.exists()


def test_a_bad_entry_fails_alone_and_the_rest_import(local_site, settings):
    """A javascript: link is an item error on the feed's job; the good entries still import."""
    body = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Mixed</title>"
        b"<item><title>Bad</title><link>javascript:alert(1)</link></item>"
        + f"<item><title>Good</title><link>{local_site.url('/articles/5')}</link></item>".encode()
        + b"</channel></rss>"
    )
    feed = make_feed("https://feeds.example.org/mixed.rss")
    with mock.patch.object(feeds, "request") as fake:  # the feed's answer; its entries are fetched for real
        fake.return_value = mock.Mock(status=200, body=body, url=feed.url, headers={})
        result = feed_poll(feed_id=feed.pk)
    job = ImportJob.objects.get(pk=result.job_id)
    assert job.status == ImportJob.Status.PARTIALLY_FAILED and job.imported_count == 1
    assert "must be an http(s) address" in job.items.get(status=ImportItem.Status.FAILED).error


def test_relative_links_resolve_against_the_feed_address(local_site):
    body = (
        b"<rss version='2.0'><channel><title>Rel</title><item><link>/articles/6</link></item></channel></rss>"
    )
    feed = make_feed(local_site.url("/rel.rss"))
    with mock.patch.object(feeds, "request") as fake:
        fake.return_value = mock.Mock(status=200, body=body, url=feed.url, headers={})
        result = feed_poll(feed_id=feed.pk)
    assert ImportJob.objects.get(pk=result.job_id).items.get().name == local_site.url("/articles/6")


def test_a_deleted_feed_is_not_polled():
    assert feed_poll(feed_id=987654).outcome == "gone"


def test_beat_sends_only_due_active_feeds_and_moves_them_to_their_next_time():
    now = timezone.now()
    due = make_feed("https://a.example.org/feed", next_poll_at=now - timedelta(minutes=1), poll_minutes=15)
    make_feed("https://b.example.org/feed", next_poll_at=now + timedelta(minutes=5))
    make_feed("https://c.example.org/feed", next_poll_at=now - timedelta(minutes=1), active=False)

    with mock.patch("factcheck.imports.tasks.feed_poll_task.delay") as delay:
        sent = feeds_poll_due(now=now)
        again = feeds_poll_due(now=now)  # a second tick before the poll ran

    assert sent == [due.pk] and again == []
    delay.assert_called_once_with(due.pk)
    due.refresh_from_db()
    assert due.next_poll_at == now + timedelta(minutes=15)


def test_beat_runs_the_poll_through_the_task(local_site):
    """Celery beat's entry, the task and the service, end to end (tasks run eagerly in tests)."""
    from factcheck.imports.tasks import feeds_poll_due_task

    feed = make_feed(local_site.url("/feed.rss"), next_poll_at=timezone.now() - timedelta(seconds=1))
    feeds_poll_due_task.delay()
    assert FeedEntry.objects.filter(feed=feed).count() == 3 and Article.objects.count() == 3


def test_the_beat_schedule_polls_feeds(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["feeds-poll-due"]
    assert entry["task"] == "factcheck.tasks.feeds_poll_due_task"
    from factcheck.celery import app

    app.loader.import_default_modules()
    assert entry["task"] in app.tasks


def test_a_feed_address_is_vetted_when_registered(settings):
    settings.FACTCHECK_ALLOW_PRIVATE_URLS = False
    with pytest.raises(ValidationError, match="private, loopback"):
        feed_url_vet("http://127.0.0.1:8000/feed.rss")
    with pytest.raises(ValidationError, match="Only http and https addresses can be polled"):
        feed_url_vet("ftp://example.org/feed.rss")


def test_polls_are_at_most_every_five_minutes():
    feed = Feed(url="https://example.org/feed", poll_minutes=1)
    with pytest.raises(ValidationError, match="at most every 5 minutes"):
        feed.full_clean()


def test_the_fetch_options_of_a_poll_are_the_url_import_rules(local_site, settings):
    settings.FACTCHECK_MAX_ARTICLE_BYTES = 200
    feed = make_feed(local_site.url("/feed.rss"))
    with mock.patch.object(feeds, "request", wraps=feeds.request) as spy:
        result = feed_poll(feed_id=feed.pk)
    options: FetchOptions = spy.call_args.kwargs["options"]
    assert options.allow_private and options.max_bytes == 200
    assert result.outcome == "failed" and "200-byte limit" in result.error
