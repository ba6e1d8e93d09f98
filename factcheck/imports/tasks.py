"""Celery tasks: take ids, hold no business logic, safe to run twice.

Every task acknowledges late and is rejected (so redelivered) when its worker dies; only
transient database errors are retried, with backoff. Bad input is never retried: it becomes
a failed item with its reason.

Task names are fixed to those of the former ``factcheck/tasks.py`` module, so messages queued
before a deploy still find their task; ``factcheck.celery`` has the workers import this module.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from typing import Any

from celery import Task, shared_task
from celery.signals import worker_init, worker_ready
from django.conf import settings

from factcheck.imports import feeds, preview, services
from factcheck.task_options import TASK_OPTIONS

logger = logging.getLogger(__name__)


WORKER_START_ENV = "FACTCHECK_WORKER_START"


def worker_start() -> str:
    """Which start of which worker this process belongs to ("" outside a worker)."""
    return os.environ.get(WORKER_START_ENV, "")


@worker_init.connect
def _name_this_worker_start(sender: Any = None, **kwargs: Any) -> None:
    """Set before the pool forks, so every child process of this start shares the name."""
    os.environ[WORKER_START_ENV] = f"{socket.gethostname()}:{os.getpid()}:{time.time_ns()}"


@shared_task(name="factcheck.tasks.import_job_run_task", **TASK_OPTIONS)
def import_job_run_task(self: Task, job_id: int) -> None:
    services.import_job_run(job_id=job_id, worker_start=worker_start())


@shared_task(name="factcheck.tasks.import_chunk_task", **TASK_OPTIONS)
def import_chunk_task(self: Task, job_id: int, item_ids: list[int]) -> None:
    services.import_chunk_process(job_id=job_id, item_ids=item_ids)


@shared_task(name="factcheck.tasks.import_jobs_resume_task", **TASK_OPTIONS)
def import_jobs_resume_task(self: Task) -> None:
    services.import_jobs_resume(worker_start=worker_start())


@shared_task(name="factcheck.tasks.import_jobs_sweep_task", **TASK_OPTIONS)
def import_jobs_sweep_task(self: Task) -> None:
    """Run by Celery beat (``CELERY_BEAT_SCHEDULE``): re-drives stalled import jobs, and deletes uploads
    stored for a preview and never imported."""
    services.import_jobs_sweep()
    preview.previewed_uploads_discard()


@shared_task(name="factcheck.tasks.feed_poll_task", **TASK_OPTIONS)
def feed_poll_task(self: Task, feed_id: int) -> None:
    feeds.feed_poll(feed_id=feed_id)


@shared_task(name="factcheck.tasks.feeds_poll_due_task", **TASK_OPTIONS)
def feeds_poll_due_task(self: Task) -> None:
    """Run by Celery beat (``CELERY_BEAT_SCHEDULE``) every minute: polls the feeds whose time has come."""
    feeds.feeds_poll_due()


@worker_ready.connect
def _resume_unfinished_imports(sender: Any = None, **kwargs: Any) -> None:
    """A starting worker re-sends unfinished jobs, for brokers that lose a dead worker's messages."""
    if settings.FACTCHECK_RESUME_IMPORTS_ON_WORKER_START:
        try:
            import_jobs_resume_task.delay()
        except Exception:  # the worker must start even if this one send fails
            logger.exception("Could not queue the resumption of unfinished imports")
