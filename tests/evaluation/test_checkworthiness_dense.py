"""The optional encoder model: offline loading, a clear failure without the extra, small weights."""

from __future__ import annotations

import json
import socket
import sys

import pytest

from evaluation import checkworthiness_dense as dense
from factcheck.extraction.checkworthiness import score


def test_shipped_weights_are_small_and_match_the_encoder() -> None:
    assert dense.DENSE_PATH.stat().st_size < 100_000
    data = json.loads(dense.DENSE_PATH.read_text(encoding="utf-8"))
    model = dense.load_dense_model()
    assert len(model.weights) == data["encoder"]["dim"] == 256
    assert 0 < model.debate_threshold < 1 and model.threshold == 0.5


def test_missing_extra_is_reported_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "wordllama", None)  # import wordllama raises ImportError
    dense.load_encoder.cache_clear()
    try:
        with pytest.raises(dense.DenseUnavailable, match="'dense' extra"):
            dense.load_dense_model().probabilities(["Crime fell 30 percent."], [0.5])
    finally:
        dense.load_encoder.cache_clear()
    monkeypatch.setattr(dense.importlib.util, "find_spec", lambda name: None)
    assert not dense.available()


def test_unreadable_weights_raise_dense_unavailable(tmp_path) -> None:
    with pytest.raises(dense.DenseUnavailable, match="unreadable"):
        dense.load_dense_model(str(tmp_path / "absent.json"))


def test_scores_offline_with_sockets_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("wordllama")

    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    dense.load_encoder.cache_clear()
    try:
        model = dense.load_dense_model()
        texts = ["Unemployment rose to 7.8 percent in 2012.", "Thank you very much."]
        default = [score(t)[0] for t in texts]
        claim, chatter = model.probabilities(texts, default)
        assert 0.0 <= chatter < claim <= 1.0
        assert model.rescore(texts, [(p, False) for p in default])[0] == (claim, claim >= model.threshold)
        assert model.probabilities([], []) == []
    finally:
        dense.load_encoder.cache_clear()
