"""A file's import previewed before it runs: a fact-checker's CSV shows which column is the claim, the rating
and the date, and which are kept as extra fields; the admin shows every new CSV first and imports the very
file it showed; the API previews without storing anything."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from factcheck.imports import preview, services
from factcheck.imports.models import ImportUpload
from factcheck.imports.preview import import_preview, preview_token, source_from_token
from factcheck.models import Article, FactCheck, ImportJob
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CHECKS_CSV = (
    b"Statement,Who,Verdict,Link,Date,Desk\n"
    b"250000 people live under siege,Jane Doe,Mostly true,https://checks.example.org/1,2026-03-01,Gaza\n"
    b"Rebels seized 20 villages,,False,https://checks.example.org/2,2026-03-02,Syria\n"
    b"No rating here,John Roe,,https://checks.example.org/3,2026-03-03,Syria\n"
)
IMPORT = "admin:factcheck_importjob_import"


def test_a_fact_checkers_csv_shows_its_mapping_extra_columns_and_first_rows():
    (file,) = import_preview(file=io.BytesIO(CHECKS_CSV), name="checks.csv")
    assert file.kind == "fact-checks" and not file.error
    assert file.columns == [
        ("claim", "Statement"),
        ("claimant", "Who"),
        ("rating", "Verdict"),
        ("url", "Link"),
        ("review_date", "Date"),
    ]
    assert (
        file.extra_columns == ["Desk"] and file.extra_meaning == "kept with each fact-check as extra fields"
    )
    first, second, third = file.rows
    assert first.kind == "fact-check" and first.fields["claimant"] == "Jane Doe"
    assert first.fields["date"] == "2026-03-01" and first.fields["extra"] == "Desk: Gaza"
    assert second.fields["rating"] == "False"
    assert third.kind == "error" and "needs a claim and a rating" in third.fields["error"]


def test_an_articles_csv_names_the_columns_it_leaves_out():
    data = b"title,text,notes\nFlood,The mayor said 12 people died.,internal\n"
    (file,) = import_preview(file=io.BytesIO(data), name="articles.csv")
    assert file.kind == "articles" and file.columns == [("title", "title"), ("text", "text")]
    assert file.extra_columns == ["notes"] and file.extra_meaning == "not imported"
    assert file.rows[0].fields["title"] == "Flood"


def test_a_csv_that_reads_as_nothing_says_what_it_needs():
    (file,) = import_preview(file=io.BytesIO(b"a,b\n1,2\n"), name="odd.csv")
    assert file.kind == "" and 'needs a "text" or "html" column' in file.error and file.rows == []


def test_a_preview_shows_only_the_first_rows_and_the_first_files_of_an_archive():
    many = b"claim,rating\n" + b"".join(f"Claim {n},False\n".encode() for n in range(50))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(5):
            archive.writestr(f"part{n}.csv", many)
    previews = import_preview(file=io.BytesIO(buffer.getvalue()), name="all.zip")
    assert len(previews) == preview.PREVIEW_FILES
    assert all(len(file.rows) == preview.PREVIEW_ROWS for file in previews)


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_the_admin_shows_a_new_csv_first_and_imports_the_file_it_showed(admin_client):
    upload = SimpleUploadedFile("checks.csv", CHECKS_CSV, content_type="text/csv")
    shown = admin_client.post(reverse(IMPORT), {"file": upload, "urls": ""})

    html = shown.content.decode()
    assert shown.status_code == 200 and "Preview of checks.csv: nothing is imported yet" in html
    assert "<td>claim</td><td>“Statement”</td>" in html and "“Desk”" in html
    assert not ImportJob.objects.exists() and not FactCheck.objects.exists()
    token = shown.context["form"].initial["preview"]

    started = admin_client.post(reverse(IMPORT), {"preview": token, "urls": ""}, follow=True)

    assert "started: 1 source(s)" in started.content.decode()
    job = ImportJob.objects.get()
    assert (job.imported_count, job.failed_count) == (2, 1)
    assert FactCheck.objects.get(claimant="Jane Doe").extra == {"Desk": "Gaza"}
    assert not ImportUpload.objects.exists()  # discarded once planned, so the token cannot import it twice
    again = admin_client.post(reverse(IMPORT), {"preview": token, "urls": ""})
    assert "no longer stored" in again.content.decode() and ImportJob.objects.count() == 1


def test_preview_is_there_for_any_file_and_other_files_start_at_once(admin_client):
    story = b"Story\n\nThe mayor said 12 people died in the flood."
    shown = admin_client.post(
        reverse(IMPORT), {"file": SimpleUploadedFile("story.txt", story), "urls": "", "_preview": "Preview"}
    )
    assert "read as articles" in shown.content.decode() and not ImportJob.objects.exists()
    admin_client.post(
        reverse(IMPORT), {"file": SimpleUploadedFile("other.txt", story + b" Again."), "urls": ""}
    )
    assert ImportJob.objects.count() == 1 and Article.objects.count() == 1


def test_urls_given_with_a_previewed_file_are_kept_for_the_import(admin_client, local_site):
    upload = SimpleUploadedFile("checks.csv", CHECKS_CSV)
    url = local_site.url("/articles/1")
    shown = admin_client.post(reverse(IMPORT), {"file": upload, "urls": url})
    form = shown.context["form"]
    assert form.initial["urls"] == url
    admin_client.post(reverse(IMPORT), {"preview": form.initial["preview"], "urls": url})
    assert ImportJob.objects.get().imported_count == 3


def test_a_preview_token_is_good_for_its_uploader_only_and_for_a_day():
    owner, other = UserFactory(), UserFactory()
    source = services.import_upload_store(file=SimpleUploadedFile("checks.csv", CHECKS_CSV))
    token = preview_token(source=source, user=owner)
    assert source_from_token(token=token, user=owner) == source
    with pytest.raises(ValueError, match="could not be read"):
        source_from_token(token=token, user=other)
    with pytest.raises(ValueError, match="could not be read"):
        source_from_token(token=token[:-2] + "xx", user=owner)
    with pytest.raises(ValueError, match="over a day old"):
        _expired(token, owner)


def _expired(token: str, user) -> None:
    from unittest import mock

    later = timezone.now().timestamp() + preview.PREVIEW_KEPT.total_seconds() + 60
    with mock.patch("time.time", return_value=later):
        source_from_token(token=token, user=user)


def test_previewed_uploads_never_imported_are_deleted_after_a_day():
    kept = services.import_upload_store(file=SimpleUploadedFile("fresh.csv", CHECKS_CSV))
    stale = services.import_upload_store(file=SimpleUploadedFile("stale.csv", CHECKS_CSV))
    waiting = services.import_upload_store(file=SimpleUploadedFile("queued.csv", CHECKS_CSV))
    day_ago = timezone.now() - timedelta(days=2)
    ids = {
        source["name"]: int(source["value"].removeprefix(services.DB_UPLOAD))
        for source in (kept, stale, waiting)
    }
    ImportUpload.objects.filter(pk__in=[ids["stale.csv"], ids["queued.csv"]]).update(created_at=day_ago)
    ImportJob.objects.create(sources=[waiting])  # queued, not planned yet: its upload stays

    assert preview.previewed_uploads_discard() == 1
    assert set(ImportUpload.objects.values_list("name", flat=True)) == {"fresh.csv", "queued.csv"}


def test_the_import_sweep_deletes_stale_previews():
    from factcheck.imports.tasks import import_jobs_sweep_task

    source = services.import_upload_store(file=SimpleUploadedFile("stale.csv", CHECKS_CSV))
    ImportUpload.objects.filter(pk=int(source["value"][3:])).update(
        created_at=timezone.now() - timedelta(days=2)
    )
    import_jobs_sweep_task.delay()
    assert not ImportUpload.objects.exists()


def test_the_api_previews_a_file_without_storing_it(client, reviewer):
    client.force_login(UserFactory(is_superuser=True))
    response = client.post(
        reverse("api:import-preview"), {"file": SimpleUploadedFile("checks.csv", CHECKS_CSV)}
    )
    assert response.status_code == 200, response.content
    (file,) = response.json()
    assert file["kind"] == "fact-checks" and file["extra_columns"] == ["Desk"]
    assert file["columns"][0] == {"field": "claim", "column": "Statement"}
    assert file["rows"][0]["values"]["rating"] == "Mostly true" and file["rows"][2]["kind"] == "error"
    assert not ImportUpload.objects.exists() and not ImportJob.objects.exists()
    client.force_login(reviewer)  # may not start imports
    refused = client.post(reverse("api:import-preview"), {"file": SimpleUploadedFile("c.csv", CHECKS_CSV)})
    assert refused.status_code == 403


def test_the_api_preview_needs_a_file(client):
    client.force_login(UserFactory(is_superuser=True))
    response = client.post(reverse("api:import-preview"), {})
    assert response.status_code == 400 and "file" in response.json()["fields"]
