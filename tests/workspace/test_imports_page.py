"""Editors import from the workspace: pasted text, a file, URLs; each job links to its articles and errors."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck.models import Article, ImportItem, ImportJob
from tests.factories import ArticleFactory, ClaimFactory

PASTED = (
    "Aleppo under siege\n\n"
    "About 250,000 people are living under siege in eastern Aleppo, the UN said on Tuesday. "
    "Rebels seized more than 20 villages last week."
)
START = "workspace:import-start"


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_an_editor_imports_a_pasted_article_from_the_workspace(
    editor_client, editor, django_capture_on_commit_callbacks
):
    page = editor_client.get(reverse("workspace:imports")).content.decode()
    assert 'id="new-import"' in page and 'name="text"' in page and 'name="file"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse(START), {"title": "", "text": PASTED, "urls": ""})
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"#job-{job.pk}")
    job.refresh_from_db()
    assert (job.status, job.imported_count, job.created_by) == (ImportJob.Status.SUCCEEDED, 1, editor)
    article = Article.objects.get()
    assert article.title == "Aleppo under siege" and article.import_job == job
    assert article.claims.filter(quantities__value=250000).exists()
    followed = editor_client.get(response["Location"]).content.decode()
    assert f"Import job #{job.pk} started: 1 source." in followed
    assert reverse("workspace:import-job", args=[job.pk]) in followed  # the job links to its articles


def test_the_title_given_wins_and_urls_and_files_go_in_the_same_job(
    editor_client, django_capture_on_commit_callbacks
):
    file = SimpleUploadedFile("story.txt", b"Budget story\n\nThe ministry spent $5bn on roads in 2025.")
    with django_capture_on_commit_callbacks(execute=False):
        editor_client.post(
            reverse(START),
            {"title": "Siege report", "text": PASTED, "file": file, "urls": "https://news.example.org/a\n"},
        )
    (job,) = ImportJob.objects.all()
    kinds = [(source["kind"], source.get("name", "")) for source in job.sources]
    # the file, the pasted article (listed as such), the page
    assert kinds == [("upload", "story.txt"), ("upload", "pasted-article.json"), ("url", "")]
    assert job.sources[2]["value"] == "https://news.example.org/a"


def test_a_new_csv_is_previewed_first_in_the_workspace_too(editor_client, django_capture_on_commit_callbacks):
    csv = b"title,text\nSiege,250000 people live under siege in the city.\n"
    response = editor_client.post(reverse(START), {"file": SimpleUploadedFile("a.csv", csv), "urls": ""})
    assert response.status_code == 200 and not ImportJob.objects.exists()
    html = response.content.decode()
    assert "Preview of a.csv: nothing is imported yet" in html
    token = response.context["form"].initial["preview"]
    with django_capture_on_commit_callbacks(execute=True):
        started = editor_client.post(reverse(START), {"preview": token, "urls": ""})
    assert started.status_code == 302
    assert ImportJob.objects.get().imported_count == 1


def test_bad_input_is_refused_with_its_reason_and_nothing_starts(editor_client):
    empty = editor_client.post(reverse(START), {"text": "   ", "urls": ""})
    assert empty.status_code == 400
    assert "Paste an article, upload a file or give at least one URL." in empty.content.decode()
    bad_url = editor_client.post(reverse(START), {"urls": "ftp://example.org/x"})
    assert (
        bad_url.status_code == 400
        and "Not an http(s) address: ftp://example.org/x" in bad_url.content.decode()
    )
    assert not ImportJob.objects.exists()


def test_reviewers_cannot_import_and_editors_may(client, reviewer, editor):
    client.force_login(reviewer)
    assert client.post(reverse(START), {"text": PASTED}).status_code == 403
    assert editor.has_perm("factcheck.add_importjob") and editor.has_perm("factcheck.add_feed")
    assert not reviewer.has_perm("factcheck.add_importjob")
    assert not ImportJob.objects.exists()


def test_the_job_page_lists_its_articles_and_every_failed_item(editor_client, django_assert_num_queries):
    job = ImportJob.objects.create(status=ImportJob.Status.PARTIALLY_FAILED, total_items=3)
    mine = ArticleFactory(title="Siege of the city", import_job=job)
    ClaimFactory(article=mine)
    ArticleFactory(title="Another job's article")
    ImportItem.objects.create(
        job=job, position=2, name="broken.json", status="failed", error="<b>Not JSON</b>"
    )
    url = reverse("workspace:import-job", args=[job.pk])
    editor_client.get(url)
    with CaptureQueriesContext(connection) as one:
        html = editor_client.get(url).content.decode()
    assert "Siege of the city" in html and "Another job" not in html
    assert reverse("workspace:reader", args=[mine.pk]) in html
    assert "broken.json" in html and "&lt;b&gt;Not JSON&lt;/b&gt;" in html
    for n in range(10):
        ClaimFactory(article=ArticleFactory(title=f"More {n}", import_job=job))
    with django_assert_num_queries(len(one)):
        assert editor_client.get(url).status_code == 200
    assert editor_client.get(reverse("workspace:import-job", args=[job.pk + 99])).status_code == 404


def test_the_job_table_keeps_polling_so_a_job_started_elsewhere_shows_up(editor_client):
    rows = editor_client.get(reverse("workspace:import-rows")).content.decode()
    assert 'hx-trigger="every 10s"' in rows and 'data-polling="false"' in rows
    elsewhere = ImportJob.objects.create(status=ImportJob.Status.RUNNING, total_items=2)
    rows = editor_client.get(reverse("workspace:import-rows")).content.decode()
    assert f'id="job-{elsewhere.pk}"' in rows and 'hx-trigger="every 2s"' in rows


def test_workspace_pages_are_never_cached(editor_client):
    """Back shows the page as the server has it now, not a copy with an old review version."""
    for name in ("workspace:queue", "workspace:imports"):
        cache_control = editor_client.get(reverse(name))["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control
