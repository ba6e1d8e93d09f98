"""API views: thin, read through querysets built for a constant number of queries per page."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Prefetch, Value
from django.db.models.functions import Coalesce
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from django.views import csrf, defaults
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes, renderer_classes
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.filters import BaseFilterBackend, OrderingFilter
from rest_framework.generics import GenericAPIView
from rest_framework.parsers import BaseParser
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response

from annotations import corrections, services, workflow
from annotations.api import export
from annotations.api.filters import MAX_ID, ArticleFilter, ClaimFilter, PublishedOrdering, ReviewFilter
from annotations.api.parsers import BoundedJSONParser
from annotations.api.permissions import (
    ClaimCorrector,
    GoldExportReader,
    IsAuthenticatedReadOnly,
    PublishedVerdictReader,
    ReviewWriter,
)
from annotations.api.renderers import (
    ClaimReviewRenderer,
    CSVRenderer,
    DoccanoRenderer,
    JSONLinesRenderer,
    LabelStudioRenderer,
)
from annotations.api.serializers import (
    CLAIM_ROW_VALUES,
    ArticleDetailSerializer,
    ArticleSerializer,
    ClaimCreateSerializer,
    ClaimDetailSerializer,
    ClaimMergeSerializer,
    ClaimSerializer,
    ClaimSplitSerializer,
    ClaimUpdateSerializer,
    EvidenceWriteSerializer,
    QuantitySerializer,
    QuantityWriteSerializer,
    ReviewCreateSerializer,
    ReviewSerializer,
    ReviewTombstoneSerializer,
    ReviewTransitionSerializer,
    ReviewUpdateSerializer,
    WorkingReviewSerializer,
    claim_list_rows,
    public_review_data,
)
from annotations.api.throttling import quota_headers
from annotations.gold import gold_jsonl, parse_since
from annotations.interchange import doccano_jsonl, label_studio_json
from annotations.models import Evidence, Review, ReviewState
from factcheck.models import Article, Claim, Quantity
from factcheck.problems import problem_response

LIST_FORMATS = ["json", "csv", "jsonl"]


def format_parameter(formats: list[str]) -> OpenApiParameter:
    return OpenApiParameter(
        "format",
        OpenApiTypes.STR,
        enum=formats,
        description="Response format (instead of an `Accept` header). JSON by default.",
        examples=[OpenApiExample(name, value=name) for name in formats],
    )


INDEX = {
    "articles": "api:article-list",
    "claims": "api:claim-list",
    "reviews": "api:review-list",
    "reviews_export": "api:review-export",
    "imports": "api:import-list",
    "annotations_export": "api:annotations-export",
    "stats": "api:stats",
    "search_claims": "api:search-claims",
    "conflicts": "api:conflict-list",
    "schema": "api-schema",
    "docs": "api-docs",
}


@extend_schema(exclude=True)
@api_view(["GET"])
@permission_classes([AllowAny])
@renderer_classes([JSONRenderer])
def api_index(request):
    """``/api/v1/``: where everything is (the OpenAPI schema at ``schema`` documents it)."""
    return Response({name: request.build_absolute_uri(reverse(route)) for name, route in INDEX.items()})


def page_not_found(request, exception=None):
    """The project's 404 handler: API paths answer with a problem details document, others as usual."""
    if not request.path.startswith("/api/"):
        return defaults.page_not_found(request, exception)
    return problem_response(status=404, code="not_found", detail=f"No API endpoint at {request.path}.")


def csrf_failure(request, reason=""):
    """``CSRF_FAILURE_VIEW``: on API paths a refused CSRF check is a problem details document like every
    other API error (Django's page is HTML); elsewhere Django's page."""
    if not request.path.startswith("/api/"):
        return csrf.csrf_failure(request, reason)
    return problem_response(status=403, code="csrf_failed", detail=f"CSRF check failed: {reason}")


