"""The blind debate rounds of ``tests/data/debates_newsquant``: their pool, their draws, and the next one.

    python -m evaluation.debate_rounds ../shared/eval/ct24/train.tsv --check
    python -m evaluation.debate_rounds ../shared/eval/ct24/train.tsv --draw --out round.json

Kept in the repository because it was lost twice and rebuilt from the set's README each time. The pool is
every CheckThat! 2024 training sentence of 30 to 400 characters on one line, one for each distinct text,
that holds a digit run other than a year (1800 to 2099) or a number word of ``NUMBER_WORDS``. Round ``n``
is ``random.Random(FIRST_SEED + n - 1).sample(rest, 240)`` of what the rounds before left, in the pool's
file order; its first 120 ids are file ``2n - 1``, the others file ``2n``. ``--check`` redraws every
round the folder holds and compares the ids; ``--draw`` writes the next round's ids and texts for the
labellers (the texts are CheckThat!'s: the labelled files cite ids only). With ``--dev dev.tsv`` both do the
same for the one round of CheckThat!'s dev sentences, drawn once the training pool was used up
(``dev_round``; its halves are ``DEV_FILES``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from evaluation.train import read_tsv

__all__ = ["FIRST_SEED", "ROUND_SIZE", "draw", "pool", "round_files"]

FIRST_SEED = 20261235
DEV_SEED = 20261253  # the dev round's, after the eighteen rounds of the training file
DEV_FILES = ("dev_round1.json", "dev_round2.json")
ROUND_SIZE = 240
FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "debates_newsquant"
_NUMBER_WORD_LIST = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion dozen dozens hundreds thousands millions billions"
)
NUMBER_WORDS = tuple(_NUMBER_WORD_LIST.split())
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def _not_a_year(run: str) -> bool:
    return not (len(run) == 4 and 1800 <= int(run) <= 2099)


def pool(records: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(id, text)`` of the sentences a round may draw, in file order."""
    seen: set[str] = set()
    kept = []
    for sentence_id, text in records:
        if not 30 <= len(text) <= 400 or "\n" in text or text in seen:
            continue
        if any(map(_not_a_year, _DIGITS.findall(text))) or _NUMBER_WORD.search(text):
            seen.add(text)
            kept.append((sentence_id, text))
    return kept


def draw(sentences: list[tuple[str, str]], rounds: int) -> list[list[tuple[str, str]]]:
    """The first ``rounds`` rounds drawn from ``sentences`` (each from what the ones before left)."""
    drawn = []
    rest = sentences
    for number in range(1, rounds + 1):
        chosen = random.Random(FIRST_SEED + number - 1).sample(rest, min(ROUND_SIZE, len(rest)))
        drawn.append(chosen)
        ids = {sentence_id for sentence_id, _ in chosen}
        rest = [item for item in rest if item[0] not in ids]
    return drawn


def dev_round(records: Iterable[tuple[str, str]], train: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Every sentence of the dev file the same rule keeps, but texts of the training pool, in the order
    ``random.Random(DEV_SEED)`` shuffles them."""
    seen = {text for _, text in train}
    kept = [item for item in pool(records) if item[1] not in seen]
    return random.Random(DEV_SEED).sample(kept, len(kept))


def round_files(folder: Path = FOLDER) -> list[list[str]]:
    """The ids of each labelled round in ``folder``: files ``2n - 1`` and ``2n`` make round ``n``."""
    rounds = []
    number = 1
    while (first := folder / f"debates{2 * number - 1}.json").exists():
        second = folder / f"debates{2 * number}.json"
        rows = json.loads(first.read_text(encoding="utf-8"))
        if second.exists():
            rows += json.loads(second.read_text(encoding="utf-8"))
        rounds.append([row["doc_id"] for row in rows])
        number += 1
    return rounds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train", help="CheckThat! 2024 train.tsv")
    parser.add_argument("--folder", default=str(FOLDER), help="the labelled rounds")
    parser.add_argument("--check", action="store_true", help="redraw every labelled round and compare ids")
    parser.add_argument("--draw", action="store_true", help="write the next round's ids and texts")
    parser.add_argument("--out", default="round.json", help="where --draw writes")
    parser.add_argument("--dev", help="CheckThat! 2024 dev.tsv: check or draw the dev round instead")
    args = parser.parse_args(argv)
    sentences = pool((sentence_id, text) for sentence_id, text, _ in read_tsv(args.train))
    if args.dev:
        return _dev_main(args, sentences)
    labelled = round_files(Path(args.folder))
    drawn = draw(sentences, len(labelled) + args.draw)
    print(f"pool: {len(sentences)} sentences; {len(labelled)} rounds labelled")
    failed = 0
    for number, (want, got) in enumerate(zip(labelled, drawn, strict=False), 1):
        same = want == [sentence_id for sentence_id, _ in got]
        failed += not same
        if args.check or not same:
            print(f"  round {number}: {'the same ids' if same else 'DIFFERENT ids'}")
    left = len(sentences) - sum(map(len, drawn))
    if args.draw and not failed:
        number = len(labelled) + 1
        rows = [{"doc_id": sentence_id, "text": text} for sentence_id, text in drawn[-1]]
        Path(args.out).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"round {number} (seed {FIRST_SEED + number - 1}): {len(rows)} sentences -> {args.out}")
    print(f"{left} sentences left after the rounds drawn")
    return 1 if failed else 0


def _dev_main(args: argparse.Namespace, sentences: list[tuple[str, str]]) -> int:
    drawn = dev_round(((sentence_id, text) for sentence_id, text, _ in read_tsv(args.dev)), sentences)
    print(f"dev round (seed {DEV_SEED}): {len(drawn)} sentences")
    files = [Path(args.folder) / name for name in DEV_FILES]
    if args.check and all(path.exists() for path in files):
        ids = [row["doc_id"] for path in files for row in json.loads(path.read_text(encoding="utf-8"))]
        same = ids == [sentence_id for sentence_id, _ in drawn]
        print(f"  dev round: {'the same ids' if same else 'DIFFERENT ids'}")
        return 0 if same else 1
    if args.draw:
        rows = [{"doc_id": sentence_id, "text": text} for sentence_id, text in drawn]
        Path(args.out).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"  -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
