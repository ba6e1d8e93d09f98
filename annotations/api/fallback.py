"""The last route of the project: any other ``/api/`` path is a JSON 404, also with ``DEBUG`` on (Django's
handler404 is skipped then, and its debug page would list every URL pattern)."""

from django.urls import re_path

from annotations.api.views import page_not_found

urlpatterns = [re_path(r"^.*$", page_not_found, name="api-not-found")]
