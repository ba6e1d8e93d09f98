"""Throttling fails open: when the cache that holds the counters is down, requests are served and the
outage is logged (``tests/test_redis_faults.py`` does this with a real Redis killed under the API)."""

from __future__ import annotations

import logging

import pytest
from rest_framework.test import APIClient

from annotations.api import throttling
from tests.factories import UserFactory


class DownCache:
    def get(self, *args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    set = add = get


@pytest.mark.django_db
@pytest.mark.parametrize("throttle", [throttling.ClientRateThrottle, throttling.AnonRateThrottle])
def test_a_cache_outage_lets_requests_through_and_is_logged(monkeypatch, caplog, throttle, settings):
    settings.FACTCHECK_API_ANONYMOUS_READ = True
    monkeypatch.setattr(throttle, "cache", DownCache())
    monkeypatch.setattr(throttling, "_last_warning", [0.0])
    api = APIClient()
    if throttle is throttling.ClientRateThrottle:
        api.force_authenticate(UserFactory())
    with caplog.at_level(logging.WARNING, logger="annotations.api.throttling"):
        assert api.get("/api/v1/reviews/").status_code == 200
        assert api.get("/api/v1/reviews/").status_code == 200
    warnings = [r for r in caplog.records if "API throttling skipped: the cache is unreachable" in r.message]
    assert len(warnings) == 1  # once a minute per process, not once a request
    assert "ConnectionError" in warnings[0].message
