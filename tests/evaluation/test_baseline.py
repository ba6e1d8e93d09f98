"""The differential machinery: a git revision's extractor beside the working tree's, compared exactly."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from evaluation.baseline import GitUnavailable, compare, flatten, materialise, repo_texts
from factcheck.extraction import Category, Quantity, Sentence


def sentence(**changes: object) -> list[Sentence]:
    figure = Quantity("20 villages", 0, 11, 20.0, 20.0, 20.0, unit="villages", category=Category.TERRITORY)
    fields = {"index": 0, "start": 0, "end": 11, "text": "20 villages", "quantities": [figure], **changes}
    return [Sentence(**fields)]


def test_flatten_tells_floats_apart_to_the_bit_and_enums_from_strings() -> None:
    assert list(flatten(sentence())) == list(flatten(sentence()))
    assert list(flatten(sentence(checkworthiness=0.0))) != list(flatten(sentence(checkworthiness=-0.0)))
    assert list(flatten(sentence(checkworthiness=0.1 + 0.2))) != list(flatten(sentence(checkworthiness=0.3)))
    assert list(flatten(sentence(category="other"))) != list(flatten(sentence(category=Category.OTHER)))
    paths = dict(flatten(sentence()))
    assert paths["[0].quantities[0].value"] == ("float", "4034000000000000")
    assert paths["[0].quantities[0].category"] == ("Category", "territory")


def test_compare_counts_and_names_the_first_differing_field() -> None:
    same = compare("set", ["a", "b"], lambda t: sentence(), lambda t: sentence())
    assert (same.texts, same.sentences, same.differences) == (2, 2, [])
    moved = compare("set", ["some text"], lambda t: sentence(), lambda t: sentence(end=12))
    (line,) = moved.differences
    assert line.startswith(
        "set #0 ('some text'): [0].end baseline ('int', 11) != working tree [0].end ('int', 12)"
    )
    extra = compare("set", ["x"], lambda t: [], lambda t: sentence())
    assert len(extra.differences) == 1


def test_materialise_imports_a_revision_under_its_own_name() -> None:
    try:
        head = materialise("HEAD")
    except GitUnavailable as exc:
        pytest.skip(f"git history unavailable: {exc}")
    assert head.__name__.startswith("extraction_")
    assert Path(head.__file__).parent.name == head.__name__  # not the working tree's package
    assert [s.text for s in head.extract("One. Two.")] == ["One.", "Two."]
    assert head.extract.__module__ == head.__name__


def test_an_unknown_revision_is_reported_as_unavailable_history() -> None:
    if subprocess.run(["git", "--version"], capture_output=True).returncode != 0:
        pytest.skip("git is not installed")
    with pytest.raises(GitUnavailable):
        materialise("no-such-revision-anywhere")


def test_repo_texts_cover_the_seeds_and_the_test_sentences() -> None:
    texts = repo_texts()
    assert len(texts["seeds"]) >= 1 and "Peskov" in texts["seeds"][0]
    assert "Rebels seized more than 20 villages and towns." in texts["test string literals"]
