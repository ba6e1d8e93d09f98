"""Re-rank the claims the full-text index found for a query, and say why each one matches.

The database finds candidates with an OR of the query's ``search_terms`` (the terms of its text, title and
speaker); ``rank`` orders them by a weighted sum of features of each (query, candidate) pair:

* BM25 of the query's terms over the candidate's text and title together, and over each alone (a
  fact-check's title restates its claim in other words, so it is evidence of its own);
* how much of the candidate (its text, its title) the query covers and how much of the query the
  candidate covers, weighted by rarity (IDF): a known claim is short, and a tweet repeating it holds
  most of its rare words;
* words of the candidate that the query has in another form (the same first five letters: "Mexico",
  "Mexican"), where stemming does not join them;
* shared word pairs (bigrams: "under siege", "net neutrality"), shared names (capitalised words in
  either text), shared numbers and agreeing figures, figures that conflict;
* the same speaker, or the query's speaker named in the candidate; the same category;
* where BM25 put it among the candidates (its score over the best one's, and its rank).

The weights are learned on CheckThat! 2020 task 2 training tweets (``python -m evaluation.train_matching``,
pairwise logistic regression) and read once from ``ranker_weights.json``; a feature the data gives no
weight (bigrams, shared numbers) still feeds nothing but costs little. Everything here is pure Python:
the app imports it and never numpy. Reasons name only evidence that raised the score, strongest first,
and always a figure conflict (a warning for the reviewer).

Figures come from ``Candidate.figures`` when the caller stored them, else from the text through
``figures_from_text`` (the claim extractor), memoised, so known fact-checks, search queries and tweets need
no stored figures. Likewise a candidate's words come from ``Candidate.stored`` when its index entry holds
them (``stored_form``, written at indexing): tokenising a hundred candidate texts was most of a search.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Final

from factcheck.extraction import extract
from factcheck.extraction.types import CLAIM_KINDS, Sentence
from factcheck.matching.text import (
    TWEET_SIGNATURE,
    Token,
    base_language,
    run_together_tags,
    split_run_together,
    tokens,
)
from factcheck.matching.text import terms as tokens_terms

__all__ = [
    "DENSE_FEATURES",
    "ENCODER_FEATURES",
    "FEATURES",
    "Candidate",
    "CorpusStats",
    "Evidence",
    "Figure",
    "Match",
    "Stored",
    "Strength",
    "Weights",
    "figures_agree",
    "figures_conflict",
    "figures_from_text",
    "load_weights",
    "pair_features",
    "rank",
    "search_terms",
    "search_text",
    "stored_form",
    "text_candidate",
    "with_split_tags",
]

WEIGHTS_PATH: Final = Path(__file__).with_name("ranker_weights.json")
DENSE_WEIGHTS_PATH: Final = Path(__file__).with_name("ranker_weights_dense.json")
ENCODER_WEIGHTS_PATH: Final = Path(__file__).with_name("ranker_weights_encoder.json")

# BM25's usual constants (Robertson and Zaragoza): term frequency saturates at k1, length counts by b.
K1: Final = 1.2
B: Final = 0.75

# Relative tolerance between two figures: reports round ("about 250,000" for 246,000), so figures 5% apart
# or less may be the same count; further apart they are different counts of the same thing.
FIGURE_TOLERANCE: Final = 0.05

# Units that are not counts of things: two figures compare only when they share one of these exactly
# (61 percent is not 61 dollars); any other unit (people, civilians, soldiers) counts things.
_MEASURE_UNIT_NAMES = """percent dollar euro pound yen yuan rupee franc peso rouble ruble
    year month week day hour minute second kilometre kilometer mile metre meter foot feet inch
    kilogram kilogramme gram pound tonne ton litre liter gallon barrel acre hectare degree celsius
    fahrenheit"""
_MEASURE_UNITS: Final = frozenset(_MEASURE_UNIT_NAMES.split())


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of a claim: ``value`` for one number; ``low`` and ``high`` bound it (None: unbounded on
    that side when ``value`` is set, as in "more than 20"; a range has no ``value``)."""

    value: float | None
    low: float | None
    high: float | None
    unit: str = ""
    category: str = ""


