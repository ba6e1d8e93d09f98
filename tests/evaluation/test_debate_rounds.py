"""The debate rounds' pool and draws: the README's rule, each round from what the others left."""

from __future__ import annotations

import json
import random
from pathlib import Path

from evaluation import debate_rounds
from evaluation.debate_rounds import FIRST_SEED, draw, main, pool, round_files


def test_the_pool_keeps_one_line_sentences_of_30_to_400_characters_with_a_count() -> None:
    records = [
        ("1", "We cut taxes for 95 percent of working families."),  # a digit run
        ("2", "We have five treaties with Latin America and more."),  # a number word
        ("3", "In 1948 we agreed not to intervene in the affairs."),  # a year is no count
        ("4", "Someone said it."),  # under 30 characters
        ("5", "Millions of people lost their insurance\nlast year."),  # on two lines
        ("6", "We cut taxes for 95 percent of working families."),  # the same text again
        ("7", "The Oneida nation and the tennis courts were there."),  # "one" inside a word
        ("8", "He said " + "x" * 400 + " 12 times."),  # over 400 characters
        ("9", "In 1948 and in 2004 there were 300 of them there."),  # a year and a count
    ]
    assert [sentence_id for sentence_id, _ in pool(records)] == ["1", "2", "9"]


def test_each_round_draws_from_what_the_rounds_before_left(monkeypatch) -> None:
    monkeypatch.setattr(debate_rounds, "ROUND_SIZE", 4)
    sentences = [(str(i), f"sentence {i} with 12 figures in it, long enough") for i in range(10)]
    rounds = draw(sentences, 3)
    assert rounds[0] == random.Random(FIRST_SEED).sample(sentences, 4)
    rest = [s for s in sentences if s not in rounds[0]]
    assert rounds[1] == random.Random(FIRST_SEED + 1).sample(rest, 4)
    assert len(rounds[2]) == 2  # the pool's last two
    assert sorted(s for r in rounds for s in r) == sorted(sentences)


def _write_round(folder: Path, number: int, ids: list[str]) -> None:
    half = len(ids) // 2
    for file_number, part in ((2 * number - 1, ids[:half]), (2 * number, ids[half:])):
        rows = [{"doc_id": i, "start": 0, "end": 1, "quantities": []} for i in part]
        (folder / f"debates{file_number}.json").write_text(json.dumps(rows), encoding="utf-8")


def test_check_passes_on_the_labelled_rounds_and_draw_writes_the_next(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(debate_rounds, "ROUND_SIZE", 4)
    train = tmp_path / "train.tsv"
    lines = ["Sentence_id\tText\tclass_label"]
    lines += [f"{i}\tWe spent {i} billion dollars on the program that year.\tNo" for i in range(100, 112)]
    train.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sentences = pool(
        (str(i), f"We spent {i} billion dollars on the program that year.") for i in range(100, 112)
    )
    first = [sentence_id for sentence_id, _ in draw(sentences, 1)[0]]
    folder = tmp_path / "rounds"
    folder.mkdir()
    _write_round(folder, 1, first)
    assert round_files(folder) == [first]
    assert main([str(train), "--folder", str(folder), "--check"]) == 0
    assert "round 1: the same ids" in capsys.readouterr().out

    out = tmp_path / "next.json"
    assert main([str(train), "--folder", str(folder), "--draw", "--out", str(out)]) == 0
    drawn = json.loads(out.read_text(encoding="utf-8"))
    assert [row["doc_id"] for row in drawn] == [sentence_id for sentence_id, _ in draw(sentences, 2)[1]]
    assert not set(first) & {row["doc_id"] for row in drawn}
    assert all(row["text"].startswith("We spent ") for row in drawn)

    _write_round(folder, 1, list(reversed(first)))  # a round the rule does not give
    assert main([str(train), "--folder", str(folder), "--check"]) == 1
    assert "DIFFERENT ids" in capsys.readouterr().out


def test_the_dev_round_is_every_dev_sentence_the_rule_keeps_but_the_training_pools(tmp_path, capsys) -> None:
    train = [("1", "We spent 12 billion dollars on the program that year.")]
    dev_records = [
        ("50", "We spent 12 billion dollars on the program that year."),  # a training text again
        ("51", "They hired 300 new teachers in the state that spring."),
        ("52", "Nobody here said a single word about it at all."),  # no count
        ("53", "Five new schools opened their doors in the fall."),
    ]
    drawn = debate_rounds.dev_round(dev_records, train)
    assert sorted(sentence_id for sentence_id, _ in drawn) == ["51", "53"]
    assert drawn == random.Random(debate_rounds.DEV_SEED).sample([dev_records[1], dev_records[3]], 2)

    train_file, dev_file = tmp_path / "train.tsv", tmp_path / "dev.tsv"
    train_file.write_text("Sentence_id\tText\tclass_label\n1\t" + train[0][1] + "\tNo\n", encoding="utf-8")
    dev_file.write_text(
        "Sentence_id\tText\tclass_label\n" + "".join(f"{i}\t{t}\tNo\n" for i, t in dev_records),
        encoding="utf-8",
    )
    out = tmp_path / "dev_round.json"
    assert main([str(train_file), "--dev", str(dev_file), "--draw", "--out", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [row["doc_id"] for row in rows] == [sentence_id for sentence_id, _ in drawn]
    folder = tmp_path / "rounds"
    folder.mkdir()
    for name, part in zip(debate_rounds.DEV_FILES, (rows[:1], rows[1:]), strict=True):
        (folder / name).write_text(json.dumps([{"doc_id": r["doc_id"]} for r in part]), encoding="utf-8")
    capsys.readouterr()
    assert main([str(train_file), "--dev", str(dev_file), "--folder", str(folder), "--check"]) == 0
    assert "dev round: the same ids" in capsys.readouterr().out
