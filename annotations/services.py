"""The review workflow: every write on reviews, evidence and comments, with its rules and roles.

The admin, the API and the workspace call these functions and nothing else, so that the
rules hold everywhere. Each one takes keyword-only arguments, runs in a transaction, checks
the acting user's role (``by``; anonymous users are refused) and raises a ``WorkflowError``
subclass with a message fit to show the user:

- ``PermissionDenied``: the role does not allow it;
- ``TransitionNotAllowed``: wrong state, or something the step needs is missing;
- ``ConflictError``: ``expected_version`` is stale (optimistic locking); ``.conflict`` lists
  who changed what since.

States: unreviewed → in_progress (assigned) → needs_second_review → approved → published;
needs_second_review/approved → in_progress (returned with a reason); unreviewed/in_progress →
not_checkable (dismissed with a reason) → unreviewed (reopened); published → in_progress as
a new revision (correction; the published text stays in ``ReviewRevision`` and the history).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from annotations.exceptions import (
    ConflictError,
    PermissionDenied,
    TransitionNotAllowed,
    WorkflowError,
)
from annotations.models import (
    Comment,
    CommentKind,
    Evidence,
    EvidenceStance,
    Rating,
    Review,
    ReviewRevision,
    ReviewState,
)
from annotations.roles import public_name
from annotations.selectors import review_conflict

__all__ = [
    "ACTIONS",
    "ConflictError",
    "PermissionDenied",
    "TransitionNotAllowed",
    "WorkflowError",
    "comment_add",
    "evidence_add",
    "evidence_remove",
    "evidence_update",
    "review_allowed_actions",
    "review_approve",
    "review_assign",
    "review_can_edit",
    "review_correct",
    "review_dismiss",
    "review_get_or_create",
    "review_publish",
    "review_reopen",
    "review_return",
    "review_submit_for_second_review",
    "review_update",
]

S = ReviewState
CLAIM_REVIEWED_MAX = 140
_UNSET: Any = object()


# --- guards: role and state, shared by the services and by ``review_allowed_actions`` -------------


def _require_user(by) -> None:
    if by is None or not getattr(by, "is_authenticated", False) or not by.is_active:
        raise PermissionDenied("Log in with a reviewer or editor account to do this.")


def _require_perm(by, codename: str, doing: str) -> None:
    _require_user(by)
    if not by.has_perm(f"annotations.{codename}"):
        raise PermissionDenied(f"Your role does not allow you to {doing}.")


def _is_editor(user) -> bool:
    return user.has_perm("annotations.approve_review")


def _state_error(review: Review, doing: str, hint: str = "") -> TransitionNotAllowed:
    message = f"Cannot {doing}: the review is {review.get_state_display().lower()}."
    return TransitionNotAllowed(f"{message} {hint}".strip())


def _guard_assign(review: Review, by, assignee) -> None:
    _require_perm(by, "change_review", "review claims")
    if review.state not in {S.UNREVIEWED, S.IN_PROGRESS}:
        raise _state_error(review, "assign it")
    if assignee.pk != by.pk:
        _require_perm(by, "assign_review", "assign claims to someone else")
    elif review.assignee_id and review.assignee_id != by.pk:
        _require_perm(by, "assign_review", f"take over a claim assigned to {public_name(review.assignee)}")
    if not assignee.is_active or not assignee.has_perm("annotations.change_review"):
        raise TransitionNotAllowed(f"{public_name(assignee)} is not a reviewer.")


def _guard_edit(review: Review, by) -> None:
    _require_perm(by, "change_review", "edit reviews")
    if review.state != S.IN_PROGRESS:
        hints = {
            S.UNREVIEWED: "Assign it first.",
            S.NEEDS_SECOND_REVIEW: "An editor must return it first.",
            S.APPROVED: "An editor must return it first.",
            S.PUBLISHED: "An editor must open a correction first.",
            S.NOT_CHECKABLE: "An editor must reopen it first.",
        }
        raise _state_error(review, "edit it", hints.get(review.state, ""))
    if review.assignee_id != by.pk and not _is_editor(by):
        raise PermissionDenied(f"This claim is assigned to {public_name(review.assignee)}.")


def _guard_submit(review: Review, by) -> None:
    _require_perm(by, "submit_review", "send reviews to second review")
    if review.state != S.IN_PROGRESS:
        raise _state_error(review, "send it to second review")
    if review.assignee_id != by.pk and not _is_editor(by):
        raise PermissionDenied(f"Only {public_name(review.assignee)}, its reviewer, can send it on.")


def _guard_approve(review: Review, by) -> None:
    _require_perm(by, "approve_review", "approve reviews")
    if review.state != S.NEEDS_SECOND_REVIEW:
        raise _state_error(review, "approve it")
    if review.assignee_id == by.pk:
        raise PermissionDenied("The second reviewer must be someone other than the first reviewer.")


def _guard_return(review: Review, by) -> None:
    _require_perm(by, "approve_review", "return reviews")
    if review.state not in {S.NEEDS_SECOND_REVIEW, S.APPROVED}:
        raise _state_error(review, "return it")


def _guard_publish(review: Review, by) -> None:
    _require_perm(by, "publish_review", "publish reviews")
    if review.state != S.APPROVED:
        raise _state_error(review, "publish it", "Only approved reviews are published.")


def _guard_dismiss(review: Review, by) -> None:
    _require_perm(by, "dismiss_review", "dismiss claims")
    if review.state not in {S.UNREVIEWED, S.IN_PROGRESS}:
        raise _state_error(review, "dismiss it")
    if review.assignee_id and review.assignee_id != by.pk and not _is_editor(by):
        raise PermissionDenied(f"This claim is assigned to {public_name(review.assignee)}.")


def _guard_reopen(review: Review, by) -> None:
    _require_perm(by, "assign_review", "reopen dismissed claims")
    if review.state != S.NOT_CHECKABLE:
        raise _state_error(review, "reopen it")


def _guard_correct(review: Review, by) -> None:
    _require_perm(by, "publish_review", "correct published reviews")
    if review.state != S.PUBLISHED:
        raise _state_error(review, "open a correction", "Only published reviews are corrected.")


def _guard_comment(review: Review, by) -> None:
    _require_perm(by, "add_comment", "comment on reviews")


def _guard_assign_me(review: Review, by) -> None:
    _guard_assign(review, by, by)
    if review.assignee_id == by.pk:
        raise TransitionNotAllowed("The claim is already assigned to you.")


ACTIONS: dict[str, Callable[[Review, Any], None]] = {
    "assign_me": _guard_assign_me,
    "edit": _guard_edit,
    "submit": _guard_submit,
    "approve": _guard_approve,
    "return": _guard_return,
    "publish": _guard_publish,
    "dismiss": _guard_dismiss,
    "reopen": _guard_reopen,
    "correct": _guard_correct,
    "comment": _guard_comment,
}


def review_allowed_actions(*, review: Review, user) -> list[str]:
    """Names from ``ACTIONS`` the user may take now (state and role; required text is checked on the call)."""
    allowed = []
    for name, guard in ACTIONS.items():
        try:
            guard(review, user)
        except WorkflowError:
            continue
        allowed.append(name)
    return allowed


def review_can_edit(*, review: Review, user) -> bool:
    try:
        _guard_edit(review, user)
    except WorkflowError:
        return False
    return True


# --- locking ------------------------------------------------------------------------------------


def _locked(review: Review, expected_version: int | None) -> Review:
    """The current row, locked, with ``version`` already incremented for the caller's save.

    With ``expected_version`` the increment is a compare-and-set (``UPDATE … WHERE version = n``),
    so a stale edit is refused instead of overwriting; without it the caller only asks for a
    state change, which is checked against the fresh row anyway.
    """
    rows = Review.objects.filter(pk=review.pk)
    if expected_version is not None:
        if not rows.filter(version=expected_version).update(version=F("version") + 1):
            current = rows.select_related("assignee", "verdict").get()
            raise ConflictError(review_conflict(review=current, expected_version=expected_version))
        return rows.select_related("assignee", "second_reviewer", "verdict").get()
    fresh = rows.select_for_update().get()
    fresh.version += 1
    return fresh


def _save(review: Review, by, reason: str) -> Review:
    review._history_user = by
    review._change_reason = reason
    review.save()
    return review


def _require_text(value: str, what: str) -> str:
    value = (value or "").strip()
    if not value:
        raise TransitionNotAllowed(f"{what} is required.")
    return value


def _summary(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CLAIM_REVIEWED_MAX else f"{text[: CLAIM_REVIEWED_MAX - 1].rstrip()}…"


# --- reviews ------------------------------------------------------------------------------------


@transaction.atomic
def review_get_or_create(*, claim, by=None) -> Review:
    """The claim's review, created as ``unreviewed`` on first use (a missing row means unreviewed)."""
    try:
        return Review.objects.select_related("assignee", "second_reviewer", "verdict").get(claim=claim)
    except Review.DoesNotExist:
        pass
    review = Review(claim=claim, claim_reviewed=_summary(claim.text))
    review._history_user = by
    try:
        with transaction.atomic():
            review.save()
    except IntegrityError:  # a concurrent request created it first
        return Review.objects.select_related("assignee", "second_reviewer", "verdict").get(claim=claim)
    return review


