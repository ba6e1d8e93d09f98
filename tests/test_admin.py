from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ArticleFactory, ClaimFactory, QuantityFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_logged_in(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


def make_claims(count: int) -> None:
    """Claims in every review situation: none yet, assigned with a verdict, published."""
    from annotations import services
    from annotations.models import Rating

    rating = Rating.objects.get(slug="false")
    for n in range(count):
        claim = QuantityFactory(claim=ClaimFactory()).claim
        if n % 3 == 0:
            continue
        reviewer = UserFactory(username=f"list-reviewer-{n}")
        reviewer.groups.add(Group.objects.get(name="Reviewer"))
        review = services.review_assign(review=services.review_get_or_create(claim=claim), by=reviewer)
        services.review_update(
            review=review, by=reviewer, expected_version=review.version, verdict=rating, rationale="r"
        )


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:factcheck_article_changelist",
        "admin:factcheck_claim_changelist",
        "admin:factcheck_importjob_changelist",
        "admin:annotations_review_changelist",
    ],
)
def test_list_pages_use_a_constant_number_of_queries(
    admin_client_logged_in, django_assert_num_queries, url_name
):
    make_claims(1)
    url = reverse(url_name)
    admin_client_logged_in.get(url)  # warm caches (content types, permissions)
    with CaptureQueriesContext(connection) as one_row:
        assert admin_client_logged_in.get(url).status_code == 200
    make_claims(30)
    with django_assert_num_queries(len(one_row)):
        assert admin_client_logged_in.get(url).status_code == 200


def test_article_list_shows_claim_counts(admin_client_logged_in):
    claim = ClaimFactory()
    ClaimFactory(article=claim.article, is_claim=False)
    response = admin_client_logged_in.get(reverse("admin:factcheck_article_changelist"))
    assert response.context["cl"].result_list[0].claim_count == 2
    assert response.context["cl"].result_list[0].checkworthy_count == 1


def test_claim_list_filters_by_category_and_qualifier_and_searches(admin_client_logged_in):
    QuantityFactory(
        claim=ClaimFactory(
            text="Rebels seized more than 20 villages.", category="territory", speaker="Rebels"
        ),
        qualifier="more_than",
    )
    QuantityFactory(claim=ClaimFactory(text="250,000 people under siege.", category="population"))
    url = reverse("admin:factcheck_claim_changelist")

    def texts(params):
        response = admin_client_logged_in.get(url, params)
        return [c.text for c in response.context["cl"].result_list]

    assert texts({"category": "territory"}) == ["Rebels seized more than 20 villages."]
    assert texts({"qualifier": "more_than"}) == ["Rebels seized more than 20 villages."]
    assert texts({"q": "rebels"}) == ["Rebels seized more than 20 villages."]
    assert len(texts({})) == 2


def test_claim_and_article_pages_render_and_escape_article_text(admin_client_logged_in):
    claim = ClaimFactory(text="<script>alert(1)</script> 5 killed", article=ArticleFactory(title="<b>x</b>"))
    response = admin_client_logged_in.get(reverse("admin:factcheck_claim_change", args=[claim.pk]))
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    response = admin_client_logged_in.get(reverse("admin:factcheck_article_change", args=[claim.article.pk]))
    assert response.status_code == 200
    assert b"<b>x</b>" not in response.content


def test_demo_user_command_creates_a_staff_account(capsys):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("ensure_demo_user")
    out = capsys.readouterr().out
    user = get_user_model().objects.get(username="demo")
    assert user.is_staff
    password = out.split("password '", 1)[1].split("'", 1)[0]
    assert user.check_password(password)
    editor = get_user_model().objects.get(username="editor")
    editor_password = out.split("password '")[2].split("'", 1)[0]
    assert editor.check_password(editor_password) and editor_password != password
    assert list(user.groups.values_list("name", flat=True)) == ["Reviewer"]
    assert list(editor.groups.values_list("name", flat=True)) == ["Editor"]
    assert user.has_perm("annotations.submit_review") and not user.has_perm("annotations.publish_review")
    call_command("ensure_demo_user")
    assert get_user_model().objects.filter(username="demo").count() == 1


