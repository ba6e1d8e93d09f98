"""Check-worthiness: the shipped model, pure-Python inference, and ranking on the seed article."""

from __future__ import annotations

import json
import logging
import random
from pathlib import Path

import pytest

from factcheck.extraction import extract
from factcheck.extraction.checkworthiness import MODEL_PATH, Model, features, load_model, score, tokens
from factcheck.extraction.types import Category, Quantity, QuantityKind

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_afe4df272759aabc.txt"


def feature_sum(model: Model, names: list[str]) -> float:
    """The logit by definition, the slow way: the bias plus the weight of every feature occurrence."""
    return model.bias + sum(model.weights.get(name, 0.0) for name in names)


SENTENCES = [
    "We're consuming 50 percent of the world's cocaine.",
    "Unemployment rose to 7.8% in 2012, the highest since 1983.",
    "I will fight for you every single day.",
    "Let me help the governor.",
    "What would you do about it?",
    "He voted against the bill twice, didn't he?",
    "The the the the.",
    "",
    "Our budget is $1.2 trillion, and we've cut it by 10 percent since last year!",
]


def test_shipped_model_is_small_and_complete() -> None:
    assert MODEL_PATH.stat().st_size < 2_000_000
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert {"bias", "threshold", "weights", "meta"} <= data.keys()
    assert 0.0 < data["debate_threshold"] <= data["threshold"] < 1.0
    assert len(data["weights"]) > 100


def test_vocabulary_is_general_not_topic_names() -> None:
    weights = load_model().weights
    for name in ("obama", "romney", "clinton", "trump", "iraq", "medicare"):
        assert "w=" + name not in weights
    assert "w=percent" in weights  # general words are kept


@pytest.mark.parametrize("sentence", SENTENCES)
def test_fast_inference_equals_the_trained_feature_sum(sentence: str) -> None:
    model = load_model()
    qs = [Quantity("50", 0, 2, 50.0, 50.0, 50.0, kind=QuantityKind.PERCENT, category=Category.PERCENTAGE)]
    for quantities, category, has_speaker in (([], Category.OTHER, False), (qs, Category.PERCENTAGE, True)):
        slow = feature_sum(model, features(sentence, quantities, category, has_speaker))
        fast = model.fast_logit(sentence, tokens(sentence), quantities, category, has_speaker)
        assert fast == pytest.approx(slow, abs=1e-9)


@pytest.mark.parametrize("nul", ["", "\x00"], ids=["one-pass", "nul-in-text"])
def test_document_scoring_equals_scoring_each_sentence(nul: str) -> None:
    """``score_many`` (what ``extract`` uses) gives every sentence exactly its ``score``."""
    model = load_model()
    qs = [Quantity("50", 0, 2, 50.0, 50.0, 50.0, kind=QuantityKind.PERCENT, category=Category.PERCENTAGE)]
    texts = [s + nul if i == 2 else s for i, s in enumerate(SENTENCES)] + ["-- /", "we percent we"]
    quantities = [qs if i % 2 else [] for i in range(len(texts))]
    categories = [Category.PERCENTAGE if q else Category.OTHER for q in quantities]
    speakers = [i % 3 == 0 for i in range(len(texts))]
    expected = [
        score(t, q, c, h, model) for t, q, c, h in zip(texts, quantities, categories, speakers, strict=True)
    ]
    assert model.score_many(texts, quantities, categories, speakers) == expected
    assert model.score_many([], [], [], []) == []


@pytest.mark.parametrize("sentence", SENTENCES)
def test_score_is_a_probability_and_is_claim_follows_the_threshold(sentence: str) -> None:
    p, is_claim = score(sentence)
    assert 0.0 <= p <= 1.0
    assert is_claim == (p >= load_model().threshold)


def test_figures_and_facts_outrank_plans_questions_and_chatter() -> None:
    fact = score("Unemployment rose to 7.8 percent in 2012, the highest rate since 1983.")[0]
    for other in (
        "I will fight for you every single day.",
        "Let me help the governor.",
        "What would you do?",
    ):
        assert fact > score(other)[0] + 0.2


def test_news_categories_lift_the_score() -> None:
    text = "The shelling killed 40 people."
    plain = Quantity("40 people", 21, 30, 40.0, 40.0, 40.0, kind=QuantityKind.CARDINAL)
    casualty = Quantity(
        "40 people", 21, 30, 40.0, 40.0, 40.0, kind=QuantityKind.CARDINAL, category=Category.CASUALTIES
    )
    assert score(text, [casualty])[0] > score(text, [plain])[0]


