"""The review workflow, declared once: one row per action, read by every surface.

The services check each write against this table (``check``); the admin's buttons and bulk
actions, the API's transition endpoint, the workspace's buttons and shortcuts, the "waiting
for me" queue, ``review_allowed_actions`` and the state graph (``manage.py workflow_graph``)
are all derived from it. Adding a step is adding a row (and the service that performs it).

Surfaces read the table through the functions below (``actions()``, ``steps()``,
``get(name)``) rather than importing ``WORKFLOW``, so a test can swap in a copy of it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from annotations.authorship import review_wrote
from annotations.exceptions import PermissionDenied, StateConflict, TransitionNotAllowed
from annotations.models import Review, ReviewState
from annotations.roles import REVIEWER_PERMISSIONS, is_editor, public_name

S = ReviewState
ALL_STATES = frozenset(S)
INITIAL_STATE = S.UNREVIEWED  # a claim without a review row


class Reason(StrEnum):
    """Whether the action takes a text from the user."""

    NONE = "none"
    OPTIONAL = "optional"  # a note, kept as a comment when given
    REQUIRED = "required"  # refused when blank; kept as a comment


class Actor(StrEnum):
    """Who, among the users whose role has the action's permission, may take it on this review."""

    ANYONE = "anyone"
    ASSIGNEE_OR_EDITOR = "assignee_or_editor"
    UNASSIGNED_ASSIGNEE_OR_EDITOR = "unassigned_assignee_or_editor"
    SECOND_PAIR_OF_EYES = "second_pair_of_eyes"  # neither the assignee nor anyone who wrote the verdict
    NOT_AN_AUTHOR = "not_an_author"  # nobody who wrote the verdict or rationale
    TAKER = "taker"  # assign to oneself: a free claim, or someone else's with ``assign_review``
    ASSIGNEE = "assignee"  # the claim's reviewer alone, not even an editor: their own step back


class Turn(StrEnum):
    """Whose to-do list ("waiting for me") a review in one of the action's source states is on."""

    NOBODY = "nobody"
    UNASSIGNED = "unassigned"  # anyone with the permission, while nobody has the claim
    ASSIGNEE = "assignee"
    NOT_ASSIGNEE = "not_assignee"  # anyone with the permission but the first reviewer
    ANYONE = "anyone"


@dataclass(frozen=True, slots=True)
class Action:
    """One row of the workflow.

    ``done`` is past tense ("sent to second review"), for "Sent to second review." and "2 claims
    sent to second review."; ``verb`` completes "Cannot …: the review is …" and "An editor must …
    first.";
    ``role_verb`` completes "Your role does not allow you to …". ``target`` None keeps the
    state (edits and comments). ``step`` marks the state actions shown as buttons, offered as
    admin actions and API transitions, and drawn in the graph. ``service`` names the function
    of ``annotations.services`` that performs it (or a dotted path elsewhere).
    """

    name: str
    label: str
    done: str
    sources: frozenset[ReviewState]
    target: ReviewState | None
    permission: str
    service: str
    verb: str
    role_verb: str
    actor: Actor = Actor.ANYONE
    turn: Turn = Turn.NOBODY
    reason: Reason = Reason.NONE
    reason_name: str = ""  # what is missing when a required reason is blank
    step: bool = True
    style: str = "secondary"  # primary, secondary, danger, publish
    shortcut: str = ""  # a key in the workspace
    confirm: str = ""  # asked before the step, for steps that reach readers at once

    @property
    def message(self) -> str:
        """What the user is told once it is done: "Sent to second review."."""
        return f"{self.done[:1].upper()}{self.done[1:]}."

    def message_for(self, count: int) -> str:
        """The same for a batch: "2 claims sent to second review."."""
        return f"{count} claim{'' if count == 1 else 's'} {self.done}."

    @property
    def perm(self) -> str:
        return f"annotations.{self.permission}"

    @property
    def editor_only(self) -> bool:
        """Reviewers' role lacks the permission (wording: "An editor must …")."""
        return self.permission not in REVIEWER_PERMISSIONS["annotations"]


@dataclass(frozen=True)
class Workflow:
    actions: tuple[Action, ...]
    by_name: dict[str, Action] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {a.name: a for a in self.actions})
        if len(self.by_name) != len(self.actions):
            raise ValueError("Workflow action names must be unique.")

    def with_action(self, action: Action) -> Workflow:
        """A copy with one more row (tests, extensions)."""
        return replace(self, actions=(*self.actions, action))


