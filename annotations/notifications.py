"""Notifications of reviewers and editors: who is told what, in the workspace and by email.

The review services call the ``notify_*`` functions, one line each, inside their transaction, so a
refused step notifies nobody. ``notify`` is the one rule for every kind: the actor is never told
about what they did, and each user's switches (``NotificationSettings``) decide whether a
notification is shown and whether it is emailed. Emails are sent by a Celery task once the
transaction commits.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from annotations.models import (
    NOTIFICATION_MESSAGE_MAX,
    Comment,
    Notification,
    NotificationKind,
    NotificationSettings,
    Review,
)
from annotations.roles import public_name

__all__ = [
    "mentioned_users",
    "notification_email_send",
    "notification_settings_update",
    "notifications_mark_read",
    "notifications_unread_count",
    "notify",
    "notify_assigned",
    "notify_mentioned",
    "notify_published",
    "notify_returned",
    "settings_for",
]

logger = logging.getLogger(__name__)
Kind = NotificationKind

# ``@name`` not preceded by a character of a name or an address: "a@b.org" mentions nobody.
MENTION_RE = re.compile(r"(?<![\w.@+-])@([\w.@+-]{1,150})")
MAX_MENTIONS = 20  # bounds the lookup; nobody mentions more people in one comment
UNREAD_SHOWN_MAX = 99  # the badge says "99+" beyond: counting stops there


# --- the rule -----------------------------------------------------------------------------------


def settings_for(user) -> NotificationSettings:
    """The user's switches; the defaults (unsaved) until they first change them."""
    try:
        return NotificationSettings.objects.get(user=user)
    except NotificationSettings.DoesNotExist:
        return NotificationSettings(user=user)


@transaction.atomic
def notification_settings_update(*, user, switches: dict[str, bool]) -> NotificationSettings:
    """Save the user's switches (``<kind>_in_app`` / ``<kind>_email``; others are ignored), creating the
    row on first use."""
    fields = {
        NotificationSettings.field_name(kind, channel)
        for kind in NotificationKind
        for channel in NotificationSettings.CHANNELS
    }
    row, _ = NotificationSettings.objects.select_for_update().get_or_create(user=user)
    for name, value in switches.items():
        if name in fields:
            setattr(row, name, bool(value))
    row.save()
    return row


@transaction.atomic
def notify(*, recipient, kind: str, review: Review, actor, message: str) -> Notification | None:
    """Tell ``recipient`` about ``review``, unless they did it themselves or switched the kind off.

    With only email switched on, the notification is kept already read: the record of what was sent,
    without a badge the user asked not to see.
    """
    if recipient is None or not recipient.is_active or (actor is not None and actor.pk == recipient.pk):
        return None
    switches = settings_for(recipient)
    in_app, email = switches.wants(kind, "in_app"), switches.wants(kind, "email") and bool(recipient.email)
    if not (in_app or email):
        return None
    now = timezone.now()
    notification = Notification.objects.create(
        recipient=recipient,
        kind=kind,
        claim_id=review.claim_id,
        review=review,
        actor=actor,
        message=Truncator(" ".join(message.split())).chars(NOTIFICATION_MESSAGE_MAX),
        created_at=now,
        read_at=None if in_app else now,
    )
    if email:
        transaction.on_commit(partial(_enqueue_email, notification.pk))
    return notification


def _enqueue_email(notification_id: int) -> None:
    """After the commit: a broker outage loses the email (logged), never the step that caused it."""
    from annotations.tasks import notification_email_task
    from factcheck.imports.services import broker_errors

    try:
        notification_email_task.delay(notification_id)
    except Exception as error:
        if not isinstance(error, broker_errors()):
            raise
        logger.error("Notification %s: email not queued (%s)", notification_id, error)


# --- the four kinds, as the review services call them -------------------------------------------


def _excerpt(text: str, limit: int = 80) -> str:
    return Truncator(" ".join(text.split())).chars(limit)


def _about(review: Review) -> str:
    return f"claim #{review.claim_id} “{_excerpt(review.claim.text)}”"


def notify_assigned(*, review: Review, by) -> None:
    """The new assignee, when someone else gave them the claim."""
    if review.assignee_id and review.assignee_id != by.pk:
        message = f"{public_name(by)} assigned you {_about(review)}."
        notify(recipient=review.assignee, kind=Kind.ASSIGNED, review=review, actor=by, message=message)


