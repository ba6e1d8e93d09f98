"""A Celery worker bootstep that records the worker as seen every ``FACTCHECK_WORKER_HEARTBEAT`` seconds."""

from __future__ import annotations

import logging
from typing import Any

from celery import bootsteps
from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone

logger = logging.getLogger(__name__)


def record_heartbeat(hostname: str) -> None:
    from factcheck.health.models import WorkerHeartbeat

    try:
        seen = {"seen_at": timezone.now()}
        WorkerHeartbeat.objects.update_or_create(hostname=hostname[:255], defaults=seen)
    except Exception:  # a database blip must not stop the worker; /readyz shows the gap
        logger.warning("Could not record the worker's heartbeat", exc_info=True)


def _beat(hostname: str) -> None:
    """From the worker's timer thread, which holds a database connection of its own: drop it when stale."""
    close_old_connections()
    record_heartbeat(hostname)


class Heartbeat(bootsteps.StartStopStep):
    requires = ("celery.worker.components:Timer",)

    def __init__(self, worker: Any, **kwargs: Any) -> None:
        super().__init__(worker, **kwargs)
        self.timer_ref: Any = None

    def start(self, worker: Any) -> None:
        record_heartbeat(worker.hostname)
        self.timer_ref = worker.timer.call_repeatedly(
            settings.FACTCHECK_WORKER_HEARTBEAT, _beat, (worker.hostname,), priority=10
        )

    def stop(self, worker: Any) -> None:
        if self.timer_ref is not None:
            self.timer_ref.cancel()
            self.timer_ref = None
