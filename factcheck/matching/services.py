"""Writes of claim matching: index claims and known fact-checks, rebuild the index, cluster the same
claim across articles, find and settle figure conflicts.

Indexing runs in the transaction that writes the claims (the import's, a correction's), so a claim is
findable exactly when it exists. Clusters of the same claim and figure conflicts need a search per
claim, so the import leaves them to a task (``factcheck.matching.tasks``) after its transaction commits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Prefetch, Q

from factcheck.matching import encoder, ranking
from factcheck.matching.models import FigureConflict, MatchEntry, MatchTerm, MatchVector, SameClaim
from factcheck.matching.selectors import FIGURE_KINDS, Found, claims_matches, figure_rows
from factcheck.matching.text import base_language, terms
from factcheck.models import Category, Claim, FactCheck, Quantity

# Rows written per statement when (re)indexing many at once.
BATCH = 1000


def _figures_json(figures: Iterable[ranking.Figure]) -> list[list]:
    return [[f.value, f.low, f.high, f.unit, f.category] for f in figures]


def _count_terms(term_lists: Sequence[Sequence[str]], sign: int) -> None:
    """Add (``sign`` 1) or take away (-1) entries' terms from the document frequencies, and their number
    and length from the corpus's. One upsert per term, in a fixed order: two imports indexing at once
    lock the same rows in the same order and never deadlock."""
    counts: Counter[str] = Counter()
    for words in term_lists:
        counts.update(set(words))
    counts[MatchTerm.DOCUMENTS] = len(term_lists)
    counts[MatchTerm.LENGTH] = sum(len(words) for words in term_lists)
    counts = Counter({term: n for term, n in counts.items() if n})
    table = MatchTerm._meta.db_table
    terms_, numbers = zip(*sorted(counts.items()), strict=True) if counts else ((), ())
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One statement for all the terms: a row per statement was most of an import's indexing.
            rows = "SELECT * FROM unnest(%s::text[], %s::bigint[]) AS v(term, n) ORDER BY term"
            if sign > 0:
                cursor.execute(
                    f"INSERT INTO {table} (term, df) {rows} "
                    f"ON CONFLICT (term) DO UPDATE SET df = {table}.df + excluded.df",
                    [list(terms_), list(numbers)],
                )
            else:  # never below zero, whatever drift deleted entries left
                cursor.execute(
                    f"UPDATE {table} SET df = GREATEST({table}.df - v.n, 0) FROM ({rows}) AS v "
                    f"WHERE {table}.term = v.term",
                    [list(terms_), list(numbers)],
                )
            return
        if sign > 0:
            cursor.executemany(
                f"INSERT INTO {table} (term, df) VALUES (%s, %s) "
                f"ON CONFLICT (term) DO UPDATE SET df = {table}.df + excluded.df",
                list(zip(terms_, numbers, strict=True)),
            )
        else:
            cursor.executemany(
                f"UPDATE {table} SET df = MAX(df - %s, 0) WHERE term = %s",
                [(n, term) for term, n in zip(terms_, numbers, strict=True)],
            )


def _remove(entries: Iterable[MatchEntry]) -> None:
    entries = list(entries)
    if entries:
        _count_terms([entry.terms.split() for entry in entries], -1)
        MatchEntry.objects.filter(pk__in=[entry.pk for entry in entries]).delete()


def _store_vectors(entries: list[MatchEntry]) -> int:
    """Store the sentence encoder's vector of each of these saved entries while ``MATCHING_DENSE=encoder``
    (about 10-20 ms an entry), so that a search embeds only its query. Without the encoder installed the
    entries stay without (the system check says so at start-up; an import is not refused for it). Returns
    how many were stored."""
    if settings.MATCHING_DENSE != "encoder" or not entries or not encoder.available():
        return 0
    vectors = encoder.embed([_embedded_text(entry) for entry in entries])
    stored = MatchVector.objects.bulk_create(
        [
            MatchVector(entry=entry, vector=encoder.to_bytes(vector))
            for entry, vector in zip(entries, vectors, strict=True)
        ],
        batch_size=BATCH,
    )
    return len(stored)


def _embedded_text(entry: MatchEntry) -> str:
    """What the encoder embeds of an entry, as the re-ranker does of a candidate (``ranking.dense_text``)."""
    if entry.claim is not None:
        return entry.claim.text
    fact_check = entry.fact_check
    assert fact_check is not None  # (the entry's constraint: a claim or a fact-check)
    return ranking.dense_text(ranking.Candidate("", fact_check.claim, fact_check.title))


def _add(entries: list[MatchEntry]) -> list[MatchEntry]:
    for entry in entries:
        entry.length = len(entry.terms.split())
    created = MatchEntry.objects.bulk_create(entries, batch_size=BATCH)
    _store_vectors(created)
    _count_terms([entry.terms.split() for entry in entries], 1)
    return created


def _claim_entry(
    claim: Claim, *, language: str = "", quantities: Iterable[Quantity] | None = None
) -> MatchEntry:
    """A claim's entry; ``language`` and ``quantities`` when the caller has them in hand (an import),
    else its article's and its prefetched ``quantities``."""
    language = base_language(language or claim.article.language or "en")
    stored = ranking.stored_form(claim.text, "", language)
    return MatchEntry(
        kind=MatchEntry.Kind.CLAIM,
        claim=claim,
        language=language,
        terms=" ".join(stored.text),
        length=len(stored.text),
        text_terms=len(stored.text),
        named=" ".join(sorted(stored.named)),
        speaker=claim.speaker,
        category=claim.category,
        figures=figure_rows(claim.quantities.all() if quantities is None else quantities),
    )


