"""Write operations of imports; the admin, the API, the command and the tasks call these.

An import job runs in three steps, each safe to run twice:

1. plan: read every source once into ``ImportItem`` rows (payload = the parsed article, or the
   URL to fetch), in batches of their own transactions; ``planned_at`` marks the plan complete;
2. chunks: the plan's pending item ids are sent as many small tasks; each item is written in
   its own transaction that also flips the item out of ``pending`` and counts it on the job;
3. finish: after each chunk, the job row is locked and, if no item is pending any more, the
   status is settled. The lock makes "last chunk finishes the job" race-free.
"""

from __future__ import annotations

import json
import logging
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path, PurePosixPath
from typing import IO

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage
from django.db import DatabaseError, IntegrityError, InterfaceError, OperationalError, transaction
from django.db.models import Count, F, Model, Q
from django.utils import timezone
from django.utils.text import get_valid_filename
from kombu.exceptions import OperationalError as BrokerError

from factcheck.imports.fetch import FetchError, FetchOptions, fetch
from factcheck.imports.models import ImportItem, ImportJob, ImportUpload, ImportUploadChunk
from factcheck.imports.parsers import (
    ParseError,
    check_url,
    make_storable,
    parse_html,
    parse_items,
    shown,
    storable,
)
from factcheck.imports.readers import read_file, read_path
from factcheck.imports.records import ArticleRecord, FactCheckRecord, ItemError, Limits, RawItem, UrlItem
from factcheck.imports.writer import (
    PreparedArticle,
    fact_check_digest,
    insert_fact_check,
    insert_prepared,
    is_duplicate,
    limits_from_settings,
    prepare_article,
)
from factcheck.models import FactCheck

logger = logging.getLogger(__name__)

SOURCE_KINDS = frozenset({"path", "url", "upload"})
PLAN_BATCH_SIZE = 500
MAX_JOB_ERRORS = 1000
SWEEP_BATCH = 1000
TRANSIENT_ERRORS = (OperationalError, InterfaceError)


class ImportQueueUnavailable(Exception):
    """The task queue (broker) could not take the job; the job is marked failed with the reason."""

    def __init__(self, job: ImportJob, reason: str) -> None:
        super().__init__(reason)
        self.job = job
        self.reason = reason


def import_limits() -> Limits:
    return limits_from_settings()


def fetch_options() -> FetchOptions:
    return FetchOptions(
        allow_private=settings.FACTCHECK_ALLOW_PRIVATE_URLS,
        connect_timeout=getattr(settings, "FACTCHECK_URL_TIMEOUT", 10.0) / 2,
        read_timeout=getattr(settings, "FACTCHECK_URL_TIMEOUT", 10.0),
        total_timeout=3 * getattr(settings, "FACTCHECK_URL_TIMEOUT", 10.0),
        max_bytes=settings.FACTCHECK_MAX_ARTICLE_BYTES,
    )


# --- Creating, enqueueing and retrying jobs -----------------------------------------------------


UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024
DB_UPLOAD = "db:"  # an upload kept in the database: "db:<ImportUpload id>"


@transaction.atomic
def import_upload_store(*, file: File, name: str | None = None) -> dict:
    """Keep an uploaded file in the database, in chunks, for whichever worker plans the job.

    Web servers and workers share the database, not a disk: a worker on another host reads the upload
    (``MEDIA_ROOT`` was once required to be shared by all of them). The request does not wait for a
    worker, and the rows are deleted once the job's plan is stored (``_discard_uploads``).
    """
    original = PurePosixPath(name or file.name or "upload").name
    size = getattr(file, "size", None)
    if size is not None and size > settings.FACTCHECK_MAX_UPLOAD_BYTES:
        raise ValueError(
            f"The upload is {size:,} bytes, over the {settings.FACTCHECK_MAX_UPLOAD_BYTES:,}-byte limit."
        )
    upload = ImportUpload.objects.create(name=(get_valid_filename(original) or "upload")[:255])
    total = 0
    file.seek(0)
    for position, data in enumerate(iter(lambda: file.read(UPLOAD_CHUNK_BYTES), b"")):
        total += len(data)
        if total > settings.FACTCHECK_MAX_UPLOAD_BYTES:  # a file that did not say its size
            raise ValueError(f"The upload is over the {settings.FACTCHECK_MAX_UPLOAD_BYTES:,}-byte limit.")
        ImportUploadChunk.objects.create(upload=upload, position=position, data=data)
    ImportUpload.objects.filter(pk=upload.pk).update(size=total)
    return {"kind": "upload", "value": f"{DB_UPLOAD}{upload.pk}", "name": original}


