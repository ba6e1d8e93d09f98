"""Webhooks: signed deliveries to a real local receiver, retries with backoff, failing endpoints,
the admin's log and re-send, and endpoints vetted like URL imports."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.publishing import webhooks
from annotations.publishing.models import DeliveryStatus, Webhook, WebhookDelivery
from tests.factories import ReviewFactory, member

pytestmark = pytest.mark.django_db


class Receiver:
    """An HTTP endpoint on 127.0.0.1 that records what it gets and answers ``statuses`` in turn."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.statuses: list[int] = []
        self.delay = 0.0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                time.sleep(receiver.delay)
                status = receiver.statuses.pop(0) if receiver.statuses else 204
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"no")

            def log_message(self, *args) -> None:
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:
                pass  # a client that gave up (the timeout test) is not a failure of the receiver

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver(settings):
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = True  # the receiver listens on 127.0.0.1
    settings.FACTCHECK_WEBHOOK_TIMEOUT = 1.0
    server = Receiver()
    yield server
    server.server.shutdown()


def _hook(url: str, events=("published", "corrected", "withdrawn"), **fields) -> Webhook:
    return Webhook.objects.create(name="Partner", url=url, events=list(events), **fields)


def _verify(hook: Webhook, request: dict) -> dict:
    """What a receiver does: recompute the signature over the timestamp and the raw body."""
    headers = {k.lower(): v for k, v in request["headers"].items()}
    signed = f"{headers['x-factcheck-timestamp']}.".encode() + request["body"]
    expected = "sha256=" + hmac.new(hook.secret.encode(), signed, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["x-factcheck-signature"], expected)
    assert abs(int(headers["x-factcheck-timestamp"]) - time.time()) < 60
    assert headers["content-type"] == "application/json"
    return json.loads(request["body"])


def test_publishing_sends_a_signed_delivery(receiver, django_capture_on_commit_callbacks):
    hook = _hook(receiver.url)
    _hook(receiver.url, events=["withdrawn"], secret="other")  # not asked for "published"
    with django_capture_on_commit_callbacks(execute=True):
        review = ReviewFactory(state="published")
    (request,) = receiver.requests
    body = _verify(hook, request)
    assert body["event"] == "published" and request["headers"]["X-Factcheck-Event"] == "published"
    assert body["review"]["id"] == review.pk and body["review"]["status"] == "published"
    assert body["review"]["verdict"]["slug"] == "false"
    delivery = WebhookDelivery.objects.get()
    assert body["delivery"] == str(delivery.uuid) == request["headers"]["X-Factcheck-Delivery"]
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("delivered", 1, 204)


def test_a_correction_and_a_withdrawal_are_their_own_events(receiver, django_capture_on_commit_callbacks):
    hook = _hook(receiver.url)
    review = ReviewFactory(state="published")  # before the endpoint's deliveries are sent: not captured
    editor = review.second_reviewer
    with django_capture_on_commit_callbacks(execute=True):
        review = services.review_correct(review=review, by=editor, reason="New census.")
        review = services.review_submit_for_second_review(review=review, by=review.assignee)
        review = services.review_approve(review=review, by=editor)
        review = services.review_publish(review=review, by=editor)
        services.review_withdraw(review=review, by=editor, reason="The census was retracted.")
    events = [_verify(hook, request) for request in receiver.requests[-2:]]
    assert [e["event"] for e in events] == ["corrected", "withdrawn"]
    assert events[0]["review"]["revision"] == 2
    assert events[1]["review"] == {
        **events[1]["review"],
        "status": "withdrawn",
        "withdrawal_reason": "The census was retracted.",
    }
    assert "rationale" not in events[1]["review"]


