"""Parsers decode raw items and shape them into article records, one readable error per bad item."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import PurePosixPath

from charset_normalizer import from_bytes

from factcheck.imports.records import ArticleRecord, ItemError, Limits, RawItem

_WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
_SOURCE_LINE = re.compile(r"^\s*Source:\s*(?P<name>.+?)\s*$", re.IGNORECASE | re.MULTILINE)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
ARCHIVE_SUFFIXES = frozenset({".zip"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
# Files holding many articles may be as large as an upload; one-article files as large as an article.
MULTI_ARTICLE_SUFFIXES = JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES


class ParseError(ValueError):
    """Input that can never import; the message is shown to the user as is."""


def suffix_of(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def decode_bytes(data: bytes) -> str:
    """Decode text of unknown encoding: UTF-8 first (strict), then charset-normalizer's best guess."""
    if not data.strip():
        raise ParseError("The file is empty.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ParseError("The file starts with a UTF-16 mark but is not valid UTF-16.") from error
    if b"\x00" in data[:4096]:
        raise ParseError("The file looks binary, not text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # Real UTF-8 sequences next to invalid bytes: a damaged or mixed file, not a legacy
        # 8-bit encoding; guessing would store mojibake, so say where it breaks.
        if _UTF8_MULTIBYTE.search(data):
            raise ParseError(
                f"The file is UTF-8 but has invalid bytes at byte {error.start:,} "
                "(damaged, or parts saved in another encoding)."
            ) from None
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise ParseError("The file is not text in any encoding we recognise.")
    # Short texts fit several 8-bit code pages equally well; Windows-1252 is by far the
    # likeliest for English-language news, so it wins a tie.
    for match in matches:
        if match.encoding in _WESTERN_ENCODINGS and match.chaos <= best.chaos + 0.01:
            return str(match)
    return str(best)


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.strip()


def clean_field(value: object) -> str:
    """One-line metadata (title, source): any run of whitespace, no-break spaces included, is one space."""
    return " ".join(str(value or "").split())


def parse_plain_text(item: RawItem) -> ArticleRecord:
    """A plain-text article: the first line is the title when a blank line follows it."""
    text = normalise_text(decode_bytes(item.data))
    if not text:
        raise ParseError("The file holds only whitespace.")
    return record_from_text(text)


def record_from_text(text: str, **fields) -> ArticleRecord:
    title = ""
    first, sep, rest = text.partition("\n")
    if sep and rest.startswith("\n") and len(first) <= 500:
        title, text = first.strip(), rest.strip()
    source_name = ""
    if match := _SOURCE_LINE.search(text):
        source_name = match["name"]
        text = (text[: match.start()] + text[match.end() :]).strip()
    if not text:
        raise ParseError("The article has a title but no text.")
    return ArticleRecord(
        title=clean_field(fields.pop("title", "") or title or _title_from_text(text)),
        text=text,
        source_name=clean_field(fields.pop("source_name", "") or source_name),
        **fields,
    )


def _title_from_text(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    return first_line if len(first_line) <= 120 else first_line[:119].rstrip() + "…"


def parse_html(html: str | bytes, *, url: str = "") -> ArticleRecord:
    """Main text and metadata of a web page; boilerplate, markup and scripts are dropped."""
    import trafilatura  # slow to import; only HTML needs it

    if isinstance(html, bytes):
        html = decode_bytes(html)
    if not html.strip():
        raise ParseError("The page is empty.")
    document = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, include_tables=True
    )
    if document is None:
        raise ParseError("No article text found in the HTML page.")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = normalise_text(data.get("text") or "")
    title = clean_field(data.get("title") or "")
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1].strip() if "\n" in text else ""
    if not text:
        raise ParseError("No article text found in the HTML page.")
    return ArticleRecord(
        title=title or _title_from_text(text),
        text=text,
        source_url=url or (data.get("url") or ""),
        source_name=clean_field(data.get("sitename") or ""),
        author=clean_field(data.get("author") or ""),
        published_at=parse_published(data.get("date") or "", strict=False),
    )


def parse_published(value: object, *, strict: bool = True) -> dt.datetime | None:
    """ISO 8601 date or date-time; a date alone is midnight UTC, a naive time is UTC."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        if _DATE_ONLY.match(text):
            parsed = dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
        else:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        if not strict:
            return None
        raise ParseError(
            f'"published" is {text[:40]!r}, not a date; use ISO 8601, e.g. 2016-09-29 or 2016-09-29T10:00Z.'
        ) from error
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def record_from_mapping(data: object, *, limits: Limits) -> ArticleRecord:
    """One article given as fields: title, text or html, url, source, author, published."""
    if not isinstance(data, dict):
        raise ParseError(f"Expected an object with article fields, got {type(data).__name__}.")
    text, html = data.get("text"), data.get("html")
    if isinstance(text, str) and text.strip():
        body, is_html = text, False
    elif isinstance(html, str) and html.strip():
        body, is_html = html, True
    else:
        raise ParseError('Missing required field: "text" or "html" must hold the article.')
    if len(body.encode("utf-8", "surrogatepass")) > limits.max_article_bytes:
        raise ParseError(f"The article is over the {limits.max_article_bytes:,}-byte limit.")
    url = str(data.get("url") or data.get("source_url") or "").strip()
    if url and not re.match(r"^https?://", url, re.IGNORECASE):
        raise ParseError(f'"url" must be an http(s) address, got {url[:80]!r}.')
    published = parse_published(data.get("published") or data.get("published_at"))
    source_name = clean_field(data.get("source") or data.get("source_name") or "")
    if not is_html:
        record = record_from_text(
            normalise_text(body),
            title=clean_field(data.get("title")),
            source_name=source_name,
            source_url=url,
            author=clean_field(data.get("author")),
            published_at=published,
        )
    else:
        record = parse_html(body, url=url)
        record.title = clean_field(data.get("title")) or record.title
        record.source_name = source_name or record.source_name
        record.author = clean_field(data.get("author")) or record.author
        record.published_at = published or record.published_at
    language = clean_field(data.get("language"))
    if language:
        record.language = language[:16]
    return record


def parse_json(item: RawItem, *, limits: Limits) -> Iterator[tuple[str, ArticleRecord | ItemError]]:
    """A JSON file: one article object, a list of them, or ``{"articles": [...]}``."""
    text = decode_bytes(item.data)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ParseError(
            f"Not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        yield item.name, _record_or_error(item.name, data, limits)
        return
    if not isinstance(data, list):
        raise ParseError("Expected an article object or a list of them.")
    if not data:
        raise ParseError("The JSON list holds no articles.")
    for index, entry in enumerate(data, start=1):
        name = f"{item.name} [article {index}]"
        yield name, _record_or_error(name, entry, limits)


def parse_jsonl(item: RawItem, *, limits: Limits) -> Iterator[tuple[str, ArticleRecord | ItemError]]:
    """JSON Lines: one article object a line; a malformed line fails alone."""
    seen = False
    for number, line in enumerate(decode_bytes(item.data).splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        name = f"{item.name} [line {number}]"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            yield name, ItemError(name, f"Not valid JSON: {error.msg} at column {error.colno}.")
            continue
        yield name, _record_or_error(name, data, limits)
    if not seen:
        raise ParseError("The file holds only whitespace.")


def parse_csv(item: RawItem, *, limits: Limits) -> Iterator[tuple[str, ArticleRecord | ItemError]]:
    """CSV with a header row naming the same fields as JSON; a malformed row fails alone."""
    text = decode_bytes(item.data)
    csv.field_size_limit(max(limits.max_article_bytes, 131072))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [clean_field(column).lower() for column in next(reader)]
    except (StopIteration, csv.Error) as error:
        raise ParseError(f"The CSV file has no readable header row ({error or 'empty'}).") from None
    if "text" not in header and "html" not in header:
        raise ParseError('The CSV header needs a "text" or "html" column.')
    row_number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            name = f"{item.name} [row {reader.line_num}]"
            yield name, ItemError(name, f"Malformed CSV ({error}); the rest of the file cannot be read.")
            break
        row_number += 1
        name = f"{item.name} [row {row_number}]"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield name, ItemError(name, f"Row has {len(row)} fields; the header has {len(header)}.")
            continue
        yield name, _record_or_error(name, dict(zip(header, row, strict=True)), limits)


def _record_or_error(name: str, data: object, limits: Limits) -> ArticleRecord | ItemError:
    try:
        return record_from_mapping(data, limits=limits)
    except ParseError as error:
        return ItemError(name, str(error))


def parse_items(
    item: RawItem, *, limits: Limits | None = None
) -> Iterator[tuple[str, ArticleRecord | ItemError]]:
    """Every article in a raw item, by its file type, each with a name saying where it came from."""
    limits = limits or Limits()
    suffix = suffix_of(item.name)
    try:
        if suffix in HTML_SUFFIXES:
            yield item.name, parse_html(item.data)
        elif suffix in JSON_SUFFIXES:
            yield from parse_json(item, limits=limits)
        elif suffix in JSONL_SUFFIXES:
            yield from parse_jsonl(item, limits=limits)
        elif suffix in CSV_SUFFIXES:
            yield from parse_csv(item, limits=limits)
        else:
            yield item.name, parse_plain_text(item)
    except ParseError as error:
        yield item.name, ItemError(item=item.name, reason=str(error))


def parse(item: RawItem, *, limits: Limits | None = None) -> list[ArticleRecord | ItemError]:
    return [result for _, result in parse_items(item, limits=limits)]
