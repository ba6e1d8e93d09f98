"""Celery tasks: take ids, hold no business logic, safe to run twice."""

from __future__ import annotations

from celery import shared_task
from django.db import InterfaceError, OperationalError

from factcheck import services


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    max_retries=5,
)
def import_job_run_task(self, job_id: int) -> None:
    services.import_job_run(job_id=job_id)
