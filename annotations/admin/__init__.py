"""The review-facing admin: the claim queue and articles with their claims' states (``claims``), the
review page, rating scales, evidence, comments and revisions (``reviews``)."""

from annotations.admin import claims, reviews

__all__ = ["claims", "reviews"]
