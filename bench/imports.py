"""Articles/s of the whole import pipeline through a real Celery worker, next to a plain bulk_create floor.

    python bench/imports.py [--n 5000] [--concurrency 1] [--data ../shared/eval/ecbplus/articles.jsonl]

Both runs use the configured database and broker (``DATABASE_URL``, ``CELERY_BROKER_URL``), in a
throw-away database of their own (``<name>_bench``, or ``var/bench-db.sqlite3``) so neither the
development data nor a concurrent test run is touched.

* pipeline: the articles are written to one JSONL file and imported by ``import_job_create``; a
  ``celery worker --concurrency N`` started by the bench plans, extracts and writes them (one
  transaction per article, chunks of ``FACTCHECK_IMPORT_CHUNK_SIZE``). Timed from the job's
  creation to its last item; worker start-up is not included.
* floor: the same articles parsed, extracted and inserted in this process with ``bulk_create``
  (articles, claims, quantities; batches of 500, no Celery, no per-article transaction).

The corpus is the ECB+ articles repeated (each copy made unique) up to ``--n``; without the file,
generated news-like text. Prints wall-clock rates and their ratio; never asserts (timings depend on
the machine and its load).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
QUEUE = "factcheck-bench"
os.environ["CELERY_QUEUE"] = QUEUE

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from bench.corpus import DEFAULT_DATA, generated_texts, read_articles  # noqa: E402
from factcheck.celery import app as celery_app  # noqa: E402
from factcheck.imports.parsers import record_from_mapping  # noqa: E402
from factcheck.imports.records import Limits  # noqa: E402
from factcheck.imports.services import import_job_create  # noqa: E402
from factcheck.imports.writer import build_quantities, build_rows, prepare_article  # noqa: E402
from factcheck.models import Article, Claim, ImportJob, Quantity  # noqa: E402


def corpus(path: Path, n: int) -> list[dict]:
    if path.is_file():
        base = [{"title": row.get("doc_id") or "", "text": row["text"]} for row in read_articles(path)]
    else:
        base = [{"title": f"Generated {i}", "text": text} for i, text in enumerate(generated_texts(12))]
    # Copies differ by a last line, so the content hash makes every one a new article.
    return [
        {
            "title": f"{base[i % len(base)]['title']} #{i}",
            "text": f"{base[i % len(base)]['text']}\n\nBench copy {i}.",
        }
        for i in range(n)
    ]


def use_bench_database() -> None:
    """Create a fresh database for the bench (dropped at the end) and point this process at it."""
    test_settings = settings.DATABASES["default"].setdefault("TEST", {})
    if connection.vendor == "sqlite":
        test_settings["NAME"] = str(Path(settings.VAR_DIR) / "bench-db.sqlite3")
    else:
        test_settings["NAME"] = f"{settings.DATABASES['default']['NAME']}_bench"
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)


def database_url() -> str:
    sys.path.insert(0, str(ROOT / "tests"))
    from tests.conftest import database_url as url_of  # the same helper the worker tests use

    return url_of(connection.settings_dict)


def start_worker(concurrency: int, log_path: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_QUEUE": QUEUE,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "FACTCHECK_RESUME_IMPORTS_ON_WORKER_START": "false",
    }
    command = [
        *(sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", QUEUE),
        *(f"--concurrency={concurrency}", "--loglevel=INFO", "--without-gossip", "--without-mingle"),
        *("-n", f"bench{os.getpid()}@%h"),
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"The worker exited:\n{log_path.read_text()}")
        if " ready." in log_path.read_text(errors="replace"):
            return process
        time.sleep(0.2)
    raise SystemExit("The worker did not start within 120 s.")


def run_pipeline(articles: list[dict], concurrency: int, workdir: Path) -> tuple[float, ImportJob]:
    data = workdir / "articles.jsonl"
    data.write_text("\n".join(json.dumps(article) for article in articles))
    worker = start_worker(concurrency, workdir / "worker.log")
    try:
        started = time.perf_counter()
        job = import_job_create(sources=[{"kind": "path", "value": str(data)}])
        shown = 0.0
        while True:
            job.refresh_from_db()
            if time.monotonic() - shown >= 5 and job.total_items:
                shown = time.monotonic()
                print(f"  pipeline: {job.processed_count}/{job.total_items}", flush=True)
            if job.is_finished:
                break
            if worker.poll() is not None:
                raise SystemExit(f"The worker died:\n{(workdir / 'worker.log').read_text()[-3000:]}")
            time.sleep(0.1)
        return time.perf_counter() - started, job
    finally:
        worker.terminate()
        worker.wait(timeout=60)


def run_floor(articles: list[dict]) -> tuple[float, float]:
    """Parse, extract and bulk-insert in this process; returns (total seconds, extraction seconds)."""
    started = time.perf_counter()
    limits = Limits()
    prepared = []
    extract_started = time.perf_counter()
    for article in articles:
        prepared.append(prepare_article(record_from_mapping(article, limits=limits)))
    extraction = time.perf_counter() - extract_started
    for start in range(0, len(prepared), 500):
        batch = prepared[start : start + 500]
        with transaction.atomic():
            rows = [build_rows(p) for p in batch]
            saved = Article.objects.bulk_create([article for article, _ in rows])
            claims_per_article = []
            all_claims = []
            for article, (_, claims) in zip(saved, rows, strict=True):
                for claim in claims:
                    claim.article = article
                claims_per_article.append(claims)
                all_claims.extend(claims)
            Claim.objects.bulk_create(all_claims, batch_size=2000)
            quantities = [
                q
                for claims, p in zip(claims_per_article, batch, strict=True)
                for q in build_quantities(claims, p)
            ]
            Quantity.objects.bulk_create(quantities, batch_size=2000)
    return time.perf_counter() - started, extraction


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="Articles to import (default 5000).")
    parser.add_argument("--concurrency", type=int, default=1, help="Worker processes (default 1).")
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="JSONL with a 'text' field per article."
    )
    args = parser.parse_args()

    articles = corpus(args.data, args.n)
    source = args.data if args.data.is_file() else "generated text"
    vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    broker = settings.CELERY_BROKER_URL.split("://", 1)[0]
    chunk = settings.FACTCHECK_IMPORT_CHUNK_SIZE
    print(
        f"{len(articles)} articles from {source}; database {vendor}, broker {broker}://, "
        f"{args.concurrency} worker process(es), chunks of {chunk}"
    )
    celery_app.conf.task_default_queue = QUEUE
    use_bench_database()
    try:
        with celery_app.connection_for_write() as conn, contextlib.suppress(Exception):  # no queue yet
            conn.default_channel.queue_purge(QUEUE)
        with tempfile.TemporaryDirectory() as tmp:
            pipeline_s, job = run_pipeline(articles, args.concurrency, Path(tmp))
        claims = Claim.objects.count()
        print(
            f"  job #{job.pk} {job.status}: {job.imported_count} imported, "
            f"{job.duplicate_count} duplicates, {job.failed_count} failed; {claims} claims"
        )
        Article.objects.all().delete()
        floor_s, extraction_s = run_floor(articles)
        n = len(articles)
        rate = n / pipeline_s
        print(f"pipeline (worker, a transaction per article): {rate:8.1f} articles/s ({pipeline_s:.1f} s)")
        print(
            f"floor    (bulk_create, no Celery):            {n / floor_s:8.1f} articles/s "
            f"({floor_s:.1f} s, of which extraction {extraction_s:.1f} s)"
        )
        print(f"ratio pipeline/floor time: {pipeline_s / floor_s:.2f}x")
    finally:
        connection.creation.destroy_test_db(settings.DATABASES["default"]["NAME"], verbosity=0)


if __name__ == "__main__":
    main()
