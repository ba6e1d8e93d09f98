"""What a claim was seen as before, for the workspace's panel and the API: claims of other articles, the
desk's own published verdicts and known fact-checks, from ``factcheck.matching``, with the reviews of the
claims found (one query), and the search of checked claims for a text from outside.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.urls import reverse

from annotations.models import Review, ReviewState
from factcheck.matching import selectors as matching
from factcheck.matching.models import MatchEntry, SameClaim
from factcheck.models import Claim


@dataclass(frozen=True)
class SeenMatch:
    """A match with the review of the claim found, when there is one."""

    found: matching.Found
    review: Review | None = None

    @property
    def kind(self) -> str:
        """``verdict`` (a claim the desk published a verdict on), ``claim`` or ``fact_check``."""
        if self.found.fact_check is not None:
            return "fact_check"
        return "verdict" if self.published else "claim"

    @property
    def published(self) -> bool:
        return self.review is not None and self.review.published_revision_id is not None

    @property
    def verdict_url(self) -> str:
        """The desk's public page of the verdict ("" unless published)."""
        return reverse("publishing:detail", args=[self.review.pk]) if self.published and self.review else ""


@dataclass(frozen=True)
class SeenBefore:
    """A claim's matches in three groups, each best first."""

    verdicts: list[SeenMatch] = field(default_factory=list)
    fact_checks: list[SeenMatch] = field(default_factory=list)
    claims: list[SeenMatch] = field(default_factory=list)

    @property
    def all(self) -> list[SeenMatch]:
        return sorted([*self.verdicts, *self.fact_checks, *self.claims], key=lambda m: -m.found.score)

    def __bool__(self) -> bool:
        return bool(self.verdicts or self.fact_checks or self.claims)


def _with_reviews(found: list[matching.Found]) -> list[SeenMatch]:
    claim_ids = [match.claim.pk for match in found if match.claim is not None]
    reviews = Review.objects.filter(claim_id__in=claim_ids).select_related("published_revision__verdict")
    by_claim = {review.claim_id: review for review in reviews}
    return [
        SeenMatch(found=match, review=by_claim.get(match.claim.pk) if match.claim is not None else None)
        for match in found
    ]


def _grouped(matches: list[SeenMatch]) -> SeenBefore:
    seen = SeenBefore()
    groups = {"verdict": seen.verdicts, "fact_check": seen.fact_checks, "claim": seen.claims}
    for match in matches:
        groups[match.kind].append(match)
    return seen


def seen_before(*, claim: Claim, top: int = matching.TOP) -> SeenBefore:
    """Claims of other articles, own verdicts and known fact-checks that match ``claim``."""
    return _grouped(_with_reviews(matching.claim_matches(claim=claim, top=top)))


def checked_entries() -> Q:
    """Entries already checked: known fact-checks and claims with a verdict the desk published."""
    published = Review.objects.filter(state=ReviewState.PUBLISHED, published_revision__isnull=False)
    # A subquery, not a join: joined, every entry the full-text search found was joined to claims and
    # reviews before the few checked ones were kept.
    return Q(kind=MatchEntry.Kind.FACT_CHECK) | Q(claim_id__in=published.values("claim_id"))


def search_checked(*, text: str, language: str = "", top: int = matching.TOP) -> list[SeenMatch]:
    """For a text from outside (a tweet, a quote): the desk's own verdicts and known fact-checks,
    best first."""
    query = matching.text_query(text, language=language)
    entries = MatchEntry.objects.filter(checked_entries())
    return _with_reviews(matching.search(query, entries=entries, top=top))


CLUSTER_MEMBERS_SHOWN = 200


def cluster_members(*, claim_id: int) -> list[Claim]:
    """The claims of ``claim_id``'s cluster of the same claim across articles (itself included), the
    first one first, with their articles and reviews (one query); empty when it is in none."""
    members = (
        Claim.objects.filter(pk__in=SameClaim.objects.cluster_of(claim_id).values("claim_id"))
        .select_related(
            "article", "review__verdict", "review__assignee", "review__published_revision__verdict"
        )
        .defer("article__body", "machine")
        .order_by("pk")
    )
    return list(members[:CLUSTER_MEMBERS_SHOWN])


def cluster_size(*, claim_id: int) -> int:
    """How many claims ``claim_id``'s cluster holds, itself included (0 when it is in none)."""
    return SameClaim.objects.cluster_of(claim_id).count()


def review_of(claim: Claim) -> Review | None:
    """The claim's review as ``cluster_members`` loaded it; None before anyone started one."""
    try:
        return claim.review
    except Review.DoesNotExist:
        return None


def published_review(claim: Claim) -> Review | None:
    """The claim's review when the desk published a verdict on it."""
    review = review_of(claim)
    if review is not None and review.state == ReviewState.PUBLISHED and review.published_revision is not None:
        return review
    return None