def _fact_check_entry(fact_check: FactCheck) -> MatchEntry:
    language = base_language(fact_check.language or "en")
    words = terms(f"{fact_check.claim}\n{fact_check.title}", language)
    stored = ranking.stored_form(fact_check.claim, fact_check.title, language)
    # The index's terms are those of text and title as one (a figure may run over the line), which is
    # nearly always the text's then the title's; where not, the re-ranker reads the texts (None).
    split = len(stored.text) if words == [*stored.text, *stored.title] else None
    return MatchEntry(
        kind=MatchEntry.Kind.FACT_CHECK,
        fact_check=fact_check,
        language=language,
        terms=" ".join(words),
        length=len(words),
        text_terms=split,
        named=" ".join(sorted(stored.named)) if split is not None else None,
        speaker=fact_check.claimant,
        category=Category.OTHER,
        figures=_figures_json(ranking.figures_from_text(fact_check.claim, language)),
    )


def indexed(claim: Claim) -> bool:
    """Which claims the index holds: the check-worthy ones and those people drew or corrected. The
    other sentences ("Police declined to comment.") match nothing worth a reviewer's time, and indexing
    them was half of what matching cost an import (bench/matching.py)."""
    return not claim.not_a_claim and (claim.is_claim or claim.origin != Claim.Origin.MACHINE)


INDEXED = Q(not_a_claim=False) & (Q(is_claim=True) | ~Q(origin=Claim.Origin.MACHINE))


def _claims_to_index(claim_ids: Iterable[int]):
    return (
        Claim.objects.filter(INDEXED, pk__in=list(claim_ids))
        .select_related("article")
        .only("text", "speaker", "category", "article__language")
        .prefetch_related(
            Prefetch("quantities", queryset=Quantity.objects.only("claim_id", *_QUANTITY_FIELDS))
        )
    )


_QUANTITY_FIELDS = ("value", "low", "high", "unit", "category", "kind")


@transaction.atomic
def matching_index_claims(*, claim_ids: Iterable[int]) -> int:
    """(Re)index these claims: a claim's entry is replaced, a claim marked "not a claim" leaves the
    index. Returns how many entries were written."""
    claim_ids = list(claim_ids)
    _remove(MatchEntry.objects.filter(claim_id__in=claim_ids).only("terms"))
    return len(_add([_claim_entry(claim) for claim in _claims_to_index(claim_ids)]))


