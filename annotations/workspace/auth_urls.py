"""The workspace's own login and logout, in the workspace's look (the admin keeps its login for itself).

Included by ``annotations/workspace/urls.py`` without an ``app_name``, so the names join the
``workspace`` namespace: ``workspace:login`` (``settings.LOGIN_URL``) and ``workspace:logout``
(POST only, as Django's ``LogoutView`` is).
"""

from django.contrib.auth import views as auth_views
from django.urls import path

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="workspace/login.html"),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(next_page="workspace:login"), name="logout"),
]
