"""Benchmark: stream the published-review CSV export against PostgreSQL's own COPY (the floor).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck .venv/bin/python bench/export.py --rows 100000

On PostgreSQL the export has the database write the CSV (``COPY``) and streams it; ``--portable``
also times the database-independent Python path (values in batches) that SQLite uses. Runs in its
own database (``<name>_bench``, created and migrated on first use, seeded once with
``--rows`` published reviews by bulk inserts and reused after). It streams
``GET /api/v1/reviews/export/?format=csv`` through the real view, then ``COPY (SELECT …) TO STDOUT``
of the same columns through psycopg, and prints rows/s for both, their ratio, and the export's
memory growth (peak of Python allocations by tracemalloc, and RSS sampled while it streams).
It prints figures and never asserts them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import postgres  # noqa: E402

COPY_SQL = """
COPY (
  SELECT r.id,
         replace(replace(%(template)s, '{id}', r.id::text), '{claim_id}', c.id::text) AS url,
         c.id, c.text, c.speaker, c.category, c.checkworthiness,
         a.id, a.title, a.source_url, a.source_name, a.published_at,
         p.claim_reviewed, v.label, v.slug, v.value, s.best_rating, s.worst_rating, s.name,
         p.rationale, p.evidence, p.reviewers,
         p.revision, r.published_at, p.published_at, r.updated_at
    FROM annotations_review r
    JOIN annotations_reviewrevision p ON p.id = r.published_revision_id
    JOIN factcheck_claim c ON c.id = r.claim_id
    JOIN factcheck_article a ON a.id = c.article_id
    JOIN annotations_rating v ON v.id = p.verdict_id
    JOIN annotations_ratingscale s ON s.id = v.scale_id
   ORDER BY r.id
) TO STDOUT WITH (FORMAT csv, HEADER)
"""


def seed(rows: int) -> None:
    """Top the bench database up to ``rows`` published reviews with bulk inserts."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone

    from annotations.models import Evidence, Rating, Review, ReviewRevision, ReviewState
    from factcheck.models import Article, Claim, Quantity

    call_command("migrate", verbosity=0)
    have = Review.objects.published().count()
    if have >= rows:
        return
    User = get_user_model()
    first, _ = User.objects.get_or_create(
        username="bench-rita",
        defaults={"first_name": "Rita", "last_name": "Reviewer", "email": "r@x.example"},
    )
    second, _ = User.objects.get_or_create(
        username="bench-eddie",
        defaults={"first_name": "Eddie", "last_name": "Editor", "email": "e@x.example"},
    )
    ratings = list(Rating.objects.filter(scale__is_default=True))
    now = timezone.now()
    per_article, batch = 50, 5000
    started = time.perf_counter()
    for offset in range(have, rows, batch):
        count = min(batch, rows - offset)
        with transaction.atomic():
            articles = Article.objects.bulk_create(
                [
                    Article(
                        title=f"Bench article {offset + i}",
                        body="x",
                        source_url=f"https://news.example.org/{offset + i}",
                        source_name="Reuters",
                        published_at=now,
                        content_hash=f"bench-{offset + i}",
                    )
                    for i in range(0, count, per_article)
                ]
            )
            claims = Claim.objects.bulk_create(
                [
                    Claim(
                        article=articles[i // per_article],
                        index=i % per_article,
                        text=f"Claim {offset + i}: 250,000 people live under siege, officials said.",
                        start=0,
                        end=10,
                        category="population",
                        checkworthiness=0.9,
                        is_claim=True,
                        speaker="The US",
                        speaker_type="organization",
                    )
                    for i in range(count)
                ]
            )
            Quantity.objects.bulk_create(
                [Quantity(claim=c, surface="250,000 people", start=0, end=5, value=250000) for c in claims]
            )
            reviews = Review.objects.bulk_create(
                [
                    Review(
                        claim=c,
                        state=ReviewState.PUBLISHED,
                        verdict=ratings[i % len(ratings)],
                        claim_reviewed=c.text[:140],
                        rationale="Official figures put it at 240,000 in February; the claim rounds up.",
                        assignee=first,
                        second_reviewer=second,
                        published_at=now,
                        last_published_at=now,
                    )
                    for i, c in enumerate(claims)
                ]
            )
            evidence = Evidence.objects.bulk_create(
                [
                    Evidence(
                        review=r,
                        url="https://un.example.org/report",
                        title="Situation report",
                        publisher="OCHA",
                        stance="supports",
                    )
                    for r in reviews
                ]
            )
            # what review_publish freezes: the published revision that readers and the export see
            revisions = ReviewRevision.objects.bulk_create(
                [
                    ReviewRevision.frozen(r, evidence=[e], published_at=now)
                    for r, e in zip(reviews, evidence, strict=True)
                ]
            )
            for review, revision in zip(reviews, revisions, strict=True):
                review.published_revision = revision
            Review.objects.bulk_update(reviews, ["published_revision"], batch_size=1000)
        print(f"  seeded {offset + count:,} / {rows:,}", file=sys.stderr)
    print(f"  seeding took {time.perf_counter() - started:.1f} s", file=sys.stderr)


def rss_mb() -> float:
    """Resident memory now (Linux /proc), sampled while the export streams."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def run_export(user, *, trace: bool) -> tuple[int, int, float, int, float]:
    """Stream the CSV export through the view.

    Returns (rows, bytes, seconds, traced peak bytes, peak RSS growth in MB over the run).
    """
    from rest_framework.test import APIRequestFactory, force_authenticate

    from annotations.api.views import ReviewViewSet

    view = ReviewViewSet.as_view({"get": "export"})
    request = APIRequestFactory().get("/api/v1/reviews/export/", {"format": "csv"})
    force_authenticate(request, user=user)
    if trace:
        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
    rss_before = rss_peak = rss_mb()
    started = time.perf_counter()
    response = view(request)
    size = lines = 0
    for number, chunk in enumerate(response.streaming_content):
        size += len(chunk)
        lines += chunk.count(b"\n")
        if number % 64 == 0:
            rss_peak = max(rss_peak, rss_mb())
    elapsed = time.perf_counter() - started
    rss_peak = max(rss_peak, rss_mb())
    peak = 0
    if trace:
        peak = tracemalloc.get_traced_memory()[1] - baseline
        tracemalloc.stop()
    return lines - 1, size, elapsed, peak, rss_peak - rss_before


def run_copy() -> tuple[int, int, float]:
    from django.conf import settings
    from django.db import connection

    connection.ensure_connection()
    started = time.perf_counter()
    size = lines = 0
    with connection.connection.cursor() as cursor:
        sql = COPY_SQL.replace("%(template)s", "%s")
        with cursor.copy(sql, [settings.CLAIMREVIEW_URL_TEMPLATE]) as copy:
            for data in copy:
                size += len(data)
                lines += bytes(data).count(b"\n")
    return lines - 1, size, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--rows", type=int, default=100_000, help="published reviews to export (default 100,000)"
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL URL of the bench database (default: DATABASE_URL's database + '_bench')",
    )
    parser.add_argument(
        "--portable",
        action="store_true",
        help="also time the database-independent Python CSV path (what SQLite uses)",
    )
    parser.add_argument("--seed-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    source = args.database_url or postgres.bench_database_url(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck"), "bench"
    )
    if not source.startswith(("postgres://", "postgresql://")):
        sys.exit("bench/export.py needs PostgreSQL (COPY is the floor): set DATABASE_URL or --database-url.")

    if args.seed_only:
        postgres.setup_django(source)
        seed(args.rows)
        return

    # Seed in a child process, so this process holds only the export.
    postgres.ensure_database(source)
    subprocess.run(
        [sys.executable, __file__, "--seed-only", "--rows", str(args.rows), "--database-url", source],
        check=True,
    )
    postgres.setup_django(source)
    from django.contrib.auth import get_user_model

    from annotations.models import Review

    published = Review.objects.published().count()
    user = get_user_model().objects.get(username="bench-rita")

    run_export(user, trace=False)  # warm-up (imports, plans); not timed
    rows, size, seconds, _, rss_growth = run_export(user, trace=False)
    copy_rows, copy_size, copy_seconds = run_copy()
    _, _, traced_seconds, traced_peak, _ = run_export(user, trace=True)

    export_rate, copy_rate = rows / seconds, copy_rows / copy_seconds
    if args.portable:
        from annotations.api.export import stream_csv_python

        portable_rss_before = portable_rss_peak = rss_mb()
        started = time.perf_counter()
        portable_rows = -1
        for chunk in stream_csv_python(Review.objects.published()):
            portable_rows += chunk.count("\n")
            portable_rss_peak = max(portable_rss_peak, rss_mb())
        portable_seconds = time.perf_counter() - started
    print(f"published reviews in {urlsplit(source).path.lstrip('/')}: {published:,}")
    print(
        f"CSV export (view, streamed): {rows:,} rows, {size / 1e6:.1f} MB in {seconds:.2f} s "
        f"= {export_rate:,.0f} rows/s"
    )
    print(
        f"COPY ... TO STDOUT (floor):  {copy_rows:,} rows, {copy_size / 1e6:.1f} MB in {copy_seconds:.2f} s "
        f"= {copy_rate:,.0f} rows/s"
    )
    print(f"ratio: the export takes {copy_rate / export_rate:.2f}x the floor's time")
    if args.portable:
        portable_rate = portable_rows / portable_seconds
        print(
            f"portable Python CSV path: {portable_rows:,} rows in {portable_seconds:.2f} s "
            f"= {portable_rate:,.0f} rows/s ({copy_rate / portable_rate:.2f}x the floor's time); "
            f"RSS growth {portable_rss_peak - portable_rss_before:.1f} MB"
        )
    print(
        f"export memory: tracemalloc peak {traced_peak / 1e6:.1f} MB (traced run {traced_seconds:.2f} s); "
        f"RSS growth while streaming (peak - start) {rss_growth:.1f} MB"
    )


if __name__ == "__main__":
    main()
