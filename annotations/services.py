"""The review workflow's writes: reviews, evidence and comments, with their rules and roles.

The admin, the API and the workspace call these functions and nothing else, so that the
rules hold everywhere. Which action is allowed from which state, for which role, is declared
once in ``annotations.workflow``; each service checks its row there (``workflow.check``), moves
the review to the row's target state and does the step's own work. Each one takes keyword-only
arguments, runs in a transaction and raises a ``WorkflowError`` subclass with a message fit to
show the user:

- ``PermissionDenied``: the role does not allow it;
- ``TransitionNotAllowed``: something the step needs is missing; its subclass ``StateConflict`` (409)
  when the review's state does not allow the step;
- ``ConflictError``: ``expected_version`` is stale (optimistic locking); ``.conflict`` lists
  who changed what since.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string

from annotations import notifications, workflow
from annotations.exceptions import (
    ConflictError,
    PermissionDenied,
    TransitionNotAllowed,
    WorkflowError,
)
from annotations.models import (
    CLAIMANT_JOB_TITLE_MAX,
    NOTE_MAX_CHARS,
    RATIONALE_MAX_CHARS,
    Comment,
    CommentKind,
    DeskPriority,
    Evidence,
    EvidenceStance,
    Rating,
    Review,
    ReviewRevision,
    ReviewState,
)
from annotations.roles import public_name
from annotations.selectors import review_conflict
from annotations.signals import verdict_changed
from factcheck.text import plain

__all__ = [
    "Annotated",
    "ConflictError",
    "PermissionDenied",
    "TransitionNotAllowed",
    "WorkflowError",
    "claim_annotate",
    "claim_evidence_add",
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
    "review_perform",
    "review_publish",
    "review_recall",
    "review_reopen",
    "review_return",
    "review_submit_for_second_review",
    "review_update",
    "review_withdraw",
]

CLAIM_REVIEWED_MAX = 140
_UNSET: Any = object()


# --- the table's checks, as the services and the surfaces see them -------------------------------


def review_allowed_actions(*, review: Review, user) -> list[str]:
    """Workflow actions the user may take now (state and role; required text is checked on the call)."""
    return workflow.allowed_actions(review, user)


def review_can_edit(*, review: Review, user) -> bool:
    return workflow.allows("edit", review, user)


def review_perform(
    *, action: str, review: Review, by, reason: str = "", expected_version: int | None = None
) -> Review:
    """Run a workflow step by name through the service its table row names (every surface's dispatcher)."""
    row = workflow.get(action)
    if not row.step:
        raise TransitionNotAllowed(f"{row.label} is not a workflow step.")
    perform = import_string(row.service if "." in row.service else f"{__name__}.{row.service}")
    kwargs: dict[str, Any] = {"review": review, "by": by, "expected_version": expected_version}
    if row.reason is not workflow.Reason.NONE:
        kwargs["reason"] = reason
    return perform(**kwargs)


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


def _move(review: Review, action: workflow.Action) -> None:
    """The state change of a step, as its table row declares it."""
    if action.target is not None:
        review.state = action.target


def _save(review: Review, by, reason: str) -> Review:
    review._history_user = by
    review._change_reason = reason
    review.save()
    return review


def _require_text(value: str, what: str, limit: int = NOTE_MAX_CHARS) -> str:
    value = (value or "").strip()
    if not value:
        raise TransitionNotAllowed(f"{what} is required.")
    return _bounded(value, what, limit)


def _bounded(value: str, what: str, limit: int) -> str:
    if len(value) > limit:
        raise WorkflowError(f"{what} has {len(value):,} characters; at most {limit:,} fit.")
    return value


def _public_url(url: str, what: str) -> str:
    """An http(s) URL of at most 500 characters, or empty."""
    if not url:
        return ""
    _bounded(url, what, 500)
    try:
        _url_validator(url)
    except ValidationError:
        raise WorkflowError(f"{what} must be an http(s) address, not {url[:80]!r}.") from None
    return url


def _require_reason(action: workflow.Action, reason: str) -> str:
    return _require_text(reason, action.reason_name or "A reason")


def _summary(text: str) -> str:
    """The claim itself as the first summary when it fits; a longer one is for the reviewer to write
    (nothing is cut short with "…": readers and search engines would see half a sentence)."""
    text = " ".join(plain(text).split())
    return text if len(text) <= CLAIM_REVIEWED_MAX else ""


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
    taking = assignee.pk == by.pk
    action = workflow.check("assign", review, by) if taking else workflow.check_give(review, by)
    if not assignee.is_active or not assignee.has_perm("annotations.change_review"):
        raise TransitionNotAllowed(f"{public_name(assignee)} is not a reviewer.")
    review.assignee = assignee
    review.assigned_at = timezone.now()
    _move(review, action)
    review = _save(review, by, f"Assigned to {public_name(assignee)}")
    notifications.notify_assigned(review=review, by=by)
    return review


@transaction.atomic
def review_update(
    *,
    review: Review,
    by,
    expected_version: int,
    verdict: Rating | None = _UNSET,
    rationale: str = _UNSET,
    claim_reviewed: str = _UNSET,
    claimant_job_title: str = _UNSET,
    claimant_same_as: str = _UNSET,
) -> Review:
    """Change the verdict, rationale, summary or the claimant's details of a review in progress; omitted
    fields stay."""
    review = _locked(review, expected_version)
    workflow.check("edit", review, by)
    if claim_reviewed is not _UNSET:
        claim_reviewed = " ".join(plain(claim_reviewed or "").split())
        if len(claim_reviewed) > CLAIM_REVIEWED_MAX:
            raise WorkflowError(
                f"The claim summary has {len(claim_reviewed)} characters; at most {CLAIM_REVIEWED_MAX} fit."
            )
        review.claim_reviewed = claim_reviewed
    if rationale is not _UNSET:
        review.rationale = _bounded((rationale or "").strip(), "The rationale", RATIONALE_MAX_CHARS)
    if claimant_job_title is not _UNSET:
        title = " ".join(plain(claimant_job_title or "").split())
        review.claimant_job_title = _bounded(title, "The speaker's role", CLAIMANT_JOB_TITLE_MAX)
    if claimant_same_as is not _UNSET:
        review.claimant_same_as = _public_url((claimant_same_as or "").strip(), "The speaker's page")
    if verdict is not _UNSET:
        review.verdict = verdict
    return _save(review, by, "Edited")


@dataclass(frozen=True, slots=True)
class Annotated:
    review: Review
    took: bool  # the claim was free and is now assigned to the user
    state_before: str


@transaction.atomic
def claim_annotate(*, claim, by, expected_version: int | None = None, **changes: Any) -> Annotated:
    """Edit a claim's review, taking the claim first when nobody has it: one rule for every surface.

    Creates the review on first use; a free claim (``workflow.is_free``) is assigned to ``by`` (the
    assign step decides whether they may), then ``changes`` (``verdict``, ``rationale``,
    ``claim_reviewed``) are applied. All or nothing: a refused edit leaves the claim untaken.
    ``expected_version`` is the version the caller saw; None skips the conflict check.
    """
    review = review_get_or_create(claim=claim, by=by)
    state_before = review.state
    took = workflow.is_free(review)
    if took:
        review = review_assign(review=review, by=by, expected_version=expected_version)
        expected_version = review.version
    if changes:
        version = review.version if expected_version is None else expected_version
        review = review_update(review=review, by=by, expected_version=version, **changes)
    return Annotated(review=review, took=took, state_before=state_before)


@transaction.atomic
def review_submit_for_second_review(*, review: Review, by, expected_version: int | None = None) -> Review:
    """in_progress → needs_second_review, once the verdict, rationale and summary are there."""
    review = _locked(review, expected_version)
    action = workflow.check("submit", review, by)
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
    _move(review, action)
    review.submitted_at = timezone.now()
    return _save(review, by, "Sent to second review")


@transaction.atomic
def review_approve(*, review: Review, by, expected_version: int | None = None, reason: str = "") -> Review:
    """needs_second_review → approved by an editor who is not the first reviewer; ``reason`` is an
    optional note, kept as a comment."""
    review = _locked(review, expected_version)
    action = workflow.check("approve", review, by)
    _move(review, action)
    review.second_reviewer = by
    review.approved_at = timezone.now()
    if reason.strip():
        note = _bounded(reason.strip(), "The note", NOTE_MAX_CHARS)
        Comment.objects.create(review=review, author=by, body=note)
    return _save(review, by, "Approved")


@transaction.atomic
def review_return(*, review: Review, by, reason: str, expected_version: int | None = None) -> Review:
    """needs_second_review/approved → in_progress, with the reason as a comment for the reviewer."""
    review = _locked(review, expected_version)
    action = workflow.check("return", review, by)
    reason = _require_reason(action, reason)
    _move(review, action)
    review.second_reviewer = None
    review.approved_at = None
    Comment.objects.create(review=review, author=by, kind=CommentKind.RETURN, body=reason)
    review = _save(review, by, "Returned to reviewer")
    notifications.notify_returned(review=review, by=by, reason=reason)
    return review


@transaction.atomic
def review_recall(*, review: Review, by, expected_version: int | None = None) -> Review:
    """needs_second_review → in_progress by its own reviewer, to fix something before anyone acts on it.

    The state is the condition: an approval or a return has already moved the review on.
    """
    review = _locked(review, expected_version)
    action = workflow.check("recall", review, by)
    _move(review, action)
    review.submitted_at = None  # no longer submitted: sending it again sets it anew
    return _save(review, by, "Taken back from second review")


@transaction.atomic
def review_publish(*, review: Review, by, expected_version: int | None = None) -> Review:
    """approved → published by an editor; freezes what is published as a ``ReviewRevision``."""
    review = _locked(review, expected_version)
    action = workflow.check("publish", review, by)
    if not review.verdict_id:
        raise TransitionNotAllowed("A review without a verdict cannot be published.")
    now = timezone.now()
    _move(review, action)
    review.published_at = review.published_at or now
    review.last_published_at = now
    review.published_revision = ReviewRevision.frozen(
        review, evidence=review.evidence.all(), published_by=by, published_at=now
    )
    review.published_revision.save()
    review.public_updated_at = now
    review.withdrawn_at = None
    review.withdrawal_reason = ""
    review = _save(review, by, f"Published (revision {review.revision})")
    event = "published" if review.revision == 1 else "corrected"
    verdict_changed.send(sender=Review, event=event, review=review)
    notifications.notify_published(review=review, by=by)
    return review


@transaction.atomic
def review_withdraw(*, review: Review, by, reason: str, expected_version: int | None = None) -> Review:
    """published → withdrawn: readers lose the verdict; sync clients get a tombstone with the reason.

    The published revisions stay (``ReviewRevision``) and a correction can bring the verdict back.
    """
    review = _locked(review, expected_version)
    action = workflow.check("withdraw", review, by)
    reason = _require_reason(action, reason)
    now = timezone.now()
    _move(review, action)
    review.published_revision = None
    review.withdrawn_at = now
    review.withdrawal_reason = reason
    review.public_updated_at = now
    Comment.objects.create(review=review, author=by, kind=CommentKind.WITHDRAWAL, body=reason)
    review = _save(review, by, "Withdrawn")
    verdict_changed.send(sender=Review, event="withdrawn", review=review)
    return review


@transaction.atomic
def review_dismiss(*, review: Review, by, reason: str, expected_version: int | None = None) -> Review:
    """unreviewed/in_progress → not_checkable, with the reason kept on the review and as a comment."""
    review = _locked(review, expected_version)
    action = workflow.check("dismiss", review, by)
    reason = _require_reason(action, reason)
    _move(review, action)
    review.dismissal_reason = reason
    review.assignee = review.assignee or by
    Comment.objects.create(review=review, author=by, kind=CommentKind.DISMISSAL, body=reason)
    return _save(review, by, "Dismissed as not checkable")


@transaction.atomic
def review_reopen(*, review: Review, by, expected_version: int | None = None) -> Review:
    """not_checkable → unreviewed and unassigned, back in the queue."""
    review = _locked(review, expected_version)
    action = workflow.check("reopen", review, by)
    _move(review, action)
    review.assignee = None
    review.assigned_at = None
    return _save(review, by, "Reopened")


@transaction.atomic
def review_correct(*, review: Review, by, reason: str, expected_version: int | None = None) -> Review:
    """published/withdrawn → in_progress as revision n+1; revision n stays in ``ReviewRevision`` and
    the history.

    Readers and the export keep seeing revision n (``published_revision``) until the correction
    is approved and published; a withdrawn verdict stays withdrawn until then.
    """
    review = _locked(review, expected_version)
    action = workflow.check("correct", review, by)
    reason = _require_reason(action, reason)
    _move(review, action)
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
    workflow.check("edit", fresh, by)
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
    limits = {
        "title": ("The title", 500),
        "publisher": ("The publisher", 300),
        "quote": ("The quote", NOTE_MAX_CHARS),
    }
    for key, (what, limit) in limits.items():
        if key in values:
            _bounded(values[key], what, limit)
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
def claim_evidence_add(*, claim, by, **evidence: Any) -> tuple[Evidence, bool]:
    """Add evidence to a claim's review, taking a free claim first (as ``claim_annotate``); all or nothing.

    Returns the evidence and whether the claim was taken.
    """
    annotated = claim_annotate(claim=claim, by=by)
    return evidence_add(review=annotated.review, by=by, **evidence), annotated.took


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
    workflow.check("comment", review, by)
    body = _require_text(body, "The comment")
    comment = Comment.objects.create(review=review, author=by, body=body)
    notifications.notify_mentioned(comment=comment)
    return comment


@transaction.atomic
def review_prioritise(*, review: Review, by, priority: str) -> Review:
    """Set the desk's priority for the claim ("" gives it back to its check-worthiness). Editors do it, the
    people who also hand claims out; it changes no state, so any state allows it."""
    if not by.has_perm("annotations.assign_review"):
        raise PermissionDenied("Your role does not allow you to set priorities.")
    if priority not in ("", *DeskPriority.values):
        raise WorkflowError(f"No priority {priority!r}: high, medium, low or none.")
    review = _locked(review, None)
    review.priority = priority
    label = DeskPriority(priority).label.lower() if priority else "from its check-worthiness"
    return _save(review, by, f"Priority: {label}")


# --- verdicts reused across the same claim -----------------------------------------------------------


def _verdict_page(review: Review) -> str:
    """The public page of a published verdict, as ClaimReview names it."""
    return settings.CLAIMREVIEW_URL_TEMPLATE.format(id=review.pk, claim_id=review.claim_id)


@transaction.atomic
def review_reuse(*, claim, source: Review, by, expected_version: int | None = None) -> Annotated:
    """Start the claim's review from the desk's published verdict on the same claim elsewhere: the same
    verdict and summary, a rationale that cites it, and its page as evidence. A draft like any other:
    it still goes to second review, and nothing is published by reusing."""
    source = Review.objects.select_related("published_revision__verdict").get(pk=source.pk)
    revision = source.published_revision
    if revision is None or source.state != ReviewState.PUBLISHED:
        raise TransitionNotAllowed("Only a published verdict can be reused.")
    if source.claim_id == claim.pk:
        raise TransitionNotAllowed("A verdict cannot be reused on its own claim.")
    rationale = f"The desk checked the same claim before (claim #{source.claim_id}): {revision.rationale}"
    annotated = claim_annotate(
        claim=claim,
        by=by,
        expected_version=expected_version,
        verdict=revision.verdict,
        rationale=_bounded(rationale, "The rationale", RATIONALE_MAX_CHARS),
        claim_reviewed=revision.claim_reviewed,
    )
    review = annotated.review
    Review.objects.filter(pk=review.pk).update(reused_from=source)
    review.reused_from = source
    if not review.evidence.filter(url=_verdict_page(source)).exists():
        evidence_add(
            review=review,
            by=by,
            url=_verdict_page(source),
            title=revision.claim_reviewed[:500],
            publisher=settings.CLAIMREVIEW_AUTHOR_NAME,
            stance=EvidenceStance.CONTEXT,
            quote=f"Our verdict: {revision.verdict.label}.",
        )
    return annotated


@transaction.atomic
def claim_fact_check_cite(*, claim, fact_check, by) -> tuple[Evidence, bool]:
    """Cite another organisation's fact-check of the same claim as evidence (taking a free claim)."""
    if not fact_check.url:
        raise TransitionNotAllowed("This fact-check has no page to cite.")
    return claim_evidence_add(
        claim=claim,
        by=by,
        url=fact_check.url,
        title=(fact_check.title or fact_check.claim)[:500],
        publisher=fact_check.publisher,
        stance=EvidenceStance.CONTEXT,
        quote=f"Rated {fact_check.rating!r}"
        + (f" by {fact_check.publisher}." if fact_check.publisher else "."),
    )
