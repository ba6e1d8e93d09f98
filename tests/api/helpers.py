"""Published reviews made directly (fast) for read tests; the workflow itself is tested through the API."""

from __future__ import annotations

from datetime import UTC, datetime

from annotations.models import Comment, Evidence, Rating, Review, ReviewRevision, ReviewState
from factcheck.models import Claim, Quantity
from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory, UserFactory

PUBLISHED_AT = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def rating(slug: str = "false") -> Rating:
    return Rating.objects.select_related("scale").get(scale__is_default=True, slug=slug)


def make_review(
    *,
    state: str = ReviewState.PUBLISHED,
    claim=None,
    verdict: str = "false",
    published_at: datetime = PUBLISHED_AT,
    evidence: int = 1,
    assignee=None,
    second_reviewer=None,
    **fields,
) -> Review:
    claim = claim or QuantityFactory(claim=ClaimFactory()).claim
    assignee = assignee or UserFactory(
        username="rita.r", first_name="Rita", last_name="Reviewer", email="rita@secret.example"
    )
    published = state == ReviewState.PUBLISHED
    if state == ReviewState.WITHDRAWN:  # was published, then taken back
        fields.setdefault("published_at", published_at)
        fields.setdefault("last_published_at", published_at)
        fields.setdefault("withdrawn_at", published_at)
        fields.setdefault("public_updated_at", published_at)
        fields.setdefault("withdrawal_reason", "The source retracted its figure.")
    review = Review.objects.create(
        claim=claim,
        state=state,
        verdict=rating(verdict) if verdict else None,
        claim_reviewed=fields.pop("claim_reviewed", claim.text[:140]),
        rationale=fields.pop("rationale", "The official figure is 25,000."),
        assignee=assignee if state != ReviewState.UNREVIEWED else None,
        second_reviewer=second_reviewer if published else None,
        **{
            "published_at": published_at if published else None,
            "last_published_at": published_at if published else None,
            "public_updated_at": published_at if published else None,
            **fields,
        },
    )
    for position in range(evidence):
        Evidence.objects.create(
            review=review,
            url=f"https://un.example.org/report/{position}",
            title=f"Report {position}",
            publisher="OCHA",
            stance="contradicts",
            position=position,
        )
    Comment.objects.create(review=review, author=assignee, body="INTERNAL NOTE do not publish")
    if published:
        freeze(review)
    return review


def freeze(review: Review) -> ReviewRevision:
    """Store what is published of ``review`` as its published revision, as ``review_publish`` does."""
    revision = ReviewRevision.frozen(
        review, evidence=review.evidence.order_by("position", "id"), published_at=review.last_published_at
    )
    revision.save()
    Review.objects.filter(pk=review.pk).update(published_revision=revision)
    review.published_revision = revision
    return revision


def make_reviews(count: int, *, verdict: str = "false") -> list[Review]:
    """Many published reviews (one article, a figure and a source each) with bulk inserts."""
    article = ArticleFactory()
    start = Claim.objects.filter(article=article).count()
    claims = Claim.objects.bulk_create(
        [
            Claim(
                article=article,
                index=start + i,
                text=f"{i} people live under siege.",
                start=0,
                end=10,
                category="population",
                checkworthiness=0.9,
                is_claim=True,
                speaker="The US",
            )
            for i in range(count)
        ]
    )
    Quantity.objects.bulk_create(
        [Quantity(claim=c, surface="250,000 people", start=0, end=5, value=250000) for c in claims]
    )
    assignee = UserFactory(username="rita.r", first_name="Rita", last_name="Reviewer")
    chosen = rating(verdict)
    reviews = Review.objects.bulk_create(
        [
            Review(
                claim=c,
                state=ReviewState.PUBLISHED,
                verdict=chosen,
                claim_reviewed=c.text,
                rationale="The official figure is 25,000.",
                assignee=assignee,
                published_at=PUBLISHED_AT,
                last_published_at=PUBLISHED_AT,
                public_updated_at=PUBLISHED_AT,
            )
            for c in claims
        ]
    )
    Evidence.objects.bulk_create(
        [
            Evidence(review=r, url="https://un.example.org/report", title="Report", publisher="OCHA")
            for r in reviews
        ]
    )
    evidence = {e.review_id: [e] for e in Evidence.objects.filter(review__in=reviews)}
    revisions = ReviewRevision.objects.bulk_create(
        [ReviewRevision.frozen(r, evidence=evidence[r.pk], published_at=r.last_published_at) for r in reviews]
    )
    for review, revision in zip(reviews, revisions, strict=True):
        review.published_revision = revision
    Review.objects.bulk_update(reviews, ["published_revision"])
    return reviews
