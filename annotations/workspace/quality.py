"""The extractor measured on the desk's own corrections (editors): ``/review/quality/``.

The gold data is every article a person corrected or reviewed (``annotations.gold``); the figures are
those of ``python -m factcheck.extraction.evaluate gold``: the stored machine layer per extractor
version (how each version did on the claims people then fixed) and the current extractor run again.
Scoring re-runs the extractor over every annotated article, so the result is cached until someone
corrects or reviews something again.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from annotations.gold import gold_jsonl
from annotations.models import Review
from annotations.roles import is_editor
from annotations.workspace.views import workspace_view
from factcheck.extraction.evaluate import Report, load_gold, score
from factcheck.models import Claim

CACHE_SECONDS = 3600

# What each kind of change recorded in a claim's history is called on the page.
_KINDS = {
    "boundaries": "Boundaries adjusted",
    "category": "Category changed",
    "speaker": "Speaker set",
    "marked not a claim": "Marked not a claim",
    "restored as a claim": "Restored as a claim",
    "figure added": "Figure added",
    "figure changed": "Figure changed",
    "figure removed": "Figure removed",
}


def correction_kinds() -> list[tuple[str, int]]:
    """The corrections people made, most frequent first, from the claims' history."""
    counts: Counter[str] = Counter()
    reasons = Claim.history.exclude(history_change_reason=None).values_list(
        "history_change_reason", flat=True
    )
    for reason in reasons.iterator():
        if reason.startswith("Corrected: "):
            for part in reason.removeprefix("Corrected: ").split(", "):
                counts[_KINDS.get(part, part.capitalize())] += 1
        elif reason.startswith("Split at"):
            counts["Split in two"] += 1
        elif reason.startswith("Merged with"):
            counts["Merged"] += 1
        elif reason == "Added by a reviewer":
            counts["Claim added"] += 1
        elif reason == "Removed by a reviewer":
            counts["Added claim removed"] += 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


@dataclass(frozen=True, slots=True)
class Metric:
    label: str
    value: float | None  # 0..1
    detail: str


def metrics(report: Report) -> list[Metric]:
    def f1(label, scores):
        return Metric(
            label,
            scores.f1 if scores.tp + scores.fp + scores.fn else None,
            f"{scores.tp} of {scores.tp + scores.fn} found, {scores.fp} extra",
        )

    def accuracy(label, acc):
        return Metric(label, acc.accuracy if acc.n else None, f"{acc.correct} of {acc.n}")

    return [
        f1("Claim boundaries, exact", report.exact),
        f1("Claim boundaries, overlap", report.overlap),
        f1("Figures: value", report.value),
        f1("Figures: value + unit", report.value_unit),
        f1("Figures: value + qualifier", report.value_qualifier),
        accuracy("Speaker", report.speaker),
        accuracy("Category", report.category),
    ]


def _fingerprint() -> str:
    """Changes whenever people correct or review anything (the cache key)."""
    claims = Claim.objects.corrected_by_people().aggregate(n=Count("pk"), last=Max("updated_at"))
    reviews = Review.objects.aggregate(n=Count("pk"), last=Max("updated_at"))
    raw = f"{claims['n']}:{claims['last']}:{reviews['n']}:{reviews['last']}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def quality_reports() -> dict[str, dict]:
    """Reports by version ("current": the extractor run again), as plain dicts (cacheable)."""
    key = f"quality-reports:{_fingerprint()}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    articles = load_gold(gold_jsonl())
    reports = {"current": score(articles)["current"]}
    reports.update({f"stored:{version}": report for version, report in score(articles, stored=True).items()})
    result = {
        key: {"report": report.to_dict(), "metrics": metrics(report), "articles": report.articles}
        for key, report in reports.items()
    }
    cache.set(key, result, CACHE_SECONDS)
    return result


@require_GET
@workspace_view
def quality(request: HttpRequest) -> HttpResponse:
    if not is_editor(request.user):
        raise PermissionDenied("The quality page is for editors.")
    reports = quality_reports()
    current = reports.pop("current")
    versions = [(f"{key.removeprefix('stored:')} as stored", value) for key, value in reports.items()]
    rows = [
        (
            metric.label,
            [(name, report["metrics"][n]) for name, report in [("Current extractor", current), *versions]],
        )
        for n, metric in enumerate(current["metrics"])
    ]
    return render(
        request,
        "workspace/quality.html",
        {
            "active_nav": "quality",
            "current": current,
            "versions": versions,
            "rows": rows,
            "kinds": correction_kinds(),
            "corrections": current["report"]["corrections"],
        },
    )
