"""Parsers decode raw items and shape them into article records, one readable error per bad item.

Nothing a parser meets can fail more than its own item: any unexpected error becomes that item's
error. What a database cannot store (NUL characters, lone UTF-16 surrogates) is removed or replaced
before it gets there, and the record's ``notes`` say so. JSON nests at most ``Limits.max_json_depth``.

Titles and source names come from explicit fields; only a plain-text file, which has no fields, gives
its title by its first line (when that line reads as a headline: alone, short, no full stop) and its
source by a last line ``Source: name``. Article text is otherwise stored as given: no line is taken
out of it for looking like metadata.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html import escape
from pathlib import PurePosixPath

from charset_normalizer import from_bytes

from factcheck.imports.factchecks import (
    FactCheckError,
    claimreview_nodes,
    claimreview_nodes_in_html,
    csv_mapping,
    describe_mapping,
    is_fact_check_api_response,
    record_from_claimreview,
    record_from_csv_row,
    records_from_fact_check_api,
)
from factcheck.imports.records import ArticleRecord, FactCheckRecord, ItemError, Limits, RawItem, UrlItem
from factcheck.imports.syndication import FeedError, ParsedEntry, parse_feed
from factcheck.json_depth import JSONTooDeep, check_json_depth

_WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
# A plain-text file's last line naming its source ("Source: Reuters and ARA News"): short, no full stop.
_SOURCE_TRAILER = re.compile(r"\n\s*Source:[ \t]*(?P<name>[^\n.]{1,100}?)[ \t]*\Z", re.IGNORECASE)
_HEADLINE_MAX = 300
# What cannot be stored: NUL (PostgreSQL text refuses it) and lone surrogates (not encodable as UTF-8).
# U+FDD0, a noncharacter, stands in for NUL bytes in CSV text (Python's csv module refuses NUL).
_NUL = re.compile("[\x00\ufdd0]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NUL_STAND_IN = "\ufdd0"
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
# C0 and C1 control characters (and DEL), and the NUL stand-in: never part of a URL.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ufdd0]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ARCHIVE_SUFFIXES = frozenset({".zip"})  # opened by the readers; their members are files like any other


class ParseError(ValueError):
    """Input that can never import; the message is shown to the user as is."""


def suffix_of(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def decode_bytes(data: bytes) -> str:
    """Decode text of unknown encoding: UTF-8 first (strict), then charset-normalizer's best guess."""
    if not data:
        raise ParseError("The file is empty.")
    if not data.strip():
        raise ParseError("The file has no text (only white space).")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ParseError("The file starts with a UTF-16 mark but is not valid UTF-16.") from error
    # Control bytes other than tab, line breaks, form feed and escape mean binary data; but one stray
    # NUL in a text is only removed (with a note on the item), so a file is not refused for it.
    sample = data[:4096]
    if b"\x00" in sample:
        controls = len(_BINARY_CONTROLS.findall(sample))
        if controls >= 2 and controls * 100 > len(sample):
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
    """A plain-text article: a headline-like first line followed by a blank line is the title."""
    text = normalise_text(decode_bytes(item.data))
    if not text:
        raise ParseError("The file holds only whitespace.")
    return record_from_text(text)


def storable(value: str) -> tuple[str, int, int]:
    """``value`` without NUL characters and with lone surrogates replaced by U+FFFD, and how many of
    each there were."""
    nuls = surrogates = 0
    if _NUL.search(value):
        value, nuls = _NUL.subn("", value)
    if _SURROGATE.search(value):
        value, surrogates = _SURROGATE.subn("\ufffd", value)
    return value, nuls, surrogates


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _storable_fact_check(record: FactCheckRecord) -> FactCheckRecord:
    """A fact-check's text fields without NULs or lone surrogates (a note says so)."""
    changed = 0
    for name in ("claim", "rating", "claimant", "url", "publisher", "language"):
        value, removed, replaced = storable(getattr(record, name))
        if removed or replaced:
            setattr(record, name, value)
            changed += removed + replaced
    if changed:
        record.notes.append(f"Removed or replaced {_plural(changed, 'character')} no database can store.")
    return record


