"""Request body parsers: JSON with a depth limit, so deeply nested input is a 400, not a 500."""

from __future__ import annotations

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.utils import json

from factcheck.json_depth import JSONTooDeep, check_json_depth


class BoundedJSONParser(JSONParser):
    """DRF's JSON parser that refuses nesting deeper than ``FACTCHECK_MAX_JSON_DEPTH`` before parsing.

    Python's JSON parser recurses once a level: 100,000 opening brackets (200 KB) would end in a
    ``RecursionError`` and a 500. The body's size is bounded first by the request-size middleware.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        parser_context = parser_context or {}
        encoding = parser_context.get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = stream.read().decode(encoding)
        except UnicodeDecodeError as error:
            raise ParseError(
                f"JSON parse error - the body is not {encoding} text ({error.reason})."
            ) from None
        try:
            check_json_depth(text, settings.FACTCHECK_MAX_JSON_DEPTH)
            return json.loads(text, parse_constant=json.strict_constant if self.strict else None)
        except JSONTooDeep as error:
            raise ParseError(f"JSON parse error - {error}") from None
        except RecursionError:
            raise ParseError(f"JSON parse error - {JSONTooDeep(settings.FACTCHECK_MAX_JSON_DEPTH)}") from None
        except ValueError as error:
            raise ParseError(f"JSON parse error - {error}") from None
