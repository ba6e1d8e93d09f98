"""Clusters of the same claim across articles: found after an import, named by the earliest claim.

The second report's siege claim (275,000 people) is repeated by two later papers in nearly its words: those
three are one claim. The seed's (250,000 people, in a longer claim about Russia's air force) is a figure
conflict with them, never the same claim."""

from __future__ import annotations

import pytest

from factcheck.matching import ranking, selectors, services
from factcheck.matching.models import SameClaim
from factcheck.models import Article, Claim
from tests.matching.test_index import OTHER, SECOND, SEED, _article, _siege_claim

pytestmark = pytest.mark.django_db

REPEAT = SECOND.replace("Aid groups warn of hunger in Aleppo", "Aleppo's food runs out").replace(
    "on Friday", "on Saturday"
)
THIRD = (
    "UN: food for besieged Aleppo runs short\n\n"
    "Aid agencies said on Sunday that 275,000 people were still living under siege in the eastern part of "
    "Aleppo, Syria's largest city, as Russian and Syrian forces pressed their offensive."
)


def _cluster(claim) -> set[int]:
    first = SameClaim.objects.get(claim=claim).first_id
    return set(SameClaim.objects.of_cluster(first).values_list("claim_id", flat=True))


def test_the_same_claim_in_two_articles_is_one_cluster_named_by_the_earliest():
    first, second = _article(SECOND), _article(REPEAT)
    detected = services.matches_detect(claim_ids=[_siege_claim(second).pk])
    siege, repeat = _siege_claim(first), _siege_claim(second)
    assert {row.claim_id for row in detected.linked} == {siege.pk, repeat.pk}
    assert SameClaim.objects.get(claim=repeat).first_id == siege.pk
    assert SameClaim.objects.get(claim=siege).first_id == siege.pk
    assert SameClaim.objects.get(claim=repeat).score > 0


def test_detecting_again_from_either_side_changes_nothing():
    seed, second = _article(SECOND), _article(REPEAT)
    services.matches_detect(claim_ids=[_siege_claim(second).pk])
    rows = list(SameClaim.objects.order_by("pk").values_list("claim_id", "first_id"))
    assert services.matches_detect(claim_ids=[_siege_claim(seed).pk]).linked == []
    assert services.matches_detect(claim_ids=[_siege_claim(second).pk]).linked == []
    assert list(SameClaim.objects.order_by("pk").values_list("claim_id", "first_id")) == rows


def test_a_third_report_joins_the_cluster():
    seed, second = _article(SECOND), _article(REPEAT)
    services.matches_detect(claim_ids=[_siege_claim(second).pk])
    third = _article(THIRD)
    services.matches_detect(claim_ids=[_siege_claim(third).pk])
    assert _cluster(_siege_claim(third)) == {_siege_claim(a).pk for a in (seed, second, third)}


def test_a_claim_that_matches_two_clusters_merges_them_under_the_earliest():
    seed, second, third = _article(SECOND), _article(REPEAT), _article(THIRD)
    siege, repeat, later = (_siege_claim(a) for a in (seed, second, third))
    # two clusters made by hand, as two desks' imports could have left them
    SameClaim.objects.bulk_create(
        [
            SameClaim(claim=siege, first=siege),
            SameClaim(claim=later, first=siege),
            SameClaim(claim=repeat, first=repeat),
        ]
    )
    services.matches_detect(claim_ids=[repeat.pk])
    assert set(SameClaim.objects.values_list("first_id", flat=True)) == {siege.pk}
    assert _cluster(repeat) == {siege.pk, repeat.pk, later.pk}


def test_figures_that_disagree_make_a_conflict_not_the_same_claim():
    """250,000 vs 275,000 people under siege, with the words around them: strongly alike, but one verdict
    cannot rate both."""
    seed, second = _article(SEED), _article(SECOND)
    [match] = [
        m for m in selectors.claim_matches(claim=_siege_claim(second)) if m.claim == _siege_claim(seed)
    ]
    assert match.strength is ranking.Strength.STRONG and match.evidence.conflicts
    detected = services.matches_detect(claim_ids=[_siege_claim(second).pk])
    assert detected.linked == [] and len(detected.conflicts) == 1
    assert not SameClaim.objects.exists()


def test_the_seeds_two_reports_share_one_claim_and_not_the_claims_of_one_story(
    django_capture_on_commit_callbacks,
):
    """What ``make run`` shows: the rebels' "more than 20 villages" in both reports is one cluster. The
    second report's food running out and the seed's assault on Aleppo share words and a phrase (a strong
    match) but are two claims."""
    from factcheck.imports.services import import_job_create
    from tests.conftest import SEEDS

    with django_capture_on_commit_callbacks(execute=True):
        import_job_create(sources=[{"kind": "path", "value": str(SEEDS)}])
    villages = set(Claim.objects.filter(text__contains="more than 20 villages").values_list("pk", flat=True))
    assert len(villages) == 2 and _cluster(Claim.objects.get(pk=min(villages))) == villages
    food = Claim.objects.get(text__startswith="Aid agencies warned on Friday that food stocks")
    assault = Claim.objects.get(text__startswith="Moscow and Damascus launched an assault")
    [match] = [m for m in selectors.claim_matches(claim=food) if m.claim == assault]
    assert match.strength is ranking.Strength.STRONG
    assert match.evidence.coverage < ranking.SAME_CLAIM_COVERAGE
    assert not SameClaim.objects.filter(claim__in=[food, assault]).exists()
    assert set(SameClaim.objects.values_list("claim_id", flat=True)) == villages


