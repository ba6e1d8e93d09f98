"""Read queries of the reviewer workspace: the queue, the reader and the annotation panel.

Every page runs a fixed number of queries whatever the number of claims (tests count them).
Writes never happen here: the views call ``annotations.services``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, overload

from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce

from annotations.models import Comment, Evidence, Rating, RatingScale, Review, ReviewState
from annotations.roles import public_name
from annotations.selectors import claims_with_reviews, waiting_for
from factcheck.models import Article, Category, Claim, Feed, ImportItem, ImportJob, Quantity

S = ReviewState
# Unfinished states first: the queue is a to-do list.
STATE_ORDER: list[str] = list(ReviewState)  # declared in workflow order, unfinished first
QUEUE_PAGE_SIZE = 50
IMPORT_PAGE_SIZE = 25
SPEAKER_CHOICES = 50


@dataclass(frozen=True)
class QueueFilters:
    state: str = ""  # "" is "waiting for me"; "all" is every state
    category: str = ""
    article: int | None = None
    q: str = ""
    everything: bool = False  # include sentences the model did not find check-worthy

    @property
    def is_default(self) -> bool:
        return not (self.state or self.category or self.article or self.q or self.everything)


def _filtered(user, filters: QueueFilters) -> QuerySet:
    # A claim a person marked "not a claim" is no claim at all: it leaves the queue (the reader still
    # shows it, struck through, so that the mark can be taken back).
    claims = Claim.objects.filter(not_a_claim=False)
    if not filters.everything:
        claims = claims.filter(Q(is_claim=True) | Q(review__isnull=False) & ~Q(review__state=S.UNREVIEWED))
    if filters.category:
        claims = claims.filter(category=filters.category)
    if filters.article:
        claims = claims.filter(article_id=filters.article)
    if filters.q:
        claims = claims.filter(
            Q(text__icontains=filters.q)
            | Q(speaker__icontains=filters.q)
            | Q(article__title__icontains=filters.q)
        )
    return claims


@dataclass(frozen=True)
class QueueCounts:
    by_state: dict[str, int]
    waiting: int  # claims waiting for the user (the queue's default view)

    def of(self, state: str) -> int:
        """How many claims the queue lists for ``state`` ("" waiting for the user, "all", or a state)."""
        if state == "":
            return self.waiting
        return sum(self.by_state.values()) if state == "all" else self.by_state[state]


def queue_counts(*, user, filters: QueueFilters) -> QueueCounts:
    """Claims per review state under the same filters (state aside), and how many wait for the user, in
    one query: each count was a scan of every claim of its own (``bench/http.py``)."""
    rows = (
        claims_with_reviews(_filtered(user, filters))
        .order_by()
        .values("review_state")
        .annotate(n=Count("id"), waiting=Count("id", filter=waiting_for(user)))
    )
    by_state: dict[str, int] = dict.fromkeys(STATE_ORDER, 0)
    waiting = 0
    for row in rows:
        by_state[row["review_state"]] = row["n"]
        waiting += row["waiting"]
    return QueueCounts(by_state=by_state, waiting=waiting)


def _mine(user) -> Case:
    return Case(When(review__assignee=user, then=Value(0)), default=Value(1), output_field=IntegerField())


QUEUE_ORDER = ("-checkworthiness", "article_id", "index")


class QueueIds:
    """The queue's order over claim ids, as two queries a database answers from its indexes: the user's
    own claims (few: all their ids), then the others by check-worthiness, cut to the page asked for. One
    sort on "is it mine" computed for every matching claim read and sorted all of them (20 ms of a page
    on 40,000 claims; ``bench/http.py``). Django's ``Paginator`` slices it; ``queue_rows`` loads the
    page's rows after."""

    def __init__(self, claims: QuerySet, user, count: int | None = None) -> None:
        self._claims = claims
        self._user = user
        self._count = count

    def count(self) -> int:
        return self._claims.count() if self._count is None else self._count

    def __len__(self) -> int:
        return self.count()

    @cached_property
    def _mine(self) -> list[int]:
        mine = self._claims.filter(review__assignee=self._user).order_by(*QUEUE_ORDER)
        return list(mine.values_list("pk", flat=True))

    @overload
    def __getitem__(self, window: int) -> int: ...
    @overload
    def __getitem__(self, window: slice) -> list[int]: ...
    def __getitem__(self, window: int | slice) -> int | list[int]:
        if isinstance(window, int):
            return self[window : window + 1][0]
        if window.step not in (None, 1):
            raise TypeError("The queue's ids are read a page (a slice) at a time.")
        start, stop, mine = window.start or 0, window.stop, self._mine
        ids = mine[start:stop]
        if stop is None or stop > len(mine):
            others = self._claims.exclude(review__assignee=self._user).order_by(*QUEUE_ORDER)
            cut = others.values_list("pk", flat=True)[max(0, start - len(mine)) :]
            ids += list(cut if stop is None else cut[: stop - max(start, len(mine))])
        return ids

    def __iter__(self) -> Iterator[int]:
        return iter(self[0:None])


