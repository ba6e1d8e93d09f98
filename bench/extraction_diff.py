"""Differential test of ``extract``: a git revision's output against the working tree's, on all our texts.

    python bench/extraction_diff.py [--baseline REF] [--eval ../shared/eval] [--show N]

Both versions run in this process (``evaluation.baseline.materialise``) on the evaluation texts (ECB+
articles, NewsQuant, CheckThat! 2024 all splits, also run together as debate passages, QuanTemp,
quantulum3's test sentences, CheckThat! 2020 tweets and verified claims) and the repository's own
(seeds, test data, test strings), and every field of every sentence is compared, floats to the bit.
Prints the texts and sentences compared per set and each difference; exits 1 if there is any. Data
files under ``--eval`` that no reader here knows are listed, so a new set is not silently skipped.
The failures the working tree's ``extract`` contained and logged are counted by stage (the baseline
contained them silently).
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.baseline import DEFAULT_REF, Comparison, compare, materialise, repo_texts  # noqa: E402
from evaluation.quantemp import read_claims  # noqa: E402
from evaluation.train import read_tsv  # noqa: E402
from factcheck.extraction import extract  # noqa: E402

DEBATE_PASSAGE = 30  # consecutive CheckThat! sentences run together, so speakers resolve across them


def _jsonl(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line).get("text") or "" for line in fh if line.strip()]


def _json_field(name: str) -> Callable[[Path], list[str]]:
    def read(path: Path) -> list[str]:
        with open(path, encoding="utf-8") as fh:
            return [row[name] for row in json.load(fh)]

    return read


def _ct24(path: Path) -> list[str]:
    return [text for _, text, _ in read_tsv(path)]


def _ct24_passages(path: Path) -> list[str]:
    texts = _ct24(path)
    return [" ".join(texts[i : i + DEBATE_PASSAGE]) for i in range(0, len(texts), DEBATE_PASSAGE)]


def _tsv_columns(*columns: str) -> Callable[[Path], list[str]]:
    """Cells of the named columns; a real CSV reader, as some cells hold line breaks."""

    def read(path: Path) -> list[str]:
        with open(path, encoding="utf-8", newline="") as fh:
            return [row[c] for row in csv.DictReader(fh, delimiter="\t") for c in columns if row.get(c)]

    return read


def _quantemp(path: Path) -> list[str]:
    return [claim for claim, _ in read_claims(str(path))]


# (set name, path under the evaluation folder, reader)
READERS: list[tuple[str, str, Callable[[Path], list[str]]]] = [
    ("ECB+ articles", "ecbplus/articles.jsonl", _jsonl),
    ("NewsQuant dev", "newsquant/dev.json", _json_field("text")),
    ("CheckThat! 2024 train", "ct24/train.tsv", _ct24),
    ("CheckThat! 2024 dev", "ct24/dev.tsv", _ct24),
    ("CheckThat! 2024 dev-test", "ct24/dev-test.tsv", _ct24),
    ("CheckThat! 2024 train, passages", "ct24/train.tsv", _ct24_passages),
    ("CheckThat! 2024 dev, passages", "ct24/dev.tsv", _ct24_passages),
    ("CheckThat! 2024 dev-test, passages", "ct24/dev-test.tsv", _ct24_passages),
    ("QuanTemp claims", "quantemp/complex_num_facts_categorized_subset.csv", _quantemp),
    ("quantulum3 tests", "quantulum3/quantities.json", _json_field("req")),
    ("quantulum3 ambiguity tests", "quantulum3/quantities.ambiguity.json", _json_field("req")),
    (
        "CheckThat! 2020 train tweets",
        "claim-retrieval/train/tweets.queries.tsv",
        _tsv_columns("tweet_content"),
    ),
    ("CheckThat! 2020 dev tweets", "claim-retrieval/dev/tweets.queries.tsv", _tsv_columns("tweet_content")),
    (
        "CheckThat! 2020 verified claims",
        "claim-retrieval/verified_claims.docs.tsv",
        _tsv_columns("vclaim", "title"),
    ),
]
# Data files that hold no running text (labels, scores).
NOT_TEXT = {"newsquant/published_scores_full_set.tsv", "claim-retrieval/dev/tweet-vclaim-pairs.qrels"}
NOT_TEXT |= {"claim-retrieval/train/tweet-vclaim-pairs.qrels"}
DATA_SUFFIXES = {".json", ".jsonl", ".tsv", ".csv", ".qrels", ".txt"}


def unread_files(eval_dir: Path) -> list[str]:
    known = {path for _, path, _ in READERS} | NOT_TEXT
    return sorted(
        str(p.relative_to(eval_dir))
        for p in eval_dir.rglob("*")
        if p.is_file()
        and p.suffix.lower() in DATA_SUFFIXES
        and not p.name.upper().startswith(("LICENSE", "COPYING"))
        and str(p.relative_to(eval_dir)) not in known
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--baseline", default=DEFAULT_REF, help=f"git revision to compare with (default {DEFAULT_REF})"
    )
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"), help="evaluation data folder")
    parser.add_argument("--show", type=int, default=50, help="differences printed (all are counted)")
    args = parser.parse_args(argv)

    baseline = materialise(args.baseline)
    print(f"baseline {args.baseline} ({baseline.__name__}) against the working tree ({ROOT})")
    eval_dir = Path(args.eval)
    sets: list[tuple[str, list[str]]] = []
    if eval_dir.is_dir():
        for name, relative, read in READERS:
            path = eval_dir / relative
            if path.exists():
                sets.append((name, read(path)))
            else:
                print(f"  (missing: {path})")
        for relative in unread_files(eval_dir):
            print(f"  (no reader for {relative}: not compared)")
    else:
        print(f"  (no evaluation folder at {eval_dir}: repository texts only)")
    sets.extend(repo_texts().items())

    total = Comparison()
    started = time.perf_counter()
    with _counting_logged_failures() as failures:
        for name, texts in sets:
            result = compare(name, texts, baseline.extract, extract)
            total.add(result)
            print(
                f"  {name:<36}{result.texts:>7} texts {result.sentences:>8} sentences "
                f"{len(result.differences):>5} differing"
            )
    for line in total.differences[: args.show]:
        print(line)
    print(
        f"compared {total.texts} texts, {total.sentences} sentences "
        f"in {time.perf_counter() - started:.1f} s: {len(total.differences)} texts with differences"
    )
    stages = ", ".join(f"{stage} {count}" for stage, count in sorted(failures.items())) or "none"
    print(f"failures the working tree contained and logged, by stage: {stages}")
    return 1 if total.differences else 0


@contextmanager
def _counting_logged_failures() -> Iterator[Counter[str]]:
    """Count ``factcheck.extraction`` warnings by stage, instead of printing them, while in the block."""
    counts: Counter[str] = Counter()

    class _Count(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            counts[getattr(record, "stage", "?")] += 1

    logger = logging.getLogger("factcheck.extraction")
    handler, propagate = _Count(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield counts
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


if __name__ == "__main__":
    sys.exit(main())
