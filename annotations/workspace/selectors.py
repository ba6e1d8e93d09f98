"""Read queries of the reviewer workspace: the queue, the reader and the annotation panel.

Every page runs a fixed number of queries whatever the number of claims (tests count them).
Writes never happen here: the views call ``annotations.services``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, overload

from django.db.models import Case, Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery, When, Window
from django.db.models.functions import Lag

from annotations.models import Comment, Evidence, Rating, RatingScale, Review, ReviewState, claim_priority
from annotations.roles import is_editor, public_name
from annotations.selectors import claims_with_reviews, waiting_for
from factcheck.extraction.types import PRIORITY_CUTOFFS, Priority
from factcheck.models import (
    Article,
    Category,
    Claim,
    Feed,
    FigureConflict,
    ImportItem,
    ImportJob,
    Quantity,
    SameClaim,
)

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
    assignee: str = ""  # "me", "none" (nobody's) or a user id
    imported_from: datetime.date | None = None
    imported_to: datetime.date | None = None
    source: str = ""  # part of the article's source name or address
    language: str = ""  # the article's language code
    sort: str = ""  # a key of QUEUE_SORTS; "" is the queue's own order
    priority: str = ""  # high, medium or low: the desk's, else the one the score gives
    grouped: bool = False  # one row for each cluster of the same claim across articles

    @property
    def is_default(self) -> bool:
        return self == QueueFilters()


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
    if filters.assignee == "me":
        claims = claims.filter(review__assignee=user)
    elif filters.assignee == "none":
        claims = claims.filter(Q(review__isnull=True) | Q(review__assignee__isnull=True))
    elif filters.assignee.isdigit():
        claims = claims.filter(review__assignee_id=int(filters.assignee))
    if filters.imported_from:
        claims = claims.filter(created_at__date__gte=filters.imported_from)
    if filters.imported_to:
        claims = claims.filter(created_at__date__lte=filters.imported_to)
    if filters.source:
        claims = claims.filter(
            Q(article__source_name__icontains=filters.source)
            | Q(article__source_url__icontains=filters.source)
        )
    if filters.language:
        claims = claims.filter(article__language__iexact=filters.language)
    if filters.priority:
        claims = claims.filter(priority_is(filters.priority))
    return claims


def priority_is(priority: str) -> Q:
    """Claims of ``priority``: the desk's when set, else the tier their check-worthiness falls in (a range
    of the indexed score, not a computed column)."""
    tier = Priority(priority)
    cutoffs = list(PRIORITY_CUTOFFS.items())
    score = Q()
    for index, (name, cutoff) in enumerate(cutoffs):
        if name is tier:
            score = Q(checkworthiness__gte=cutoff)
            if index:
                score &= Q(checkworthiness__lt=cutoffs[index - 1][1])
    if tier is Priority.LOW:
        score = Q(checkworthiness__lt=cutoffs[-1][1])
    own = Q(review__isnull=True) | Q(review__priority="")
    return Q(review__priority=tier.value) | own & score


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
    one query: each count was a scan of every claim of its own (``bench/web_load.py``)."""
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


QUEUE_ORDER = ("-checkworthiness", "article_id", "index")
# Orders a user may pick instead of the queue's own (the column headers and the "Sort by" menu).
QUEUE_SORTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "score": ("Score, highest first", QUEUE_ORDER),
    "score_asc": ("Score, lowest first", ("checkworthiness", "article_id", "index")),
    "newest": ("Newest imported first", ("-created_at", "-id")),
    "oldest": ("Oldest imported first", ("created_at", "id")),
    "article": ("Article", ("article_id", "index")),
    "assignee": ("Assignee", ("review__assignee__username", *QUEUE_ORDER)),
}


class QueueIds:
    """The queue's order over claim ids, as queries a database answers from its indexes: a few groups
    put first (an editor's claims waiting for second review, then the user's own: all their ids), then
    the others by check-worthiness, cut to the page asked for. One sort on "is it mine" computed for every
    matching claim read and sorted all of them (20 ms of a page on 40,000 claims; ``bench/web_load.py``).
    Django's ``Paginator`` slices it; ``queue_rows`` loads the page's rows after."""

    def __init__(
        self,
        claims: QuerySet,
        *,
        first: Sequence[Q] = (),
        order: Sequence[str] = QUEUE_ORDER,
        count: int | None = None,
    ) -> None:
        self._claims = claims
        self._first = list(first)
        self._order = tuple(order)
        self._count = count

    def count(self) -> int:
        return self._claims.count() if self._count is None else self._count

    def __len__(self) -> int:
        return self.count()

    @cached_property
    def _head(self) -> list[int]:
        ids: list[int] = []
        rest = self._claims
        for group in self._first:
            ids += rest.filter(group).order_by(*self._order).values_list("pk", flat=True)
            rest = rest.exclude(group)
        return ids

    def _rest(self) -> QuerySet:
        rest = self._claims
        for group in self._first:
            rest = rest.exclude(group)
        return rest.order_by(*self._order).values_list("pk", flat=True)

    @overload
    def __getitem__(self, window: int) -> int: ...
    @overload
    def __getitem__(self, window: slice) -> list[int]: ...
    def __getitem__(self, window: int | slice) -> int | list[int]:
        if isinstance(window, int):
            return self[window : window + 1][0]
        if window.step not in (None, 1):
            raise TypeError("The queue's ids are read a page (a slice) at a time.")
        start, stop, head = window.start or 0, window.stop, self._head
        ids = head[start:stop]
        if stop is None or stop > len(head):
            cut = self._rest()[max(0, start - len(head)) :]
            ids += list(cut if stop is None else cut[: stop - max(start, len(head))])
        return ids

    def __iter__(self) -> Iterator[int]:
        return iter(self[0:None])


