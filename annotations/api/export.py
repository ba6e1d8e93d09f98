"""Streaming export of published reviews in constant memory.

Rows come from one ``values_list(...).iterator(chunk_size=…)`` (a server-side cursor on
PostgreSQL), in batches; the evidence and reviewers come with them, frozen in the review's
published revision. No model instances are built, and only one batch is held in memory at a time.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterable, Iterator
from itertools import islice

from django.conf import settings
from django.db import connection
from django.utils import timezone
from rest_framework.utils.encoders import JSONEncoder

from annotations.api.renderers import jsonl_lines

CHUNK_SIZE = 2000

# What readers see comes from the review's published revision (frozen at publication), so a review
# under correction keeps exporting what was published until the correction is published.
FIELDS = [
    "id",
    "claim_id",
    "claim__text",
    "claim__speaker",
    "claim__category",
    "claim__checkworthiness",
    "claim__article_id",
    "claim__article__title",
    "claim__article__source_url",
    "claim__article__source_name",
    "claim__article__published_at",
    "published_revision__claim_reviewed",
    "published_revision__verdict__label",
    "published_revision__verdict__slug",
    "published_revision__verdict__value",
    "published_revision__verdict__scale__best_rating",
    "published_revision__verdict__scale__worst_rating",
    "published_revision__verdict__scale__name",
    "published_revision__rationale",
    "published_revision__evidence",
    "published_revision__reviewers",
    "published_revision__revision",
    "published_at",
    "published_revision__published_at",
    "last_published_at",  # the published record's updated_at: drafts of a correction leave it alone
    "claim__speaker_type",  # appended, so the positions above stay as they were
    "published_revision__claimant_job_title",
    "published_revision__claimant_same_as",
    "claim__article__language",
]
EVIDENCE_FIELDS = ["url", "title", "publisher", "accessed_on", "stance", "quote"]

# The CSV columns: the review shape flattened (``claim.text``, ``verdict.label``…); lists are JSON.
CSV_HEADER = [
    "id",
    "url",
    "status",
    "claim.id",
    "claim.text",
    "claim.speaker",
    "claim.speaker_type",
    "claim.category",
    "claim.checkworthiness",
    "article.id",
    "article.title",
    "article.source_url",
    "article.source_name",
    "article.published_at",
    "article.language",
    "claim_reviewed",
    "verdict.label",
    "verdict.slug",
    "verdict.value",
    "verdict.best_rating",
    "verdict.worst_rating",
    "verdict.scale",
    "rationale",
    "claimant_job_title",
    "claimant_same_as",
    "evidence",
    "reviewers",
    "revision",
    "published_at",
    "last_published_at",
    "updated_at",
]


def iso_datetime(value, tz=None) -> str | None:
    """The same text DRF's DateTimeField gives, so exports and the API agree."""
    if value is None:
        return None
    if timezone.is_aware(value):
        value = value.astimezone(tz or timezone.get_current_timezone())
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def review_url(review_id: int, claim_id: int) -> str:
    return settings.CLAIMREVIEW_URL_TEMPLATE.format(id=review_id, claim_id=claim_id)


def batched(iterable: Iterable, size: int) -> Iterator[list]:
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def _evidence(published: list[dict] | None) -> list[dict]:
    """The published sources in the API's key order (PostgreSQL's jsonb keeps keys in its own order)."""
    return [{key: e.get(key) for key in EVIDENCE_FIELDS} for e in published or []]


def _row(v: tuple, tz) -> dict:
    return {
        "id": v[0],
        "url": review_url(v[0], v[1]),
        "status": "published",
        "claim": {
            "id": v[1],
            "text": v[2],
            "speaker": v[3],
            "speaker_type": v[25],
            "category": v[4],
            "checkworthiness": v[5],
        },
        "article": {
            "id": v[6],
            "title": v[7],
            "source_url": v[8],
            "source_name": v[9],
            "published_at": iso_datetime(v[10], tz),
            "language": v[28],
        },
        "claim_reviewed": v[11],
        "verdict": {
            "label": v[12],
            "slug": v[13],
            "value": v[14],
            "best_rating": v[15],
            "worst_rating": v[16],
            "scale": v[17],
        },
        "rationale": v[18],
        "claimant_job_title": v[26],
        "claimant_same_as": v[27],
        "evidence": _evidence(v[19]),
        "reviewers": list(v[20] or []),
        "revision": v[21],
        "published_at": iso_datetime(v[22], tz),
        "last_published_at": iso_datetime(v[23], tz),
        "updated_at": iso_datetime(v[24], tz),
    }


