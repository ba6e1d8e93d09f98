"""Public pages of published verdicts, for readers and search engines: no login, no drafts.

A verdict's page carries its ClaimReview JSON-LD, so the ``url`` of the markup is the page that
holds it (as Google asks). A withdrawn verdict's page answers 410 Gone with the editor's reason.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.http import http_date
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe
from rest_framework.utils.encoders import JSONEncoder

from annotations.api.jsonld import claimreview
from annotations.models import Rating, ReviewState
from annotations.publishing import selectors
from factcheck.models import Category

PAGE_SIZE = 20


def _jsonld(data: dict) -> str:
    """JSON for a ``<script>`` element: ``<``, ``>`` and ``&`` escaped so no text can close it."""
    text = json.dumps(data, cls=JSONEncoder, ensure_ascii=False, indent=2)
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _page(request, template: str, context: dict, status: int = 200):
    return render(
        request, template, {"publisher": settings.CLAIMREVIEW_AUTHOR_NAME, **context}, status=status
    )


@require_safe
def review_index(request):
    search = request.GET.get("q", "").strip()[:200]
    verdict = request.GET.get("verdict", "")
    category = request.GET.get("category", "")
    reviews = selectors.published_reviews(search=search, verdict=verdict, category=category)
    page = Paginator(reviews, PAGE_SIZE).get_page(request.GET.get("page"))
    return _page(
        request,
        "publishing/index.html",
        {
            "page": page,
            "rows": [selectors.review_page_data(review) for review in page.object_list],
            "search": search,
            "verdict": verdict,
            "category": category,
            "ratings": Rating.objects.filter(scale__is_default=True).order_by("position"),
            "categories": Category.choices,
        },
    )


@require_safe
def review_detail(request, pk: int):
    review = selectors.public_review(pk)
    if review is None:
        raise Http404("No published verdict with this number.")
    if review.state == ReviewState.WITHDRAWN:
        return _page(request, "publishing/withdrawn.html", {"review": review}, status=410)
    row = selectors.review_page_data(review)
    before, claim, after = selectors.claim_paragraph(review)
    response = _page(
        request,
        "publishing/detail.html",
        {
            "row": row,
            "jsonld": _jsonld(claimreview(row)),
            "before": before,
            "claim": claim,
            "after": after,
            "log": selectors.corrections_log(review),
        },
    )
    if review.public_updated_at:  # If-Modified-Since is answered by ConditionalGetMiddleware
        response["Last-Modified"] = http_date(review.public_updated_at.timestamp())
    return response
