"""The readiness checks, each answering (ok, detail) quickly: a probe must not hang on a dead service."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

logger = logging.getLogger(__name__)
Check = tuple[bool, str]


def database() -> Check:
    try:
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:
        return False, f"unreachable ({type(error).__name__})"
    return True, "reachable"


def migrations() -> Check:
    try:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception as error:
        return False, f"cannot be read ({type(error).__name__})"
    if pending:
        return False, f"{len(pending)} not applied: run manage.py migrate"
    return True, "applied"


def broker() -> Check:
    from factcheck.celery import app

    connection = app.connection_for_write()
    try:
        connection.ensure_connection(
            max_retries=1, interval_start=0, timeout=settings.FACTCHECK_READY_TIMEOUT
        )
    except Exception as error:
        return False, f"unreachable ({type(error).__name__})"
    finally:
        connection.release()
    return True, "reachable"


def worker() -> Check:
    from factcheck.health.models import WorkerHeartbeat

    within = settings.FACTCHECK_WORKER_SEEN_WITHIN
    try:
        last = WorkerHeartbeat.objects.order_by("-seen_at").values_list("seen_at", flat=True).first()
    except Exception as error:
        return False, f"unknown ({type(error).__name__})"
    if last is None:
        return False, "no worker has been seen"
    ago = (timezone.now() - last).total_seconds()
    if ago > within:
        return False, f"last seen {ago:.0f} s ago (more than {within} s)"
    return True, f"seen {ago:.0f} s ago"


READINESS = {"database": database, "migrations": migrations, "broker": broker, "worker": worker}
