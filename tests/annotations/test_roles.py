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
