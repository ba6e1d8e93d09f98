"""``factcheck.matching.text.terms``: the index terms stored claims and searches share."""

from __future__ import annotations

import re

import pytest

from factcheck.matching.text import (
    MAX_QUERY_CHARS,
    RUN_TOGETHER_TAGS,
    run_together_tags,
    run_together_terms,
    split_run_together,
    terms,
    tokens,
)

PLAIN = re.compile(r"[^\W_]+")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("250,000 people", ["250000", "peopl"]),
        ("250 000 people", ["250000", "peopl"]),
        ("250\u00a0000 people", ["250000", "peopl"]),
        ("1.5 million people", ["1500000", "peopl"]),
        ("ten million", ["10000000"]),
        ("$3 billion", ["dollar", "3000000000"]),
        ("2.50 and 2.5", ["2p5", "2p5"]),
        ("007", ["7"]),
    ],
)
def test_numbers_are_one_term_whatever_their_separators(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


@pytest.mark.parametrize("text", ["70%", "70 %", "70 per cent", "70 percent", "70 pct", "seventy percent"])
def test_every_way_of_writing_a_percentage_is_the_same_terms(text: str) -> None:
    assert terms(text) == ["70", "percent"]


def test_the_decimal_mark_follows_the_language() -> None:
    assert terms("250.000 Menschen", "de") == ["250000", "mensch"]
    assert terms("3,5 millions", "fr") == ["3500000"]
    assert terms("3,5 Prozent", "de") == ["3p5", "percent"]
    # An English "billion" is 10^9; the French one is not multiplied.
    assert terms("2 billion", "en") == ["2000000000"]
    assert terms("2 billions", "fr") == ["2", "billion"]


def test_handles_and_hashtags_split_at_camel_case() -> None:
    assert terms("#StopTheHate") == ["stop", "hate"]
    assert terms("@realDonaldTrump") == ["real", "donald", "trump"]
    assert terms("@IlhanMN") == ["ilhan", "mn"]
    assert terms("#COVID19 covid-19 COVID19") == ["covid", "19"] * 3
    # Tags run together and a glued picture link: every word, no link.
    assert terms("#ImpeachTrump#EndRacism #IranUsapic.twitter.com/TvRkHvlgby") == [
        "impeach",
        "trump",
        "end",
        "racism",
        "iran",
        "usa",
    ]


def test_links_are_dropped() -> None:
    assert terms("Watch https://t.co/RDCRlsgKPD www.example.org/x t.co/abc pic.twitter.com/3S32De8ekP") == [
        "watch"
    ]


def test_accents_are_folded_and_case_lowered() -> None:
    assert terms("Québec CAFÉ Straße", "de") == terms("Quebec cafe strasse", "de")
    assert terms("Québec") == ["quebec"]


def test_stopwords_and_stems_per_language() -> None:
    assert terms("The sieges of the cities") == ["sieg", "citi"]
    assert terms("Die Belagerungen der Städte", "de") == ["belager", "stadt"]
    assert terms("Los asedios de las ciudades", "es") == ["asedi", "ciudad"]
    assert terms("L'assaut des villes", "fr") == ["assaut", "vill"]
    assert terms("Gli assedi delle città", "it") == ["assed", "citt"]
    assert terms("Os cercos das cidades", "pt") == ["cerc", "cidad"]
    # A regional tag is its language; a language without stemmer keeps its words (lower-cased).
    assert terms("The sieges", "en-GB") == ["sieg"]
    assert terms("De belegeringen van de steden", "nl") == ["de", "belegeringen", "van", "de", "steden"]


def test_english_possessives_contractions_and_acronyms() -> None:
    assert terms("Trump's wall doesn't exist in the U.S.") == ["trump", "wall", "exist", "us"]


def test_text_beyond_the_limit_is_cut() -> None:
    text = "siege " * (MAX_QUERY_CHARS // 6) + "aleppo"
    assert len(text) > MAX_QUERY_CHARS
    assert "aleppo" not in terms(text)
    assert terms(text)[0] == "sieg"


@pytest.mark.parametrize("text", ["", "   ", "the of and", "😍😍😍", "https://t.co/x"])
def test_texts_without_words_have_no_terms(text: str) -> None:
    assert terms(text) == []


def test_a_text_of_figures_only_keeps_them() -> None:
    assert terms("250,000 - 275,000 (12%)") == ["250000", "275000", "12", "percent"]


def test_terms_are_plain_tokens_for_the_full_text_index() -> None:
    text = 'He said "NOT* true" OR (maybe) -x +y: col:val ^2 NEAR(a b) @user #Tag 3.5% 1,000 Москва 東京'
    for term in terms(text):
        assert PLAIN.fullmatch(term), term
        assert term == term.lower()


def test_tokens_keep_the_words_they_came_from() -> None:
    found = tokens("Aleppo under siege")
    assert [(token.term, token.surface) for token in found] == [("aleppo", "Aleppo"), ("sieg", "siege")]


def test_run_together_tags_are_lower_case_tags_of_letters_only() -> None:
    text = "#tamperedwater #Fyrefestival #StopTheHate #metoo #covid19 me#notatag #Québecfire #tamperedwater"
    assert run_together_tags(text) == ["tamperedwater", "fyrefestival", "quebecfire"]
    many = " ".join(f"#{word}water" for word in ("salty", "fresh", "muddy", "clean", "holy", "still"))
    assert len(run_together_tags(many)) == RUN_TOGETHER_TAGS


KNOWN = frozenset(terms("tampered water poison bottles Fyre festival stand Ukraine corn flakes immigration"))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("tamperedwater", ["tampered", "water"]),
        ("poisonwaterbottles", ["poison", "water", "bottles"]),
        ("fyrefestival", ["fyre", "festival"]),
        ("standwithukraine", ["stand", "with", "ukraine"]),  # a stopword between two known words
        ("cornflakes", ["corn", "flakes"]),
        ("immigration", []),  # a known word itself
        ("waterxyz", []),  # a piece the corpus does not know
        ("withthewater", []),  # one known word only
    ],
)
def test_a_run_together_tag_splits_into_words_the_corpus_knows(word: str, expected: list[str]) -> None:
    assert split_run_together(word, KNOWN.__contains__) == expected


def test_the_pieces_looked_up_hold_every_word_a_split_can_use() -> None:
    looked_up = run_together_terms("poisonwaterbottles")
    assert set(terms("poison water bottles")) <= looked_up
    assert split_run_together("poisonwaterbottles", (looked_up & KNOWN).__contains__) == [
        "poison",
        "water",
        "bottles",
    ]
