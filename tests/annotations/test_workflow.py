"""The state machine: every action from every state, the rules on content, revisions and history."""

from __future__ import annotations

import pytest

from annotations import services, workflow
from annotations.exceptions import StateConflict
from annotations.models import Comment, Evidence, Review, ReviewRevision
from tests.annotations.conftest import bring_to, refresh
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

STATES = ["unreviewed", "in_progress", "needs_second_review", "approved", "published", "not_checkable"]


def act(action: str, review, by):
    """Run a table action through the services, with a reason where the table asks for one."""
    if action == "edit":
        return services.review_update(
            review=review, by=by, expected_version=review.version, rationale="Edited."
        )
    return services.review_perform(action=action, review=review, by=by, reason="Because the desk said so.")


# action -> {from state: resulting state}, read from the workflow table; every other state refuses it.
ALLOWED = {
    action.name: {source: action.target or source for source in action.sources}
    for action in workflow.actions()
    if action.step or action.name == "edit"
}


def test_the_table_covers_the_known_steps():
    """The table, as the product documents it (README's diagram is checked in test_workflow_table)."""
    assert ALLOWED == {
        "assign": {"unreviewed": "in_progress", "in_progress": "in_progress"},
        "edit": {"in_progress": "in_progress"},
        "submit": {"in_progress": "needs_second_review"},
        "approve": {"needs_second_review": "approved"},
        "return": {"needs_second_review": "in_progress", "approved": "in_progress"},
        "recall": {"needs_second_review": "in_progress"},
        "publish": {"approved": "published"},
        "dismiss": {"unreviewed": "not_checkable", "in_progress": "not_checkable"},
        "reopen": {"not_checkable": "unreviewed"},
        "withdraw": {"published": "withdrawn"},
        "correct": {"published": "in_progress", "withdrawn": "in_progress"},
    }


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("action", list(ALLOWED))
def test_every_action_from_every_state(action, state, review, reviewer, editor, rating_false):
    """An editor (all permissions, not the first reviewer) may do exactly the allowed transitions; the
    first reviewer takes the steps that are theirs alone."""
    review = bring_to(state, review, reviewer=reviewer, editor=editor, rating=rating_false)
    assert review.state == state
    version = review.version
    expected = ALLOWED[action].get(state)
    by = reviewer if workflow.get(action).actor is workflow.Actor.ASSIGNEE else editor
    if expected is None:
        with pytest.raises(services.TransitionNotAllowed):
            act(action, review, by)
        assert refresh(review).state == state
        assert review.version == version
    else:
        result = act(action, review, by)
        assert result.state == expected
        assert refresh(review).state == expected
        assert review.version == version + 1


def test_second_review_needs_verdict_rationale_and_summary(review, reviewer):
    review = services.review_assign(review=review, by=reviewer)
    with pytest.raises(services.TransitionNotAllowed, match="Add a verdict and a rationale"):
        services.review_submit_for_second_review(review=review, by=reviewer)
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, rationale="   ", claim_reviewed=""
    )
    with pytest.raises(services.TransitionNotAllowed, match="a claim summary"):
        services.review_submit_for_second_review(review=review, by=reviewer)
    assert refresh(review).state == "in_progress"


def test_claim_summary_defaults_to_the_claim_when_it_fits_and_is_limited_to_140(claim, reviewer):
    claim.text = "word " * 28  # 139 characters once trimmed
    claim.save()
    assert services.review_get_or_create(claim=claim).claim_reviewed == ("word " * 28).strip()
    other = ClaimFactory(article=claim.article, text="word " * 60)
    review = services.review_get_or_create(claim=other)
    assert review.claim_reviewed == ""  # too long to be a summary: the reviewer writes one, nothing is cut
    review = services.review_assign(review=review, by=reviewer)
    with pytest.raises(services.WorkflowError, match="141 characters"):
        services.review_update(
            review=review, by=reviewer, expected_version=review.version, claim_reviewed="x" * 141
        )
    assert refresh(review).claim_reviewed == ""


def test_the_claimants_role_and_page_are_checked_and_frozen_when_published(
    review, reviewer, editor, rating_false
):
    review = bring_to("in_progress", review, reviewer=reviewer, editor=editor, rating=rating_false)
    with pytest.raises(services.WorkflowError, match="must be an http"):
        services.review_update(
            review=review,
            by=reviewer,
            expected_version=review.version,
            claimant_same_as="javascript:alert(1)",
        )
    review = services.review_update(
        review=review,
        by=reviewer,
        expected_version=review.version,
        claimant_job_title="  Minister   of\nHealth ",
        claimant_same_as="https://www.wikidata.org/wiki/Q1",
    )
    assert (review.claimant_job_title, review.claimant_same_as) == (
        "Minister of Health",
        "https://www.wikidata.org/wiki/Q1",
    )
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    review = services.review_approve(review=review, by=editor)
    review = services.review_publish(review=review, by=editor)
    revision = refresh(review).published_revision
    assert (revision.claimant_job_title, revision.claimant_same_as) == (
        "Minister of Health",
        "https://www.wikidata.org/wiki/Q1",
    )


