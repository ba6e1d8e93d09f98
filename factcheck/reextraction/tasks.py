"""Celery tasks for re-extraction: ids in, no logic, safe to run twice (see ``factcheck.imports.tasks``)."""

from __future__ import annotations

import logging
from typing import Any

from celery import Task, shared_task
from celery.signals import worker_ready
from django.conf import settings

from factcheck.reextraction import services
from factcheck.task_options import TASK_OPTIONS

logger = logging.getLogger(__name__)


@shared_task(name="factcheck.reextraction.tasks.reextraction_step_task", **TASK_OPTIONS)
def reextraction_step_task(self: Task, job_id: int) -> None:
    services.reextraction_job_step(job_id=job_id)


@shared_task(name="factcheck.reextraction.tasks.reextraction_jobs_resume_task", **TASK_OPTIONS)
def reextraction_jobs_resume_task(self: Task) -> None:
    services.reextraction_jobs_resume()


@worker_ready.connect
def _resume_unfinished_reextractions(sender: Any = None, **kwargs: Any) -> None:
    """A starting worker re-sends unfinished runs, for brokers that lose a dead worker's messages."""
    if settings.FACTCHECK_RESUME_IMPORTS_ON_WORKER_START:
        try:
            reextraction_jobs_resume_task.delay()
        except Exception:  # the worker must start even if this one send fails
            logger.exception("Could not queue the resumption of unfinished re-extraction runs")
