"""Figure conflicts in the admin: the same thing reported with different figures, both sides linked."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from factcheck.matching import services
from factcheck.matching.models import FigureConflict, SameClaim


@admin.register(FigureConflict)
class FigureConflictAdmin(admin.ModelAdmin):
    list_display = ["summary", "category", "first_claim", "second_claim", "status", "detected_at"]
    list_filter = ["status", "category"]
    date_hierarchy = "detected_at"
    list_select_related = ["claim__article", "other__article", "quantity", "other_quantity"]
    readonly_fields = [field.name for field in FigureConflict._meta.fields]
    actions = ["dismiss"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).defer("claim__article__body", "other__article__body")

    @admin.display(description="Figures")
    def summary(self, conflict: FigureConflict) -> str:
        return f"{conflict.quantity.surface} vs {conflict.other_quantity.surface}"

    def _claim(self, claim) -> str:
        url = reverse("admin:factcheck_claim_change", args=[claim.pk])
        return format_html('<a href="{}">#{}</a> in {}', url, claim.pk, claim.article.title[:60])

    @admin.display(description="Claim")
    def first_claim(self, conflict: FigureConflict) -> str:
        return self._claim(conflict.claim)

    @admin.display(description="Against")
    def second_claim(self, conflict: FigureConflict) -> str:
        return self._claim(conflict.other)

    @admin.action(description="Dismiss: not a real disagreement", permissions=["dismiss"])
    def dismiss(self, request: HttpRequest, queryset: QuerySet) -> None:
        for conflict in queryset:
            services.conflict_dismiss(conflict=conflict)
        self.message_user(request, f"Dismissed {queryset.count()} conflict(s).", messages.SUCCESS)

    def has_dismiss_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("factcheck.change_figureconflict")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(SameClaim)
class SameClaimAdmin(admin.ModelAdmin):
    """Clusters of the same claim, read-only: the matcher writes them, the workspace applies verdicts."""

    list_display = ["claim_link", "cluster", "score", "linked_at"]
    list_select_related = ["claim__article"]
    search_fields = ["claim__text"]
    readonly_fields = ["claim", "first", "score", "linked_at"]
    raw_id_fields = ["claim", "first"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).defer("claim__article__body", "claim__machine")

    @admin.display(description="Claim", ordering="claim_id")
    def claim_link(self, row: SameClaim) -> str:
        url = reverse("admin:factcheck_claim_change", args=[row.claim_id])
        return format_html('<a href="{}">#{}</a> in {}', url, row.claim_id, row.claim.article.title[:60])

    @admin.display(description="Cluster (first claim)", ordering="first_id")
    def cluster(self, row: SameClaim) -> str:
        return format_html('<a href="?first__exact={}">#{}</a>', row.first_id, row.first_id)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