def matching_index_new_claims(
    *, claims: Sequence[Claim], quantities: Iterable[Quantity], language: str
) -> int:
    """Index claims just written with their figures (an import's): built from the rows in hand, no
    query to read them back. The caller's transaction holds them."""
    by_claim: dict[int, list[Quantity]] = {}
    for quantity in quantities:
        by_claim.setdefault(quantity.claim_id, []).append(quantity)
    entries = [
        _claim_entry(claim, language=language or "en", quantities=by_claim.get(claim.pk, []))
        for claim in claims
        if indexed(claim)
    ]
    return len(_add(entries))


@transaction.atomic
def matching_unindex_claims(*, claim_ids: Iterable[int]) -> None:
    """Take these claims out of the index before they are deleted (their terms uncounted)."""
    _remove(MatchEntry.objects.filter(claim_id__in=list(claim_ids)).only("terms"))


def matching_reindex_claims(*, claim_ids: Iterable[int]) -> None:
    """``matching_index_claims`` when matching is on: the hook for code that changes claims (people's
    corrections, re-extraction)."""
    if settings.MATCHING_ENABLED:
        matching_index_claims(claim_ids=claim_ids)


def matching_forget_claims(*, claim_ids: Iterable[int]) -> None:
    """``matching_unindex_claims`` when matching is on."""
    if settings.MATCHING_ENABLED:
        matching_unindex_claims(claim_ids=claim_ids)


@transaction.atomic
def matching_index_fact_checks(*, fact_check_ids: Iterable[int]) -> int:
    fact_check_ids = list(fact_check_ids)
    _remove(MatchEntry.objects.filter(fact_check_id__in=fact_check_ids).only("terms"))
    fact_checks = FactCheck.objects.filter(pk__in=fact_check_ids).only(
        "claim", "title", "claimant", "language"
    )
    return len(_add([_fact_check_entry(fact_check) for fact_check in fact_checks]))