def import_articles_store(*, articles: list[dict], name: str = "articles.json") -> dict:
    """Articles posted as JSON are stored as one JSON file, so they plan like an uploaded file. ``name`` is
    what the job lists it as."""
    # ASCII JSON: a lone surrogate in a posted string stays an escape (the parser replaces it, with a note).
    payload = json.dumps(articles, ensure_ascii=True).encode()
    return import_upload_store(file=ContentFile(payload, name=name), name=name)


def _check_sources(sources: list[dict]) -> None:
    if not sources:
        raise ValueError("Nothing to import: give at least one file, folder, upload or URL.")
    for source in sources:
        if source.get("kind") not in SOURCE_KINDS or not source.get("value"):
            raise ValueError(f"Unsupported import source: {source!r}.")


@transaction.atomic
def import_job_create(*, sources: list[dict], created_by=None, feed=None) -> ImportJob:
    """Record what to import and enqueue the job once the row is committed.

    Raises ``ImportQueueUnavailable`` (after marking the job failed) when the broker is down.
    """
    _check_sources(sources)
    job = ImportJob.objects.create(sources=sources, created_by=created_by, feed=feed)
    transaction.on_commit(lambda: import_job_enqueue(job_id=job.pk))
    return job


def broker_errors() -> tuple[type[BaseException], ...]:
    """What a send raises when the broker cannot take a message: kombu's own error, and the
    transport's connection and channel errors (redis-py's, say), which a send may let through
    unwrapped, e.g. on a connection that broke after it was made. Built-in errors other than
    ``OSError``'s are left out: kombu's Redis transport lists ``KeyError``, which from our own code is
    a bug, not an outage."""
    from factcheck.celery import app

    connection = app.connection_for_write()  # not connected: only its transport's error types
    try:
        listed = (*connection.connection_errors, *connection.channel_errors)
    finally:
        connection.release()
    transport = tuple(e for e in listed if e.__module__ != "builtins" or issubclass(e, OSError))
    return (BrokerError, OSError, *transport)


