"""The workspace's pages and actions: roles, conflicts, escaping and constant query counts."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations import corrections, services
from annotations.models import Comment, Evidence, Rating, Review, ReviewState, claim_priority
from factcheck.models import Claim, ImportJob
from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory
from tests.workspace.conftest import article_with_claims

HX = {"HTTP_HX_REQUEST": "true"}
S = ReviewState


@pytest.fixture
def rating(db) -> Rating:
    return Rating.objects.get(scale__is_default=True, slug="half-true")


@pytest.fixture
def claim(db):
    return QuantityFactory(claim=ClaimFactory()).claim


def as_user(client: Client, user) -> Client:
    client.force_login(user)
    return client


def started(claim, reviewer, rating=None, rationale=""):
    review = services.review_get_or_create(claim=claim)
    review = services.review_assign(review=review, by=reviewer)
    if rating or rationale:
        review = services.review_update(
            review=review, by=reviewer, expected_version=review.version, verdict=rating, rationale=rationale
        )
    return review


def submitted(claim, reviewer, rating):
    review = started(claim, reviewer, rating, "Because.")
    return services.review_submit_for_second_review(review=review, by=reviewer)


def save_url(claim):
    return reverse("workspace:save", args=[claim.pk])


def action_url(claim, action):
    return reverse("workspace:action", args=[claim.pk, action])


# --- access ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name,args", [("queue", []), ("imports", [])])
def test_pages_need_a_login(client, db, name, args):
    response = client.get(reverse(f"workspace:{name}", args=args))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("workspace:login"))
    assert "next=/review/" in response["Location"]


def test_an_expired_session_sends_htmx_to_the_login_page(client, claim):
    page = "http://testserver/review/articles/1/?claim=2"
    response = client.post(save_url(claim), {"rationale": "x"}, HTTP_HX_CURRENT_URL=page, **HX)
    assert response.status_code == 204
    assert response["HX-Redirect"].startswith(reverse("workspace:login") + "?next=")
    assert response["HX-Redirect"].endswith("?next=/review/articles/1/%3Fclaim%3D2")
    assert not Review.objects.exists()


def test_users_without_a_review_role_are_refused(client, outsider, claim):
    as_user(client, outsider)
    assert client.get(reverse("workspace:queue")).status_code == 403
    assert client.get(reverse("workspace:reader", args=[claim.article_id])).status_code == 403
    assert client.post(save_url(claim), {"rationale": "x"}, **HX).status_code == 403
    assert not Review.objects.exists()


def test_import_status_is_for_editors(client, reviewer):
    as_user(client, reviewer)
    assert client.get(reverse("workspace:imports")).status_code == 403
    assert client.get(reverse("workspace:import-rows")).status_code == 403


def test_posts_need_the_csrf_token(reviewer, claim):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.post(save_url(claim), {"rationale": "x"}, **HX).status_code == 403
    assert not Review.objects.exists()


def test_pages_use_the_vendored_htmx_and_no_cdn(client, reviewer, claim):
    html = as_user(client, reviewer).get(reverse("workspace:queue")).content.decode()
    assert "/static/workspace/vendor/htmx-2.0.11.min.js" in html
    assert not re.search(r"""src=["']https?://""", html)
    assert 'hx-headers=\'{"X-CSRFToken": "' in html


# --- queue -------------------------------------------------------------------------------------


def test_queue_lists_my_claims_first_then_free_ones_by_checkworthiness(
    client, reviewer, other_reviewer, rating
):
    article = ArticleFactory()
    ClaimFactory(article=article, index=0, checkworthiness=0.2, text="Low claim.")
    ClaimFactory(article=article, index=1, checkworthiness=0.95, text="High claim.")
    mine = ClaimFactory(article=article, index=2, checkworthiness=0.5, text="My claim.")
    theirs = ClaimFactory(article=article, index=3, checkworthiness=0.99, text="Their claim.")
    ClaimFactory(article=article, index=4, is_claim=False, text="Not check-worthy.")
    started(mine, reviewer)
    started(theirs, other_reviewer)

    response = as_user(client, reviewer).get(reverse("workspace:queue"))
    html = response.content.decode()
    order = [c.text for c in response.context["page"].object_list]
    assert order == ["My claim.", "High claim.", "Low claim."]
    assert "Their claim." not in html and "Not check-worthy." not in html

    counts = {link["state"]: link["count"] for link in response.context["state_links"]}
    assert counts[S.UNREVIEWED] == 2 and counts[S.IN_PROGRESS] == 2


def test_queue_filters_by_state_category_article_and_search(client, reviewer, rating):
    a1, a2 = ArticleFactory(title="Aleppo report"), ArticleFactory(title="Budget report")
    ClaimFactory(article=a1, index=0, category="casualties", text="Forty died.", speaker="Medics")
    money = ClaimFactory(article=a2, index=0, category="money", text="It cost $5bn.")
    ClaimFactory(article=a2, index=1, category="money", text="Taxes rose.")
    submitted(money, reviewer, rating)
    as_user(client, reviewer)

    def texts(**params):
        return [c.text for c in client.get(reverse("workspace:queue"), params).context["page"].object_list]

    assert texts(category="casualties") == ["Forty died."]
    assert sorted(texts(article=a2.pk, state="all")) == ["It cost $5bn.", "Taxes rose."]
    assert texts(state=S.NEEDS_SECOND_REVIEW) == ["It cost $5bn."]
    assert texts(q="medics") == ["Forty died."]
    assert sorted(texts(q="budget", state="all")) == ["It cost $5bn.", "Taxes rose."]
    # Bad values are ignored rather than failing the page.
    assert client.get(reverse("workspace:queue"), {"state": "nonsense", "article": "x"}).status_code == 200


