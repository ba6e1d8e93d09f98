"""Webhooks: partners' endpoints told when a verdict is published, corrected or withdrawn."""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class WebhookEvent(models.TextChoices):
    PUBLISHED = "published", "A verdict is published"
    CORRECTED = "corrected", "A correction of a verdict is published"
    WITHDRAWN = "withdrawn", "A verdict is withdrawn"


class Webhook(models.Model):
    name = models.CharField(max_length=100, help_text="Who receives it, e.g. the partner newsroom.")
    url = models.URLField("URL", max_length=2000, help_text="Receives a POST with a JSON body per event.")
    secret = models.CharField(
        max_length=200,
        default=new_secret,
        help_text="Shared with the receiver, who checks the X-Factcheck-Signature header with it.",
    )
    events = models.JSONField(default=list, help_text="Event names sent to this endpoint.")
    active = models.BooleanField(default=True)
    failing_since = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set when a delivery gives up after its retries; cleared by a success.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RETRYING = "retrying", "Retrying"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class WebhookDeliveryQuerySet(models.QuerySet):
    def due(self, now) -> WebhookDeliveryQuerySet:
        """Waiting and past their time: what the sweep sends again if its message was lost."""
        return self.filter(
            status__in=[DeliveryStatus.PENDING, DeliveryStatus.RETRYING], next_attempt_at__lte=now
        )


class WebhookDelivery(models.Model):
    """One event for one endpoint; the body is frozen when the event happens, so a retry sends the same."""

    Status = DeliveryStatus

    uuid = models.UUIDField(
        default=uuid.uuid4, unique=True, editable=False, help_text="X-Factcheck-Delivery."
    )
    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=20, choices=WebhookEvent.choices)
    review = models.ForeignKey(
        "annotations.Review", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    response_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        permissions = [("resend_webhookdelivery", "Can send a webhook delivery again")]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(status__in=["pending", "retrying"]),
                name="webhook_delivery_waiting",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_event_display()} → {self.webhook} ({self.get_status_display()})"
