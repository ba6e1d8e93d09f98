"""Rate limits per API token (per user for session clients); anonymous clients by address."""

from __future__ import annotations

from rest_framework.authtoken.models import Token
from rest_framework.throttling import SimpleRateThrottle


class ClientRateThrottle(SimpleRateThrottle):
    scope = "client"

    def get_cache_key(self, request, view):
        if not request.user or not request.user.is_authenticated:
            return None  # AnonRateThrottle handles these
        ident = f"token:{request.auth.key}" if isinstance(request.auth, Token) else f"user:{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
