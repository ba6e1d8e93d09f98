"""The held-out figure sets' scorer (``python -m evaluation languages``): where a labelled surface is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.by_reference import load_articles
from evaluation.languages import _gold_spans, score_file


def test_a_surface_inside_the_previous_figure_is_found_after_it() -> None:
    text = "Exports fell 1.1% while imports grew 1%."
    spans = _gold_spans(text, [{"surface": "1.1%"}, {"surface": "1%"}])
    assert [text[start:end] for start, end, _ in spans] == ["1.1%", "1%"]
    assert spans[1][0] == text.index("grew 1%") + len("grew ")


def test_a_repeated_surface_is_found_in_order_and_overlapping_labels_still_resolve() -> None:
    text = "Between 20 and 30 people, then 20 more."
    spans = _gold_spans(text, [{"surface": "20 and 30"}, {"surface": "30"}, {"surface": "20"}])
    assert [start for start, _, _ in spans] == [8, 15, text.rindex("20")]


def test_a_surface_not_in_the_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="not in"):
        _gold_spans("No figures here.", [{"surface": "42"}])


def test_score_file_counts_a_figure_after_a_longer_one(tmp_path: Path) -> None:
    line = {
        "text": "China's exports fell 1.1% in October from a year earlier while imports grew 1%, data show.",
        "figures": [
            {"surface": "1.1%", "value": 1.1, "qualifier": "decrease"},
            {"surface": "1%", "value": 1, "qualifier": "increase"},
        ],
    }
    path = tmp_path / "en.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    score = score_file(path, "en")
    assert (score.labelled, score.found, score.returned, score.right) == (2, 2, 2, 2)


def test_a_paragraph_labelled_by_reference_is_read_from_the_articles_file(tmp_path: Path) -> None:
    """ECB+'s texts may not be copied into the project: a label cites its article's doc_id and offsets."""
    article = "Headline\n\nMore than 300 people were evacuated, officials said. Sport: they won 2-0."
    paragraph = "More than 300 people were evacuated, officials said."
    start = article.index(paragraph)
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"doc_id": "1_1ecb.xml", "text": article}) + "\n", encoding="utf-8")
    labels = tmp_path / "en.jsonl"
    figures = [{"surface": "300 people", "value": 300, "qualifier": "more_than"}]
    line = {"doc_id": "1_1ecb.xml", "start": start, "end": start + len(paragraph), "figures": figures}
    labels.write_text(json.dumps(line) + "\n", encoding="utf-8")
    score = score_file(labels, "en", load_articles(articles))
    # the paragraph alone is read: the score "2-0" elsewhere in the article is not returned
    assert (score.labelled, score.found, score.returned, score.qualifier_right) == (1, 1, 1, 1)
    with pytest.raises(ValueError, match="--articles"):
        score_file(labels, "en")
