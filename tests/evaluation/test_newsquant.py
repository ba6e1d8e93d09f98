"""The NewsQuant evaluator's matching logic, on tiny made-up fixtures (no eval data in the repo)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.__main__ import main
from evaluation.newsquant import (
    CHANGE,
    cross_validate,
    folds,
    load_rows,
    normalise_unit,
    parse_gold_value,
    run,
    score,
    units_agree,
)
from factcheck.extraction.quantities import find_quantities
from factcheck.extraction.types import Qualifier, Quantity, QuantityKind


def q(
    value: float | None, unit: str | None = None, qual: Qualifier = Qualifier.EXACT, low=None, high=None
) -> Quantity:
    lo = value if value is not None else low
    hi = value if value is not None else high
    return Quantity("x", 0, 1, value, lo, hi, qual, unit, kind=QuantityKind.CARDINAL)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12", (12.0, 12.0)),
        ("12.5", (12.5, 12.5)),
        ("-5.0", (-5.0, -5.0)),
        ("12-120", (12.0, 120.0)),
        ("3.0 - 4.0", (3.0, 4.0)),
        ("4.8-4.7", (4.7, 4.8)),  # descending gold ranges compare as intervals
        ("-78-0", (-78.0, 0.0)),
        ("1.99E-29", (1.99e-29, 1.99e-29)),
        ("1e5-2e5", (1e5, 2e5)),
        ("abc", None),
        ("", None),
    ],
)
def test_parse_gold_value(raw: str, expected: tuple[float, float] | None) -> None:
    assert parse_gold_value(raw) == expected


@pytest.mark.parametrize(
    ("pred", "gold", "agree"),
    [
        ("percent", "percentage", True),
        ("percent", "%", True),
        ("dollar", "US dollar", True),
        ("dollar per barrel", "united states dollar per barrel", True),
        ("yen", "japanese yen", True),
        ("villages", "village", True),
        ("bosses", "different boss", True),  # same head noun
        ("viruses", "virus", True),
        ("people", "people", True),
        ("men", "man", True),  # irregular plurals
        ("two men", "man", True),
        ("schoolchildren", "schoolchild", True),
        ("metre", "meter", True),
        (None, "-", True),
        (None, "dollar", False),
        ("dollar", "-", False),
        ("dollar", "euro", False),
        ("dollar", "dollar per barrel", False),  # compound units must agree in full
        ("barrel", "dollar per barrel", False),
        ("times", "count", True),  # the ontology's "count" is written "times"
        ("times per week", "count per week", True),
    ],
)
def test_units_agree(pred: str | None, gold: str, agree: bool) -> None:
    assert units_agree(pred, gold) is agree


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("movies", "movie"),
        ("rookies", "rookie"),
        ("bodies", "body"),
        ("mobile clinics", "mobile clinic"),
        ("physics", "physics"),
        ("lives", "life"),
        ("criteria", "criterion"),
        ("front teeth", "front tooth"),
    ],
)
def test_plurals_the_scorer_singularises(plural: str, singular: str) -> None:
    assert normalise_unit(plural) == singular


def test_normalise_unit() -> None:
    assert normalise_unit("Degrees") == "degree"
    assert normalise_unit("pound-mass") == "pound"
    assert normalise_unit("  -  ") is None
    assert normalise_unit(None) is None


def test_change_mapping_is_complete() -> None:
    assert set(CHANGE) == set(Qualifier)
    assert CHANGE[Qualifier.AT_LEAST] == CHANGE[Qualifier.MORE_THAN] == ">"
    assert CHANGE[Qualifier.AT_MOST] == CHANGE[Qualifier.LESS_THAN] == "<"


ROWS = [
    {
        "text": "s1",
        "quantities": [
            {"value": "20", "normalized_unit": "village", "change": ">"},
            {"value": "5.0", "normalized_unit": "percentage", "change": "up"},
        ],
    },
    {"text": "s2", "quantities": [{"value": "12-120", "normalized_unit": "people", "change": "="}]},
    {"text": "s3", "quantities": []},
]
PREDS = {
    "s1": [q(20, "villages", Qualifier.MORE_THAN), q(5, "dollar", Qualifier.INCREASE)],
    "s2": [q(None, "people", low=12, high=120), q(7)],
    "s3": [q(3)],
}


def test_score_micro_average() -> None:
    s = score(ROWS, lambda t: PREDS[t])
    assert (s.n_pred, s.n_gold) == (5, 3)
    assert s.tp == {"value": 3, "value+unit": 2, "value+qualifier": 3}
    p, r, f = s.prf("value")
    assert (round(p, 1), round(r, 1), round(f, 1)) == (60.0, 100.0, 75.0)
    p, r, f = s.prf("value+unit")
    assert (round(p, 1), round(r, 1)) == (40.0, 66.7)


def test_matching_is_one_to_one_and_within_sentence() -> None:
    rows = [{"text": "a", "quantities": [{"value": "1", "normalized_unit": "-", "change": "="}] * 2}]
    s = score(rows, lambda t: [q(1)])
    assert s.tp["value"] == 1  # one prediction cannot match two gold quantities
    rows = [{"text": "a", "quantities": []}, {"text": "b", "quantities": [{"value": "1"}]}]
    s = score(rows, lambda t: [q(1)] if t == "a" else [])
    assert s.tp["value"] == 0  # a figure in another sentence does not count


def test_qualifier_level_needs_change_label() -> None:
    rows = [{"text": "a", "quantities": [{"value": "5", "normalized_unit": "-", "change": "~"}]}]
    assert score(rows, lambda t: [q(5, qual=Qualifier.APPROXIMATE)]).tp["value+qualifier"] == 1
    assert score(rows, lambda t: [q(5, qual=Qualifier.EXACT)]).tp["value+qualifier"] == 0


def test_range_needs_both_ends() -> None:
    rows = [{"text": "a", "quantities": [{"value": "10-15", "normalized_unit": "-", "change": "="}]}]
    assert score(rows, lambda t: [q(None, low=10, high=15)]).tp["value"] == 1
    assert score(rows, lambda t: [q(None, low=10, high=16)]).tp["value"] == 0
    assert score(rows, lambda t: [q(10)]).tp["value"] == 0


@pytest.mark.parametrize(
    ("text", "gold", "found"),
    [
        ("Creighton defeated Drake, 65-53, on Friday.", "65.0-53.0", True),
        ("It gave the Colts a 31-24 win over the Jaguars.", "31.0-24.0", True),
        (
            "The Chiefs tied the game 13-13 in the third.",
            "13.0",
            True,
        ),  # a tie is one value, as dev writes it
        ("Duke (13-1) won again.", "13.0-1.0", True),  # a record
        ("Call Sgt. La Croix at 745-4811.", "745.0-4811.0", False),  # a telephone number is no score
    ],
)
def test_a_score_is_compared_as_newsquants_pair(text: str, gold: str, found: bool) -> None:
    rows = [{"text": text, "quantities": [{"value": gold, "normalized_unit": "-", "change": "="}]}]
    s = score(rows)
    assert (s.tp["value"], s.tp["value+unit"], s.tp["value+qualifier"]) == ((1, 1, 1) if found else (0, 0, 0))


def test_an_age_after_a_name_is_left_out_as_newsquant_mostly_does() -> None:
    rows = [{"text": "Nichols, 37, was found guilty of murder.", "quantities": []}]
    assert score(rows).n_pred == 0
    written = [{"text": "The 37-year-old was found guilty.", "quantities": [{"value": "37", "change": "="}]}]
    assert score(written).tp["value"] == 1  # an age written as one stays


def test_every_age_of_a_list_after_aged_is_scored() -> None:
    text = "Three men, aged 19, 22 and 41, were charged."
    gold = [{"value": value, "normalized_unit": "age", "change": "="} for value in ("19", "22", "41")]
    s = score([{"text": text, "quantities": [{"value": "3", "change": "="}, *gold]}])
    assert (s.n_pred, s.tp["value"]) == (4, 4)


@pytest.mark.parametrize("text", ["A man aged 37 was found guilty.", "He died at the age of 37 in Leeds."])
def test_an_age_said_with_age_or_aged_is_scored(text: str) -> None:
    rows = [{"text": text, "quantities": [{"value": "37", "normalized_unit": "age", "change": "="}]}]
    s = score(rows)
    assert (s.n_pred, s.tp["value"], s.tp["value+unit"]) == (1, 1, 1)


def test_a_unit_error_lists_the_units_found_for_that_value() -> None:
    rows = [{"text": "He scored 20 points.", "quantities": [{"value": "20", "normalized_unit": "rebound"}]}]
    errors: list[str] = []
    score(rows, errors=errors)
    assert errors == ["# He scored 20 points.\n  UNIT gold 'rebound' value 20 ours points"]


def test_run_prints_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mini.json"
    rows = [
        {
            "text": "Rebels seized more than 20 villages and 5% of the land.",
            "quantities": [
                {"value": "20", "normalized_unit": "village", "change": ">"},
                {"value": "5", "normalized_unit": "percentage", "change": "="},
            ],
        }
    ]
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert run(str(path), show_errors=True) == 0
    out = capsys.readouterr().out
    assert "value+unit" in out and "value+qualifier" in out
    assert "100.0" in out


def test_rows_labelled_by_reference_are_scored_on_the_sentence_they_cite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ECB+'s sentences may not be copied: a row cites doc_id and offsets, and only that stretch is read."""
    article = "Rebels seized more than 20 villages. Police said 3 people were hurt."
    sentence = "Rebels seized more than 20 villages."
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"doc_id": "1_1ecb.xml", "text": article}) + "\n", encoding="utf-8")
    row = {
        "doc_id": "1_1ecb.xml",
        "start": 0,
        "end": len(sentence),
        "quantities": [{"value": "20.0", "normalized_unit": "village", "change": ">"}],
    }
    path = tmp_path / "ref.json"
    path.write_text(json.dumps([row]), encoding="utf-8")
    rows = load_rows(path, articles)
    assert rows[0]["text"] == sentence
    s = score(rows)
    # "3 people" in the next sentence is not read: one prediction, matched at every level
    assert (s.n_pred, s.n_gold, s.tp["value+unit"], s.tp["value+qualifier"]) == (1, 1, 1, 1)
    assert main(["newsquant", str(path), "--articles", str(articles)]) == 0
    assert "1 sentences, 1 gold quantities, 1 predicted" in capsys.readouterr().out
    assert main(["newsquant", str(path)]) == 2
    assert "--articles" in capsys.readouterr().out


