from django.contrib import admin
from django.utils.html import format_html, format_html_join

from factcheck.models import Article, Claim, Qualifier, Quantity


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ["index", "text", "category", "checkworthiness", "speaker"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    ordering = ["index"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "source_name", "published_at", "claim_count", "checkworthy_count", "created_at"]
    list_filter = ["source_name", "language", "created_at"]
    search_fields = ["title", "body", "source_name", "source_url"]
    date_hierarchy = "created_at"
    readonly_fields = ["content_hash", "canonical_url", "import_job", "created_at", "updated_at"]
    inlines = [ClaimInline]

    def get_queryset(self, request):
        return super().get_queryset(request).with_claim_counts()

    @admin.display(description="Claims", ordering="claim_count")
    def claim_count(self, obj: Article) -> int:
        return obj.claim_count

    @admin.display(description="Check-worthy", ordering="checkworthy_count")
    def checkworthy_count(self, obj: Article) -> int:
        return obj.checkworthy_count


class QuantityInline(admin.TabularInline):
    model = Quantity
    fields = ["surface", "value", "low", "high", "qualifier", "unit", "category", "kind"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class QualifierFilter(admin.SimpleListFilter):
    title = "qualifier"
    parameter_name = "qualifier"

    def lookups(self, request, model_admin):
        return Qualifier.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(quantities__qualifier=self.value()).distinct()
        return queryset


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["short_text", "figures", "category", "checkworthiness_display", "speaker", "article"]
    list_filter = ["category", "is_claim", QualifierFilter, "article__source_name"]
    search_fields = ["text", "speaker"]
    list_select_related = ["article"]
    autocomplete_fields = ["article"]
    ordering = ["-checkworthiness", "article_id", "index"]
    readonly_fields = ["start", "end", "speaker_start", "speaker_end", "created_at", "updated_at"]
    inlines = [QuantityInline]
    list_per_page = 50

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("quantities")

    @admin.display(description="Claim", ordering="text")
    def short_text(self, obj: Claim) -> str:
        return str(obj)

    @admin.display(description="Figures")
    def figures(self, obj: Claim) -> str:
        return format_html_join(
            ", ",
            "<span title='{}'>{}</span>",
            ((q.get_category_display(), q.surface) for q in obj.quantities.all()),
        )

    @admin.display(description="Check-worthiness", ordering="checkworthiness")
    def checkworthiness_display(self, obj: Claim) -> str:
        return format_html("{}", f"{obj.checkworthiness:.2f}")
