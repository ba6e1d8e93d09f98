"""The gold export holds exactly people's corrections, and the extractor's scorer reads it."""

from __future__ import annotations

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from annotations import corrections, services
from factcheck.extraction.evaluate import load_gold, score
from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import write_article
from tests.factories import member


def export(**options) -> list[dict]:
    out = StringIO()
    call_command("export_annotations", stdout=out, stderr=StringIO(), **options)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_the_gold_file_holds_exactly_the_corrections(corrected):
    [record] = export()
    assert record["article"]["id"] == corrected.pk and record["text"] == corrected.body
    claims = {claim["text"]: claim for claim in record["claims"]}
    assert set(claims) == {
        "Officials said 250,000 people were living under siege in the east of the city.",
        "250,000 people were living under siege",
        "The labour minister, Jane Doe, said",
        "rebels seized more than 20 villages and 3 towns.",
        "Aid trucks reached the area on Tuesday.",
    }
    assert claims["250,000 people were living under siege"]["origin"] == "added"
    assert claims["The labour minister, Jane Doe, said"]["speaker"]["name"] == "Jane Doe"
    assert claims["The labour minister, Jane Doe, said"]["corrected"] == ["span", "speaker"]
    rest = claims["rebels seized more than 20 villages and 3 towns."]
    assert [(q["surface"], q["value"], q["origin"]) for q in rest["quantities"]] == [
        ("more than 20 villages", 20.0, "machine"),
        ("3 towns", 4.0, "corrected"),
    ]
    assert claims["Aid trucks reached the area on Tuesday."]["corrected"] == ["speaker"]
    assert [c["text"] for c in record["not_claims"]] == ["Share this article on social media."]
    # the machine layer is what the extractor stored: the four sentences, the split one whole
    assert [s["text"][:20] for s in record["machine"]] == [
        "Officials said 250,0",
        "The labour minister,",
        "Aid trucks reached t",
        "Share this article o",
    ]
    assert record["machine"][1]["speaker"]["name"] == "The labour minister, Jane Doe"


def test_the_scorer_reads_the_export_and_reports_each_figure(corrected, tmp_path: Path):
    path = tmp_path / "gold.jsonl"
    call_command("export_annotations", "--output", str(path), stderr=StringIO())
    [report] = score(load_gold(path)).values()
    figures = report.to_dict()
    # gold: 5 claims; the extractor: 4 sentences, 2 of which people kept as they are
    assert (report.exact.tp, report.exact.fp, report.exact.fn) == (2, 2, 3)
    # gold figures: 250,000 twice (the sentence and the added claim), 20, and 4 towns where the text says 3
    assert (report.value.tp, report.value.fp, report.value.fn) == (2, 1, 2)
    # matched claims: the first and last sentences and the split-off rest; the typed speaker is a miss, and
    # so is the extractor's "The labour minister, Jane Doe" where the reviewer named "Jane Doe"
    assert (report.speaker.correct, report.speaker.n) == (1, 3)
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.extraction.evaluate", "gold", str(path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    printed = json.loads(result.stdout)
    assert printed["reports"]["current"]["figures"] == figures["figures"]
    stored = score(load_gold(path), stored=True)
    assert list(stored) == [corrected.claims.first().extractor_version]


def test_since_limits_the_export_to_recent_work(corrected):
    assert len(export(since="2000-01-01")) == 1
    assert export(since="2999-01-01") == []
    with pytest.raises(CommandError, match="not a date"):
        export(since="yesterday")


def test_a_review_alone_puts_an_article_in_the_gold_data(article, claims, reviewer):
    services.claim_annotate(claim=claims[0], by=reviewer)
    [record] = export()
    assert record["claims"][0]["review"] == {"state": "in_progress", "verdict": None}


def test_the_api_export_streams_the_same_lines_for_reviewers_only(corrected, reviewer):
    client = APIClient()
    client.force_login(reviewer)
    response = client.get("/api/v1/annotations/export/?format=jsonl")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/jsonl")
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert [json.loads(line) for line in lines] == export()
    outsider = APIClient()
    outsider.force_login(member("nora", None))
    assert outsider.get("/api/v1/annotations/export/").status_code == 403
    assert APIClient().get("/api/v1/annotations/export/").status_code in (401, 403)
    assert client.get("/api/v1/annotations/export/?since=soon").status_code == 400


def test_the_export_reads_a_constant_number_of_queries(corrected, reviewer, django_assert_num_queries):
    with django_assert_num_queries(4):
        assert len(export()) == 1
    article = write_article(
        record_from_text("Another article. It says 40 people died, officials said.")
    ).article
    corrections.claim_update(claim=article.claims.first(), by=reviewer, category="casualties")
    with django_assert_num_queries(4):
        assert len(export()) == 2