def import_job_enqueue(*, job_id: int) -> None:
    """Send the job's first task; if the broker cannot take it, fail the job with the reason."""
    from factcheck.imports.tasks import import_job_run_task

    try:
        import_job_run_task.delay(job_id)
    except Exception as error:
        if not isinstance(error, broker_errors()):
            raise
        reason = f"The task queue is unreachable ({error}); nothing was imported. Retry the job later."
        ImportJob.objects.filter(pk=job_id, finished_at__isnull=True).update(
            status=ImportJob.Status.FAILED,
            failure_reason=reason,
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
        logger.error("Import job %s not queued: %s", job_id, error)
        raise ImportQueueUnavailable(ImportJob.objects.get(pk=job_id), reason) from error


@transaction.atomic
def import_job_retry(*, job_id: int) -> ImportJob:
    """Run a job again: failed fetches and interrupted writes go back to pending; bad files stay failed.

    Items whose input could not be parsed have no payload and would fail the same way again.
    """
    job = ImportJob.objects.select_for_update().get(pk=job_id)
    if job.status == ImportJob.Status.SUCCEEDED:
        raise ValueError(f"Import job #{job.pk} succeeded; there is nothing to retry.")
    job.items.filter(status=ImportItem.Status.FAILED).exclude(payload={}).update(
        status=ImportItem.Status.PENDING, error="", attempts=0
    )
    job.failed_count = job.items.filter(status=ImportItem.Status.FAILED).count()
    job.status = ImportJob.Status.QUEUED
    job.failure_reason = ""
    job.finished_at = None
    job.save(update_fields=["failed_count", "status", "failure_reason", "finished_at", "updated_at"])
    transaction.on_commit(lambda: import_job_enqueue(job_id=job.pk))
    return job


def import_jobs_resume(*, worker_start: str = "") -> int:
    """Re-send every job a worker had started and not finished (run at worker start): work lost with a
    dead worker resumes. Jobs the starting worker (``worker_start``) has itself begun since are alive
    and are left alone (``make run``'s worker began the seed import, then "resumed" it too).

    Needed where the broker forgets unacknowledged messages (the filesystem transport deletes a
    message when it is received); harmless elsewhere because every step is idempotent. A job still
    queued has its message in the queue: sending it again only ran it twice (``make run`` "resumed"
    the seed import it had just queued). One whose message was lost all the same is re-sent by the
    sweeper once it is stalled.
    """
    from factcheck.imports.tasks import import_job_run_task

    started = ImportJob.objects.unfinished().exclude(status=ImportJob.Status.QUEUED)
    if worker_start:
        started = started.exclude(run_by=worker_start)
    job_ids = list(started.order_by("pk").values_list("pk", flat=True))
    for job_id in job_ids:
        import_job_run_task.delay(job_id)
    if job_ids:
        logger.info("Resumed %s unfinished import job(s): %s", len(job_ids), job_ids)
    return len(job_ids)


def import_jobs_sweep() -> list[int]:
    """Re-drive unfinished jobs nobody has moved for ``FACTCHECK_IMPORT_STALLED_AFTER`` seconds (run by
    Celery beat every ``FACTCHECK_IMPORT_SWEEP_INTERVAL``): their tasks were lost (a worker killed, a
    broker restarted without its data) or stopped. The job's run task is sent again; it plans what is
    unplanned and sends the pending items in chunks. Every step is idempotent, so a job that was only
    slow loses nothing; and the job is touched, so it is re-sent at most once a period.

    A job still being planned gets as long as a plan may take (``FACTCHECK_IMPORT_PLAN_TIME_LIMIT``).
    """
    from factcheck.imports.tasks import import_job_run_task

    now = timezone.now()
    idle = timedelta(seconds=settings.FACTCHECK_IMPORT_STALLED_AFTER)
    planning = max(idle, timedelta(seconds=settings.FACTCHECK_IMPORT_PLAN_TIME_LIMIT + 60))
    stalled = ImportJob.objects.unfinished().filter(
        Q(planned_at__isnull=False, updated_at__lt=now - idle)
        | Q(planned_at__isnull=True, updated_at__lt=now - planning)
    )
    resent = []
    for job_id in stalled.order_by("pk").values_list("pk", flat=True)[:SWEEP_BATCH]:
        # Claim the job (another sweep may run meanwhile): only one of them touches it.
        if not ImportJob.objects.filter(pk=job_id, updated_at__lt=now - idle).update(updated_at=now):
            continue
        import_job_run_task.delay(job_id)
        resent.append(job_id)
    if resent:
        logger.warning("Re-sent %s stalled import job(s): %s", len(resent), resent)
    return resent


# --- Running jobs --------------------------------------------------------------------------------


def import_job_run(*, job_id: int, worker_start: str = "") -> None:
    """Plan the job if needed, then send its pending items to the workers in chunks.

    ``worker_start`` names the worker start running it, so that worker does not resume it.
    """
    from factcheck.imports.tasks import import_chunk_task

    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None:
        logger.warning("Import job %s no longer exists; nothing to do.", job_id)
        return
    if job.is_finished:
        return
    if worker_start:
        ImportJob.objects.filter(pk=job.pk).update(run_by=worker_start)
    ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.QUEUED).update(
        status=ImportJob.Status.RUNNING,
        started_at=job.started_at or timezone.now(),
        updated_at=timezone.now(),
    )
    try:
        import_job_plan(job=job)
    except TRANSIENT_ERRORS:
        raise
    except SoftTimeLimitExceeded:
        limit = settings.FACTCHECK_IMPORT_PLAN_TIME_LIMIT
        logger.error("Import job %s: reading its sources took over %s seconds", job.pk, limit)
        ImportJob.objects.filter(pk=job.pk, finished_at__isnull=True).update(
            status=ImportJob.Status.FAILED,
            failure_reason=f"Reading the sources took over {limit:g} seconds, the time limit for "
            "reading one import's sources; split it into smaller uploads.",
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
        return
    except Exception as error:
        # A bug or an unreadable source must not leave the job "running" for ever.
        logger.exception("Import job %s could not be planned", job.pk)
        ImportJob.objects.filter(pk=job.pk, finished_at__isnull=True).update(
            status=ImportJob.Status.FAILED,
            failure_reason=f"The sources could not be read ({type(error).__name__}: {error}).",
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
        return
    pending = list(
        job.items.filter(status=ImportItem.Status.PENDING).order_by("position").values_list("pk", flat=True)
    )
    if not pending:
        import_job_finish_if_done(job_id=job.pk)
        return
    size = max(1, settings.FACTCHECK_IMPORT_CHUNK_SIZE)
    for start in range(0, len(pending), size):
        import_chunk_task.delay(job.pk, pending[start : start + size])


def _source_results(
    job: ImportJob,
) -> Iterator[tuple[str, ArticleRecord | FactCheckRecord | ItemError | UrlItem]]:
    limits = import_limits()
    for source in job.sources:
        kind, value = source.get("kind"), str(source.get("value", ""))
        if kind == "url":
            try:
                yield value, UrlItem(url=check_url(value.strip()))
            except ParseError as error:
                yield shown(value, 1000), ItemError(item=shown(value, 1000), reason=str(error))
            continue
        if kind == "path":
            raws = read_path(value, limits=limits)
        elif kind == "upload":
            raws = _read_upload(value, name=source.get("name") or value, limits=limits)
        else:
            yield value, ItemError(item=value, reason=f"Unsupported source kind {kind!r}.")
            continue
        for raw in raws:
            if isinstance(raw, ItemError):
                yield raw.item, raw
            else:
                yield from parse_items(raw, limits=limits)


def _read_upload(stored: str, *, name: str, limits: Limits) -> Iterator[RawItem | ItemError]:
    gone = ItemError(item=name, reason="The uploaded file is no longer stored; upload it again.")
    if stored.startswith(DB_UPLOAD):
        handle = _upload_file(int(stored.removeprefix(DB_UPLOAD)))
        if handle is None:
            yield gone
            return
    else:  # stored in MEDIA_ROOT by a release before uploads went into the database
        try:
            handle = default_storage.open(stored, "rb")
        except OSError:
            yield gone
            return
    with handle:
        yield from read_file(handle, name=name, limits=limits)


def _upload_file(upload_id: int) -> IO[bytes] | None:
    """The upload's bytes in a local temporary file (memory up to a few MB, then disk), chunk by chunk."""
    if not ImportUpload.objects.filter(pk=upload_id).exists():
        return None
    spool = tempfile.SpooledTemporaryFile(max_size=UPLOAD_CHUNK_BYTES * 2)  # noqa: SIM115 (returned open)
    chunks = ImportUploadChunk.objects.filter(upload_id=upload_id).order_by("position")
    for chunk_id in chunks.values_list("pk", flat=True):  # one chunk in memory at a time
        spool.write(bytes(ImportUploadChunk.objects.values_list("data", flat=True).get(pk=chunk_id)))
    spool.seek(0)
    return spool


def import_job_plan(*, job: ImportJob) -> None:
    """Read and parse the job's sources into items, once.

    Items are inserted in batches, each its own short transaction; the read is deterministic,
    so a redelivered plan skips positions already stored (unique job+position) and goes on.
    """
    if job.planned_at:
        return
    batch: list[ImportItem] = []
    position = 0
    for raw_name, result in _source_results(job):
        name = storable(raw_name)[0]  # a member's name may hold anything; the database may not
        if isinstance(result, ItemError):
            item = ImportItem(job=job, position=position, name=name[:1000], status=ImportItem.Status.FAILED)
            item.error = storable(result.reason)[0]
        elif isinstance(result, UrlItem):
            item = ImportItem(job=job, position=position, name=name[:1000], payload={"url": result.url})
        else:
            item = ImportItem(
                job=job, position=position, name=name[:1000], payload=result.to_payload(), notes=result.notes
            )
        batch.append(item)
        position += 1
        if len(batch) >= PLAN_BATCH_SIZE:
            if not _save_plan_batch(job, batch, seen=position):
                return  # another delivery completed the plan meanwhile: never add to it
            batch = []
    if not _save_plan_batch(job, batch, seen=position):
        return
    with transaction.atomic():
        locked = ImportJob.objects.select_for_update().get(pk=job.pk)
        if locked.planned_at:
            return
        counts = locked.items.aggregate(total=Count("pk"), failed=Count("pk", filter=_failed))
        ImportJob.objects.filter(pk=job.pk).update(
            total_items=counts["total"],
            failed_count=counts["failed"],
            planned_at=timezone.now(),
            updated_at=timezone.now(),
        )
    job.planned_at = timezone.now()
    _discard_uploads(job)


def _discard_uploads(job: ImportJob) -> None:
    """Delete the job's uploaded files once its plan is stored: every item carries its own text now,
    and a retry re-runs items, never the plan, so nothing reads the files again."""
    for source in job.sources:
        if source.get("kind") == "upload" and str(source.get("value", "")).startswith(DB_UPLOAD):
            ImportUpload.objects.filter(pk=int(source["value"].removeprefix(DB_UPLOAD))).delete()
        elif source.get("kind") == "upload" and source.get("value"):
            try:
                default_storage.delete(source["value"])
                Path(default_storage.path(source["value"])).parent.rmdir()  # its own imports/<uuid>/
            except (OSError, NotImplementedError):  # gone already, not a local folder, or busy:
                continue  # only disk space is at stake


_failed = Q(status=ImportItem.Status.FAILED)


def _save_plan_batch(job: ImportJob, batch: list[ImportItem], *, seen: int) -> bool:
    """Store a batch unless the plan is already complete; False means stop planning."""
    with transaction.atomic():
        # Progress while planning (items read so far), and a check that nobody finished the plan.
        planning = ImportJob.objects.filter(pk=job.pk, planned_at__isnull=True)
        if not planning.update(total_items=seen, updated_at=timezone.now()):
            return False
        ImportItem.objects.bulk_create(batch, ignore_conflicts=True)
    return True


def chunk_time_budget() -> float | None:
    """Seconds a chunk task spends before handing its remaining items to a new task: half the task
    time limit, so an item only meets the limit when it alone takes that long."""
    limit = settings.CELERY_TASK_SOFT_TIME_LIMIT
    return limit / 2 if limit else None


def import_chunk_process(*, job_id: int, item_ids: list[int]) -> None:
    """Write a chunk of items, each in its own transaction, then finish the job if it was the last.

    Time-bounded: past ``chunk_time_budget()`` the rest of the chunk goes on in a new task; an item
    stopped by the task's soft time limit fails with that reason and the job goes on with the rest.
    """
    from factcheck.imports.tasks import import_chunk_task

    budget = chunk_time_budget()
    started = time.monotonic()
    for position, item_id in enumerate(item_ids):
        if position and budget is not None and time.monotonic() - started > budget:
            import_chunk_task.delay(job_id, item_ids[position:])
            return
        item_started = time.monotonic()
        try:
            import_item_process(item_id=item_id)
        except SoftTimeLimitExceeded:
            seconds = time.monotonic() - item_started
            logger.error("Import item %s stopped by the task time limit after %.0f s", item_id, seconds)
            _item_fail(
                item_id=item_id,
                reason=f"Importing this article took over {int(seconds)} seconds and was stopped "
                "(the time limit for one import task).",
            )
            if rest := item_ids[position + 1 :]:
                import_chunk_task.delay(job_id, rest)
                return
            break
    import_job_finish_if_done(job_id=job_id)


def _record_for(item: ImportItem) -> ArticleRecord:
    url = item.payload.get("url")
    if url and "text" not in item.payload:
        page = fetch(url, fetch_options())
        html: str | bytes = page.html
        if page.charset:
            try:
                html = page.html.decode(page.charset)
            except (LookupError, UnicodeDecodeError):
                html = page.html
        return make_storable(parse_html(html, url=page.url))
    return ArticleRecord.from_payload(item.payload)


def import_item_process(*, item_id: int) -> None:
    """Fetch/extract outside any transaction, then write the article and count it in one transaction.

    Each start is counted first: an item that keeps killing its worker (out of memory, out of time)
    fails with the reason after ``FACTCHECK_IMPORT_MAX_ATTEMPTS`` starts instead of coming back for ever.
    """
    item = ImportItem.objects.filter(pk=item_id, status=ImportItem.Status.PENDING).first()
    if item is None:
        return  # done by an earlier delivery of the same task
    max_attempts = max(1, settings.FACTCHECK_IMPORT_MAX_ATTEMPTS)
    if item.attempts >= max_attempts:
        _item_fail(
            item_id=item.pk,
            reason=f"Importing this article was interrupted {item.attempts} times (its worker stopped, "
            "ran out of memory or out of time); it is not tried again.",
        )
        return
    ImportItem.objects.filter(pk=item.pk, status=ImportItem.Status.PENDING).update(attempts=F("attempts") + 1)
    if item.payload.get("kind") == FactCheckRecord.KIND:  # a known fact-check: no extraction, one row
        record = FactCheckRecord.from_payload(item.payload)
        _write_item(
            item,
            insert=lambda job: ("fact_check", insert_fact_check(record, job=job)),
            already_stored=lambda: FactCheck.objects.filter(digest=fact_check_digest(record)).exists(),
            notes=item.notes,
        )
        return
    try:
        prepared = prepare_article(_record_for(item))
    except (ParseError, FetchError) as error:
        _item_fail(item_id=item.pk, reason=str(error))
        return
    except (SoftTimeLimitExceeded, *TRANSIENT_ERRORS):
        raise
    except Exception as error:
        logger.exception("Import item %s failed unexpectedly", item.pk)
        _item_fail(
            item_id=item.pk, reason=f"Internal error while reading the article ({type(error).__name__})."
        )
        return
    try:
        _item_write(item, prepared)
    except TRANSIENT_ERRORS:
        raise
    except DatabaseError as error:
        logger.exception("Import item %s could not be written", item.pk)
        _item_fail(
            item_id=item.pk, reason=f"The article could not be stored ({type(error).__name__}: {error})."
        )


class _AlreadyDone(Exception):
    """Another delivery of the same item committed first; roll this one back."""


def _item_write(item: ImportItem, prepared: PreparedArticle) -> None:
    """Article, claims, quantities, the item's new status and the job's count: one transaction."""
    _write_item(
        item,
        insert=lambda job: ("article", insert_prepared(prepared, job=job)),
        already_stored=lambda: is_duplicate(prepared),
        notes=[*item.notes, *prepared.notes],  # the plan's (parser's) notes, then the writer's
    )


def _write_item(
    item: ImportItem,
    *,
    insert: Callable[[ImportJob], tuple[str, Model]],
    already_stored: Callable[[], bool],
    notes: list[str],
) -> None:
    """What the item holds (``insert`` names the item's field for it), the item's new status and the
    job's count: one transaction.

    No lock is taken up front: the insert itself is the arbiter. A second delivery of the same
    item blocks on the unique key until the first commits, then fails as a duplicate and finds the
    item no longer pending, so it counts nothing. Few round trips per item.
    """
    pending = ImportItem.objects.filter(pk=item.pk, status=ImportItem.Status.PENDING)
    try:
        with transaction.atomic():
            field, stored = insert(ImportJob(pk=item.job_id))
            if not pending.update(status=ImportItem.Status.IMPORTED, notes=notes, **{field: stored}):
                raise _AlreadyDone
            ImportJob.objects.filter(pk=item.job_id).update(
                imported_count=F("imported_count") + 1, updated_at=timezone.now()
            )
        return
    except _AlreadyDone:
        return
    except IntegrityError:
        if not already_stored():
            raise
    with transaction.atomic():
        if pending.update(status=ImportItem.Status.DUPLICATE):
            ImportJob.objects.filter(pk=item.job_id).update(
                duplicate_count=F("duplicate_count") + 1, updated_at=timezone.now()
            )


@transaction.atomic
def _item_fail(*, item_id: int, reason: str) -> None:
    locked = ImportItem.objects.select_for_update().get(pk=item_id)
    if locked.status != ImportItem.Status.PENDING:
        return
    locked.status = ImportItem.Status.FAILED
    locked.error = reason
    locked.save(update_fields=["status", "error"])
    ImportJob.objects.filter(pk=locked.job_id).update(
        failed_count=F("failed_count") + 1, updated_at=timezone.now()
    )


def import_job_finish_if_done(*, job_id: int) -> ImportJob | None:
    """Settle the job's status once its plan is complete and no item is pending.

    The job row is locked first, so of two chunks ending together exactly one settles it, and
    the pending check (a fresh statement after the lock) sees every item committed before.
    """
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.is_finished or job.planned_at is None:
            return job
        counts = job.items.aggregate(
            total=Count("pk"),
            pending=Count("pk", filter=Q(status=ImportItem.Status.PENDING)),
            imported=Count("pk", filter=Q(status=ImportItem.Status.IMPORTED)),
            duplicate=Count("pk", filter=Q(status=ImportItem.Status.DUPLICATE)),
            failed=Count("pk", filter=_failed),
        )
        if counts["pending"]:
            return job
        job.total_items = counts["total"]
        job.imported_count = counts["imported"]
        job.duplicate_count = counts["duplicate"]
        job.failed_count = counts["failed"]
        if job.failed_count == 0:
            job.status = ImportJob.Status.SUCCEEDED
        elif job.failed_count < job.total_items:
            job.status = ImportJob.Status.PARTIALLY_FAILED
        else:
            job.status = ImportJob.Status.FAILED
        job.errors = [
            {"item": name, "reason": error}
            for name, error in job.items.filter(_failed)
            .order_by("position")
            .values_list("name", "error")[:MAX_JOB_ERRORS]
        ]
        job.finished_at = timezone.now()
        job.save()
    logger.info(
        "Import job %s %s: %s imported, %s duplicates, %s failed",
        job.pk,
        job.status,
        job.imported_count,
        job.duplicate_count,
        job.failed_count,
    )
    return job