def test_a_missing_review_row_means_unreviewed_and_is_created_once(claim):
    from annotations.selectors import claims_with_reviews, review_state_of

    assert review_state_of(claims_with_reviews().get(pk=claim.pk)) == "unreviewed"
    first = services.review_get_or_create(claim=claim)
    second = services.review_get_or_create(claim=claim)
    assert first.pk == second.pk
    assert Review.objects.count() == 1
    assert first.claim_reviewed == claim.text


def test_the_first_reviewer_cannot_approve_their_own_review(review, editor, rating_false):
    review = services.review_assign(review=review, by=editor)
    review = services.review_update(
        review=review, by=editor, expected_version=review.version, verdict=rating_false, rationale="R."
    )
    review = services.review_submit_for_second_review(review=review, by=editor)
    with pytest.raises(services.PermissionDenied, match="someone other than the first reviewer"):
        services.review_approve(review=review, by=editor)
    assert refresh(review).state == "needs_second_review"


def test_return_and_dismiss_need_a_reason_and_keep_it_as_a_comment(review, reviewer, editor, rating_false):
    review = bring_to("needs_second_review", review, reviewer=reviewer, editor=editor, rating=rating_false)
    with pytest.raises(services.TransitionNotAllowed, match="comment"):
        services.review_return(review=review, by=editor, reason="  ")
    review = services.review_return(review=review, by=editor, reason="Which census?")
    assert review.second_reviewer is None
    assert Comment.objects.get(kind="return").body == "Which census?"
    with pytest.raises(services.TransitionNotAllowed, match="reason"):
        services.review_dismiss(review=review, by=reviewer, reason="")
    review = services.review_dismiss(review=review, by=reviewer, reason="A prediction.")
    assert (review.state, review.dismissal_reason) == ("not_checkable", "A prediction.")
    assert Comment.objects.filter(kind="dismissal").count() == 1


def test_the_reviewer_takes_their_review_back_from_second_review(review, reviewer, editor, rating_false):
    review = bring_to("needs_second_review", review, reviewer=reviewer, editor=editor, rating=rating_false)
    version = review.version
    review = services.review_recall(review=review, by=reviewer, expected_version=version)
    assert (refresh(review).state, review.version, review.submitted_at) == ("in_progress", version + 1, None)
    record = review.history.order_by("-history_date", "-history_id").first()
    assert (record.history_change_reason, record.history_user, record.state) == (
        "Taken back from second review",
        reviewer,
        "in_progress",
    )
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, rationale="Fixed."
    )
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    with pytest.raises(services.ConflictError):
        services.review_recall(review=review, by=reviewer, expected_version=version)
    assert refresh(review).state == "needs_second_review"


@pytest.mark.parametrize("who", ["other_reviewer", "editor", "superuser"])
def test_only_the_reviewer_may_take_it_back(request, who, review, reviewer, editor, rating_false):
    review = bring_to("needs_second_review", review, reviewer=reviewer, editor=editor, rating=rating_false)
    version = review.version
    with pytest.raises(services.PermissionDenied) as caught:
        services.review_recall(review=review, by=request.getfixturevalue(who))
    assert caught.value.message == "Only the claim's reviewer (Rita Reviewer) can do this."
    assert (refresh(review).state, review.version) == ("needs_second_review", version)


@pytest.mark.parametrize(
    "step,message",
    [
        ("approve", "Cannot take it back: the review is approved."),
        ("return", "Cannot take it back: the review is in progress."),
    ],
)
def test_taking_back_is_refused_once_an_editor_acted(step, message, review, reviewer, editor, rating_false):
    review = bring_to("needs_second_review", review, reviewer=reviewer, editor=editor, rating=rating_false)
    review = services.review_perform(action=step, review=review, by=editor, reason="Which census?")
    assert "recall" not in services.review_allowed_actions(review=review, user=reviewer)
    version = review.version
    with pytest.raises(StateConflict) as caught:
        services.review_recall(review=review, by=reviewer)
    assert caught.value.message.startswith(message)
    assert refresh(review).version == version


