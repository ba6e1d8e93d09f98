"""Rank known fact-checks for queries from the command line, on the app's own code path.

    python -m factcheck.matching rank --index VCLAIMS.tsv --queries QUERIES.tsv [--top 5]
        [--format trec|json] [--tag NAME] [--lang en] [--database memory|configured] [--qrels QRELS]

``--index`` is a TSV of verified claims (id, claim, title; a header row; fields may hold line breaks
inside quotes), loaded as known fact-checks and indexed as an import indexes them; ``--queries`` a TSV
of queries (id, text; a header row). Each query is searched as ``/api/v1/search/claims/`` searches a
text: the database's full-text index finds candidates, the re-ranker orders them. Prints TREC run lines
(``query_id Q0 doc_id rank score tag``) or JSON Lines. With ``--qrels`` (``query_id 0 doc_id 1``) it
also prints MAP@5, MRR and recall@5 on standard error.

The re-ranker follows ``MATCHING_DENSE`` as the app does (the dense feature on when wordllama is
installed, unless ``MATCHING_DENSE=off``; the sentence encoder too with ``MATCHING_DENSE=encoder``); the
summary says which.

``--database memory`` (the default) runs in a fresh in-memory SQLite database, migrated first: nothing
of the configured database is read or written. ``--database configured`` loads the claims into the
configured database (``DATABASE_URL``) as known fact-checks, where they stay, and ranks there (the
PostgreSQL path).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

csv.field_size_limit(10_000_000)
K = 5


def read_tsv(path: Path) -> list[list[str]]:
    """Rows after the header; a row needs an id and a text."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t")
        next(rows, None)
        return [row for row in rows if len(row) >= 2 and row[0].strip()]


def read_qrels(path: Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] != "0":
            gold.setdefault(fields[0], set()).add(fields[2])
    return gold


def average_precision(ranked: Sequence[str], gold: set[str], k: int = K) -> float:
    hits, total = 0, 0.0
    for position, doc in enumerate(ranked[:k], start=1):
        if doc in gold:
            hits += 1
            total += hits / position
    return total / min(len(gold), k) if gold else 0.0


def scores(rankings: Mapping[str, Sequence[str]], gold: Mapping[str, set[str]]) -> dict[str, float]:
    """MAP@5, MRR and recall@5 over the queries that have a relevant document."""
    queries = [query for query in gold if gold[query]]
    if not queries:
        return {"MAP@5": 0.0, "MRR": 0.0, "R@5": 0.0}
    map5 = mrr = recall = 0.0
    for query in queries:
        ranked, relevant = list(rankings.get(query, [])), gold[query]
        map5 += average_precision(ranked, relevant)
        mrr += next((1 / i for i, doc in enumerate(ranked, start=1) if doc in relevant), 0.0)
        recall += len(relevant & set(ranked[:K])) / len(relevant)
    n = len(queries)
    return {"MAP@5": map5 / n, "MRR": mrr / n, "R@5": recall / n}


def _setup(database: str) -> None:
    if database == "memory":
        os.environ["DATABASE_URL"] = "sqlite://:memory:"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    if database == "memory":
        from django.core.management import call_command

        call_command("migrate", verbosity=0)


def load_index(rows: list[list[str]], *, language: str) -> dict[int, str]:
    """The verified claims as known fact-checks, indexed; their ids by fact-check pk."""
    from django.db import transaction

    from factcheck.matching.services import matching_index_fact_checks
    from factcheck.models import FactCheck

    digests = {
        hashlib.sha256(f"claim-retrieval\n{row[0]}\n{row[1]}".encode()).hexdigest(): row for row in rows
    }
    with transaction.atomic():
        existing = set(FactCheck.objects.filter(digest__in=digests).values_list("digest", flat=True))
        FactCheck.objects.bulk_create(
            [
                FactCheck(
                    claim=row[1],
                    title=row[2] if len(row) > 2 else "",
                    rating="",
                    language=language,
                    digest=digest,
                    extra={"id": row[0]},
                )
                for digest, row in digests.items()
                if digest not in existing
            ],
            batch_size=1000,
        )
        ids = dict(FactCheck.objects.filter(digest__in=digests).values_list("pk", "digest"))
        matching_index_fact_checks(fact_check_ids=list(ids))
    return {pk: digests[digest][0] for pk, digest in ids.items()}


def rank(args: argparse.Namespace) -> int:
    index_rows, query_rows = read_tsv(Path(args.index)), read_tsv(Path(args.queries))
    _setup(args.database)
    from factcheck.matching import selectors
    from factcheck.matching.models import MatchEntry

    started = time.perf_counter()
    doc_ids = load_index(index_rows, language=args.lang)
    loaded = time.perf_counter()
    entries = MatchEntry.objects.fact_checks()  # (in a configured database, others' too: left out below)
    rankings: dict[str, list[str]] = {}
    out = sys.stdout
    for query_id, text, *_ in query_rows:
        found = selectors.search(
            selectors.text_query(text, language=args.lang), entries=entries, top=args.top
        )
        ranked = [
            (doc_ids[match.fact_check.pk], match)
            for match in found
            if match.fact_check is not None and match.fact_check.pk in doc_ids
        ]
        rankings[query_id] = [doc for doc, _ in ranked]
        for position, (doc, match) in enumerate(ranked, start=1):
            if args.format == "trec":
                out.write(f"{query_id} Q0 {doc} {position} {match.score:.6f} {args.tag}\n")
            else:
                line = {"query": query_id, "doc": doc, "rank": position, "score": match.score}
                out.write(json.dumps({**line, "reasons": list(match.reasons)}) + "\n")
    ranked_at = time.perf_counter()
    print(
        f"{len(doc_ids):,} fact-checks loaded and indexed in {loaded - started:.1f} s; "
        f"{len(query_rows):,} queries ranked in {ranked_at - loaded:.1f} s "
        f"({1000 * (ranked_at - loaded) / max(len(query_rows), 1):.1f} ms each); "
        f"dense feature {'on' if selectors.dense_enabled() else 'off'}, sentence encoder "
        f"{'on' if selectors.encoder_enabled() else 'off'} (MATCHING_DENSE)",
        file=sys.stderr,
    )
    if args.qrels:
        figures = scores(rankings, read_qrels(Path(args.qrels)))
        print("  ".join(f"{name} {value:.3f}" for name, value in figures.items()), file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.matching",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ranker = sub.add_parser("rank", help="rank known fact-checks for each query")
    ranker.add_argument("--index", required=True, help="TSV of verified claims: id, claim, title")
    ranker.add_argument("--queries", required=True, help="TSV of queries: id, text")
    ranker.add_argument("--top", type=int, default=K, help="matches per query (default 5)")
    ranker.add_argument("--format", choices=["trec", "json"], default="trec")
    ranker.add_argument("--tag", default="factcheck", help="the run's name in TREC lines")
    ranker.add_argument("--lang", default="en", help="language of the claims and queries (default en)")
    ranker.add_argument("--database", choices=["memory", "configured"], default="memory")
    ranker.add_argument("--qrels", help="relevance judgements: print MAP@5, MRR and recall@5")
    args = parser.parse_args(argv)
    if args.top < 1:
        parser.error("--top must be at least 1")
    return rank(args)


if __name__ == "__main__":
    sys.exit(main())
