"""``/api/v1/stats/``: the desk's statistics as JSON, for editors (the figures of ``/review/stats/``).

``annotations.stats.desk_stats`` computes them for both surfaces; this module only declares
who may read them and their shape in the OpenAPI document.
"""

from __future__ import annotations

from collections.abc import Sequence

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.filters import BaseFilterBackend
from rest_framework.permissions import BasePermission
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from annotations.api.views import ApiViewMixin
from annotations.roles import is_editor
from annotations.stats import DEFAULT_DAYS, MAX_DAYS, UNFINISHED, desk_stats, parse_days


class DeskStatsReader(BasePermission):
    """The desk's throughput and each reviewer's return rate: editors only, as the page."""

    message = "Only editors may read the desk's statistics."

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and is_editor(user))


class BacklogSerializer(serializers.Serializer):
    """Claims in each unfinished state at the end of the day."""

    def get_fields(self):
        return {state: serializers.IntegerField() for state in UNFINISHED}


class DaySerializer(serializers.Serializer):
    day = serializers.DateField()
    articles = serializers.IntegerField(help_text="Articles imported.")
    claims = serializers.IntegerField(help_text="Check-worthy claims the importer extracted.")
    submitted = serializers.IntegerField(help_text="Reviews sent to second review.")
    approved = serializers.IntegerField(help_text="Reviews approved by an editor.")
    returned = serializers.IntegerField(help_text="Reviews an editor returned to the reviewer.")
    published = serializers.IntegerField(help_text="Reviews published for the first time.")
    backlog = BacklogSerializer(help_text="Claims in each unfinished state at the end of the day.")


class TimeToPublishSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Reviews first published in the window.")
    median_hours = serializers.FloatField(allow_null=True, help_text="From the claim's import.")
    p90_hours = serializers.FloatField(allow_null=True, help_text="90th percentile.")


class VerdictCountSerializer(serializers.Serializer):
    # a declared field, taken out of the class by DRF's metaclass: it does not shadow ``Field.label``
    label = serializers.CharField()  # type: ignore[assignment]
    scale = serializers.CharField()
    count = serializers.IntegerField()


class ReviewerStatsSerializer(serializers.Serializer):
    user_id = serializers.IntegerField()
    name = serializers.CharField()
    submitted = serializers.IntegerField()
    published = serializers.IntegerField()
    returned = serializers.IntegerField()
    return_rate = serializers.FloatField(
        allow_null=True, help_text="Returns per review sent to second review in the window."
    )


class DeskStatsSerializer(serializers.Serializer):
    days = serializers.IntegerField()
    start = serializers.DateField()
    end = serializers.DateField()
    daily = DaySerializer(many=True)
    time_to_publish = TimeToPublishSerializer()
    verdicts = VerdictCountSerializer(many=True, help_text="Reviews first published in the window.")
    reviewers = ReviewerStatsSerializer(many=True)


class DeskStatsView(ApiViewMixin):
    permission_classes = [DeskStatsReader]
    renderer_classes: Sequence[type[BaseRenderer]] = [JSONRenderer]
    filter_backends: Sequence[type[BaseFilterBackend]] = []
    pagination_class = None
    serializer_class = DeskStatsSerializer

    @extend_schema(
        summary="The desk's statistics (editors)",
        description="Per day over the window: articles and claims imported, reviews submitted, approved, "
        "returned and first published, and the backlog per unfinished state at the end of the day; the "
        "median and 90th percentile time from import to first publication; the verdicts published; each "
        "reviewer's throughput and return rate. The figures of the workspace's statistics page.",
        parameters=[
            OpenApiParameter(
                "days",
                OpenApiTypes.INT,
                description=f"The window, in days up to today: 1 to {MAX_DAYS}; {DEFAULT_DAYS} by default "
                "and for any other value.",
            )
        ],
        responses={200: DeskStatsSerializer},
    )
    def get(self, request: Request) -> Response:
        stats = desk_stats(days=parse_days(request.query_params.get("days")))
        return Response(DeskStatsSerializer(stats).data)
