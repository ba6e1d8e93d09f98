"""The queue's multi-select (one step for many claims, each on its own), its filters, sorts and order."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from annotations import services
from annotations.exceptions import PermissionDenied
from annotations.models import Rating, Review, ReviewState
from tests.factories import ArticleFactory, ClaimFactory
from tests.workspace.conftest import article_with_claims

S = ReviewState


def _queue_ids(client, **params) -> list[int]:
    return [claim.pk for claim in client.get(reverse("workspace:queue"), params).context["page"].object_list]


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def _triage(client, data) -> list[str]:
    """Post the queue's multi-select and read what the queue then says (which uses the messages up)."""
    response = client.post(reverse("workspace:triage"), data, follow=True)
    assert response.status_code == 200
    return [str(m) for m in response.context["messages"]]


def test_an_editor_assigns_twenty_claims_at_once_and_is_told_what_was_refused(
    client, editor, reviewer, other_reviewer
):
    article = article_with_claims(22)
    claims = list(article.claims.order_by("index"))
    taken = claims[0]
    services.review_assign(review=services.review_get_or_create(claim=taken), by=other_reviewer)
    services.review_dismiss(
        review=Review.objects.get(claim=taken), by=other_reviewer, reason="Opinion, not a fact."
    )
    client.force_login(editor)
    page = client.get(reverse("workspace:queue"), {"state": "all"}).content.decode()
    assert 'name="claims"' in page and 'value="give"' in page and "Apply to ticked" in page
    ticked = [c.pk for c in claims[:21]]  # twenty free ones and the dismissed one
    response = client.post(
        reverse("workspace:triage"),
        {"claims": ticked, "action": "give", "assignee": reviewer.pk, "back": "state=all&category="},
    )
    assert response.status_code == 302 and response["Location"] == "/review/?state=all&category="
    said = _messages(response)
    assert said[0] == "20 claims assigned to Rita Reviewer."
    assert len(said) == 2 and said[1].startswith("Not done for ")
    assert Review.objects.filter(assignee=reviewer, state=S.IN_PROGRESS).count() == 20
    assert Review.objects.get(claim=taken).state == S.NOT_CHECKABLE


def test_a_reviewer_takes_and_dismisses_several_claims_with_one_reason(client, reviewer):
    claims = list(article_with_claims(4).claims.order_by("index"))
    client.force_login(reviewer)
    page = client.get(reverse("workspace:queue")).content.decode()
    assert 'value="give"' not in page  # giving claims to others is for editors
    taken = _triage(client, {"claims": [claims[0].pk, claims[1].pk], "action": "assign"})
    assert taken == ["2 claims assigned to you."]
    assert set(Review.objects.filter(assignee=reviewer).values_list("claim_id", flat=True)) == {
        claims[0].pk,
        claims[1].pk,
    }
    refused = _triage(client, {"claims": [claims[2].pk], "action": "dismiss"})
    assert refused[0].startswith("Not done for ")  # a dismissal needs its reason
    dismissed = _triage(
        client, {"claims": [claims[2].pk, claims[3].pk], "action": "dismiss", "reason": "Predictions."}
    )
    assert dismissed == ["2 claims dismissed as not checkable."]
    assert set(Review.objects.filter(state=S.NOT_CHECKABLE).values_list("dismissal_reason", flat=True)) == {
        "Predictions."
    }


def test_triage_refuses_what_the_role_does_not_allow_and_bad_selections(client, reviewer, editor):
    claim = article_with_claims(1).claims.get()
    client.force_login(reviewer)
    for data, said in (
        ({"claims": [claim.pk], "action": "give", "assignee": editor.pk}, "Select a valid choice."),
        ({"claims": [claim.pk], "action": "publish"}, "Select a valid choice."),  # one at a time, asked
        ({"claims": ["x"], "action": "assign"}, "Tick at least one claim."),
        ({"claims": list(range(1, 502)), "action": "assign"}, "At most 500 claims at once."),
    ):
        assert any(said in m for m in _triage(client, data)), data
    assert not Review.objects.exists()
    assert client.get(reverse("workspace:triage")).status_code == 405


def test_the_editors_queue_puts_claims_waiting_for_second_review_first(client, reviewer, editor):
    rating = Rating.objects.filter(scale__is_default=True).first()
    claims = list(article_with_claims(3).claims.order_by("index"))
    low = claims[2]
    review = services.review_assign(review=services.review_get_or_create(claim=low), by=reviewer)
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, verdict=rating, rationale="Because."
    )
    services.review_submit_for_second_review(review=review, by=reviewer)
    client.force_login(editor)
    order = _queue_ids(client, state="all")
    assert order[0] == low.pk
    page = client.get(reverse("workspace:queue"), {"state": "all"}).content.decode()
    assert "Every claim: those waiting for second review first, then yours" in page
    sorted_page = client.get(reverse("workspace:queue"), {"sort": "newest"}).content.decode()
    assert "Sorted by newest imported first." in sorted_page
    assert (
        _queue_ids(client, state="all", sort="score_asc")[0]
        == min(claims, key=lambda c: c.checkworthiness).pk
    )


