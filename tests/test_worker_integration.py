"""Through a real ``celery worker`` process, on the configured broker and database."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from factcheck.models import Article, ImportJob

pytestmark = pytest.mark.worker


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