def test_seed_figures_about_people_and_territory_rank_high() -> None:
    sentences = extract(SEED.read_text(encoding="utf-8"))
    ranked = sorted(sentences, key=lambda s: s.checkworthiness, reverse=True)
    for needle in ("250,000 people", "more than 20 villages"):
        (s,) = [s for s in sentences if needle in s.text]
        assert s.checkworthiness > 0.5 or s in ranked[:3]
        assert s.is_claim


def test_source_line_and_headline_are_not_claims() -> None:
    sentences = extract(SEED.read_text(encoding="utf-8"))
    assert not sentences[-1].is_claim  # "Source: Reuters and ARA News"
    assert sentences[-1].checkworthiness < min(s.checkworthiness for s in sentences if "250,000" in s.text)


def test_missing_or_broken_artefact_gives_a_neutral_model_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "model.json"
    broken.write_text("{not json", encoding="utf-8")
    for path in (str(broken), str(tmp_path / "absent.json")):
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="factcheck.extraction"):
            model = load_model(path)
        assert model.weights == {} and model.bias == 0.0
        assert score("Anything at all.", model=model)[0] == 0.5
        (record,) = caplog.records
        assert record.levelno == logging.WARNING and record.stage == "checkworthiness"
        assert path in record.getMessage() and record.exc_info is not None


def test_model_round_trips_through_json() -> None:
    model = Model.from_json({"weights": {"w=percent": 1.5, "b=<s>_we": -0.5}, "bias": -1.0, "threshold": 0.4})
    assert model.fast_logit("we percent", ["we", "percent"], [], Category.OTHER, False) == pytest.approx(0.0)
    assert score("we percent", model=model) == (0.5, True)


def test_thresholds_default_and_round_trip() -> None:
    data = {"weights": {}, "bias": 0.0, "threshold": 0.5}
    assert Model.from_json(data).debate_threshold == 0.5
    assert Model.from_json({**data, "debate_threshold": 0.2}).debate_threshold == 0.2


def test_probabilities_are_calibrated_on_debates() -> None:
    """Mean predicted probability over a mixed batch stays near CheckThat!'s Yes rate, not near 0.5."""
    batch = [
        "Thank you very much.",
        "I will fight for you every single day.",
        "We need to come together as a country.",
        "Let me help the governor.",
        "That is a great question.",
        "Unemployment rose to 7.8 percent in 2012.",
        "He voted against the bill 12 times.",
        "I love this country.",
    ]
    mean = sum(score(s)[0] for s in batch) / len(batch)
    assert 0.1 < mean < 0.45


def test_is_claim_is_strict_enough_for_news() -> None:
    """News states facts in nearly every sentence: headline, plans and regrets are not claims."""
    sentences = extract(SEED.read_text(encoding="utf-8"))
    assert not sentences[0].is_claim  # the headline
    for needle in ("are considering tougher responses", "we express regret"):
        (s,) = [s for s in sentences if needle in s.text]
        assert not s.is_claim
    assert sum(s.is_claim for s in sentences) <= 0.8 * len(sentences)
    model = load_model()
    assert model.debate_threshold < model.threshold  # debates' F1 cut is looser than is_claim


_FIGURE_KINDS = list(QuantityKind)
_FIGURE_CATEGORIES = list(Category)


def _figures(seed: int, count: int) -> list[Quantity]:
    rng = random.Random(seed)
    return [
        Quantity(
            "1", 0, 1, 1.0, 1.0, 1.0, kind=rng.choice(_FIGURE_KINDS), category=rng.choice(_FIGURE_CATEGORIES)
        )
        for _ in range(count)
    ]


@pytest.mark.parametrize("count", [0, 1, 2, 3, 8, 9, 12, 40, 400])
def test_quantity_terms_are_the_same_however_they_are_cached(count: int) -> None:
    """Many figures are cached by what the terms depend on, a few by their kinds and categories in order."""
    shipped = load_model()
    for seed in range(30):
        figures = _figures(seed, count)
        fresh = Model(shipped.weights, shipped.bias, shipped.threshold)
        expected = fresh.quantity_terms(figures)
        # the same figures again, in another order, after the cache holds other sentences' terms
        assert shipped.quantity_terms(figures) == expected
        assert fresh.quantity_terms(list(reversed(figures))) == expected
        logit = feature_sum(fresh, sorted(set(features("x", figures)) - set(features("x"))))
        assert expected[0] == pytest.approx(logit - fresh.bias)


def test_a_sentence_of_hundreds_of_figures_keeps_a_small_cache_key() -> None:
    model = Model(load_model().weights, 0.0)
    model.quantity_terms(_figures(1, 500))
    (key,) = model._quantities
    assert len(key) == 2 and len(key[0]) <= len(_FIGURE_KINDS) * len(_FIGURE_CATEGORIES)
