"""``python -m evaluation claim-retrieval``: metrics, readers and the pipeline on a tiny synthetic task."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from evaluation.__main__ import main as evaluate_main
from evaluation.claim_retrieval import (
    NESTED_L2,
    Group,
    Index,
    average_precision,
    folds,
    metrics,
    nested_cross_validated_rankings,
    paired_bootstrap,
    read_claims,
    read_qrels,
    read_queries,
    reciprocal_rank,
    run,
    tweet_query,
)
from evaluation.train_matching import main as train_main
from factcheck.matching import encoder
from factcheck.matching.ranking import DENSE_FEATURES, ENCODER_FEATURES, FEATURES, load_weights

CLAIMS = [
    ("0", "250,000 people live under siege in eastern Aleppo.", "Are 250,000 People Under Siege in Aleppo?"),
    ("1", "The animals of the Aleppo zoo were moved to Turkey.", "Aleppo Zoo Animals Moved"),
    ("2", "Maxine Waters said Muslims were pushed into terrorism by climate inaction.", "Maxine Waters"),
    ("3", "A photograph shows a shark swimming on a flooded highway in Houston.", "Shark on Highway"),
    ("4", "Mexican troops provided aid after Hurricane Katrina.", "Mexican Troops Aid After Katrina"),
    ("5", 'A "viral" video shows\na hippo rescuing a zebra.', "Hippo Rescues Zebra"),
    ("6", "Portugal has no net neutrality rules.", "Portugal and Net Neutrality"),
    ("7", "Eating chocolate daily improves memory in adults.", "Chocolate and Memory"),
    ("8", "The Eiffel Tower was sold twice by a con man.", "Eiffel Tower Sold Twice"),
    ("9", "Unemployment fell to 3.5 percent in September.", "Unemployment at 3.5 Percent"),
]
TWEETS = [
    ("t0", "Half a million? No: 250,000 under siege in #Aleppo tonight", "0"),
    ("t1", "The Aleppo zoo animals are safe in Turkey now pic.twitter.com/abc", "1"),
    (
        "t2",
        "Our inaction on climate pushed them to this. — Maxine P. Waters (@MaxineVVaters) June 3, 2017",
        "2",
    ),
    ("t3", "A shark on the highway in Houston!! https://t.co/x", "3"),
    ("t4", "Mexico sent troops to help during Katrina", "4"),
    ("t5", "This hippo saving a zebra is the best video", "5"),
    ("t6", "In Portugal, with no net neutrality, the internet is split into packages", "6"),
    ("t7", "Chocolate every day boosts your memory, study says", "7"),
    ("t8", "The con man who sold the Eiffel Tower twice", "8"),
    ("t9", "Unemployment is down to 3.5% — Some One (@someone) October 4, 2019", "9"),
]


def write_task(root: Path) -> Path:
    rows = ["\tvclaim\ttitle"]
    for key, text, title in CLAIMS:
        text = '"' + text.replace('"', '""') + '"' if '"' in text or "\n" in text else text
        rows.append(f"{key}\t{text}\t{title}")
    (root / "verified_claims.docs.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for split, chosen in (("train", TWEETS), ("dev", TWEETS[:4])):
        (root / split).mkdir()
        queries = ["\ttweet_content"] + [f"{key}\t{text}" for key, text, _ in chosen]
        (root / split / "tweets.queries.tsv").write_text("\n".join(queries) + "\n", encoding="utf-8")
        qrels = [f"{key}\t0\t{claim}\t1" for key, _, claim in chosen]
        (root / split / "tweet-vclaim-pairs.qrels").write_text("\n".join(qrels) + "\n", encoding="utf-8")
    return root


def test_average_precision_and_reciprocal_rank() -> None:
    assert average_precision(["a", "b"], {"a"}) == 1.0
    assert average_precision(["x", "a"], {"a"}) == 0.5
    assert average_precision(["x", "y", "z", "w", "v", "a"], {"a"}) == 0.0  # beyond 5
    assert average_precision(["a", "x", "b"], {"a", "b"}) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([], {"a"}) == 0.0
    assert reciprocal_rank(["x", "y", "a"], {"a"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(["x"], {"a"}) == 0.0


def test_metrics_average_over_queries_with_gold() -> None:
    gold = {"q1": {"a"}, "q2": {"b"}, "q3": {"c"}, "q4": set()}
    rankings = {"q1": ["a", "x"], "q2": ["x", "x2", "b"]}  # q3 has no ranking: it scores 0
    figures = metrics(rankings, gold)
    assert figures["map@5"] == pytest.approx((1 + 1 / 3 + 0) / 3)
    assert figures["mrr"] == pytest.approx((1 + 1 / 3 + 0) / 3)
    assert figures["recall@5"] == pytest.approx(2 / 3)
    assert metrics({}, {}) == {"map@5": 0.0, "mrr": 0.0, "recall@5": 0.0}


def test_readers_keep_line_breaks_inside_quotes(tmp_path: Path) -> None:
    root = write_task(tmp_path)
    claims = read_claims(root / "verified_claims.docs.tsv")
    assert len(claims) == len(CLAIMS)
    assert claims["5"].text == 'A "viral" video shows\na hippo rescuing a zebra.'
    assert claims["5"].title == "Hippo Rescues Zebra"
    assert read_queries(root / "dev" / "tweets.queries.tsv")["t1"].startswith("The Aleppo zoo")
    assert read_qrels(root / "dev" / "tweet-vclaim-pairs.qrels") == {f"t{i}": {str(i)} for i in range(4)}


def test_a_tweets_signature_is_its_speaker() -> None:
    query = tweet_query(
        "7", "Our inaction pushed them to this. — Maxine P. Waters (@MaxineVVaters) June 3, 2017"
    )
    assert query.text.startswith("Our inaction pushed them to this. — Maxine")
    assert query.speaker == "Maxine P. Waters"
    assert query.key == "tweet:7"
    assert tweet_query("8", "No signature here").text == "No signature here"


def test_the_index_finds_candidates_by_bm25(tmp_path: Path) -> None:
    index = Index(read_claims(write_task(tmp_path) / "verified_claims.docs.tsv").values())
    found = index.search(tweet_query("t", "animals of the Aleppo zoo"))
    assert [doc.key for doc, _ in found][:2] == ["1", "0"]
    assert found[0][1] > found[1][1] > 0
    assert index.stats.n_docs == len(CLAIMS)
    assert index.search(tweet_query("t", "nothing matches xyzzy")) == []


def test_folds_partition_the_keys_the_same_way_every_time() -> None:
    keys = [str(i) for i in range(23)]
    first = folds(keys)
    assert len(first) == 5
    assert sorted(key for fold in first for key in fold) == sorted(keys)
    assert folds(list(reversed(keys))) == first


def test_run_prints_the_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_task(tmp_path)
    assert evaluate_main(["claim-retrieval", str(root)]) == 0
    out = capsys.readouterr().out
    assert "dev: BM25" in out and "ranker (shipped weights)" in out and "5-fold CV" in out
    assert "candidate recall@100 = 1.000" in out
    assert "map@5=" in out and "mrr=" in out and "recall@5=" in out


def test_run_on_a_missing_directory_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(str(tmp_path / "absent")) == 2
    assert "cannot read" in capsys.readouterr().err


def test_training_writes_weights_the_ranker_reads(tmp_path: Path) -> None:
    root = write_task(tmp_path)
    for path in (root / "dev").iterdir():  # training never reads dev
        path.unlink()
    (root / "dev").rmdir()
    out = tmp_path / "weights.json"
    assert train_main([str(root), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    weights = dict(zip(FEATURES, load_weights(out).weights, strict=True))
    assert weights["figure_conflict"] <= 0 <= weights["same_speaker"]


def test_run_with_dense_prints_both_and_the_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("wordllama")
    root = write_task(tmp_path)
    assert evaluate_main(["claim-retrieval", str(root), "--dense"]) == 0
    out = capsys.readouterr().out
    assert "dev: ranker (shipped weights)" in out and "dev: ranker + dense (shipped)" in out
    assert "train: ranker, 5-fold CV" in out and "train: ranker + dense, 5-fold CV" in out
    assert "dense minus plain, 5-fold CV MAP@5" in out and "95% paired bootstrap interval" in out
    # ten tweets are too few for folds within folds: said, not hidden
    assert "train: no nested cross-validation" in out


needs_encoder = pytest.mark.skipif(
    not encoder.available(), reason="the sentence encoder (requirements-encoder.txt) is not installed"
)


@needs_encoder
def test_run_with_the_encoder_prints_it_beside_the_dense_ranker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_task(tmp_path)
    assert evaluate_main(["claim-retrieval", str(root), "--encoder"]) == 0
    out = capsys.readouterr().out
    assert "dev: ranker + dense (shipped)" in out
    assert re.search(r"^dev: ranker \+ encoder \(shipped\) +map@5=", out, re.MULTILINE)
    assert re.search(r"^train: ranker \+ encoder, 5-fold CV +map@5=", out, re.MULTILINE)
    assert "encoder minus dense, 5-fold CV MAP@5" in out


@needs_encoder
def test_training_with_the_encoder_writes_its_weights(tmp_path: Path) -> None:
    root = write_task(tmp_path)
    out = tmp_path / "weights.json"
    assert train_main([str(root), "--encoder", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["features"] == list(ENCODER_FEATURES)
    assert "--encoder" in data["trained_on"]
    weights = dict(zip(ENCODER_FEATURES, load_weights(out, ENCODER_FEATURES).weights, strict=True))
    assert weights["encoder"] >= 0 and "dense" not in weights  # the encoder's cosine in the dense one's place
    with pytest.raises(ValueError, match="unknown features"):
        load_weights(out, DENSE_FEATURES)


def test_the_paired_bootstrap_interval_brackets_the_difference_and_is_repeatable() -> None:
    gold = {f"q{i}": {"a"} for i in range(40)}
    first = {key: ["a", "b"] for key in gold}
    second = {key: ["b", "a"] if i % 4 == 0 else ["a", "b"] for i, key in enumerate(gold)}
    assert paired_bootstrap(first, first, gold) == (0.0, 0.0, 0.0)
    difference, low, high = paired_bootstrap(first, second, gold)
    assert difference == pytest.approx(-0.125)  # a quarter of the queries lose half their AP
    assert low <= difference <= high < 0
    assert paired_bootstrap(first, second, gold) == (difference, low, high)


def test_training_with_dense_writes_the_dense_weights(tmp_path: Path) -> None:
    pytest.importorskip("wordllama")
    root = write_task(tmp_path)
    out = tmp_path / "weights.json"
    assert train_main([str(root), "--dense", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["features"] == list(DENSE_FEATURES)
    weights = dict(zip(DENSE_FEATURES, load_weights(out, DENSE_FEATURES).weights, strict=True))
    assert weights["dense"] >= 0
    with pytest.raises(ValueError, match="unknown features"):
        load_weights(out)  # the dense weights are not the plain ranker's


def test_the_nested_cross_validation_chooses_a_penalty_per_fold_and_ranks_every_tweet() -> None:
    groups = []
    for i in range(30):
        rows = [[0.0] * len(FEATURES) for _ in range(4)]
        for j, row in enumerate(rows):
            row[0] = float(j)  # BM25: the gold (the last) scores highest
            row[5] = 0.1 * ((i + j) % 3)  # coverage: noise
        groups.append(Group(f"q{i}", ["a", "b", "c", "gold"], rows, [0, 0, 0, 1]))
    gold = {group.key: {"gold"} for group in groups}
    rankings, chosen = nested_cross_validated_rankings(groups, gold)
    assert len(chosen) == 5 and set(chosen) <= set(NESTED_L2)
    assert set(rankings) == set(gold)
    assert metrics(rankings, gold)["map@5"] == 1.0
