"""The re-ranker's optional dense feature (``factcheck.matching.dense``, ``MATCHING_DENSE``): a paraphrase
found by meaning, the fallback without wordllama, the start-up check, and a model that never downloads."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from factcheck.imports.records import FactCheckRecord
from factcheck.imports.writer import insert_fact_check
from factcheck.matching import checks, dense, selectors
from factcheck.matching.ranking import (
    DENSE_FEATURES,
    DENSE_WEIGHTS,
    DENSE_WEIGHTS_PATH,
    FEATURES,
    Candidate,
    pair_features,
    rank,
)

from .test_ranking import DISTRACTORS, stats_of

pytest.importorskip("wordllama")  # a dev install has it (the dense extra is in dev)

# A query, a paraphrase sharing one word with it, and a distractor sharing the same word, with as many
# terms as the paraphrase: the term features cannot tell them apart (equal scores), the meaning can.
QUERY = "The moon landing was faked in a studio"
PARAPHRASE = Candidate("paraphrase", "Moon astronauts never walked there; the footage was staged.")
DISTRACTOR = Candidate("distractor", "Moon festival lanterns glow over crowded markets.")
CORPUS = [DISTRACTOR, PARAPHRASE, *DISTRACTORS]
STATS = stats_of(CORPUS)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_wordllama(monkeypatch):
    """As if the package were not installed: importing it raises ImportError."""
    monkeypatch.setitem(sys.modules, "wordllama", None)


def test_the_dense_feature_ranks_a_paraphrase_above_a_distractor_the_terms_cannot_tell_apart():
    query = Candidate("q", QUERY)
    plain = rank(query, CORPUS, STATS)
    assert [plain[0].key, plain[1].key] == ["distractor", "paraphrase"]  # a tie: the given order
    assert plain[0].score == plain[1].score
    with_dense = rank(query, CORPUS, STATS, dense=True)
    assert with_dense[0].key == "paraphrase"
    assert with_dense[0].score > next(m.score for m in with_dense if m.key == "distractor")
    cosine = dense.similarities(QUERY, [PARAPHRASE.text, DISTRACTOR.text])
    assert cosine[0] > cosine[1] > 0


def test_the_dense_rows_have_one_more_feature_the_cosine_and_their_own_weights():
    rows = pair_features(Candidate("q", QUERY), [PARAPHRASE], STATS, dense=True)
    plain_rows = pair_features(Candidate("q", QUERY), [PARAPHRASE], STATS)
    assert len(rows[0][0]) == len(DENSE_FEATURES) == len(FEATURES) + 1
    assert rows[0][0][:-1] == plain_rows[0][0]
    assert rows[0][0][-1] == dense.similarities(QUERY, [PARAPHRASE.text])[0]
    data = json.loads(DENSE_WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert data["features"] == list(DENSE_FEATURES)
    assert DENSE_WEIGHTS.weights[-1] > 0  # more alike in meaning is never less likely a match


def test_a_pairs_cosine_does_not_depend_on_what_else_is_ranked_with_it():
    alone = dense.similarities(QUERY, [PARAPHRASE.text])[0]
    dense._cache.clear()
    among = dense.similarities(QUERY, [c.text for c in DISTRACTORS] + [PARAPHRASE.text, "x " * 300])
    assert among[len(DISTRACTORS)] == alone
    query = Candidate("q", QUERY)
    assert rank(query, CORPUS, STATS, dense=True) == rank(query, CORPUS, STATS, dense=True)


def test_links_signatures_quotes_and_marks_are_cleaned_before_embedding():
    tweet = (
        "\u201cThe moon landing\u201d was 'faked' #NASA @potus https://t.co/abc pic.twitter.com/xyz "
        "\u2014 Jane Doe (@jdoe) July 20, 2019"
    )
    assert dense.clean(tweet) == "The moon landing was faked NASA potus"
    assert dense.clean("don't") == "don't"
    assert dense.similarities(tweet, [PARAPHRASE.text]) == dense.similarities(
        "The moon landing was faked NASA potus", [PARAPHRASE.text]
    )
    assert dense.similarities("https://t.co/abc", [PARAPHRASE.text, ""]) == [0.0, 0.0]


def test_the_model_loads_from_the_wheel_with_no_network(monkeypatch):
    import requests
    import tokenizers

    def refuse(*args, **kwargs):
        raise AssertionError("the model tried the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(requests, "get", refuse)
    monkeypatch.setattr(tokenizers.Tokenizer, "from_pretrained", refuse)
    dense.model.cache_clear()
    dense._cache.clear()
    try:
        model = dense.model()
        assert model.embedding.shape == (32000, dense.DIM)
        assert dense.similarities(QUERY, [PARAPHRASE.text])[0] > 0.3
    finally:
        dense.model.cache_clear()


def test_without_wordllama_auto_is_off_and_ranking_is_as_before(no_wordllama):
    assert not dense.available()
    assert dense.enabled("auto") is False
    assert dense.enabled("off") is False
    with pytest.raises(dense.DenseUnavailable, match="pip install 'factcheck\\[dense\\]'"):
        dense.enabled("on")
    plain = rank(Candidate("q", QUERY), CORPUS, STATS)
    assert [m.key for m in plain[:2]] == ["distractor", "paraphrase"]


def test_importing_wordllama_leaves_the_root_logger_alone(monkeypatch):
    """wordllama calls ``logging.basicConfig`` on import, which configures a root logger without handlers."""
    import logging

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(root, "level", logging.WARNING)
    for name in [name for name in sys.modules if name == "wordllama" or name.startswith("wordllama.")]:
        monkeypatch.delitem(sys.modules, name)
    assert dense.available()
    assert "wordllama" in sys.modules  # imported anew
    assert root.handlers == [] and root.level == logging.WARNING


# --- The setting, in the app --------------------------------------------------------------------------


def index_fact_checks() -> None:
    """The distractor stored first, the paraphrase second: on equal scores the first stored ranks first."""
    for candidate in (DISTRACTOR, PARAPHRASE):
        insert_fact_check(
            FactCheckRecord(claim=candidate.text, rating="False", publisher="Checkers", language="en")
        )


@pytest.fixture
def indexed(db):
    index_fact_checks()


def _found(settings, mode: str) -> list[str]:
    settings.MATCHING_DENSE = mode
    found = selectors.search(selectors.text_query(QUERY, language="en"))
    return [match.fact_check.claim for match in found if match.fact_check is not None]


def test_the_app_search_follows_the_setting(settings, indexed):
    assert _found(settings, "off")[:2] == [DISTRACTOR.text, PARAPHRASE.text]
    assert _found(settings, "on")[:2] == [PARAPHRASE.text, DISTRACTOR.text]
    assert _found(settings, "auto")[:2] == [PARAPHRASE.text, DISTRACTOR.text]  # installed: on


def test_the_app_search_falls_back_without_wordllama(settings, indexed, no_wordllama):
    assert _found(settings, "auto")[:2] == [DISTRACTOR.text, PARAPHRASE.text]
    with pytest.raises(dense.DenseUnavailable):
        _found(settings, "on")


def test_the_system_check_fails_on_without_wordllama(settings, no_wordllama):
    settings.MATCHING_DENSE = "on"
    errors = checks.check_dense()
    assert [error.id for error in errors] == ["factcheck.E020"]
    assert "wordllama" in errors[0].msg and "factcheck[dense]" in errors[0].hint
    with pytest.raises(SystemCheckError, match=r"factcheck\.E020"):
        call_command("check")
    settings.MATCHING_DENSE = "auto"
    assert checks.check_dense() == []


def test_the_system_check_passes_on_with_wordllama(settings):
    settings.MATCHING_DENSE = "on"
    assert checks.check_dense() == []


@pytest.mark.parametrize(
    ("value", "read"), [(None, "auto"), ("off", "off"), (" ON ", "on"), ("Encoder", "encoder")]
)
def test_the_setting_is_read_from_the_environment(value, read, tmp_path):
    result = _settings_in_a_fresh_interpreter(value, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == read


def test_an_unknown_setting_refuses_to_start(tmp_path):
    result = _settings_in_a_fresh_interpreter("sometimes", tmp_path)
    assert result.returncode != 0
    assert "MATCHING_DENSE must be auto, on, off or encoder" in result.stderr


def _settings_in_a_fresh_interpreter(value: str | None, tmp_path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "DATABASE", "MATCHING"))}
    env.update(DJANGO_SETTINGS_MODULE="factcheck.settings", FACTCHECK_VAR_DIR=str(tmp_path))
    if value is not None:
        env["MATCHING_DENSE"] = value
    code = "import django; django.setup(); from django.conf import settings; print(settings.MATCHING_DENSE)"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
