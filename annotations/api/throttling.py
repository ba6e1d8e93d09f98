"""Rate limits per API token (per user for session clients); anonymous clients by address.

The counters live in the cache. When the cache cannot be reached (Redis down), a request is let
through unthrottled and the outage is logged: the API keeps answering instead of failing every request.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from rest_framework import throttling
from rest_framework.authtoken.models import Token

logger = logging.getLogger(__name__)
_LOG_EVERY = 60.0  # seconds between two warnings about the same outage, per process
_last_warning = [0.0]


@dataclass(frozen=True, slots=True)
class Quota:
    """What the ``RateLimit-*`` headers say (IETF draft-ietf-httpapi-ratelimit-headers)."""

    limit: int
    remaining: int
    reset: int  # seconds until the window frees a request
    window: int  # seconds


def quota_headers(request) -> dict[str, str]:
    """The headers for the tightest quota this request counted against (none when unthrottled)."""
    quota: Quota | None = getattr(request, "_ratelimit_quota", None)
    if quota is None:
        return {}
    return {
        "RateLimit-Limit": str(quota.limit),
        "RateLimit-Remaining": str(quota.remaining),
        "RateLimit-Reset": str(quota.reset),
        "RateLimit-Policy": f"{quota.limit};w={quota.window}",
    }


class FailOpenThrottleMixin:
    """``allow_request`` that answers "allowed" (and logs) when the cache fails, and notes the quota."""

    def allow_request(self, request, view) -> bool:
        try:
            allowed = super().allow_request(request, view)  # type: ignore[misc]
            self._note_quota(request)
            return allowed
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

    def _note_quota(self, request) -> None:
        throttle: Any = self  # a SimpleRateThrottle: its window's history is set by allow_request
        if getattr(throttle, "key", None) is None or not hasattr(throttle, "history"):
            return  # this throttle does not apply to the request
        limit, window = throttle.num_requests, throttle.duration
        remaining = max(limit - len(throttle.history), 0)
        oldest = throttle.history[-1] if throttle.history else throttle.now
        reset = max(round(window - (throttle.now - oldest)), 0)
        current: Quota | None = getattr(request, "_ratelimit_quota", None)
        if current is None or remaining < current.remaining:
            request._ratelimit_quota = Quota(limit=limit, remaining=remaining, reset=reset, window=window)


class ClientRateThrottle(FailOpenThrottleMixin, throttling.SimpleRateThrottle):
    scope = "client"

    def get_cache_key(self, request, view):
        if not request.user or not request.user.is_authenticated:
            return None  # AnonRateThrottle handles these
        ident = f"token:{request.auth.key}" if isinstance(request.auth, Token) else f"user:{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class AnonRateThrottle(FailOpenThrottleMixin, throttling.AnonRateThrottle):
    """DRF's per-address limit for clients without credentials, failing open like the above."""
