"""Import jobs in the admin: the "Import articles" form, progress, per-item errors and retries; feeds polled
for new articles, with their status."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from factcheck.imports import feeds, services
from factcheck.imports.forms import ImportArticlesForm, Submission, import_form_submit
from factcheck.imports.models import Feed, FeedEntry, ImportItem, ImportJob

ERRORS_SHOWN = 200
ITEM_FIELDS = (
    "job",
    "position",
    "name",
    "status",
    "error",
    "notes_shown",
    "attempts",
    "article",
    "fact_check",
)


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    list_display = [
        "job",
        "status",
        "progress",
        "imported",
        "duplicates",
        "failed",
        "created_by",
        "created_at",
    ]
    list_display_links = ["job"]
    list_filter = ["status", "created_at"]
    list_select_related = ["created_by"]
    search_fields = ["=id", "created_by__username"]
    readonly_fields = [
        "status",
        "progress",
        "source_list",
        "total_items",
        "imported_count",
        "duplicate_count",
        "failed_count",
        "failure_reason",
        "error_list",
        "note_list",
        "created_by",
        "planned_at",
        "started_at",
        "finished_at",
        "created_at",
    ]
    exclude = ["errors", "sources"]
    actions = ["retry_jobs"]

    def has_add_permission(self, request) -> bool:
        return False  # the "Import articles" form starts jobs

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # counts and statuses belong to the workers

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="factcheck_importjob_import",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request: HttpRequest, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_import": request.user.has_perm("factcheck.add_importjob"),
            # Refresh the page while something runs, so progress bars move.
            "jobs_running": ImportJob.objects.unfinished().exists(),
        }
        return super().changelist_view(request, extra_context)

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not request.user.has_perm("factcheck.add_importjob"):
            raise PermissionDenied
        form = ImportArticlesForm(request.POST or None, request.FILES or None)
        submission = Submission()
        if request.method == "POST" and form.is_valid():
            try:
                submission = import_form_submit(
                    form=form, user=request.user, want_preview="_preview" in request.POST
                )
            except ValueError as error:
                form.add_error(None, str(error))
            else:
                if not submission.previews:
                    return self._start_import(request, submission.sources)
                form = form.after_preview(submission.preview_token)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import articles",
            "form": form,
            "previews": submission.previews,
            "previewed": submission.previewed,
            "max_upload_mb": settings.FACTCHECK_MAX_UPLOAD_BYTES // (1024 * 1024),
        }
        return TemplateResponse(request, "admin/factcheck/importjob/import_form.html", context)

    def _start_import(self, request: HttpRequest, sources: list[dict]) -> HttpResponse:
        try:
            job = services.import_job_create(sources=sources, created_by=request.user)
        except services.ImportQueueUnavailable as error:
            self.message_user(request, f"{error.job}: {error.reason}", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:factcheck_importjob_changelist"))
        self.message_user(
            request, f"Import job #{job.pk} started: {len(sources)} source(s).", messages.SUCCESS
        )
        return HttpResponseRedirect(reverse("admin:factcheck_importjob_changelist"))

    @admin.action(description="Retry the selected import jobs")
    def retry_jobs(self, request: HttpRequest, queryset) -> None:
        for job in queryset.order_by("pk"):
            try:
                services.import_job_retry(job_id=job.pk)
            except ValueError as error:
                self.message_user(request, str(error), messages.WARNING)
            except services.ImportQueueUnavailable as error:
                self.message_user(request, f"{error.job}: {error.reason}", messages.ERROR)
            else:
                self.message_user(request, f"Import job #{job.pk} queued again.", messages.SUCCESS)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm("factcheck.add_importjob"):
            actions.pop("retry_jobs", None)
        return actions

    @admin.display(description="Job", ordering="-id")
    def job(self, obj: ImportJob) -> str:
        return f"#{obj.pk}"

    @admin.display(description="Progress")
    def progress(self, obj: ImportJob) -> str:
        return format_html(
            '<progress value="{}" max="100" aria-label="{}% done"></progress> {}% ({}/{})',
            obj.progress_percent,
            obj.progress_percent,
            obj.progress_percent,
            obj.processed_count,
            obj.total_items,
        )

    @admin.display(description="Imported", ordering="imported_count")
    def imported(self, obj: ImportJob) -> int:
        return obj.imported_count

    @admin.display(description="Duplicates", ordering="duplicate_count")
    def duplicates(self, obj: ImportJob) -> int:
        return obj.duplicate_count

    @admin.display(description="Failed", ordering="failed_count")
    def failed(self, obj: ImportJob) -> str:
        if obj.failure_reason:
            return format_html('<span title="{}">job failed</span>', obj.failure_reason)
        return str(obj.failed_count)

    @admin.display(description="Sources")
    def source_list(self, obj: ImportJob) -> str:
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{}: <code>{}</code></li>",
                ((s.get("kind"), s.get("name") or s.get("value")) for s in obj.sources),
            ),
        )

    @admin.display(description="Per-item errors")
    def error_list(self, obj: ImportJob) -> str:
        failed = list(
            obj.items.filter(status=ImportItem.Status.FAILED)
            .order_by("position")
            .values_list("name", "error")[: ERRORS_SHOWN + 1]
        )
        if not failed:
            return "None"
        more = ""
        if len(failed) > ERRORS_SHOWN:
            failed = failed[:ERRORS_SHOWN]
            url = reverse("admin:factcheck_importitem_changelist")
            more = format_html(
                '<p><a href="{}?job__id__exact={}&status__exact=failed">All failed items…</a></p>',
                url,
                obj.pk,
            )
        return format_html(
            "<ul>{}</ul>{}",
            format_html_join("", "<li><code>{}</code>: {}</li>", failed),
            more,
        )

    @admin.display(description="Per-item notes")
    def note_list(self, obj: ImportJob) -> str:
        """What the import changed or left out of items (figures over the limits, a cut text, ...)."""
        noted = list(
            obj.items.exclude(notes=[]).order_by("position").values_list("name", "notes")[: ERRORS_SHOWN + 1]
        )
        if not noted:
            return "None"
        more = ""
        if len(noted) > ERRORS_SHOWN:
            noted = noted[:ERRORS_SHOWN]
            more = format_html("<p>Only the first {} items with notes are shown.</p>", ERRORS_SHOWN)
        return format_html(
            "<ul>{}</ul>{}",
            format_html_join("", "<li><code>{}</code>: {}</li>", ((n, " ".join(ns)) for n, ns in noted)),
            more,
        )


@admin.register(ImportItem)
class ImportItemAdmin(admin.ModelAdmin):
    list_display = ["position", "name", "status", "error", "notes_shown", "job", "article", "fact_check"]
    list_filter = ["status"]
    search_fields = ["name", "error"]
    list_select_related = ["job", "article", "fact_check"]
    fields = ITEM_FIELDS
    readonly_fields = ITEM_FIELDS

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__body")  # (the list names the article)

    @admin.display(description="Notes")
    def notes_shown(self, obj: ImportItem) -> str:
        return " ".join(obj.notes) if obj.notes else ""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class FeedForm(forms.ModelForm):
    class Meta:
        model = Feed
        fields = ["url", "title", "poll_minutes", "active"]

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        feeds.feed_url_vet(url)
        return url


class FeedEntryInline(admin.TabularInline):
    model = FeedEntry
    fields = ("seen_at", "title", "url", "job")
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = False
    verbose_name_plural = "Entries seen (newest first)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("job")


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    """Feeds polled by Celery beat; a new entry is imported once, through an import job of the feed."""

    form = FeedForm
    list_display = ["__str__", "active", "health", "error_shown", "last_polled_at", "entries", "imported"]
    list_filter = ["active", "status"]
    search_fields = ["title", "url"]
    readonly_fields = [
        "health",
        "last_error",
        "failures",
        "last_polled_at",
        "last_changed_at",
        "next_poll_at",
        "entries",
        "imported",
        "recent_jobs",
        "created_by",
        "created_at",
    ]
    inlines = [FeedEntryInline]
    actions = ["poll_now"]

    def get_queryset(self, request):
        return Feed.objects.with_counts()

    def save_model(self, request, obj: Feed, form, change) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Poll the selected feeds now", permissions=["change"])
    def poll_now(self, request: HttpRequest, queryset) -> None:
        count = feeds.feeds_poll_now(feed_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, f"{count} feed(s) will be polled in a moment.", messages.SUCCESS)

    @admin.display(description="Status", ordering="status")
    def health(self, feed: Feed) -> str:
        if feed.status == Feed.Status.FAILING:
            return format_html('<strong style="color:#b42318">Failing, {} in a row</strong>', feed.failures)
        return feed.get_status_display()

    @admin.display(description="Last error")
    def error_shown(self, feed: Feed) -> str:
        return format_html(
            '<span title="{}">{}</span>', feed.last_error, Truncator(feed.last_error).chars(80)
        )

    @admin.display(description="Entries seen", ordering="entry_count")
    def entries(self, feed: Feed) -> int:
        return getattr(feed, "entry_count", 0)

    @admin.display(description="Articles imported", ordering="imported_count")
    def imported(self, feed: Feed) -> int:
        return getattr(feed, "imported_count", 0)

    @admin.display(description="Recent import jobs")
    def recent_jobs(self, feed: Feed) -> str:
        jobs = list(feed.jobs.order_by("-created_at", "-id")[:10])
        if not jobs:
            return "None yet"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a>: {} imported, {} failed, {} duplicates</li>',
                (
                    (
                        reverse("admin:factcheck_importjob_change", args=[job.pk]),
                        job,
                        job.imported_count,
                        job.failed_count,
                        job.duplicate_count,
                    )
                    for job in jobs
                ),
            ),
        )
