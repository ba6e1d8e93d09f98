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

__all__ = ["MODEL_PATH", "Model", "features", "load_model", "score", "tokens"]

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
_CAPITAL_MID = re.compile(r"[a-z,;] [A-Z][a-z]")  # a capitalised word mid-sentence: a name

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


_BUCKETS = ("len<5", "len<10", "len<20", "len<35", "len>=35")
# Per-word flags (bits 0-12), then sentence-level bits; the length bucket sits in bits 18-20.
_FLAGS = (
    "numword",
    "large",
    "compare",
    "past",
    "future",
    "modal",
    "opinion",
    "first",
    "second",
    "third",
    "negation",
    "statement",
    "superlative",
)
_BIT = {name: 1 << i for i, name in enumerate(_FLAGS)}
_DIGIT_BIT, _YEAR_BIT, _PROPER_BIT, _QUESTION_BIT, _SPEAKER_BIT = (1 << i for i in range(13, 18))
_BUCKET_SHIFT = 18
_CONJ_PERSON = ("first", "second", "third")
_CONJ_MODE = ("future", "past", "opinion", "modal", "negation")
_CONJ_NUMBER = ("compare", "past", "future", "first", "modal")


def tokens(text: str) -> list[str]:
    """Lower-cased words and figures of ``text``: the units the model and the speaker prefilter use."""
    return _WORD.findall(text.lower())


def _norm(w: str) -> str:
    """Every figure is one vocabulary item."""
    return "<num>" if w[0].isdigit() else w


def _word_flags(w: str) -> int:
    if w == "<num>":
        return _DIGIT_BIT
    flags = 0
    if w in _NUMBER_WORDS:
        flags |= _BIT["numword"]
        if w in _LARGE:
            flags |= _BIT["large"]
    if w in _COMPARE:
        flags |= _BIT["compare"]
    if w in _PAST or (w.endswith("ed") and len(w) > 4):
        flags |= _BIT["past"]
    for name, vocabulary in (
        ("future", _FUTURE),
        ("modal", _MODAL),
        ("opinion", _OPINION),
        ("first", _FIRST),
        ("second", _SECOND),
        ("third", _THIRD),
        ("negation", _NEGATION),
        ("statement", _STATEMENT),
    ):
        if w in vocabulary:
            flags |= _BIT[name]
    if w.endswith("est") and len(w) > 5:
        flags |= _BIT["superlative"]
    return flags


def _sentence_bits(text: str, n_words: int, has_speaker: bool, mask: int) -> int:
    """Sentence-level bits; ``mask`` already holds the word flags (a figure sets the digit bit)."""
    bucket = 0 if n_words < 5 else 1 if n_words < 10 else 2 if n_words < 20 else 3 if n_words < 35 else 4
    bits = bucket << _BUCKET_SHIFT
    if mask & _DIGIT_BIT and _YEAR.search(text):
        bits |= _YEAR_BIT
    if _CAPITAL_MID.search(text):
        bits |= _PROPER_BIT
    if text.rstrip().endswith("?"):
        bits |= _QUESTION_BIT
    if has_speaker:
        bits |= _SPEAKER_BIT
    return bits


def _structural(mask: int) -> list[str]:
    """Non-lexical feature names implied by a flag mask, conjunctions included."""
    names = [name for name in _FLAGS if mask & _BIT[name]]
    names.append(_BUCKETS[mask >> _BUCKET_SHIFT])
    for bit, name in (
        (_DIGIT_BIT, "digit"),
        (_YEAR_BIT, "year"),
        (_PROPER_BIT, "propername"),
        (_QUESTION_BIT, "question"),
        (_SPEAKER_BIT, "speaker"),
    ):
        if mask & bit:
            names.append(name)
    # conjunctions a linear model cannot form itself: plans vs facts, who did what
    for a in _CONJ_PERSON:
        if mask & _BIT[a]:
            names.extend(a + "+" + b for b in _CONJ_MODE if mask & _BIT[b])
    if mask & (_DIGIT_BIT | _BIT["numword"]):
        names.extend("number+" + b for b in _CONJ_NUMBER if mask & _BIT[b])
    return names


def _quantity_features(quantities: Iterable[Quantity]) -> set[str]:
    feats = set()
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
    return feats


