"""The workspace's *Seen before* (the same claim elsewhere, the desk's verdicts, known fact-checks), reusing
a verdict, citing a fact-check, and the page of figure conflicts."""

from __future__ import annotations

import datetime
import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from annotations import services
from annotations.models import Review, ReviewState
from annotations.workspace.views import reader_url
from factcheck.imports.records import ArticleRecord, FactCheckRecord
from factcheck.imports.writer import insert_fact_check, write_article
from factcheck.matching import services as matching_services
from factcheck.models import FigureConflict
from tests.factories import ReviewFactory, bring_to
from tests.matching.test_index import OTHER, SECOND, SEED

pytestmark = pytest.mark.django_db

HX = {"HTTP_HX_REQUEST": "true"}
# The same siege report from a third paper: a claim elsewhere that nobody checked yet.
THIRD = SECOND.replace("Aid groups warn of hunger in Aleppo", "Aleppo's food runs out").replace(
    "on Friday", "on Saturday"
)


def _article(text: str):
    title, body = text.split("\n\n", 1)
    result = write_article(ArticleRecord(title=title, text=body, language="en"))
    assert result.article is not None
    return result.article


def _siege(article):
    return article.claims.get(text__contains="under siege")


def _publish(claim) -> Review:
    """A published verdict ("False") on ``claim``, with a summary short enough to publish."""
    review = services.review_get_or_create(claim=claim)
    Review.objects.filter(pk=review.pk).update(claim_reviewed="250,000 people under siege in Aleppo")
    return ReviewFactory(claim=claim, state="published")


def as_user(client: Client, user) -> Client:
    client.force_login(user)
    return client


@pytest.fixture
def reports():
    """The seed (with a published verdict on its siege claim), the second report (whose siege claim is
    looked at), a third one, a known fact-check and the conflict of 250,000 vs 275,000 people."""
    seed, second, third = _article(SEED), _article(SECOND), _article(THIRD)
    verdict = _publish(_siege(seed))
    fact_check = insert_fact_check(
        FactCheckRecord(
            claim="275,000 people live under siege in eastern Aleppo.",
            rating="Mostly true",
            publisher="Checkers",
            title="Are 275,000 people besieged in Aleppo?",
            url="https://checkers.example/aleppo-siege",
        )
    )
    matching_services.conflicts_detect(claim_ids=[_siege(second).pk])
    return {"seed": seed, "second": second, "third": third, "verdict": verdict, "fact_check": fact_check}


def seen_url(claim) -> str:
    return reverse("workspace:seen-before", args=[claim.pk])


def reuse_url(claim, review) -> str:
    return reverse("workspace:reuse", args=[claim.pk, review.pk])


def cite_url(claim, fact_check) -> str:
    return reverse("workspace:cite", args=[claim.pk, fact_check.pk])


# --- Seen before -------------------------------------------------------------------------------------


def test_the_panel_loads_seen_before_after_it_with_a_plain_link_without_javascript(client, reviewer, reports):
    claim = _siege(reports["second"])
    html = as_user(client, reviewer).get(reader_url(claim)).content.decode()
    section = re.search(r'<section class="section seen-before".*?</section>', html, re.S)
    assert section is not None
    assert f'hx-get="{seen_url(claim)}"' in section[0] and 'hx-trigger="load"' in section[0]
    assert f'<a class="nojs" href="{seen_url(claim)}">' in section[0]
    assert "Reuse this verdict" not in html  # nothing matched while the panel is drawn


