"""Newsroom roles and their permissions; a migration creates the groups, ``sync_groups`` refreshes them."""

from __future__ import annotations

REVIEWER = "Reviewer"
EDITOR = "Editor"

# app_label -> codenames. Reviewers annotate, comment and send to second review.
REVIEWER_PERMISSIONS: dict[str, list[str]] = {
    "factcheck": ["view_article", "view_claim", "view_quantity"],
    "annotations": [
        "view_ratingscale",
        "view_rating",
        "view_review",
        "change_review",
        "submit_review",
        "dismiss_review",
        "correct_claim",
        "view_evidence",
        "add_evidence",
        "change_evidence",
        "delete_evidence",
        "view_comment",
        "add_comment",
        "view_reviewrevision",
    ],
}

# Editors also approve, publish, assign and manage the rating scales.
EDITOR_PERMISSIONS: dict[str, list[str]] = {
    "factcheck": [
        *REVIEWER_PERMISSIONS["factcheck"],
        "view_importjob",
        "add_importjob",  # start imports (the workspace's and the admin's import form, the API)
        "view_importitem",
        "view_factcheck",
        "view_feed",
        "add_feed",
        "change_feed",
        "view_feedentry",
    ],
    "annotations": [
        *REVIEWER_PERMISSIONS["annotations"],
        "approve_review",
        "publish_review",
        "assign_review",
        "add_ratingscale",
        "change_ratingscale",
        "delete_ratingscale",
        "add_rating",
        "change_rating",
        "delete_rating",
    ],
    "publishing": [
        "view_webhook",
        "add_webhook",
        "change_webhook",
        "delete_webhook",
        "view_webhookdelivery",
        "resend_webhookdelivery",
    ],
}

GROUPS: dict[str, dict[str, list[str]]] = {REVIEWER: REVIEWER_PERMISSIONS, EDITOR: EDITOR_PERMISSIONS}


def sync_groups(group_model=None, permission_model=None) -> None:
    """Create the groups and add any missing permission (never removes ones added by hand)."""
    if group_model is None:
        from django.contrib.auth.models import Group as group_model
        from django.contrib.auth.models import Permission as permission_model
    for name, by_app in GROUPS.items():
        group, _ = group_model.objects.get_or_create(name=name)
        for app_label, codenames in by_app.items():
            permissions = permission_model.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            )
            group.permissions.add(*permissions)


def is_editor(user) -> bool:
    """Editors may act on any review (edit, submit, dismiss) besides approving and publishing."""
    return bool(user.has_perm("annotations.approve_review"))


def public_name(user) -> str:
    """The name shown to readers: the full name, else the username; never the e-mail address."""
    if user is None:
        return ""
    return user.get_full_name().strip() or user.get_username()
