"""The reviewer workspace: queue, article reader, annotation panel and import status.

Pages work without JavaScript (links and forms, redirect after POST); with htmx the panel
and its sections are swapped in place. Every write goes through ``annotations.services``
(the claim's own corrections through ``annotations.corrections``), so the workspace follows the
same rules and roles as the admin and the API. A stale ``version`` is answered with 409 and the
panel showing who changed what, with the user's unsaved values kept beside it: nothing is
silently overwritten.
"""

from __future__ import annotations

import datetime
import re
from functools import wraps
from typing import Any, cast
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from annotations import corrections, services, triage, workflow
from annotations import selectors as review_selectors
from annotations.exceptions import ConflictError, WorkflowError
from annotations.matching import SeenMatch, cluster_members, cluster_size, published_review, review_of
from annotations.matching import seen_before as find_seen_before
from annotations.models import Evidence, Review, ReviewState, claim_priority
from annotations.roles import is_editor, public_name
from annotations.selectors import review_state_of
from annotations.workspace import selectors
from annotations.workspace.forms import (
    ActionForm,
    AssignForm,
    BoundaryForm,
    CategoryForm,
    ClaimAddForm,
    CommentForm,
    EvidenceForm,
    FigureForm,
    FlagForm,
    MergeForm,
    QueueFilterForm,
    ReviewForm,
    SpanForm,
    SpeakerForm,
    SplitForm,
    TriageForm,
    VersionForm,
)
from annotations.workspace.render import (
    article_html,
    claim_excerpt_html,
    claim_link,
    claim_text_html,
    claim_tip_oob,
    crosses_paragraphs,
    origin_label,
)
from factcheck.extraction.quantities import find_quantities
from factcheck.imports import services as import_services
from factcheck.imports.forms import ImportArticlesForm, import_form_submit
from factcheck.matching import services as matching_services
from factcheck.models import (
    Article,
    Category,
    Claim,
    FactCheck,
    FigureConflict,
    Qualifier,
    Quantity,
    QuantityKind,
    SpeakerType,
)
from factcheck.text import plain

S = ReviewState


def workspace_view(view):
    """Login required (the workspace's login page), and a reviewer's or editor's view permission on claims.

    An htmx request whose session expired is sent to the login page as a whole page (``HX-Redirect``)
    rather than having the login form swapped into the panel.
    """
    login_view = login_required(view)

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            if is_htmx(request):
                current = urlsplit(request.headers.get("HX-Current-URL", ""))
                page = current.path + (f"?{current.query}" if current.query else "") if current.path else ""
                page = page or reverse("workspace:queue")
                response = HttpResponse(status=204)
                response["HX-Redirect"] = redirect_to_login(page).url
                return response
            return login_view(request, *args, **kwargs)
        if not request.user.has_perm("factcheck.view_claim"):
            raise DjangoPermissionDenied("The workspace is for reviewers and editors.")
        response = view(request, *args, **kwargs)
        # Back must ask the server again: a page restored from the cache carried an old review version,
        # and the next keystroke raised a false conflict.
        add_never_cache_headers(response)
        return response

    return wrapped


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def reader_url(claim) -> str:
    return f"{reverse('workspace:reader', args=[claim.article_id])}?claim={claim.pk}"


# --- queue ----------------------------------------------------------------------------------------


@require_GET
@workspace_view
def queue(request: HttpRequest) -> HttpResponse:
    sorts = {key: label for key, (label, _) in selectors.QUEUE_SORTS.items()}
    form = QueueFilterForm(request.GET, sorts=sorts)
    form.is_valid()  # invalid values are dropped, the rest still filters
    data = {k: v for k, v in form.cleaned_data.items() if k not in form.errors}
    filters = selectors.QueueFilters(
        state=data.get("state") or "",
        category=data.get("category") or "",
        article=form.article_id(),
        q=(data.get("q") or "").strip(),
        everything=bool(data.get("everything")),
        assignee=data.get("assignee") or "",
        imported_from=data.get("imported_from"),
        imported_to=data.get("imported_to"),
        source=(data.get("source") or "").strip(),
        language=(data.get("language") or "").strip(),
        sort=data.get("sort") or "",
        priority=data.get("priority") or "",
        grouped=bool(data.get("grouped")),
    )
    queue_counts = selectors.queue_counts(user=request.user, filters=filters)
    counts = queue_counts.by_state
    ids = selectors.queue_claim_ids(
        user=request.user, filters=filters, count=queue_counts.of(filters.state)
    )  # counted already: no second scan
    paginator: Paginator[int] = Paginator(ids, selectors.QUEUE_PAGE_SIZE)
    page = paginator.get_page(data.get("page") or 1)
    claims = selectors.queue_rows(user=request.user, ids=list(page.object_list))
    page.object_list = cast(Any, claims)  # the page's rows in place of its ids
    query = request.GET.copy()
    query.pop("page", None)
    state_links = []
    for state in selectors.STATE_ORDER:
        params = query.copy()
        params["state"] = state
        state_links.append(
            {
                "state": state,
                "label": S(state).label,
                "count": counts[state],
                "url": f"?{params.urlencode()}",
                "active": filters.state == state,
            }
        )
    article_urls: dict[int, str] = {}  # one reverse() an article, not two a row
    for claim in claims:
        if claim.article_id not in article_urls:
            article_urls[claim.article_id] = reverse("workspace:reader", args=[claim.article_id])
    categories = dict(Category.choices)
    states = dict(S.choices)
    rows = [
        {
            "claim": claim,
            "url": f"{article_urls[claim.article_id]}?claim={claim.pk}",
            "article_url": article_urls[claim.article_id],
            "article_title": _shortened(claim.article_title, 48),
            "category_label": categories[claim.category],
            "text_html": claim_excerpt_html(claim),
            "state": claim.review_state,
            "state_label": states[claim.review_state],
            "verdict": claim.verdict_label,
            "assignee": claim.assignee,
            "mine": claim.mine,
            "score": f"{claim.checkworthiness:.2f}",
            "priority": claim_priority(checkworthiness=claim.checkworthiness, desk=claim.desk_priority),
            "origin": origin_label(claim),
            "elsewhere": claim.cluster_size - 1 if claim.cluster is not None else 0,
            "cluster_url": reverse("workspace:same-claim", args=[claim.pk]) if claim.cluster else "",
        }
        for claim in claims
    ]
    all_params = query.copy()
    all_params["state"] = "all"
    waiting = query.copy()
    waiting.pop("state", None)
    context = {
        "form": form,
        "filters": filters,
        "page": page,
        "rows": rows,
        "all_url": f"?{all_params.urlencode()}",
        "waiting_query": waiting.urlencode(),
        "state_links": state_links,
        "total": sum(counts.values()),
        "article_label": _article_label(filters.article, data.get("article") or ""),
        "sort_links": _sort_links(query, filters.sort),
        "sort_label": selectors.QUEUE_SORTS[filters.sort][0] if filters.sort else "",
        "is_editor": is_editor(request.user),
        "people": _people(request),
        "triage_actions": _triage_actions(request.user),
        "max_selected": triage.MAX_CLAIMS,
        "query": query.urlencode(),
        "active_nav": "queue",
    }
    return render(request, "workspace/queue.html", context)


def _shortened(text: str, limit: int) -> str:
    """``truncatechars`` without its per-character Unicode scan (50 titles a queue page)."""
    return text if len(text) <= limit else f"{text[: limit - 1].rstrip()}…"


def _article_label(article_id: int | None, typed: str) -> str:
    """What the article picker shows: "Title (#id)" for a chosen article, else what was typed."""
    if article_id is None:
        return typed
    title = Article.objects.filter(pk=article_id).values_list("title", flat=True).first()
    return f"{_shortened(title or 'Untitled', 80)} (#{article_id})" if title is not None else typed


def _sort_links(query: QueryDict, current: str) -> dict[str, dict[str, str]]:
    """Column headers that sort: each links to its order, or to the other direction when it is on."""
    links = {}
    for column, (ascending, descending) in {
        "score": ("score_asc", "score"),
        "imported": ("oldest", "newest"),
    }.items():
        on = current in (ascending, descending)
        target = ascending if current == descending else descending
        params = query.copy()
        params["sort"] = target
        links[column] = {
            "url": f"?{params.urlencode()}",
            "aria": ("descending" if current == descending else "ascending") if on else "none",
        }
    for column in ("article", "assignee"):
        params = query.copy()
        params["sort"] = column
        links[column] = {
            "url": f"?{params.urlencode()}",
            "aria": "ascending" if current == column else "none",
        }
    return links


