"""Grouped cross-validation of the check-worthiness training recipes, by blocks of whole debates.

CT24 gives no debate id, and its sentence ids are not in date order (1980 next to 2012), but they do
follow the transcripts: a debate is one run of consecutive ids. So the folds are ``k`` contiguous
blocks of the sorted ids of train + dev (dev-test, ids above them all, stays out), each cut moved to
the widest id gap near it (moderators' passages and missing debates leave gaps, so a cut tends to
fall between debates). Every debate then sits in one fold, except at most the ``k - 1`` that a cut
may still split; no block is shared between folds. This is the figure to judge a model by: it
scores debates the model has not seen, as the held-out test set does, where dev and dev-test
(drawn from the same debates as train, or from a few newer ones) overstate it.

Each fold is scored as the shipped model would be: the threshold and the calibration come from
the training folds only (their own grouped out-of-fold scores, pooled; see ``grouped_cv``), never
from the fold scored. The F1 at each fold's own best threshold is printed too, as an upper bound.

The recipes: ``default`` (``checkworthiness``'s features, vocabulary selection and the L2 logistic
regression of ``evaluation/train.py``, undistilled), ``distilled`` (the same fitted to soft targets from a
sentence-encoder teacher, as ``train.py --distil`` trains the shipped model) and ``dense``
(``evaluation/train_dense.py``: sentence embeddings and the default model's logit). The dense recipe's
logit feature is the default (or distilled) recipe's out-of-fold raw logit of this same CV (computed
once): for the training sentences those values come from models that saw the fold scored, a second-order
leak, which can only flatter the dense recipe.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from evaluation.train import (
    DISTIL_ALPHA,
    DISTIL_C,
    Record,
    best_threshold,
    platt,
    prf,
    select_vocabulary,
    sentence_features,
    sigmoid,
)

__all__ = [
    "CVResult",
    "contiguous_folds",
    "default_recipe",
    "distilled_recipe",
    "fit_soft",
    "grouped_cv",
    "paired",
    "soft_targets",
    "teacher_probabilities",
]

# a fitted recipe: scores (raw logits) for the given row indices
Scorer = Callable[[Sequence[int]], list[float]]
Recipe = Callable[[Sequence[int]], Scorer]


def contiguous_folds(ids: Sequence[int], k: int, window: int | None = None) -> list[int]:
    """The fold (0 .. k-1) of each id: ``k`` contiguous runs of the sorted ids, each cut moved (by at most
    ``window`` sentences: 150, or a quarter of a fold if less) to the widest gap between consecutive ids,
    so cuts fall between debates."""
    if k < 2:
        raise ValueError("at least 2 folds")
    order = sorted(set(ids))
    if len(order) < k:
        raise ValueError("fewer distinct ids than folds")
    if window is None:
        window = min(150, len(order) // (4 * k))
    cuts: list[int] = []
    for i in range(1, k):
        target = round(i * len(order) / k)
        low = max(cuts[-1] + 1 if cuts else 1, target - window)
        high = min(len(order) - (k - i), target + window)
        best = max(range(low, high + 1), key=lambda p: (order[p] - order[p - 1], -abs(p - target)))
        cuts.append(best)
    fold_of: dict[int, int] = {}
    fold = 0
    for position, sid in enumerate(order):
        while fold < k - 1 and position >= cuts[fold]:
            fold += 1
        fold_of[sid] = fold
    return [fold_of[sid] for sid in ids]


@dataclass
class CVResult:
    """Per-fold F1 at the threshold chosen on the training folds, and out-of-fold calibrated logits."""

    name: str
    f1: list[float]
    best_f1: list[float]  # each fold's F1 at its own best threshold (an upper bound, for reference)
    thresholds: list[float]
    oof_logit: list[float] = field(default_factory=list)  # calibrated by each fold's own training folds
    oof_raw: list[float] = field(default_factory=list)  # the recipe's raw decision values
    # F1 at the threshold F1-optimal on the newest training fold alone (train.py's ``forward`` rule)
    forward_f1: list[float] = field(default_factory=list)

    @property
    def mean(self) -> float:
        return statistics.fmean(self.f1)

    @property
    def sd(self) -> float:
        return statistics.stdev(self.f1) if len(self.f1) > 1 else 0.0

    @property
    def worst(self) -> float:
        return min(self.f1)

    def line(self) -> str:
        folds = " ".join(f"{f:.3f}" for f in self.f1)
        return (
            f"{self.name:<28} F1 mean={self.mean:.3f} sd={self.sd:.3f} worst={self.worst:.3f}  "
            f"(folds {folds}; at each fold's best cut {statistics.fmean(self.best_f1):.3f}"
            + (
                f"; threshold of the newest training fold {statistics.fmean(self.forward_f1):.3f}"
                if self.forward_f1
                else ""
            )
            + ")"
        )


def grouped_cv(
    name: str, recipe: Recipe, ids: Sequence[int], gold: Sequence[bool], folds: Sequence[int]
) -> CVResult:
    """Score ``recipe`` fold by fold (see the module docstring for the threshold and calibration).

    Nested without refitting per fold: for each pair of folds ``{j, f}`` the recipe is fitted once on
    the others, and scores fold ``j`` for outer fold ``f`` (and ``f`` for ``j``). The threshold and Platt
    fit for fold ``f`` are then F1-optimal and fitted on those pooled inner out-of-fold scores of the
    training folds, as ``train.py --threshold-from cv`` does on all data; ``k(k+1)/2`` fits in all.
    """
    k = max(folds) + 1
    if k < 3:
        raise ValueError("grouped_cv needs at least 3 folds (its threshold comes from pairs of the others)")
    members = [[i for i, f in enumerate(folds) if f == fold] for fold in range(k)]
    inner: list[dict[int, float]] = [{} for _ in range(k)]
    for j in range(k):
        for f in range(j + 1, k):
            scorer = recipe([i for i, g in enumerate(folds) if g not in (j, f)])
            inner[f].update(zip(members[j], scorer(members[j]), strict=True))
            inner[j].update(zip(members[f], scorer(members[f]), strict=True))
    result = CVResult(name, [], [], [], [0.0] * len(gold), [0.0] * len(gold))
    for fold in range(k):
        train = [i for i, f in enumerate(folds) if f != fold]
        test = members[fold]
        held_logits = [inner[fold][i] for i in train]
        a, b = platt(held_logits, [gold[i] for i in train])
        threshold, _ = best_threshold([gold[i] for i in train], [sigmoid(a * z + b) for z in held_logits])
        raw = recipe(train)(test)
        logits = [a * z + b for z in raw]
        test_gold = [gold[i] for i in test]
        probs = [sigmoid(z) for z in logits]
        result.f1.append(prf(test_gold, [p >= threshold for p in probs])[2])
        result.best_f1.append(best_threshold(test_gold, probs)[1])
        result.thresholds.append(threshold)
        newest = max((f for f in range(k) if f != fold), key=lambda f: max(ids[i] for i in members[f]))
        forward, _ = best_threshold(
            [gold[i] for i in members[newest]], [sigmoid(a * inner[fold][i] + b) for i in members[newest]]
        )
        result.forward_f1.append(prf(test_gold, [p >= forward for p in probs])[2])
        for i, z, r in zip(test, logits, raw, strict=True):
            result.oof_logit[i] = z
            result.oof_raw[i] = r
    return result


def default_recipe(
    records: Sequence[Record],
    feats: Sequence[list[str]] | None = None,
    c: float = 0.1,
    class_weight: str | None = "balanced",
    min_df: int = 5,
    min_groups: int = 3,
    group_size: int = 1000,
) -> Recipe:
    """``evaluation/train.py``'s recipe (vocabulary chosen on the training rows only), as a ``Recipe``."""
    from sklearn.linear_model import LogisticRegression

    all_feats = list(feats) if feats is not None else [sentence_features(t) for _, t, _ in records]

    def fit(rows: Sequence[int]) -> Scorer:
        vec, x = _lexical(records, all_feats, rows, min_df, min_groups, group_size)
        model = LogisticRegression(C=c, class_weight=class_weight, max_iter=2000, solver="lbfgs")
        model.fit(x, [records[i][2] for i in rows])
        return _linear_scorer(vec, model, all_feats)

    return fit


