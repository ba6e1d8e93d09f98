"""``bench/extraction_diff.py`` and ``bench/extraction.py --baseline``: a revision against the worktree."""

from __future__ import annotations

import importlib.util
import json
import logging
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
