from __future__ import annotations

from unittest import mock

import pytest

from tests.imports.site import LocalSite


@pytest.fixture
def local_site(settings):
    """A web site on 127.0.0.1; private addresses are allowed for the test, with a short timeout."""
    settings.FACTCHECK_ALLOW_PRIVATE_URLS = True
    settings.FACTCHECK_URL_TIMEOUT = 1.0
    with LocalSite() as site:
        yield site


@pytest.fixture(autouse=True)
def _on_commit_runs_at_once(request):
    """In tests inside one rolled-back transaction, on_commit callbacks run at once.

    Flushing the database after every transactional test costs seconds; only tests that need
    real commits (broker down, racing connections, the on-commit contract itself) ask for them.
    """
    marker = request.node.get_closest_marker("django_db")
    if marker is None or marker.kwargs.get("transaction"):
        yield
        return
    with mock.patch("django.db.transaction.on_commit", lambda func, using=None, robust=False: func()):
        yield
