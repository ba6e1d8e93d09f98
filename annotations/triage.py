"""The same workflow step for many claims at once: the queue's multi-select and the admin's bulk actions.

Each claim goes through the one-claim services on its own, in its own transaction: the rules are theirs,
a refusal (someone else took the claim meanwhile, a state that does not allow the step) is kept with the
claim's reason and does not undo the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from annotations import services, workflow
from annotations.exceptions import WorkflowError
from annotations.models import Review
from factcheck.models import Claim

MAX_CLAIMS = 500  # one request's selection; a page of the queue holds 50


@dataclass
class Outcome:
    done: list[Claim] = field(default_factory=list)
    refused: list[tuple[Claim, str]] = field(default_factory=list)


def bulk_steps(user) -> list[workflow.Action]:
    """The steps ``user``'s role may take on many claims at once. A step that asks for confirmation
    (publish, withdraw: readers see it at once) is taken one claim at a time."""
    return [step for step in workflow.steps() if not step.confirm and user.has_perm(step.perm)]


def _each(claims: Iterable[Claim], by, act: Callable[[Review], object]) -> Outcome:
    """``act`` on each claim's review (made on first use), a refusal kept with the claim's reason."""
    outcome = Outcome()
    for claim in claims:
        try:
            act(services.review_get_or_create(claim=claim, by=by))
        except WorkflowError as error:
            outcome.refused.append((claim, error.message))
        else:
            outcome.done.append(claim)
    return outcome


def claims_perform(*, claims: Iterable[Claim], action: str, by, reason: str = "") -> Outcome:
    """Take the workflow step ``action`` on each claim."""
    return _each(
        claims, by, lambda review: services.review_perform(action=action, review=review, by=by, reason=reason)
    )


def claims_assign(*, claims: Iterable[Claim], by, assignee) -> Outcome:
    """Give each claim to ``assignee`` (to ``by`` is taking them); the assign service checks the role."""
    return _each(claims, by, lambda review: services.review_assign(review=review, by=by, assignee=assignee))


def claims_prioritise(*, claims: Iterable[Claim], by, priority: str) -> Outcome:
    """Set the desk's priority of each claim ("" gives each back to its check-worthiness)."""
    return _each(
        claims, by, lambda review: services.review_prioritise(review=review, by=by, priority=priority)
    )


def claims_reuse(*, claims: Iterable[Claim], source: Review, by) -> Outcome:
    """Start each claim's review from ``source``, the desk's published verdict on the same claim: one
    verdict for a cluster of the same claim across articles, each member with its own review that points
    to the source (``services.review_reuse``)."""
    return _each(claims, by, lambda review: services.review_reuse(claim=review.claim, source=source, by=by))
