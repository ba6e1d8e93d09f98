"""Read shapes of the API; writes go through the review services, never ``serializer.save()``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from annotations import workflow
from annotations.api.export import review_url
from annotations.api.filters import MAX_ID
from annotations.models import (
    NOTE_MAX_CHARS,
    RATIONALE_MAX_CHARS,
    DeskPriority,
    Evidence,
    EvidenceStance,
    Rating,
    Review,
    ReviewState,
    claim_priority,
    priority_of,
)
from factcheck.models import (
    Article,
    Category,
    Claim,
    Layer,
    Origin,
    Qualifier,
    Quantity,
    QuantityKind,
    SpeakerType,
)


class QuantitySerializer(serializers.ModelSerializer):
    origin = serializers.ChoiceField(
        choices=Origin.choices,
        read_only=True,
        help_text="Found by the extractor, corrected or added by a person.",
    )

    class Meta:
        model = Quantity
        fields = [
            "id",
            "surface",
            "start",
            "end",
            "value",
            "low",
            "high",
            "qualifier",
            "unit",
            "category",
            "kind",
            "origin",
        ]


class ArticleSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "title", "source_url", "source_name", "published_at"]


class PublishedVerdictSerializer(serializers.Serializer):
    """The verdict of a claim, shown once its review is published (the published one during a correction)."""

    review = serializers.IntegerField(help_text="Id of the published review (`/api/v1/reviews/{id}/`).")
    # DRF's metaclass takes declared fields out of the class, so ``Field.label`` (this serializer's own
    # label) stays intact; mypy only sees that attribute's name reused.
    label = serializers.CharField()  # type: ignore[assignment]
    slug = serializers.CharField()
    value = serializers.FloatField(allow_null=True)


class ClaimSerializer(serializers.ModelSerializer):
    quantities = QuantitySerializer(many=True, read_only=True)
    review_state = serializers.ChoiceField(
        choices=ReviewState.choices,
        read_only=True,
        help_text="Workflow state; `unreviewed` without a review.",
    )
    verdict = serializers.SerializerMethodField(help_text="The published verdict; null until published.")
    priority = serializers.SerializerMethodField(
        help_text="high, medium or low: the desk's if an editor set one, else the tier of `checkworthiness`."
    )
    # Stored at import (what the extractor said then); blank: no speaker, or imported before versions.
    speaker_type = serializers.ChoiceField(
        choices=SpeakerType.choices, allow_blank=True, read_only=True, help_text="Person or organisation."
    )
    extractor_version = serializers.CharField(read_only=True, help_text="The extractor that made the claim.")
    origin = serializers.ChoiceField(
        choices=Origin.choices, read_only=True, help_text="Extracted, corrected by a person, or added by one."
    )
    corrected = serializers.ListField(
        child=serializers.ChoiceField(choices=Layer.choices),
        read_only=True,
        help_text="The parts a person set; the others are the extractor's.",
    )

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "index",
            "text",
            "start",
            "end",
            "category",
            "checkworthiness",
            "priority",
            "is_claim",
            "speaker",
            "speaker_type",
            "extractor_version",
            "origin",
            "corrected",
            "not_a_claim",
            "attention",
            "version",
            "quantities",
            "review_state",
            "verdict",
            "created_at",
            "updated_at",
        ]

    @extend_schema_field(serializers.ChoiceField(choices=DeskPriority.values))
    def get_priority(self, claim: Claim) -> str:
        return priority_of(claim)

    @extend_schema_field(PublishedVerdictSerializer(allow_null=True))
    def get_verdict(self, claim: Claim) -> dict | None:
        try:
            review = claim.review
        except ObjectDoesNotExist:
            return None
        revision = review.published_revision if review is not None else None  # no query when unset
        if revision is None:
            return None
        verdict = revision.verdict  # what was published, also while it is corrected
        return {"review": review.pk, "label": verdict.label, "slug": verdict.slug, "value": verdict.value}


# --- The claims list's rows, from ``values()`` -----------------------------------------------------
# Model instances and DRF's field machinery were two thirds of a claims page's time (bench/web_load.py).
# ClaimSerializer above stays the declaration of the shape (the schema, one claim's views); the list
# builds the same dicts from two ``values()`` queries, and a test holds every row to the serializer's.

_DATETIME = serializers.DateTimeField()
_VERDICT = "review__published_revision__verdict__"
CLAIM_ROW_VALUES = (
    *("id", "article_id", "index", "text", "start", "end", "category", "checkworthiness", "is_claim"),
    *("speaker", "speaker_type", "extractor_version", "origin", "corrected", "not_a_claim", "attention"),
    *("version", "review_state", "created_at", "updated_at", "review__id", "review__priority"),
    *(f"{_VERDICT}label", f"{_VERDICT}slug", f"{_VERDICT}value"),
)
_QUANTITY_FIELDS = QuantitySerializer.Meta.fields


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def claim_list_rows(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``ClaimSerializer(many=True).data`` for ``claims``, rows of ``values(*CLAIM_ROW_VALUES)``."""
    figures: dict[int, list[dict[str, Any]]] = {claim["id"]: [] for claim in claims}
    quantities = Quantity.objects.filter(claim_id__in=list(figures)).order_by("claim_id", "start", "id")
    for figure in quantities.values("claim_id", *_QUANTITY_FIELDS):
        claim_id = figure.pop("claim_id")
        for name in ("value", "low", "high"):
            figure[name] = _float(figure[name])
        figures[claim_id].append(figure)
    rows = []
    for claim in claims:
        label = claim[f"{_VERDICT}label"]
        rows.append(
            {
                "id": claim["id"],
                "article": claim["article_id"],
                "index": claim["index"],
                "text": claim["text"],
                "start": claim["start"],
                "end": claim["end"],
                "category": claim["category"],
                "checkworthiness": float(claim["checkworthiness"]),
                "priority": claim_priority(
                    checkworthiness=claim["checkworthiness"], desk=claim["review__priority"] or ""
                ),
                "is_claim": claim["is_claim"],
                "speaker": claim["speaker"],
                "speaker_type": claim["speaker_type"],
                "extractor_version": claim["extractor_version"],
                "origin": claim["origin"],
                "corrected": list(claim["corrected"]),
                "not_a_claim": claim["not_a_claim"],
                "attention": claim["attention"],
                "version": claim["version"],
                "quantities": figures[claim["id"]],
                "review_state": claim["review_state"],
                "verdict": None
                if label is None
                else {
                    "review": claim["review__id"],
                    "label": label,
                    "slug": claim[f"{_VERDICT}slug"],
                    "value": _float(claim[f"{_VERDICT}value"]),
                },
                "created_at": _DATETIME.to_representation(claim["created_at"]),
                "updated_at": _DATETIME.to_representation(claim["updated_at"]),
            }
        )
    return rows


