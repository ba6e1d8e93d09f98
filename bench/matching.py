"""Claim matching at scale: search latency with 100,000 known fact-checks and 100,000 claims, and what
matching costs an import, on PostgreSQL, in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck .venv/bin/python bench/matching.py
    DATABASE_URL=... .venv/bin/python bench/matching.py --quick     (10,000 of each, fewer articles)
    DATABASE_URL=... .venv/bin/python bench/matching.py --encoder   (MATCHING_DENSE=encoder; its own database)

Runs in its own database (``<name>_matchbench``): created, migrated and seeded on first use, then
reused (topped up when asked for more; reindexed when its entries lack what this version's keep). The
fact-checks are CheckThat! 2020's 10,389 verified claims (``../shared/eval/claim-retrieval``) repeated
with other figures and words, or generated sentences without them; the claims are the ECB+ news
sentences (``bench/corpus.py``), repeated the same way, each indexed as an import indexes it.
``VACUUM ANALYZE`` before measuring.

Measured, with the database warm:

* **search**: ``/api/v1/search/claims/``'s path (a text from outside against own verdicts and known
  fact-checks: ``annotations.matching.search_checked``) for the CheckThat! dev tweets, and the panel's
  *Seen before* (``annotations.matching.seen_before``) for random stored claims: p50/p95/p99 in ms.
  Target: p95 under 50 ms.
* **retrieval at scale**: MAP@5, MRR and recall@5 of the CheckThat! 2020 dev tweets by the same search,
  the right claim among 200,000 entries (a copy scored as the claim it copies): printed so that a change
  that helps at 10,389 claims and hurts at this size shows.
* **import**: the same news articles (copies made unique) imported through the import pipeline
  (``import_job_create`` on a JSONL file, its tasks run in this process) with matching off and on,
  three ways in turn (off; indexing on and conflicts off, ``MATCHING_CONFLICTS_ENABLED=false``; both
  on), deleted after each: articles per second and the ratios. With matching on, each article is
  indexed in its transaction; with the after-import task on, each check-worthy claim is then searched
  once for the same claim elsewhere and for figure conflicts (``article_conflicts_task``, after the
  commit, on the same workers). Target: on at least 0.8x off.

It prints the figures and the targets beside them; it never asserts them.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Imports resolve against the project's root, not this folder (first on sys.path when run as a script).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))

from bench import postgres  # noqa: E402
from bench.corpus import DEFAULT_DATA, generated_texts, read_articles  # noqa: E402

CLAIM_RETRIEVAL = ROOT.parent / "shared" / "eval" / "claim-retrieval"
csv.field_size_limit(10_000_000)
WORDS = ["officials", "reported", "region", "capital", "government", "week", "local", "northern", "aid"]


def setup_django(database_url: str) -> None:
    """Django on the bench's database, migrated."""
    postgres.setup_django(database_url)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _vary(text: str, rng: random.Random) -> str:
    """Another claim like ``text``: its numbers changed, a word or two added."""
    words = text.split()
    for i, word in enumerate(words):
        if any(ch.isdigit() for ch in word):
            words[i] = f"{rng.randint(2, 900_000):,}"
    words.insert(rng.randrange(len(words) + 1), rng.choice(WORDS))
    return " ".join(words)


VERIFIED_CLAIMS = CLAIM_RETRIEVAL / "verified_claims.docs.tsv"


def verified_claims() -> list[list[str]]:
    """CheckThat! 2020's verified claims, ``[id, claim, title]`` rows in the file's order: the first
    fact-checks seeded, the i-th the claim of ``digest`` ``bench<i>``."""
    with VERIFIED_CLAIMS.open(newline="", encoding="utf-8") as handle:
        return [row for row in csv.reader(handle, delimiter="\t") if len(row) > 1][1:]


def fact_check_texts(count: int) -> list[tuple[str, str]]:
    if VERIFIED_CLAIMS.exists():
        base = [(row[1], row[2] if len(row) > 2 else "") for row in verified_claims()]
    else:
        base = [(text, "") for text in generated_texts(1, 2000)]
    rng = random.Random(2020)
    texts = list(base[:count])
    while len(texts) < count:
        claim, title = rng.choice(base)
        texts.append((_vary(claim, rng), title))
    return texts