def test_compare_scores_quantulum3_with_the_same_scorer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--compare`` prints quantulum3's table next to ours (its heuristic mode: no classifier training)."""
    parser = pytest.importorskip("quantulum3.parser")
    from evaluation import reference

    heuristic = reference.Reference(parser.parse, "heuristic", {}, True)
    monkeypatch.setattr(reference, "load", lambda **kw: [heuristic])
    path = tmp_path / "mini.json"
    rows = [{"text": "It covers 20 km.", "quantities": [{"value": "20", "normalized_unit": "kilometre"}]}]
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert run(str(path), compare=True) == 0
    out = capsys.readouterr().out
    assert "quantulum3 (heuristic), same rows and scorer: 1 predicted" in out
    assert out.count("value+unit") == 2


def test_reference_maps_quantulum3_figures_to_ours() -> None:
    parser = pytest.importorskip("quantulum3.parser")
    from evaluation import reference

    heuristic = reference.Reference(parser.parse, "heuristic", {}, True)
    (km,) = heuristic.quantities("The road is 20 km long.")
    assert (km.value, km.low, km.high, km.unit, km.qualifier) == (20.0, 20.0, 20.0, "kilometre", "exact")
    assert "The road is 20 km long."[km.start : km.end] == km.surface
    (count,) = heuristic.quantities("They seized 20 villages.")
    assert count.unit is None  # quantulum3 calls counts dimensionless


