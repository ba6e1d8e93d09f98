"""Query filters (django-filter); each documents itself in the OpenAPI schema through help_text."""

from __future__ import annotations

from datetime import UTC, timedelta

import django_filters as filters
from django import forms
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django_filters.fields import IsoDateTimeField
from rest_framework.filters import OrderingFilter

from annotations.models import Review, ReviewState
from factcheck.models import Article, Category, Claim, Origin, Qualifier, Quantity


def text_search(queryset, fields: list[str], value: str):
    """Full-text search on PostgreSQL (web-search syntax); every word, case-insensitive, elsewhere."""
    value = value.strip()
    if not value:
        return queryset
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        vector = SearchVector(*fields, config="english")
        return queryset.annotate(search_vector=vector).filter(
            search_vector=SearchQuery(value, search_type="websearch", config="english")
        )
    condition = Q()
    for word in value.split():
        word_q = Q()
        for field in fields:
            word_q |= Q(**{f"{field}__icontains": word})
        condition &= word_q
    return queryset.filter(condition)


MAX_ID = 2**63 - 1


class IdFilter(filters.NumberFilter):
    """A whole, positive id that fits a database integer (``?article=1e30`` is a 400, not a crash)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class UtcDateTimeField(IsoDateTimeField):
    """ISO 8601 with a real-world offset (±14:00), turned into UTC: PostgreSQL refuses wilder ones."""

    def clean(self, value):
        # present but empty (``?updated_since=``) is a client's mistake, not "no filter": a sync that
        # lost its timestamp would otherwise fetch everything without a word
        if value == "":
            raise forms.ValidationError(
                "Give a date and time (ISO 8601), or leave the parameter out.", "empty"
            )
        return super().clean(value)

    def to_python(self, value):
        value = super().to_python(value)
        if value is None:
            return value
        offset = value.utcoffset()
        if offset is not None and abs(offset) > timedelta(hours=14):
            raise forms.ValidationError("The time zone offset must lie between -14:00 and +14:00.", "invalid")
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise forms.ValidationError("The date is out of range.", "invalid") from None


class DateTimeFilter(filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField


class ArticleFilter(filters.FilterSet):
    source_name = filters.CharFilter(
        field_name="source_name", lookup_expr="iexact", help_text="Publisher, exact (case-insensitive)."
    )
    language = filters.CharFilter(help_text="Language code, e.g. `en`.")
    published_after = DateTimeFilter(
        field_name="published_at", lookup_expr="gte", help_text="Articles published at or after (ISO 8601)."
    )
    updated_since = DateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Changed at or after (ISO 8601), for incremental sync.",
    )
    search = filters.CharFilter(method="filter_search", help_text="Full-text search in title and body.")

    class Meta:
        model = Article
        fields = ["source_name", "language", "published_after", "updated_since", "search"]

    def filter_search(self, queryset, name, value):
        return text_search(queryset, ["title", "body"], value)


class ClaimFilter(filters.FilterSet):
    article = IdFilter(field_name="article_id", help_text="Article id.")
    category = filters.MultipleChoiceFilter(
        choices=Category.choices,
        help_text="Claim category; repeat for several (`?category=aid&category=money`).",
    )
    speaker = filters.CharFilter(
        field_name="speaker", lookup_expr="icontains", help_text="Part of the speaker's name."
    )
    qualifier = filters.MultipleChoiceFilter(
        choices=Qualifier.choices,
        method="filter_qualifier",
        help_text="Claims with at least one figure of this qualifier; repeat for several.",
    )
    is_claim = filters.BooleanFilter(help_text="Worth checking according to the model.")
    origin = filters.MultipleChoiceFilter(
        choices=Origin.choices,
        help_text="Who made the claim: `machine`, `corrected` (by a person) or `added` (by a person).",
    )
    not_a_claim = filters.BooleanFilter(
        help_text="Marked by a person as no claim at all (an extraction error)."
    )
    flagged = filters.BooleanFilter(
        method="filter_flagged", help_text="Flagged for a look (e.g. the extractor now reads it differently)."
    )
    checkworthiness_min = filters.NumberFilter(
        field_name="checkworthiness", lookup_expr="gte", help_text="Lowest check-worthiness (0 to 1)."
    )
    checkworthiness_max = filters.NumberFilter(
        field_name="checkworthiness", lookup_expr="lte", help_text="Highest check-worthiness (0 to 1)."
    )
    published_after = DateTimeFilter(
        field_name="article__published_at",
        lookup_expr="gte",
        help_text="Claims of articles published at or after (ISO 8601).",
    )
    updated_since = DateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Changed at or after (ISO 8601), for incremental sync.",
    )
    search = filters.CharFilter(
        method="filter_search", help_text="Full-text search in the claim and speaker."
    )
    state = filters.MultipleChoiceFilter(
        field_name="review_state",
        choices=ReviewState.choices,
        help_text="Review state (`unreviewed` includes claims nobody opened); repeat for several.",
    )
    verdict = filters.CharFilter(
        method="filter_verdict",
        help_text="Slug of the published verdict, e.g. `false`; comma-separated for several.",
    )

    class Meta:
        model = Claim
        fields = [
            "state",
            "verdict",
            "article",
            "category",
            "speaker",
            "qualifier",
            "is_claim",
            "origin",
            "not_a_claim",
            "flagged",
            "checkworthiness_min",
            "checkworthiness_max",
            "published_after",
            "updated_since",
            "search",
        ]

    def filter_flagged(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.exclude(attention="") if value else queryset.filter(attention="")

    def filter_qualifier(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(Exists(Quantity.objects.filter(claim=OuterRef("pk"), qualifier__in=value)))

    def filter_search(self, queryset, name, value):
        return text_search(queryset, ["text", "speaker"], value)

    def filter_verdict(self, queryset, name, value):
        slugs = [slug.strip() for slug in value.split(",") if slug.strip()]
        return queryset.filter(review__published_revision__verdict__slug__in=slugs)


# What a search of published verdicts reads: the claim, the summary and the rationale readers see.
PUBLISHED_SEARCH_FIELDS = [
    "claim__text",
    "published_revision__claim_reviewed",
    "published_revision__rationale",
]


class ReviewFilter(filters.FilterSet):
    """Filters on published reviews; ``published_after``/``updated_since`` serve incremental sync."""

    article = IdFilter(field_name="claim__article_id", help_text="Article id.")
    claim = IdFilter(field_name="claim_id", help_text="Claim id.")
    category = filters.MultipleChoiceFilter(
        field_name="claim__category",
        choices=Category.choices,
        help_text="Claim category; repeat for several.",
    )
    verdict = filters.CharFilter(
        method="filter_verdict", help_text="Rating slug, e.g. `false`; comma-separated for several."
    )
    speaker = filters.CharFilter(
        field_name="claim__speaker", lookup_expr="icontains", help_text="Part of the speaker's name."
    )
    qualifier = filters.MultipleChoiceFilter(
        choices=Qualifier.choices,
        method="filter_qualifier",
        help_text="Claims with at least one figure of this qualifier; repeat for several.",
    )
    checkworthiness_min = filters.NumberFilter(
        field_name="claim__checkworthiness", lookup_expr="gte", help_text="Lowest check-worthiness (0 to 1)."
    )
    checkworthiness_max = filters.NumberFilter(
        field_name="claim__checkworthiness", lookup_expr="lte", help_text="Highest check-worthiness (0 to 1)."
    )
    published_after = DateTimeFilter(
        field_name="published_at",
        lookup_expr="gte",
        help_text="First published at or after (ISO 8601), e.g. `2026-03-01T00:00:00Z`.",
    )
    updated_since = DateTimeFilter(
        field_name="public_updated_at",
        lookup_expr="gte",
        help_text="Changed for readers at or after (ISO 8601): first publication, a published "
        "correction or a withdrawal (drafts of a correction do not count); poll with your last sync "
        "time. With it, withdrawn verdicts come as tombstones (`status: withdrawn`).",
    )
    search = filters.CharFilter(
        method="filter_search", help_text="Full-text search in the claim, the summary and the rationale."
    )

    class Meta:
        model = Review
        fields = [
            "article",
            "claim",
            "category",
            "verdict",
            "speaker",
            "qualifier",
            "checkworthiness_min",
            "checkworthiness_max",
            "published_after",
            "updated_since",
            "search",
        ]

    def filter_verdict(self, queryset, name, value):
        slugs = [slug.strip() for slug in value.split(",") if slug.strip()]
        return queryset.filter(published_revision__verdict__slug__in=slugs)

    def filter_flagged(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.exclude(attention="") if value else queryset.filter(attention="")

    def filter_qualifier(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(
            Exists(Quantity.objects.filter(claim=OuterRef("claim_id"), qualifier__in=value))
        )

    def filter_search(self, queryset, name, value):
        return text_search(queryset, PUBLISHED_SEARCH_FIELDS, value)


class PublishedOrdering(OrderingFilter):
    """``ordering=updated_at`` on published verdicts sorts by when readers last saw them change
    (a publication or a withdrawal)."""

    ALIASES = {"updated_at": "public_updated_at"}

    def get_ordering(self, request, queryset, view):
        ordering = super().get_ordering(request, queryset, view) or []
        return [
            ("-" if field.startswith("-") else "") + self.ALIASES.get(field.lstrip("-"), field.lstrip("-"))
            for field in ordering
        ]