def test_demo_user_command_refuses_a_fixed_password_in_production(settings, capsys):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    settings.PRODUCTION = True
    call_command("ensure_demo_user", password="fixed-password-123")
    assert not get_user_model().objects.get(username="demo").check_password("fixed-password-123")
    assert "refused in production" in capsys.readouterr().err


def test_claim_list_shows_state_verdict_assignee_and_highlights_figures(admin_client_logged_in):
    make_claims(3)
    response = admin_client_logged_in.get(reverse("admin:factcheck_claim_changelist"))
    html = response.content.decode()
    assert '<mark class="fc-quantity"' in html
    assert 'fc-badge fc-state-in_progress">In progress' in html
    assert 'fc-badge fc-state-unreviewed">Unreviewed' in html
    assert '<span class="fc-verdict">False</span>' in html
    assert "List-Reviewer-1" in html or "list-reviewer-1" in html


def test_claim_list_filters_by_state_verdict_and_assigned_to_me(client, reviewer):
    from annotations import services
    from annotations.models import Rating

    mine = ClaimFactory(text="Mine.")
    services.review_assign(review=services.review_get_or_create(claim=mine), by=reviewer)
    review = services.review_get_or_create(claim=mine)
    services.review_update(
        review=review, by=reviewer, expected_version=review.version, verdict=Rating.objects.get(slug="true")
    )
    ClaimFactory(text="Nobody's.")
    client.force_login(reviewer)
    url = reverse("admin:factcheck_claim_changelist")

    def texts(params):
        return [c.text for c in client.get(url, params).context["cl"].result_list]

    assert texts({"assignee": "me"}) == ["Mine."]
    assert texts({"assignee": "none"}) == ["Nobody's."]
    assert texts({"state": "unreviewed"}) == ["Nobody's."]
    assert texts({"state": "in_progress"}) == ["Mine."]
    assert texts({"verdict": str(Rating.objects.get(slug="true").pk)}) == ["Mine."]
    assert texts({"verdict": "none"}) == ["Nobody's."]


def test_claim_list_actions_go_through_the_workflow(client, reviewer):
    from annotations.models import Review

    first, second = ClaimFactory(), ClaimFactory()
    client.force_login(reviewer)
    url = reverse("admin:factcheck_claim_changelist")
    response = client.post(url, {"action": "assign", "_selected_action": [first.pk, second.pk]}, follow=True)
    assert "2 claims assigned to you" in response.content.decode()
    assert set(Review.objects.values_list("state", "assignee__username")) == {("in_progress", "rita")}
    response = client.post(url, {"action": "submit", "_selected_action": [first.pk]}, follow=True)
    assert "Add a verdict and a rationale" in response.content.decode()
    actions = [name for name, _ in client.get(url).context["action_form"].fields["action"].choices]
    # no approve/publish; the corrections every reviewer may make
    assert actions == [
        "",
        "assign",
        "submit",
        "recall",
        "dismiss",
        "mark_not_a_claim",
        "restore_as_claim",
        "merge_claims",
        "looked_at",
    ]
    response = client.post(url, {"action": "publish", "_selected_action": [first.pk]})
    assert Review.objects.filter(state="published").count() == 0


def test_claim_list_actions_let_an_editor_approve_and_publish(client, reviewer, editor):
    from annotations import services
    from annotations.models import Rating, Review

    claim = ClaimFactory()
    review = services.review_assign(review=services.review_get_or_create(claim=claim), by=reviewer)
    review = services.review_update(
        review=review,
        by=reviewer,
        expected_version=review.version,
        verdict=Rating.objects.get(slug="false"),
        rationale="r",
    )
    services.review_submit_for_second_review(review=review, by=reviewer)
    client.force_login(editor)
    url = reverse("admin:factcheck_claim_changelist")
    response = client.post(url, {"action": "approve", "_selected_action": [claim.pk]}, follow=True)
    assert "1 claim approved" in response.content.decode()
    client.post(url, {"action": "publish", "_selected_action": [claim.pk]})
    assert Review.objects.get().state == "published"


