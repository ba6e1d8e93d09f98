"""Request ids on every response and log record, carried into the tasks a request queues; JSON logs."""

from __future__ import annotations

import json
import logging
from types import SimpleNamespace

from factcheck import log
from tests.test_settings import run_python


def test_every_response_has_a_request_id_and_a_proxys_sane_one_is_kept(client, db):
    fresh = client.get("/healthz/")  # the probe answers before the middleware: no id needed there
    assert "X-Request-ID" not in fresh
    first = client.get("/review/")
    assert len(first["X-Request-ID"]) == 32
    assert client.get("/review/", HTTP_X_REQUEST_ID="lb-7f3a.42")["X-Request-ID"] == "lb-7f3a.42"
    hostile = client.get("/review/", HTTP_X_REQUEST_ID="x\r\nSet-Cookie: a=b" + "y" * 80)
    assert hostile["X-Request-ID"] != "x" and len(hostile["X-Request-ID"]) == 32


def test_a_task_carries_the_id_of_the_request_that_queued_it():
    headers: dict = {}
    token = log.request_id.set("req-1")
    try:
        log.task_publish_headers(headers=headers)
    finally:
        log.request_id.reset(token)
    assert headers == {"request_id": "req-1"}
    # in the worker: the id is in the task's request while it runs, and gone after
    task = SimpleNamespace(request=SimpleNamespace(request_id=headers["request_id"]))
    log.task_started(task_id="t1", task=task)
    record = logging.LogRecord("factcheck", logging.INFO, __file__, 1, "importing", (), None)
    log.RequestIdFilter().filter(record)
    assert record.request_id == "req-1"
    log.task_finished(task_id="t1")
    assert log.request_id.get() == ""


def test_log_format_json_writes_one_object_a_line_with_the_request_id(tmp_path):
    code = (
        "import django, logging\n"
        "django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', verbosity=0)\n"
        "from django.test import Client\n"
        "logging.getLogger('factcheck').info('before any request')\n"
        "response = Client().get('/nope/', HTTP_HOST='localhost', HTTP_X_REQUEST_ID='req-42')\n"
        "logging.getLogger('factcheck').warning('after %s', response.status_code)\n"
    )
    result = run_python(code, {"LOG_FORMAT": "json"}, tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    assert lines and all({"time", "level", "logger", "message", "request_id"} <= set(line) for line in lines)
    messages = {line["message"]: line for line in lines}
    assert messages["before any request"]["request_id"] is None
    assert messages["Not Found: /nope/"]["request_id"] == "req-42"  # logged while answering it
    assert messages["after 404"]["request_id"] is None and messages["after 404"]["level"] == "WARNING"
