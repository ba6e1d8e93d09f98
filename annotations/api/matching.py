"""Claim matching over the API: a claim's matches, a search of checked claims for a text from outside,
and the figure conflicts between sources.

``annotations.matching`` finds the matches (with ``factcheck.matching``) for this module and the
workspace alike; here only who may read them and their shape in the OpenAPI document.
"""

from __future__ import annotations

from collections.abc import Sequence

import django_filters
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from annotations.api.filters import DateTimeFilter
from annotations.api.views import ApiViewMixin
from annotations.matching import (
    CLUSTER_MEMBERS_SHOWN,
    SeenMatch,
    cluster_members,
    published_review,
    review_of,
    search_checked,
    seen_before,
)
from annotations.models import ReviewState
from factcheck.matching.ranking import Strength
from factcheck.matching.selectors import MAX_QUERY_CHARS, TOP
from factcheck.models import Category, Claim, FigureConflict

MAX_TOP = 50
# What a match is (named in the OpenAPI document as MatchKindEnum).
MATCH_KINDS = [
    ("verdict", "The desk's own published verdict"),
    ("fact_check", "A known fact-check of another organisation"),
    ("claim", "The same claim in another article"),
]


class MatchedArticleSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    source_url = serializers.CharField()
    source_name = serializers.CharField()
    published_at = serializers.DateTimeField(allow_null=True)
    language = serializers.CharField()


class MatchedClaimSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    speaker = serializers.CharField()
    category = serializers.CharField()
    article = MatchedArticleSerializer()


class MatchedVerdictSerializer(serializers.Serializer):
    review = serializers.IntegerField(help_text="The review's id (/api/v1/reviews/{id}/).")
    rating = serializers.CharField(allow_null=True, help_text="The published verdict's label.")
    url = serializers.CharField(help_text="The desk's public page of the verdict.")


class MatchedFactCheckSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    claim = serializers.CharField()
    title = serializers.CharField()
    rating = serializers.CharField()
    claimant = serializers.CharField()
    publisher = serializers.CharField()
    url = serializers.CharField()
    review_date = serializers.DateTimeField(allow_null=True)
    language = serializers.CharField()


class MatchSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=MATCH_KINDS,
        help_text="verdict: a claim the desk published a verdict on; fact_check: a known fact-check of "
        "another organisation; claim: the same claim in another article, not checked yet.",
    )
    score = serializers.FloatField(help_text="The re-ranker's score: higher is a closer match.")
    strength = serializers.ChoiceField(
        choices=[strength.value for strength in Strength],
        help_text="How well the match holds, from what the two texts share (words, phrases, figures, "
        "speaker): strong is very likely the same claim; weak is a word or two in common.",
    )
    reasons = serializers.ListField(child=serializers.CharField(), help_text="Why it matches, in words.")
    claim = MatchedClaimSerializer(allow_null=True)
    verdict = MatchedVerdictSerializer(allow_null=True)
    fact_check = MatchedFactCheckSerializer(allow_null=True)


def claim_data(claim: Claim) -> dict:
    """A matched or conflicting claim with its article (``MatchedClaimSerializer``'s shape)."""
    article = claim.article
    return {
        "id": claim.pk,
        "text": claim.text,
        "speaker": claim.speaker,
        "category": claim.category,
        "article": {
            "id": article.pk,
            "title": article.title,
            "source_url": article.source_url,
            "source_name": article.source_name,
            "published_at": article.published_at,
            "language": article.language,
        },
    }


class SameClaimSerializer(serializers.Serializer):
    claim = MatchedClaimSerializer()
    first = serializers.BooleanField(help_text="The cluster's first claim, the one the others repeat.")
    review_state = serializers.CharField(help_text="The claim's review state ('unreviewed' before any).")
    verdict = MatchedVerdictSerializer(allow_null=True, help_text="The desk's published verdict, if any.")


def _verdict_data(request: Request, review) -> dict:
    revision = review.published_revision
    rating = revision.verdict if revision is not None else None
    return {
        "review": review.pk,
        "rating": str(rating.label) if rating is not None else None,
        "url": request.build_absolute_uri(reverse("publishing:detail", args=[review.pk])),
    }


