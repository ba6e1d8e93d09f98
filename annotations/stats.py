"""The desk's statistics over the last N days: read-only selectors for ``/review/stats/`` and the API.

``desk_stats(days=N)`` computes every figure once; the page (``stats_views``) draws it and
``/api/v1/stats/`` serialises it, so the two cannot disagree. It runs a fixed number of queries
(seven) whatever the number of rows: each series is one ``values()``/``annotate()`` aggregate grouped by
day (``TruncDate`` in the current time zone).

- State changes come from the reviews' simple-history rows: a row whose state differs from the review's
  previous row is a transition (the previous state is a correlated subquery, so the database groups the
  transitions by day, from, to and reviewer; no history row reaches Python).
- The backlog (claims per unfinished state at the end of each day) is rebuilt backwards from today's
  counts by undoing each day's transitions. It covers the claims that are check-worthy and not marked
  "not a claim" *today* (their flags then are not in any history), and claims deleted since (merged
  away) are not counted back. "Unreviewed" is those claims created by the end of the day less the ones
  whose review was then in any other state: a claim without a review row is unreviewed.
- Time to publish is the first publication (``Review.published_at``) less the claim's ``created_at``;
  the median and 90th percentile are computed in Python from one ``values_list`` of the reviews first
  published in the window (linear interpolation, as PostgreSQL's ``percentile_cont``), so SQLite and
  PostgreSQL give the same figures.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from annotations.models import Review, ReviewState
from factcheck.models import Article, Claim, Origin

S = ReviewState
DEFAULT_DAYS = 30
MAX_DAYS = 365
# The states a claim waits in, in workflow order: the backlog.
UNFINISHED: tuple[str, ...] = tuple(
    s.value for s in (S.UNREVIEWED, S.IN_PROGRESS, S.NEEDS_SECOND_REVIEW, S.APPROVED)
)
RETURNED_FROM = frozenset({S.NEEDS_SECOND_REVIEW, S.APPROVED})  # the "return" step's sources
# The history reason of ``services.review_recall``: a reviewer taking their own review back is no return.
RECALLED = "Taken back from second review"


def parse_days(value: Any) -> int:
    """The window in days: a whole number from 1 to ``MAX_DAYS``; anything else is ``DEFAULT_DAYS``
    (a bookmark with a bad value still shows a page rather than an error)."""
    try:
        days = int(str(value).strip())
    except (TypeError, ValueError):
        return DEFAULT_DAYS
    return days if 1 <= days <= MAX_DAYS else DEFAULT_DAYS


@dataclass(frozen=True, slots=True)
class Day:
    day: datetime.date
    articles: int  # articles imported
    claims: int  # check-worthy claims extracted by the importer
    submitted: int  # sent to second review
    approved: int
    returned: int  # sent back to the reviewer by an editor
    published: int  # first publications (corrections republished are not counted again)
    backlog: dict[str, int]  # unfinished state -> claims in it at the end of the day


@dataclass(frozen=True, slots=True)
class TimeToPublish:
    count: int
    median_hours: float | None
    p90_hours: float | None


@dataclass(frozen=True, slots=True)
class VerdictCount:
    label: str
    scale: str
    count: int


@dataclass(frozen=True, slots=True)
class ReviewerStats:
    user_id: int
    name: str
    submitted: int  # their reviews sent to second review in the window (by them or an editor)
    published: int  # their reviews published in the window (corrections included)
    returned: int  # their reviews an editor returned in the window

    @property
    def return_rate(self) -> float | None:
        """Returns per submission in the window (a review submitted before it may be returned in it, so
        the rate can exceed 1 for a short window); None without submissions."""
        return self.returned / self.submitted if self.submitted else None


@dataclass(frozen=True, slots=True)
class DeskStats:
    days: int
    start: datetime.date
    end: datetime.date
    daily: tuple[Day, ...]
    time_to_publish: TimeToPublish
    verdicts: tuple[VerdictCount, ...]
    reviewers: tuple[ReviewerStats, ...]

    @property
    def backlog_states(self) -> tuple[str, ...]:
        return UNFINISHED

    def total(self, field: str) -> int:
        return sum(getattr(day, field) for day in self.daily)


def window(days: int, *, today: datetime.date | None = None) -> tuple[datetime.date, datetime.datetime]:
    """The first day of the window and the moment it starts (midnight, current time zone)."""
    today = today or timezone.localdate()
    first = today - datetime.timedelta(days=days - 1)
    return first, timezone.make_aware(datetime.datetime.combine(first, datetime.time.min))


def _per_day(queryset: QuerySet, field: str, since: datetime.datetime) -> dict[datetime.date, int]:
    rows = (
        queryset.filter(**{f"{field}__gte": since})
        .annotate(day=TruncDate(field))
        .order_by()
        .values("day")
        .annotate(n=Count("pk"))
    )
    return {row["day"]: row["n"] for row in rows}


def _checkworthy(prefix: str = "") -> Q:
    return Q(**{f"{prefix}is_claim": True, f"{prefix}not_a_claim": False})


def transitions(since: datetime.datetime) -> list[dict[str, Any]]:
    """State changes of reviews since ``since``, counted per day, previous and new state, assignee and
    whether the claim is check-worthy today (None once the claim is deleted: its review's earlier steps
    still count as work done): one aggregate over the history (see the module's note)."""
    history = Review.history.model.objects
    previous = (
        history.filter(id=OuterRef("id"))
        .filter(
            Q(history_date__lt=OuterRef("history_date"))
            | Q(history_date=OuterRef("history_date"), history_id__lt=OuterRef("history_id"))
        )
        .order_by("-history_date", "-history_id")
        .values("state")[:1]
    )
    rows = (
        history.filter(history_date__gte=since)
        .exclude(history_type="-")
        .annotate(before=Coalesce(Subquery(previous), Value(S.UNREVIEWED.value)))
        .exclude(before=F("state"))
        .annotate(
            day=TruncDate("history_date"),
            checkworthy=_checkworthy("claim__"),
            recalled=Q(history_change_reason=RECALLED),
        )
        .order_by()
        .values(
            "day",
            "before",
            "state",
            "recalled",
            "checkworthy",
            "assignee_id",
            "assignee__username",
            "assignee__first_name",
            "assignee__last_name",
        )
        .annotate(n=Count("history_id"))
    )
    return list(rows)


def percentile(values: list[float], fraction: float) -> float | None:
    """Linear interpolation between the closest ranks (PostgreSQL's ``percentile_cont``)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _name(row: dict[str, Any]) -> str:
    full = f"{row['assignee__first_name'] or ''} {row['assignee__last_name'] or ''}".strip()
    return full or row["assignee__username"] or f"User {row['assignee_id']}"


def desk_stats(*, days: int = DEFAULT_DAYS, today: datetime.date | None = None) -> DeskStats:
    """Every figure of the stats page and API over the ``days`` days ending today (seven queries)."""
    days = parse_days(days)
    first, since = window(days, today=today)
    dates = [first + datetime.timedelta(days=n) for n in range(days)]

    articles = _per_day(Article.objects.all(), "created_at", since)
    checkworthy_claims = Claim.objects.filter(_checkworthy())
    # Check-worthy claims created each day (the unreviewed backlog's base), and those the importer made.
    claim_days = list(
        checkworthy_claims.filter(created_at__gte=since)
        .annotate(day=TruncDate("created_at"))
        .order_by()
        .values("day")
        .annotate(n=Count("pk"), imported=Count("pk", filter=Q(origin=Origin.MACHINE)))
    )
    created_on = {row["day"]: row["n"] for row in claim_days}
    imported = {row["day"]: row["imported"] for row in claim_days}
    created = checkworthy_claims.filter(created_at__lt=since).count()
    now_in = dict(
        Review.objects.filter(_checkworthy("claim__"))
        .order_by()
        .values_list("state")
        .annotate(n=Count("pk"))
        .values_list("state", "n")
    )
    moves = transitions(since)
    published = list(
        Review.objects.filter(published_at__gte=since)
        .order_by()
        .values_list("published_at", "claim__created_at")
    )
    verdicts = (
        Review.objects.filter(published_at__gte=since, verdict__isnull=False)
        .order_by()
        .values("verdict__label", "verdict__scale__name", "verdict__value")
        .annotate(n=Count("pk"))
        .order_by("-verdict__value", "verdict__label")
    )
    verdict_rows = tuple(
        VerdictCount(label=row["verdict__label"], scale=row["verdict__scale__name"], count=row["n"])
        for row in verdicts
    )

    # Per day: steps taken, and the backlog rebuilt backwards from today's counts.
    steps: dict[datetime.date, Counter[str]] = defaultdict(Counter)
    delta: dict[datetime.date, Counter[str]] = defaultdict(Counter)  # change of each state's count
    people: dict[int, dict[str, Any]] = {}
    for row in moves:
        day, before, after, n = row["day"], row["before"], row["state"], row["n"]
        kind = "" if row["recalled"] else _step(before, after)
        if kind:
            steps[day][kind] += n
            if row["assignee_id"] is not None:
                person = people.setdefault(
                    row["assignee_id"], {"name": _name(row), "submitted": 0, "published": 0, "returned": 0}
                )
                if kind in person:
                    person[kind] += n
        if row["checkworthy"]:
            delta[day][after] += n
            delta[day][before] -= n
    publications = Counter(timezone.localdate(moment) for moment, _ in published)

    state_now: Counter[str] = Counter({state: now_in.get(state, 0) for state in S.values})
    total_claims = created + sum(created_on.values())
    ends: dict[datetime.date, dict[str, int]] = {}
    for day in reversed(dates):
        started = sum(n for state, n in state_now.items() if state != S.UNREVIEWED)
        backlog = {state: state_now[state] for state in UNFINISHED}
        backlog[S.UNREVIEWED] = max(total_claims - started, 0)
        ends[day] = backlog
        state_now.subtract(delta.get(day, Counter()))
        total_claims -= created_on.get(day, 0)

    durations = [
        (moment - created_at).total_seconds() / 3600
        for moment, created_at in published
        if moment and created_at
    ]
    return DeskStats(
        days=days,
        start=first,
        end=dates[-1],
        daily=tuple(
            Day(
                day=day,
                articles=articles.get(day, 0),
                claims=imported.get(day, 0),
                submitted=steps[day]["submitted"],
                approved=steps[day]["approved"],
                returned=steps[day]["returned"],
                published=publications.get(day, 0),
                backlog=ends[day],
            )
            for day in dates
        ),
        time_to_publish=TimeToPublish(
            count=len(durations),
            median_hours=_rounded(percentile(durations, 0.5)),
            p90_hours=_rounded(percentile(durations, 0.9)),
        ),
        verdicts=verdict_rows,
        reviewers=tuple(
            sorted(
                (
                    ReviewerStats(
                        user_id=pk,
                        name=p["name"],
                        submitted=p["submitted"],
                        published=p["published"],
                        returned=p["returned"],
                    )
                    for pk, p in people.items()
                ),
                key=lambda r: (-r.submitted, -r.published, r.name),
            )
        ),
    )


def _step(before: str, after: str) -> str:
    """What a transition counts as: "submitted", "approved", "returned", "published" or ""."""
    if after == S.NEEDS_SECOND_REVIEW:
        return "submitted"
    if after == S.APPROVED:
        return "approved"
    if after == S.PUBLISHED:
        return "published"
    if after == S.IN_PROGRESS and before in RETURNED_FROM:
        return "returned"
    return ""


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
