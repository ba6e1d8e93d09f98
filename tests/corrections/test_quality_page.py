"""``/review/quality/``: the extractor's figures on the desk's corrections, for editors."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from annotations import corrections
from annotations.workspace.quality import correction_kinds

from .conftest import TEXT


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_editors_see_each_figure_per_version_and_the_frequent_corrections(client, editor, claims, reviewer):
    corrections.claim_split(claim=claims[1], at=TEXT.index("rebels"), by=reviewer)
    corrections.claim_update(claim=claims[0], by=reviewer, category="casualties")
    corrections.claim_update(claim=claims[3], by=reviewer, not_a_claim=True)
    client.force_login(editor)
    page = client.get("/review/quality/")
    assert page.status_code == 200
    html = page.content.decode()
    for label in ("Claim boundaries, exact", "Figures: value + unit", "Speaker", "Category"):
        assert label in html
    assert f"{claims[0].extractor_version} as stored" in html
    # three of four gold claims (the split's two parts are new boundaries) against four sentences
    reports = page.context["current"]["report"]
    assert reports["boundaries"]["exact"]["tp"] == 2
    assert page.context["kinds"] == [("Category changed", 1), ("Marked not a claim", 1), ("Split in two", 1)]


def test_the_page_is_cached_until_someone_corrects_again(
    client, editor, claims, reviewer, django_assert_max_num_queries
):
    corrections.claim_update(claim=claims[0], by=reviewer, category="casualties")
    client.force_login(editor)
    client.get("/review/quality/")
    with django_assert_max_num_queries(12):
        client.get("/review/quality/")
    corrections.claim_update(claim=claims[1], by=reviewer, category="military")
    assert client.get("/review/quality/").context["current"]["report"]["category"]["n"] >= 1
    assert ("Category changed", 2) in correction_kinds()


def test_reviewers_may_not_see_it_and_an_empty_desk_says_so(client, reviewer, editor, db):
    client.force_login(reviewer)
    assert client.get("/review/quality/").status_code == 403
    assert 'href="/review/quality/"' not in client.get("/review/").content.decode()
    client.force_login(editor)
    html = client.get("/review/quality/").content.decode()
    assert "No corrections or reviews yet" in html
    assert 'href="/review/quality/" aria-current="page">Quality</a>' in html
