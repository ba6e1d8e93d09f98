"""Job mechanics: chunking, race-free finishing, resumable plans, redelivery, races, broker down, retry."""

from __future__ import annotations

import threading
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from factcheck.celery import app as celery_app
from factcheck.imports import services, tasks
from factcheck.imports.records import ArticleRecord
from factcheck.models import Article, Claim, ImportItem, ImportJob
from tests.imports.helpers import unreachable_broker

pytestmark = pytest.mark.django_db


def article_text(n: int) -> str:
    return f"Story {n}\n\nThe council said {n} houses were flooded and {n + 1} roads were closed.\n"


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"a{n:03d}.txt").write_text(article_text(n))
    return folder


@pytest.fixture
def broker_down():
    with unreachable_broker():
        yield


def test_large_job_is_split_into_chunks_and_finishes_once(tmp_path, settings):
    settings.FACTCHECK_IMPORT_CHUNK_SIZE = 3
    sent = []
    real_delay = tasks.import_chunk_task.delay
    with (
        mock.patch.object(
            tasks.import_chunk_task, "delay", side_effect=lambda *a: (sent.append(a), real_delay(*a))[1]
        ),
        mock.patch.object(services, "logger") as log,
    ):
        job = services.import_job_create(
            sources=[{"kind": "path", "value": str(write_articles(tmp_path, 10))}]
        )
    assert [len(item_ids) for _, item_ids in sent] == [3, 3, 3, 1]
    assert sorted(i for _, ids in sent for i in ids) == sorted(job.items.values_list("pk", flat=True))
    job.refresh_from_db()
    assert (job.status, job.total_items, job.imported_count) == (ImportJob.Status.SUCCEEDED, 10, 10)
    finished = [c for c in log.info.call_args_list if "Import job %s %s" in c.args[0]]
    assert len(finished) == 1, "exactly one chunk settles the job"


def test_job_does_not_finish_while_items_are_pending(tmp_path):
    job = ImportJob.objects.create(sources=[{"kind": "path", "value": str(write_articles(tmp_path, 2))}])
    services.import_job_plan(job=job)
    first, second = job.items.order_by("position")
    services.import_chunk_process(job_id=job.pk, item_ids=[first.pk])
    job.refresh_from_db()
    assert (job.status, job.finished_at, job.imported_count) == (ImportJob.Status.QUEUED, None, 1)
    assert job.progress_percent == 50
    services.import_chunk_process(job_id=job.pk, item_ids=[second.pk])
    job.refresh_from_db()
    assert job.status == ImportJob.Status.SUCCEEDED
    finished_at = job.finished_at
    services.import_job_finish_if_done(job_id=job.pk)  # a late duplicate chunk changes nothing
    job.refresh_from_db()
    assert job.finished_at == finished_at


def test_unplanned_job_never_finishes():
    job = ImportJob.objects.create(sources=[{"kind": "path", "value": "/nowhere"}])
    services.import_job_finish_if_done(job_id=job.pk)
    job.refresh_from_db()
    assert job.finished_at is None


def test_plan_interrupted_midway_resumes_without_gaps_or_doubles(tmp_path):
    folder = write_articles(tmp_path, 7)
    job = ImportJob.objects.create(sources=[{"kind": "path", "value": str(folder)}])
    real_save = services._save_plan_batch
    calls = []

    def dies_on_second_batch(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise SystemExit("worker killed mid-plan")
        return real_save(*args, **kwargs)

    with (
        mock.patch.object(services, "PLAN_BATCH_SIZE", 3),
        mock.patch.object(services, "_save_plan_batch", dies_on_second_batch),
        pytest.raises(SystemExit),
    ):
        services.import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.items.count(), job.planned_at) == (3, None)
    with mock.patch.object(services, "PLAN_BATCH_SIZE", 3):
        services.import_job_run(job_id=job.pk)  # the redelivered task
    job.refresh_from_db()
    assert list(job.items.values_list("position", flat=True)) == list(range(7))
    assert (job.total_items, job.status) == (7, ImportJob.Status.SUCCEEDED)
    assert Article.objects.count() == 7


def test_a_redelivered_chunk_writes_nothing_twice(tmp_path):
    job = services.import_job_create(sources=[{"kind": "path", "value": str(write_articles(tmp_path, 3))}])
    claims = Claim.objects.count()
    item_ids = list(job.items.values_list("pk", flat=True))
    services.import_chunk_process(job_id=job.pk, item_ids=item_ids)
    tasks.import_job_run_task.delay(job.pk)
    job.refresh_from_db()
    assert (Article.objects.count(), Claim.objects.count()) == (3, claims)
    assert (job.imported_count, job.duplicate_count) == (3, 0)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("same_item", [False, True], ids=["two-copies", "one-item-delivered-twice"])
