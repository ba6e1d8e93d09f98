"""Admin: the "Import articles" form, the job list with progress bars, per-item errors, the Retry action."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from factcheck.models import Article, ImportItem, ImportJob
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:factcheck_importjob_changelist"
IMPORT = "admin:factcheck_importjob_import"


@pytest.fixture
def admin_client(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_import_form_upload_starts_a_job(admin_client):
    page = admin_client.get(reverse(IMPORT))
    assert page.status_code == 200
    assert b'enctype="multipart/form-data"' in page.content
    upload = SimpleUploadedFile("story.txt", b"Story\n\nThe mayor said 12 people died in the flood.")
    response = admin_client.post(reverse(IMPORT), {"file": upload, "urls": ""}, follow=True)
    job = ImportJob.objects.get()
    assert response.redirect_chain[-1][0] == reverse(CHANGELIST)
    assert f"Import job #{job.pk} started: 1 source(s)." in response.content.decode()
    job.refresh_from_db()
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 1)
    assert job.created_by.is_superuser


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"urls": ""}, "Paste an article, upload a file or give at least one URL."),
        (
            {"urls": "https://ok.example/a\nftp://bad.example/b"},
            "Not an http(s) address: ftp://bad.example/b",
        ),
    ],
)
def test_import_form_explains_bad_input(admin_client, data, message):
    response = admin_client.post(reverse(IMPORT), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ImportJob.objects.exists()


def test_import_form_needs_the_add_permission(client):
    client.force_login(UserFactory(is_staff=True))
    assert client.get(reverse(IMPORT)).status_code == 403


def test_job_list_shows_progress_and_the_import_button(admin_client, django_assert_num_queries):
    ImportJob.objects.create(
        status=ImportJob.Status.RUNNING, total_items=4, imported_count=1, duplicate_count=1
    )
    response = admin_client.get(reverse(CHANGELIST))
    html = response.content.decode()
    assert '<progress value="50" max="100"' in html and "50% (2/4)" in html
    assert reverse(IMPORT) in html and "Import articles" in html
    assert 'http-equiv="refresh"' in html  # moves while something runs


def test_job_list_query_count_is_constant(admin_client, django_assert_num_queries):
    user = UserFactory()
    ImportJob.objects.create(created_by=user)
    admin_client.get(reverse(CHANGELIST))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        admin_client.get(reverse(CHANGELIST))
    for _ in range(10):
        ImportJob.objects.create(created_by=UserFactory())
    with django_assert_num_queries(len(one.captured_queries)):
        admin_client.get(reverse(CHANGELIST))


def test_job_page_lists_per_item_errors_escaped(admin_client):
    job = ImportJob.objects.create(status=ImportJob.Status.FAILED, finished_at="2026-01-01T00:00Z")
    ImportItem.objects.create(
        job=job, position=0, name="<script>alert(1)</script>.txt", status="failed", error="The file is empty."
    )
    html = admin_client.get(reverse("admin:factcheck_importjob_change", args=[job.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;.txt</code>: The file is empty." in html
    assert "<script>alert(1)" not in html


def test_retry_action_reruns_a_failed_job(admin_client, seed_dir):
    job = ImportJob.objects.create(
        sources=[{"kind": "path", "value": str(seed_dir)}],
        status=ImportJob.Status.FAILED,
        failure_reason="The task queue is unreachable.",
        finished_at="2026-01-01T00:00Z",
    )
    response = admin_client.post(
        reverse(CHANGELIST), {"action": "retry_jobs", "_selected_action": [job.pk]}, follow=True
    )
    assert f"Import job #{job.pk} queued again." in response.content.decode()
    job.refresh_from_db()
    assert (job.status, job.failure_reason, job.imported_count) == (ImportJob.Status.SUCCEEDED, "", 1)
    assert Article.objects.count() == 1
    # A succeeded job has nothing to retry, and says so.
    response = admin_client.post(
        reverse(CHANGELIST), {"action": "retry_jobs", "_selected_action": [job.pk]}, follow=True
    )
    assert "succeeded; there is nothing to retry" in response.content.decode()
