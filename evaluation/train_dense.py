"""Train the optional encoder-based check-worthiness model (``checkworthiness_dense.json``).

``python -m evaluation.train_dense --train ../shared/eval/ct24/train.tsv --dev ../shared/eval/ct24/dev.tsv
--out evaluation/checkworthiness_dense.json``

Needs scikit-learn, numpy and ``wordllama`` (whose wheel ships its weights: nothing is downloaded).
Features: the WordLlama sentence embedding (``l2_supercat``, 256 dimensions, unit length) and the
default model's calibrated logit. For the training sentences that logit is out-of-fold (the default
recipe of ``evaluation/train.py`` in 5 contiguous id blocks of train, see ``evaluation/grouped.py``,
Platt-calibrated), since the shipped default model has seen them; for dev it comes from the default
recipe fitted on all of train. A balanced L2 logistic regression on train; its calibration (Platt)
and its debate threshold (F1-optimal) on dev; dev-test is only reported. The calibration is folded
into the weights, so inference is ``sigmoid(w . [embedding, logit] + bias)``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evaluation.grouped import Recipe, Scorer, contiguous_folds, default_recipe
from evaluation.train import Record, best_threshold, platt, prf, read_tsv, sentence_features

__all__ = ["ENCODER", "dense_recipe", "embed", "folded", "main", "oof_logits"]

ENCODER = {"package": "wordllama", "config": "l2_supercat", "dim": 256, "norm": True}


def embed(texts: Sequence[str]) -> Any:
    """Unit-length WordLlama embeddings (a numpy array, one row a text), loaded offline."""
    from evaluation.checkworthiness_dense import load_encoder

    return load_encoder().embed(list(texts), norm=True)


def oof_logits(recipe: Recipe, folds: Sequence[int]) -> list[float]:
    """Out-of-fold raw logits of ``recipe`` over the rows, fold by fold."""
    out = [0.0] * len(folds)
    for fold in range(max(folds) + 1):
        train = [i for i, f in enumerate(folds) if f != fold]
        test = [i for i, f in enumerate(folds) if f == fold]
        for i, z in zip(test, recipe(train)(test), strict=True):
            out[i] = z
    return out


def dense_recipe(embeddings: Any, logits: Sequence[float], gold: Sequence[bool], c: float = 1.0) -> Recipe:
    """A ``Recipe`` (see ``grouped``): logistic regression on ``[embedding, default logit]`` rows."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.hstack([np.asarray(embeddings, dtype=np.float64), np.asarray(logits, dtype=np.float64)[:, None]])

    def fit(rows: Sequence[int]) -> Scorer:
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, solver="lbfgs")
        model.fit(x[list(rows)], [gold[i] for i in rows])

        def scorer(test: Sequence[int]) -> list[float]:
            return [float(z) for z in model.decision_function(x[list(test)])]

        scorer.model = model  # type: ignore[attr-defined]
        return scorer

    return fit


def folded(model: Any, a: float, b: float) -> dict[str, Any]:
    """A fitted logistic regression on ``[embedding, default logit]`` with its Platt calibration
    (``a * z + b``) folded in: the weights, logit weight and bias a model's JSON ships."""
    coef = [float(w) * a for w in model.coef_[0]]
    return {
        "weights": [round(w, 5) for w in coef[:-1]],
        "logit_weight": round(coef[-1], 5),
        "bias": round(float(model.intercept_[0]) * a + b, 5),
    }


def _calibrated(logits: Sequence[float], gold: Sequence[bool]) -> tuple[float, float, list[float]]:
    a, b = platt(list(logits), list(gold))
    return a, b, [a * z + b for z in logits]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.train_dense", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--train", required=True)
    parser.add_argument("--dev", required=True)
    parser.add_argument("--dev-test", help="only reported")
    parser.add_argument("--out", required=True)
    parser.add_argument("--C", type=float, default=1.0, help="inverse L2 strength of the dense model")
    args = parser.parse_args(argv)
    import math

    train, dev = read_tsv(args.train), read_tsv(args.dev)
    records: list[Record] = train + dev
    feats = [sentence_features(t) for _, t, _ in records]
    gold = [y for _, _, y in records]
    n = len(train)
    rows_train, rows_dev = list(range(n)), list(range(n, len(records)))
    default = default_recipe(records, feats)
    folds = contiguous_folds([int(s) for s, _, _ in train], 5)
    a, b, oof = _calibrated(oof_logits(default, folds), gold[:n])
    dev_logits = [a * z + b for z in default(rows_train)(rows_dev)]
    emb = embed([t for _, t, _ in records])
    fit = dense_recipe(emb, oof + dev_logits, gold, args.C)(rows_train)
    model = fit.model  # type: ignore[attr-defined]
    da, db, dev_z = _calibrated(fit(rows_dev), gold[n:])
    dev_p = [1 / (1 + math.exp(-z)) for z in dev_z]
    threshold, f1_dev = best_threshold(gold[n:], dev_p)
    meta: dict[str, Any] = {
        "n": n,
        "C": args.C,
        "calibration_on_dev": {"a": round(da, 4), "b": round(db, 4)},
        "dev": {"best_threshold": threshold, "F1@best": round(f1_dev, 4)},
    }
    print(f"dev: best F1={f1_dev:.3f} at {threshold}")
    out = {
        "version": 1,
        "encoder": ENCODER,
        **folded(model, da, db),
        "threshold": 0.5,
        "debate_threshold": threshold,
        "meta": meta,
    }
    if args.dev_test:
        from evaluation.checkworthiness_dense import DenseModel
        from evaluation.ct24 import probability
        from factcheck.extraction.checkworthiness import load_model

        test = read_tsv(args.dev_test)
        dense = DenseModel.from_json(out)
        default_p = [probability(load_model(), t) for _, t, _ in test]
        probs = dense.probabilities([t for _, t, _ in test], default_p)
        f1_test = prf([y for _, _, y in test], [p >= threshold for p in probs])[2]
        meta["dev_test"] = {"F1@debate_threshold": round(f1_test, 4)}
        print(f"dev-test: F1={f1_test:.3f} at {threshold}")
    Path(args.out).write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
