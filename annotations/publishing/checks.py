"""Deploy checks for publishing: markup must not point readers and Google at placeholder addresses."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning, register

PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", "localhost", "127.0.0.1", "[::1]")


def _placeholder(url: str) -> bool:
    host = (urlsplit(url.replace("{id}", "1").replace("{claim_id}", "1")).hostname or "").lower()
    return not host or any(host == p.strip("[]") or host.endswith(f".{p}") for p in PLACEHOLDER_HOSTS)


@register("factcheck", deploy=True)
def check_public_addresses(app_configs=None, **kwargs):
    """Published ClaimReview markup names these addresses; left at the defaults it names no real page."""
    warnings = []
    for name in ("SITE_URL", "CLAIMREVIEW_URL_TEMPLATE", "CLAIMREVIEW_AUTHOR_URL"):
        value = getattr(settings, name)
        if value and _placeholder(value):
            warnings.append(
                Warning(
                    f"{name} is {value!r}, a placeholder address: published ClaimReview markup would point "
                    "there.",
                    hint=f"Set {name} to the public address of your fact-checks.",
                    id="factcheck.W010",
                )
            )
    return warnings
