"""Shapes of ``/api/v1/imports/``: what starting an import accepts, and a job with its progress."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from factcheck.imports.models import ImportItem, ImportJob
from factcheck.imports.parsers import control_character, shown

MAX_URLS = 10_000
MAX_ERRORS_SHOWN = 100


class ImportCreateSerializer(serializers.Serializer):
    """One or more of: an uploaded file, a list of URLs, a list of articles."""

    file = serializers.FileField(required=False, help_text="A .txt .md .html .json .jsonl .csv or .zip file.")
    urls = serializers.ListField(
        child=serializers.CharField(max_length=2000, trim_whitespace=False),
        required=False,
        max_length=MAX_URLS,
        help_text="http(s) addresses of web pages to fetch.",
    )
    articles = serializers.ListField(
        child=serializers.DictField(),
        required=False,
        help_text='Objects with "title", "text" or "html", "url", "source", "author", "published".',
    )

    def validate_urls(self, urls: list[str]) -> list[str]:
        """Each URL on its own: a control character (a line break, say) or a non-http(s) address is
        refused with the URL's position and the reason."""
        validate = URLValidator(schemes=["http", "https"])
        cleaned = []
        for index, url in enumerate(urls):
            if character := control_character(url):
                raise serializers.ValidationError(
                    f"urls[{index}] contains a control character ({character}): {shown(url, 120)!r}; "
                    "a URL never holds line breaks or other control characters."
                )
            url = url.strip()
            if "://" in url and not url.lower().startswith(("http://", "https://")):
                raise serializers.ValidationError(f"Only http and https addresses can be imported: {url}")
            try:
                validate(url)
            except DjangoValidationError:
                raise serializers.ValidationError(
                    f"Enter a valid URL. urls[{index}] is {shown(url, 120)!r}."
                ) from None
            cleaned.append(url)
        return cleaned

    def validate_file(self, file):
        limit = settings.FACTCHECK_MAX_UPLOAD_BYTES
        if file.size > limit:
            raise serializers.ValidationError(
                f"The file is {file.size:,} bytes, over the {limit:,}-byte limit."
            )
        return file

    def validate(self, attrs: dict) -> dict:
        if not (attrs.get("file") or attrs.get("urls") or attrs.get("articles")):
            raise serializers.ValidationError('Send a "file", a list of "urls" or a list of "articles".')
        return attrs


class ImportErrorSerializer(serializers.ModelSerializer):
    item = serializers.CharField(source="name")
    reason = serializers.CharField(source="error")

    class Meta:
        model = ImportItem
        fields = ["item", "reason"]


class ImportNotesSerializer(serializers.ModelSerializer):
    item = serializers.CharField(source="name")
    # A plain string, so the schema does not get a second enum named "Status".
    status = serializers.CharField(help_text="imported, duplicate, failed or pending")
    notes = serializers.ListField(child=serializers.CharField())

    class Meta:
        model = ImportItem
        fields = ["item", "status", "notes"]


class ImportJobSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:import-detail")
    sources = serializers.SerializerMethodField()
    processed_count = serializers.IntegerField(read_only=True)
    progress_percent = serializers.IntegerField(read_only=True)
    created_by = serializers.CharField(source="created_by.username", default=None, read_only=True)

    class Meta:
        model = ImportJob
        fields = [
            "id",
            "url",
            "status",
            "sources",
            "total_items",
            "processed_count",
            "imported_count",
            "duplicate_count",
            "failed_count",
            "progress_percent",
            "failure_reason",
            "created_by",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields

    def get_sources(self, job: ImportJob) -> list[dict]:
        # Where an upload is stored is internal; its original name is what the user knows.
        return [{"kind": s.get("kind"), "value": s.get("name") or s.get("value")} for s in job.sources]


class ImportJobDetailSerializer(ImportJobSerializer):
    # DRF's metaclass takes declared fields out of the class, so ``Serializer.errors`` stays intact;
    # mypy only sees the name of that property reused.
    errors = serializers.SerializerMethodField()  # type: ignore[assignment]

    notes = serializers.SerializerMethodField(
        help_text="Items the import changed or cut (characters that cannot be stored, figures or "
        "claims over the limits, text over the size limit), first ones first."
    )

    class Meta(ImportJobSerializer.Meta):
        fields = [*ImportJobSerializer.Meta.fields, "errors", "notes"]
        read_only_fields = fields

    def get_errors(self, job: ImportJob) -> list[dict]:
        """Per-item errors so far (also while the job runs), first ones first."""
        failed = job.items.filter(status=ImportItem.Status.FAILED).order_by("position")[:MAX_ERRORS_SHOWN]
        return [ImportErrorSerializer(item).data for item in failed]

    @extend_schema_field(ImportNotesSerializer(many=True))
    def get_notes(self, job: ImportJob) -> list[dict]:
        noted = job.items.exclude(notes=[]).order_by("position")[:MAX_ERRORS_SHOWN]
        return [ImportNotesSerializer(item).data for item in noted]


class ImportPreviewRequestSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text="The file to preview, as for starting an import; nothing is stored."
    )

    def validate_file(self, file):
        return ImportCreateSerializer().validate_file(file)


class PreviewColumnSerializer(serializers.Serializer):
    field = serializers.CharField(help_text="What the column is read as (claim, claimant, rating, url, …).")
    column = serializers.CharField(help_text="The column's name in the file.")


class PreviewRowSerializer(serializers.Serializer):
    item = serializers.CharField(source="name")
    kind = serializers.CharField(help_text="article, fact-check, web page or error")
    values = serializers.DictField(
        source="fields", child=serializers.CharField(allow_blank=True), help_text="What the item will hold."
    )


class FilePreviewSerializer(serializers.Serializer):
    name = serializers.CharField()
    kind = serializers.CharField(help_text='"articles", "fact-checks", "feed", or "" when unreadable.')
    columns = serializers.SerializerMethodField(help_text="A CSV file's columns and what each is read as.")
    extra_columns = serializers.ListField(
        child=serializers.CharField(),
        help_text="Columns read as no field: kept as extra fields of fact-checks, not imported for articles.",
    )
    rows = PreviewRowSerializer(many=True, help_text="The first items, as they will import.")
    error = serializers.CharField(help_text="Why the file cannot be imported, if it cannot.")

    @extend_schema_field(PreviewColumnSerializer(many=True))
    def get_columns(self, preview) -> list[dict]:
        return [{"field": ours, "column": theirs} for ours, theirs in preview.columns]
