"""Request bodies bounded by route, checked before anything reads them.

Every route takes small bodies (``FACTCHECK_MAX_REQUEST_BYTES``, 1 MB by default: JSON, forms); only
the upload routes (``FACTCHECK_UPLOAD_ROUTES``: starting an import through the API or the admin's
form) take an upload (``FACTCHECK_MAX_UPLOAD_BYTES``, plus room for the form's other fields). The
declared ``Content-Length`` is compared before any middleware or view reads the body, so an
anonymous client cannot make the server take in 100 MB to be refused afterwards. A body without a
``Content-Length`` is never read by Django (WSGI), so there is nothing to bound there.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils.html import escape

from factcheck.imports.records import size_in_words
from factcheck.problems import problem_response

UPLOAD_METHODS = frozenset({"POST", "PUT", "PATCH"})


def _declared_length(request: HttpRequest) -> int:
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except (TypeError, ValueError):
        return 0  # Django reads no body it cannot size


def body_limit(request: HttpRequest) -> int:
    """The largest body this request's route takes."""
    small = settings.FACTCHECK_MAX_REQUEST_BYTES
    if request.method in UPLOAD_METHODS:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return small
        if match.view_name in settings.FACTCHECK_UPLOAD_ROUTES:
            return settings.FACTCHECK_MAX_UPLOAD_BYTES + small  # the file and the form's other fields
    return small


class RequestSizeLimitMiddleware:
    """413 for a body over its route's limit, told by ``Content-Length`` alone (first in MIDDLEWARE)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        size = _declared_length(request)
        if size > settings.FACTCHECK_MAX_REQUEST_BYTES:
            limit = body_limit(request)
            if size > limit:
                return self.too_large(request, size, limit)
        return self.get_response(request)

    @staticmethod
    def too_large(request: HttpRequest, size: int, limit: int) -> HttpResponse:
        message = (
            f"The request body is {size:,} bytes ({size_in_words(size)}), over the {limit:,}-byte "
            f"({size_in_words(limit)}) limit for this address."
        )
        if request.path_info.startswith("/api/"):
            return problem_response(status=413, code="request_too_large", detail=message)
        page = (
            "<!doctype html><html><head><title>Request too large</title></head><body>"
            f"<h1>Request too large</h1><p>{escape(message)}</p></body></html>"
        )
        return HttpResponse(page, status=413)
