"""Celery tasks of claim matching: ids in, a service call, nothing else."""

from __future__ import annotations

from celery import Task, shared_task

from factcheck.matching import services
from factcheck.models import Claim
from factcheck.task_options import TASK_OPTIONS


@shared_task(name="factcheck.tasks.article_conflicts_task", **TASK_OPTIONS)
def article_conflicts_task(self: Task, article_id: int) -> None:
    """Clusters of the same claim and figure conflicts of a newly imported article's claims (idempotent:
    pairs are stored once, a claim joins a cluster once)."""
    services.matches_detect(
        claim_ids=Claim.objects.filter(article_id=article_id).values_list("pk", flat=True)
    )
