"""The workspace's own login and logout pages (``workspace:login``, ``workspace:logout``).

The admin keeps its own login page for the admin; workspace pages send an anonymous user here.
"""

from __future__ import annotations

from django.urls import reverse

from tests.workspace.conftest import PASSWORD


def test_the_login_page_is_the_workspaces(client, db):
    response = client.get(reverse("workspace:login") + "?next=/review/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "workspace/workspace.css" in html and "Log in to review" in html
    assert 'name="next" value="/review/"' in html
    assert 'class="nav-menu"' not in html  # no workspace links for someone not signed in


def test_workspace_pages_send_an_anonymous_user_to_it(client, db):
    response = client.get(reverse("workspace:queue"))
    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:login") + "?next=/review/"


def test_logging_in_lands_on_the_page_asked_for(client, reviewer):
    response = client.post(
        reverse("workspace:login"), {"username": "rita", "password": PASSWORD, "next": "/review/imports/"}
    )
    assert response.status_code == 302 and response.url == "/review/imports/"


def test_a_wrong_password_says_so(client, reviewer):
    response = client.post(reverse("workspace:login"), {"username": "rita", "password": "nope"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_refused_next_lands_in_the_workspace(client, reviewer):
    response = client.post(
        reverse("workspace:login") + "?next=https://evil.example/",
        {"username": "rita", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response.status_code == 302 and response.url == reverse("workspace:queue")


def test_logging_out_is_a_post_back_to_the_login_page(client, reviewer):
    client.force_login(reviewer)
    html = client.get(reverse("workspace:queue")).content.decode()
    assert f'action="{reverse("workspace:logout")}"' in html
    assert client.get(reverse("workspace:logout")).status_code == 405
    response = client.post(reverse("workspace:logout"))
    assert response.status_code == 302 and response.url == reverse("workspace:login")
    assert "_auth_user_id" not in client.session


def test_the_admin_keeps_its_own_login(client, db):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 200 and 'id="user-tools"' not in response.content.decode()
    assert client.get("/admin/")["Location"].startswith(reverse("admin:login"))