@transaction.atomic
def review_assign(*, review: Review, by, assignee=None, expected_version: int | None = None) -> Review:
    """Assign the claim (to ``by`` when ``assignee`` is omitted); starts the review if unreviewed.

    Reviewers may take unassigned claims; giving a claim to someone else, or taking over one
    assigned to someone else, needs the editor's ``assign_review`` permission.
    """
    assignee = assignee or by
    review = _locked(review, expected_version)
    _guard_assign(review, by, assignee)
    review.assignee = assignee
    review.assigned_at = timezone.now()
    review.state = S.IN_PROGRESS
    return _save(review, by, f"Assigned to {public_name(assignee)}")


@transaction.atomic
def review_update(
    *,
    review: Review,
    by,
    expected_version: int,
    verdict: Rating | None = _UNSET,
    rationale: str = _UNSET,
    claim_reviewed: str = _UNSET,
) -> Review:
    """Change the verdict, rationale or summary of a review in progress; omitted fields stay."""
    review = _locked(review, expected_version)
    _guard_edit(review, by)
    if claim_reviewed is not _UNSET:
        claim_reviewed = " ".join((claim_reviewed or "").split())
        if len(claim_reviewed) > CLAIM_REVIEWED_MAX:
            raise WorkflowError(
                f"The claim summary has {len(claim_reviewed)} characters; at most {CLAIM_REVIEWED_MAX} fit."
            )
        review.claim_reviewed = claim_reviewed
    if rationale is not _UNSET:
        review.rationale = (rationale or "").strip()
    if verdict is not _UNSET:
        review.verdict = verdict
    return _save(review, by, "Edited")


