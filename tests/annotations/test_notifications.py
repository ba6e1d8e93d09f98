"""Notifications: who the four workflow events tell, @mentions, the switches and the email task."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from annotations import notifications, services
from annotations.models import Notification, NotificationKind, NotificationSettings
from annotations.tasks import notification_email_task
from tests.annotations.conftest import bring_to, member

pytestmark = pytest.mark.django_db
Kind = NotificationKind


def notes(**filters):
    return list(
        Notification.objects.filter(**filters).values_list("recipient__username", "kind", "actor__username")
    )


# --- the four triggers ---------------------------------------------------------------------------


def test_an_editor_assigning_a_claim_tells_the_assignee(review, reviewer, editor):
    review = services.review_assign(review=review, by=editor, assignee=reviewer)
    assert notes() == [("rita", Kind.ASSIGNED, "edna")]
    notification = Notification.objects.get()
    assert (notification.review, notification.claim_id) == (review, review.claim_id)
    assert notification.read_at is None and notification.emailed_at is None
    assert notification.message.startswith(f"Edna Editor assigned you claim #{review.claim_id} “")


def test_taking_a_claim_yourself_tells_nobody(review, reviewer):
    services.review_assign(review=review, by=reviewer)
    assert not Notification.objects.exists()


def test_returning_a_review_tells_its_reviewer_with_the_reason(review, reviewer, editor, rating_false):
    review = bring_to("needs_second_review", review, reviewer=reviewer, editor=editor, rating=rating_false)
    services.review_return(review=review, by=editor, reason="Which census?")
    assert notes() == [("rita", Kind.RETURNED, "edna")]
    assert Notification.objects.get().message.endswith(": Which census?")


def test_publishing_tells_both_reviewers_but_not_the_publisher(
    review, reviewer, editor, second_editor, rating_false
):
    review = bring_to("approved", review, reviewer=reviewer, editor=editor, rating=rating_false)
    services.review_publish(review=review, by=second_editor)
    assert sorted(notes(kind=Kind.PUBLISHED)) == [
        ("edna", Kind.PUBLISHED, "alex"),
        ("rita", Kind.PUBLISHED, "alex"),
    ]


def test_the_approver_who_publishes_is_not_told(review, reviewer, editor, rating_false):
    review = bring_to("published", review, reviewer=reviewer, editor=editor, rating=rating_false)
    assert notes() == [("rita", Kind.PUBLISHED, "edna")]


def test_a_comment_tells_the_people_it_mentions(review, reviewer, editor, other_reviewer):
    services.comment_add(review=review, by=editor, body="@rita and @Oscar: see the census. @edna, me.")
    assert sorted(notes()) == [("oscar", Kind.MENTIONED, "edna"), ("rita", Kind.MENTIONED, "edna")]
    assert "see the census" in Notification.objects.first().message


def test_a_refused_step_notifies_nobody(review, reviewer, other_reviewer):
    with pytest.raises(services.WorkflowError):
        services.review_assign(review=review, by=reviewer, assignee=other_reviewer)  # not an editor
    assert not Notification.objects.exists()


def test_nobody_is_ever_notified_of_their_own_act_in_the_database(review, reviewer):
    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.create(
            recipient=reviewer,
            actor=reviewer,
            kind=Kind.ASSIGNED,
            review=review,
            claim=review.claim,
            message="x",
        )


# --- mentions ------------------------------------------------------------------------------------


def test_mentions_match_usernames_case_insensitively(db):
    rita = member("rita.r", "Reviewer")
    assert notifications.mentioned_users("Ask @rita.r about it") == [rita]
    assert notifications.mentioned_users("Ask @Rita.R.") == [rita]  # the full stop ends the sentence
    assert notifications.mentioned_users("(@RITA.r), @rita.r again") == [rita]


def test_email_addresses_and_unknown_or_inactive_names_mention_nobody(db):
    member("rita.r", "Reviewer")
    member("gone", "Reviewer", is_active=False)
    assert notifications.mentioned_users("Write to rita.r@example.org or a@b.org") == []
    assert notifications.mentioned_users("@nobody, @gone and @ alone") == []


def test_usernames_differing_only_in_case_need_the_exact_spelling(db):
    lower, upper = member("sam", "Reviewer"), member("Sam", "Reviewer")
    assert notifications.mentioned_users("@sam") == [lower]
    assert notifications.mentioned_users("@Sam") == [upper]
    assert notifications.mentioned_users("@SAM") == []


def test_a_mentioned_user_without_workspace_access_is_not_told(review, reviewer, outsider):
    services.comment_add(review=review, by=reviewer, body="cc @olga")
    assert not Notification.objects.exists()


# --- the switches --------------------------------------------------------------------------------


def test_switching_a_kind_off_stops_it_and_only_it(review, reviewer, editor, rating_false):
    assert not NotificationSettings.objects.exists()  # the defaults, until changed
    notifications.notification_settings_update(user=reviewer, switches={"assigned_in_app": False})
    services.review_assign(review=review, by=editor, assignee=reviewer)
    assert not Notification.objects.exists()
    services.comment_add(review=review, by=editor, body="@rita look")
    assert notes() == [("rita", Kind.MENTIONED, "edna")]


def test_settings_are_created_once_and_ignore_unknown_names(reviewer):
    notifications.notification_settings_update(
        user=reviewer, switches={"published_email": True, "is_staff": 1}
    )
    notifications.notification_settings_update(user=reviewer, switches={"assigned_email": True})
    row = NotificationSettings.objects.get()
    assert row.published_email and row.assigned_email and row.assigned_in_app
    assert reviewer.is_staff is True
    assert {NotificationSettings.field_name(k, c) for k in Kind for c in row.CHANNELS} <= {
        f.name for f in NotificationSettings._meta.fields
    }


# --- email -------------------------------------------------------------------------------------


def test_an_emailed_kind_sends_one_email_after_the_commit(
    review, reviewer, editor, django_capture_on_commit_callbacks, mailoutbox
):
    notifications.notification_settings_update(user=reviewer, switches={"assigned_email": True})
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.review_assign(review=review, by=editor, assignee=reviewer)
        assert mailoutbox == []  # nothing before the commit
    assert len(callbacks) == 1
    notification = Notification.objects.get()
    assert notification.emailed_at is not None and notification.read_at is None
    [email] = mailoutbox
    assert email.to == ["rita@example.org"]
    assert email.subject == "[factcheck] A claim was assigned to you"
    assert notification.message in email.body
    assert f"/review/notifications/{notification.pk}/open/" in email.body


def test_the_email_task_is_idempotent(review, reviewer, editor, mailoutbox):
    notifications.notification_settings_update(user=reviewer, switches={"assigned_email": True})
    services.review_assign(review=review, by=editor, assignee=reviewer)  # on_commit never runs here
    notification = Notification.objects.get()
    notification_email_task.delay(notification.pk)
    notification_email_task.delay(notification.pk)
    notification_email_task.delay(notification.pk + 1000)  # gone: nothing to do
    assert len(mailoutbox) == 1
    emailed_at = Notification.objects.get().emailed_at
    assert emailed_at is not None
    notification_email_task.delay(notification.pk)
    assert Notification.objects.get().emailed_at == emailed_at


def test_email_only_keeps_a_read_record_and_no_address_means_no_email(
    review, reviewer, editor, django_capture_on_commit_callbacks, mailoutbox
):
    notifications.notification_settings_update(
        user=reviewer, switches={"assigned_in_app": False, "assigned_email": True}
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.review_assign(review=review, by=editor, assignee=reviewer)
    notification = Notification.objects.get()
    assert notification.read_at is not None and notification.emailed_at is not None
    assert len(mailoutbox) == 1
    assert notifications.notifications_unread_count(user=reviewer) == 0

    Notification.objects.all().delete()
    reviewer.email = ""
    reviewer.save()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.review_assign(review=review, by=editor, assignee=reviewer)
    assert callbacks == [] and len(mailoutbox) == 1
    assert not Notification.objects.exists()  # in-app off and nowhere to email


# --- reading -----------------------------------------------------------------------------------


def test_mark_read_touches_only_the_users_own_notifications(review, reviewer, other_reviewer, editor):
    services.comment_add(review=review, by=editor, body="@rita @oscar")
    services.comment_add(review=review, by=editor, body="@rita again")
    ritas = list(Notification.objects.for_user(reviewer).values_list("pk", flat=True))
    oscars = list(Notification.objects.for_user(other_reviewer).values_list("pk", flat=True))
    assert notifications.notifications_mark_read(user=reviewer, ids=oscars) == 0
    assert notifications.notifications_mark_read(user=reviewer, ids=ritas[:1]) == 1
    assert notifications.notifications_unread_count(user=reviewer) == 1
    assert notifications.notifications_mark_read(user=reviewer) == 1
    assert Notification.objects.for_user(reviewer).unread().count() == 0
    assert Notification.objects.for_user(other_reviewer).unread().count() == 1
