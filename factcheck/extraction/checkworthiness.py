"""Check-worthiness: how much a sentence states a verifiable fact, as a calibrated score in [0, 1].

A logistic regression whose weights ship as JSON (``checkworthiness_model.json``, written by
``evaluation/train.py``) and whose inference is a handful of C-level ``map``/``sum`` passes over the words
(no per-word Python loop), about 10 µs a sentence in pure Python. The features are chosen to carry
over from the political debates it is trained on (CheckThat! 2024) to news: figures by shape (year,
money, percent, number) and by kind and category, comparisons and superlatives, tense (past,
perfect, future), modality, hedges, absolutes and person (plans and opinions vs facts), statement
verbs and named sources (capitalised words), questions, length, and their conjunctions, plus
lower-cased words and word pairs restricted by ``evaluation/train.py`` to general vocabulary (frequent, spread
over many debates, not proper nouns), so topic names are not learnt.

Probabilities are calibrated on CheckThat!'s Yes rate. ``is_claim`` uses ``Model.threshold``
(0.5: more likely check-worthy than not), stricter than ``Model.debate_threshold``, the F1-optimal
cut for debates that ``python -m evaluation ct24`` reports: news states facts in nearly every sentence.

A small hand-set prior (``_NEWS_PRIOR``) lifts sentences whose figures are about casualties,
population, displacement or territory: those categories are the core of news fact-checking but
barely occur in debates, so the trained weights cannot know them.

The figures the model counts (its ``qclaim`` features, and the prior) are ``SCORED_FIGURE_KINDS``:
``types.CLAIM_KINDS`` without measures, as the shipped weights were trained. It is a different set
from the claim figures on purpose; widening it changes the features and means retraining.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache, reduce
from itertools import compress, count, repeat
from operator import attrgetter, is_, or_, sub
from pathlib import Path
from typing import Final

from factcheck.extraction.types import CLAIM_KINDS, Category, Quantity, QuantityKind

__all__ = [
    "MODEL_ENV",
    "MODEL_PATH",
    "SCORED_FIGURE_KINDS",
    "Model",
    "features",
    "load_model",
    "score",
    "selected_model_path",
    "tokens",
]

MODEL_PATH = Path(__file__).with_name("checkworthiness_model.json")
MODEL_ENV = "FACTCHECK_CHECKWORTHINESS_MODEL"  # a retrained model to use instead (opt-in)


def _words(text: str) -> frozenset[str]:
    """A word set from a space-separated string (keeps long vocabularies readable)."""
    return frozenset(text.split())


_STRIP = "\"'()[]{}.,;:!?\u201c\u201d\u2018\u2019\u2014\u2013\u2026-*/"
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
_HAVE = _words("has have had 've hasn't haven't")
_HEDGE = _words("about approximately nearly almost roughly around estimated some over under least")
_ABSOLUTE = _words("every all always never nobody none everyone everybody nothing entire whole")
_MONTH = _words("january february march april june july august september october november december")
_ORDINAL = _words("first second third fourth fifth sixth seventh eighth ninth tenth")
_CAPITAL = re.compile(r" [A-Z][a-z]")  # a capitalised word after a space: mostly a name
_YEAR = re.compile(r"(?:1[89]|20)\d\ds?")

_NEWS_PRIOR = {
    Category.CASUALTIES: 1.5,
    Category.POPULATION: 1.5,
    Category.DISPLACEMENT: 1.5,
    Category.TERRITORY: 1.5,
    Category.MILITARY: 0.7,
    Category.AID: 0.7,
}
# (see the module docstring: not ``CLAIM_KINDS``, on purpose)
SCORED_FIGURE_KINDS: Final[frozenset[QuantityKind]] = CLAIM_KINDS - {QuantityKind.MEASURE}


_SUFFIXES = ("ations", "ation", "ments", "ment", "ing", "ies", "ied", "ed", "es", "ly", "s")


def _stem(word: str) -> str:
    """Crude suffix stripping, so "terminated"/"terminating" share a weight ("terminat~")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + "~"
    return word + "~"