class ClaimDetailSerializer(ClaimSerializer):
    article = ArticleSummarySerializer(read_only=True)


class ArticleSerializer(serializers.ModelSerializer):
    claim_count = serializers.IntegerField(read_only=True, help_text="Sentences extracted from the body.")
    checkworthy_count = serializers.IntegerField(read_only=True, help_text="Claims worth checking.")

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "source_url",
            "source_name",
            "author",
            "published_at",
            "language",
            "claim_count",
            "checkworthy_count",
            "created_at",
            "updated_at",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    claims = ClaimSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "claims"]


# --- published reviews --------------------------------------------------------------------------
# The same shape as ``annotations.api.export.review_rows`` (a test holds them equal).


class ReviewClaimSerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["id", "text", "speaker", "speaker_type", "category", "checkworthiness"]


class ReviewArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "title", "source_url", "source_name", "published_at", "language"]


class VerdictSerializer(serializers.ModelSerializer):
    best_rating = serializers.FloatField(source="scale.best_rating")
    worst_rating = serializers.FloatField(source="scale.worst_rating")
    scale = serializers.CharField(source="scale.name")

    class Meta:
        model = Rating
        fields = ["label", "slug", "value", "best_rating", "worst_rating", "scale"]


class EvidenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Evidence
        fields = ["url", "title", "publisher", "accessed_on", "stance", "quote"]


class PublishedEvidenceSerializer(serializers.Serializer):
    """One source as it was published (frozen in the review's revision)."""

    url = serializers.URLField()
    title = serializers.CharField()
    publisher = serializers.CharField()
    accessed_on = serializers.DateField(allow_null=True)
    stance = serializers.ChoiceField(choices=EvidenceStance.choices)
    quote = serializers.CharField()


