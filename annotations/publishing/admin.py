"""Editors register webhook endpoints and read the delivery log; a failed delivery can be sent again."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.utils.html import format_html

from annotations.publishing.models import Webhook, WebhookDelivery, WebhookEvent
from annotations.publishing.webhooks import webhook_delivery_resend, webhook_url_vet


class WebhookForm(forms.ModelForm):
    events = forms.MultipleChoiceField(
        choices=WebhookEvent.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Which events are sent to this endpoint.",
    )

    class Meta:
        model = Webhook
        fields = ["name", "url", "events", "active", "secret"]

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        webhook_url_vet(url)
        return url


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    form = WebhookForm
    list_display = ["name", "url", "event_list", "active", "health"]
    list_filter = ["active"]
    search_fields = ["name", "url"]
    readonly_fields = ["failing_since", "created_by", "created_at"]

    @admin.display(description="Events")
    def event_list(self, hook: Webhook) -> str:
        labels = dict(WebhookEvent.choices)
        return ", ".join(str(labels.get(event, event)) for event in hook.events)

    @admin.display(description="Health")
    def health(self, hook: Webhook) -> str:
        if hook.failing_since:
            return format_html('<strong style="color:#b42318">Failing since {}</strong>', hook.failing_since)
        return "OK"

    def save_model(self, request, obj: Webhook, form, change) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "webhook", "event", "review_id", "status", "attempts", "response_code"]
    list_filter = ["status", "event", "webhook"]
    list_select_related = ["webhook"]
    date_hierarchy = "created_at"
    actions = ["resend"]
    readonly_fields = [
        "uuid",
        "webhook",
        "event",
        "review",
        "payload",
        "status",
        "attempts",
        "response_code",
        "last_error",
        "created_at",
        "next_attempt_at",
        "delivered_at",
    ]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description="Send again", permissions=["resend"])
    def resend(self, request, queryset: QuerySet[WebhookDelivery]) -> None:
        count = 0
        for delivery in queryset.select_related("webhook"):
            webhook_delivery_resend(delivery=delivery)
            count += 1
        self.message_user(
            request, f"{count} deliver{'y' if count == 1 else 'ies'} queued again.", messages.SUCCESS
        )

    def has_resend_permission(self, request) -> bool:
        return request.user.has_perm("publishing.resend_webhookdelivery")