def make_storable(record: ArticleRecord) -> ArticleRecord:
    """Take out of ``record`` what no database can store, adding a note for each kind of change."""
    nuls: dict[str, int] = {}
    surrogates: dict[str, int] = {}
    for name in ("title", "text", "source_url", "source_name", "author", "language"):
        value, removed, replaced = storable(getattr(record, name))
        if removed or replaced:
            setattr(record, name, value)
        if removed:
            nuls[name] = removed
        if replaced:
            surrogates[name] = replaced
    if nuls:
        where = ", ".join(f"{count:,} in the {_FIELD_NAMES[name]}" for name, count in nuls.items())
        record.notes.append(f"Removed {_plural(sum(nuls.values()), 'NUL character')} ({where}).")
        if "text" in nuls and record.claims:
            record.notes.append(
                f"Left out {_plural(len(record.claims), 'labelled span')}: removing the NUL characters moved "
                "their offsets; the extractor's claims stand instead."
            )
            record.claims = None
    if surrogates:
        where = ", ".join(f"{count:,} in the {_FIELD_NAMES[name]}" for name, count in surrogates.items())
        record.notes.append(
            f"Replaced {_plural(sum(surrogates.values()), 'lone surrogate')} (not a character; "
            f"invalid Unicode) with U+FFFD ({where})."
        )
    return record


_FIELD_NAMES = {
    "title": "title",
    "text": "text",
    "source_url": "URL",
    "source_name": "source",
    "author": "author",
    "language": "language",
}


