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


@pytest.fixture
def corrected(article, claims, reviewer):
    """A missed claim added, a sentence split, a figure and a speaker fixed; another article untouched."""
    from annotations import corrections

    write_article(record_from_text("Nobody touched this article. It has 12 sentences or so."))
    start = TEXT.index("250,000")
    corrections.claim_add(article=article, start=start, end=TEXT.index(" in the east"), by=reviewer)
    corrections.claim_split(claim=claims[1], at=TEXT.index("rebels"), by=reviewer)
    rest = article.claims.get(text__startswith="rebels")
    towns = rest.quantities.get(surface="3 towns")
    corrections.quantity_update(quantity=towns, by=reviewer, value=4)
    jane = TEXT.index("Jane Doe")
    corrections.claim_update(claim=claims[1], by=reviewer, speaker={"start": jane, "end": jane + 8})
    corrections.claim_update(claim=claims[2], by=reviewer, speaker="the regional disaster agency")
    corrections.claim_update(claim=claims[3], by=reviewer, not_a_claim=True)
    return article
