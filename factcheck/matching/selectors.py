"""Reads of claim matching: candidates from the database's full-text index, re-ranked in Python.

The index finds up to ``CANDIDATES`` entries sharing the query's rarest terms (SQLite FTS5 ranks them by
BM25; PostgreSQL by ``ts_rank`` over the GIN-indexed ``tsvector``); ``ranking.rank`` then scores them with
the corpus's real term frequencies, figures, speaker and category, and says why each matches. With the
optional dense feature on (``MATCHING_DENSE``, ``dense_enabled``) it adds the cosine of the query's and each
candidate's embeddings, computed on the fly (nothing stored), and weighs by ``ranker_weights_dense.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, FloatField, QuerySet
from django.db.models.expressions import RawSQL

from factcheck.extraction import resolve_language
from factcheck.extraction.types import CLAIM_KINDS
from factcheck.matching import dense, encoder, ranking
from factcheck.matching.models import MatchEntry, MatchTerm, MatchVector
from factcheck.matching.text import MAX_QUERY_CHARS, base_language, run_together_tags, run_together_terms
from factcheck.models import Claim, FactCheck

# Entries the full-text index hands to the re-ranker: enough that the right one is among them (recall
# at 100 is ~0.97 on CheckThat! 2020, see ``python -m evaluation claim-retrieval``), few enough to rank
# in milliseconds.
CANDIDATES = 100
# The query's terms the index is asked for, rarest first: common words find half the corpus and say
# nothing (the re-ranker still weighs every term of the query). 20 and 500 rather than 12 and 200: the
# re-ranker is trained on candidates of every term (the evaluation's mirror), and with the sentence encoder
# it ranks well enough that the first stage's misses became the larger loss. Chosen on CheckThat! 2020
# train through the app's path (MAP@5 with the encoder 0.913 -> 0.917; 30 and 1,000: 0.916); dev 0.885 ->
# 0.894, the dense ranker 0.865 -> 0.868, the plain one 0.838 -> 0.835; a search on 10,375 entries in SQLite
# 17 -> 24 ms plain.
QUERY_TERMS = 20
RARE = 50
COMMON = 0.01
COMMON_AT_LEAST = 500  # in a small corpus no term is too common to search for
MIN_TERMS = 3
# The entries the database ranks for one search, at most about: the query's terms are taken rarest first
# while the sum of their document frequencies stays under it. Ranking (``ts_rank``) reads every entry
# holding any term, so without a bound a search grows with the corpus: on 200,000 entries half the
# searches would rank 3,500 to 8,300 entries. Measured there (bench/matching.py: CheckThat! 2020 dev
# tweets against 100,000 fact-checks and 100,000 claims): the full-text query 25% faster, and MAP@5 0.823
# -> 0.828 (0.838 -> 0.856 with the dense feature): ``ts_rank`` weighs no term by its rarity, so a term in
# 2,000 entries brought in candidates that crowded out the one sharing the rare words. On a corpus of
# 10,000 entries only a query of more than 60 rare terms reaches it (CheckThat! 2020's rankings unchanged).
RANKED_AT_MOST = 3000
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


def _df(terms: Iterable[str]) -> dict[str, int]:
    """The document frequencies of ``terms`` the corpus has. On PostgreSQL the terms go as one array, not
    a parameter each: a search reads those of its candidates' words too, a thousand or so, and building
    and sending as many parameters cost more than the lookup."""
    terms = list(terms)
    if not terms:
        return {}
    found = MatchTerm.objects.all()
    if connection.vendor == "postgresql":
        found = found.filter(RawSQL("term = ANY(%s)", [terms], output_field=BooleanField()))
    else:
        found = found.filter(term__in=terms)
    return dict(found.values_list("term", "df"))


def _stats(query_terms: Iterable[str]) -> ranking.CorpusStats:
    df = _df({*query_terms, MatchTerm.DOCUMENTS, MatchTerm.LENGTH})
    documents = df.pop(MatchTerm.DOCUMENTS, 0)
    length = df.pop(MatchTerm.LENGTH, 0)
    return ranking.CorpusStats(n_docs=documents, avg_len=length / documents if documents else 0.0, df=df)


def _search_terms(query_terms: Sequence[str], stats: ranking.CorpusStats) -> list[str]:
    """The query's terms the index is asked for: those the corpus has, rarest first. Every term found in
    at most ``RARE`` entries (cheap to look up, and what tells claims apart), then others up to
    ``QUERY_TERMS`` in all, leaving out the common ones (in more than ``COMMON`` of the entries and more
    than ``COMMON_AT_LEAST``: "say", "state") while ``MIN_TERMS`` remain, and stopping before the entries
    holding them pass ``RANKED_AT_MOST``. Each common term added thousands of entries for the database to
    rank: 46 ms of a search on 200,000 entries, 10 ms without them, and MAP@5 on CheckThat! 2020 dev
    unchanged (bench/matching.py, python -m factcheck.matching)."""
    present = sorted(
        {term for term in query_terms if stats.df.get(term)}, key=lambda term: (stats.df[term], term)
    )
    common = max(COMMON * stats.n_docs, COMMON_AT_LEAST)
    usable = [term for term in present if stats.df[term] <= common]
    if len(usable) < MIN_TERMS:
        return present[:MIN_TERMS]
    rare = [term for term in usable if stats.df[term] <= RARE]
    chosen = rare if len(rare) >= QUERY_TERMS else usable[:QUERY_TERMS]
    searched: list[str] = []
    ranked = 0
    for term in chosen:
        if len(searched) >= MIN_TERMS and ranked + stats.df[term] > RANKED_AT_MOST:
            break
        searched.append(term)
        ranked += stats.df[term]
    return searched


@dataclass(frozen=True, slots=True)
class _Row:
    """A candidate as the re-ranker reads it, with the ids that find its entry again."""

    pk: int
    claim_id: int | None
    fact_check_id: int | None
    terms: list[str]
    candidate: ranking.Candidate


_ROW_FIELDS = (
    *("pk", "claim_id", "fact_check_id", "language", "terms", "speaker", "category", "figures"),
    *("text_terms", "named", "claim__text", "fact_check__claim", "fact_check__title"),
)
# With the sentence encoder, each candidate's stored vector too (a table of its own: ``MatchVector``).
_ROW_FIELDS_WITH_VECTOR = (*_ROW_FIELDS, "encoded__vector")


def _row(values: Sequence) -> _Row:
    pk, claim_id, fact_check_id, language, terms, speaker, category, figures, split, named = values[:10]
    claim_text, fact_check_text, title = values[10:13]
    vector = values[13] if len(values) > 13 else None
    words = terms.split()
    stored = None
    if split is not None:  # else an entry written before these were kept: ranked from its text
        stored = ranking.Stored(
            text=tuple(words[:split]), title=tuple(words[split:]), named=frozenset((named or "").split())
        )
    candidate = ranking.Candidate(
        key=str(pk),
        text=claim_text if claim_id is not None else fact_check_text,
        title="" if claim_id is not None else title,
        speaker=speaker,
        category=category,
        figures=_figures(figures),
        language=language,
        stored=stored,
        vector=None if vector is None else bytes(vector),
    )
    return _Row(pk, claim_id, fact_check_id, words, candidate)


def _best(entries: QuerySet, words: Sequence[str], limit: int) -> QuerySet:
    """PostgreSQL: the ids of ``entries`` that hold any of ``words``, best first by ``ts_rank``."""
    query = " | ".join(words)
    return (
        entries.filter(RawSQL("search @@ to_tsquery('simple', %s)", [query], output_field=BooleanField()))
        .annotate(
            text_rank=RawSQL("ts_rank(search, to_tsquery('simple', %s))", [query], output_field=FloatField())
        )
        .order_by("-text_rank", "pk")
        .values_list("pk", flat=True)[:limit]
    )


def _fts_ranked(words: Sequence[str], limit: int) -> list[int]:
    """SQLite: FTS5 finds and ranks (BM25) on its own; the entries' other conditions are applied to its
    best few hundred, in order. Equal ranks go to the earliest entry, as on PostgreSQL: which of many
    copies of one text becomes a candidate must not depend on the database."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rowid FROM factcheck_match_fts WHERE factcheck_match_fts MATCH %s "
            "ORDER BY rank, rowid LIMIT %s",
            [" OR ".join(f'"{word}"' for word in words), limit * 10],
        )
        return [row[0] for row in cursor.fetchall()]


