from __future__ import annotations

import pytest

from tests.imports.site import LocalSite


@pytest.fixture
def local_site(settings):
    """A web site on 127.0.0.1; private addresses are allowed for the test, with a short timeout."""
    settings.FACTCHECK_ALLOW_PRIVATE_URLS = True
    settings.FACTCHECK_URL_TIMEOUT = 1.0
    with LocalSite() as site:
        yield site
