"""API views: thin, read through querysets built for a constant number of queries per page."""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import JsonResponse
from django.views import defaults
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.filters import OrderingFilter
from rest_framework.renderers import JSONRenderer

from annotations.api.exceptions import error_body
from annotations.api.filters import ArticleFilter, ClaimFilter
from annotations.api.permissions import IsAuthenticatedReadOnly
from annotations.api.renderers import CSVRenderer, JSONLinesRenderer
from annotations.api.serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ClaimDetailSerializer,
    ClaimSerializer,
)
from factcheck.models import Article, Claim

LIST_FORMATS = ["json", "csv", "jsonl"]


def format_parameter(formats: list[str]) -> OpenApiParameter:
    return OpenApiParameter(
        "format",
        OpenApiTypes.STR,
        enum=formats,
        description="Response format (instead of an `Accept` header). JSON by default.",
        examples=[OpenApiExample(name, value=name) for name in formats],
    )


def page_not_found(request, exception=None):
    """The project's 404 handler: API paths answer in the API's JSON error format, others as usual."""
    if not request.path.startswith("/api/"):
        return defaults.page_not_found(request, exception)
    return JsonResponse(
        error_body(status_code=404, code="not_found", message=f"No API endpoint at {request.path}."),
        status=404,
    )


class ApiViewMixin:
    """Errors are always JSON, whatever format the client asked for."""

    renderer_classes = [JSONRenderer, CSVRenderer, JSONLinesRenderer]
    filter_backends = [*viewsets.GenericViewSet.filter_backends, OrderingFilter]

    def finalize_response(self, request, response, *args, **kwargs):
        if getattr(response, "status_code", 200) >= 400 and hasattr(response, "data"):
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)


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
    permission_classes = [IsAuthenticatedReadOnly]
    filterset_class = ArticleFilter
    ordering_fields = ["id", "created_at", "updated_at"]
    ordering = ["-id"]

    def get_queryset(self):
        queryset = Article.objects.with_claim_counts().order_by("-id")
        if self.action == "retrieve":
            claims = Claim.objects.order_by("index").prefetch_related("quantities")
            queryset = queryset.prefetch_related(Prefetch("claims", queryset=claims))
        return queryset

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


@extend_schema_view(
    list=extend_schema(
        summary="List claims",
        description="Sentences of imported articles, with their figures, category, speaker and "
        "check-worthiness. Example: `?is_claim=true&category=casualties&checkworthiness_min=0.7"
        "&ordering=-checkworthiness`.",
        parameters=[format_parameter(LIST_FORMATS)],
    ),
    retrieve=extend_schema(summary="One claim", description="A claim with its figures and its article."),
)
class ClaimViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [IsAuthenticatedReadOnly]
    filterset_class = ClaimFilter
    ordering_fields = ["id", "checkworthiness", "created_at", "updated_at"]
    ordering = ["id"]

    def get_queryset(self):
        return Claim.objects.select_related("article").prefetch_related("quantities").order_by("id")

    def get_serializer_class(self):
        return ClaimDetailSerializer if self.action == "retrieve" else ClaimSerializer
