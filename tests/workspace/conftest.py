from __future__ import annotations

import pytest

from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import write_article
from tests.corrections import conftest as corrections_fixtures
from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory

# the article the claim-correction tests work on (``tests/corrections/conftest.py``)
article = corrections_fixtures.article
claims = corrections_fixtures.claims

PASSWORD = "correct horse battery staple"


@pytest.fixture
def seed_article(db, seed_dir):
    text = next(seed_dir.glob("*.txt")).read_text()
    return write_article(record_from_text(text)).article


def article_with_claims(n: int, *, body_prefix: str = "A"):
    """An article of ``n`` check-worthy sentences, each with one figure."""
    sentences = [f"{body_prefix}{i} says {100 + i} people live here." for i in range(n)]
    body = " ".join(sentences)
    article = ArticleFactory(body=body)
    position = 0
    for i, sentence in enumerate(sentences):
        claim = ClaimFactory(
            article=article, index=i, text=sentence, start=position, end=position + len(sentence)
        )
        figure = f"{100 + i} people"
        offset = position + sentence.index(figure)
        QuantityFactory(claim=claim, surface=figure, start=offset, end=offset + len(figure), value=100 + i)
        position += len(sentence) + 1
    return article


@pytest.fixture
def hostile_article(db):
    body = (
        'Officials said <script>alert("pwned")</script> 300 people fled. '
        'Another <img src=x onerror="alert(1)"> report said 40% were children.'
    )
    article = ArticleFactory(
        title='<b onmouseover="alert(2)">Hostile</b> <script>alert(3)</script>', body=body
    )
    first = body.index("300 people")
    end1 = body.index("fled.") + len("fled.")
    c1 = ClaimFactory(
        article=article, index=0, text=body[:end1], start=0, end=end1, speaker="<i>Officials</i>"
    )
    QuantityFactory(claim=c1, surface="300 people", start=first, end=first + 10, value=300)
    start2 = end1 + 1
    c2 = ClaimFactory(
        article=article, index=1, text=body[start2:], start=start2, end=len(body), category="percentage"
    )
    pct = body.index("40%")
    QuantityFactory(
        claim=c2, surface="40%", start=pct, end=pct + 3, value=40, unit="%", category="percentage"
    )
    return article
