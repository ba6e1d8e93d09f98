"""Check-worthiness on a CheckThat! 2024 TSV: P/R/F1 of the Yes class, ours next to a TF-IDF baseline.

Run through ``python -m evaluation ct24 PATH``. Ours is scored at the model's
debate threshold (F1-optimal on newer debates, chosen by ``train.py`` without the test file) and,
on a second line, at the stricter ``is_claim`` threshold that the product applies to news. The
baseline (TF-IDF of word uni- and bigrams + logistic regression, fitted on ``train.tsv`` and
``dev.tsv`` found next to PATH) is computed in the same run when scikit-learn is installed, so the
figures are comparable. Where the sentence encoder is installed, the model ``CHECKWORTHINESS=encoder``
uses (``factcheck.checkworthiness``) is scored beside ours, at its two thresholds.

With ``--cv K`` it also prints the grouped cross-validation of ``evaluation/grouped.py`` over
``train.tsv`` + ``dev.tsv`` (K folds of whole debates, threshold and calibration from the training
folds): mean, sd and worst fold F1 of the default recipe undistilled, and of the WordLlama recipe
(``train_dense.py``) with the fold-by-fold difference when ``wordllama`` is installed; then, when the
sentence encoder (``factcheck.matching.encoder``) is, of the default recipe as the shipped model is
trained (``grouped.distilled_recipe``: the same pure-Python model fitted to a mix of the labels and an
encoder teacher's out-of-fold probabilities; ``train.py --distil``) and of the sentence-encoder recipe on its
logit. This is the figure to judge a model by; dev is in the shipped model's training data and dev-test
comes from a few debates only. The WordLlama model's dev and dev-test lines are printed when it is installed.
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


def run(path: str, cv: int = 0) -> int:
    """Print P/R/F1 of the Yes class, ours and the baseline (and the grouped CV with ``cv`` folds);
    0 on success, 2 on unreadable input."""
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
    dense_probs = _dense_lines(test, probs)
    encoder_probs = _encoder_lines(test, probs)
    beside = all(f.exists() for f in train_files) and Path(path).resolve() not in {
        f.resolve() for f in train_files
    }
    if beside:
        result = baseline([r for f in train_files for r in read_tsv(f)], test)
        if result is None:
            print("baseline: scikit-learn not installed")
        else:
            print(_line("baseline TF-IDF + LR", *result))
        dev = read_tsv(train_files[1])
        dev_probs = [probability(model, text) for _, text, _ in dev]
        dev_gold = [y for _, _, y in dev]
        print(f"{train_files[1]}: {len(dev)} sentences (in the shipped models' training data)")
        print(_line("ours (dev)", *prf(dev_gold, [p >= model.debate_threshold for p in dev_probs])))
        if dense_probs is not None:
            _dense_lines(dev, dev_probs, label="dense (dev)")
        if encoder_probs is not None:
            _encoder_lines(dev, dev_probs, label="encoder (dev)")
    else:
        print("baseline: train.tsv/dev.tsv not found next to the test file (or testing on them)")
    if cv:
        if cv < 3:
            print("grouped CV: at least 3 folds", file=sys.stderr)
            return 2
        if not beside:
            print("grouped CV: needs train.tsv and dev.tsv next to the test file")
        else:
            return _grouped(train_files, cv)
    return 0


def _dense_lines(test: list[Record], default_probs: list[float], label: str = "dense") -> list[float] | None:
    """Print the encoder model's P/R/F1 at its debate threshold when it can run here; its probabilities."""
    from evaluation import checkworthiness_dense as dense

    if not dense.available():
        print(f"{label}: not installed (the 'dense' extra: wordllama)")
        return None
    try:
        model = dense.load_dense_model()
        probs = model.probabilities([t for _, t, _ in test], default_probs)
    except dense.DenseUnavailable as exc:
        print(f"{label}: {exc}")
        return None
    gold = [y for _, _, y in test]
    print(
        _line(
            f"{label} @{model.debate_threshold:.2f}", *prf(gold, [p >= model.debate_threshold for p in probs])
        )
    )
    return probs


def _encoder_lines(
    test: list[Record], default_probs: list[float], label: str = "encoder"
) -> list[float] | None:
    """Print the shipped sentence-encoder model's P/R/F1 (``CHECKWORTHINESS=encoder``) at its debate and
    ``is_claim`` thresholds when the encoder is installed; its probabilities."""
    from factcheck.checkworthiness import encoder_scorer
    from factcheck.matching import encoder

    if not encoder.available():
        print(f"{label}: not installed (requirements-encoder.txt)")
        return None
    scorer = encoder_scorer()
    probs = scorer.probabilities([t for _, t, _ in test], default_probs)
    gold = [y for _, _, y in test]
    for name, threshold in ((label, scorer.debate_threshold), (f"{label}, is_claim", scorer.threshold)):
        print(_line(f"{name} @{threshold:.2f}", *prf(gold, [p >= threshold for p in probs])))
    return probs


def _grouped(files: list[Path], k: int) -> int:
    """The grouped CV lines (see the module docstring); 2 without scikit-learn."""
    try:
        from evaluation.grouped import contiguous_folds, default_recipe, grouped_cv, paired
    except ImportError:
        print("grouped CV: scikit-learn not installed", file=sys.stderr)
        return 2
    records = [r for f in files for r in read_tsv(f)]
    ids = [int(sid) for sid, _, _ in records]
    gold = [y for _, _, y in records]
    folds = contiguous_folds(ids, k)
    print(f"grouped {k}-fold CV on {len(records)} sentences of train + dev (id blocks of whole debates):")
    try:
        undistilled = grouped_cv("default, undistilled", default_recipe(records), ids, gold, folds)
    except ImportError:
        print("grouped CV: scikit-learn not installed", file=sys.stderr)
        return 2
    print(undistilled.line())
    from evaluation import checkworthiness_dense as dense
    from evaluation.train_dense import dense_recipe

    if dense.available():
        from evaluation.train_dense import embed

        # (the WordLlama experiment reads the undistilled recipe's logit, as it was trained)
        emb = embed([t for _, t, _ in records])
        wordllama = grouped_cv("dense recipe", dense_recipe(emb, undistilled.oof_raw, gold), ids, gold, folds)
        print(wordllama.line())
        print(paired(undistilled, wordllama))
    else:
        print("dense recipe: not installed (the 'dense' extra: wordllama)")
    from factcheck.matching import encoder as sentence_encoder

    if not sentence_encoder.available():
        print(
            "default recipe (shipped: distilled from the sentence encoder) and sentence-encoder recipe: "
            "not installed (requirements-encoder.txt)"
        )
        return 0
    from evaluation.grouped import distilled_recipe
    from factcheck.checkworthiness import features

    # All-MiniLM-L6-v2's six layer means of the cleaned sentences, as CHECKWORTHINESS=encoder scores them
    # and as the default model's teacher reads them at training: about 20 ms a sentence, eight minutes here.
    emb = features([t for _, t, _ in records])
    default = grouped_cv("default recipe (distilled)", distilled_recipe(records, emb), ids, gold, folds)
    print(default.line())
    print(paired(undistilled, default))
    minilm = grouped_cv("sentence-encoder recipe", dense_recipe(emb, default.oof_raw, gold), ids, gold, folds)
    print(minilm.line())
    print(paired(default, minilm))
    return 0


def probability(model: Model, text: str) -> float:
    """The score ``extract`` would give ``text`` as a sentence of its own."""
    quantities = find_quantities(text)
    has_speaker = find_speaker(text) is not None
    return score(text, quantities, sentence_category(text, quantities), has_speaker, model)[0]
