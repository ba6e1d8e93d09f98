"""News-like baseline texts for the import benches: the ECB+ articles, or generated prose without them."""

from __future__ import annotations

import json
import random
from pathlib import Path

DEFAULT_DATA = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "ecbplus" / "articles.jsonl"
)
_SENTENCES = [
    "The ministry said {n} people were killed and more than {m} injured in the attack.",
    "About {p}% of the {n} residents have fled, according to the U.N. refugee agency.",
    "Mr. Smith told Reuters that the company lost ${m} million last year.",
    "Rebels announced that they had seized {m} villages near the city.",
    "Officials said the fire destroyed {n} homes and covered {m} square kilometres.",
    "Police have not released the names of the victims.",
]


def read_articles(path: Path) -> list[dict]:
    """The rows of a JSONL file of articles that have a text."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [row for row in rows if row.get("text")]


def generated_texts(sentences_each: int, count: int = 300) -> list[str]:
    """``count`` articles of ``sentences_each`` news-like sentences with figures (the same every run)."""
    rng = random.Random(7)
    return [
        " ".join(
            rng.choice(_SENTENCES).format(n=rng.randint(2, 9000), m=rng.randint(2, 900), p=rng.randint(1, 99))
            for _ in range(sentences_each)
        )
        for _ in range(count)
    ]
