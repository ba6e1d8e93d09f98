"""Every workflow action for each role: anonymous, the reviewer, another reviewer, an editor, a superuser."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from annotations import services
from annotations.models import Comment, Evidence, Rating
from tests.annotations.conftest import bring_to, member, refresh

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "reviewer", "other_reviewer", "editor", "superuser"]

# action: (state the review is in, assigned to ``reviewer``, roles allowed)
MATRIX = {
    "assign": ("unreviewed", {"reviewer", "other_reviewer", "editor", "superuser"}),
    # the reviewer already has it: refused as a wrong step, not by role (below)
    "take_over": ("in_progress", {"editor", "superuser"}),
    "assign_other": ("unreviewed", {"editor", "superuser"}),
    "update": ("in_progress", {"reviewer", "editor", "superuser"}),
    "evidence_add": ("in_progress", {"reviewer", "editor", "superuser"}),
    "submit": ("in_progress", {"reviewer", "editor", "superuser"}),
    "approve": ("needs_second_review", {"editor", "superuser"}),
    "return": ("needs_second_review", {"editor", "superuser"}),
    "return_approved": ("approved", {"editor", "superuser"}),
    "recall": ("needs_second_review", {"reviewer"}),  # the reviewer's own step: not even a superuser's
    "publish": ("approved", {"editor", "superuser"}),
    "dismiss": ("in_progress", {"reviewer", "editor", "superuser"}),
    "dismiss_unassigned": ("unreviewed", {"reviewer", "other_reviewer", "editor", "superuser"}),
    "reopen": ("not_checkable", {"editor", "superuser"}),
    "correct": ("published", {"editor", "superuser"}),
    "comment": ("needs_second_review", {"reviewer", "other_reviewer", "editor", "superuser"}),
}


def perform(action: str, review, by, *, target, rating):
    match action:
        case "assign" | "take_over":
            return services.review_assign(review=review, by=by)
        case "assign_other":
            return services.review_assign(review=review, by=by, assignee=target)
        case "update":
            return services.review_update(
                review=review, by=by, expected_version=review.version, rationale="New."
            )
        case "evidence_add":
            return services.evidence_add(review=review, by=by, url="https://example.org/source")
        case "submit":
            return services.review_submit_for_second_review(review=review, by=by)
        case "approve":
            return services.review_approve(review=review, by=by)
        case "return" | "return_approved":
            return services.review_return(review=review, by=by, reason="Which source?")
        case "recall":
            return services.review_recall(review=review, by=by)
        case "publish":
            return services.review_publish(review=review, by=by)
        case "dismiss" | "dismiss_unassigned":
            return services.review_dismiss(review=review, by=by, reason="Opinion.")
        case "reopen":
            return services.review_reopen(review=review, by=by)
        case "correct":
            return services.review_correct(review=review, by=by, reason="Update.")
        case "comment":
            return services.comment_add(review=review, by=by, body="Looks right.")
    raise AssertionError(action)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(MATRIX))
def test_role_matrix(request, action, role, review, reviewer, other_reviewer, editor, rating_false):
    state, allowed = MATRIX[action]
    # The review was started by ``reviewer``; the approvals along the way by a second editor.
    approver = member("alex", "Editor")
    review = bring_to(state, review, reviewer=reviewer, editor=approver, rating=rating_false)
    target = member("tina", "Reviewer")
    user = request.getfixturevalue(role)
    before = (review.state, review.version, review.assignee_id, review.rationale)
    counts = (Comment.objects.count(), Evidence.objects.count())
    if role in allowed:
        perform(action, review, user, target=target, rating=rating_false)
        after = refresh(review)
        assert (after.state, after.version, after.assignee_id, after.rationale) != before or (
            Comment.objects.count(),
            Evidence.objects.count(),
        ) != counts
    else:
        owner_retakes = (action, role) == ("take_over", "reviewer")
        refusal = services.TransitionNotAllowed if owner_retakes else services.PermissionDenied
        with pytest.raises(refusal) as caught:
            perform(action, review, user, target=target, rating=rating_false)
        assert caught.value.message
        after = refresh(review)
        assert (after.state, after.version, after.assignee_id, after.rationale) == before
        assert (Comment.objects.count(), Evidence.objects.count()) == counts


def test_groups_are_created_with_their_permissions():
    reviewer = set(Group.objects.get(name="Reviewer").permissions.values_list("codename", flat=True))
    editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))
    assert {"change_review", "submit_review", "add_evidence", "add_comment", "view_claim"} <= reviewer
    assert not {"approve_review", "publish_review", "assign_review", "change_rating"} & reviewer
    assert reviewer < editor
    assert {"approve_review", "publish_review", "assign_review", "add_ratingscale", "change_rating"} <= editor


def test_sync_groups_restores_a_removed_permission():
    from annotations.roles import sync_groups

    group = Group.objects.get(name="Reviewer")
    group.permissions.remove(group.permissions.get(codename="submit_review"))
    sync_groups()
    assert group.permissions.filter(codename="submit_review").exists()


def test_inactive_users_are_refused(review, reviewer):
    reviewer.is_active = False
    reviewer.save()
    with pytest.raises(services.PermissionDenied, match="Log in"):
        services.review_assign(review=review, by=reviewer)


def test_an_editor_cannot_publish_a_verdict_nobody_else_wrote(
    review, reviewer, editor, second_editor, rating_false
):
    """The loophole: an editor assigns a reviewer who never touches the claim, writes the verdict,
    submits, then tries to approve and publish it alone."""
    review = services.review_assign(review=review, by=editor, assignee=reviewer)
    review = services.review_update(
        review=review, by=editor, expected_version=review.version, verdict=rating_false, rationale="Mine."
    )
    review = services.review_submit_for_second_review(review=review, by=editor)
    assert "approve" not in services.review_allowed_actions(review=review, user=editor)
    with pytest.raises(services.PermissionDenied, match="You wrote part of this verdict"):
        services.review_approve(review=review, by=editor)
    review = services.review_approve(review=review, by=second_editor)
    assert "publish" not in services.review_allowed_actions(review=review, user=editor)
    with pytest.raises(services.PermissionDenied, match="someone else must approve and publish"):
        services.review_publish(review=review, by=editor)
    review = services.review_publish(review=review, by=second_editor)
    revision = review.published_revision
    assert revision.authors == ["Edna Editor"], "the record names who wrote it, not the assignee"
    assert revision.reviewers == ["Edna Editor", "Alex Approver"]
    assert revision.approved_by == second_editor


def test_anyone_who_wrote_part_of_the_rationale_is_an_author(review, reviewer, editor, second_editor):
    review = services.review_assign(review=review, by=reviewer)
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, rationale="A"
    )
    review = services.review_update(review=review, by=editor, expected_version=review.version, rationale="AB")
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, verdict=Rating.objects.first()
    )
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    for author in (reviewer, editor):
        assert "approve" not in services.review_allowed_actions(review=review, user=author)
    assert "approve" in services.review_allowed_actions(review=review, user=second_editor)


# Claim corrections (the table's ``amend`` row): operation -> (state of the claim's review, roles allowed).
# The review is ``reviewer``'s once started; a claim sent on changes only through the workflow.
CORRECTIONS = {
    "update_unreviewed": ("unreviewed", {"reviewer", "other_reviewer", "editor", "superuser"}),
    "update": ("in_progress", {"reviewer", "editor", "superuser"}),
    "split": ("in_progress", {"reviewer", "editor", "superuser"}),
    "figure_add": ("in_progress", {"reviewer", "editor", "superuser"}),
    "figure_update": ("in_progress", {"reviewer", "editor", "superuser"}),
    "figure_remove": ("in_progress", {"reviewer", "editor", "superuser"}),
    "not_a_claim": ("not_checkable", {"reviewer", "editor", "superuser"}),
    "add": ("unreviewed", {"reviewer", "other_reviewer", "editor", "superuser"}),
    "update_sent_on": ("needs_second_review", set()),
    "update_published": ("published", set()),
}


def correct(operation: str, claim, by):
    from annotations import corrections

    figure = claim.quantities.first()
    match operation:
        case "update" | "update_unreviewed" | "update_sent_on" | "update_published":
            return corrections.claim_update(claim=claim, by=by, category="casualties")
        case "split":
            return corrections.claim_split(claim=claim, at=claim.start + claim.text.index("live"), by=by)
        case "figure_add":
            return corrections.quantity_add(
                claim=claim, by=by, start=claim.start, end=claim.start + 7, value=1
            )
        case "figure_update":
            return corrections.quantity_update(quantity=figure, by=by, value=240000)
        case "figure_remove":
            return corrections.quantity_remove(quantity=figure, by=by)
        case "not_a_claim":
            return corrections.claim_update(claim=claim, by=by, not_a_claim=True)
        case "add":
            return corrections.claim_add(article=claim.article, start=0, end=6, by=by)
    raise AssertionError(operation)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("operation", list(CORRECTIONS))
def test_correction_matrix(request, operation, role, review, reviewer, editor, rating_false):
    from factcheck.models import Claim, Quantity

    state, allowed = CORRECTIONS[operation]
    review = bring_to(state, review, reviewer=reviewer, editor=member("alex", "Editor"), rating=rating_false)
    if state == "not_checkable":  # dismissed by its reviewer
        review.refresh_from_db()
    claim = review.claim
    user = request.getfixturevalue(role)

    def snapshot():
        return (
            list(Claim.objects.order_by("pk").values_list("pk", "start", "end", "category", "not_a_claim")),
            list(Quantity.objects.order_by("pk").values_list("pk", "value")),
        )

    before = snapshot()
    if role in allowed:
        correct(operation, claim, user)
        assert snapshot() != before
    else:
        # the role first, then the state (a claim sent on: the workflow), then who has the claim
        refused_by_role = role == "anonymous" or (role == "other_reviewer" and bool(allowed))
        refusal = services.PermissionDenied if refused_by_role else services.TransitionNotAllowed
        with pytest.raises(refusal) as caught:
            correct(operation, claim, user)
        assert caught.value.message
        assert snapshot() == before
