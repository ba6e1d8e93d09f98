"""Claim extraction from plain text, in pure Python (standard library only; never imports Django).

``extract(text)`` splits text into sentences with offsets into it and gives each one its
quantities, category, speaker and check-worthiness. See ``sentences``, ``speakers`` and
``checkworthiness`` for the rules and the model.

No sentence is longer than ``max_sentence_chars`` (default ``MAX_SENTENCE_CHARS``): a longer run, which
no prose has, is cut into pieces (``sentences.split_sentences``), so a text without full stops cannot
become one huge "claim" with thousands of figures, and every stage's work stays linear in the text.
The pieces keep their figures, category and speaker but score zero check-worthiness and are not
claims: a table or a dump of figures must not top a reviewer's queue. ``max_sentences`` bounds the
work on a text with very many sentences (the import writer passes its claims-per-article limit).

Language: ``extract(text, language=None)`` detects the text's language (``languages.detect_language``)
unless told; English uses the English rules, German, Spanish, French, Portuguese and Italian the tables in
``languages.LANGUAGES``, and any other language yields sentences without figures (read with another
language's rules they would be wrong values). ``extract_document`` returns the same sentences with the
language used and whether its figures were read, for callers that must say so (the CLI, the import).

The same source also runs compiled by mypyc (``make compile``): about 1.4 times as fast, the output identical
to the bit; ``COMPILED`` says which build runs, and ``_build`` refuses a build older than its source.

``extract`` never raises on any text: one failing stage must not lose an imported article. What a stage's
failure costs (its own output, for that sentence or document) is logged at WARNING on the
``factcheck.extraction`` logger, with the stage, an excerpt and the traceback, so a broken rule
shows in the logs instead of silently yielding nothing.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence

# ``_build`` first: it refuses a compiled build older than its source before any compiled module loads
from factcheck.extraction import _build, _numlex
from factcheck.extraction.categories import FOLDS_TO_ASCII, LETTERS_ONLY, sentence_category
from factcheck.extraction.checkworthiness import load_model
from factcheck.extraction.languages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    SUPPORTED,
    detect_language,
    normalise_code,
    spanish_convention,
)
from factcheck.extraction.quantities import (
    find_localised_quantities,
    find_quantities,
    localised_sentence_category,
)
from factcheck.extraction.sentences import MAX_SENTENCE_CHARS, Span, check_limit, split_sentences
from factcheck.extraction.speakers import assign_speakers
from factcheck.extraction.types import (
    Category,
    Extraction,
    Priority,
    Qualifier,
    Quantity,
    QuantityKind,
    Sentence,
    Speaker,
    priority_for,
)

__all__ = [
    "COMPILED",
    "MAX_SENTENCE_CHARS",
    "Category",
    "Extraction",
    "Priority",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "Sentence",
    "Speaker",
    "analyse_spans",
    "detect_language",
    "extract",
    "extract_document",
    "priority_for",
    "resolve_language",
    "split_sentences",
]

logger = logging.getLogger("factcheck.extraction")

# True when the modules run compiled by mypyc (``make compile``): the same rules, about 1.4 times as fast
COMPILED: bool = _build.COMPILED

# Document screen. Most sentences have no figure, no statement verb and no category keyword, and the
# full rules for each cost several microseconds of regex scanning a sentence. One C-level pass over the
# document gives each sentence's lower-case letter runs (``_RUNS``'s matches); set look-ups on them (and
# one digit search) then rule out quantities (no digit, no number word), speakers (no statement verb) and
# most category keywords at C speed, and only sentences that may have them get the full (unchanged)
# rules, so the output is the same (``tests/extraction/test_fast_paths.py``).
_RUNS = re.compile(r"[a-z]+")  # what the screen gives, per sentence (``_screen`` gets it without a regex)


def _screen(text: str, spans: Sequence[Span]) -> list[list[str]] | None:
    """Per sentence, its lower-cased ``[a-z]+`` runs; None where the screen would be unsafe.

    It is unsafe when lower-casing changes the text's length (offsets would not line up) or the text
    holds a character that case-insensitive rules match to a letter the runs do not show.
    """
    for character in FOLDS_TO_ASCII:
        if character in text:
            return None
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    # every byte but a-z to a blank (``LETTERS_ONLY``): on the text encoded one byte a code point, a
    # sentence's slice split at blanks is its ``[a-z]+`` runs, in one C-level pass per document and a
    # ``split`` per sentence instead of a regex match per word
    letters = lowered.encode("ascii", "replace").translate(LETTERS_ONLY).decode("ascii")
    return [letters[span.start : span.end].split() for span in spans]


def _digit_marks(text: str) -> bytes:
    """One byte a code point of ``text`` (``_numlex.DIGITS_ONLY``): "0" for an ASCII digit, else a blank.
    In an ASCII slice a "0" is where ``DIGIT_RUN`` would find a digit; other characters are blanks here."""
    return text.encode("ascii", "replace").translate(_numlex.DIGITS_ONLY)


def _may_have_number(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the quantity anchor scan could fire in ``text[start:end]`` (letter runs ``words``): the test
    ``_analyse`` makes, sentence by sentence (an ASCII one's digits found in its digit marks)."""
    sentence = text[start:end]
    if sentence.isascii():
        has_digit = _digit_marks(sentence).find(b"0") >= 0
    else:
        has_digit = _numlex.DIGIT_RUN.search(sentence) is not None
    return has_digit or not _numlex.ANCHOR_WORDS.isdisjoint(words) or _may_say_a_period(words)


