"""``evaluation/train_encoder.py``: the sentence encoder's check-worthiness model is trained
deterministically, and its shift for news puts the intended share of news sentences in the high tier."""

from __future__ import annotations

import random

import pytest

from evaluation.train import sigmoid
from evaluation.train_encoder import HIGH_SHARE, news_shift, train
from factcheck.checkworthiness import EncoderScorer, logit
from factcheck.extraction.types import PRIORITY_CUTOFFS, Priority
from tests.evaluation.test_ct24 import NO, YES

HIGH = PRIORITY_CUTOFFS[Priority.HIGH]


def _shifted(p: float, shift: float) -> float:
    return 0.0 if p == 0.0 else sigmoid(logit(p) + shift)


@pytest.mark.parametrize("share", [0.15, HIGH_SHARE, 0.25])
def test_the_shift_puts_the_share_asked_for_in_the_high_tier(share):
    rng = random.Random(7)
    scores = [rng.uniform(0.01, 0.99) for _ in range(997)] + [0.0] * 3  # pieces stay low
    shift = news_shift(scores, share)
    high = sum(_shifted(p, shift) >= HIGH for p in scores)
    assert high == round(share * len(scores))


def test_a_shift_needs_enough_scored_sentences():
    with pytest.raises(ValueError, match="fewer than 20%"):
        news_shift([0.9] + [0.0] * 99)


def _data(n_per_class: int = 60):
    rng = random.Random(3)
    records, embeddings = [], []
    for i in range(2 * n_per_class):
        yes = i % 2 == 0
        text = (YES if yes else NO)[i // 2 % 6]
        records.append((str(1000 + 97 * i), text, yes))
        signal = 0.6 if yes else -0.6
        embeddings.append([signal + rng.gauss(0, 1.0)] + [rng.gauss(0, 1.0) for _ in range(3)])
    return records, embeddings


def test_training_is_deterministic_and_the_news_shift_lands_in_the_bias():
    import numpy as np

    records, embeddings = _data()
    news_logits = [x / 10 for x in range(-40, 40)]

    def news(model: dict) -> list[float]:  # stands for the scores of news sentences under ``model``
        return [sigmoid(model["bias"] + z) for z in news_logits]

    first = train(records, np.asarray(embeddings), news=news)
    assert first == train(records, np.asarray(embeddings), news=news)
    assert len(first["weights"]) == 4 and first["threshold"] == 0.5 and 0 < first["debate_threshold"] < 1
    shift = first["meta"]["calibration"]["news_shift"]
    assert shift != 0.0
    high = sum(sigmoid(first["bias"] + z) >= HIGH for z in news_logits)
    assert abs(high - HIGH_SHARE * len(news_logits)) <= 1  # (the bias is rounded to five decimals)
    unshifted = train(records, np.asarray(embeddings))
    assert unshifted["meta"]["calibration"]["news_shift"] == 0.0
    assert first["bias"] == pytest.approx(unshifted["bias"] + shift, abs=1e-4)
    assert first["weights"] == unshifted["weights"]  # a shift keeps the order: only the bias moves
    scorer = EncoderScorer.from_json(first, "test")
    assert scorer.debate_threshold == first["debate_threshold"]