@transaction.atomic
def review_submit_for_second_review(*, review: Review, by, expected_version: int | None = None) -> Review:
    """in_progress → needs_second_review, once the verdict, rationale and summary are there."""
    review = _locked(review, expected_version)
    _guard_submit(review, by)
    missing = [
        label
        for label, value in (
            ("a verdict", review.verdict_id),
            ("a rationale", review.rationale.strip()),
            ("a claim summary", review.claim_reviewed.strip()),
        )
        if not value
    ]
    if missing:
        raise TransitionNotAllowed(f"Add {' and '.join(missing)} before sending it to second review.")
    review.state = S.NEEDS_SECOND_REVIEW
    review.submitted_at = timezone.now()
    return _save(review, by, "Sent to second review")


@transaction.atomic
def review_approve(*, review: Review, by, expected_version: int | None = None, comment: str = "") -> Review:
    """needs_second_review → approved by an editor who is not the first reviewer."""
    review = _locked(review, expected_version)
    _guard_approve(review, by)
    review.state = S.APPROVED
    review.second_reviewer = by
    review.approved_at = timezone.now()
    if comment.strip():
        Comment.objects.create(review=review, author=by, body=comment.strip())
    return _save(review, by, "Approved")


@transaction.atomic
def review_return(*, review: Review, by, reason: str, expected_version: int | None = None) -> Review:
    """needs_second_review/approved → in_progress, with the reason as a comment for the reviewer."""
    review = _locked(review, expected_version)
    _guard_return(review, by)
    reason = _require_text(reason, "A comment saying what to change")
    review.state = S.IN_PROGRESS
    review.second_reviewer = None
    review.approved_at = None
    Comment.objects.create(review=review, author=by, kind=CommentKind.RETURN, body=reason)
    return _save(review, by, "Returned to reviewer")


@transaction.atomic
def review_publish(*, review: Review, by, expected_version: int | None = None) -> Review:
    """approved → published by an editor; freezes what is published as a ``ReviewRevision``."""
    review = _locked(review, expected_version)
    _guard_publish(review, by)
    if not review.verdict_id:
        raise TransitionNotAllowed("A review without a verdict cannot be published.")
    now = timezone.now()
    review.state = S.PUBLISHED
    review.published_at = review.published_at or now
    review.last_published_at = now
    review.published_revision = ReviewRevision.frozen(
        review, evidence=review.evidence.all(), published_by=by, published_at=now
    )
    review.published_revision.save()
    return _save(review, by, f"Published (revision {review.revision})")


