"""Re-extraction against importing the same articles, both in this process, in the same run.

    python bench/reextraction.py [--n 500] [--data ../shared/eval/ecbplus/articles.jsonl]

In a throw-away database (``<name>_bench``, or ``var/bench-db.sqlite3``), like ``bench/imports.py``:

* baseline: each article imported by the writer in its own transaction (``write_article``: extraction,
  one insert of the article, its claims and figures), as an import task does;
* re-extraction of every article (``article_reextract``, one transaction and row lock each): after an
  "extractor change" (every claim's category and score and every figure differ from what the
  extractor now says, so all are rewritten); the same with people's work on a fifth of the claims (a
  tenth corrected, a tenth under review: those are kept); and again, which changes nothing.

Prints seconds, articles/s and the ratio to the baseline; never asserts (timings depend on the machine).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402

from bench.corpus import DEFAULT_DATA  # noqa: E402
from bench.imports import corpus, use_bench_database  # noqa: E402
from factcheck.imports.parsers import record_from_mapping  # noqa: E402
from factcheck.imports.records import Limits  # noqa: E402
from factcheck.imports.writer import write_article  # noqa: E402
from factcheck.models import Article, Claim, Quantity  # noqa: E402
from factcheck.reextraction.services import Outcome, article_reextract  # noqa: E402


def timed(articles: list[int]) -> tuple[float, Outcome]:
    total = Outcome()
    started = time.perf_counter()
    for article_id in articles:
        outcome = article_reextract(article_id=article_id)
        for name in ("created", "updated", "deleted", "kept", "flagged"):
            setattr(total, name, getattr(total, name) + getattr(outcome, name))
    return time.perf_counter() - started, total


def people_work(every: int = 10) -> tuple[int, int]:
    """A tenth of the claims corrected (category), another tenth with a review started."""
    from annotations import corrections, services
    from tests.factories import member

    reviewer = member("bench-reviewer", "Reviewer")
    corrected = reviewed = 0
    for n, claim in enumerate(Claim.objects.defer("article__body").order_by("pk").iterator()):
        if n % every == 0:
            corrections.claim_update(claim=claim, by=reviewer, category="other")
            corrected += 1
        elif n % every == 1:
            services.claim_annotate(claim=claim, by=reviewer)
            reviewed += 1
    return corrected, reviewed


def older_extractor() -> None:
    """What an older extractor would have stored: other categories and scores, no figures."""
    Claim.objects.update(category="other", checkworthiness=0.0, is_claim=False)
    Quantity.objects.all().delete()


def people_then_older_extractor() -> None:
    corrected, reviewed = people_work()
    print(f"  people corrected {corrected} claims and started {reviewed} reviews")
    older_extractor()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500, help="Articles (default 500).")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL with a 'text' per article.")
    args = parser.parse_args()
    articles = corpus(args.data, args.n)
    vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"{len(articles)} articles from {args.data if args.data.is_file() else 'generated text'}; {vendor}")
    use_bench_database()
    try:
        limits = Limits()
        started = time.perf_counter()
        for article in articles:
            write_article(record_from_mapping(article, limits=limits))
        baseline = time.perf_counter() - started
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        claims = Claim.objects.count()
        print(f"  import (baseline): {baseline:.2f} s, {len(ids) / baseline:.0f} articles/s; {claims} claims")
        for label, before in (
            ("re-extraction after an extractor change", older_extractor),
            ("the same, people's work kept", people_then_older_extractor),
            ("re-extraction again (changes nothing)", None),
        ):
            if before is not None:
                before()
            seconds, outcome = timed(ids)
            print(
                f"  {label}: {seconds:.2f} s, {len(ids) / seconds:.0f} articles/s, "
                f"{seconds / baseline:.2f}x the import; updated {outcome.updated}, kept {outcome.kept}, "
                f"flagged {outcome.flagged}, created {outcome.created}, deleted {outcome.deleted}"
            )
    finally:
        connection.creation.destroy_test_db(settings.DATABASES["default"]["NAME"], verbosity=0)


if __name__ == "__main__":
    main()