def _may_say_a_period(words: list[str]) -> bool:
    """A period said with "a" after a bound ("more than a year") may be a figure: both words are there."""
    return not _numlex.PERIOD_ANCHORS.isdisjoint(words) and not _numlex.PERIOD_BOUNDS.isdisjoint(words)


def _excerpt(text: str, width: int = 80) -> str:
    """The start of ``text`` on one line, for a log message."""
    flat = " ".join(text[: width * 2].split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _failed(stage: str, text: str) -> None:
    """Log the exception being handled: which stage lost its output, on what text."""
    excerpt = _excerpt(text)
    logger.warning(
        "extraction stage %r failed on %r; its output is left empty",
        stage,
        excerpt,
        exc_info=True,
        extra={"stage": stage, "excerpt": excerpt},
    )


def _expect_one_per_sentence(results: Sequence[object] | None, spans: Sequence[Span]) -> None:
    """A document stage's results line up with the sentences, or the stage has failed."""
    if results is not None and len(results) != len(spans):
        raise ValueError(f"{len(results)} results for {len(spans)} sentences")


# Sentences scored at once. ``score_many`` holds a few copies of its sentences' words while it works (tens
# of bytes a character): in blocks, a long text's peak is that of a block, and the scores are the same.
_SCORED_AT_ONCE = 1000


def _scores(
    texts: list[str],
    quantities: list[list[Quantity]],
    categories: list[Category],
    speakers: Sequence[Speaker | None],
) -> list[tuple[float, bool]]:
    """``score_many`` of the sentences, a block of ``_SCORED_AT_ONCE`` at a time."""
    model = load_model()
    has_speaker = [speaker is not None for speaker in speakers]
    scores: list[tuple[float, bool]] = []
    for first in range(0, len(texts), _SCORED_AT_ONCE):
        last = first + _SCORED_AT_ONCE
        scores.extend(
            model.score_many(
                texts[first:last], quantities[first:last], categories[first:last], has_speaker[first:last]
            )
        )
    return scores


def _scores_but_pieces(
    spans: Sequence[Span],
    texts: list[str],
    quantities: list[list[Quantity]],
    categories: list[Category],
    speakers: Sequence[Speaker | None],
) -> list[tuple[float, bool]]:
    """``_scores``, with pieces of an overlong run left unscored at zero (they are not claims; each
    sentence's score is its own, so the others' do not change)."""
    if not any(span.piece for span in spans):
        return _scores(texts, quantities, categories, speakers)
    scored = [index for index, span in enumerate(spans) if not span.piece]
    found = _scores(
        [texts[i] for i in scored],
        [quantities[i] for i in scored],
        [categories[i] for i in scored],
        [speakers[i] for i in scored],
    )
    scores = [(0.0, False)] * len(spans)
    for index, score in zip(scored, found, strict=True):
        scores[index] = score
    return scores


def resolve_language(text: str, language: str | None = None) -> str:
    """The language to read ``text`` in: ``language`` as an ISO 639-1 code ("de-DE" -> "de"), or when
    it is None or unusable, the detected one (never raises: a failed detection is English, logged)."""
    code = normalise_code(language) if language else ""
    if code:
        return code
    try:
        return detect_language(text) if isinstance(text, str) else DEFAULT_LANGUAGE
    except Exception:
        _failed("language", text if isinstance(text, str) else "")
        return DEFAULT_LANGUAGE


def extract_document(
    text: str,
    language: str | None = None,
    *,
    max_sentence_chars: int = MAX_SENTENCE_CHARS,
    max_sentences: int | None = None,
) -> Extraction:
    """``extract``, with the language used and whether figures were read in it (and a note if not)."""
    code = resolve_language(text, language)
    sentences = extract(text, code, max_sentence_chars=max_sentence_chars, max_sentences=max_sentences)
    supported = code in SUPPORTED
    notes = (
        []
        if supported
        else [
            f"Figures are not read in this language ({code}): the extractor reads "
            f"{', '.join(sorted(SUPPORTED))}."
        ]
    )
    return Extraction(language=code, figures_supported=supported, sentences=sentences, notes=notes)


def extract(
    text: str,
    language: str | None = None,
    *,
    max_sentence_chars: int = MAX_SENTENCE_CHARS,
    max_sentences: int | None = None,
) -> list[Sentence]:
    """Sentences of ``text`` with quantities, category, speaker and check-worthiness; never raises on
    any text.

    No sentence is longer than ``max_sentence_chars`` characters (longer runs are cut into pieces,
    which are not claims). With ``max_sentences``, only the first so many sentences are analysed and
    returned (the rest of a huge text costs only its splitting). A stage that fails leaves its own
    output empty (no sentences, no speakers, no quantities or category for one sentence, zero
    check-worthiness) and is logged; the other stages still run. A limit that is not a positive
    integer is the caller's error: ``TypeError`` or ``ValueError``, whatever the text.

    ``language`` is an ISO 639-1 code; None detects it. In a language the extractor does not read, the
    sentences have no figures (``extract_document`` says so).
    """
    check_limit(max_sentence_chars)
    if max_sentences is not None:
        check_limit(max_sentences, name="max_sentences")
    if not isinstance(text, str) or not text:
        return []
    code = resolve_language(text, language)
    try:
        spans = split_sentences(text, max_sentence_chars=max_sentence_chars, language=code)
    except Exception:
        _failed("sentences", text)
        spans = []
    if max_sentences is not None:
        del spans[max_sentences:]
    return _analyse(text, spans, language=code)


def _speakers(
    text: str, spans: Sequence[Span], letter_runs: list[list[str]] | None, language: str = DEFAULT_LANGUAGE
) -> list[Speaker | None]:
    try:
        speakers = (
            assign_speakers(text, spans, letter_runs)
            if language == DEFAULT_LANGUAGE
            else assign_speakers(text, spans, letter_runs, language=language)
        )
        _expect_one_per_sentence(speakers, spans)
    except Exception:
        _failed("speakers", text)
        speakers = [None] * len(spans)
    return speakers


def _letter_runs(text: str, spans: Sequence[Span]) -> list[list[str]] | None:
    try:
        letter_runs = _screen(text, spans)
        _expect_one_per_sentence(letter_runs, spans)
    except Exception:
        _failed("screen", text)
        letter_runs = None
    return letter_runs


def _analyse(
    text: str,
    spans: Sequence[Span],
    speakers: Sequence[Speaker | None] | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> list[Sentence]:
    """Every stage after splitting, for the sentences ``spans`` of ``text`` (in order); ``speakers``, when
    the caller resolved them in a wider context, instead of resolving them among ``spans`` alone."""
    if language != DEFAULT_LANGUAGE:
        return _analyse_localised(text, spans, speakers, language)
    sentence_texts = [text[span.start : span.end] for span in spans]
    letter_runs = _letter_runs(text, spans)
    if speakers is None:
        speakers = _speakers(text, spans, letter_runs)
    quantities_per_sentence: list[list[Quantity]] = []
    categories: list[Category] = []
    # (``_may_have_number``, inlined: most sentences need nothing more from the quantities stage; an ASCII
    # sentence's digit test is a ``find`` in the document's digit marks, the others' the regex search)
    digit_run, number_words = _numlex.DIGIT_RUN.search, _numlex.ANCHOR_WORDS
    find_digit = _digit_marks(text).find
    runs: Sequence[list[str] | None] = [None] * len(spans) if letter_runs is None else letter_runs
    for span, sentence_text, words in zip(spans, sentence_texts, runs, strict=True):
        start, end = span.start, span.end
        quantities: list[Quantity] = []
        if (
            words is None
            or (
                find_digit(b"0", start, end) >= 0
                if sentence_text.isascii()
                else digit_run(text, start, end) is not None
            )
            or not number_words.isdisjoint(words)
            or _may_say_a_period(words)
        ):
            try:
                found = find_quantities(text, start, end, words)
                # a figure must lie in its sentence and be its own surface: a rule that breaks this is a bug
                quantities = [
                    q for q in found if start <= q.start < q.end <= end and text[q.start : q.end] == q.surface
                ]
            except Exception:
                _failed("quantities", sentence_text)
                found = quantities = []
            if len(quantities) != len(found):
                excerpt = _excerpt(sentence_text)
                logger.warning(
                    "extraction stage 'quantities' gave %d figure(s) outside %r; dropped",
                    len(found) - len(quantities),
                    excerpt,
                    extra={"stage": "quantities", "excerpt": excerpt},
                )
        quantities_per_sentence.append(quantities)
        try:
            categories.append(sentence_category(sentence_text, quantities, words))
        except Exception:
            _failed("category", sentence_text)
            categories.append(Category.OTHER)
    # (a word list per sentence, about ten bytes a character: not held while scoring)
    letter_runs = None
    del runs
    try:
        scores = _scores_but_pieces(spans, sentence_texts, quantities_per_sentence, categories, speakers)
        _expect_one_per_sentence(scores, spans)
    except Exception:
        _failed("checkworthiness", text)
        scores = [(0.0, False)] * len(spans)
    return [
        Sentence(
            index,
            span.start,
            span.end,
            sentence_text,
            checkworthiness,
            is_claim,
            category,
            speaker,
            quantities,
        )
        for index, (
            span,
            sentence_text,
            (checkworthiness, is_claim),
            category,
            speaker,
            quantities,
        ) in enumerate(
            zip(spans, sentence_texts, scores, categories, speakers, quantities_per_sentence, strict=True)
        )
    ]


def _analyse_localised(
    text: str, spans: Sequence[Span], speakers: Sequence[Speaker | None] | None, language: str
) -> list[Sentence]:
    """``_analyse`` for a language other than English: figures and categories from the language's tables
    (none at all in a language without tables); speakers from ``speakers``' own rules for it."""
    table = LANGUAGES.get(language)
    if language == "es":
        table = spanish_convention(text)
    sentence_texts = [text[span.start : span.end] for span in spans]
    if speakers is None:
        speakers = _speakers(text, spans, None, language)
    quantities_per_sentence: list[list[Quantity]] = []
    categories: list[Category] = []
    for span, sentence_text in zip(spans, sentence_texts, strict=True):
        quantities: list[Quantity] = []
        category = Category.OTHER
        if table is not None:
            try:
                found = find_localised_quantities(text, span.start, span.end, table)
                quantities = [
                    q
                    for q in found
                    if span.start <= q.start < q.end <= span.end and text[q.start : q.end] == q.surface
                ]
            except Exception:
                _failed("quantities", sentence_text)
            try:
                category = localised_sentence_category(sentence_text, quantities, table)
            except Exception:
                _failed("category", sentence_text)
        quantities_per_sentence.append(quantities)
        categories.append(category)
    try:
        scores = _scores_but_pieces(spans, sentence_texts, quantities_per_sentence, categories, speakers)
        _expect_one_per_sentence(scores, spans)
    except Exception:
        _failed("checkworthiness", text)
        scores = [(0.0, False)] * len(spans)
    return [
        Sentence(index, span.start, span.end, sentence_text, score, is_claim, category, speaker, quantities)
        for index, (span, sentence_text, (score, is_claim), category, speaker, quantities) in enumerate(
            zip(spans, sentence_texts, scores, categories, speakers, quantities_per_sentence, strict=True)
        )
    ]


def analyse_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    max_sentence_chars: int = MAX_SENTENCE_CHARS,
    language: str | None = None,
) -> list[Sentence]:
    """What ``extract`` finds in each of ``spans`` of ``text``, taken as sentences a person drew.

    For claims whose boundaries a reviewer set (added, adjusted, split or merged): each span gets its
    figures, category, speaker and score as if the splitter had made it. Speakers are resolved in
    context, so the extractor's own sentences that do not overlap a given span stay around it (an
    "it" or a following "she said" still finds its speaker). Spans are (start, end) offsets into
    ``text``; the result has one sentence per span, in the order given, ``index`` its position there.
    A given span is never a piece of an overlong run: a person chose it. ``language`` as for ``extract``.
    """
    check_limit(max_sentence_chars)
    if not spans:
        return []
    code = resolve_language(text, language)
    for start, end in spans:
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise ValueError(f"span ({start!r}, {end!r}) is not inside a text of {len(text)} characters")
    try:
        machine = split_sentences(text, max_sentence_chars=max_sentence_chars, language=code)
    except Exception:
        _failed("sentences", text)
        machine = []
    given = sorted(set(spans))

    def paragraph_of(offset: int) -> int:
        # the paragraph of the extractor's last sentence starting at or before the offset
        found = 0
        for span in machine:
            if span.start > offset:
                break
            found = span.paragraph
        return found

    drawn = [Span(start, end, paragraph_of(start)) for start, end in given]
    context = [
        span for span in machine if not any(span.start < end and start < span.end for start, end in given)
    ]
    context += drawn
    context.sort(key=lambda span: (span.start, span.end, span.piece))
    # Speakers are the one stage that reads neighbouring sentences; figures, category and score are each
    # sentence's own, so only the drawn spans get them.
    by_span = dict(
        zip(
            ((s.start, s.end) for s in context),
            _speakers(text, context, _letter_runs(text, context) if code == DEFAULT_LANGUAGE else None, code),
            strict=True,
        )
    )
    analysed = {
        (s.start, s.end): s
        for s in _analyse(text, drawn, speakers=[by_span[(d.start, d.end)] for d in drawn], language=code)
    }
    return [
        dataclasses.replace(analysed[(start, end)], index=index) for index, (start, end) in enumerate(spans)
    ]
