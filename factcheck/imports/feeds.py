"""Feeds polled for new articles: a conditional GET, the entries not seen before, one import job for them.

Celery beat runs ``feeds_poll_due`` every minute; each due feed is polled by its own task. A poll sends
back the validators of the last full answer (``If-None-Match``, ``If-Modified-Since``), so an unchanged
feed costs a 304 and nothing else. Entries are remembered by a digest of their id (else their link), so a
feed without validators, or one that reorders or re-dates its entries, still imports each entry once.
The fetch obeys the URL import rules (``fetch.request``): public addresses only, every redirect vetted
again, one deadline, a size limit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from factcheck.imports.fetch import FetchError, request, status_phrase, vet_url
from factcheck.imports.models import Feed, FeedEntry, ImportJob
from factcheck.imports.parsers import ParseError, feed_entry_record
from factcheck.imports.services import (
    ImportQueueUnavailable,
    broker_errors,
    fetch_options,
    import_articles_store,
    import_job_create,
)
from factcheck.imports.syndication import FeedDocument, FeedError, ParsedEntry, parse_feed

logger = logging.getLogger(__name__)

ACCEPT = "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
DUE_BATCH = 200
# A failing feed waits longer after each failure (its interval doubled, up to a day), so a dead feed is
# not asked every few minutes for ever; one poll that works brings it back to its interval.
MAX_BACKOFF = timedelta(hours=24)


@dataclass(slots=True, frozen=True)
class PollResult:
    outcome: str  # "unchanged" (a 304), "changed" (read; maybe nothing new), "failed" or "gone"
    new_entries: int = 0
    job_id: int | None = None
    error: str = ""


def feed_url_vet(url: str) -> None:
    """The URL import rules for a feed's address, checked when it is registered; ``ValidationError``
    says why. Each poll (and each redirect) is vetted again."""
    try:
        vet_url(url, allow_private=settings.FACTCHECK_ALLOW_PRIVATE_URLS)
    except FetchError as error:
        raise ValidationError(str(error).replace("imported", "polled")) from None


def _answer(status: int, headers) -> None:
    if status == 304:
        return
    if status >= 300:
        raise FetchError(f"The feed's address answered {status} {status_phrase(status)}.")


def feed_poll(*, feed_id: int) -> PollResult:
    """Poll one feed now: fetch it (conditionally), and import the entries it has not seen before."""
    feed = Feed.objects.filter(pk=feed_id).first()
    if feed is None:
        return PollResult("gone")
    headers = {"Accept": ACCEPT}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        response = request("GET", feed.url, headers=headers, options=fetch_options(), inspect=_answer)
        if response.status == 304:
            return _unchanged(feed)
        document = parse_feed(response.body, url=response.url)
    except (FetchError, FeedError) as error:
        return _failed(feed, str(error))
    return _changed(
        feed,
        document,
        etag=response.headers.get("ETag", "")[:500],
        last_modified=response.headers.get("Last-Modified", "")[:100],
    )


def _unchanged(feed: Feed) -> PollResult:
    now = timezone.now()
    Feed.objects.filter(pk=feed.pk).update(
        status=Feed.Status.OK, last_error="", failures=0, last_polled_at=now, updated_at=now
    )
    return PollResult("unchanged")


def _failed(feed: Feed, reason: str) -> PollResult:
    now = timezone.now()
    failures = feed.failures + 1
    wait = min(timedelta(minutes=feed.poll_minutes) * 2 ** min(failures - 1, 10), MAX_BACKOFF)
    Feed.objects.filter(pk=feed.pk).update(
        status=Feed.Status.FAILING,
        last_error=reason,
        failures=F("failures") + 1,
        last_polled_at=now,
        next_poll_at=now + wait,
        updated_at=now,
    )
    logger.warning("Feed %s failed: %s", feed.pk, reason)
    return PollResult("failed", error=reason)


def _story(entry: ParsedEntry, *, feed_title: str) -> dict | None:
    """An entry without a link, as a posted article; None when its text cannot make one."""
    try:
        record = feed_entry_record(entry, feed_name=feed_title)
    except ParseError:
        return None
    return {
        "title": record.title,
        "text": record.text,
        "source_name": record.source_name,
        "published_at": record.published_at.isoformat() if record.published_at else None,
    }


def _changed(feed: Feed, document: FeedDocument, *, etag: str, last_modified: str) -> PollResult:
    now = timezone.now()
    job: ImportJob | None = None
    try:
        with transaction.atomic():
            locked = Feed.objects.select_for_update().get(pk=feed.pk)  # one poll at a time adds entries
            keys = {entry.key for entry in document.entries}
            seen = set(FeedEntry.objects.filter(feed=locked, key__in=keys).values_list("key", flat=True))
            new: dict[str, ParsedEntry] = {}
            for entry in document.entries:
                if entry.key not in seen and entry.key not in new:
                    new[entry.key] = entry
            sources: list[dict] = [
                {"kind": "url", "value": entry.link or entry.given_link}
                for entry in new.values()
                if entry.link or entry.given_link
            ]
            stories = [
                story
                for entry in new.values()
                if not (entry.link or entry.given_link)
                and (story := _story(entry, feed_title=document.title)) is not None
            ]
            if stories:
                sources.append(import_articles_store(articles=stories))
            if sources:
                job = import_job_create(sources=sources, created_by=locked.created_by, feed=locked)
            FeedEntry.objects.bulk_create(
                [
                    FeedEntry(
                        feed=locked,
                        key=key,
                        url=entry.link or entry.given_link,
                        title=entry.title[:500],
                        job=job,
                    )
                    for key, entry in new.items()
                ],
                ignore_conflicts=True,
            )
            Feed.objects.filter(pk=feed.pk).update(
                title=locked.title or document.title[:300],
                status=Feed.Status.OK,
                last_error="",
                failures=0,
                last_polled_at=now,
                last_changed_at=now,
                etag=etag,
                last_modified=last_modified,
                updated_at=now,
            )
    except ImportQueueUnavailable as error:  # the job is stored, failed with the reason, and retryable
        logger.error("Feed %s: import job %s not queued", feed.pk, error.job.pk)
    return PollResult("changed", new_entries=len(new), job_id=job.pk if job else None)


def feeds_poll_due(*, now=None) -> list[int]:
    """Send a poll task for every active feed whose time has come, moving it to its next time first, so
    a second beat tick during a slow poll does not send it again."""
    from factcheck.imports.tasks import feed_poll_task

    now = now or timezone.now()
    with transaction.atomic():
        due = list(
            Feed.objects.due(now).select_for_update(skip_locked=True).order_by("next_poll_at")[:DUE_BATCH]
        )
        for feed in due:
            Feed.objects.filter(pk=feed.pk).update(next_poll_at=now + timedelta(minutes=feed.poll_minutes))
    ids = [feed.pk for feed in due]
    for feed_id in ids:
        try:
            feed_poll_task.delay(feed_id)
        except Exception as error:
            if not isinstance(error, broker_errors()):
                raise
            logger.error("Feed %s: poll not queued (%s); it is tried at its next time", feed_id, error)
    return ids


@transaction.atomic
def feeds_poll_now(*, feed_ids: list[int]) -> int:
    """Poll these feeds as soon as a worker can (the admin's "Poll now"), active or not."""
    from factcheck.imports.tasks import feed_poll_task

    ids = list(Feed.objects.filter(pk__in=feed_ids).values_list("pk", flat=True))
    for feed_id in ids:
        transaction.on_commit(partial(feed_poll_task.delay, feed_id))
    return len(ids)