def _candidate_rows(
    entries: QuerySet, words: Sequence[str], limit: int, *, vectors: bool = False
) -> list[_Row]:
    """The ``limit`` entries of ``entries`` that hold any of ``words`` best by the database's own
    full-text rank, as the re-ranker reads them (in no particular order: it orders them itself), in one
    query after the full-text index's: on PostgreSQL the ranked ids are its subquery; on SQLite the
    entries' conditions and values are read at once. ``vectors``: their stored encoder vectors too."""
    if not words:
        return []
    fields = _ROW_FIELDS_WITH_VECTOR if vectors else _ROW_FIELDS
    if connection.vendor == "postgresql":
        found = MatchEntry.objects.filter(pk__in=_best(entries, words, limit)).values_list(*fields)
        return [_row(values) for values in found]
    ranked = _fts_ranked(words, limit)
    allowed = {values[0]: values for values in entries.filter(pk__in=ranked).values_list(*fields)}
    return [_row(allowed[pk]) for pk in [pk for pk in ranked if pk in allowed][:limit]]


def _entries(ids: Iterable[int]) -> dict[int, MatchEntry]:
    """The entries matched, with what the panel and the API show of their claims and fact-checks."""
    entries = MatchEntry.objects.filter(pk__in=list(ids)).select_related("claim__article", "fact_check")
    entries = entries.only(
        *("kind", "language", "speaker", "category"),
        *("claim__text", "claim__speaker", "claim__category", "claim__article_id"),
        *("claim__article__title", "claim__article__source_url", "claim__article__source_name"),
        *("claim__article__published_at", "claim__article__language"),
        *("fact_check__claim", "fact_check__title", "fact_check__rating", "fact_check__claimant"),
        *("fact_check__publisher", "fact_check__url", "fact_check__review_date", "fact_check__language"),
    )
    return {entry.pk: entry for entry in entries}


