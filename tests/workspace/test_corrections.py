"""The workspace's corrections of claims: every operation, its undo, refusals and bad input.

Each view calls ``annotations.corrections``; these tests check what the reviewer sees (the panel, the
article drawn again, messages without JavaScript) and what the database holds after each step.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations import corrections, services
from annotations.models import Review, ReviewState, claim_priority
from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import write_article
from factcheck.models import Claim, Layer, Origin, Quantity
from tests.corrections.conftest import TEXT
from tests.factories import UserFactory

HX = {"HTTP_HX_REQUEST": "true"}
S = ReviewState


@pytest.fixture
def rating_half_true(db):
    from annotations.models import Rating

    return Rating.objects.get(scale__is_default=True, slug="half-true")


@pytest.fixture
def rita(client, reviewer) -> Client:
    client.force_login(reviewer)
    return client


def span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def url(name: str, *args) -> str:
    return reverse(f"workspace:{name}", args=args)


def fresh(claim: Claim) -> Claim:
    return Claim.objects.get(pk=claim.pk)


def texts(article) -> list[str]:
    return list(article.claims.order_by("index").values_list("text", flat=True))


def undo(client: Client, article, **extra):
    return client.post(url("correction-undo", article.pk), extra, **HX)


# --- adding a claim ------------------------------------------------------------------------------


def test_a_selection_becomes_a_claim_and_the_article_is_drawn_again(rita, article, claims):
    start, end = span("rebels seized more than 20 villages")
    data = {"start": start, "end": end, "quote": "rebels seized more than 20 villages"}
    response = rita.post(url("claim-add", article.pk), data, **HX)

    assert response.status_code == 200
    added = Claim.objects.get(origin=Origin.ADDED)
    assert (added.start, added.end, added.text) == (start, end, "rebels seized more than 20 villages")
    assert [q.surface for q in added.quantities.all()] == ["more than 20 villages"]
    assert (response["HX-Retarget"], response["HX-Reswap"]) == ("#panel", "innerHTML")
    assert response["HX-Replace-Url"] == url("reader", article.pk) + f"?claim={added.pk}"
    html = response.content.decode()
    assert f'data-claim="{added.pk}"' in html and "Added by a reviewer" in html
    assert f"Claim #{added.pk} added" in html
    # the sentence around it is drawn in two pieces, the added claim between them
    body = re.search(
        r'<div class="article-body" id="article-body" hx-swap-oob="true">(.*?)</div>\s*<div', html, re.S
    )
    assert body, "the article comes out of band"
    sentence = claims[1]
    assert f'id="claim-{sentence.pk}"' in body.group(1) and f'id="claim-{sentence.pk}-2"' in body.group(1)
    assert re.search(rf'id="claim-{added.pk}" class="[^"]*origin-added[^"]*overlap', body.group(1))
    assert "Undo" in html and f"adding claim #{added.pk}" in html


def test_typed_words_become_a_claim_without_javascript(rita, article):
    response = rita.post(url("claim-add", article.pk), {"quote": "Aid  trucks reached\nthe area"})
    added = Claim.objects.get(origin=Origin.ADDED)
    assert added.text == "Aid trucks reached the area"
    assert response.status_code == 302
    assert response["Location"] == url("reader", article.pk) + f"?claim={added.pk}"
    page = rita.get(response["Location"]).content.decode()
    assert f"Claim #{added.pk} added" in page
    tier = f"tier-{claim_priority(checkworthiness=added.checkworthiness)}"
    classes = f"claim st-unreviewed cat-aid worthy {tier} origin-added overlap current"
    assert f'id="claim-{added.pk}" class="{classes}"' in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"quote": "rebels burned the city"}, "is not in the article"),
        ({"quote": "the"}, "appears 3 times in the article"),
        ({}, "Select the claim&#x27;s words in the article"),
        ({"start": 10}, "A span needs both a start and an end"),
        ({"start": 0, "end": 10, "quote": "Aid trucks"}, "does not match the article"),
        ({"start": 40, "end": 40}, "empty or reversed"),
        ({"start": 0, "end": 99999}, "outside the article"),
    ],
)
def test_bad_spans_are_refused_and_nothing_is_added(rita, article, claims, data, message):
    response = rita.post(url("claim-add", article.pk), data, **HX)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "Not added" in response.content.decode()
    assert not Claim.objects.filter(origin=Origin.ADDED).exists()


def test_adding_the_exact_span_of_a_claim_is_refused(rita, article, claims):
    first = claims[0]
    response = rita.post(url("claim-add", article.pk), {"start": first.start, "end": first.end}, **HX)
    assert response.status_code == 400
    assert f"Claim #{first.pk} already covers" in response.content.decode()


def test_an_error_without_javascript_is_a_message_on_the_reader(rita, article, claims):
    response = rita.post(
        url("claim-add", article.pk), {"quote": "nowhere to be found", "current": claims[0].pk}
    )
    assert response.status_code == 302 and response["Location"].endswith(f"?claim={claims[0].pk}")
    assert "is not in the article" in rita.get(response["Location"]).content.decode()


def test_people_without_the_correct_role_cannot_add_and_see_no_control(client, article, claims):
    viewer = UserFactory(username="vera", is_staff=True)
    viewer.user_permissions.add(
        Permission.objects.get(codename="view_claim", content_type__app_label="factcheck")
    )
    client.force_login(viewer)
    page = client.get(url("reader", article.pk) + f"?claim={claims[0].pk}").content.decode()
    assert "add-claim-form" not in page and "claim-tools" not in page and 'data-correct="' not in page
    start, end = span("Aid trucks")
    response = client.post(url("claim-add", article.pk), {"start": start, "end": end}, **HX)
    assert response.status_code == 403
    assert "Your role does not allow you to correct claims" in response.content.decode()
    assert not Claim.objects.filter(origin=Origin.ADDED).exists()


def test_outsiders_and_anonymous_users_are_refused(client, outsider, article, claims):
    assert client.post(url("claim-add", article.pk), {"quote": "Aid trucks"}).status_code == 302
    client.force_login(outsider)
    assert client.post(url("claim-add", article.pk), {"quote": "Aid trucks"}, **HX).status_code == 403
    assert client.post(url("claim-split", claims[0].pk), {"before": "were"}, **HX).status_code == 403
    assert article.claims.count() == len(claims)


def test_corrections_need_post_and_the_csrf_token(reviewer, article, claims):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.get(url("claim-add", article.pk)).status_code == 405
    assert client.post(url("claim-add", article.pk), {"quote": "Aid trucks"}, **HX).status_code == 403
    assert client.post(url("claim-correct", claims[0].pk, "flag"), {"not_a_claim": "1"}).status_code == 403
    assert not Claim.objects.filter(origin=Origin.ADDED).exists()
    assert not fresh(claims[0]).not_a_claim


# --- boundaries ----------------------------------------------------------------------------------


def test_moving_each_end_by_a_word(rita, claims):
    claim = claims[0]  # "Officials said 250,000 people … of the city."
    move = url("claim-correct", claim.pk, "span")
    response = rita.post(move, {"move": "start-right", "claim_version": 1}, **HX)
    assert response.status_code == 200 and "Boundaries changed." in response.content.decode()
    assert fresh(claim).text.startswith("said 250,000 people")
    rita.post(move, {"move": "end-left", "claim_version": 2}, **HX)
    assert fresh(claim).text == "said 250,000 people were living under siege in the east of the"
    rita.post(move, {"move": "end-right", "claim_version": 3}, **HX)
    rita.post(move, {"move": "start-left", "claim_version": 4}, **HX)
    claim = fresh(claim)
    assert claim.text == "Officials said 250,000 people were living under siege in the east of the city."
    assert claim.version == 5 and Layer.SPAN in claim.corrected and claim.origin == Origin.CORRECTED
    # past the article's ends, or down to nothing, is refused
    response = rita.post(move, {"move": "start-left", "claim_version": 5}, **HX)
    assert (
        response.status_code == 400 and "already starts where the article starts" in response.content.decode()
    )
    last = Claim.objects.filter(article=claim.article).order_by("-index").first()
    response = rita.post(url("claim-correct", last.pk, "span"), {"move": "end-right"}, **HX)
    assert response.status_code == 400 and "already ends where the article ends" in response.content.decode()


def test_a_one_word_claim_cannot_shrink(rita, reviewer, article):
    start, end = span("Tuesday.")
    claim = corrections.claim_add(article=article, start=start, end=end, by=reviewer)
    response = rita.post(url("claim-correct", claim.pk, "span"), {"move": "end-left"}, **HX)
    assert response.status_code == 400 and "keeps at least one word" in response.content.decode()
    assert fresh(claim).text == "Tuesday."


def test_a_stale_correction_is_a_conflict_and_changes_nothing(rita, editor, claims):
    claim = claims[0]
    corrections.claim_update(claim=claim, by=editor, category="population")
    response = rita.post(
        url("claim-correct", claim.pk, "span"), {"move": "end-left", "claim_version": 1}, **HX
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "Someone else corrected this claim" in html and "Edna" in html and "Category" in html
    claim = fresh(claim)
    assert claim.text.endswith("of the city.") and claim.version == 2


def test_a_move_without_a_direction_is_bad_input(rita, claims):
    response = rita.post(url("claim-correct", claims[0].pk, "span"), {"move": "sideways"}, **HX)
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()
    response = rita.post(url("claim-correct", claims[0].pk, "colour"), {}, **HX)
    assert response.status_code == 404
    assert fresh(claims[0]).version == 1


# --- category, speaker, not a claim, the flag ----------------------------------------------------


def test_category_from_the_menu(rita, claims):
    claim = claims[0]
    response = rita.post(url("claim-correct", claim.pk, "category"), {"category": "displacement"}, **HX)
    assert "Category set to Displacement." in response.content.decode()
    claim = fresh(claim)
    assert claim.category == "displacement" and claim.corrected == [Layer.CATEGORY]
    response = rita.post(url("claim-correct", claim.pk, "category"), {"category": "weather"}, **HX)
    assert response.status_code == 400
    assert fresh(claim).category == "displacement"


def test_speaker_typed_picked_from_the_text_and_removed(rita, claims):
    claim = claims[1]
    correct = url("claim-correct", claim.pk, "speaker")
    response = rita.post(
        correct, {"speaker_name": "Ministry of Labour", "speaker_type": "organization"}, **HX
    )
    assert "Speaker set to Ministry of Labour." in response.content.decode()
    claim = fresh(claim)
    assert (claim.speaker, claim.speaker_type, claim.speaker_start) == (
        "Ministry of Labour",
        "organization",
        None,
    )

    start, end = span("Jane Doe")
    rita.post(correct, {"speaker_start": start + 1, "speaker_end": end - 1, "speaker_type": ""}, **HX)
    claim = fresh(claim)
    assert (claim.speaker, claim.speaker_type, claim.speaker_start, claim.speaker_end) == (
        "Jane Doe",
        "person",
        start,
        end,
    )
    html = rita.get(url("panel", claim.pk), **HX).content.decode()
    assert '<span class="speaker-name" id="panel-speaker">Jane Doe</span>' in html and "· person" in html

    rita.post(correct, {"speaker_name": "Jane Doe", "clear": "on"}, **HX)
    assert fresh(claim).speaker == ""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"speaker_name": "  "}, "Type the speaker&#x27;s name"),
        ({"speaker_name": "X", "speaker_type": "robot"}, "Select a valid choice"),
        ({"speaker_start": 5}, "Type the speaker&#x27;s name"),
        ({"speaker_start": 5, "speaker_end": 99999}, "outside the article"),
    ],
)
def test_bad_speakers_are_refused(rita, claims, data, message):
    response = rita.post(url("claim-correct", claims[1].pk, "speaker"), data, **HX)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert fresh(claims[1]).version == 1


def test_not_a_claim_leaves_the_queue_and_is_struck_through_in_the_reader(rita, article, claims):
    claim = claims[0]
    queue = rita.get(url("queue"), {"state": "all", "everything": "on"})
    assert claim.pk in [row.pk for row in queue.context["page"].object_list]
    response = rita.post(
        url("claim-correct", claim.pk, "flag"), {"not_a_claim": "1", "claim_version": 1}, **HX
    )
    html = response.content.decode()
    assert "Marked not a claim" in html and 'aria-pressed="true"' in html
    assert re.search(rf'id="claim-{claim.pk}" class="[^"]*not-claim', html)
    assert fresh(claim).not_a_claim
    for params in ({}, {"state": "all"}, {"state": "all", "everything": "on"}, {"q": "Officials"}):
        assert claim.pk not in [row.pk for row in rita.get(url("queue"), params).context["page"].object_list]
    reader = rita.get(url("reader", article.pk))
    link = re.search(rf'<a id="claim-{claim.pk}" class="[^"]*not-claim[^"]*"[^>]*>', reader.content.decode())
    assert link and "data-nav" not in link.group(), "j and k pass it by"
    assert reader.context["navigable_count"] == sum(1 for c in claims if c.is_claim) - 1
    # and back
    rita.post(url("claim-correct", claim.pk, "flag"), {"not_a_claim": "0"}, **HX)
    assert not fresh(claim).not_a_claim
    assert claim.pk in [
        row.pk for row in rita.get(url("queue"), {"state": "all"}).context["page"].object_list
    ]


def test_not_a_claim_is_refused_while_a_review_is_under_way(rita, reviewer, claims):
    claim = claims[0]
    services.review_assign(review=services.review_get_or_create(claim=claim), by=reviewer)
    response = rita.post(url("claim-correct", claim.pk, "flag"), {"not_a_claim": "1"}, **HX)
    assert response.status_code == 400
    assert "dismiss it as not checkable first" in response.content.decode()
    assert not fresh(claim).not_a_claim


def test_the_flag_is_shown_and_looked_at_clears_it(rita, claims):
    claim = claims[0]
    Claim.objects.filter(pk=claim.pk).update(attention="The re-extraction moved its end.")
    html = rita.get(url("panel", claim.pk), **HX).content.decode()
    assert (
        "Look again:</strong> The re-extraction moved its end." in html and 'data-correct="looked-at"' in html
    )
    response = rita.post(url("claim-correct", claim.pk, "looked-at"), {"claim_version": 1}, **HX)
    assert "Marked as looked at." in response.content.decode()
    assert fresh(claim).attention == ""
    assert 'data-correct="looked-at"' not in response.content.decode()
    # undo puts the flag back
    undo(rita, claim.article)
    assert fresh(claim).attention == "The re-extraction moved its end."


# --- split, merge, remove ------------------------------------------------------------------------


def test_split_before_typed_words_and_at_an_offset(rita, article, claims):
    claim = claims[1]
    response = rita.post(url("claim-split", claim.pk), {"before": "rebels seized", "claim_version": 1}, **HX)
    assert response.status_code == 200
    first = fresh(claim)
    second = Claim.objects.get(article=article, start=TEXT.index("rebels"))
    assert first.text == "The labour minister, Jane Doe, said"
    assert second.text == "rebels seized more than 20 villages and 3 towns."
    assert f"claim #{second.pk} holds" in response.content.decode()
    assert response["HX-Replace-Url"].endswith(f"?claim={first.pk}")

    at = TEXT.index("Jane") + 2  # inside a word: moved to its start
    rita.post(url("claim-split", first.pk), {"at": at, "claim_version": first.version}, **HX)
    assert fresh(first).text == "The labour minister,"
    assert len(texts(article)) == len(claims) + 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"before": "Officials"}, "is not in the claim"),
        ({"before": "The labour"}, "leaves a part empty"),
        ({}, "Type the words the second part starts with"),
        ({"at": 0}, "leaves a part empty"),
    ],
)
def test_bad_splits_are_refused(rita, claims, data, message):
    response = rita.post(url("claim-split", claims[1].pk), data, **HX)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert fresh(claims[1]).version == 1


def test_merge_with_the_next_claim(rita, article, claims):
    first, second = claims[1], claims[2]
    html = rita.get(url("panel", first.pk), **HX).content.decode()
    assert f'name="other" value="{second.pk}"' in html
    response = rita.post(url("claim-merge", first.pk), {"other": second.pk}, **HX)
    assert response.status_code == 200
    merged = fresh(first)
    assert merged.text == TEXT[first.start : second.end]
    assert not Claim.objects.filter(pk=second.pk).exists()
    assert f"claim #{second.pk} is now part of this one" in response.content.decode()


def test_merge_refusals(rita, reviewer, editor, rating_half_true, claims):
    first, second, third = claims[0], claims[1], claims[2]
    response = rita.post(url("claim-merge", first.pk), {"other": third.pk}, **HX)
    assert response.status_code == 400 and "Only adjacent claims" in response.content.decode()
    response = rita.post(url("claim-merge", first.pk), {"other": 999999}, **HX)
    assert response.status_code == 400 and "no longer exists" in response.content.decode()
    response = rita.post(url("claim-merge", first.pk), {}, **HX)
    assert response.status_code == 400
    for claim in (first, second):
        services.review_assign(review=services.review_get_or_create(claim=claim), by=reviewer)
    response = rita.post(url("claim-merge", first.pk), {"other": second.pk}, **HX)
    assert response.status_code == 400 and "both have reviews" in response.content.decode()
    assert Claim.objects.filter(pk=second.pk).exists()


def test_only_added_claims_can_be_removed(rita, reviewer, article, claims):
    html = rita.get(url("panel", claims[0].pk), **HX).content.decode()
    assert 'data-correct="remove"' not in html
    response = rita.post(url("claim-remove", claims[0].pk), {}, **HX)
    assert response.status_code == 400 and "mark an extracted one as not a claim" in response.content.decode()
    start, end = span("Aid trucks reached the area")
    added = corrections.claim_add(article=article, start=start, end=end, by=reviewer)
    assert 'data-correct="remove"' in rita.get(url("panel", added.pk), **HX).content.decode()
    response = rita.post(url("claim-remove", added.pk), {}, **HX)
    assert response.status_code == 200
    assert not Claim.objects.filter(pk=added.pk).exists()
    html = response.content.decode()
    assert "Pick a claim" in html and f"Claim #{added.pk} removed." in html
    assert response["HX-Replace-Url"] == url("reader", article.pk)


# --- figures -------------------------------------------------------------------------------------


def test_a_figure_from_words_of_the_claim_reads_its_values(rita, claims):
    claim = claims[1]
    data = {"quote": "3 towns", "value": "", "qualifier": "", "category": "", "kind": ""}
    response = rita.post(url("figure-add", claim.pk), data, **HX)
    assert response.status_code == 200, response.content.decode()
    assert "Figure “3 towns” added." in response.content.decode()


def test_figures_added_edited_and_removed(rita, claims):
    claim = claims[0]
    start, end = span("the east")
    response = rita.post(
        url("figure-add", claim.pk),
        {"start": start, "end": end, "quote": "the east", "value": "1", "unit": "region", "kind": "measure"},
        **HX,
    )
    assert response.status_code == 200
    added = Quantity.objects.get(claim=claim, origin=Origin.ADDED)
    assert (added.surface, added.value, added.unit, added.kind) == ("the east", 1.0, "region", "measure")
    assert Layer.FIGURES in fresh(claim).corrected

    machine = Quantity.objects.get(claim=claim, surface="250,000 people")
    html = rita.get(url("panel", claim.pk), **HX).content.decode()
    assert f'id="fig-{machine.pk}-value" name="value" inputmode="decimal" value="250000"' in html
    data = {
        "value": "260,000",
        "low": "",
        "high": "",
        "unit": "people",
        "qualifier": "approximate",
        "category": "population",
        "kind": "cardinal",
    }
    response = rita.post(url("figure-edit", claim.pk, machine.pk), data, **HX)
    assert "Figure “250,000 people” saved." in response.content.decode()
    machine.refresh_from_db()
    assert (machine.value, machine.qualifier, machine.origin) == (260000.0, "approximate", Origin.CORRECTED)

    response = rita.post(url("figure-edit", claim.pk, machine.pk), data, **HX)
    assert "Nothing changed." in response.content.decode()

    response = rita.post(url("figure-remove", claim.pk, added.pk), {}, **HX)
    assert response.status_code == 200
    assert not Quantity.objects.filter(pk=added.pk).exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"value": "lots"}, "The value must be a number"),
        ({"value": "", "low": "", "high": ""}, "A figure needs a value"),
        ({"low": "10", "high": "5"}, "is above the upper bound"),
        ({"kind": "colour"}, "Select a valid choice"),
    ],
)
def test_bad_figure_values_are_refused(rita, claims, data, message):
    claim = claims[0]
    figure = Quantity.objects.get(claim=claim)
    response = rita.post(url("figure-edit", claim.pk, figure.pk), data, **HX)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Quantity.objects.get(pk=figure.pk).value == 250000.0
    assert (
        f'<details class="fig-chip origin-machine" id="figure-{figure.pk}" open>' in response.content.decode()
    )


def test_a_new_figure_outside_the_claim_or_without_a_number_is_refused(rita, claims):
    claim = claims[0]
    start, end = span("Jane Doe")
    response = rita.post(url("figure-add", claim.pk), {"start": start, "end": end, "value": "1"}, **HX)
    assert response.status_code == 400 and "outside the claim" in response.content.decode()
    response = rita.post(url("figure-add", claim.pk), {"quote": "the city"}, **HX)
    assert response.status_code == 400 and "A figure needs a value" in response.content.decode()
    # the words typed stay in the form, opened
    assert 'value="the city"' in response.content.decode()
    assert '<details class="fig-add" id="figure-add" open>' in response.content.decode()
    assert Quantity.objects.filter(claim=claim).count() == 1


def test_a_figure_of_another_claim_is_not_found(rita, claims):
    figure = Quantity.objects.get(claim=claims[0])
    assert rita.post(url("figure-edit", claims[1].pk, figure.pk), {"value": "1"}, **HX).status_code == 404
    assert rita.post(url("figure-remove", claims[1].pk, figure.pk), {}, **HX).status_code == 404


# --- who may correct when ------------------------------------------------------------------------


def test_a_claim_someone_else_has_is_read_only_for_a_reviewer(client, reviewer, other_reviewer, claims):
    claim = claims[0]
    services.review_assign(review=services.review_get_or_create(claim=claim), by=other_reviewer)
    client.force_login(reviewer)
    html = client.get(url("panel", claim.pk), **HX).content.decode()
    assert 'data-correct="' not in html and "category-menu" not in html
    assert "This claim is assigned to Oscar Other." in html  # why the tools are missing
    response = client.post(url("claim-correct", claim.pk, "category"), {"category": "aid"}, **HX)
    assert response.status_code == 403
    assert fresh(claim).category != "aid"


def test_a_claim_sent_to_second_review_changes_only_through_the_workflow(
    client, reviewer, editor, rating_half_true, claims
):
    claim = claims[0]
    review = services.review_assign(review=services.review_get_or_create(claim=claim), by=reviewer)
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, verdict=rating_half_true, rationale="x"
    )
    services.review_submit_for_second_review(review=review, by=reviewer)
    client.force_login(editor)
    html = client.get(url("panel", claim.pk), **HX).content.decode()
    assert 'data-correct="' not in html
    assert "Cannot correct the claim: the review is needs second review." in html
    response = client.post(url("claim-split", claim.pk), {"before": "were living"}, **HX)
    assert response.status_code == 409  # the review's state refuses it (shown in the panel, as a 400 was)
    assert Review.objects.get(claim=claim).state == S.NEEDS_SECOND_REVIEW
    assert fresh(claim).version == 1


# --- undo ----------------------------------------------------------------------------------------


def test_undo_each_correction_through_the_services(rita, article, claims):
    original = texts(article)
    sentence = claims[1]

    # add → removed again
    start, end = span("rebels seized more than 20 villages")
    rita.post(url("claim-add", article.pk), {"start": start, "end": end}, **HX)
    response = undo(rita, article)
    assert response.status_code == 200 and "removed again" in response.content.decode()
    assert texts(article) == original

    # split → one claim again
    rita.post(url("claim-split", sentence.pk), {"before": "rebels seized"}, **HX)
    assert len(texts(article)) == len(original) + 1
    html = rita.get(url("panel", sentence.pk), **HX).content.decode()
    assert f"Last correction: the split of claim #{sentence.pk}" in html
    undo(rita, article, current=sentence.pk)
    assert texts(article) == original

    # merge → apart again, at the old boundary
    nxt = claims[2]
    rita.post(url("claim-merge", sentence.pk), {"other": nxt.pk}, **HX)
    assert len(texts(article)) == len(original) - 1
    undo(rita, article)
    assert texts(article) == original

    # boundaries, category, speaker, not a claim → the previous values
    rita.post(url("claim-correct", sentence.pk, "span"), {"move": "end-left"}, **HX)
    undo(rita, article)
    assert fresh(sentence).text == TEXT[sentence.start : sentence.end]
    rita.post(url("claim-correct", sentence.pk, "category"), {"category": "money"}, **HX)
    undo(rita, article)
    assert fresh(sentence).category == sentence.category
    speaker = (sentence.speaker, sentence.speaker_start, sentence.speaker_type)
    rita.post(url("claim-correct", sentence.pk, "speaker"), {"speaker_name": "Someone"}, **HX)
    undo(rita, article)
    claim = fresh(sentence)
    assert (claim.speaker, claim.speaker_start, claim.speaker_type) == speaker
    rita.post(url("claim-correct", sentence.pk, "flag"), {"not_a_claim": "1"}, **HX)
    undo(rita, article)
    assert not fresh(sentence).not_a_claim

    # figures: an edit, an addition, a removal
    figure = Quantity.objects.filter(claim=sentence).order_by("start").first()
    value = figure.value
    rita.post(url("figure-edit", sentence.pk, figure.pk), {"value": "21"}, **HX)
    undo(rita, article)
    figure.refresh_from_db()
    assert figure.value == value
    rita.post(url("figure-add", sentence.pk), {"quote": "Jane Doe", "value": "1"}, **HX)
    undo(rita, article)
    assert not Quantity.objects.filter(claim=sentence, surface="Jane Doe").exists()
    count = sentence.quantities.count()
    rita.post(url("figure-remove", sentence.pk, figure.pk), {}, **HX)
    undo(rita, article)
    assert sentence.quantities.count() == count
    assert sentence.quantities.filter(surface=figure.surface, value=value).exists()

    # one step deep: nothing left to undo
    response = undo(rita, article, current=sentence.pk)
    assert response.status_code == 400 and "Nothing to undo" in response.content.decode()


def test_undo_of_removing_an_added_claim_adds_it_back(rita, reviewer, article):
    start, end = span("Aid trucks reached the area")
    added = corrections.claim_add(article=article, start=start, end=end, by=reviewer)
    rita.post(url("claim-remove", added.pk), {}, **HX)
    response = undo(rita, article)
    back = Claim.objects.get(origin=Origin.ADDED)
    assert (back.start, back.end) == (start, end)
    assert "the claim is back" in response.content.decode()


def test_undo_after_someone_else_changed_the_claim_is_a_conflict(rita, editor, article, claims):
    claim = claims[0]
    rita.post(url("claim-correct", claim.pk, "category"), {"category": "money"}, **HX)
    corrections.claim_update(claim=claim, by=editor, category="aid")
    response = undo(rita, article, current=claim.pk)
    assert response.status_code == 409 and "Edna" in response.content.decode()
    assert fresh(claim).category == "aid"


def test_undo_belongs_to_its_article_and_works_without_javascript(rita, article, claims):
    rita.post(url("claim-correct", claims[0].pk, "category"), {"category": "money"}, **HX)
    other = write_article(record_from_text("Another text. It says 40 people left.")).article
    assert undo(rita, other).status_code == 400
    assert "Last correction" not in rita.get(url("reader", other.pk)).content.decode()
    assert "Last correction" in rita.get(url("reader", article.pk)).content.decode()
    response = rita.post(url("correction-undo", article.pk), {"current": claims[0].pk})
    assert response.status_code == 302 and response["Location"].endswith(f"?claim={claims[0].pk}")
    assert fresh(claims[0]).category == claims[0].category


def test_without_javascript_a_correction_redirects_with_a_message(rita, claims):
    claim = claims[0]
    response = rita.post(url("claim-correct", claim.pk, "category"), {"category": "aid"})
    assert response.status_code == 302 and response["Location"].endswith(f"?claim={claim.pk}")
    page = rita.get(response["Location"]).content.decode()
    assert "Category set to Aid." in page
    response = rita.post(url("claim-correct", claim.pk, "category"), {"category": "aid", "claim_version": 1})
    assert "This claim was changed by" in rita.get(response["Location"]).content.decode()


# --- what the pages show -------------------------------------------------------------------------


def test_origin_badges_in_the_panel_and_the_queue(rita, reviewer, article, claims):
    corrections.claim_update(claim=claims[0], by=reviewer, speaker="The UN")
    start, end = span("rebels seized more than 20 villages")
    added = corrections.claim_add(article=article, start=start, end=end, by=reviewer)
    html = rita.get(url("panel", claims[0].pk), **HX).content.decode()
    assert 'id="panel-origin" title="Corrected: speaker">Corrected</span>' in html
    html = rita.get(url("panel", added.pk), **HX).content.decode()
    assert "Added by a reviewer</span>" in html
    queue = rita.get(url("queue"), {"state": "all"}).content.decode()
    assert 'title="Corrected: speaker">Corrected</span>' in queue and "Added by a reviewer" in queue


def test_the_shortcuts_dialog_lists_the_correction_keys(rita, article):
    html = rita.get(url("reader", article.pk)).content.decode()
    dialog = html[html.index('<dialog id="shortcuts"') : html.index("</dialog>")]
    for key in ("n", "{", "}", "[", "]", "b", "m", "x", "t", "p", "f", "l", "u"):
        assert f"<kbd>{key}</kbd>" in dialog, key
    assert "caret browsing" in dialog


# --- claims that overlap: the article drawn in pieces -------------------------------------------


class _ArticleText(HTMLParser):
    """The text of the article as the page's script counts it: the claims' descriptions left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.depth = 0  # inside a description: how many spans deep

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "span" and (self.depth or ("class", "tip-src") in attrs):
            self.depth += 1

    def handle_endtag(self, tag) -> None:
        if tag == "span" and self.depth:
            self.depth -= 1

    def handle_data(self, data) -> None:
        if not self.depth:
            self.text.append(data)


