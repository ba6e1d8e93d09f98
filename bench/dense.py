"""What the re-ranker's dense feature (``MATCHING_DENSE``, wordllama) costs a search: the re-rank of 100
candidates per query with and without it.

    .venv/bin/python bench/dense.py [--data ../shared/eval/claim-retrieval] [--split dev]

The candidates are each tweet's 100 best by BM25 among CheckThat! 2020's verified claims (what the
database hands the re-ranker, ``selectors.CANDIDATES``). Only ``ranking.rank`` is timed, the database's
part left out (it is the same either way). Each text's words and figures are analysed once before timing
(the ranker memoises them), so plain ranking is timed warm. Each query is ranked each way in turn, the
best of three runs kept, so that a busy machine slows all alike. With the dense feature:

* **cold**: the embeddings' memo emptied before each query, the worst case (a process that has never
  seen these claims: every candidate and the query embedded);
* **warm**: the candidates' embeddings remembered (a process that ranked them before),
  the query's forgotten (a new query);
* **model load**: once per process, before the first search.

With the sentence encoder installed (``MATCHING_DENSE=encoder``, ``requirements-encoder.txt``), also on the
first ``--encoder-queries`` tweets (their candidates' vectors computed first, as indexing stores them):

* **encoder, stored**: the re-rank with the encoder's feature (in the dense one's place), the candidates'
  vectors read as stored and the query embedded anew each time (a new query against an index built under
  the setting), against the dense ranker warm on the same tweets.

It prints ms per query (median and p95) and the ratios to plain ranking; it never asserts them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

# Imports resolve against the project's root, not this folder (first on sys.path when run as a script).
sys.path[:] = [entry for entry in sys.path if entry != str(Path(__file__).resolve().parent)]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.claim_retrieval import CANDIDATES, Index, read_qrels, read_queries, tweet_query  # noqa: E402
from factcheck.matching import dense, encoder, ranking  # noqa: E402


def _claims(path: Path) -> list[ranking.Candidate]:
    import csv

    csv.field_size_limit(10_000_000)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t")
        next(rows, None)
        return [
            ranking.Candidate(key=row[0], text=row[1], title=row[2] if len(row) > 2 else "")
            for row in rows
            if len(row) >= 2 and row[0]
        ]


def _time(query, candidates, stats, *, use_dense: bool, use_encoder: bool = False) -> float:
    started = time.perf_counter()
    ranking.rank(query, candidates, stats, top=10, dense=use_dense, encoder=use_encoder)
    return 1000 * (time.perf_counter() - started)


def _measure_encoder(queries, candidates, stats, repeat: int) -> tuple[list[float], list[float]]:
    """Per query, the dense ranker warm and the encoder with stored candidate vectors (the query's own
    embeddings forgotten each time), in turn, the best of ``repeat`` each."""
    warm, stored = [], []
    for query in queries:
        docs = [
            replace(doc, vector=encoder.to_bytes(vector))
            for doc, vector in zip(
                candidates[query.key],
                encoder.embed([ranking.dense_text(doc) for doc in candidates[query.key]]),
                strict=True,
            )
        ]
        best = [float("inf")] * 2
        for _ in range(repeat):
            dense._cache.pop(dense.clean(query.text), None)
            best[0] = min(best[0], _time(query, docs, stats, use_dense=True))
            dense._cache.pop(dense.clean(query.text), None)
            encoder._vectors.pop(dense.clean(query.text), None)
            best[1] = min(best[1], _time(query, docs, stats, use_dense=True, use_encoder=True))
        warm.append(best[0])
        stored.append(best[1])
    return warm, stored


def _measure(queries, candidates, stats, repeat: int) -> tuple[list[float], list[float], list[float]]:
    """Per query, the three ways in turn (so that a busy machine slows them alike), the best of
    ``repeat`` each: plain; dense with nothing memoised; dense with the candidates memoised and the query
    not."""
    plain, cold, warm = [], [], []
    for query in queries:
        docs = candidates[query.key]
        best = [float("inf")] * 3
        for _ in range(repeat):
            best[0] = min(best[0], _time(query, docs, stats, use_dense=False))
            dense._cache.clear()
            best[1] = min(best[1], _time(query, docs, stats, use_dense=True))
            dense._cache.pop(dense.clean(query.text), None)
            best[2] = min(best[2], _time(query, docs, stats, use_dense=True))
        plain.append(best[0])
        cold.append(best[1])
        warm.append(best[2])
    return plain, cold, warm


def _line(name: str, times: list[float], base: list[float] | None = None, base_name: str = "plain") -> str:
    p50, p95 = statistics.median(times), statistics.quantiles(times, n=20)[-1]
    ratio = ""
    if base is not None:
        ratio = f"   {p50 / statistics.median(base):.2f}x {base_name} (median), "
        ratio += f"{p95 / statistics.quantiles(base, n=20)[-1]:.2f}x (p95)"
    return f"{name:<28} median {p50:6.2f} ms   p95 {p95:6.2f} ms{ratio}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/eval/claim-retrieval", help="CheckThat! 2020 task 2")
    parser.add_argument("--split", default="dev", help="whose tweets are the queries (default dev)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query and way, the best kept")
    parser.add_argument(
        "--encoder-queries", type=int, default=40, help="tweets timed with the sentence encoder (default 40)"
    )
    args = parser.parse_args(argv)
    if not dense.available():
        print("wordllama is not installed: pip install 'factcheck[dense]'", file=sys.stderr)
        return 2
    directory = Path(args.data)
    index = Index(_claims(directory / "verified_claims.docs.tsv"))
    tweets = read_queries(directory / args.split / "tweets.queries.tsv")
    gold = read_qrels(directory / args.split / "tweet-vclaim-pairs.qrels")
    queries = [tweet_query(key, text) for key, text in tweets.items() if key in gold]
    candidates = {query.key: [doc for doc, _ in index.search(query, CANDIDATES)] for query in queries}
    stats = index.stats
    print(f"{len(queries)} {args.split} tweets, {CANDIDATES} candidates each, among {len(index.documents):,}")

    for query in queries:  # the words and figures analysed, once (the ranker memoises them)
        ranking.rank(query, candidates[query.key], stats)
    started = time.perf_counter()
    dense.model()
    loaded = 1000 * (time.perf_counter() - started)
    plain, cold, warm = _measure(queries, candidates, stats, args.repeat)
    print(_line("plain", plain))
    print(_line("dense, cold (nothing memoised)", cold, plain))
    print(_line("dense, warm (memoised)", warm, plain))
    print(f"model load, once per process: {loaded:.0f} ms")
    if not encoder.available():
        print("sentence encoder: not installed (requirements-encoder.txt)")
        return 0
    started = time.perf_counter()
    encoder.model()
    loaded = 1000 * (time.perf_counter() - started)
    warm, stored = _measure_encoder(queries[: args.encoder_queries], candidates, stats, args.repeat)
    print(f"sentence encoder, on the first {len(warm)} tweets:")
    print(_line("dense, warm", warm))
    print(_line("encoder, stored vectors", stored, warm, "dense"))
    print(f"encoder load, once per process: {loaded:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
