"""``python -m factcheck.matching rank``: known fact-checks ranked for queries, on the app's code path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.matching.__main__ import average_precision, main, scores
from factcheck.models import FactCheck

CLAIMS = (
    "\tvclaim\ttitle\n"
    '1\t"250,000 people live under siege in eastern Aleppo."\tAre 250,000 besieged in Aleppo?\n'
    "2\tThe CBC deleted Donald Trump's cameo from Home Alone 2.\tDid CBC cut Trump from Home Alone 2?\n"
    "3\tButterflies survived the Australian fires by hiding in wombat holes.\tWombats and butterflies\n"
)
QUERIES = (
    "\ttweet_content\n"
    'a\tDEFUND. CBC. NOW. "CBC deletes Trump from Home Alone 2" #DefundTheCBC\n'
    "b\tHow are butterflies surviving the #AustralianFires? In wombat holes!\n"
)
QRELS = "a 0 2 1\nb 0 3 1\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    paths = {}
    for name, text in (("claims.tsv", CLAIMS), ("queries.tsv", QUERIES), ("qrels", QRELS)):
        (tmp_path / name).write_text(text)
        paths[name] = str(tmp_path / name)
    return paths


@pytest.mark.django_db
def test_rank_prints_trec_lines_best_first_and_the_scores(files, capsys):
    args = ["rank", "--index", files["claims.tsv"], "--queries", files["queries.tsv"], "--top", "2"]
    assert main([*args, "--database", "configured", "--tag", "run1", "--qrels", files["qrels"]]) == 0
    out, err = capsys.readouterr()
    lines = [line.split() for line in out.splitlines()]
    assert lines[0][:4] == ["a", "Q0", "2", "1"] and lines[0][5] == "run1"
    assert ["b", "Q0", "3", "1"] in [line[:4] for line in lines]
    assert all(len(line) == 6 for line in lines)
    assert "MAP@5 1.000  MRR 1.000  R@5 1.000" in err
    # the verified claims are known fact-checks of the configured database now, and loading is idempotent
    assert FactCheck.objects.count() == 3
    main([*args, "--database", "configured"])
    assert FactCheck.objects.count() == 3


def test_rank_in_memory_leaves_the_configured_database_alone(files, tmp_path):
    rest = ["--queries", files["queries.tsv"], "--format", "json"]
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.matching", "rank", "--index", files["claims.tsv"], *rest],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "FACTCHECK_VAR_DIR": str(tmp_path / "var")},
    )
    assert result.returncode == 0, result.stderr
    assert '"query": "a", "doc": "2", "rank": 1' in result.stdout
    assert not (tmp_path / "var" / "db.sqlite3").exists()


def test_the_measures_follow_the_task_definitions():
    assert average_precision(["x", "g", "y"], {"g"}) == 0.5
    assert average_precision(["g1", "x", "g2"], {"g1", "g2"}) == pytest.approx((1 + 2 / 3) / 2)
    assert scores({"q": ["x", "g"], "r": ["y"]}, {"q": {"g"}, "r": {"z"}}) == {
        "MAP@5": 0.25,
        "MRR": 0.25,
        "R@5": 0.5,
    }
