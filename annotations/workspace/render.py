"""Article text as HTML for the reader: claims as focusable links, figures underlined, all text escaped.

Nothing from an article reaches the page without ``html.escape`` (what Django's ``escape`` runs) or
``format_html``: a hostile article (``<script>``, ``onerror=``) shows as text. Offsets of claims and
quantities index into ``Article.body``; out-of-range spans are left as plain text rather than guessed.

Claims may overlap once people correct them (a claim drawn inside a sentence, a boundary moved
over the next sentence). Links cannot nest, so the text is cut where any claim starts or ends and
each piece belongs to the shortest claim covering it: a claim is then one link, or several
(``claim-12``, ``claim-12-2``…) around a claim inside it, or on both sides of a paragraph's end (each
paragraph is a ``<p>``, the newlines between them kept between the elements). The page's script maps a
selection back to article offsets by counting the text of ``#article-body`` (tooltips and the marks of
text-direction controls aside), so everything here keeps the body's text, in order, once.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from annotations.markup import (
    EXCERPT_CHARS,
    excerpt_end,
    mark_quantities,
    paragraph_breaks,
    visible,
    visible_html,
)
from annotations.models import Review, ReviewState, priority_of
from annotations.selectors import review_state_of
from annotations.workspace.selectors import QueueRow, ReaderClaim, to_check
from factcheck.extraction.types import CLAIM_KINDS
from factcheck.models import Category, Layer, Origin, Qualifier

CLAIM_FIGURE_KINDS = frozenset(kind.value for kind in CLAIM_KINDS)

# The article's HTML is built with f-strings around ``html.escape`` (what Django's ``escape`` runs) rather
# than ``format_html``: a long article has thousands of claims and figures, and ``format_html``'s cost
# per call was most of the reader's time (bench/reader.py). Every value from the database is escaped.
_e = html.escape


@dataclass(frozen=True)
class Labels:
    """The labels a claim's description shows, looked up once a page instead of once a claim."""

    state: dict[str, str]
    category: dict[str, str]
    qualifier: dict[str, str]

    @classmethod
    def now(cls) -> Labels:  # in the active language
        return cls(
            state={value: str(label) for value, label in ReviewState.choices},
            category={value: str(label) for value, label in Category.choices},
            qualifier={value: str(label) for value, label in Qualifier.choices},
        )


def _quantity_detail(quantity, labels: Labels | None = None) -> str:
    labels = labels or Labels.now()
    parts = [
        labels.category.get(quantity.category, quantity.category),
        str(labels.qualifier.get(quantity.qualifier, quantity.qualifier)).lower(),
    ]
    if quantity.value is not None:
        parts.append(f"{quantity.value:,g}")
    elif quantity.low is not None and quantity.high is not None:
        parts.append(f"{quantity.low:,g} to {quantity.high:,g}")
    if quantity.unit:
        parts.append(quantity.unit)
    return " · ".join(parts)


def _underline(quantity, surface: str) -> SafeString:
    return format_html('<span class="qty">{}</span>', visible(surface))


def _figures(body: str, start: int, end: int, quantities: Iterable) -> str:
    """``body[start:end]`` escaped, each figure inside it underlined (as ``mark_quantities`` with
    ``_underline`` does; overlapping, empty or out-of-range figures are left as plain text)."""
    html_parts: list[str] = []
    position = start
    for quantity in sorted(quantities, key=lambda q: q.start):
        if quantity.start < position or quantity.end > end or quantity.end <= quantity.start:
            continue
        html_parts.append(visible_html(body[position : quantity.start]))
        html_parts.append(f'<span class="qty">{visible_html(body[quantity.start : quantity.end])}</span>')
        position = quantity.end
    html_parts.append(visible_html(body[position:end]))
    return "".join(html_parts)


def claim_text_html(claim, *, limit: int | None = None) -> SafeString:
    """The claim's own text with its figures underlined; with ``limit``, an excerpt ending in "…"."""
    text = claim.text
    cut = excerpt_end(text, limit) if limit else len(text)
    marked = mark_quantities(text[:cut], claim.start, _figures_of(claim), wrap=_underline)
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


def _verdict_label(claim) -> str | None:
    if isinstance(claim, ReaderClaim):
        return claim.verdict_label
    verdict = verdict_of(claim)
    return str(verdict.label) if verdict else None


def _figures_of(claim) -> list:
    """The claim's figures by start (a reader row's own, or a claim's prefetched ``quantities``) that can
    carry a claim: counts, money, shares, durations, measures. Dates, times, ordinals and identifiers
    ("in 2016", "district 323") are left plain: underlined like the rest, they told a reviewer nothing."""
    figures = claim.figures if isinstance(claim, ReaderClaim | QueueRow) else claim.quantities.all()
    return [figure for figure in figures if figure.kind in CLAIM_FIGURE_KINDS]


def claim_tip(claim, labels: Labels | None = None) -> SafeString:
    """What hovering or focusing a claim shows; also its accessible description."""
    return mark_safe(_tip_html(claim, labels or Labels.now()))


