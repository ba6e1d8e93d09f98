"""The review page in the admin: saving through the services, workflow buttons, conflicts, history."""

from __future__ import annotations

import pytest
from django.urls import reverse

from annotations import services
from annotations.models import Comment, Evidence, Review
from tests.annotations.conftest import bring_to, refresh

pytestmark = pytest.mark.django_db


def page(review) -> str:
    return reverse("admin:annotations_review_change", args=[review.pk])


def form_data(review, **overrides) -> dict:
    data = {
        "verdict": review.verdict_id or "",
        "claim_reviewed": review.claim_reviewed,
        "rationale": review.rationale,
        "version": review.version,
        "comment": "",
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
        "evidence-MIN_NUM_FORMS": 0,
        "evidence-MAX_NUM_FORMS": 1000,
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_opening_a_claim_creates_its_review_and_shows_it_in_context(client, reviewer, claim):
    client.force_login(reviewer)
    response = client.get(reverse("admin:factcheck_claim_review", args=[claim.pk]))
    review = Review.objects.get(claim=claim)
    assert response.status_code == 302 and response.url == page(review)
    response = client.get(page(review))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="fc-claim fc-current"' in html
    assert '<mark class="fc-quantity"' in html
    assert 'value="assign"' in html
    assert 'name="rationale"' in html  # a free claim is editable: the first edit takes it


def test_reviewer_annotates_and_sends_to_second_review_from_the_page(client, reviewer, review, rating_false):
    client.force_login(reviewer)
    client.post(page(review), form_data(review, _action="assign"))
    review = refresh(review)
    assert (review.state, review.assignee) == ("in_progress", reviewer)
    data = form_data(
        review,
        verdict=rating_false.pk,
        rationale="The UN counts 275,000.",
        _action="submit",
        comment="Please check the UN figure.",
        **{
            "evidence-TOTAL_FORMS": 1,
            "evidence-0-url": "https://example.org/un-report",
            "evidence-0-title": "UN report",
            "evidence-0-publisher": "OCHA",
            "evidence-0-accessed_on": "2026-11-25",
            "evidence-0-stance": "contradicts",
            "evidence-0-quote": "275,000 people",
        },
    )
    response = client.post(page(review), data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    review = refresh(review)
    assert (review.state, review.verdict, review.rationale) == (
        "needs_second_review",
        rating_false,
        "The UN counts 275,000.",
    )
    assert Evidence.objects.get().created_by == reviewer
    assert Comment.objects.get().body == "Please check the UN figure."
    assert review.history.first().history_user == reviewer


def test_a_refused_transition_keeps_the_saved_edits_and_says_why(client, reviewer, review):
    client.force_login(reviewer)
    review = services.review_assign(review=review, by=reviewer)
    response = client.post(page(review), form_data(review, rationale="Draft.", _action="submit"), follow=True)
    assert "Add a verdict before sending it to second review" in response.content.decode()
    review = refresh(review)
    assert (review.state, review.rationale) == ("in_progress", "Draft.")


def test_a_stale_form_is_refused_with_the_changes_and_keeps_the_input(
    client, reviewer, editor, review, rating_false
):
    review = services.review_assign(review=review, by=reviewer)
    stale = form_data(review, rationale="Rita's rationale.")
    services.review_update(
        review=review, by=editor, expected_version=review.version, verdict=rating_false, rationale="Edna's."
    )
    client.force_login(reviewer)
    response = client.post(page(review), stale)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Edna Editor saved this review while you were editing it" in html
    assert "Rationale: “—” → “Edna&#x27;s.”" in html
    assert "Rita&#x27;s rationale." in html  # the reviewer's input is still in the form
    assert refresh(review).rationale == "Edna's."
    # The re-rendered form carries the current version: saving again is a deliberate overwrite.
    response = client.post(
        page(review), {**stale, "version": refresh(review).version, "verdict": rating_false.pk}
    )
    assert response.status_code == 302
    assert refresh(review).rationale == "Rita's rationale."


def test_editor_approves_and_publishes_but_cannot_approve_own_work(
    client, reviewer, editor, review, rating_false
):
    review = bring_to("needs_second_review", review, reviewer=reviewer, editor=editor, rating=rating_false)
    client.force_login(reviewer)
    assert 'value="approve"' not in client.get(page(review)).content.decode()
    response = client.post(page(review), form_data(review, _action="approve"), follow=True)
    assert "Your role does not allow you to approve reviews" in response.content.decode()
    client.force_login(editor)
    html = client.get(page(review)).content.decode()
    assert 'value="approve"' in html and 'value="return"' in html
    client.post(page(review), form_data(review, _action="approve"))
    review = refresh(review)
    assert (review.state, review.second_reviewer) == ("approved", editor)
    client.post(page(review), form_data(review, _action="publish"))
    assert refresh(review).state == "published"


def test_the_reviewer_takes_a_review_back_from_the_admin(client, reviewer, editor, review, rating_false):
    review = bring_to("needs_second_review", review, reviewer=reviewer, editor=editor, rating=rating_false)
    client.force_login(editor)
    assert 'value="recall"' not in client.get(page(review)).content.decode()
    client.force_login(reviewer)
    assert 'value="recall"' in client.get(page(review)).content.decode()
    changelist = reverse("admin:factcheck_claim_changelist")
    choices = dict(client.get(changelist).context["action_form"].fields["action"].choices)
    assert choices["recall"] == "Take back"
    client.post(changelist, {"action": "recall", "_selected_action": [review.claim_id]})
    assert refresh(review).state == "in_progress"


def test_return_needs_a_comment_as_reason(client, reviewer, editor, review, rating_false):
    review = bring_to("needs_second_review", review, reviewer=reviewer, editor=editor, rating=rating_false)
    client.force_login(editor)
    response = client.post(page(review), form_data(review, _action="return"), follow=True)
    assert "A comment saying what to change is required" in response.content.decode()
    client.post(page(review), form_data(refresh(review), _action="return", comment="Cite the UN."))
    assert refresh(review).state == "in_progress"
    assert Comment.objects.get(kind="return").body == "Cite the UN."


def test_review_history_page_shows_who_changed_what(client, reviewer, editor, review, rating_false):
    review = bring_to("approved", review, reviewer=reviewer, editor=editor, rating=rating_false)
    client.force_login(editor)
    response = client.get(reverse("admin:annotations_review_history", args=[review.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sent to second review" in html and "Approved" in html
    assert "edna" in html and "rita" in html
    record = review.history.order_by("history_date").first()
    url = reverse("admin:annotations_review_simple_history", args=[review.pk, record.history_id])
    assert client.post(url, {}).status_code == 403  # no reverting around the workflow


def test_evidence_history_is_visible(client, reviewer, review):
    review = services.review_assign(review=review, by=reviewer)
    evidence = services.evidence_add(review=review, by=reviewer, url="https://example.org/a")
    services.evidence_update(evidence=evidence, by=reviewer, title="Census")
    client.force_login(reviewer)
    response = client.get(reverse("admin:annotations_evidence_history", args=[evidence.pk]))
    assert response.status_code == 200
    assert "Census" in response.content.decode()


def test_next_unreviewed_claim_is_one_click_away(client, reviewer, review):
    from tests.factories import ClaimFactory

    nxt = ClaimFactory(checkworthiness=0.8)
    ClaimFactory(checkworthiness=0.1)
    client.force_login(reviewer)
    html = client.get(page(review)).content.decode()
    assert reverse("admin:factcheck_claim_review", args=[nxt.pk]) in html
    response = client.get(reverse("admin:factcheck_claim_next"))
    assert response.status_code == 302


def test_hostile_article_text_is_escaped_on_the_review_page(client, reviewer):
    from tests.factories import ArticleFactory, ClaimFactory

    body = "Intro <img src=x onerror=alert(1)>.\n\n<script>alert(2)</script> 5 killed."
    text = "<script>alert(2)</script> 5 killed."
    start = body.index(text)
    claim = ClaimFactory(article=ArticleFactory(body=body), text=text, start=start, end=start + len(text))
    review = services.review_get_or_create(claim=claim)
    client.force_login(reviewer)
    html = client.get(page(review)).content.decode()
    assert "<script>alert(2)</script>" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "<img src=x" not in html


def test_writing_on_a_free_claim_takes_it_as_in_the_workspace(client, reviewer, review, rating_false):
    """The admin follows the one rule of every surface: the first edit of a free claim assigns it."""
    client.force_login(reviewer)
    assert "Review (read-only)" not in client.get(page(review)).content.decode()
    data = form_data(review, verdict=rating_false.pk, rationale="The census says otherwise.")
    data.update(
        {
            "evidence-TOTAL_FORMS": 1,
            "evidence-0-url": "https://example.org/census",
            "evidence-0-accessed_on": "2026-12-01",
            "evidence-0-stance": "contradicts",
        }
    )
    response = client.post(page(review), data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    review.refresh_from_db()
    assert (review.state, review.assignee, review.verdict) == ("in_progress", reviewer, rating_false)
    assert review.evidence.get().url == "https://example.org/census"


def test_someone_elses_claim_stays_read_only_in_the_admin(client, reviewer, other_reviewer, review):
    services.review_assign(review=review, by=other_reviewer)
    client.force_login(reviewer)
    assert "Review (read-only)" in client.get(page(review)).content.decode()
