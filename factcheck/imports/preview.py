"""What an import file will give, shown before the import runs: how a CSV's columns are read (which column
is the claim, the rating, the date; which are kept as extra fields) and the first items as they will import.

The admin stores the upload when it shows the preview and hands back a signed token, so that "Start import"
imports the very file that was previewed without sending it again; the API previews without storing.
Uploads previewed and never imported are deleted by the import sweep after ``PREVIEW_KEPT``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from itertools import islice
from typing import IO

from django.core import signing
from django.utils import timezone

from factcheck.imports.models import ImportJob, ImportUpload
from factcheck.imports.parsers import ParseError, csv_layout, parse_items, shown, suffix_of
from factcheck.imports.readers import read_file
from factcheck.imports.records import ArticleRecord, FactCheckRecord, ItemError, UrlItem
from factcheck.imports.services import DB_UPLOAD, _upload_file, import_limits

PREVIEW_ROWS = 5
PREVIEW_FILES = 3  # of an archive: its first members
PREVIEW_KEPT = timedelta(days=1)
_SALT = "factcheck.imports.preview"


@dataclass(slots=True)
class PreviewRow:
    name: str
    kind: str  # "article", "fact-check", "web page" or "error"
    fields: dict[str, str]


@dataclass(slots=True)
class FilePreview:
    name: str
    kind: str = ""  # "articles", "fact-checks", "feed" or "" (as the rows show)
    # A CSV's reading: (our field, their column) and the columns read as no field.
    columns: list[tuple[str, str]] = field(default_factory=list)
    extra_columns: list[str] = field(default_factory=list)
    rows: list[PreviewRow] = field(default_factory=list)
    error: str = ""

    @property
    def extra_meaning(self) -> str:
        if not self.extra_columns:
            return ""
        return "kept with each fact-check as extra fields" if self.kind == "fact-checks" else "not imported"


def _date(value) -> str:
    return value.date().isoformat() if value else ""


def _row(name: str, result) -> PreviewRow:
    if isinstance(result, ArticleRecord):
        fields = {
            "title": result.title,
            "text": shown(result.text, 160),
            "published": _date(result.published_at),
            "source": result.source_name or result.source_url,
        }
        return PreviewRow(name, "article", fields)
    if isinstance(result, FactCheckRecord):
        fields = {
            "claim": shown(result.claim, 160),
            "claimant": result.claimant,
            "rating": result.rating,
            "url": result.url,
            "date": _date(result.review_date),
            "extra": ", ".join(f"{key}: {shown(value, 40)}" for key, value in result.extra.items()),
        }
        return PreviewRow(name, "fact-check", fields)
    if isinstance(result, UrlItem):
        return PreviewRow(name, "web page", {"url": result.url})
    return PreviewRow(name, "error", {"error": result.reason})


def import_preview(*, file: IO[bytes], name: str, rows: int = PREVIEW_ROWS) -> list[FilePreview]:
    """The first items of an import file (of each of an archive's first members), as they will import."""
    limits = import_limits()
    previews: list[FilePreview] = []
    for raw in islice(read_file(file, name=name, limits=limits), PREVIEW_FILES):
        if isinstance(raw, ItemError):
            previews.append(FilePreview(name=raw.item, error=raw.reason))
            continue
        preview = FilePreview(name=raw.name)
        suffix = suffix_of(raw.name)
        if suffix == ".csv":
            try:
                layout = csv_layout(raw, limits=limits)
            except ParseError as error:
                preview.error = str(error)
                previews.append(preview)
                continue
            preview.kind = layout.kind
            preview.columns, preview.extra_columns = layout.fields, layout.extra_columns
        elif suffix in {".rss", ".atom", ".xml"}:
            preview.kind = "feed"
        preview.rows = [
            _row(item_name, result) for item_name, result in islice(parse_items(raw, limits=limits), rows)
        ]
        if not preview.kind:
            kinds = {row.kind for row in preview.rows} - {"error"}
            preview.kind = "fact-checks" if kinds == {"fact-check"} else "articles" if kinds else ""
        previews.append(preview)
    return previews


def import_upload_preview(*, source: dict) -> list[FilePreview]:
    """The preview of a stored upload (``import_upload_store``'s source)."""
    handle = _upload_file(int(str(source["value"]).removeprefix(DB_UPLOAD)))
    if handle is None:
        raise ValueError("The uploaded file is no longer stored; upload it again.")
    with handle:
        return import_preview(file=handle, name=source.get("name") or "upload")


def preview_token(*, source: dict, user) -> str:
    """A signed reference to a stored upload, good for its uploader only, for ``PREVIEW_KEPT``."""
    return signing.dumps({"source": source, "by": user.pk}, salt=_SALT, compress=True)


def source_from_token(*, token: str, user) -> dict:
    """The upload a preview token names; ``ValueError`` says why it cannot be imported."""
    try:
        data = signing.loads(token, salt=_SALT, max_age=PREVIEW_KEPT)
    except signing.SignatureExpired:
        raise ValueError("The preview is over a day old and its file was deleted; upload it again.") from None
    except signing.BadSignature:
        raise ValueError("The preview could not be read; upload the file again.") from None
    source = data.get("source") or {}
    stored = str(source.get("value", ""))
    if data.get("by") != user.pk or source.get("kind") != "upload" or not stored.startswith(DB_UPLOAD):
        raise ValueError("The preview could not be read; upload the file again.")
    if not ImportUpload.objects.filter(pk=int(stored.removeprefix(DB_UPLOAD))).exists():
        raise ValueError(
            "The previewed file is no longer stored (imported already, or discarded); upload it again."
        )
    return source


def previewed_uploads_discard(*, now=None) -> int:
    """Delete uploads stored for a preview and never imported: older than ``PREVIEW_KEPT`` and named by no
    unfinished job (an import's own upload is deleted once its plan is stored)."""
    now = now or timezone.now()
    wanted = {
        int(str(source["value"]).removeprefix(DB_UPLOAD))
        for sources in ImportJob.objects.unfinished().values_list("sources", flat=True)
        for source in sources
        if source.get("kind") == "upload" and str(source.get("value", "")).startswith(DB_UPLOAD)
    }
    stale = ImportUpload.objects.filter(created_at__lt=now - PREVIEW_KEPT).exclude(pk__in=wanted)
    _, deleted = stale.delete()
    return deleted.get(ImportUpload._meta.label, 0)
