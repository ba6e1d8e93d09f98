"""The sweeper (Celery beat, every FACTCHECK_IMPORT_SWEEP_INTERVAL seconds) re-drives import jobs nobody
has moved for FACTCHECK_IMPORT_STALLED_AFTER seconds: their tasks were lost. Tasks run in-process here;
``tests/test_redis_faults.py`` runs it for real, with the worker's embedded beat, on Redis."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from factcheck.celery import app as celery_app
from factcheck.imports import services, tasks
from factcheck.models import ImportItem, ImportJob
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"a{n:03d}.txt").write_text(f"Story {n}\n\nThe council said {n} houses were flooded.\n")
    return folder


def planned_job_whose_chunks_were_lost(folder: Path, *, idle: timedelta) -> ImportJob:
    job = ImportJob.objects.create(sources=[{"kind": "path", "value": str(folder)}])
    with mock.patch.object(tasks.import_chunk_task, "delay"):  # the chunks are sent... and lost
        services.import_job_run(job_id=job.pk)
    ImportJob.objects.filter(pk=job.pk).update(updated_at=timezone.now() - idle)
    return job


def test_a_stalled_job_is_redriven_and_finishes(tmp_path):
    job = planned_job_whose_chunks_were_lost(write_articles(tmp_path / "a", 3), idle=timedelta(minutes=20))
    assert job.items.filter(status=ImportItem.Status.PENDING).count() == 3
    assert services.import_jobs_sweep() == [job.pk]
    job.refresh_from_db()
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 3)


def test_a_job_moving_recently_or_finished_is_left_alone(tmp_path):
    recent = planned_job_whose_chunks_were_lost(write_articles(tmp_path / "a", 2), idle=timedelta(minutes=5))
    done = planned_job_whose_chunks_were_lost(write_articles(tmp_path / "b", 1), idle=timedelta(0))
    services.import_chunk_process(job_id=done.pk, item_ids=list(done.items.values_list("pk", flat=True)))
    ImportJob.objects.filter(pk=done.pk).update(updated_at=timezone.now() - timedelta(hours=2))
    with mock.patch.object(tasks.import_job_run_task, "delay") as sent:
        assert services.import_jobs_sweep() == []
    sent.assert_not_called()
    recent.refresh_from_db()
    assert recent.status == ImportJob.Status.RUNNING


def test_a_job_is_resent_at_most_once_a_period(tmp_path):
    planned_job_whose_chunks_were_lost(write_articles(tmp_path / "a", 1), idle=timedelta(minutes=20))
    with mock.patch.object(tasks.import_job_run_task, "delay") as sent:
        assert len(services.import_jobs_sweep()) == 1
        assert services.import_jobs_sweep() == []  # the first sweep touched it
    assert sent.call_count == 1


def test_an_unplanned_job_gets_as_long_as_a_plan_may_take(tmp_path, settings):
    settings.FACTCHECK_IMPORT_PLAN_TIME_LIMIT = 1800
    job = ImportJob.objects.create(sources=[{"kind": "path", "value": str(write_articles(tmp_path, 1))}])
    ImportJob.objects.filter(pk=job.pk).update(updated_at=timezone.now() - timedelta(minutes=20))
    with mock.patch.object(tasks.import_job_run_task, "delay"):
        assert services.import_jobs_sweep() == []  # 20 minutes: may still be reading its sources
    ImportJob.objects.filter(pk=job.pk).update(updated_at=timezone.now() - timedelta(minutes=32))
    assert services.import_jobs_sweep() == [job.pk]
    job.refresh_from_db()
    assert job.status == ImportJob.Status.SUCCEEDED


def test_progress_moves_the_job(tmp_path):
    """Every item written touches the job, so a job at work is never taken for a stalled one."""
    job = planned_job_whose_chunks_were_lost(write_articles(tmp_path, 2), idle=timedelta(minutes=20))
    first = job.items.order_by("position").first()
    services.import_item_process(item_id=first.pk)
    job.refresh_from_db()
    assert timezone.now() - job.updated_at < timedelta(minutes=1)


def test_beat_runs_the_sweep_and_make_run_runs_beat():
    entry = django_settings.CELERY_BEAT_SCHEDULE["import-jobs-sweep"]
    assert entry["task"] == "factcheck.tasks.import_jobs_sweep_task" in celery_app.tasks
    assert entry["schedule"] == django_settings.FACTCHECK_IMPORT_SWEEP_INTERVAL == 60
    assert django_settings.FACTCHECK_IMPORT_STALLED_AFTER > django_settings.CELERY_TASK_TIME_LIMIT
    from factcheck.management.commands.run_dev import dev_processes

    worker = dev_processes(addr="127.0.0.1:8000", concurrency="2")["worker"]
    assert worker[worker.index("worker") + 1] == "-B"
    assert "beat" in (ROOT / "Procfile.production").read_text()
