"""Check-worthiness: how much a sentence states a verifiable fact, as a score in [0, 1].

A logistic regression whose weights ship as JSON (``checkworthiness_model.json``, written by
``train.py``) and whose inference is a dictionary lookup per feature, so it runs in a few
microseconds in pure Python. The features are chosen to carry over from the political debates
it is trained on (CheckThat! 2024) to news: figures and their kinds and categories, comparisons
and superlatives, tense, modality and person (plans and opinions vs facts), statement verbs and
named sources, plus lower-cased words and word pairs restricted by ``train.py`` to general
vocabulary (frequent, spread over many debates, not proper nouns), so topic names are not learnt.

A small hand-set prior (``_NEWS_PRIOR``) lifts sentences whose figures are about casualties,
population, displacement or territory: those categories are the core of news fact-checking but
barely occur in debates, so the trained weights cannot know them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from factcheck.extraction.types import Category, Quantity, QuantityKind

__all__ = ["MODEL_PATH", "Model", "features", "load_model", "score"]

MODEL_PATH = Path(__file__).with_name("checkworthiness_model.json")


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string (keeps long vocabularies readable)."""
    return frozenset(text.split())


_WORD = re.compile(r"[a-z]+(?:['\u2019][a-z]+)?|\d[\d,.]*|[$%?!]")
_NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion trillions dozen "
    "dozens half double twice triple percent"
)
_LARGE = _words("hundred hundreds thousand thousands million millions billion billions trillion trillions")
_COMPARE = _words(
    "more less fewer than higher lower larger smaller bigger greater increase increased increases "
    "decrease decreased decreases rise rose risen fall fell fallen grew grown doubled tripled "
    "quadrupled cut cuts raised raise lowest highest largest biggest smallest most least fastest "
    "worst best record only first last times average majority"
)
_PAST = _words("was were had did been went voted passed signed created lost gained became")
_FUTURE = _words("will 'll going gonna plan plans intend")
_MODAL = _words("should must could would might may ought need")
_OPINION = _words("think believe feel hope want wish guess love like agree disagree")
_FIRST = _words("i we me us my our i'm we're we've we'll i've i'll")
_SECOND = _words("you your you're you've")
_THIRD = _words("he she they his her their he's she's they're")
_NEGATION = _words(
    "not no never nothing didn't don't doesn't isn't wasn't weren't hasn't haven't can't won't"
)
_STATEMENT = _words("said says according reported announced showed shows found estimated voted passed")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_CAPITAL_MID = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")

_NEWS_PRIOR = {
    Category.CASUALTIES: 1.5,
    Category.POPULATION: 1.5,
    Category.DISPLACEMENT: 1.5,
    Category.TERRITORY: 1.5,
    Category.MILITARY: 0.7,
    Category.AID: 0.7,
}
_CLAIM_KINDS = frozenset(
    {QuantityKind.CARDINAL, QuantityKind.MONEY, QuantityKind.PERCENT, QuantityKind.DURATION}
)


_SUFFIXES = ("ations", "ation", "ments", "ment", "ing", "ies", "ied", "ed", "es", "ly", "s")


def _stem(word: str) -> str:
    """Crude suffix stripping, so "terminated"/"terminating" share a weight ("terminat~")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + "~"
    return word + "~"


def _bucket(n: int) -> str:
    if n < 5:
        return "len<5"
    if n < 10:
        return "len<10"
    if n < 20:
        return "len<20"
    if n < 35:
        return "len<35"
    return "len>=35"


def features(
    text: str,
    quantities: Iterable[Quantity] = (),
    category: Category | str = Category.OTHER,
    has_speaker: bool = False,
) -> list[str]:
    """Names of the binary features present in a sentence (lexical ``w=``/``b=`` ones included)."""
    low = text.lower()
    words = _WORD.findall(low)
    feats = {_bucket(len(words))}
    prev = "<s>"
    for w in words:
        if w[0].isdigit():
            w = "<num>"
        feats.add("w=" + w)
        if len(w) > 5:
            feats.add("w=" + _stem(w))
        feats.add("b=" + prev + "_" + w)
        prev = w
        if w in _NUMBER_WORDS:
            feats.add("numword")
            if w in _LARGE:
                feats.add("large")
        if w in _COMPARE:
            feats.add("compare")
        if w in _PAST or (w.endswith("ed") and len(w) > 4):
            feats.add("past")
        if w in _FUTURE:
            feats.add("future")
        if w in _MODAL:
            feats.add("modal")
        if w in _OPINION:
            feats.add("opinion")
        if w in _FIRST:
            feats.add("first")
        if w in _SECOND:
            feats.add("second")
        if w in _THIRD:
            feats.add("third")
        if w in _NEGATION:
            feats.add("negation")
        if w in _STATEMENT:
            feats.add("statement")
        if w.endswith("est") and len(w) > 5:
            feats.add("superlative")
    if "<num>" in words or any(c.isdigit() for c in text):
        feats.add("digit")
    if _YEAR.search(text):
        feats.add("year")
    if _CAPITAL_MID.search(text):
        feats.add("propername")
    n_claim = 0
    for q in quantities:
        feats.add("qk=" + str(q.kind))
        if q.category != Category.OTHER:
            feats.add("qc=" + str(q.category))
        if q.kind in _CLAIM_KINDS:
            n_claim += 1
    if n_claim:
        feats.add("qclaim")
        if n_claim > 1:
            feats.add("qclaim2")
    feats.add("cat=" + str(category))
    if has_speaker:
        feats.add("speaker")
    # conjunctions a linear model cannot form itself: plans vs facts, who did what
    number = "digit" in feats or "numword" in feats
    for a in ("first", "second", "third"):
        if a in feats:
            for b in ("future", "past", "opinion", "modal", "negation"):
                if b in feats:
                    feats.add(a + "+" + b)
    if number:
        for b in ("compare", "past", "future", "first", "modal"):
            if b in feats:
                feats.add("number+" + b)
    if text.rstrip().endswith("?"):
        feats.add("question")
    return list(feats)


class Model:
    """Logistic-regression weights: ``bias`` plus one weight per binary feature name."""

    __slots__ = ("bias", "threshold", "weights")

    def __init__(self, weights: dict[str, float], bias: float, threshold: float = 0.5) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(
            {k: float(v) for k, v in data["weights"].items()}, float(data["bias"]), float(data["threshold"])
        )

    def logit(self, feats: Iterable[str]) -> float:
        get = self.weights.get
        return self.bias + sum(get(f, 0.0) for f in feats)


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> Model:
    """The shipped model (cached); all-zero if the artefact is missing, so ``extract`` never fails."""
    try:
        with open(path or MODEL_PATH, encoding="utf-8") as fh:
            return Model.from_json(json.load(fh))
    except (OSError, ValueError, KeyError):
        return Model({}, 0.0, 0.5)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def score(
    text: str,
    quantities: Iterable[Quantity] = (),
    category: Category | str = Category.OTHER,
    has_speaker: bool = False,
    model: Model | None = None,
) -> tuple[float, bool]:
    """``(checkworthiness in [0, 1], is_claim)`` for one sentence."""
    model = model or load_model()
    quantities = list(quantities)
    logit = model.logit(features(text, quantities, category, has_speaker))
    prior = max((_NEWS_PRIOR.get(q.category, 0.0) for q in quantities if q.kind in _CLAIM_KINDS), default=0.0)
    p = _sigmoid(logit + prior)
    return p, p >= model.threshold
