"""The reviewer workspace: queue, article reader, annotation panel and import status.

Pages work without JavaScript (links and forms, redirect after POST); with htmx the panel
and its sections are swapped in place. Every write goes through ``annotations.services``,
so the workspace follows the same rules and roles as the admin and the API. A stale
``version`` is answered with 409 and the panel showing who changed what, with the user's
unsaved values kept beside it: nothing is silently overwritten.
"""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from annotations import selectors as review_selectors
from annotations import services, workflow
from annotations.models import Evidence, Review, ReviewState
from annotations.roles import public_name
from annotations.selectors import review_state_of
from annotations.workspace import selectors
from annotations.workspace.forms import (
    ActionForm,
    AssignForm,
    CommentForm,
    EvidenceForm,
    QueueFilterForm,
    ReviewForm,
)
from annotations.workspace.render import (
    article_html,
    claim_excerpt_html,
    claim_link,
    claim_text_html,
    claim_tip_oob,
    verdict_of,
)
from factcheck.models import Article, Category, Claim

S = ReviewState


def workspace_view(view):
    """Login required (admin login page), and a reviewer's or editor's view permission on claims.

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
        return view(request, *args, **kwargs)

    return wrapped


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def reader_url(claim) -> str:
    return f"{reverse('workspace:reader', args=[claim.article_id])}?claim={claim.pk}"


# --- queue ----------------------------------------------------------------------------------------


@require_GET
@workspace_view
def queue(request: HttpRequest) -> HttpResponse:
    form = QueueFilterForm(request.GET)
    form.is_valid()  # invalid values are dropped, the rest still filters
    data = {k: v for k, v in form.cleaned_data.items() if k not in form.errors}
    filters = selectors.QueueFilters(
        state=data.get("state") or "",
        category=data.get("category") or "",
        article=data.get("article"),
        q=(data.get("q") or "").strip(),
        everything=bool(data.get("everything")),
    )
    paginator = Paginator(
        selectors.queue_claims(user=request.user, filters=filters), selectors.QUEUE_PAGE_SIZE
    )
    page = paginator.get_page(data.get("page") or 1)
    counts = selectors.queue_state_counts(user=request.user, filters=filters)
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
    rows = [
        {
            "claim": claim,
            "url": reader_url(claim),
            "text_html": claim_excerpt_html(claim),
            "state": claim.review_state,
            "state_label": S(claim.review_state).label,
            "verdict": verdict_of(claim),
            "assignee": _assignee(claim),
            "mine": claim.mine,
            "score": f"{claim.checkworthiness:.2f}",
        }
        for claim in page.object_list
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
        "articles": selectors.queue_articles(),
        "query": query.urlencode(),
        "active_nav": "queue",
    }
    return render(request, "workspace/queue.html", context)


# --- reader and panel --------------------------------------------------------------------------


def _assignee(claim) -> str:
    try:
        review = claim.review
    except Review.DoesNotExist:
        return ""
    return public_name(review.assignee) if review.assignee_id else ""


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
        if c.is_claim or state != S.UNREVIEWED:
            counts[state] += 1
    context = {
        "article": article,
        "article_html": article_html(
            article, claims, href_for=lambda c: f"{base}?claim={c.pk}", current_id=current_id
        ),
        **_summary_context(counts, sum(counts.values()), len(claims)),
        "has_panel": panel_context is not None,
        "categories": Category.choices,
        "active_nav": "queue",
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
        }
        for step in workflow.steps()
        if step.name in allowed
    ]
    # Editors give claims to someone else from the panel too (the assign service checks the role).
    assign_choices = []
    if workflow.may_give(review, user):
        assign_choices = [(u.pk, public_name(u)) for u in review_selectors.reviewers_for_assignment()]
    mine_display = None
    if mine:
        verdict = mine.get("verdict")
        mine_display = {
            "verdict": verdict,
            "rationale": mine.get("rationale"),
            "claim_reviewed": mine.get("claim_reviewed"),
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
    }


def _panel_response(request, claim_id: int, *, status: int = 200, retarget: bool = False, **extra):
    """The whole panel (and the claim's refreshed highlight in the article, out of band)."""
    context = build_panel_context(request, selectors.panel_for(claim_id=claim_id), **extra)
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
    body = claim.article.body
    return claim_link(claim, body, href=reader_url(claim), current_id=claim.pk, oob=True) + claim_tip_oob(
        claim
    )


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
    return _panel_response(request, claim_id)


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


def _require_import_view(request: HttpRequest) -> None:
    if not request.user.has_perm("factcheck.view_importjob"):
        raise DjangoPermissionDenied("Import jobs are for editors.")


@require_GET
@workspace_view
def imports(request: HttpRequest) -> HttpResponse:
    _require_import_view(request)
    return render(request, "workspace/imports.html", _imports_context(request))


@require_GET
@workspace_view
def import_rows(request: HttpRequest) -> HttpResponse:
    """The job table alone, polled by htmx every two seconds while a job on the page is unfinished."""
    _require_import_view(request)
    return render(request, "workspace/_import_rows.html", _imports_context(request))