def _visible_text(html: str) -> str:
    parser = _ArticleText()
    parser.feed(html)
    return "".join(parser.text)


@pytest.mark.parametrize(
    "spans",
    [
        [("rebels seized more than 20 villages",)],  # inside a sentence
        [("The labour minister",)],  # at a sentence's start
        [("3 towns. Aid trucks reached",)],  # across two sentences
        [("rebels seized",), ("more than 20 villages and 3 towns. Aid",)],  # one inside, one across
    ],
)
def test_overlapping_claims_keep_the_text_once_and_in_order(rita, reviewer, article, claims, spans):
    for (words,) in spans:
        start, end = span(words)
        corrections.claim_add(article=article, start=start, end=end, by=reviewer)
    response = rita.get(url("reader", article.pk))
    html = str(response.context["article_html"])
    assert _visible_text(html) == TEXT
    for claim in article.claims.all():
        assert f'id="claim-{claim.pk}"' in html, "every claim has a link"
        assert html.count(f'id="tip-{claim.pk}"') == 1


def test_a_save_on_a_claim_drawn_in_pieces_draws_the_article_again(rita, reviewer, article, claims):
    start, end = span("rebels seized more than 20 villages")
    corrections.claim_add(article=article, start=start, end=end, by=reviewer)
    sentence = claims[1]
    response = rita.post(reverse("workspace:save", args=[sentence.pk]), {"rationale": "Checked."}, **HX)
    html = response.content.decode()
    assert '<div class="article-body" id="article-body" hx-swap-oob="true">' in html
    assert html.count(f'id="claim-{sentence.pk}"') == 1 and f'id="claim-{sentence.pk}-2"' in html
    # a claim on its own still gets only its own link
    response = rita.post(reverse("workspace:save", args=[claims[0].pk]), {"rationale": "Checked."}, **HX)
    html = response.content.decode()
    assert "article-body" not in html and f'id="claim-{claims[0].pk}"' in html


