"""Import jobs and their items: the database side of the import pipeline.

Still models of the ``factcheck`` app (its migrations, its ``factcheck_*`` tables and permissions);
``factcheck.models`` re-exports them so the app's models are all reachable from one place.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from factcheck.models import TimestampedModel


class ImportJobQuerySet(models.QuerySet):
    def unfinished(self) -> ImportJobQuerySet:
        return self.filter(status__in=[ImportJob.Status.QUEUED, ImportJob.Status.RUNNING])


class ImportJob(TimestampedModel):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        PARTIALLY_FAILED = "partially_failed", "Partially failed"
        FAILED = "failed", "Failed"

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True)
    sources = models.JSONField(
        default=list, blank=True, help_text='What was asked for: [{"kind": "path"|"url"|…, "value": …}].'
    )
    total_items = models.PositiveIntegerField(default=0)
    imported_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    failed_count = models.PositiveIntegerField(default=0)
    errors = models.JSONField(
        default=list, blank=True, help_text='Per-item errors: [{"item": …, "reason": …}], in plain words.'
    )
    failure_reason = models.TextField(
        blank=True, help_text="Why the whole job could not run (e.g. the task queue was unreachable)."
    )
    planned_at = models.DateTimeField(
        null=True, blank=True, help_text="When every source had been read into items; set once."
    )
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_jobs"
    )
    run_by = models.CharField(
        max_length=200,
        blank=True,
        help_text="The worker start (host, process, time) that last ran this job; that worker does not "
        "resume it when it becomes ready.",
    )
    feed = models.ForeignKey(
        "factcheck.Feed",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="jobs",
        help_text="The feed whose new entries this job imports.",
    )

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(finished_at__isnull=True)
                | Q(status__in=["succeeded", "partially_failed", "failed"]),
                name="import_job_finished_only_when_done",
            ),
        ]

    def __str__(self) -> str:
        return f"Import #{self.pk} ({self.get_status_display()})"

    @property
    def processed_count(self) -> int:
        return self.imported_count + self.duplicate_count + self.failed_count

    @property
    def progress_percent(self) -> int:
        if not self.total_items:
            return 100 if self.finished_at else 0
        return min(100, round(100 * self.processed_count / self.total_items))

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.SUCCEEDED, self.Status.PARTIALLY_FAILED, self.Status.FAILED}


class ImportItem(models.Model):
    """One article to import, kept so a redelivered task resumes instead of redoing or losing work."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        IMPORTED = "imported", "Imported"
        DUPLICATE = "duplicate", "Duplicate"
        FAILED = "failed", "Failed"

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=1000, help_text="File name, archive member, row or URL.")
    payload = models.JSONField(
        default=dict, blank=True, help_text="What the parser needs to build the article."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True)
    error = models.TextField(blank=True)
    # What was changed or left out of this item while importing, in plain words: characters that
    # cannot be stored, figures and claims over the limits, an article cut at the size limit.
    # Database defaults let a worker still running the code from before the fields insert items.
    notes = models.JSONField(
        default=list,
        db_default=Value([], output_field=models.JSONField()),
        blank=True,
        help_text='What was changed or left out while importing, in plain words: ["…", …].',
    )
    attempts = models.PositiveSmallIntegerField(
        default=0,
        db_default=0,
        help_text="How often a worker started writing this item; one that keeps interrupting "
        "its worker is failed after FACTCHECK_IMPORT_MAX_ATTEMPTS.",
    )
    article = models.ForeignKey(
        "factcheck.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    fact_check = models.ForeignKey(
        "factcheck.FactCheck", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["job_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="import_item_unique_position")
        ]
        # "Any item of this job still pending?" is asked after every chunk.
        indexes = [models.Index(fields=["job", "status"], name="import_item_job_status")]

    def __str__(self) -> str:
        return f"{self.name} ({self.status})"


class ImportUpload(models.Model):
    """An uploaded import file kept in the database until its job is planned, so that a worker on another
    host, without the web server's disk, reads it. Stored as chunks: neither side holds it whole."""

    name = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.size:,} bytes)"


class ImportUploadChunk(models.Model):
    upload = models.ForeignKey(ImportUpload, on_delete=models.CASCADE, related_name="chunks")
    position = models.PositiveIntegerField()
    data = models.BinaryField()

    class Meta:
        ordering = ["upload_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["upload", "position"], name="import_upload_chunk_unique_position")
        ]

    def __str__(self) -> str:
        return f"Chunk {self.position} of upload #{self.upload_id}"


class FeedQuerySet(models.QuerySet):
    def due(self, now) -> FeedQuerySet:
        return self.filter(active=True, next_poll_at__lte=now)

    def with_counts(self) -> FeedQuerySet:
        """Entries seen and articles imported, as subqueries: one query for any number of feeds."""
        entries = (
            FeedEntry.objects.filter(feed=OuterRef("pk"))
            .order_by()
            .values("feed")
            .annotate(n=Count("pk"))
            .values("n")
        )
        imported = (
            ImportJob.objects.filter(feed=OuterRef("pk"))
            .order_by()
            .values("feed")
            .annotate(n=Sum("imported_count"))
            .values("n")
        )
        return self.annotate(
            entry_count=Coalesce(Subquery(entries), 0), imported_count=Coalesce(Subquery(imported), 0)
        )


class Feed(TimestampedModel):
    """An RSS or Atom feed polled for new articles: each entry seen for the first time is imported once."""

    class Status(models.TextChoices):
        NEW = "new", "Not polled yet"
        OK = "ok", "OK"
        FAILING = "failing", "Failing"

    url = models.URLField(max_length=2000, unique=True, verbose_name="URL", help_text="The feed's address.")
    title = models.CharField(max_length=300, blank=True, help_text="Taken from the feed when left empty.")
    active = models.BooleanField(default=True, help_text="Inactive feeds are not polled.")
    poll_minutes = models.PositiveIntegerField(
        default=60, verbose_name="poll every (minutes)", help_text="At least 5 minutes."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, editable=False)
    last_error = models.TextField(blank=True, editable=False)
    failures = models.PositiveIntegerField(
        default=0, editable=False, help_text="Polls that failed in a row; reset by one that works."
    )
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_changed_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When a poll last found the feed changed."
    )
    next_poll_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    # The validators the feed's server gave with its last full answer, sent back for a conditional GET.
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="Imports of this feed are started in this person's name.",
    )

    objects = FeedQuerySet.as_manager()

    class Meta:
        ordering = ["title", "url"]
        constraints = [
            models.CheckConstraint(
                condition=Q(poll_minutes__gte=5),
                name="feed_poll_at_least_every_5_minutes",
                violation_error_message="Poll a feed at most every 5 minutes.",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url


class FeedEntry(models.Model):
    """An entry a poll has seen, so that the next poll imports only what is new."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries")
    key = models.CharField(max_length=64, help_text="Digest of the entry's id, else its link.")
    url = models.TextField(blank=True)
    title = models.CharField(max_length=500, blank=True)
    job = models.ForeignKey(ImportJob, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "feed entries"
        ordering = ["feed_id", "-seen_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["feed", "key"], name="feed_entry_unique_key")]

    def __str__(self) -> str:
        return self.title or self.url or self.key
