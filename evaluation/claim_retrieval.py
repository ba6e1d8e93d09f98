"""Claim retrieval on CheckThat! 2020 task 2: which verified claim does a tweet repeat?

``python -m evaluation claim-retrieval DIR [--split dev] [--dense] [--encoder]`` where DIR holds
``verified_claims.docs.tsv`` (id, vclaim, title) and ``train/`` and ``dev/`` with ``tweets.queries.tsv``
(id, tweet_content) and ``tweet-vclaim-pairs.qrels`` (``tweet_id 0 vclaim_id 1``).

The pipeline mirrors the app's, in memory: an inverted index over ``terms()`` of each claim's text and
title; the candidates of a tweet are the top ``CANDIDATES`` by plain BM25 over an OR of its terms (what
the database's full-text search returns); ``rank()`` orders them. Printed: MAP@5 (the task's official
measure), MRR and recall@5 on the split for plain BM25 and for the ranker with the shipped weights, the
recall of the candidates, and the same figures 5-fold cross-validated on train (weights fitted on four
folds of tweets, scored on the fifth), the estimate to trust: dev is small and was looked at while the
features were chosen. ``--dense`` adds the ranker with the optional dense feature
(``factcheck.matching.dense``) on both, the cross-validated difference it makes with a paired bootstrap
interval, and a nested cross-validation of it: its L2 penalty (``train_matching.L2_DENSE``) was chosen by
the plain one, so the nested figure, with the penalty chosen inside each fold, is the estimate to trust.
``--encoder`` adds the same for the sentence encoder's feature (``factcheck.matching.encoder``) in the dense
feature's place, against the dense ranker.

A tweet's query is its whole text; the name in its closing signature ("— Name (@handle) January 6,
2020") is the query's speaker, as the claim extractor gives a claim's speaker in the app.
"""

from __future__ import annotations

import csv
import random
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.matching.ranking import (
    DENSE_FEATURES,
    ENCODER_FEATURES,
    FEATURES,
    Candidate,
    CorpusStats,
    Weights,
    pair_features,
    rank,
    search_terms,
    text_candidate,
    with_split_tags,
)
from factcheck.matching.text import terms

__all__ = [
    "CANDIDATES",
    "Index",
    "average_precision",
    "metrics",
    "read_claims",
    "read_qrels",
    "read_queries",
    "run",
    "tweet_query",
]

CANDIDATES = 100  # what the database search hands the ranker
FOLDS = 5
SEED = 2020
K = 5

csv.field_size_limit(10_000_000)


def described(key: str, text: str, title: str = "") -> Candidate:
    """A candidate as the app describes a claim's text (``ranking.text_candidate``: the speaker and
    category the extractor gives it), with its title; the task is in English."""
    return replace(text_candidate(key, text, "en"), title=title)


