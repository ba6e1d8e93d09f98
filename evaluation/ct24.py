"""Check-worthiness on a CheckThat! 2024 TSV: P/R/F1 of the Yes class, ours next to a TF-IDF baseline.

Run through ``python -m evaluation ct24 PATH``. Ours is scored at the model's
debate threshold (F1-optimal on newer debates, chosen by ``train.py`` without the test file) and,
on a second line, at the stricter ``is_claim`` threshold that the product applies to news. The
baseline (TF-IDF of word uni- and bigrams + logistic regression, fitted on ``train.tsv`` and
``dev.tsv`` found next to PATH) is computed in the same run when scikit-learn is installed, so the
figures are comparable.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evaluation.train import Record, baseline_probabilities, prf, read_tsv
from factcheck.extraction.categories import sentence_category
from factcheck.extraction.checkworthiness import Model, load_model, score
from factcheck.extraction.quantities import find_quantities
from factcheck.extraction.speakers import find_speaker

__all__ = ["baseline", "probability", "run"]


def _line(name: str, p: float, r: float, f: float) -> str:
    return f"{name:<28} P={p:.3f}  R={r:.3f}  F1={f:.3f}"


def baseline(train: list[Record], test: list[Record]) -> tuple[float, float, float] | None:
    """P/R/F1 of TF-IDF + logistic regression trained on ``train`` (its own 0.5 cut); None without
    scikit-learn."""
    try:
        probs = baseline_probabilities(train, test)
    except ImportError:
        return None
    return prf([y for _, _, y in test], [p >= 0.5 for p in probs])


def run(path: str) -> int:
    """Print P/R/F1 of the Yes class, ours and the baseline; 0 on success, 2 on unreadable input."""
    try:
        test = read_tsv(path)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 2
    if not test:
        print(f"no labelled rows in {path}", file=sys.stderr)
        return 2
    model = load_model()
    gold = [y for _, _, y in test]
    probs = [probability(model, text) for _, text, _ in test]
    print(f"{path}: {len(test)} sentences, {sum(gold)} Yes")
    print(
        _line(
            f"ours @{model.debate_threshold:.2f} (debates)",
            *prf(gold, [p >= model.debate_threshold for p in probs]),
        )
    )
    if model.threshold != model.debate_threshold:
        print(
            _line(
                f"ours @{model.threshold:.2f} (is_claim)", *prf(gold, [p >= model.threshold for p in probs])
            )
        )
    here = Path(path).parent
    train_files = [here / "train.tsv", here / "dev.tsv"]
    if all(f.exists() for f in train_files) and Path(path).resolve() not in {
        f.resolve() for f in train_files
    }:
        result = baseline([r for f in train_files for r in read_tsv(f)], test)
        if result is None:
            print("baseline: scikit-learn not installed")
        else:
            print(_line("baseline TF-IDF + LR", *result))
    else:
        print("baseline: train.tsv/dev.tsv not found next to the test file (or testing on them)")
    return 0


def probability(model: Model, text: str) -> float:
    """The score ``extract`` would give ``text`` as a sentence of its own."""
    quantities = find_quantities(text)
    has_speaker = find_speaker(text) is not None
    return score(text, quantities, sentence_category(text, quantities), has_speaker, model)[0]
