"""``python -m evaluation ct24``: reads CheckThat! TSVs and prints P/R/F1 for ours and the baseline."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.__main__ import main as evaluate_main
from evaluation.ct24 import baseline, run

HEADER = "Sentence_id\tText\tclass_label\n"
YES = [
    "Unemployment rose to 7.8 percent in 2012.",
    "We cut taxes by 20 percent for 95 percent of families.",
    "The deficit doubled to $1.4 trillion in four years.",
    "He voted against the bill 12 times.",
    "Crime fell 30 percent in the last decade.",
    "Our exports grew by 50 percent since 2009.",
]
NO = [
    "Let me help the governor.",
    "What would you do about it?",
    "I will fight for you every single day.",
    "Thank you very much.",
    "We need to come together.",
    "That is a great question.",
]


def write_tsv(path: Path, rows: list[tuple[str, bool]], start: int = 1) -> Path:
    lines = [HEADER] + [f"{start + i}\t{text}\t{'Yes' if y else 'No'}\n" for i, (text, y) in enumerate(rows)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def rows() -> list[tuple[str, bool]]:
    return [(t, True) for t in YES] + [(t, False) for t in NO]


def test_run_prints_precision_recall_f1_of_ours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    test = write_tsv(tmp_path / "dev-test.tsv", rows())
    assert run(str(test)) == 0
    out = capsys.readouterr().out
    assert "12 sentences, 6 Yes" in out
    ours = next(line for line in out.splitlines() if line.startswith("ours"))
    assert "P=" in ours and "R=" in ours and "F1=" in ours
    assert "train.tsv/dev.tsv not found" in out  # no training files next to it: baseline skipped, said so


def test_run_through_the_dispatcher_computes_the_baseline_next_to_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("sklearn")
    write_tsv(tmp_path / "train.tsv", rows() * 3, start=100)
    write_tsv(tmp_path / "dev.tsv", rows(), start=500)
    test = write_tsv(tmp_path / "dev-test.tsv", rows(), start=900)
    assert evaluate_main(["ct24", str(test)]) == 0
    out = capsys.readouterr().out
    assert next(line for line in out.splitlines() if line.startswith("baseline TF-IDF")).count("=") == 3


def test_baseline_learns_the_fixture() -> None:
    pytest.importorskip("sklearn")
    records = [(str(i), t, y) for i, (t, y) in enumerate(rows())]
    p, r, f = baseline(records * 3, records)
    assert f > 0.8 and 0 <= p <= 1 and 0 <= r <= 1


def test_unreadable_or_empty_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(str(tmp_path / "absent.tsv")) == 2
    empty = tmp_path / "empty.tsv"
    empty.write_text(HEADER, encoding="utf-8")
    assert run(str(empty)) == 2
    assert "no labelled rows" in capsys.readouterr().err


def test_the_encoder_model_is_scored_beside_ours_where_it_is_installed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.checkworthiness import encoder_scorer
    from factcheck.matching import encoder

    if not encoder.available():
        pytest.skip("the sentence encoder is not installed")
    assert run(str(write_tsv(tmp_path / "dev-test.tsv", rows()))) == 0
    lines = capsys.readouterr().out.splitlines()
    scorer = encoder_scorer()
    assert any(line.startswith(f"encoder @{scorer.debate_threshold:.2f}") for line in lines)
    [claim_line] = [line for line in lines if line.startswith("encoder, is_claim @0.50")]
    assert "F1=" in claim_line
