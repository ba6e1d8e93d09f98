"""Sentence splitting: offsets, paragraphs, headline, dateline, quotes and abbreviations."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.extraction import sentences
from factcheck.extraction.sentences import split_sentences

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_afe4df272759aabc.txt"


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_seed_article_sentences() -> None:
    text = SEED.read_text(encoding="utf-8")
    got = texts(text)
    assert len(got) == 19
    assert got[0] == "Moscow vows to press Syria offensive; U.S. weighs tough response"  # headline alone
    assert got[1].startswith("The Kremlin vowed on Thursday")
    # the closing quote after the period stays with its sentence
    assert got[12].endswith("Syria\u2019s armed forces.\u201d")
    assert got[14].startswith("\u201cIn general") and got[14].endswith("Peskov said.")
    assert got[-1] == "Source: Reuters\xa0and ARA News"


def test_offsets_slice_the_original_and_are_trimmed() -> None:
    text = "  First one.   Second one!\n\n\tThird?  "
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == ["First one.", "Second one!", "Third?"]
    assert [s.paragraph for s in spans] == [0, 0, 1]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Dr. Jones at the summit.",
        "U.S. officials said so.",
        "The vote is on Sept. 5 in the capital.",
        "He lives at No. 10 Downing Street.",
        "The report by J. Smith was published.",
        "Prices rose 1.5 percent in May.",
        "Apple Inc. said profits rose.",
        "Gen. Mattis and Lt. Col. Vindman testified.",
        "He said... and then left.",
        "The U.N. refugee agency counted them.",
    ],
)
def test_abbreviations_decimals_and_initials_do_not_split(text: str) -> None:
    assert texts(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("They moved to the U.S. The move took a year.", ["They moved to the U.S.", "The move took a year."]),
        ("He arrived at 5 p.m. He left at six.", ["He arrived at 5 p.m.", "He left at six."]),
        ('He said "we won." Then he left.', ['He said "we won."', "Then he left."]),
        (
            "\u201cWe will fight.\u201d The army advanced.",
            ["\u201cWe will fight.\u201d", "The army advanced."],
        ),
        ("It was 2015. 300 people came.", ["It was 2015.", "300 people came."]),
        ("The count was No. It was yes.", ["The count was No.", "It was yes."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_quote_continuation_stays_inside_one_sentence_when_no_terminal_punctuation() -> None:
    text = "\u201cWe will win,\u201d Peskov said, adding that the operation would continue."
    assert texts(text) == [text]


def test_paragraph_breaks_always_split_even_without_punctuation() -> None:
    text = "A headline without a period\n\nbody text starts here in lower case"
    assert texts(text) == ["A headline without a period", "body text starts here in lower case"]


def test_single_newline_splits_lines_of_a_feed_but_joins_hard_wrapped_prose() -> None:
    feed = "http://example.com/story\nHeadline Here\nMay 03, 2013\nThe body starts."
    assert texts(feed) == ["http://example.com/story", "Headline Here", "May 03, 2013", "The body starts."]
    wrapped = "The ministry said on Monday that the\nnumber of victims had risen to 30."
    assert texts(wrapped) == [wrapped]
    assert texts("Police arrived in the\nUnited States later.") == [
        "Police arrived in the\nUnited States later."
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("MOSCOW (Reuters) - The Kremlin vowed to press on.", "The Kremlin vowed to press on."),
        ("WASHINGTON \u2014 The Senate voted.", "The Senate voted."),
        ("(CNN) -- A fire broke out.", "A fire broke out."),
        ("BEIRUT, Lebanon (AP) - Shelling resumed.", "Shelling resumed."),
    ],
)
def test_dateline_is_left_out_of_the_sentence(text: str, first: str) -> None:
    assert texts(text)[0] == first


def test_dateline_only_at_paragraph_start() -> None:
    text = "He visited MOSCOW (Reuters) - the report said."
    assert texts(text) == [text]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n"])
def test_blank_input_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \n\t.!?\u2026\"'\u201d\u2019\u00bb)]aB1", max_size=40), st.integers(0, 5))
def test_end_pattern_matches_as_the_plain_one_from_any_position_outside_a_run(text: str, pos: int) -> None:
    """``_END`` is written to start with a character class (so the engine skips ahead fast) and to take a
    run of punctuation whole (so a long run costs one step); same matches, found by ``finditer`` or by
    successive searches as ``split_sentences`` does, from any position that is not inside a run of
    terminal punctuation (``split_sentences`` never starts a search there)."""
    assume(pos == 0 or pos > len(text) or text[pos - 1] not in ".!?\u2026")
    plain = re.compile(r"(?:[.!?\u2026]+)[\"'\u201d\u2019\u00bb)\]]*(?=\s)")
    expected = [m.span() for m in plain.finditer(text, pos, len(text) - 1)]
    found = []
    m = sentences._END.search(text, pos, len(text) - 1)
    while m is not None:
        found.append(m.span())
        m = sentences._END.search(text, m.end(), len(text) - 1)
    assert found == expected


# --- the longest sentence -----------------------------------------------------------------------------


def test_the_default_limit_is_the_module_constant_and_extract_passes_its_own() -> None:
    assert sentences.MAX_SENTENCE_CHARS == 2000
    text = "one, " * 1000
    assert split_sentences(text) == split_sentences(text, max_sentence_chars=sentences.MAX_SENTENCE_CHARS)
    assert max(s.end - s.start for s in split_sentences(text)) <= 2000
    from factcheck.extraction import MAX_SENTENCE_CHARS, extract

    assert MAX_SENTENCE_CHARS == sentences.MAX_SENTENCE_CHARS
    assert [(s.start, s.end) for s in extract(text, max_sentence_chars=100)] == [
        (s.start, s.end) for s in split_sentences(text, max_sentence_chars=100)
    ]


def test_a_long_run_is_cut_after_the_last_clause_end_in_the_second_half_of_the_allowance() -> None:
    text = "We counted 12 villages, 40 towns; then more: " * 40  # no full stop
    pieces = texts(text.strip())
    assert len(pieces) == 1
    cut = texts_with_limit(text, 100)
    assert all(len(piece) <= 100 for piece in cut)
    assert all(piece[-1] in ",;:" for piece in cut[:-1])
    assert all(len(piece) >= 50 for piece in cut[:-1])
    assert " ".join(cut) == text.strip()  # only the blanks between the pieces are left out


def test_dashes_are_clause_ends_too() -> None:
    text = ("a" * 60 + " - ") + ("b" * 60 + " \u2014 ") + ("c" * 60 + " -- ") + "d" * 60
    assert texts_with_limit(text, 80) == ["a" * 60 + " -", "b" * 60 + " \u2014", "c" * 60 + " --", "d" * 60]


def test_without_a_clause_end_a_long_run_is_cut_after_its_last_whole_word() -> None:
    text = "word " * 1000
    cut = texts_with_limit(text, 23)
    assert set(cut) == {"word word word word"}  # 19 characters: a fifth word would make 24
    assert " ".join(cut) == text.strip()


def test_a_token_longer_than_the_allowance_is_cut_at_it() -> None:
    text = "x" * 5000
    assert [(s.start, s.end) for s in split_sentences(text)] == [(0, 2000), (2000, 4000), (4000, 5000)]
    assert [len(s) for s in texts_with_limit("ab " + "9" * 25 + " cd", 10)] == [2, 10, 10, 8]


def test_a_run_of_a_million_dots_is_cut_without_looking_at_it_a_million_times() -> None:
    spans = split_sentences("." * 1_000_000)  # (quadratic before: about an hour)
    assert len(spans) == 500 and {s.end - s.start for s in spans} == {2000}


@pytest.mark.parametrize("limit", [0, -5])
def test_the_limit_must_be_positive(limit: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        split_sentences("Text.", max_sentence_chars=limit)


@pytest.mark.parametrize("limit", [2000.0, "2000", None, True])
def test_the_limit_must_be_an_integer(limit: object) -> None:
    with pytest.raises(TypeError, match="must be an integer"):
        split_sentences("Text.", max_sentence_chars=limit)  # type: ignore[arg-type]


def texts_with_limit(text: str, limit: int) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, max_sentence_chars=limit)]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet='ab 1\n\t.,;:-\u2013\u2014!?"\u201d', max_size=300),
    st.integers(1, 40),
)
def test_pieces_of_an_overlong_run_cover_it_but_for_the_blanks_between_them(text: str, limit: int) -> None:
    runs = split_sentences(text, max_sentence_chars=10**9)
    pieces = split_sentences(text, max_sentence_chars=limit)
    position = 0
    for run in runs:
        mine = []
        while position < len(pieces) and pieces[position].start < run.end:
            mine.append(pieces[position])
            position += 1
        assert mine, "every run keeps at least one piece"
        if run.end - run.start <= limit:
            assert mine == [run]  # a run within the limit is left as it is
            continue
        assert mine[0].start == run.start and mine[-1].end == run.end
        assert len(mine) <= 2 * (run.end - run.start) / limit + 1
        for piece, following in pairwise(mine):
            assert piece.end <= following.start
            assert text[piece.end : following.start].strip() == ""  # no character lost but blanks
        for piece in mine:
            assert 0 < piece.end - piece.start <= limit
            assert piece.paragraph == run.paragraph
            assert text[piece.start : piece.end] == text[piece.start : piece.end].strip()
    assert position == len(pieces)
