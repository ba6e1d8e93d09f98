"""The QuanTemp recall report, on a tiny made-up file (no eval data in the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.quantemp import read_claims, run


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "claims.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_read_claims_splits_at_the_last_at_sign(tmp_path: Path) -> None:
    lines = "claim@taxonomy_labels\nMail me@example.org: 40 people died@statistical\n@temporal\n"
    path = write(tmp_path, lines)
    assert read_claims(path) == [("Mail me@example.org: 40 people died", "statistical")]


def test_run_reports_recall_per_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(
        tmp_path,
        "claim@taxonomy_labels\n"
        "The strike killed 40 civilians and wounded 120 more.@statistical\n"
        "The bridge opened in 1987.@temporal\n",
    )
    assert run(path) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert lines["statistical"][1:4] == ["1", "100.0%", "100.0%"]
    assert lines["temporal"][3] == "0.0%"  # a year is not a claim figure
    assert lines["all"][1] == "2"


def test_run_refuses_an_unreadable_or_empty_file(tmp_path: Path) -> None:
    assert run(str(tmp_path / "missing.csv")) == 2
    assert run(write(tmp_path, "claim@taxonomy_labels\n")) == 2
