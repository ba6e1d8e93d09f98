"""Through real ``celery worker`` processes, on the configured broker and database.

Fault tests: a worker SIGKILLed in the middle of a job, the broker down when a job starts,
two worker processes racing on the same articles.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count

from factcheck.celery import app as celery_app
from factcheck.imports.services import import_job_create
from factcheck.models import Article, Claim, ImportItem, ImportJob
from tests.conftest import WorkerProcess, purge_test_queue
from tests.imports.helpers import article_text, unreachable_broker

pytestmark = pytest.mark.worker

REDIS = settings.CELERY_BROKER_URL.startswith(("redis://", "rediss://"))
# Unacknowledged messages come back quickly: the killed worker's chunk is redelivered in seconds.
FAST_REDELIVERY = {
    "CELERY_VISIBILITY_TIMEOUT": "4",
    "CELERY_UNACKED_RESTORE_INTERVAL": "1",
    "CELERY_UNACKED_RESTORE_THROTTLE": "1",
}


def wait_for(predicate, *, timeout: float, what: str, worker: WorkerProcess | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    log = worker.log()[-4000:] if worker else ""
    raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{log}")


@pytest.fixture
def workers(transactional_db, tmp_path: Path, monkeypatch):
    """Start workers on demand (all share one log); every one is stopped at the end."""
    for key, value in FAST_REDELIVERY.items():
        monkeypatch.setenv(key, value)
    # The test process sends with the same transport options as the workers consume with.
    options = {**(celery_app.conf.broker_transport_options or {})}
    if REDIS:
        monkeypatch.setitem(celery_app.conf, "broker_transport_options", {**options, "visibility_timeout": 4})
    purge_test_queue()
    started: list[WorkerProcess] = []

    def start(**kwargs) -> WorkerProcess:
        worker = WorkerProcess(tmp_path / "worker.log")
        worker.start(**kwargs)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


def test_seed_import_through_a_real_worker_is_idempotent(celery_worker_process, seed_dir, capsys):
    print(f"database vendor: {connection.vendor}; broker: {settings.CELERY_BROKER_URL.split('://')[0]}://")
    call_command("import_articles", str(seed_dir), "--wait", "--timeout", "120")
    call_command("import_articles", str(seed_dir), "--wait", "--timeout", "120")
    first, second = ImportJob.objects.order_by("pk")
    assert (first.status, first.imported_count) == (ImportJob.Status.SUCCEEDED, 1)
    assert (second.status, second.imported_count, second.duplicate_count) == (
        ImportJob.Status.SUCCEEDED,
        0,
        1,
    )
    article = Article.objects.get()
    assert article.claims.filter(quantities__value=250000).exists()
    assert "import_job_run_task" in celery_worker_process.log(), "the worker, not the test process, ran it"
    assert "import_chunk_task" in celery_worker_process.log()


def test_sigkilled_worker_mid_job_then_a_new_worker_completes_it_exactly_once(workers, tmp_path):
    """200 articles in chunks of 10; the worker dies with a chunk half done and unacknowledged.

    Redis: the new worker gets the killed chunk back once its visibility timeout passes (the
    resume-on-start sweep is switched off here, so this is the broker's redelivery at work).
    Filesystem: kombu deletes a message file when a worker takes it, so nothing can be
    redelivered; the new worker's resume-on-start sweep re-sends the unfinished job instead.
    """
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(200):
        (folder / f"a{n:03d}.txt").write_text(article_text(n))
    chunk_env = {"FACTCHECK_IMPORT_CHUNK_SIZE": "10"}
    first = workers(env=chunk_env)
    job = import_job_create(sources=[{"kind": "path", "value": str(folder)}])

    def progress() -> int:
        job.refresh_from_db()
        return job.imported_count

    wait_for(lambda: progress() >= 25, timeout=90, what="25 articles imported", worker=first)
    first.kill()
    job.refresh_from_db()
    assert not job.is_finished, "the kill must land in the middle of the job"
    assert job.imported_count < 200
    killed_at = job.imported_count

    resume = "false" if REDIS else "true"
    second = workers(env={**chunk_env, "FACTCHECK_RESUME_IMPORTS_ON_WORKER_START": resume})
    wait_for(
        lambda: job.refresh_from_db() or job.is_finished, timeout=120, what="the job to finish", worker=second
    )

    assert job.status == ImportJob.Status.SUCCEEDED, job.errors
    assert (job.total_items, job.imported_count, job.duplicate_count, job.failed_count) == (200, 200, 0, 0)
    assert Article.objects.count() == 200
    assert Article.objects.values("content_hash").distinct().count() == 200
    assert ImportItem.objects.filter(job=job, status=ImportItem.Status.IMPORTED).count() == 200
    # Every article whole: all its sentences as claims, none doubled.
    per_article = Claim.objects.values("article").annotate(n=Count("pk")).values_list("n", flat=True)
    assert set(per_article) == {2}
    assert Claim.objects.count() == 400
    assert killed_at < 200


def test_a_job_queued_before_the_worker_starts_is_started_once(workers, seed_dir):
    """``make run``: the seed import is queued, then the worker starts; it runs the job and does not
    also "resume" it."""
    job = import_job_create(sources=[{"kind": "path", "value": str(seed_dir)}])
    worker = workers(env={"FACTCHECK_RESUME_IMPORTS_ON_WORKER_START": "true"})
    wait_for(
        lambda: job.refresh_from_db() or job.is_finished, timeout=90, what="the job to finish", worker=worker
    )
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 1)
    log = worker.log()
    assert "Resumed" not in log, log[-3000:]
    assert log.count("import_job_run_task[") == 2, log[-3000:]  # received, succeeded: once


def test_broker_down_at_start_then_retry_through_the_worker(celery_worker_process, seed_dir):
    with unreachable_broker(), pytest.raises(CommandError, match="task queue is unreachable"):
        call_command("import_articles", str(seed_dir))
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED
    assert "Connection refused" in job.failure_reason or "connecting" in job.failure_reason
    assert (job.items.count(), Article.objects.count()) == (0, 0)
    call_command("import_articles", "--retry", str(job.pk), "--wait", "--timeout", "120")
    job.refresh_from_db()
    assert (job.status, job.imported_count, job.failure_reason) == (ImportJob.Status.SUCCEEDED, 1, "")


def test_two_worker_processes_racing_on_copies_store_each_article_once(workers, tmp_path):
    """Each article twice, side by side, one item a task: the copies run at the same time."""
    folder = tmp_path / "copies"
    folder.mkdir()
    for n in range(20):
        for copy in ("a", "b"):
            (folder / f"{n:03d}{copy}.txt").write_text(article_text(n))
    workers(concurrency=2, env={"FACTCHECK_IMPORT_CHUNK_SIZE": "1"})
    job = import_job_create(sources=[{"kind": "path", "value": str(folder)}])
    wait_for(lambda: job.refresh_from_db() or job.is_finished, timeout=120, what="the job to finish")
    assert (job.status, job.imported_count, job.duplicate_count, job.failed_count) == (
        ImportJob.Status.SUCCEEDED,
        20,
        20,
        0,
    )
    assert Article.objects.count() == 20


def test_two_workers_running_two_reextractions_of_the_same_articles_keep_every_correction(workers, reviewer):
    """Two runs over the same 12 articles at once, on two worker processes: each article is locked while
    it is re-extracted, so the outcome is the one a single run gives, with people's work intact."""
    from annotations import corrections, services
    from factcheck.imports.parsers import record_from_text
    from factcheck.imports.writer import write_article
    from factcheck.reextraction.models import ReextractionJob
    from factcheck.reextraction.services import reextraction_job_create

    articles = [write_article(record_from_text(article_text(n + 1))).article for n in range(12)]
    kept = {}
    for article in articles:
        first, second = article.claims.order_by("index")
        corrections.claim_update(claim=first, by=reviewer, category="aid")  # a person's category
        services.claim_annotate(claim=second, by=reviewer)  # a review under way
        kept[article.pk] = (first.pk, second.pk)
        # what an older extractor stored: another reading of the second sentence, one claim too many
        Claim.objects.filter(pk=second.pk).update(category="other", extractor_version="2020.1")
        Claim.objects.create(article=article, index=99, text="x", start=0, end=5, extractor_version="2020.1")
    workers(concurrency=1)
    workers(concurrency=1)
    jobs = [reextraction_job_create(), reextraction_job_create()]
    for job in jobs:
        wait_for(
            lambda job=job: job.refresh_from_db() or job.finished_at is not None, timeout=120, what="runs"
        )
        assert (job.status, job.done_count, job.failed_count) == (ReextractionJob.Status.SUCCEEDED, 12, 0)
    for article in articles:
        first_pk, second_pk = kept[article.pk]
        claims = list(article.claims.order_by("index"))
        assert [c.pk for c in claims] == [first_pk, second_pk]  # the stray claim is gone, ids kept
        assert claims[0].category == "aid"
        assert claims[1].category == "other" and "category" in claims[1].attention
        assert claims[1].review.assignee_id == reviewer.pk


def test_a_running_worker_makes_the_app_ready(celery_worker_process, client):
    """The worker records itself (a bootstep on its timer), which is what /readyz waits for."""
    from factcheck.health.models import WorkerHeartbeat

    wait_for(lambda: WorkerHeartbeat.objects.exists(), timeout=60, what="the worker's heartbeat")
    response = client.get("/readyz")
    assert response.status_code == 200, response.json()
    assert response.json()["checks"]["worker"]["ok"] is True


def test_a_worker_without_the_web_servers_disk_imports_an_upload(workers, tmp_path, settings):
    """Workers on other hosts share the database and the broker, not a disk: the upload goes through
    the database, so a worker with a MEDIA_ROOT of its own (empty) completes the job."""
    from django.core.files.base import ContentFile

    from factcheck.imports.services import import_upload_store

    settings.MEDIA_ROOT = tmp_path / "web-media"
    workers(env={"MEDIA_ROOT": str(tmp_path / "worker-media")})
    source = import_upload_store(file=ContentFile(article_text(5).encode(), name="story.txt"))
    job = import_job_create(sources=[source])
    wait_for(lambda: job.refresh_from_db() or job.is_finished, timeout=120, what="the job to finish")
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 1)
    assert not (tmp_path / "web-media").exists() and not (tmp_path / "worker-media").exists()
