"""Every API error is a problem details document (RFC 9457, ``factcheck.problems``) with one clear message."""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from annotations.exceptions import ConflictError, WorkflowError
from factcheck.problems import CONTENT_TYPE as PROBLEM_CONTENT_TYPE
from factcheck.problems import problem

logger = logging.getLogger(__name__)


def _first_message(detail) -> str:
    if isinstance(detail, list) and detail:
        return _first_message(detail[0])
    if isinstance(detail, dict) and detail:
        key, value = next(iter(detail.items()))
        message = _first_message(value)
        return message if key in ("non_field_errors", "detail") else f"{key}: {message}"
    return str(detail)


def error_body(*, status_code: int, code: str, message: str, fields=None, conflict=None) -> dict:
    return problem(status=status_code, code=code, detail=message, fields=fields, conflict=conflict)


def _problem(body: dict, status_code: int) -> Response:
    return Response(body, status=status_code, content_type=PROBLEM_CONTENT_TYPE)


def _workflow_response(exc: WorkflowError) -> Response:
    """The review services' errors carry their HTTP status, their code and a message fit to show."""
    conflict = None
    if isinstance(exc, ConflictError):
        c = exc.conflict
        conflict = {
            "expected_version": c.expected_version,
            "current_version": c.current_version,
            "changed_by": c.changed_by,
            "changes": [
                {"field": x.field, "label": x.label, "before": x.before, "after": x.after} for x in c.changes
            ],
        }
    body = error_body(
        status_code=exc.status_code, code=exc.code, message=exc.message or str(exc), conflict=conflict
    )
    return _problem(body, exc.status_code)


def json_exception_handler(exc: Exception, context: dict) -> Response:
    """DRF's handler, reshaped; Django and domain errors become 4xx; anything else a JSON 500."""
    if isinstance(exc, DjangoValidationError):
        messages = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(messages)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or None)

    if isinstance(exc, WorkflowError):
        return _workflow_response(exc)
    if isinstance(exc, RequestDataTooBig):  # Django's ceiling (the size middleware answers first)
        return _problem(
            error_body(status_code=413, code="request_too_large", message="The request body is too large."),
            status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        )
    if isinstance(exc, TooManyFieldsSent | TooManyFilesSent):
        return _problem(
            error_body(status_code=400, code="too_many_fields", message=str(exc)), status.HTTP_400_BAD_REQUEST
        )

    response = exception_handler(exc, context)
    if response is None:
        logger.exception("Unhandled API error", exc_info=exc)
        return _problem(
            error_body(status_code=500, code="server_error", message="Internal server error."),
            status.HTTP_500_INTERNAL_SERVER_ERROR,
        )
    detail = exc.detail if isinstance(exc, exceptions.APIException) else response.data
    if isinstance(exc, exceptions.ValidationError):
        fields = detail if isinstance(detail, dict) else {"non_field_errors": detail}
        message = f"Invalid input: {_first_message(detail)}"
        code = "invalid"
    else:
        fields = None
        message = _first_message(detail)
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        code = codes if isinstance(codes, str) else "error"
    response.data = error_body(status_code=response.status_code, code=code, message=message, fields=fields)
    response.content_type = PROBLEM_CONTENT_TYPE
    return response