_BUCKETS = ("len<5", "len<10", "len<20", "len<35", "len>=35")
# Per-word flags (bits 0-19), then sentence-level bits; the length bucket sits in bits 28-30.
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
    "have",
    "hedge",
    "absolute",
    "month",
    "ordinal",
)
_BIT = {name: 1 << i for i, name in enumerate(_FLAGS)}
_DIGIT_BIT, _YEAR_BIT, _PROPER_BIT, _QUESTION_BIT, _SPEAKER_BIT, _NAMES2_BIT, _MONEY_BIT, _PCT_BIT = (
    1 << i for i in range(20, 28)
)
_BUCKET_SHIFT = 28
_CONJ_PERSON = ("first", "second", "third")
_CONJ_MODE = ("future", "past", "opinion", "modal", "negation")
_CONJ_NUMBER = ("compare", "past", "future", "first", "modal")
_SENTENCE_BITS = (
    (_DIGIT_BIT, "digit"),
    (_YEAR_BIT, "year"),
    (_MONEY_BIT, "money"),
    (_PCT_BIT, "pct"),
    (_PROPER_BIT, "propername"),
    (_NAMES2_BIT, "names2"),
    (_QUESTION_BIT, "question"),
    (_SPEAKER_BIT, "speaker"),
)


def tokens(text: str) -> list[str]:
    """Lower-cased words of ``text``: split at spaces, dashes and slashes, punctuation stripped from ends.

    Figures stay whole ("1,500", "$2.5", "7.8%"); the model maps each to its shape (``_norm``).
    A ``split`` and a C-level ``strip`` per word: a few microseconds, unlike a regular expression.
    """
    return list(filter(None, map(str.strip, _token_text(text).split(), repeat(_STRIP))))


def _token_text(text: str) -> str:
    """``text`` as ``tokens`` splits it: lower-cased, with the breaks a blank does not make made blanks."""
    return text.lower().replace("\u2019", "'").replace("\u2014", " ").replace("--", " ").replace("/", " ")


def _norm(w: str) -> str:
    """A word as the model sees it: every figure is one of a few shapes (year, money, percent, number)."""
    if not any(c.isdigit() for c in w):
        return w
    if "$" in w or "\u00a3" in w or "\u20ac" in w:
        return "<money>"
    if w.endswith("%"):
        return "<pct>"
    if _YEAR.fullmatch(w):
        return "<year>"
    return "<num>"


_SHAPE_FLAGS = {"<money>": _MONEY_BIT, "<pct>": _PCT_BIT, "<year>": _YEAR_BIT}


def _word_flags(w: str) -> int:
    if w[0] == "<":
        return _DIGIT_BIT | _SHAPE_FLAGS.get(w, 0)
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
        ("have", _HAVE),
        ("hedge", _HEDGE),
        ("absolute", _ABSOLUTE),
        ("month", _MONTH),
        ("ordinal", _ORDINAL),
    ):
        if w in vocabulary:
            flags |= _BIT[name]
    if w.endswith("est") and len(w) > 5:
        flags |= _BIT["superlative"]
    if "-" in w:  # "twenty-one", "so-called": the parts' flags too
        for part in w.split("-"):
            if part:
                flags |= _word_flags(part)
    return flags


def _bucket(n_words: int) -> int:
    return 0 if n_words < 5 else 1 if n_words < 10 else 2 if n_words < 20 else 3 if n_words < 35 else 4


_KIND, _CATEGORY = attrgetter("kind"), attrgetter("category")
_FEW_FIGURES = 8  # up to this many, a sentence's figures are cached by their kinds and categories in order
_LENGTH_BITS = tuple(_bucket(n) << _BUCKET_SHIFT for n in range(36))


def _sentence_bits(text: str, n_words: int, has_speaker: bool) -> int:
    """Sentence-level bits: length bucket, capitalised words (names), question, speaker."""
    bits = _bucket(n_words) << _BUCKET_SHIFT
    names = len(_CAPITAL.findall(text))
    if names:
        bits |= _PROPER_BIT if names == 1 else _PROPER_BIT | _NAMES2_BIT
    if text.rstrip().endswith("?"):
        bits |= _QUESTION_BIT
    if has_speaker:
        bits |= _SPEAKER_BIT
    return bits


