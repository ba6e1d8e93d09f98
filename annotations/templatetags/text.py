"""Template filters for article text: text-direction controls shown (``visible``) or dropped (``plain``)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from annotations import markup
from factcheck import text

register = template.Library()


@register.filter
def visible(value: str) -> SafeString:
    """Escaped, each text-direction control shown as a mark."""
    return markup.visible(str(value))


@register.filter
def plain(value: str) -> str:
    """Without text-direction controls (for form fields and attributes, which cannot show marks)."""
    return text.plain(str(value))
