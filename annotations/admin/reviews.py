"""The review page and the rating scales in the admin; every write goes through ``annotations.services``."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect, QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join, linebreaks
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from annotations import services, workflow
from annotations.markup import claim_in_context, visible
from annotations.models import Comment, Evidence, Rating, RatingScale, Review, ReviewRevision, ReviewState
from annotations.roles import public_name
from annotations.selectors import claim_next_unreviewed, review_conflict

CONTENT_FIELDS = ["verdict", "claim_reviewed", "rationale", "claimant_job_title", "claimant_same_as"]
REVIEW_MEDIA = forms.Media(css={"all": ["annotations/review.css"]})


FIGURES_LISTED = 50


def _figure_list(claim) -> str:
    """The claim's first figures (a claim can hold thousands; its admin page pages them all)."""
    figures = list(claim.quantities.order_by("start")[: FIGURES_LISTED + 1])
    if not figures:
        return "—"
    listed = format_html_join(
        ", ",
        '<span class="fc-figure">{}</span> <small>({}, {})</small>',
        (
            (visible(q.surface), q.get_qualifier_display(), q.get_category_display())
            for q in figures[:FIGURES_LISTED]
        ),
    )
    if len(figures) > FIGURES_LISTED:
        return format_html(
            '{} … <a href="{}">all figures</a>',
            listed,
            reverse("admin:factcheck_claim_change", args=[claim.pk]),
        )
    return listed


def state_badge(state: str):
    return format_html('<span class="fc-badge fc-state-{}">{}</span>', state, ReviewState(state).label)


def review_url(claim) -> str:
    """The claim's review page (creates the review on first visit)."""
    return reverse("admin:factcheck_claim_review", args=[claim.pk])


