from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class RawItem:
    """Bytes as read from a source, before decoding: the parser decides what they are."""

    name: str
    data: bytes


@dataclass(slots=True)
class UrlItem:
    """A page to fetch; fetched by the worker that writes it, so a slow site never holds up a plan."""

    url: str

    @property
    def name(self) -> str:
        return self.url


@dataclass(slots=True)
class ArticleRecord:
    title: str
    text: str
    source_url: str = ""
    source_name: str = ""
    author: str = ""
    published_at: datetime | None = None
    # As the source gives it ("de", "pt-BR"); "" when it gives none: the import then detects it.
    language: str = ""
    # Claims people labelled (Label Studio, doccano): (start, end, label) in ``text``, label "" when
    # none; None when the item carries no labels (the extractor's claims stand alone).
    claims: list[tuple[int, int, str]] | None = None
    # What the parser changed or left out, in plain words; kept on the import item, not in the payload.
    notes: list[str] = field(default_factory=list)

    def to_payload(self) -> dict:
        return {
            "title": self.title,
            "text": self.text,
            "source_url": self.source_url,
            "source_name": self.source_name,
            "author": self.author,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "language": self.language,
            "claims": [list(span) for span in self.claims] if self.claims is not None else None,
        }

    @classmethod
    def from_payload(cls, payload: dict) -> ArticleRecord:
        published = payload.get("published_at")
        return cls(
            title=payload["title"],
            text=payload["text"],
            source_url=payload.get("source_url", ""),
            source_name=payload.get("source_name", ""),
            author=payload.get("author", ""),
            published_at=datetime.fromisoformat(published) if published else None,
            language=payload.get("language", ""),
            claims=[tuple(span) for span in claims]
            if (claims := payload.get("claims")) is not None
            else None,
        )


@dataclass(slots=True)
class FactCheckRecord:
    """A fact-check published elsewhere (ClaimReview markup, the Fact Check Tools API, a CSV of checks):
    what claim matching compares new claims with. ``extra`` keeps fields nobody maps, so nothing is lost."""

    claim: str
    rating: str
    claimant: str = ""
    url: str = ""
    publisher: str = ""
    title: str = ""  # the fact-check's headline: matching reads it with the claim
    review_date: datetime | None = None
    claim_date: datetime | None = None
    language: str = ""
    extra: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    KIND = "fact_check"  # the payload's "kind": import items hold articles or fact-checks

    def to_payload(self) -> dict:
        return {
            "kind": self.KIND,
            "claim": self.claim,
            "rating": self.rating,
            "claimant": self.claimant,
            "url": self.url,
            "publisher": self.publisher,
            "title": self.title,
            "review_date": self.review_date.isoformat() if self.review_date else None,
            "claim_date": self.claim_date.isoformat() if self.claim_date else None,
            "language": self.language,
            "extra": self.extra,
        }

    @classmethod
    def from_payload(cls, payload: dict) -> FactCheckRecord:
        def moment(key: str) -> datetime | None:
            return datetime.fromisoformat(payload[key]) if payload.get(key) else None

        return cls(
            claim=payload["claim"],
            rating=payload["rating"],
            claimant=payload.get("claimant", ""),
            url=payload.get("url", ""),
            publisher=payload.get("publisher", ""),
            title=payload.get("title", ""),
            review_date=moment("review_date"),
            claim_date=moment("claim_date"),
            language=payload.get("language", ""),
            extra=payload.get("extra") or {},
        )


@dataclass(slots=True)
class ItemError:
    item: str
    reason: str


@dataclass(slots=True, frozen=True)
class Limits:
    """Limits from settings, passed down so readers and parsers stay free of Django.

    Defaults are the settings' defaults: ``FACTCHECK_MAX_ARTICLE_BYTES``,
    ``FACTCHECK_MAX_UPLOAD_BYTES``, ``FACTCHECK_MAX_CLAIMS_PER_ARTICLE``, ``FACTCHECK_MAX_SENTENCE_CHARS``,
    ``FACTCHECK_MAX_FIGURES_PER_CLAIM``, ``FACTCHECK_MAX_FIGURES_PER_ARTICLE`` and
    ``FACTCHECK_MAX_JSON_DEPTH``.
    """

    max_article_bytes: int = 10 * 1024 * 1024
    max_upload_bytes: int = 200 * 1024 * 1024
    max_archive_members: int = 100_000
    max_claims_per_article: int = 2000
    max_sentence_chars: int = 2000
    max_figures_per_claim: int = 100
    max_figures_per_article: int = 10_000
    max_json_depth: int = 100


def size_in_words(size: int) -> str:
    """10485760 -> "10 MB", 1536 -> "1.5 KB", 900 -> "900 bytes"."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size:,} bytes"
