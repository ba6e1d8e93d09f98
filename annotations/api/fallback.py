"""The last route of the project: any other ``/api/`` path is a JSON 404, also with ``DEBUG`` on (Django's
handler404 is skipped then, and its debug page would list every URL pattern)."""

from django.urls import re_path
from django.views.decorators.csrf import csrf_exempt

from annotations.api.views import page_not_found

# CSRF-exempt: a POST with a session cookie to an unknown path is a 404, not a CSRF refusal.
urlpatterns = [re_path(r"^.*$", csrf_exempt(page_not_found), name="api-not-found")]
