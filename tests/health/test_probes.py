"""``/healthz`` and ``/readyz``: JSON, answered to plain-HTTP probes on internal addresses, 503 while the
database, the migrations, the broker or the workers are not there."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from factcheck.health.models import WorkerHeartbeat
from factcheck.health.worker import record_heartbeat
from tests.imports.helpers import unreachable_broker

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_touching_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_readyz_is_ready_with_a_worker_seen_and_says_what_it_checked(client):
    record_heartbeat("celery@web-1")
    response = client.get("/readyz")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "migrations", "broker", "worker"}
    assert body["checks"]["worker"]["detail"].startswith("seen ")


def test_readyz_is_503_without_a_recent_worker(client, settings):
    assert client.get("/readyz").json()["checks"]["worker"] == {
        "ok": False,
        "detail": "no worker has been seen",
    }
    WorkerHeartbeat.objects.create(hostname="celery@old", seen_at=timezone.now() - timedelta(minutes=10))
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json()["status"] == "unavailable"
    assert "more than 120 s" in response.json()["checks"]["worker"]["detail"]


def test_readyz_turns_503_while_the_broker_is_down_and_200_once_it_is_back(client, settings):
    settings.FACTCHECK_READY_TIMEOUT = 0.5
    record_heartbeat("celery@web-1")
    with unreachable_broker():
        down = client.get("/readyz")
    assert down.status_code == 503
    assert down.json()["checks"]["broker"]["ok"] is False
    assert client.get("/readyz").status_code == 200


def test_probes_answer_plain_http_on_any_host_in_production(client, settings):
    """Kubernetes and load balancers probe the pod's own address over HTTP: no 400 for the host, no
    redirect to HTTPS."""
    settings.ALLOWED_HOSTS = ["factcheck.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    record_heartbeat("celery@web-1")
    assert client.get("/healthz", HTTP_HOST="10.0.3.7:8000").status_code == 200
    assert client.get("/readyz/", HTTP_HOST="10.0.3.7:8000").status_code == 200
    assert client.get("/review/", HTTP_HOST="10.0.3.7:8000").status_code == 400  # everything else is checked


def test_a_heartbeat_that_cannot_be_written_does_not_stop_the_worker(monkeypatch, caplog):
    from factcheck.health import models

    def broken(**kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(models.WorkerHeartbeat.objects, "update_or_create", broken)
    record_heartbeat("celery@web-1")
    assert "Could not record the worker's heartbeat" in caplog.text
