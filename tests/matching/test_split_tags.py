"""A tweet's run-together tag ("#tamperedwater") searches with the words the corpus splits it into."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factcheck.imports.records import FactCheckRecord
from factcheck.imports.writer import insert_fact_check
from factcheck.matching import ranking, selectors
from factcheck.matching.models import MatchEntry
from factcheck.matching.text import terms

CLAIMS = (
    "Police warned shoppers that bottles of water had been tampered with and injected with poison.",
    "Tampered bottles of water were found on supermarket shelves in Arizona.",
    "The city said that water from the river is safe to drink.",
)


def test_a_query_gains_the_words_of_its_run_together_tags() -> None:
    df = dict.fromkeys(terms("tampered water poison bottles"), 5)
    query = ranking.Candidate(key="q", text="Terrifying #tamperedwater #poisonwaterbottles #StaySafe")
    split = ranking.with_split_tags(query, lambda term: df.get(term, 0))
    assert split.text == f"{query.text}\ntampered water\npoison water bottles"
    assert split.key == query.key


def test_a_word_in_one_entry_only_does_not_split_a_tag() -> None:
    df = {**dict.fromkeys(terms("tampered"), 5), **dict.fromkeys(terms("water"), 1)}
    query = ranking.Candidate(key="q", text="#tamperedwater")
    assert ranking.with_split_tags(query, lambda term: df.get(term, 0)) is query


def _search(text: str) -> tuple[list[selectors.Found], int]:
    with CaptureQueriesContext(connection) as captured:
        found = selectors.search(selectors.text_query(text), entries=MatchEntry.objects.fact_checks())
    return found, len(captured.captured_queries)


@pytest.mark.django_db
def test_a_tweet_whose_words_are_in_a_run_together_tag_finds_the_fact_checks() -> None:
    checks = [insert_fact_check(FactCheckRecord(claim=claim, rating="False")) for claim in CLAIMS]
    found, queries = _search("Please share!! #tamperedwater pic.twitter.com/abc")
    assert {match.fact_check for match in found[:2]} == set(checks[:2])
    assert "tampered" in found[0].evidence.shared
    # the same tweet with its tag's words written out finds the same, in as many queries: the pieces'
    # frequencies are read with the query's own terms
    written, written_queries = _search("Please share!! tampered water pic.twitter.com/abc")
    assert {match.fact_check for match in written[:2]} == set(checks[:2])
    assert queries == written_queries