@dataclass(frozen=True, slots=True)
class Stored:
    """What the re-ranker reads of a candidate's text and title, kept with its index entry so that no
    candidate is tokenised at search time: the terms of the text and of the title, in order, and the
    text's named terms (``stored_form``). Ranking with it gives exactly what ranking the texts gives."""

    text: tuple[str, ...]
    title: tuple[str, ...] = ()
    named: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A claim or known fact-check to match, or the query itself.

    ``figures`` None means "not stored": ``rank`` then finds them in ``text`` (``figures_from_text``); an
    empty tuple means the claim has none (the app stores every claim's, so ranking never extracts again).
    ``speaker`` is a name as the extractor gives it; ``category`` a ``Category`` value ("" for none).
    ``stored`` None: the words are read from ``text`` and ``title``; else from it (``stored_form`` of them).
    ``vector``: the sentence encoder's embedding of ``dense_text`` as stored (``encoder.to_bytes``), if any.
    """

    key: str
    text: str
    title: str = ""
    speaker: str = ""
    category: str = ""
    figures: tuple[Figure, ...] | None = None
    language: str = "en"
    stored: Stored | None = None
    vector: bytes | None = None


@dataclass(frozen=True)
class CorpusStats:
    """Statistics of the whole indexed corpus (every document's ``terms`` of text and title)."""

    n_docs: int
    avg_len: float
    df: Mapping[str, int]

    def idf(self, term: str) -> float:
        """BM25's IDF, never negative; a term no document has counts as the rarest."""
        df = self.df.get(term, 0)
        return math.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))


class Strength(StrEnum):
    """How well a match holds, as a reviewer would judge it from what the two texts share."""

    STRONG = "strong"
    GOOD = "good"
    WEAK = "weak"


