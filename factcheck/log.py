"""Logging: the filters and formatter ``settings.LOGGING`` names, and request ids carried into tasks."""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable
from contextvars import ContextVar, Token
from datetime import UTC, datetime
from typing import Any

from django.http import HttpRequest, HttpResponse


class ClientErrorsWithoutTraceback(logging.Filter):
    """A 4xx answer is the client's mistake or a refusal working as meant: Django logs it (``django.request``;
    ``django.security.*`` for a bad host) with the exception's traceback, which here says nothing and
    buries real errors. Keep the line, drop the traceback; 5xx keep theirs."""

    def filter(self, record: logging.LogRecord) -> bool:
        django_request = record.name == "django.request" or record.name.startswith("django.security.")
        if django_request and 400 <= getattr(record, "status_code", 500) < 500:
            record.exc_info = None
            record.exc_text = None
        return True


# --- request ids --------------------------------------------------------------------------------
# One id per request, carried into the log records it causes and into the Celery tasks it starts
# (a message header), so one line of a worker's log leads back to the request that queued it.

request_id: ContextVar[str] = ContextVar("request_id", default="")
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
HEADER = "X-Request-ID"


def new_request_id(offered: str | None = None) -> str:
    """The caller's id when it is a sane one (a proxy's), else a fresh one."""
    return offered if offered and _VALID_ID.match(offered) else uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # Django logs a 4xx or 5xx once the middleware has returned, with the request attached
        attached = getattr(getattr(record, "request", None), "request_id", "")
        record.request_id = request_id.get() or attached or "-"
        return True


class RequestIdMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = request_id.set(new_request_id(request.headers.get(HEADER)))
        request.request_id = request_id.get()  # type: ignore[attr-defined]
        try:
            response = self.get_response(request)
            response[HEADER] = request_id.get()
            return response
        finally:
            request_id.reset(token)


class JsonFormatter(logging.Formatter):
    """One JSON object per line (``LOG_FORMAT=json``), for log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": next(
                (i for i in (getattr(record, "request_id", ""), request_id.get()) if i and i != "-"), None
            ),
        }
        for name in ("status_code", "stage", "excerpt"):
            if hasattr(record, name):
                entry[name] = getattr(record, name)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def task_publish_headers(headers: dict | None = None, **kwargs: Any) -> None:
    """``before_task_publish``: the current request's id travels with the task."""
    current = request_id.get()
    if current and headers is not None:
        headers.setdefault("request_id", current)


_task_tokens: dict[str, Token[str]] = {}


def task_started(task_id: str | None = None, task: Any = None, **kwargs: Any) -> None:
    """``task_prerun``: a task's log records carry the id of the request that queued it."""
    carried = getattr(getattr(task, "request", None), "request_id", None) if task is not None else None
    if task_id:
        _task_tokens[task_id] = request_id.set(carried or "")


def task_finished(task_id: str | None = None, **kwargs: Any) -> None:
    token = _task_tokens.pop(task_id or "", None)
    if token is not None:
        request_id.reset(token)
