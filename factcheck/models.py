"""Articles, the claims extracted from them and their figures (import jobs: ``factcheck.imports.models``)."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from simple_history.models import HistoricalRecords

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
    AGE = "age", "Age"


class Origin(models.TextChoices):
    """Who made a claim or a figure: the extractor, the extractor then a person, or a person alone."""

    MACHINE = "machine", "Extracted"
    CORRECTED = "corrected", "Corrected by a reviewer"
    ADDED = "added", "Added by a reviewer"


class Layer(models.TextChoices):
    """The parts of a claim a person can set; each one set is the person's, and re-extraction leaves it."""

    SPAN = "span", "Boundaries"
    CATEGORY = "category", "Category"
    SPEAKER = "speaker", "Speaker"
    FIGURES = "figures", "Figures"


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
        return self.filter(is_claim=True, not_a_claim=False)

    def corrected_by_people(self) -> ClaimQuerySet:
        """Claims a person added, corrected or marked "not a claim": the desk's own gold data."""
        return self.filter(~Q(origin=Origin.MACHINE) | Q(not_a_claim=True))

    def by_checkworthiness(self) -> ClaimQuerySet:
        return self.order_by("-checkworthiness", "article_id", "index")


class Claim(TimestampedModel):
    """One checkable statement of an article: a sentence the extractor found, or a span a person drew.

    Two layers. The row holds what every page shows: the extractor's values, except the parts a person
    set (``corrected`` lists them: span, category, speaker, figures). ``machine`` keeps the extractor's
    own sentence once a person has changed anything (until then the row is that sentence), so the
    extractor can be measured against people's corrections and re-extraction knows what it may replace.
    Human changes are saved one by one and recorded in ``history``; imports and re-extraction write in
    bulk and leave no history.
    """

    Origin = Origin

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    index = models.PositiveIntegerField(help_text="Position within the article (by start), from 0.")
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
    origin = models.CharField(
        max_length=12,
        choices=Origin.choices,
        default=Origin.MACHINE,
        db_default=Origin.MACHINE,
        db_index=True,
    )
    corrected = models.JSONField(
        default=list,
        db_default=models.Value([], output_field=models.JSONField()),
        blank=True,
        help_text="The parts a person set (span, category, speaker, figures).",
    )
    machine = models.JSONField(
        null=True,
        blank=True,
        editable=False,
        help_text="The extractor's sentence before a person changed it (the CLI's JSON shape); "
        "empty while the row itself is the extractor's, and for claims a person added.",
    )
    not_a_claim = models.BooleanField(
        default=False,
        db_default=False,
        db_index=True,
        help_text="A person found this is no claim at all (an extraction error, unlike "
        "the workflow's 'not checkable'); left out of queues and exports, kept as gold data.",
    )
    attention = models.CharField(
        max_length=300, blank=True, default="", db_default="", help_text="Why a person should look again."
    )
    version = models.PositiveIntegerField(
        default=1, db_default=1, help_text="Incremented by every correction (optimistic lock)."
    )

    history = HistoricalRecords(excluded_fields=["updated_at", "machine"])
    objects = ClaimQuerySet.as_manager()
    _history_user: object  # who made the change, for django-simple-history
    _change_reason: str

    class Meta:
        ordering = ["article_id", "index"]
        constraints = [
            models.UniqueConstraint(fields=["article", "index"], name="claim_unique_index_per_article"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="claim_end_after_start"),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_between_0_and_1",
            ),
            models.CheckConstraint(condition=Q(origin__in=Origin.values), name="claim_origin_known"),
        ]
        indexes = [
            # The queue counts its claims per review state with every page: read from this narrow index
            # (an index-only scan), not from the rows with their text, it takes 40% less time on
            # 40,000 claims (bench/web_load.py).
            models.Index(fields=["id", "not_a_claim", "is_claim"], name="claim_queue_count"),
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
    origin = models.CharField(
        max_length=12, choices=Origin.choices, default=Origin.MACHINE, db_default=Origin.MACHINE
    )

    history = HistoricalRecords()
    _history_user: object

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
from factcheck.health.models import WorkerHeartbeat  # noqa: E402
from factcheck.imports.models import Feed, FeedEntry, ImportItem, ImportJob  # noqa: E402
from factcheck.reextraction.models import ReextractionJob  # noqa: E402

__all__ = [
    "Article",
    "ArticleQuerySet",
    "Category",
    "Claim",
    "ClaimQuerySet",
    "FactCheck",
    "Feed",
    "FeedEntry",
    "FigureConflict",
    "ImportItem",
    "ImportJob",
    "Layer",
    "MatchEntry",
    "MatchTerm",
    "Origin",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "ReextractionJob",
    "SameClaim",
    "SpeakerType",
    "TimestampedModel",
    "WorkerHeartbeat",
]


class FactCheck(TimestampedModel):
    """A fact-check published elsewhere (another organisation's ClaimReview, the Fact Check Tools API, a
    CSV of checks): what claim matching compares new claims with. ``extra`` keeps the fields nobody
    mapped; ``digest`` makes importing the same fact-check twice a duplicate."""

    claim = models.TextField(help_text="The claim as the fact-checker worded it (ClaimReview claimReviewed).")
    title = models.CharField(
        max_length=500, blank=True, default="", help_text="The fact-check's headline (ClaimReview name)."
    )
    rating = models.CharField(max_length=300, help_text="Their rating in words (textualRating).")
    claimant = models.CharField(max_length=300, blank=True)
    url = models.URLField("URL", max_length=2000, blank=True, help_text="The fact-check's page.")
    publisher = models.CharField(max_length=300, blank=True, help_text="Who published the fact-check.")
    review_date = models.DateTimeField(null=True, blank=True, db_index=True)
    claim_date = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=16, blank=True)
    extra = models.JSONField(default=dict, blank=True, help_text="Fields of the source no column maps.")
    digest = models.CharField(
        max_length=64,
        unique=True,
        editable=False,
        help_text="SHA-256 of the page's URL, or of claim, rating and publisher without one.",
    )
    import_job = models.ForeignKey(
        "ImportJob", null=True, blank=True, on_delete=models.SET_NULL, related_name="fact_checks"
    )

    class Meta:
        ordering = ["-review_date", "-id"]
        verbose_name = "known fact-check"

    def __str__(self) -> str:
        return f"{self.rating}: {plain(self.claim)[:80]}"


# Claim matching's tables (they refer to the models above).
from factcheck.matching.models import FigureConflict, MatchEntry, MatchTerm, SameClaim  # noqa: E402
