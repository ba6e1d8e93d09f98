"""What the public pages read: published verdicts as the API shapes them, and their paragraphs."""

from __future__ import annotations

from django.db.models import QuerySet

from annotations.api.filters import PUBLISHED_SEARCH_FIELDS, text_search
from annotations.api.serializers import public_review_data
from annotations.models import Review, ReviewRevision

PARAGRAPH_MAX = 1500  # characters of context shown around a claim


def published_reviews(*, search: str = "", verdict: str = "", category: str = "") -> QuerySet[Review]:
    queryset = Review.objects.published().order_by("-published_at", "-id")
    if verdict:
        queryset = queryset.filter(published_revision__verdict__slug=verdict)
    if category:
        queryset = queryset.filter(claim__category=category)
    return text_search(queryset, PUBLISHED_SEARCH_FIELDS, search)


def public_review(pk: int) -> Review | None:
    """A published or withdrawn verdict (both have a public page: one shows it, one says it is gone)."""
    return Review.objects.public().filter(pk=pk).first()


def review_page_data(review: Review) -> dict:
    """The API's review shape (so the page, the JSON-LD and the export agree)."""
    return public_review_data(review)


def claim_paragraph(review: Review) -> tuple[str, str, str]:
    """(before, claim, after): the claim in the paragraph it was said in, from the article's body."""
    claim = review.claim
    body = (
        type(claim.article).objects.filter(pk=claim.article_id).values_list("body", flat=True).first() or ""
    )
    if body[claim.start : claim.end] != claim.text:  # the body changed since: show the claim alone
        return "", claim.text, ""
    start = body.rfind("\n", 0, claim.start) + 1
    end = body.find("\n", claim.end)
    end = len(body) if end == -1 else end
    start = max(start, claim.start - PARAGRAPH_MAX // 2)
    end = min(end, claim.end + PARAGRAPH_MAX // 2)
    before, after = body[start : claim.start], body[claim.end : end]
    return (("…" if start > 0 and body[start - 1] != "\n" else "") + before, claim.text, after)


def corrections_log(review: Review) -> list[dict]:
    """Every published revision, oldest first, and how its rating differs from the one before."""
    log: list[dict] = []
    previous = None
    for revision in (
        ReviewRevision.objects.filter(review=review).select_related("verdict").order_by("revision")
    ):
        log.append(
            {
                "revision": revision.revision,
                "published_at": revision.published_at,
                "verdict": revision.verdict.label,
                "rating_changed_from": previous.verdict.label
                if previous is not None and previous.verdict_id != revision.verdict_id
                else "",
            }
        )
        previous = revision
    return log
