"""Texts that no newsroom writes but an import may receive, for ``bench/pathological_extraction.py`` and
``tests/extraction/test_linear.py``: each generator gives exactly ``size`` characters, deterministically.

A probe found that a zip of number-heavy text files with no full stop became claims of megabytes with
about 140,000 figures each; these generators are that input and its relatives, one for each way a stage
could do more than linear work: a long run without a sentence end (numbers, one word, digits), odd
punctuation (runs of dots and brackets), quotation marks and pronouns that look back across sentences,
and many one-figure lines. ``prose`` is the yardstick: ECB+ news articles, concatenated.
"""

# ruff: noqa: RUF001  (Unicode quotes, dashes and the multiplication sign are the point)
from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

__all__ = ["ECBPLUS", "GENERATORS", "NO_SENTENCE_END", "prose"]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def numbers(size: int) -> str:
    """Figures of every shape joined by commas and "and", never a full stop (the probe's input)."""
    rng = random.Random(19)
    shapes = (
        "{a} people",
        "{a},{b:03d}",
        "{a}.{b}%",
        "${a} million",
        "{a} km",
        "{a}-{b}",
        "{a} to {b} villages",
        "more than {a} soldiers",
        "{a}/{b}",
        "{y}",
        "1×10^{b}",
    )
    joints = (" and ", ", ", " ", "; ", " of ")
    parts: list[str] = []
    length = 0
    while length < size:
        a, b, year = rng.randint(1, 999), rng.randint(0, 999), rng.randint(1900, 2030)
        part = rng.choice(shapes).format(a=a, b=b, y=year)
        part += rng.choice(joints)
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def one_word(size: int) -> str:
    """One word, repeated."""
    return _repeat("word ", size)


def digits(size: int) -> str:
    """Digits and nothing else: one number of ``size`` digits."""
    return _repeat("0123456789", size)


def punctuation(size: int) -> str:
    """A run of dots a quarter of the text long that no blank follows, then runs of brackets and quotes
    that open and never close, question marks, dashes."""
    head = "." * (size // 4) + "x "
    block = "." * 500 + "x" + "(" * 200 + "[{<«“‘" * 30 + "?!…" * 50 + " -- — – " + ")]}>»”’" * 30
    return (head + _repeat(block, size))[:size]


def quotes(size: int) -> str:
    """One paragraph, a quotation opened at its start and never closed, with quotation marks inside it
    (straight ones in pairs, curly ones that open again) and attributions all along."""
    unit = "We won. Smith said \"no\" and left. He said \u201cthey lost. 'It was over.' "
    return ("\u201c" + _repeat(unit, size))[:size]


def pronouns(size: int) -> str:
    """A surname as a subject and a pronoun after it, over and over: each pronoun looks back for a person."""
    return _repeat("Rossi laid out the case. He said it was strong. ", size)


def signed_lines(size: int) -> str:
    """A list of one signed figure a line."""
    return _repeat("-5\n", size)


# (name, generator); ``prose`` is not one of them: it is what they are compared with.
GENERATORS: dict[str, Callable[[int], str]] = {
    "numbers": numbers,
    "one word": one_word,
    "digits": digits,
    "punctuation": punctuation,
    "quotes": quotes,
    "pronouns": pronouns,
    "signed lines": signed_lines,
}
# The generators whose text has no sentence end at all: only the longest-sentence limit splits it.
NO_SENTENCE_END = frozenset({"numbers", "one word", "digits"})

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ecbplus" / "articles.jsonl"


def prose(size: int, path: Path = ECBPLUS) -> str:
    """ECB+ news articles, a blank line apart, repeated to ``size`` characters (``OSError`` without them)."""
    with open(path, encoding="utf-8") as fh:
        articles = [text for line in fh if line.strip() and (text := json.loads(line).get("text"))]
    parts: list[str] = []
    length = 0
    index = 0
    while length < size:
        article = articles[index % len(articles)]
        parts.append(article)
        length += len(article) + 2
        index += 1
    return "\n\n".join(parts)[:size]
