from django import forms
from django.contrib import admin, messages
from django.contrib.auth.models import Group
from django.db import transaction

from annotations.api.models import API_READER_GROUP, ApiClient
from annotations.api.services import api_client_token_issue, api_client_token_revoke


class ApiClientForm(forms.ModelForm):
    class Meta:
        model = ApiClient
        fields = ["username", "email", "first_name", "is_active"]
        labels = {"username": "Client name", "first_name": "Organisation"}


@admin.register(ApiClient)
class ApiClientAdmin(admin.ModelAdmin):
    """Editors issue and revoke per-client tokens here; clients never log in to the admin."""

    form = ApiClientForm
    list_display = ["username", "first_name", "email", "is_active", "has_token", "token_created"]
    list_filter = ["is_active"]
    search_fields = ["username", "first_name", "email"]
    readonly_fields = ["token_key", "token_created"]
    actions = ["issue_tokens", "revoke_tokens"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("auth_token")

    def get_fields(self, request, obj=None):
        return [
            "username",
            "first_name",
            "email",
            "is_active",
            *(["token_key", "token_created"] if obj else []),
        ]

    @transaction.atomic
    def save_model(self, request, obj, form, change):
        if not change:
            obj.set_unusable_password()
            obj.is_staff = False
        super().save_model(request, obj, form, change)
        if not change:
            obj.groups.add(Group.objects.get_or_create(name=API_READER_GROUP)[0])
            api_client_token_issue(client=obj)
            messages.info(request, "A token was issued; it is shown on the client's page.")

    def has_delete_permission(self, request, obj=None) -> bool:
        return request.user.is_superuser

    @admin.display(boolean=True, description="Token")
    def has_token(self, obj) -> bool:
        return hasattr(obj, "auth_token")

    @admin.display(description="Token")
    def token_key(self, obj) -> str:
        return obj.auth_token.key if hasattr(obj, "auth_token") else "— (revoked; use “Issue new token”)"

    @admin.display(description="Token issued")
    def token_created(self, obj):
        return obj.auth_token.created if hasattr(obj, "auth_token") else None

    @admin.action(description="Issue new token (the old one stops working)", permissions=["change"])
    def issue_tokens(self, request, queryset):
        for client in queryset:
            api_client_token_issue(client=client)
        self.message_user(request, f"Issued {len(queryset)} new token(s).", messages.SUCCESS)

    @admin.action(description="Revoke token", permissions=["change"])
    def revoke_tokens(self, request, queryset):
        for client in queryset:
            api_client_token_revoke(client=client)
        self.message_user(request, f"Revoked the token of {len(queryset)} client(s).", messages.SUCCESS)
