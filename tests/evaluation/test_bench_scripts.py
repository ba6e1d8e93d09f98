"""``bench/extraction_diff.py`` and ``bench/extraction.py --baseline``: a revision against the worktree."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from pathlib import Path
from types import ModuleType

import pytest

from evaluation.baseline import GitUnavailable, materialise

BENCH = Path(__file__).resolve().parents[2] / "bench"


def script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def head() -> str:
    try:
        materialise("HEAD")
    except GitUnavailable as exc:
        pytest.skip(f"git history unavailable: {exc}")
    return "HEAD"


def test_diff_reads_every_known_set_counts_and_lists_unknown_files(
    head: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ecbplus").mkdir()
    articles = [{"text": "Rebels seized 20 villages. “We won,” he said."}, {"text": "No figures."}]
    (tmp_path / "ecbplus" / "articles.jsonl").write_text(
        "\n".join(map(json.dumps, articles)), encoding="utf-8"
    )
    (tmp_path / "new-set.jsonl").write_text("{}", encoding="utf-8")
    assert script("extraction_diff").main(["--baseline", head, "--eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    ecb = next(line for line in out.splitlines() if line.strip().startswith("ECB+ articles"))
    assert ecb.split()[2:] == ["2", "texts", "3", "sentences", "0", "differing"]
    assert "(no reader for new-set.jsonl: not compared)" in out
    assert "(missing: " in out  # the other sets, absent here
    assert "0 texts with differences" in out
    assert (
        out.rstrip().splitlines()[-1].startswith("failures the working tree contained and logged, by stage:")
    )


def test_diff_counts_the_failures_the_working_tree_logged(
    head: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import factcheck.extraction as extraction

    diff = script("extraction_diff")
    monkeypatch.setattr(diff, "repo_texts", lambda: {"two": ["Rebels seized 20 villages.", "It killed 5."]})

    def broken(*args: object) -> None:
        raise RuntimeError("bug in a rule")

    monkeypatch.setattr(extraction, "sentence_category", broken)
    assert diff.main(["--baseline", head, "--eval", str(tmp_path / "absent")]) == 1  # categories differ
    assert capsys.readouterr().out.rstrip().endswith("by stage: category 2")
    assert logging.getLogger("factcheck.extraction").propagate  # the count ends with the comparison


def test_diff_fails_on_a_difference(head: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    diff = script("extraction_diff")
    monkeypatch.setattr(diff, "extract", lambda text: [])
    assert diff.main(["--baseline", head, "--eval", str(tmp_path / "absent")]) == 1


def test_bench_times_the_baseline_alongside(head: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--limit", "3", "--repeat", "2", "--quantulum-limit", "0", "--baseline", head]
    assert script("extraction").main(args) == 0
    out = capsys.readouterr().out
    assert "baseline:" in out and "best of 2 rounds" in out
    ratio = next(line for line in out.splitlines() if "working tree / baseline" in line)
    assert float(ratio.split(":")[1].split("x")[0]) > 0
    assert "quantulum3" not in out


def test_pathological_bench_prints_rates_peaks_and_growth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles.jsonl"
    article = {"text": "Rebels seized 20 villages. “We won,” he said."}
    articles.write_text(json.dumps(article) + "\n", encoding="utf-8")
    args = ["--sizes", "0.002,0.004", "--only", "digits,pronouns", "--prose", str(articles)]
    assert script("pathological_extraction").main(args) == 0
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines()]
    assert [row[:2] for row in rows if row and row[0] in ("prose", "digits", "pronouns")][:6] == [
        ["prose", "0.002"],
        ["prose", "0.004"],
        ["digits", "0.002"],
        ["digits", "0.004"],
        ["pronouns", "0.002"],
        ["pronouns", "0.004"],
    ]
    assert "growth from 0.002 MB to 0.004 MB" in out
    growth = [row for row in rows if row and row[0] == "pronouns"][-1]
    assert float(growth[1]) > 0 and float(growth[2]) > 0


def test_pathological_bench_needs_its_prose(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        script("pathological_extraction").main(["--prose", str(tmp_path / "absent.jsonl")])


def test_no_bench_script_hides_a_standard_library_module() -> None:
    """Run as ``python bench/X.py``, bench/ comes first on sys.path: a ``bench/http.py`` hid the standard
    library's ``http`` from Django, and every bench that set Django up failed at its first import."""
    names = {path.stem for path in BENCH.glob("*.py")}
    assert not names & set(sys.stdlib_module_names)