@transaction.atomic
def review_dismiss(*, review: Review, by, reason: str, expected_version: int | None = None) -> Review:
    """unreviewed/in_progress → not_checkable, with the reason kept on the review and as a comment."""
    review = _locked(review, expected_version)
    _guard_dismiss(review, by)
    reason = _require_text(reason, "A reason for dismissing the claim")
    review.state = S.NOT_CHECKABLE
    review.dismissal_reason = reason
    review.assignee = review.assignee or by
    Comment.objects.create(review=review, author=by, kind=CommentKind.DISMISSAL, body=reason)
    return _save(review, by, "Dismissed as not checkable")


@transaction.atomic
def review_reopen(*, review: Review, by, expected_version: int | None = None) -> Review:
    """not_checkable → unreviewed and unassigned, back in the queue."""
    review = _locked(review, expected_version)
    _guard_reopen(review, by)
    review.state = S.UNREVIEWED
    review.assignee = None
    review.assigned_at = None
    return _save(review, by, "Reopened")


@transaction.atomic
def review_correct(*, review: Review, by, reason: str, expected_version: int | None = None) -> Review:
    """published → in_progress as revision n+1; revision n stays in ``ReviewRevision`` and the history.

    Readers and the export keep seeing revision n (``published_revision``) until the correction
    is approved and published.
    """
    review = _locked(review, expected_version)
    _guard_correct(review, by)
    reason = _require_text(reason, "A reason for the correction")
    review.state = S.IN_PROGRESS
    review.revision += 1
    review.second_reviewer = None
    review.submitted_at = None
    review.approved_at = None
    Comment.objects.create(review=review, author=by, kind=CommentKind.CORRECTION, body=reason)
    return _save(review, by, f"Correction opened (revision {review.revision})")


# --- evidence and comments ---------------------------------------------------------------------

_url_validator = URLValidator(schemes=["http", "https"])
EVIDENCE_FIELDS = ("url", "title", "publisher", "accessed_on", "stance", "quote", "position")


def _locked_for_edit(review: Review, by) -> Review:
    fresh = Review.objects.select_for_update(of=("self",)).select_related("assignee").get(pk=review.pk)
    _guard_edit(fresh, by)
    return fresh


def _clean_evidence(values: dict) -> dict:
    if "url" in values:
        url = (values["url"] or "").strip()
        try:
            _url_validator(url)
        except ValidationError:
            raise WorkflowError(f"{url!r} is not a valid http(s) URL.") from None
        values["url"] = url
    if "stance" in values and values["stance"] not in EvidenceStance.values:
        raise WorkflowError(
            f"Unknown stance {values['stance']!r}; use one of {', '.join(EvidenceStance.values)}."
        )
    for key in ("title", "publisher", "quote"):
        if key in values:
            values[key] = (values[key] or "").strip()
    return values


@transaction.atomic
def evidence_add(
    *,
    review: Review,
    by,
    url: str,
    title: str = "",
    publisher: str = "",
    accessed_on: datetime.date | None = None,
    stance: str = EvidenceStance.CONTEXT,
    quote: str = "",
    position: int | None = None,
) -> Evidence:
    review = _locked_for_edit(review, by)
    values = _clean_evidence(
        {"url": url, "title": title, "publisher": publisher, "stance": stance, "quote": quote}
    )
    if position is None:
        position = review.evidence.count()
    evidence = Evidence(
        review=review,
        created_by=by,
        accessed_on=accessed_on or timezone.localdate(),
        position=position,
        **values,
    )
    evidence._history_user = by
    evidence.save()
    return evidence


@transaction.atomic
def evidence_update(*, evidence: Evidence, by, **changes: Any) -> Evidence:
    """Change any of ``url, title, publisher, accessed_on, stance, quote, position``."""
    unknown = set(changes) - set(EVIDENCE_FIELDS)
    if unknown:
        raise WorkflowError(f"Evidence has no field {', '.join(sorted(unknown))}.")
    _locked_for_edit(evidence.review, by)
    evidence = Evidence.objects.get(pk=evidence.pk)
    for key, value in _clean_evidence(dict(changes)).items():
        setattr(evidence, key, value)
    evidence._history_user = by
    evidence.save()
    return evidence


@transaction.atomic
def evidence_remove(*, evidence: Evidence, by) -> None:
    _locked_for_edit(evidence.review, by)
    evidence._history_user = by
    evidence.delete()


@transaction.atomic
def comment_add(*, review: Review, by, body: str) -> Comment:
    """Internal note on a review, in any state; never exported."""
    _guard_comment(review, by)
    body = _require_text(body, "The comment")
    return Comment.objects.create(review=review, author=by, body=body)
