"""HTML for article text with claims and figures highlighted; every piece of article text is escaped.

Offsets of claims and quantities index into ``Article.body``. Hostile markup in an article
shows as text: nothing from the article reaches the page without ``escape``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import Any

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from annotations.models import ReviewState
from factcheck.text import BIDI_CONTROLS, BIDI_PATTERN, plain

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Between paragraphs: blank lines (with what spaces they hold), or in a text without any, one newline.
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
_NEWLINES = re.compile(r"\n+")

# Lists show this much of a claim; its page shows all of it.
EXCERPT_CHARS = 400


def _bidi_mark(match: re.Match[str]) -> str:
    char = match.group()
    return (
        f'<abbr class="fc-bidi" title="Hidden text-direction control U+{ord(char):04X}">'
        f"{BIDI_CONTROLS[char]}</abbr>"
    )


def visible(text: str) -> SafeString:
    """``text`` escaped, each text-direction control shown as a visible mark."""
    return mark_safe(visible_html(text))


def visible_html(text: str) -> str:
    """``visible(text)`` as a plain ``str``, for code that joins many pieces and marks the whole safe once.

    ``html.escape`` is what Django's ``escape`` runs, without the cost of its wrapper and of ``mark_safe``
    (the reader escapes thousands of pieces a page).
    """
    escaped = html.escape(text)
    return BIDI_PATTERN.sub(_bidi_mark, escaped) if BIDI_PATTERN.search(escaped) else escaped


def paragraph_breaks(body: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each run of text between two paragraphs of ``body``, in order.

    A text with blank lines (typed or pasted, plain-text files) has its paragraphs between them, and a
    single newline inside one is a line break; a text without any (HTML pages, whose paragraphs are
    stored one a line) has a paragraph on each line. The stored text itself is never changed.
    """
    pattern = _BLANK_LINES if _PARAGRAPH_BREAK.search(body) else _NEWLINES
    return [match.span() for match in pattern.finditer(body)]


def excerpt_end(text: str, limit: int = EXCERPT_CHARS) -> int:
    """Where an excerpt of ``text`` stops: all of it when short, else at the last space before ``limit``."""
    if len(text) <= limit:
        return len(text)
    space = text.rfind(" ", limit // 2, limit)
    return space if space > 0 else limit


def _quantity_title(quantity) -> str:
    parts = [quantity.get_category_display(), quantity.get_qualifier_display()]
    if quantity.value is not None:
        parts.append(f"{quantity.value:g}")
    if quantity.unit:
        parts.append(quantity.unit)
    return plain(" · ".join(parts))


def highlight_spans(text: str, offset: int, items: Iterable, render: Callable[[Any], str]) -> SafeString:
    """``text`` (starting at ``offset`` in the body) escaped, each item's span replaced by ``render(item)``.

    Items have ``start``/``end`` offsets into the body; overlapping, empty or out-of-range
    spans are left as plain text rather than guessed.
    """
    pieces: list[str] = []
    position = offset
    end = offset + len(text)
    for item in sorted(items, key=lambda i: i.start):
        if item.start < position or item.end > end or item.end <= item.start:
            continue
        pieces.append(visible(text[position - offset : item.start - offset]))
        pieces.append(render(item))
        position = item.end
    pieces.append(visible(text[position - offset :]))
    return mark_safe("".join(pieces))  # every piece escaped above or built with format_html


def _mark(quantity, surface: str) -> SafeString:
    return format_html(
        '<mark class="fc-quantity" title="{}">{}</mark>', _quantity_title(quantity), visible(surface)
    )


def mark_quantities(
    text: str, offset: int, quantities: Iterable, *, wrap: Callable[[Any, str], str] = _mark
) -> SafeString:
    """``text`` (which starts at ``offset`` in the body) with each quantity inside it wrapped by ``wrap``."""
    return highlight_spans(
        text, offset, quantities, lambda q: wrap(q, text[q.start - offset : q.end - offset])
    )


def claim_figures(claim, *, limit: int | None = None) -> SafeString:
    """The claim's sentence with its figures highlighted (uses prefetched ``quantities``); with ``limit``,
    an excerpt of about that many characters ending in "…"."""
    text = claim.text
    cut = excerpt_end(text, limit) if limit else len(text)
    marked = mark_quantities(text[:cut], claim.start, claim.quantities.all())
    return format_html("{}…", marked) if cut < len(text) else marked


def paragraph_bounds(body: str, start: int, end: int, max_chars: int = 1200) -> tuple[int, int]:
    """The paragraph around ``start:end``, cut to ``max_chars`` either side for run-on text."""
    para_start, para_end = 0, len(body)
    for match in _PARAGRAPH_BREAK.finditer(body):
        if match.end() <= start:
            para_start = match.end()
        elif match.start() >= end:
            para_end = match.start()
            break
    return max(para_start, start - max_chars), min(para_end, end + max_chars)


def claim_in_context(claim) -> SafeString:
    """The claim highlighted inside its paragraph, figures marked, the rest of the paragraph plain."""
    body = claim.article.body
    start, end = paragraph_bounds(body, claim.start, claim.end)
    return format_html(
        '<div class="fc-context">{}{}<mark class="fc-claim fc-current">{}</mark>{}{}</div>',
        "… " if start > 0 and body[start - 1] not in "\n" else "",
        visible(body[start : claim.start]),
        claim_figures(claim),
        visible(body[claim.end : end]),
        " …" if end < len(body) and body[end] not in "\n" else "",
    )


def article_with_claims(
    article, claims: Iterable, *, link: Callable[[object], str] | None = None, current_id: int | None = None
) -> SafeString:
    """The whole article with each claim highlighted, coloured by its review state, linked to its review.

    ``claims`` need ``review_state`` (see ``annotations.selectors.claims_with_reviews``) and
    prefetched ``quantities``.
    """
    body = article.body

    def render(claim) -> SafeString:
        state = getattr(claim, "review_state", None) or ReviewState.UNREVIEWED
        review = getattr(claim, "review", None) if state != ReviewState.UNREVIEWED else None
        verdict = review.verdict if review is not None and review.verdict_id else None
        title = ReviewState(state).label + (f" · {verdict}" if verdict else "")
        if claim.speaker:
            title += f" · {plain(claim.speaker)}"
        classes = f"fc-claim fc-state-{state}" + (" fc-checkworthy" if claim.is_claim else "")
        if getattr(claim, "not_a_claim", False):
            classes += " fc-not-a-claim"
            title += " · not a claim"
        if claim.pk == current_id:
            classes += " fc-current"
        tag = "a" if link else "span"
        return format_html(
            '<{} class="{}" title="{}" data-claim="{}"{}>{}</{}>',
            tag,
            classes,
            title,
            claim.pk,
            format_html(' href="{}"', link(claim)) if link else "",
            claim_figures(claim),
            tag,
        )

    return format_html('<div class="fc-article">{}</div>', highlight_spans(body, 0, claims, render))
