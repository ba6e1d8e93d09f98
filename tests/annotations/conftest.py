from __future__ import annotations

import pytest

from annotations import services
from annotations.models import Rating
from tests.factories import ClaimFactory, QuantityFactory, bring_to, member

__all__ = ["bring_to", "member", "refresh"]


@pytest.fixture
def rating_false(db) -> Rating:
    return Rating.objects.get(scale__is_default=True, slug="false")


@pytest.fixture
def claim(db):
    return QuantityFactory(claim=ClaimFactory()).claim


@pytest.fixture
def review(claim):
    return services.review_get_or_create(claim=claim)


def refresh(review):
    review.refresh_from_db()
    return review
