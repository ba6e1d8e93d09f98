"""Who may do what: any signed-in user or API client reads; anonymous reads verdicts only if allowed."""

from __future__ import annotations

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


class IsAuthenticatedReadOnly(BasePermission):
    message = "API clients may only read."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and request.method in SAFE_METHODS)


class PublishedVerdictReader(BasePermission):
    """Reads of published verdicts; anonymous ones only with ``FACTCHECK_API_ANONYMOUS_READ``."""

    def has_permission(self, request, view) -> bool:
        if request.method not in SAFE_METHODS:
            return bool(request.user and request.user.is_authenticated)
        if request.user and request.user.is_authenticated:
            return True
        return settings.FACTCHECK_API_ANONYMOUS_READ


class ReviewWriter(BasePermission):
    """Writes need a reviewer's or editor's role; the review services then check each step."""

    message = "Only reviewers and editors may change reviews."

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm("annotations.change_review"))


def _corrects(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("annotations.correct_claim"))


class ClaimCorrector(BasePermission):
    """Reads for any signed-in user or API client; writes need the role that corrects claims."""

    message = "Only reviewers and editors may correct claims."

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated) and (request.method in SAFE_METHODS or _corrects(user))


class GoldExportReader(BasePermission):
    """The desk's gold data (its articles, reviews and corrections): for those who correct claims."""

    message = "Only reviewers and editors may export the desk's annotations."

    def has_permission(self, request, view) -> bool:
        return _corrects(request.user)
