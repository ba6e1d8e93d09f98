"""Articles and claims in the admin: the reviewer's queue, the article with its claims highlighted.

Registered by the review app because both pages show review states and run workflow steps;
the core app's models know nothing of reviews.
"""

from __future__ import annotations

from typing import cast

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from annotations import corrections, services, triage, workflow
from annotations.admin.reviews import REVIEW_MEDIA, review_url, state_badge
from annotations.exceptions import WorkflowError
from annotations.markup import EXCERPT_CHARS, article_with_claims, claim_figures, claim_in_context, visible
from annotations.models import Rating, ReviewState
from annotations.roles import public_name
from annotations.selectors import claim_next_unreviewed, claims_with_reviews, review_state_of
from factcheck.models import (
    Article,
    ArticleQuerySet,
    Category,
    Claim,
    Layer,
    Origin,
    Qualifier,
    Quantity,
    SpeakerType,
)

FIGURES_SHOWN = 50


def _verdict(claim: Claim) -> str:
    if review_state_of(claim) == ReviewState.UNREVIEWED:
        return "—"
    verdict = claim.review.verdict
    return format_html('<span class="fc-verdict">{}</span>', verdict) if verdict else "—"


class ClaimInline(admin.TabularInline):
    model = Claim
    readonly_fields = ("index", "claim_text", "category", "checkworthiness", "speaker", "state", "verdict")
    fields = readonly_fields
    extra = 0
    can_delete = False
    ordering = ["index"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def get_queryset(self, request):
        return claims_with_reviews(super().get_queryset(request)).prefetch_related("quantities")

    @admin.display(description="Claim")
    def claim_text(self, obj: Claim) -> str:
        return format_html(
            '<a id="fc-claim-{}" class="fc-claim-text" href="{}">{}</a>',
            obj.pk,
            review_url(obj),
            claim_figures(obj, limit=EXCERPT_CHARS),
        )

    @admin.display(description="State")
    def state(self, obj: Claim) -> str:
        return state_badge(review_state_of(obj))

    @admin.display(description="Verdict")
    def verdict(self, obj: Claim) -> str:
        return _verdict(obj)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "source_name", "published_at", "claim_count", "checkworthy_count", "created_at"]
    list_filter = ["source_name", "language", "created_at"]
    search_fields = ["title", "body", "source_name", "source_url"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "annotated_text",
        "raw_text",
        "content_hash",
        "canonical_url",
        "import_job",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["title", ("source_name", "author"), ("source_url", "published_at", "language")]}),
        ("Text with its claims", {"fields": ["annotated_text"]}),
        (
            "Raw text and import",
            {
                "classes": ["collapse"],
                "fields": [
                    "raw_text",
                    "content_hash",
                    "canonical_url",
                    "import_job",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]
    inlines = [ClaimInline]

    @property
    def media(self):
        return super().media + REVIEW_MEDIA

    def get_queryset(self, request):
        """Without the body, which only the change page reads (one query more there): lists of articles
        of megabytes each would carry them all."""
        return cast(ArticleQuerySet, super().get_queryset(request)).with_claim_counts().defer("body")

    @admin.display(description="Claims", ordering="claim_count")
    def claim_count(self, obj: Article) -> int:
        return int(getattr(obj, "claim_count", 0))  # annotated by with_claim_counts

    @admin.display(description="Check-worthy", ordering="checkworthy_count")
    def checkworthy_count(self, obj: Article) -> int:
        return int(getattr(obj, "checkworthy_count", 0))

    @admin.display(description="Body")
    def raw_text(self, obj: Article) -> str:
        """Read-only: claims point into the body by offset, so editing it here would misplace them."""
        return format_html('<div class="fc-raw">{}</div>', visible(obj.body))

    @admin.display(description="Article")
    def annotated_text(self, obj: Article) -> str:
        if not obj.pk:
            return "—"
        claims = claims_with_reviews(obj.claims.all()).prefetch_related("quantities")
        legend = format_html(
            '<div class="fc-legend">{}</div>',
            format_html(
                "".join(["{}"] * len(ReviewState.values)),
                *(state_badge(state) for state in ReviewState.values),
            ),
        )
        return format_html("{}{}", legend, article_with_claims(obj, claims, link=review_url))


@admin.register(Quantity)
class QuantityAdmin(admin.ModelAdmin):
    """Figures, paged: a claim's page shows its first ones and links here for the rest."""

    list_display = ["surface", "value", "low", "high", "qualifier", "unit", "category", "kind", "claim_id"]
    list_filter = ["qualifier", "category", "kind"]
    list_per_page = 100
    ordering = ["claim_id", "start"]
    show_full_result_count = False

    def has_module_permission(self, request) -> bool:
        return False  # reached from a claim, not from the index

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
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


class StateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return ReviewState.choices

    def queryset(self, request, queryset):
        if self.value() == ReviewState.UNREVIEWED:
            return queryset.filter(Q(review__isnull=True) | Q(review__state=ReviewState.UNREVIEWED))
        if self.value() in ReviewState.values:
            return queryset.filter(review__state=self.value())
        return queryset


class VerdictFilter(admin.SimpleListFilter):
    title = "verdict"
    parameter_name = "verdict"

    def lookups(self, request, model_admin):
        return [("none", "No verdict")] + [
            (str(r.pk), f"{r.label} ({r.scale.name})" if not r.scale.is_default else r.label)
            for r in Rating.objects.select_related("scale").order_by(
                "-scale__is_default", "scale__name", "position"
            )
        ]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.filter(Q(review__isnull=True) | Q(review__verdict__isnull=True))
        if self.value():
            return queryset.filter(review__verdict_id=self.value())
        return queryset


class AssigneeFilter(admin.SimpleListFilter):
    title = "assignee"
    parameter_name = "assignee"

    def lookups(self, request, model_admin):
        people = (
            get_user_model()
            .objects.filter(reviews_assigned__isnull=False)
            .exclude(pk=request.user.pk)
            .distinct()
            .order_by("username")
        )
        return [("me", "Assigned to me"), ("none", "Unassigned")] + [
            (str(u.pk), u.get_full_name() or u.get_username()) for u in people
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "me":
            return queryset.filter(review__assignee=request.user)
        if value == "none":
            return queryset.filter(Q(review__isnull=True) | Q(review__assignee__isnull=True))
        if value and value.isdigit():
            return queryset.filter(review__assignee_id=int(value))
        return queryset


class ArticleFilter(admin.SimpleListFilter):
    """The articles that have claims, newest first, by title: ``RelatedOnlyFieldListFilter`` would load
    each one whole, bodies of megabytes included, on every page of the list."""

    title = "article"
    parameter_name = "article__id__exact"
    shown = 200

    def lookups(self, request, model_admin):
        articles = Article.objects.filter(claims__isnull=False).distinct().only("id", "title").order_by("-id")
        return [(article.pk, str(article)) for article in articles[: self.shown]]

    def queryset(self, request, queryset):
        value = self.value()
        return queryset.filter(article_id=value) if value and value.isdigit() else queryset


class ReasonForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
    )


class AttentionFilter(admin.SimpleListFilter):
    title = "flagged for a look"
    parameter_name = "attention"

    def lookups(self, request, model_admin):
        return [("yes", "Flagged"), ("no", "Not flagged")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(attention="")
        if self.value() == "no":
            return queryset.filter(attention="")
        return queryset


class CorrectionForm(forms.Form):
    """A claim's correctable parts; every change goes through ``corrections.claim_update``."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    start = forms.IntegerField(
        min_value=0, help_text="Offset of the first character; snapped to whole words."
    )
    end = forms.IntegerField(min_value=1, help_text="Offset just past the last character.")
    category = forms.ChoiceField(choices=Category.choices)
    speaker = forms.CharField(required=False, max_length=300, help_text="Blank: nobody.")
    speaker_type = forms.ChoiceField(
        choices=[("", "Guess from the name"), *SpeakerType.choices], required=False
    )
    not_a_claim = forms.BooleanField(required=False, label="Not a claim (an extraction error)")

    @classmethod
    def for_claim(cls, claim: Claim, data=None) -> CorrectionForm:
        initial = {
            "version": claim.version,
            "start": claim.start,
            "end": claim.end,
            "category": claim.category,
            "speaker": claim.speaker,
            "speaker_type": claim.speaker_type,
            "not_a_claim": claim.not_a_claim,
        }
        return cls(data, initial=initial)

    def changes(self, claim: Claim) -> dict:
        """Only what the form changed, so an untouched part stays the extractor's."""
        data = self.cleaned_data
        changes: dict = {}
        if (data["start"], data["end"]) != (claim.start, claim.end):
            changes.update(start=data["start"], end=data["end"])
        if data["category"] != claim.category:
            changes["category"] = data["category"]
        if (data["speaker"].strip(), data["speaker_type"]) != (claim.speaker, claim.speaker_type):
            name = data["speaker"].strip()
            changes["speaker"] = {"name": name, "type": data["speaker_type"]} if name else None
            if name and name == claim.speaker and claim.speaker_start is not None:
                changes["speaker"].update(start=claim.speaker_start, end=claim.speaker_end)
        if data["not_a_claim"] != claim.not_a_claim:
            changes["not_a_claim"] = data["not_a_claim"]
        return changes


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    """The reviewer's queue: most check-worthy first, with state, verdict and assignee.

    Claims are never edited as raw fields here: corrections go through ``annotations.corrections``
    (the *Correct this claim* page and the bulk actions), so the machine layer and the workflow's rules
    hold as in the workspace and the API.
    """

    list_display = [
        "claim_display",
        "category",
        "checkworthiness_display",
        "speaker",
        "article_link",
        "state_display",
        "verdict_display",
        "assignee_display",
        "origin_display",
    ]
    list_display_links = None
    list_filter = [
        StateFilter,
        "category",
        VerdictFilter,
        AssigneeFilter,
        "is_claim",
        "origin",
        "not_a_claim",
        AttentionFilter,
        QualifierFilter,
        ArticleFilter,
    ]
    search_fields = ["text", "speaker"]
    list_select_related = ["article", "review__verdict", "review__assignee"]
    autocomplete_fields = ["article"]
    ordering = ["-checkworthiness", "article_id", "index"]
    readonly_fields = [
        "review_link",
        "correct_link",
        "claim_context",
        "figures",
        "origin",
        "corrected_parts",
        "not_a_claim",
        "attention",
        "machine_layer",
        "start",
        "end",
        "speaker_start",
        "speaker_end",
        "version",
        "created_at",
        "updated_at",
    ]
    history_list_display = ["start", "end", "category", "speaker", "not_a_claim"]
    list_per_page = 50
    change_list_template = "admin/factcheck/claim/change_list.html"

    @property
    def media(self):
        return super().media + REVIEW_MEDIA

    def get_queryset(self, request):
        return claims_with_reviews(super().get_queryset(request)).prefetch_related("quantities")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "article":  # the autocomplete shows the chosen article's title, not its body
            kwargs["queryset"] = Article.objects.defer("body")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path("next/", self.admin_site.admin_view(self.next_view), name=f"{info[0]}_{info[1]}_next"),
            path(
                "<int:object_id>/review/",
                self.admin_site.admin_view(self.review_view),
                name=f"{info[0]}_{info[1]}_review",
            ),
            path(
                "<int:object_id>/correct/",
                self.admin_site.admin_view(self.correct_view),
                name=f"{info[0]}_{info[1]}_correct",
            ),
            *super().get_urls(),
        ]

    # Raw adds, edits and deletes would bypass the layers and the workflow (a deleted claim takes its
    # review with it): claims come from imports and ``annotations.corrections``.
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def correct_view(self, request, object_id: int):
        """Correct the claim's boundaries, category, speaker or "not a claim" through the services."""
        claim = get_object_or_404(
            Claim.objects.select_related("article").defer("article__body"), pk=object_id
        )
        if not request.user.has_perm("annotations.correct_claim"):
            raise PermissionDenied
        form = CorrectionForm.for_claim(claim, request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            changes = form.changes(claim)
            if not changes:
                self.message_user(request, "Nothing changed.", messages.INFO)
                return HttpResponseRedirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))
            try:
                corrections.claim_update(
                    claim=claim, by=request.user, expected_version=form.cleaned_data["version"], **changes
                )
            except WorkflowError as exc:
                self.message_user(request, exc.message, messages.ERROR)
            else:
                self.message_user(request, "Claim corrected.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:factcheck_claim_change", args=[claim.pk]))
        return TemplateResponse(
            request,
            "admin/factcheck/claim/correct.html",
            {
                **self.admin_site.each_context(request),
                "title": "Correct this claim",
                "opts": self.opts,
                "claim": claim,
                "context": claim_in_context(claim),
                "form": form,
                "media": self.media + form.media,
            },
        )

    def review_view(self, request, object_id: int):
        """Open the claim's review, creating it as unreviewed on the first visit."""
        if not request.user.has_perm("annotations.view_review"):
            raise PermissionDenied
        claim = get_object_or_404(Claim, pk=object_id)
        review = services.review_get_or_create(claim=claim, by=request.user)
        return HttpResponseRedirect(reverse("admin:annotations_review_change", args=[review.pk]))

    def next_view(self, request):
        claim = claim_next_unreviewed()
        if claim is None:
            self.message_user(request, "No unreviewed claims left.", messages.INFO)
            return HttpResponseRedirect(reverse("admin:factcheck_claim_changelist"))
        return self.review_view(request, claim.pk)

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_review": request.user.has_perm("annotations.view_review"),
        }
        return super().changelist_view(request, extra_context)

    # -- columns

    @admin.display(description="Claim", ordering="text")
    def claim_display(self, obj: Claim) -> str:
        return format_html(
            '<a class="fc-claim-text" href="{}">{}</a>',
            review_url(obj),
            claim_figures(obj, limit=EXCERPT_CHARS),
        )

    @admin.display(description="Worth checking", ordering="checkworthiness")
    def checkworthiness_display(self, obj: Claim) -> str:
        return format_html("{}", f"{obj.checkworthiness:.2f}")

    @admin.display(description="Article", ordering="article__title")
    def article_link(self, obj: Claim) -> str:
        title = obj.article.title
        return format_html(
            '<a href="{}#fc-claim-{}" title="{}">{}</a>',
            reverse("admin:factcheck_article_change", args=[obj.article_id]),
            obj.pk,
            title,
            title if len(title) <= 40 else f"{title[:39].rstrip()}…",
        )

    @admin.display(description="State", ordering="review_state")
    def state_display(self, obj: Claim) -> str:
        return state_badge(review_state_of(obj))

    @admin.display(description="Verdict", ordering="review__verdict__position")
    def verdict_display(self, obj: Claim) -> str:
        return _verdict(obj)

    @admin.display(description="Assignee", ordering="review__assignee__username")
    def assignee_display(self, obj: Claim) -> str:
        if review_state_of(obj) == ReviewState.UNREVIEWED or obj.review.assignee is None:
            return "—"
        return public_name(obj.review.assignee)

    # -- change page (read-only for reviewers)

    @admin.display(description="Review")
    def review_link(self, obj: Claim) -> str:
        return format_html('<a class="button" href="{}">Open the review</a>', review_url(obj))

    @admin.display(description="Origin", ordering="origin")
    def origin_display(self, obj: Claim) -> str:
        if obj.not_a_claim:
            return format_html('<span class="fc-badge">{}</span>', "Not a claim")
        return "—" if obj.origin == Origin.MACHINE else obj.get_origin_display()

    @admin.display(description="Set by a reviewer")
    def corrected_parts(self, obj: Claim) -> str:
        return ", ".join(Layer(part).label for part in obj.corrected) or "Nothing: the extractor's reading."

    @admin.display(description="Correct")
    def correct_link(self, obj: Claim) -> str:
        url = reverse("admin:factcheck_claim_correct", args=[obj.pk])
        return format_html('<a class="button" href="{}">Correct this claim</a>', url)

    @admin.display(description="What the extractor said")
    def machine_layer(self, obj: Claim) -> str:
        if obj.origin == Origin.ADDED:
            return "Nothing: a person added this claim."
        layer = obj.machine
        if layer is None:
            return "As shown (nobody has changed it)."
        speaker = (layer.get("speaker") or {}).get("name") or "nobody"
        figures = ", ".join(q["surface"] for q in layer.get("quantities", [])) or "none"
        return format_html(
            "<p>{}</p><p>Category: {}; speaker: {}; figures: {}; extractor {}.</p>",
            visible(layer["text"]),
            layer["category"],
            speaker,
            figures,
            layer.get("extractor_version") or "unknown",
        )

    @admin.display(description="In its paragraph")
    def claim_context(self, obj: Claim) -> str:
        return claim_in_context(obj)

    @admin.display(description="Figures")
    def figures(self, obj: Claim) -> str:
        """The first figures as a table; a claim can hold thousands, so the rest are a paged list away."""
        shown = list(obj.quantities.order_by("start")[: FIGURES_SHOWN + 1])
        if not shown:
            return "—"
        more = ""
        if len(shown) > FIGURES_SHOWN:
            shown = shown[:FIGURES_SHOWN]
            more = format_html(
                '<p><a href="{}?claim__id__exact={}">All {} figures…</a></p>',
                reverse("admin:factcheck_quantity_changelist"),
                obj.pk,
                obj.quantities.count(),
            )
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    visible(q.surface),
                    "—" if q.value is None else f"{q.value:g}",
                    "—" if q.low is None else f"{q.low:g}",
                    "—" if q.high is None else f"{q.high:g}",
                    q.get_qualifier_display(),
                    q.unit or "—",
                    q.get_category_display(),
                )
                for q in shown
            ),
        )
        return format_html(
            '<table class="fc-figures"><thead><tr><th>Figure</th><th>Value</th><th>Low</th><th>High</th>'
            "<th>Qualifier</th><th>Unit</th><th>Category</th></tr></thead><tbody>{}</tbody></table>{}",
            rows,
            more,
        )

    # -- bulk actions: every workflow step, offered to roles whose permission it needs; the services
    # check each claim again and refusals are reported claim by claim.

    def get_actions(self, request):
        actions = super().get_actions(request)
        for step in workflow.steps():
            if request.user.has_perm(step.perm):
                name = step.name
                ellipsis = "…" if step.reason is workflow.Reason.REQUIRED else ""
                actions[name] = (_bulk_action(step.name), name, f"{step.label}{ellipsis}")
        if request.user.has_perm("annotations.correct_claim"):
            for name, (run, label) in CORRECTION_ACTIONS.items():
                actions[name] = (run, name, label)
        return actions

    def run_correction(self, request, queryset, done: str, **changes) -> None:
        """A correction for each selected claim, refusals reported claim by claim (as ``run_step``)."""
        succeeded, refused = 0, []
        for claim in queryset.select_related("article").defer("article__body"):
            try:
                corrections.claim_update(claim=claim, by=request.user, **changes)
            except WorkflowError as exc:
                refused.append(f"“{claim}”: {exc.message}")
            else:
                succeeded += 1
        if succeeded:
            self.message_user(request, f"{succeeded} claim{'s' if succeeded != 1 else ''} {done}.")
        for message in refused[:10]:
            self.message_user(request, f"Not done for {message}", messages.ERROR)
        if len(refused) > 10:
            self.message_user(request, f"…and {len(refused) - 10} more refused.", messages.ERROR)

    def merge_selected(self, request, queryset) -> None:
        try:
            merged = corrections.claim_merge(claims=list(queryset.defer("text")), by=request.user)
        except WorkflowError as exc:
            self.message_user(request, exc.message, messages.ERROR)
        else:
            self.message_user(request, f"Merged into one claim: “{merged}”.", messages.SUCCESS)

    def run_step(self, request, queryset, step: workflow.Action, *, reason: str = "") -> None:
        outcome = triage.claims_perform(
            claims=queryset.select_related("article").defer("article__body"),
            action=step.name,
            by=request.user,
            reason=reason,
        )
        succeeded = len(outcome.done)
        refused = [f"“{claim}”: {message}" for claim, message in outcome.refused]
        if succeeded:
            self.message_user(request, step.message_for(succeeded), messages.SUCCESS)
        for message in refused[:10]:
            self.message_user(request, f"Not done for {message}", messages.ERROR)
        if len(refused) > 10:
            self.message_user(request, f"…and {len(refused) - 10} more refused.", messages.ERROR)

    def ask_reason(self, request, queryset, step: workflow.Action):
        """The step with a reason: ask for it once, for every selected claim."""
        form = ReasonForm(request.POST if "reason" in request.POST else None)
        if form.is_valid():
            self.run_step(request, queryset, step, reason=form.cleaned_data["reason"])
            return None
        return TemplateResponse(
            request,
            "admin/factcheck/claim/reason.html",
            {
                **self.admin_site.each_context(request),
                "title": f"{step.label}: {queryset.count()} claim(s)",
                "prompt": f"{step.reason_name or 'A reason'} is needed to {step.verb}.",
                "submit_label": step.label,
                "action_name": step.name,
                "opts": self.opts,
                "claims": queryset,
                "form": form,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                "media": self.media,
            },
        )