# Points for what a pair shares: each shared word (five at most), a shared phrase, each figure the same or
# in conflict (three at most), the speaker. The re-ranker's score orders matches but says little on its
# own (it is relative to the other candidates: in a small corpus one shared rare word outscores a real
# match), so strength counts the evidence, as the reviewer does.
STRONG_MATCH: Final = 6  # e.g. five shared words and a figure: the same claim
GOOD_MATCH: Final = 3  # e.g. three shared words; fewer is a word or two in common, rarely the same claim
# Share of each text's words (by rarity) the other holds, at least, for a strong match to be taken for the
# same claim (a cluster an editor may give one verdict). Two news sentences reach a strong match by
# sharing a phrase and a few words of the story around them ("the rebel-held sector of Aleppo"): between
# ECB+ articles 18.5% of strong matches joined sentences about different events, 3.2% of those that also
# cover each other this much and state no conflicting figure (``python -m evaluation same-claims``).
SAME_CLAIM_COVERAGE: Final = 0.4


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a pair shares: the words (rarest first), phrases, figures stated by both, figures that
    differ ("275,000 people vs 250,000 people"), the same speaker, or the speaker named in the other."""

    shared: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    same_figures: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    same_speaker: bool = False
    speaker_named: str = ""
    # The rarity-weighted share of each text found in the other, the smaller of the two (0 to 1).
    coverage: float = 0.0

    @property
    def points(self) -> int:
        return (
            min(len(self.shared), 5)
            + (2 if self.phrases else 0)
            + 2 * min(len(self.same_figures), 3)
            + 2 * min(len(self.conflicts), 3)
            + (1 if self.same_speaker or self.speaker_named else 0)
        )

    @property
    def strength(self) -> Strength:
        if self.points >= STRONG_MATCH:
            return Strength.STRONG
        return Strength.GOOD if self.points >= GOOD_MATCH else Strength.WEAK

    @property
    def same_claim(self) -> bool:
        """A strong match whose texts mostly say the same (``SAME_CLAIM_COVERAGE``): one claim reported
        twice, rather than two claims about one story. Figures that disagree make two claims (a figure
        conflict), whatever else they share: one verdict cannot rate both."""
        return (
            self.strength is Strength.STRONG and self.coverage >= SAME_CLAIM_COVERAGE and not self.conflicts
        )


@dataclass(frozen=True, slots=True)
class Match:
    key: str
    score: float
    reasons: tuple[str, ...]
    evidence: Evidence = field(default_factory=Evidence)

    @property
    def strength(self) -> Strength:
        return self.evidence.strength


@dataclass(frozen=True)
class Weights:
    """A linear scorer over ``FEATURES``: score = bias + sum of weight x feature."""

    weights: tuple[float, ...]
    bias: float = 0.0

    def score(self, features: Sequence[float]) -> float:
        return self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))


FEATURES: Final = (
    "bm25",
    "bm25_text",
    "bm25_title",
    "bm25_of_best",
    "first_stage_rank",
    "cover_candidate",
    "cover_text",
    "cover_title",
    "cover_query",
    "shared_terms",
    "max_shared_idf",
    "bigrams",
    "named",
    "query_named",
    "prefixes",
    "numbers",
    "same_figures",
    "figure_conflict",
    "same_speaker",
    "speaker_named",
    "same_category",
)
# With the optional dense feature (``factcheck.matching.dense``, ``MATCHING_DENSE``): one more, the cosine of
# the query's and the candidate's embeddings, last, weighed by ``ranker_weights_dense.json``.
DENSE_FEATURES: Final = (*FEATURES, "dense")
# With the optional sentence encoder instead (``factcheck.matching.encoder``, ``MATCHING_DENSE=encoder``): the
# cosine of all-MiniLM-L6-v2's embeddings, last, weighed by ``ranker_weights_encoder.json``. It replaces the
# WordLlama cosine rather than joining it: with both, CheckThat! 2020's cross-validated MAP@5 was 0.917
# (nested 0.913); with the encoder's in its place 0.918 (nested 0.916), and a search skips the WordLlama pass.
ENCODER_FEATURES: Final = (*FEATURES, "encoder")


# --- Figures -------------------------------------------------------------------------------------------


def figures_from_text(text: str, language: str = "en") -> tuple[Figure, ...]:
    """Figures that can carry a claim in ``text`` (counts, money, shares, durations, measures; never
    dates, times, ordinals or identifiers), found by the claim extractor in ``language`` ("" detects
    it; a language the extractor does not read gives none)."""
    return _figures(text, base_language(language))


@lru_cache(maxsize=50_000)
def _figures(text: str, language: str) -> tuple[Figure, ...]:
    return _claim_figures(extract(text, language or None))


def _claim_figures(sentences: Iterable[Sentence]) -> tuple[Figure, ...]:
    return tuple(
        Figure(quantity.value, quantity.low, quantity.high, quantity.unit or "", quantity.category.value)
        for sentence in sentences
        for quantity in sentence.quantities
        if quantity.kind in CLAIM_KINDS
    )


def text_candidate(key: str, text: str, language: str = "en") -> Candidate:
    """A text from outside (a tweet, a quote) as a query, described as a stored claim is: its figures, its
    speaker and its category, from one run of the extractor. The speaker is the name signing a tweet
    pasted from its embed ("— Name (@handle) June 3, 2017"), else the first the extractor finds; the
    category the first sentence's that has one. (The signature stays in the text: the handle and the date
    are evidence too.)"""
    language = base_language(language)
    sentences = extract(text, language or None)
    signed = TWEET_SIGNATURE.search(text)
    speaker = signed.group("name") if signed else ""
    if not speaker:
        speaker = next((s.speaker.name for s in sentences if s.speaker is not None), "")
    category = next((s.category.value for s in sentences if s.category.value != "other"), "")
    return Candidate(
        key=key,
        text=text,
        speaker=speaker,
        category=category,
        figures=_claim_figures(sentences),
        language=language or "en",
    )


def _bounds(figure: Figure) -> tuple[float, float] | None:
    """The interval a figure claims; None for a vague one ("dozens")."""
    if figure.low is None and figure.high is None:
        return None if figure.value is None else (figure.value, figure.value)
    low = figure.low if figure.low is not None else -math.inf
    high = figure.high if figure.high is not None else math.inf
    return low, high


def _unit_key(unit: str) -> str:
    unit = unit.strip().lower()
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


def _comparable_units(a: Figure, b: Figure) -> bool:
    """Both count things (any counted noun, or none said), or both are the same measure unit."""
    unit_a, unit_b = _unit_key(a.unit), _unit_key(b.unit)
    if unit_a in _MEASURE_UNITS or unit_b in _MEASURE_UNITS:
        return unit_a == unit_b
    return True


def _overlap_with_tolerance(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether the intervals meet once each is widened by ``FIGURE_TOLERANCE`` of its magnitude."""
    (low_a, high_a), (low_b, high_b) = a, b
    if low_a > high_b:
        return low_a - high_b <= FIGURE_TOLERANCE * max(abs(low_a), abs(high_b))
    if low_b > high_a:
        return low_b - high_a <= FIGURE_TOLERANCE * max(abs(low_b), abs(high_a))
    return True


