"""The desk's corrections as gold data: every article a person corrected or reviewed, one JSON line each.

Each line holds the article text, the human layer (the claims people kept, with figures, speakers,
categories, origins and review states, in the extraction CLI's JSON shape), the spans people marked
"not a claim", and the machine layer beside them (what the extractor stored). ``python -m
factcheck.extraction.evaluate gold FILE`` scores the extractor against such a file; the quality page
scores the stored machine layer per extractor version.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter
from collections.abc import Iterator

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from annotations.models import ReviewState
from factcheck.layers import QUANTITY_FIELDS, machine_snapshot
from factcheck.models import Article, Claim, Origin, Quantity

BATCH = 50  # articles read at a time: a few queries per batch, whatever the number of articles


def _people_worked_on(since: datetime.datetime | None) -> Q:
    corrected = ~Q(origin=Origin.MACHINE) | Q(not_a_claim=True)
    reviewed = Q(review__isnull=False) & ~Q(review__state=ReviewState.UNREVIEWED)
    if since is None:
        return corrected | reviewed
    return (corrected & Q(updated_at__gte=since)) | (reviewed & Q(review__updated_at__gte=since))


def annotated_articles(*, since: datetime.datetime | None = None):
    """Articles a person corrected or reviewed (since ``since``, when given), oldest first."""
    touched = Claim.objects.filter(_people_worked_on(since), article=OuterRef("pk"))
    return Article.objects.filter(Exists(touched)).order_by("pk")


def _figure(quantity: Quantity) -> dict:
    """A figure in the CLI's JSON shape (``unit`` null when there is none), with its origin."""
    values = {name: getattr(quantity, name) for name in QUANTITY_FIELDS}
    return {**values, "unit": quantity.unit or None, "origin": quantity.origin}


def _review(claim: Claim) -> dict | None:
    review = getattr(claim, "review", None)
    if review is None or review.state == ReviewState.UNREVIEWED:
        return None
    return {"state": review.state, "verdict": review.verdict.label if review.verdict_id else None}


def _human(claim: Claim, quantities: list[Quantity]) -> dict:
    speaker = None
    if claim.speaker:
        speaker = {
            "name": claim.speaker,
            "start": claim.speaker_start,
            "end": claim.speaker_end,
            "type": claim.speaker_type,
        }
    return {
        "id": claim.pk,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "origin": claim.origin,
        "corrected": claim.corrected,
        "category": claim.category,
        "checkworthiness": round(claim.checkworthiness, 4),
        "is_claim": claim.is_claim,
        "speaker": speaker,
        "quantities": [_figure(q) for q in quantities],
        "review": _review(claim),
    }


def _machine_layer(claims: list[Claim]) -> list[dict]:
    """The extractor's sentences as stored: each claim's kept machine layer, or the row itself."""
    seen: dict[tuple[int, int], dict] = {}
    for claim in claims:
        if claim.origin == Origin.ADDED:
            continue
        layer = claim.machine or machine_snapshot(claim, claim.quantities.all())
        for sentence in [layer, *layer.get("merged", [])]:
            key = (sentence["start"], sentence["end"])
            if key not in seen:
                seen[key] = {k: v for k, v in sentence.items() if k != "merged"}
    ordered = [seen[key] for key in sorted(seen)]
    for index, sentence in enumerate(ordered):
        sentence["index"] = index
    return ordered


def article_record(article: Article, claims: list[Claim]) -> dict:
    versions = Counter(
        (claim.machine or {}).get("extractor_version") or claim.extractor_version
        for claim in claims
        if claim.origin != Origin.ADDED
    )
    return {
        "article": {
            "id": article.pk,
            "title": article.title,
            "language": article.language,
            "source_url": article.source_url,
        },
        "text": article.body,
        "extractor_version": versions.most_common(1)[0][0] if versions else "",
        "claims": [_human(claim, list(claim.quantities.all())) for claim in claims if not claim.not_a_claim],
        "not_claims": [
            {"id": claim.pk, "start": claim.start, "end": claim.end, "text": claim.text}
            for claim in claims
            if claim.not_a_claim
        ],
        "machine": _machine_layer(claims),
    }


def gold_records(*, since: datetime.datetime | None = None) -> Iterator[dict]:
    """One record per annotated article, read in batches (constant queries per batch)."""
    ids = list(annotated_articles(since=since).values_list("pk", flat=True))
    claims = (
        Claim.objects.order_by("start", "end", "pk")
        .select_related("review__verdict")
        .prefetch_related(Prefetch("quantities", queryset=Quantity.objects.order_by("start", "pk")))
    )
    for first in range(0, len(ids), BATCH):
        batch = Article.objects.filter(pk__in=ids[first : first + BATCH]).order_by("pk")
        for article in batch.prefetch_related(Prefetch("claims", queryset=claims)):
            yield article_record(article, list(article.claims.all()))


def parse_since(value: str) -> datetime.datetime:
    """A date (midnight, in the site's time zone) or a date and time."""
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise ValueError(f"{value!r} is not a date (YYYY-MM-DD) or a date and time (ISO 8601).")
        moment = datetime.datetime.combine(day, datetime.time())
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def gold_jsonl(*, since: datetime.datetime | None = None) -> Iterator[str]:
    for record in gold_records(since=since):
        yield json.dumps(record, ensure_ascii=False) + "\n"


__all__ = ["annotated_articles", "article_record", "gold_jsonl", "gold_records", "parse_since"]