def test_queue_pages_count_and_order_like_the_whole_list(client, reviewer, rating, settings):
    """Pages are cut from the ordered ids and their rows loaded after; a state's count comes from the
    state counts: both must agree with the list walked page by page."""
    from annotations.workspace import selectors

    article = article_with_claims(7)
    claims = list(article.claims.order_by("index"))
    for claim in claims[:2]:
        started(claim, reviewer, rating, "Because.")
    as_user(client, reviewer)
    waiting = len(list(selectors.queue_claim_ids(user=reviewer, filters=selectors.QueueFilters())))
    assert waiting == 7  # the free ones and the reviewer's own
    ids = selectors.queue_claim_ids(user=reviewer, filters=selectors.QueueFilters())
    everything = list(ids)
    assert ids[0] == everything[0] and ids[1:4] == everything[1:4] and ids[5:] == everything[5:]
    index_of = {claim.pk: claim.index for claim in claims}
    for state, expected in ((S.UNREVIEWED, 5), ("all", 7), (S.IN_PROGRESS, 2), ("", waiting)):
        seen, page_number = [], 1
        with mock.patch.object(selectors, "QUEUE_PAGE_SIZE", 3):
            while True:
                page = client.get(reverse("workspace:queue"), {"state": state, "page": page_number}).context[
                    "page"
                ]
                assert page.paginator.count == expected, state
                seen += [(not row.mine, -row.checkworthiness, index_of[row.pk]) for row in page.object_list]
                if not page.has_next():
                    break
                page_number += 1
        assert len(seen) == expected and seen == sorted(seen), state


def test_editor_queue_includes_claims_waiting_for_approval(client, reviewer, editor, claim, rating):
    submitted(claim, reviewer, rating)
    response = as_user(client, editor).get(reverse("workspace:queue"))
    assert [c.pk for c in response.context["page"].object_list] == [claim.pk]
    reviewer_client = Client()
    reviewer_client.force_login(reviewer)
    assert list(reviewer_client.get(reverse("workspace:queue")).context["page"].object_list) == []


def _queue_queries(client):
    client.get(reverse("workspace:queue"))  # warm up
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("workspace:queue"), {"state": "all"}).status_code == 200
    return len(ctx.captured_queries)


def test_queue_query_count_is_constant(client, reviewer, other_reviewer, rating):
    as_user(client, reviewer)
    article_with_claims(1)
    one = _queue_queries(client)
    article = article_with_claims(30, body_prefix="B")
    for i, claim in enumerate(article.claims.all()[:6]):
        started(claim, reviewer if i % 2 else other_reviewer, rating, "Because.")
    many = _queue_queries(client)
    assert one == many
    assert many <= 12  # session, user, 2 permissions, counts, 3 id groups, rows, figures, people, unread
    # Claims people corrected, added or marked not a claim cost nothing more.
    correct_some(article, reviewer)
    assert _queue_queries(client) == one


def correct_some(article, user) -> None:
    """People's work on an article: a claim marked not a claim, one with a new span and figures, one
    split, one merged, a claim added inside a sentence and one flagged for a look."""
    claims = list(article.claims.order_by("index"))
    free = [c for c in claims if not Review.objects.filter(claim=c).exists()]
    corrections.claim_update(claim=free[0], by=user, not_a_claim=True)
    moved = corrections.claim_update(claim=free[1], by=user, end=free[1].end - 7)
    figure = moved.quantities.first()
    corrections.quantity_update(quantity=figure, by=user, value=7, qualifier="approximate")
    corrections.claim_split(claim=free[2], at=free[2].start + 4, by=user)
    corrections.claim_merge(claims=[free[3], free[4]], by=user)
    corrections.claim_add(article=article, start=free[5].start + 3, end=free[5].end - 6, by=user)
    Claim.objects.filter(pk=free[6].pk).update(attention="Moved by re-extraction.")


# --- reader ------------------------------------------------------------------------------------


def _reader_queries(client, article, claim_id=None):
    url = reverse("workspace:reader", args=[article.pk]) + (f"?claim={claim_id}" if claim_id else "")
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_reader_query_count_is_constant(client, reviewer, other_reviewer, rating):
    as_user(client, reviewer)
    small = article_with_claims(1)
    big = article_with_claims(40, body_prefix="C")
    for i, claim in enumerate(big.claims.all()[:8]):
        started(claim, reviewer if i % 2 else other_reviewer, rating, "Because.")
    assert _reader_queries(client, small) == _reader_queries(client, big)
    # With the panel open too (evidence, comments and history of the claim).
    first_small, first_big = small.claims.first(), big.claims.order_by("index")[1]
    review = Review.objects.get(claim=first_big)
    for i in range(3):
        services.evidence_add(review=review, by=reviewer, url=f"https://example.org/{i}")
        services.comment_add(review=review, by=reviewer, body=f"Note {i}")
    started(first_small, reviewer, rating, "Because.")
    assert _reader_queries(client, small, first_small.pk) == _reader_queries(client, big, first_big.pk)
    # Claims people corrected, added (one inside a sentence: drawn in pieces) or marked not a claim,
    # and the panel of a corrected claim with its correction tools, cost nothing more.
    without = _reader_queries(client, small), _reader_queries(client, small, first_small.pk)
    correct_some(big, reviewer)
    corrections.claim_update(claim=first_big, by=reviewer, category="money", speaker="The UN")
    corrections.quantity_add(
        claim=first_big, by=reviewer, start=first_big.start, end=first_big.start + 2, value=1
    )
    assert Claim.objects.filter(article=big).exclude(origin="machine").count() >= 5
    assert (_reader_queries(client, big), _reader_queries(client, big, first_big.pk)) == without
    html = client.get(reverse("workspace:reader", args=[big.pk]) + f"?claim={first_big.pk}").content.decode()
    assert "claim-tools" in html and "not-claim" in html and "origin-added" in html


