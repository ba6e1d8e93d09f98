"""Article text as HTML for the reader: claims as focusable links, figures underlined, all text escaped.

Nothing from an article reaches the page without ``escape``/``format_html``: a hostile
article (``<script>``, ``onerror=``) shows as text. Offsets of claims and quantities index into
``Article.body``; overlapping or out-of-range spans are left as plain text rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from annotations.markup import EXCERPT_CHARS, excerpt_end, highlight_spans, mark_quantities, visible
from annotations.models import Review, ReviewState
from annotations.selectors import review_state_of


def _quantity_detail(quantity) -> str:
    parts = [quantity.get_category_display(), quantity.get_qualifier_display().lower()]
    if quantity.value is not None:
        parts.append(f"{quantity.value:,g}")
    elif quantity.low is not None and quantity.high is not None:
        parts.append(f"{quantity.low:,g} to {quantity.high:,g}")
    if quantity.unit:
        parts.append(quantity.unit)
    return " · ".join(parts)


def _underline(quantity, surface: str) -> SafeString:
    return format_html('<span class="qty">{}</span>', visible(surface))


def _figures(body: str, start: int, end: int, quantities: Iterable) -> SafeString:
    return mark_quantities(body[start:end], start, quantities, wrap=_underline)


def claim_text_html(claim, *, limit: int | None = None) -> SafeString:
    """The claim's own text with its figures underlined; with ``limit``, an excerpt ending in "…"."""
    text = claim.text
    cut = excerpt_end(text, limit) if limit else len(text)
    marked = mark_quantities(text[:cut], claim.start, claim.quantities.all(), wrap=_underline)
    return format_html("{}…", marked) if cut < len(text) else marked


def claim_excerpt_html(claim) -> SafeString:
    """What lists show of a claim: the first ``EXCERPT_CHARS`` or so, figures underlined."""
    return claim_text_html(claim, limit=EXCERPT_CHARS)


def verdict_of(claim):
    try:
        review = claim.review  # selected with the claim: no query
    except Review.DoesNotExist:
        return None
    return review.verdict if review.verdict_id else None


def claim_tip(claim) -> SafeString:
    """What hovering or focusing a claim shows; also its accessible description."""
    state = review_state_of(claim)
    verdict = verdict_of(claim)
    figures = list(claim.quantities.all())
    rows = [
        format_html(
            '<span class="tip-row"><span class="badge st-{}">{}</span>{}</span>',
            state,
            ReviewState(state).label,
            format_html(' <span class="tip-verdict">Verdict: <strong>{}</strong></span>', verdict.label)
            if verdict
            else "",
        ),
        format_html(
            '<span class="tip-row"><span class="cat-dot cat-{}" aria-hidden="true"></span>{}{}</span>',
            claim.category,
            claim.get_category_display(),
            format_html(" · check-worthiness {}%", round(claim.checkworthiness * 100)),
        ),
        format_html(
            '<span class="tip-row">Speaker: {}</span>',
            claim.speaker or "not attributed",
        ),
    ]
    if figures:
        rows.append(
            format_html(
                '<span class="tip-row tip-figures">Figures: {}</span>',
                format_html_join(
                    "; ",
                    "<span><strong>{}</strong> ({})</span>",
                    ((q.surface, _quantity_detail(q)) for q in figures),
                ),
            )
        )
    else:
        rows.append(format_html('<span class="tip-row">{}</span>', "No figures"))
    return format_html(
        '<span class="tip-src" id="tip-{}" hidden>{}</span>',
        claim.pk,
        mark_safe("".join(rows)),
    )


def claim_link(
    claim, body: str, *, href: str, current_id: int | None = None, oob: bool = False
) -> SafeString:
    """One claim of the article: a link that opens its panel, plus its hidden description."""
    state = review_state_of(claim)
    navigable = claim.is_claim or state != ReviewState.UNREVIEWED
    classes = f"claim st-{state} cat-{claim.category}" + (" worthy" if claim.is_claim else " minor")
    current = claim.pk == current_id
    if current:
        classes += " current"
    return format_html(
        '<a id="claim-{}" class="{}" href="{}" data-claim="{}"{}{}{} aria-describedby="tip-{}">'
        '<span class="cat-mark cat-{}" aria-hidden="true"></span>{}</a>{}',
        claim.pk,
        classes,
        href,
        claim.pk,
        mark_safe(" data-nav") if navigable else "",
        mark_safe(' aria-current="true"') if current else "",
        mark_safe(' hx-swap-oob="outerHTML"') if oob else "",
        claim.pk,
        claim.category,
        _figures(body, claim.start, claim.end, claim.quantities.all()),
        claim_tip(claim) if not oob else "",
    )


def claim_tip_oob(claim) -> SafeString:
    tip = claim_tip(claim)
    return mark_safe(tip.replace("<span ", '<span hx-swap-oob="outerHTML" ', 1))


def article_html(article, claims: Iterable, *, href_for, current_id: int | None = None) -> SafeString:
    """The whole body, escaped, with every claim as a link (claims need ``review_state`` and quantities)."""
    body = article.body
    return highlight_spans(
        body, 0, claims, lambda claim: claim_link(claim, body, href=href_for(claim), current_id=current_id)
    )
