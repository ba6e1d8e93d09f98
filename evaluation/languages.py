"""Figures in German, Spanish, French, Portuguese and Italian news: recall and precision on labelled
paragraphs.

    python -m evaluation languages tests/data/languages [--errors]

Each ``<code>.jsonl`` file in the directory holds paragraphs in one language, a JSON object a line::

    {"text": "...", "figures": [{"surface": "250.000", "value": 250000, "qualifier": "at_least"},
                                {"surface": "20 bis 30", "low": 20, "high": 30}]}

Every claim figure of the paragraph is labelled (counts, money, percentages, measures, durations, ages;
not dates, years, clock times, ordinals or codes), with its value (or ``low`` and ``high`` for a range)
and qualifier (``exact`` if left out). ``surface`` is the figure's text as written (at least its digits
or number words); a repeated surface is found after the previous figure's. The paragraph is read as the
import reads it: the language detected, not given, so a wrong detection costs its figures.

A paragraph of a text that may not be copied (ECB+'s articles belong to their publishers) is labelled by
reference instead: ``{"doc_id": ..., "start": ..., "end": ..., "figures": [...]}``, its text read from the
articles file given with ``--articles`` (JSON lines with ``doc_id`` and ``text``).

A labelled figure is found when a claim figure the extractor returns overlaps it with the same value (or
the same low and high): recall is found / labelled. Precision is the share of returned claim figures
(``types.CLAIM_KINDS``, and ages: the app keeps a person's age as a figure of its own kind, never as a
claim figure, but it is labelled, as NewsQuant's scorer counts it too) that are such a match. The
qualifier is scored on the found figures.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.by_reference import load_articles, text_of
from factcheck.extraction import extract_document
from factcheck.extraction.types import CLAIM_KINDS, Quantity, QuantityKind

# What a labelled figure is matched against: claim figures and ages (see the module's doc).
SCORED_KINDS = CLAIM_KINDS | {QuantityKind.AGE}


@dataclass
class Score:
    paragraphs: int = 0
    detected: int = 0
    labelled: int = 0
    found: int = 0
    returned: int = 0
    right: int = 0
    qualifier_right: int = 0
    errors: list[str] = field(default_factory=list)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _same_value(q: Quantity, gold: dict) -> bool:
    if "value" in gold:
        return _close(q.value, float(gold["value"]))
    return q.value is None and _close(q.low, float(gold["low"])) and _close(q.high, float(gold["high"]))


def _gold_spans(text: str, figures: list[dict]) -> list[tuple[int, int, dict]]:
    """Where each labelled surface is: after the previous one's end ("1%" after "fell 1.1%" is not inside
    it), else after its start (labels that overlap), else anywhere."""
    spans = []
    after_start = after_end = 0
    for gold in figures:
        surface = gold["surface"]
        start = text.find(surface, after_end)
        if start < 0:
            start = text.find(surface, after_start)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            raise ValueError(f"surface {surface!r} not in {text[:60]!r}")
        spans.append((start, start + len(surface), gold))
        after_start, after_end = start + 1, start + len(surface)
    return spans


def score_file(path: Path, language: str, articles: dict[str, str] | None = None) -> Score:
    score = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = text_of(item, articles)
        document = extract_document(text)
        score.paragraphs += 1
        score.detected += document.language == language
        predicted = [q for s in document.sentences for q in s.quantities if q.kind in SCORED_KINDS]
        gold = _gold_spans(text, item["figures"])
        score.labelled += len(gold)
        score.returned += len(predicted)
        matched: set[int] = set()
        for start, end, figure in gold:
            hit = next(
                (
                    i
                    for i, q in enumerate(predicted)
                    if i not in matched and q.start < end and start < q.end and _same_value(q, figure)
                ),
                None,
            )
            if hit is None:
                near = [
                    f"{q.surface!r}={q.value}/{q.low}-{q.high}"
                    for q in predicted
                    if q.start < end and start < q.end
                ]
                score.errors.append(f"MISS {figure['surface']!r} {figure} got {near or 'nothing'} in: {text}")
                continue
            matched.add(hit)
            score.found += 1
            expected = figure.get("qualifier", "exact")
            if predicted[hit].qualifier == expected:
                score.qualifier_right += 1
            else:
                score.errors.append(
                    f"QUALIFIER {figure['surface']!r}: {predicted[hit].qualifier} for {expected} in: {text}"
                )
        score.right += len(matched)
        for i, q in enumerate(predicted):
            if i not in matched:
                score.errors.append(
                    f"EXTRA {q.surface!r} value={q.value} low={q.low} high={q.high} in: {text}"
                )
    return score


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "    -"


def run(directory: str, *, show_errors: bool = False, articles: str | None = None) -> int:
    root = Path(directory)
    texts = load_articles(articles) if articles else None
    files = sorted(root.glob("*.jsonl"))
    if not files:
        print(f"no <language>.jsonl files in {root}")
        return 1
    print(f"Figures in {root}: recall = labelled figures found with their full value; precision = returned")
    print(
        "claim figures that are labelled ones; qualifier = right qualifier among the found;"
        " language = detected"
    )
    print(f"{'lang':5} {'paras':>5} {'figures':>7} {'recall':>6} {'prec':>6} {'qualif':>6} {'language':>8}")
    total = Score()
    for path in files:
        code = path.stem
        try:
            s = score_file(path, code, texts)
        except ValueError as unreadable:  # a paragraph labelled by reference, and no articles file given
            print(unreadable)
            return 2
        print(
            f"{code:5} {s.paragraphs:5d} {s.labelled:7d} {_pct(s.found, s.labelled):>6} "
            f"{_pct(s.right, s.returned):>6} "
            f"{_pct(s.qualifier_right, s.found):>6} {_pct(s.detected, s.paragraphs):>8}"
        )
        for name in ("paragraphs", "detected", "labelled", "found", "returned", "right", "qualifier_right"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
        if show_errors:
            for error in s.errors:
                print(f"  {code} {error}")
    print(
        f"{'all':5} {total.paragraphs:5d} {total.labelled:7d} {_pct(total.found, total.labelled):>6} "
        f"{_pct(total.right, total.returned):>6} {_pct(total.qualifier_right, total.found):>6} "
        f"{_pct(total.detected, total.paragraphs):>8}"
    )
    return 0
