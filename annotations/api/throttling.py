"""Rate limits per API token (per user for session clients); anonymous clients by address.

The counters live in the cache. When the cache cannot be reached (Redis down), a request is let
through unthrottled and the outage is logged: the API keeps answering instead of failing every request.
"""

from __future__ import annotations

import logging
import time

from rest_framework import throttling
from rest_framework.authtoken.models import Token

logger = logging.getLogger(__name__)
_LOG_EVERY = 60.0  # seconds between two warnings about the same outage, per process
_last_warning = [0.0]


class FailOpenThrottleMixin:
    """``allow_request`` that answers "allowed" (and logs) when the cache fails."""

    def allow_request(self, request, view) -> bool:
        try:
            return super().allow_request(request, view)  # type: ignore[misc]
        except Exception as error:  # redis.ConnectionError, TimeoutError, OSError, ...
            now = time.monotonic()
            if now - _last_warning[0] >= _LOG_EVERY:
                _last_warning[0] = now
                logger.warning(
                    "API throttling skipped: the cache is unreachable (%s: %s); requests are served "
                    "unthrottled until it is back.",
                    type(error).__name__,
                    error,
                )
            return True


class ClientRateThrottle(FailOpenThrottleMixin, throttling.SimpleRateThrottle):
    scope = "client"

    def get_cache_key(self, request, view):
        if not request.user or not request.user.is_authenticated:
            return None  # AnonRateThrottle handles these
        ident = f"token:{request.auth.key}" if isinstance(request.auth, Token) else f"user:{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class AnonRateThrottle(FailOpenThrottleMixin, throttling.AnonRateThrottle):
    """DRF's per-address limit for clients without credentials, failing open like the above."""