def news_sentences(count: int) -> list[str]:
    from factcheck import extraction

    texts = (
        [row["text"] for row in read_articles(DEFAULT_DATA)] if DEFAULT_DATA.exists() else generated_texts(40)
    )
    sentences = [text[s.start : s.end] for text in texts for s in extraction.split_sentences(text)]
    sentences = [s for s in sentences if len(s.split()) >= 5]
    rng = random.Random(496)
    out = list(sentences[:count])
    while len(out) < count:
        out.append(_vary(rng.choice(sentences), rng))
    return out


def seed(fact_checks: int, claims: int) -> None:
    from django.conf import settings
    from django.db import transaction

    from factcheck.matching.models import MatchEntry
    from factcheck.matching.services import (
        matching_embed_missing,
        matching_index_claims,
        matching_index_fact_checks,
        matching_reindex,
    )
    from factcheck.models import Article, Claim, FactCheck

    have = FactCheck.objects.filter(digest__startswith="bench").count()
    if have < fact_checks:
        started = time.perf_counter()
        texts = fact_check_texts(fact_checks)[have:]
        for start in range(0, len(texts), 2000):
            with transaction.atomic():
                batch = FactCheck.objects.bulk_create(
                    FactCheck(
                        claim=claim,
                        title=title,
                        rating="False",
                        publisher="Bench checkers",
                        language="en",
                        digest=f"bench{have + start + i:059d}",
                    )
                    for i, (claim, title) in enumerate(texts[start : start + 2000])
                )
                matching_index_fact_checks(fact_check_ids=[f.pk for f in batch])
            print(f"  seeded {have + start + len(batch):,} / {fact_checks:,} fact-checks", flush=True)
        print(f"  fact-checks took {time.perf_counter() - started:.0f} s")
    have = Claim.objects.filter(article__source_name="bench").count()
    if have < claims:
        started = time.perf_counter()
        sentences = news_sentences(claims)[have:]
        for start in range(0, len(sentences), 2000):
            chunk = sentences[start : start + 2000]
            with transaction.atomic():
                for offset in range(0, len(chunk), 50):
                    part = chunk[offset : offset + 50]
                    body = " ".join(part)
                    article = Article.objects.create(
                        title=f"Bench article {have + start + offset}",
                        body=body,
                        source_name="bench",
                        content_hash=f"bench{have + start + offset:059d}",
                    )
                    position, rows = 0, []
                    for index, text in enumerate(part):
                        rows.append(
                            Claim(
                                article=article,
                                index=index,
                                text=text,
                                start=position,
                                end=position + len(text),
                                is_claim=index % 2 == 0,
                                checkworthiness=0.5,
                            )
                        )
                        position += len(text) + 1
                    created = Claim.objects.bulk_create(rows)
                    matching_index_claims(claim_ids=[c.pk for c in created])
            print(f"  seeded {have + start + len(chunk):,} / {claims:,} claims", flush=True)
        print(f"  claims took {time.perf_counter() - started:.0f} s")
    # A database seeded before entries kept the re-ranker's words (every claim's entry has them now) would
    # measure the slower reading of texts: rebuilt, as ``manage.py reindex_matching`` does.
    if MatchEntry.objects.claims().filter(text_terms__isnull=True).exists():
        started = time.perf_counter()
        matching_reindex()
        print(f"  entries of an earlier version reindexed in {time.perf_counter() - started:.0f} s")
    # Under --encoder, entries without their vector (seeded by an earlier run without it) would be embedded
    # at every search that finds them: stored, as ``manage.py reindex_matching --vectors`` does.
    if settings.MATCHING_DENSE == "encoder" and MatchEntry.objects.filter(encoded__isnull=True).exists():
        started = time.perf_counter()
        written = matching_embed_missing()
        print(f"  vectors of {written:,} entries stored in {time.perf_counter() - started:.0f} s")


def percentiles(times: list[float]) -> str:
    ordered = sorted(times)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    return f"p50 {at(0.5):6.1f}  p95 {at(0.95):6.1f}  p99 {at(0.99):6.1f}  (n={len(ordered)})"


def queries() -> list[str]:
    path = CLAIM_RETRIEVAL / "dev" / "tweets.queries.tsv"
    if path.exists():
        with path.open(newline="", encoding="utf-8") as handle:
            return [row[1] for row in csv.reader(handle, delimiter="\t") if len(row) > 1][1:]
    return generated_texts(1, 200)