def _lexical(
    records: Sequence[Record],
    all_feats: Sequence[list[str]],
    rows: Sequence[int],
    min_df: int,
    min_groups: int,
    group_size: int,
) -> tuple[Any, Any]:
    """The default recipe's rows: the vocabulary chosen on ``rows`` alone, and their vectorised features."""
    from sklearn.feature_extraction import DictVectorizer

    part = [records[i] for i in rows]
    vocab = select_vocabulary(part, [all_feats[i] for i in rows], min_df, min_groups, group_size)
    vec = DictVectorizer()
    return vec, vec.fit_transform([Counter(f for f in all_feats[i] if f in vocab) for i in rows])


def _linear_scorer(vec: Any, model: Any, all_feats: Sequence[list[str]]) -> Scorer:
    def scorer(test: Sequence[int]) -> list[float]:
        xt = vec.transform([Counter(all_feats[i]) for i in test])
        return [float(z) for z in model.decision_function(xt)]

    return scorer


DISTIL_INNER_FOLDS = 3


def distilled_recipe(
    records: Sequence[Record],
    embeddings: Any,
    feats: Sequence[list[str]] | None = None,
    alpha: float = DISTIL_ALPHA,
    c: float = DISTIL_C,
    min_df: int = 5,
    min_groups: int = 3,
    group_size: int = 1000,
) -> Recipe:
    """The default recipe (features, vocabulary, L2 logistic regression: still one linear sum at inference)
    fitted to soft targets: ``alpha * gold + (1 - alpha) * p``, where ``p`` is a teacher's probability, a
    balanced logistic regression on ``embeddings`` (the sentence encoder's layer means). Strictly nested:
    the teacher's ``p`` for a fit's rows comes out of fold within those rows (``teacher_probabilities``), so
    no row's target has seen its own label, nor any row of the fold scored. At ``alpha`` 1 it is the
    default recipe (``fit_soft``)."""
    import numpy as np

    all_feats = list(feats) if feats is not None else [sentence_features(t) for _, t, _ in records]
    x_teacher = np.asarray(embeddings, dtype=np.float64)
    labels = np.asarray([y for _, _, y in records], dtype=np.float64)
    ids = [int(sid) for sid, _, _ in records]

    def fit(rows: Sequence[int]) -> Scorer:
        rows = list(rows)
        target = soft_targets(x_teacher, labels, ids, rows, alpha)
        vec, x = _lexical(records, all_feats, rows, min_df, min_groups, group_size)
        return _linear_scorer(vec, fit_soft(x, labels[rows], target, c), all_feats)

    return fit


