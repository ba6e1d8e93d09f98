"""Golden case: every figure in the seed article, exactly, and nothing else reported as a claim figure.

The article is project data in ``seeds/``. The per-sentence checks below use short excerpts as well, so a
failure points at the sentence that broke.
"""

# ruff: noqa: RUF001  (the seed text uses curly apostrophes)
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction.quantities import find_quantities, is_claim_figure
from factcheck.extraction.types import Category, Qualifier, QuantityKind

SEED_DIR = Path(__file__).resolve().parents[2] / "seeds"
SEED = SEED_DIR / "000_afe4df272759aabc.txt"

# (surface, value, low, high, qualifier, unit, category, kind), in text order
GOLDEN = [
    (
        "nearly six-year",
        6.0,
        6.0,
        6.0,
        Qualifier.APPROXIMATE,
        "year",
        Category.DURATION,
        QuantityKind.DURATION,
    ),
    (
        "more than 20 villages and towns",
        20.0,
        20.0,
        None,  # a lower bound: no upper end
        Qualifier.MORE_THAN,
        "villages and towns",
        Category.TERRITORY,
        QuantityKind.CARDINAL,
    ),
    (
        "250,000 people",
        250000.0,
        250000.0,
        250000.0,
        Qualifier.EXACT,
        "people",
        Category.POPULATION,
        QuantityKind.CARDINAL,
    ),
]


def _row(q):
    return (q.surface, q.value, q.low, q.high, q.qualifier, q.unit, q.category, q.kind)


def test_seed_article_every_figure_and_nothing_else() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert "’" in text  # the seed uses curly apostrophes; they must not disturb extraction
    found = [q for q in find_quantities(text) if is_claim_figure(q)]
    assert [_row(q) for q in found] == GOLDEN
    for q in found:
        assert text[q.start : q.end] == q.surface
    # nothing else at all: no dates, ordinals or identifiers are hiding in this article either
    assert len(find_quantities(text)) == len(GOLDEN)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Damascus has embarked on what could be the biggest battle in Syria’s nearly six-year war.",
            GOLDEN[0],
        ),
        ("On Thursday, Rebels announced that they had seized more than 20 villages and towns.", GOLDEN[1]),
        (
            "The US and the EU believe that Russian air force is attacking these soft targets in order to "
            "break the will of 250,000 people living under siege inside Syria’s largest city.",
            GOLDEN[2],
        ),
    ],
)
def test_seed_sentences(sentence: str, expected: tuple) -> None:
    found = [q for q in find_quantities(sentence) if is_claim_figure(q)]
    assert [_row(q) for q in found] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow and Damascus launched an assault to recapture the rebel-held sector of Aleppo this month, "
        "abandoning a new ceasefire a week after it took effect.",
        "Kremlin spokesman Dmitry Peskov said on Thursday that Russia would “continue the operation of its "
        "air force in support of the anti-terrorist activity of Syria’s armed forces.”",
        "“In general, we express regret at the rather non-constructive nature of the rhetoric voiced by "
        "Washington in the past days,” Peskov said.",
    ],
)
def test_seed_sentences_without_figures(sentence: str) -> None:
    assert find_quantities(sentence) == []
