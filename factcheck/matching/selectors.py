"""Reads of claim matching: candidates from the database's full-text index, re-ranked in Python.

The index finds up to ``CANDIDATES`` entries sharing the query's rarest terms (SQLite FTS5 ranks them by
BM25; PostgreSQL by ``ts_rank`` over the GIN-indexed ``tsvector``); ``ranking.rank`` then scores them with
the corpus's real term frequencies, figures, speaker and category, and says why each matches. With the
optional dense feature on (``MATCHING_DENSE``, ``dense_enabled``) it adds the cosine of the query's and each
candidate's embeddings, computed on the fly (nothing stored), and weighs by ``ranker_weights_dense.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, FloatField, QuerySet
from django.db.models.expressions import RawSQL

from factcheck.extraction import resolve_language
from factcheck.extraction.types import CLAIM_KINDS
from factcheck.matching import dense, ranking
from factcheck.matching.models import MatchEntry, MatchTerm
from factcheck.matching.text import MAX_QUERY_CHARS, base_language
from factcheck.models import Claim, FactCheck

# Entries the full-text index hands to the re-ranker: enough that the right one is among them (recall
# at 100 is ~0.97 on CheckThat! 2020, see ``python -m evaluation claim-retrieval``), few enough to rank
# in milliseconds.
CANDIDATES = 100
# The query's terms the index is asked for, rarest first: common words find half the corpus and say
# nothing (the re-ranker still weighs every term of the query).
QUERY_TERMS = 12
RARE = 50
COMMON = 0.01
COMMON_AT_LEAST = 200  # in a small corpus no term is too common to search for
MIN_TERMS = 3
FIGURE_KINDS = frozenset(kind.value for kind in CLAIM_KINDS)
# A stored claim's own matches (the panel's Seen before) re-rank fewer: a news sentence shares more words
# with its matches than a tweet with its fact-check, and the panel should open at once.
CLAIM_CANDIDATES = 50
# How many matches a claim's "Seen before" and the API give at most.
TOP = 10
# A fact-check or claim below this re-ranker score is not shown as a match at all.
MIN_SCORE = 0.0


@dataclass(frozen=True)
class Found:
    """A match: the claim or known fact-check found, how well it matches, and why."""

    entry_id: int
    kind: str
    score: float
    reasons: tuple[str, ...]
    claim: Claim | None
    fact_check: FactCheck | None
    evidence: ranking.Evidence = field(default_factory=ranking.Evidence)

    @property
    def strength(self) -> ranking.Strength:
        return self.evidence.strength


def _figures(rows: Iterable[Sequence]) -> tuple[ranking.Figure, ...]:
    return tuple(
        ranking.Figure(value, low, high, unit or "", category or "")
        for value, low, high, unit, category in rows
    )


def _stats(query_terms: Iterable[str]) -> ranking.CorpusStats:
    wanted = set(query_terms) | {MatchTerm.DOCUMENTS, MatchTerm.LENGTH}
    df = dict(MatchTerm.objects.filter(term__in=wanted).values_list("term", "df"))
    documents = df.pop(MatchTerm.DOCUMENTS, 0)
    length = df.pop(MatchTerm.LENGTH, 0)
    return ranking.CorpusStats(n_docs=documents, avg_len=length / documents if documents else 0.0, df=df)


def _search_terms(query_terms: Sequence[str], stats: ranking.CorpusStats) -> list[str]:
    """The query's terms the index is asked for: those the corpus has, rarest first. Every term found in
    at most ``RARE`` entries (cheap to look up, and what tells claims apart), then others up to
    ``QUERY_TERMS`` in all, leaving out the common ones (in more than ``COMMON`` of the entries and more
    than ``COMMON_AT_LEAST``: "say", "state") while ``MIN_TERMS`` remain. Each common term added
    thousands of entries for the database to rank: 46 ms of a search on 200,000 entries, 10 ms without
    them, and MAP@5 on CheckThat! 2020 dev unchanged (bench/matching.py, python -m factcheck.matching)."""
    present = sorted(
        {term for term in query_terms if stats.df.get(term)}, key=lambda term: (stats.df[term], term)
    )
    common = max(COMMON * stats.n_docs, COMMON_AT_LEAST)
    usable = [term for term in present if stats.df[term] <= common]
    if len(usable) < MIN_TERMS:
        return present[:MIN_TERMS]
    rare = [term for term in usable if stats.df[term] <= RARE]
    return rare if len(rare) >= QUERY_TERMS else usable[:QUERY_TERMS]


def _candidate_ids(entries: QuerySet, words: Sequence[str], limit: int) -> list[int]:
    """Ids of ``entries`` that hold any of ``words``, best first by the database's own full-text rank."""
    if not words:
        return []
    if connection.vendor == "postgresql":
        query = " | ".join(words)
        return list(
            entries.filter(RawSQL("search @@ to_tsquery('simple', %s)", [query], output_field=BooleanField()))
            .annotate(
                text_rank=RawSQL(
                    "ts_rank(search, to_tsquery('simple', %s))", [query], output_field=FloatField()
                )
            )
            .order_by("-text_rank", "pk")
            .values_list("pk", flat=True)[:limit]
        )
    # SQLite: FTS5 finds and ranks (BM25) on its own; the entries' other conditions are applied to its
    # best few hundred, in order. Equal ranks go to the earliest entry, as on PostgreSQL: which of many
    # copies of one text becomes a candidate must not depend on the database.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rowid FROM factcheck_match_fts WHERE factcheck_match_fts MATCH %s "
            "ORDER BY rank, rowid LIMIT %s",
            [" OR ".join(f'"{word}"' for word in words), limit * 10],
        )
        ranked = [row[0] for row in cursor.fetchall()]
    allowed = set(entries.filter(pk__in=ranked).values_list("pk", flat=True))
    return [pk for pk in ranked if pk in allowed][:limit]


