"""Inputs that once made one import take minutes and a worker grow past a gigabyte, made on the fly
(nothing large is committed). Used by the import-limit tests and by ``bench/pathological_imports.py``.
"""

from __future__ import annotations

import io
import random
import zipfile

_WORDS = (
    "the", "rate", "rose", "to", "by", "of", "million", "percent", "in", "and", "homes", "people",
    "budget", "tonnes", "km", "from", "about", "nearly", "after", "spent", "while", "fell",
)  # fmt: skip


def number_heavy_text(size: int, *, seed: int = 0) -> str:
    """About ``size`` characters of words and figures with no full stop: one endless "sentence"
    in which about one word in three is a number (the probe's 9 MB files)."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        roll = rng.random()
        if roll < 0.22:
            word = f"{rng.randint(1, 99_999):,}"
        elif roll < 0.30:
            word = f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
        else:
            word = rng.choice(_WORDS)
        parts.append(word)
        length += len(word) + 1
    return f"Figures {seed}\n\n" + " ".join(parts)


def number_heavy_zip(members: int, member_size: int) -> bytes:
    """A zip of ``members`` text files of about ``member_size`` bytes each, all number-heavy."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(members):
            archive.writestr(f"figures-{index:03}.txt", number_heavy_text(member_size, seed=index))
    return buffer.getvalue()


def many_sentences_text(sentences: int, *, figures_each: int = 1) -> str:
    """An article of ``sentences`` short sentences, each with ``figures_each`` figures (no others)."""
    lines = []
    for index in range(sentences):
        figures = " and ".join(f"{index * 10 + k + 2} homes" for k in range(figures_each))
        lines.append(f"Officials said {figures} were damaged.")
    return "Many sentences\n\n" + " ".join(lines)
