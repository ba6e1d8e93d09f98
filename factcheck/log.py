"""Logging helpers referenced from ``settings.LOGGING``."""

from __future__ import annotations

import logging


class ClientErrorsWithoutTraceback(logging.Filter):
    """A 4xx answer is the client's mistake or a refusal working as meant: Django logs it (``django.request``)
    with the exception's traceback, which here says nothing and buries real errors. Keep the line, drop
    the traceback; 5xx keep theirs."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "django.request" and 400 <= getattr(record, "status_code", 500) < 500:
            record.exc_info = None
            record.exc_text = None
        return True