def _structural(mask: int) -> list[str]:
    """Non-lexical feature names implied by a flag mask, conjunctions included."""
    names = [name for name in _FLAGS if mask & _BIT[name]]
    names.append(_BUCKETS[mask >> _BUCKET_SHIFT])
    names.extend(name for bit, name in _SENTENCE_BITS if mask & bit)
    # conjunctions a linear model cannot form itself: plans vs facts, who did what
    for a in _CONJ_PERSON:
        if mask & _BIT[a]:
            names.extend(a + "+" + b for b in _CONJ_MODE if mask & _BIT[b])
    if mask & (_DIGIT_BIT | _BIT["numword"]):
        names.extend("number+" + b for b in _CONJ_NUMBER if mask & _BIT[b])
        names.extend("number+" + b for bit, b in _SENTENCE_BITS[4:] if mask & bit)
    if mask & _BIT["have"] and mask & _BIT["past"]:
        names.append("perfect")
        if mask & _BIT["first"]:
            names.append("first+perfect")
    if mask & _BIT["statement"] and mask & _PROPER_BIT:
        names.append("statement+propername")
    return names


def _quantity_features(quantities: Iterable[Quantity]) -> set[str]:
    feats = set()
    n_claim = 0
    for q in quantities:
        feats.add("qk=" + str(q.kind))
        if q.category != Category.OTHER:
            feats.add("qc=" + str(q.category))
        if q.kind in SCORED_FIGURE_KINDS:
            n_claim += 1
    if n_claim:
        feats.add("qclaim")
        if n_claim > 1:
            feats.add("qclaim2")
    return feats


def _unigrams(w: str) -> list[str]:
    """Unigram feature names of one normalised word: itself, its stem, a hyphenated word's parts."""
    names = ["w=" + w]
    if w[0] != "<":
        if "-" not in w:
            if len(w) > 5:
                names.append("w=" + _stem(w))
        else:
            names.extend("w=" + part for part in w.split("-") if part)
    return names


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
        feats.extend(_unigrams(w))
        feats.append("b=" + prev + "_" + w)
        prev = w
        mask |= _word_flags(w)
    mask |= _sentence_bits(text, len(words), has_speaker)
    feats.extend(_structural(mask))
    feats.extend(sorted(_quantity_features(quantities)))
    feats.append("cat=" + str(category))
    return feats


# A token's row in ``Model``: unigram weight, the weights of the pairs it starts, pair id, flags.
_Row = tuple[float, dict[int, float], int, int]
_NO_PAIRS: dict[int, float] = {}  # the pairs of a word that starts none (never written)
_MARKER = "\x00"  # before each sentence in ``Model.score_many``'s one text (when none holds a NUL)
_MARKER_BETWEEN = " \x00 "


