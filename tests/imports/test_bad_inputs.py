"""Every bad-input case of tests/data/bad_inputs: a readable reason per bad item, every good item imported.

Each case is imported together with ``good.txt`` in one job (tasks run eagerly), so the test
also shows that a bad item never stops the rest of the batch.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from factcheck.imports.services import import_job_create
from factcheck.models import Article, ImportItem, ImportJob

pytestmark = pytest.mark.django_db

BAD_INPUTS = Path(__file__).resolve().parent.parent / "data" / "bad_inputs"
LIMIT = 64 * 1024
GOOD_TITLE = "A good article among bad ones"


def _make_cases_module():
    spec = importlib.util.spec_from_file_location("make_cases", BAD_INPUTS / "make_cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def cases(tmp_path: Path, settings) -> Path:
    settings.FACTCHECK_MAX_ARTICLE_BYTES = LIMIT
    folder = tmp_path / "cases"
    shutil.copytree(BAD_INPUTS, folder, ignore=shutil.ignore_patterns("*.py", "README.md"))
    _make_cases_module().make_cases(folder, oversize=LIMIT + 1000)
    return folder


def run_case(folder: Path, name: str) -> tuple[ImportJob, dict[str, str]]:
    job = import_job_create(
        sources=[
            {"kind": "path", "value": str(folder / name)},
            {"kind": "path", "value": str(folder / "good.txt")},
        ]
    )
    job.refresh_from_db()
    reasons = {
        item.name.replace(str(folder) + "/", ""): item.error
        for item in job.items.filter(status=ImportItem.Status.FAILED)
    }
    return job, reasons


# case file -> ({failed item: words its reason must contain}, titles of the good articles in it)
CASES = {
    "empty.txt": ({"empty.txt": "The file is empty."}, []),
    "whitespace.txt": ({"whitespace.txt": "The file has no text (only white space)."}, []),
    "binary.txt": ({"binary.txt": "looks binary, not text"}, []),
    "too-big.txt": ({"too-big.txt": f"over the {LIMIT:,}-byte limit"}, []),
    "latin1.txt": ({}, ["Réfugiés à Genève"]),
    "utf16-bom.txt": ({}, ["Réfugiés à Genève"]),
    "invalid-utf8.txt": ({"invalid-utf8.txt": "UTF-8 but has invalid bytes at byte"}, []),
    "script.html": ({}, ["Flood toll rises to 12"]),
    "malformed.json": ({"malformed.json": "Not valid JSON"}, []),
    "missing_field.json": (
        {"missing_field.json [article 2]": 'Missing required field: "text" or "html"'},
        ["Good JSON article"],
    ),
    "lines.jsonl": (
        {
            "lines.jsonl [line 2]": "Not valid JSON",
            "lines.jsonl [line 3]": 'Missing required field: "text" or "html"',
            "lines.jsonl [line 4]": "Expected an object with article fields, got list",
        },
        ["First JSONL article", "Second JSONL article"],
    ),
    "rows.csv": (
        {
            "rows.csv [row 3]": "Row has 6 fields; the header has 5.",
            "rows.csv [row 4]": 'Missing required field: "text" or "html"',
            "rows.csv [row 5]": "not a date; use ISO 8601",
        },
        ["First CSV article", "Second CSV article"],
    ),
    "bomb.zip": ({"bomb.zip!bomb.txt": f"over the {LIMIT:,}-byte limit"}, ["Zip neighbour"]),
    "hidden-bomb.zip": ({"hidden-bomb.zip!hidden.txt": "the archive is damaged (Bad CRC-32"}, []),
    "traversal.zip": (
        {
            "traversal.zip!../../evil.txt": "Unsafe path in the archive",
            "traversal.zip!/etc/abs.txt": "Unsafe path in the archive",
            "traversal.zip!inner/nested.zip": "Archives inside archives are not imported.",
        },
        ["Safe member"],
    ),
    "not-a-zip.zip": ({"not-a-zip.zip": "Not a readable zip archive"}, []),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_case(cases: Path, case: str):
    expected_failures, expected_titles = CASES[case]
    job, reasons = run_case(cases, case)
    assert set(reasons) == set(expected_failures), reasons
    for item, words in expected_failures.items():
        assert words in reasons[item], (item, reasons[item])
    titles = set(Article.objects.values_list("title", flat=True))
    assert titles == {GOOD_TITLE, *expected_titles}
    assert job.imported_count == len(titles)
    assert job.failed_count == len(expected_failures)
    assert job.status == (
        ImportJob.Status.PARTIALLY_FAILED if expected_failures else ImportJob.Status.SUCCEEDED
    )
    # The job keeps the reasons for the admin, the API and the command line.
    assert {e["reason"] for e in job.errors} == set(reasons.values())


def test_nothing_escapes_the_archive(cases: Path, tmp_path: Path):
    run_case(cases, "traversal.zip")
    assert not (tmp_path / "evil.txt").exists()
    assert not Article.objects.filter(body__contains="escape").exists()


def test_encodings_are_decoded_not_guessed_wrong(cases: Path):
    run_case(cases, "latin1.txt")
    run_case(cases, "utf16-bom.txt")
    bodies = list(Article.objects.filter(title="Réfugiés à Genève").values_list("body", flat=True))
    assert sorted(bodies) == [
        "Le maire a déclaré que 250 000 réfugiés sont arrivés à Genève en 2016.",
        "Le maire a déclaré que 300 000 réfugiés sont arrivés à Genève en 2016.",
    ]


def test_html_keeps_the_article_text_without_markup_or_scripts(cases: Path):
    run_case(cases, "script.html")
    article = Article.objects.get(title="Flood toll rises to 12")
    for forbidden in (
        "<",
        ">",
        "alert",
        "script",
        "onerror",
        "javascript:",
        "document.cookie",
        "Copyright",
        "Subscribe",
    ):
        assert forbidden not in article.body
    assert "The mayor said 12 people died in the flood" in article.body
    assert "about 40 people were still missing" in article.body
    assert article.author == "Jane Doe"
    assert article.published_at.date().isoformat() == "2016-09-29"
    assert article.claims.filter(quantities__value=12).exists()


def test_jsonl_html_field_is_stripped_and_metadata_kept(cases: Path):
    run_case(cases, "lines.jsonl")
    second = Article.objects.get(title="Second JSONL article")
    assert second.body == "Aid workers delivered 40 tonnes of food to the city on Monday."
    first = Article.objects.get(title="First JSONL article")
    assert first.source_name == "Agency"


def test_csv_fields_map_to_the_article(cases: Path):
    run_case(cases, "rows.csv")
    article = Article.objects.get(title="First CSV article")
    assert (article.source_url, article.source_name) == ("https://news.example/troops", "Wire")
    assert article.published_at.isoformat() == "2016-10-01T08:30:00+00:00"
    assert article.canonical_url == "https://news.example/troops"


def test_whole_folder_of_bad_inputs_in_one_job(cases: Path):
    """All cases at once: every failure explained, every good article in, nothing twice."""
    job = import_job_create(sources=[{"kind": "path", "value": str(cases)}])
    job.refresh_from_db()
    expected_failures = sum(len(failures) for failures, _ in CASES.values())
    expected_titles = {GOOD_TITLE} | {title for _, titles in CASES.values() for title in titles}
    assert job.failed_count == expected_failures
    # The two French files differ by one figure, so both are articles.
    assert set(Article.objects.values_list("title", flat=True)) == expected_titles
    assert job.imported_count == Article.objects.count() == len(expected_titles) + 1
    assert job.total_items == job.imported_count + job.failed_count + job.duplicate_count