def queue_claim_ids(*, user, filters: QueueFilters, count: int | None = None) -> QueueIds:
    """The queue's order: for an editor, claims waiting for second review first; then the user's own
    claims; then the others by check-worthiness (or the order the user picked, ``filters.sort``).
    ``count``, when known (``queue_counts``), spares counting again. ``filters.grouped`` keeps one claim of
    each cluster of the same claim, its first in the view."""
    claims = _filtered(user, filters)
    if filters.state == "":
        claims = claims.filter(waiting_for(user))
    elif filters.state == S.UNREVIEWED:
        claims = claims.filter(Q(review__isnull=True) | Q(review__state=S.UNREVIEWED))
    elif filters.state != "all":
        claims = claims.filter(review__state=filters.state)
    if filters.grouped:
        # A cluster's first claim in this view stands for the others (the state counts stay per claim).
        earlier = claims.filter(same_claim__first=OuterRef("same_claim__first"), pk__lt=OuterRef("pk"))
        claims, count = claims.exclude(Exists(earlier)), None
    if filters.sort in QUEUE_SORTS:
        return QueueIds(claims, order=(*QUEUE_SORTS[filters.sort][1], "pk"), count=count)
    # An editor's claims waiting for second review, the user's own, then those the desk made high.
    first = [Q(review__assignee=user), Q(review__priority=Priority.HIGH.value)]
    if is_editor(user):
        first.insert(0, Q(review__state=S.NEEDS_SECOND_REVIEW))
    return QueueIds(claims, first=first, count=count)


