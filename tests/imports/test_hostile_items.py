"""Per-item failures stay per item; what cannot be stored is removed with a note; no text is lost.

* NUL characters and lone surrogates (PostgreSQL refuses both) are removed or replaced before storage,
  and the item says so;
* JSON nests at most ``FACTCHECK_MAX_JSON_DEPTH`` levels: a deeper file or line fails alone;
* any unexpected error while reading one item fails that item with its reason, never the job;
* titles and sources come from explicit fields (or a plain-text file's first and last lines): body
  text keeps every line, even one that looks like metadata;
* URLs with control characters are refused, each in its own item.
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from django.urls import reverse

from factcheck.imports import parsers
from factcheck.imports.services import import_job_create
from factcheck.models import Article, ImportItem, ImportJob
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

GOOD = "Good\n\nRebels said they seized more than 20 villages."


def run_import(path) -> ImportJob:
    job = import_job_create(sources=[{"kind": "path", "value": str(path)}])
    job.refresh_from_db()
    return job


def items(job: ImportJob) -> dict[str, ImportItem]:
    return {item.name.rsplit("/", 1)[-1]: item for item in job.items.all()}


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- what the database cannot store ---------------------------------------------------------------


def test_a_nul_byte_in_a_text_file_in_a_zip_is_removed_with_a_note(tmp_path):
    text = b"Flood\n\nThe mayor said 12 people\x00 died in the flood on Monday."
    (tmp_path / "batch.zip").write_bytes(zip_of({"nul.txt": text, "good.txt": GOOD.encode()}))
    job = run_import(tmp_path / "batch.zip")
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 2)
    item = items(job)["batch.zip!nul.txt"]
    assert item.article.body == "The mayor said 12 people died in the flood on Monday."
    assert item.notes == ["Removed 1 NUL character (1 in the text)."]
    assert items(job)["batch.zip!good.txt"].notes == []


def test_nul_escapes_in_json_text_are_removed_with_a_note(tmp_path):
    articles = [
        {
            "title": "Nul\u0000 title",
            "text": "The mayor said 12\u0000 people died.\u0000",
            "author": "A\u0000B",
        },
        {"title": "Clean", "text": "The council said 40 roads were closed."},
    ]
    (tmp_path / "a.json").write_text(json.dumps(articles))
    job = run_import(tmp_path / "a.json")
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 2)
    first = job.items.get(position=0)
    assert (first.article.title, first.article.body, first.article.author) == (
        "Nul title",
        "The mayor said 12 people died.",
        "AB",
    )
    assert first.notes == ["Removed 4 NUL characters (1 in the title, 2 in the text, 1 in the author)."]
    assert job.items.get(position=1).notes == []


def test_a_lone_surrogate_in_a_jsonl_line_is_replaced_with_a_note(tmp_path):
    lines = [
        '{"title": "Broken \\ud800 pair", "text": "Officials said 300 homes \\udfff burned."}',
        '{"title": "Emoji", "text": "Officials said 5 \\ud83d\\ude00 dogs were saved."}',  # a valid pair
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines))
    job = run_import(tmp_path / "a.jsonl")
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 2)
    first, second = job.items.order_by("position")
    assert first.article.title == "Broken \ufffd pair"
    assert first.article.body == "Officials said 300 homes \ufffd burned."
    assert first.notes == [
        "Replaced 2 lone surrogates (not a character; invalid Unicode) with U+FFFD "
        "(1 in the title, 1 in the text)."
    ]
    assert second.article.body == "Officials said 5 \U0001f600 dogs were saved."
    assert second.notes == []


def test_a_nul_byte_in_a_csv_row_is_removed_with_a_note(tmp_path):
    (tmp_path / "rows.csv").write_bytes(
        b"title,text\nOne,The mayor said 12 people\x00 died.\nTwo,The council said 40 roads closed.\n"
    )
    job = run_import(tmp_path / "rows.csv")
    assert (job.status, job.imported_count) == (ImportJob.Status.SUCCEEDED, 2)
    first = job.items.get(position=0)
    assert first.article.body == "The mayor said 12 people died."
    assert first.notes == ["Removed 1 NUL character (1 in the text)."]


# --- bounded JSON, and surprises that fail one item only ------------------------------------------


def test_json_nested_too_deep_fails_alone(tmp_path):
    depth = 100_000
    (tmp_path / "deep.json").write_text("[" * depth + "]" * depth)
    deep_line = json.dumps({"title": "x", "text": "y"})[:-1] + ', "extra": ' + "[" * 500 + "]" * 500 + "}"
    good_line = json.dumps({"title": "Fine", "text": "The council said 40 roads were closed."})
    (tmp_path / "lines.jsonl").write_text(f"{deep_line}\n{good_line}\n")
    (tmp_path / "good.txt").write_text(GOOD)
    job = run_import(tmp_path)
    assert (job.status, job.imported_count, job.failed_count) == (ImportJob.Status.PARTIALLY_FAILED, 2, 2)
    reasons = dict(job.items.filter(status=ImportItem.Status.FAILED).values_list("name", "error"))
    assert reasons == {
        str(tmp_path / "deep.json"): "The JSON is nested deeper than 100 levels; refused.",
        f"{tmp_path / 'lines.jsonl'} [line 1]": "The JSON is nested deeper than 100 levels; refused.",
    }


def test_the_json_depth_limit_is_a_setting(tmp_path, settings):
    settings.FACTCHECK_MAX_JSON_DEPTH = 3
    (tmp_path / "a.json").write_text(json.dumps({"articles": [{"title": "x", "text": "y", "tags": [["z"]]}]}))
    job = run_import(tmp_path / "a.json")
    assert job.items.get().error == "The JSON is nested deeper than 3 levels; refused."


def test_a_number_too_long_to_read_fails_its_line_only(tmp_path):
    huge = "1" * 5000  # over Python's 4,300-digit limit for reading integers
    good = json.dumps({"title": "Fine", "text": "The council said 40 roads were closed."})
    (tmp_path / "a.jsonl").write_text(f'{{"title": "x", "text": "y", "n": {huge}}}\n{good}\n')
    job = run_import(tmp_path / "a.jsonl")
    assert (job.imported_count, job.failed_count) == (1, 1)
    assert job.items.get(position=0).error.startswith("Not valid JSON (Exceeds the limit (4300 digits)")


def test_an_unexpected_error_in_one_article_fails_that_article_only(tmp_path, monkeypatch):
    real = parsers.parse_published

    def buggy(value, **kwargs):
        if value == "2016-09-31":
            raise KeyError("surprise")
        return real(value, **kwargs)

    monkeypatch.setattr(parsers, "parse_published", buggy)
    articles = [
        {"title": "Bad", "text": "The mayor said 12 people died.", "published": "2016-09-31"},
        {"title": "Good", "text": "The council said 40 roads were closed.", "published": "2016-09-30"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(articles))
    (tmp_path / "b.txt").write_text(GOOD)
    job = run_import(tmp_path)
    assert (job.status, job.imported_count, job.failed_count) == (ImportJob.Status.PARTIALLY_FAILED, 2, 1)
    assert job.items.get(status=ImportItem.Status.FAILED).error == (
        "Could not be read: unexpected KeyError ('surprise')."
    )


def test_an_unexpected_error_reading_a_whole_file_fails_that_file_only(tmp_path, monkeypatch):
    def buggy(item):
        raise MemoryError("pretend")

    monkeypatch.setattr(parsers, "parse_plain_text", buggy)
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.jsonl").write_text(json.dumps({"title": "Fine", "text": "The council said 40 roads."}))
    job = run_import(tmp_path)
    assert (job.status, job.imported_count, job.failed_count) == (ImportJob.Status.PARTIALLY_FAILED, 1, 1)
    assert job.items.get(status=ImportItem.Status.FAILED).error == (
        "Could not be read: unexpected MemoryError (pretend)."
    )


def test_a_damaged_compressed_member_fails_alone(tmp_path):
    data = bytearray(zip_of({"a.txt": (GOOD + " More text. " * 200).encode(), "b.txt": GOOD.encode() + b"!"}))
    start = data.index(b"a.txt") + len("a.txt")
    for offset in range(start + 20, start + 60):  # scramble the middle of a.txt's deflate stream
        data[offset] ^= 0x5A
    (tmp_path / "damaged.zip").write_bytes(bytes(data))
    job = run_import(tmp_path / "damaged.zip")
    assert (job.imported_count, job.failed_count) == (1, 1)
    assert "the archive is damaged" in items(job)["damaged.zip!a.txt"].error


# --- no text lost to lines that look like metadata -------------------------------------------------

LEDE = "LEDE: the governor said 300 homes burned."


def test_a_first_paragraph_is_never_taken_out_of_json_text(tmp_path):
    articles = [{"title": "Fire", "text": f"{LEDE}\n\nThe fire spread to 12 more villages overnight."}]
    (tmp_path / "a.json").write_text(json.dumps(articles))
    run_import(tmp_path / "a.json")
    article = Article.objects.get()
    assert article.title == "Fire"
    assert article.body.startswith(LEDE)
    assert article.claims.filter(text=LEDE, quantities__value=300).exists()


def test_a_plain_text_file_keeps_a_first_line_that_is_a_sentence(tmp_path):
    (tmp_path / "lede.txt").write_text(f"{LEDE}\n\nThe fire spread to 12 more villages overnight.")
    run_import(tmp_path / "lede.txt")
    article = Article.objects.get()
    assert article.body.startswith(LEDE)
    assert article.title == LEDE


def test_a_plain_text_file_still_has_its_headline_and_source_lines(tmp_path):
    (tmp_path / "story.txt").write_text(
        "Fire sweeps valley\n\nThe governor said 300 homes burned.\n\nSource: Reuters and ARA News\n"
    )
    run_import(tmp_path / "story.txt")
    article = Article.objects.get()
    assert (article.title, article.source_name) == ("Fire sweeps valley", "Reuters and ARA News")
    assert article.body == "The governor said 300 homes burned.\n\nSource: Reuters and ARA News"


@pytest.mark.parametrize("with_source_field", [True, False])
def test_source_lines_stay_in_json_and_csv_text(tmp_path, with_source_field):
    text = (
        "Source: the health ministry said 40 schools closed.\nThe mayor said 12 people died.\nSource: Reuters"
    )
    article = {"title": "Schools", "text": text, **({"source": "Wire"} if with_source_field else {})}
    (tmp_path / "a.json").write_text(json.dumps([article]))
    header = "title,text,source\n" if with_source_field else "title,text\n"
    row = f'Schools CSV,"{text} (CSV copy)"' + (",Wire\n" if with_source_field else "\n")
    (tmp_path / "b.csv").write_text(header + row)
    job = run_import(tmp_path)
    assert job.imported_count == 2
    for stored in Article.objects.all():
        assert stored.body.startswith(text)
        assert stored.source_name == ("Wire" if with_source_field else "")
        assert stored.claims.filter(text__startswith="Source: the health ministry said 40").exists()


# --- URLs with control characters -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "character"),
    [
        ("https://example.org/a\r\nX-Injected: 1", "U+000D"),
        ("https://example.org/a\nb", "U+000A"),
        ("https://example.org/\x01a", "U+0001"),
        ("https://example.org/a\x7f", "U+007F"),
        ("https://example.org/\x85a", "U+0085"),
        ("https://exa\tmple.org/", "U+0009"),
        ("https://example.org/\x00a", "U+0000"),
    ],
)
def test_urls_with_control_characters_are_refused_per_item(tmp_path, url, character):
    articles = [
        {"title": "Bad URL", "text": "The mayor said 12 people died.", "url": url},
        {"title": "Fine", "text": "The council said 40 roads were closed.", "url": "https://example.org/ok"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(articles))
    (tmp_path / "b.csv").write_text(
        "title,text,url\n" + f'Bad CSV URL,The mayor said 13 people died.,"{url}"\n'
    )
    job = run_import(tmp_path)
    assert (job.imported_count, job.failed_count) == (1, 2)
    for item in job.items.filter(status=ImportItem.Status.FAILED):
        assert f"contains a control character ({character}); refused." in item.error, item.error
        assert "\r" not in item.error and "\n" not in item.error


def test_a_url_list_entry_with_a_control_character_fails_alone(local_site):
    bad = local_site.url("/articles/1") + "\r\nX-Injected: 1"
    job = import_job_create(
        sources=[{"kind": "url", "value": bad}, {"kind": "url", "value": local_site.url("/articles/2")}]
    )
    job.refresh_from_db()
    assert (job.imported_count, job.failed_count) == (1, 1)
    failed = job.items.get(status=ImportItem.Status.FAILED)
    assert failed.name.endswith("/articles/1\\x0d\\x0aX-Injected: 1")
    assert "contains a control character (U+000D)" in failed.error


def test_the_api_and_the_admin_refuse_urls_with_control_characters(client, settings, tmp_path):
    from rest_framework.test import APIClient

    settings.MEDIA_ROOT = tmp_path
    user = UserFactory(is_staff=True, is_superuser=True)
    api = APIClient()
    api.force_authenticate(user)
    response = api.post(
        "/api/v1/imports/", {"urls": ["https://example.org/ok", "https://example.org/a\r\nb"]}, format="json"
    )
    assert response.status_code == 400
    message = response.json()["detail"]
    assert "urls[1] contains a control character (U+000D)" in message
    client.force_login(user)
    page = client.post(
        reverse("admin:factcheck_importjob_import"),
        {"urls": "https://example.org/ok\nhttps://example.org/\x01a"},
    )
    assert page.status_code == 200
    assert "This URL contains a control character (U+0001)" in page.content.decode()
    assert not ImportJob.objects.exists()


def test_articles_posted_to_the_api_with_nul_and_lone_surrogates_import_with_notes(settings, tmp_path):
    from rest_framework.test import APIClient

    settings.MEDIA_ROOT = tmp_path
    api = APIClient()
    api.force_authenticate(UserFactory(is_superuser=True))
    body = '{"articles": [{"title": "Posted \\ud800", "text": "The mayor said 12\\u0000 people died."}]}'
    response = api.post("/api/v1/imports/", body, content_type="application/json")
    assert response.status_code == 202, response.content
    item = ImportItem.objects.get()
    assert (item.article.title, item.article.body) == ("Posted \ufffd", "The mayor said 12 people died.")
    assert item.notes == [
        "Removed 1 NUL character (1 in the text).",
        "Replaced 1 lone surrogate (not a character; invalid Unicode) with U+FFFD (1 in the title).",
    ]
