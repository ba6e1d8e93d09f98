"""The writer stores one article with all its claims and quantities, or nothing of it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.db import IntegrityError, transaction

from factcheck import extraction
from factcheck.extraction.speakers import speaker_type
from factcheck.extraction.version import EXTRACTOR_VERSION
from factcheck.imports.models import ImportJob
from factcheck.imports.records import ArticleRecord
from factcheck.models import Article, Claim, Quantity, SpeakerType

_WHITESPACE = re.compile(r"\s+")
# ``speaker_type`` answers in schema.org types.
_SPEAKER_TYPES = {"Person": SpeakerType.PERSON, "Organization": SpeakerType.ORGANIZATION}


def content_hash(text: str) -> str:
    """Hash of the body with whitespace folded, so re-wrapped copies count as the same article."""
    return hashlib.sha256(_WHITESPACE.sub(" ", text).strip().casefold().encode()).hexdigest()


def canonical_url(url: str) -> str | None:
    """Scheme and host lower-cased, fragment and trailing slash dropped: one page, one key."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return None
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


@dataclass(slots=True)
class WriteResult:
    article: Article | None
    duplicate: bool


@dataclass(slots=True)
class PreparedArticle:
    """An article record with its hash, canonical URL and extracted sentences, ready to insert."""

    record: ArticleRecord
    digest: str
    canonical: str | None
    sentences: list[extraction.Sentence]


def prepare_article(record: ArticleRecord) -> PreparedArticle:
    """The CPU work (hashing, extraction), done before any transaction so no lock waits on it."""
    return PreparedArticle(
        record=record,
        digest=content_hash(record.text),
        canonical=canonical_url(record.source_url),
        sentences=extraction.extract(record.text),
    )


def _speaker_type(speaker: extraction.Speaker | None) -> str:
    return _SPEAKER_TYPES[speaker_type(speaker.name)] if speaker else ""


def build_rows(prepared: PreparedArticle, *, job: ImportJob | None = None) -> tuple[Article, list[Claim]]:
    """Unsaved rows; each claim keeps its speaker's type and the extractor version, so what is
    published later does not change when the extractor does."""
    record = prepared.record
    article = Article(
        title=record.title[:500],
        body=record.text,
        source_url=record.source_url[:2000],
        canonical_url=prepared.canonical[:2000] if prepared.canonical else None,
        source_name=record.source_name[:200],
        author=record.author[:300],
        published_at=record.published_at,
        language=record.language[:16],
        content_hash=prepared.digest,
        import_job=job,
    )
    claims = [
        Claim(
            article=article,
            index=sentence.index,
            text=sentence.text,
            start=sentence.start,
            end=sentence.end,
            category=str(sentence.category),
            checkworthiness=sentence.checkworthiness,
            is_claim=sentence.is_claim,
            speaker=sentence.speaker.name[:300] if sentence.speaker else "",
            speaker_start=sentence.speaker.start if sentence.speaker else None,
            speaker_end=sentence.speaker.end if sentence.speaker else None,
            speaker_type=_speaker_type(sentence.speaker),
            extractor_version=EXTRACTOR_VERSION,
        )
        for sentence in prepared.sentences
    ]
    return article, claims


def build_quantities(claims: list[Claim], prepared: PreparedArticle) -> list[Quantity]:
    return [
        Quantity(
            claim=claim,
            surface=quantity.surface[:300],
            start=quantity.start,
            end=quantity.end,
            value=quantity.value,
            low=quantity.low,
            high=quantity.high,
            qualifier=str(quantity.qualifier),
            unit=(quantity.unit or "")[:100],
            category=str(quantity.category),
            kind=str(quantity.kind),
        )
        for claim, sentence in zip(claims, prepared.sentences, strict=True)
        for quantity in sentence.quantities
    ]


def insert_prepared(prepared: PreparedArticle, *, job: ImportJob | None = None) -> Article:
    """Insert the article, its claims and quantities in the caller's transaction.

    Raises ``IntegrityError`` when the article is already stored (content hash or canonical URL):
    the caller's transaction must roll back, then ``is_duplicate`` says whether that was the cause.
    """
    article, claims = build_rows(prepared, job=job)
    article.save(force_insert=True)
    for claim in claims:
        claim.article = article
    claims = Claim.objects.bulk_create(claims)
    Quantity.objects.bulk_create(build_quantities(claims, prepared))
    return article


def is_duplicate(prepared: PreparedArticle) -> bool:
    return Article.objects.filter(content_hash=prepared.digest).exists() or bool(
        prepared.canonical and Article.objects.filter(canonical_url=prepared.canonical).exists()
    )


def write_prepared(prepared: PreparedArticle, *, job: ImportJob | None = None) -> WriteResult:
    """Insert the article, its claims and quantities in one transaction; a duplicate is reported.

    Uniqueness is left to the database constraints so that two workers racing on the
    same article cannot both insert it (no check-then-insert).
    """
    try:
        with transaction.atomic():
            article = insert_prepared(prepared, job=job)
    except IntegrityError:
        if is_duplicate(prepared):
            return WriteResult(article=None, duplicate=True)
        raise
    return WriteResult(article=article, duplicate=False)


def write_article(record: ArticleRecord, *, job: ImportJob | None = None) -> WriteResult:
    """Prepare and write in one go (for callers without a lock to keep short)."""
    return write_prepared(prepare_article(record), job=job)
