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