class Model:
    """Logistic-regression weights: ``bias`` plus one weight per binary feature name.

    ``fast_logit`` gives the bias plus the weights of ``features(...)`` without building feature strings
    and without a Python-level loop over the words: each raw token maps (one dictionary, filled on
    first sight, read with ``map``) to its row: unigram weight, the weights of the pairs it starts (a
    dictionary by the second word's pair id), pair id, flags; ``zip(*rows)`` turns the rows into those
    four columns at C speed, and a pair's weight is one C-level ``dict.get`` of the first word's pairs
    with the second's id. The weight of every flag combination is cached. ``score_many`` reads a
    document's rows by its blank-separated chunks (a second dictionary, from a chunk to the row of the
    token it strips to, or None), so the stripping is done once per chunk ever seen.
    """

    __slots__ = (
        "_cats",
        "_chunk_rows",
        "_followers",
        "_marker_row",
        "_pair_ids",
        "_quantities",
        "_rows",
        "_start_followers",
        "_struct",
        "bias",
        "debate_threshold",
        "threshold",
        "weights",
    )

    def __init__(
        self,
        weights: dict[str, float],
        bias: float,
        threshold: float = 0.5,
        debate_threshold: float | None = None,
    ) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold  # is_claim: calibrated p, for news text
        # F1-optimal cut on newer debates (CheckThat!'s Yes class), for ``python -m evaluation ct24``
        self.debate_threshold = threshold if debate_threshold is None else debate_threshold
        # bigram weights by the first word's pair id, then the second's, ids from 1; a word in no bigram
        # has id 0, and starts no pair, so its pairs miss without a test
        pairs = [name[2:].partition("_")[::2] for name in weights if name.startswith("b=")]
        self._pair_ids: dict[str, int] = {"<s>": 1}
        for a, b in pairs:
            for w in (a, b):
                self._pair_ids.setdefault(w, len(self._pair_ids) + 1)
        ids = self._pair_ids
        self._followers: dict[int, dict[int, float]] = {}
        for a, b in pairs:
            self._followers.setdefault(ids[a], {})[ids[b]] = weights["b=" + a + "_" + b]
        self._start_followers = self._followers.get(1, _NO_PAIRS)  # the pairs "<s>" starts
        # raw token -> (unigram weight, the pairs it starts, pair id, flags)
        self._rows: dict[str, _Row] = {}
        # a sentence's marker in ``score_many``: "<s>" as the first word's pair
        self._marker_row: _Row = (0.0, self._start_followers, 1, 0)
        # blank-separated chunk of ``_token_text`` -> the row of its token (None: it strips to nothing)
        self._chunk_rows: dict[str, _Row | None] = {_MARKER: self._marker_row}
        self._struct: dict[int, float] = {}
        self._cats: dict[Category | str, float] = {}
        self._quantities: dict[tuple, tuple[float, float]] = {}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        debate = data.get("debate_threshold")
        return cls(
            {k: float(v) for k, v in data["weights"].items()},
            float(data["bias"]),
            float(data["threshold"]),
            None if debate is None else float(debate),
        )

    def _learn(self, words: list[str]) -> None:
        """Fill the per-token caches for the tokens of ``words`` not seen yet."""
        rows = self._rows
        if len(rows) > 200_000:  # arbitrary input must not grow the cache forever
            rows.clear()
        get = self.weights.get
        for raw in set(words).difference(rows):
            w = _norm(raw)
            pair_id = self._pair_ids.get(w, 0)
            rows[raw] = (
                sum(get(f, 0.0) for f in _unigrams(w)),
                self._followers.get(pair_id, _NO_PAIRS),
                pair_id,
                _word_flags(w),
            )

    def _rows_of(self, words: list[str]) -> list[_Row]:
        """The cached row of each of ``words`` (learnt first if some are new)."""
        try:
            return list(map(self._rows.__getitem__, words))
        except KeyError:
            self._learn(words)
            return list(map(self._rows.__getitem__, words))

    def quantity_terms(self, quantities: Sequence[Quantity]) -> tuple[float, float]:
        """(quantity-feature weight, news prior) of a sentence's figures, cached by kinds and categories.

        The key is the figures' kinds and categories in order; for more than a few figures, what the
        terms depend on: the set of (kind, category) pairs and whether two or more are scored (a
        sentence of hundreds of figures must not keep a key of hundreds in the cache).
        """
        if len(quantities) <= _FEW_FIGURES:
            key: tuple = (*map(_KIND, quantities), *map(_CATEGORY, quantities))
        else:
            kinds = list(map(_KIND, quantities))
            scored = sum(map(SCORED_FIGURE_KINDS.__contains__, kinds))
            key = (frozenset(zip(kinds, map(_CATEGORY, quantities), strict=True)), min(scored, 2))
        terms = self._quantities.get(key)
        if terms is None:
            if len(self._quantities) > 10_000:
                self._quantities.clear()
            get = self.weights.get
            prior = 0.0
            for q in quantities:
                if q.kind in SCORED_FIGURE_KINDS:
                    prior = max(prior, _NEWS_PRIOR.get(q.category, 0.0))
            weight = sum(get(f, 0.0) for f in sorted(_quantity_features(quantities)))
            terms = self._quantities[key] = (weight, prior)
        return terms

    def fast_logit(
        self,
        text: str,
        words: list[str],
        quantities: Sequence[Quantity],
        category: Category | str,
        has_speaker: bool,
    ) -> float:
        """``bias`` plus the weights of ``features(text, quantities, category, has_speaker)``, for
        ``words = tokens(text)``."""
        weights: tuple[float, ...] = ()
        followers: tuple[dict[int, float], ...] = ()
        pair_ids: tuple[int, ...] = ()
        flags: tuple[int, ...] = ()
        if words:
            weights, followers, pair_ids, flags = zip(*self._rows_of(words), strict=True)
        total = sum(weights, self.bias)
        # pairs: "<s>" (id 1) and the first word, then each word and the next
        total += sum(map(dict.get, (self._start_followers, *followers), pair_ids, repeat(0.0)))
        # _sentence_bits, inlined (a call costs about a microsecond here)
        word_count = len(words)
        mask = reduce(or_, flags, _LENGTH_BITS[word_count if word_count < 35 else 35])
        names = len(_CAPITAL.findall(text))
        if names:
            mask |= _PROPER_BIT if names == 1 else _PROPER_BIT | _NAMES2_BIT
        if text.rstrip().endswith("?"):
            mask |= _QUESTION_BIT
        if has_speaker:
            mask |= _SPEAKER_BIT
        struct = self._struct.get(mask)
        get = self.weights.get
        if struct is None:
            struct = self._struct[mask] = sum(get(f, 0.0) for f in _structural(mask))
        total += struct
        if quantities:
            total += self.quantity_terms(quantities)[0]
        category_weight = self._cats.get(category)
        if category_weight is None:
            category_weight = self._cats[category] = get("cat=" + str(category), 0.0)
        return total + category_weight

    def score_many(
        self,
        texts: Sequence[str],
        quantities: Sequence[Sequence[Quantity]],
        categories: Sequence[Category | str],
        has_speaker: Sequence[bool],
    ) -> list[tuple[float, bool]]:
        """``score`` of each sentence of one document, with the per-word work done once for all of them.

        The document's words form one list with a marker before each sentence; their rows are one
        C-level ``map`` over it, their columns one ``zip``, pair weights one more ``map``, and a
        sentence's sums are slices of those columns. A marker's row carries the ``<s>`` pair id, so a
        sentence's first word pairs with it as in ``fast_logit``; sums run in the same order, so the
        result is the same to the bit.
        """
        if not texts:
            return []
        rows = self._document_rows(texts)
        # a sentence's words run from after its marker to the next marker (or the end)
        markers = list(compress(count(), map(is_, rows, repeat(self._marker_row))))
        ends = markers[1:]
        ends.append(len(rows))
        weights, followers, pair_ids, flags = zip(*rows, strict=True)
        pairs = [0.0, *map(dict.get, followers, pair_ids[1:], repeat(0.0))]
        bias, structs, category_weights, get = self.bias, self._struct, self._cats, self.weights.get
        threshold = self.threshold
        # each sentence's sums and flags, C-level maps over its slice of the columns (the same sums, in the
        # same order, as one sentence at a time)
        starts = [marker + 1 for marker in markers]
        spans = list(map(slice, starts, ends))
        weight_sums = map(sum, map(weights.__getitem__, spans), repeat(bias))
        pair_sums = map(sum, map(pairs.__getitem__, spans))
        # most words have no flag: dropping the zeros leaves the OR as it is, in fewer steps
        masks = map(
            reduce,
            repeat(or_),
            map(filter, repeat(None), map(flags.__getitem__, spans)),
            [_LENGTH_BITS[n if n < 35 else 35] for n in map(sub, ends, starts)],
        )
        names_counts = map(len, map(_CAPITAL.findall, texts))
        scores = []
        for text, total, pair_sum, mask, names, figures, category, speaker in zip(
            texts,
            weight_sums,
            pair_sums,
            masks,
            names_counts,
            quantities,
            categories,
            has_speaker,
            strict=True,
        ):
            total += pair_sum
            if names:
                mask |= _PROPER_BIT if names == 1 else _PROPER_BIT | _NAMES2_BIT
            # the search spares most sentences the rstrip copy
            if "?" in text and text.rstrip().endswith("?"):
                mask |= _QUESTION_BIT
            if speaker:
                mask |= _SPEAKER_BIT
            struct = structs.get(mask)
            if struct is None:
                struct = structs[mask] = sum(get(f, 0.0) for f in _structural(mask))
            total += struct
            category_weight = category_weights.get(category)
            if category_weight is None:
                category_weight = category_weights[category] = get("cat=" + str(category), 0.0)
            logit = total + category_weight
            if figures:
                weight, prior = self.quantity_terms(figures)
                logit += weight + prior
            probability = 1.0 / (1.0 + math.exp(-logit)) if logit > -700.0 else 0.0
            scores.append((probability, probability >= threshold))
        return scores

    def _document_rows(self, texts: Sequence[str]) -> list[_Row]:
        """The rows of ``_document_tokens(texts)``, each marker's row ``_marker_row`` (the object itself).

        Without a NUL in the texts, the rows of the one text's blank-separated chunks, those that strip to
        nothing left out: each chunk's row is cached (the NUL marker's is the marker row).
        """
        joined = _MARKER_BETWEEN.join(texts)
        if joined.count(_MARKER) != len(texts) - 1:  # (a text holds a NUL)
            document_words, marker = _document_tokens(texts)
            rows = self._rows_of(document_words)
            position = -1
            find_marker = document_words.index
            for _ in texts:
                position = find_marker(marker, position + 1)
                rows[position] = self._marker_row
            return rows
        chunks = _token_text(_MARKER_BETWEEN + joined).split()
        chunk_rows = self._chunk_rows
        try:
            found = list(map(chunk_rows.__getitem__, chunks))
        except KeyError:
            if len(chunk_rows) > 200_000:  # arbitrary input must not grow the cache forever
                chunk_rows.clear()
                chunk_rows[_MARKER] = self._marker_row
            new = list(set(chunks).difference(chunk_rows))
            stripped = [chunk.strip(_STRIP) for chunk in new]
            words = [token for token in stripped if token]
            row_of = dict(zip(words, self._rows_of(words), strict=True))
            for chunk, token in zip(new, stripped, strict=True):
                chunk_rows[chunk] = row_of[token] if token else None
            found = list(map(chunk_rows.__getitem__, chunks))
        return list(filter(None, found))


