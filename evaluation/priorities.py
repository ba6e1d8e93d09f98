"""The priority tiers' shares on news it reads: ``python -m evaluation priorities ECBPLUS.jsonl``.

The cut-offs (``factcheck.extraction.types.PRIORITY_CUTOFFS``) were chosen on all ECB+ articles so that
15-25% of sentences are high. Shares are printed overall and for two halves of the topics apart (the dev
file holds odd topics only: topics 1, 5, 9, ... and 3, 7, 11, ...): a cut-off that held only for the topics
it was read off would drift between the halves. ``--encoder`` scores the sentences as
``CHECKWORTHINESS=encoder`` does (English sentences rescored), against the same cut-offs.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from factcheck.checkworthiness import encoder_scorer
from factcheck.extraction import extract_document
from factcheck.extraction.types import PRIORITY_CUTOFFS, Priority
from factcheck.matching import encoder as sentence_encoder


def shares(tiers: Counter) -> str:
    total = sum(tiers.values()) or 1
    return "  ".join(f"{tier.value} {100 * tiers[tier] / total:5.1f}%" for tier in Priority)


def run(path: str, encoder: bool = False) -> int:
    if encoder and not sentence_encoder.available():
        print("priority tiers of the sentence encoder's scores: not installed (requirements-encoder.txt)")
        return 0
    overall: Counter = Counter()
    halves: dict[str, Counter] = {"topics 1, 5, 9…": Counter(), "topics 3, 7, 11…": Counter()}
    is_claim = 0
    rescore = encoder_scorer().rescore if encoder else list
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        half = "topics 1, 5, 9…" if int(doc.get("topic") or 0) % 4 == 1 else "topics 3, 7, 11…"
        document = extract_document(doc["text"])
        english = document.language == "en"
        for sentence in rescore(document.sentences) if english else document.sentences:
            overall[sentence.priority] += 1
            halves[half][sentence.priority] += 1
            is_claim += sentence.is_claim
    cutoffs = ", ".join(f"{tier.value} >= {cutoff}" for tier, cutoff in PRIORITY_CUTOFFS.items())
    model = "the sentence encoder's scores" if encoder else "the default scores"
    print(f"priority tiers of {model} ({cutoffs}) on {sum(overall.values()):,} sentences")
    print(
        f"  all:          {shares(overall)}   (is_claim {100 * is_claim / (sum(overall.values()) or 1):.1f}%)"
    )
    for name, tiers in halves.items():
        print(f"  {name + ':':18} {shares(tiers)}")
    return 0