def review_batches(queryset, *, chunk_size: int = CHUNK_SIZE) -> Iterator[list[tuple]]:
    """Batches of value tuples (``FIELDS``) for every review of ``queryset`` (already published-only)."""
    values = queryset.order_by("id").values_list(*FIELDS).iterator(chunk_size=chunk_size)
    yield from batched(values, chunk_size)


def review_rows(queryset, *, chunk_size: int = CHUNK_SIZE) -> Iterator[dict]:
    """Every review of ``queryset`` (already limited to published ones) as the API's review shape."""
    tz = timezone.get_current_timezone()
    for batch in review_batches(queryset, chunk_size=chunk_size):
        for v in batch:
            yield _row(v, tz)


def _joined(lines: Iterable[str], per_chunk: int = 500) -> Iterator[str]:
    """Fewer, larger chunks for the response (one write per few hundred rows)."""
    for group in batched(lines, per_chunk):
        yield "".join(group)


def _text(value: str) -> str:
    """As ``renderers.csv_cell`` for text: spreadsheet formulas are neutralised."""
    return "'" + value if value and value[0] in "=+-@\t\r" else value


def stream_csv_python(queryset) -> Iterator[str]:
    """CSV with ``CSV_HEADER`` columns, written a batch at a time straight from the values.

    Cells equal ``renderers.flatten`` + ``csv_cell`` of the review shape (a test holds them equal),
    without building the nested dicts: this is the hot path of big exports.
    """
    tz = timezone.get_current_timezone()
    template = settings.CLAIMREVIEW_URL_TEMPLATE
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    yield buffer.getvalue()
    for batch in review_batches(queryset):
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(
            [
                v[0],
                template.format(id=v[0], claim_id=v[1]),
                "published",
                v[1],
                _text(v[2]),
                _text(v[3]),
                v[25],
                v[4],
                v[5],
                v[6],
                _text(v[7]),
                _text(v[8]),
                _text(v[9]),
                iso_datetime(v[10], tz),
                v[28],
                _text(v[11]),
                _text(v[12]),
                v[13],
                v[14],
                v[15],
                v[16],
                _text(v[17]),
                _text(v[18]),
                _text(v[26]),
                _text(v[27]),
                json.dumps(_evidence(v[19]), ensure_ascii=False),
                json.dumps(list(v[20] or []), ensure_ascii=False),
                v[21],
                iso_datetime(v[22], tz),
                iso_datetime(v[23], tz),
                iso_datetime(v[24], tz),
            ]
            for v in batch
        )
        yield buffer.getvalue()


def stream_jsonl(queryset) -> Iterator[str]:
    return _joined(jsonl_lines(review_rows(queryset)))


def stream_claimreview(queryset) -> Iterator[str]:
    """One JSON-LD document with an ``@graph`` of every ClaimReview, written as it goes."""
    from annotations.api.jsonld import CONTEXT, claimreview, organisation

    author = organisation()

    def parts() -> Iterator[str]:
        yield f'{{"@context": "{CONTEXT}", "@graph": [\n'
        for index, row in enumerate(review_rows(queryset)):
            item = json.dumps(
                claimreview(row, author=author, context=False), cls=JSONEncoder, ensure_ascii=False
            )
            yield ("," if index else "") + item + "\n"
        yield "]}\n"

    return _joined(parts())


def stream_csv(queryset) -> Iterator[str | bytes]:
    """The CSV export: PostgreSQL writes it itself (COPY) when it can give the same text."""
    if connection.vendor == "postgresql" and settings.USE_TZ and settings.TIME_ZONE == "UTC":
        return stream_csv_copy(queryset)
    return stream_csv_python(queryset)