def test_reader_highlights_claims_with_state_category_and_figures(client, reviewer, rating):
    article = article_with_claims(3)
    first, second = article.claims.order_by("index")[:2]
    started(first, reviewer, rating, "Because.")
    html = as_user(client, reviewer).get(reverse("workspace:reader", args=[article.pk])).content.decode()
    tier = {
        claim.pk: f"tier-{claim_priority(checkworthiness=claim.checkworthiness)}" for claim in (first, second)
    }
    assert (
        f'id="claim-{first.pk}" class="claim st-in_progress cat-population worthy {tier[first.pk]}"' in html
    )
    assert (
        f'id="claim-{second.pk}" class="claim st-unreviewed cat-population worthy {tier[second.pk]}"' in html
    )
    assert '<span class="qty">100 people</span>' in html
    # The hover/focus description: state, verdict, speaker and figures.
    tip = re.search(
        rf'<span class="tip-src" id="tip-{first.pk}" hidden>(.*?)</span></span></span>', html
    ).group(1)
    assert "In progress" in tip and "Half true" in tip and "The US" in tip and "100 people" in tip
    assert f'aria-describedby="tip-{first.pk}"' in html


def test_reader_escapes_every_piece_of_article_text(client, reviewer, hostile_article):
    html = (
        as_user(client, reviewer).get(reverse("workspace:reader", args=[hostile_article.pk])).content.decode()
    )
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b onmouseover" not in html and "<i>Officials</i>" not in html
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "Speaker: &lt;i&gt;Officials&lt;/i&gt;" in html


def test_reader_opens_the_panel_of_the_claim_in_the_url(client, reviewer, claim):
    url = reverse("workspace:reader", args=[claim.article_id]) + f"?claim={claim.pk}"
    response = as_user(client, reviewer).get(url)
    html = response.content.decode()
    assert 'id="review-form"' in html and "Pick a claim" not in html
    assert not Review.objects.exists(), "opening a claim writes nothing"
    other = ClaimFactory()
    stray = reverse("workspace:reader", args=[claim.article_id]) + f"?claim={other.pk}"
    assert "Pick a claim" in client.get(stray).content.decode()
    assert client.get(reverse("workspace:reader", args=[99999])).status_code == 404


def test_panel_fragment_for_htmx_and_redirect_without_it(client, reviewer, claim):
    as_user(client, reviewer)
    url = reverse("workspace:panel", args=[claim.pk])
    fragment = client.get(url, **HX)
    assert fragment.status_code == 200
    assert b"<html" not in fragment.content and b'id="review-form"' in fragment.content
    assert client.get(url)["Location"].endswith(f"?claim={claim.pk}")


# --- saving the review -------------------------------------------------------------------------


def test_picking_a_verdict_on_a_free_claim_assigns_it_and_saves(client, reviewer, claim, rating):
    response = as_user(client, reviewer).post(save_url(claim), {"version": "", "verdict": rating.pk}, **HX)
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#panel"
    review = Review.objects.get(claim=claim)
    assert (review.state, review.assignee, review.verdict) == (S.IN_PROGRESS, reviewer, rating)
    assert "Assigned to you and saved." in response.content.decode()


def test_the_panel_counts_the_summary_and_saves_the_speakers_details(client, reviewer, claim):
    review = started(claim, reviewer)
    html = as_user(client, reviewer).get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    assert (
        'data-count="75"' in html
        and f"<span data-count-value>{len(review.claim_reviewed)}</span> / 75" in html
    )
    assert 'name="claimant_job_title"' in html and 'name="claimant_same_as"' in html
    long_summary = "x" * 90
    response = client.post(
        save_url(claim),
        {
            "version": review.version,
            "claim_reviewed": long_summary,
            "claimant_job_title": "Mayor",
            "claimant_same_as": "https://www.wikidata.org/wiki/Q1",
        },
        **HX,
    )
    assert response.status_code == 200
    review.refresh_from_db()
    assert (review.claim_reviewed, review.claimant_job_title, review.claimant_same_as) == (
        long_summary,
        "Mayor",
        "https://www.wikidata.org/wiki/Q1",
    )
    html = client.get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    assert 'class="muted small char-count over"' in html  # past what search results show
    refused = client.post(
        save_url(claim), {"version": review.version, "claimant_same_as": "not a page"}, **HX
    )
    assert refused.status_code == 400 and "must be an http" in refused.content.decode()


def test_a_claim_too_long_for_a_summary_leaves_the_summary_to_the_reviewer(client, reviewer):
    claim = QuantityFactory(claim=ClaimFactory(text="word " * 40)).claim
    html = as_user(client, reviewer).get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    field = html.split('id="claim-reviewed"')[1].split(">")[0]
    assert 'name="claim_reviewed"' in field and 'value=""' in field
    assert "…" not in html.split('id="claim-reviewed"')[1].split(">")[0]


