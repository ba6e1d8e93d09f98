"""Reviews of claims: rating scales, verdicts, evidence, internal comments and published revisions.

A claim with no ``Review`` row is ``unreviewed``; rows are created lazily by
``annotations.services.review_get_or_create`` the first time someone opens or acts on a claim.
Every write goes through ``annotations.services``, which enforces the workflow and the roles.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from factcheck.extraction.types import Priority, priority_for

# Longest texts people write here: generous for a fact-check, bounded so that one paste cannot make
# every page, history entry and export that shows it huge. Services and the API refuse longer ones.
RATIONALE_MAX_CHARS = 20_000
NOTE_MAX_CHARS = 5_000  # comments, reasons, evidence quotes
CLAIMANT_JOB_TITLE_MAX = 200


class RatingScale(models.Model):
    """Ratings with the numeric range schema.org ``Rating`` needs (``bestRating``, ``worstRating``)."""

    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    best_rating = models.FloatField(help_text="schema.org bestRating: the value of the best rating.")
    worst_rating = models.FloatField(help_text="schema.org worstRating: the value of the worst rating.")
    is_default = models.BooleanField(default=False, help_text="Offered first to reviewers.")

    class Meta:
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="rating_scale_one_default"
            ),
            models.CheckConstraint(
                condition=~Q(best_rating=F("worst_rating")), name="rating_scale_best_differs_from_worst"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Rating(models.Model):
    """One verdict of a scale; ``value`` is empty for non-numeric verdicts such as *Misleading*."""

    scale = models.ForeignKey(RatingScale, on_delete=models.CASCADE, related_name="ratings")
    label = models.CharField(max_length=100, help_text="Shown to readers; schema.org alternateName.")
    slug = models.SlugField(max_length=50)
    value = models.FloatField(
        null=True, blank=True, help_text="schema.org ratingValue; empty for non-numeric ratings."
    )
    description = models.TextField(blank=True, help_text="When to use this rating.")
    position = models.PositiveSmallIntegerField(default=0, help_text="Order in pickers, best first.")

    class Meta:
        ordering = ["scale_id", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "slug"], name="rating_unique_slug_per_scale"),
            models.UniqueConstraint(fields=["scale", "label"], name="rating_unique_label_per_scale"),
        ]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.value is None or self.scale_id is None:
            return
        low, high = sorted([self.scale.worst_rating, self.scale.best_rating])
        if not low <= self.value <= high:
            raise ValidationError({"value": f"Must lie between {low:g} and {high:g}, the scale's range."})

    @property
    def is_numeric(self) -> bool:
        return self.value is not None

    def as_schema_org(self) -> dict:
        """The schema.org ``Rating`` for ClaimReview; numbers only when the rating has a value."""
        data: dict = {"@type": "Rating", "alternateName": self.label}
        if self.value is not None:
            data.update(
                ratingValue=self.value,
                bestRating=self.scale.best_rating,
                worstRating=self.scale.worst_rating,
            )
        return data


class ReviewState(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    IN_PROGRESS = "in_progress", "In progress"
    NEEDS_SECOND_REVIEW = "needs_second_review", "Needs second review"
    APPROVED = "approved", "Approved"
    PUBLISHED = "published", "Published"
    NOT_CHECKABLE = "not_checkable", "Not checkable"
    WITHDRAWN = "withdrawn", "Withdrawn"


class ReviewQuerySet(models.QuerySet):
    def published(self) -> ReviewQuerySet:
        """Reviews with a published revision, with everything the export needs, in one query.

        What readers see is ``published_revision``: a review under correction keeps its last
        published revision here until the correction is published in turn.
        """
        return self._for_readers(Q(published_revision__isnull=False))

    def withdrawn(self) -> ReviewQuerySet:
        """Verdicts taken back from readers: what sync clients receive as tombstones."""
        return self.filter(state=ReviewState.WITHDRAWN)

    def public(self) -> ReviewQuerySet:
        """What readers see plus what they saw and was withdrawn: the rows incremental sync returns."""
        return self._for_readers(Q(published_revision__isnull=False) | Q(state=ReviewState.WITHDRAWN))

    def _for_readers(self, condition: Q) -> ReviewQuerySet:
        return (
            self.filter(condition)
            .select_related("claim__article", "published_revision__verdict__scale")
            .defer("claim__article__body")  # the export names the article; its body is never read
        )

    def assigned_to(self, user) -> ReviewQuerySet:
        return self.filter(assignee=user)


class DeskPriority(models.TextChoices):
    """A claim's priority as the desk sets it, over the one its check-worthiness gives
    (``factcheck.extraction.types.priority_for``)."""

    HIGH = Priority.HIGH.value, "High"
    MEDIUM = Priority.MEDIUM.value, "Medium"
    LOW = Priority.LOW.value, "Low"


def claim_priority(*, checkworthiness: float, desk: str = "") -> str:
    """A claim's priority: the desk's when an editor set one, else the tier of its check-worthiness."""
    return desk or priority_for(checkworthiness).value


def priority_of(claim) -> str:
    """``claim_priority`` of a claim loaded with its review (selected with it: no query)."""
    try:
        desk = claim.review.priority
    except ObjectDoesNotExist:  # no review yet
        desk = ""
    return claim_priority(checkworthiness=claim.checkworthiness, desk=desk)


class Review(models.Model):
    """The fact-check of one claim; ``version`` guards concurrent edits, ``revision`` counts publications."""

    State = ReviewState

    claim = models.OneToOneField("factcheck.Claim", on_delete=models.CASCADE, related_name="review")
    state = models.CharField(
        max_length=24, choices=ReviewState.choices, default=ReviewState.UNREVIEWED, db_index=True
    )
    verdict = models.ForeignKey(
        Rating, null=True, blank=True, on_delete=models.PROTECT, related_name="reviews"
    )
    claim_reviewed = models.CharField(
        max_length=140, blank=True, help_text="Short summary of the claim for readers (≤ 140 characters)."
    )
    rationale = models.TextField(
        blank=True, max_length=RATIONALE_MAX_CHARS, help_text="The published explanation of the verdict."
    )
    claimant_job_title = models.CharField(
        max_length=CLAIMANT_JOB_TITLE_MAX,
        blank=True,
        help_text="The speaker's role when they said it (“Minister of Health”): schema.org jobTitle.",
    )
    claimant_same_as = models.URLField(
        max_length=500,
        blank=True,
        help_text="A page that identifies the speaker (Wikidata, Wikipedia, an official page): sameAs.",
    )
    dismissal_reason = models.TextField(
        blank=True, max_length=NOTE_MAX_CHARS, help_text="Why the claim is not checkable."
    )
    priority = models.CharField(
        max_length=10,
        choices=DeskPriority.choices,
        blank=True,
        default="",
        help_text="Set by an editor; blank: the claim's own, from its check-worthiness.",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviews_assigned",
        help_text="The first reviewer.",
    )
    second_reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviews_approved",
        help_text="Who approved it; never the first reviewer.",
    )
    version = models.PositiveIntegerField(default=1, help_text="Incremented by every save (optimistic lock).")
    revision = models.PositiveIntegerField(default=1, help_text="1 until a published review is corrected.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    assigned_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="First publication; kept across corrections."
    )
    last_published_at = models.DateTimeField(null=True, blank=True, help_text="Latest revision published.")
    withdrawn_at = models.DateTimeField(
        null=True, blank=True, help_text="When an editor took the published verdict back from readers."
    )
    withdrawal_reason = models.TextField(
        blank=True, max_length=NOTE_MAX_CHARS, help_text="Why it was withdrawn; public, in the tombstone."
    )
    public_updated_at = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        help_text="When what readers see last changed: a revision published or the verdict withdrawn "
        "(incremental sync reads this).",
    )
    published_revision = models.ForeignKey(
        "ReviewRevision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="What readers see: the latest published revision, kept while a correction is under way; "
        "empty once withdrawn.",
    )

    reused_from = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reused_by",
        help_text="The published verdict on the same claim elsewhere that this review started from.",
    )

    history = HistoricalRecords(excluded_fields=["updated_at"])
    objects = ReviewQuerySet.as_manager()
    # Read by django-simple-history when the row is saved: who did it and why.
    _history_user: Any
    _change_reason: str
    _author_ids: tuple[int, list[int]]  # cache of annotations.authorship

    class Meta:
        ordering = ["-updated_at", "-id"]
        permissions = [
            ("submit_review", "Can send a review to second review"),
            ("approve_review", "Can approve a review or return it to its reviewer"),
            ("publish_review", "Can publish a review, open a correction and withdraw it"),
            ("assign_review", "Can assign reviews to anyone and reopen dismissed claims"),
            ("dismiss_review", "Can dismiss a claim as not checkable"),
            ("correct_claim", "Can correct, split, merge and add claims, their figures and speakers"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(second_reviewer__isnull=True)
                | Q(assignee__isnull=True)
                | ~Q(second_reviewer=F("assignee")),
                name="review_second_reviewer_differs",
            ),
            models.CheckConstraint(
                condition=~Q(state__in=["in_progress", "needs_second_review", "approved", "published"])
                | Q(assignee__isnull=False),
                name="review_assigned_once_started",
            ),
            models.CheckConstraint(
                condition=~Q(state="published") | Q(verdict__isnull=False, published_at__isnull=False),
                name="review_published_has_verdict",
            ),
            models.CheckConstraint(
                condition=~Q(state="withdrawn")
                | Q(withdrawn_at__isnull=False, published_revision__isnull=True),
                name="review_withdrawn_has_date_and_nothing_public",
            ),
        ]

    def __str__(self) -> str:
        return f"Review of claim #{self.claim_id} ({self.get_state_display()})"

    @property
    def is_published(self) -> bool:
        return self.state == ReviewState.PUBLISHED


class EvidenceStance(models.TextChoices):
    SUPPORTS = "supports", "Supports the claim"
    CONTRADICTS = "contradicts", "Contradicts the claim"
    CONTEXT = "context", "Context"


class Evidence(models.Model):
    """A source consulted for a review; published with the verdict."""

    Stance = EvidenceStance

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField("URL", max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    accessed_on = models.DateField(default=timezone.localdate)
    stance = models.CharField(max_length=12, choices=EvidenceStance.choices, default=EvidenceStance.CONTEXT)
    quote = models.TextField(
        blank=True, max_length=NOTE_MAX_CHARS, help_text="Quote from the source, or a note on what it shows."
    )
    position = models.PositiveSmallIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])
    _history_user: Any  # who saved it, for django-simple-history

    class Meta:
        ordering = ["review_id", "position", "id"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.title or self.url


class CommentKind(models.TextChoices):
    COMMENT = "comment", "Comment"
    RETURN = "return", "Returned to reviewer"
    DISMISSAL = "dismissal", "Dismissed"
    CORRECTION = "correction", "Correction opened"
    WITHDRAWAL = "withdrawal", "Withdrawn"


class Comment(models.Model):
    """Internal discussion on a review; never exported."""

    Kind = CommentKind

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="review_comments"
    )
    kind = models.CharField(max_length=12, choices=CommentKind.choices, default=CommentKind.COMMENT)
    body = models.TextField(max_length=NOTE_MAX_CHARS)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["review_id", "created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.author} on review #{self.review_id}"


class ReviewRevision(models.Model):
    """What was published at each revision, frozen: a correction never erases what readers saw."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="revisions")
    revision = models.PositiveIntegerField()
    verdict = models.ForeignKey(Rating, on_delete=models.PROTECT, related_name="+")
    claim_reviewed = models.CharField(max_length=140)
    rationale = models.TextField()
    claimant_job_title = models.CharField(max_length=CLAIMANT_JOB_TITLE_MAX, blank=True)
    claimant_same_as = models.URLField(max_length=500, blank=True)
    evidence = models.JSONField(default=list, help_text="The evidence as published.")
    reviewers = models.JSONField(
        default=list, help_text="Public names of who wrote the verdict and who approved it, in that order."
    )
    authors = models.JSONField(
        default=list,
        help_text="Public names of who wrote the verdict or rationale, from the history (empty for "
        "revisions published before authorship was recorded).",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField()

    class Meta:
        ordering = ["review_id", "revision"]
        constraints = [
            models.UniqueConstraint(fields=["review", "revision"], name="review_revision_unique"),
        ]

    def __str__(self) -> str:
        return f"Review #{self.review_id}, revision {self.revision}"

    @classmethod
    def frozen(cls, review: Review, *, evidence, published_at, published_by=None) -> ReviewRevision:
        if review.verdict_id is None:
            raise ValueError("A review without a verdict cannot be published.")
        """What publishing ``review`` now freezes (not saved): its verdict, texts, ``evidence`` (in
        order), who wrote it (from the history, not the assignee field) and who approved it."""
        from django.contrib.auth import get_user_model

        from annotations.authorship import review_author_ids
        from annotations.roles import public_name

        author_ids = review_author_ids(review)
        people = get_user_model().objects.in_bulk(author_ids)
        authors = [public_name(people[pk]) for pk in author_ids if pk in people]
        approver = public_name(review.second_reviewer) if review.second_reviewer_id else ""
        if not authors and review.assignee_id:  # written before the history recorded users
            authors = [public_name(review.assignee)]

        return cls(
            review=review,
            revision=review.revision,
            verdict_id=review.verdict_id,
            claim_reviewed=review.claim_reviewed,
            rationale=review.rationale,
            claimant_job_title=review.claimant_job_title,
            claimant_same_as=review.claimant_same_as,
            evidence=[
                {
                    "url": e.url,
                    "title": e.title,
                    "publisher": e.publisher,
                    "accessed_on": e.accessed_on.isoformat(),
                    "stance": e.stance,
                    "quote": e.quote,
                }
                for e in evidence
            ],
            reviewers=list(dict.fromkeys([*authors, *([approver] if approver else [])])),
            authors=authors,
            approved_by_id=review.second_reviewer_id,
            published_by=published_by,
            published_at=published_at,
        )


class NotificationKind(models.TextChoices):
    ASSIGNED = "assigned", "A claim was assigned to you"
    RETURNED = "returned", "An editor returned your review to you"
    MENTIONED = "mentioned", "Someone mentioned you in a comment"
    PUBLISHED = "published", "A review you worked on was published"


NOTIFICATION_MESSAGE_MAX = 300


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user) -> NotificationQuerySet:
        return self.filter(recipient=user)

    def unread(self) -> NotificationQuerySet:
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """Something a reviewer or editor should know about a review; written by ``annotations.notifications``."""

    Kind = NotificationKind

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=12, choices=NotificationKind.choices)
    claim = models.ForeignKey("factcheck.Claim", on_delete=models.CASCADE, related_name="+")
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="notifications")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who did it; empty when it was the system or the account is gone.",
    )
    message = models.CharField(max_length=NOTIFICATION_MESSAGE_MAX, help_text="Plain text.")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True, help_text="Empty while unread.")
    emailed_at = models.DateTimeField(null=True, blank=True, help_text="Empty until its email was sent.")

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_recipient_read"),
            models.Index(fields=["recipient", "-created_at", "-id"], name="notification_recipient_new"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=NotificationKind.values), name="notification_kind_valid"
            ),
            # Nobody is told about what they did themselves.
            models.CheckConstraint(
                condition=Q(actor__isnull=True) | ~Q(actor=F("recipient")),
                name="notification_not_to_actor",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.recipient} ({'read' if self.read_at else 'unread'})"

    def get_absolute_url(self) -> str:
        """Opening it marks it read, then shows the claim (the email links here too)."""
        return reverse("workspace:notification-open", args=[self.pk])


class NotificationSettings(models.Model):
    """One user's switches, per kind: shown in the workspace, sent by email.

    The row is created on the first save of the settings form; until then the field defaults apply
    (``annotations.notifications.settings_for``).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings"
    )
    assigned_in_app = models.BooleanField(default=True)
    assigned_email = models.BooleanField(default=False)
    returned_in_app = models.BooleanField(default=True)
    returned_email = models.BooleanField(default=False)
    mentioned_in_app = models.BooleanField(default=True)
    mentioned_email = models.BooleanField(default=False)
    published_in_app = models.BooleanField(default=True)
    published_email = models.BooleanField(default=False)

    CHANNELS = ("in_app", "email")

    class Meta:
        verbose_name_plural = "notification settings"

    def __str__(self) -> str:
        return f"Notification settings of {self.user}"

    @classmethod
    def field_name(cls, kind: str, channel: str) -> str:
        return f"{NotificationKind(kind).value}_{channel}"

    def wants(self, kind: str, channel: str) -> bool:
        return bool(getattr(self, self.field_name(kind, channel)))
