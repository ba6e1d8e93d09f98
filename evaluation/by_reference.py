"""Labelled texts that may not be copied, read from the corpus they cite.

ECB+'s articles belong to their publishers, and CheckThat! 2020's fact-checked claims to Snopes, so an
evaluation set drawn from them stores ``{"doc_id", "start", "end", ...}`` instead of the text, and the
scorers read the stretch from the corpus file given on the command line: JSON lines with ``doc_id`` and
``text`` (ECB+'s ``articles.jsonl``), a tab-separated file of id and text with a header row
(``verified_claims.docs.tsv``), or QuanTemp's ``claim@label`` lines, cited by their number (the first claim
after the header is "1").
"""

from __future__ import annotations

import json
from pathlib import Path

__all__ = ["load_articles", "text_of"]


def load_articles(path: str | Path) -> dict[str, str]:
    """``doc_id`` to ``text`` of a corpus file: JSON lines, TSV when its name ends in ``.tsv``, QuanTemp's
    claims when it ends in ``.csv``."""
    if str(path).endswith(".tsv"):
        from evaluation.claim_retrieval import read_queries  # (id and text, as the claim-retrieval set reads)

        return read_queries(Path(path))
    if str(path).endswith(".csv"):
        from evaluation.quantemp import read_claims  # (claim and label, as the QuanTemp recall reads)

        return {str(number): claim for number, (claim, _) in enumerate(read_claims(str(path)), 1)}
    with open(path, encoding="utf-8") as fh:
        return {row["doc_id"]: row["text"] for row in map(json.loads, filter(str.strip, fh))}


def text_of(item: dict, articles: dict[str, str] | None) -> str:
    """A labelled item's text: its own, or the stretch of the article it refers to."""
    if "text" in item:
        return str(item["text"])
    if articles is None:
        raise ValueError(f"{item['doc_id']} is labelled by reference: give the articles file (--articles)")
    return articles[item["doc_id"]][item["start"] : item["end"]]