class ReviewSerializer(serializers.ModelSerializer):
    """A published verdict: no internal comments, no draft, no e-mail addresses.

    The verdict, texts, evidence, reviewers and revision are those of ``published_revision``, so a
    review under correction still shows what was published until the correction is published.
    """

    url = serializers.SerializerMethodField(help_text="Public page of the verdict.")
    status = serializers.SerializerMethodField(
        help_text="`published`; withdrawn verdicts come as tombstones."
    )
    claim = ReviewClaimSerializer(read_only=True)
    article = ReviewArticleSerializer(source="claim.article", read_only=True)
    claim_reviewed = serializers.CharField(source="published_revision.claim_reviewed", read_only=True)
    verdict = VerdictSerializer(source="published_revision.verdict", read_only=True)
    rationale = serializers.CharField(source="published_revision.rationale", read_only=True)
    claimant_job_title = serializers.CharField(
        source="published_revision.claimant_job_title",
        read_only=True,
        help_text="The speaker's role when they said it (ClaimReview: the claimant's jobTitle).",
    )
    claimant_same_as = serializers.CharField(
        source="published_revision.claimant_same_as",
        read_only=True,
        help_text="A page that identifies the speaker (ClaimReview: the claimant's sameAs).",
    )
    evidence = PublishedEvidenceSerializer(source="published_revision.evidence", many=True, read_only=True)
    reviewers = serializers.ListField(
        child=serializers.CharField(),
        source="published_revision.reviewers",
        read_only=True,
        help_text="Public names of the reviewers.",
    )
    revision = serializers.IntegerField(
        source="published_revision.revision", read_only=True, help_text="The published revision shown."
    )
    last_published_at = serializers.DateTimeField(
        source="published_revision.published_at", read_only=True, help_text="When this revision came out."
    )
    updated_at = serializers.DateTimeField(
        source="published_revision.published_at",
        read_only=True,
        help_text="When what readers see last changed (the published revision); drafting a correction "
        "does not change it.",
    )

    class Meta:
        model = Review
        fields = [
            "id",
            "url",
            "status",
            "claim",
            "article",
            "claim_reviewed",
            "verdict",
            "rationale",
            "claimant_job_title",
            "claimant_same_as",
            "evidence",
            "reviewers",
            "revision",
            "published_at",
            "last_published_at",
            "updated_at",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, review: Review) -> str:
        return review_url(review.pk, review.claim_id)

    @extend_schema_field(OpenApiTypes.STR)
    def get_status(self, review: Review) -> str:
        return "published"


class ReviewTombstoneSerializer(serializers.ModelSerializer):
    """A withdrawn verdict as sync clients see it: which one, when and why; nothing of the verdict."""

    url = serializers.SerializerMethodField(help_text="The page the verdict had (it answers 410 Gone).")
    get_url = ReviewSerializer.get_url
    status = serializers.SerializerMethodField(help_text="`withdrawn`.")
    withdrawn_at = serializers.DateTimeField(read_only=True)
    withdrawal_reason = serializers.CharField(read_only=True, help_text="The editor's reason, public.")
    updated_at = serializers.DateTimeField(source="public_updated_at", read_only=True)

    class Meta:
        model = Review
        fields = ["id", "url", "status", "withdrawn_at", "withdrawal_reason", "updated_at"]

    @extend_schema_field(OpenApiTypes.STR)
    def get_status(self, review: Review) -> str:
        return "withdrawn"


def public_review_data(review: Review, context: Mapping[str, Any] | None = None) -> dict:
    """A published verdict, or the tombstone of a withdrawn one."""
    serializer = ReviewTombstoneSerializer if review.state == ReviewState.WITHDRAWN else ReviewSerializer
    return serializer(review, context=context or {}).data


# --- writes by reviewers and editors -------------------------------------------------------------


class ReviewWriteSerializer(serializers.Serializer):
    """Fields a reviewer edits; omitted ones stay as they are."""

    verdict = serializers.PrimaryKeyRelatedField(
        queryset=Rating.objects.all(), required=False, allow_null=True, help_text="Rating id."
    )
    rationale = serializers.CharField(required=False, allow_blank=True, max_length=RATIONALE_MAX_CHARS)
    claim_reviewed = serializers.CharField(required=False, allow_blank=True, max_length=1000)


class ReviewCreateSerializer(ReviewWriteSerializer):
    claim = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.all(), help_text="Claim id.")


class ReviewUpdateSerializer(ReviewWriteSerializer):
    version = serializers.IntegerField(
        min_value=1, help_text="The `version` you last read; a stale one is refused with 409."
    )


class ReviewTransitionSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=[], help_text="A workflow step.")
    reason = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=NOTE_MAX_CHARS,
        help_text="Required to return, dismiss or correct; a note when approving.",
    )
    version = serializers.IntegerField(required=False, min_value=1, help_text="Optional optimistic lock.")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        action = self.fields["action"]
        assert isinstance(action, serializers.ChoiceField)
        action.choices = [step.name for step in workflow.steps()]


