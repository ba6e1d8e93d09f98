"""RSS and Atom feeds read into their entries: what an import fetches (the entry's link) or, for an entry
that carries its story but no link, the story itself. Pure Python, like the other parsers.

feedparser reads every RSS version, Atom 0.3/1.0 and the malformed feeds found in the wild; it is given
the bytes as a stream, never as ``bytes`` or ``str``, which it would try to open as a local file or
fetch as a URL.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from urllib.parse import urlsplit

import feedparser

# Entries read from one document; a feed lists its newest few dozen, so more is a dump or an attack.
MAX_FEED_ENTRIES = 1000


class FeedError(ValueError):
    """The document is not a feed that can be read; the message says why in plain words."""


@dataclass(slots=True, frozen=True)
class ParsedEntry:
    key: str  # stable across polls: a digest of the entry's id, else its link, else title and date
    link: str  # http(s) only; "" when the entry has none
    given_link: str  # the link as the feed gave it, when it is not one (relative, javascript:, …)
    title: str
    published: dt.datetime | None
    content_html: str  # the entry's story (content, else summary), sanitised by feedparser


@dataclass(slots=True, frozen=True)
class FeedDocument:
    title: str
    entries: list[ParsedEntry]
    skipped: int  # entries past MAX_FEED_ENTRIES


def _published(entry: dict) -> dt.datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _http_link(entry: dict) -> tuple[str, str]:
    """The entry's first http(s) link, else ("", the first link it gave)."""
    candidates = [entry.get("link") or ""]
    candidates += [
        link.get("href") or "" for link in entry.get("links") or [] if link.get("rel") == "alternate"
    ]
    candidates = [candidate.strip() for candidate in candidates if candidate.strip()]
    for candidate in candidates:
        parts = urlsplit(candidate)
        if parts.scheme.lower() in {"http", "https"} and parts.hostname:
            return candidate, ""
    # feedparser offers the entry's id as its link when there is none; an id (urn:…) is no link.
    given = [candidate for candidate in candidates if candidate != (entry.get("id") or "").strip()]
    return "", given[0] if given else ""


def _content(entry: dict) -> str:
    for content in entry.get("content") or []:
        if content.get("value", "").strip():
            return content["value"]
    return entry.get("summary") or ""


def _key(entry: dict, link: str, title: str, published: dt.datetime | None) -> str:
    identity = (
        (entry.get("id") or "").strip() or link or f"{title}\n{published.isoformat() if published else ''}"
    )
    return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()


def parse_feed(data: bytes, *, url: str = "", max_entries: int | None = None) -> FeedDocument:
    """The entries of an RSS or Atom document, in the feed's order; relative links resolve against ``url``."""
    max_entries = MAX_FEED_ENTRIES if max_entries is None else max_entries
    if not data.strip():
        raise FeedError("The feed is empty.")
    parsed = feedparser.parse(
        io.BytesIO(data),
        response_headers={"content-location": url} if url else None,
        resolve_relative_uris=True,
        sanitize_html=True,
    )
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" (the XML parser says: {problem})" if problem else ""
        raise FeedError(f"This is not an RSS or Atom feed{detail}.")
    entries = []
    for entry in parsed.entries[:max_entries]:
        link, given_link = _http_link(entry)
        title = " ".join((entry.get("title") or "").split())
        published = _published(entry)
        entries.append(
            ParsedEntry(
                key=_key(entry, link, title, published),
                link=link,
                given_link=given_link,
                title=title,
                published=published,
                content_html=_content(entry),
            )
        )
    title = " ".join((parsed.feed.get("title") or "").split())
    return FeedDocument(title=title, entries=entries, skipped=max(0, len(parsed.entries) - max_entries))
