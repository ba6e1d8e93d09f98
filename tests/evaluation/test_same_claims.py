"""``python -m evaluation same-claims``: pairs across ECB+ events are counted, and only the pairs the app
takes for the same claim are counted as such."""

from __future__ import annotations

import pytest

from evaluation import same_claims
from tests.matching.test_index import OTHER, SECOND, SEED
from tests.workspace.test_matching_views import THIRD


def test_an_articles_event_is_its_topic_and_which_of_its_two_events():
    assert same_claims.event_of("1_10ecb.xml") == "1"
    assert same_claims.event_of("1_10ecbplus.xml") == "1+"
    assert same_claims.event_of("12_3ecbplus.xml") == "12+"


@pytest.mark.django_db
def test_pairs_say_which_cross_events_and_which_are_the_same_claim():
    rows = [
        {"doc_id": "1_1ecb.xml", "text": SECOND.split("\n\n", 1)[1]},
        {"doc_id": "1_2ecb.xml", "text": THIRD.split("\n\n", 1)[1]},  # the same claim, same event
        {"doc_id": "1_3ecbplus.xml", "text": SEED.split("\n\n", 1)[1]},  # its figure conflicts: not the same
        {"doc_id": "2_1ecb.xml", "text": OTHER.split("\n\n", 1)[1]},
    ]
    found = same_claims.pairs(rows)
    assert [pair for pair in found if pair.same_claim] == [
        same_claims.Pair(
            same_event=True,
            strong=True,
            conflicting=False,
            coverage=pytest.approx(1.0, abs=0.2),
            same_claim=True,
        )
    ]
    crossing = [pair for pair in found if not pair.same_event]
    assert crossing and all(not pair.same_claim for pair in crossing)
    assert any(pair.conflicting and pair.strong for pair in crossing)  # 250,000 vs 275,000 people