def test_two_workers_racing_on_one_article_store_it_once(same_item):
    """Both deliveries pass the pending check and extract at once; the database lets one insert win."""
    job = ImportJob.objects.create(planned_at="2026-01-01T00:00Z", total_items=2)
    payload = ArticleRecord(title="Same", text="The mayor said 12 people died in the flood.").to_payload()
    items = [
        ImportItem.objects.create(job=job, position=p, name=f"copy {p}", payload=payload) for p in range(2)
    ]
    targets = [items[0].pk, items[0].pk] if same_item else [item.pk for item in items]
    barrier = threading.Barrier(2)
    real_prepare = services.prepare_article
    errors = []

    def prepare(record):
        prepared = real_prepare(record)
        barrier.wait(timeout=10)
        return prepared

    def work(item_id):
        try:
            services.import_item_process(item_id=item_id)
        except Exception as error:  # surfaced below
            errors.append(error)
        finally:
            connection.close()

    with mock.patch.object(services, "prepare_article", prepare):
        threads = [threading.Thread(target=work, args=(item_id,)) for item_id in targets]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert not errors
    assert Article.objects.count() == 1
    statuses = list(ImportItem.objects.order_by("position").values_list("status", flat=True))
    job.refresh_from_db()
    if same_item:  # the losing delivery counts nothing: the item was already imported
        assert statuses == [ImportItem.Status.IMPORTED, ImportItem.Status.PENDING]
        assert (job.imported_count, job.duplicate_count) == (1, 0)
    else:
        assert sorted(statuses) == [ImportItem.Status.DUPLICATE, ImportItem.Status.IMPORTED]
        assert (job.imported_count, job.duplicate_count) == (1, 1)


def test_unexpected_error_fails_the_item_not_the_batch(tmp_path):
    folder = write_articles(tmp_path, 2)
    real = services.prepare_article

    def flaky(record):
        if "Story 1" in record.title:
            raise KeyError("boom")
        return real(record)

    with mock.patch.object(services, "prepare_article", flaky):
        job = services.import_job_create(sources=[{"kind": "path", "value": str(folder)}])
    job.refresh_from_db()
    assert (job.status, job.imported_count, job.failed_count) == (ImportJob.Status.PARTIALLY_FAILED, 1, 1)
    assert job.errors[0]["reason"] == "Internal error while reading the article (KeyError)."


@pytest.mark.django_db(transaction=True)
def test_broker_down_fails_the_job_with_the_reason_and_writes_nothing(seed_dir, broker_down):
    with pytest.raises(services.ImportQueueUnavailable) as raised:
        services.import_job_create(sources=[{"kind": "path", "value": str(seed_dir)}])
    job = ImportJob.objects.get()
    assert raised.value.job.pk == job.pk
    assert job.status == ImportJob.Status.FAILED
    assert "task queue is unreachable" in job.failure_reason and "Connection refused" in job.failure_reason
    assert job.finished_at is not None
    assert (job.items.count(), Article.objects.count()) == (0, 0)


@pytest.mark.django_db(transaction=True)
def test_command_explains_broker_down_and_retry_runs_the_job(seed_dir, broker_down, capsys):
    with pytest.raises(
        CommandError, match=r"could not be queued: The task queue is unreachable.*--retry \d+"
    ):
        call_command("import_articles", str(seed_dir))
    job = ImportJob.objects.get()
    celery_app.conf.task_always_eager = True  # the broker is back
    call_command("import_articles", "--retry", str(job.pk), "--wait")
    out = capsys.readouterr().out
    assert f"Import job #{job.pk} queued again." in out
    assert "100%" in out and "succeeded: 1 imported" in out
    job.refresh_from_db()
    assert (job.status, job.failure_reason, Article.objects.count()) == (ImportJob.Status.SUCCEEDED, "", 1)


def test_retry_refetches_failed_urls_but_not_bad_files(tmp_path, local_site):
    (tmp_path / "empty.txt").write_bytes(b"")
    url = local_site.url("/articles/5")
    unreachable = services.FetchError("The site answered 503.")
    with mock.patch("factcheck.imports.services.fetch", side_effect=unreachable):
        job = services.import_job_create(
            sources=[{"kind": "url", "value": url}, {"kind": "path", "value": str(tmp_path / "empty.txt")}]
        )
    job.refresh_from_db()
    assert (job.status, job.failed_count) == (ImportJob.Status.FAILED, 2)
    services.import_job_retry(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.imported_count, job.failed_count) == (ImportJob.Status.PARTIALLY_FAILED, 1, 1)
    assert job.errors == [{"item": str(tmp_path / "empty.txt"), "reason": "The file is empty."}]
    with pytest.raises(ValueError, match="nothing to retry"):
        services.import_job_retry(
            job_id=services.import_job_create(sources=[{"kind": "url", "value": url}]).pk
        )


