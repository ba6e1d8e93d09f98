"""Training: TSV reading (incl. the glued record), vocabulary selection, thresholds, a tiny end-to-end fit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.train import best_threshold, main, platt, prf, read_tsv, select_vocabulary
from factcheck.extraction.checkworthiness import Model, features, load_model, tokens
from tests.extraction.test_checkworthiness import feature_sum

CLAIMS = [
    "Crime fell 30 percent in the last decade.",
    "We cut taxes by 20 percent for 95 percent of families.",
]
CHATTER = ["Thank you very much.", "Let me help the governor."]


def rows() -> list[tuple[str, bool]]:
    return [(t, True) for t in CLAIMS] + [(t, False) for t in CHATTER]


def write_tsv(path: Path, rows: list[tuple[str, bool]], start: int = 1) -> Path:
    lines = ["Sentence_id\tText\tclass_label\n"]
    lines += [f"{start + i}\t{text}\t{'Yes' if y else 'No'}\n" for i, (text, y) in enumerate(rows)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_read_tsv_splits_two_records_run_together(tmp_path: Path) -> None:
    path = tmp_path / "train.tsv"
    path.write_text(
        "Sentence_id\tText\tclass_label\n"
        "1\tFirst one.\tYes\n"
        "24098\tWe've got to invest and grow.\tNo29286\tYou can't bring back jobs.\tNo\n"
        '3\t"He said ""no"" twice."\tYes\n',
        encoding="utf-8",
    )
    assert read_tsv(path) == [
        ("1", "First one.", True),
        ("24098", "We've got to invest and grow.", False),
        ("29286", "You can't bring back jobs.", False),
        ("3", 'He said "no" twice.', True),
    ]


def test_read_tsv_without_header_and_skipping_malformed_rows(tmp_path: Path) -> None:
    path = tmp_path / "x.tsv"
    path.write_text("7\tA claim.\tYes\nbroken line\n8\tNot one.\tMaybe\n9\tNo claim.\tNo\n", encoding="utf-8")
    assert read_tsv(path) == [("7", "A claim.", True), ("9", "No claim.", False)]


def test_vocabulary_keeps_general_words_and_drops_rare_words_and_proper_nouns() -> None:
    records, feats = [], []
    for i in range(40):
        text = f"we met Obama and the number rose in group{i % 4}"
        records.append((str(i * 1000), text, i % 2 == 0))
        feats.append(features(text))
    records.append(("99999", "zebra", False))
    feats.append(features("zebra"))
    vocab = select_vocabulary(records, feats, min_df=5, min_groups=3, group_size=1000)
    assert "w=number" in vocab and "b=number_rose" in vocab
    assert "w=obama" not in vocab and "b=met_obama" not in vocab  # capitalised mid-sentence: a name
    assert "w=zebra" not in vocab  # rare
    assert "w=group0" not in vocab  # only in a few debates
    assert "len<10" in vocab or "len<20" in vocab  # non-lexical features always stay


def test_prf_and_best_threshold() -> None:
    assert prf([True, True, False, False], [True, False, True, False]) == (0.5, 0.5, 0.5)
    assert prf([False], [False]) == (0.0, 0.0, 0.0)
    threshold, f1 = best_threshold([True, True, False], [0.9, 0.7, 0.3])
    assert f1 == 1.0 and 0.3 < threshold <= 0.7


def test_tokens_are_lower_case_words_and_whole_figures() -> None:
    assert tokens('We\u2019ll cut 1,500 jobs (5%) -- why? "Twenty-one" in 2012.') == [
        "we'll",
        "cut",
        "1,500",
        "jobs",
        "5%",
        "why",
        "twenty-one",
        "in",
        "2012",
    ]


def test_figures_are_seen_by_their_shape() -> None:
    names = features("He spent $2.5 million, 7% of 1,500 in 2012.")
    for shape in ("w=<money>", "w=<pct>", "w=<num>", "w=<year>"):
        assert shape in names
    assert "w=2012" not in names and "year" in names and "money" in names and "pct" in names


def test_end_to_end_training_writes_a_loadable_reproducible_model(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    train = write_tsv(tmp_path / "train.tsv", rows() * 6, start=0)
    dev = write_tsv(tmp_path / "dev.tsv", rows(), start=7000)
    out1, out2 = tmp_path / "m1.json", tmp_path / "m2.json"
    args = ["--data", str(train), "--data", str(dev), "--min-df", "1", "--min-groups", "1", "--cv", "2"]
    assert main([*args, "--group-size", "10", "--out", str(out1)]) == 0
    assert main([*args, "--group-size", "10", "--out", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()  # deterministic
    data = json.loads(out1.read_text(encoding="utf-8"))
    meta = data["meta"]
    assert (
        meta["threshold_from"] == "forward" and {"grouped_cv", "forward", "dev", "calibration"} <= meta.keys()
    )
    assert data["debate_threshold"] == meta["forward"]["best_threshold"] and data["threshold"] == 0.5
    # the reference baseline is scored on the same forward split
    assert 0.0 <= meta["forward"]["baseline"]["F1@0.5"] <= meta["forward"]["baseline"]["F1@best"] <= 1.0
    model = load_model(str(out1))
    assert isinstance(model, Model) and model.threshold == 0.5
    assert model.debate_threshold == data["debate_threshold"]
    claim = "Crime fell 30 percent in the last decade."
    chatter = "Thank you very much."
    logit = model.fast_logit(claim, tokens(claim), [], "other", False)
    assert logit == pytest.approx(feature_sum(model, features(claim)))
    assert logit > model.fast_logit(chatter, tokens(chatter), [], "other", False)


def test_platt_calibration_recovers_the_rate() -> None:
    pytest.importorskip("sklearn")
    # logit 1 is right half the time, logit 0 never: the calibrated probabilities must say so
    a, b = platt([0.0, 1.0, 0.0, 1.0] * 50, [False, True, False, False] * 50)
    assert 1 / (1 + 2.718281828 ** -(a * 0.0 + b)) == pytest.approx(0.0, abs=0.05)
    assert 1 / (1 + 2.718281828 ** -(a * 1.0 + b)) == pytest.approx(0.5, abs=0.05)


def test_distilled_training_writes_the_same_kind_of_model_fitted_to_the_teachers_targets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--distil`` asks the sentence encoder for the teacher's features at training time only: here a
    stand-in, one dimension per distinct sentence. The model it writes is the same linear sum."""
    np = pytest.importorskip("numpy")
    pytest.importorskip("sklearn")
    import factcheck.checkworthiness as checkworthiness

    texts = [text for text, _ in rows()]
    monkeypatch.setattr(
        checkworthiness,
        "features",
        lambda batch: np.asarray([np.eye(len(texts))[texts.index(t)] for t in batch]),
    )
    train = write_tsv(tmp_path / "train.tsv", rows() * 6, start=0)
    dev = write_tsv(tmp_path / "dev.tsv", rows(), start=7000)
    args = ["--data", str(train), "--data", str(dev), "--min-df", "1", "--min-groups", "1", "--cv", "2"]
    outs = [tmp_path / name for name in ("plain.json", "distilled.json", "again.json")]
    assert main([*args, "--group-size", "10", "--out", str(outs[0])]) == 0
    for out in outs[1:]:
        assert main([*args, "--group-size", "10", "--distil", "--out", str(out)]) == 0
    assert outs[1].read_bytes() == outs[2].read_bytes()  # deterministic
    plain, distilled = (json.loads(out.read_text(encoding="utf-8")) for out in outs[:2])
    assert distilled["meta"]["C"] == 0.3 and plain["meta"]["C"] == 0.1
    assert distilled["meta"]["distilled"]["label_weight"] == 0.6 and "distilled" not in plain["meta"]
    assert distilled["weights"] != plain["weights"]
    model = load_model(str(outs[1]))
    claim, chatter = CLAIMS[0], CHATTER[0]
    assert model.fast_logit(claim, tokens(claim), [], "other", False) > model.fast_logit(
        chatter, tokens(chatter), [], "other", False
    )