def article_choices(*, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """Articles for the queue's article picker, as one types: by id ("123"), else by words of the title
    (newest first). The picker asked for every article up front; a desk has thousands."""
    text = text.strip()
    match = re.fullmatch(r"#?(\d{1,12})", text) or re.search(r"\(#(\d{1,12})\)$", text)
    articles = Article.objects.order_by("-created_at", "-id")
    if match:
        articles = articles.filter(pk=int(match.group(1)))
    elif text:
        articles = articles.filter(title__icontains=text)
    return list(articles.values_list("id", "title")[:limit])


@dataclass(slots=True)
class QueueRow:
    """A claim as a queue row shows it: plain values from two queries, no model instances. Whole claims
    with their article, review, verdict, assignee and figures as models took a fifth of the queue's time
    (bench/web_load.py)."""

    pk: int
    article_id: int
    text: str
    start: int
    category: str
    checkworthiness: float
    speaker: str
    origin: str
    corrected: list
    attention: str
    article_title: str
    review_state: str
    desk_priority: str
    verdict_label: str | None
    assignee: str  # the public name, "" for nobody
    mine: bool
    cluster: int | None = None  # the first claim of its cluster of the same claim, if it is in one
    cluster_size: int = 0
    figures: list[ReaderFigure] = field(default_factory=list)


def queue_rows(*, user, ids: list[int]) -> list[QueueRow]:
    """The claims of one queue page, in the page's order, with what a row shows."""
    members = (
        SameClaim.objects.filter(first_id=OuterRef("same_claim__first_id"))
        .order_by()
        .values("first_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rows = (
        Claim.objects.filter(pk__in=ids)
        .annotate(cluster_size=Subquery(members))
        .values_list(
            *("pk", "article_id", "text", "start", "category", "checkworthiness", "speaker", "origin"),
            *("corrected", "attention", "article__title", "review__state", "review__priority"),
            *("review__verdict__label", "review__assignee_id", "review__assignee__username"),
            *("review__assignee__first_name", "review__assignee__last_name"),
            *("same_claim__first_id", "cluster_size"),
        )
    )
    by_id: dict[int, QueueRow] = {}
    for row in rows:
        pk, article_id, text, start, category, score, speaker, origin, corrected, attention = row[:10]
        title, state, desk, verdict, assignee_id, username, first, last, cluster, size = row[10:]
        by_id[pk] = QueueRow(
            *(pk, article_id, text, start, category, score, speaker, origin, corrected, attention, title),
            review_state=state or S.UNREVIEWED,
            desk_priority=desk or "",
            verdict_label=verdict,
            assignee=f"{first or ''} {last or ''}".strip()
            or username
            or "",  # public_name: full name, else username
            mine=assignee_id is not None and assignee_id == user.pk,
            cluster=cluster,
            cluster_size=size or 0,
        )
    figures = Quantity.objects.filter(claim_id__in=ids).order_by("start")
    for claim_id, *figure in figures.values_list("claim_id", *_READER_FIGURE):
        by_id[claim_id].figures.append(ReaderFigure(*figure))
    return [by_id[pk] for pk in ids if pk in by_id]


def reader_article(*, article_id: int) -> Article:
    return Article.objects.select_related("import_job").get(pk=article_id)


@dataclass(frozen=True, slots=True)
class ReaderFigure:
    """A figure as the reader draws it (``Quantity``'s fields of the same names)."""

    surface: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    category: str
    kind: str


@dataclass(slots=True)
class ReaderClaim:
    """A sentence as the reader draws it (``Claim``'s fields of the same names, its review's state and
    verdict label, and its figures by start): plain rows, no model instances."""

    review_state: str
    verdict_label: str | None
    pk: int
    start: int
    end: int
    category: str
    checkworthiness: float
    is_claim: bool
    speaker: str
    origin: str
    corrected: list
    not_a_claim: bool
    attention: str
    figures: list[ReaderFigure] = field(default_factory=list)
    priority: str = ""  # high, medium or low: the desk's, else the tier of the check-worthiness


_READER_FIGURE = ("surface", "start", "end", "value", "low", "high", "qualifier", "unit", "category", "kind")


def reader_claims(*, article: Article) -> list[ReaderClaim]:
    """Every sentence of the article with its review state, verdict and figures (two queries).

    Rows of only what the reader draws (``annotations.workspace.render``): model instances of whole
    claims (their text and extractor snapshot), their article, reviews, reviewers and figures were most
    of the time of a long article's page (bench/reader.py).
    """
    rows = (
        Claim.objects.filter(article=article)
        .order_by("start")
        .values_list(
            *("pk", "start", "end", "category", "checkworthiness", "is_claim", "speaker", "origin"),
            *("corrected", "not_a_claim", "attention", "review__state", "review__verdict__label"),
            "review__priority",
        )
    )
    claims = []
    for *fields, state, verdict_label, desk in rows:
        row = ReaderClaim(state or ReviewState.UNREVIEWED, verdict_label, *fields)
        row.priority = claim_priority(checkworthiness=row.checkworthiness, desk=desk or "")
        claims.append(row)
    by_pk = {claim.pk: claim for claim in claims}
    figures = (
        Quantity.objects.filter(claim__article=article)
        .order_by("start")
        .values_list("claim_id", *_READER_FIGURE)
    )
    for claim_id, *figure in figures:
        if (claim := by_pk.get(claim_id)) is not None:
            claim.figures.append(ReaderFigure(*figure))
    return claims


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


HISTORY_SHORT = 120  # characters of a text shown in a history entry; the rest is in its ``title``


@dataclass(frozen=True)
class Change:
    """One field of a history entry, as it was and as it became ("—" for empty); plain text."""

    label: str
    before: str
    after: str

    @property
    def long(self) -> bool:
        """Shortened in the panel, with the whole text in a ``title``."""
        return max(len(self.before), len(self.after)) > HISTORY_SHORT


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime.datetime
    user: str
    text: str
    detail: str = ""
    changes: tuple[Change, ...] = ()


_EVIDENCE_VERBS = {"+": "Added evidence", "~": "Edited evidence", "-": "Removed evidence"}
EMPTY = "—"


def _shown(value: Any) -> str:
    return EMPTY if value in ("", None) else str(value)


def _review_value(record: Any, name: str) -> str:
    """A field of a historical review as the panel shows it (related rows come with the record)."""
    if name == "state":
        return S(record.state).label
    if name == "verdict":
        return str(record.verdict) if record.verdict_id and record.verdict else _shown(record.verdict_id)
    if name == "assignee":
        return public_name(record.assignee) if record.assignee_id and record.assignee else _shown(None)
    return _shown(getattr(record, name))


# What a review's history entry shows changing, in this order (``diff`` compares their column values).
REVIEW_HISTORY_FIELDS = (
    ("state", "State"),
    ("assignee", "Assignee"),
    ("verdict", "Verdict"),
    ("claim_reviewed", "Summary"),
    ("rationale", "Rationale"),
    ("claimant_job_title", "Speaker's role"),
    ("claimant_same_as", "Speaker's page"),
)
EVIDENCE_HISTORY_FIELDS = (
    ("title", "Title"),
    ("url", "URL"),
    ("publisher", "Publisher"),
    ("stance", "Stance"),
    ("quote", "Quote"),
    ("accessed_on", "Accessed on"),
    ("position", "Position"),
)


def _review_changes(record: Any, previous: Any | None) -> tuple[Change, ...]:
    """Old → new of each field ``record`` changed since ``previous``: from nothing for the record that
    created the review, nothing when the record before it is unknown."""
    if previous is None and record.history_type != "+":
        return ()
    changes = []
    for name, label in REVIEW_HISTORY_FIELDS:
        attname = f"{name}_id" if name in {"verdict", "assignee"} else name
        if previous is not None and getattr(previous, attname) == getattr(record, attname):
            continue
        before = _review_value(previous, name) if previous is not None else EMPTY
        after = _review_value(record, name)
        if before != after:
            changes.append(Change(label, before, after))
    return tuple(changes)


def _evidence_value(name: str, value: Any) -> str:
    if name == "stance" and value:
        return str(Evidence.Stance(value).label) if value in Evidence.Stance.values else value
    if name == "position" and value is not None:
        return str(value + 1)  # people count from one
    return _shown(value)


def _evidence_changes(record: Any) -> tuple[Change, ...]:
    """Old → new of an edit, from the previous record of the same evidence (``was_*``, one query)."""
    if record.history_type != "~" or record.was_history_id is None:
        return ()
    return tuple(
        Change(label, _evidence_value(name, getattr(record, f"was_{name}")), _evidence_value(name, value))
        for name, label in EVIDENCE_HISTORY_FIELDS
        if getattr(record, f"was_{name}") != (value := getattr(record, name))
    )


def review_timeline(*, review: Review, limit: int = 40) -> list[HistoryEntry]:
    """The review's own history and its evidence's, newest first, each entry with what it changed.

    Two queries whatever the number of entries: one more review record than shown, to compare the
    oldest shown with, and each evidence record with its predecessor's values (a ``LAG`` window).
    """
    records = list(
        review.history.select_related("history_user", "verdict", "assignee").order_by(
            "-history_date", "-history_id"
        )[: limit + 1]
    )
    entries = [
        HistoryEntry(
            at=r.history_date,
            user=public_name(r.history_user) if r.history_user else "system",
            text=r.history_change_reason or ("Created" if r.history_type == "+" else "Changed"),
            detail=f"version {r.version}",
            changes=_review_changes(r, records[i + 1] if i + 1 < len(records) else None),
        )
        for i, r in enumerate(records[:limit])
    ]
    previous = {
        f"was_{name}": Window(
            Lag(name), partition_by=[F("id")], order_by=[F("history_date").asc(), F("history_id").asc()]
        )
        for name in ("history_id", *(name for name, _ in EVIDENCE_HISTORY_FIELDS))
    }
    evidence = (
        Evidence.history.filter(review_id=review.pk)
        .select_related("history_user")
        .annotate(**previous)
        .order_by("-history_date", "-history_id")[:limit]
    )
    entries += [
        HistoryEntry(
            at=e.history_date,
            user=public_name(e.history_user) if e.history_user else "system",
            text=_EVIDENCE_VERBS.get(e.history_type, "Changed evidence"),
            detail=e.title or e.url,
            changes=_evidence_changes(e),
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


# --- figure conflicts ------------------------------------------------------------------------------

CONFLICT_PAGE_SIZE = 25
# The conflicts page's windows: days back, or None for all time.
CONFLICT_WINDOWS: dict[str, int | None] = {"7": 7, "30": 30, "90": 90, "all": None}
CONFLICT_WINDOW_DEFAULT = "30"


def _conflicts() -> QuerySet[FigureConflict]:
    """Conflicts with both claims, their articles and figures in the same query (never the bodies)."""
    return FigureConflict.objects.select_related(
        "claim__article", "other__article", "quantity", "other_quantity"
    ).defer("claim__article__body", "other__article__body", "claim__machine", "other__machine")


def claim_conflicts(*, claim_id: int) -> list[FigureConflict]:
    """The claim's open conflicts, from either side, newest first (one query)."""
    rows = _conflicts().filter(status=FigureConflict.Status.OPEN)
    return list(rows.filter(Q(claim_id=claim_id) | Q(other_id=claim_id)))


def conflicts(*, status: str, since: datetime.datetime | None) -> QuerySet[FigureConflict]:
    """Conflicts of a status found since ``since`` (all time when None), newest first."""
    rows = _conflicts().filter(status=status)
    if since is not None:
        rows = rows.filter(detected_at__gte=since)
    return rows.order_by("-detected_at", "-id")