class ApiViewMixin(GenericAPIView):
    """Errors are always JSON, whatever format the client asked for."""

    renderer_classes: Sequence[type[BaseRenderer]] = [JSONRenderer, CSVRenderer, JSONLinesRenderer]
    filter_backends: Sequence[type[BaseFilterBackend]] = [DjangoFilterBackend, OrderingFilter]
    # Writes take JSON alone: a form or multipart body cannot say null (a figure without a value, a
    # verdict taken back), so it arrived as the string "null" and was refused. Uploads are the imports'.
    parser_classes: Sequence[type[BaseParser]] = [BoundedJSONParser]

    def filter_queryset(self, queryset):
        """List filters narrow lists and exports; one object's URL, and its actions, ignore them (a split
        sent with ``?article=0`` answered 400 for a filter that has nothing to do with it)."""
        if getattr(self, "detail", False):
            return queryset
        return super().filter_queryset(queryset)

    def finalize_response(self, request, response, *args, **kwargs):
        if getattr(response, "status_code", 200) >= 400 and hasattr(response, "data"):
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        response = super().finalize_response(request, response, *args, **kwargs)
        for name, value in quota_headers(request).items():
            response[name] = value
        if isinstance(response, Response):
            response.add_post_render_callback(_keep_content_type)
        return response


def _keep_content_type(response: Response) -> None:
    """DRF drops Content-Type from an empty body (an empty CSV or JSON Lines page); keep it."""
    if not response.has_header("Content-Type"):
        renderer = response.accepted_renderer
        response["Content-Type"] = f"{renderer.media_type}; charset={renderer.charset}"


@extend_schema_view(
    list=extend_schema(
        summary="List articles",
        description="Imported articles with their claim counts, newest first by default.",
        parameters=[format_parameter(LIST_FORMATS)],
        examples=[
            OpenApiExample(
                "An article",
                response_only=True,
                value={
                    "next": "http://127.0.0.1:8000/api/v1/articles/?cursor=cD0xMg%3D%3D",
                    "previous": None,
                    "results": [
                        {
                            "id": 12,
                            "title": "Aid convoy reaches the city",
                            "source_url": "https://news.example.org/aid",
                            "source_name": "Reuters",
                            "author": "",
                            "published_at": "2026-03-01T08:00:00Z",
                            "language": "en",
                            "claim_count": 14,
                            "checkworthy_count": 5,
                            "created_at": "2026-03-02T10:00:00Z",
                            "updated_at": "2026-03-02T10:00:00Z",
                        }
                    ],
                },
            )
        ],
    ),
    retrieve=extend_schema(
        summary="One article with its claims",
        description="The article body and every claim (with its figures), in order.",
    ),
)
class ArticleViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    lookup_value_regex = "[0-9]+"
    permission_classes = [IsAuthenticatedReadOnly]
    filterset_class = ArticleFilter
    ordering_fields = ["id", "created_at", "updated_at"]
    ordering = ["-id"]

    def get_queryset(self):
        queryset = Article.objects.with_claim_counts().order_by("-id")
        if self.action != "retrieve":
            return queryset.defer("body")  # only the detail shows the body
        claims = (
            Claim.objects.order_by("index")
            .select_related("review__published_revision__verdict")
            .annotate(review_state=Coalesce("review__state", Value(ReviewState.UNREVIEWED)))
            .prefetch_related("quantities")
        )
        return queryset.prefetch_related(Prefetch("claims", queryset=claims))

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


def _claims():
    """One claim as the API shows it (the list builds its rows from ``values()``: ``claim_list_rows``)."""
    return (
        Claim.objects.select_related("review__published_revision__verdict", "article")
        .defer("article__body")  # (megabytes, never shown)
        .prefetch_related("quantities")
        .annotate(review_state=Coalesce("review__state", Value(ReviewState.UNREVIEWED)))
        .order_by("id")
    )


def _with_version(serializer_class, request) -> tuple[int | None, dict]:
    """A correction request's checked fields, and apart from them the version the caller saw."""
    data = serializer_class(data=request.data)
    data.is_valid(raise_exception=True)
    fields = dict(data.validated_data)
    return fields.pop("version", None), fields


