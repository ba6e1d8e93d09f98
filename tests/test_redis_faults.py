"""Faults heal without a restart, on Redis (a server each test starts, kills and restarts itself).

* a cache outage: API throttling lets requests through and logs, requests still answer;
* a broker outage when a job is created: 503 and a failed job with the reason;
* a worker killed mid-job: its unacknowledged chunk comes back (visibility timeout, the worker's
  restore) and a new worker finishes the job, each article once;
* Redis restarted empty under a running worker: the worker reconnects, and the beat's sweeper
  re-drives a job whose tasks were lost.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.utils import timezone
from rest_framework.test import APIClient

from annotations.api import throttling
from factcheck.imports import services
from factcheck.models import Article, ImportItem, ImportJob
from tests.factories import UserFactory
from tests.imports.helpers import article_text
from tests.redis_server import (
    FAST_REDELIVERY_ENV,
    FAST_REDELIVERY_OPTIONS,
    celery_broker,
    redis_server,
    started_worker,
    wait_for,
)

__all__ = ["redis_server"]  # the fixture, used by name


def redis_cache(server, db: int = 1) -> dict:
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": server.url(db),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


def importer() -> APIClient:
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="add_importjob"))
    api = APIClient()
    api.force_authenticate(user)
    return api


def write_articles(folder: Path, count: int, start: int = 0) -> Path:
    folder.mkdir(exist_ok=True)
    for n in range(start, start + count):
        (folder / f"a{n:03d}.txt").write_text(article_text(n))
    return folder


@pytest.mark.django_db
def test_a_cache_outage_lets_api_requests_through_unthrottled_and_logs_it(
    redis_server, settings, caplog, monkeypatch
):
    settings.CACHES = redis_cache(redis_server)
    monkeypatch.setattr(throttling.ClientRateThrottle, "THROTTLE_RATES", {"client": "3/hour"})
    monkeypatch.setattr(throttling, "_last_warning", [0.0])
    api = APIClient()
    api.force_authenticate(UserFactory())
    assert [api.get("/api/v1/articles/").status_code for _ in range(4)] == [200, 200, 200, 429]

    redis_server.kill()
    with caplog.at_level(logging.WARNING, logger="annotations.api.throttling"):
        statuses = [api.get("/api/v1/articles/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 200]  # no 500, and no 429 either: nothing can count
    assert "API throttling skipped: the cache is unreachable" in caplog.text

    redis_server.start()  # back (empty): counting starts again
    assert [api.get("/api/v1/articles/").status_code for _ in range(4)] == [200, 200, 200, 429]
    cache.clear()


@pytest.mark.django_db(transaction=True)
def test_a_broker_outage_when_a_job_is_created_answers_503_and_fails_the_job(redis_server, settings):
    """Cache and broker on one Redis, as in the probe: the throttle no longer turns the outage into a
    500 before the view runs, so the job is created, the send fails, and the client hears 503."""
    settings.CACHES = redis_cache(redis_server)
    api = importer()
    with celery_broker(redis_server.url(0)):
        redis_server.kill()
        response = api.post(
            "/api/v1/imports/",
            {"articles": [{"title": "T", "text": "The mayor said 12 people died."}]},
            format="json",
        )
    assert response.status_code == 503, response.content
    job = ImportJob.objects.get()
    error = response.json()
    assert (error["status"], error["code"]) == (503, "queue_unavailable")
    assert f"Import job #{job.pk} could not be queued: The task queue is unreachable" in error["detail"]
    assert job.status == ImportJob.Status.FAILED
    assert "task queue is unreachable" in job.failure_reason
    redis_server.start()
    cache.clear()


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_killed_workers_chunk_comes_back_and_a_new_worker_finishes_the_job(redis_server, tmp_path):
    folder = write_articles(tmp_path / "articles", 120)
    env = {**FAST_REDELIVERY_ENV, "FACTCHECK_IMPORT_CHUNK_SIZE": "10"}
    with celery_broker(redis_server.url(0), **FAST_REDELIVERY_OPTIONS):
        first = started_worker(tmp_path / "worker.log", redis_server.url(0), env=env)
        job = services.import_job_create(sources=[{"kind": "path", "value": str(folder)}])

        def imported() -> int:
            job.refresh_from_db()
            return job.imported_count

        try:
            wait_for(lambda: imported() >= 15, timeout=90, what="15 articles imported", worker=first)
        finally:
            first.kill()  # SIGKILL: its chunk in hand is never acknowledged
        job.refresh_from_db()
        assert not job.is_finished, "the kill must land in the middle of the job"
        second = started_worker(tmp_path / "worker.log", redis_server.url(0), env=env)
        try:
            wait_for(
                lambda: job.refresh_from_db() or job.is_finished,
                timeout=120,
                what="the job to finish",
                worker=second,
            )
        finally:
            second.stop()
    assert (job.status, job.imported_count, job.duplicate_count, job.failed_count) == (
        ImportJob.Status.SUCCEEDED,
        120,
        0,
        0,
    )
    assert Article.objects.count() == 120


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_redis_restarted_empty_the_worker_reconnects_and_the_sweeper_redrives_lost_work(
    redis_server, tmp_path
):
    env = {"FACTCHECK_IMPORT_SWEEP_INTERVAL": "1", "FACTCHECK_IMPORT_STALLED_AFTER": "2"}
    with celery_broker(redis_server.url(0)):
        worker = started_worker(tmp_path / "worker.log", redis_server.url(0), beat=True, env=env)
        try:
            redis_server.kill()
            redis_server.start()  # empty: whatever was queued is gone
            # A job whose plan is stored but whose chunks were lost with the old Redis.
            job = ImportJob.objects.create(
                sources=[{"kind": "path", "value": str(write_articles(tmp_path / "lost", 5))}]
            )
            services.import_job_plan(job=job)
            ImportJob.objects.filter(pk=job.pk).update(
                status=ImportJob.Status.RUNNING, updated_at=timezone.now() - timedelta(minutes=5)
            )
            assert job.items.filter(status=ImportItem.Status.PENDING).count() == 5
            wait_for(
                lambda: job.refresh_from_db() or job.is_finished,
                timeout=90,
                what="the sweeper to re-drive the stalled job",
                worker=worker,
            )
            # And a new job goes through the reconnected worker as usual.
            fresh = services.import_job_create(
                sources=[{"kind": "path", "value": str(write_articles(tmp_path / "new", 3, start=100))}]
            )
            wait_for(
                lambda: fresh.refresh_from_db() or fresh.is_finished,
                timeout=60,
                what="a new job after the restart",
                worker=worker,
            )
        finally:
            worker.stop()
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 5)
    assert (fresh.status, fresh.imported_count) == (ImportJob.Status.SUCCEEDED, 3)
    assert "import_jobs_sweep_task" in worker.log()
