"""Refactorings keep the output: ``extract`` gives exactly the baseline revision's result on the repository's
texts (seeds, test data, every string in the tests), field by field and floats to the bit.

The full comparison, on every evaluation text, is ``python bench/extraction_diff.py``. An intended
change of output moves the baseline: ``EXTRACTION_BASELINE=<commit>``.
"""

from __future__ import annotations

import os
from types import ModuleType

import pytest

from evaluation.baseline import DEFAULT_REF, GitUnavailable, compare, materialise, repo_texts
from factcheck.extraction import extract

BASELINE = os.environ.get("EXTRACTION_BASELINE", DEFAULT_REF)


@pytest.fixture(scope="module")
def baseline() -> ModuleType:
    try:
        return materialise(BASELINE)
    except GitUnavailable as exc:
        pytest.skip(f"git history unavailable, so no baseline {BASELINE} to compare with: {exc}")


@pytest.mark.parametrize(("name", "texts"), sorted(repo_texts().items()))
def test_extract_output_is_identical_to_the_baseline(
    baseline: ModuleType, name: str, texts: list[str]
) -> None:
    result = compare(name, texts, baseline.extract, extract)
    assert result.texts == len(texts) > 0
    assert result.differences == []
