"""Read queries for reviews and the claim queue; the admin, the API and the workspace share them."""

from __future__ import annotations

from collections.abc import Collection

from django.db.models import Q, QuerySet, Value
from django.db.models.functions import Coalesce

from annotations import workflow
from annotations.exceptions import Conflict, FieldChange
from annotations.models import Review, ReviewState
from annotations.roles import public_name

# Fields a reviewer would be surprised to find changed under them.
CONFLICT_FIELDS = [
    ("state", "State"),
    ("verdict", "Verdict"),
    ("claim_reviewed", "Claim reviewed"),
    ("rationale", "Rationale"),
    ("claimant_job_title", "Speaker's role"),
    ("claimant_same_as", "Speaker's page"),
    ("assignee", "Assignee"),
    ("second_reviewer", "Second reviewer"),
    ("dismissal_reason", "Dismissal reason"),
    ("revision", "Revision"),
]


def claims_with_reviews(queryset: QuerySet | None = None) -> QuerySet:
    """Claims with ``review_state`` (``unreviewed`` when there is no review) and what lists show.

    The article comes without its body: a list row never shows it, and a body of megabytes joined to
    each of thousands of rows (and sorted with them) takes a database minutes.
    """
    from factcheck.models import Claim

    queryset = Claim.objects.all() if queryset is None else queryset
    return (
        queryset.select_related("article", "review__verdict", "review__assignee", "review__second_reviewer")
        .defer("article__body")
        .annotate(review_state=Coalesce("review__state", Value(ReviewState.UNREVIEWED)))
    )


def claims_in_states(states) -> Q:
    """Claims whose review is in one of ``states`` (a claim without a review is unreviewed)."""
    condition = Q(review__state__in=list(states))
    if ReviewState.UNREVIEWED in states:
        condition |= Q(review__isnull=True)
    return condition


def waiting_for(user) -> Q:
    """Claims ``user`` should act on next ("waiting for me"), from the workflow table's turns.

    Each action whose permission the user's role has and whose turn is not ``nobody`` adds its
    source states, narrowed by the turn: claims nobody has, the user's own, everyone's but theirs.
    """
    turns = {
        workflow.Turn.UNASSIGNED: Q(review__isnull=True) | Q(review__assignee__isnull=True),
        workflow.Turn.ASSIGNEE: Q(review__assignee=user),
        workflow.Turn.NOT_ASSIGNEE: ~Q(review__assignee=user),
        workflow.Turn.ANYONE: Q(),
    }
    waiting = Q(pk__in=[])
    for action in workflow.actions():
        if action.turn is not workflow.Turn.NOBODY and user.has_perm(action.perm):
            waiting |= claims_in_states(action.sources) & turns[action.turn]
    return waiting


def claims_unreviewed(queryset: QuerySet | None = None) -> QuerySet:
    from factcheck.models import Claim

    queryset = Claim.objects.all() if queryset is None else queryset
    return queryset.filter(Q(review__isnull=True) | Q(review__state=ReviewState.UNREVIEWED))


def claim_next_unreviewed(*, exclude_claim_id: int | None = None):
    """The most check-worthy claim nobody has started, for the "next claim" button."""
    queryset = claims_unreviewed()
    if exclude_claim_id is not None:
        queryset = queryset.exclude(pk=exclude_claim_id)
    return queryset.order_by("-checkworthiness", "article_id", "index").first()


def review_state_of(claim) -> str:
    """The claim's state without a query when ``review`` was selected with it."""
    state = getattr(claim, "review_state", None)
    if state:
        return state
    try:
        return claim.review.state
    except Review.DoesNotExist:
        return ReviewState.UNREVIEWED


def review_reviewers(review: Review) -> list[str]:
    """Public names of the first and second reviewers (never e-mail addresses), for the export."""
    return [public_name(u) for u in (review.assignee, review.second_reviewer) if u]


def _display(record, field: str) -> str:
    if field in {"verdict", "assignee", "second_reviewer"}:
        related = getattr(record, field, None)
        if related is None:
            return "—"
        return public_name(related) if field != "verdict" else str(related)
    if field == "state":
        return ReviewState(record.state).label
    value = getattr(record, field)
    return "—" if value in ("", None) else str(value)


def review_conflict(*, review: Review, expected_version: int) -> Conflict:
    """What changed in ``review`` since ``expected_version`` and who changed it, from the history."""
    records = list(
        review.history.filter(version__gte=expected_version)
        .select_related("history_user", "verdict", "assignee", "second_reviewer")
        .order_by("history_date", "history_id")
    )
    seen = next((r for r in records if r.version == expected_version), None)
    later = [r for r in records if r.version > expected_version]
    changed_by: list[str] = []
    changed_by_ids: list[int] = []
    for record in later:
        name = public_name(record.history_user) if record.history_user else "someone"
        if record.history_user_id and record.history_user_id not in changed_by_ids:
            changed_by_ids.append(record.history_user_id)
        if name not in changed_by:
            changed_by.append(name)
    changes = []
    if seen is not None:
        for field, label in CONFLICT_FIELDS:
            before, after = _display(seen, field), _display(review, field)
            if before != after:
                changes.append(FieldChange(field=field, label=label, before=before, after=after))
    return Conflict(
        expected_version=expected_version,
        current_version=review.version,
        changed_by=changed_by,
        changed_by_ids=changed_by_ids,
        changes=changes,
    )


def reviewers_for_assignment() -> QuerySet:
    """Active users who can review (the Reviewer or Editor role, or superusers), by name: the people an
    editor can give a claim to."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.with_perm("annotations.change_review")
    return users.order_by("first_name", "last_name", "username")


def claims_under_review(claim_ids: Collection[int]) -> set[int]:
    """The claims among ``claim_ids`` whose review someone has started (beyond unreviewed, or commented)."""
    reviews = Review.objects.filter(claim_id__in=claim_ids).filter(
        ~Q(state=ReviewState.UNREVIEWED) | Q(comments__isnull=False)
    )
    return set(reviews.values_list("claim_id", flat=True))
