"""Optimistic locking: a stale save is refused with who changed what; nothing is overwritten."""

from __future__ import annotations

import pytest

from annotations import services
from tests.annotations.conftest import refresh

pytestmark = pytest.mark.django_db


def test_second_of_two_concurrent_saves_is_refused_with_the_changes(review, reviewer, editor, rating_false):
    review = services.review_assign(review=review, by=reviewer)
    loaded_by_rita = refresh(review)
    loaded_by_edna = refresh(review)
    services.review_update(
        review=loaded_by_edna,
        by=editor,
        expected_version=loaded_by_edna.version,
        verdict=rating_false,
        rationale="Edna's rationale.",
    )
    with pytest.raises(services.ConflictError) as caught:
        services.review_update(
            review=loaded_by_rita, by=reviewer, expected_version=loaded_by_rita.version, rationale="Rita's."
        )
    conflict = caught.value.conflict
    assert conflict.changed_by == ["Edna Editor"]
    assert (conflict.expected_version, conflict.current_version) == (2, 3)
    assert {(c.field, c.before, c.after) for c in conflict.changes} == {
        ("verdict", "—", "False"),
        ("rationale", "—", "Edna's rationale."),
    }
    assert "changed by Edna Editor" in caught.value.message
    assert "Verdict: '—' → 'False'" in caught.value.message
    current = refresh(review)
    assert (current.rationale, current.version) == ("Edna's rationale.", 3)


def test_every_save_increments_the_version(review, reviewer):
    versions = [review.version]
    review = services.review_assign(review=review, by=reviewer)
    versions.append(review.version)
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, rationale="a"
    )
    versions.append(review.version)
    assert versions == [1, 2, 3]
    assert refresh(review).version == 3


def test_a_transition_with_a_stale_version_is_refused(review, reviewer, editor, rating_false):
    review = services.review_assign(review=review, by=reviewer)
    stale = review.version
    services.review_update(
        review=review, by=reviewer, expected_version=stale, verdict=rating_false, rationale="r"
    )
    with pytest.raises(services.ConflictError):
        services.review_submit_for_second_review(review=review, by=reviewer, expected_version=stale)
    assert refresh(review).state == "in_progress"


@pytest.mark.django_db(transaction=True)
def test_two_connections_saving_at_once_one_wins_the_other_gets_a_conflict(review, reviewer, editor):
    """Real concurrency: each thread has its own database connection and transaction."""
    import threading

    from django.db import connection

    review = services.review_assign(review=review, by=reviewer)
    expected = review.version
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def save(user, text: str) -> None:
        try:
            barrier.wait(timeout=10)
            services.review_update(review=review, by=user, expected_version=expected, rationale=text)
            outcomes.append(f"saved {text}")
        except services.ConflictError:
            outcomes.append("conflict")
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=args) for args in ((reviewer, "A"), (editor, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes)[0] == "conflict" and len(outcomes) == 2
    winner = outcomes[0] if outcomes[0] != "conflict" else outcomes[1]
    current = refresh(review)
    assert f"saved {current.rationale}" == winner
    assert current.version == expected + 1