# --- PostgreSQL: COPY (SELECT …) TO STDOUT ------------------------------------------------------
# The same cells as ``stream_csv_python`` (a test on PostgreSQL holds them equal), formatted by the
# database: text starting with a formula character gets a quote, numbers print as Python's repr,
# datetimes as DRF's ISO 8601 with "Z", lists as JSON. Filters come from the ORM as an id subquery.

FORMULA_SQL = "('=', '+', '-', '@', chr(9), chr(13))"


def _sql_text(column: str) -> str:
    return f"CASE WHEN left({column}, 1) IN {FORMULA_SQL} THEN chr(39) || {column} ELSE {column} END"


def _sql_float(column: str) -> str:
    return (
        f"CASE WHEN {column} = trunc({column}) AND abs({column}) < 1e16 "
        f"THEN trunc({column})::numeric::text || '.0' ELSE {column}::text END"
    )


def _sql_datetime(column: str) -> str:
    utc = f"({column} AT TIME ZONE 'UTC')"
    return (
        f"CASE WHEN date_trunc('second', {column}) = {column} "
        f"""THEN to_char({utc}, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') """
        f"""ELSE to_char({utc}, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END"""
    )


def copy_sql(ids_sql: str) -> str:
    from annotations.models import Rating, RatingScale, Review, ReviewRevision
    from factcheck.models import Article, Claim

    columns = [
        "r.id",
        "replace(replace(%s, '{id}', r.id::text), '{claim_id}', c.id::text)",
        "'published'",
        "c.id",
        _sql_text("c.text"),
        _sql_text("c.speaker"),
        "c.speaker_type",
        "c.category",
        _sql_float("c.checkworthiness"),
        "a.id",
        _sql_text("a.title"),
        _sql_text("a.source_url"),
        _sql_text("a.source_name"),
        _sql_datetime("a.published_at"),
        "a.language",
        _sql_text("p.claim_reviewed"),
        _sql_text("v.label"),
        "v.slug",
        _sql_float("v.value"),
        _sql_float("s.best_rating"),
        _sql_float("s.worst_rating"),
        _sql_text("s.name"),
        _sql_text("p.rationale"),
        _sql_text("p.claimant_job_title"),
        _sql_text("p.claimant_same_as"),
        "p.evidence::text",
        "p.reviewers::text",
        "p.revision",
        _sql_datetime("r.published_at"),
        _sql_datetime("p.published_at"),
        _sql_datetime("r.last_published_at"),
    ]
    select = ",\n  ".join(f'{column} AS "{name}"' for column, name in zip(columns, CSV_HEADER, strict=True))
    return (
        f"COPY (SELECT\n  {select}\n"
        f"FROM {Review._meta.db_table} r\n"
        f"JOIN {ReviewRevision._meta.db_table} p ON p.id = r.published_revision_id\n"
        f"JOIN {Claim._meta.db_table} c ON c.id = r.claim_id\n"
        f"JOIN {Article._meta.db_table} a ON a.id = c.article_id\n"
        f"JOIN {Rating._meta.db_table} v ON v.id = p.verdict_id\n"
        f"JOIN {RatingScale._meta.db_table} s ON s.id = v.scale_id\n"
        f"WHERE r.id IN ({ids_sql})\n"
        "ORDER BY r.id) TO STDOUT WITH (FORMAT csv, HEADER)"
    )


def stream_csv_copy(queryset) -> Iterator[bytes]:
    """Stream PostgreSQL's own CSV in the chunks psycopg receives; memory stays flat."""
    ids_sql, ids_params = queryset.order_by().values("id").query.sql_with_params()
    sql = copy_sql(ids_sql)
    params = [settings.CLAIMREVIEW_URL_TEMPLATE, *ids_params]
    connection.ensure_connection()
    started = time.monotonic()
    with connection.connection.cursor() as cursor, cursor.copy(sql, params) as copy:
        for data in copy:
            yield bytes(data)
    if connection.queries_logged:  # visible to query counting and debug tools like any query
        connection.queries_log.append({"sql": sql, "time": f"{time.monotonic() - started:.3f}"})
