"""The prefix-factored alternation the keyword and statement-verb regexes are built with."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extraction._regex import literal_alternation, trie_alternation

_WORDS = st.lists(st.text(alphabet="abc .*", min_size=1, max_size=5), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text(alphabet="abc .*", max_size=6))
def test_literal_alternation_matches_exactly_the_words(words: list[str], probe: str) -> None:
    pattern = re.compile(literal_alternation(words))
    for word in words:
        assert pattern.fullmatch(word)
    assert bool(pattern.fullmatch(probe)) == (probe in words)


def test_shared_prefixes_are_factored_and_atoms_stay_whole() -> None:
    assert literal_alternation(["kill", "killed", "kills"]) == "kill(?:(?:ed|s))?"
    sequences = [["a", "i", "r", r"\s+", "f"], ["a", "i", "r", "s"], ["a", "i", "r"]]
    pattern = re.compile(trie_alternation(sequences))
    assert [bool(pattern.fullmatch(t)) for t in ("air  f", "airs", "air", "ai", "air\\s+f")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert trie_alternation([]) == ""
