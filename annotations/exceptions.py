"""Errors raised by the review services; the admin, the API and the workspace turn them into messages."""

from __future__ import annotations

from dataclasses import dataclass, field


class WorkflowError(Exception):
    """A review action that is not allowed; ``message`` says why in plain words."""

    status_code = 400
    code = "not_allowed"  # the API's problem ``code``

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TransitionNotAllowed(WorkflowError):
    """The review is in the wrong state, or is missing what the step needs (verdict, reason…)."""

    status_code = 400


class StateConflict(TransitionNotAllowed):
    """The step is not allowed from the review's current state: a conflict with the resource's state (409),
    not a fault of the request (a missing reason stays 400)."""

    status_code = 409


class PermissionDenied(WorkflowError):
    """The user's role does not allow the action."""

    status_code = 403
    code = "permission_denied"


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    label: str
    before: str
    after: str


@dataclass(slots=True)
class Conflict:
    expected_version: int
    current_version: int
    changed_by: list[str] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    subject: str = "review"  # what changed: "review" or "claim"
    changed_by_ids: list[int] = field(default_factory=list)  # the users behind ``changed_by``

    def only_by(self, user) -> bool:
        """Whether ``user`` alone made the changes: their own other tab or window, not a colleague."""
        return bool(self.changed_by_ids) and set(self.changed_by_ids) == {user.pk}


class ConflictError(WorkflowError):
    """Someone saved the review (or corrected the claim) since the caller loaded it; ``conflict`` says
    who and what changed."""

    status_code = 409
    code = "conflict"

    def __init__(self, conflict: Conflict) -> None:
        self.conflict = conflict
        who = ", ".join(conflict.changed_by) or "someone else"
        what = "; ".join(f"{c.label}: {c.before!r} → {c.after!r}" for c in conflict.changes)
        message = (
            f"This {conflict.subject} was changed by {who} while you were editing "
            f"(you had version {conflict.expected_version}, it is now version {conflict.current_version})."
        )
        if what:
            message += f" Changed: {what}."
        super().__init__(message)