def test_quantulum3_sentences_through_the_dispatcher(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``python -m evaluation quantulum3 PATH`` scores ours on quantulum3's own test sentences."""
    from evaluation.__main__ import main

    path = tmp_path / "quantities.json"
    rows = [
        {"req": "The road is 20 km long.", "res": [{"value": 20, "unit": "kilometre", "surface": "20 km"}]},
        {"req": "She bought 3 apples.", "res": [{"value": 3, "unit": "dimensionless", "surface": "3"}]},
    ]
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert main(["quantulum3", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 sentences, 2 gold quantities, 2 predicted" in out
    value = next(line for line in out.splitlines() if line.startswith("value "))
    assert value.split()[1:] == ["100.0", "100.0", "100.0"]


def test_quantulum3_phys_line_scores_counted_nouns_as_no_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """quantulum3 labels a counted noun dimensionless: the third line does not hold ours against us."""
    from evaluation.__main__ import main

    path = tmp_path / "quantities.json"
    rows = [{"req": "She bought 3 apples.", "res": [{"value": 3, "unit": "dimensionless", "surface": "3"}]}]
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert main(["quantulum3", str(path)]) == 0
    lines = {line[:17].strip(): line[17:].split() for line in capsys.readouterr().out.splitlines()[1:]}
    assert lines["value+unit"] == ["0.0", "0.0", "0.0"]
    assert lines["value+unit (phys)"] == ["100.0", "100.0", "100.0"]


def _rows(n: int, **extra: object) -> list[dict]:
    return [
        {"text": f"s{i}", "quantities": [{"value": str(i), "normalized_unit": "-"}], **extra}
        for i in range(n)
    ]


def test_folds_are_contiguous_blocks_without_a_source_field() -> None:
    blocks, how = folds(_rows(12), 5)
    assert how == "contiguous blocks"
    assert [len(b) for b in blocks] == [2, 2, 3, 2, 3]
    assert sorted(i for b in blocks for i in b) == list(range(12))
    assert all(b == list(range(b[0], b[-1] + 1)) for b in blocks)


def test_folds_keep_a_source_together() -> None:
    rows = [{"text": f"s{i}", "quantities": [], "source": "abcdefgh"[i // 3]} for i in range(24)]
    blocks, how = folds(rows, 5)
    assert how == "grouped by 'source'"
    for block in blocks:
        assert {rows[i]["source"] for i in block}.isdisjoint(
            {rows[i]["source"] for other in blocks if other is not block for i in other}
        )
    assert sorted(i for b in blocks for i in b) == list(range(24))


def test_cross_validation_rebuilds_the_synonym_table_from_the_other_folds() -> None:
    """A synonym only the held-out fold's gold uses is not in that fold's table: the rebuilt score drops."""
    rows = [
        {"text": "a", "quantities": [{"value": "1", "normalized_unit": "foot pound-force", "change": "="}]},
        {"text": "b", "quantities": [{"value": "2", "normalized_unit": "percentage", "change": "="}]},
        {"text": "c", "quantities": [{"value": "3", "normalized_unit": "percentage", "change": "="}]},
    ]
    preds = {"a": [q(1, "pound foot")], "b": [q(2, "percent")], "c": [q(3, "percent")]}
    result, how = cross_validate(rows, preds.__getitem__, k=3)
    assert how == "contiguous blocks"
    assert [f.scores.tp["value+unit"] for f in result] == [1, 1, 1]
    assert [f.rebuilt.tp["value+unit"] for f in result] == [0, 1, 1]  # "foot pound-force" only in fold 1
    assert [f.novel for f in result] == [(0, 1), (0, 0), (0, 0)]
    assert [f.seen for f in result] == [(0, 0), (1, 1), (1, 1)]


def test_cross_validation_is_printed_beside_the_dev_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from evaluation.__main__ import main

    path = tmp_path / "mini.json"
    rows = [
        {
            "text": f"Rebels seized {n} villages.",
            "quantities": [{"value": str(n), "normalized_unit": "village"}],
        }
        for n in range(10, 20)
    ]
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert main(["newsquant", str(path), "--cv"]) == 0
    out = capsys.readouterr().out
    assert "5-fold cross-validation (contiguous blocks" in out
    assert "worst fold" in out and "sd" in out
    assert main(["newsquant", str(path), "--cv", "2"]) == 0
    assert "2-fold cross-validation" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("corpus", "content", "doc_id", "text", "value"),
    [
        (  # CheckThat! 2020's fact-checked claims (id, claim, title; quoted as csv quotes), cited by id
            "verified_claims.docs.tsv",
            '\tvclaim\ttitle\n7\t"A ""viral"" post says 40 ships sank."\tShips\n8\tNo figure here.\tNone\n',
            "7",
            'A "viral" post says 40 ships sank.',
            "40.0",
        ),
        (  # QuanTemp's ``claim@label`` lines have no id: a row cites the claim's number (from 1)
            "quantemp.csv",
            "claim@taxonomy_labels\nNo figure here.@temporal\nA toll of 30 people.@statistical\n",
            "2",
            "A toll of 30 people.",
            "30.0",
        ),
    ],
)
def test_rows_may_cite_a_corpus_of_claims(
    tmp_path: Path, corpus: str, content: str, doc_id: str, text: str, value: str
) -> None:
    claims = tmp_path / corpus
    claims.write_text(content, encoding="utf-8")
    row = {"doc_id": doc_id, "start": 0, "end": len(text), "quantities": [{"value": value, "change": "="}]}
    path = tmp_path / "claims.json"
    path.write_text(json.dumps([row]), encoding="utf-8")
    (loaded,) = load_rows(path, claims)
    assert loaded["text"] == text
    assert score([loaded]).tp["value"] == 1


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Wages are $4,000 less than last year.", "="),  # a difference said with a comparative after it
        ("Bids came in 12% higher than expected.", "="),
        ("The city hired 3,000 more teachers.", "="),
        ("The city hired two million more teachers.", "="),  # (a scale word before "more")
        ("The state paid an additional $4,000 to each.", "="),  # an amount on top, no verb of change
        ("Exports posted a 12% jump in October.", "="),  # a change a noun tells, which the app reads as one
        ("Sales fell, a drop of 12% from the month before.", "="),
        ("Sales fell, a drop of about 12% from the month before.", "~"),  # (a hedge and no direction)
        ("Wages fell $4,000 last year.", "down"),  # a change a verb says
        ("The city added 3,000 jobs.", "up"),
        ("Wholesale prices averaged $4,000 a tonne.", "~"),  # the figure after the verb "averaged"
        ("Homes stay an average of 12 days on the market.", "="),  # (the noun: dev marks it "=")
    ],
)
def test_a_comparative_or_a_noun_of_change_is_newsquants_equals(text: str, change: str) -> None:
    (found,) = [q for q in find_quantities(text) if q.low in (4000, 12, 3000, 2_000_000)]
    gold = {"value": str(found.low), "normalized_unit": "-", "change": change}
    rows = [{"text": text, "quantities": [gold]}]
    assert score(rows).tp["value+qualifier"] == 1


@pytest.mark.parametrize(
    ("pred", "gold"),
    [
        ("requests", "request for help"),
        ("boxes", "box of e-mail"),
        ("year of age", "age"),
        ("cups", "cup of tea"),
    ],
)
def test_a_counted_nouns_head_is_the_noun_before_its_modifier(pred: str, gold: str) -> None:
    assert units_agree(pred, gold)
    assert not units_agree("help", "request for help")


@pytest.mark.parametrize(
    ("text", "gold", "matched"),
    [
        # two levels "from X to Y" are NewsQuant's one range, the higher end first when it falls
        ("Heists fell from 47 to 31 this year.", "47.0-31.0", 1),
        ("He dropped from 208 pounds to 193 by exercising.", "208.0-193.0", 1),
        ("The journey fell from nearly 10 hours to about 4 hours.", "10.0-4.0", 1),
        # not levels in different units, each its own figure
        ("Trains will cut the journey from four hours to 95 minutes.", "4.0-95.0", 0),
    ],
)
def test_levels_from_one_to_another_are_newsquants_range(text: str, gold: str, matched: int) -> None:
    rows = [{"text": text, "quantities": [{"value": gold, "normalized_unit": "-", "change": "="}]}]
    assert score(rows).tp["value"] == matched


@pytest.mark.parametrize(
    ("text", "labelled"),
    [
        ("Rents are now nearly double the figure a decade ago.", False),  # a multiple in one word
        ("Exports rose fourfold last year.", False),
        ("The new plant is three times as large.", True),  # "N times" NewsQuant labels
    ],
)
def test_a_multiple_in_one_word_is_left_out_as_newsquant_does(text: str, labelled: bool) -> None:
    (multiple,) = [q for q in find_quantities(text) if q.unit == "times"]
    rows = [
        {
            "text": text,
            "quantities": [{"value": str(multiple.low), "normalized_unit": "count", "change": "="}],
        }
    ]
    assert score(rows).n_pred == (1 if labelled else 0)


def test_a_period_said_with_a_is_left_out_as_newsquant_leaves_it() -> None:
    text = "Over 300,000 patients had waited more than a year."
    rows = [
        {"text": text, "quantities": [{"value": "300000.0", "normalized_unit": "patient", "change": ">"}]}
    ]
    result = score(rows)
    assert result.n_pred == 1 and result.tp["value"] == 1
