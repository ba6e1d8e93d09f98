"""The writer stores one article with all its claims and quantities, or nothing of it.

Work per article is bounded: the text is cut at ``FACTCHECK_MAX_ARTICLE_BYTES``, at most
``FACTCHECK_MAX_CLAIMS_PER_ARTICLE`` sentences become claims (none longer than
``FACTCHECK_MAX_SENTENCE_CHARS``), and a claim keeps at most
``FACTCHECK_MAX_FIGURES_PER_CLAIM`` figures (``FACTCHECK_MAX_FIGURES_PER_ARTICLE`` in all). Every cut
is said in the prepared article's ``notes``, which the import item keeps.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db import IntegrityError, transaction

from factcheck import extraction
from factcheck.checkworthiness import rescore
from factcheck.imports.models import ImportJob
from factcheck.imports.records import ArticleRecord, FactCheckRecord, Limits, size_in_words
from factcheck.layers import apply_labels, quantity_rows, sentence_values
from factcheck.matching import services as matching
from factcheck.matching.tasks import article_conflicts_task
from factcheck.models import Article, Claim, FactCheck, Quantity

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


def limits_from_settings() -> Limits:
    """The import limits in force (``FACTCHECK_MAX_*`` settings)."""
    return Limits(
        max_article_bytes=settings.FACTCHECK_MAX_ARTICLE_BYTES,
        max_upload_bytes=settings.FACTCHECK_MAX_UPLOAD_BYTES,
        max_claims_per_article=settings.FACTCHECK_MAX_CLAIMS_PER_ARTICLE,
        max_sentence_chars=settings.FACTCHECK_MAX_SENTENCE_CHARS,
        max_figures_per_claim=settings.FACTCHECK_MAX_FIGURES_PER_CLAIM,
        max_figures_per_article=settings.FACTCHECK_MAX_FIGURES_PER_ARTICLE,
        max_json_depth=settings.FACTCHECK_MAX_JSON_DEPTH,
    )


@dataclass(slots=True)
class PreparedArticle:
    """An article record with its hash, canonical URL and extracted sentences, ready to insert.

    ``notes`` say, in plain words, what the limits left out (and what the parser changed).
    """

    record: ArticleRecord
    digest: str
    canonical: str | None
    sentences: list[extraction.Sentence]
    notes: list[str] = field(default_factory=list)


def cut_text(text: str, max_bytes: int) -> tuple[str, str | None]:
    """``text`` within ``max_bytes`` of UTF-8, ended at a paragraph, line, sentence or word near the
    limit; and a note saying so, or None when it was short enough."""
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) <= max_bytes:
        return text, None
    cut = encoded[:max_bytes].decode("utf-8", "ignore")
    window = max(0, len(cut) - 64 * 1024)
    for separator in ("\n\n", "\n", ". ", " "):
        at = cut.rfind(separator, window)
        if at > 0:
            cut = cut[: at + (1 if separator == ". " else 0)]
            break
    cut = cut.rstrip()
    left_out = len(encoded) - len(cut.encode("utf-8", "surrogatepass"))
    return cut, (
        f"Article cut at {size_in_words(max_bytes)} (the size limit): "
        f"the last {size_in_words(left_out)} of {size_in_words(len(encoded))} were not imported."
    )


def extract_sentences(
    text: str, limits: Limits, language: str | None = None
) -> tuple[list[extraction.Sentence], list[str]]:
    """At most ``max_claims_per_article`` sentences, each at most ``max_sentence_chars`` long, with a
    note when sentences were left out: the rest of a huge text is only split (to count), not analysed.
    Read in ``language`` (detected when None); a language whose figures are not read gets a note."""
    document = extraction.extract_document(
        text,
        language,
        max_sentence_chars=limits.max_sentence_chars,
        max_sentences=limits.max_claims_per_article,
    )
    sentences, notes = rescore(document.sentences, document.language), list(document.notes)
    if len(sentences) < limits.max_claims_per_article:
        return sentences, notes
    total = len(
        extraction.split_sentences(
            text, max_sentence_chars=limits.max_sentence_chars, language=document.language
        )
    )
    if total <= len(sentences):
        return sentences, notes
    return sentences, [
        *notes,
        f"Only the first {limits.max_claims_per_article:,} of {total:,} sentences kept as "
        "claims (the limit per article); the article text is stored whole.",
    ]


def cap_figures(sentences: list[extraction.Sentence], limits: Limits) -> tuple[list, list[str]]:
    """At most so many figures per claim and per article, with notes."""
    notes: list[str] = []
    kept = capped_claims = over_claim = over_article = 0
    capped: list[extraction.Sentence] = []
    for sentence in sentences:
        found = len(sentence.quantities)
        keep = min(found, limits.max_figures_per_claim)
        if keep < found:
            capped_claims += 1
            over_claim += found - keep
        room = max(0, limits.max_figures_per_article - kept)
        if keep > room:
            over_article += keep - room
            keep = room
        kept += keep
        if keep < found:
            sentence = dataclasses.replace(sentence, quantities=sentence.quantities[:keep])
        capped.append(sentence)
    if capped_claims:
        notes.append(
            f"Only the first {limits.max_figures_per_claim:,} figures kept in {capped_claims:,} "
            f"sentence{'s' if capped_claims != 1 else ''} (the limit per claim): "
            f"{over_claim:,} figures left out."
        )
    if over_article:
        notes.append(
            f"Figures stop at {limits.max_figures_per_article:,} for the article (the limit per article): "
            f"{over_article:,} more figures in later sentences left out."
        )
    return capped, notes


def prepare_article(record: ArticleRecord, *, limits: Limits | None = None) -> PreparedArticle:
    """The CPU work (cutting, hashing, extraction, capping), done before any transaction so no lock
    waits on it; the record's own notes come first in the result's."""
    limits = limits or limits_from_settings()
    notes = list(record.notes)
    text, cut_note = cut_text(record.text, limits.max_article_bytes)
    if cut_note:
        notes.append(cut_note)
        kept = None
        if record.claims is not None:
            kept = [span for span in record.claims if span[1] <= len(text)]
            if len(kept) < len(record.claims):
                notes.append(f"Left out {len(record.claims) - len(kept):,} labelled span(s) in the cut text.")
        record = dataclasses.replace(record, text=text, claims=kept)
    # The source's language if it gives one, else the text's (detected): stored on the article, and the
    # language its figures are read in.
    language = extraction.resolve_language(record.text, record.language or None)
    if not record.language:
        record = dataclasses.replace(record, language=language)
    sentences, sentence_notes = extract_sentences(record.text, limits, language)
    sentences, figure_notes = cap_figures(sentences, limits)
    return PreparedArticle(
        record=record,
        digest=content_hash(record.text),
        canonical=canonical_url(record.source_url),
        sentences=sentences,
        notes=notes + sentence_notes + figure_notes,
    )


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
        Claim(article=article, index=sentence.index, **sentence_values(sentence))
        for sentence in prepared.sentences
    ]
    return article, claims


def build_quantities(claims: list[Claim], prepared: PreparedArticle) -> list[Quantity]:
    return [
        row
        for claim, sentence in zip(claims, prepared.sentences, strict=True)
        for row in quantity_rows(claim, sentence.quantities)
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
    quantities = Quantity.objects.bulk_create(build_quantities(claims, prepared))
    if prepared.record.claims is not None:  # labelled in another tool: people's claims
        apply_labels(article.pk, article.body, prepared.record.claims, language=article.language)
    if settings.MATCHING_ENABLED:
        if prepared.record.claims is None:
            matching.matching_index_new_claims(
                claims=claims, quantities=quantities, language=article.language
            )
        else:  # the labels changed the claims: read them back
            claim_ids = Claim.objects.filter(article=article).values_list("pk", flat=True)
            matching.matching_index_claims(claim_ids=claim_ids)
        if settings.MATCHING_CONFLICTS_ENABLED:
            transaction.on_commit(partial(article_conflicts_task.delay, article.pk))
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


def fact_check_digest(record: FactCheckRecord) -> str:
    """Same page, same fact-check; without a page, the same claim, rating and publisher."""
    return content_hash(canonical_url(record.url) or f"{record.claim}\n{record.rating}\n{record.publisher}")


def insert_fact_check(record: FactCheckRecord, *, job: ImportJob | None = None) -> FactCheck:
    """Insert in the caller's transaction; ``IntegrityError`` when it is already stored (its digest)."""
    fact_check = FactCheck.objects.create(
        claim=record.claim,
        rating=record.rating[:300],
        claimant=record.claimant[:300],
        url=record.url[:2000],
        publisher=record.publisher[:300],
        title=record.title[:500],
        review_date=record.review_date,
        claim_date=record.claim_date,
        language=record.language[:16],
        extra=record.extra,
        digest=fact_check_digest(record),
        import_job=job,
    )
    if settings.MATCHING_ENABLED:
        matching.matching_index_fact_checks(fact_check_ids=[fact_check.pk])
    return fact_check
