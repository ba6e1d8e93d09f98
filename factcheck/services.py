"""Write operations on articles and import jobs; the admin, the API, commands and tasks call these."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from factcheck.imports.parsers import parse
from factcheck.imports.readers import read_path
from factcheck.imports.records import ArticleRecord, ItemError
from factcheck.imports.writer import write_article
from factcheck.models import ImportItem, ImportJob

logger = logging.getLogger(__name__)


@transaction.atomic
def import_job_create(*, sources: list[dict], created_by=None) -> ImportJob:
    """Record what to import and enqueue the job once the row is committed."""
    from factcheck.tasks import import_job_run_task

    job = ImportJob.objects.create(sources=sources, created_by=created_by)
    transaction.on_commit(lambda: import_job_run_task.delay(job.pk))
    return job


def import_job_plan(*, job: ImportJob) -> None:
    """Read and parse the job's sources into items, once: a redelivered job keeps its plan."""
    if job.items.exists():
        return
    items: list[ImportItem] = []
    for source in job.sources:
        if source.get("kind") != "path":
            items.append(_failed_item(job, len(items), str(source.get("value")), "Unsupported source."))
            continue
        for raw in read_path(source["value"], max_bytes=settings.FACTCHECK_MAX_ARTICLE_BYTES):
            results = [raw] if isinstance(raw, ItemError) else parse(raw)
            for result in results:
                if isinstance(result, ItemError):
                    items.append(_failed_item(job, len(items), result.item, result.reason))
                else:
                    items.append(
                        ImportItem(job=job, position=len(items), name=raw.name, payload=result.to_payload())
                    )
    with transaction.atomic():
        ImportItem.objects.bulk_create(items)
        failures = [item for item in items if item.status == ImportItem.Status.FAILED]
        ImportJob.objects.filter(pk=job.pk).update(
            total_items=len(items),
            failed_count=len(failures),
            errors=[{"item": item.name, "reason": item.error} for item in failures],
        )


def _failed_item(job: ImportJob, position: int, name: str, reason: str) -> ImportItem:
    return ImportItem(
        job=job,
        position=position,
        name=name[:1000],
        status=ImportItem.Status.FAILED,
        error=reason,
    )


def import_item_process(*, item: ImportItem) -> None:
    """Write one pending item and count it on its job, in one transaction with the article."""
    record = ArticleRecord.from_payload(item.payload)
    with transaction.atomic():
        locked = ImportItem.objects.select_for_update().get(pk=item.pk)
        if locked.status != ImportItem.Status.PENDING:
            return  # done by an earlier delivery of the same task
        result = write_article(record, job=item.job)
        if result.duplicate:
            locked.status = ImportItem.Status.DUPLICATE
            counter = {"duplicate_count": F("duplicate_count") + 1}
        else:
            locked.status = ImportItem.Status.IMPORTED
            locked.article = result.article
            counter = {"imported_count": F("imported_count") + 1}
        locked.save(update_fields=["status", "article"])
        ImportJob.objects.filter(pk=item.job_id).update(**counter)


def import_job_run(*, job_id: int) -> ImportJob:
    """Plan the job if needed, import every pending item, then settle the job's status."""
    job = ImportJob.objects.get(pk=job_id)
    if job.is_finished:
        return job
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.RUNNING, started_at=job.started_at or timezone.now()
    )
    import_job_plan(job=job)
    for item in job.items.filter(status=ImportItem.Status.PENDING).select_related("job").iterator():
        import_item_process(item=item)
    return import_job_finish(job_id=job.pk)


def import_job_finish(*, job_id: int) -> ImportJob:
    job = ImportJob.objects.get(pk=job_id)
    if job.failed_count == 0:
        job.status = ImportJob.Status.SUCCEEDED
    elif job.failed_count < job.total_items:
        job.status = ImportJob.Status.PARTIALLY_FAILED
    else:
        job.status = ImportJob.Status.FAILED
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "finished_at", "updated_at"])
    logger.info(
        "Import job %s %s: %s imported, %s duplicates, %s failed",
        job.pk,
        job.status,
        job.imported_count,
        job.duplicate_count,
        job.failed_count,
    )
    return job
