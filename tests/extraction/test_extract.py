"""The public ``extract``: shape of the result, invariants, and a property test on arbitrary text."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NoReturn

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck.extraction as extraction
from factcheck.extraction import Category, Quantity, QuantityKind, Sentence, Speaker, extract

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_afe4df272759aabc.txt"


def check_offsets(text: str, sentences: list[Sentence]) -> None:
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= previous_end
        previous_end = s.end
        assert 0.0 <= s.checkworthiness <= 1.0
        assert isinstance(s.is_claim, bool)
        assert isinstance(s.category, Category)
        if s.speaker is not None:
            assert text[s.speaker.start : s.speaker.end] == s.speaker.name
        for q in s.quantities:
            assert text[q.start : q.end] == q.surface
            assert s.start <= q.start < q.end <= s.end


def test_public_api_exports_the_dataclasses() -> None:
    assert set(extraction.__all__) >= {
        "extract",
        "Sentence",
        "Speaker",
        "Quantity",
        "Category",
        "QuantityKind",
    }
    assert Speaker("x", 0, 1).to_dict() == {"name": "x", "start": 0, "end": 1}
    assert QuantityKind.CARDINAL == "cardinal"


def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    sentences = extract(text)
    check_offsets(text, sentences)
    assert len(sentences) == 19
    by_text = {s.text: s for s in sentences}
    peskov = next(s for s in sentences if s.text.startswith("Kremlin spokesman"))
    assert peskov.speaker is not None and peskov.speaker.name == "Kremlin spokesman Dmitry Peskov"
    assert any("250,000" in q.surface for s in by_text.values() for q in s.quantities)
    assert sum(s.is_claim for s in sentences) >= 3


def test_quantities_and_speaker_use_offsets_into_the_whole_text() -> None:
    text = "Intro line here.\n\nThe ministry said 30 people were killed."
    (intro, claim) = extract(text)
    assert intro.quantities == []
    assert claim.speaker == Speaker("The ministry", 18, 30)
    assert [text[q.start : q.end] for q in claim.quantities] == [q.surface for q in claim.quantities]


def test_empty_and_non_string_input_give_no_sentences() -> None:
    assert extract("") == []
    assert extract("   \n\n ") == []
    assert extract(None) == []  # type: ignore[arg-type]


TWO_SENTENCES = "The ministry said 30 people were killed. Rebels seized 20 villages."


def _broken(*args: object, **kwargs: object) -> NoReturn:
    raise RuntimeError("bug in a rule")


class _BrokenModel:
    score_many = staticmethod(_broken)


# stage -> (the name in ``factcheck.extraction`` to break, its broken stand-in)
_BREAKS = {
    "sentences": ("split_sentences", _broken),
    "screen": ("_screen", _broken),
    "speakers": ("assign_speakers", _broken),
    "quantities": ("find_quantities", _broken),
    "category": ("sentence_category", _broken),
    "checkworthiness": ("load_model", lambda: _BrokenModel()),
}


@pytest.mark.parametrize("stage", list(_BREAKS))
def test_a_failing_stage_is_logged_and_the_others_still_run(
    stage: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    expected = extract(TWO_SENTENCES)
    name, stand_in = _BREAKS[stage]
    monkeypatch.setattr(extraction, name, stand_in)
    with caplog.at_level(logging.WARNING, logger="factcheck.extraction"):
        sentences = extract(TWO_SENTENCES)
    records = [r for r in caplog.records if r.name == "factcheck.extraction"]
    assert records and all(r.levelno == logging.WARNING and r.stage == stage for r in records)
    assert all(r.exc_info is not None and "bug in a rule" in str(r.exc_info[1]) for r in records)
    per_sentence = stage in ("quantities", "category")
    excerpts = [s.text for s in expected] if per_sentence else [TWO_SENTENCES]
    assert [r.excerpt for r in records] == excerpts
    assert all(stage in r.getMessage() and r.excerpt in r.getMessage() for r in records)
    if stage == "sentences":
        assert sentences == []
        return
    assert [s.text for s in sentences] == [s.text for s in expected]
    for got, want in zip(sentences, expected, strict=True):
        # the broken stage's own output is empty; every other stage's is as usual
        assert got.speaker == (None if stage == "speakers" else want.speaker)
        assert got.quantities == ([] if stage == "quantities" else want.quantities)
        if stage == "category":
            assert got.category is Category.OTHER
        elif stage != "quantities":
            assert got.category is want.category
        if stage == "checkworthiness":
            assert (got.checkworthiness, got.is_claim) == (0.0, False)
        elif stage in ("screen", "category"):
            assert got.checkworthiness > 0.0
    if stage == "screen":
        assert sentences == expected  # the screen only saves time


class _ShortModel:
    @staticmethod
    def score_many(*args: object) -> list[tuple[float, bool]]:
        return [(0.9, True)]  # one score for two sentences


@pytest.mark.parametrize(
    ("stage", "name", "stand_in"),
    [
        ("screen", "_screen", lambda text, spans: [[]]),
        ("speakers", "assign_speakers", lambda text, spans, words: [None]),
        ("checkworthiness", "load_model", lambda: _ShortModel()),
    ],
)
def test_a_stage_with_results_for_the_wrong_sentences_counts_as_failed(
    stage: str, name: str, stand_in: object, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(extraction, name, stand_in)
    with caplog.at_level(logging.WARNING, logger="factcheck.extraction"):
        sentences = extract(TWO_SENTENCES)  # no exception: two sentences, one result
    assert len(sentences) == 2
    (record,) = [r for r in caplog.records if r.name == "factcheck.extraction"]
    assert record.stage == stage and "1 results for 2 sentences" in str(record.exc_info[1])


def test_figures_outside_their_sentence_are_dropped_and_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    stray = Quantity("30 people", 0, 9, 30.0, 30.0, 30.0)  # not where the sentence has it
    monkeypatch.setattr(extraction, "find_quantities", lambda text, start, end, words: [stray])
    with caplog.at_level(logging.WARNING, logger="factcheck.extraction"):
        first, second = extract(TWO_SENTENCES)
    assert first.quantities == [] and second.quantities == []
    (record, _) = [r for r in caplog.records if r.name == "factcheck.extraction"]
    assert record.stage == "quantities" and record.excerpt == first.text
    assert "1 figure(s) outside" in record.getMessage()


def test_a_long_excerpt_is_cut_to_one_short_line() -> None:
    text = "word\n" * 100
    assert extraction._excerpt(text) == ("word " * 16)[:79] + "…"
    assert extraction._excerpt("Short one.") == "Short one."


_ALPHABET = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(
        list(".!?…\"'“”\u2018\u2019()-\u2013—,;:$%€£\n\n\r\t\x00\x0b\x0c\u2028\u2029 0123456789")
    ),
)
_WORDS = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "said",
        "Peskov",
        "according to",
        "1.5",
        "250,000",
        "more than",
        "20",
        "villages",
        "killed",
        "10^400",
        "9" * 60,
        "1e308",
        "-0",
        "½",
        "٣",
        "NaN",
        "inf",
        "million",
        "%",
        "$",
        "\u201c",
        "\u201d",
        "He",
        "said.",
        "MOSCOW (Reuters) -",
        "No.",
        "Sept.",
        "J.",
        "\n\n",
        "\n",
    ]
)
_TEXT = st.one_of(
    st.text(_ALPHABET, max_size=300),
    st.lists(st.one_of(_WORDS, st.text(_ALPHABET, max_size=8)), max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_extract_never_raises_and_offsets_slice_back(text: str) -> None:
    check_offsets(text, extract(text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.integers(1, 60))
def test_with_any_sentence_limit_extract_never_raises_and_no_sentence_is_longer(
    text: str, limit: int
) -> None:
    sentences = extract(text, max_sentence_chars=limit)
    check_offsets(text, sentences)
    assert all(len(s.text) <= limit for s in sentences)


def test_a_text_without_full_stops_becomes_sentences_of_at_most_the_limit() -> None:
    text = "In 2019 some 1,234 people, 56.7% of 89 villages and $3.4 million; " * 300  # 20,000 characters
    sentences = extract(text)
    check_offsets(text, sentences)
    assert 10 <= len(sentences) <= 2 * len(text) / extraction.MAX_SENTENCE_CHARS + 1
    assert all(len(s.text) <= extraction.MAX_SENTENCE_CHARS for s in sentences)
    assert sum(len(s.quantities) for s in sentences) >= 4 * 300 - 2 * len(
        sentences
    )  # a cut costs a figure at most
    short = extract(text, max_sentence_chars=200)
    check_offsets(text, short)
    assert all(len(s.text) <= 200 for s in short) and len(short) > len(sentences)


@pytest.mark.parametrize(
    ("limit", "error"), [(0, ValueError), (-1, ValueError), (1.5, TypeError), (None, TypeError)]
)
def test_a_bad_sentence_limit_is_the_callers_error_whatever_the_text(
    limit: object, error: type[Exception]
) -> None:
    for text in ("", "Some text."):
        with pytest.raises(error):
            extract(text, max_sentence_chars=limit)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("limit", "error"), [(0, ValueError), (-3, ValueError), (2.0, TypeError), (True, TypeError)]
)
def test_a_bad_sentences_limit_is_the_callers_error_whatever_the_text(
    limit: object, error: type[Exception]
) -> None:
    for text in ("", "Some text."):
        with pytest.raises(error, match="max_sentences"):
            extract(text, max_sentences=limit)  # type: ignore[arg-type]


def test_pieces_of_an_overlong_run_keep_their_figures_but_are_not_claims() -> None:
    claim = "Rebels seized more than 20 villages, the army said on Monday."
    run = "In 2019 some 1,234 people, 56.7% of 89 villages and $3.4 million; " * 100
    text = f"{claim}\n\n{run}\n\n{claim}"
    first, *pieces, last = extract(text)
    assert first.text == last.text == claim
    assert first.is_claim and first.checkworthiness > 0.5
    assert (last.is_claim, last.checkworthiness) == (first.is_claim, first.checkworthiness)
    assert len(pieces) >= 3
    assert {(piece.is_claim, piece.checkworthiness) for piece in pieces} == {(False, 0.0)}
    assert all(piece.quantities for piece in pieces)  # the figures are kept for the reviewer
    alone = extract(run[:1500])  # the same words within the limit: an ordinary sentence, scored
    assert len(alone) == 1 and alone[0].checkworthiness > 0


def test_max_sentences_keeps_the_first_sentences_as_they_would_be() -> None:
    text = " ".join(f"Officials said {n} homes were damaged in district {n}." for n in range(2, 40))
    every = extract(text)
    assert len(every) == 38
    assert extract(text, max_sentences=5) == every[:5]
    assert extract(text, max_sentences=38) == extract(text, max_sentences=1000) == every


def test_analyse_spans_reads_drawn_spans_as_the_extractor_reads_its_sentences():
    from factcheck.extraction import analyse_spans

    text = (
        "Maria Lopez, the aid coordinator, arrived on Monday. "
        "She said 250,000 people were living under siege and more than 20 villages had fallen."
    )
    sentences = extract(text)
    again = analyse_spans(text, [(s.start, s.end) for s in sentences])
    assert again == sentences  # the extractor's own spans: the same reading, field for field
    start = text.index("more than")
    [part] = analyse_spans(text, [(start, start + len("more than 20 villages"))])
    assert [(q.surface, q.value) for q in part.quantities] == [("more than 20 villages", 20.0)]
    [quote] = analyse_spans(text, [(text.index("She said"), len(text))])
    assert quote.speaker is not None and quote.speaker.name == sentences[1].speaker.name  # "She", in context
    with pytest.raises(ValueError, match="not inside"):
        analyse_spans(text, [(5, 2)])
