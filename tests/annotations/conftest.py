from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from annotations import services
from annotations.models import Rating
from tests.factories import ClaimFactory, QuantityFactory, member


@pytest.fixture
def superuser(db):
    return member("root", None, is_superuser=True)


@pytest.fixture
def anonymous():
    return AnonymousUser()


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


def bring_to(state: str, review, *, reviewer, editor, rating):
    """Walk a review through the workflow to ``state`` with the normal roles."""
    if state == "unreviewed":
        return refresh(review)
    if state == "not_checkable":
        return services.review_dismiss(review=review, by=reviewer, reason="An opinion.")
    review = services.review_assign(review=review, by=reviewer)
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, verdict=rating, rationale="Because."
    )
    if state == "in_progress":
        return review
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    if state == "needs_second_review":
        return review
    review = services.review_approve(review=review, by=editor)
    if state == "approved":
        return review
    review = services.review_publish(review=review, by=editor)
    assert state == "published"
    return review