WORKFLOW = Workflow(
    actions=(
        Action(
            "assign",
            label="Assign to me",
            done="assigned to you",
            sources=frozenset({S.UNREVIEWED, S.IN_PROGRESS}),
            target=S.IN_PROGRESS,
            permission="change_review",
            service="review_assign",
            verb="assign it",
            role_verb="review claims",
            actor=Actor.TAKER,
            turn=Turn.UNASSIGNED,
            style="primary",
            shortcut="a",
        ),
        Action(
            "edit",
            label="Edit",
            done="saved",
            sources=frozenset({S.IN_PROGRESS}),
            target=None,
            permission="change_review",
            service="review_update",
            verb="edit it",
            role_verb="edit reviews",
            actor=Actor.ASSIGNEE_OR_EDITOR,
            turn=Turn.ASSIGNEE,
            step=False,
        ),
        Action(
            "submit",
            label="Send to second review",
            done="sent to second review",
            sources=frozenset({S.IN_PROGRESS}),
            target=S.NEEDS_SECOND_REVIEW,
            permission="submit_review",
            service="review_submit_for_second_review",
            verb="send it to second review",
            role_verb="send reviews to second review",
            actor=Actor.ASSIGNEE_OR_EDITOR,
            turn=Turn.ASSIGNEE,
            style="primary",
            shortcut="s",
        ),
        Action(
            "approve",
            label="Approve",
            done="approved, ready to publish",
            sources=frozenset({S.NEEDS_SECOND_REVIEW}),
            target=S.APPROVED,
            permission="approve_review",
            service="review_approve",
            verb="approve it",
            role_verb="approve reviews",
            actor=Actor.SECOND_PAIR_OF_EYES,
            turn=Turn.NOT_ASSIGNEE,
            reason=Reason.OPTIONAL,
            style="primary",
        ),
        Action(
            "return",
            label="Return to reviewer",
            done="returned to the reviewer with your comment",
            sources=frozenset({S.NEEDS_SECOND_REVIEW, S.APPROVED}),
            target=S.IN_PROGRESS,
            permission="approve_review",
            service="review_return",
            verb="return it",
            role_verb="return reviews",
            reason=Reason.REQUIRED,
            reason_name="A comment saying what to change",
        ),
        Action(
            # Only while nobody has acted on it: an approval or a return moves it out of the state. After
            # ``return`` in the table, so hints from that state still name the editor's step (``path_to``).
            "recall",
            label="Take back",
            done="taken back from second review",
            sources=frozenset({S.NEEDS_SECOND_REVIEW}),
            target=S.IN_PROGRESS,
            permission="submit_review",
            service="review_recall",
            verb="take it back",
            role_verb="take back reviews sent to second review",
            actor=Actor.ASSIGNEE,
        ),
        Action(
            "publish",
            label="Publish",
            done="published",
            sources=frozenset({S.APPROVED}),
            target=S.PUBLISHED,
            permission="publish_review",
            service="review_publish",
            verb="publish it",
            role_verb="publish reviews",
            actor=Actor.NOT_AN_AUTHOR,
            turn=Turn.ANYONE,
            style="publish",
            confirm="Publish this verdict? Readers see it at once: the public page, the API, the feeds and "
            "the partners' webhooks.",
        ),
        Action(
            "dismiss",
            label="Dismiss as not checkable",
            done="dismissed as not checkable",
            sources=frozenset({S.UNREVIEWED, S.IN_PROGRESS}),
            target=S.NOT_CHECKABLE,
            permission="dismiss_review",
            service="review_dismiss",
            verb="dismiss it",
            role_verb="dismiss claims",
            actor=Actor.UNASSIGNED_ASSIGNEE_OR_EDITOR,
            reason=Reason.REQUIRED,
            reason_name="A reason for dismissing the claim",
            style="danger",
        ),
        Action(
            "reopen",
            label="Reopen",
            done="reopened and back in the queue",
            sources=frozenset({S.NOT_CHECKABLE}),
            target=S.UNREVIEWED,
            permission="assign_review",
            service="review_reopen",
            verb="reopen it",
            role_verb="reopen dismissed claims",
        ),
        Action(
            "withdraw",
            label="Withdraw",
            done="withdrawn: its public page, the feeds and the export no longer carry it",
            sources=frozenset({S.PUBLISHED}),
            target=S.WITHDRAWN,
            permission="publish_review",
            service="review_withdraw",
            verb="withdraw it",
            role_verb="withdraw published verdicts",
            reason=Reason.REQUIRED,
            reason_name="A reason for withdrawing the verdict (readers see it)",
            style="danger",
            confirm="Withdraw this published verdict? It leaves the public page, the API and the feeds at "
            "once; readers see your reason.",
        ),
        Action(
            "correct",
            label="Open a correction",
            done="reopened as a correction (readers keep the published revision until this one is published)",
            sources=frozenset({S.PUBLISHED, S.WITHDRAWN}),
            target=S.IN_PROGRESS,
            permission="publish_review",
            service="review_correct",
            verb="open a correction",
            role_verb="correct published reviews",
            reason=Reason.REQUIRED,
            reason_name="A reason for the correction",
        ),
        Action(
            "amend",
            label="Correct the claim",
            done="corrected",
            # an unreviewed, dismissed or in-progress claim; once sent on, the claim is what was rated
            sources=frozenset({S.UNREVIEWED, S.IN_PROGRESS, S.NOT_CHECKABLE}),
            target=None,
            permission="correct_claim",
            service="annotations.corrections.claim_update",
            verb="correct the claim",
            role_verb="correct claims",
            actor=Actor.UNASSIGNED_ASSIGNEE_OR_EDITOR,
            step=False,
        ),
        Action(
            "comment",
            label="Comment",
            done="commented on",
            sources=ALL_STATES,
            target=None,
            permission="add_comment",
            service="comment_add",
            verb="comment on it",
            role_verb="comment on reviews",
            step=False,
        ),
    )
)