def match_data(request: Request, match: SeenMatch) -> dict:
    claim, fact_check = match.found.claim, match.found.fact_check
    verdict = _verdict_data(request, match.review) if match.published and match.review else None
    return {
        "kind": match.kind,
        "score": match.found.score,
        "strength": match.found.strength.value,
        "reasons": list(match.found.reasons),
        "claim": None if claim is None else claim_data(claim),
        "verdict": verdict,
        "fact_check": None
        if fact_check is None
        else {
            "id": fact_check.pk,
            "claim": fact_check.claim,
            "title": fact_check.title,
            "rating": fact_check.rating,
            "claimant": fact_check.claimant,
            "publisher": fact_check.publisher,
            "url": fact_check.url,
            "review_date": fact_check.review_date,
            "language": fact_check.language,
        },
    }


def _top(request: Request) -> int:
    raw = request.query_params.get("top")
    if raw is None:
        return TOP
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_TOP:
        raise ValidationError({"top": [f"A whole number from 1 to {MAX_TOP}, not {raw[:20]!r}."]})
    return int(raw)


TOP_PARAMETER = OpenApiParameter(
    "top", OpenApiTypes.INT, description=f"How many matches at most: 1 to {MAX_TOP}, {TOP} by default."
)


class MatchListView(ApiViewMixin):
    renderer_classes: Sequence[type[BaseRenderer]] = [JSONRenderer]
    filter_backends: Sequence[type[BaseFilterBackend]] = []
    pagination_class = None
    serializer_class: type[serializers.Serializer] = MatchSerializer


class ClaimSimilarView(MatchListView):
    @extend_schema(
        summary="What this claim was seen as before",
        description="The same claim in other articles, the desk's own published verdicts and known "
        "fact-checks of other organisations, best first, each with its score and the reasons (shared "
        "words, same figures, same speaker, same category). Matched within the article's language.",
        parameters=[TOP_PARAMETER],
        responses={200: MatchSerializer(many=True)},
    )
    def get(self, request: Request, claim_pk: int) -> Response:
        claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_pk)
        top = _top(request)
        return Response([match_data(request, match) for match in seen_before(claim=claim, top=top).all])


class ClaimSameView(MatchListView):
    serializer_class = SameClaimSerializer

    @extend_schema(
        summary="The same claim across articles",
        description="The claims the matcher found to be the same claim as this one (a strong match, after "
        "each import), this one included, the first reported first, each with its review state and the "
        f"desk's published verdict. An empty list when it is in no cluster; at most {CLUSTER_MEMBERS_SHOWN}.",
        responses={200: SameClaimSerializer(many=True)},
    )
    def get(self, request: Request, claim_pk: int) -> Response:
        get_object_or_404(Claim.objects.only("pk"), pk=claim_pk)
        members = cluster_members(claim_id=claim_pk)
        rows = []
        for index, member in enumerate(members):
            review, published = review_of(member), published_review(member)
            rows.append(
                {
                    "claim": claim_data(member),
                    "first": index == 0,
                    "review_state": review.state if review is not None else ReviewState.UNREVIEWED.value,
                    "verdict": _verdict_data(request, published) if published is not None else None,
                }
            )
        return Response(rows)


class ClaimSearchView(MatchListView):
    @extend_schema(
        summary="Has this been checked? Search own verdicts and known fact-checks",
        description="For a claim from outside (a tweet, a quote): the desk's own published verdicts and "
        f"known fact-checks that match it, best first. The text is cut at {MAX_QUERY_CHARS:,} "
        "characters; its language is detected unless given, and matched within that language. A text "
        "without words or figures finds nothing.",
        parameters=[
            OpenApiParameter("q", OpenApiTypes.STR, required=True, description="The claim's text."),
            OpenApiParameter(
                "language", OpenApiTypes.STR, description="Its language (ISO 639-1, e.g. 'en'), if known."
            ),
            TOP_PARAMETER,
        ],
        responses={200: MatchSerializer(many=True)},
    )
    def get(self, request: Request) -> Response:
        text = request.query_params.get("q", "")
        if not text.strip():
            raise ValidationError({"q": ["The claim's text to search for; it is empty."]})
        language = request.query_params.get("language", "").strip()[:16]
        found = search_checked(text=text, language=language, top=_top(request))
        return Response([match_data(request, match) for match in found])