def test_a_different_claim_and_the_articles_other_sentences_join_no_cluster():
    _article(SEED)
    other = _article(OTHER)
    assert services.matches_detect(claim_ids=other.claims.values_list("pk", flat=True)).linked == []
    assert not SameClaim.objects.exists()


def test_sentences_that_share_a_few_words_are_not_the_same_claim():
    _article(SEED)
    near = _article(
        "Aleppo markets reopen\n\nTraders in Aleppo said on Sunday that 30 markets had reopened after the "
        "offensive, the city council said."
    )
    [claim] = near.claims.filter(is_claim=True)
    assert selectors.claim_matches(claim=claim), "it matches the seed's sentences, weakly"
    services.matches_detect(claim_ids=[claim.pk])
    assert not SameClaim.objects.exists()


def test_the_import_task_clusters_after_commit(django_capture_on_commit_callbacks):
    seed = _article(SECOND)
    with django_capture_on_commit_callbacks(execute=True):
        second = _article(REPEAT)
    assert _cluster(_siege_claim(second)) == {_siege_claim(seed).pk, _siege_claim(second).pk}


def test_deleting_the_first_claims_article_dissolves_the_cluster():
    seed, second = _article(SECOND), _article(REPEAT)
    services.matches_detect(claim_ids=[_siege_claim(second).pk])
    Article.objects.filter(pk=seed.pk).delete()
    assert not SameClaim.objects.exists()


def test_the_admin_lists_clusters_in_constant_queries(admin_client, django_assert_max_num_queries):
    from django.urls import reverse

    seed = _article(SECOND)
    services.matches_detect(claim_ids=[_siege_claim(_article(REPEAT)).pk])
    url = reverse("admin:factcheck_sameclaim_changelist")
    with django_assert_max_num_queries(12) as few:
        response = admin_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200 and f'<a href="?first__exact={_siege_claim(seed).pk}">' in html
    services.matches_detect(claim_ids=[_siege_claim(_article(THIRD)).pk])
    with django_assert_max_num_queries(len(few)):
        assert admin_client.get(url).content.decode().count("?first__exact=") == 3


def test_one_detection_for_a_whole_batch_of_claims_makes_one_cluster():
    articles = [_article(text) for text in (SECOND, REPEAT, THIRD)]
    services.matches_detect(claim_ids=[claim.pk for a in articles for claim in a.claims.all()])
    sieges = {_siege_claim(a).pk for a in articles}
    assert _cluster(_siege_claim(articles[2])) == sieges
    assert set(SameClaim.objects.filter(claim_id__in=sieges).values_list("first_id", flat=True)) == {
        min(sieges)
    }


def test_searching_many_at_once_finds_what_each_search_finds_alone():
    articles = [_article(text) for text in (SEED, SECOND, THIRD, OTHER)]
    claims = [claim for a in articles for claim in a.claims.filter(is_claim=True)]
    together = selectors.claims_matches([(claim, None) for claim in claims])
    alone = [selectors.claim_matches(claim=claim) for claim in claims]
    assert [[(m.entry_id, m.score, m.reasons) for m in found] for found in together] == [
        [(m.entry_id, m.score, m.reasons) for m in found] for found in alone
    ]
    assert any(together)


def test_detection_reads_the_statistics_and_candidates_once_for_all_the_claims():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    articles = [_article(text) for text in (SEED, SECOND, THIRD)]
    ids = [claim.pk for a in articles for claim in a.claims.all()]
    with CaptureQueriesContext(connection) as captured:
        services.matches_detect(claim_ids=ids)
    sql = [query["sql"] for query in captured.captured_queries]
    # the query's terms, then the candidates' other terms; the candidates' rows
    assert 1 <= len([q for q in sql if 'FROM "factcheck_matchterm"' in q]) <= 2
    assert (
        len(
            [
                q
                for q in sql
                if q.startswith('SELECT "factcheck_matchentry"."id", "factcheck_matchentry"."kind"')
            ]
        )
        == 1
    )
    assert len([q for q in sql if 'FROM "factcheck_sameclaim"' in q]) == 1  # the lock, once


def test_detection_ranks_with_the_plain_re_ranker_whatever_the_dense_setting(settings, monkeypatch):
    """Clusters and conflicts rest on the evidence; embedding every candidate after each import would
    cost more than the search (bench/dense.py)."""
    settings.MATCHING_DENSE = "auto"
    _article(SECOND)
    second = _article(REPEAT)
    seen: list[bool] = []
    rank = ranking.rank

    def spy(*args, **kwargs):
        seen.append(kwargs.get("dense", False))
        return rank(*args, **kwargs)

    monkeypatch.setattr(ranking, "rank", spy)
    monkeypatch.setattr(selectors, "dense_enabled", lambda: True)
    assert services.matches_detect(claim_ids=[_siege_claim(second).pk]).linked
    selectors.claim_matches(claim=_siege_claim(second))  # the panel's Seen before follows the setting
    assert seen == [False, True]
