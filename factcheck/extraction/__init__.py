"""Claim extraction from plain text, in pure Python (standard library only; never imports Django).

``extract(text)`` splits text into sentences with offsets into it and gives each one its
quantities, category, speaker and check-worthiness. See ``sentences``, ``speakers`` and
``checkworthiness`` for the rules and the model.
"""

from __future__ import annotations

import re

from factcheck.extraction import _numlex
from factcheck.extraction.categories import sentence_category as _sentence_category
from factcheck.extraction.checkworthiness import load_model
from factcheck.extraction.quantities import find_quantities as _find_quantities
from factcheck.extraction.sentences import split_sentences
from factcheck.extraction.speakers import assign_speakers
from factcheck.extraction.types import Category, Qualifier, Quantity, QuantityKind, Sentence, Speaker

__all__ = ["Category", "Qualifier", "Quantity", "QuantityKind", "Sentence", "Speaker", "extract"]


def _quantities(
    text: str, start: int = 0, end: int | None = None, words: list[str] | None = None
) -> list[Quantity]:
    """``quantities.find_quantities`` (offsets into ``text``; ``words``: the window's letter runs)."""
    return _find_quantities(text, start, end, words)


def _categorise(text: str, quantities: list[Quantity], words: list[str] | None = None) -> Category:
    """``categories.sentence_category`` (``words``: the sentence's letter runs, see ``_screen``)."""
    return _sentence_category(text, quantities, words)


# Document screen. Most sentences have no figure, no statement verb and no category keyword, and the
# full rules for each cost several microseconds of regex scanning a sentence. One pass of a trivial
# regex gives each sentence's lower-case letter runs; set look-ups on them (and one digit search) then
# rule out quantities (no digit, no number word), speakers (no statement verb) and most category
# keywords at C speed, and only sentences that may have them get the full (unchanged) rules, so the
# output is the same (``tests/extraction/test_fast_paths.py``).
_RUNS = re.compile(r"[a-z]+")
# What the quantity anchor scan (``_numlex.ANCHOR``, on lower-cased text) starts at: digits (lower-casing
# leaves them alone) and whole number words.
_DIGIT = re.compile(r"[\d½⅓¼¾⅔]")
_NUMBER_WORDS = frozenset(w for w in _numlex._ANCHOR_WORDS if w.isalpha())
# With any of these the lower-cased text is misaligned with the original ("İ" lower-cases to two
# characters) or case-insensitive regexes match letters the screen does not see (Kelvin sign, long s,
# dotless i): such documents take the unscreened path.
_ODD = ("\u0130", "\u212a", "\u017f", "\u0131")


def _screen(text: str, spans: list) -> list[list[str]] | None:
    """Per sentence, its lower-cased ``[a-z]+`` runs; None where the screen would be unsafe."""
    for ch in _ODD:
        if ch in text:
            return None
    low = text.lower()
    if len(low) != len(text):
        return None
    runs = _RUNS.findall
    return [runs(low, s.start, s.end) for s in spans]


def _may_have_number(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the quantity anchor scan could fire in ``text[start:end]`` (letter runs ``words``)."""
    return _DIGIT.search(text, start, end) is not None or not _NUMBER_WORDS.isdisjoint(words)


def extract(text: str) -> list[Sentence]:
    """Sentences of ``text`` with quantities, category, speaker and check-worthiness; never raises."""
    if not isinstance(text, str) or not text:
        return []
    try:
        spans = split_sentences(text)
    except Exception:
        spans = []
    texts = [text[s.start : s.end] for s in spans]
    try:
        screen = _screen(text, spans)
    except Exception:
        screen = None
    try:
        speakers = assign_speakers(text, spans, screen)
    except Exception:
        speakers = [None] * len(spans)
    figures: list[list[Quantity]] = []
    categories: list[Category] = []
    for index, (span, sentence_text) in enumerate(zip(spans, texts, strict=True)):
        start, end = span.start, span.end
        runs = None if screen is None else screen[index]
        quantities: list[Quantity] = []
        if runs is None or _may_have_number(text, start, end, runs):
            try:
                quantities = [
                    q
                    for q in _quantities(text, start, end, runs)
                    if start <= q.start < q.end <= end and text[q.start : q.end] == q.surface
                ]
            except Exception:
                quantities = []
        figures.append(quantities)
        try:
            categories.append(_categorise(sentence_text, quantities, runs))
        except Exception:
            categories.append(Category.OTHER)
    try:
        scores = load_model().score_many(texts, figures, categories, [s is not None for s in speakers])
    except Exception:
        scores = [(0.0, False)] * len(spans)
    return [
        Sentence(index, span.start, span.end, sentence_text, cw, is_claim, category, speaker, quantities)
        for index, (span, sentence_text, (cw, is_claim), category, speaker, quantities) in enumerate(
            zip(spans, texts, scores, categories, speakers, figures, strict=True)
        )
    ]
