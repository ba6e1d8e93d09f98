"""System checks of claim matching: ``MATCHING_DENSE=on`` needs the ``wordllama`` package."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, register

from factcheck.matching import dense


@register("factcheck")
def check_dense(app_configs=None, **kwargs):
    """``MATCHING_DENSE=on`` without wordllama would fail at the first search: say so at start-up."""
    if settings.MATCHING_DENSE == "on" and not dense.available():
        return [
            Error(
                "MATCHING_DENSE is on but the wordllama package is not installed.",
                hint="pip install 'factcheck[dense]', or set MATCHING_DENSE=auto (on when installed) or off.",
                id="factcheck.E020",
            )
        ]
    return []
