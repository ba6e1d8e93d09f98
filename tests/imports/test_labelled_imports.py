"""Label Studio and doccano files import: the text as an article, the labelled spans as people's claims."""

from __future__ import annotations

import json

import pytest

from factcheck.imports.parsers import parse
from factcheck.imports.records import ArticleRecord, ItemError, RawItem

TEXT = "Officials said 250,000 people were trapped. Rebels seized 20 villages on Monday. It rained."


def _task(text: str = TEXT, *, annotations=None, **data) -> dict:
    return {"id": 7, "data": {"text": text, **data}, "annotations": annotations or []}


def _span(start: int, end: int, label: str = "population", **extra) -> dict:
    return {
        "type": "labels",
        "from_name": "label",
        "to_name": "text",
        "value": {"start": start, "end": end, "labels": [label]},
        **extra,
    }


def _records(name: str, payload) -> list:
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return parse(RawItem(name=name, data=data))


def test_a_label_studio_task_gives_its_text_and_latest_annotation():
    first = TEXT.index("Officials")
    rebels = TEXT.index("Rebels")
    tasks = [
        _task(
            title="Siege",
            annotations=[
                {"result": [_span(0, 5)]},  # an older annotation
                {
                    "result": [
                        _span(first, TEXT.index(" Rebels")),
                        _span(rebels, TEXT.index(" It"), "Territory"),
                        {"type": "choices", "value": {"choices": ["ok"]}},
                    ]
                },
                {"was_cancelled": True, "result": [_span(0, 3)]},
            ],
        ),
        _task("Nobody annotated this one. It has 2 sentences."),
    ]
    labelled, plain = _records("export.json", tasks)
    assert isinstance(labelled, ArticleRecord) and labelled.title == "Siege"
    assert labelled.claims == [
        (first, TEXT.index(" Rebels"), "population"),
        (rebels, TEXT.index(" It"), "Territory"),
    ]
    assert plain.claims is None  # no labels: the extractor's claims stand alone


def test_doccano_lines_in_both_shapes_and_offsets_follow_the_stored_text():
    crlf = "Intro line.\r\n\r\n  Officials said 250,000 people were trapped."
    start = crlf.index("Officials")
    lines = [
        {"text": TEXT, "label": [[0, TEXT.index(" Rebels"), "population"]]},
        {"text": crlf, "entities": [{"start_offset": start, "end_offset": len(crlf), "label": "population"}]},
    ]
    body = "\n".join(json.dumps(line) for line in lines).encode()
    first, second = _records("doccano.jsonl", body)
    assert first.claims == [(0, TEXT.index(" Rebels"), "population")]
    (span,) = second.claims
    assert second.text[span[0] : span[1]] == "Officials said 250,000 people were trapped."


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        ([[0, 999, "population"]], "outside the text"),
        ([["a", 5, "population"]], "whole-number offsets"),
        (["nonsense"], "[start, end, label]"),
    ],
)
def test_a_bad_label_fails_its_article_and_the_rest_imports(labels, message):
    lines = [{"text": TEXT, "label": labels}, {"text": TEXT + " More.", "label": [[0, 10, "population"]]}]
    body = "\n".join(json.dumps(line) for line in lines).encode()
    bad, good = _records("doccano.jsonl", body)
    assert isinstance(bad, ItemError) and message in bad.reason
    assert isinstance(good, ArticleRecord) and good.claims == [(0, 10, "population")]


def test_labels_need_text_not_html():
    (result,) = _records(
        "x.jsonl", json.dumps({"html": "<p>Hello there.</p>", "label": [[0, 3, "x"]]}).encode()
    )
    assert isinstance(result, ItemError) and "as text" in result.reason


def test_offsets_follow_line_endings_composed_accents_and_trimmed_white_space():
    # "Cafe" + a combining accent is one character once stored (NFC); CRLF is one; the leading spaces go.
    text = (
        "  Cafe\u0301 owners said.\r\nOfficials said 250,000 people were trapped.\r\n"
        "Rebels seized 20 villages."
    )
    wanted = ["Officials said 250,000 people were trapped.", "Rebels seized 20 villages."]
    labels = [[text.index(w), text.index(w) + len(w), "population"] for w in wanted]
    (record,) = _records("x.jsonl", json.dumps({"text": text, "label": labels}).encode())
    assert [record.text[start:end] for start, end, _ in record.claims] == wanted
    assert record.text.startswith("Café owners")
