from __future__ import annotations

import pytest

from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import write_article

TEXT = (
    "Officials said 250,000 people were living under siege in the east of the city. "
    "The labour minister, Jane Doe, said rebels seized more than 20 villages and 3 towns. "
    "Aid trucks reached the area on Tuesday.\n\n"
    "Share this article on social media."
)


@pytest.fixture
def article(db):
    return write_article(record_from_text(TEXT)).article


@pytest.fixture
def claims(article):
    return list(article.claims.order_by("index"))


@pytest.fixture
def rating_false(db):
    from annotations.models import Rating

    return Rating.objects.get(scale__is_default=True, slug="false")
