"""``factcheck.extraction.evaluate``: every figure of the gold-file scorer, on hand-built gold files.

Each test builds gold claims that agree or disagree with known predictions in controlled ways, so the
expected counts are worked out by hand in the comments. The stored-layer tests hand-craft the machine
layer too; the re-run tests first pin what ``extract`` gives on their text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factcheck.extraction import extract
from factcheck.extraction.__main__ import sentence_json
from factcheck.extraction.evaluate import (
    GoldError,
    Report,
    Scores,
    load_gold,
    main,
    run,
    score,
)
from factcheck.extraction.version import EXTRACTOR_VERSION

ROOT = Path(__file__).resolve().parents[2]

# Sentences (as extract() splits them): S0 0..50, S1 51..102, S2 103..125, S3 126..153.
NEWS = (
    "The ministry said 30 people were killed on Monday. Officials estimated that about 2,000 families"
    " fled. \u201cIt is over,\u201d he said. Prices rose by 5% in March."
)


def at(text: str, piece: str, start: int = 0) -> tuple[int, int]:
    """Offsets of ``piece`` in ``text`` (first occurrence from ``start``)."""
    i = text.index(piece, start)
    return i, i + len(piece)


def figure(span: tuple[int, int], value: float | None, **extra: Any) -> dict[str, Any]:
    q = {"start": span[0], "end": span[1], "value": value, "low": None, "high": None, "unit": None}
    q.update({"qualifier": None, "origin": "machine"} | extra)
    return q


def claim(span: tuple[int, int], **extra: Any) -> dict[str, Any]:
    c = {"start": span[0], "end": span[1], "origin": "machine", "category": "other", "speaker": None}
    c.update({"quantities": [], "is_claim": True, "review": None} | extra)
    return c


def speaker(name: str) -> dict[str, Any]:
    return {"name": name, "start": 0, "end": 0, "type": "person"}


def article(text: str, claims: list[dict], *, version: str = "2026.12.1", **extra: Any) -> dict[str, Any]:
    line = {"article": {"id": 1, "title": "t", "language": "en", "source_url": ""}, "text": text}
    line.update({"extractor_version": version, "claims": claims, "not_claims": [], "machine": []} | extra)
    return line


def write(path: Path, *lines: dict | str) -> Path:
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8"
    )
    return path


def prf(s: Scores) -> tuple[int, int, int]:
    return s.tp, s.fp, s.fn


def cli(*args: str, module: str = "factcheck.extraction.evaluate") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


# --------------------------------------------------------------------------- re-running the extractor


def news_gold() -> dict[str, Any]:
    """Four gold claims and one not-a-claim against extract(NEWS):

    C0 = S0 plus a trailing space (exact after trimming); speaker "THE  ministry" (= "The ministry"
    folded); category casualties (=); figure 30 people, unit " People " (=), exact (=).
    C1 = "Officials ... 2,000 families" (IoU 45/51 with S1: overlap, not exact); no speaker (S1 has
    "Officials": wrong); displacement (=); figure "2,000": value (=), unit households (wrong),
    approximate (=).
    C2 = S3; no speaker (=); category money (S3: percentage, wrong); figure 5%: value (=), unit (=),
    qualifier exact (S3: increase, wrong).
    C3 = "The ministry said" (added; IoU 17/50 with S0: unmatched).
    """
    return article(
        NEWS,
        [
            claim(
                (0, 51),
                category="casualties",
                speaker=speaker("THE  ministry"),
                quantities=[figure(at(NEWS, "30 people"), 30.0, unit=" People ", qualifier="exact")],
            ),
            claim(
                at(NEWS, "Officials estimated that about 2,000 families"),
                origin="corrected",
                category="displacement",
                quantities=[
                    figure(
                        at(NEWS, "2,000"),
                        2000.0,
                        unit="households",
                        qualifier="approximate",
                        origin="corrected",
                    )
                ],
            ),
            claim(
                at(NEWS, "Prices rose by 5% in March."),
                category="money",
                quantities=[
                    figure(at(NEWS, "5%"), 5.0, unit="percent", qualifier="exact", origin="corrected")
                ],
            ),
            claim(at(NEWS, "The ministry said"), origin="added"),
        ],
        not_claims=[dict(zip(("start", "end"), at(NEWS, "\u201cIt is over,\u201d he said."), strict=True))],
    )


def test_the_extractor_output_the_news_test_relies_on() -> None:
    sentences = extract(NEWS)
    assert [(s.start, s.end) for s in sentences] == [(0, 50), (51, 102), (103, 125), (126, 153)]
    assert [s.speaker.name if s.speaker else None for s in sentences] == [
        "The ministry",
        "Officials",
        None,
        None,
    ]
    assert [str(s.category) for s in sentences] == ["casualties", "displacement", "other", "percentage"]
    figures = [(q.surface, q.value, q.unit, str(q.qualifier)) for s in sentences for q in s.quantities]
    assert figures == [
        ("30 people", 30.0, "people", "exact"),
        ("about 2,000 families", 2000.0, "families", "approximate"),
        ("5%", 5.0, "percent", "increase"),
    ]


def test_rerun_scores_every_figure() -> None:
    reports = score(load_gold([json.dumps(news_gold())]))
    assert list(reports) == ["current"]
    r = reports["current"]
    assert (r.extractor_version, r.stored) == (EXTRACTOR_VERSION, False)
    assert (r.articles, r.gold_claims, r.predicted_sentences, r.gold_figures, r.predicted_figures) == (
        1,
        4,
        4,
        3,
        3,
    )
    # exact: C0-S0 and C2-S3 of 4 gold, 4 predicted
    assert prf(r.exact) == (2, 2, 2)
    assert (r.exact.precision, r.exact.recall, r.exact.f1) == (0.5, 0.5, 0.5)
    # overlap: C0-S0, C1-S1, C2-S3; C3 unmatched, S2 (marked not a claim) a false positive
    assert prf(r.overlap) == (3, 1, 1)
    assert (r.overlap.precision, r.overlap.recall, r.overlap.f1) == (0.75, 0.75, 0.75)
    assert (r.speaker.correct, r.speaker.n) == (2, 3)
    assert (r.category.correct, r.category.n) == (2, 3)
    assert r.speaker.accuracy == pytest.approx(2 / 3)
    # all three figure pairs match; C1's unit and C2's qualifier disagree (each one FP and one FN)
    assert prf(r.value) == (3, 0, 0)
    assert prf(r.value_unit) == (2, 1, 1)
    assert prf(r.value_qualifier) == (2, 1, 1)
    assert r.value_unit.f1 == pytest.approx(2 / 3)
    assert dict(r.claim_origins) == {"machine": 2, "corrected": 1, "added": 1}
    assert dict(r.figure_origins) == {"machine": 1, "corrected": 2}
    assert r.not_claims == 1


def test_rerun_ignores_the_stored_layer_and_stored_ignores_the_extractor() -> None:
    line = news_gold()
    # a stored layer of one sentence: C0 exactly, with no figures
    line["machine"] = [{**sentence_json(extract(NEWS)[0]), "quantities": []}]
    articles = load_gold([json.dumps(line)])
    assert prf(score(articles)["current"].exact) == (2, 2, 2)
    stored = score(articles, stored=True)
    assert list(stored) == ["2026.12.1"]
    r = stored["2026.12.1"]
    assert (r.extractor_version, r.stored, r.predicted_sentences, r.predicted_figures) == (
        "2026.12.1",
        True,
        1,
        0,
    )
    assert prf(r.exact) == (1, 0, 3)
    assert prf(r.overlap) == (1, 0, 3)
    assert (r.exact.precision, r.exact.recall, r.exact.f1) == (1.0, 0.25, 0.4)
    assert prf(r.value) == (0, 0, 3)


# --------------------------------------------------------------------------- hand-made machine layers

BOUNDARY_TEXT = "  Alpha beta gamma.  Delta epsilon zeta eta.  Theta iota.  "


def test_boundaries_trim_whitespace_and_match_best_iou_first() -> None:
    """Gold: GA = " Alpha beta gamma. " (with its spaces), G1 = "Delta epsilon", G2 = "Delta epsilon zeta
    eta.", GC = "Theta". Predicted: PA = "Alpha beta gamma.", P1 = "Delta epsilon zeta", PT = "Theta iota.".

    exact: GA-PA only -> tp 1, fp 2, fn 3. Overlap: GA-PA (1.0); P1 has IoU 13/18 with G1 and 18/23 with
    G2, so best-first takes G2 (G1, which comes first, must not get it); GC-PT is 5/11 < 0.5 -> tp 2, fp 1,
    fn 2. Speakers (GA Ann / PA "ann", G2 Bob / P1 Bob; G1 is Carl): 2 of 2. Categories: 1 of 2.
    """
    t = BOUNDARY_TEXT
    ga = at(t, "Alpha beta gamma.")
    gold = [
        claim((ga[0] - 1, ga[1] + 1), speaker=speaker("Ann"), category="money"),
        claim(at(t, "Delta epsilon"), speaker=speaker("Carl"), category="aid"),
        claim(at(t, "Delta epsilon zeta eta."), speaker=speaker("Bob"), category="aid"),
        claim(at(t, "Theta")),
    ]
    machine = [
        claim(ga, speaker={"name": "ann", "start": 0, "end": 0}, category="money"),
        claim(at(t, "Delta epsilon zeta"), speaker={"name": "Bob", "start": 0, "end": 0}, category="other"),
        claim(at(t, "Theta iota.")),
    ]
    r = score(load_gold([json.dumps(article(t, gold, machine=machine))]), stored=True)["2026.12.1"]
    assert prf(r.exact) == (1, 2, 3)
    assert (r.exact.precision, r.exact.recall) == (pytest.approx(1 / 3), 0.25)
    assert r.exact.f1 == pytest.approx(2 / 7)
    assert prf(r.overlap) == (2, 1, 2)
    assert (r.overlap.precision, r.overlap.recall, r.overlap.f1) == pytest.approx((2 / 3, 0.5, 4 / 7))
    assert (r.speaker.correct, r.speaker.n) == (2, 2)
    assert (r.category.correct, r.category.n) == (1, 2)


def test_a_whitespace_only_difference_is_an_exact_match_and_iou_half_is_enough() -> None:
    t = "ab cd ef gh"
    gold = [claim((0, 3)), claim((6, 11))]  # "ab " -> "ab"; "ef gh" vs "ef" is IoU 2/5 -> no match
    machine = [claim((0, 2)), claim((6, 8)), claim((3, 5))]
    r = score(load_gold([json.dumps(article(t, gold, machine=machine))]), stored=True)["2026.12.1"]
    assert prf(r.exact) == (1, 2, 1)
    assert prf(r.overlap) == (1, 2, 1)
    # IoU exactly 0.5 ("ab cd" vs "ab") does match
    gold = [claim((0, 4))]  # "ab c": IoU 2/4 with "ab"
    r = score(load_gold([json.dumps(article(t, gold, machine=machine))]), stored=True)["2026.12.1"]
    assert prf(r.overlap) == (1, 2, 0)
    assert prf(r.exact) == (0, 3, 1)


def test_figures_value_unit_and_qualifier_criteria() -> None:
    """Gold figures g0..g5, g7 (7); predicted p0..p3, p5a, p5b, p6, p7 (8); pairs by overlap:
    g0-p0 all equal (unit "people" vs "People ", low/high null vs repeated value);
    g1-p1 range 10..20 (=), unit "km" vs "" (wrong), approximate (=);
    g2-p2 vague (no value, low or high: =), unit "" vs None (=), qualifier None vs exact (wrong);
    g3-p3 1e6 vs 1e6 (1 + 1e-12) (= within 1e-9), "Dollar" vs "dollar" (=), more_than vs at_least (wrong);
    g4 no predicted figure (FN); g5 overlaps p5a by 2 and p5b by 6: largest first, so g5-p5b (all =),
    p5a (value 99) is a FP; p6 overlaps nothing (FP); g7-p7 1000000 vs 1000001 (value wrong).
    value: g0 g1 g2 g3 g5 -> tp 5, fp 3, fn 2; +unit: g0 g2 g3 g5 -> 4, 4, 3; +qualifier: g0 g1 g5 -> 3, 5, 4.
    """
    t = "x" * 100
    gold = [
        figure((10, 15), 5.0, unit="people", qualifier="exact"),
        figure((20, 30), None, low=10.0, high=20.0, unit="km", qualifier="approximate"),
        figure((40, 45), None, unit="", qualifier=None, origin="added"),
        figure((50, 55), 1e6, unit="Dollar", qualifier="more_than", origin="corrected"),
        figure((60, 65), 7.0),
        figure((70, 80), 3.0),
        figure((85, 88), 1000000.0),
    ]
    predicted = [
        figure((10, 15), 5.0, low=5.0, high=5.0, unit="People ", qualifier="exact"),
        figure((22, 28), None, low=10.0, high=20.0, unit="", qualifier="approximate"),
        figure((40, 45), None, unit=None, qualifier="exact"),
        figure((50, 55), 1e6 * (1 + 1e-12), unit="dollar", qualifier="at_least"),
        figure((68, 72), 99.0),
        figure((74, 80), 3.0),
        figure((90, 95), 8.0),
        figure((85, 88), 1000001.0),
    ]
    gold_claims = [claim((0, 50), quantities=gold[:3]), claim((50, 100), quantities=gold[3:])]
    machine = [claim((0, 100), quantities=predicted)]
    r = score(load_gold([json.dumps(article(t, gold_claims, machine=machine))]), stored=True)["2026.12.1"]
    assert (r.gold_figures, r.predicted_figures) == (7, 8)
    assert prf(r.value) == (5, 3, 2)
    assert (r.value.precision, r.value.recall) == (5 / 8, 5 / 7)
    assert r.value.f1 == pytest.approx(2 / 3)  # 2 * 5 / (8 + 7)
    assert prf(r.value_unit) == (4, 4, 3)
    assert r.value_unit.f1 == pytest.approx(8 / 15)
    assert prf(r.value_qualifier) == (3, 5, 4)
    assert r.value_qualifier.f1 == pytest.approx(6 / 15)
    assert dict(r.figure_origins) == {"machine": 5, "added": 1, "corrected": 1}
    # claims: neither gold claim is the one predicted sentence's span; (0, 50) has IoU 0.5 and matches
    assert prf(r.exact) == (0, 1, 2)
    assert prf(r.overlap) == (1, 0, 1)


def test_ranges_need_both_ends_equal() -> None:
    """10..20 vs 10..20 (=), 10..20 vs 10..25 (high differs), 10..20 vs 15 (a range is not a value),
    open range "over 10" (10..None) vs 10..None (=) and vs 10..20 (wrong): value tp 2 of 5 pairs."""
    pairs = [
        ((10.0, 20.0), (None, 10.0, 20.0)),
        ((10.0, 20.0), (None, 10.0, 25.0)),
        ((10.0, 20.0), (15.0, 15.0, 15.0)),
        ((10.0, None), (None, 10.0, None)),
        ((10.0, None), (None, 10.0, 20.0)),
    ]
    gold = [figure((i, i + 1), None, low=lo, high=hi) for i, ((lo, hi), _) in enumerate(pairs)]
    predicted = [figure((i, i + 1), v, low=lo, high=hi) for i, (_, (v, lo, hi)) in enumerate(pairs)]
    line = article("x" * 5, [claim((0, 5), quantities=gold)], machine=[claim((0, 5), quantities=predicted)])
    r = score(load_gold([json.dumps(line)]), stored=True)["2026.12.1"]
    assert prf(r.value) == (2, 3, 3)


def test_stored_layers_are_reported_per_version_in_version_order() -> None:
    t = "one two"
    same = [claim((0, 3))]
    lines = [
        article(t, same, version="2026.12.10", machine=[claim((0, 3))]),
        article(t, same, version="", machine=[claim((0, 7))]),
        article(t, same, version="2026.12.9", machine=[claim((4, 7))]),
        article(t, same, version="2026.12.10", machine=[claim((0, 3)), claim((4, 7))]),
    ]
    reports = score(load_gold([json.dumps(x) for x in lines]), stored=True)
    assert list(reports) == ["unknown", "2026.12.9", "2026.12.10"]
    assert [r.extractor_version for r in reports.values()] == ["", "2026.12.9", "2026.12.10"]
    assert [r.articles for r in reports.values()] == [1, 1, 2]
    assert [prf(r.exact) for r in reports.values()] == [(0, 1, 1), (0, 1, 1), (2, 1, 0)]
    rerun = score(load_gold([json.dumps(x) for x in lines]))
    assert list(rerun) == ["current"] and rerun["current"].articles == 4


def test_no_articles_gives_zeros() -> None:
    assert load_gold(["", "  \n"]) == []
    r = score([])["current"]
    assert (r.articles, r.gold_claims, r.speaker.n, r.category.n) == (0, 0, 0, 0)
    assert (r.exact.precision, r.overlap.recall, r.value.f1, r.speaker.accuracy) == (0.0, 0.0, 0.0, 0.0)
    assert score([], stored=True) == {}


def test_to_dict_shape() -> None:
    d = Report("v", stored=True).to_dict()
    assert list(d) == [
        "extractor_version",
        "stored",
        "counts",
        "boundaries",
        "figures",
        "speaker",
        "category",
        "corrections",
    ]
    assert list(d["figures"]) == ["value", "value+unit", "value+qualifier"]
    assert d["boundaries"]["exact"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert d["speaker"] == {"accuracy": 0.0, "correct": 0, "n": 0}
    json.dumps(d)


def test_load_gold_reads_bytes_lines_and_a_byte_order_mark(tmp_path: Path) -> None:
    line = json.dumps(article("ab", [claim((0, 2))], version="v"))
    path = tmp_path / "gold.jsonl"
    path.write_bytes(("\ufeff" + line + "\n\n").encode("utf-8"))
    for source in (path, str(path), [line.encode("utf-8")]):
        (a,) = load_gold(source)
        assert (a.line, a.text, a.extractor_version, a.id, a.title) == (1, "ab", "v", 1, "t")
        assert [(c.start, c.end, c.origin) for c in a.claims] == [(0, 2, "machine")]


# ---------------------------------------------------------------------------------------- command line


def test_cli_json_matches_the_function_api(tmp_path: Path) -> None:
    path = write(tmp_path / "gold.jsonl", news_gold())
    result = cli("gold", str(path), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert (document["file"], document["stored"], document["articles"]) == (str(path), False, 1)
    assert "message" not in document
    current = document["reports"]["current"]
    assert current == score(load_gold(path))["current"].to_dict()
    assert current["counts"] == {
        "articles": 1,
        "gold_claims": 4,
        "predicted_sentences": 4,
        "gold_figures": 3,
        "predicted_figures": 3,
    }
    assert current["boundaries"]["overlap"]["f1"] == 0.75
    assert current["figures"]["value+unit"] == {
        "precision": pytest.approx(2 / 3),
        "recall": pytest.approx(2 / 3),
        "f1": pytest.approx(2 / 3),
        "tp": 2,
        "fp": 1,
        "fn": 1,
    }
    assert current["speaker"] == {"accuracy": pytest.approx(2 / 3), "correct": 2, "n": 3}
    assert current["corrections"] == {
        "claims": {"machine": 2, "added": 1, "corrected": 1},
        "figures": {"corrected": 2, "machine": 1},
        "not_claims": 1,
    }
    assert list(current["corrections"]["claims"]) == ["machine", "added", "corrected"]  # most frequent first

    via_evaluation = cli("gold", str(path), "--json", module="evaluation")
    assert via_evaluation.returncode == 0, via_evaluation.stderr
    assert json.loads(via_evaluation.stdout) == document


def test_cli_table_and_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = news_gold()
    line["machine"] = [sentence_json(s) for s in extract(NEWS)]
    path = write(tmp_path / "gold.jsonl", line)
    assert main(["gold", str(path), "--stored"]) == 0
    out = capsys.readouterr().out
    assert "== 2026.12.1 (extractor 2026.12.1, stored machine layer) ==" in out
    rows = {r.split()[0] + " " + r.split()[1]: r.split()[2:] for r in out.splitlines() if r.startswith("  ")}
    assert rows["claims exact"] == ["0.500", "0.500", "0.500", "2", "2", "2"]
    assert rows["figures value+unit"] == ["0.667", "0.667", "0.667", "2", "1", "1"]
    assert rows["speaker accuracy"][:3] == ["0.667", "(2", "of"]
    assert "gold claims by origin: machine 2, added 1, corrected 1; marked not a claim: 1" in out


def test_cli_empty_file_is_not_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "empty.jsonl")
    result = cli("gold", str(path), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert (document["articles"], document["message"]) == (0, "no annotated articles")
    assert document["reports"]["current"]["speaker"] == {"accuracy": 0.0, "correct": 0, "n": 0}
    assert run(str(path)) == 0
    assert "no annotated articles" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lines", "where", "message"),
    [
        ([article("ab", []), "{not json"], "line 2", "invalid JSON"),
        (["", "", {"article": {}, "claims": []}], "line 3", '"text" is missing'),
        ([{"text": 5}], "line 1", '"text" must be a string'),
        (["[1, 2]"], "line 1", "must be a JSON object"),
        ([article("ab", [claim((0, 9))])], "line 1", "claims[0]: span 0..9 is outside the text"),
        ([article("ab", [{**claim((0, 2)), "end": "2"}])], "line 1", 'claims[0]: "end" must be an integer'),
        (
            [article("ab", [claim((0, 2), quantities=[{**figure((0, 1), 5.0), "value": "5"}])])],
            "line 1",
            'claims[0]: quantities[0]: "value" must be a number',
        ),
        ([article("ab", [], machine={"a": 1})], "line 1", '"machine" must be a list'),
    ],
)
def test_cli_bad_input(tmp_path: Path, lines: list, where: str, message: str) -> None:
    path = write(tmp_path / "gold.jsonl", *lines)
    result = cli("gold", str(path), "--stored")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"evaluate: {path} {where}: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(GoldError) as info:
        load_gold(path)
    assert info.value.line == int(where.split()[1])


def test_cli_missing_file_and_bad_utf8(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    result = cli("gold", str(missing), "--json")
    assert result.returncode == 2
    assert result.stderr == f"evaluate: {missing}: cannot read (No such file or directory)\n"
    assert result.stdout == ""
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "ok"}\n{"text": "\xff"}\n')
    result = cli("gold", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith(f"evaluate: {bad} line 2: not valid UTF-8")
    assert "Traceback" not in result.stderr