def _claim_data(claim_id: int, request) -> dict:
    return ClaimDetailSerializer(_claims().get(pk=claim_id), context={"request": request}).data


CORRECTIONS = (
    "Reviewers and editors correct claims through the same services and rules as the workspace and "
    "the admin: a claim that is unreviewed, in progress (by its assignee or an editor) or dismissed; one "
    "sent to second review, approved or published changes only through the workflow."
)


@extend_schema_view(
    list=extend_schema(
        summary="List claims",
        description="Sentences of imported articles and claims people added, with their figures, category, "
        "speaker and check-worthiness; `origin` says who made each. Example: "
        "`?is_claim=true&category=casualties&checkworthiness_min=0.7&ordering=-checkworthiness`.",
        parameters=[format_parameter(LIST_FORMATS)],
    ),
    retrieve=extend_schema(summary="One claim", description="A claim with its figures and its article."),
)
class ClaimViewSet(ApiViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    lookup_value_regex = "[0-9]+"
    permission_classes = [ClaimCorrector]
    filterset_class = ClaimFilter
    ordering_fields = ["id", "checkworthiness", "created_at", "updated_at"]
    ordering = ["id"]

    def get_queryset(self):
        if self.action == "list":
            return Claim.objects.annotate(
                review_state=Coalesce("review__state", Value(ReviewState.UNREVIEWED))
            )
        return _claims()

    def get_serializer_class(self):
        return ClaimDetailSerializer if self.action == "retrieve" else ClaimSerializer

    def list(self, request, *args, **kwargs):
        """Rows from ``values()`` shaped as ``ClaimSerializer`` shapes them (``claim_list_rows``)."""
        claims = self.filter_queryset(self.get_queryset()).values(*CLAIM_ROW_VALUES)
        page = self.paginate_queryset(claims)
        assert page is not None  # the API always pages
        return self.get_paginated_response(claim_list_rows(page))

    @extend_schema(
        summary="Add a claim (reviewers)",
        description=f"A claim from any span of an article (snapped to whole words). {CORRECTIONS}",
        request=ClaimCreateSerializer,
        responses={201: ClaimDetailSerializer},
        examples=[
            OpenApiExample(
                "A missed claim", value={"article": 4, "start": 120, "end": 188}, request_only=True
            )
        ],
    )
    def create(self, request):
        data = ClaimCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        claim = corrections.claim_add(by=request.user, **data.validated_data)
        return Response(_claim_data(claim.pk, request), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Correct a claim (reviewers)",
        description=f"Its boundaries, category, speaker, or mark it not a claim. {CORRECTIONS}",
        request=ClaimUpdateSerializer,
        responses={200: ClaimDetailSerializer},
        examples=[
            OpenApiExample(
                "Name the speaker",
                value={"version": 1, "speaker": {"start": 40, "end": 48, "type": "person"}},
                request_only=True,
            )
        ],
    )
    def partial_update(self, request, pk=None):
        claim = self.get_object()
        version, fields = _with_version(ClaimUpdateSerializer, request)
        corrections.claim_update(claim=claim, by=request.user, expected_version=version, **fields)
        return Response(_claim_data(claim.pk, request))

    @extend_schema(
        summary="Split a claim in two (reviewers)",
        description="The first part keeps the claim and its review; the second is a new claim. "
        + CORRECTIONS,
        request=ClaimSplitSerializer,
        responses={201: ClaimDetailSerializer(many=True)},
        filters=False,
    )
    @action(detail=True, methods=["post"], pagination_class=None)
    def split(self, request, pk=None):
        claim = self.get_object()
        data = ClaimSplitSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        first, second = corrections.claim_split(
            claim=claim,
            at=data.validated_data["at"],
            by=request.user,
            expected_version=data.validated_data.get("version"),
        )
        return Response(
            [_claim_data(first.pk, request), _claim_data(second.pk, request)], status=status.HTTP_201_CREATED
        )

    @extend_schema(
        summary="Merge adjacent claims (reviewers)",
        description="The claim with a review survives (two reviewed claims are refused), else the first. "
        + CORRECTIONS,
        request=ClaimMergeSerializer,
        responses={200: ClaimDetailSerializer},
        examples=[OpenApiExample("Two sentences", value={"claims": [31, 32]}, request_only=True)],
    )
    @action(detail=False, methods=["post"])
    def merge(self, request):
        data = ClaimMergeSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        claims = list(Claim.objects.defer("text").filter(pk__in=data.validated_data["claims"]))
        missing = set(data.validated_data["claims"]) - {claim.pk for claim in claims}
        if missing:
            raise NotFound(f"No claim {', '.join(f'#{pk}' for pk in sorted(missing))}.")
        merged = corrections.claim_merge(
            claims=claims, by=request.user, expected_versions=data.validated_data.get("versions")
        )
        return Response(_claim_data(merged.pk, request))


CLAIM_PK = OpenApiParameter(
    "claim_pk", OpenApiTypes.INT, OpenApiParameter.PATH, description="The claim's id."
)
FIGURE_PK = OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH, description="The figure's id.")