def test_publishing_records_dates_reviewers_and_a_frozen_revision(review, reviewer, editor, rating_false):
    review = bring_to("approved", review, reviewer=reviewer, editor=editor, rating=rating_false)
    Evidence.objects.create(review=review, url="https://example.org/census", title="Census")
    review = services.review_publish(review=review, by=editor)
    assert review.published_at is not None and review.last_published_at == review.published_at
    assert (review.assignee, review.second_reviewer) == (reviewer, editor)
    revision = ReviewRevision.objects.get()
    assert (revision.revision, revision.verdict, revision.rationale) == (1, rating_false, "Because.")
    assert revision.reviewers == ["Rita Reviewer", "Edna Editor"]
    assert revision.evidence[0]["url"] == "https://example.org/census"
    assert list(Review.objects.published()) == [review]
    assert refresh(review).published_revision == revision


def test_a_correction_is_a_new_revision_and_keeps_the_published_one(review, reviewer, editor, rating_false):
    review = bring_to("published", review, reviewer=reviewer, editor=editor, rating=rating_false)
    first_published = review.published_at
    review = services.review_correct(review=review, by=editor, reason="The ministry revised the figure.")
    assert (review.state, review.revision) == ("in_progress", 2)
    # readers keep revision 1 while the correction is drafted
    (shown,) = Review.objects.published()
    assert (shown.pk, shown.published_revision.revision, shown.published_revision.rationale) == (
        review.pk,
        1,
        "Because.",
    )
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, rationale="Corrected rationale."
    )
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    review = services.review_approve(review=review, by=editor)
    review = services.review_publish(review=review, by=editor)
    assert review.published_at == first_published
    assert review.last_published_at > first_published
    revisions = list(ReviewRevision.objects.values_list("revision", "rationale"))
    assert revisions == [(1, "Because."), (2, "Corrected rationale.")]
    assert refresh(review).published_revision.revision == 2
    assert Comment.objects.get(kind="correction").body == "The ministry revised the figure."


def test_published_reviews_cannot_be_edited_in_place(review, reviewer, editor, rating_false):
    review = bring_to("published", review, reviewer=reviewer, editor=editor, rating=rating_false)
    with pytest.raises(services.TransitionNotAllowed, match="open a correction"):
        services.review_update(review=review, by=editor, expected_version=review.version, rationale="Sneaky.")
    with pytest.raises(services.TransitionNotAllowed):
        services.evidence_add(review=review, by=editor, url="https://example.org/")
    assert refresh(review).rationale == "Because."


def test_evidence_add_update_remove_with_validation(review, reviewer):
    review = services.review_assign(review=review, by=reviewer)
    with pytest.raises(services.WorkflowError, match="not a valid"):
        services.evidence_add(review=review, by=reviewer, url="javascript:alert(1)")
    evidence = services.evidence_add(
        review=review, by=reviewer, url=" https://example.org/a ", title="A", stance="contradicts"
    )
    assert (evidence.url, evidence.stance, evidence.created_by) == (
        "https://example.org/a",
        "contradicts",
        reviewer,
    )
    evidence = services.evidence_update(evidence=evidence, by=reviewer, title="Census 2016")
    assert Evidence.objects.get().title == "Census 2016"
    with pytest.raises(services.WorkflowError, match="no field"):
        services.evidence_update(evidence=evidence, by=reviewer, review_id=99)
    with pytest.raises(services.WorkflowError, match="Unknown stance"):
        services.evidence_update(evidence=evidence, by=reviewer, stance="maybe")
    services.evidence_remove(evidence=evidence, by=reviewer)
    assert not Evidence.objects.exists()


def test_history_records_who_changed_what(review, reviewer, editor, rating_false):
    review = bring_to("published", review, reviewer=reviewer, editor=editor, rating=rating_false)
    records = list(review.history.order_by("history_date", "history_id"))
    assert [(r.state, r.history_user and r.history_user.username) for r in records] == [
        ("unreviewed", None),
        ("in_progress", "rita"),
        ("in_progress", "rita"),
        ("needs_second_review", "rita"),
        ("approved", "edna"),
        ("published", "edna"),
    ]
    assert records[-1].history_change_reason == "Published (revision 1)"
    delta = records[2].diff_against(records[1])
    assert {"verdict", "rationale"} <= set(delta.changed_fields)


def test_evidence_history_keeps_deleted_evidence(review, reviewer):
    review = services.review_assign(review=review, by=reviewer)
    evidence = services.evidence_add(review=review, by=reviewer, url="https://example.org/a")
    services.evidence_update(evidence=evidence, by=reviewer, quote="250,000 residents")
    services.evidence_remove(evidence=evidence, by=reviewer)
    records = list(Evidence.history.order_by("history_date", "history_id"))
    assert [(r.history_type, r.history_user) for r in records] == [
        ("+", reviewer),
        ("~", reviewer),
        ("-", reviewer),
    ]
    assert records[1].quote == "250,000 residents"


