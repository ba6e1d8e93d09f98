"""Re-extraction runs in the admin, read-only: progress and per-article errors (`manage.py reextract`)."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html, format_html_join

from factcheck.reextraction.models import ReextractionJob


@admin.register(ReextractionJob)
class ReextractionJobAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "extractor_version",
        "progress_display",
        "claims_updated",
        "claims_kept",
        "claims_flagged",
        "failed_count",
        "created_at",
    ]
    list_filter = ["status", "extractor_version"]
    readonly_fields = [
        "status",
        "extractor_version",
        "progress_display",
        "scope",
        "claims_created",
        "claims_updated",
        "claims_deleted",
        "claims_kept",
        "claims_flagged",
        "failed_count",
        "error_list",
        "created_by",
        "started_at",
        "finished_at",
        "created_at",
    ]
    fields = tuple(readonly_fields)

    def has_add_permission(self, request) -> bool:
        return False  # started with manage.py reextract

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="Progress")
    def progress_display(self, obj: ReextractionJob) -> str:
        return f"{obj.done_count:,} of {obj.total:,} articles ({obj.progress:.0%})"

    @admin.display(description="Articles")
    def scope(self, obj: ReextractionJob) -> str:
        if obj.article_ids is None:
            return "All"
        return ", ".join(f"#{pk}" for pk in obj.article_ids[:50]) + (
            " …" if len(obj.article_ids) > 50 else ""
        )

    @admin.display(description="Errors")
    def error_list(self, obj: ReextractionJob) -> str:
        if not obj.errors:
            return "—"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "", "<li>Article #{}: {}</li>", ((e["article"], e["reason"]) for e in obj.errors[:100])
            ),
        )