def dense_enabled() -> bool:
    """Whether the re-ranker uses the dense feature (``MATCHING_DENSE``: ``auto`` when wordllama is
    installed; ``on`` raises ``dense.DenseUnavailable`` without it; ``off``)."""
    return dense.enabled(settings.MATCHING_DENSE)


def encoder_enabled() -> bool:
    """Whether the re-ranker uses the sentence encoder too (``MATCHING_DENSE=encoder``; raises
    ``encoder.EncoderUnavailable`` without it)."""
    return encoder.enabled(settings.MATCHING_DENSE)


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
    for each claim. ``dense`` None follows ``MATCHING_DENSE`` (the sentence encoder too, unless ``dense`` is
    False)."""
    use_dense = dense_enabled() if dense is None else dense
    use_encoder = use_dense and encoder_enabled()
    parsed = [(query, ranking.search_terms(query)) for query, _ in queries]
    # A run-together tag's possible words are read with the query's terms, then split into those the
    # corpus holds: one read, and a query without such a tag is not changed.
    tags = [run_together_tags(query.text) for query, _ in queries]
    pieces = {
        term
        for (query, _), query_tags in zip(queries, tags, strict=True)
        for tag in query_tags
        for term in run_together_terms(tag, query.language)
    }
    # Under the encoder, texts from outside are embedded while the database answers (``encoder.embed_soon``):
    # those without tags at once, those with tags once split, as the re-ranker embeds them.
    untagged = [query for (query, _), query_tags in zip(queries, tags, strict=True) if not query_tags]
    embedding = [_embedding_soon(untagged)] if use_encoder else []
    stats = _stats({term for _, query_terms in parsed for term in query_terms} | pieces)
    if pieces:
        split = [ranking.with_split_tags(query, lambda term: stats.df.get(term, 0)) for query, _ in queries]
        parsed = [(query, ranking.search_terms(query)) for query in split]
    if use_encoder:
        tagged = [query for (query, _), query_tags in zip(parsed, tags, strict=True) if query_tags]
        embedding.append(_embedding_soon(tagged))
    row_lists = []
    for (query, query_terms), (_, entries) in zip(parsed, queries, strict=True):
        language = base_language(query.language)
        entries = (MatchEntry.objects.all() if entries is None else entries).filter(language=language)
        searched = _search_terms(query_terms, stats)
        row_lists.append(_candidate_rows(entries, searched, candidates, vectors=use_encoder))
    # The re-ranker weighs the candidates' own words too (how much of a candidate the query covers):
    # their frequencies as well, or a common word of a candidate would count as its rarest.
    more = {term for rows in row_lists for row in rows for term in row.terms} - set(stats.df)
    if more:
        stats = ranking.CorpusStats(n_docs=stats.n_docs, avg_len=stats.avg_len, df={**stats.df, **_df(more)})
    if use_encoder:
        parsed = _with_stored_vectors(parsed)
        for future in embedding:
            if future is not None:
                future.result()  # now memoised: the re-ranker reads them, or raises what embedding raised
    ranked = [
        _ranked(query, rows, stats, top, use_dense=use_dense, use_encoder=use_encoder)
        for (query, _), rows in zip(parsed, row_lists, strict=True)
    ]
    shown = _entries({int(match.key) for matches in ranked for match in matches})
    return [
        [
            Found(
                entry_id=entry.pk,
                kind=entry.kind,
                score=match.score,
                reasons=match.reasons,
                evidence=match.evidence,
                claim=entry.claim,
                fact_check=entry.fact_check,
            )
            for match in matches
            if (entry := shown.get(int(match.key))) is not None
        ]
        for matches in ranked
    ]


def _embedding_soon(queries: Sequence[ranking.Candidate]) -> Future | None:
    """The encoder's embedding of the texts from outside among ``queries``, started in a thread; None when
    every query is a stored claim (whose vector is read, ``_with_stored_vectors``)."""
    texts = [query.text for query in queries if not query.vector and _claim_id(query) is None]
    return encoder.embed_soon(texts) if texts else None


def _with_stored_vectors(
    parsed: list[tuple[ranking.Candidate, list[str]]],
) -> list[tuple[ranking.Candidate, list[str]]]:
    """Stored claims as queries (a claim's *Seen before*) with their own entry's encoder vector, read in one
    query, so that their search embeds nothing."""
    claim_ids = {claim_id for query, _ in parsed if not query.vector and (claim_id := _claim_id(query))}
    if not claim_ids:
        return parsed
    stored = MatchVector.objects.filter(entry__claim_id__in=claim_ids)
    vectors = {
        claim_id: bytes(vector) for claim_id, vector in stored.values_list("entry__claim_id", "vector")
    }
    return [
        (replace(query, vector=vectors[claim_id]), words)
        if (claim_id := _claim_id(query)) in vectors
        else (query, words)
        for query, words in parsed
    ]


def _claim_id(query: ranking.Candidate) -> int | None:
    """The stored claim a query is (``claim_query``'s key), or None for a text from outside."""
    prefix, _, pk = query.key.partition(":")
    return int(pk) if prefix == "claim" and pk.isdigit() else None


def _ranked(
    query: ranking.Candidate,
    rows: list[_Row],
    stats: ranking.CorpusStats,
    top: int,
    *,
    use_dense: bool = False,
    use_encoder: bool = False,
) -> list[ranking.Match]:
    # In the order they were stored: equal scores (the same fact-check published twice, a claim repeated
    # word for word) then rank the earliest first, the one the others repeat, whatever order the
    # full-text index returned them in.
    earliest = sorted(rows, key=lambda row: (row.fact_check_id or 0, row.claim_id or 0))
    matches = ranking.rank(
        query, [row.candidate for row in earliest], stats, top=top, dense=use_dense, encoder=use_encoder
    )
    return [match for match in matches if match.score >= MIN_SCORE]


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
    return ranking.text_candidate("query", text, language)
