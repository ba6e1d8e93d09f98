"""Which of a query's terms the full-text index is asked for: rarest first, the common left out, and no
more than the database can rank quickly."""

from __future__ import annotations

from factcheck.matching import ranking, selectors


def _stats(df: dict[str, int], n_docs: int) -> ranking.CorpusStats:
    return ranking.CorpusStats(n_docs=n_docs, avg_len=12.0, df=df)


def test_in_a_small_corpus_the_rarest_terms_are_searched_up_to_the_query_limit():
    # each above RARE, under COMMON_AT_LEAST
    df = {f"t{i:02d}": 60 + 5 * i for i in range(selectors.QUERY_TERMS + 5)}
    terms = selectors._search_terms(list(df), _stats(df, n_docs=10_000))
    assert terms == [f"t{i:02d}" for i in range(selectors.QUERY_TERMS)]
    assert sum(df[term] for term in terms) <= selectors.RANKED_AT_MOST


def test_in_a_large_corpus_terms_stop_before_the_entries_to_rank_pass_the_bound():
    df = {f"t{i:02d}": 400 + 100 * i for i in range(12)}  # none common in 200,000 entries
    terms = selectors._search_terms(list(df), _stats(df, n_docs=200_000))
    ranked = [df[term] for term in terms]
    assert ranked == sorted(ranked) and terms == [f"t{i:02d}" for i in range(len(terms))]
    assert sum(ranked) <= selectors.RANKED_AT_MOST < sum(ranked) + df[f"t{len(terms):02d}"]
    assert selectors.MIN_TERMS <= len(terms) < selectors.QUERY_TERMS


def test_the_fewest_terms_are_searched_even_when_they_pass_the_bound():
    df = {"alpha": 1900, "beta": 1950, "gamma": 1990, "delta": 1995}
    terms = selectors._search_terms(list(df), _stats(df, n_docs=200_000))
    assert terms == ["alpha", "beta", "gamma"]  # MIN_TERMS, though they hold more than RANKED_AT_MOST


def test_many_rare_terms_are_bounded_too():
    df = {f"r{i:03d}": 50 for i in range(100)}  # all rare: a pasted article
    terms = selectors._search_terms(list(df), _stats(df, n_docs=200_000))
    assert len(terms) == selectors.RANKED_AT_MOST // 50