def test_allowed_actions_follow_state_and_role(review, reviewer, other_reviewer, editor, rating_false):
    assert services.review_allowed_actions(review=review, user=reviewer) == [
        "assign",
        "dismiss",
        "amend",
        "comment",
    ]
    review = bring_to("needs_second_review", review, reviewer=reviewer, editor=editor, rating=rating_false)
    assert services.review_allowed_actions(review=review, user=reviewer) == ["recall", "comment"]
    assert services.review_allowed_actions(review=review, user=other_reviewer) == ["comment"]
    assert services.review_allowed_actions(review=review, user=editor) == ["approve", "return", "comment"]


def test_texts_people_write_have_a_maximum_length(review, reviewer):
    from annotations.models import NOTE_MAX_CHARS, RATIONALE_MAX_CHARS

    review = services.review_assign(review=review, by=reviewer)
    with pytest.raises(
        services.WorkflowError, match=f"The rationale has 20,001 characters; at most {RATIONALE_MAX_CHARS:,}"
    ):
        services.review_update(
            review=review,
            by=reviewer,
            expected_version=review.version,
            rationale="x" * (RATIONALE_MAX_CHARS + 1),
        )
    with pytest.raises(services.WorkflowError, match="The comment has 5,001 characters"):
        services.comment_add(review=review, by=reviewer, body="y" * (NOTE_MAX_CHARS + 1))
    with pytest.raises(services.WorkflowError, match="The quote has"):
        services.evidence_add(
            review=review, by=reviewer, url="https://example.org/", quote="z" * (NOTE_MAX_CHARS + 1)
        )
    with pytest.raises(services.WorkflowError, match="A reason for dismissing the claim has"):
        services.review_dismiss(review=review, by=reviewer, reason="w" * (NOTE_MAX_CHARS + 1))
    review.refresh_from_db()
    assert (review.state, review.rationale) == ("in_progress", "")
    assert not Comment.objects.exists() and not Evidence.objects.exists()


# --- withdrawal ---------------------------------------------------------------------------------


def test_withdrawing_takes_the_verdict_from_readers_and_keeps_what_was_published(
    review, reviewer, editor, rating_false
):
    review = bring_to("published", review, reviewer=reviewer, editor=editor, rating=rating_false)
    published_at = review.published_at
    with pytest.raises(services.TransitionNotAllowed, match="reason"):
        services.review_withdraw(review=review, by=editor, reason="  ")
    review = services.review_withdraw(review=review, by=editor, reason="The census was retracted.")
    review = refresh(review)
    assert (review.state, review.withdrawal_reason) == ("withdrawn", "The census was retracted.")
    assert review.published_revision is None
    assert review.withdrawn_at is not None and review.public_updated_at == review.withdrawn_at
    assert review.published_at == published_at  # first publication is history, not erased
    assert list(Review.objects.published()) == []
    assert list(Review.objects.withdrawn()) == list(Review.objects.public()) == [review]
    assert ReviewRevision.objects.count() == 1
    assert Comment.objects.get(kind="withdrawal").body == "The census was retracted."
    assert review.history.first().history_change_reason == "Withdrawn"


def test_only_editors_withdraw_and_only_published_verdicts(review, reviewer, editor, rating_false):
    review = bring_to("approved", review, reviewer=reviewer, editor=editor, rating=rating_false)
    with pytest.raises(services.TransitionNotAllowed, match="Cannot withdraw it: the review is approved"):
        services.review_withdraw(review=review, by=editor, reason="Why not.")
    review = services.review_publish(review=review, by=editor)
    with pytest.raises(services.PermissionDenied, match="withdraw published verdicts"):
        services.review_withdraw(review=review, by=reviewer, reason="I changed my mind.")
    assert refresh(review).state == "published"


def test_a_withdrawn_verdict_comes_back_only_through_a_published_correction(
    review, reviewer, editor, rating_false
):
    review = bring_to("withdrawn", review, reviewer=reviewer, editor=editor, rating=rating_false)
    review = services.review_correct(review=review, by=editor, reason="A new census came out.")
    assert (review.state, review.revision) == ("in_progress", 2)
    assert list(Review.objects.published()) == []  # still withdrawn while the correction is drafted
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    review = services.review_approve(review=review, by=editor)
    review = services.review_publish(review=review, by=editor)
    review = refresh(review)
    assert (review.state, review.withdrawn_at, review.withdrawal_reason) == ("published", None, "")
    assert review.published_revision.revision == 2
    assert review.public_updated_at == review.last_published_at
