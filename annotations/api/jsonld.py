"""schema.org ClaimReview JSON-LD, built from a published review row (the API's review shape).

Google's required fields are ``claimReviewed``, ``reviewRating`` (with ``alternateName``) and
``url``; the recommended ones are the organisation ``author``, ``datePublished`` and the
``itemReviewed`` Claim with its ``author`` (the speaker: a Person or an Organization, as stored with
the claim at import, so published output does not change with the extractor; left out when the type
is unknown; with the ``jobTitle`` and ``sameAs`` a reviewer gave), ``datePublished``, ``appearance``
and ``firstAppearance`` (the article). ``inLanguage`` is the article's language. A rating without a
number (*Misleading*) carries only ``name`` and ``alternateName``.
"""

from __future__ import annotations

from django.conf import settings

from factcheck.models import SpeakerType

CONTEXT = "https://schema.org"
AUTHOR_TYPES = {SpeakerType.PERSON: "Person", SpeakerType.ORGANIZATION: "Organization"}


def organisation() -> dict:
    """The fact-checking organisation that authors every ClaimReview (from settings)."""
    org = {"@type": "Organization", "name": settings.CLAIMREVIEW_AUTHOR_NAME}
    if settings.CLAIMREVIEW_AUTHOR_URL:
        org["url"] = settings.CLAIMREVIEW_AUTHOR_URL
    return org


def _date(value: str | None) -> str | None:
    """ISO date (``YYYY-MM-DD``) from an ISO datetime string, as Google's examples use."""
    return value[:10] if value else None


def claimreview(row: dict, *, author: dict | None = None, context: bool = True) -> dict:
    verdict = row["verdict"]
    # ``alternateName`` is what Google shows; ``name`` the same words for readers of plain schema.org.
    rating: dict = {"@type": "Rating", "name": verdict["label"], "alternateName": verdict["label"]}
    if verdict.get("value") is not None:
        rating.update(
            ratingValue=verdict["value"],
            bestRating=verdict["best_rating"],
            worstRating=verdict["worst_rating"],
        )

    claim, article = row["claim"], row["article"]
    item: dict = {"@type": "Claim"}
    if claim.get("speaker") and claim.get("speaker_type") in AUTHOR_TYPES:
        item["author"] = _claimant(claim, row)
    if article.get("published_at"):
        item["datePublished"] = _date(article["published_at"])
    appearance: dict = {"@type": "CreativeWork", "headline": article["title"]}
    if article.get("source_url"):
        appearance["url"] = article["source_url"]
    if article.get("source_name"):
        appearance["publisher"] = {"@type": "Organization", "name": article["source_name"]}
    item["appearance"] = appearance
    item["firstAppearance"] = appearance  # the article the desk found it in: the earliest it knows of

    data: dict = {"@context": CONTEXT} if context else {}
    data.update(
        {
            "@type": "ClaimReview",
            "url": row["url"],
            "claimReviewed": row["claim_reviewed"] or claim["text"],
            "author": author or organisation(),
            "datePublished": _date(row["published_at"]),
            "reviewRating": rating,
            "itemReviewed": item,
        }
    )
    if row.get("last_published_at") and row["last_published_at"] != row["published_at"]:
        data["dateModified"] = row["last_published_at"]
    if article.get("language"):
        data["inLanguage"] = article["language"]
    if row.get("rationale"):
        data["reviewBody"] = row["rationale"]
    if row.get("evidence"):
        data["citation"] = [_citation(evidence) for evidence in row["evidence"]]
    if row.get("reviewers"):
        data["contributor"] = [{"@type": "Person", "name": name} for name in row["reviewers"]]
    return data


def _claimant(claim: dict, row: dict) -> dict:
    """The speaker as a Person or an Organization; ``jobTitle`` is a Person's only (schema.org)."""
    kind = AUTHOR_TYPES[claim["speaker_type"]]
    author: dict = {"@type": kind, "name": claim["speaker"]}
    if row.get("claimant_job_title") and kind == "Person":
        author["jobTitle"] = row["claimant_job_title"]
    if row.get("claimant_same_as"):
        author["sameAs"] = row["claimant_same_as"]
    return author


def _citation(evidence: dict) -> dict:
    work: dict = {"@type": "CreativeWork", "url": evidence["url"]}
    if evidence.get("title"):
        work["name"] = evidence["title"]
    if evidence.get("publisher"):
        work["publisher"] = {"@type": "Organization", "name": evidence["publisher"]}
    return work


def claimreview_graph(rows) -> dict:
    """Several ClaimReviews in one JSON-LD document."""
    author = organisation()
    return {
        "@context": CONTEXT,
        "@graph": [
            claimreview(row, author=author, context=False) for row in rows if row.get("status") != "withdrawn"
        ],
    }
