"""``/api/v1/imports/``: start a job by upload, URL list or JSON articles (202 + job URL), follow it."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from factcheck.models import Article, ImportJob
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/imports/"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def importer(**extra):
    user = UserFactory(**extra)
    user.user_permissions.add(Permission.objects.get(codename="add_importjob"))
    return user


@pytest.fixture
def client() -> APIClient:
    api = APIClient()
    api.force_authenticate(importer())
    return api


def test_json_articles_start_a_job_and_get_shows_its_result(client):
    articles = [
        {
            "title": "One",
            "text": "The mayor said 12 people died.",
            "source": "Wire",
            "published": "2016-09-29",
        },
        {"title": "No text"},
    ]
    response = client.post(URL, {"articles": articles}, format="json")
    assert response.status_code == 202, response.content
    job = ImportJob.objects.get()
    assert response.data["url"] == f"http://testserver/api/v1/imports/{job.pk}/"
    assert response["Location"] == response.data["url"]
    # a plain str: WSGI servers (runserver's wsgiref) refuse a str subclass such as DRF's Hyperlink
    assert type(response.headers["Location"]) is str
    detail = client.get(response.data["url"]).data
    assert detail["status"] == "partially_failed"
    assert (detail["total_items"], detail["imported_count"], detail["failed_count"]) == (2, 1, 1)
    assert detail["progress_percent"] == 100
    assert detail["errors"] == [
        {
            "item": "articles.json [article 2]",
            "reason": 'Missing required field: "text" or "html" must hold the article.',
        }
    ]
    assert detail["sources"] == [{"kind": "upload", "value": "articles.json"}]
    assert Article.objects.get().source_name == "Wire"


def test_zip_upload_imports_every_member(client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "A\n\nThe army said 30 soldiers were wounded.")
        archive.writestr("b.md", "B\n\nThe agency said 1,200 people fled.")
    upload = SimpleUploadedFile("batch.zip", buffer.getvalue(), content_type="application/zip")
    response = client.post(URL, {"file": upload}, format="multipart")
    assert response.status_code == 202, response.content
    detail = client.get(response.data["url"]).data
    assert (detail["status"], detail["imported_count"]) == ("succeeded", 2)
    assert sorted(Article.objects.values_list("title", flat=True)) == ["A", "B"]


def test_url_list_is_fetched(client, local_site):
    response = client.post(
        URL, {"urls": [local_site.url("/articles/4"), local_site.url("/missing")]}, format="json"
    )
    assert response.status_code == 202
    detail = client.get(response.data["url"]).data
    assert (detail["imported_count"], detail["failed_count"]) == (1, 1)
    assert detail["errors"][0]["reason"] == "The site answered 404 Not Found."


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, 'Send a "file", a list of "urls" or a list of "articles".'),
        ({"urls": ["ftp://example.org/x"]}, "Only http and https addresses can be imported"),
        ({"urls": ["not a url"]}, "Enter a valid URL."),
    ],
)
def test_bad_requests_get_a_clear_400(client, body, message):
    response = client.post(URL, body, format="json")
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert not ImportJob.objects.exists()


def test_upload_over_the_limit_is_refused(client, settings):
    settings.FACTCHECK_MAX_UPLOAD_BYTES = 10
    response = client.post(URL, {"file": SimpleUploadedFile("a.txt", b"x" * 11)}, format="multipart")
    assert response.status_code == 400
    assert "over the 10-byte limit" in response.content.decode()


def test_starting_imports_needs_the_permission():
    api = APIClient()
    assert api.post(URL, {"urls": ["https://example.org/"]}, format="json").status_code in (401, 403)
    api.force_authenticate(UserFactory())
    assert api.post(URL, {"urls": ["https://example.org/"]}, format="json").status_code == 403
    assert not ImportJob.objects.exists()


def test_users_see_their_own_jobs_only(client):
    other = ImportJob.objects.create(sources=[], created_by=UserFactory())
    assert client.get(f"{URL}{other.pk}/").status_code == 404
    assert client.get(URL).data["results"] == []


@pytest.mark.django_db(transaction=True)
def test_broker_down_answers_503_and_marks_the_job_failed(client, monkeypatch):
    from factcheck.imports import tasks

    def refuse(*args, **kwargs):
        from kombu.exceptions import OperationalError

        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(tasks.import_job_run_task, "delay", refuse)
    response = client.post(URL, {"articles": [{"text": "The mayor said 12 people died."}]}, format="json")
    assert response.status_code == 503
    assert "task queue is unreachable" in response.content.decode()
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED
    assert (job.items.count(), Article.objects.count()) == (0, 0)


def test_job_list_query_count_is_constant(django_assert_num_queries, settings):
    user = importer(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_importjob"))
    api = APIClient()
    api.force_authenticate(user)
    ImportJob.objects.create(sources=[{"kind": "url", "value": "https://a.example/"}], created_by=user)
    api.get(URL)  # warm the user's permission cache
    with django_assert_num_queries(1):
        assert len(api.get(URL).data["results"]) == 1
    for _ in range(5):
        ImportJob.objects.create(sources=[], created_by=UserFactory())
    with django_assert_num_queries(1):
        assert len(api.get(URL).data["results"]) == 6