@extend_schema_view(
    list=extend_schema(summary="A claim's figures", parameters=[CLAIM_PK]),
    retrieve=extend_schema(summary="One figure of a claim", parameters=[CLAIM_PK, FIGURE_PK]),
    create=extend_schema(
        summary="Add a figure (reviewers)",
        description="A figure the extractor missed, inside the claim. " + CORRECTIONS,
        parameters=[CLAIM_PK],
        request=QuantityWriteSerializer,
        responses={201: QuantitySerializer},
    ),
    partial_update=extend_schema(
        summary="Correct a figure (reviewers)",
        parameters=[CLAIM_PK, FIGURE_PK],
        request=QuantityWriteSerializer,
        responses={200: QuantitySerializer},
    ),
    destroy=extend_schema(summary="Remove a figure (reviewers)", parameters=[CLAIM_PK, FIGURE_PK]),
)
class ClaimQuantityViewSet(
    ApiViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """``/claims/{claim_pk}/quantities/``: a claim's figures; writes make the figures a person's."""

    lookup_value_regex = "[0-9]+"
    permission_classes = [ClaimCorrector]
    serializer_class = QuantitySerializer
    pagination_class = None  # a claim has a bounded number of figures (FACTCHECK_MAX_FIGURES_PER_CLAIM)
    filter_backends: Sequence[type[BaseFilterBackend]] = []

    def _claim_id(self) -> int:
        """The claim id of the path; one too large for the database is no claim (404, not a crash)."""
        claim_id = int(self.kwargs["claim_pk"])
        if claim_id > MAX_ID:
            raise NotFound(f"No claim #{claim_id}.")
        return claim_id

    def _claim(self) -> Claim:
        try:
            return Claim.objects.defer("text").get(pk=self._claim_id())
        except Claim.DoesNotExist:
            raise NotFound(f"No claim #{self.kwargs['claim_pk']}.") from None

    def get_queryset(self):
        return Quantity.objects.filter(claim_id=self._claim_id()).order_by("start", "id")

    def list(self, request, *args, **kwargs):
        self._claim()
        return super().list(request, *args, **kwargs)

    def create(self, request, claim_pk=None):
        version, fields = _with_version(QuantityWriteSerializer, request)
        quantity = corrections.quantity_add(
            claim=self._claim(), by=request.user, expected_version=version, **fields
        )
        return Response(QuantitySerializer(quantity).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, claim_pk=None, pk=None):
        version, fields = _with_version(QuantityWriteSerializer, request)
        quantity = corrections.quantity_update(
            quantity=self.get_object(), by=request.user, expected_version=version, **fields
        )
        return Response(QuantitySerializer(quantity).data)

    def destroy(self, request, claim_pk=None, pk=None):
        corrections.quantity_remove(quantity=self.get_object(), by=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


REVIEW_EXAMPLE = {
    "id": 7,
    "url": "https://factcheck.example.org/reviews/7/",
    "claim": {
        "id": 31,
        "text": "250,000 people live under siege.",
        "speaker": "The US",
        "speaker_type": "organization",
        "category": "population",
        "checkworthiness": 0.91,
    },
    "article": {
        "id": 4,
        "title": "Aid convoy reaches the city",
        "source_url": "https://news.example.org/aid",
        "source_name": "Reuters",
        "published_at": "2026-03-01T08:00:00Z",
    },
    "claim_reviewed": "250,000 people live under siege",
    "verdict": {
        "label": "Mostly true",
        "slug": "mostly-true",
        "value": 4.0,
        "best_rating": 5.0,
        "worst_rating": 1.0,
        "scale": "Truth scale",
    },
    "rationale": "UN figures put the number at 240,000 in February.",
    "evidence": [
        {
            "url": "https://un.example.org/report",
            "title": "Situation report",
            "publisher": "OCHA",
            "accessed_on": "2026-03-02",
            "stance": "supports",
            "quote": "",
        }
    ],
    "reviewers": ["Rita Reviewer", "Eddie Editor"],
    "revision": 1,
    "published_at": "2026-03-03T09:00:00Z",
    "last_published_at": "2026-03-03T09:00:00Z",
    "updated_at": "2026-03-03T09:00:00Z",
}
EXPORT_FORMATS = {
    "csv": ("text/csv; charset=utf-8", export.stream_csv, "csv"),
    "jsonl": ("application/jsonl; charset=utf-8", export.stream_jsonl, "jsonl"),
    "claimreview": ("application/ld+json; charset=utf-8", export.stream_claimreview, "jsonld"),
}


def workflow_steps_description() -> str:
    """The transition endpoint's documentation, from the workflow table."""
    lines = [
        f"- `{step.name}`: {step.label.lower()}, from {', '.join(f'`{s}`' for s in sorted(step.sources))}"
        f"{' (editors)' if step.editor_only else ''}"
        f"{'; `reason` required' if step.reason is workflow.Reason.REQUIRED else ''}"
        f"{'; `reason` kept as a note' if step.reason is workflow.Reason.OPTIONAL else ''}"
        for step in workflow.steps()
    ]
    return "Roles and states are checked as in the admin and the workspace.\n\n" + "\n".join(lines)


def _working(review: Review, request) -> dict:
    review = (
        Review.objects.select_related("assignee", "second_reviewer", "verdict")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.order_by("position", "id")))
        .get(pk=review.pk)
    )
    return WorkingReviewSerializer(review, context={"request": request}).data


