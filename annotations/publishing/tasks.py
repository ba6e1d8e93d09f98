"""Webhook tasks: ids in, the services do the work; a failed attempt is scheduled again, never raised."""

from __future__ import annotations

from celery import Task, shared_task

from annotations.publishing import webhooks
from factcheck.task_options import TASK_OPTIONS


@shared_task(name="publishing.webhook_deliver", **TASK_OPTIONS)
def webhook_deliver_task(self: Task, delivery_id: int) -> None:
    wait = webhooks.webhook_deliver(delivery_id=delivery_id)
    if wait is not None:
        webhook_deliver_task.apply_async((delivery_id,), countdown=wait)


@shared_task(name="publishing.webhook_deliveries_sweep", **TASK_OPTIONS)
def webhook_deliveries_sweep_task(self: Task) -> None:
    """Run by Celery beat: deliveries whose message was lost are queued again."""
    webhooks.webhook_deliveries_sweep()