def test_autosave_returns_the_new_version_and_refreshes_the_highlight(client, reviewer, claim, rating):
    review = started(claim, reviewer)
    response = as_user(client, reviewer).post(
        save_url(claim), {"version": review.version, "rationale": "Typed."}, **HX
    )
    html = response.content.decode()
    review.refresh_from_db()
    assert review.rationale == "Typed."
    assert f'id="review-version-{claim.pk}" value="{review.version}" hx-swap-oob="true"' in html
    assert f'id="claim-{claim.pk}"' in html and 'hx-swap-oob="outerHTML"' in html
    assert "Saved" in html


def test_a_stale_save_is_refused_with_a_conflict_and_nothing_is_overwritten(
    client, reviewer, editor, claim, rating
):
    review = started(claim, reviewer)
    seen = review.version
    services.review_update(review=review, by=reviewer, expected_version=seen, rationale="Rita's text.")
    response = as_user(client, editor).post(
        save_url(claim), {"version": seen, "verdict": rating.pk, "rationale": "", "claim_reviewed": ""}, **HX
    )
    assert response.status_code == 409
    assert response["HX-Retarget"] == "#panel"
    html = response.content.decode()
    assert "changed this review while you were editing" in html
    assert "Rita" in html and "Rationale" in html
    # Only what the editor changed on the version they saw is offered as theirs to apply.
    assert "Verdict: Half true" in html
    assert 'name="rationale"' in html and "Rationale: <span" not in html
    review.refresh_from_db()
    assert review.rationale == "Rita's text." and review.verdict is None


