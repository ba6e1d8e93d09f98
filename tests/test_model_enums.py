"""The model choices are copies of the extractor's enums (which stay free of Django): keep them equal."""

from __future__ import annotations

import pytest

from factcheck import models
from factcheck.extraction import types


@pytest.mark.parametrize("name", ["Category", "Qualifier", "QuantityKind"])
def test_model_choices_equal_the_extraction_enum(name):
    choices, enum = getattr(models, name), getattr(types, name)
    assert [(member.name, member.value) for member in choices] == [
        (member.name, member.value) for member in enum
    ], f"factcheck.models.{name} differs from factcheck.extraction.types.{name}: copy the values, in order"