def queue_claim_ids(*, user, filters: QueueFilters, count: int | None = None) -> QueueIds:
    """The queue's order: the user's own claims first, then unassigned ones by check-worthiness.
    ``count``, when known (``queue_counts``), spares counting again."""
    claims = _filtered(user, filters)
    if filters.state == "":
        claims = claims.filter(waiting_for(user))
    elif filters.state == S.UNREVIEWED:
        claims = claims.filter(Q(review__isnull=True) | Q(review__state=S.UNREVIEWED))
    elif filters.state != "all":
        claims = claims.filter(review__state=filters.state)
    return QueueIds(claims, user, count)


def queue_rows(*, user, ids: list[int]) -> list[Any]:  # Claims with review_state and mine
    """The claims of one queue page, in the page's order, with what a row shows."""
    rows = (
        Claim.objects.filter(pk__in=ids)
        .select_related("article", "review__verdict", "review__assignee")
        # What a row shows, and no more: whole rows of claims, articles, reviews and users were half the
        # queue's time in building objects and parsing their dates (bench/http.py).
        .only(
            *("text", "start", "category", "checkworthiness", "speaker", "origin", "corrected", "attention"),
            *("article__title", "review__state", "review__verdict__label"),
            *("review__assignee__username", "review__assignee__first_name", "review__assignee__last_name"),
        )
        .annotate(review_state=Coalesce("review__state", Value(S.UNREVIEWED)), mine=_mine(user))
        .prefetch_related(Prefetch("quantities", queryset=Quantity.objects.order_by("start")))
    )
    by_id = {claim.pk: claim for claim in rows}
    return [by_id[pk] for pk in ids if pk in by_id]


def queue_articles() -> QuerySet:
    """Articles for the queue's filter menu: (id, title) pairs."""
    return Article.objects.order_by("-created_at", "-id").values_list("id", "title")[:200]


def reader_article(*, article_id: int) -> Article:
    return Article.objects.select_related("import_job").get(pk=article_id)


def reader_claims(*, article: Article) -> list[Claim]:
    """Every sentence of the article with its review state, verdict and figures (two queries)."""
    return list(
        claims_with_reviews(Claim.objects.filter(article=article))
        .prefetch_related(Prefetch("quantities", queryset=Quantity.objects.order_by("start")))
        .order_by("start")
    )


def reader_claim(*, claim_id: int) -> Claim:
    """One claim with what its highlight shows (for refreshing it after a save)."""
    return (
        claims_with_reviews(Claim.objects.filter(pk=claim_id))
        .prefetch_related(Prefetch("quantities", queryset=Quantity.objects.order_by("start")))
        .get()
    )


def overlaps(claim: Claim) -> bool:
    """Whether another claim of the article shares some of this claim's text (it is drawn in pieces)."""
    return (
        Claim.objects.filter(article_id=claim.article_id, start__lt=claim.end, end__gt=claim.start)
        .exclude(pk=claim.pk)
        .exists()
    )


def reader_state_counts(*, article_id: int) -> tuple[dict[str, int], int, int]:
    """Claims to check per state, how many to check and how many sentences, in one query."""
    rows = (
        claims_with_reviews(Claim.objects.filter(article_id=article_id))
        .order_by()
        .values("review_state", "is_claim", "not_a_claim")
        .annotate(n=Count("id"))
    )
    counts: dict[str, int] = dict.fromkeys(STATE_ORDER, 0)
    total = 0
    for row in rows:
        total += row["n"]
        if to_check(row["is_claim"], row["review_state"], row["not_a_claim"]):
            counts[row["review_state"]] += row["n"]
    return counts, sum(counts.values()), total


def to_check(is_claim: bool, state: str, not_a_claim: bool) -> bool:
    """Whether the reader counts a sentence as a claim to check (and ``j``/``k`` stop on it)."""
    return not not_a_claim and (is_claim or state != S.UNREVIEWED)


@dataclass
class Panel:
    """Everything the annotation panel shows for one claim."""

    claim: Claim
    review: Review  # unsaved (state unreviewed) until someone acts on the claim
    ratings: list[Rating]
    evidence: list[Evidence] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    history: list = field(default_factory=list)

    @property
    def exists(self) -> bool:
        return self.review.pk is not None

    # Read only when the panel offers corrections (a cached property is one query, on first use).
    @cached_property
    def next_claim_id(self) -> int | None:
        """The claim after this one in the article (the one *Merge with next* joins), if any."""
        return (
            Claim.objects.filter(article_id=self.claim.article_id, index=self.claim.index + 1)
            .values_list("pk", flat=True)
            .first()
        )

    @cached_property
    def speakers(self) -> list[str]:
        """Speakers already named in the article, offered when typing one."""
        return list(
            Claim.objects.filter(article_id=self.claim.article_id)
            .exclude(speaker="")
            .order_by("speaker")
            .values_list("speaker", flat=True)
            .distinct()[:SPEAKER_CHOICES]
        )


