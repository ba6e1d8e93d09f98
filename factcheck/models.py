"""Articles, the claims extracted from them and their figures (import jobs: ``factcheck.imports.models``)."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from factcheck.text import plain


class Category(models.TextChoices):
    # Copies of the enums in factcheck.extraction.types, which stays free of Django; tests/test_model_enums.py
    # fails if a value or its place ever differs.
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


class SpeakerType(models.TextChoices):
    """Who made a claim, as ClaimReview's ``itemReviewed.author`` needs it (a schema.org type)."""

    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organization"


class TimestampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


def _claims_counted(condition: Q | None = None) -> Coalesce:
    claims = Claim.objects.filter(article=OuterRef("pk"))
    if condition is not None:
        claims = claims.filter(condition)
    counted = claims.order_by().values("article").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=models.IntegerField()), 0)


class ArticleQuerySet(models.QuerySet):
    def with_claim_counts(self) -> ArticleQuerySet:
        """Claim counts as correlated subqueries: a join and GROUP BY would group by every article
        column on databases that cannot group by the key alone (SQLite), bodies of megabytes included."""
        return self.annotate(
            claim_count=_claims_counted(), checkworthy_count=_claims_counted(Q(is_claim=True))
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
        return plain(self.title)


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
    # Stored at import, so published output does not change when the extractor changes. The database
    # default lets code that predates the fields (a worker mid-deploy) still insert claims.
    speaker_type = models.CharField(
        max_length=20,
        choices=SpeakerType.choices,
        blank=True,
        default="",
        db_default="",
        help_text="Person or organisation, from the speaker phrase at import; blank without a speaker.",
    )
    extractor_version = models.CharField(
        max_length=32,
        blank=True,
        default="",
        db_default="",
        help_text="The extractor version (factcheck.extraction.version) that made this claim; "
        "blank when unknown (claims imported before versions were stored).",
    )

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
        text = plain(self.text)
        return text if len(text) <= 80 else f"{text[:77]}…"


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


# Import jobs are defined with the import pipeline (they need ``TimestampedModel`` above, hence the
# import at the end); listed here so every model of the app is importable from ``factcheck.models``.
from factcheck.imports.models import ImportItem, ImportJob  # noqa: E402

__all__ = [
    "Article",
    "ArticleQuerySet",
    "Category",
    "Claim",
    "ClaimQuerySet",
    "ImportItem",
    "ImportJob",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "SpeakerType",
    "TimestampedModel",
]