def measure_search(samples: int) -> tuple[list[float], list[float]]:
    from annotations.matching import search_checked, seen_before
    from factcheck.models import Claim

    texts = queries()[:samples]
    # Warm on other texts: the first queries pay for connections and caches, and a timed text warmed here
    # would find its embedding memoised (the sentence encoder's), 16 ms a search that no new text saves.
    for text in generated_texts(1, 10):
        search_checked(text=text, language="en")
    searched = []
    for text in texts:
        started = time.perf_counter()
        search_checked(text=text, language="en")
        searched.append(1000 * (time.perf_counter() - started))
    rng = random.Random(5)
    top = Claim.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    ids = [rng.randint(1, top) for _ in range(samples * 3)]
    claims = list(Claim.objects.filter(pk__in=ids).select_related("article")[:samples])
    seen = []
    for claim in claims:
        started = time.perf_counter()
        seen_before(claim=claim)
        seen.append(1000 * (time.perf_counter() - started))
    return searched, seen


def retrieval_at_scale() -> dict[str, float] | None:
    """MAP@5, MRR and recall@5 of the CheckThat! 2020 dev tweets on this database, by the search from
    outside (``search_checked``'s own search). The 10,389 verified claims are the first fact-checks and the
    others copies of them (other figures, a word more, the same title): a copy is scored as the claim it
    copies, the first of them in a ranking counting, since which of near-identical texts comes first is
    noise. What it shows is whether the right claim is still found among 200,000 entries. None without
    the data."""
    from annotations.matching import checked_entries
    from factcheck.matching import selectors
    from factcheck.matching.__main__ import read_qrels, scores
    from factcheck.matching.models import MatchEntry
    from factcheck.models import FactCheck

    qrels_path = CLAIM_RETRIEVAL / "dev" / "tweet-vclaim-pairs.qrels"
    tweets_path = CLAIM_RETRIEVAL / "dev" / "tweets.queries.tsv"
    if not (VERIFIED_CLAIMS.exists() and qrels_path.exists() and tweets_path.exists()):
        return None
    ids = [row[0] for row in verified_claims()]
    with tweets_path.open(newline="", encoding="utf-8") as handle:
        tweets = {row[0]: row[1] for row in csv.reader(handle, delimiter="\t") if len(row) > 1}
    gold = read_qrels(qrels_path)
    rows = FactCheck.objects.filter(digest__startswith="bench").values_list("pk", "digest", "title")
    original_of_title: dict[str, str] = {}
    for _, digest, title in sorted(rows, key=lambda row: row[1]):
        if int(digest[5:]) < len(ids):
            original_of_title.setdefault(title, ids[int(digest[5:])])
    claim_of = {pk: original_of_title.get(title, "") for pk, _, title in rows}
    entries = MatchEntry.objects.filter(checked_entries())
    rankings = {}
    for query in gold:
        found = selectors.search(selectors.text_query(tweets[query], language="en"), entries=entries, top=20)
        claims = [claim_of.get(match.fact_check.pk, "") for match in found if match.fact_check is not None]
        rankings[query] = list(dict.fromkeys(claim for claim in claims if claim))[:5]
    return scores(rankings, gold)


