"""Article text as HTML for the reader: claims as focusable links, figures underlined, all text escaped.

Nothing from an article reaches the page without ``escape``/``format_html``: a hostile
article (``<script>``, ``onerror=``) shows as text. Offsets of claims and quantities index into
``Article.body``; out-of-range spans are left as plain text rather than guessed.

Claims may overlap once people correct them (a claim drawn inside a sentence, a boundary moved
over the next sentence). Links cannot nest, so the text is cut where any claim starts or ends and
each piece belongs to the shortest claim covering it: a claim is then one link, or several
(``claim-12``, ``claim-12-2``…) around a claim inside it. The page's script maps a selection back
to article offsets by counting the text of ``#article-body`` (tooltips and the marks of
text-direction controls aside), so everything here keeps the body's text, in order, once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from annotations.markup import EXCERPT_CHARS, excerpt_end, mark_quantities, visible
from annotations.models import Review, ReviewState
from annotations.selectors import review_state_of
from annotations.workspace.selectors import to_check
from factcheck.models import Layer, Origin


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
    if claim.not_a_claim:
        rows.append(format_html('<span class="tip-row tip-mark">{}</span>', "Marked not a claim"))
    elif claim.origin != Origin.MACHINE:
        rows.append(format_html('<span class="tip-row tip-mark">{}</span>', origin_label(claim)))
    if claim.attention:
        rows.append(format_html('<span class="tip-row tip-mark">Look again: {}</span>', claim.attention))
    return format_html(
        '<span class="tip-src" id="tip-{}" hidden>{}</span>',
        claim.pk,
        mark_safe("".join(rows)),
    )


def origin_label(claim) -> str:
    """ "Added by a reviewer", "Corrected: boundaries, speaker", or "" for the extractor's own claim."""
    if claim.origin == Origin.ADDED:
        return str(Origin.ADDED.label)
    if claim.origin == Origin.CORRECTED:
        parts = [str(Layer(part).label).lower() for part in claim.corrected if part in Layer.values]
        return "Corrected" + (f": {', '.join(parts)}" if parts else "")
    return ""


def claim_link(
    claim,
    body: str,
    *,
    href: str,
    current_id: int | None = None,
    oob: bool = False,
    piece: tuple[int, int] | None = None,
    number: int = 1,
    overlap: bool = False,
) -> SafeString:
    """One claim of the article: a link that opens its panel, plus its hidden description.

    ``piece`` is the part of the claim this link shows when other claims overlap it (``number`` counts
    the pieces: only the first carries the marker, the description and ``j``/``k`` navigation).
    """
    state = review_state_of(claim)
    start, end = piece or (claim.start, claim.end)
    first = number == 1
    navigable = first and to_check(claim.is_claim, state, claim.not_a_claim)
    classes = f"claim st-{state} cat-{claim.category}" + (" worthy" if claim.is_claim else " minor")
    if claim.not_a_claim:
        classes += " not-claim"
    if claim.origin != Origin.MACHINE:
        classes += f" origin-{claim.origin}"
    if claim.attention and first:
        classes += " attention"
    if overlap:
        classes += " overlap"
    if not first:
        classes += " cont"
    current = claim.pk == current_id
    if current:
        classes += " current"
    return format_html(
        '<a id="claim-{}" class="{}" href="{}" data-claim="{}" draggable="false"{}{}{}'
        ' aria-describedby="tip-{}">{}{}</a>{}',
        claim.pk if first else f"{claim.pk}-{number}",
        classes,
        href,
        claim.pk,
        mark_safe(" data-nav") if navigable else "",
        mark_safe(' aria-current="true"') if current else "",
        mark_safe(' hx-swap-oob="outerHTML"') if oob else "",
        claim.pk,
        format_html('<span class="cat-mark cat-{}" aria-hidden="true"></span>', claim.category)
        if first
        else "",
        _figures(body, start, end, claim.quantities.all()),
        claim_tip(claim) if first and not oob else "",
    )


def claim_tip_oob(claim) -> SafeString:
    tip = claim_tip(claim)
    return mark_safe(tip.replace("<span ", '<span hx-swap-oob="outerHTML" ', 1))


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    claim: object
    overlap: bool  # another claim covers this text too


def pieces(claims: Iterable, length: int) -> list[Piece]:
    """The claims' text cut where any of them starts or ends, each piece given to the shortest claim
    covering it (the one drawn inside the other); neighbouring pieces of one claim are joined.

    A sweep over the boundaries: the work is the number of claims times how many overlap at once.
    """
    spans = sorted(
        (c for c in claims if 0 <= c.start < c.end <= length), key=lambda c: (c.start, c.end, c.pk)
    )
    points = sorted({p for c in spans for p in (c.start, c.end)})
    out: list[Piece] = []
    active: list = []
    following = 0
    for left, right in pairwise(points):
        while following < len(spans) and spans[following].start <= left:
            active.append(spans[following])
            following += 1
        active = [c for c in active if c.end > left]
        if not active:
            continue
        owner = min(active, key=lambda c: (c.end - c.start, -c.start, c.pk))
        overlap = len(active) > 1
        if out and out[-1].claim is owner and out[-1].end == left and out[-1].overlap == overlap:
            out[-1] = Piece(out[-1].start, right, owner, overlap)
        else:
            out.append(Piece(left, right, owner, overlap))
    return out


def article_html(article, claims: Iterable, *, href_for, current_id: int | None = None) -> SafeString:
    """The whole body, escaped, with every claim as a link (claims need ``review_state`` and quantities)."""
    body = article.body
    html: list[str] = []
    position = 0
    numbers: dict[int, int] = {}
    for piece in pieces(claims, len(body)):
        claim = piece.claim
        numbers[claim.pk] = numbers.get(claim.pk, 0) + 1  # type: ignore[attr-defined]
        html.append(visible(body[position : piece.start]))
        html.append(
            claim_link(
                claim,
                body,
                href=href_for(claim),
                current_id=current_id,
                piece=(piece.start, piece.end),
                number=numbers[claim.pk],  # type: ignore[attr-defined]
                overlap=piece.overlap,
            )
        )
        position = piece.end
    html.append(visible(body[position:]))
    return mark_safe("".join(html))  # every piece escaped by ``visible`` or built with format_html
