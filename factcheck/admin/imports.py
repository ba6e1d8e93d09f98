from django.contrib import admin
from django.utils.html import format_html, format_html_join

from factcheck.models import ImportItem, ImportJob


class ImportItemInline(admin.TabularInline):
    model = ImportItem
    fields = ["position", "name", "status", "error", "article"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "status",
        "progress",
        "imported_count",
        "duplicate_count",
        "failed_count",
        "created_by",
        "created_at",
        "finished_at",
    ]
    list_filter = ["status", "created_at"]
    list_select_related = ["created_by"]
    readonly_fields = [
        "status",
        "sources",
        "total_items",
        "imported_count",
        "duplicate_count",
        "failed_count",
        "error_list",
        "created_by",
        "started_at",
        "finished_at",
        "created_at",
    ]
    exclude = ["errors"]
    inlines = [ImportItemInline]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description="Progress")
    def progress(self, obj: ImportJob) -> str:
        return format_html(
            '<progress value="{}" max="100" aria-label="{}% done"></progress> {}%',
            obj.progress_percent,
            obj.progress_percent,
            obj.progress_percent,
        )

    @admin.display(description="Errors")
    def error_list(self, obj: ImportJob) -> str:
        if not obj.errors:
            return "None"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "", "<li><code>{}</code>: {}</li>", ((e["item"], e["reason"]) for e in obj.errors)
            ),
        )
