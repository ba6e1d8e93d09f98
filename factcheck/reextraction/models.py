"""A re-extraction run over stored articles, tracked like an import job."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from factcheck.models import TimestampedModel


class ReextractionJobQuerySet(models.QuerySet):
    def unfinished(self) -> ReextractionJobQuerySet:
        return self.filter(finished_at__isnull=True)


class ReextractionJob(TimestampedModel):
    """The extractor run again over some or all articles; articles are done in id order, ``cursor``
    the last one done, so a run resumes where it stopped and each article is counted once."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        PARTIALLY_FAILED = "partially_failed", "Partially failed"

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True)
    article_ids = models.JSONField(null=True, blank=True, help_text="The articles asked for; empty for all.")
    extractor_version = models.CharField(max_length=32, help_text="The extractor version that runs.")
    total = models.PositiveIntegerField(default=0)
    done_count = models.PositiveIntegerField(default=0)
    cursor = models.PositiveBigIntegerField(default=0, help_text="The last article id done.")
    claims_created = models.PositiveIntegerField(default=0)
    claims_updated = models.PositiveIntegerField(default=0)
    claims_deleted = models.PositiveIntegerField(default=0)
    claims_kept = models.PositiveIntegerField(
        default=0, help_text="Claims people worked on, left as they are."
    )
    claims_flagged = models.PositiveIntegerField(default=0, help_text="Kept claims flagged for a look.")
    failed_count = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True, help_text='[{"article": id, "reason": …}]')
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ReextractionJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(finished_at__isnull=True) | Q(status__in=["succeeded", "partially_failed"]),
                name="reextraction_job_finished_only_when_done",
            ),
        ]

    def __str__(self) -> str:
        return f"Re-extraction #{self.pk} ({self.get_status_display()})"

    @property
    def progress(self) -> float:
        return 1.0 if not self.total else min(1.0, self.done_count / self.total)
