"""Articles, the claims extracted from them, their figures, and the jobs that import them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Count, Q


class Category(models.TextChoices):
    # Mirrors factcheck.extraction.types.Category, which stays free of Django.
    CASUALTIES = "casualties", "Casualties"
    POPULATION = "population", "Population"
    DISPLACEMENT = "displacement", "Displacement"
    TERRITORY = "territory", "Territory"
    MILITARY = "military", "Military"
    AID = "aid", "Aid"
    MONEY = "money", "Money"
    PERCENTAGE = "percentage", "Percentage"
    DURATION = "duration", "Duration"
    OTHER = "other", "Other"


class Qualifier(models.TextChoices):
    EXACT = "exact", "Exact"
    APPROXIMATE = "approximate", "Approximate"
    MORE_THAN = "more_than", "More than"
    AT_LEAST = "at_least", "At least"
    LESS_THAN = "less_than", "Less than"
    AT_MOST = "at_most", "At most"
    INCREASE = "increase", "Increase"
    DECREASE = "decrease", "Decrease"


class QuantityKind(models.TextChoices):
    CARDINAL = "cardinal", "Cardinal"
    ORDINAL = "ordinal", "Ordinal"
    MONEY = "money", "Money"
    PERCENT = "percent", "Percent"
    DURATION = "duration", "Duration"
    MEASURE = "measure", "Measure"
    DATE = "date", "Date"
    TIME = "time", "Time"
    IDENTIFIER = "identifier", "Identifier"


class TimestampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


class ArticleQuerySet(models.QuerySet):
    def with_claim_counts(self) -> ArticleQuerySet:
        return self.annotate(
            claim_count=Count("claims", distinct=True),
            checkworthy_count=Count("claims", filter=Q(claims__is_claim=True), distinct=True),
        )


class Article(TimestampedModel):
    title = models.CharField(max_length=500)
    body = models.TextField(help_text="Plain text; claim offsets index into it.")
    source_url = models.URLField(max_length=2000, blank=True)
    canonical_url = models.CharField(
        max_length=2000,
        null=True,
        blank=True,
        editable=False,
        help_text="Normalised source URL; the same page is never imported twice.",
    )
    source_name = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=16, default="en")
    content_hash = models.CharField(
        max_length=64, unique=True, editable=False, help_text="SHA-256 of the normalised body."
    )
    import_job = models.ForeignKey(
        "ImportJob", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["canonical_url"],
                condition=Q(canonical_url__isnull=False),
                name="article_unique_canonical_url",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class ClaimQuerySet(models.QuerySet):
    def checkworthy(self) -> ClaimQuerySet:
        return self.filter(is_claim=True)

    def by_checkworthiness(self) -> ClaimQuerySet:
        return self.order_by("-checkworthiness", "article_id", "index")


class Claim(TimestampedModel):
    """One sentence of an article, with what the extractor found in it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    index = models.PositiveIntegerField(help_text="Sentence number within the article, from 0.")
    text = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the first character in the article body.")
    end = models.PositiveIntegerField(help_text="Offset just past the last character in the article body.")
    category = models.CharField(
        max_length=20, choices=Category.choices, default=Category.OTHER, db_index=True
    )
    checkworthiness = models.FloatField(default=0.0, db_index=True)
    is_claim = models.BooleanField(default=False, db_index=True, help_text="Worth checking, by the model.")
    speaker = models.CharField(max_length=300, blank=True, db_index=True)
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "index"]
        constraints = [
            models.UniqueConstraint(fields=["article", "index"], name="claim_unique_index_per_article"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="claim_end_after_start"),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_between_0_and_1",
            ),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else f"{self.text[:77]}…"


class Quantity(models.Model):
    """A numeric figure inside a claim; its own table so claims filter by qualifier and category."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="quantities")
    surface = models.CharField(max_length=300)
    start = models.PositiveIntegerField(help_text="Offset into the article body.")
    end = models.PositiveIntegerField()
    value = models.FloatField(null=True, blank=True, help_text="Empty for ranges and vague amounts.")
    low = models.FloatField(null=True, blank=True)
    high = models.FloatField(null=True, blank=True)
    qualifier = models.CharField(
        max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT, db_index=True
    )
    unit = models.CharField(max_length=100, blank=True, db_index=True)
    category = models.CharField(
        max_length=20, choices=Category.choices, default=Category.OTHER, db_index=True
    )
    kind = models.CharField(max_length=20, choices=QuantityKind.choices, default=QuantityKind.CARDINAL)

    class Meta:
        ordering = ["claim_id", "start"]
        verbose_name_plural = "quantities"
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="quantity_end_after_start"),
        ]

    def __str__(self) -> str:
        return self.surface


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
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["job_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="import_item_unique_position")
        ]
        # "Any item of this job still pending?" is asked after every chunk.
        indexes = [models.Index(fields=["job", "status"], name="import_item_job_status")]

    def __str__(self) -> str:
        return f"{self.name} ({self.status})"