# --- reading the table ----------------------------------------------------------------------------


def actions() -> tuple[Action, ...]:
    return WORKFLOW.actions


def steps() -> tuple[Action, ...]:
    """The state actions, in table order: buttons, admin actions, API transitions, graph edges."""
    return tuple(a for a in WORKFLOW.actions if a.step)


def get(name: str) -> Action:
    try:
        return WORKFLOW.by_name[name]
    except KeyError:
        raise TransitionNotAllowed(f"Unknown action {name!r}.") from None


def shortcuts() -> dict[str, dict[str, str]]:
    """Workspace keys: key -> the step's name and label."""
    return {a.shortcut: {"action": a.name, "label": a.label} for a in steps() if a.shortcut}


# --- checking an action against the table ---------------------------------------------------------


def require_user(user: Any) -> None:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        raise PermissionDenied("Log in with a reviewer or editor account to do this.")


def require_perm(user: Any, codename: str, doing: str) -> None:
    require_user(user)
    if not user.has_perm(f"annotations.{codename}"):
        raise PermissionDenied(f"Your role does not allow you to {doing}.")


def _assignee_name(review: Review) -> str:
    return public_name(review.assignee) if review.assignee_id else "nobody"


def _assignee_or_editor(review: Review, user: Any) -> None:
    if review.assignee_id != user.pk and not is_editor(user):
        raise PermissionDenied(f"This claim is assigned to {_assignee_name(review)}.")


def _unassigned_assignee_or_editor(review: Review, user: Any) -> None:
    if review.assignee_id:
        _assignee_or_editor(review, user)


def _not_an_author(review: Review, user: Any) -> None:
    if review_wrote(review, user):
        raise PermissionDenied(
            "You wrote part of this verdict or rationale: someone else must approve and publish it."
        )


def _second_pair_of_eyes(review: Review, user: Any) -> None:
    if review.assignee_id == user.pk:
        raise PermissionDenied("The second reviewer must be someone other than the first reviewer.")
    _not_an_author(review, user)


def _assignee_only(review: Review, user: Any) -> None:
    if review.assignee_id != user.pk:
        who = f" ({_assignee_name(review)})" if review.assignee_id else ""
        raise PermissionDenied(f"Only the claim's reviewer{who} can do this.")


def _taker(review: Review, user: Any) -> None:
    if review.assignee_id == user.pk:
        raise TransitionNotAllowed("The claim is already assigned to you.")
    if review.assignee_id and not user.has_perm("annotations.assign_review"):
        raise PermissionDenied(
            f"Your role does not allow you to take over a claim assigned to {_assignee_name(review)}."
        )


# Actor rule -> its check, which raises the refusal.
ACTOR_RULES: dict[Actor, Callable[[Review, Any], None]] = {
    Actor.ANYONE: lambda review, user: None,
    Actor.ASSIGNEE_OR_EDITOR: _assignee_or_editor,
    Actor.UNASSIGNED_ASSIGNEE_OR_EDITOR: _unassigned_assignee_or_editor,
    Actor.SECOND_PAIR_OF_EYES: _second_pair_of_eyes,
    Actor.NOT_AN_AUTHOR: _not_an_author,
    Actor.TAKER: _taker,
    Actor.ASSIGNEE: _assignee_only,
}


