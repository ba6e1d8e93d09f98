from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from factcheck.celery import app as celery_app

UNREACHABLE_BROKER = "redis://127.0.0.1:1/0"


@contextlib.contextmanager
def unreachable_broker() -> Iterator[None]:
    """Send tasks for real to a port where no broker listens (the app's pools are rebuilt around it)."""
    conf = celery_app.conf
    saved_env = os.environ.get("CELERY_BROKER_URL")
    saved = conf.broker_url, conf.task_always_eager
    # Celery reads CELERY_BROKER_URL from the environment before its own configuration.
    os.environ["CELERY_BROKER_URL"] = UNREACHABLE_BROKER
    conf.broker_url, conf.task_always_eager = UNREACHABLE_BROKER, False
    celery_app._pool, celery_app.amqp._producer_pool = None, None
    try:
        yield
    finally:
        if saved_env is None:
            os.environ.pop("CELERY_BROKER_URL", None)
        else:
            os.environ["CELERY_BROKER_URL"] = saved_env
        conf.broker_url, conf.task_always_eager = saved
        celery_app._pool, celery_app.amqp._producer_pool = None, None


def article_text(n: int) -> str:
    return (
        f"Story {n}\n\nThe council said {n} houses were flooded and {n + 1} roads were closed on Monday. "
        f"Rescue teams reported that about {2 * n + 3} people had been moved to shelters.\n"
    )