def _document_tokens(texts: Sequence[str]) -> tuple[list[str], str]:
    """``tokens`` of each text, each list preceded by a marker no token of these texts equals; and it.

    One ``tokens`` call for the whole document, with a NUL as the marker, unless some text holds one;
    then a blank, which no token holds (``tokens`` splits at blanks), sentence by sentence.
    """
    if not any("\x00" in t for t in texts):
        return tokens(" \x00 " + " \x00 ".join(texts)), "\x00"
    flat: list[str] = []
    for t in texts:
        flat.append(" ")
        flat.extend(tokens(t))
    return flat, " "


def selected_model_path() -> str:
    """The model ``extract`` uses: ``FACTCHECK_CHECKWORTHINESS_MODEL`` (a file written by
    ``manage.py train_checkworthiness``) when set, else the shipped one."""
    return os.environ.get(MODEL_ENV, "") or str(MODEL_PATH)


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> Model:
    """The selected model (cached); all-zero if the artefact is unreadable (logged), so ``extract`` runs."""
    path = path or selected_model_path()
    try:
        with open(path, encoding="utf-8") as fh:
            return Model.from_json(json.load(fh))
    except (OSError, ValueError, KeyError):
        logging.getLogger("factcheck.extraction").warning(
            "check-worthiness model %s unreadable: every sentence scores 0.5",
            path,
            exc_info=True,
            extra={"stage": "checkworthiness"},
        )
        return Model({}, 0.0, 0.5)


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
    logit = model.fast_logit(text, tokens(text) if words is None else words, (), category, has_speaker)
    figures: Sequence[Quantity] = quantities if isinstance(quantities, list | tuple) else list(quantities)
    if figures:
        weight, prior = model.quantity_terms(figures)
        logit += weight + prior
    probability = 1.0 / (1.0 + math.exp(-logit)) if logit > -700.0 else 0.0  # the sigmoid, inlined
    return probability, probability >= model.threshold
