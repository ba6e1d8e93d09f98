"""CSV and JSON Lines renderers for list endpoints (one row per result; the cursor is in ``Link``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from rest_framework.renderers import BaseRenderer
from rest_framework.utils.encoders import JSONEncoder

# Spreadsheets run cells starting with these as formulas; a leading quote keeps them text.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def rows_of(data) -> list:
    """The rows in a response body: a page's ``results``, a list, or one object."""
    if isinstance(data, dict) and "results" in data:
        return data["results"]
    if isinstance(data, list):
        return data
    return [data] if data is not None else []


def flatten(row: dict, prefix: str = "") -> dict:
    """Nested objects become dotted columns; lists become one JSON cell."""
    flat: dict = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list | tuple):
            flat[name] = json.dumps(value, cls=JSONEncoder, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(header: list[str], rows: Iterable[dict]) -> Iterator[str]:
    """CSV text line by line, for streaming; missing columns are empty."""
    writer = csv.writer(_Echo())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([csv_cell(row.get(column)) for column in header])


def jsonl_lines(rows: Iterable[dict]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, cls=JSONEncoder, ensure_ascii=False) + "\n"


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        rows = [flatten(row) for row in rows_of(data)]
        header: list[str] = []
        for row in rows:
            header.extend(key for key in row if key not in header)
        buffer = io.StringIO()
        buffer.writelines(csv_lines(header, rows))
        return buffer.getvalue().encode(self.charset)


class JSONLinesRenderer(BaseRenderer):
    media_type = "application/jsonl"
    format = "jsonl"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        return "".join(jsonl_lines(rows_of(data))).encode(self.charset)


class ClaimReviewRenderer(BaseRenderer):
    """schema.org ClaimReview JSON-LD: ``?format=claimreview`` or ``Accept: application/ld+json``."""

    media_type = "application/ld+json"
    format = "claimreview"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        from annotations.api.jsonld import claimreview, claimreview_graph

        if isinstance(data, dict) and "results" in data:
            document = claimreview_graph(data["results"])
        elif isinstance(data, list):
            document = claimreview_graph(data)
        elif isinstance(data, dict) and "verdict" in data and data.get("status") != "withdrawn":
            document = claimreview(data)
        else:  # not a verdict (an OPTIONS description, say): plain JSON rather than a KeyError
            document = data
        return json.dumps(document, cls=JSONEncoder, ensure_ascii=False).encode(self.charset)


class _StreamOnlyRenderer(BaseRenderer):
    """A format the view streams itself (the annotation tools' files); it only names the format."""

    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        return json.dumps(data, cls=JSONEncoder, ensure_ascii=False).encode(self.charset)


class LabelStudioRenderer(_StreamOnlyRenderer):
    media_type = "application/json"
    format = "labelstudio"


class DoccanoRenderer(_StreamOnlyRenderer):
    media_type = "application/jsonl"
    format = "doccano"
