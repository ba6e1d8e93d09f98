"""Parsers decode raw items and shape them into article records."""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from factcheck.imports.records import ArticleRecord, ItemError, RawItem

_WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
_SOURCE_LINE = re.compile(r"^\s*Source:\s*(?P<name>.+?)\s*$", re.IGNORECASE | re.MULTILINE)


class ParseError(ValueError):
    """Input that can never import; the message is shown to the user as is."""


def decode_bytes(data: bytes) -> str:
    """Decode text of unknown encoding: UTF-8 first (strict), then charset-normalizer's best guess."""
    if not data.strip():
        raise ParseError("The file is empty.")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError("The file looks binary, not text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
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


def clean_field(value: str) -> str:
    """One-line metadata (title, source): any run of whitespace, no-break spaces included, is one space."""
    return " ".join(value.split())


def parse_plain_text(item: RawItem) -> ArticleRecord:
    """A plain-text article: the first line is the title when a blank line follows it."""
    text = normalise_text(decode_bytes(item.data))
    if not text:
        raise ParseError("The file holds only whitespace.")
    title = ""
    first, sep, rest = text.partition("\n")
    if sep and rest.startswith("\n") and len(first) <= 500:
        title, text = first.strip(), rest.strip()
    source_name = ""
    if match := _SOURCE_LINE.search(text):
        source_name = match["name"]
        text = (text[: match.start()] + text[match.end() :]).strip()
    if not title:
        title = _title_from_text(text)
    return ArticleRecord(title=clean_field(title), text=text, source_name=clean_field(source_name))


def _title_from_text(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    return first_line if len(first_line) <= 120 else first_line[:119].rstrip() + "…"


def parse(item: RawItem) -> list[ArticleRecord | ItemError]:
    try:
        return [parse_plain_text(item)]
    except ParseError as error:
        return [ItemError(item=item.name, reason=str(error))]