def _people(request: HttpRequest) -> list[tuple[int, str]]:
    """The people claims can be filtered by and given to (one query)."""
    return [(user.pk, public_name(user)) for user in review_selectors.reviewers_for_assignment()]


def _triage_actions(user) -> list[tuple[str, str]]:
    """What the queue's multi-select offers this user: the workflow steps their role may take on many
    claims, and "Assign to…" for those who give claims to others."""
    actions = [
        (step.name, step.label + ("…" if step.reason is workflow.Reason.REQUIRED else ""))
        for step in triage.bulk_steps(user)
    ]
    if user.has_perm("annotations.assign_review"):
        actions.append((TriageForm.GIVE, "Assign to…"))
        actions.append((TriageForm.PRIORITISE, "Set priority…"))
    return actions


@require_POST
@workspace_view
def queue_triage(request: HttpRequest) -> HttpResponse:
    """The queue's multi-select: one step for every claim ticked, each claim on its own; then back to the
    queue as it was, with what was done and what was refused, claim by claim."""
    form = TriageForm(request.POST, actions=_triage_actions(request.user), max_claims=triage.MAX_CLAIMS)
    valid = form.is_valid()
    back = f"{reverse('workspace:queue')}?{QueryDict(form.data.get('back', '')).urlencode()}".rstrip("?")
    if not valid:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect(back)
    data = form.cleaned_data
    by_id = Claim.objects.defer("machine").in_bulk(data["claims"])
    claims = [by_id[pk] for pk in data["claims"] if pk in by_id]
    if data["action"] == TriageForm.GIVE:
        assignee = get_user_model().objects.filter(pk=data["assignee"], is_active=True).first()
        if assignee is None:
            messages.error(request, "No such person.")
            return redirect(back)
        outcome = triage.claims_assign(claims=claims, by=request.user, assignee=assignee)
        done = f"assigned to {public_name(assignee)}"
    elif data["action"] == TriageForm.PRIORITISE:
        priority = data.get("priority") or ""
        outcome = triage.claims_prioritise(claims=claims, by=request.user, priority=priority)
        done = f"set to {priority} priority" if priority else "given back their priority from the score"
    else:
        step = workflow.get(data["action"])
        outcome = triage.claims_perform(
            claims=claims, action=step.name, by=request.user, reason=data.get("reason") or ""
        )
        done = step.done
    if outcome.done:
        count = len(outcome.done)
        messages.success(request, f"{count} claim{pluralize(count)} {done}.")
    for claim, message in outcome.refused[:10]:
        messages.error(request, f"Not done for “{_shortened(claim.text, 60)}”: {message}")
    if len(outcome.refused) > 10:
        messages.error(request, f"…and {len(outcome.refused) - 10} more refused.")
    return redirect(back)


@require_GET
@workspace_view
def article_options(request: HttpRequest) -> HttpResponse:
    """The article picker's suggestions as one types (``<option>`` elements for its ``<datalist>``)."""
    typed = request.GET.get("article", "")[:300]
    choices = selectors.article_choices(text=typed)
    options = (
        f'<option value="{escape(_shortened(title or "Untitled", 80))} (#{pk})">' for pk, title in choices
    )
    return HttpResponse(mark_safe("".join(options)))


# --- reader and panel --------------------------------------------------------------------------


def language_label(code: str) -> str:
    """ "German" for "de" (or "de-AT"); the code itself for a language Django does not name."""
    base = (code or "").split("-")[0].lower()
    info = LANG_INFO.get(base)
    return str(info["name"]) if info and "name" in info else (code or "unknown")


@require_GET
@workspace_view
def reader(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=article_id)
    claims = selectors.reader_claims(article=article)
    current_id = None
    panel_context = None
    if (raw := request.GET.get("claim", "")).isdigit() and any(c.pk == int(raw) for c in claims):
        current_id = int(raw)
        panel_context = build_panel_context(request, selectors.panel_for(claim_id=current_id))
    base = reverse("workspace:reader", args=[article.pk])
    counts: dict[str, int] = dict.fromkeys(selectors.STATE_ORDER, 0)
    for c in claims:
        state = review_state_of(c)
        if selectors.to_check(c.is_claim, state, c.not_a_claim):
            counts[state] += 1
    context = {
        "article": article,
        "language_label": language_label(article.language),
        "article_html": article_html(
            article, claims, href_for=lambda c: f"{base}?claim={c.pk}", current_id=current_id
        ),
        **_summary_context(counts, sum(counts.values()), len(claims)),
        "has_panel": panel_context is not None,
        "categories": Category.choices,
        "active_nav": "queue",
        "can_add": workflow.allows("amend", Review(), request.user),
        "last_correction": _last_correction(request, article.pk),
        **(panel_context or {}),
    }
    return render(request, "workspace/reader.html", context)


def _summary_context(counts: dict[str, int], to_check: int, sentences: int) -> dict:
    return {
        "claim_count": sentences,
        "navigable_count": to_check,
        "state_counts": [(state, S(state).label, n) for state, n in counts.items() if n],
    }


def build_panel_context(
    request: HttpRequest,
    panel: selectors.Panel,
    *,
    conflict: services.ConflictError | None = None,
    mine: dict | None = None,
    error: str = "",
    notice: str = "",
    review_form: ReviewForm | None = None,
    evidence_form: EvidenceForm | None = None,
    comment_form: CommentForm | None = None,
    open_action: str = "",
    undo: dict | None = None,
    figure_form: FigureForm | None = None,
    open_tool: str = "",
) -> dict:
    user = request.user
    review = panel.review
    allowed = services.review_allowed_actions(review=review, user=user)
    can_edit = "edit" in allowed
    # Picking a verdict or adding evidence on a free claim takes it first (services.claim_annotate).
    can_take = workflow.may_take(review, user)
    editable = can_edit or can_take
    buttons = [
        {
            "name": step.name,
            "label": step.label,
            "needs_reason": step.reason is workflow.Reason.REQUIRED,
            "style": step.style,
            "key": step.shortcut,
            "confirm": step.confirm,
        }
        for step in workflow.steps()
        if step.name in allowed
    ]
    # Editors give claims to someone else from the panel too (the assign service checks the role).
    assign_choices = []
    if workflow.may_give(review, user):
        assign_choices = [(u.pk, public_name(u)) for u in review_selectors.reviewers_for_assignment()]
    can_correct = corrections.may_correct(claim=panel.claim, review=review, user=user)
    correct_refusal = ""
    if not can_correct and user.has_perm("annotations.correct_claim"):
        try:
            workflow.check("amend", review, user)
        except WorkflowError as exc:
            correct_refusal = exc.message
    mine_display = None
    if mine:
        verdict = mine.get("verdict")
        mine_display = {
            "verdict": verdict,
            "rationale": mine.get("rationale"),
            "claim_reviewed": mine.get("claim_reviewed"),
            "claimant_job_title": mine.get("claimant_job_title"),
            "claimant_same_as": mine.get("claimant_same_as"),
            "has_verdict": "verdict" in mine,
        }
    return {
        "claim": panel.claim,
        "review": review,
        "review_exists": panel.exists,
        "ratings": [(n, rating) for n, rating in enumerate(panel.ratings, start=1)],
        "evidence": panel.evidence,
        "comments": panel.comments,
        "history": panel.history,
        "editable": editable,
        "can_edit": can_edit,
        "can_take": can_take,
        "can_comment": "comment" in allowed,
        "buttons": buttons,
        "assign_choices": assign_choices,
        "assignee_name": public_name(review.assignee) if review.assignee_id else "",
        "second_reviewer_name": public_name(review.second_reviewer) if review.second_reviewer_id else "",
        "conflict": conflict.conflict if conflict else None,
        "conflict_is_yours": bool(conflict and conflict.conflict.only_by(request.user)),
        "conflict_message": conflict.message if conflict else "",
        "mine": mine_display,
        "error": error,
        "notice": notice,
        "evidence_form": evidence_form or EvidenceForm(auto_id="ev-add-%s"),
        "comment_form": comment_form or CommentForm(auto_id="comment-%s"),
        "review_form_errors": review_form.errors if review_form is not None else {},
        "open_action": open_action,
        "undo": undo,
        "reader_url": reader_url(panel.claim),
        "claim_html": claim_text_html(panel.claim),
        "figures": list(panel.claim.quantities.all()),
        # corrections of the claim itself
        "panel": panel,
        "can_correct": can_correct,
        "correct_refusal": correct_refusal,
        "origin_label": origin_label(panel.claim),
        "figure_rows": [_figure_row(q, open_tool) for q in panel.claim.quantities.all()],
        "figure_form": figure_form,
        "open_tool": open_tool,
        "last_correction": _last_correction(request, panel.claim.article_id),
        "categories": Category.choices,
        "qualifiers": Qualifier.choices,
        "kinds": QuantityKind.choices,
        "speaker_types": SpeakerType.choices,
    }


