"""Import jobs end to end, with tasks run in-process (eager); the worker tests cover the real queue."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from factcheck.imports.services import import_job_create
from factcheck.models import Article, Claim, ImportItem, ImportJob

pytestmark = pytest.mark.django_db


def run_import(*paths) -> ImportJob:
    job = import_job_create(sources=[{"kind": "path", "value": str(path)} for path in paths])
    job.refresh_from_db()
    return job


def test_seed_article_imports_with_claims(seed_dir):
    job = run_import(seed_dir)
    assert job.status == ImportJob.Status.SUCCEEDED
    assert (job.total_items, job.imported_count, job.duplicate_count, job.failed_count) == (1, 1, 0, 0)
    article = Article.objects.get()
    assert article.title == "Moscow vows to press Syria offensive; U.S. weighs tough response"
    assert article.source_name == "Reuters and ARA News"
    assert article.import_job == job
    claims = list(article.claims.order_by("index"))
    assert len(claims) > 10
    for claim in claims:
        assert article.body[claim.start : claim.end] == claim.text
    siege = next(c for c in claims if "250,000 people" in c.text)
    quantity = siege.quantities.get(surface__contains="250,000")
    assert (quantity.value, quantity.qualifier, quantity.category) == (250000, "exact", "population")


def test_reimporting_the_same_file_records_a_duplicate_not_a_row(seed_dir):
    run_import(seed_dir)
    claims_before = Claim.objects.count()
    job = run_import(seed_dir)
    assert job.status == ImportJob.Status.SUCCEEDED
    assert (job.imported_count, job.duplicate_count) == (0, 1)
    assert Article.objects.count() == 1
    assert Claim.objects.count() == claims_before
    assert job.items.get().status == ImportItem.Status.DUPLICATE


def test_same_text_rewrapped_is_a_duplicate(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nThe mayor said 12 people died.")
    (tmp_path / "b.txt").write_text("Title\n\nThe  mayor said\n12 people died.\n")
    job = run_import(tmp_path)
    assert (job.imported_count, job.duplicate_count) == (1, 1)


def test_bad_items_are_reported_and_good_ones_still_import(tmp_path):
    (tmp_path / "good.txt").write_text("Good\n\nRebels said they seized more than 20 villages.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary")
    job = run_import(tmp_path, tmp_path / "missing.txt")
    assert job.status == ImportJob.Status.PARTIALLY_FAILED
    assert (job.total_items, job.imported_count, job.failed_count) == (4, 1, 3)
    reasons = {error["item"].rsplit("/", 1)[-1]: error["reason"] for error in job.errors}
    assert reasons == {
        "binary.txt": "The file looks binary, not text.",
        "empty.txt": "The file is empty.",
        "missing.txt": "No such file or folder.",
    }
    assert Article.objects.get().title == "Good"


def test_a_job_of_only_bad_items_fails(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    job = run_import(tmp_path)
    assert job.status == ImportJob.Status.FAILED
    assert job.progress_percent == 100


def test_running_a_finished_job_again_changes_nothing(seed_dir):
    from factcheck.imports.services import import_job_run

    job = run_import(seed_dir)
    import_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.imported_count, job.duplicate_count) == (ImportJob.Status.SUCCEEDED, 1, 0)
    assert Article.objects.count() == 1


def test_import_articles_command_waits_and_reports(seed_dir, capsys):
    call_command("import_articles", str(seed_dir), "--wait")
    out = capsys.readouterr().out
    assert "queued for 1 source(s)" in out
    assert "succeeded: 1 imported, 0 duplicate(s), 0 failed" in out


def test_import_articles_command_fails_when_everything_fails(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError, match="The import failed"):
        call_command("import_articles", str(tmp_path), "--wait")