class EvidenceWriteSerializer(serializers.Serializer):
    url = serializers.CharField(max_length=2000)
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    publisher = serializers.CharField(required=False, allow_blank=True, max_length=300)
    accessed_on = serializers.DateField(required=False)
    stance = serializers.CharField(required=False)
    quote = serializers.CharField(required=False, allow_blank=True, max_length=NOTE_MAX_CHARS)


class WorkingReviewSerializer(serializers.ModelSerializer):
    """A review as its reviewer or editor sees it after a write (may be unpublished)."""

    verdict: serializers.PrimaryKeyRelatedField[Rating] = serializers.PrimaryKeyRelatedField(read_only=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    allowed_actions = serializers.SerializerMethodField(
        help_text="Workflow actions the caller may take now (`edit`, `comment` and the transition steps)."
    )

    class Meta:
        model = Review
        fields = [
            "id",
            "claim",
            "state",
            "allowed_actions",
            "verdict",
            "claim_reviewed",
            "rationale",
            "evidence",
            "version",
            "revision",
            "published_at",
            "updated_at",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_allowed_actions(self, review: Review) -> list[str]:
        request = self.context.get("request")
        return workflow.allowed_actions(review, request.user) if request is not None else []


# --- claim corrections ---------------------------------------------------------------------------
# Shapes of the requests only: the correction services check spans, numbers and roles.


class ClaimCreateSerializer(serializers.Serializer):
    article = serializers.PrimaryKeyRelatedField(queryset=Article.objects.defer("body"))
    start = serializers.IntegerField(help_text="Offset of the first character in the article body.")
    end = serializers.IntegerField(help_text="Offset just past the last character; snapped to whole words.")


@extend_schema_field(
    {
        "oneOf": [
            {"type": "string", "description": "A name typed by hand."},
            {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                    "type": {"type": "string", "enum": SpeakerType.values},
                },
            },
        ],
        "nullable": True,
        "description": "A name, or a span of the article (its text is the name unless one is given); "
        "null: nobody.",
    }
)
class SpeakerField(serializers.JSONField):
    pass


class ClaimUpdateSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        required=False, help_text="The claim's version you saw: a stale one answers 409 with what changed."
    )
    start = serializers.IntegerField(required=False)
    end = serializers.IntegerField(required=False)
    category = serializers.ChoiceField(choices=Category.choices, required=False)
    speaker = SpeakerField(required=False, allow_null=True)
    not_a_claim = serializers.BooleanField(
        required=False, help_text="An extraction error, not a claim (unlike the workflow's not checkable)."
    )
    attention = serializers.CharField(required=False, allow_blank=True, max_length=300)


class ClaimSplitSerializer(serializers.Serializer):
    at = serializers.IntegerField(
        help_text="Article offset inside the claim; moved to the start of its word."
    )
    version = serializers.IntegerField(required=False)


@extend_schema_field(
    {
        "type": "array",
        "items": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
        "minItems": 2,
        "maxItems": 50,
        "uniqueItems": True,
    }
)
class ClaimIdsField(serializers.ListField):
    """Distinct claim ids, as the schema says (``uniqueItems``)."""

    def to_internal_value(self, data):
        ids = super().to_internal_value(data)
        if len(set(ids)) != len(ids):
            raise serializers.ValidationError("Name each claim once.")
        return ids


class ClaimMergeSerializer(serializers.Serializer):
    claims = ClaimIdsField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        min_length=2,
        max_length=50,
        help_text="Adjacent claims of one article, each once.",
    )
    versions = serializers.DictField(
        child=serializers.IntegerField(),
        required=False,
        help_text='The version of each claim you saw, e.g. {"31": 2, "32": 1}: a stale one answers 409.',
    )

    def validate_versions(self, value: dict) -> dict[int, int]:
        try:
            versions = {int(key): version for key, version in value.items()}
        except ValueError:
            raise serializers.ValidationError("Keys are claim ids.") from None
        if any(not 1 <= key <= MAX_ID for key in versions):
            raise serializers.ValidationError("Keys are claim ids.")
        return versions


class QuantityWriteSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        required=False, help_text="The claim's version you saw: a stale one answers 409 with what changed."
    )
    start = serializers.IntegerField(required=False)
    end = serializers.IntegerField(required=False)
    value = serializers.FloatField(required=False, allow_null=True)
    low = serializers.FloatField(required=False, allow_null=True)
    high = serializers.FloatField(required=False, allow_null=True)
    qualifier = serializers.ChoiceField(choices=Qualifier.choices, required=False)
    unit = serializers.CharField(required=False, allow_blank=True, max_length=100)
    category = serializers.ChoiceField(choices=Category.choices, required=False)
    kind = serializers.ChoiceField(choices=QuantityKind.choices, required=False)
