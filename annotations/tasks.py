"""The review app's Celery tasks: ids in, ``annotations.notifications`` does the work, safe to run twice."""

from __future__ import annotations

import smtplib

from celery import Task, shared_task

from annotations import notifications
from factcheck.task_options import TASK_OPTIONS, TaskOptions

# A mail server that is away or hung up is tried again; a refused address or message is not.
EMAIL_TASK_OPTIONS: TaskOptions = {
    **TASK_OPTIONS,
    "autoretry_for": (
        *TASK_OPTIONS["autoretry_for"],
        smtplib.SMTPConnectError,
        smtplib.SMTPServerDisconnected,
        ConnectionError,
        TimeoutError,
    ),
}


@shared_task(name="annotations.notification_email_send", **EMAIL_TASK_OPTIONS)
def notification_email_task(self: Task, notification_id: int) -> None:
    notifications.notification_email_send(notification_id=notification_id)
