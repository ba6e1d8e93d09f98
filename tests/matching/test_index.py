"""Claim matching in the database: indexing at import, the full-text candidates on SQLite and
PostgreSQL, the re-ranked matches, figure conflicts and the rebuild."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from factcheck.imports.records import ArticleRecord, FactCheckRecord
from factcheck.imports.writer import insert_fact_check, write_article
from factcheck.matching import ranking, selectors, services
from factcheck.matching.models import FigureConflict, MatchEntry, MatchTerm
from factcheck.models import Claim

pytestmark = pytest.mark.django_db

SEED = (
    "Russia presses Aleppo offensive\n\n"
    "Moscow and Damascus launched an assault to recapture the rebel-held sector of Aleppo this month. "
    "The US and the EU believe that Russian air force is attacking these soft targets in order to break "
    "the will of 250,000 people living under siege inside Syria's largest city. "
    "Rebels said they had seized more than 20 villages and towns near Hama."
)
SECOND = (
    "Aid groups warn of hunger in Aleppo\n\n"
    "Aid agencies said on Friday that 275,000 people were living under siege in the eastern part of "
    "Aleppo, Syria's largest city, as Russian and Syrian forces pressed their offensive. "
    "The United Nations said food would run out within weeks."
)
OTHER = (
    "Flooding closes schools\n\n"
    "Heavy rain closed 40 schools in the north of the country on Monday, the education ministry said. "
    "Forecasters expect more rain this week."
)


def _article(text: str, *, language: str = "en"):
    title, body = text.split("\n\n", 1)
    result = write_article(ArticleRecord(title=title, text=body, language=language))
    assert result.article is not None
    return result.article


def _siege_claim(article) -> Claim:
    return article.claims.get(text__contains="under siege")


def test_import_indexes_the_checkworthy_claims_and_counts_their_terms():
    article = _article(SEED)
    entries = MatchEntry.objects.filter(claim__article=article)
    # the two check-worthy sentences; "Moscow and Damascus launched an assault …" (0.42) is left out
    assert sorted(entries.values_list("claim_id", flat=True)) == sorted(
        article.claims.filter(is_claim=True).values_list("pk", flat=True)
    )
    assert entries.count() == 2 and article.claims.count() == 3
    documents = MatchTerm.objects.get(term=MatchTerm.DOCUMENTS).df
    length = MatchTerm.objects.get(term=MatchTerm.LENGTH).df
    assert documents == 2 and length == sum(entry.length for entry in entries)
    siege = entries.get(claim=_siege_claim(article))
    assert "aleppo" not in siege.terms.split()  # the sentence's own words only
    assert "250000" in siege.terms.split() and MatchTerm.objects.get(term="250000").df == 1
    assert siege.figures == [[250000.0, 250000.0, 250000.0, "people", "population"]]


def test_a_claim_matches_the_same_claim_in_another_article_and_says_why():
    first, second = _article(SEED), _article(SECOND)
    _article(OTHER)
    found = selectors.claim_matches(claim=_siege_claim(second))
    assert found, "the seed's siege claim should be found"
    assert found[0].claim == _siege_claim(first)
    assert all(match.claim is None or match.claim.article_id != second.pk for match in found)
    assert any("siege" in reason for reason in found[0].reasons)


def test_different_figures_for_the_same_thing_are_a_conflict_recorded_once():
    first, second = _article(SEED), _article(SECOND)
    conflicts = services.conflicts_detect(claim_ids=[_siege_claim(second).pk])
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert {conflict.claim, conflict.other} == {_siege_claim(first), _siege_claim(second)}
    assert {conflict.quantity.value, conflict.other_quantity.value} == {250000.0, 275000.0}
    assert conflict.category == "population" and conflict.status == FigureConflict.Status.OPEN
    # Found again from the other side: still one.
    assert services.conflicts_detect(claim_ids=[_siege_claim(first).pk]) == []
    assert FigureConflict.objects.count() == 1


def test_the_same_figure_is_no_conflict():
    _article(SEED)
    second = _article(SECOND.replace("275,000", "250,000"))
    assert services.conflicts_detect(claim_ids=[_siege_claim(second).pk]) == []


def test_the_import_task_looks_for_conflicts_after_commit(django_capture_on_commit_callbacks):
    _article(SEED)
    with django_capture_on_commit_callbacks(execute=True):
        _article(SECOND)
    assert FigureConflict.objects.count() == 1


def test_a_known_fact_check_is_indexed_and_found_by_a_text_from_outside():
    _article(SEED)
    fact_check = insert_fact_check(
        FactCheckRecord(
            claim="250,000 people are living under siege in eastern Aleppo.",
            rating="Mostly true",
            publisher="Checkers",
            title="Are 250,000 people besieged in Aleppo?",
            url="https://checkers.example/aleppo",
        )
    )
    assert MatchEntry.objects.get(fact_check=fact_check).kind == MatchEntry.Kind.FACT_CHECK
    query = selectors.text_query("RT @someone: a quarter of a million besieged in Aleppo? 250,000 people!")
    found = selectors.search(query, entries=MatchEntry.objects.fact_checks())
    assert [match.fact_check for match in found] == [fact_check]


def test_entries_keep_what_the_reranker_reads_and_rank_as_their_texts_do():
    """Each entry keeps its text's terms apart from its title's and the text's names (``ranking.Stored``),
    so that a search tokenises no candidate; an entry without them (written before they were kept) is
    ranked from its text, with the same scores and reasons."""
    seed, second = _article(SEED), _article(SECOND)
    fact_check = insert_fact_check(
        FactCheckRecord(
            claim="The UN says 250,000 people are living under siege in eastern Aleppo.",
            rating="Mostly true",
            publisher="Checkers",
            title="Are 250,000 people besieged in Aleppo?",
            url="https://checkers.example/aleppo",
        )
    )
    entry = MatchEntry.objects.get(fact_check=fact_check)
    stored = ranking.stored_form(fact_check.claim, fact_check.title, "en")
    assert entry.terms.split()[: entry.text_terms] == list(stored.text)
    assert entry.terms.split()[entry.text_terms :] == list(stored.title)
    assert set(entry.named.split()) == stored.named == {"aleppo"}
    claim_entry = MatchEntry.objects.get(claim=_siege_claim(seed))
    assert claim_entry.text_terms == len(claim_entry.terms.split())
    assert claim_entry.named == "eu russian syria"  # "The US and the EU ...": not the first word

    queries = [
        selectors.text_query("Is it true that 275,000 people are besieged in Aleppo, as the UN says?"),
        selectors.claim_query(_siege_claim(second)),
    ]
    stored_matches = [selectors.search(query) for query in queries]
    assert all(stored_matches)
    assert MatchEntry.objects.filter(text_terms__isnull=True).count() == 0
    MatchEntry.objects.update(text_terms=None, named=None)
    assert [selectors.search(query) for query in queries] == stored_matches


def test_a_fact_check_whose_terms_run_over_into_its_title_is_ranked_from_its_texts():
    """A number at the end of the text and a multiplier opening the title are one term in the index
    ("5\nmillion" -> 5000000): the entry keeps no split of its terms, and is read from its texts."""
    fact_check = insert_fact_check(
        FactCheckRecord(
            claim="Aleppo's rebuilding will cost 5",
            rating="False",
            publisher="Checkers",
            title="million dollars, says the governor",
            url="https://checkers.example/cost",
        )
    )
    entry = MatchEntry.objects.get(fact_check=fact_check)
    assert "5000000" in entry.terms.split()
    assert entry.text_terms is None and entry.named is None
    found = selectors.search(selectors.text_query("Aleppo rebuilding cost, says the governor"))
    assert [match.fact_check for match in found] == [fact_check]


def test_of_many_copies_of_one_text_the_earliest_become_the_candidates():
    """The full-text index ranks copies of one text equally; the candidates are then the earliest on
    SQLite and on PostgreSQL alike, whatever order the index keeps them in."""
    copies = [
        insert_fact_check(
            FactCheckRecord(
                claim="A quarter of a million people are besieged in Aleppo.",
                rating="True",
                publisher=f"Checkers {n}",
                url=f"https://checkers.example/aleppo/{n}",
            )
        )
        for n in range(12)
    ]
    ids = [MatchEntry.objects.get(fact_check=fact_check).pk for fact_check in copies]
    assert len(set(ids)) == 12
    candidates = selectors._candidate_rows(MatchEntry.objects.all(), ["besieg", "aleppo"], 4)
    assert sorted(row.pk for row in candidates) == sorted(ids)[:4]


def test_figures_alone_find_the_claim_with_that_figure():
    first = _article(SEED)
    found = selectors.search(selectors.text_query("250,000"))
    assert found and found[0].claim == _siege_claim(first)


@pytest.mark.parametrize("text", ["", "   ", "!!! ???", "the and of"])
def test_a_query_without_words_finds_nothing(text):
    _article(SEED)
    assert selectors.search(selectors.text_query(text)) == []


def test_a_huge_query_is_cut_not_refused():
    first = _article(SEED)
    query = selectors.text_query("250,000 people living under siege. " + "blah " * 100_000)
    assert len(query.text) == selectors.MAX_QUERY_CHARS
    assert selectors.search(query)[0].claim == _siege_claim(first)


def test_claims_are_matched_within_their_language():
    _article(SEED)
    german = _article(
        "Belagerung\n\nRund 250.000 Menschen leben in Aleppo unter Belagerung, sagte die UN.", language="de"
    )
    entry = MatchEntry.objects.get(claim__article=german)
    assert entry.language == "de"
    assert selectors.claim_matches(claim=german.claims.get()) == []


def test_a_corrected_claim_is_indexed_again_and_its_old_terms_uncounted():
    first = _article(SEED)
    claim = _siege_claim(first)
    claim.text = "Hospitals in Aleppo were bombed."
    claim.save()
    services.matching_index_claims(claim_ids=[claim.pk])
    entry = MatchEntry.objects.get(claim=claim)
    assert "hospit" in entry.terms
    assert MatchTerm.objects.get(term="250000").df == 0
    assert MatchTerm.objects.get(term=MatchTerm.DOCUMENTS).df == 2


def test_a_claim_marked_not_a_claim_leaves_the_index():
    first = _article(SEED)
    claim = _siege_claim(first)
    Claim.objects.filter(pk=claim.pk).update(not_a_claim=True)
    services.matching_index_claims(claim_ids=[claim.pk])
    assert not MatchEntry.objects.filter(claim=claim).exists()


def test_reindex_rebuilds_entries_and_counts(capsys):
    _article(SEED)
    _article(SECOND)
    before = sorted(MatchEntry.objects.values_list("claim_id", "terms"))
    counts = dict(MatchTerm.objects.values_list("term", "df"))
    MatchTerm.objects.update(df=99)
    call_command("reindex_matching")
    indexed = Claim.objects.filter(services.INDEXED).count()
    assert 0 < indexed < Claim.objects.count()
    assert f"Indexed {indexed} claims and 0 known fact-checks." in capsys.readouterr().out
    assert sorted(MatchEntry.objects.values_list("claim_id", "terms")) == before
    assert dict(MatchTerm.objects.values_list("term", "df")) == counts
    assert not MatchEntry.objects.filter(text_terms__isnull=True).exists()  # entries of before are filled


def test_matching_off_indexes_nothing(settings):
    settings.MATCHING_ENABLED = False
    _article(SEED)
    assert not MatchEntry.objects.exists()


def test_deleting_an_article_takes_its_entries_out_of_the_full_text_index():
    first = _article(SEED)
    second = _article(SECOND)
    first.delete()
    assert selectors.claim_matches(claim=_siege_claim(second)) == []


def test_peoples_corrections_keep_the_index_in_step(reviewer):
    from annotations import corrections

    first = _article(SEED)
    siege = _siege_claim(first)
    corrections.claim_update(claim=siege, by=reviewer, not_a_claim=True)
    assert not MatchEntry.objects.filter(claim=siege).exists()
    corrections.claim_update(claim=Claim.objects.get(pk=siege.pk), by=reviewer, not_a_claim=False)
    assert MatchEntry.objects.filter(claim=siege).exists()
    start = first.body.index("Moscow and Damascus")
    added = corrections.claim_add(
        article=first, start=start, end=start + len("Moscow and Damascus"), by=reviewer
    )
    assert MatchEntry.objects.get(claim=added).terms.split() == ["moscow", "damascus"]
    documents = MatchTerm.objects.get(term=MatchTerm.DOCUMENTS).df
    corrections.claim_remove(claim=added, by=reviewer)
    assert MatchTerm.objects.get(term=MatchTerm.DOCUMENTS).df == documents - 1
    assert MatchTerm.objects.get(term="moscow").df == 0  # its sentence is not check-worthy: not indexed


def test_reextraction_reindexes_what_it_changes():
    from factcheck.reextraction.services import article_reextract

    first = _article(SEED)
    siege = _siege_claim(first)
    MatchEntry.objects.filter(claim=siege).update(terms="stale", length=1)
    Claim.objects.filter(pk=siege.pk).update(extractor_version="0", category="other")
    article_reextract(article_id=first.pk)
    assert "250000" in MatchEntry.objects.get(claim__article=first, claim__text__contains="under siege").terms


def test_the_seeds_show_a_match_and_a_figure_conflict_between_the_two_reports(
    django_capture_on_commit_callbacks,
):
    """The issue's check: the seed article beside a second report of the same offensive with another
    siege figure (what ``make run`` imports) gives the match and the conflict."""
    from factcheck.imports.services import import_job_create
    from tests.conftest import SEEDS

    with django_capture_on_commit_callbacks(execute=True):
        import_job_create(sources=[{"kind": "path", "value": str(SEEDS)}])
    seed = Claim.objects.get(text__contains="250,000 people living under siege")
    second = Claim.objects.get(text__contains="275,000 people were living under siege")
    assert selectors.claim_matches(claim=second)[0].claim == seed
    conflict = FigureConflict.objects.get()
    assert {conflict.claim, conflict.other} == {seed, second}


def test_the_admin_lists_conflicts_in_constant_queries_and_dismisses_them(
    admin_client, django_assert_max_num_queries
):
    from django.urls import reverse

    _article(SEED)
    for figure in ("275,000", "300,000"):
        second = _article(SECOND.replace("275,000", figure).replace("Friday", f"Friday {figure}"))
        services.conflicts_detect(claim_ids=[_siege_claim(second).pk])
    url = reverse("admin:factcheck_figureconflict_changelist")
    with django_assert_max_num_queries(12) as few:
        response = admin_client.get(url)
    assert response.status_code == 200 and "250,000 people vs 300,000 people" in response.content.decode()
    third = _article(SECOND.replace("275,000", "320,000").replace("Friday", "Friday 320"))
    services.conflicts_detect(claim_ids=[_siege_claim(third).pk])
    with django_assert_max_num_queries(len(few)):
        admin_client.get(url)
    ids = list(FigureConflict.objects.values_list("pk", flat=True))
    admin_client.post(url, {"action": "dismiss", "_selected_action": ids})
    assert not FigureConflict.objects.open().exists()