def _candidates(ids: list[int]) -> dict[int, MatchEntry]:
    entries = MatchEntry.objects.filter(pk__in=ids).select_related("claim__article", "fact_check")
    entries = entries.only(
        *("kind", "language", "terms", "speaker", "category", "figures"),
        *("claim__text", "claim__speaker", "claim__category", "claim__article_id"),
        *("claim__article__title", "claim__article__source_url", "claim__article__source_name"),
        *("claim__article__published_at", "claim__article__language"),
        *("fact_check__claim", "fact_check__title", "fact_check__rating", "fact_check__claimant"),
        *("fact_check__publisher", "fact_check__url", "fact_check__review_date", "fact_check__language"),
    )
    return {entry.pk: entry for entry in entries}


def _as_candidate(entry: MatchEntry) -> ranking.Candidate:
    if entry.claim is not None:
        text, title = entry.claim.text, ""
    else:
        assert entry.fact_check is not None
        text, title = entry.fact_check.claim, entry.fact_check.title
    return ranking.Candidate(
        key=str(entry.pk),
        text=text,
        title=title,
        speaker=entry.speaker,
        category=entry.category,
        figures=_figures(entry.figures),
        language=entry.language,
    )


def dense_enabled() -> bool:
    """Whether the re-ranker uses the dense feature (``MATCHING_DENSE``: ``auto`` when wordllama is
    installed; ``on`` raises ``dense.DenseUnavailable`` without it; ``off``)."""
    return dense.enabled(settings.MATCHING_DENSE)


def search(
    query: ranking.Candidate,
    *,
    entries: QuerySet | None = None,
    top: int = TOP,
    candidates: int = CANDIDATES,
) -> list[Found]:
    """The entries (all, or those of ``entries``) that best match ``query``, best first; the re-ranker
    sees the full-text index's best ``candidates``."""
    return search_many([(query, entries)], top=top, candidates=candidates)[0]


def search_many(
    queries: Sequence[tuple[ranking.Candidate, QuerySet | None]],
    *,
    top: int = TOP,
    candidates: int = CANDIDATES,
    dense: bool | None = None,
) -> list[list[Found]]:
    """``search`` for each query among its entries, with the corpus's statistics and the candidates'
    rows read once for all of them: an article's claims after its import are a few queries, not a few
    for each claim. ``dense`` None follows ``MATCHING_DENSE``."""
    parsed = [(query, ranking.search_terms(query)) for query, _ in queries]
    stats = _stats({term for _, query_terms in parsed for term in query_terms})
    id_lists = []
    for (query, query_terms), (_, entries) in zip(parsed, queries, strict=True):
        language = base_language(query.language)
        entries = (MatchEntry.objects.all() if entries is None else entries).filter(language=language)
        id_lists.append(_candidate_ids(entries, _search_terms(query_terms, stats), candidates))
    rows = _candidates(sorted({pk for ids in id_lists for pk in ids}))
    # The re-ranker weighs the candidates' own words too (how much of a candidate the query covers):
    # their frequencies as well, or a common word of a candidate would count as its rarest.
    more = {term for entry in rows.values() for term in entry.terms.split()} - set(stats.df)
    if more:
        stats = ranking.CorpusStats(
            n_docs=stats.n_docs,
            avg_len=stats.avg_len,
            df={**stats.df, **dict(MatchTerm.objects.filter(term__in=more).values_list("term", "df"))},
        )
    use_dense = dense_enabled() if dense is None else dense
    return [
        _ranked(query, [rows[pk] for pk in ids if pk in rows], stats, top, use_dense=use_dense)
        for (query, _), ids in zip(parsed, id_lists, strict=True)
    ]


