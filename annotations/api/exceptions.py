"""Every API error is JSON with one clear message: ``{"error": {status, code, message, fields}}``."""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)

# Domain exceptions of the review workflow map onto HTTP statuses by class name, so this module
# does not need to import (or break with) every exception the services define.
DOMAIN_STATUS = {
    "PermissionDenied": status.HTTP_403_FORBIDDEN,
    "NotAllowed": status.HTTP_403_FORBIDDEN,
    "ReviewPermissionError": status.HTTP_403_FORBIDDEN,
    "InvalidTransition": status.HTTP_409_CONFLICT,
    "TransitionError": status.HTTP_409_CONFLICT,
    "Conflict": status.HTTP_409_CONFLICT,
}


def _first_message(detail) -> str:
    if isinstance(detail, list) and detail:
        return _first_message(detail[0])
    if isinstance(detail, dict) and detail:
        key, value = next(iter(detail.items()))
        message = _first_message(value)
        return message if key in ("non_field_errors", "detail") else f"{key}: {message}"
    return str(detail)


def error_body(*, status_code: int, code: str, message: str, fields=None) -> dict:
    body = {"status": status_code, "code": code, "message": message}
    if fields:
        body["fields"] = fields
    return {"error": body}


def _domain_status(exc: Exception) -> int | None:
    for cls in type(exc).__mro__:
        if cls.__module__.startswith("annotations") and cls.__name__ in DOMAIN_STATUS:
            return DOMAIN_STATUS[cls.__name__]
    if type(exc).__module__.startswith("annotations.services") or type(exc).__module__.startswith(
        "annotations.exceptions"
    ):
        return status.HTTP_400_BAD_REQUEST
    return None


def json_exception_handler(exc: Exception, context: dict) -> Response:
    """DRF's handler, reshaped; Django and domain errors become 4xx; anything else a JSON 500."""
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = exceptions.ValidationError(detail)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or None)

    domain_status = _domain_status(exc)
    if domain_status is not None:
        code = "permission_denied" if domain_status == 403 else type(exc).__name__
        message = str(exc) or "The request is not allowed in the current state."
        return Response(
            error_body(status_code=domain_status, code=code, message=message), status=domain_status
        )

    response = exception_handler(exc, context)
    if response is None:
        logger.exception("Unhandled API error", exc_info=exc)
        return Response(
            error_body(status_code=500, code="server_error", message="Internal server error."),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
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
    return response
