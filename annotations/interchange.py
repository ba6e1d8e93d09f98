"""The desk's annotations in the annotation tools' own formats: Label Studio JSON and doccano JSONL.

Both are views of the gold records (``annotations.gold``): one task (Label Studio) or one line
(doccano) per article a person corrected or reviewed, the text, and a labelled span per claim people
kept, labelled with its category. Label Studio also gets the extractor's claims as ``predictions``,
so the two layers can be compared there. Import reads the same shapes back
(``factcheck.imports.parsers``): the text becomes an article, the labelled spans its claims.

Label Studio's labelling config for these tasks::

    <View>
      <Labels name="label" toName="text">
        <Label value="casualties"/> <Label value="population"/> … (one per category)
      </Labels>
      <Text name="text" value="$text"/>
    </View>
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator

from annotations.gold import gold_records

FROM_NAME, TO_NAME = "label", "text"  # the control and object tag names of the config above


def _span(claim: dict, prefix: str) -> dict:
    return {
        "id": f"{prefix}{claim.get('id', claim['start'])}",
        "from_name": FROM_NAME,
        "to_name": TO_NAME,
        "type": "labels",
        "value": {
            "start": claim["start"],
            "end": claim["end"],
            "text": claim["text"],
            "labels": [claim["category"]],
        },
    }


def label_studio_task(record: dict) -> dict:
    article = record["article"]
    machine = [sentence for sentence in record["machine"] if sentence.get("is_claim")]
    return {
        "id": article["id"],
        "data": {
            "text": record["text"],
            "title": article["title"],
            "article_id": article["id"],
            "source_url": article["source_url"],
            "language": article["language"],
        },
        "annotations": [
            {
                "result": [_span(claim, "c") for claim in record["claims"]],
                "meta": {"not_claims": [[c["start"], c["end"]] for c in record["not_claims"]]},
            }
        ],
        "predictions": [
            {
                "model_version": record["extractor_version"] or "factcheck",
                "result": [_span(sentence, "m") for sentence in machine],
            }
        ],
    }


def doccano_line(record: dict) -> dict:
    article = record["article"]
    return {
        "id": article["id"],
        "text": record["text"],
        "label": [[c["start"], c["end"], c["category"]] for c in record["claims"]],
        "title": article["title"],
        "source_url": article["source_url"],
        "language": article["language"],
    }


def _json_array(items: Iterable[dict]) -> Iterator[str]:
    """A JSON array written an element at a time (Label Studio imports a list of tasks)."""
    yield "["
    for index, item in enumerate(items):
        yield ("," if index else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield "\n]\n"


def label_studio_json(*, since: datetime.datetime | None = None) -> Iterator[str]:
    return _json_array(label_studio_task(record) for record in gold_records(since=since))


def doccano_jsonl(*, since: datetime.datetime | None = None) -> Iterator[str]:
    for record in gold_records(since=since):
        yield json.dumps(doccano_line(record), ensure_ascii=False) + "\n"
