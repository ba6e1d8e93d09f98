"""Check-worthiness with a small pretrained encoder: an experiment measured beside the default model
(``python -m evaluation ct24``, where ``wordllama`` is installed). It did not beat the default on the
grouped cross-validation, so the extractor never uses it and it lives with the evaluation.

The score is ``sigmoid(w . [embedding, default logit] + bias)``: the WordLlama sentence embedding
(``l2_supercat``, 256 dimensions, unit length; the ``wordllama`` wheel ships these weights, and they
are loaded from the package's own directory with downloads disabled, so nothing is fetched at run
time) next to the calibrated logit of the default model (``checkworthiness``). The weights ship as
``checkworthiness_dense.json``, written by ``evaluation/train_dense.py``.

Nothing here imports ``wordllama`` (nor numpy) until a sentence is scored, so the package stays pure
Python where the extra is missing; ``available()`` says whether it is installed, and loading the
encoder raises ``DenseUnavailable`` (with the reason) when it cannot be used.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.checkworthiness import logit
from factcheck.matching import dense as matching_dense

__all__ = [
    "DENSE_PATH",
    "DenseModel",
    "DenseUnavailable",
    "available",
    "load_dense_model",
    "load_encoder",
]

DENSE_PATH = Path(__file__).with_name("checkworthiness_dense.json")


class DenseUnavailable(RuntimeError):
    """The encoder model cannot be used here (``wordllama`` missing, or its weights not in the wheel)."""


def available() -> bool:
    """Whether ``wordllama`` (the ``dense`` extra) is importable."""
    try:
        return importlib.util.find_spec("wordllama") is not None
    except (ImportError, ValueError):
        return False


@lru_cache(maxsize=1)
def load_encoder(config: str = matching_dense.CONFIG, dim: int = matching_dense.DIM) -> Any:
    """The WordLlama encoder as the re-ranker loads it (``factcheck.matching.dense.model``: from the weights
    inside the installed package, never downloaded)."""
    if not matching_dense.available():
        raise DenseUnavailable(
            "the dense check-worthiness model needs the 'dense' extra (pip install wordllama)"
        )
    if (config, dim) != (matching_dense.CONFIG, matching_dense.DIM):
        raise DenseUnavailable(f"wordllama's {config} ({dim}) is not the model the package ships")
    try:
        return matching_dense.model()
    except FileNotFoundError as exc:
        raise DenseUnavailable(f"wordllama's {config} weights are not inside its package: {exc}") from exc


class DenseModel:
    """Weights of the encoder model; ``probabilities`` scores sentences given the default model's."""

    __slots__ = ("bias", "debate_threshold", "encoder", "logit_weight", "threshold", "weights")

    def __init__(
        self,
        weights: list[float],
        logit_weight: float,
        bias: float,
        threshold: float = 0.5,
        debate_threshold: float | None = None,
        encoder: dict | None = None,
    ) -> None:
        self.weights = weights
        self.logit_weight = logit_weight
        self.bias = bias
        self.threshold = threshold
        self.debate_threshold = threshold if debate_threshold is None else debate_threshold
        self.encoder = encoder or {"config": "l2_supercat", "dim": len(weights)}

    @classmethod
    def from_json(cls, data: dict) -> DenseModel:
        debate = data.get("debate_threshold")
        return cls(
            [float(w) for w in data["weights"]],
            float(data["logit_weight"]),
            float(data["bias"]),
            float(data["threshold"]),
            None if debate is None else float(debate),
            data.get("encoder"),
        )

    def probabilities(self, texts: Sequence[str], default_probabilities: Sequence[float]) -> list[float]:
        """P(check-worthy) of each text, given the default model's probability of each."""
        if not texts:
            return []
        encoder = load_encoder(
            str(self.encoder.get("config", "l2_supercat")), int(self.encoder.get("dim", 256))
        )
        rows = encoder.embed(list(texts), norm=bool(self.encoder.get("norm", True))).tolist()
        out = []
        for row, p in zip(rows, default_probabilities, strict=True):
            z = sum(map(float.__mul__, row, self.weights), self.bias) + self.logit_weight * logit(p)
            out.append(1.0 / (1.0 + math.exp(-z)) if z > -700.0 else 0.0)
        return out

    def rescore(
        self, texts: Sequence[str], default_scores: Sequence[tuple[float, bool]]
    ) -> list[tuple[float, bool]]:
        """``(score, is_claim)`` of each text from the default model's ``(score, is_claim)`` pairs."""
        probabilities = self.probabilities(texts, [p for p, _ in default_scores])
        return [(p, p >= self.threshold) for p in probabilities]


@lru_cache(maxsize=2)
def load_dense_model(path: str | None = None) -> DenseModel:
    """The shipped encoder model's weights (cached); raises ``DenseUnavailable`` if unreadable."""
    path = path or str(DENSE_PATH)
    try:
        with open(path, encoding="utf-8") as fh:
            return DenseModel.from_json(json.load(fh))
    except (OSError, ValueError, KeyError) as exc:
        raise DenseUnavailable(f"dense check-worthiness weights {path} unreadable: {exc}") from exc
