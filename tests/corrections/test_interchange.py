"""The desk's annotations as Label Studio tasks and doccano lines: the same claims as the gold file."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from tests.factories import member

from .conftest import TEXT
from .test_gold import export

pytestmark = pytest.mark.django_db


def _command(fmt: str) -> str:
    out = StringIO()
    call_command("export_annotations", format=fmt, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_label_studio_tasks_carry_people_s_claims_and_the_extractor_s_predictions(corrected):
    [gold] = export()
    [task] = json.loads(_command("labelstudio"))
    assert task["id"] == corrected.pk and task["data"]["text"] == TEXT == corrected.body
    (annotation,) = task["annotations"]
    spans = [(r["value"]["start"], r["value"]["end"]) for r in annotation["result"]]
    assert spans == [(c["start"], c["end"]) for c in gold["claims"]]
    for result in annotation["result"]:
        value = result["value"]
        assert (result["from_name"], result["to_name"], result["type"]) == ("label", "text", "labels")
        assert TEXT[value["start"] : value["end"]] == value["text"]
        assert len(value["labels"]) == 1
    assert annotation["meta"]["not_claims"] == [[c["start"], c["end"]] for c in gold["not_claims"]]
    (prediction,) = task["predictions"]
    machine_claims = [(s["start"], s["end"]) for s in gold["machine"] if s["is_claim"]]
    assert [(r["value"]["start"], r["value"]["end"]) for r in prediction["result"]] == machine_claims
    assert prediction["model_version"] == gold["extractor_version"]
    ids = [r["id"] for r in annotation["result"] + prediction["result"]]
    assert len(ids) == len(set(ids))  # Label Studio needs result ids unique within a task


def test_doccano_lines_label_the_same_spans_with_their_categories(corrected):
    [gold] = export()
    [line] = [json.loads(text) for text in _command("doccano").splitlines()]
    assert line["text"] == corrected.body
    assert line["label"] == [[c["start"], c["end"], c["category"]] for c in gold["claims"]]


def test_the_api_streams_both_formats_to_reviewers(corrected, reviewer):
    api = APIClient()
    api.force_authenticate(reviewer)
    response = api.get("/api/v1/annotations/export/?format=labelstudio")
    assert response.status_code == 200 and response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].endswith('.labelstudio.json"')
    tasks = json.loads(b"".join(response.streaming_content))
    assert [t["id"] for t in tasks] == [corrected.pk]
    response = api.get("/api/v1/annotations/export/?format=doccano")
    assert response["Content-Type"] == "application/jsonl; charset=utf-8"
    assert [json.loads(x)["id"] for x in b"".join(response.streaming_content).splitlines()] == [corrected.pk]
    api.force_authenticate(member("outsider", None))
    assert api.get("/api/v1/annotations/export/?format=doccano").status_code == 403


def test_nothing_annotated_is_an_empty_list(db, reviewer):
    assert json.loads(_command("labelstudio")) == []
    assert _command("doccano") == ""


# --- round trips: what the desk exports imports back as the same claims ---------------------------


def _import(name: str, data: bytes) -> list:
    from factcheck.imports.parsers import parse
    from factcheck.imports.records import ArticleRecord, RawItem
    from factcheck.imports.writer import write_article

    results = parse(RawItem(name=name, data=data))
    assert all(isinstance(r, ArticleRecord) for r in results), results
    return [write_article(record).article for record in results]


def _claims_of(article) -> list[tuple[int, int, str]]:
    return [
        (c.start, c.end, c.category)
        for c in article.claims.filter(not_a_claim=False).order_by("start", "end", "pk")
    ]


def _labelled(fmt: str, text: str) -> list:
    """The texts and labelled spans of an exported file, without the ids (new rows get new ones)."""
    if fmt == "doccano":
        return [(line["text"], line["label"]) for line in map(json.loads, text.splitlines())]
    return [
        (
            task["data"]["text"],
            [
                (r["value"]["start"], r["value"]["end"], r["value"]["labels"])
                for r in task["annotations"][0]["result"]
            ],
            task["annotations"][0]["meta"],
        )
        for task in json.loads(text)
    ]


@pytest.mark.parametrize(("fmt", "name"), [("labelstudio", "tasks.json"), ("doccano", "lines.jsonl")])
def test_an_export_imports_back_as_the_same_claims(corrected, fmt, name):
    from factcheck.models import Article, Origin

    before = _claims_of(corrected)
    exported = _command(fmt).encode()
    Article.objects.all().delete()  # the same text would be a duplicate
    (article,) = _import(name, exported)
    assert article.body == TEXT
    assert _claims_of(article) == before
    assert _labelled(fmt, _command(fmt)) == _labelled(fmt, exported.decode())  # ids aside, the same file
    origins = set(article.claims.values_list("origin", flat=True))
    assert Origin.ADDED in origins  # a span the extractor does not find is a person's claim again
    assert article.claims.filter(not_a_claim=True).exists()  # and what nobody labelled is not a claim
    assert list(article.claims.order_by("index").values_list("index", flat=True)) == list(
        range(article.claims.count())
    )
