"""Data migrations on rows that existed before them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("annotations", "0002_default_scale_and_roles")]
AFTER = [("annotations", "0003_review_published_revision")]


@pytest.mark.django_db(transaction=True)
def test_published_reviews_point_at_their_latest_revision_after_0003():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    Article = apps.get_model("factcheck", "Article")
    Claim = apps.get_model("factcheck", "Claim")
    Review = apps.get_model("annotations", "Review")
    ReviewRevision = apps.get_model("annotations", "ReviewRevision")
    Rating = apps.get_model("annotations", "Rating")
    User = apps.get_model("auth", "User")
    rating = Rating.objects.first()
    rita = User.objects.create(username="rita-migration")
    article = Article.objects.create(title="T", body="One. Two.", content_hash="h" * 64)
    when = datetime(2026, 3, 1, tzinfo=UTC)
    reviews = []
    for index in range(3):
        claim = Claim.objects.create(article=article, index=index, text="One.", start=0, end=4)
        reviews.append(
            Review.objects.create(
                claim=claim, state="in_progress", assignee=rita, verdict=rating, revision=index + 1
            )
        )
    corrected, published_once, never = reviews
    for number in (1, 2):  # published twice, now under a third correction
        ReviewRevision.objects.create(
            review=corrected, revision=number, verdict=rating, claim_reviewed="", rationale=f"r{number}",
            published_at=when,
        )  # fmt: skip
    ReviewRevision.objects.create(
        review=published_once, revision=1, verdict=rating, claim_reviewed="", rationale="only",
        published_at=when,
    )  # fmt: skip

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    Review = apps.get_model("annotations", "Review")
    latest = {r.pk: r.published_revision and r.published_revision.rationale for r in Review.objects.all()}
    assert latest == {corrected.pk: "r2", published_once.pk: "only", never.pk: None}
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())  # leave the schema as the other tests expect