def _same_thing(a: Figure, b: Figure) -> bool:
    """Whether two figures measure the same thing: the same category (neither empty nor "other") and
    comparable units (two counts of things, or the same unit of measure); without a category, the same
    unit."""
    if a.category and a.category != "other":
        return a.category == b.category and _comparable_units(a, b)
    return b.category in ("", "other") and bool(a.unit) and _unit_key(a.unit) == _unit_key(b.unit)


def figures_conflict(a: Figure, b: Figure) -> bool:
    """Whether two figures of the same thing cannot both be true ("250,000 vs 275,000 people under siege").

    Same thing: see ``_same_thing``. Cannot both be true: their intervals do not meet even when each is
    widened by ``FIGURE_TOLERANCE`` (5%), so rounding ("about 250,000" vs 246,000) is no conflict, and
    neither is a bound the other satisfies ("more than 20" vs 25). Vague figures never conflict.
    """
    if not _same_thing(a, b):
        return False
    bounds_a, bounds_b = _bounds(a), _bounds(b)
    if bounds_a is None or bounds_b is None:
        return False
    return not _overlap_with_tolerance(bounds_a, bounds_b)


def _compared(mine: Figure, theirs: Sequence[Figure]) -> tuple[bool, Figure | None]:
    """Whether ``theirs`` states ``mine``, and else the figure of ``theirs`` it conflicts with, if any.

    A claim with several figures of one kind ("Omar at 8%, Cortez at 21%") conflicts with another only
    where none of the other's figures of that kind can be the same one: 8% is not contradicted by 21%
    when the other claim says 8% too.
    """
    if any(figures_agree(mine, other) for other in theirs):
        return True, None
    conflicting = None
    for other in theirs:
        if figures_conflict(mine, other):
            if conflicting is None:
                conflicting = other
        elif _same_thing(mine, other) and _bounds(mine) is not None and _bounds(other) is not None:
            return False, None  # a compatible figure of the same thing
    return False, conflicting


def figures_agree(a: Figure, b: Figure) -> bool:
    """Whether two figures state the same number: both exact values within 1% and comparable units.
    Categories are not required to match: the same uncommon number is evidence on its own."""
    if a.value is None or b.value is None or not _comparable_units(a, b):
        return False
    if a.low is None or a.high is None or b.low is None or b.high is None:
        return a.value == b.value and (a.low is None) == (b.low is None)
    return abs(a.value - b.value) <= 0.01 * max(abs(a.value), abs(b.value))


def _format_figure(figure: Figure) -> str:
    value = (
        figure.value if figure.value is not None else figure.low if figure.low is not None else figure.high
    )
    if value is None:
        return "?"
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if figure.value is None and figure.low is not None and figure.high is not None:
        number = f"{figure.low:,.0f}-{figure.high:,.0f}"
    unit = figure.unit
    if unit == "percent":
        return f"{number}%"
    return f"{number} {unit}".strip()


# --- Text analysis -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Analysis:
    """What the features need from one text, computed once per text (memoised)."""

    counts: Mapping[str, int]
    length: int
    bigrams: frozenset[tuple[str, str]]
    named: frozenset[str]
    numbers: frozenset[str]
    surfaces: Mapping[str, str] = field(default_factory=dict)