def test_queue_filters_by_assignee_import_date_source_and_language(client, reviewer, other_reviewer):
    reuters = ArticleFactory(source_name="Reuters", language="en")
    dpa = ArticleFactory(source_name="dpa", source_url="https://dpa.example.de/x", language="de")
    mine = ClaimFactory(article=reuters, index=0, text="Mine.")
    theirs = ClaimFactory(article=reuters, index=1, text="Theirs.")
    german = ClaimFactory(article=dpa, index=0, text="Deutsch.")
    old = ClaimFactory(article=dpa, index=1, text="Old.")
    type(old).objects.filter(pk=old.pk).update(created_at=old.created_at - datetime.timedelta(days=30))
    old.refresh_from_db()
    services.review_assign(review=services.review_get_or_create(claim=mine), by=reviewer)
    services.review_assign(review=services.review_get_or_create(claim=theirs), by=other_reviewer)
    client.force_login(reviewer)
    assert _queue_ids(client, state="all", assignee="me") == [mine.pk]
    assert _queue_ids(client, state="all", assignee=str(other_reviewer.pk)) == [theirs.pk]
    assert set(_queue_ids(client, state="all", assignee="none")) == {german.pk, old.pk}
    assert set(_queue_ids(client, state="all", language="DE")) == {german.pk, old.pk}
    assert set(_queue_ids(client, state="all", source="dpa.example")) == {german.pk, old.pk}
    since = (old.created_at + datetime.timedelta(days=1)).date().isoformat()
    assert old.pk not in _queue_ids(client, state="all", imported_from=since)
    assert _queue_ids(client, state="all", imported_to=(old.created_at.date()).isoformat()) == [old.pk]
    # Bad values are dropped, not a failed page.
    bad = client.get(
        reverse("workspace:queue"), {"assignee": "x", "imported_from": "soon", "language": "<b>"}
    )
    assert bad.status_code == 200


def test_priorities_come_from_the_score_unless_the_desk_sets_one(client, editor, reviewer):
    from factcheck.extraction.types import PRIORITY_CUTOFFS, Priority

    article = ArticleFactory()
    high = ClaimFactory(
        article=article, index=0, text="High.", checkworthiness=PRIORITY_CUTOFFS[Priority.HIGH]
    )
    medium = ClaimFactory(article=article, index=1, text="Medium.", checkworthiness=0.5)
    low = ClaimFactory(article=article, index=2, text="Low.", checkworthiness=0.2, is_claim=True)
    client.force_login(editor)
    assert _queue_ids(client, state="all", priority="high") == [high.pk]
    assert _queue_ids(client, state="all", priority="medium") == [medium.pk]
    assert _queue_ids(client, state="all", priority="low") == [low.pk]
    page = client.get(reverse("workspace:queue"), {"state": "all"}).content.decode()
    assert 'class="prio prio-high"' in page and 'class="prio prio-low"' in page

    # The editor makes the low claim high: it leads the queue (after second reviews and their own claims)
    # and filters as high; "from the score" gives it back.
    said = _triage(client, {"claims": [low.pk], "action": "prioritise", "priority": "high"})
    assert said == ["1 claim set to high priority."]
    assert Review.objects.get(claim=low).priority == "high"
    assert _queue_ids(client, state="all")[0] == low.pk
    assert set(_queue_ids(client, state="all", priority="high")) == {high.pk, low.pk}
    assert _triage(client, {"claims": [low.pk], "action": "prioritise", "priority": ""}) == [
        "1 claim given back their priority from the score."
    ]
    assert _queue_ids(client, state="all", priority="low") == [low.pk]

    # Reviewers do not set priorities.
    client.force_login(reviewer)
    assert "Select a valid choice." in _triage(client, {"claims": [low.pk], "action": "prioritise"})[0]
    with pytest.raises(PermissionDenied):
        services.review_prioritise(review=Review.objects.get(claim=low), by=reviewer, priority="high")


def test_each_sentence_has_a_priority_tier_in_the_extractors_output():
    from factcheck.extraction import extract
    from factcheck.extraction.types import PRIORITY_CUTOFFS, Priority, priority_for

    assert priority_for(PRIORITY_CUTOFFS[Priority.HIGH]) is Priority.HIGH
    assert priority_for(PRIORITY_CUTOFFS[Priority.HIGH] - 0.001) is Priority.MEDIUM
    assert priority_for(PRIORITY_CUTOFFS[Priority.MEDIUM] - 0.001) is Priority.LOW
    (first, second) = extract("About 250,000 people live under siege, the UN said. I like tea.")
    assert first.to_dict()["priority"] == first.priority.value == priority_for(first.checkworthiness).value
    assert first.priority is Priority.HIGH and second.priority is Priority.LOW
