"""The review-facing admin: the claim queue and articles with their claims' states (``claims``), the
review page, rating scales, evidence, comments and revisions (``reviews``), and notifications
(``notifications``, read-only)."""

from annotations.admin import claims, notifications, reviews

__all__ = ["claims", "notifications", "reviews"]