_NUMBER_TERM = re.compile(r"\d+(?:p\d+)?")


def _named(found: list[Token]) -> frozenset[str]:
    """Terms written with a capital inside the text (not its first word): names of people, places and
    things. A text mostly in capitals names nothing this way."""
    capitalised = [token.surface[:1].isupper() for token in found]
    if len(found) < 2 or sum(capitalised) > 0.6 * len(found):
        return frozenset()
    return frozenset(
        token.term for token, cap in zip(found[1:], capitalised[1:], strict=True) if cap and token.term
    )


@lru_cache(maxsize=50_000)
def _analyse(text: str, language: str) -> _Analysis:
    found = tokens(text, language)
    counts: dict[str, int] = {}
    surfaces: dict[str, str] = {}
    for token in found:
        counts[token.term] = counts.get(token.term, 0) + 1
        surfaces.setdefault(token.term, token.surface.lower())
    terms = [token.term for token in found]
    return _Analysis(
        counts=counts,
        length=len(terms),
        bigrams=frozenset(itertools.pairwise(terms)),
        named=_named(found),
        numbers=frozenset(term for term in counts if _NUMBER_TERM.fullmatch(term)),
        surfaces=surfaces,
    )


def stored_form(text: str, title: str = "", language: str = "en") -> Stored:
    """What an index entry keeps of a text and its title for the re-ranker (``Candidate.stored``)."""
    found = tokens(text, language)
    return Stored(
        text=tuple(token.term for token in found),
        title=tuple(tokens_terms(title, language)) if title else (),
        named=_named(found),
    )


def _from_terms(terms: Sequence[str], named: frozenset[str] = frozenset()) -> _Analysis:
    """``_analyse`` of a candidate's text from its stored terms, but for what only a query's analysis is
    read for: its ``numbers`` and ``surfaces`` (the reasons quote the query's words)."""
    if not terms:
        return _EMPTY
    return _Analysis(
        counts=Counter(terms),  # in the order of first use, as ``_analyse`` counts
        length=len(terms),
        bigrams=frozenset(itertools.pairwise(terms)),
        named=named,
        numbers=frozenset(),
    )


def _speaker_terms(name: str, language: str) -> tuple[str, ...]:
    return tuple(_analyse(name, language).counts) if name else ()


# --- Features ------------------------------------------------------------------------------------------


def _bm25(
    query_terms: Iterable[str],
    counts: Mapping[str, int],
    length: int,
    stats: CorpusStats,
    idf: Mapping[str, float],
) -> float:
    """BM25 of the query's terms over a text's ``counts``; ``idf`` holds every term of ``counts``."""
    if not counts:
        return 0.0
    norm = K1 * (1 - B + B * length / max(stats.avg_len, 1e-9))
    score = 0.0
    for term in query_terms:
        tf = counts.get(term)
        if tf:
            score += idf[term] * tf * (K1 + 1) / (tf + norm)
    return score


def _cover(part: Iterable[str], whole: Iterable[str], idf: Mapping[str, float]) -> float:
    """IDF mass of ``whole`` found in ``part`` over all of it (0 for an empty ``whole``)."""
    part = set(part)
    total = found = 0.0
    for term in whole:
        weight = idf[term]
        total += weight
        if term in part:
            found += weight
    return found / total if total else 0.0


# Letters two words must share to count as the same word in another form ("Mexico", "Mexican"),
# where stemming does not join them.
PREFIX: Final = 5


def _cover_prefixes(
    prefixes: frozenset[str], counts: Mapping[str, int], exact: Mapping[str, int], idf: Mapping[str, float]
) -> float:
    """IDF mass of the terms in ``counts`` that are not in ``exact`` but start like one of its terms."""
    total = found = 0.0
    for term in counts:
        weight = idf[term]
        total += weight
        if term not in exact and len(term) >= PREFIX and term[:PREFIX] in prefixes:
            found += weight
    return found / total if total else 0.0