def test_a_conflict_with_your_own_other_tab_says_so(client, reviewer, claim, rating):
    """The same person in two tabs was told "someone else changed this review"."""
    review = started(claim, reviewer)
    seen = review.version
    services.review_update(review=review, by=reviewer, expected_version=seen, rationale="From tab one.")
    response = as_user(client, reviewer).post(
        save_url(claim), {"version": seen, "verdict": rating.pk, "rationale": "", "claim_reviewed": ""}, **HX
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "You changed this review in another tab or window" in html
    assert "Someone else" not in html
    review.refresh_from_db()
    assert review.rationale == "From tab one." and review.verdict is None


def test_a_page_drawn_before_the_review_existed_cannot_overwrite_it(client, reviewer, editor, claim, rating):
    started(claim, reviewer, rationale="Rita got there first.")
    response = as_user(client, editor).post(
        save_url(claim), {"version": "", "rationale": "Edna's text."}, **HX
    )
    assert response.status_code == 409
    assert Review.objects.get(claim=claim).rationale == "Rita got there first."


def test_without_javascript_an_action_redirects_back_with_a_message(client, reviewer, claim):
    response = as_user(client, reviewer).post(action_url(claim, "assign"), {"page_version": ""}, follow=True)
    assert response.redirect_chain[-1][0].endswith(f"?claim={claim.pk}")
    assert "Assigned to you." in response.content.decode()
    assert Review.objects.get(claim=claim).assignee == reviewer


def test_saving_someone_elses_claim_is_refused(client, reviewer, other_reviewer, claim):
    review = started(claim, other_reviewer)
    response = as_user(client, reviewer).post(
        save_url(claim), {"version": review.version, "rationale": "Mine now"}, **HX
    )
    assert response.status_code == 403
    assert "assigned to Oscar" in response.content.decode()
    review.refresh_from_db()
    assert review.rationale == ""


def test_a_too_long_summary_is_refused_and_the_text_is_kept(client, reviewer, claim):
    review = started(claim, reviewer)
    response = as_user(client, reviewer).post(
        save_url(claim), {"version": review.version, "claim_reviewed": "x" * 141}, **HX
    )
    assert response.status_code == 400
    assert "Not saved" in response.content.decode()
    assert Review.objects.get(pk=review.pk).claim_reviewed != "x" * 141


def test_without_javascript_a_save_redirects_back_with_a_message(client, reviewer, claim):
    review = started(claim, reviewer)
    response = as_user(client, reviewer).post(
        save_url(claim), {"version": review.version, "rationale": "No JS."}
    )
    assert response.status_code == 302 and response["Location"].endswith(f"?claim={claim.pk}")
    assert Review.objects.get(pk=review.pk).rationale == "No JS."


# --- state actions -----------------------------------------------------------------------------


def test_send_to_second_review_saves_the_pending_edit_first(client, reviewer, claim, rating):
    review = started(claim, reviewer, rating)
    response = as_user(client, reviewer).post(
        action_url(claim, "submit"),
        {
            "version": review.version,
            "verdict": rating.pk,
            "rationale": "Just typed.",
            "claim_reviewed": "Sum.",
        },
        **HX,
    )
    assert response.status_code == 200
    review.refresh_from_db()
    assert (review.state, review.rationale, review.claim_reviewed) == (
        S.NEEDS_SECOND_REVIEW,
        "Just typed.",
        "Sum.",
    )
    html = response.content.decode()
    assert "Sent to second review." in html
    # The article's highlight and its state summary follow, out of band.
    assert f'id="claim-{claim.pk}" class="claim st-needs_second_review' in html
    summary = re.search(
        r'<div class="reader-summary" id="reader-summary" hx-swap-oob="true">(.*?)</div>', html, re.S
    )
    assert "Needs second review 1" in summary.group(1)


def test_send_to_second_review_without_a_rationale_says_what_is_missing(client, reviewer, claim, rating):
    review = started(claim, reviewer, rating)
    response = as_user(client, reviewer).post(action_url(claim, "submit"), {"version": review.version}, **HX)
    assert response.status_code == 400
    assert "Add a rationale before sending it to second review." in response.content.decode()
    assert Review.objects.get(pk=review.pk).state == S.IN_PROGRESS


def test_reviewers_cannot_approve_and_editors_can(client, reviewer, other_reviewer, editor, claim, rating):
    review = submitted(claim, reviewer, rating)
    response = as_user(client, other_reviewer).post(
        action_url(claim, "approve"), {"version": review.version}, **HX
    )
    assert response.status_code == 403
    assert Review.objects.get(pk=review.pk).state == S.NEEDS_SECOND_REVIEW
    editor_client = Client()
    editor_client.force_login(editor)
    html = editor_client.get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    assert 'data-action="approve"' in html and 'data-action="submit"' not in html
    response = editor_client.post(action_url(claim, "approve"), {"version": review.version}, **HX)
    assert response.status_code == 200
    review.refresh_from_db()
    assert (review.state, review.second_reviewer) == (S.APPROVED, editor)
    response = editor_client.post(action_url(claim, "publish"), {"version": review.version}, **HX)
    review.refresh_from_db()
    assert review.state == S.PUBLISHED
    assert "Published." in response.content.decode()


def test_the_reviewer_takes_a_review_back_from_the_panel(client, reviewer, editor, claim, rating):
    review = submitted(claim, reviewer, rating)
    panel = reverse("workspace:panel", args=[claim.pk])
    html = as_user(client, reviewer).get(panel, **HX).content.decode()
    assert set(re.findall(r'data-action="(\w+)"', html)) == {"recall"}
    assert ">Take back</button>" in html
    editor_client = Client()
    editor_client.force_login(editor)
    assert 'data-action="recall"' not in editor_client.get(panel, **HX).content.decode()
    refused = editor_client.post(action_url(claim, "recall"), {"page_version": review.version}, **HX)
    assert refused.status_code == 403
    assert "Only the claim&#x27;s reviewer (Rita Reviewer) can do this." in refused.content.decode()
    response = client.post(action_url(claim, "recall"), {"page_version": review.version}, **HX)
    assert response.status_code == 200
    assert "Taken back from second review." in response.content.decode()
    assert Review.objects.get(pk=review.pk).state == S.IN_PROGRESS
    assert 'data-action="submit"' in response.content.decode()


def test_an_editor_withdraws_a_published_verdict_from_the_panel_with_a_reason(
    client, reviewer, editor, claim, rating
):
    review = submitted(claim, reviewer, rating)
    review = services.review_approve(review=review, by=editor)
    review = services.review_publish(review=review, by=editor)
    html = as_user(client, reviewer).get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    assert 'data-action="withdraw"' not in html
    editor_client = Client()
    editor_client.force_login(editor)
    html = editor_client.get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    assert 'data-action="withdraw"' in html and 'data-action="correct"' in html
    refused = editor_client.post(
        action_url(claim, "withdraw"), {"version": review.version, "reason": ""}, **HX
    )
    assert refused.status_code == 400 and Review.objects.get(pk=review.pk).state == S.PUBLISHED
    response = editor_client.post(
        action_url(claim, "withdraw"),
        {"version": review.version, "reason": "The census was retracted."},
        **HX,
    )
    assert response.status_code == 200
    review.refresh_from_db()
    assert (review.state, review.withdrawal_reason) == (S.WITHDRAWN, "The census was retracted.")
    assert client.get(f"/reviews/{review.pk}/").status_code == 410


def test_reviewer_panel_offers_only_the_reviewers_actions(client, reviewer, claim, rating):
    started(claim, reviewer, rating)
    html = as_user(client, reviewer).get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    actions = set(re.findall(r'data-action="(\w+)"', html))
    assert actions == {"submit", "dismiss"}


def test_an_action_on_a_stale_version_is_a_conflict(client, reviewer, editor, claim, rating):
    review = submitted(claim, reviewer, rating)
    stale = review.version
    services.review_return(review=review, by=editor, reason="Check the date.")
    response = as_user(client, editor).post(action_url(claim, "approve"), {"version": stale}, **HX)
    assert response.status_code == 409
    assert "Edna" in response.content.decode()
    assert Review.objects.get(pk=review.pk).state == S.IN_PROGRESS


def test_dismiss_needs_a_reason(client, reviewer, claim):
    as_user(client, reviewer)
    response = client.post(action_url(claim, "dismiss"), {"reason": ""}, **HX)
    assert response.status_code == 400
    assert "A reason for dismissing the claim is required." in response.content.decode()
    assert re.search(r'<details class="reason-action" open>', response.content.decode())
    response = client.post(action_url(claim, "dismiss"), {"reason": "An opinion."}, **HX)
    assert response.status_code == 200
    review = Review.objects.get(claim=claim)
    assert review.state == S.NOT_CHECKABLE and review.dismissal_reason == "An opinion."


def assign_url(claim):
    return reverse("workspace:assign", args=[claim.pk])


def test_editors_give_a_claim_to_a_reviewer_from_the_panel(client, reviewer, other_reviewer, editor, claim):
    as_user(client, editor)
    html = client.get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    assert f'action="{assign_url(claim)}"' in html
    assert f'<option value="{reviewer.pk}"' in html and f'<option value="{editor.pk}"' in html
    response = client.post(assign_url(claim), {"assignee": reviewer.pk}, **HX)
    assert response.status_code == 200
    assert f"Assigned to {services.public_name(reviewer)}." in response.content.decode()
    review = Review.objects.get(claim=claim)
    assert (review.state, review.assignee) == (S.IN_PROGRESS, reviewer)
    # and hand it over to someone else, on the version the page shows
    data = {"assignee": other_reviewer.pk, "version": review.version}
    response = client.post(assign_url(claim), data, **HX)
    assert response.status_code == 200
    assert Review.objects.get(claim=claim).assignee == other_reviewer


def test_reviewers_cannot_give_claims_away_and_see_no_assign_control(client, reviewer, other_reviewer, claim):
    as_user(client, reviewer)
    html = client.get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    assert "workspace:assign" not in html and assign_url(claim) not in html
    response = client.post(assign_url(claim), {"assignee": other_reviewer.pk}, **HX)
    assert response.status_code == 403
    assert not Review.objects.filter(claim=claim, assignee=other_reviewer).exists()


def test_assigning_to_someone_who_cannot_review_is_refused(client, editor, outsider, claim):
    response = as_user(client, editor).post(assign_url(claim), {"assignee": outsider.pk}, **HX)
    assert response.status_code == 400
    assert "Pick someone who can review" in response.content.decode()
    assert not Review.objects.filter(claim=claim, assignee__isnull=False).exists()


def test_assigning_on_a_stale_version_is_a_conflict(client, reviewer, other_reviewer, editor, claim, rating):
    review = started(claim, reviewer, rating)
    stale = review.version
    services.review_update(review=review, by=reviewer, expected_version=stale, rationale="New text.")
    response = as_user(client, editor).post(
        assign_url(claim), {"assignee": other_reviewer.pk, "version": stale}, **HX
    )
    assert response.status_code == 409
    assert Review.objects.get(pk=review.pk).assignee == reviewer


def test_unknown_action_is_404(client, reviewer, claim):
    assert as_user(client, reviewer).post(action_url(claim, "explode"), {}, **HX).status_code == 404


# --- evidence and comments ---------------------------------------------------------------------


def test_evidence_add_edit_remove_and_undo(client, reviewer, claim):
    started(claim, reviewer)
    as_user(client, reviewer)
    add = reverse("workspace:evidence-add", args=[claim.pk])
    response = client.post(
        add, {"url": "https://example.org/a", "title": "Report", "stance": "supports"}, **HX
    )
    assert response.status_code == 200 and "Evidence added." in response.content.decode()
    evidence = Evidence.objects.get()
    assert (evidence.url, evidence.title, evidence.stance, evidence.created_by) == (
        "https://example.org/a",
        "Report",
        "supports",
        reviewer,
    )

    edit = reverse("workspace:evidence-edit", args=[claim.pk, evidence.pk])
    form = client.get(edit, **HX).content.decode()
    assert 'value="https://example.org/a"' in form and "Save evidence" in form
    client.post(edit, {"url": "https://example.org/b", "title": "Better", "stance": "contradicts"}, **HX)
    evidence.refresh_from_db()
    assert (evidence.url, evidence.title, evidence.stance) == (
        "https://example.org/b",
        "Better",
        "contradicts",
    )

    remove = reverse("workspace:evidence-remove", args=[claim.pk, evidence.pk])
    html = client.post(remove, **HX).content.decode()
    assert not Evidence.objects.exists()
    assert "Undo" in html and 'value="https://example.org/b"' in html
    undo = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', html))
    client.post(add, undo, **HX)
    assert Evidence.objects.get().title == "Better"
    assert "already removed" in client.post(remove, **HX).content.decode()


def test_invalid_evidence_keeps_what_was_typed(client, reviewer, claim):
    started(claim, reviewer)
    response = as_user(client, reviewer).post(
        reverse("workspace:evidence-add", args=[claim.pk]),
        {"url": "javascript:alert(1)", "title": "Kept title", "stance": "context"},
        **HX,
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and 'value="Kept title"' in html
    assert '<details id="evidence-add" class="add-box" open>' in html
    assert not Evidence.objects.exists()


def test_evidence_of_another_claim_is_not_found(client, reviewer, claim):
    review = started(claim, reviewer)
    evidence = services.evidence_add(review=review, by=reviewer, url="https://example.org/")
    other = ClaimFactory()
    as_user(client, reviewer)
    assert (
        client.get(reverse("workspace:evidence-edit", args=[other.pk, evidence.pk]), **HX).status_code == 404
    )


def test_evidence_on_someone_elses_claim_is_refused(client, reviewer, other_reviewer, claim):
    started(claim, other_reviewer)
    response = as_user(client, reviewer).post(
        reverse("workspace:evidence-add", args=[claim.pk]),
        {"url": "https://example.org/", "stance": "context"},
        **HX,
    )
    assert response.status_code == 403
    assert not Evidence.objects.exists()


def test_comments(client, reviewer, claim):
    as_user(client, reviewer)
    url = reverse("workspace:comment-add", args=[claim.pk])
    assert client.post(url, {"body": "  "}, **HX).status_code == 400
    response = client.post(url, {"body": "Ask the UN <b>office</b>."}, **HX)
    assert response.status_code == 200
    assert Comment.objects.get().body == "Ask the UN <b>office</b>."
    assert "Ask the UN &lt;b&gt;office&lt;/b&gt;." in response.content.decode()


# --- import status -----------------------------------------------------------------------------


def test_import_status_polls_while_a_job_runs(client, editor):
    running = ImportJob.objects.create(status=ImportJob.Status.RUNNING, total_items=4, imported_count=1)
    ImportJob.objects.create(
        status=ImportJob.Status.PARTIALLY_FAILED,
        total_items=2,
        imported_count=1,
        failed_count=1,
        errors=[{"item": "bad.json", "reason": "<b>Not JSON</b>"}],
    )
    as_user(client, editor)
    html = client.get(reverse("workspace:imports")).content.decode()
    assert f'id="job-{running.pk}"' in html
    assert 'aria-valuenow="25"' in html and "1 of 4 items" in html
    assert 'hx-trigger="every 2s"' in html
    assert "&lt;b&gt;Not JSON&lt;/b&gt;" in html
    running.status, running.imported_count = ImportJob.Status.SUCCEEDED, 4
    running.save()
    rows = client.get(reverse("workspace:import-rows"), **HX).content.decode()
    assert "every 2s" not in rows and 'data-polling="false"' in rows
    assert 'aria-valuenow="100"' in rows


def test_panel_history_lists_review_and_evidence_changes_newest_first(client, reviewer, claim, rating):
    review = started(claim, reviewer, rating, "Because.")
    evidence = services.evidence_add(
        review=review, by=reviewer, url="https://example.org/r", title="UN report"
    )
    services.evidence_remove(evidence=evidence, by=reviewer)
    html = as_user(client, reviewer).get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    history = html[html.index('<ol class="history">') :]
    order = [
        history.index(text) for text in ("Removed evidence", "Added evidence", "Edited", "Assigned to Rita")
    ]
    assert order == sorted(order)
    assert "UN report" in history and "Half true" in history


def _history_html(client, claim) -> str:
    html = client.get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    return html[html.index('<ol class="history">') : html.index("</ol>", html.index('<ol class="history">'))]


def _entries(history: str) -> list[str]:
    """The history's entries, newest first, with their markup."""
    return re.findall(r"<li>(.*?)</li>", history, re.S)


def _diff(entry: str) -> dict[str, tuple[str, str]]:
    """label -> (before, after) as shown in an entry."""
    return {
        label: (before, after)
        for label, before, after in re.findall(
            r"<dt>(.*?)</dt><dd><del[^>]*>(.*?)</del>.*?<ins[^>]*>(.*?)</ins></dd>", entry, re.S
        )
    }


def test_panel_history_says_what_each_entry_changed(client, reviewer, editor, claim, rating):
    review = started(claim, reviewer, rating, "Because.")
    long = ("The census of 2021 counted them. " * 8).strip()
    review = services.review_update(
        review=review,
        by=reviewer,
        expected_version=review.version,
        rationale=long,
        claim_reviewed="Most people live here.",
        verdict=Rating.objects.get(scale__is_default=True, slug="false"),
    )
    evidence = services.evidence_add(
        review=review, by=reviewer, url="https://example.org/r", title="UN report"
    )
    evidence = services.evidence_update(
        evidence=evidence, by=reviewer, title="UN report 2021", stance="supports"
    )
    services.evidence_remove(evidence=evidence, by=reviewer)
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    services.review_return(review=review, by=editor, reason="Cite the page.")
    history = _history_html(as_user(client, reviewer), claim)
    returned, submitted, removed, edited_evidence, added, edited, first_edit, assigned, created = _entries(
        history
    )
    assert "Returned to reviewer" in returned
    assert _diff(returned) == {"State": ("Needs second review", "In progress")}
    assert _diff(submitted) == {"State": ("In progress", "Needs second review")}
    assert "Removed evidence" in removed and "UN report 2021" in removed and not _diff(removed)
    assert _diff(edited_evidence) == {
        "Title": ("UN report", "UN report 2021"),
        "Stance": ("Context", "Supports the claim"),
    }
    assert "Added evidence" in added and "UN report" in added
    assert _diff(edited) == {
        "Verdict": ("Half true", "False"),
        "Summary": (claim.text, "Most people live here."),
        "Rationale": ("Because.", long[:119] + "…"),
    }
    assert f'<ins title="{long}">' in edited  # the whole rationale, shortened in the entry
    assert _diff(first_edit) == {"Verdict": ("—", "Half true"), "Rationale": ("—", "Because.")}
    assert _diff(assigned) == {"State": ("Unreviewed", "In progress"), "Assignee": ("—", "Rita Reviewer")}
    assert "Created" in created and _diff(created)["Summary"] == ("—", claim.text)


def test_panel_history_escapes_what_people_wrote(client, reviewer, claim, rating):
    review = started(claim, reviewer, rating, "Because.")
    script = '<script>alert("rationale")</script>'
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, rationale=script + " " + "x" * 130
    )
    services.evidence_add(review=review, by=reviewer, url="https://example.org/r", title="<b>bold</b>")
    html = as_user(client, reviewer).get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    history = html[html.index('<ol class="history">') :]
    assert "<script>alert" not in history and "<b>bold" not in history
    assert "&lt;script&gt;alert(&quot;rationale&quot;)&lt;/script&gt;" in history
    assert 'title="&lt;script&gt;alert(&quot;rationale&quot;)' in history  # the full text, in the attribute
    assert "&lt;b&gt;bold&lt;/b&gt;" in history


def test_panel_history_costs_the_same_queries_whatever_its_length(
    client, reviewer, rating, django_assert_num_queries
):
    from annotations.workspace.selectors import review_timeline

    as_user(client, reviewer)
    panel_queries = []
    for changes in (2, 20):
        claim = QuantityFactory(claim=ClaimFactory()).claim
        review = started(claim, reviewer, rating, "Because.")
        evidence = services.evidence_add(review=review, by=reviewer, url="https://example.org/r")
        for n in range(changes):
            review = services.review_update(
                review=review, by=reviewer, expected_version=review.version, rationale=f"Because {n}."
            )
            evidence = services.evidence_update(evidence=evidence, by=reviewer, title=f"Source {n}")
        review = Review.objects.get(pk=review.pk)
        with django_assert_num_queries(2):
            timeline = review_timeline(review=review)
        assert len(timeline) == min(2 * changes + 4, 40)  # the newest 40
        assert [c.label for c in timeline[0].changes + timeline[1].changes] == ["Title", "Rationale"]
        url = reverse("workspace:panel", args=[claim.pk])
        client.get(url, **HX)
        with CaptureQueriesContext(connection) as ctx:
            assert f"Because {changes - 1}." in client.get(url, **HX).content.decode()
        panel_queries.append(len(ctx.captured_queries))
    assert panel_queries[0] == panel_queries[1]


def test_a_refused_next_after_login_lands_in_the_workspace(client, reviewer):
    response = client.post(
        reverse("admin:login") + "?next=https://evil.example/",
        {"username": "rita", "password": "correct horse battery staple", "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert response.url == reverse("workspace:queue")


def test_text_direction_controls_are_shown_not_obeyed(client, reviewer):
    """A right-to-left override would make "Officials said 300" display as something else."""
    override = "\u202e"
    article = ArticleFactory(body=f"Officials said {override}300 people fled\u202c. The rest is calm.")
    claim = ClaimFactory(article=article, text=f"Officials said {override}300 people fled\u202c.")
    QuantityFactory(claim=claim, surface="300 people", value=300)
    as_user(client, reviewer)
    pages = [
        client.get(reverse("workspace:reader", args=[article.pk]) + f"?claim={claim.pk}").content.decode(),
        client.get(reverse("workspace:queue"), {"state": "all"}).content.decode(),
        client.get(reverse("admin:factcheck_article_change", args=[article.pk])).content.decode(),
    ]
    for html in pages:
        assert override not in html and "\u202c" not in html
        assert 'title="Hidden text-direction control U+202E">RLO</abbr>' in html
        assert 'title="Hidden text-direction control U+202C">PDF</abbr>' in html


def test_lists_show_an_excerpt_of_a_long_claim(client, reviewer):
    words = " ".join(f"word{n}" for n in range(400))
    article = ArticleFactory(body=f"At least 250,000 people live here, {words}.")
    claim = ClaimFactory(article=article, text=article.body)
    QuantityFactory(claim=claim, surface="250,000 people")
    html = as_user(client, reviewer).get(reverse("workspace:queue"), {"state": "all"}).content.decode()
    assert "word10 " in html and "word399" not in html and "…" in html
    assert '<span class="qty">250,000 people</span>' in html


def test_queue_article_picker_suggests_as_one_types_escaped_and_shows_the_choice(client, reviewer):
    """The article filter was a menu of every article (hundreds, many titled by URL): it is a picker
    that suggests articles as one types, by title words or by id."""
    hostile = ArticleFactory(title='<script>alert("x")</script> & co')
    long = ArticleFactory(title="A very long title " * 10)
    ArticleFactory(title="Budget report")
    as_user(client, reviewer)
    options = client.get(reverse("workspace:article-options"), {"article": "script"}, **HX).content.decode()
    assert (
        options
        == f'<option value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co (#{hostile.pk})">'
    )
    by_id = client.get(reverse("workspace:article-options"), {"article": f"#{long.pk}"}).content.decode()
    assert by_id.count("<option") == 1 and f"(#{long.pk})" in by_id
    html = client.get(reverse("workspace:queue"), {"article": f"Whatever (#{long.pk})"}).content.decode()
    chosen = re.search(r'<input id="f-article"[^>]*value="([^"]*)"', html)
    assert (
        chosen and chosen.group(1).endswith(f"… (#{long.pk})") and "<option" not in html.split("datalist")[1]
    )
    ClaimFactory(article=long, index=0, text="In the long article.")
    ClaimFactory(index=0, text="Elsewhere.")
    texts = [
        c.text for c in client.get(reverse("workspace:queue"), {"article": str(long.pk)}).context["page"]
    ]
    assert texts == ["In the long article."]


def test_publish_and_withdraw_ask_before_they_reach_readers(client, reviewer, editor, claim, rating):
    from annotations import workflow

    assert {step.name for step in workflow.steps() if step.confirm} == {"publish", "withdraw"}
    review = submitted(claim, reviewer, rating)
    services.review_approve(review=review, by=editor, expected_version=review.version)
    html = as_user(client, editor).get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    assert html.count("hx-confirm=") == 1 and 'hx-confirm="Publish this verdict? Readers see it' in html
    review.refresh_from_db()
    services.review_publish(review=review, by=editor, expected_version=review.version)
    html = client.get(reverse("workspace:panel", args=[claim.pk]), **HX).content.decode()
    assert 'hx-confirm="Withdraw this published verdict?' in html