def _tip_html(claim, labels: Labels) -> str:
    state = review_state_of(claim)
    verdict = _verdict_label(claim)
    figures = _figures_of(claim)
    verdict_html = (
        f' <span class="tip-verdict">Verdict: <strong>{_e(verdict)}</strong></span>' if verdict else ""
    )
    category = labels.category.get(claim.category, claim.category)
    rows = [
        f'<span class="tip-row"><span class="badge st-{_e(state)}">{_e(labels.state[state])}</span>'
        f"{verdict_html}</span>",
        f'<span class="tip-row"><span class="cat-dot cat-{_e(claim.category)}" aria-hidden="true"></span>'
        f"{_e(category)} · check-worthiness {round(claim.checkworthiness * 100)}%</span>",
        f'<span class="tip-row">Speaker: {_e(claim.speaker or "not attributed")}</span>',
    ]
    if figures:
        listed = "; ".join(
            f"<span><strong>{_e(q.surface)}</strong> ({_e(_quantity_detail(q, labels))})</span>"
            for q in figures
        )
        rows.append(f'<span class="tip-row tip-figures">Figures: {listed}</span>')
    else:
        rows.append('<span class="tip-row">No figures</span>')
    if claim.not_a_claim:
        rows.append('<span class="tip-row tip-mark">Marked not a claim</span>')
    elif claim.origin != Origin.MACHINE:
        rows.append(f'<span class="tip-row tip-mark">{_e(origin_label(claim))}</span>')
    if claim.attention:
        rows.append(f'<span class="tip-row tip-mark">Look again: {_e(claim.attention)}</span>')
    return f'<span class="tip-src" id="tip-{claim.pk}" hidden>{"".join(rows)}</span>'


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
    labels: Labels | None = None,
) -> SafeString:
    """One claim of the article: a link that opens its panel, plus its hidden description.

    ``piece`` is the part of the claim this link shows when other claims overlap it or it runs over a
    paragraph's end (``number`` counts the pieces: only the first carries the marker, the description
    and ``j``/``k`` navigation).
    """
    return mark_safe(
        _link_html(claim, body, href, current_id, oob, piece, number, overlap, labels or Labels.now())
    )


def _link_html(
    claim,
    body: str,
    href: str,
    current_id: int | None,
    oob: bool,
    piece: tuple[int, int] | None,
    number: int,
    overlap: bool,
    labels: Labels,
) -> str:
    state = review_state_of(claim)
    start, end = piece or (claim.start, claim.end)
    first = number == 1
    navigable = first and to_check(claim.is_claim, state, claim.not_a_claim)
    classes = f"claim st-{state} cat-{claim.category}" + (" worthy" if claim.is_claim else " minor")
    classes += f" tier-{getattr(claim, 'priority', '') or priority_of(claim)}"
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
    link_id = claim.pk if first else f"{claim.pk}-{number}"
    attributes = (
        (" data-nav" if navigable else "")
        + (' aria-current="true"' if current else "")
        + (' hx-swap-oob="outerHTML"' if oob else "")
    )
    marker = f'<span class="cat-mark cat-{_e(claim.category)}" aria-hidden="true"></span>' if first else ""
    tip = _tip_html(claim, labels) if first and not oob else ""
    figures = _figures(body, start, end, _figures_of(claim))
    return (
        f'<a id="claim-{_e(str(link_id))}" class="{_e(classes)}" href="{_e(href)}" data-claim="{claim.pk}"'
        f' draggable="false"{attributes} aria-describedby="tip-{claim.pk}">{marker}{figures}</a>{tip}'
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


def crosses_paragraphs(claim, body: str) -> bool:
    """Whether the claim runs over the end of a paragraph (the reader then draws it in pieces)."""
    if "\n" not in body[claim.start : claim.end]:
        return False
    return any(left < claim.end and right > claim.start for left, right in paragraph_breaks(body))


def article_html(article, claims: Iterable, *, href_for, current_id: int | None = None) -> SafeString:
    """The whole body, escaped, with every claim as a link (claims need ``review_state`` and quantities).

    Each paragraph (``annotations.markup.paragraph_breaks``) is a ``<p>``; the newlines between two
    paragraphs stay in the page, between the elements (where they do not show), so the page's text is
    still the body's, offset for offset. A claim that runs over a paragraph's end is cut there too.
    One pass over the claims' pieces and the paragraphs, in order.
    """
    body = article.body
    labels = Labels.now()
    out: list[str] = []
    numbers: dict[int, int] = {}
    cut = pieces(claims, len(body))
    following = 0  # the first piece that does not end before the paragraph
    paragraph_start = 0
    for break_start, break_end in [*paragraph_breaks(body), (len(body), len(body))]:
        if break_start > paragraph_start:
            out.append("<p>")
            position = paragraph_start
            while following < len(cut) and cut[following].end <= paragraph_start:
                following += 1  # only the text between paragraphs was left of it
            n = following
            while n < len(cut) and cut[n].start < break_start:
                piece = cut[n]
                left, right = max(piece.start, paragraph_start), min(piece.end, break_start)
                claim = piece.claim
                number = numbers[claim.pk] = numbers.get(claim.pk, 0) + 1  # type: ignore[attr-defined]
                out.append(visible_html(body[position:left]))
                out.append(
                    _link_html(
                        claim,
                        body,
                        href_for(claim),
                        current_id,
                        False,
                        (left, right),
                        number,
                        piece.overlap,
                        labels,
                    )
                )
                position = right
                n += 1
            out.append(visible_html(body[position:break_start]))
            out.append("</p>")
        out.append(visible_html(body[break_start:break_end]))
        paragraph_start = break_end
    return mark_safe("".join(out))  # every piece of text escaped by ``visible`` or ``html.escape``
