"""The "Import articles" form, shared by the admin and the reviewer workspace, and what submitting it does.

Both surfaces read the same fields and follow the same rules (a new CSV is previewed before it imports;
a pasted article imports like an uploaded one), so each rule has one home here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from factcheck.imports import preview, services
from factcheck.imports.parsers import control_character, shown, suffix_of


class ImportArticlesForm(forms.Form):
    title = forms.CharField(
        required=False,
        max_length=500,
        label="Title",
        help_text="Of the pasted article; its first line when left empty.",
    )
    text = forms.CharField(
        required=False,
        strip=True,
        label="Paste an article",
        widget=forms.Textarea(attrs={"rows": 8, "cols": 80}),
        help_text="Plain text, as published.",
    )
    file = forms.FileField(
        required=False,
        help_text="A .txt, .md, .html, .json, .jsonl or .csv file, an RSS or Atom feed (.rss, .atom, .xml), "
        "or a .zip of them.",
    )
    urls = forms.CharField(
        required=False,
        label="URLs",
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80, "placeholder": "https://…  (one a line)"}),
        help_text="Web pages to fetch, one a line.",
    )
    # A file previewed on this page and stored meanwhile (``preview.preview_token``).
    preview = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_text(self) -> str:
        text: str = self.cleaned_data.get("text", "")
        limit = settings.FACTCHECK_MAX_UPLOAD_BYTES
        if len(text.encode()) > limit:
            raise ValidationError(f"The pasted text is over the {limit:,}-byte limit; upload it as a file.")
        return text

    def clean_file(self):
        file = self.cleaned_data.get("file")
        limit = settings.FACTCHECK_MAX_UPLOAD_BYTES
        if file and file.size > limit:
            raise ValidationError(f"The file is {file.size:,} bytes, over the {limit:,}-byte limit.")
        return file

    def clean_urls(self) -> list[str]:
        # One URL a line; only line feeds (and CR LF) separate them, so any other control character
        # stays inside its URL and is refused there.
        lines = self.cleaned_data.get("urls", "").replace("\r\n", "\n").split("\n")
        urls = [line.strip(" \t\r") for line in lines if line.strip(" \t\r")]
        validate = URLValidator(schemes=["http", "https"])
        for url in urls:
            if character := control_character(url):
                raise ValidationError(
                    f"This URL contains a control character ({character}), which no URL holds: "
                    f"{shown(url, 120)}"
                )
            try:
                validate(url)
            except ValidationError:
                raise ValidationError(f"Not an http(s) address: {url}") from None
        return urls

    def after_preview(self, token: str) -> ImportArticlesForm:
        """The form under a preview: what was typed, and the previewed file in place of a new one."""
        data = self.cleaned_data
        initial = {"title": data.get("title") or "", "text": data.get("text") or ""}
        return ImportArticlesForm(
            initial={**initial, "urls": "\n".join(data.get("urls") or []), "preview": token}
        )

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if not self.errors and not any(cleaned.get(name) for name in ("text", "file", "urls", "preview")):
            raise ValidationError("Paste an article, upload a file or give at least one URL.")
        return cleaned


@dataclass
class Submission:
    """What a valid form asks for: sources to import now, or a preview to show first."""

    sources: list[dict] = field(default_factory=list)
    previews: list[preview.FilePreview] = field(default_factory=list)
    previewed: str = ""  # the previewed file's name
    preview_token: str = ""  # brings the stored file back when the form is sent again


def import_form_submit(*, form: ImportArticlesForm, user, want_preview: bool) -> Submission:
    """Store the upload and the pasted article of a valid form, and say whether to import or preview.

    A new CSV is always previewed first: its columns are read by their names, a guess to confirm.
    ``ValueError`` says why an upload or a preview token cannot be used.
    """
    data = form.cleaned_data
    file = data.get("file")
    token: str = data.get("preview") or ""
    upload: dict | None = None
    if file:
        upload = services.import_upload_store(file=file)
    elif token:
        upload = preview.source_from_token(token=token, user=user)
    is_new_csv = file is not None and suffix_of(file.name or "") == ".csv"
    if upload and (want_preview or is_new_csv):
        return Submission(
            previews=preview.import_upload_preview(source=upload),
            previewed=upload["name"],
            preview_token=preview.preview_token(source=upload, user=user),
        )
    sources = [upload] if upload else []
    if data.get("text"):
        article = {"title": data.get("title") or "", "text": data["text"]}
        sources.append(services.import_articles_store(articles=[article], name="pasted-article.json"))
    sources += [{"kind": "url", "value": url} for url in data.get("urls") or []]
    return Submission(sources=sources)