def test_a_claim_merged_away_meanwhile_is_said_to_be_gone(rita, reviewer, claims):
    gone = claims[2]
    corrections.claim_merge(claims=[claims[1], gone], by=reviewer)
    for path, data in [
        (url("claim-correct", gone.pk, "category"), {"category": "aid"}),
        (url("claim-split", gone.pk), {"before": "Tuesday"}),
        (url("figure-add", gone.pk), {"quote": "Tuesday", "value": "1"}),
    ]:
        response = rita.post(path, data, **HX)
        assert response.status_code == 404
        assert "That claim no longer exists" in response.content.decode()
        assert "<html" not in response.content.decode()
    response = rita.post(url("claim-correct", gone.pk, "category"), {"category": "aid"})
    assert response.status_code == 302 and response["Location"] == url("queue")


def test_the_panel_and_a_correction_read_the_article_body_as_little_as_they_can(rita, claims):
    def reads(method, path, data=None):
        with CaptureQueriesContext(connection) as queries:
            response = getattr(rita, method)(path, data or {}, **HX)
            assert response.status_code == 200
        return sum(
            '"factcheck_article"."body"' in q["sql"].split(" FROM ")[0] for q in queries.captured_queries
        )

    claim = claims[0]
    assert reads("get", url("panel", claim.pk)) == 0
    assert reads("get", url("reader", claim.article_id) + f"?claim={claim.pk}") == 1
    # the service reads it, then the article is drawn again with the panel
    assert reads("post", url("claim-correct", claim.pk, "category"), {"category": "aid"}) == 2


def test_figure_edits_and_merges_from_a_stale_panel_are_conflicts(rita, editor, claims):
    claim = claims[0]
    figure = claim.quantities.first()
    corrections.claim_update(claim=claim, by=editor, category="casualties")  # version 2 now
    edit = rita.post(url("figure-edit", claim.pk, figure.pk), {"value": "1", "claim_version": 1}, **HX)
    remove = rita.post(url("figure-remove", claim.pk, figure.pk), {"claim_version": 1}, **HX)
    merge = rita.post(url("claim-merge", claim.pk), {"other": claims[1].pk, "claim_version": 1}, **HX)
    assert [r.status_code for r in (edit, remove, merge)] == [409, 409, 409]
    assert "Edna" in merge.content.decode()
    figure.refresh_from_db()
    assert figure.value == 250000.0 and Claim.objects.filter(pk=claims[1].pk).exists()