def notify_returned(*, review: Review, by, reason: str) -> None:
    """The assignee, with the editor's reason (the comment they are asked to act on)."""
    if review.assignee_id and review.assignee_id != by.pk:
        message = f"{public_name(by)} returned your review of {_about(review)}: {_excerpt(reason, 120)}"
        notify(recipient=review.assignee, kind=Kind.RETURNED, review=review, actor=by, message=message)


def notify_published(*, review: Review, by) -> None:
    """The first and the second reviewer; the publisher is told nothing."""
    people = {u.pk: u for u in (review.assignee, review.second_reviewer) if u is not None and u.pk != by.pk}
    what = "the review" if review.revision == 1 else f"revision {review.revision} of the review"
    for person in people.values():
        message = f"{public_name(by)} published {what} of {_about(review)}."
        notify(recipient=person, kind=Kind.PUBLISHED, review=review, actor=by, message=message)


def notify_mentioned(*, comment: Comment) -> None:
    """Each user the comment @mentions who may see the workspace (``factcheck.view_claim``)."""
    mentioned = mentioned_users(comment.body)
    if not mentioned:
        return
    allowed = (
        get_user_model().objects.with_perm("factcheck.view_claim").filter(pk__in=[u.pk for u in mentioned])
    )
    review = comment.review
    author = comment.author
    who = public_name(author) if author else "Someone"
    for person in allowed:
        message = f"{who} mentioned you on {_about(review)}: {_excerpt(comment.body, 120)}"
        notify(recipient=person, kind=Kind.MENTIONED, review=review, actor=author, message=message)


def mentioned_users(body: str) -> list:
    """Active users named as ``@username`` in ``body``, in order of first mention.

    Names match case-insensitively; when usernames differ only in case, the exact spelling wins and
    an ambiguous one mentions nobody. A trailing full stop or dash ("… ask @rita.") is not part of
    the name unless a user is called that. E-mail addresses mention nobody.
    """
    names: list[str] = []
    for match in MENTION_RE.finditer(body or ""):
        name = match.group(1)
        for candidate in (name, name.rstrip(".-@+")):
            if candidate and candidate not in names:
                names.append(candidate)
        if len(names) >= 2 * MAX_MENTIONS:
            break
    if not names:
        return []
    query = Q()
    for name in names:
        query |= Q(username__iexact=name)
    users = list(get_user_model().objects.filter(query, is_active=True))
    found: dict[int, object] = {}
    for match in MENTION_RE.finditer(body or ""):
        name = match.group(1)
        for candidate in (name, name.rstrip(".-@+")):
            user = _named(users, candidate)
            if user is not None:
                found.setdefault(user.pk, user)
                break
    return list(found.values())[:MAX_MENTIONS]


def _named(users: Iterable, name: str):
    if not name:
        return None
    exact = [u for u in users if u.get_username() == name]
    if exact:
        return exact[0]
    same = [u for u in users if u.get_username().lower() == name.lower()]
    return same[0] if len(same) == 1 else None


# --- reading ------------------------------------------------------------------------------------


def notifications_unread_count(*, user) -> int:
    """Unread notifications of ``user``, counted up to ``UNREAD_SHOWN_MAX + 1`` (one query)."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.for_user(user).unread()[: UNREAD_SHOWN_MAX + 1].count()


@transaction.atomic
def notifications_mark_read(*, user, ids: Iterable[int] | None = None) -> int:
    """Mark the user's unread notifications read (only ``ids`` when given); others' ids are ignored.

    Returns how many changed.
    """
    rows = Notification.objects.for_user(user).unread()
    if ids is not None:
        rows = rows.filter(pk__in=list(ids))
    return rows.update(read_at=timezone.now())


# --- email --------------------------------------------------------------------------------------


@transaction.atomic
def notification_email_send(*, notification_id: int) -> bool:
    """Email one notification unless it was already (the task may run twice); True when sent.

    The row stays locked while the mail goes out, so two workers cannot both send it.
    """
    notification = (
        Notification.objects.select_for_update(of=("self",))
        .select_related("recipient")
        .filter(pk=notification_id, emailed_at__isnull=True)
        .first()
    )
    if notification is None or not notification.recipient.email:
        return False
    link = f"{settings.SITE_URL}{notification.get_absolute_url()}"
    preferences = f"{settings.SITE_URL}{reverse('workspace:notifications')}#settings"
    send_mail(
        subject=f"[factcheck] {notification.get_kind_display()}",
        message=f"{notification.message}\n\n{link}\n\n--\nChoose what you are sent: {preferences}\n",
        from_email=None,
        recipient_list=[notification.recipient.email],
    )
    notification.emailed_at = timezone.now()
    notification.save(update_fields=["emailed_at"])
    return True