def test_command_accepts_urls_and_rejects_nonsense(local_site, capsys):
    call_command("import_articles", local_site.url("/articles/8"), "--wait")
    assert Article.objects.get().title == "Evacuation update 8"
    with pytest.raises(CommandError, match="either sources"):
        call_command("import_articles")
    with pytest.raises(CommandError, match="no import job #999"):
        call_command("import_articles", "--retry", "999")


def test_uploaded_file_is_stored_in_the_database_in_chunks_and_read_by_the_worker(
    settings, tmp_path, monkeypatch
):
    """No disk is shared by web and workers: the upload travels through the database, chunk by chunk."""
    from factcheck.imports.models import ImportUpload, ImportUploadChunk

    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setattr(services, "UPLOAD_CHUNK_BYTES", 50)
    text = article_text(42).encode()
    source = services.import_upload_store(file=ContentFile(text, name="../../story.txt"))
    assert source["name"] == "story.txt" and source["value"].startswith("db:")
    upload = ImportUpload.objects.get()
    assert (upload.name, upload.size, upload.chunks.count()) == ("story.txt", len(text), -(-len(text) // 50))
    assert not (tmp_path / "media").exists()  # nothing on the web server's disk
    job = services.import_job_create(sources=[source])
    job.refresh_from_db()
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 1)
    assert job.items.get().name == "story.txt"
    assert job.articles.get().body == text.decode().split("\n\n", 1)[1].strip()
    # read into the job's items once planned, the upload is not kept
    assert not ImportUpload.objects.exists() and not ImportUploadChunk.objects.exists()


def test_an_upload_over_the_limit_is_refused_and_nothing_is_kept(settings):
    from factcheck.imports.models import ImportUpload

    settings.FACTCHECK_MAX_UPLOAD_BYTES = 10
    unsized = ContentFile(b"x" * 11, name="big.txt")
    unsized.size = None  # a stream that does not say its size
    with pytest.raises(ValueError, match="over the 10-byte limit"):
        services.import_upload_store(file=unsized)
    assert not ImportUpload.objects.exists()


def test_an_upload_is_kept_until_the_plan_is_stored(settings, tmp_path, broker_down):
    """A job that could not be queued (or planned) still needs its file for the retry."""
    from factcheck.imports.models import ImportUpload

    source = services.import_upload_store(file=ContentFile(article_text(7).encode(), name="story.txt"))
    with pytest.raises(services.ImportQueueUnavailable):
        services.import_job_create(sources=[source])
    assert ImportUpload.objects.filter(pk=int(source["value"].removeprefix("db:"))).exists()


def test_an_upload_stored_on_disk_by_an_earlier_release_is_still_read(settings, tmp_path):
    from django.core.files.storage import default_storage

    settings.MEDIA_ROOT = tmp_path / "media"
    stored = default_storage.save("imports/0123/story.txt", ContentFile(article_text(3).encode()))
    job = services.import_job_create(sources=[{"kind": "upload", "value": stored, "name": "story.txt"}])
    job.refresh_from_db()
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 1)
    assert not (tmp_path / "media" / stored).exists()


