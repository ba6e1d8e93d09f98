"""What claim matching stores: one index entry per claim and known fact-check (with its sentence-encoder
vector beside it, under ``MATCHING_DENSE=encoder``), the document frequency of every term, the clusters of
the same claim and the figure conflicts found between sources.

The full-text index itself is not a Django field: on SQLite an FTS5 table kept in step with
``MatchEntry`` by triggers, on PostgreSQL a generated ``tsvector`` column with a GIN index (migration
``0012_matching``), and a second one over the claims' entries alone (``0016``: the after-import search
looks among claims only). Both index ``terms``, the normalised words of ``factcheck.matching.text.terms``.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class MatchEntryQuerySet(models.QuerySet):
    def claims(self) -> MatchEntryQuerySet:
        return self.filter(kind=MatchEntry.Kind.CLAIM)

    def fact_checks(self) -> MatchEntryQuerySet:
        return self.filter(kind=MatchEntry.Kind.FACT_CHECK)


class MatchEntry(models.Model):
    """A claim or a known fact-check as the matcher finds it: its terms, their number, its language."""

    class Kind(models.TextChoices):
        CLAIM = "claim", "Claim"
        FACT_CHECK = "fact_check", "Known fact-check"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    claim = models.OneToOneField(
        "factcheck.Claim", null=True, blank=True, on_delete=models.CASCADE, related_name="match_entry"
    )
    fact_check = models.OneToOneField(
        "factcheck.FactCheck", null=True, blank=True, on_delete=models.CASCADE, related_name="match_entry"
    )
    language = models.CharField(max_length=16, db_index=True, help_text="Base language code, e.g. 'en'.")
    terms = models.TextField(help_text="Index terms, space-separated (factcheck.matching.text.terms).")
    length = models.PositiveIntegerField(help_text="Number of terms (BM25's document length).")
    # What the re-ranker compares besides words, copied here so that ranking a few hundred candidates
    # reads one table: the speaker (a fact-check's claimant), the category and the figures that say how
    # much of something there is, each ``[value, low, high, unit, category]``.
    speaker = models.CharField(max_length=300, blank=True)
    category = models.CharField(max_length=20, blank=True)
    figures = models.JSONField(default=list, blank=True)
    # What the re-ranker reads of the text besides ``terms`` (``ranking.Stored``), so that a search
    # tokenises no candidate: how many of ``terms`` are the text's (the rest are the title's), and the
    # terms the text writes with a capital. None for an entry written before these were kept (or whose
    # ``terms`` are not its text's and title's run together): it is ranked from its text, as before.
    # Nullable, no default: adding them rebuilds no table (SQLite would drop the full-text triggers).
    text_terms = models.PositiveIntegerField(
        null=True, blank=True, help_text="How many of the terms are the text's; the rest are the title's."
    )
    named = models.TextField(
        null=True,
        blank=True,
        help_text="Terms written with a capital inside the text (names), space-separated.",
    )
    objects = MatchEntryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "match entries"
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="claim", claim__isnull=False, fact_check__isnull=True)
                | Q(kind="fact_check", claim__isnull=True, fact_check__isnull=False),
                name="match_entry_one_source",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.claim_id or self.fact_check_id}"


class MatchVector(models.Model):
    """An entry's sentence-encoder embedding (``factcheck.matching.encoder``, float16 bytes), written at
    indexing while ``MATCHING_DENSE=encoder``: a search then embeds only its query. An entry without one is
    embedded when it is a candidate (slower) until ``reindex_matching --vectors``.

    A table of its own, not a column of ``MatchEntry``: the full-text search ranks every entry holding a
    query's rarest terms, reading their rows, and 768 bytes more a row made that table three times larger,
    and the search slower (bench/matching.py; README, Claim matching). The re-ranker reads the vectors of
    its hundred candidates only.
    """

    entry = models.OneToOneField(
        MatchEntry, primary_key=True, on_delete=models.CASCADE, related_name="encoded"
    )
    vector = models.BinaryField(help_text="Sentence-encoder embedding (float16).")

    def __str__(self) -> str:
        return f"vector of entry #{self.entry_id}"


class MatchTerm(models.Model):
    """How many entries hold a term (BM25's document frequency), kept as entries are indexed.

    Two reserved rows hold the corpus's size: ``DOCUMENTS`` (entries) and ``LENGTH`` (their terms in
    all). They start with a space, which no term has. Deleted entries are not subtracted (a claim
    goes with its article): the counts drift up a little until ``manage.py reindex_matching``.
    """

    DOCUMENTS = " documents"
    LENGTH = " length"

    term = models.CharField(max_length=100, primary_key=True)
    df = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.term}: {self.df}"


class FigureConflictQuerySet(models.QuerySet):
    def open(self) -> FigureConflictQuerySet:
        return self.filter(status=FigureConflict.Status.OPEN)


class FigureConflict(models.Model):
    """Two sources give different figures for the same thing: "250,000 vs 275,000 people under siege".

    ``quantity`` (of ``claim``) and ``other_quantity`` (of ``other``, in another article) are the pair in
    the order of their ids, so that a pair is stored once whichever claim's import found it.
    """

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DISMISSED = "dismissed", "Dismissed"

    claim = models.ForeignKey("factcheck.Claim", on_delete=models.CASCADE, related_name="figure_conflicts")
    quantity = models.ForeignKey("factcheck.Quantity", on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey("factcheck.Claim", on_delete=models.CASCADE, related_name="+")
    other_quantity = models.ForeignKey("factcheck.Quantity", on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=20, db_index=True)
    score = models.FloatField(help_text="How sure the matcher is that both claims are about the same thing.")
    reasons = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.OPEN, db_index=True)
    detected_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = FigureConflictQuerySet.as_manager()

    class Meta:
        ordering = ["-detected_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["quantity", "other_quantity"], name="figure_conflict_unique_pair"
            ),
            models.CheckConstraint(condition=~Q(claim=models.F("other")), name="figure_conflict_two_claims"),
        ]

    def __str__(self) -> str:
        return f"Conflict #{self.pk}: claim {self.claim_id} vs claim {self.other_id}"


class SameClaimQuerySet(models.QuerySet):
    def of_cluster(self, first_id: int) -> SameClaimQuerySet:
        return self.filter(first_id=first_id)

    def cluster_of(self, claim_id: int) -> SameClaimQuerySet:
        """The rows of ``claim_id``'s cluster, its own included (none when it is in none)."""
        return self.filter(first_id__in=models.Subquery(self.filter(claim_id=claim_id).values("first_id")))


class SameClaim(models.Model):
    """A claim that is the same claim as others in other articles: one row per member of a cluster, the
    cluster named by its ``first`` claim (the earliest, whose row points to itself), which the others
    repeat. Found after an import by ``services.matches_detect``; a verdict can then be applied to the
    whole cluster. Deleting the first claim (its article) dissolves the cluster."""

    claim = models.OneToOneField(
        "factcheck.Claim", primary_key=True, on_delete=models.CASCADE, related_name="same_claim"
    )
    first = models.ForeignKey("factcheck.Claim", on_delete=models.CASCADE, related_name="same_claims")
    score = models.FloatField(default=0.0, help_text="The re-ranker's score of the match that linked it.")
    linked_at = models.DateTimeField(auto_now_add=True)

    objects = SameClaimQuerySet.as_manager()

    class Meta:
        verbose_name = "same claim"
        constraints = [
            models.CheckConstraint(
                condition=Q(first__lte=models.F("claim")), name="same_claim_first_is_earliest"
            ),
        ]

    def __str__(self) -> str:
        return f"Claim #{self.claim_id} in cluster #{self.first_id}"