def _pair(
    query: Candidate,
    q: _Analysis,
    q_figures: tuple[Figure, ...],
    q_speaker: tuple[str, ...],
    q_prefixes: frozenset[str],
    candidate: Candidate,
    stats: CorpusStats,
    idf_cache: dict[str, float],
) -> tuple[list[float], Evidence, float]:
    """Features of one pair but the list-wise ones (filled in by ``pair_features``), evidence, BM25."""
    language = base_language(candidate.language)
    if candidate.stored is not None:
        text = _from_terms(candidate.stored.text, candidate.stored.named)
        title = _from_terms(candidate.stored.title)
    else:
        text = _analyse(candidate.text, language)
        title = _analyse(candidate.title, language) if candidate.title else _EMPTY
    both: dict[str, int] = dict(text.counts)
    for term, tf in title.counts.items():
        both[term] = both.get(term, 0) + tf
    for term in both:
        if term not in idf_cache:
            idf_cache[term] = stats.idf(term)
    q_terms = q.counts.keys()
    bm25 = _bm25(q_terms, both, text.length + title.length, stats, idf_cache)
    bm25_text = _bm25(q_terms, text.counts, text.length, stats, idf_cache)
    bm25_title = _bm25(q_terms, title.counts, title.length, stats, idf_cache)
    shared = [term for term in both if term in q.counts]
    shared.sort(key=lambda term: -idf_cache[term])
    shared_bigrams = (text.bigrams | title.bigrams) & q.bigrams
    named = [term for term in text.named if term in q.counts]
    numbers = q.numbers & both.keys()

    figures = (
        candidate.figures if candidate.figures is not None else figures_from_text(candidate.text, language)
    )
    same_figures: list[str] = []
    conflicts: list[str] = []
    for mine in q_figures:
        agrees, conflicting = _compared(mine, figures)
        if agrees:
            same_figures.append(_format_figure(mine))
        elif conflicting is not None:
            conflicts.append(f"{_format_figure(mine)} vs {_format_figure(conflicting)}")

    c_speaker = _speaker_terms(candidate.speaker, language)
    same_speaker = bool(q_speaker and c_speaker and q_speaker[-1] == c_speaker[-1])
    speaker_named = ""
    if not same_speaker:
        if q_speaker and q_speaker[-1] in both:
            speaker_named = query.speaker
        elif c_speaker and c_speaker[-1] in q.counts:
            speaker_named = candidate.speaker
    same_category = bool(candidate.category and candidate.category not in ("", "other"))
    same_category = same_category and candidate.category == query.category

    covered = _cover(q_terms, both, idf_cache)  # of the candidate, by the query
    covering = _cover(both, q_terms, idf_cache)  # of the query, by the candidate
    values = [
        bm25,
        bm25_text,
        bm25_title,
        0.0,  # bm25_of_best, list-wise
        0.0,  # first_stage_rank, list-wise
        covered,
        _cover(q_terms, text.counts, idf_cache),
        _cover(q_terms, title.counts, idf_cache),
        covering,
        math.log1p(len(shared)),
        idf_cache[shared[0]] if shared else 0.0,
        math.log1p(len(shared_bigrams)),
        math.log1p(len(named)),
        _cover(both, q.named, idf_cache),
        _cover_prefixes(q_prefixes, both, q.counts, idf_cache),
        math.log1p(len(numbers)),
        math.log1p(len(same_figures)),
        1.0 if conflicts else 0.0,
        1.0 if same_speaker else 0.0,
        1.0 if speaker_named else 0.0,
        1.0 if same_category else 0.0,
    ]
    surfaces = q.surfaces
    evidence = Evidence(
        shared=tuple(surfaces.get(term, term) for term in shared),
        phrases=tuple(
            f"{surfaces.get(a, a)} {surfaces.get(b, b)}"
            for a, b in sorted(shared_bigrams, key=lambda pair: -idf_cache[pair[0]] - idf_cache[pair[1]])
        ),
        same_figures=tuple(dict.fromkeys(same_figures)),
        conflicts=tuple(dict.fromkeys(conflicts)),
        same_speaker=same_speaker,
        speaker_named=speaker_named,
        coverage=min(covered, covering),
    )
    return values, evidence, bm25


