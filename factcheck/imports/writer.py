"""The writer stores one article with all its claims and quantities, or nothing of it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.db import IntegrityError, transaction

from factcheck import extraction
from factcheck.imports.records import ArticleRecord
from factcheck.models import Article, Claim, ImportJob, Quantity

_WHITESPACE = re.compile(r"\s+")


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


def write_article(record: ArticleRecord, *, job: ImportJob | None = None) -> WriteResult:
    """Create the article and its claims in one transaction; a duplicate is reported, never stored.

    Uniqueness is left to the database constraints so that two workers racing on the
    same article cannot both insert it.
    """
    digest = content_hash(record.text)
    canonical = canonical_url(record.source_url)
    sentences = extraction.extract(record.text)  # outside the transaction: pure CPU work
    try:
        with transaction.atomic():
            article = Article.objects.create(
                title=record.title[:500],
                body=record.text,
                source_url=record.source_url,
                canonical_url=canonical,
                source_name=record.source_name[:200],
                author=record.author[:300],
                published_at=record.published_at,
                language=record.language,
                content_hash=digest,
                import_job=job,
            )
            claims = Claim.objects.bulk_create(
                [
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
                    )
                    for sentence in sentences
                ]
            )
            Quantity.objects.bulk_create(
                [
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
                    for claim, sentence in zip(claims, sentences, strict=True)
                    for quantity in sentence.quantities
                ]
            )
    except IntegrityError:
        if Article.objects.filter(content_hash=digest).exists() or (
            canonical and Article.objects.filter(canonical_url=canonical).exists()
        ):
            return WriteResult(article=None, duplicate=True)
        raise
    return WriteResult(article=article, duplicate=False)
