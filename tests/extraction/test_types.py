"""The plain-attribute copies of the enums, and the two sets of figure kinds."""

from __future__ import annotations

from enum import StrEnum

import pytest

from factcheck.extraction.categories import sentence_category
from factcheck.extraction.checkworthiness import SCORED_FIGURE_KINDS, features
from factcheck.extraction.quantities import find_quantities, is_claim_figure
from factcheck.extraction.types import (
    CLAIM_KINDS,
    Categories,
    Category,
    Qualifier,
    Qualifiers,
    QuantityKind,
    QuantityKinds,
)


@pytest.mark.parametrize(
    ("copy", "enum"), [(Qualifiers, Qualifier), (Categories, Category), (QuantityKinds, QuantityKind)]
)
def test_each_plain_copy_holds_exactly_its_enums_members(copy: type, enum: type[StrEnum]) -> None:
    members = {name: value for name, value in vars(copy).items() if not name.startswith("_")}
    assert list(members) == list(enum.__members__)
    for name, member in enum.__members__.items():
        assert members[name] is member


def test_measures_are_claim_figures_but_not_scored_by_the_model() -> None:
    assert CLAIM_KINDS - {QuantityKind.MEASURE} == SCORED_FIGURE_KINDS
    text = "The park covers 20 hectares."
    (area,) = find_quantities(text)
    assert area.kind is QuantityKind.MEASURE and is_claim_figure(area)
    assert area.category is Category.TERRITORY
    assert sentence_category(text, []) is Category.OTHER  # no keyword: the claim figure decides
    assert sentence_category(text, [area]) is Category.TERRITORY
    assert "qclaim" not in features(text, [area], Category.TERRITORY)  # as the model was trained
    (villages,) = find_quantities("Rebels seized 20 villages.")
    assert "qclaim" in features("Rebels seized 20 villages.", [villages], Category.TERRITORY)