class ConflictFigureSerializer(serializers.Serializer):
    surface = serializers.CharField(help_text="The figure as written.")
    value = serializers.FloatField(allow_null=True)
    low = serializers.FloatField(allow_null=True)
    high = serializers.FloatField(allow_null=True)
    qualifier = serializers.CharField()
    unit = serializers.CharField()


class ConflictSideSerializer(serializers.Serializer):
    claim = MatchedClaimSerializer()
    figure = ConflictFigureSerializer()


class ConflictSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    category = serializers.CharField()
    status = serializers.ChoiceField(choices=FigureConflict.Status.choices)
    summary = serializers.CharField(
        help_text='The two figures as written: "250,000 people vs 275,000 people".'
    )
    score = serializers.FloatField(help_text="How surely both claims are about the same thing.")
    reasons = serializers.ListField(child=serializers.CharField())
    detected_at = serializers.DateTimeField()
    sides = ConflictSideSerializer(many=True, help_text="The two claims and their figures.")


def conflict_summary(conflict: FigureConflict) -> str:
    return f"{conflict.quantity.surface} vs {conflict.other_quantity.surface}"


def _side(claim: Claim, quantity) -> dict:
    return {
        "claim": claim_data(claim),
        "figure": {
            "surface": quantity.surface,
            "value": quantity.value,
            "low": quantity.low,
            "high": quantity.high,
            "qualifier": quantity.qualifier,
            "unit": quantity.unit,
        },
    }


class ConflictFilter(django_filters.FilterSet):
    since = DateTimeFilter(
        field_name="detected_at", lookup_expr="gte", help_text="Found at or after (ISO 8601)."
    )
    until = DateTimeFilter(field_name="detected_at", lookup_expr="lt", help_text="Found before (ISO 8601).")
    status = django_filters.ChoiceFilter(
        choices=[*FigureConflict.Status.choices, ("all", "All")],
        method="filter_status",
        help_text="open (the default), dismissed or all.",
    )
    category = django_filters.ChoiceFilter(
        choices=Category.choices, help_text="The figures' category, e.g. population."
    )

    class Meta:
        model = FigureConflict
        fields = ["since", "until", "status", "category"]

    def filter_queryset(self, queryset):
        if not self.form.cleaned_data.get("status"):
            queryset = queryset.filter(status=FigureConflict.Status.OPEN)
        return super().filter_queryset(queryset)

    def filter_status(self, queryset, name, value):
        return queryset if value == "all" else queryset.filter(status=value)


class ConflictViewSet(
    ApiViewMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Figures that disagree between sources: the same thing reported with different numbers."""

    renderer_classes: Sequence[type[BaseRenderer]] = [JSONRenderer]
    filter_backends: Sequence[type[BaseFilterBackend]] = [django_filters.rest_framework.DjangoFilterBackend]
    filterset_class = ConflictFilter
    serializer_class = ConflictSerializer
    lookup_value_regex = "[0-9]+"  # newest first: the pagination orders by -id

    def get_queryset(self):
        return FigureConflict.objects.select_related(
            "claim__article", "other__article", "quantity", "other_quantity"
        ).defer("claim__article__body", "other__article__body", "claim__machine", "other__machine")

    def _data(self, conflict: FigureConflict) -> dict:
        return {
            "id": conflict.pk,
            "category": conflict.category,
            "status": conflict.status,
            "summary": conflict_summary(conflict),
            "score": conflict.score,
            "reasons": conflict.reasons,
            "detected_at": conflict.detected_at,
            "sides": [
                _side(conflict.claim, conflict.quantity),
                _side(conflict.other, conflict.other_quantity),
            ],
        }

    @extend_schema(
        summary="Figure conflicts between sources",
        description='The same thing reported with figures that cannot both be true ("250,000 vs 275,000 '
        'people under siege"), with both claims and their articles, newest first. Open ones unless '
        "`status` says otherwise; `since` and `until` give the time window.",
    )
    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        assert page is not None
        return self.get_paginated_response([self._data(conflict) for conflict in page])

    @extend_schema(summary="One figure conflict")
    def retrieve(self, request, *args, **kwargs):
        return Response(self._data(self.get_object()))
