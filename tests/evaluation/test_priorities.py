"""``python -m evaluation priorities``: the shares of the priority tiers in news, with the default scores
or the sentence encoder's."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from evaluation.__main__ import main as evaluate_main
from factcheck.checkworthiness import encoder_scorer
from factcheck.extraction import extract
from factcheck.extraction.types import Priority
from factcheck.matching import encoder
from tests.corrections.conftest import TEXT

OTHER = (
    "The storm destroyed 1,200 homes and left 40,000 people without power, officials said. "
    "Residents gathered at the town hall on Friday. Repairs will cost about $3 million."
)


def _articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "\n".join(json.dumps({"topic": topic, "text": text}) for topic, text in ((1, TEXT), (3, OTHER))),
        encoding="utf-8",
    )
    return path


def _shares(output: str) -> dict[str, float]:
    line = next(line for line in output.splitlines() if line.strip().startswith("all:"))
    return {tier: float(share) for tier, share in re.findall(r"(high|medium|low)\s+([\d.]+)%", line)}


def _expected(sentences) -> dict[str, float]:
    tiers = Counter(s.priority for s in sentences)
    return {tier.value: round(100 * tiers[tier] / len(sentences), 1) for tier in Priority}


def test_the_default_shares_are_the_extractors_tiers(tmp_path, capsys):
    assert evaluate_main(["priorities", str(_articles(tmp_path))]) == 0
    output = capsys.readouterr().out
    assert "the default scores" in output
    assert _shares(output) == _expected(extract(TEXT) + extract(OTHER))


@pytest.mark.skipif(not encoder.available(), reason="the sentence encoder is not installed")
def test_the_encoder_shares_are_its_rescored_tiers(tmp_path, capsys):
    assert evaluate_main(["priorities", str(_articles(tmp_path)), "--encoder"]) == 0
    output = capsys.readouterr().out
    assert "the sentence encoder's scores" in output
    rescored = encoder_scorer().rescore(extract(TEXT)) + encoder_scorer().rescore(extract(OTHER))
    assert _shares(output) == _expected(rescored)