def test_seen_before_lists_the_desks_verdict_a_fact_check_and_the_claim_elsewhere(client, reviewer, reports):
    claim = _siege(reports["second"])
    response = as_user(client, reviewer).get(seen_url(claim), **HX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and 'id="seen-before"' in html
    # the figures of the two reports disagree: this claim's first, the other article linked
    seed_claim = _siege(reports["seed"])
    assert "Figures disagree:</strong> 275,000 people vs 250,000 people" in html
    assert f'href="{reader_url(seed_claim)}">Russia presses Aleppo offensive</a>' in html
    # the desk's own verdict, with its public page and the button to reuse it
    verdict = reports["verdict"]
    assert f'href="{reverse("publishing:detail", args=[verdict.pk])}"' in html
    assert '<span class="seen-rating">False</span>' in html
    assert f'hx-post="{reuse_url(claim, verdict)}"' in html and ">Reuse this verdict</button>" in html
    # the known fact-check, linked out, with the button to cite it
    assert 'href="https://checkers.example/aleppo-siege" target="_blank" rel="noopener noreferrer"' in html
    assert "Checkers" in html and "Mostly true" in html
    assert f'hx-post="{cite_url(claim, reports["fact_check"])}"' in html
    # the same claim in the third report, linked in the reader
    assert f'href="{reader_url(_siege(reports["third"]))}">Aleppo&#x27;s food runs out</a>' in html
    # why each matches, and how well; claims sharing a word or two folded away
    strong, weak = html.split('<details class="seen-weak">')
    assert strong.count('class="seen-why small"') == 3 and "Strong match" in strong
    assert "same figure: 275,000 people" in strong and "Weak match" not in strong
    weak_matches = weak.count("Weak match")
    assert weak_matches >= 1 and f"{weak_matches} weak match" in weak
    groups = re.findall(r'aria-level="4">([^<]+)<', html)
    assert groups == ["The desk's verdicts", "Known fact-checks", "In other articles"]


def test_a_claim_seen_nowhere_says_so(client, reviewer):
    claim = _siege(_article(SEED))
    _article(OTHER)
    html = as_user(client, reviewer).get(seen_url(claim), **HX).content.decode()
    assert "Not seen in other articles or known fact-checks." in html
    assert "Figures disagree" not in html and 'class="count"' not in html


def test_without_javascript_seen_before_is_a_page_whose_buttons_post_plainly(client, reviewer, reports):
    claim = _siege(reports["second"])
    response = as_user(client, reviewer).get(seen_url(claim))
    html = response.content.decode()
    assert response.status_code == 200 and "<html" in html
    assert f"Claim #{claim.pk} seen before</h1>" in html
    assert f'href="{reader_url(claim)}">Back to the claim</a>' in html
    assert f'action="{reuse_url(claim, reports["verdict"])}"' in html
    assert f'action="{cite_url(claim, reports["fact_check"])}"' in html
    assert "hx-post" not in html.split('id="seen-before"')[1]
    assert 'aria-level="3"' in html


def test_only_who_may_write_the_review_gets_the_buttons(client, reviewer, other_reviewer, reports):
    claim = _siege(reports["second"])
    services.review_assign(review=services.review_get_or_create(claim=claim), by=other_reviewer)
    html = as_user(client, reviewer).get(seen_url(claim), **HX).content.decode()
    assert "Checkers" in html and "Reuse this verdict" not in html and "Cite as evidence" not in html
    html = as_user(Client(), other_reviewer).get(seen_url(claim), **HX).content.decode()
    assert "Reuse this verdict" in html and "Cite as evidence" in html


def _fact_check(n: int):
    return insert_fact_check(
        FactCheckRecord(
            claim=f"{275 + n},000 people live under siege in eastern Aleppo, aid groups say.",
            rating="Mostly true",
            publisher=f"Checkers {n}",
            url=f"https://checkers.example/{n}",
        )
    )


def test_seen_before_takes_the_same_queries_for_few_or_many_matches(
    client, reviewer, django_assert_max_num_queries, django_assert_num_queries
):
    _article(SEED)
    claim = _siege(_article(SECOND))
    _fact_check(0)
    client = as_user(client, reviewer)
    client.get(seen_url(claim), **HX)  # session and permissions warmed
    # session, user, its permissions (2), the claim, its figures, its review; matching's term counts
    # (2), full-text candidates (2 on SQLite), entries; the reviews of the claims found; the conflicts;
    # the size of its cluster
    with django_assert_max_num_queries(15) as captured:
        shown = client.get(seen_url(claim), **HX).content.decode().count('class="seen-why small"')
    assert shown >= 3
    few = len(captured)
    _publish(_siege(_article(THIRD)))
    for n in range(1, 4):
        _fact_check(n)
    matching_services.conflicts_detect(claim_ids=[claim.pk])
    with django_assert_num_queries(few):
        assert client.get(seen_url(claim), **HX).content.decode().count('class="seen-why small"') >= shown + 4


def test_seen_before_needs_the_workspace(client, outsider, reports):
    claim = _siege(reports["second"])
    assert client.get(seen_url(claim)).status_code == 302
    assert as_user(client, outsider).get(seen_url(claim)).status_code == 403
    assert as_user(Client(), outsider).post(reuse_url(claim, reports["verdict"])).status_code == 403


# --- reusing a verdict, citing a fact-check ----------------------------------------------------------


def test_reuse_starts_a_draft_with_the_verdict_citing_the_earlier_one(client, reviewer, reports):
    claim, source = _siege(reports["second"]), reports["verdict"]
    response = as_user(client, reviewer).post(reuse_url(claim, source), **HX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Assigned to you; verdict reused from claim #" in html and 'class="panel-inner"' in html
    review = Review.objects.get(claim=claim)
    assert review.state == ReviewState.IN_PROGRESS and review.assignee == reviewer
    assert review.verdict_id == source.published_revision.verdict_id
    assert review.reused_from_id == source.pk
    assert f"claim #{source.claim_id}" in review.rationale
    page = settings.CLAIMREVIEW_URL_TEMPLATE.format(id=source.pk, claim_id=source.claim_id)
    assert list(review.evidence.values_list("url", flat=True)) == [page]
    assert re.search(rf'<input type="radio" name="verdict" value="{review.verdict_id}"[^>]*checked', html)


def test_reuse_refuses_a_verdict_that_is_not_published(client, reviewer, editor, reports):
    claim = _siege(reports["second"])
    draft = bring_to(
        "in_progress",
        services.review_get_or_create(claim=_siege(reports["third"])),
        reviewer=editor,
        editor=editor,
        rating=reports["verdict"].verdict,
    )
    response = as_user(client, reviewer).post(reuse_url(claim, draft), **HX)
    assert response.status_code == 400
    assert '<div class="alert error" role="alert">Only a published verdict can be reused.</div>' in (
        response.content.decode()
    )
    assert not Review.objects.filter(claim=claim, verdict__isnull=False).exists()


def test_reuse_over_a_newer_version_is_a_conflict(client, reviewer, reports):
    claim = _siege(reports["second"])
    review = services.review_assign(review=services.review_get_or_create(claim=claim), by=reviewer)
    services.review_update(review=review, by=reviewer, expected_version=review.version, rationale="Mine.")
    response = as_user(client, reviewer).post(
        reuse_url(claim, reports["verdict"]), {"page_version": review.version}, **HX
    )
    assert response.status_code == 409 and 'id="conflict"' in response.content.decode()
    assert Review.objects.get(claim=claim).rationale == "Mine."


def test_reuse_without_javascript_goes_back_to_the_reader_with_a_message(client, reviewer, reports):
    claim = _siege(reports["second"])
    response = as_user(client, reviewer).post(reuse_url(claim, reports["verdict"]), {"page_version": ""})
    assert response.status_code == 302 and response["Location"] == reader_url(claim)
    assert "verdict reused from claim #" in client.get(response["Location"]).content.decode()


def test_cite_adds_the_fact_check_as_evidence(client, reviewer, reports):
    claim, fact_check = _siege(reports["second"]), reports["fact_check"]
    response = as_user(client, reviewer).post(cite_url(claim, fact_check), **HX)
    assert response.status_code == 200
    assert "Assigned to you; Checkers&#x27;s fact-check cited as evidence." in response.content.decode()
    [evidence] = Review.objects.get(claim=claim).evidence.all()
    assert evidence.url == fact_check.url and evidence.publisher == "Checkers"
    # without JavaScript: the same, then back to the reader
    response = client.post(cite_url(claim, fact_check))
    assert response.status_code == 302 and response["Location"] == reader_url(claim)


# --- the conflicts page ------------------------------------------------------------------------------

CONFLICTS = reverse("workspace:conflicts")


def _row_count(html: str) -> int:
    return len(re.findall(r'<tr id="conflict-\d+">', html))


def test_the_conflicts_page_lists_both_claims_linked_in_the_reader(client, reviewer, reports):
    html = as_user(client, reviewer).get(CONFLICTS).content.decode()
    assert f'<a href="{CONFLICTS}" aria-current="page">Conflicts</a>' in html
    conflict = FigureConflict.objects.get()
    assert _row_count(html) == 1
    assert f'<th scope="row" class="conflict-summary">{conflict.quantity.surface} vs ' in html
    assert "Population" in html
    for side in (conflict.claim, conflict.other):
        assert f'href="{reader_url(side)}">{side.article.title}</a>' in html
    assert "Dismiss the conflict" not in html  # reviewers see, editors settle


def test_the_nav_links_the_conflicts_for_everyone_in_the_workspace(client, reviewer):
    html = as_user(client, reviewer).get(reverse("workspace:queue")).content.decode()
    assert f'<a href="{CONFLICTS}">Conflicts</a>' in html


def test_the_conflicts_page_filters_by_window_and_status(client, editor, reports):
    conflict = FigureConflict.objects.get()
    FigureConflict.objects.filter(pk=conflict.pk).update(
        detected_at=timezone.now() - datetime.timedelta(days=40)
    )
    client = as_user(client, editor)
    html = client.get(CONFLICTS).content.decode()
    assert _row_count(html) == 0 and "No open conflicts in the last 30 days." in html
    assert _row_count(client.get(CONFLICTS, {"window": "7"}).content.decode()) == 0
    assert _row_count(client.get(CONFLICTS, {"window": "90"}).content.decode()) == 1
    assert _row_count(client.get(CONFLICTS, {"window": "all"}).content.decode()) == 1
    # unknown values fall back to the defaults
    html = client.get(CONFLICTS, {"window": "9999", "status": "nonsense"}).content.decode()
    assert '<option value="30" selected>' in html and '<option value="open" selected>' in html
    matching_services.conflict_dismiss(conflict=conflict)
    assert _row_count(client.get(CONFLICTS, {"window": "all"}).content.decode()) == 0
    html = client.get(CONFLICTS, {"window": "all", "status": "dismissed"}).content.decode()
    assert _row_count(html) == 1 and "Dismiss the conflict" not in html


def test_editors_dismiss_a_conflict_and_come_back_to_the_same_list(client, editor, reports):
    conflict = FigureConflict.objects.get()
    client = as_user(client, editor)
    html = client.get(CONFLICTS, {"window": "90"}).content.decode()
    assert f'action="{reverse("workspace:conflict-dismiss", args=[conflict.pk])}"' in html
    back = f"{CONFLICTS}?window=90&status=open"
    response = client.post(reverse("workspace:conflict-dismiss", args=[conflict.pk]), {"next": back})
    assert response.status_code == 302 and response["Location"] == back
    conflict.refresh_from_db()
    assert conflict.status == FigureConflict.Status.DISMISSED
    assert "Conflict dismissed: " in client.get(back).content.decode()
    # somewhere else is not where a dismissal sends anyone
    response = client.post(
        reverse("workspace:conflict-dismiss", args=[conflict.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == CONFLICTS


def test_reviewers_may_not_dismiss_a_conflict(client, reviewer, reports):
    conflict = FigureConflict.objects.get()
    response = as_user(client, reviewer).post(reverse("workspace:conflict-dismiss", args=[conflict.pk]))
    assert response.status_code == 403
    conflict.refresh_from_db()
    assert conflict.status == FigureConflict.Status.OPEN


def test_the_conflicts_page_takes_the_same_queries_for_one_or_many(client, editor, django_assert_num_queries):
    _article(SEED)
    second = _article(SECOND)
    matching_services.conflicts_detect(claim_ids=[_siege(second).pk])
    client = as_user(client, editor)
    client.get(CONFLICTS)  # session and permissions warmed
    # session, user, its permissions (2), the count, the rows with both claims, the header's unread badge
    with django_assert_num_queries(7) as captured:
        assert _row_count(client.get(CONFLICTS).content.decode()) == 1
    one = len(captured)
    for figure in ("300,000", "320,000", "340,000"):
        other = _article(SECOND.replace("275,000", figure).replace("Friday", f"Friday {figure}"))
        matching_services.conflicts_detect(claim_ids=[_siege(other).pk])
    with django_assert_num_queries(one):
        assert _row_count(client.get(CONFLICTS).content.decode()) > 3