def test_a_failing_endpoint_is_retried_with_backoff_then_marked_failing(receiver, settings):
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = True
    hook = _hook(receiver.url)
    review = ReviewFactory(state="published")
    delivery = WebhookDelivery.objects.get(webhook=hook, review=review)
    receiver.statuses = [500] * webhooks.MAX_ATTEMPTS
    waits = []
    for _ in range(webhooks.MAX_ATTEMPTS):
        waits.append(webhooks.webhook_deliver(delivery_id=delivery.pk))
    assert waits == [30.0, 60.0, 120.0, 240.0, 480.0, None]  # exponential, then gives up
    delivery.refresh_from_db()
    hook.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("failed", 6, 500)
    assert delivery.last_error == "The endpoint answered 500: no"
    assert hook.failing_since is not None
    assert webhooks.webhook_deliver(delivery_id=delivery.pk) is None  # done: not sent a seventh time
    assert len(receiver.requests) == webhooks.MAX_ATTEMPTS
    # an editor sends it again; a success clears the endpoint's failing mark
    again = webhooks.webhook_delivery_resend(delivery=delivery)
    assert webhooks.webhook_deliver(delivery_id=again.pk) is None
    again.refresh_from_db()
    hook.refresh_from_db()
    assert again.status == "delivered" and hook.failing_since is None
    assert _verify(hook, receiver.requests[-1])["delivery"] == str(again.uuid)


def test_a_slow_endpoint_times_out_without_holding_the_publish(receiver, django_capture_on_commit_callbacks):
    receiver.delay = 3.0
    _hook(receiver.url)
    started = time.monotonic()
    review = ReviewFactory(state="published")  # deliveries wait for the commit; publishing is done
    assert time.monotonic() - started < 2.5
    delivery = WebhookDelivery.objects.get(review=review)
    assert webhooks.webhook_deliver(delivery_id=delivery.pk) == 30.0
    delivery.refresh_from_db()
    assert delivery.status == "retrying" and "did not answer" in delivery.last_error


def test_a_private_address_is_refused_unless_allowed(settings):
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = False
    with pytest.raises(ValidationError, match="private, loopback or reserved"):
        webhooks.webhook_url_vet("http://127.0.0.1:9/hook")
    with pytest.raises(ValidationError, match="Only http and https"):
        webhooks.webhook_url_vet("file:///etc/passwd")
    hook = _hook("http://127.0.0.1:9/hook")  # saved before the rule, say: the delivery still refuses it
    review = ReviewFactory(state="published")
    delivery = WebhookDelivery.objects.get(webhook=hook, review=review)
    webhooks.webhook_deliver(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == "retrying" and delivery.last_error.startswith("Refused:")


def test_inactive_endpoints_get_nothing_and_the_sweep_requeues_lost_deliveries(receiver):
    _hook(receiver.url, active=False)
    ReviewFactory(state="published")
    assert WebhookDelivery.objects.count() == 0
    hook = _hook(receiver.url)
    review = ReviewFactory(state="published")  # its message is "lost": on_commit never ran here
    delivery = WebhookDelivery.objects.get(webhook=hook, review=review)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        next_attempt_at=delivery.created_at.replace(year=2020)
    )
    assert webhooks.webhook_deliveries_sweep() == 1  # eager: sent now
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED


def test_editors_register_endpoints_and_resend_from_the_admin(client, settings, receiver):
    editor = member("edith", "Editor")
    client.force_login(editor)
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = False
    refused = client.post(
        "/admin/publishing/webhook/add/",
        {
            "name": "Partner",
            "url": "http://127.0.0.1:9/hook",
            "events": ["published"],
            "active": "on",
            "secret": "s",
        },
    )
    assert refused.status_code == 200 and "private, loopback or reserved" in refused.content.decode()
    settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE = True
    created = client.post(
        "/admin/publishing/webhook/add/",
        {
            "name": "Partner",
            "url": receiver.url,
            "events": ["published", "withdrawn"],
            "active": "on",
            "secret": "s",
        },
    )
    assert created.status_code == 302, created.content.decode()[:2000]
    hook = Webhook.objects.get()
    assert (hook.events, hook.created_by) == (["published", "withdrawn"], editor)
    ReviewFactory(state="published")
    delivery = WebhookDelivery.objects.get()
    listing = client.get("/admin/publishing/webhookdelivery/")
    assert listing.status_code == 200 and "Partner" in listing.content.decode()
    client.post("/admin/publishing/webhookdelivery/", {"action": "resend", "_selected_action": [delivery.pk]})
    assert WebhookDelivery.objects.count() == 2
    reviewer = member("rob", "Reviewer")
    client.force_login(reviewer)
    assert client.get("/admin/publishing/webhook/").status_code == 403
