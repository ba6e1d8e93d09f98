"""``manage.py train_checkworthiness --from-reviews``: the desk's judgements become training data, the
shipped model stays, held-out figures are reported for both models."""

from __future__ import annotations

import json
import random
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from annotations import corrections, services
from annotations.management.commands.train_checkworthiness import desk_examples, is_held_back
from factcheck.extraction.checkworthiness import MODEL_PATH
from factcheck.matching import encoder

pytest.importorskip("sklearn", reason="training needs the development extra (scikit-learn)")

WORTHY = [
    "The unemployment rate fell to {n} percent last year.",
    "More than {n} people were killed in the attack, officials said.",
    "The government spent {n} million dollars on the programme.",
    "Crime has risen by {n} percent since {y}.",
    "Exports grew {n} percent in {y}, the ministry said.",
]
UNWORTHY = [
    "Thank you very much, it is great to be here tonight.",
    "Let me tell you what I think about that question.",
    "We will see what happens, {n} things are possible.",
    "I want to thank my family and my friends.",
    "Well, you know, that is a very good question.",
]


def ct24(path: Path, first_id: int, rows: int, seed: int) -> str:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Sentence_id\tText\tclass_label\n")
        for n in range(rows):
            worthy = rng.random() < 0.4
            text = rng.choice(WORTHY if worthy else UNWORTHY).format(
                n=rng.randint(2, 900), y=rng.randint(1990, 2020)
            )
            fh.write(f"{first_id + n}\t{text}\t{'Yes' if worthy else 'No'}\n")
    return str(path)


def test_desk_judgements_train_a_model_that_is_scored_on_held_out_data(tmp_path, claims, article, reviewer):
    services.claim_annotate(claim=claims[0], by=reviewer)  # reviewed: check-worthy
    corrections.claim_update(claim=claims[3], by=reviewer, not_a_claim=True)  # not a claim at all
    corrections.claim_add(article=article, start=0, end=29, by=reviewer)  # added: check-worthy
    review = services.claim_annotate(claim=claims[2], by=reviewer).review
    services.review_dismiss(review=review, by=reviewer, reason="Logistics, not a claim.")
    examples = desk_examples()
    assert sorted(label for *_, label in examples) == [False, False, True, True]

    shipped = MODEL_PATH.read_bytes()
    out = tmp_path / "desk-model.json"
    stdout = StringIO()
    call_command(
        "train_checkworthiness",
        "--from-reviews",
        "--data",
        ct24(tmp_path / "train.tsv", 1, 400, 1),
        "--data",
        ct24(tmp_path / "dev.tsv", 5000, 120, 2),
        "--test",
        ct24(tmp_path / "test.tsv", 9000, 120, 3),
        "--out",
        str(out),
        "--group-size",
        "50",
        "--cv",
        "3",
        "--held-back",
        "0",
        stdout=stdout,
    )
    text = stdout.getvalue()
    assert "Desk examples: 4 (2 check-worthy) from 1 articles; 0 held back." in text
    assert "CheckThat! test.tsv (120 sentences): current" in text and "retrained" in text
    assert "the desk's held-back claims: none (too few articles to hold any back)" in text
    distilled = encoder.available()  # a dev install has it: then trained as the shipped model is
    assert ("Distilled from the sentence encoder" in text) is distilled
    model = json.loads(out.read_text())
    assert model["meta"]["n"] == 400 + 120 + 4  # CheckThat! train and dev, and the desk's four
    assert ("distilled" in model["meta"]) is distilled
    assert MODEL_PATH.read_bytes() == shipped  # the default does not change unless someone opts in


def test_held_back_articles_are_the_same_on_every_run():
    assert [is_held_back(n, 0.2) for n in range(200)] == [is_held_back(n, 0.2) for n in range(200)]
    assert 20 <= sum(is_held_back(n, 0.2) for n in range(200)) <= 60
    assert not any(is_held_back(n, 0.0) for n in range(50))


def test_without_desk_data_or_files_it_says_what_is_missing(db, tmp_path):
    with pytest.raises(CommandError, match="not found"):
        call_command("train_checkworthiness", "--from-reviews", "--data", str(tmp_path / "none.tsv"))
    train = ct24(tmp_path / "t.tsv", 1, 10, 1)
    with pytest.raises(CommandError, match="No reviewed, added or rejected claims yet"):
        call_command("train_checkworthiness", "--from-reviews", "--data", train, "--test", train)
