from __future__ import annotations

import contextlib

from tests.conftest import celery_broker

UNREACHABLE_BROKER = "redis://127.0.0.1:1/0"


def unreachable_broker() -> contextlib.AbstractContextManager[None]:
    """Send tasks for real to a port where no broker listens (the app's pools are rebuilt around it)."""
    return celery_broker(UNREACHABLE_BROKER)


def article_text(n: int) -> str:
    return (
        f"Story {n}\n\nThe council said {n} houses were flooded and {n + 1} roads were closed on Monday. "
        f"Rescue teams reported that about {2 * n + 3} people had been moved to shelters.\n"
    )