def default_ratings(review: Review | None = None) -> list[Rating]:
    """The ratings offered: the review's own scale once it has a verdict, else the default scale."""
    if review is not None and review.verdict is not None:
        scale_id = review.verdict.scale_id
    else:
        scale = RatingScale.objects.filter(is_default=True).first() or RatingScale.objects.first()
        if scale is None:
            return []
        scale_id = scale.pk
    return list(Rating.objects.filter(scale_id=scale_id).order_by("position", "id"))


def panel_for(*, claim_id: int) -> Panel:
    claim = (
        Claim.objects.select_related(
            "article", "review__verdict__scale", "review__assignee", "review__second_reviewer"
        )
        .defer("article__body")  # the panel shows the claim's own text; the body is read when drawn
        .prefetch_related(Prefetch("quantities", queryset=Quantity.objects.order_by("start")))
        .get(pk=claim_id)
    )
    try:
        review = claim.review
    except Review.DoesNotExist:
        # Guards and templates work on an unsaved review; the row appears on the first write.
        review = Review(claim=claim, state=S.UNREVIEWED)
        return Panel(claim=claim, review=review, ratings=default_ratings())
    return Panel(
        claim=claim,
        review=review,
        ratings=default_ratings(review),
        evidence=list(review.evidence.order_by("position", "id")),
        comments=list(review.comments.select_related("author").order_by("created_at", "id")),
        history=review_timeline(review=review),
    )


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime.datetime
    user: str
    text: str
    detail: str = ""


_EVIDENCE_VERBS = {"+": "Added evidence", "~": "Edited evidence", "-": "Removed evidence"}


def review_timeline(*, review: Review, limit: int = 40) -> list[HistoryEntry]:
    """The review's own history and its evidence's, newest first (two queries)."""
    records = review.history.select_related("history_user", "verdict").order_by(
        "-history_date", "-history_id"
    )
    entries = [
        HistoryEntry(
            at=r.history_date,
            user=public_name(r.history_user) if r.history_user else "system",
            text=r.history_change_reason or ("Created" if r.history_type == "+" else "Changed"),
            detail=" · ".join(
                part
                for part in (r.get_state_display(), str(r.verdict) if r.verdict_id else "", f"v{r.version}")
                if part
            ),
        )
        for r in records[:limit]
    ]
    evidence = (
        Evidence.history.filter(review_id=review.pk)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")[:limit]
    )
    entries += [
        HistoryEntry(
            at=e.history_date,
            user=public_name(e.history_user) if e.history_user else "system",
            text=_EVIDENCE_VERBS.get(e.history_type, "Changed evidence"),
            detail=e.title or e.url,
        )
        for e in evidence
    ]
    return sorted(entries, key=lambda entry: entry.at, reverse=True)[:limit]


def review_as_of(*, review: Review, version: int | None):
    """The review as it was at ``version`` (what a user with a stale page saw), from its history."""
    if version is None or review.pk is None:
        return None
    return review.history.filter(version=version).order_by("-history_date").first()


def import_jobs() -> QuerySet:
    return ImportJob.objects.select_related("created_by", "feed").order_by("-created_at", "-id")


FAILED_ITEMS_SHOWN = 500


def import_job_articles(*, job: ImportJob) -> QuerySet:
    """The articles a job created, in import order, with how many claims each holds."""
    return (
        Article.objects.filter(import_job=job)
        .only("id", "title", "source_url", "created_at")
        .annotate(claim_count=Count("claims"))
        .order_by("id")
    )


def import_job_failed_items(*, job: ImportJob) -> list[ImportItem]:
    """The job's failed items with their reasons (the first ``FAILED_ITEMS_SHOWN``)."""
    failed = job.items.filter(status=ImportItem.Status.FAILED).only("id", "position", "name", "error")
    return list(failed.order_by("position")[:FAILED_ITEMS_SHOWN])


FEEDS_SHOWN = 50


def feeds() -> QuerySet:
    """Feeds with their counts, failing ones first: what needs a look comes first."""
    failing_first = Case(When(status=Feed.Status.FAILING, then=0), default=1)
    return Feed.objects.with_counts().order_by(failing_first, "-active", "title", "url")[:FEEDS_SHOWN]


CATEGORY_CHOICES = Category.choices