def import_once(texts: list[str], *, matching: bool, round_: int, conflicts: bool = True) -> float:
    """Seconds the import pipeline takes over ``texts`` (one JSONL file, ``import_job_create``), with its
    tasks run in this process: planning, extracting and writing each article, and with matching on,
    indexing it and the after-import search (clusters, conflicts). The articles are deleted after."""
    import json
    import tempfile

    from django.conf import settings

    from factcheck.celery import app
    from factcheck.imports.services import import_job_create
    from factcheck.models import Article

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "articles.jsonl"
        rows = [
            {
                "title": f"Matching bench {round_}.{n}",
                "text": f"{text}\n\n(Copy {round_}.{n}, {time.time_ns()}.)",
            }
            for n, text in enumerate(texts)
        ]
        data.write_text("\n".join(json.dumps(row) for row in rows))
        settings.MATCHING_ENABLED = matching
        settings.MATCHING_CONFLICTS_ENABLED = conflicts
        app.conf.task_always_eager = True
        try:
            started = time.perf_counter()
            job = import_job_create(sources=[{"kind": "path", "value": str(data)}])
            elapsed = time.perf_counter() - started
        finally:
            settings.MATCHING_ENABLED = settings.MATCHING_CONFLICTS_ENABLED = True
            app.conf.task_always_eager = False
    job.refresh_from_db()
    if job.imported_count != len(texts):
        sys.exit(f"The import created {job.imported_count} of {len(texts)} articles: {job.status}")
    Article.objects.filter(import_job=job).delete()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="10,000 fact-checks and claims, 10 articles")
    parser.add_argument("--fact-checks", type=int)
    parser.add_argument("--claims", type=int)
    parser.add_argument("--articles", type=int, help="articles per import round (default 40; quick 10)")
    parser.add_argument("--rounds", type=int, default=3, help="import rounds each way (default 3)")
    parser.add_argument("--samples", type=int, default=197, help="searches of each kind (default 197)")
    parser.add_argument(
        "--encoder",
        action="store_true",
        help="MATCHING_DENSE=encoder, in a database of its own whose entries are seeded with their vectors",
    )
    args = parser.parse_args()
    if args.encoder:
        os.environ["MATCHING_DENSE"] = "encoder"
    size = 10_000 if args.quick else 100_000
    fact_checks, claims = args.fact_checks or size, args.claims or size
    articles = args.articles or (10 if args.quick else 40)

    source = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck")
    if not source.startswith(("postgres://", "postgresql://")):
        sys.exit("bench/matching.py needs PostgreSQL: set DATABASE_URL.")
    database_url = postgres.bench_database_url(source, "matchbench_encoder" if args.encoder else "matchbench")
    postgres.ensure_database(database_url)
    setup_django(database_url)
    print(
        f"database {urlsplit(database_url).path.lstrip('/')}: {fact_checks:,} fact-checks, {claims:,} claims"
    )
    seed(fact_checks, claims)

    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")

    searched, seen = measure_search(args.samples)
    retrieval = retrieval_at_scale()
    texts = (
        [row["text"] for row in read_articles(DEFAULT_DATA)][:articles]
        if DEFAULT_DATA.exists()
        else generated_texts(20, articles)
    )
    texts = texts[:articles]
    off, indexed, on = [], [], []
    # Warm on every text: a text the warm-up skipped made the first round pay for what it loads (the language
    # detector's model, about a second), which fell on matching off and showed indexing at 7.6x off.
    import_once(texts, matching=True, round_=0)
    for round_ in range(1, args.rounds + 1):
        off.append(import_once(texts, matching=False, round_=round_))
        indexed.append(import_once(texts, matching=True, conflicts=False, round_=round_ + 1000))
        on.append(import_once(texts, matching=True, round_=round_ + 2000))
    rate_off = len(texts) / statistics.median(off)
    rate_indexed = len(texts) / statistics.median(indexed)
    rate_on = len(texts) / statistics.median(on)

    from factcheck.matching.selectors import dense_enabled, encoder_enabled

    print()
    print(
        f"search latency, ms (target: p95 under 50 ms; dense feature {'on' if dense_enabled() else 'off'}, "
        f"sentence encoder {'on' if encoder_enabled() else 'off'})"
    )
    print(f"  text from outside (search_checked)   {percentiles(searched)}")
    print(f"  a stored claim's Seen before          {percentiles(seen)}")
    if retrieval is not None:
        print(
            "  CheckThat! 2020 dev tweets at this scale (a copy counts as the claim it copies): "
            + "  ".join(f"{name} {value:.3f}" for name, value in retrieval.items())
        )
    print()
    print(
        f"import of {len(texts)} news articles, {args.rounds} rounds each way, median "
        "(target: on >= 0.8x off)"
    )
    for label, rate in (
        ("matching off", rate_off),
        ("indexing on, conflicts off", rate_indexed),
        ("indexing and the after-import task", rate_on),
    ):
        print(f"  {label:<32} {rate:6.1f} articles/s   = {rate / rate_off:.2f}x off")
    # With CELERY_MATCHING_QUEUE the task runs on workers of its own: how many keep up with one import worker
    task_seconds = statistics.median(on) - statistics.median(indexed)
    if task_seconds > 0:
        rate_task = len(texts) / task_seconds
        print(
            f"  the after-import task alone        {rate_task:6.1f} articles/s: with CELERY_MATCHING_QUEUE, "
            f"{rate_indexed / rate_task:.1f} matching workers keep up with one import worker"
        )
    p95 = sorted(searched + seen)[int(0.95 * (len(searched + seen) - 1))]
    print()
    verdict = {True: "met", False: "NOT met"}
    print(
        f"targets: search p95 {p95:.1f} ms -> {verdict[p95 < 50]}; import with indexing "
        f"{rate_indexed / rate_off:.2f}x -> {verdict[rate_indexed / rate_off >= 0.8]}; with the after-import "
        f"task too {rate_on / rate_off:.2f}x -> {verdict[rate_on / rate_off >= 0.8]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