@transaction.atomic
def matching_reindex() -> tuple[int, int]:
    """Rebuild the whole index and its term counts from the claims and fact-checks (``manage.py
    reindex_matching``). Returns the entries written: claims, fact-checks."""
    MatchEntry.objects.all().delete()
    MatchTerm.objects.all().delete()
    claims = fact_checks = 0
    ids = list(Claim.objects.filter(INDEXED).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        claims += len(_add([_claim_entry(claim) for claim in _claims_to_index(ids[start : start + BATCH])]))
    ids = list(FactCheck.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        batch = FactCheck.objects.filter(pk__in=ids[start : start + BATCH])
        fact_checks += len(_add([_fact_check_entry(fact_check) for fact_check in batch]))
    return claims, fact_checks


def matching_embed_missing(*, batch_size: int = BATCH) -> int:
    """Store the sentence encoder's vector of every entry that has none, a batch per transaction: for an index
    built before ``MATCHING_DENSE=encoder`` was turned on, without rebuilding it in one long transaction
    (``manage.py reindex_matching --vectors``; at 10-30 ms an entry, 100,000 take about half an hour, while
    searches and imports go on). Returns how many were written; 0 while the setting is off."""
    if not encoder.enabled(settings.MATCHING_DENSE):
        return 0
    written = 0
    while True:
        with transaction.atomic():
            entries = list(
                MatchEntry.objects.filter(encoded__isnull=True)
                .select_related("claim", "fact_check")
                .only("claim__text", "fact_check__claim", "fact_check__title")
                .order_by("pk")[:batch_size]
            )
            stored = _store_vectors(entries)
        if not stored:
            return written
        written += stored


# A claim of another article matching at least this well (the re-ranker's score) is taken to be about
# the same thing, so that different figures of one category are a conflict.
CONFLICT_MIN_SCORE = 0.0
# Matches of each claim looked at, among the index's best few candidates: a conflict or a cluster is about
# the same thing, near the top, and the search per claim is the detection's whole cost.
DETECT_MATCHES = 5
DETECT_CANDIDATES = 15


def _counted(quantity: Quantity) -> str:
    """What a figure counts, singular and lower-case ("Villages" -> "village"); "" when it says none."""
    unit = " ".join(quantity.unit.lower().split())
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


def _same_thing(mine: Quantity, theirs: Quantity) -> bool:
    """Two figures can only disagree about the same thing: the same category and the same counted noun
    ("more than 20 villages" says nothing against "half of the city")."""
    return mine.category == theirs.category and bool(_counted(mine)) and _counted(mine) == _counted(theirs)


def _figure(quantity: Quantity) -> ranking.Figure:
    return ranking.Figure(quantity.value, quantity.low, quantity.high, quantity.unit, quantity.category)


@dataclass
class Detected:
    conflicts: list[FigureConflict] = field(default_factory=list)
    linked: list[SameClaim] = field(default_factory=list)


def matches_detect(*, claim_ids: Iterable[int]) -> Detected:
    """After an import: where these claims are the same claim as claims of other articles (a strong
    match whose texts cover each other, figures agreeing: ``ranking.Evidence.same_claim``), join them
    into one cluster (``SameClaim``); and where their figures disagree with those of a claim about the
    same thing elsewhere, record the conflict once (a pair found again, from either side, is left as it
    is). Check-worthy claims only, one search each (``claims_matches``: the
    statistics and candidates read once for all): a sentence nobody will check is no news when it
    repeats or disagrees. A claim with figures is searched among claims of its figures' categories (a
    conflict is about the same thing), one without among all claims."""
    detected = Detected()
    figures_of: dict[int, list[Quantity]] = {}
    same: list[tuple[Claim, list[Found]]] = []
    compared: list[tuple[Claim, list[Found]]] = []
    for claim, figures, matches in detection_matches(claim_ids=claim_ids):
        figures_of[claim.pk] = figures
        if same_claim := [match for match in matches if match.evidence.same_claim]:
            same.append((claim, same_claim))
        if figures:
            compared.append((claim, [match for match in matches if match.score >= CONFLICT_MIN_SCORE]))
    # the figures of every claim matched, in one query for the article
    matched = {match.claim.pk for _, matches in compared for match in matches if match.claim is not None}
    theirs_of: dict[int, list[Quantity]] = {}
    for quantity in Quantity.objects.filter(claim_id__in=matched, kind__in=FIGURE_KINDS) if matched else ():
        theirs_of.setdefault(quantity.claim_id, []).append(quantity)
    for claim, matches in compared:
        detected.conflicts += _conflicts(claim, figures_of[claim.pk], matches, theirs_of)
    if same:
        detected.linked = _link(same)
    return detected


def detection_matches(*, claim_ids: Iterable[int]) -> list[tuple[Claim, list[Quantity], list[Found]]]:
    """What ``matches_detect`` looks at: each check-worthy claim of these, its figures that can conflict,
    and its best matches among other articles' claims (``python -m evaluation same-claims`` scores these
    pairs)."""
    figures_of: dict[int, list[Quantity]] = {}
    claims = list(
        Claim.objects.filter(pk__in=list(claim_ids), is_claim=True, not_a_claim=False)
        .select_related("article")
        .prefetch_related("quantities")
    )
    for claim in claims:
        figures_of[claim.pk] = [
            quantity
            for quantity in claim.quantities.all()
            if quantity.kind in FIGURE_KINDS and quantity.category != Category.OTHER
        ]
    searches = []
    for claim in claims:
        entries = MatchEntry.objects.claims()
        if figures := figures_of[claim.pk]:
            entries = entries.filter(category__in={figure.category for figure in figures})
        searches.append((claim, entries))
    # The plain re-ranker: what is decided here (the same claim, a conflict) rests on the evidence, not
    # on the order, and embedding every candidate after every import would cost more than the search.
    found = claims_matches(searches, top=DETECT_MATCHES, candidates=DETECT_CANDIDATES, dense=False)
    return [
        (claim, figures_of[claim.pk], [match for match in near if match.claim is not None])
        for claim, near in zip(claims, found, strict=True)
    ]


def conflicts_detect(*, claim_ids: Iterable[int]) -> list[FigureConflict]:
    """``matches_detect``'s figure conflicts."""
    return matches_detect(claim_ids=claim_ids).conflicts


def _conflicts(
    claim: Claim, figures: list[Quantity], matches: list[Found], theirs_of: dict[int, list[Quantity]]
) -> list[FigureConflict]:
    found: list[FigureConflict] = []
    for match in matches:
        assert match.claim is not None
        for mine in figures:
            for theirs in theirs_of.get(match.claim.pk, []):
                if _same_thing(mine, theirs) and ranking.figures_conflict(_figure(mine), _figure(theirs)):
                    found += _record(claim, mine, match, theirs)
    return found


@transaction.atomic
def _link(same: list[tuple[Claim, list[Found]]]) -> list[SameClaim]:
    """Join each claim and the claims it strongly matches into one cluster, merging the clusters they
    were in already; a cluster is named by its earliest claim. The rows are locked at once, in the order
    of their ids, so two imports linking at once wait for each other rather than deadlock."""
    scores: dict[int, float] = {}
    groups = []
    for claim, matches in same:
        ids = {claim.pk, *(match.claim.pk for match in matches if match.claim is not None)}
        for match in matches:
            if match.claim is not None:
                scores[match.claim.pk] = max(scores.get(match.claim.pk, 0.0), match.score)
        scores[claim.pk] = max([scores.get(claim.pk, 0.0), *(match.score for match in matches)])
        groups.append(ids)
    members = set().union(*groups)
    rows = list(SameClaim.objects.select_for_update().filter(claim_id__in=members).order_by("pk"))
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(a: int, b: int) -> None:
        first, second = sorted((root(a), root(b)))
        parent[second] = first  # the smaller id names the cluster

    for row in rows:
        union(row.claim_id, row.first_id)
    for ids in groups:
        anchor = min(ids)
        for member in ids:
            union(anchor, member)
    firsts = {row.first_id for row in rows}
    for first in sorted(firsts):
        if root(first) != first:  # its cluster merged into an earlier one
            SameClaim.objects.filter(first_id=first).update(first_id=root(first))
    have = {row.claim_id for row in rows}
    new = [
        SameClaim(claim_id=member, first_id=root(member), score=scores.get(member, 0.0))
        for member in sorted(members - have)
    ]
    SameClaim.objects.bulk_create(new, ignore_conflicts=True)
    return new


def _record(claim: Claim, mine: Quantity, match, theirs: Quantity) -> list[FigureConflict]:
    pair = sorted([(mine.pk, claim.pk), (theirs.pk, theirs.claim_id)])
    if FigureConflict.objects.filter(quantity_id=pair[0][0], other_quantity_id=pair[1][0]).exists():
        return []
    with transaction.atomic():
        conflict, created = FigureConflict.objects.get_or_create(
            quantity_id=pair[0][0],
            other_quantity_id=pair[1][0],
            defaults={
                "claim_id": pair[0][1],
                "other_id": pair[1][1],
                "category": mine.category,
                "score": match.score,
                "reasons": list(match.reasons),
            },
        )
    return [conflict] if created else []


@transaction.atomic
def conflict_dismiss(*, conflict: FigureConflict) -> FigureConflict:
    """Settle a conflict as no conflict at all (not the same thing, or explained)."""
    conflict.status = FigureConflict.Status.DISMISSED
    conflict.save(update_fields=["status"])
    return conflict