def soft_targets(x_teacher: Any, labels: Any, ids: Sequence[int], rows: list[int], alpha: float) -> Any:
    """Each of ``rows``' target: ``alpha`` times its label plus the rest times the teacher's out-of-fold
    probability (``teacher_probabilities``; not fitted at all at ``alpha`` 1)."""
    teacher = teacher_probabilities(x_teacher, labels, ids, rows) if alpha < 1 else 0.0
    return alpha * labels[rows] + (1 - alpha) * teacher


def teacher_probabilities(x_teacher: Any, labels: Any, ids: Sequence[int], rows: Sequence[int]) -> Any:
    """The distillation teacher's out-of-fold probability of each of ``rows``: a balanced logistic
    regression on ``x_teacher`` fitted on ``DISTIL_INNER_FOLDS`` - 1 blocks of whole debates of ``rows``
    (``contiguous_folds`` of their ``ids``) and scoring the last, in turn."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    inner = np.asarray(contiguous_folds([ids[i] for i in rows], DISTIL_INNER_FOLDS))
    at = np.asarray(rows)
    probability = np.zeros(len(rows))
    for fold in range(DISTIL_INNER_FOLDS):
        fitted = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000, solver="lbfgs")
        fitted.fit(x_teacher[at[inner != fold]], labels[at[inner != fold]])
        probability[inner == fold] = fitted.predict_proba(x_teacher[at[inner == fold]])[:, 1]
    return probability


def fit_soft(x: Any, gold: Any, target: Any, c: float) -> Any:
    """An L2 logistic regression fitted to soft ``target`` s in [0, 1]: each row twice, as a Yes weighted by
    its target and as a No by one minus it, each weighted by its class's balance in ``gold`` as
    ``class_weight="balanced"`` weighs (so a target equal to ``gold`` is the balanced fit)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    gold = np.asarray(gold, dtype=np.float64)
    target = np.asarray(target, dtype=np.float64)
    n, yes = len(gold), float(gold.sum())
    weight = np.r_[target * n / (2 * yes), (1 - target) * n / (2 * (n - yes))]
    model = LogisticRegression(C=c, max_iter=3000, solver="lbfgs")
    twice = np.r_[np.arange(n), np.arange(n)]  # each row as a Yes, then as a No
    model.fit(x[twice], np.r_[np.ones(n), np.zeros(n)], sample_weight=weight)
    return model


def paired(a: CVResult, b: CVResult) -> str:
    """Fold-by-fold difference of ``b`` over ``a``: mean, sd, and in how many folds ``b`` is better."""
    diffs = [y - x for x, y in zip(a.f1, b.f1, strict=True)]
    sd = statistics.stdev(diffs) if len(diffs) > 1 else 0.0
    wins = sum(d > 0 for d in diffs)
    return (
        f"{b.name} - {a.name}: mean {statistics.fmean(diffs):+.3f} sd {sd:.3f}, "
        f"better in {wins}/{len(diffs)} folds"
    )
