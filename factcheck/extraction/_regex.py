"""Regex building shared by the rules: an alternation factored by common prefixes.

``re`` tries the alternatives of ``a|b|c`` one after another at every position it scans and builds no
trie, so a flat list of dozens of words is slow to reject; factored ("kill(?:ed|ing|s)?") each
position costs about one character test per distinct first letter. The language matched is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["literal_alternation", "trie_alternation"]

_Trie = dict[str, "_Trie"]


def trie_alternation(sequences: Iterable[Sequence[str]]) -> str:
    """A regex matching exactly the concatenations of the given sequences of regex atoms.

    Each sequence is a list of atoms (an escaped character, ``\\s+``, a look-ahead …); sequences that
    share leading atoms share their prefix in the result. An empty result means no sequences.
    """
    trie: _Trie = {}
    for sequence in sequences:
        node = trie
        for atom in sequence:
            node = node.setdefault(atom, {})
        node[""] = {}
    return _render(trie)


def _render(node: _Trie) -> str:
    alternatives = [atom + _render(child) for atom, child in sorted(node.items()) if atom]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


def literal_alternation(words: Iterable[str]) -> str:
    """``trie_alternation`` of plain strings: a regex matching exactly one of ``words``."""
    return trie_alternation([re.escape(character) for character in word] for word in words)
