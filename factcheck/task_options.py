"""Options every task of the app shares: acknowledged late (a task cut short by a lost worker runs again,
so each is idempotent), retried with backoff on transient database errors only."""

from __future__ import annotations

from typing import Literal, TypedDict

from django.db import InterfaceError, OperationalError


class TaskOptions(TypedDict):
    bind: Literal[True]
    acks_late: bool
    reject_on_worker_lost: bool
    autoretry_for: tuple[type[BaseException], ...]
    retry_backoff: bool
    retry_backoff_max: int
    max_retries: int


TASK_OPTIONS: TaskOptions = {
    "bind": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": True,
    "retry_backoff_max": 60,
    "max_retries": 5,
}
