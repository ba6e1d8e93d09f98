"""Every task is bounded in time; an item stopped by the limit fails with the reason and the job goes on.

In-process (eager) tests raise the soft time limit by hand; one test runs a real worker with a short
limit against a site that drip-feeds its page, and sees the item stopped and the job finished.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from unittest import mock

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings as django_settings

from factcheck.celery import app as celery_app
from factcheck.imports import services, tasks
from factcheck.models import ImportItem, ImportJob
from tests.conftest import WorkerProcess, purge_test_queue
from tests.imports.site import LocalSite
from tests.imports.test_fetch_limits import DripServer


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"a{n:03d}.txt").write_text(f"Story {n}\n\nThe council said {n} houses were flooded.\n")
    return folder


def test_tasks_have_time_limits_from_settings():
    assert celery_app.conf.task_soft_time_limit == django_settings.CELERY_TASK_SOFT_TIME_LIMIT == 300
    assert celery_app.conf.task_time_limit == django_settings.CELERY_TASK_TIME_LIMIT == 360
    plan = tasks.import_job_run_task
    assert (plan.soft_time_limit, plan.time_limit) == (1800, 1860)  # FACTCHECK_IMPORT_PLAN_TIME_LIMIT


@pytest.mark.django_db
def test_an_item_stopped_by_the_soft_time_limit_fails_and_the_job_goes_on(tmp_path):
    folder = write_articles(tmp_path, 3)
    real = services.prepare_article

    def slow(record):
        if record.title == "Story 1":
            raise SoftTimeLimitExceeded()
        return real(record)

    with mock.patch.object(services, "prepare_article", slow):
        job = services.import_job_create(sources=[{"kind": "path", "value": str(folder)}])
    job.refresh_from_db()
    assert (job.status, job.imported_count, job.failed_count) == (ImportJob.Status.PARTIALLY_FAILED, 2, 1)
    reason = job.items.get(status=ImportItem.Status.FAILED).error
    assert reason.startswith("Importing this article took over ")
    assert reason.endswith("seconds and was stopped (the time limit for one import task).")


@pytest.mark.django_db
def test_a_chunk_hands_its_rest_to_a_new_task_after_half_the_time_limit(tmp_path, settings):
    settings.CELERY_TASK_SOFT_TIME_LIMIT = 0.2  # a budget of 0.1 s a chunk
    folder = write_articles(tmp_path, 4)
    real = services.prepare_article
    chunks: list[list[int]] = []
    real_chunk = services.import_chunk_process

    def slow(record):
        time.sleep(0.12)
        return real(record)

    def chunk(*, job_id, item_ids):
        chunks.append(list(item_ids))
        real_chunk(job_id=job_id, item_ids=item_ids)

    with (
        mock.patch.object(services, "prepare_article", slow),
        mock.patch.object(services, "import_chunk_process", chunk),
    ):
        job = services.import_job_create(sources=[{"kind": "path", "value": str(folder)}])
    job.refresh_from_db()
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 4)
    assert [len(ids) for ids in chunks] == [4, 3, 2, 1]  # one item each, then the rest handed on


@pytest.mark.django_db
def test_a_plan_stopped_by_its_time_limit_fails_the_job_with_the_reason(tmp_path):
    folder = write_articles(tmp_path, 1)
    with mock.patch.object(services, "import_job_plan", side_effect=SoftTimeLimitExceeded()):
        job = services.import_job_create(sources=[{"kind": "path", "value": str(folder)}])
    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert job.failure_reason == (
        "Reading the sources took over 1800 seconds, the time limit for reading one import's sources; "
        "split it into smaller uploads."
    )


@pytest.mark.django_db
def test_an_item_that_keeps_interrupting_its_worker_fails_after_the_maximum_attempts(tmp_path, settings):
    settings.FACTCHECK_IMPORT_MAX_ATTEMPTS = 3
    job = ImportJob.objects.create(sources=[{"kind": "path", "value": str(write_articles(tmp_path, 2))}])
    with mock.patch.object(tasks.import_chunk_task, "delay"):  # plan only; the chunks are run below
        services.import_job_run(job_id=job.pk)
    first, second = job.items.order_by("position")
    ImportItem.objects.filter(pk=first.pk).update(attempts=3)  # three workers died on it
    services.import_chunk_process(job_id=job.pk, item_ids=[first.pk, second.pk])
    job.refresh_from_db()
    assert (job.status, job.imported_count, job.failed_count) == (ImportJob.Status.PARTIALLY_FAILED, 1, 1)
    first.refresh_from_db()
    assert first.error == (
        "Importing this article was interrupted 3 times (its worker stopped, ran out of memory or out of "
        "time); it is not tried again."
    )
    second.refresh_from_db()
    assert second.attempts == 1


@pytest.mark.worker
def test_a_real_worker_stops_a_drip_fed_page_at_the_time_limit_and_finishes_the_job(
    transactional_db, tmp_path
):
    purge_test_queue()
    worker = WorkerProcess(tmp_path / "worker.log")
    worker.start(
        env={
            "CELERY_TASK_SOFT_TIME_LIMIT": "3",
            "CELERY_TASK_TIME_LIMIT": "20",
            "FACTCHECK_URL_TIMEOUT": "60",  # the fetch's own deadline (180 s) is not what stops it
            "FACTCHECK_ALLOW_PRIVATE_URLS": "true",
            "FACTCHECK_RESUME_IMPORTS_ON_WORKER_START": "false",
        }
    )
    try:
        with DripServer("body") as drip, LocalSite() as site:
            slow_url = f"http://127.0.0.1:{drip.port}/drip"
            job = services.import_job_create(
                sources=[
                    {"kind": "url", "value": slow_url},
                    {"kind": "url", "value": site.url("/articles/4")},
                ]
            )
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                job.refresh_from_db()
                if job.is_finished:
                    break
                time.sleep(0.2)
            else:
                raise AssertionError(f"the job did not finish:\n{worker.log()[-4000:]}")
    finally:
        worker.stop()
    assert (job.status, job.imported_count, job.failed_count) == (ImportJob.Status.PARTIALLY_FAILED, 1, 1)
    reason = job.items.get(name=slow_url).error
    assert re.match(r"Importing this article took over [3-9] seconds and was stopped", reason), reason