def _panel_response(
    request,
    claim_id: int,
    *,
    status: int = 200,
    retarget: bool = False,
    article: bool = False,
    highlight: bool = True,
    **extra,
):
    """The whole panel (and the claim's refreshed highlight in the article, out of band; with
    ``article``, the whole article text, after a correction that changed claims around it; without
    ``highlight``, the article is left alone: opening a claim changes nothing in it, and replacing
    its link would lose the caret a reviewer just put there to select words)."""
    context = build_panel_context(request, selectors.panel_for(claim_id=claim_id), **extra)
    if article:
        context["oob_claim"] = _article_oob(context["claim"].article, current_id=claim_id)
    elif highlight:
        context["oob_claim"] = _claim_oob(claim_id)
    context["oob_summary"] = True
    context.update(_summary_context(*selectors.reader_state_counts(article_id=context["claim"].article_id)))
    response = render(request, "workspace/_panel.html", context, status=status)
    if retarget:
        response["HX-Retarget"] = "#panel"
        response["HX-Reswap"] = "innerHTML"
    return response


def _claim_oob(claim_id: int) -> str:
    claim = selectors.reader_claim(claim_id=claim_id)
    # shown in pieces (around other claims, or over a paragraph's end): the article is drawn again
    if selectors.overlaps(claim) or crosses_paragraphs(claim, claim.article.body):
        return _article_oob(selectors.reader_article(article_id=claim.article_id), current_id=claim.pk)
    body = claim.article.body
    return claim_link(claim, body, href=reader_url(claim), current_id=claim.pk, oob=True) + claim_tip_oob(
        claim
    )


def _article_oob(article: Article, *, current_id: int | None) -> str:
    """The article's text with every claim, to replace the page's out of band."""
    base = reverse("workspace:reader", args=[article.pk])
    html = article_html(
        article,
        selectors.reader_claims(article=article),
        href_for=lambda c: f"{base}?claim={c.pk}",
        current_id=current_id,
    )
    return format_html('<div class="article-body" id="article-body" hx-swap-oob="true">{}</div>', html)


def _after_post(request, claim, **panel_kwargs) -> HttpResponse:
    """htmx: the panel; without JavaScript: back to the reader with the outcome as a message."""
    if is_htmx(request):
        return _panel_response(request, claim.pk, **panel_kwargs)
    level = messages.ERROR if panel_kwargs.get("error") or panel_kwargs.get("conflict") else messages.SUCCESS
    text = panel_kwargs.get("error") or (
        panel_kwargs["conflict"].message if panel_kwargs.get("conflict") else panel_kwargs.get("notice", "")
    )
    if text:
        messages.add_message(request, level, text)
    return HttpResponseRedirect(reader_url(claim))


@require_GET
@workspace_view
def panel(request: HttpRequest, claim_id: int) -> HttpResponse:
    get_object_or_404(Claim, pk=claim_id)
    if not is_htmx(request):
        return HttpResponseRedirect(reader_url(Claim.objects.get(pk=claim_id)))
    return _panel_response(request, claim_id, highlight=False)


@require_POST
@workspace_view
def review_save(request: HttpRequest, claim_id: int) -> HttpResponse:
    """Autosave of verdict, summary and rationale (only the fields sent change)."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    form = ReviewForm(request.POST)
    full = request.POST.get("full") == "1" or not is_htmx(request)
    if not form.is_valid():
        message = "; ".join(
            f"{form.fields[f].label or f}: {' '.join(str(m) for m in e)}" for f, e in form.errors.items()
        )
        if full:
            return _after_post(request, claim, status=400, error=message, retarget=True)
        return render(request, "workspace/_save_status.html", {"error": message}, status=400)
    # No version: the page was drawn before the claim had a review, i.e. it saw a fresh one (1).
    version = form.cleaned_data["version"] or 1
    changes = form.changes()
    try:
        annotated = services.claim_annotate(claim=claim, by=request.user, expected_version=version, **changes)
    except services.ConflictError as exc:
        # "Mine" is what this user changed on the version they saw, not every field the form sent.
        seen = selectors.review_as_of(review=Review.objects.get(claim=claim), version=version)
        mine = form.differs_from(seen) if seen is not None else changes
        return _after_post(request, claim, status=409, conflict=exc, mine=mine, retarget=True)
    except services.WorkflowError as exc:
        return _after_post(request, claim, status=exc.status_code, error=exc.message, retarget=True)
    review, took = annotated.review, annotated.took
    if full or took or review.state != annotated.state_before:
        notice = "Assigned to you and saved." if took else "Saved."
        return _after_post(request, claim, notice=notice, retarget=True)
    context = {"review": review, "saved_at": timezone.localtime(), "oob_claim": _claim_oob(claim.pk)}
    return render(request, "workspace/_save_status.html", context)


@require_POST
@workspace_view
def review_action(request: HttpRequest, claim_id: int, action: str) -> HttpResponse:
    """A state action; a pending edit of the review form sent along is saved first (same version check)."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    if action not in {step.name for step in workflow.steps()}:
        return _after_post(request, claim, status=404, error=f"Unknown action {action!r}.")
    form = ActionForm(request.POST)
    if not form.is_valid():
        return _after_post(request, claim, status=400, error="The form was incomplete; please try again.")
    version = form.cleaned_data["version"] or form.cleaned_data["page_version"] or 1
    reason = form.cleaned_data["reason"] or ""
    pending = ReviewForm(request.POST)
    try:
        review = services.review_get_or_create(claim=claim, by=request.user)
        can_edit = pending.is_valid() and services.review_can_edit(review=review, user=request.user)
        if can_edit and (edits := pending.differs_from(review)):
            review = services.review_update(review=review, by=request.user, expected_version=version, **edits)
            version = review.version
        services.review_perform(
            action=action, review=review, by=request.user, reason=reason, expected_version=version
        )
    except services.ConflictError as exc:
        return _after_post(request, claim, status=409, conflict=exc)
    except services.WorkflowError as exc:
        return _after_post(
            request,
            claim,
            status=exc.status_code,
            error=exc.message,
            open_action=action if reason == "" else "",
        )
    return _after_post(request, claim, notice=workflow.get(action).message)