_EMPTY: Final = _Analysis(counts={}, length=0, bigrams=frozenset(), named=frozenset(), numbers=frozenset())


def search_text(query: Candidate) -> str:
    """What a search for ``query`` looks for: its text, title and speaker. The speaker's name belongs in
    it: a known claim usually names who said it ("Maxine Waters said ..."), and a tweet's author is often
    the one the claim is about."""
    return "\n".join(part for part in (query.text, query.title, query.speaker) if part)


def search_terms(query: Candidate) -> list[str]:
    """The distinct terms of ``search_text``: the database finds candidates with an OR of them. (Its
    analysis is memoised: ``rank`` then reads the query's words without tokenising it again.)"""
    return list(_analyse(search_text(query), base_language(query.language)).counts)


def _query_parts(query: Candidate) -> tuple[_Analysis, tuple[Figure, ...], tuple[str, ...]]:
    language = base_language(query.language)
    analysis = _analyse(search_text(query), language)
    figures = query.figures if query.figures is not None else figures_from_text(query.text, language)
    return analysis, figures, _speaker_terms(query.speaker, language)


def pair_features(
    query: Candidate,
    candidates: Sequence[Candidate],
    stats: CorpusStats,
    *,
    dense: bool = False,
    encoder: bool = False,
) -> list[tuple[list[float], Evidence]]:
    """``FEATURES`` of each (query, candidate) pair, in the candidates' order, with what they share
    (``DENSE_FEATURES`` with ``dense``: the embeddings' cosine appended, see ``dense_text``;
    ``ENCODER_FEATURES`` with ``encoder``: the sentence encoder's cosine appended instead).

    Two features are list-wise: a candidate's BM25 over the best candidate's, and 1 / its rank by BM25
    (1 for the first; ties share the better rank), so the weights see how a candidate stands among the
    others as well as alone.
    """
    q, q_figures, q_speaker = _query_parts(query)
    idf_cache: dict[str, float] = {term: stats.idf(term) for term in q.counts}
    q_prefixes = frozenset(
        term[:PREFIX] for term in q.counts if len(term) >= PREFIX and not term[0].isdigit()
    )
    rows = [
        _pair(query, q, q_figures, q_speaker, q_prefixes, candidate, stats, idf_cache)
        for candidate in candidates
    ]
    scores = sorted((bm25 for _, _, bm25 in rows), reverse=True)
    best = scores[0] if scores else 0.0
    for values, _, bm25 in rows:
        values[3] = bm25 / best if best > 0 else 0.0
        # Candidates with the same BM25 share a rank: the order the caller gave them in is no evidence.
        values[4] = 1.0 / (1 + bisect.bisect_left(scores, -bm25, key=lambda score: -score))
    if encoder or dense:
        texts = [dense_text(candidate) for candidate in candidates]
        if encoder:
            from factcheck.matching import encoder as encoder_module

            stored = [candidate.vector for candidate in candidates]
            cosines = encoder_module.similarities(query.text, texts, stored, query_stored=query.vector)
        else:
            from factcheck.matching import dense as dense_module

            cosines = dense_module.similarities(query.text, texts)
        for (values, _, _), cosine in zip(rows, cosines, strict=True):
            values.append(cosine)
    return [(values, evidence) for values, evidence, _ in rows]


def dense_text(candidate: Candidate) -> str:
    """What the dense feature embeds of a candidate: its text and title."""
    return f"{candidate.text}\n{candidate.title}" if candidate.title else candidate.text


# --- Weights and ranking -------------------------------------------------------------------------------


def load_weights(path: Path = WEIGHTS_PATH, features: Sequence[str] = FEATURES) -> Weights:
    """The weights in ``path`` (written by ``evaluation/train_matching.py``) over ``features``, by name: a
    feature the file does not name weighs nothing, and a name not in ``features`` is an error."""
    data = json.loads(path.read_text(encoding="utf-8"))
    by_name = dict(zip(data["features"], data["weights"], strict=True))
    unknown = set(by_name) - set(features)
    if unknown:
        raise ValueError(f"{path}: unknown features {sorted(unknown)}")
    return Weights(tuple(float(by_name.get(name, 0.0)) for name in features), float(data.get("bias", 0.0)))