def _ranked(
    query: ranking.Candidate,
    entries: list[MatchEntry],
    stats: ranking.CorpusStats,
    top: int,
    *,
    use_dense: bool = False,
) -> list[Found]:
    # In the order they were stored: equal scores (the same fact-check published twice, a claim repeated
    # word for word) then rank the earliest first, the one the others repeat, whatever order the
    # full-text index returned them in.
    earliest = sorted(entries, key=lambda entry: (entry.fact_check_id or 0, entry.claim_id or 0))
    by_key = {str(entry.pk): entry for entry in earliest}
    found = []
    candidates = [_as_candidate(entry) for entry in earliest]
    for match in ranking.rank(query, candidates, stats, top=top, dense=use_dense):
        if match.score < MIN_SCORE:
            continue
        entry = by_key[match.key]
        found.append(
            Found(
                entry_id=entry.pk,
                kind=entry.kind,
                score=match.score,
                reasons=match.reasons,
                evidence=match.evidence,
                claim=entry.claim,
                fact_check=entry.fact_check,
            )
        )
    return found


def figure_rows(quantities: Iterable) -> list[list]:
    """Figures that say how much of something there is, as entries store them:
    ``[value, low, high, unit, category]``. Dates, times, ordinals and identifiers locate or name things
    and never match or conflict."""
    return [[q.value, q.low, q.high, q.unit, q.category] for q in quantities if q.kind in FIGURE_KINDS]


def claim_query(claim: Claim) -> ranking.Candidate:
    """A stored claim as a query: its text, speaker, category and figures (``quantities`` prefetched
    or not)."""
    return ranking.Candidate(
        key=f"claim:{claim.pk}",
        text=claim.text,
        speaker=claim.speaker,
        category=claim.category,
        figures=_figures(figure_rows(claim.quantities.all())),
        language=claim.article.language or "en",
    )


def _elsewhere(claim: Claim, entries: QuerySet | None) -> QuerySet:
    """``entries`` (all) without the claim's own article's claims, left out by their ids (a few), not by
    joining every entry to its claim."""
    entries = MatchEntry.objects.all() if entries is None else entries
    return entries.exclude(claim_id__in=Claim.objects.filter(article_id=claim.article_id).values("pk"))


def claim_matches(
    *, claim: Claim, entries: QuerySet | None = None, top: int = TOP, candidates: int = CLAIM_CANDIDATES
) -> list[Found]:
    """What ``claim`` was seen as before: claims of other articles and known fact-checks."""
    return search(claim_query(claim), entries=_elsewhere(claim, entries), top=top, candidates=candidates)


def claims_matches(
    claims: Sequence[tuple[Claim, QuerySet | None]],
    *,
    top: int = TOP,
    candidates: int = CLAIM_CANDIDATES,
    dense: bool | None = None,
) -> list[list[Found]]:
    """``claim_matches`` for each claim among its entries, in one ``search_many``."""
    queries = [(claim_query(claim), _elsewhere(claim, entries)) for claim, entries in claims]
    return search_many(queries, top=top, candidates=candidates, dense=dense)


def text_query(text: str, *, language: str = "") -> ranking.Candidate:
    """A text from outside (a tweet, a quote) as a query, cut at ``MAX_QUERY_CHARS``; its language
    detected when not given."""
    text = text[:MAX_QUERY_CHARS]
    language = base_language(resolve_language(text, language or None))
    return ranking.Candidate(
        key="query",
        text=text,
        figures=ranking.figures_from_text(text, language),
        language=language,
    )
