"""Webhook services: record an event's deliveries, send one, send one again.

Each delivery is a POST of a JSON body, signed so a receiver can tell it came from us and is fresh::

    X-Factcheck-Event: published | corrected | withdrawn
    X-Factcheck-Delivery: <uuid, the same on every retry>
    X-Factcheck-Timestamp: <unix seconds of this attempt>
    X-Factcheck-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>." + body, keyed by the secret>

Receivers recompute the HMAC, compare in constant time and refuse old timestamps (replays). A
failed attempt is retried with exponential backoff; after ``MAX_ATTEMPTS`` the delivery is failed,
the endpoint marked failing, and an editor can send it again from the admin. Publishing never waits
for any of this: deliveries are queued once the publishing transaction commits.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import time
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from annotations.models import Review
from annotations.publishing.models import DeliveryStatus, Webhook, WebhookDelivery, WebhookEvent
from factcheck.imports.fetch import FetchError, FetchOptions, request, vet_url

MAX_ATTEMPTS = 6
BACKOFF_BASE = 30  # seconds: 30 s, 1 min, 2 min, 4 min, 8 min between the six attempts
BACKOFF_MAX = 3600
RESPONSE_KEPT = 2000  # characters of the receiver's answer kept in the log


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The ``X-Factcheck-Signature`` value (receivers compute the same and compare)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


def _options() -> FetchOptions:
    return FetchOptions(
        allow_private=settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE,
        connect_timeout=5.0,
        read_timeout=settings.FACTCHECK_WEBHOOK_TIMEOUT,
        total_timeout=settings.FACTCHECK_WEBHOOK_TIMEOUT + 5.0,
        max_bytes=RESPONSE_KEPT,
    )


def webhook_url_vet(url: str) -> None:
    """The URL import rules for an endpoint: http(s), a host that resolves to public addresses only
    (unless ``FACTCHECK_WEBHOOK_ALLOW_PRIVATE``). Raises ``ValidationError`` with the reason."""
    try:
        vet_url(url, allow_private=settings.FACTCHECK_WEBHOOK_ALLOW_PRIVATE)
    except FetchError as error:
        raise ValidationError(str(error).replace("imported", "called")) from None


def _event_payload(event: str, review: Review) -> dict:
    from annotations.api.serializers import public_review_data

    return {
        "event": event,
        "occurred_at": timezone.now().isoformat().replace("+00:00", "Z"),
        "review": public_review_data(review),
    }


@transaction.atomic
def webhook_event_emit(*, event: str, review: Review) -> list[WebhookDelivery]:
    """Record ``event`` for every active endpoint that asked for it; they are sent after commit."""
    if event not in WebhookEvent.values:
        raise ValueError(f"Unknown webhook event {event!r}.")
    hooks = [hook for hook in Webhook.objects.filter(active=True) if event in hook.events]
    if not hooks:
        return []
    payload = json.loads(json.dumps(_event_payload(event, review), cls=DjangoJSONEncoder))
    now = timezone.now()
    deliveries = WebhookDelivery.objects.bulk_create(
        [
            WebhookDelivery(webhook=hook, event=event, review=review, payload=payload, next_attempt_at=now)
            for hook in hooks
        ]
    )
    _enqueue_after_commit([delivery.pk for delivery in deliveries])
    return deliveries


def on_verdict_changed(sender, *, event: str, review: Review, **kwargs) -> None:
    """``annotations.signals.verdict_changed`` receiver: the services stay unaware of webhooks."""
    webhook_event_emit(event=event, review=review)


def _enqueue_after_commit(ids: list[int]) -> None:
    from annotations.publishing.tasks import webhook_deliver_task

    for pk in ids:
        transaction.on_commit(partial(webhook_deliver_task.delay, pk))


def body_of(delivery: WebhookDelivery) -> bytes:
    """The exact bytes sent (and signed): compact JSON with the delivery's id."""
    return json.dumps({"delivery": str(delivery.uuid), **delivery.payload}, ensure_ascii=False).encode()


def webhook_deliver(*, delivery_id: int) -> float | None:
    """One attempt; returns seconds until the next one, or None when done (delivered or failed).

    Safe to run twice: a delivery already delivered or failed is left alone.
    """
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .select_related("webhook")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.status not in (DeliveryStatus.PENDING, DeliveryStatus.RETRYING):
            return None
        delivery.attempts += 1
        delivery.save(update_fields=["attempts"])
    hook = delivery.webhook
    body = body_of(delivery)
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "X-Factcheck-Event": delivery.event,
        "X-Factcheck-Delivery": str(delivery.uuid),
        "X-Factcheck-Timestamp": str(timestamp),
        "X-Factcheck-Signature": signature(hook.secret, timestamp, body),
    }
    code: int | None = None
    try:
        response = request(
            "POST",
            hook.url,
            body=body,
            headers=headers,
            options=_options(),
            follow_redirects=False,
            truncate=True,
        )
        code = response.status
        answer = response.body.decode("utf-8", "replace")
        error = "" if 200 <= code < 300 else f"The endpoint answered {code}: {answer[:RESPONSE_KEPT]}".strip()
    except FetchError as failure:
        error = str(failure)
    return _record_attempt(delivery.pk, code=code, error=error)


@transaction.atomic
def _record_attempt(delivery_id: int, *, code: int | None, error: str) -> float | None:
    delivery = WebhookDelivery.objects.select_for_update().select_related("webhook").get(pk=delivery_id)
    now = timezone.now()
    delivery.response_code = code
    delivery.last_error = error
    hook = delivery.webhook
    if not error:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.delivered_at = now
        delivery.next_attempt_at = None
        delivery.save()
        if hook.failing_since is not None:
            Webhook.objects.filter(pk=hook.pk).update(failing_since=None)
        return None
    if delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
        delivery.save()
        if hook.failing_since is None:
            Webhook.objects.filter(pk=hook.pk).update(failing_since=now)
        return None
    wait = min(BACKOFF_BASE * 2 ** (delivery.attempts - 1), BACKOFF_MAX)
    delivery.status = DeliveryStatus.RETRYING
    delivery.next_attempt_at = now + datetime.timedelta(seconds=wait)
    delivery.save()
    return float(wait)


@transaction.atomic
def webhook_delivery_resend(*, delivery: WebhookDelivery) -> WebhookDelivery:
    """Send the same event again as a new delivery (the old one stays in the log)."""
    again = WebhookDelivery.objects.create(
        webhook=delivery.webhook,
        event=delivery.event,
        review_id=delivery.review_id,
        payload=delivery.payload,
        next_attempt_at=timezone.now(),
    )
    _enqueue_after_commit([again.pk])
    return again


def webhook_deliveries_sweep() -> int:
    """Queue deliveries whose time has come but whose message was lost (a broker restart, say)."""
    ids = list(
        WebhookDelivery.objects.due(timezone.now() - datetime.timedelta(seconds=60)).values_list(
            "pk", flat=True
        )[:500]
    )
    from annotations.publishing.tasks import webhook_deliver_task

    for pk in ids:
        webhook_deliver_task.delay(pk)
    return len(ids)