@extend_schema_view(
    list=extend_schema(
        summary="List published verdicts",
        description="Published reviews only, newest first. Incremental sync: "
        "`?updated_since=<time of your last sync>&ordering=updated_at`; with `updated_since`, verdicts "
        "withdrawn since come as tombstones (`status: withdrawn`, `withdrawn_at`, `withdrawal_reason`): "
        "take them down. "
        "`?format=claimreview` (or `Accept: application/ld+json`) gives schema.org ClaimReview JSON-LD "
        "(published verdicts only).",
        parameters=[format_parameter([*LIST_FORMATS, "claimreview"])],
        responses={
            200: PolymorphicProxySerializer(
                component_name="PublicReview",
                serializers=[ReviewSerializer, ReviewTombstoneSerializer],
                resource_type_field_name=None,
                many=True,
            )
        },
        examples=[OpenApiExample("A verdict", value=REVIEW_EXAMPLE, response_only=True)],
    ),
    retrieve=extend_schema(
        summary="One published verdict",
        description="A withdrawn verdict answers 410 Gone with its tombstone.",
        parameters=[format_parameter([*LIST_FORMATS, "claimreview"])],
        responses={200: ReviewSerializer, 410: ReviewTombstoneSerializer},
        examples=[OpenApiExample("A verdict", value=REVIEW_EXAMPLE, response_only=True)],
    ),
)
class ReviewViewSet(ApiViewMixin, viewsets.GenericViewSet):
    lookup_value_regex = "[0-9]+"
    """Published verdicts for everyone allowed to read; writes for reviewers and editors."""

    filter_backends = [DjangoFilterBackend, PublishedOrdering]
    filterset_class = ReviewFilter
    ordering_fields = ["id", "published_at", "updated_at"]
    ordering = ["-published_at"]
    renderer_classes = [*ApiViewMixin.renderer_classes, ClaimReviewRenderer]
    serializer_class = ReviewSerializer

    def get_permissions(self):
        if self.action in ("list", "retrieve", "export"):
            return [PublishedVerdictReader()]
        return [ReviewWriter()]

    def get_queryset(self):
        syncing = self.action == "list" and "updated_since" in self.request.query_params
        if self.action == "retrieve" or (syncing and self._tombstones_wanted()):
            return Review.objects.public()
        if self.action in ("list", "export"):
            return Review.objects.published()
        return Review.objects.select_related("assignee", "second_reviewer", "verdict")

    def _tombstones_wanted(self) -> bool:
        """Sync clients need to learn what was taken back; ClaimReview has no way to say it."""
        renderer = getattr(self.request, "accepted_renderer", None)
        return not isinstance(renderer, ClaimReviewRenderer)

    def list(self, request):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset) or []
        context = self.get_serializer_context()
        return self.get_paginated_response([public_review_data(review, context) for review in page])

    def retrieve(self, request, pk=None):
        review = self.get_object()
        data = public_review_data(review, self.get_serializer_context())
        if review.state == ReviewState.WITHDRAWN:  # 410 with the tombstone: it existed and was taken back
            return Response(data, status=status.HTTP_410_GONE)
        response = Response(data)
        if review.public_updated_at:  # If-Modified-Since is answered by ConditionalGetMiddleware
            response["Last-Modified"] = http_date(review.public_updated_at.timestamp())
        return response

    @extend_schema(
        summary="Start or edit a review (reviewers)",
        description="Opens the claim's review (assigning it to you if nobody has it) and sets the "
        "fields given, through the same workflow rules as the admin.",
        request=ReviewCreateSerializer,
        responses={201: WorkingReviewSerializer},
        examples=[
            OpenApiExample(
                "Start a review",
                value={"claim": 31, "verdict": 2, "rationale": "UN figures say 240,000."},
                request_only=True,
            )
        ],
    )
    def create(self, request):
        data = ReviewCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = {k: v for k, v in data.validated_data.items() if k != "claim"}
        annotated = services.claim_annotate(claim=data.validated_data["claim"], by=request.user, **fields)
        return Response(_working(annotated.review, request), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit a review in progress (reviewers)",
        request=ReviewUpdateSerializer,
        responses={200: WorkingReviewSerializer},
        examples=[
            OpenApiExample("Change the verdict", value={"version": 3, "verdict": 5}, request_only=True)
        ],
    )
    def partial_update(self, request, pk=None):
        review = self.get_object()
        data = ReviewUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        version = fields.pop("version")
        review = services.review_update(review=review, by=request.user, expected_version=version, **fields)
        return Response(_working(review, request))

    @extend_schema(
        summary="Move a review through the workflow (reviewers, editors)",
        description=workflow_steps_description(),
        request=ReviewTransitionSerializer,
        responses={200: WorkingReviewSerializer},
        examples=[OpenApiExample("Publish", value={"action": "publish"}, request_only=True)],
    )
    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None):
        review = self.get_object()
        data = ReviewTransitionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        review = services.review_perform(
            action=data.validated_data["action"],
            review=review,
            by=request.user,
            reason=data.validated_data.get("reason", ""),
            expected_version=data.validated_data.get("version"),
        )
        return Response(_working(review, request))

    @extend_schema(
        summary="Add evidence to a review in progress (reviewers)",
        request=EvidenceWriteSerializer,
        responses={201: WorkingReviewSerializer},
        examples=[
            OpenApiExample(
                "A source",
                value={
                    "url": "https://un.example.org/report",
                    "title": "Situation report",
                    "stance": "supports",
                },
                request_only=True,
            )
        ],
    )
    @action(detail=True, methods=["post"])
    def evidence(self, request, pk=None):
        review = self.get_object()
        data = EvidenceWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.evidence_add(review=review, by=request.user, **data.validated_data)
        return Response(_working(review, request), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Stream every matching published verdict",
        filters=True,
        description="The whole result in one response, streamed in constant memory: "
        "`?format=csv` (default), `jsonl` or `claimreview` (one JSON-LD document with an `@graph`). "
        "Takes the same filters as the list; rows are in id order.",
        parameters=[format_parameter([*EXPORT_FORMATS])],
        responses={
            (200, "text/csv"): OpenApiTypes.STR,
            (200, "application/jsonl"): OpenApiTypes.STR,
            (200, "application/ld+json"): OpenApiTypes.OBJECT,
        },
    )
    @action(
        detail=False,
        methods=["get"],
        renderer_classes=[CSVRenderer, JSONLinesRenderer, ClaimReviewRenderer, JSONRenderer],
        pagination_class=None,
        filter_backends=[DjangoFilterBackend],
    )
    def export(self, request):
        queryset = self.filter_queryset(self.get_queryset())
        fmt = request.accepted_renderer.format
        if fmt not in EXPORT_FORMATS:
            fmt = "csv"
        content_type, stream, extension = EXPORT_FORMATS[fmt]
        response = StreamingHttpResponse(stream(queryset), content_type=content_type)
        stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
        response["Content-Disposition"] = f'attachment; filename="reviews-{stamp}.{extension}"'
        return response


