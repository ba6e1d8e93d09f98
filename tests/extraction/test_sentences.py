"""Sentence splitting: offsets, paragraphs, headline, dateline, quotes and abbreviations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
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
def test_end_pattern_matches_as_the_plain_one_from_any_position(text: str, pos: int) -> None:
    """``_END`` is written to start with a character class (so the engine skips ahead fast); same matches,
    found by ``finditer`` or by successive searches as ``split_sentences`` does."""
    plain = re.compile(r"(?:[.!?\u2026]+)[\"'\u201d\u2019\u00bb)\]]*(?=\s)")
    expected = [m.span() for m in plain.finditer(text, pos, len(text) - 1)]
    found = []
    m = sentences._END.search(text, pos, len(text) - 1)
    while m is not None:
        found.append(m.span())
        m = sentences._END.search(text, m.end(), len(text) - 1)
    assert found == expected
