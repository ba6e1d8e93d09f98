"""Clusters of the same claim on ECB+ news: how often the matcher joins sentences about different events.

``python -m evaluation same-claims ECBPLUS.jsonl`` imports the articles into a fresh in-memory database as
the app does (extracted, check-worthy claims indexed), looks at what the after-import detection looks at
for each article (``factcheck.matching.services.detection_matches``: each check-worthy claim's best matches
in other articles) and counts the pairs.

ECB+ has no same-claim labels, but each article reports one event (its topic, and ``ecb`` or ``ecbplus``:
two events of one kind, such as two earthquakes). Two sentences about different events cannot be the same
claim, so the share of pairs across events is a floor on the clusters' error; pairs within one event may
still be two claims. Printed for strong matches (``ranking.Strength``) and for those the app takes for the
same claim (``ranking.Evidence.same_claim``), with other coverage floors beside the shipped one.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FLOORS = (0.3, 0.4, 0.5)


@dataclass(frozen=True)
class Pair:
    same_event: bool
    strong: bool
    conflicting: bool
    coverage: float
    same_claim: bool


def event_of(doc_id: str) -> str:
    """``1_10ecbplus.xml`` -> ``1+``: the topic, and which of its two events."""
    topic = doc_id.split("_", 1)[0]
    return topic + ("+" if "ecbplus" in doc_id else "")


def _setup() -> None:
    os.environ["DATABASE_URL"] = "sqlite://:memory:"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    settings.MATCHING_CONFLICTS_ENABLED = False  # detection is run below, not queued


def pairs(articles: Iterable[dict]) -> list[Pair]:
    from factcheck.imports.records import ArticleRecord
    from factcheck.imports.writer import write_article
    from factcheck.matching import ranking
    from factcheck.matching.services import detection_matches
    from factcheck.models import Claim

    events: dict[int, str] = {}
    for row in articles:
        article = write_article(ArticleRecord(title=row["doc_id"], text=row["text"], language="en")).article
        if article is not None:
            events[article.pk] = event_of(row["doc_id"])
    seen: dict[tuple[int, int], Pair] = {}
    for article_id in events:
        ids = Claim.objects.filter(article_id=article_id).values_list("pk", flat=True)
        for claim, _, matches in detection_matches(claim_ids=ids):
            for match in matches:
                assert match.claim is not None
                key = (min(claim.pk, match.claim.pk), max(claim.pk, match.claim.pk))
                evidence = match.evidence
                seen.setdefault(
                    key,
                    Pair(
                        same_event=events[claim.article_id] == events[match.claim.article_id],
                        strong=evidence.strength is ranking.Strength.STRONG,
                        conflicting=bool(evidence.conflicts),
                        coverage=evidence.coverage,
                        same_claim=evidence.same_claim,
                    ),
                )
    return list(seen.values())


def _line(label: str, chosen: list[Pair]) -> str:
    across = sum(not pair.same_event for pair in chosen)
    share = 100 * across / len(chosen) if chosen else 0.0
    return f"  {label:<46} {len(chosen):6,} pairs   across events {across:5,} ({share:4.1f}%)"


def run(path: str) -> int:
    _setup()
    from factcheck.matching.ranking import SAME_CLAIM_COVERAGE

    with Path(path).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    found = pairs(rows)
    strong = [pair for pair in found if pair.strong]
    print(f"same claims on {len(rows)} ECB+ articles ({len({event_of(r['doc_id']) for r in rows})} events)")
    print(_line("matches looked at", found))
    print(_line("strong matches", strong))
    for floor in FLOORS:
        chosen = [pair for pair in strong if pair.coverage >= floor and not pair.conflicting]
        mark = " (shipped)" if floor == SAME_CLAIM_COVERAGE else ""
        print(_line(f"strong, coverage >= {floor}, no conflict{mark}", chosen))
    same = [pair for pair in found if pair.same_claim]
    print(_line("same claim (Evidence.same_claim)", same))
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1]))
