"""Known fact-checks in the admin: read, searched and filtered; they come in through imports only."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html

from factcheck.models import FactCheck


@admin.register(FactCheck)
class FactCheckAdmin(admin.ModelAdmin):
    list_display = ["rating", "claim_short", "claimant", "publisher", "review_date", "page"]
    list_filter = ["publisher", "language"]
    search_fields = ["claim", "claimant", "publisher", "rating"]
    date_hierarchy = "review_date"
    readonly_fields = [field.name for field in FactCheck._meta.fields]

    @admin.display(description="Claim", ordering="claim")
    def claim_short(self, fact_check: FactCheck) -> str:
        return fact_check.claim if len(fact_check.claim) <= 120 else fact_check.claim[:119] + "…"

    @admin.display(description="Page")
    def page(self, fact_check: FactCheck) -> str:
        if not fact_check.url:
            return ""
        return format_html('<a href="{}" rel="noopener noreferrer">open</a>', fact_check.url)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