def test_dismiss_action_asks_for_a_reason(client, reviewer):
    from annotations.models import Review

    claim = ClaimFactory()
    client.force_login(reviewer)
    url = reverse("admin:factcheck_claim_changelist")
    response = client.post(url, {"action": "dismiss", "_selected_action": [claim.pk]})
    assert response.status_code == 200
    assert b"Dismiss as not checkable" in response.content
    assert not Review.objects.exists()
    client.post(url, {"action": "dismiss", "_selected_action": [claim.pk], "reason": "A forecast."})
    review = Review.objects.get()
    assert (review.state, review.dismissal_reason) == ("not_checkable", "A forecast.")


def test_article_page_highlights_every_claim_coloured_by_state(admin_client_logged_in, reviewer):
    from annotations import services

    article = ArticleFactory(body="One 5 killed. Two 7 hurt.")
    first = ClaimFactory(article=article, text="One 5 killed.", start=0, end=13)
    ClaimFactory(article=article, text="Two 7 hurt.", start=14, end=25)
    services.review_assign(review=services.review_get_or_create(claim=first), by=reviewer)
    html = admin_client_logged_in.get(
        reverse("admin:factcheck_article_change", args=[article.pk])
    ).content.decode()
    assert 'class="fc-claim fc-state-in_progress fc-checkworthy"' in html
    assert 'class="fc-claim fc-state-unreviewed fc-checkworthy"' in html
    assert reverse("admin:factcheck_claim_review", args=[first.pk]) in html


def test_reviewer_sees_claims_read_only_and_cannot_open_rating_admin(client, reviewer):
    claim = ClaimFactory()
    client.force_login(reviewer)
    assert client.get(reverse("admin:factcheck_claim_change", args=[claim.pk])).status_code == 200
    assert client.post(reverse("admin:factcheck_claim_change", args=[claim.pk]), {}).status_code == 403
    assert client.get(reverse("admin:annotations_ratingscale_add")).status_code == 403


def test_article_page_uses_a_constant_number_of_queries(admin_client_logged_in, django_assert_num_queries):
    article = ArticleFactory()
    make_claims_in(article, 1)
    url = reverse("admin:factcheck_article_change", args=[article.pk])
    admin_client_logged_in.get(url)
    with CaptureQueriesContext(connection) as one_claim:
        assert admin_client_logged_in.get(url).status_code == 200
    make_claims_in(article, 20)
    with django_assert_num_queries(len(one_claim)):
        assert admin_client_logged_in.get(url).status_code == 200


def make_claims_in(article, count: int) -> None:
    from annotations import services

    first = article.claims.count()
    for n in range(first, first + count):
        claim = ClaimFactory(article=article, text=f"Sentence {n} counts 250,000 people.")
        QuantityFactory(claim=claim)
        if n % 2:
            services.review_get_or_create(claim=claim)


def test_editors_manage_rating_scales_and_reviewers_do_not(client, reviewer, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:annotations_ratingscale_add")).status_code == 200
    response = client.post(
        reverse("admin:annotations_ratingscale_add"),
        {
            "name": "Pinocchios",
            "best_rating": 0,
            "worst_rating": 4,
            "ratings-TOTAL_FORMS": 1,
            "ratings-INITIAL_FORMS": 0,
            "ratings-0-position": 0,
            "ratings-0-label": "Four Pinocchios",
            "ratings-0-slug": "four",
            "ratings-0-value": 4,
        },
    )
    assert response.status_code == 302
    from annotations.models import RatingScale

    assert RatingScale.objects.get(name="Pinocchios").ratings.get().value == 4
    client.force_login(reviewer)
    assert client.get(reverse("admin:annotations_ratingscale_add")).status_code == 403


def test_the_site_root_opens_the_reviewer_workspace(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:queue")
