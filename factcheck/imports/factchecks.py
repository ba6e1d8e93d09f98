"""Fact-checks published elsewhere, read from the field's formats: schema.org ClaimReview (JSON-LD: one
object, a list, an ``@graph``, or an HTML page that embeds it), the Google Fact Check Tools API's
``claims:search`` response, and a fact-checker's CSV of checks (``claim, claimant, rating, url, date``
under any of the usual column names). Each becomes a ``FactCheckRecord``; one that lacks a claim or a
rating is an error of its own, and the rest still import. Pure Python, like the other parsers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from factcheck.imports.records import FactCheckRecord

# Our field -> the column names fact-checkers use for it (compared lower-cased, spaces as "_").
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "claim": ("claim", "claim_reviewed", "claimreviewed", "statement", "claim_text"),
    "claimant": ("claimant", "speaker", "said_by", "who", "author"),
    "rating": ("rating", "verdict", "textual_rating", "textualrating", "label"),
    "url": ("url", "link", "review_url", "fact_check_url", "factcheck_url"),
    "review_date": ("date", "review_date", "reviewdate", "published", "date_published", "published_at"),
    "claim_date": ("claim_date", "claimdate"),
    "publisher": ("publisher", "organisation", "organization", "fact_checker", "source"),
    "language": ("language", "lang", "language_code", "languagecode"),
    "title": ("title", "headline", "review_title"),
}
_LD_JSON = re.compile(
    r"<script[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)


class FactCheckError(ValueError):
    """A fact-check that cannot be read; the message says why."""


def _text(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("alternateName") or value.get("@value") or ""
    if isinstance(value, list):
        value = next((_text(v) for v in value if _text(v)), "")
    return " ".join(str(value or "").split())


def _types(node: dict) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds if k}


def claimreview_nodes(data: object) -> list[dict] | None:
    """The ClaimReview objects in parsed JSON-LD; None when it holds none (it is not a fact-check file)."""
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if "ClaimReview" in _types(node):
                found.append(node)
            elif "@graph" in node:
                walk(node["@graph"])

    walk(data)
    return found or None


def record_from_claimreview(node: dict, *, parse_date) -> FactCheckRecord:
    item: dict = node["itemReviewed"] if isinstance(node.get("itemReviewed"), dict) else {}
    claim = _text(node.get("claimReviewed")) or _text(item.get("name")) or _text(item.get("text"))
    rating_node: dict = node["reviewRating"] if isinstance(node.get("reviewRating"), dict) else {}
    rating = _text(rating_node.get("alternateName")) or _text(rating_node.get("name"))
    if not rating and rating_node.get("ratingValue") is not None:
        best = rating_node.get("bestRating")
        rating = f"{rating_node['ratingValue']}" + (f" of {best}" if best is not None else "")
    if not claim:
        raise FactCheckError("A ClaimReview without claimReviewed (the claim) cannot be imported.")
    if not rating:
        raise FactCheckError(
            "A ClaimReview without a reviewRating (alternateName or ratingValue) cannot be imported."
        )
    return FactCheckRecord(
        claim=claim,
        rating=rating,
        claimant=_text(item.get("author")),
        url=_text(node.get("url")),
        publisher=_text(node.get("author")) or _text(node.get("publisher")),
        title=_text(node.get("name")) or _text(node.get("headline")),
        review_date=parse_date(_text(node.get("datePublished"))),
        claim_date=parse_date(_text(item.get("datePublished"))),
        language=_text(node.get("inLanguage"))[:16],
    )


def is_fact_check_api_response(data: object) -> bool:
    claims = data.get("claims") if isinstance(data, dict) else None
    return isinstance(claims, list) and any(isinstance(c, dict) and "claimReview" in c for c in claims)


def records_from_fact_check_api(data: dict, *, parse_date) -> Iterator[tuple[str, FactCheckRecord | str]]:
    """``{"claims": [{text, claimant, claimDate, claimReview: [{publisher, url, reviewDate, textualRating,
    languageCode, title}]}]}``: one record per review of each claim, or the reason it cannot be one."""
    for number, claim in enumerate(data["claims"], start=1):
        if not isinstance(claim, dict):
            yield f"claim {number}", f"Claim {number} is not an object."
            continue
        for review_number, review in enumerate(claim.get("claimReview") or [], start=1):
            where = f"claim {number}, review {review_number}"
            review = review if isinstance(review, dict) else {}
            text, rating = _text(claim.get("text")), _text(review.get("textualRating"))
            if not text or not rating:
                yield where, "A fact-check needs the claim's text and a textualRating."
                continue
            publisher: dict = review["publisher"] if isinstance(review.get("publisher"), dict) else {}
            yield (
                where,
                FactCheckRecord(
                    claim=text,
                    rating=rating,
                    claimant=_text(claim.get("claimant")),
                    url=_text(review.get("url")),
                    publisher=_text(publisher.get("name")) or _text(publisher.get("site")),
                    review_date=parse_date(_text(review.get("reviewDate"))),
                    claim_date=parse_date(_text(claim.get("claimDate"))),
                    language=_text(review.get("languageCode"))[:16],
                    title=_text(review.get("title")),
                ),
            )


def claimreview_nodes_in_html(html: str) -> list[dict] | None:
    """ClaimReviews embedded in a page's ``<script type="application/ld+json">`` blocks."""
    found: list[dict] = []
    for block in _LD_JSON.findall(html):
        try:
            data = json.loads(block)
        except (json.JSONDecodeError, ValueError, RecursionError):
            continue  # a page's broken JSON-LD block is not the fact-check's
        found.extend(claimreview_nodes(data) or [])
    return found or None


def csv_mapping(header: list[str]) -> dict[str, int] | None:
    """Our field -> column position, when the header reads as a CSV of checks (a claim and a rating)."""
    names = [re.sub(r"[\s-]+", "_", column.strip().lower()) for column in header]
    mapping: dict[str, int] = {}
    for ours, theirs in CSV_COLUMNS.items():
        for position, name in enumerate(names):
            if name in theirs and position not in mapping.values():
                mapping[ours] = position
                break
    return mapping if {"claim", "rating"} <= set(mapping) else None


def describe_mapping(header: list[str], mapping: dict[str, int]) -> str:
    """The mapping in words, kept as a note on every row it read (the import shows it per item)."""
    used = ", ".join(f"{ours} ← “{header[position]}”" for ours, position in mapping.items())
    ignored = [header[i] for i in range(len(header)) if i not in mapping.values()]
    kept = f"; kept as extra fields: {', '.join(f'“{name}”' for name in ignored)}" if ignored else ""
    return f"Columns read as a CSV of fact-checks: {used}{kept}."


def record_from_csv_row(
    header: list[str], row: list[str], mapping: dict[str, int], *, parse_date
) -> FactCheckRecord:
    values = {ours: " ".join(row[position].split()) for ours, position in mapping.items()}
    if not values.get("claim") or not values.get("rating"):
        raise FactCheckError("A fact-check needs a claim and a rating; this row lacks one.")
    extra = {header[i]: row[i] for i in range(len(header)) if i not in mapping.values() and row[i].strip()}
    return FactCheckRecord(
        claim=values["claim"],
        rating=values["rating"],
        claimant=values.get("claimant", ""),
        url=values.get("url", ""),
        publisher=values.get("publisher", ""),
        title=values.get("title", ""),
        review_date=parse_date(values.get("review_date", "")),
        claim_date=parse_date(values.get("claim_date", "")),
        language=values.get("language", "")[:16],
        extra=extra,
    )
