from __future__ import annotations

import pytest
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
    for _ in range(count):
        QuantityFactory(claim=ClaimFactory())


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:factcheck_article_changelist",
        "admin:factcheck_claim_changelist",
        "admin:factcheck_importjob_changelist",
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
    call_command("ensure_demo_user")
    assert get_user_model().objects.filter(username="demo").count() == 1