def _is_headline(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= _HEADLINE_MAX and not line.endswith((".", ":", ";", ","))


def record_from_text(text: str, **fields) -> ArticleRecord:
    """A plain-text article (no fields): the first line is the title when a blank line follows it and
    it reads as a headline (short, no full stop); any other first line stays in the text, and the
    title repeats its start. A last line ``Source: name`` (short, no full stop) names the source, and
    stays in the text: no line is dropped because it looks like metadata."""
    title = ""
    first, sep, rest = text.partition("\n")
    if sep and rest.startswith("\n") and _is_headline(first):
        title, text = first.strip(), rest.strip()
    source_name = ""
    if match := _SOURCE_TRAILER.search(text):
        source_name = match["name"]
    if not text:
        raise ParseError("The article has a title but no text.")
    return ArticleRecord(
        title=clean_field(fields.pop("title", "") or title or _title_from_text(text)),
        text=text,
        source_name=clean_field(fields.pop("source_name", "") or source_name),
        **fields,
    )


def record_from_fields(text: str, *, title: str = "", **fields) -> ArticleRecord:
    """An article given as fields: its text is stored as given; without a title field, the title is
    the text's first line (which stays in the text)."""
    if not text:
        raise ParseError("The article has no text.")
    return ArticleRecord(title=clean_field(title) or _title_from_text(text), text=text, **fields)


def control_character(value: str) -> str | None:
    """The first control character in ``value``, named (e.g. "U+000A"), or None."""
    match = _CONTROL.search(value)
    if match is None:
        return None
    return "U+0000" if match.group() == _NUL_STAND_IN else f"U+{ord(match.group()):04X}"


def shown(value: str, limit: int = 200) -> str:
    """``value`` fit to show and store as a name: control characters escaped, at most ``limit`` long."""
    value = _CONTROL.sub(lambda m: f"\\x{ord(m.group()) if m.group() != _NUL_STAND_IN else 0:02x}", value)
    return storable(value)[0][:limit]


def check_url(url: str) -> str:
    """``url`` if an http(s) address without control characters; else a ``ParseError`` saying why."""
    if name := control_character(url):
        raise ParseError(
            f"The URL {shown(url, 120)!r} contains a control character ({name}); refused. "
            "A URL never holds line breaks or other control characters."
        )
    if not re.match(r"^https?://", url, re.IGNORECASE):
        raise ParseError(f'"url" must be an http(s) address, got {shown(url, 80)!r}.')
    return url


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
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # the publication date from the page's markup only: the extensive search reads dates in the text,
        # so "the worst since 2022" made an article published on 1 January 2022
        date_extraction_params={"extensive_search": False, "original_date": True},
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


def _lenient_date(value: str) -> dt.datetime | None:
    return parse_published(value, strict=False)


def _fact_checks(name: str, nodes: list[dict]) -> Results:
    """Each ClaimReview as a fact-check, or its own error."""
    for index, node in enumerate(nodes, start=1):
        where = f"{name} [fact-check {index}]" if len(nodes) > 1 else name
        try:
            yield where, record_from_claimreview(node, parse_date=_lenient_date)
        except FactCheckError as error:
            yield where, ItemError(where, str(error))


def parse_html_item(item: RawItem) -> Results:
    """A page that embeds ClaimReview markup is a fact-check (or several); any other page an article."""
    html = decode_bytes(item.data)
    if (nodes := claimreview_nodes_in_html(html)) is not None:
        yield from _fact_checks(item.name, nodes)
        return
    yield item.name, parse_html(html)


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
    spans: list | None = None  # labelled claims: None when the item has no labels at all
    task_data = data.get("data")
    if isinstance(task_data, dict):  # a Label Studio task: the article in "data"
        spans = _label_studio_spans(data)
        data = task_data
    else:
        for key in ("label", "entities"):  # doccano: sequence labelling, or its relation export
            if isinstance(data.get(key), list):
                spans = [_span_triple(entry) for entry in data[key]]
                break
    text, html = data.get("text"), data.get("html")
    if isinstance(text, str) and text.strip():
        body, is_html = text, False
    elif isinstance(html, str) and html.strip():
        body, is_html = html, True
    else:
        raise ParseError('Missing required field: "text" or "html" must hold the article.')
    if spans is not None and is_html:
        raise ParseError("Labelled spans need the article as text (their offsets are into the text).")
    if len(body.encode("utf-8", "surrogatepass")) > limits.max_article_bytes:
        raise ParseError(f"The article is over the {limits.max_article_bytes:,}-byte limit.")
    url = str(data.get("url") or data.get("source_url") or "").strip()
    if url:
        check_url(url)
    published = parse_published(data.get("published") or data.get("published_at"))
    source_name = clean_field(data.get("source") or data.get("source_name") or "")
    if not is_html:
        record = record_from_fields(
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
    if spans is not None:
        record.claims, notes = labelled_spans(spans, body, record.text)
        record.notes.extend(notes)
    return record


# --- labelled spans: Label Studio tasks and doccano lines -----------------------------------------


def _offset_map(original: str, stored: str, offsets: Iterable[int]) -> dict[int, int]:
    """Where each offset of the text as given lands in the text as stored (``normalise_text``: line
    endings, NFC, outer white space), in one pass over the text whatever the number of offsets."""
    if original == stored:
        return {offset: offset for offset in offsets}

    def normalised(piece: str) -> str:
        return unicodedata.normalize("NFC", piece.replace("\r\n", "\n").replace("\r", "\n"))

    whole = normalised(original)
    lead = len(whole) - len(whole.lstrip())
    mapped: dict[int, int] = {}
    done = length = 0
    for offset in sorted(set(offsets)):
        length += len(normalised(original[done:offset]))
        done = offset
        mapped[offset] = min(max(length - lead, 0), len(stored))
    return mapped


def _span_triple(entry: object) -> tuple[object, object, object]:
    """doccano's ``[start, end, label]`` or ``{"start_offset", "end_offset", "label"}``."""
    if isinstance(entry, list | tuple) and len(entry) == 3:
        return entry[0], entry[1], entry[2]
    if isinstance(entry, dict):
        return (
            entry.get("start_offset", entry.get("start")),
            entry.get("end_offset", entry.get("end")),
            entry.get("label"),
        )
    raise ParseError(
        "A label is [start, end, label] or an object with start_offset, end_offset and label, "
        f"not {shown(str(entry), 60)}."
    )


def _label_studio_spans(task: dict) -> list[tuple[object, object, object]] | None:
    """The spans of the task's latest annotation that was not cancelled; None when nobody annotated it."""
    annotations = [
        a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")
    ]
    if not annotations:
        return None
    spans = []
    for result in annotations[-1].get("result") or []:
        value = result.get("value") if isinstance(result, dict) else None
        if not isinstance(value, dict) or "start" not in value or "end" not in value:
            continue  # a choice, a rating or a relation: not a span
        labels = value.get("labels") or value.get("hypertextlabels") or [""]
        spans.append((value["start"], value["end"], labels[0] if labels else ""))
    return spans


def labelled_spans(
    raw: list[tuple[object, object, object]], original: str, stored: str
) -> tuple[list, list[str]]:
    """The spans as (start, end, label) in the stored text, in order; each that cannot be placed is a note."""
    checked: list[tuple[int, int, object]] = []
    for start, end, label in raw:
        if (
            not (isinstance(start, int) and isinstance(end, int))
            or isinstance(start, bool)
            or isinstance(end, bool)
        ):
            raise ParseError(
                f"A labelled span needs whole-number offsets, not {shown(str([start, end]), 60)}."
            )
        if not 0 <= start < end <= len(original):
            raise ParseError(
                f"The labelled span {start}-{end} lies outside the text ({len(original):,} characters)."
            )
        checked.append((start, end, label))
    mapped = _offset_map(original, stored, (offset for start, end, _ in checked for offset in (start, end)))
    spans: set[tuple[int, int, str]] = set()
    notes: list[str] = []
    for start, end, label in checked:
        new_start, new_end = mapped[start], mapped[end]
        if new_start >= new_end or not stored[new_start:new_end].strip():
            notes.append(f"Left out the labelled span {start}-{end}: it holds only white space.")
            continue
        spans.add((new_start, new_end, clean_field(label)[:50]))
    return sorted(spans), notes


def parse_json(item: RawItem, *, limits: Limits) -> Results:
    """A JSON file: one article object, a list of them, or ``{"articles": [...]}``."""
    text = decode_bytes(item.data)
    try:
        check_json_depth(text, limits.max_json_depth)
        data = json.loads(text)
    except JSONTooDeep as error:
        raise ParseError(str(error)) from None
    except json.JSONDecodeError as error:
        raise ParseError(
            f"Not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    except (ValueError, RecursionError) as error:  # e.g. a number of over 4,300 digits
        raise ParseError(f"Not valid JSON ({shown(str(error))}).") from None
    if (nodes := claimreview_nodes(data)) is not None:
        yield from _fact_checks(item.name, nodes)
        return
    if is_fact_check_api_response(data):
        for where, result in records_from_fact_check_api(data, parse_date=_lenient_date):
            name = f"{item.name} [{where}]"
            yield name, result if isinstance(result, FactCheckRecord) else ItemError(name, result)
        return
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


def parse_jsonl(item: RawItem, *, limits: Limits) -> Results:
    """JSON Lines: one article object a line; a malformed line fails alone."""
    seen = False
    for number, line in enumerate(decode_bytes(item.data).splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        name = f"{item.name} [line {number}]"
        try:
            check_json_depth(line, limits.max_json_depth)
            data = json.loads(line)
        except JSONTooDeep as error:
            yield name, ItemError(name, str(error))
            continue
        except json.JSONDecodeError as error:
            yield name, ItemError(name, f"Not valid JSON: {error.msg} at column {error.colno}.")
            continue
        except (ValueError, RecursionError) as error:
            yield name, ItemError(name, f"Not valid JSON ({shown(str(error))}).")
            continue
        yield name, _record_or_error(name, data, limits)
    if not seen:
        raise ParseError("The file holds only whitespace.")


@dataclass(frozen=True, slots=True)
class CsvLayout:
    """How a CSV file's header is read: as articles, or as fact-checks with which column is which."""

    columns: list[str]  # as written in the header
    mapping: dict[str, int] | None  # fact-checks: our field -> column position; None for articles

    @property
    def kind(self) -> str:
        return "articles" if self.mapping is None else "fact-checks"

    @property
    def fields(self) -> list[tuple[str, str]]:
        """(our field, their column) for every column read; articles use the column names as fields."""
        if self.mapping is None:
            return [(c.lower(), c) for c in self.columns if c.lower() in ARTICLE_FIELDS]
        return [(ours, self.columns[position]) for ours, position in self.mapping.items()]

    @property
    def extra_columns(self) -> list[str]:
        """Columns not read as a field: kept in ``extra`` for fact-checks, left out for articles."""
        read = {column for _, column in self.fields}
        return [column for column in self.columns if column not in read]


# The columns an articles CSV reads (the keys of ``record_from_mapping``).
ARTICLE_FIELDS = (
    *("title", "text", "html", "url", "source_url", "source", "source_name"),
    *("author", "published", "published_at", "language"),
)


def _csv_reader(item: RawItem, limits: Limits):
    # Python's csv module refuses NUL; a stand-in carries each one to the record, which drops it with a note.
    text = decode_bytes(item.data).replace("\x00", _NUL_STAND_IN)
    csv.field_size_limit(max(limits.max_article_bytes, 131072))
    return csv.reader(io.StringIO(text, newline=""), strict=True)


def _read_layout(reader) -> CsvLayout:
    try:
        original = [clean_field(column) for column in next(reader)]
    except (StopIteration, csv.Error) as error:
        raise ParseError(f"The CSV file has no readable header row ({error or 'empty'}).") from None
    header = [column.lower() for column in original]
    articles = "text" in header or "html" in header
    mapping = None if articles else csv_mapping(header)
    if not articles and mapping is None:
        raise ParseError(
            'The CSV header needs a "text" or "html" column (articles), or a claim and a rating column '
            "(fact-checks)."
        )
    return CsvLayout(columns=original, mapping=mapping)


def csv_layout(item: RawItem, *, limits: Limits | None = None) -> CsvLayout:
    """How ``parse_csv`` will read the file's columns, for showing before an import runs."""
    return _read_layout(_csv_reader(item, limits or Limits()))


def parse_csv(item: RawItem, *, limits: Limits) -> Results:
    """CSV with a header row naming the same fields as JSON; a malformed row fails alone."""
    reader = _csv_reader(item, limits)
    layout = _read_layout(reader)
    original, mapping = layout.columns, layout.mapping
    header = [column.lower() for column in original]
    mapping_note = describe_mapping(original, mapping) if mapping is not None else ""
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
        if mapping is not None:
            try:
                record = record_from_csv_row(original, row, mapping, parse_date=_lenient_date)
            except FactCheckError as error:
                yield name, ItemError(name, str(error))
                continue
            record.notes.append(mapping_note)
            yield name, record
            continue
        yield name, _record_or_error(name, dict(zip(header, row, strict=True)), limits)


def _record_or_error(name: str, data: object, limits: Limits) -> ArticleRecord | ItemError:
    try:
        return record_from_mapping(data, limits=limits)
    except ParseError as error:
        return ItemError(name, str(error))
    except Exception as error:  # a bug or a library's surprise fails this article, not its file
        return ItemError(name, unexpected(error))


def unexpected(error: BaseException) -> str:
    return f"Could not be read: unexpected {type(error).__name__} ({shown(str(error))})."


Results = Iterator[tuple[str, ArticleRecord | FactCheckRecord | UrlItem | ItemError]]


def feed_entry_record(entry: ParsedEntry, *, feed_name: str) -> ArticleRecord:
    """An entry that carries its story but no link: the story is the article."""
    head = f"<head><title>{escape(entry.title)}</title></head>"
    page = f"<html>{head}<body><article>{entry.content_html}</article></body></html>"
    record = parse_html(page)
    record.published_at = record.published_at or entry.published
    record.source_name = record.source_name or feed_name
    return record


def parse_feed_item(item: RawItem) -> Results:
    """An RSS or Atom file: each entry's link is fetched like a URL import; an entry without a link but
    with its story in the feed imports that story; one with neither fails alone."""
    try:
        document = parse_feed(item.data)
    except FeedError as error:
        raise ParseError(str(error)) from None
    for number, entry in enumerate(document.entries, 1):
        name = f"{item.name}, entry {number}" + (f" ({shown(entry.title, 80)})" if entry.title else "")
        try:
            if entry.link:
                yield entry.link, UrlItem(url=check_url(entry.link))
            elif entry.content_html.strip():
                yield name, feed_entry_record(entry, feed_name=document.title)
            elif entry.given_link:
                reason = f"This entry's link is not a full http(s) address: {shown(entry.given_link, 200)}"
                yield name, ItemError(item=name, reason=reason)
            else:
                yield name, ItemError(item=name, reason="This entry has neither a web link nor any text.")
        except ParseError as error:
            yield name, ItemError(item=name, reason=str(error))
    if document.skipped:
        read = len(document.entries)
        reason = f"{document.skipped:,} entries past the first {read:,} were not read; split the feed."
        yield item.name, ItemError(item=item.name, reason=reason)


def _one(parse_one: Callable[[RawItem], ArticleRecord]) -> Callable[[RawItem, Limits], Results]:
    """A parser of one-article files, as the table's parsers are called."""
    return lambda item, limits: iter([(item.name, parse_one(item))])


@dataclass(frozen=True, slots=True)
class Format:
    """An import file type: its name endings, its parser, and whether one file holds many articles
    (then it may be as large as an upload, else as large as one article)."""

    suffixes: frozenset[str]
    parse: Callable[[RawItem, Limits], Results]
    many_articles: bool = False


# Every file type an import reads, in one place; ``.zip`` archives are opened by the readers.
FORMATS: tuple[Format, ...] = (
    Format(frozenset({".txt", ".md", ".markdown"}), _one(lambda item: parse_plain_text(item))),
    Format(frozenset({".html", ".htm", ".xhtml"}), lambda item, limits: parse_html_item(item)),
    Format(frozenset({".json"}), lambda item, limits: parse_json(item, limits=limits), many_articles=True),
    Format(
        frozenset({".jsonl", ".ndjson"}),
        lambda item, limits: parse_jsonl(item, limits=limits),
        many_articles=True,
    ),
    Format(frozenset({".csv"}), lambda item, limits: parse_csv(item, limits=limits), many_articles=True),
    Format(
        frozenset({".rss", ".atom", ".xml"}), lambda item, limits: parse_feed_item(item), many_articles=True
    ),
)
FORMAT_BY_SUFFIX: dict[str, Format] = {suffix: f for f in FORMATS for suffix in f.suffixes}
SUPPORTED_SUFFIXES = frozenset(FORMAT_BY_SUFFIX)
MULTI_ARTICLE_SUFFIXES = frozenset(s for s, f in FORMAT_BY_SUFFIX.items() if f.many_articles)


def parse_items(item: RawItem, *, limits: Limits | None = None) -> Results:
    """Every article in a raw item, by its file type (``FORMATS``; plain text when it has none), each
    with a name saying where it came from."""
    limits = limits or Limits()
    file_format = FORMAT_BY_SUFFIX.get(suffix_of(item.name), FORMATS[0])
    try:
        for name, result in file_format.parse(item, limits):
            if isinstance(result, ArticleRecord):
                result = make_storable(result)
            elif isinstance(result, FactCheckRecord):
                result = _storable_fact_check(result)
            yield name, result
    except ParseError as error:
        yield item.name, ItemError(item=item.name, reason=str(error))
    except Exception as error:  # never the job: this file fails with the reason
        yield item.name, ItemError(item=item.name, reason=unexpected(error))


def parse(
    item: RawItem, *, limits: Limits | None = None
) -> list[ArticleRecord | FactCheckRecord | UrlItem | ItemError]:
    return [result for _, result in parse_items(item, limits=limits)]
