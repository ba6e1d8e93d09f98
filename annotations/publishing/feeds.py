"""An Atom feed of the latest published verdicts (corrections move a verdict back to the top)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from annotations.models import Review, ReviewRevision

FEED_SIZE = 50


def _shown(review: Review) -> ReviewRevision:
    assert review.published_revision is not None  # items() holds published verdicts only
    return review.published_revision


class VerdictFeed(Feed):
    feed_type = Atom1Feed

    def title(self) -> str:
        return f"{settings.CLAIMREVIEW_AUTHOR_NAME}: fact-checks"

    def subtitle(self) -> str:
        return "The latest published verdicts, with their ratings."

    def link(self) -> str:
        return reverse("publishing:index")

    def items(self):
        return Review.objects.published().order_by("-public_updated_at", "-id")[:FEED_SIZE]

    def item_title(self, review: Review) -> str:
        revision = _shown(review)
        return f"{revision.verdict.label}: {revision.claim_reviewed or review.claim.text}"

    def item_description(self, review: Review) -> str:
        return _shown(review).rationale

    def item_link(self, review: Review) -> str:
        return reverse("publishing:detail", args=[review.pk])

    def item_pubdate(self, review: Review):
        return review.published_at

    def item_updateddate(self, review: Review):
        return review.public_updated_at

    def item_author_name(self, review: Review) -> str:
        return ", ".join(_shown(review).reviewers)

    def item_categories(self, review: Review) -> list[str]:
        return [_shown(review).verdict.label, review.claim.get_category_display()]
