"""Recall on real fact-checked numerical claims (QuanTemp): would the extractor have flagged them?

Run through ``python -m evaluation quantemp PATH`` on QuanTemp's
``complex_num_facts_categorized_subset.csv`` (``claim@label`` lines; labels statistical, temporal,
comparison, interval). Every row is a claim that fact-checkers did check, so there are no negatives
and only recall is measured: per label, the share of claims with ``is_claim`` set, with a claim figure
(a count, amount, percentage or duration, not a date), and the mean check-worthiness. The claims come
from social media and politicians worldwide, not from the debates the model was trained on, so this
shows how the check-worthiness generalises to new text.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.extraction import extract
from factcheck.extraction.quantities import is_claim_figure

__all__ = ["read_claims", "run"]


def read_claims(path: str) -> list[tuple[str, str]]:
    """``(claim, label)`` pairs; the label follows the last "@" of each line after the header."""
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()[1:]
    rows = []
    for line in lines:
        text, sep, label = line.rpartition("@")
        if sep and text.strip():
            rows.append((text.strip(), label.strip().lower() or "unlabelled"))
    return rows


def run(path: str) -> int:
    """Print recall of ``is_claim`` and of claim figures per label; 0 on success, 2 on unreadable input."""
    try:
        rows = read_claims(path)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {path}: {exc}")
        return 2
    if not rows:
        print(f"{path}: no claims")
        return 2
    counts: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0, 0.0])  # n, is_claim, figure, score
    for text, label in rows:
        sentences = extract(text)
        for key in (label, "all"):
            c = counts[key]
            c[0] += 1
            c[1] += any(s.is_claim for s in sentences)
            c[2] += any(is_claim_figure(q) for s in sentences for q in s.quantities)
            c[3] += max((s.checkworthiness for s in sentences), default=0.0)
    print(f"QuanTemp {path}: {len(rows)} fact-checked claims (recall only: every row was checked)")
    print(f"{'label':<14}{'n':>5}{'is_claim':>10}{'figure':>9}{'mean score':>12}")
    for label in sorted(counts, key=lambda k: (k == "all", k)):
        n, flagged, figure, total = counts[label]
        print(f"{label:<14}{n:5d}{flagged / n:10.1%}{figure / n:9.1%}{total / n:12.2f}")
    return 0