WEIGHTS: Final = load_weights()
DENSE_WEIGHTS: Final = load_weights(DENSE_WEIGHTS_PATH, DENSE_FEATURES)
ENCODER_WEIGHTS: Final = load_weights(ENCODER_WEIGHTS_PATH, ENCODER_FEATURES)


def _reasons(evidence: Evidence, values: list[float], weights: Weights) -> tuple[str, ...]:
    """Short phrases a fact-checker reads, the strongest evidence first."""
    index = {name: i for i, name in enumerate(FEATURES)}
    found: list[tuple[float, str]] = []

    def add(feature: str, phrase: str, warning: bool = False) -> None:
        """A phrase for evidence that raised the score (a warning is said even when it weighs nothing)."""
        i = index[feature]
        contribution = weights.weights[i] * values[i]
        if contribution > 0 or warning:
            found.append((-abs(contribution), phrase))

    if evidence.shared:
        add("cover_candidate", "shared words: " + ", ".join(evidence.shared[:5]))
    if evidence.phrases:
        add("bigrams", "same phrase: " + ", ".join(evidence.phrases[:3]))
    for figure in evidence.same_figures[:3]:
        add("same_figures", f"same figure: {figure}")
    for conflict in evidence.conflicts[:3]:
        add("figure_conflict", f"figures differ: {conflict}", warning=True)
    if values[index["same_speaker"]]:
        add("same_speaker", "same speaker")
    if evidence.speaker_named:
        add("speaker_named", f"names the speaker: {evidence.speaker_named}")
    if values[index["same_category"]]:
        add("same_category", "same category")
    found.sort(key=lambda item: item[0])
    return tuple(phrase for _, phrase in found)


def rank(
    query: Candidate,
    candidates: Iterable[Candidate],
    stats: CorpusStats,
    *,
    top: int = 10,
    weights: Weights | None = None,
    dense: bool = False,
    encoder: bool = False,
) -> list[Match]:
    """The ``top`` candidates best matching ``query``, best first, each with its score and reasons.

    Ties keep the candidates' order. ``weights`` default to the trained ones (``ranker_weights.json``;
    ``ranker_weights_dense.json`` with ``dense``, which adds the embeddings' cosine to the features;
    ``ranker_weights_encoder.json`` with ``encoder``, which adds the sentence encoder's instead).
    A candidate with the query's own key is skipped (a claim does not match itself).
    """
    weights = weights or (ENCODER_WEIGHTS if encoder else DENSE_WEIGHTS if dense else WEIGHTS)
    pool = [candidate for candidate in candidates if candidate.key != query.key]
    rows = pair_features(query, pool, stats, dense=dense, encoder=encoder)
    scored = sorted(
        ((weights.score(values), i) for i, (values, _) in enumerate(rows)),
        key=lambda item: (-item[0], item[1]),
    )
    return [
        Match(pool[i].key, round(score, 6), _reasons(rows[i][1], rows[i][0], weights), rows[i][1])
        for score, i in scored[: max(top, 0)]
    ]


# --- Run-together tags ---------------------------------------------------------------------------------

# A piece of a run-together tag is a word when at least this many entries hold it: one entry's typo or
# rare name does not split a tag.
RUN_TOGETHER_MIN_DF: Final = 2


def with_split_tags(query: Candidate, df: Callable[[str], int]) -> Candidate:
    """``query`` with the words of its run-together tags added to its text ("#tamperedwater" -> "tampered
    water"), split into words the corpus holds (``df``: a term's document frequency, 0 when unknown), as
    a CamelCase tag's words are its claim's words. The query is unchanged when it has none."""
    language = base_language(query.language)
    words = [
        " ".join(split)
        for tag in run_together_tags(query.text)
        if (split := split_run_together(tag, lambda term: df(term) >= RUN_TOGETHER_MIN_DF, language))
    ]
    return replace(query, text="\n".join([query.text, *words])) if words else query