@require_POST
@workspace_view
def review_assign_to(request: HttpRequest, claim_id: int) -> HttpResponse:
    """An editor gives the claim to a reviewer (or to someone else); the assign service decides who may."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    form = AssignForm(request.POST)
    if not form.is_valid():
        return _after_post(request, claim, status=400, error="Pick someone who can review from the list.")
    assignee = form.cleaned_data["assignee"]
    version = form.cleaned_data["version"] or form.cleaned_data["page_version"] or 1
    try:
        review = services.review_get_or_create(claim=claim, by=request.user)
        services.review_assign(review=review, by=request.user, assignee=assignee, expected_version=version)
    except services.ConflictError as exc:
        return _after_post(request, claim, status=409, conflict=exc)
    except services.WorkflowError as exc:
        return _after_post(request, claim, status=exc.status_code, error=exc.message)
    return _after_post(request, claim, notice=f"Assigned to {public_name(assignee)}.")


# --- evidence and comments ----------------------------------------------------------------------


def _evidence_section(
    request, claim_id: int, *, status: int = 200, template_extra: dict | None = None, **extra
) -> HttpResponse:
    context = build_panel_context(request, selectors.panel_for(claim_id=claim_id), **extra)
    context.update(template_extra or {})
    return render(request, "workspace/_evidence.html", context, status=status)


@require_POST
@workspace_view
def evidence_add(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    form = EvidenceForm(request.POST, auto_id="ev-add-%s")
    if not form.is_valid():
        if not is_htmx(request):
            return _after_post(request, claim, error="Check the evidence form: " + form.errors.as_text())
        return _evidence_section(request, claim.pk, status=400, evidence_form=form)
    try:
        _, took = services.claim_evidence_add(claim=claim, by=request.user, **form.values())
    except services.WorkflowError as exc:
        if not is_htmx(request):
            return _after_post(request, claim, error=exc.message)
        return _evidence_section(
            request,
            claim.pk,
            status=exc.status_code,
            evidence_form=form,
            template_extra={"ev_error": exc.message},
        )
    if took or not is_htmx(request):
        return _after_post(request, claim, notice="Assigned to you; evidence added.", retarget=True)
    return _evidence_section(request, claim.pk, template_extra={"ev_notice": "Evidence added."})


def _evidence_of(claim_id: int, evidence_id: int) -> Evidence:
    return get_object_or_404(
        Evidence.objects.select_related("review"), pk=evidence_id, review__claim_id=claim_id
    )


@workspace_view
def evidence_edit(request: HttpRequest, claim_id: int, evidence_id: int) -> HttpResponse:
    """GET: the edit form in place of the item; POST: save it (evidence_update)."""
    evidence = _evidence_of(claim_id, evidence_id)
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    prefix = f"ev-{evidence.pk}-%s"
    if request.method == "GET":
        form = EvidenceForm(
            auto_id=prefix,
            initial={
                f: getattr(evidence, f)
                for f in ("url", "title", "publisher", "accessed_on", "stance", "quote")
            },
        )
        return _evidence_section(request, claim.pk, template_extra={"editing": evidence, "edit_form": form})
    if request.method != "POST":
        return HttpResponse(status=405)
    form = EvidenceForm(request.POST, auto_id=prefix)
    if not form.is_valid():
        if not is_htmx(request):
            return _after_post(request, claim, error="Check the evidence form: " + form.errors.as_text())
        extra = {"editing": evidence, "edit_form": form}
        return _evidence_section(request, claim.pk, status=400, template_extra=extra)
    try:
        services.evidence_update(evidence=evidence, by=request.user, **form.values())
    except services.WorkflowError as exc:
        if not is_htmx(request):
            return _after_post(request, claim, error=exc.message)
        extra = {"editing": evidence, "edit_form": form, "edit_error": exc.message}
        return _evidence_section(request, claim.pk, status=exc.status_code, template_extra=extra)
    if not is_htmx(request):
        return _after_post(request, claim, notice="Evidence saved.")
    return _evidence_section(request, claim.pk, template_extra={"ev_notice": "Evidence saved."})


@require_POST
@workspace_view
def evidence_remove(request: HttpRequest, claim_id: int, evidence_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    try:
        evidence = Evidence.objects.select_related("review").get(pk=evidence_id, review__claim_id=claim_id)
    except Evidence.DoesNotExist:
        if not is_htmx(request):
            return _after_post(request, claim, error="That evidence was already removed.")
        return _evidence_section(
            request, claim.pk, template_extra={"ev_error": "That evidence was already removed."}
        )
    undo = {
        "url": evidence.url,
        "title": evidence.title,
        "publisher": evidence.publisher,
        "accessed_on": evidence.accessed_on.isoformat(),
        "stance": evidence.stance,
        "quote": evidence.quote,
    }
    try:
        services.evidence_remove(evidence=evidence, by=request.user)
    except services.WorkflowError as exc:
        if not is_htmx(request):
            return _after_post(request, claim, error=exc.message)
        return _evidence_section(
            request, claim.pk, status=exc.status_code, template_extra={"ev_error": exc.message}
        )
    if not is_htmx(request):
        return _after_post(request, claim, notice="Evidence removed.")
    return _evidence_section(
        request, claim.pk, template_extra={"ev_notice": "Evidence removed.", "undo": undo}
    )


@require_POST
@workspace_view
def comment_add(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    form = CommentForm(request.POST, auto_id="comment-%s")
    status, error, kept = 200, "", None
    if form.is_valid():
        try:
            review = services.review_get_or_create(claim=claim, by=request.user)
            services.comment_add(review=review, by=request.user, body=form.cleaned_data["body"])
        except services.WorkflowError as exc:
            status, error, kept = exc.status_code, exc.message, form
    else:
        status, error, kept = 400, "Write a comment first.", form
    if not is_htmx(request):
        return _after_post(request, claim, error=error, notice="" if error else "Comment added.")
    context = build_panel_context(request, selectors.panel_for(claim_id=claim.pk), comment_form=kept)
    context["comment_error"] = error
    return render(request, "workspace/_comments.html", context, status=status)


# --- corrections of the claim itself -------------------------------------------------------------
# Every change goes through ``annotations.corrections``; its inverse (also a call of those services)
# is kept in the session, one step deep, for *Undo*.

UNDO_KEY = "workspace_undo"
QUALIFIER_SIGNS: dict[str, str] = {
    Qualifier.APPROXIMATE: "≈ ",
    Qualifier.MORE_THAN: "> ",
    Qualifier.AT_LEAST: "≥ ",
    Qualifier.LESS_THAN: "< ",
    Qualifier.AT_MOST: "≤ ",
    Qualifier.INCREASE: "+",
    Qualifier.DECREASE: "\u2212",
}
_QUANTITY_VALUES = ("value", "low", "high", "qualifier", "unit", "category", "kind")


def _number_text(value: float | None) -> str:
    """A figure's number for a form field: every digit it has, without a trailing ".0"."""
    return "" if value is None else format(value, ".15g")


def _figure_row(quantity: Quantity, open_tool: str = "") -> dict:
    """A figure's chip: its words, then how it was read (">" more than, "≈" about…, the unit)."""
    if quantity.value is not None:
        numbers = f"{quantity.value:,.15g}"
    elif quantity.low is not None or quantity.high is not None:
        low = f"{quantity.low:,.15g}" if quantity.low is not None else "…"
        high = f"{quantity.high:,.15g}" if quantity.high is not None else "…"
        numbers = f"{low} to {high}"
    else:
        numbers = "?"
    sign = QUALIFIER_SIGNS.get(quantity.qualifier, "")
    return {
        "q": quantity,
        "summary": " · ".join(part for part in (f"{sign}{numbers}", quantity.unit) if part),
        "prefix": f"fig-{quantity.pk}",
        "open": open_tool == f"figure-{quantity.pk}",
        "values": {
            "value": _number_text(quantity.value),
            "low": _number_text(quantity.low),
            "high": _number_text(quantity.high),
            "unit": quantity.unit,
            "qualifier": quantity.qualifier,
            "category": quantity.category,
            "kind": quantity.kind,
        },
    }


def _last_correction(request: HttpRequest, article_id: int) -> dict | None:
    entry = request.session.get(UNDO_KEY)
    return entry if isinstance(entry, dict) and entry.get("article") == article_id else None


def _remember(request: HttpRequest, *, article_id: int, label: str, op: str, **args: Any) -> None:
    """The inverse of the correction just made, as the next *Undo* (replacing the previous one)."""
    request.session[UNDO_KEY] = {"article": article_id, "label": label, "op": op, "args": args}


def _speaker_of(claim: Claim) -> dict | None:
    """The claim's speaker as ``claim_update`` takes it back."""
    if not claim.speaker:
        return None
    value: dict = {"name": claim.speaker, "type": claim.speaker_type or None}
    if claim.speaker_start is not None and claim.speaker_end is not None:
        value.update(start=claim.speaker_start, end=claim.speaker_end)
    return value


