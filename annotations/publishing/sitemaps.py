"""``sitemap.xml``: every published verdict's page, with when it last changed for readers."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from annotations.models import Review


class VerdictSitemap(Sitemap):
    limit = 10_000  # per sitemap file; the index lists the files
    changefreq = "monthly"

    def items(self):
        return (
            Review.objects.filter(published_revision__isnull=False)
            .only("pk", "public_updated_at")
            .order_by("pk")
        )

    def location(self, review: Review) -> str:
        return reverse("publishing:detail", args=[review.pk])

    def lastmod(self, review: Review):
        return review.public_updated_at


SITEMAPS = {"verdicts": VerdictSitemap}