class ReadOnlyAdminMixin:
    """Records written only through the services (or frozen at publication): shown, never edited here."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class FrozenAdminMixin(ReadOnlyAdminMixin):
    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class HistoryDisplay(HistoricalRecordContextHelper):
    """History diffs in words: labels for choices, names for people, "—" for empty values."""

    def prepare_delta_change_value(self, change, value):
        if value is None or value == "" or (isinstance(value, DeletedObject) and value.pk is None):
            return "—"
        field = self.model._meta.get_field(change.field)
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        if hasattr(value, "get_username"):
            return public_name(value)
        if isinstance(value, datetime.datetime):
            return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
        return super().prepare_delta_change_value(change, value)


class HistoryAdmin(SimpleHistoryAdmin):
    """Read-only history: reverting to an old version would bypass the workflow."""

    def get_historical_record_context_helper(self, request, historical_record):
        return HistoryDisplay(self.model, historical_record)

    def revert_disabled(self, request, obj=None) -> bool:
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise DjangoPermissionDenied("Past versions are read-only.")
        return super().history_form_view(request, object_id, version_id, extra_context)


# --- rating scales ------------------------------------------------------------------------------


class RatingInline(admin.TabularInline):
    model = Rating
    fields = ["position", "label", "slug", "value", "description"]
    prepopulated_fields = {"slug": ["label"]}
    extra = 0


@admin.register(RatingScale)
class RatingScaleAdmin(admin.ModelAdmin):
    list_display = ["name", "is_default", "best_rating", "worst_rating", "rating_labels"]
    search_fields = ["name"]
    inlines = [RatingInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("ratings")

    @admin.display(description="Ratings")
    def rating_labels(self, obj: RatingScale) -> str:
        return ", ".join(r.label for r in obj.ratings.all())


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    """Registered for the verdict autocomplete and filter; ratings are edited inside their scale."""

    list_display = ["label", "value", "scale", "position"]
    list_filter = ["scale"]
    list_select_related = ["scale"]
    search_fields = ["label", "slug"]
    ordering = ["scale", "position"]

    def has_module_permission(self, request) -> bool:
        return False


# --- the review page ----------------------------------------------------------------------------


class ReviewForm(forms.ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(
        label="Comment",
        required=False,
        widget=forms.Textarea(
            attrs={"rows": 3, "placeholder": "Internal note; required to return or dismiss."}
        ),
        help_text="Internal, never published. Needed as the reason to return, dismiss or correct.",
    )

    class Meta:
        model = Review
        fields = [*CONTENT_FIELDS, "version"]
        widgets = {
            "rationale": forms.Textarea(attrs={"rows": 8, "class": "vLargeTextField"}),
            "claim_reviewed": forms.TextInput(attrs={"class": "vTextField", "maxlength": 140}),
        }

    def clean(self):
        cleaned = super().clean()
        cleaned = cleaned or {}
        action = self.data.get("_action", "")
        edits = [f for f in CONTENT_FIELDS if f in self.changed_data]
        version = cleaned.get("version")
        if version is None or not (edits or action):
            return cleaned
        current = Review.objects.select_related("assignee", "verdict").get(pk=self.instance.pk)
        if version != current.version:
            conflict = review_conflict(review=current, expected_version=version)
            # The next save is a deliberate overwrite: the hidden version becomes the current one.
            data = QueryDict(mutable=True)
            data.update(self.data)
            data["version"] = str(current.version)
            self.data = data
            who = ", ".join(conflict.changed_by) or "someone else"
            errors = [f"{who} saved this review while you were editing it. Nothing was saved."]
            errors += [f"{c.label}: “{c.before}” → “{c.after}”" for c in conflict.changes]
            errors.append("Your edits are still in the form: compare, then save again to keep yours.")
            raise ValidationError(errors, code="conflict")
        return cleaned


class EvidenceInline(admin.TabularInline):
    model = Evidence
    fields = ["url", "title", "publisher", "accessed_on", "stance", "quote", "history_link"]
    readonly_fields = ["history_link"]
    extra = 0
    formfield_overrides = {}

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault("widgets", {})["quote"] = forms.Textarea(attrs={"rows": 2, "cols": 30})
        return super().get_formset(request, obj, **kwargs)

    def _editable(self, request, obj) -> bool:
        return obj is not None and workflow.may_annotate(obj, request.user)

    def has_add_permission(self, request, obj=None) -> bool:
        return super().has_add_permission(request, obj) and self._editable(request, obj)

    def has_change_permission(self, request, obj=None) -> bool:
        return super().has_change_permission(request, obj) and self._editable(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return super().has_delete_permission(request, obj) and self._editable(request, obj)

    @admin.display(description="History")
    def history_link(self, obj: Evidence) -> str:
        if not obj.pk:
            return ""
        return format_html(
            '<a href="{}">history</a>', reverse("admin:annotations_evidence_history", args=[obj.pk])
        )


@admin.register(Review)
class ReviewAdmin(HistoryAdmin):
    form = ReviewForm
    change_form_template = "admin/annotations/review/change_form.html"
    list_display = ["claim_link", "state_display", "verdict", "assignee", "second_reviewer", "updated_at"]
    list_filter = ["state", "verdict", ("assignee", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["claim", "verdict", "assignee", "second_reviewer"]
    search_fields = ["claim__text", "claim_reviewed", "rationale"]
    inlines = [EvidenceInline]
    history_list_display = ["verdict", "version"]
    readonly_fields = [
        "claim_context",
        "claim_facts",
        "workflow_status",
        "discussion",
        "published_revisions",
    ]

    @property
    def media(self):
        return super().media + REVIEW_MEDIA

    # -- permissions: reviews are created from claims and never deleted (the history needs them)

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    # -- form layout

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("claim__article", "verdict", "assignee", "second_reviewer")
            .defer("claim__article__body")
        )

    def get_fieldsets(self, request, obj=None):
        comment = ["comment"] if request.user.has_perm("annotations.add_comment") else []
        return [
            ("Claim", {"fields": ["claim_context", "claim_facts"]}),
            ("Verdict", {"fields": [*CONTENT_FIELDS, "version"]}),
            ("Workflow", {"fields": ["workflow_status", *comment, "discussion", "published_revisions"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(self.readonly_fields)
        if obj is None or not workflow.may_annotate(obj, request.user):
            readonly += CONTENT_FIELDS
        return readonly

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "verdict":
            kwargs["queryset"] = Rating.objects.select_related("scale").order_by(
                "-scale__is_default", "scale__name", "position"
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if obj is not None:
            allowed = set(services.review_allowed_actions(review=obj, user=request.user))
            extra_context.update(
                workflow_buttons=[
                    {
                        "action": step.name,
                        "label": step.label,
                        "css": f"fc-btn-{step.style}",
                        "needs_reason": step.reason is workflow.Reason.REQUIRED,
                    }
                    for step in workflow.steps()
                    if step.name in allowed
                ],
                title="Review" if workflow.may_annotate(obj, request.user) else "Review (read-only)",
                can_edit=workflow.may_annotate(obj, request.user),
                can_comment="comment" in allowed,
                claim=obj.claim,
                next_claim=claim_next_unreviewed(exclude_claim_id=obj.claim_id),
                article_url=reverse("admin:factcheck_article_change", args=[obj.claim.article_id]),
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.WorkflowError as exc:  # a race after validation: nothing was saved
            self.message_user(request, exc.message, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    # -- saving through the services

    def save_model(self, request, obj, form, change) -> None:
        edits = {f: form.cleaned_data[f] for f in CONTENT_FIELDS if f in form.changed_data}
        if edits:  # a free claim is taken first, as on every surface
            services.claim_annotate(
                claim=obj.claim, by=request.user, expected_version=form.cleaned_data["version"], **edits
            )

    def save_formset(self, request, form, formset, change) -> None:
        if formset.model is not Evidence:
            return super().save_formset(request, form, formset, change)
        formset.save(commit=False)
        for evidence in formset.deleted_objects:
            services.evidence_remove(evidence=evidence, by=request.user)
        for evidence, changed in formset.changed_objects:
            services.evidence_update(
                evidence=evidence, by=request.user, **{f: getattr(evidence, f) for f in changed}
            )
        for evidence in formset.new_objects:
            services.claim_evidence_add(
                claim=form.instance.claim,
                by=request.user,
                url=evidence.url,
                title=evidence.title,
                publisher=evidence.publisher,
                accessed_on=evidence.accessed_on,
                stance=evidence.stance,
                quote=evidence.quote,
            )

    def log_change(self, request, obj, message):
        return None  # the review's own history (django-simple-history) records every change

    def response_change(self, request, obj):
        action = request.POST.get("_action", "")
        comment = (request.POST.get("comment") or "").strip()
        here = HttpResponseRedirect(reverse("admin:annotations_review_change", args=[obj.pk]))
        review = Review.objects.get(pk=obj.pk)
        if action:
            try:
                step = workflow.get(action)
                services.review_perform(action=action, review=review, by=request.user, reason=comment)
            except services.WorkflowError as exc:
                self.message_user(request, f"Saved, but not done: {exc.message}", messages.ERROR)
                return here
            if comment and step.reason is workflow.Reason.NONE:
                services.comment_add(review=review, by=request.user, body=comment)
            self.message_user(request, step.message, messages.SUCCESS)
        else:
            if comment:
                try:
                    services.comment_add(review=review, by=request.user, body=comment)
                except services.WorkflowError as exc:
                    self.message_user(request, exc.message, messages.ERROR)
                    return here
            self.message_user(request, "Saved.", messages.SUCCESS)
        if "_next" in request.POST:
            next_claim = claim_next_unreviewed(exclude_claim_id=obj.claim_id)
            if next_claim is not None:
                return HttpResponseRedirect(reverse("admin:factcheck_claim_review", args=[next_claim.pk]))
            self.message_user(request, "No unreviewed claims left.", messages.INFO)
        return here

    # -- read-only parts of the page

    @admin.display(description="Claim")
    def claim_link(self, obj: Review) -> str:
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:annotations_review_change", args=[obj.pk]), obj.claim
        )

    @admin.display(description="State", ordering="state")
    def state_display(self, obj: Review) -> str:
        return state_badge(obj.state)

    @admin.display(description="In its paragraph")
    def claim_context(self, obj: Review) -> str:
        return claim_in_context(obj.claim)

    @admin.display(description="About the claim")
    def claim_facts(self, obj: Review) -> str:
        claim = obj.claim
        return format_html(
            '<dl class="fc-facts">'
            "<dt>Article</dt><dd><a href='{}'>{}</a> · {}</dd>"
            "<dt>Speaker</dt><dd>{}</dd>"
            "<dt>Category</dt><dd>{}</dd>"
            "<dt>Check-worthiness</dt><dd>{}</dd>"
            "<dt>Figures</dt><dd>{}</dd>"
            "</dl>",
            reverse("admin:factcheck_article_change", args=[claim.article_id]),
            claim.article.title,
            claim.article.source_name or "unknown source",
            claim.speaker or "—",
            claim.get_category_display(),
            f"{claim.checkworthiness:.2f}",
            _figure_list(claim),
        )

    @admin.display(description="Status")
    def workflow_status(self, obj: Review) -> str:
        def when(value) -> str:
            return value.strftime("%Y-%m-%d %H:%M") if value else "—"

        return format_html(
            '<div class="fc-status">{} <span>Revision {}</span></div>'
            '<dl class="fc-facts">'
            "<dt>Reviewer</dt><dd>{}</dd><dt>Second reviewer</dt><dd>{}</dd>"
            "<dt>Assigned</dt><dd>{}</dd><dt>Sent to second review</dt><dd>{}</dd>"
            "<dt>Approved</dt><dd>{}</dd><dt>First published</dt><dd>{}</dd>{}"
            "</dl>",
            state_badge(obj.state),
            obj.revision,
            public_name(obj.assignee) or "unassigned",
            public_name(obj.second_reviewer) or "—",
            when(obj.assigned_at),
            when(obj.submitted_at),
            when(obj.approved_at),
            when(obj.published_at),
            format_html("<dt>Not checkable because</dt><dd>{}</dd>", obj.dismissal_reason)
            if obj.dismissal_reason
            else "",
        )

    @admin.display(description="Discussion")
    def discussion(self, obj: Review) -> str:
        comments = list(obj.comments.select_related("author"))
        if not comments:
            return format_html("<p class='fc-muted'>{}</p>", "No comments yet.")
        return format_html(
            '<ol class="fc-comments">{}</ol>',
            format_html_join(
                "",
                "<li class='fc-comment fc-comment-{}'><header><strong>{}</strong> · {} · {}</header>{}</li>",
                (
                    (
                        c.kind,
                        public_name(c.author) or "deleted user",
                        c.get_kind_display(),
                        c.created_at.strftime("%Y-%m-%d %H:%M"),
                        linebreaks(c.body, autoescape=True),
                    )
                    for c in comments
                ),
            ),
        )

    @admin.display(description="Published revisions")
    def published_revisions(self, obj: Review) -> str:
        revisions = list(obj.revisions.select_related("verdict", "published_by"))
        if not revisions:
            return "None yet."
        return format_html_join(
            "",
            "<p>Revision {} · {} · {} by {}</p>",
            (
                (
                    r.revision,
                    r.verdict,
                    r.published_at.strftime("%Y-%m-%d %H:%M"),
                    public_name(r.published_by),
                )
                for r in revisions
            ),
        )


@admin.register(Evidence)
class EvidenceAdmin(FrozenAdminMixin, HistoryAdmin):
    """Read-only list with history; evidence is edited on its review's page, through the services."""

    list_display = ["__str__", "url", "stance", "review", "created_by", "accessed_on"]
    list_filter = ["stance"]
    list_select_related = ["review", "created_by"]
    search_fields = ["url", "title", "publisher", "quote"]
    history_list_display = ["url", "stance"]


@admin.register(ReviewRevision)
class ReviewRevisionAdmin(FrozenAdminMixin, admin.ModelAdmin):
    list_display = ["review", "revision", "verdict", "published_by", "published_at"]
    list_select_related = ["review", "verdict", "published_by"]
    readonly_fields = [f.name for f in ReviewRevision._meta.fields]


@admin.register(Comment)
class CommentAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["review", "kind", "author", "created_at"]
    list_filter = ["kind"]
    list_select_related = ["review", "author"]
    search_fields = ["body"]
    readonly_fields = ["review", "author", "kind", "body", "created_at"]