def _words(body: str, quote: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the words of ``quote`` occur in ``body[start:end]`` (any white space between them; the
    exact case first, else any case)."""
    words = plain(quote).split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(word) for word in words)
    # whole words at both ends ("the" is not found in "weather")
    pattern = (r"(?<!\w)" if re.match(r"\w", words[0]) else "") + pattern
    pattern += r"(?!\w)" if re.search(r"\w$", words[-1]) else ""
    for flags in (0, re.IGNORECASE):
        found = [(m.start(), m.end()) for m in re.compile(pattern, flags).finditer(body, start, end)]
        if found:
            return found
    return []


def _same_words(a: str, b: str) -> bool:
    return plain(a).split() == plain(b).split()


def _span_of(
    body: str, form: SpanForm, *, within: tuple[int, int] | None = None, where: str
) -> tuple[int, int]:
    """The span a form names: its offsets (checked against the words the page saw there), or the
    one place its words occur (in ``within``, else the whole article)."""
    data = form.cleaned_data
    start, end, quote = data.get("start"), data.get("end"), data.get("quote") or ""
    if start is not None and end is not None:
        if quote.strip() and not (0 <= start < end <= len(body) and _same_words(body[start:end], quote)):
            raise WorkflowError(
                "The selection does not match the article's text at that place: reload the page and "
                "select the words again."
            )
        return start, end
    low, high = within or (0, len(body))
    found = _words(body, quote, low, high)
    shown = " ".join(plain(quote).split())
    shown = shown if len(shown) <= 60 else shown[:59] + "…"
    if not found:
        raise WorkflowError(f"“{shown}” is not in the {where}: copy the words as they are written.")
    if len(found) > 1:
        raise WorkflowError(
            f"“{shown}” appears {len(found)} times in the {where}: type more of the words around it."
        )
    return found[0]


def _moved(body: str, claim: Claim, move: str) -> tuple[int, int]:
    """The claim's span with one end moved by a word (a run of text between blanks)."""
    start, end = claim.start, claim.end
    if move == "end-right":
        while end < len(body) and body[end].isspace():
            end += 1
        while end < len(body) and not body[end].isspace():
            end += 1
        if end == claim.end:
            raise WorkflowError("The claim already ends where the article ends.")
    elif move == "end-left":
        while end > start and not body[end - 1].isspace():
            end -= 1
        while end > start and body[end - 1].isspace():
            end -= 1
    elif move == "start-left":
        while start > 0 and body[start - 1].isspace():
            start -= 1
        while start > 0 and not body[start - 1].isspace():
            start -= 1
        if start == claim.start:
            raise WorkflowError("The claim already starts where the article starts.")
    elif move == "start-right":
        while start < end and not body[start].isspace():
            start += 1
        while start < end and body[start].isspace():
            start += 1
    if end <= start:
        raise WorkflowError("A claim keeps at least one word: remove it or mark it not a claim instead.")
    return start, end


def _form_error(form) -> str:
    errors = []
    for name, messages_ in form.errors.items():
        label = (
            "" if name == "__all__" else f"{form.fields[name].label or name.replace('_', ' ').capitalize()}: "
        )
        errors.append(label + " ".join(str(m) for m in messages_))
    return "; ".join(errors)


def _corrected(
    request: HttpRequest,
    *,
    article_id: int,
    claim_id: int | None,
    status: int = 200,
    error: str = "",
    notice: str = "",
    conflict: ConflictError | None = None,
    **extra,
) -> HttpResponse:
    """After a correction: htmx gets the panel of ``claim_id`` (none: the empty panel) and the article
    drawn again; without JavaScript, back to the reader with the outcome as a message."""
    page = reverse("workspace:reader", args=[article_id]) + (f"?claim={claim_id}" if claim_id else "")
    if not is_htmx(request):
        text = error or (conflict.message if conflict else notice)
        if text:
            level = messages.ERROR if error or conflict else messages.SUCCESS
            messages.add_message(request, level, text)
        return HttpResponseRedirect(page)
    if claim_id is not None:
        response = _panel_response(
            request,
            claim_id,
            status=status,
            article=True,
            error=error,
            notice=notice,
            conflict=conflict,
            **extra,
        )
    else:
        article = selectors.reader_article(article_id=article_id)
        context = {
            "notice": notice,
            "error": error,
            "oob_claim": _article_oob(article, current_id=None),
            "oob_summary": True,
            "last_correction": _last_correction(request, article_id),
            **_summary_context(*selectors.reader_state_counts(article_id=article_id)),
        }
        response = render(request, "workspace/_panel_empty.html", context, status=status)
    response["HX-Retarget"] = "#panel"
    response["HX-Reswap"] = "innerHTML"
    if status < 300:
        response["HX-Replace-Url"] = page
    return response


def _refused(request: HttpRequest, claim: Claim, exc: WorkflowError, **extra) -> HttpResponse:
    conflict = exc if isinstance(exc, ConflictError) else None
    return _corrected(
        request,
        article_id=claim.article_id,
        claim_id=claim.pk,
        status=exc.status_code,
        error="" if conflict else exc.message,
        conflict=conflict,
        **extra,
    )


def _claim_for_correction(claim_id: int) -> Claim:
    """The claim; its article's body is read only by the corrections that need it (``claim.article.body``)."""
    return Claim.objects.select_related("article").defer("article__body").get(pk=claim_id)


def _still_there(view):
    """A claim or figure someone merged, split or removed meanwhile: said so in the panel (404)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except (Claim.DoesNotExist, Quantity.DoesNotExist) as exc:
            what = "figure" if isinstance(exc, Quantity.DoesNotExist) else "claim"
            message = (
                f"That {what} no longer exists (merged, split or removed meanwhile): reload the article."
            )
            if not is_htmx(request):
                messages.error(request, message)
                return HttpResponseRedirect(reverse("workspace:queue"))
            return render(request, "workspace/_panel_empty.html", {"error": message}, status=404)

    return wrapped


@require_POST
@workspace_view
def claim_add(request: HttpRequest, article_id: int) -> HttpResponse:
    """A claim from words of the article: a selection (offsets) or the words typed."""
    article = get_object_or_404(Article, pk=article_id)
    form = ClaimAddForm(request.POST)
    try:
        if not form.is_valid():
            raise WorkflowError(_form_error(form))
        start, end = _span_of(article.body, form, where="article")
        claim = corrections.claim_add(article=article, start=start, end=end, by=request.user)
    except WorkflowError as exc:
        if not is_htmx(request):
            messages.error(request, exc.message)
            current = request.POST.get("current", "")
            return HttpResponseRedirect(
                reverse("workspace:reader", args=[article.pk])
                + (f"?claim={current}" if current.isdigit() else "")
            )
        context = {"add_error": exc.message}
        return render(request, "workspace/_add_status.html", context, status=exc.status_code)
    _remember(request, article_id=article.pk, label=f"adding claim #{claim.pk}", op="remove", claim=claim.pk)
    return _corrected(
        request,
        article_id=article.pk,
        claim_id=claim.pk,
        notice=f"Claim #{claim.pk} added: “{_short(claim.text)}”.",
    )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(plain(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


CORRECTION_PARTS = {
    "span": BoundaryForm,
    "category": CategoryForm,
    "speaker": SpeakerForm,
    "flag": FlagForm,
    "looked-at": VersionForm,
}


@require_POST
@workspace_view
@_still_there
def claim_correct(request: HttpRequest, claim_id: int, part: str) -> HttpResponse:
    """One part of the claim: its boundaries, category, speaker, the "not a claim" mark, or its flag."""
    claim = _claim_for_correction(claim_id)
    if part not in CORRECTION_PARTS:
        return _corrected(
            request,
            article_id=claim.article_id,
            claim_id=claim.pk,
            status=404,
            error=f"Unknown correction {part!r}.",
        )
    form: Any = CORRECTION_PARTS[part](request.POST)
    if not form.is_valid():
        return _corrected(
            request,
            article_id=claim.article_id,
            claim_id=claim.pk,
            status=400,
            error=_form_error(form),
            open_tool=part,
        )
    data = form.cleaned_data
    version = data.get("claim_version")
    before: dict[str, Any] = {"attention": claim.attention} if claim.attention else {}
    try:
        if part == "span":
            start, end = (
                (data["start"], data["end"])
                if not data.get("move")
                else _moved(claim.article.body, claim, data["move"])
            )
            before.update(start=claim.start, end=claim.end)
            changes: dict = {"start": start, "end": end}
            label, notice = "the boundary change", "Boundaries changed."
        elif part == "category":
            before["category"] = claim.category
            changes = {"category": data["category"]}
            label, notice = "the category change", f"Category set to {Category(data['category']).label}."
        elif part == "speaker":
            before["speaker"] = _speaker_of(claim)
            changes = {"speaker": form.speaker()}
            label, notice = "the speaker change", ""
        elif part == "flag":
            before["not_a_claim"] = claim.not_a_claim
            changes = {"not_a_claim": data["not_a_claim"]}
            label = "“not a claim”" if data["not_a_claim"] else "“restored as a claim”"
            notice = (
                "Marked not a claim: it left the queue and stays here, struck through."
                if data["not_a_claim"]
                else "Restored as a claim."
            )
        else:
            before = {"attention": claim.attention}
            changes = {"attention": ""}
            label, notice = "“looked at”", "Marked as looked at."
        updated = corrections.claim_update(claim=claim, by=request.user, expected_version=version, **changes)
    except WorkflowError as exc:
        return _refused(request, claim, exc, open_tool=part)
    if part == "speaker":
        notice = f"Speaker set to {updated.speaker}." if updated.speaker else "Speaker removed."
    _remember(
        request,
        article_id=claim.article_id,
        label=f"{label} of claim #{claim.pk}",
        op="update",
        claim=claim.pk,
        version=updated.version,
        values=before,
    )
    return _corrected(request, article_id=claim.article_id, claim_id=claim.pk, notice=notice)


@require_POST
@workspace_view
@_still_there
def claim_split(request: HttpRequest, claim_id: int) -> HttpResponse:
    """Two claims from one, at an offset (the caret, a click) or before the words typed."""
    claim = _claim_for_correction(claim_id)
    form = SplitForm(request.POST)
    try:
        if not form.is_valid():
            raise WorkflowError(_form_error(form))
        at = form.cleaned_data.get("at")
        if at is None:
            quote_form = SpanForm({"quote": form.cleaned_data["before"]})
            quote_form.is_valid()
            at, _ = _span_of(claim.article.body, quote_form, within=(claim.start, claim.end), where="claim")
        first, second = corrections.claim_split(
            claim=claim, at=at, by=request.user, expected_version=form.cleaned_data.get("claim_version")
        )
    except WorkflowError as exc:
        return _refused(request, claim, exc, open_tool="split")
    _remember(
        request,
        article_id=claim.article_id,
        label=f"the split of claim #{first.pk}",
        op="merge",
        claims=[first.pk, second.pk],
    )
    return _corrected(
        request,
        article_id=claim.article_id,
        claim_id=first.pk,
        notice=f"Split in two: claim #{second.pk} holds “{_short(second.text)}”.",
    )


@require_POST
@workspace_view
@_still_there
def claim_merge(request: HttpRequest, claim_id: int) -> HttpResponse:
    """The claim and another of the article (the next one, from the panel) become one."""
    claim = _claim_for_correction(claim_id)
    form = MergeForm(request.POST)
    try:
        if not form.is_valid():
            raise WorkflowError("Choose the claim to merge with.")
        other = Claim.objects.filter(pk=form.cleaned_data["other"]).first()
        if other is None:
            raise WorkflowError(f"Claim #{form.cleaned_data['other']} no longer exists: reload the article.")
        later = max((claim, other), key=lambda c: (c.start, c.end, c.pk))
        seen = form.cleaned_data.get("claim_version")
        kept = corrections.claim_merge(
            claims=[claim, other], by=request.user, expected_versions={claim.pk: seen} if seen else None
        )
    except WorkflowError as exc:
        return _refused(request, claim, exc)
    gone = other.pk if kept.pk == claim.pk else claim.pk
    _remember(
        request,
        article_id=claim.article_id,
        label=f"the merge into claim #{kept.pk}",
        op="split",
        claim=kept.pk,
        at=later.start,
        version=kept.version,
    )
    return _corrected(
        request,
        article_id=claim.article_id,
        claim_id=kept.pk,
        notice=f"Merged: claim #{gone} is now part of this one.",
    )


@require_POST
@workspace_view
@_still_there
def claim_remove(request: HttpRequest, claim_id: int) -> HttpResponse:
    """Delete a claim a person added (by mistake); the extractor's are marked not a claim instead."""
    claim = _claim_for_correction(claim_id)
    try:
        corrections.claim_remove(claim=claim, by=request.user)
    except WorkflowError as exc:
        return _refused(request, claim, exc)
    _remember(
        request,
        article_id=claim.article_id,
        label=f"removing claim #{claim.pk}",
        op="add",
        start=claim.start,
        end=claim.end,
    )
    return _corrected(
        request, article_id=claim.article_id, claim_id=None, notice=f"Claim #{claim.pk} removed."
    )


def _guessed(body: str, start: int, end: int) -> dict:
    """What the extractor reads in the words of a new figure, for the values left empty."""
    found = [q for q in find_quantities(body, start, end) if q.start >= start and q.end <= end]
    if not found:
        return {}
    q = found[0]
    return {
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": str(q.qualifier),
        "unit": q.unit or "",
        "category": str(q.category),
        "kind": str(q.kind),
    }


@require_POST
@workspace_view
@_still_there
def figure_add(request: HttpRequest, claim_id: int) -> HttpResponse:
    """A figure the extractor missed: words of the claim, its values typed or read from them."""
    claim = _claim_for_correction(claim_id)
    form = FigureForm(request.POST, auto_id="fig-new-%s")
    body = claim.article.body
    try:
        if not form.is_valid():
            raise WorkflowError(_form_error(form))
        start, end = corrections.snap(
            body, *_span_of(body, form, within=(claim.start, claim.end), where="claim")
        )
        values = form.values()
        if all(values.get(name) is None for name in ("value", "low", "high")):
            guessed = _guessed(body, start, end)
            values = {**guessed, **{k: v for k, v in values.items() if v not in (None, "")}}
        quantity = corrections.quantity_add(
            claim=claim,
            by=request.user,
            expected_version=form.cleaned_data.get("claim_version"),
            start=start,
            end=end,
            **values,
        )
    except WorkflowError as exc:
        return _refused(request, claim, exc, figure_form=form, open_tool="figure-add")
    _remember(
        request,
        article_id=claim.article_id,
        label=f"adding the figure “{_short(quantity.surface, 30)}”",
        op="figure_remove",
        quantity=quantity.pk,
    )
    return _corrected(
        request, article_id=claim.article_id, claim_id=claim.pk, notice=f"Figure “{quantity.surface}” added."
    )


def _figure_of(claim_id: int, quantity_id: int) -> Quantity:
    return Quantity.objects.select_related("claim__article").get(pk=quantity_id, claim_id=claim_id)


def _differs(name: str, sent: Any, current: Any) -> bool:
    if name in ("value", "low", "high") and sent is not None:
        try:
            return float(str(sent).replace(",", "")) != current
        except ValueError:
            return True  # the service says what is wrong with it
    return sent != current


@require_POST
@workspace_view
@_still_there
def figure_edit(request: HttpRequest, claim_id: int, quantity_id: int) -> HttpResponse:
    quantity = _figure_of(claim_id, quantity_id)
    claim = quantity.claim
    form = FigureForm(request.POST, new=False)
    try:
        if not form.is_valid():
            raise WorkflowError(_form_error(form))
        changes = {
            name: value
            for name, value in form.values().items()
            if _differs(name, value, getattr(quantity, name))
        }
        if not changes:
            return _corrected(
                request, article_id=claim.article_id, claim_id=claim.pk, notice="Nothing changed."
            )
        before = {name: getattr(quantity, name) for name in changes}
        updated = corrections.quantity_update(
            quantity=quantity,
            by=request.user,
            expected_version=form.cleaned_data.get("claim_version"),
            **changes,
        )
    except WorkflowError as exc:
        return _refused(request, claim, exc, open_tool=f"figure-{quantity.pk}")
    _remember(
        request,
        article_id=claim.article_id,
        label=f"the change of the figure “{_short(updated.surface, 30)}”",
        op="figure_update",
        quantity=updated.pk,
        values=before,
    )
    return _corrected(
        request, article_id=claim.article_id, claim_id=claim.pk, notice=f"Figure “{updated.surface}” saved."
    )


@require_POST
@workspace_view
@_still_there
def figure_remove(request: HttpRequest, claim_id: int, quantity_id: int) -> HttpResponse:
    quantity = _figure_of(claim_id, quantity_id)
    claim = quantity.claim
    before = {name: getattr(quantity, name) for name in ("start", "end", *_QUANTITY_VALUES)}
    try:
        seen = VersionForm(request.POST)
        seen.is_valid()
        corrections.quantity_remove(
            quantity=quantity, by=request.user, expected_version=seen.cleaned_data.get("claim_version")
        )
    except WorkflowError as exc:
        return _refused(request, claim, exc)
    _remember(
        request,
        article_id=claim.article_id,
        label=f"removing the figure “{_short(quantity.surface, 30)}”",
        op="figure_add",
        claim=claim.pk,
        values=before,
    )
    return _corrected(
        request,
        article_id=claim.article_id,
        claim_id=claim.pk,
        notice=f"Figure “{quantity.surface}” removed.",
    )


def _undo(entry: dict, by) -> tuple[int | None, str]:
    """Run the inverse kept in ``entry``; returns the claim to show (None: the claim is gone) and what
    was done."""
    op, args = entry.get("op"), entry.get("args") or {}

    def claim(pk: int) -> Claim:
        found = Claim.objects.select_related("article").filter(pk=pk).first()
        if found is None:
            raise WorkflowError(f"Claim #{pk} no longer exists: nothing to undo.")
        return found

    def figure(pk: int) -> Quantity:
        found = Quantity.objects.select_related("claim").filter(pk=pk).first()
        if found is None:
            raise WorkflowError("That figure no longer exists: nothing to undo.")
        return found

    if op == "remove":
        corrections.claim_remove(claim=claim(args["claim"]), by=by)
        return None, f"Undone: claim #{args['claim']} removed again."
    if op == "merge":
        kept = corrections.claim_merge(claims=[claim(pk) for pk in args["claims"]], by=by)
        return kept.pk, "Undone: the two parts are one claim again."
    if op == "split":
        first, _ = corrections.claim_split(
            claim=claim(args["claim"]), at=args["at"], by=by, expected_version=args.get("version")
        )
        return first.pk, "Undone: the merged claims are apart again."
    if op == "update":
        updated = corrections.claim_update(
            claim=claim(args["claim"]), by=by, expected_version=args.get("version"), **args["values"]
        )
        return updated.pk, "Undone."
    if op == "add":
        article = Article.objects.filter(pk=entry["article"]).first()
        if article is None:
            raise WorkflowError("The article no longer exists: nothing to undo.")
        added = corrections.claim_add(article=article, start=args["start"], end=args["end"], by=by)
        return added.pk, f"Undone: the claim is back (as claim #{added.pk})."
    if op == "figure_remove":
        quantity = figure(args["quantity"])
        corrections.quantity_remove(quantity=quantity, by=by)
        return quantity.claim_id, "Undone: the figure is removed again."
    if op == "figure_update":
        quantity = corrections.quantity_update(quantity=figure(args["quantity"]), by=by, **args["values"])
        return quantity.claim_id, "Undone: the figure has its values back."
    if op == "figure_add":
        target = claim(args["claim"])
        corrections.quantity_add(claim=target, by=by, **args["values"])
        return target.pk, "Undone: the figure is back."
    raise WorkflowError("Nothing to undo.")


@require_POST
@workspace_view
def correction_undo(request: HttpRequest, article_id: int) -> HttpResponse:
    """Undo the last correction made in this article (one step: the inverse through the services)."""
    article = get_object_or_404(Article.objects.only("id"), pk=article_id)
    entry = _last_correction(request, article.pk)
    raw = request.POST.get("current", "")
    current = int(raw) if raw.isdigit() and Claim.objects.filter(pk=raw, article=article).exists() else None
    if entry is None:
        return _corrected(
            request,
            article_id=article.pk,
            claim_id=current,
            status=400,
            error="Nothing to undo in this article.",
        )
    try:
        shown, notice = _undo(entry, request.user)
    except ConflictError as exc:
        return _corrected(request, article_id=article.pk, claim_id=current, status=409, conflict=exc)
    except WorkflowError as exc:
        return _corrected(
            request,
            article_id=article.pk,
            claim_id=current,
            status=exc.status_code,
            error=f"Could not undo {entry.get('label', 'that')}: {exc.message}",
        )
    request.session.pop(UNDO_KEY, None)
    return _corrected(request, article_id=article.pk, claim_id=shown, notice=notice)


# --- import status ------------------------------------------------------------------------------


def _imports_context(request: HttpRequest) -> dict:
    page = Paginator(selectors.import_jobs(), selectors.IMPORT_PAGE_SIZE).get_page(
        request.GET.get("page") or 1
    )
    jobs = list(page.object_list)
    return {
        "page": page,
        "jobs": jobs,
        "polling": any(not job.is_finished for job in jobs),
        "can_import": request.user.has_perm("factcheck.add_importjob"),
        "active_nav": "imports",
    }


def _feeds_context(request: HttpRequest) -> dict:
    if not request.user.has_perm("factcheck.view_feed"):
        return {"show_feeds": False}
    return {
        "show_feeds": True,
        "feeds": list(selectors.feeds()),
        "can_add_feed": request.user.has_perm("factcheck.add_feed"),
    }


def _require_import_view(request: HttpRequest) -> None:
    if not request.user.has_perm("factcheck.view_importjob"):
        raise DjangoPermissionDenied("Import jobs are for editors.")


def _imports_page(request: HttpRequest, form: ImportArticlesForm | None = None, **extra: Any) -> HttpResponse:
    context = {**_imports_context(request), **_feeds_context(request), **extra}
    if context["can_import"]:
        context["form"] = form or ImportArticlesForm()
        context["max_upload_mb"] = settings.FACTCHECK_MAX_UPLOAD_BYTES // (1024 * 1024)
    return render(request, "workspace/imports.html", context, status=400 if form and form.errors else 200)


@require_GET
@workspace_view
def imports(request: HttpRequest) -> HttpResponse:
    _require_import_view(request)
    return _imports_page(request)


@require_POST
@workspace_view
def import_start(request: HttpRequest) -> HttpResponse:
    """An editor starts an import here as in the admin: the same form and rules (``import_form_submit``)."""
    _require_import_view(request)
    if not request.user.has_perm("factcheck.add_importjob"):
        raise DjangoPermissionDenied("Starting imports is for editors.")
    form = ImportArticlesForm(request.POST, request.FILES)
    if not form.is_valid():
        return _imports_page(request, form)
    try:
        submission = import_form_submit(form=form, user=request.user, want_preview="_preview" in request.POST)
    except ValueError as error:
        form.add_error(None, str(error))
        return _imports_page(request, form)
    if submission.previews:
        return _imports_page(
            request,
            form.after_preview(submission.preview_token),
            previews=submission.previews,
            previewed=submission.previewed,
        )
    try:
        job = import_services.import_job_create(sources=submission.sources, created_by=request.user)
    except import_services.ImportQueueUnavailable as error:
        messages.error(request, f"{error.job}: {error.reason}")
        return redirect("workspace:imports")
    count = len(submission.sources)
    messages.success(request, f"Import job #{job.pk} started: {count} source{pluralize(count)}.")
    return redirect(f"{reverse('workspace:imports')}#job-{job.pk}")


@require_GET
@workspace_view
def import_job(request: HttpRequest, job_id: int) -> HttpResponse:
    """One job: the articles it created (each opens in the reader) and every item that failed, with why."""
    _require_import_view(request)
    job = get_object_or_404(selectors.import_jobs(), pk=job_id)
    articles = Paginator(selectors.import_job_articles(job=job), selectors.IMPORT_PAGE_SIZE * 2).get_page(
        request.GET.get("page") or 1
    )
    context = {
        "job": job,
        "articles": articles,
        "failed_items": selectors.import_job_failed_items(job=job),
        "active_nav": "imports",
    }
    return render(request, "workspace/import_job.html", context)


@require_GET
@workspace_view
def import_rows(request: HttpRequest) -> HttpResponse:
    """The job table alone, polled by htmx: every two seconds while a job on the page is unfinished, every
    ten otherwise, so that a job started elsewhere (the admin, the API, a feed) shows up."""
    _require_import_view(request)
    return render(request, "workspace/_import_rows.html", _imports_context(request))


# --- seen before: the same claim elsewhere, own verdicts, known fact-checks ------------------------------


# The band's words, by ``factcheck.matching.ranking.Strength``.
STRENGTH_LABELS = {"strong": "Strong match", "good": "Good match", "weak": "Weak match"}


def _conflict_summary(conflict: FigureConflict, *, first_claim_id: int | None = None) -> str:
    """The two figures as written ("250,000 people vs 275,000 people"), that of ``first_claim_id``
    first when given: the panel of a claim names its own figure first."""
    figures = [conflict.quantity.surface, conflict.other_quantity.surface]
    if first_claim_id is not None and conflict.other_id == first_claim_id:
        figures.reverse()
    return " vs ".join(figures)


def _seen_items(matches: list[SeenMatch]) -> list[dict]:
    return [
        {
            "match": match,
            "strength": STRENGTH_LABELS[match.found.strength],
            "reader_url": reader_url(match.found.claim) if match.found.claim is not None else "",
            "revision": match.review.published_revision if match.published and match.review else None,
        }
        for match in matches
    ]


@require_GET
@workspace_view
def seen_before(request: HttpRequest, claim_id: int) -> HttpResponse:
    """The panel's *Seen before* section, loaded after the panel: matching searches the index, and
    opening a claim should not wait for it. Without JavaScript the same section as a small page."""
    claim = get_object_or_404(
        Claim.objects.select_related("article").defer("article__body").prefetch_related("quantities"),
        pk=claim_id,
    )
    review = Review.objects.filter(claim=claim).first() or Review(claim=claim, state=S.UNREVIEWED)
    found = find_seen_before(claim=claim)
    disagreeing = []
    for conflict in selectors.claim_conflicts(claim_id=claim.pk):
        other = conflict.other if conflict.claim_id == claim.pk else conflict.claim
        summary = _conflict_summary(conflict, first_claim_id=claim.pk)
        disagreeing.append({"summary": summary, "other": other, "reader_url": reader_url(other)})
    claims = _seen_items(found.claims)
    weak = [item for item in claims if item["strength"] == "Weak match"]
    standalone = not is_htmx(request)
    context = {
        "claim": claim,
        "standalone": standalone,
        "may_annotate": workflow.may_annotate(review, request.user),
        "review_version": review.version if review.pk else "",
        "conflicts": disagreeing,
        "verdicts": _seen_items(found.verdicts),
        "fact_checks": _seen_items(found.fact_checks),
        # claims sharing a word or two are folded away: they are rarely the same claim
        "claims": [item for item in claims if item["strength"] != "Weak match"],
        "weak_claims": weak,
        # the heading counts what is worth reading: the weak matches are counted where they are folded
        "found_count": len(found.verdicts) + len(found.fact_checks) + len(claims) - len(weak),
        "any_found": bool(found) or bool(disagreeing),
        # reusing overwrites what is written: htmx asks first
        "replaces": bool(review.pk and (review.verdict_id or review.rationale.strip())),
        "reader_url": reader_url(claim),
        "elsewhere": cluster_size(claim_id=claim.pk) - 1,
        "cluster_url": reverse("workspace:same-claim", args=[claim.pk]),
        "active_nav": "queue",
    }
    template = "workspace/seen_before.html" if standalone else "workspace/_seen_before.html"
    return render(request, template, context)


@require_POST
@workspace_view
def review_reuse(request: HttpRequest, claim_id: int, review_id: int) -> HttpResponse:
    """*Reuse this verdict*: a draft from the desk's published verdict on the same claim elsewhere;
    ``services.review_reuse`` decides what may be reused and by whom."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    source = get_object_or_404(Review, pk=review_id)
    form = ActionForm(request.POST)
    if not form.is_valid():
        return _after_post(request, claim, status=400, error="The form was incomplete; please try again.")
    version = form.cleaned_data["version"] or form.cleaned_data["page_version"]
    try:
        annotated = services.review_reuse(
            claim=claim, source=source, by=request.user, expected_version=version
        )
    except services.ConflictError as exc:
        return _after_post(request, claim, status=409, conflict=exc, retarget=True)
    except services.WorkflowError as exc:
        return _after_post(request, claim, status=exc.status_code, error=exc.message, retarget=True)
    notice = (
        f"{'Assigned to you; v' if annotated.took else 'V'}erdict reused from claim #{source.claim_id}, "
        "with its page as evidence. Read the summary and rationale again before you submit."
    )
    return _after_post(request, claim, notice=notice, retarget=True)


@require_POST
@workspace_view
def fact_check_cite(request: HttpRequest, claim_id: int, fact_check_id: int) -> HttpResponse:
    """*Cite as evidence*: another organisation's fact-check of the same claim, through
    ``services.claim_fact_check_cite`` (which takes a free claim, as adding evidence does)."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    fact_check = get_object_or_404(FactCheck, pk=fact_check_id)
    try:
        _, took = services.claim_fact_check_cite(claim=claim, fact_check=fact_check, by=request.user)
    except services.WorkflowError as exc:
        return _after_post(request, claim, status=exc.status_code, error=exc.message, retarget=True)
    whose = f"{fact_check.publisher}'s fact-check" if fact_check.publisher else "The fact-check"
    notice = f"{'Assigned to you; ' if took else ''}{whose} cited as evidence."
    return _after_post(request, claim, notice=notice[0].upper() + notice[1:], retarget=True)


# --- figure conflicts between sources -------------------------------------------------------------------


def _conflict_side(claim: Claim, quantity: Quantity) -> dict:
    return {"claim": claim, "article": claim.article, "figure": quantity.surface, "url": reader_url(claim)}


@require_GET
@workspace_view
def conflicts(request: HttpRequest) -> HttpResponse:
    """Figures that disagree between sources, newest first, for a time window (30 days unless chosen)."""
    window = request.GET.get("window", "")
    window = window if window in selectors.CONFLICT_WINDOWS else selectors.CONFLICT_WINDOW_DEFAULT
    status = request.GET.get("status", "")
    status = status if status in FigureConflict.Status.values else FigureConflict.Status.OPEN
    days = selectors.CONFLICT_WINDOWS[window]
    since = timezone.now() - datetime.timedelta(days=days) if days is not None else None
    rows = selectors.conflicts(status=status, since=since)
    page = Paginator(rows, selectors.CONFLICT_PAGE_SIZE).get_page(request.GET.get("page"))
    categories = dict(Category.choices)
    query = urlencode({"window": window, "status": status})
    context = {
        "page": page,
        "rows": [
            {
                "conflict": conflict,
                "summary": _conflict_summary(conflict),
                "category": categories.get(conflict.category, conflict.category),
                "sides": [
                    _conflict_side(conflict.claim, conflict.quantity),
                    _conflict_side(conflict.other, conflict.other_quantity),
                ],
            }
            for conflict in page.object_list
        ],
        "window": window,
        "status": status,
        "windows": [
            (key, f"Last {days} days" if days else "All time")
            for key, days in selectors.CONFLICT_WINDOWS.items()
        ],
        "statuses": FigureConflict.Status.choices,
        "query": query,
        "here": f"{request.path}?{query}" + (f"&page={page.number}" if page.number > 1 else ""),
        "can_dismiss": request.user.has_perm("annotations.approve_review"),
        "active_nav": "conflicts",
    }
    return render(request, "workspace/conflicts.html", context)


@require_POST
@workspace_view
def conflict_dismiss(request: HttpRequest, conflict_id: int) -> HttpResponse:
    """Editors settle a conflict as none (not the same thing, or explained); back to the list as it was."""
    if not request.user.has_perm("annotations.approve_review"):
        raise DjangoPermissionDenied("Only editors dismiss figure conflicts.")
    conflict = get_object_or_404(
        FigureConflict.objects.select_related("quantity", "other_quantity"), pk=conflict_id
    )
    matching_services.conflict_dismiss(conflict=conflict)
    messages.success(request, f"Conflict dismissed: {_conflict_summary(conflict)}.")
    back = request.POST.get("next", "")
    listing = reverse("workspace:conflicts")
    return HttpResponseRedirect(back if back.startswith(listing + "?") else listing)


# --- clusters of the same claim across articles -------------------------------------------------------


def _free_to_apply(review: Review | None, user) -> bool:
    """Whether applying a verdict would take nobody's work: no review yet, or one without a verdict that
    nobody else is working on (what the cluster's page ticks to begin with)."""
    if review is None:
        return True
    unfinished = review.verdict_id is None and review.state not in (S.PUBLISHED, S.WITHDRAWN)
    return unfinished and review.assignee_id in (None, user.pk)


@require_GET
@workspace_view
def same_claim(request: HttpRequest, claim_id: int) -> HttpResponse:
    """The claim's cluster: the same claim in other articles, each with its review; an editor applies a
    published verdict of one of them to the others (``triage.claims_reuse``)."""
    members = cluster_members(claim_id=claim_id)
    if not members:
        raise Http404("This claim is in no cluster of the same claim.")
    states = dict(S.choices)
    rows = []
    for member in members:
        review = review_of(member)
        state = review.state if review is not None else S.UNREVIEWED
        rows.append(
            {
                "claim": member,
                "url": reader_url(member),
                "state": state,
                "state_label": states[state],
                "verdict": review.verdict.label if review is not None and review.verdict else "",
                "published": published_review(member),
                "assignee": public_name(review.assignee) if review is not None and review.assignee else "",
                "ticked": _free_to_apply(review, request.user),
                "this": member.pk == claim_id,
            }
        )
    sources = [row for row in rows if row["published"] is not None]
    context = {
        "rows": rows,
        "sources": sources,
        "can_apply": request.user.has_perm("annotations.approve_review"),
        "claim_id": claim_id,
        "first": members[0],
        "active_nav": "queue",
    }
    return render(request, "workspace/same_claim.html", context)


@require_POST
@workspace_view
def same_claim_apply(request: HttpRequest, claim_id: int) -> HttpResponse:
    """Editors apply one published verdict to the cluster's claims ticked: each gets its own draft review
    that points to the source (``triage.claims_reuse``); a refusal is kept with its claim's reason."""
    if not request.user.has_perm("annotations.approve_review"):
        raise DjangoPermissionDenied("Only editors apply a verdict to a whole cluster.")
    back = reverse("workspace:same-claim", args=[claim_id])
    members = {member.pk: member for member in cluster_members(claim_id=claim_id)}
    if not members:
        raise Http404("This claim is in no cluster of the same claim.")
    chosen = request.POST.get("source", "")
    source_claim = members.get(int(chosen)) if chosen.isdigit() else None
    source = published_review(source_claim) if source_claim is not None else None
    if source is None:
        messages.error(request, "Choose a published verdict of this cluster to apply.")
        return redirect(back)
    ticked = [int(pk) for pk in request.POST.getlist("claims") if pk.isdigit()]
    claims = [members[pk] for pk in ticked if pk in members and pk != source.claim_id]
    if not claims:
        messages.error(request, "Tick the claims to apply the verdict to.")
        return redirect(back)
    outcome = triage.claims_reuse(claims=claims, source=source, by=request.user)
    if outcome.done:
        count = len(outcome.done)
        messages.success(
            request,
            f"{count} claim{pluralize(count)} given a draft with the verdict of claim #{source.claim_id}, "
            "citing it. Each still goes to second review.",
        )
    for claim, message in outcome.refused[:10]:
        messages.error(request, f"Not done for “{_shortened(claim.text, 60)}”: {message}")
    if len(outcome.refused) > 10:
        messages.error(request, f"…and {len(outcome.refused) - 10} more refused.")
    return redirect(back)
