"""The workspace header's unread notifications badge: one query a page."""

from __future__ import annotations

from django import template

from annotations.notifications import UNREAD_SHOWN_MAX, notifications_unread_count

register = template.Library()


@register.inclusion_tag("workspace/_notifications_badge.html", takes_context=True)
def notifications_badge(context: template.Context) -> dict:
    user = context.get("user")
    count = notifications_unread_count(user=user)
    return {
        "count": count,
        "shown": f"{UNREAD_SHOWN_MAX}+" if count > UNREAD_SHOWN_MAX else str(count),
        "current": context.get("active_nav") == "notifications",
    }
