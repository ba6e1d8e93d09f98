"""Error bodies as problem details (RFC 9457, ``application/problem+json``), the one shape every JSON
error of the project takes: the API's, the size limit's and the unknown-path 404.

``type`` is ``about:blank`` (the status says what kind of problem it is; ``title`` is its phrase);
``code`` names the problem for programs (``invalid``, ``conflict``, ``throttled``…), ``detail`` says
it to people; ``fields`` and ``conflict`` are extension members where they apply.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from django.http import JsonResponse

CONTENT_TYPE = "application/problem+json"


def problem(*, status: int, code: str, detail: str, **extensions: Any) -> dict:
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, "code": code}
    body.update({key: value for key, value in extensions.items() if value})
    return body


def problem_response(*, status: int, code: str, detail: str, **extensions: Any) -> JsonResponse:
    return JsonResponse(
        problem(status=status, code=code, detail=detail, **extensions),
        status=status,
        content_type=CONTENT_TYPE,
    )