# ?format= of the annotations export -> (content type, stream, file extension)
ANNOTATION_FORMATS = {
    "jsonl": ("application/jsonl; charset=utf-8", gold_jsonl, "jsonl"),
    "labelstudio": ("application/json; charset=utf-8", label_studio_json, "labelstudio.json"),
    "doccano": ("application/jsonl; charset=utf-8", doccano_jsonl, "doccano.jsonl"),
}


class AnnotationExportView(ApiViewMixin):
    """The desk's corrections and reviews as gold data for the extractor, or for the annotation tools."""

    permission_classes = [GoldExportReader]
    renderer_classes = [JSONLinesRenderer, LabelStudioRenderer, DoccanoRenderer, JSONRenderer]
    pagination_class = None
    filter_backends: Sequence[type[BaseFilterBackend]] = []

    @extend_schema(
        summary="Export the desk's annotations as gold data (reviewers)",
        description="Every article a person corrected or reviewed, one JSON object a line: the text, "
        "the human claims with figures, speakers and categories (the extraction CLI's JSON shape, with "
        "`origin`), the spans marked not a claim, and the stored machine output beside them. Score the "
        "extractor on it with `python -m factcheck.extraction.evaluate gold FILE`.",
        parameters=[
            OpenApiParameter(
                "since", OpenApiTypes.DATE, description="Only articles people worked on since this date."
            ),
            OpenApiParameter(
                "format",
                OpenApiTypes.STR,
                enum=list(ANNOTATION_FORMATS),
                description="`jsonl` (default): the gold records; `labelstudio`: Label Studio tasks with the "
                "people's claims as annotations and the extractor's as predictions; `doccano`: doccano "
                "JSONL (`text`, `label`: [start, end, category]).",
            ),
        ],
        responses={
            (200, "application/jsonl"): OpenApiTypes.STR,
            (200, "application/json"): OpenApiTypes.OBJECT,
        },
    )
    def get(self, request):
        since = request.query_params.get("since")
        try:
            moment = parse_since(since) if since else None
        except ValueError as error:
            raise ValidationError({"since": [str(error)]}) from None
        fmt = request.accepted_renderer.format
        content_type, stream, extension = ANNOTATION_FORMATS.get(fmt, ANNOTATION_FORMATS["jsonl"])
        response = StreamingHttpResponse(stream(since=moment), content_type=content_type)
        stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
        response["Content-Disposition"] = f'attachment; filename="annotations-{stamp}.{extension}"'
        return response