def read_claims(path: Path) -> dict[str, Candidate]:
    """Verified claims by id (fields may hold line breaks inside quotes, hence the csv module)."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t")
        next(rows, None)
        return {
            row[0]: described(row[0], row[1], row[2] if len(row) > 2 else "")
            for row in rows
            if len(row) >= 2 and row[0]
        }


def read_queries(path: Path) -> dict[str, str]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t")
        next(rows, None)
        return {row[0]: row[1] for row in rows if len(row) >= 2 and row[0]}


def read_qrels(path: Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] != "0":
            gold.setdefault(fields[0], set()).add(fields[2])
    return gold


def tweet_query(key: str, tweet: str) -> Candidate:
    """The query for a tweet: all its text, as a reviewer would paste it, described as the app describes a
    text from outside (``ranking.text_candidate``: the signature's name as its speaker). The signature stays
    in the text: the author's handle and the date ("June 3, 2017") are evidence too (claims say "after the
    June 2017 attack"), worth 3 points of MAP@5 on train."""
    return text_candidate(f"tweet:{key}", tweet, "en")


class Index:
    """An in-memory inverted index over ``terms()`` of text and title, as the database keeps one."""

    def __init__(self, documents: Iterable[Candidate]) -> None:
        self.documents: list[Candidate] = list(documents)
        self.postings: dict[str, list[tuple[int, int]]] = {}
        self.lengths: list[int] = []
        for number, document in enumerate(self.documents):
            counts: dict[str, int] = {}
            for term in terms(f"{document.text}\n{document.title}", document.language):
                counts[term] = counts.get(term, 0) + 1
            for term, tf in counts.items():
                self.postings.setdefault(term, []).append((number, tf))
            self.lengths.append(sum(counts.values()))
        n = len(self.documents)
        self.stats = CorpusStats(
            n_docs=n,
            avg_len=sum(self.lengths) / n if n else 0.0,
            df={term: len(postings) for term, postings in self.postings.items()},
        )

    def search(self, query: Candidate, limit: int = CANDIDATES) -> list[tuple[Candidate, float]]:
        """Plain BM25 over an OR of the query's distinct terms: the first stage."""
        k1, b, stats = 1.2, 0.75, self.stats
        scores: dict[int, float] = {}
        for term in search_terms(query):
            postings = self.postings.get(term)
            if not postings:
                continue
            idf = stats.idf(term)
            for number, tf in postings:
                norm = k1 * (1 - b + b * self.lengths[number] / stats.avg_len)
                scores[number] = scores.get(number, 0.0) + idf * tf * (k1 + 1) / (tf + norm)
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [(self.documents[number], score) for number, score in best]


# --- Metrics -------------------------------------------------------------------------------------------


def average_precision(ranked: Sequence[str], gold: set[str], k: int = K) -> float:
    """AP@k as the task's scorer computes it: precision at each hit in the top k, over min(|gold|, k)."""
    if not gold:
        return 0.0
    hits = 0
    total = 0.0
    for position, key in enumerate(ranked[:k], start=1):
        if key in gold:
            hits += 1
            total += hits / position
    return total / min(len(gold), k)


def reciprocal_rank(ranked: Sequence[str], gold: set[str]) -> float:
    for position, key in enumerate(ranked, start=1):
        if key in gold:
            return 1.0 / position
    return 0.0


def recall(ranked: Sequence[str], gold: set[str], k: int) -> float:
    return len(gold & set(ranked[:k])) / len(gold) if gold else 0.0


def metrics(rankings: Mapping[str, Sequence[str]], gold: Mapping[str, set[str]]) -> dict[str, float]:
    """MAP@5, MRR and recall@5 over the queries with gold (a query without a ranking scores 0)."""
    keys = [key for key in gold if gold[key]]
    if not keys:
        return {"map@5": 0.0, "mrr": 0.0, "recall@5": 0.0}
    n = len(keys)
    return {
        "map@5": sum(average_precision(rankings.get(key, []), gold[key]) for key in keys) / n,
        "mrr": sum(reciprocal_rank(rankings.get(key, []), gold[key]) for key in keys) / n,
        "recall@5": sum(recall(rankings.get(key, []), gold[key], K) for key in keys) / n,
    }


def _line(name: str, figures: Mapping[str, float]) -> str:
    return f"{name:<33} " + "  ".join(f"{label}={value:.3f}" for label, value in figures.items())


# --- Runs ----------------------------------------------------------------------------------------------


@dataclass
class Split:
    """One split's tweets as queries, their gold, and their candidates from the first stage."""

    queries: dict[str, Candidate]
    gold: dict[str, set[str]]
    candidates: dict[str, list[Candidate]]


def load_split(directory: Path, split: str, index: Index) -> Split:
    tweets = read_queries(directory / split / "tweets.queries.tsv")
    gold = read_qrels(directory / split / "tweet-vclaim-pairs.qrels")
    df = index.stats.df
    queries = {
        key: with_split_tags(tweet_query(key, tweet), lambda term: df.get(term, 0))
        for key, tweet in tweets.items()
    }
    candidates = {key: [doc for doc, _ in index.search(query)] for key, query in queries.items()}
    return Split(queries, {key: gold.get(key, set()) for key in tweets}, candidates)


def candidate_recall(split: Split) -> float:
    """Share of the gold claims among the first stage's candidates: what the ranker can reach."""
    with_gold = [key for key, gold in split.gold.items() if gold]
    found = [
        recall([doc.key for doc in split.candidates[key]], split.gold[key], CANDIDATES) for key in with_gold
    ]
    return sum(found) / len(found) if found else 0.0


def bm25_rankings(split: Split) -> dict[str, list[str]]:
    return {key: [doc.key for doc in docs] for key, docs in split.candidates.items()}


def ranker_rankings(
    split: Split,
    stats: CorpusStats,
    weights: Weights | None = None,
    *,
    dense: bool = False,
    encoder: bool = False,
) -> dict[str, list[str]]:
    return {
        key: [
            match.key
            for match in rank(
                query,
                split.candidates[key],
                stats,
                top=CANDIDATES,
                weights=weights,
                dense=dense,
                encoder=encoder,
            )
        ]
        for key, query in split.queries.items()
    }


@dataclass
class Group:
    """Feature rows of one query's candidates and which of them are gold (the trainer's input)."""

    key: str
    keys: list[str]
    rows: list[list[float]]
    labels: list[int]
    features: tuple[str, ...] = FEATURES  # the rows' columns, in order


def feature_groups(
    split: Split, stats: CorpusStats, *, dense: bool = False, encoder: bool = False
) -> list[Group]:
    features = ENCODER_FEATURES if encoder else DENSE_FEATURES if dense else FEATURES
    groups = []
    for key, query in split.queries.items():
        docs = split.candidates[key]
        rows = [values for values, _ in pair_features(query, docs, stats, dense=dense, encoder=encoder)]
        labels = [int(doc.key in split.gold[key]) for doc in docs]
        groups.append(Group(key, [doc.key for doc in docs], rows, labels, features))
    return groups


def folds(keys: Sequence[str], n: int = FOLDS, seed: int = SEED) -> list[list[str]]:
    """``keys`` dealt into ``n`` folds in a fixed random order."""
    order = sorted(keys)
    random.Random(seed).shuffle(order)
    return [order[i::n] for i in range(n)]


def scored_rankings(groups: Iterable[Group], weights: Weights) -> dict[str, list[str]]:
    """Each group's candidates ordered by ``weights`` (ties keep the first stage's order, as ``rank``)."""
    out = {}
    for group in groups:
        scores = [weights.score(row) for row in group.rows]
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
        out[group.key] = [group.keys[i] for i in order]
    return out


def cross_validated_rankings(groups: list[Group]) -> dict[str, list[str]]:
    """Out-of-fold rankings: every tweet ordered by weights fitted without its fold."""
    from evaluation.train_matching import fit

    by_key = {group.key: group for group in groups}
    rankings: dict[str, list[str]] = {}
    for fold in folds(list(by_key)):
        held = set(fold)
        weights = fit([group for group in groups if group.key not in held])
        rankings.update(scored_rankings([by_key[key] for key in fold], weights))
    return rankings


# The L2 penalties a nested cross-validation chooses among (``train_matching.L2`` and ``L2_DENSE`` are
# among them: they were chosen by the plain cross-validation, which the nested one keeps honest).
NESTED_L2 = (1e-3, 3e-3, 1e-2)


def nested_cross_validated_rankings(
    groups: list[Group], gold: Mapping[str, set[str]], l2s: Sequence[float] = NESTED_L2
) -> tuple[dict[str, list[str]], list[float]]:
    """Out-of-fold rankings whose L2 penalty is chosen inside each fold's training tweets (by their own
    ``FOLDS - 1``-fold MAP@5), as the shipped penalty was chosen on all of train; and each fold's choice."""
    from evaluation.train_matching import fit

    by_key = {group.key: group for group in groups}
    rankings: dict[str, list[str]] = {}
    chosen: list[float] = []
    for fold in folds(list(by_key)):
        held = set(fold)
        inside = [key for key in by_key if key not in held]
        inner: dict[float, dict[str, list[str]]] = {l2: {} for l2 in l2s}
        for inner_fold in folds(inside, n=FOLDS - 1):
            inner_held = set(inner_fold)
            fitted_on = [by_key[key] for key in inside if key not in inner_held]
            for l2 in l2s:
                inner[l2].update(scored_rankings([by_key[key] for key in inner_fold], fit(fitted_on, l2=l2)))
        inside_gold = {key: gold[key] for key in inside}
        best = max(l2s, key=lambda l2: (metrics(inner[l2], inside_gold)["map@5"], -l2))
        chosen.append(best)
        weights = fit([by_key[key] for key in inside], l2=best)
        rankings.update(scored_rankings([by_key[key] for key in fold], weights))
    return rankings, chosen


def cross_validate(groups: list[Group], gold: Mapping[str, set[str]]) -> dict[str, float]:
    """Out-of-fold MAP@5, MRR and recall@5: every tweet scored by weights fitted without its fold."""
    return metrics(cross_validated_rankings(groups), gold)


BOOTSTRAP = 2000


def paired_bootstrap(
    a: Mapping[str, Sequence[str]],
    b: Mapping[str, Sequence[str]],
    gold: Mapping[str, set[str]],
    *,
    samples: int = BOOTSTRAP,
    seed: int = SEED,
) -> tuple[float, float, float]:
    """MAP@5 of ``b`` minus ``a`` on the same queries, and its 95% interval: the queries resampled with
    replacement ``samples`` times (a fixed seed), the difference's 2.5th and 97.5th percentiles."""
    keys = sorted(key for key in gold if gold[key])
    if not keys:
        return 0.0, 0.0, 0.0
    differences = [
        average_precision(b.get(key, []), gold[key]) - average_precision(a.get(key, []), gold[key])
        for key in keys
    ]
    n = len(differences)
    rng = random.Random(seed)
    means = sorted(sum(differences[rng.randrange(n)] for _ in range(n)) / n for _ in range(samples))
    return sum(differences) / n, means[int(0.025 * samples)], means[int(0.975 * samples) - 1]


def _print_nested(groups: list[Group], gold: Mapping[str, set[str]], name: str = "ranker + dense") -> None:
    try:
        nested, chosen = nested_cross_validated_rankings(groups, gold)
    except ValueError as exc:  # an inner fold without one tweet whose gold claim is a candidate
        print(f"train: no nested cross-validation ({exc})")
        return
    print(
        _line(f"train: {name}, nested CV", metrics(nested, gold))
        + f"  (L2 chosen inside each fold: {', '.join(f'{l2:g}' for l2 in chosen)})"
    )


def run(path: str, split: str = "dev", *, dense: bool = False, encoder: bool = False) -> int:
    """Print the figures; 0 on success, 2 on unreadable input. With ``dense``, the ranker with the dense
    feature too (``ranker_weights_dense.json`` on the split, refitted in cross-validation), and the
    difference it makes to cross-validated MAP@5 with a paired bootstrap interval. With ``encoder``, the
    same for the sentence encoder's feature on top of it (against the dense ranker)."""
    dense = dense or encoder
    directory = Path(path)
    started = time.monotonic()
    try:
        claims = read_claims(directory / "verified_claims.docs.tsv")
        index = Index(claims.values())
        evaluated = load_split(directory, split, index)
        train = load_split(directory, "train", index) if split != "train" else evaluated
    except (OSError, UnicodeDecodeError, IndexError) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 2
    print(f"{len(claims)} verified claims; {split}: {len(evaluated.queries)} tweets", end="")
    print(f"; train: {len(train.queries)} tweets")
    print(f"{split}: candidate recall@{CANDIDATES} = {candidate_recall(evaluated):.3f}")
    print(_line(f"{split}: BM25", metrics(bm25_rankings(evaluated), evaluated.gold)))
    print(
        _line(
            f"{split}: ranker (shipped weights)",
            metrics(ranker_rankings(evaluated, index.stats), evaluated.gold),
        )
    )
    if dense:
        dense_split = metrics(ranker_rankings(evaluated, index.stats, dense=True), evaluated.gold)
        print(_line(f"{split}: ranker + dense (shipped)", dense_split))
    if encoder:
        encoder_split = metrics(ranker_rankings(evaluated, index.stats, encoder=True), evaluated.gold)
        print(_line(f"{split}: ranker + encoder (shipped)", encoder_split))
    train_groups = feature_groups(train, index.stats)
    print(f"train: candidate recall@{CANDIDATES} = {candidate_recall(train):.3f}")
    print(_line("train: BM25", metrics(bm25_rankings(train), train.gold)))
    try:
        plain = cross_validated_rankings(train_groups)
        print(_line(f"train: ranker, {FOLDS}-fold CV", metrics(plain, train.gold)))
        if dense:
            dense_groups = feature_groups(train, index.stats, dense=True)
            with_dense = cross_validated_rankings(dense_groups)
            print(_line(f"train: ranker + dense, {FOLDS}-fold CV", metrics(with_dense, train.gold)))
            difference, low, high = paired_bootstrap(plain, with_dense, train.gold)
            print(
                f"train: dense minus plain, {FOLDS}-fold CV MAP@5 {difference:+.3f} "
                f"(95% paired bootstrap interval {low:+.3f} .. {high:+.3f})"
            )
            _print_nested(dense_groups, train.gold)
            if encoder:
                encoder_groups = feature_groups(train, index.stats, encoder=True)
                with_encoder = cross_validated_rankings(encoder_groups)
                print(_line(f"train: ranker + encoder, {FOLDS}-fold CV", metrics(with_encoder, train.gold)))
                difference, low, high = paired_bootstrap(with_dense, with_encoder, train.gold)
                print(
                    f"train: encoder minus dense, {FOLDS}-fold CV MAP@5 {difference:+.3f} "
                    f"(95% paired bootstrap interval {low:+.3f} .. {high:+.3f})"
                )
                _print_nested(encoder_groups, train.gold, "ranker + encoder")
    except ValueError as exc:  # a fold without one tweet whose gold claim is a candidate
        print(f"train: no cross-validation ({exc})")
    print(f"({time.monotonic() - started:.0f} s)")
    return 0