def path_to(state: ReviewState, goal: Iterable[ReviewState]) -> list[Action]:
    """The shortest run of steps from ``state`` into one of ``goal`` (breadth-first over the table)."""
    goal = set(goal)
    queue: deque[tuple[ReviewState, list[Action]]] = deque([(state, [])])
    seen = {state}
    while queue:
        current, path = queue.popleft()
        for action in steps():
            if current not in action.sources or action.target is None or action.target in seen:
                continue
            if action.target in goal:
                return [*path, action]
            seen.add(action.target)
            queue.append((action.target, [*path, action]))
    return []


def state_error(action: Action, review: Review) -> StateConflict:
    """ "Cannot …: the review is …", with the first step that would lead to a state it is allowed in."""
    message = f"Cannot {action.verb}: the review is {S(review.state).label.lower()}."
    path = path_to(S(review.state), action.sources)
    if path:
        first = path[0]
        hint = f"An editor must {first.verb} first." if first.editor_only else f"{first.verb} first."
        message = f"{message} {hint[0].upper()}{hint[1:]}"
    return StateConflict(message)


def check(action: Action | str, review: Review, user: Any, *, actor_rule: bool = True) -> Action:
    """Raise the ``WorkflowError`` that refuses ``user`` the action on ``review`` now, if any.

    Role first, then state, then the actor rule (``actor_rule=False`` skips it, for an editor
    giving a claim to someone else). Required text is checked by the service, on the call.
    """
    action = get(action) if isinstance(action, str) else action
    require_perm(user, action.permission, action.role_verb)
    if review.state not in action.sources:
        raise state_error(action, review)
    if actor_rule:
        ACTOR_RULES[action.actor](review, user)
    return action


def check_give(review: Review, user: Any) -> Action:
    """The assign step, for giving the claim to someone else: the source states, and an editor's role."""
    action = check("assign", review, user, actor_rule=False)
    require_perm(user, "assign_review", "assign claims to someone else")
    return action


def may_give(review: Review, user: Any) -> bool:
    """Whether ``user`` may give the claim to someone else now (the workspace's *Assign to*)."""
    try:
        check_give(review, user)
    except (PermissionDenied, TransitionNotAllowed):
        return False
    return True


def allows(action: Action | str, review: Review, user: Any) -> bool:
    try:
        check(action, review, user)
    except (PermissionDenied, TransitionNotAllowed):
        return False
    return True


def allowed_actions(review: Review, user: Any) -> list[str]:
    """Names of the actions ``user`` may take on ``review`` now, in table order."""
    return [a.name for a in actions() if allows(a, review, user)]


def is_free(review: Review) -> bool:
    """Nobody has the claim yet: the first edit takes it."""
    return review.assignee_id is None and review.state in get("assign").sources


def may_take(review: Review, user: Any) -> bool:
    """A free claim the user may assign to themselves: their first edit takes it (``claim_annotate``)."""
    return is_free(review) and allows("assign", review, user)


def may_annotate(review: Review, user: Any) -> bool:
    """Whether the user may write the verdict, rationale or evidence now, taking a free claim first."""
    return allows("edit", review, user) or may_take(review, user)


# --- drawing the table ----------------------------------------------------------------------------


def edges() -> list[tuple[ReviewState, ReviewState, Action]]:
    """(from, to, action) for every step, in table order."""
    return [
        (source, action.target, action)
        for action in steps()
        if action.target is not None
        for source in sorted(action.sources, key=list(S).index)
    ]


def _edge_label(action: Action) -> str:
    who = " (editor)" if action.editor_only else " (assignee)" if action.actor is Actor.ASSIGNEE else ""
    why = " + reason" if action.reason is Reason.REQUIRED else ""
    return f"{action.label}{who}{why}"


def graph(fmt: str = "mermaid") -> str:
    """The state machine as Mermaid (``stateDiagram-v2``) or Graphviz DOT text."""
    if fmt == "mermaid":
        lines = ["stateDiagram-v2"]
        lines += [f'    state "{state.label}" as {state.value}' for state in S]
        lines.append(f"    [*] --> {INITIAL_STATE.value}")
        lines += [f"    {a.value} --> {b.value}: {_edge_label(action)}" for a, b, action in edges()]
        return "\n".join(lines) + "\n"
    if fmt == "dot":
        lines = ["digraph workflow {", "    rankdir=LR;", '    start [shape=point, label=""];']
        lines += [f'    {state.value} [shape=box, style=rounded, label="{state.label}"];' for state in S]
        lines.append(f"    start -> {INITIAL_STATE.value};")
        lines += [f'    {a.value} -> {b.value} [label="{_edge_label(action)}"];' for a, b, action in edges()]
        return "\n".join([*lines, "}"]) + "\n"
    raise ValueError(f"Unknown graph format {fmt!r}; use mermaid or dot.")