def test_missing_upload_is_explained(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    job = services.import_job_create(
        sources=[
            {"kind": "upload", "value": "imports/gone/x.txt", "name": "x.txt"},
            {"kind": "upload", "value": "db:999999", "name": "y.txt"},
        ]
    )
    job.refresh_from_db()
    assert job.errors == [
        {"item": "x.txt", "reason": "The uploaded file is no longer stored; upload it again."},
        {"item": "y.txt", "reason": "The uploaded file is no longer stored; upload it again."},
    ]


def test_resume_resends_only_unfinished_jobs_a_worker_had_started(tmp_path):
    done = services.import_job_create(sources=[{"kind": "path", "value": str(write_articles(tmp_path, 1))}])
    stuck = ImportJob.objects.create(sources=done.sources, status=ImportJob.Status.RUNNING)
    ImportJob.objects.create(sources=done.sources, status=ImportJob.Status.QUEUED)  # its message is queued
    with mock.patch.object(tasks.import_job_run_task, "delay") as delay:
        assert services.import_jobs_resume() == 1
    delay.assert_called_once_with(stuck.pk)


def test_a_starting_worker_does_not_resume_the_jobs_it_has_begun_itself(tmp_path, monkeypatch):
    """``make run`` queues the seed import, then its worker starts: it began job 1, then "resumed" it
    too. A job another worker start ran (one that died) is still resumed."""
    monkeypatch.setenv(tasks.WORKER_START_ENV, "host:2:200")
    left_behind = ImportJob.objects.create(sources=[], status=ImportJob.Status.RUNNING, run_by="host:1:100")
    begun_here = ImportJob.objects.create(sources=[], status=ImportJob.Status.QUEUED)
    with (
        mock.patch.object(services, "import_job_plan"),
        mock.patch.object(services, "import_job_finish_if_done"),
    ):
        tasks.import_job_run_task.run(begun_here.pk)
    begun_here.refresh_from_db()
    assert (begun_here.status, begun_here.run_by) == (ImportJob.Status.RUNNING, "host:2:200")
    with mock.patch.object(tasks.import_job_run_task, "delay") as delay:
        tasks.import_jobs_resume_task.run()
    delay.assert_called_once_with(left_behind.pk)


def test_each_worker_start_has_its_own_name(monkeypatch):
    monkeypatch.delenv(tasks.WORKER_START_ENV, raising=False)
    assert tasks.worker_start() == ""
    tasks._name_this_worker_start()
    first = tasks.worker_start()
    tasks._name_this_worker_start()
    assert first and tasks.worker_start() not in ("", first)


def test_sources_are_checked():
    with pytest.raises(ValueError, match="Nothing to import"):
        services.import_job_create(sources=[])
    with pytest.raises(ValueError, match="Unsupported import source"):
        services.import_job_create(sources=[{"kind": "ftp", "value": "x"}])
    assert not ImportJob.objects.exists()


def test_a_plan_that_crashes_fails_the_job_with_the_reason(tmp_path):
    with mock.patch.object(services, "read_path", side_effect=PermissionError("Permission denied: '/srv/x'")):
        job = services.import_job_create(sources=[{"kind": "path", "value": str(tmp_path)}])
    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert (
        job.failure_reason == "The sources could not be read (PermissionError: Permission denied: '/srv/x')."
    )
    assert job.finished_at is not None


@pytest.mark.django_db(transaction=True)
def test_job_is_sent_only_once_its_row_is_committed(seed_dir):
    from django.db import transaction

    with mock.patch.object(tasks.import_job_run_task, "delay") as delay:
        with transaction.atomic():
            job = services.import_job_create(sources=[{"kind": "path", "value": str(seed_dir)}])
            delay.assert_not_called()
        delay.assert_called_once_with(job.pk)


def test_a_late_second_plan_never_adds_to_a_completed_plan(tmp_path):
    folder = write_articles(tmp_path, 2)
    job = ImportJob.objects.create(sources=[{"kind": "path", "value": str(folder)}])
    stale = ImportJob.objects.get(pk=job.pk)  # a second delivery read the job before the plan completed
    services.import_job_plan(job=job)
    (folder / "a999.txt").write_text(article_text(999))  # the folder changed in between
    services.import_job_plan(job=stale)
    job.refresh_from_db()
    assert (job.items.count(), job.total_items) == (2, 2)


@pytest.mark.django_db(transaction=True)
def test_a_transport_error_the_broker_lets_through_unwrapped_fails_the_job_too(seed_dir):
    """redis-py's own ConnectionError (not kombu's OperationalError) still means "not queued"."""
    import redis

    reset = redis.exceptions.ConnectionError("Connection reset")
    with (
        unreachable_broker(),
        mock.patch.object(tasks.import_job_run_task, "delay", side_effect=reset),
        pytest.raises(services.ImportQueueUnavailable),
    ):
        services.import_job_create(sources=[{"kind": "path", "value": str(seed_dir)}])
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED
    assert "The task queue is unreachable (Connection reset)" in job.failure_reason


def test_broker_errors_are_the_transports_but_never_a_plain_bug():
    """Whatever the broker (kombu's Redis transport lists ``KeyError`` among its connection errors)."""
    errors = services.broker_errors()
    assert issubclass(ConnectionResetError, errors) and not issubclass(KeyError, errors)
    assert not any(issubclass(error, (KeyError, ValueError, TypeError)) for error in errors)


@pytest.mark.django_db(transaction=True)
def test_an_error_that_is_not_the_brokers_is_not_called_an_outage(seed_dir):
    with (
        mock.patch.object(tasks.import_job_run_task, "delay", side_effect=KeyError("bug")),
        pytest.raises(KeyError),
    ):
        services.import_job_create(sources=[{"kind": "path", "value": str(seed_dir)}])