def features(
    text: str,
    quantities: Iterable[Quantity] = (),
    category: Category | str = Category.OTHER,
    has_speaker: bool = False,
) -> list[str]:
    """Feature names of a sentence, repeated as often as they occur (training counts them).

    ``Model.fast_logit`` computes the same weighted sum without building these strings.
    """
    words = tokens(text)
    feats: list[str] = []
    mask = 0
    prev = "<s>"
    for raw in words:
        w = _norm(raw)
        feats.append("w=" + w)
        if len(w) > 5:
            feats.append("w=" + _stem(w))
        feats.append("b=" + prev + "_" + w)
        prev = w
        mask |= _word_flags(w)
    mask |= _sentence_bits(text, len(words), has_speaker, mask)
    feats.extend(_structural(mask))
    feats.extend(sorted(_quantity_features(quantities)))
    feats.append("cat=" + str(category))
    return feats


class Model:
    """Logistic-regression weights: ``bias`` plus one weight per binary feature name.

    ``fast_logit`` gives the same sum as ``logit(features(...))`` without building feature strings:
    per-word weights and flags, bigram weights keyed by word pairs and the weight of every flag
    combination are looked up in dictionaries filled on first use.
    """

    __slots__ = ("_bigrams", "_struct", "_words", "bias", "threshold", "weights")

    def __init__(self, weights: dict[str, float], bias: float, threshold: float = 0.5) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self._bigrams: dict[str, dict[str, float]] = {}
        for name, w in weights.items():
            if name.startswith("b="):
                a, _, b = name[2:].partition("_")
                self._bigrams.setdefault(a, {})[b] = w
        self._words: dict[str, tuple[float, int, str, dict[str, float] | None]] = {}
        self._struct: dict[int, float] = {}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(
            {k: float(v) for k, v in data["weights"].items()}, float(data["bias"]), float(data["threshold"])
        )

    def logit(self, feats: Iterable[str]) -> float:
        get = self.weights.get
        return self.bias + sum(get(f, 0.0) for f in feats)

    def _word(self, raw: str) -> tuple[float, int, str, dict[str, float] | None]:
        """(unigram + stem weight, flags, normalised form, bigram weights from it) of a token, cached."""
        if len(self._words) > 200_000:  # arbitrary input must not grow the cache forever
            self._words.clear()
        w = _norm(raw)
        weight = self.weights.get("w=" + w, 0.0)
        if len(w) > 5:
            weight += self.weights.get("w=" + _stem(w), 0.0)
        info = self._words[raw] = (weight, _word_flags(w), w, self._bigrams.get(w))
        return info

    def fast_logit(
        self,
        text: str,
        words: list[str],
        quantities: list[Quantity],
        category: Category | str,
        has_speaker: bool,
    ) -> float:
        """``logit(features(text, quantities, category, has_speaker))`` for ``words = tokens(text)``."""
        total = self.bias
        mask = 0
        cached = self._words.get
        following = self._bigrams.get("<s>")
        for raw in words:
            weight, flags, w, after = cached(raw) or self._word(raw)
            total += weight
            mask |= flags
            if following is not None:
                total += following.get(w, 0.0)
            following = after
        mask |= _sentence_bits(text, len(words), has_speaker, mask)
        struct = self._struct.get(mask)
        get = self.weights.get
        if struct is None:
            struct = self._struct[mask] = sum(get(f, 0.0) for f in _structural(mask))
        total += struct
        if quantities:
            total += sum(get(f, 0.0) for f in _quantity_features(quantities))
        return total + get("cat=" + str(category), 0.0)


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
    words: list[str] | None = None,
) -> tuple[float, bool]:
    """``(checkworthiness in [0, 1], is_claim)`` for one sentence; ``words`` if already ``tokens(text)``."""
    model = model or load_model()
    quantities = list(quantities)
    logit = model.fast_logit(
        text, tokens(text) if words is None else words, quantities, category, has_speaker
    )
    prior = 0.0
    for q in quantities:
        if q.kind in _CLAIM_KINDS:
            prior = max(prior, _NEWS_PRIOR.get(q.category, 0.0))
    p = _sigmoid(logit + prior)
    return p, p >= model.threshold
