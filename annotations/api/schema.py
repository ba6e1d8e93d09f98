"""OpenAPI post-processing: every API operation documents the JSON error responses it can give."""

from __future__ import annotations

from factcheck.problems import CONTENT_TYPE as PROBLEM_CONTENT_TYPE

ERROR_SCHEMA = {
    "type": "object",
    "description": "Problem details (RFC 9457), served as `application/problem+json`.",
    "required": ["type", "title", "status", "detail", "code"],
    "properties": {
        "type": {"type": "string", "example": "about:blank"},
        "title": {"type": "string", "example": "Bad Request", "description": "The status's phrase."},
        "status": {"type": "integer", "example": 400},
        "detail": {
            "type": "string",
            "example": "Invalid input: published_after: Enter a valid date/time.",
            "description": "What went wrong, fit to show a person.",
        },
        "code": {
            "type": "string",
            "example": "invalid",
            "description": "For programs: `invalid`, `parse_error`, `not_authenticated`, "
            "`authentication_failed`, `permission_denied`, `not_found`, `method_not_allowed`, "
            "`not_acceptable`, `not_allowed`, "
            "`conflict`, `request_too_large`, `throttled`, `queue_unavailable`, `server_error`…",
        },
        "fields": {
            "type": "object",
            "additionalProperties": True,
            "description": "Per-field messages, for invalid input.",
        },
        "conflict": {
            "type": "object",
            "additionalProperties": True,
            "description": "For a stale `version` (409 `conflict`): the versions and who changed what "
            "since yours.",
        },
    },
}
ERRORS = {
    "400": "Invalid input (filters, body), or something the step needs is missing (a reason, a verdict).",
    "401": "No or invalid credentials (`Authorization: Token <key>`).",
    "403": "Your role does not allow this (API clients only read), or a missing CSRF token.",
    "404": "No such object (or not published), or an invalid cursor.",
    "406": "No renderer for the requested format.",
    "429": "Too many requests for this token; see `Retry-After`.",
}
CLAIMREVIEW_SCHEMA = {
    "type": "object",
    "description": "schema.org ClaimReview JSON-LD: one ClaimReview, or several in `@graph`.",
    "required": ["@context"],
    "properties": {
        "@context": {"type": "string", "example": "https://schema.org"},
        "@type": {"type": "string", "example": "ClaimReview"},
        "@graph": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
    },
    "additionalProperties": True,
}
TEXT_FORMATS = {
    "text/csv": "CSV: a header row, then one row per result; nested fields as dotted columns.",
    "application/jsonl": "JSON Lines: one JSON object per result.",
}
WRITE_ERRORS = {
    "405": "Method not allowed.",
    "409": "Someone changed it since your `version` (`conflict`), or the step is not allowed from its "
    "current state (`not_allowed`).",
}


def add_error_responses(result: dict, generator, request, public) -> dict:
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = ERROR_SCHEMA
    schemas["ClaimReviewDocument"] = CLAIMREVIEW_SCHEMA
    reference = {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path, operations in result.get("paths", {}).items():
        if not path.startswith("/api/v"):
            continue
        for method, operation in operations.items():
            errors = dict(ERRORS)
            if method in ("post", "put", "patch", "delete"):
                errors.update(WRITE_ERRORS)
            responses = operation.setdefault("responses", {})
            _describe_formats(responses)
            for code, description in errors.items():
                responses.setdefault(code, {"description": description, "content": reference})
    return result


def _describe_formats(responses: dict) -> None:
    """drf-spectacular gives every renderer the JSON schema; CSV, JSON Lines and JSON-LD differ."""
    for response in responses.values():
        content = response.get("content", {})
        for media_type, description in TEXT_FORMATS.items():
            if media_type in content:
                content[media_type] = {"schema": {"type": "string", "description": description}}
        if "application/ld+json" in content:
            content["application/ld+json"] = {"schema": {"$ref": "#/components/schemas/ClaimReviewDocument"}}