def _not_a_claim(modeladmin: ClaimAdmin, request, queryset):
    modeladmin.run_correction(request, queryset, "marked not a claim", not_a_claim=True)


def _restore(modeladmin: ClaimAdmin, request, queryset):
    modeladmin.run_correction(request, queryset, "restored as claims", not_a_claim=False)


def _looked_at(modeladmin: ClaimAdmin, request, queryset):
    modeladmin.run_correction(
        request, queryset.exclude(attention=""), "looked at (flag cleared)", attention=""
    )


def _merge(modeladmin: ClaimAdmin, request, queryset):
    modeladmin.merge_selected(request, queryset)


CORRECTION_ACTIONS = {
    "mark_not_a_claim": (_not_a_claim, "Mark as not a claim (an extraction error)"),
    "restore_as_claim": (_restore, "Restore as a claim"),
    "merge_claims": (_merge, "Merge the selected claims (adjacent, one article)"),
    "looked_at": (_looked_at, "Looked at: clear the flag"),
}


def _bulk_action(name: str):
    def run(modeladmin: ClaimAdmin, request, queryset):
        step = workflow.get(name)
        if step.reason is workflow.Reason.REQUIRED:
            return modeladmin.ask_reason(request, queryset, step)
        modeladmin.run_step(request, queryset, step)
        return None

    run.__name__ = name
    return run
