"""Reviewers correct the claims themselves: boundaries, splits, merges, added claims, figures, speakers.

The extractor's output is the machine layer; what a person sets here is a layer on top
(``factcheck.layers``): the row shows the person's parts, ``Claim.machine`` keeps the extractor's
sentence, every change is saved with its author in the claim's and figures' history.

Who may correct is the workflow table's ``amend`` row: the ``correct_claim`` permission (reviewers
and editors), on a claim that is unreviewed, in progress or dismissed, by its assignee or an editor
once someone has it. A claim sent to second review, approved or published is what was rated, so it
changes only through the workflow (returned, or a correction opened). What happens to reviews:

- split: the review stays with the part that keeps the claim's start (the same row); the rest is a
  new claim without a review;
- merge: the claim that has a review (at most one may: merging two reviewed claims is refused) keeps
  it and grows over the others, which are deleted; without reviews the first claim stays;
- "not a claim": refused while a review is under way (dismiss it first); the claim leaves the
  queues and exports but stays, as gold data for the extractor.

Each function takes keyword-only arguments, runs in a transaction and raises a ``WorkflowError``
(``ConflictError`` for a stale ``expected_version``) with a message fit to show the user; nothing is
half-saved.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from types import SimpleNamespace
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F

from annotations import workflow
from annotations.exceptions import Conflict, ConflictError, FieldChange, TransitionNotAllowed, WorkflowError
from annotations.models import Review, ReviewState
from annotations.roles import public_name
from factcheck.checkworthiness import analyse_spans
from factcheck.layers import (
    PART_FIELDS,
    UNNUMBERED,
    apply_sentence,
    machine_snapshot,
    mark_corrected,
    quantity_rows,
    renumber,
    sentence_values,
    speaker_type_of,
)
from factcheck.matching import services as matching
from factcheck.models import (
    Article,
    Category,
    Claim,
    Layer,
    Origin,
    Qualifier,
    Quantity,
    QuantityKind,
    SpeakerType,
)

__all__ = [
    "claim_add",
    "claim_merge",
    "claim_remove",
    "claim_split",
    "claim_update",
    "may_correct",
    "quantity_add",
    "quantity_remove",
    "quantity_update",
]

_UNSET: Any = object()
QUANTITY_FIELDS = ("start", "end", "value", "low", "high", "qualifier", "unit", "category", "kind")


# --- checks ---------------------------------------------------------------------------------------


def _review_of(claim: Claim) -> Review:
    """The claim's review, or an unsaved unreviewed one (a missing row means unreviewed)."""
    try:
        return Review.objects.select_related("assignee").get(claim_id=claim.pk)
    except Review.DoesNotExist:
        return Review(claim_id=claim.pk)


def _check(claim: Claim, by) -> Review:
    review = _review_of(claim)
    workflow.check("amend", review, by)
    return review


def may_correct(*, claim: Claim, review: Review | None, user) -> bool:
    """Whether ``user`` may correct ``claim`` now (``review`` as loaded by the caller, None if none)."""
    return workflow.allows("amend", review or Review(claim_id=claim.pk), user)


def _has_work(review: Review) -> bool:
    """A review someone has started: beyond unreviewed, or with comments."""
    return bool(review.pk) and (review.state != ReviewState.UNREVIEWED or review.comments.exists())


def _locked(claim: Claim, expected_version: int | None) -> Claim:
    """The current row, locked, with ``version`` incremented (compare-and-set with ``expected_version``)."""
    rows = Claim.objects.filter(pk=claim.pk)
    if expected_version is not None:
        if not rows.filter(version=expected_version).update(version=F("version") + 1):
            current = rows.first()
            if current is None:
                raise TransitionNotAllowed(f"Claim #{claim.pk} no longer exists (merged or removed).")
            if expected_version > current.version:
                raise WorkflowError(
                    f"Claim #{claim.pk} has no version {expected_version} yet (it is at {current.version})."
                )
            raise ConflictError(_conflict(current, expected_version))
        return rows.select_for_update().get()
    fresh = rows.select_for_update().get()
    rows.update(version=F("version") + 1)
    fresh.version += 1
    return fresh


_CONFLICT_FIELDS = (
    ("start", "Start"),
    ("end", "End"),
    ("category", "Category"),
    ("speaker", "Speaker"),
    ("not_a_claim", "Not a claim"),
)


def _conflict(claim: Claim, expected_version: int) -> Conflict:
    records = list(
        claim.history.filter(version__gte=expected_version)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    seen: Any = next((r for r in records if r.version == expected_version), None)
    if seen is None and expected_version == 1 and claim.machine is not None:
        # version 1 is the extractor's claim, written in bulk without history: its machine layer
        machine = claim.machine
        speaker = (machine.get("speaker") or {}).get("name", "")
        seen = SimpleNamespace(**{**machine, "speaker": speaker, "not_a_claim": False})
    changed_by: list[str] = []
    changed_by_ids: list[int] = []
    for record in records:
        if record.version > expected_version:
            name = public_name(record.history_user) if record.history_user else "someone"
            if record.history_user_id and record.history_user_id not in changed_by_ids:
                changed_by_ids.append(record.history_user_id)
            if name not in changed_by:
                changed_by.append(name)
    changes = [
        FieldChange(field=name, label=label, before=str(getattr(seen, name)), after=str(getattr(claim, name)))
        for name, label in _CONFLICT_FIELDS
        if seen is not None and getattr(seen, name) != getattr(claim, name)
    ]
    return Conflict(
        expected_version=expected_version,
        current_version=claim.version,
        changed_by=changed_by,
        changed_by_ids=changed_by_ids,
        changes=changes,
        subject="claim",
    )


def _save(claim: Claim, by, reason: str) -> Claim:
    claim._history_user = by
    claim._change_reason = reason
    claim.save()
    return claim


def _body(article_id: int) -> str:
    return Article.objects.values_list("body", flat=True).get(pk=article_id)


def _body_and_language(article_id: int) -> tuple[str, str]:
    """The article's text and the language it was read in at import (a span is read in it again)."""
    return Article.objects.values_list("body", "language").get(pk=article_id)


# --- spans ----------------------------------------------------------------------------------------


def _is_word(character: str) -> bool:
    return character.isalnum() or character in "_'\u2019-"


def snap(body: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` widened to whole words and trimmed of surrounding white space."""
    while 0 < start < len(body) and _is_word(body[start - 1]) and _is_word(body[start]):
        start -= 1
    while 0 < end < len(body) and _is_word(body[end - 1]) and _is_word(body[end]):
        end += 1
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _offset(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            if isinstance(value, bool) or float(value) != int(value):
                raise ValueError
            value = int(value)
        except (TypeError, ValueError):
            raise WorkflowError(f"{what} must be a whole number of characters, not {value!r}.") from None
    return value


def _span(body: str, start: Any, end: Any) -> tuple[int, int]:
    """A checked, snapped claim span of ``body``."""
    start, end = _offset(start, "The start"), _offset(end, "The end")
    if start < 0 or end > len(body):
        raise WorkflowError(f"The span {start}-{end} lies outside the article (0-{len(body)}).")
    if end <= start:
        raise WorkflowError(
            f"The span {start}-{end} is empty or reversed: the end must come after the start."
        )
    start, end = snap(body, start, end)
    if end <= start:
        raise WorkflowError("The span holds only white space.")
    longest = settings.FACTCHECK_MAX_SENTENCE_CHARS
    if end - start > longest:
        raise WorkflowError(f"A claim has at most {longest:,} characters; this span has {end - start:,}.")
    return start, end


def _analysed(body: str, spans: Sequence[tuple[int, int]], language: str):
    return analyse_spans(
        body, spans, max_sentence_chars=settings.FACTCHECK_MAX_SENTENCE_CHARS, language=language or None
    )


def _refresh(claim: Claim, sentence, body: str) -> None:
    """After the span changed: the parts nobody set follow the extractor on the new span; figures a
    person set stay if they still lie inside it."""
    claim.text = body[claim.start : claim.end]
    machine_figures = apply_sentence(claim, sentence, parts=[p for p in Layer if p != Layer.SPAN])
    if machine_figures:
        Quantity.objects.filter(claim=claim).delete()
        Quantity.objects.bulk_create(quantity_rows(claim, sentence.quantities))
    else:
        outside = Quantity.objects.filter(claim=claim).exclude(start__gte=claim.start, end__lte=claim.end)
        for quantity in outside:
            quantity._history_user = getattr(claim, "_history_user", None)
            quantity.delete()


# --- claims ---------------------------------------------------------------------------------------


@transaction.atomic
def claim_add(*, article: Article, start: Any, end: Any, by) -> Claim:
    """A claim a person drew on the article (the extractor missed it, or it is part of a sentence).

    Its figures, category, speaker and score are the extractor's reading of that span; it is worth
    checking whatever the score (a person chose it).
    """
    workflow.check("amend", Review(), by)
    article = Article.objects.select_for_update().get(pk=article.pk)
    body = article.body
    start, end = _span(body, start, end)
    same = Claim.objects.filter(article=article, start=start, end=end).values_list("pk", flat=True).first()
    if same is not None:
        raise WorkflowError(f"Claim #{same} already covers exactly this text.")
    (sentence,) = _analysed(body, [(start, end)], article.language)
    claim = Claim(
        article=article,
        index=UNNUMBERED,
        origin=Origin.ADDED,
        corrected=[str(Layer.SPAN)],
        **sentence_values(sentence),
    )
    claim.is_claim = True
    _save(claim, by, "Added by a reviewer")
    Quantity.objects.bulk_create(quantity_rows(claim, sentence.quantities))
    renumber(article.pk)
    claim.refresh_from_db(fields=["index"])
    matching.matching_reindex_claims(claim_ids=[claim.pk])
    return claim


def _speaker_values(body: str, speaker: Any) -> dict:
    """Row values for a speaker given as None (nobody), a name, or {"name", "start", "end", "type"}."""
    if speaker is None or speaker == "":
        return {"speaker": "", "speaker_start": None, "speaker_end": None, "speaker_type": ""}
    if isinstance(speaker, str):
        speaker = {"name": speaker}
    if not isinstance(speaker, dict):
        raise WorkflowError("A speaker is a name, or a span of the article with an optional name and type.")
    start, end = speaker.get("start"), speaker.get("end")
    if (start is None) != (end is None):
        raise WorkflowError("A speaker span needs both a start and an end.")
    name = " ".join(str(speaker.get("name") or "").split())
    if start is not None:
        start, end = _offset(start, "The speaker's start"), _offset(end, "The speaker's end")
        if not 0 <= start < end <= len(body):
            raise WorkflowError(f"The speaker's span {start}-{end} lies outside the article or is empty.")
        start, end = snap(body, start, end)
        name = name or " ".join(body[start:end].split())
    if not name:
        raise WorkflowError("The speaker's name is empty.")
    if len(name) > 300:
        raise WorkflowError(f"The speaker's name has {len(name)} characters; at most 300 fit.")
    kind = speaker.get("type") or speaker_type_of(name)
    if kind not in SpeakerType.values:
        raise WorkflowError(f"Unknown speaker type {kind!r}; use one of {', '.join(SpeakerType.values)}.")
    return {"speaker": name, "speaker_start": start, "speaker_end": end, "speaker_type": kind}


@transaction.atomic
def claim_update(
    *,
    claim: Claim,
    by,
    expected_version: int | None = None,
    start: Any = _UNSET,
    end: Any = _UNSET,
    category: Any = _UNSET,
    speaker: Any = _UNSET,
    not_a_claim: Any = _UNSET,
    attention: Any = _UNSET,
) -> Claim:
    """Change a claim's boundaries, category, speaker or "not a claim" mark; omitted ones stay.

    Any correction clears the claim's flag for a look (``attention=""`` clears it alone).
    """
    asked = (start, end, category, speaker, not_a_claim, attention)
    if all(value is _UNSET for value in asked):
        raise WorkflowError("Nothing to change: give a start, end, category, speaker or not_a_claim.")
    _check(claim, by)
    claim = _locked(claim, expected_version)
    claim._history_user = by
    body, language = _body_and_language(claim.article_id)
    done: list[str] = []
    if start is not _UNSET or end is not _UNSET:
        new = _span(body, claim.start if start is _UNSET else start, claim.end if end is _UNSET else end)
        if new != (claim.start, claim.end):
            taken = Claim.objects.filter(article_id=claim.article_id, start=new[0], end=new[1]).exclude(
                pk=claim.pk
            )
            if taken.exists():
                raise WorkflowError(f"Claim #{taken.get().pk} already covers exactly this text.")
            mark_corrected(claim, Layer.SPAN, claim.quantities.all())
            claim.start, claim.end = new
            (sentence,) = _analysed(body, [new], language)
            _refresh(claim, sentence, body)
            done.append("boundaries")
    if category is not _UNSET:
        if category not in Category.values:
            raise WorkflowError(f"Unknown category {category!r}; use one of {', '.join(Category.values)}.")
        if category != claim.category or Layer.CATEGORY not in claim.corrected:
            mark_corrected(claim, Layer.CATEGORY, claim.quantities.all())
            claim.category = category
            done.append("category")
    if speaker is not _UNSET:
        values = _speaker_values(body, speaker)
        mark_corrected(claim, Layer.SPEAKER, claim.quantities.all())  # before: it keeps the machine's
        for name, value in values.items():
            setattr(claim, name, value)
        done.append("speaker")
    if not_a_claim is not _UNSET:
        not_a_claim = bool(not_a_claim)
        if not_a_claim and not claim.not_a_claim:
            review = _review_of(claim)
            if _has_work(review) and review.state != ReviewState.NOT_CHECKABLE:
                raise TransitionNotAllowed(
                    f"The claim's review is {ReviewState(review.state).label.lower()}: dismiss it as not "
                    "checkable first, or leave the claim."
                )
        if not_a_claim != claim.not_a_claim:
            claim.not_a_claim = not_a_claim
            done.append("marked not a claim" if not_a_claim else "restored as a claim")
    claim.attention = "" if attention is _UNSET else str(attention or "")[:300]
    _save(claim, by, "Corrected: " + ", ".join(done) if done else "Looked at")
    matching.matching_reindex_claims(claim_ids=[claim.pk])
    return claim


@transaction.atomic
def claim_split(*, claim: Claim, at: Any, by, expected_version: int | None = None) -> tuple[Claim, Claim]:
    """Two claims from one, at the article offset ``at`` (moved to the start of the word it falls in).

    The first part keeps the claim (its id and its review); the second is new, without a review.
    """
    _check(claim, by)
    claim = _locked(claim, expected_version)
    claim._history_user = by
    body, language = _body_and_language(claim.article_id)
    at = _offset(at, "The split offset")
    while claim.start < at < claim.end and _is_word(body[at - 1]) and _is_word(body[at]):
        at -= 1
    inside = claim.start < at < claim.end
    first, second = (snap(body, claim.start, at), snap(body, at, claim.end)) if inside else ((0, 0), (0, 0))
    if not inside or first[1] <= first[0] or second[1] <= second[0]:
        raise WorkflowError(
            f"Split inside the claim ({claim.start}-{claim.end}) between two words; {at} leaves a part empty."
        )
    quantities = list(claim.quantities.all())
    mark_corrected(claim, Layer.SPAN, quantities)
    rest = Claim(
        article_id=claim.article_id,
        index=UNNUMBERED,
        origin=Origin.ADDED if claim.origin == Origin.ADDED else Origin.CORRECTED,
        corrected=list(claim.corrected),
        machine=claim.machine,
        start=second[0],
        end=second[1],
        text=body[second[0] : second[1]],
    )
    # a person's parts carry over to both halves; the others are read again from each half
    for name in (*PART_FIELDS[Layer.CATEGORY], *PART_FIELDS[Layer.SPEAKER]):
        setattr(rest, name, getattr(claim, name))
    claim.start, claim.end = first
    head, tail = _analysed(body, [first, second], language)
    apply_sentence(rest, tail, parts=[p for p in Layer if p != Layer.SPAN])
    _save(rest, by, f"Split from claim #{claim.pk}")
    if Layer.FIGURES in claim.corrected:  # a person's figures go with their part
        Quantity.objects.filter(pk__in=[q.pk for q in quantities if q.start >= second[0]]).update(claim=rest)
    else:
        Quantity.objects.bulk_create(quantity_rows(rest, tail.quantities))
    _refresh(claim, head, body)
    _save(claim, by, f"Split at {at}: claim #{rest.pk} holds the rest")
    renumber(claim.article_id)
    claim.refresh_from_db(fields=["index"])
    rest.refresh_from_db(fields=["index"])
    matching.matching_reindex_claims(claim_ids=[claim.pk, rest.pk])
    return claim, rest


@transaction.atomic
def claim_merge(*, claims: Iterable[Claim], by, expected_versions: dict[int, int] | None = None) -> Claim:
    """One claim from adjacent claims of one article (consecutive in its order).

    The claim with a review survives (two with reviews are refused); otherwise the first. It spans
    them all; its figures are the extractor's reading of the whole, unless a person set figures in
    any of them, in which case every figure is kept. ``expected_versions`` (claim id: the version the
    caller saw) refuses a merge of claims someone changed meanwhile.
    """
    ids = sorted({claim.pk for claim in claims})
    if len(ids) < 2:
        raise WorkflowError("Choose at least two claims to merge.")
    rows = list(Claim.objects.select_for_update().filter(pk__in=ids).order_by("index"))
    if len(rows) != len(ids):
        missing = sorted(set(ids) - {row.pk for row in rows})
        raise WorkflowError(f"No claim #{', #'.join(map(str, missing))}.")
    if len({row.article_id for row in rows}) > 1:
        raise WorkflowError("Only claims of the same article can be merged.")
    indices = [row.index for row in rows]
    if indices != list(range(indices[0], indices[0] + len(rows))):
        raise WorkflowError("Only adjacent claims can be merged: choose claims that follow each other.")
    for row in rows:
        seen = (expected_versions or {}).get(row.pk)
        if seen is not None and seen != row.version:
            raise (
                ConflictError(_conflict(row, seen))
                if seen < row.version
                else WorkflowError(f"Claim #{row.pk} has no version {seen} yet (it is at {row.version}).")
            )
    reviews = {row.pk: _review_of(row) for row in rows}
    for row in rows:
        workflow.check("amend", reviews[row.pk], by)
    reviewed = [row for row in rows if _has_work(reviews[row.pk])]
    if len(reviewed) > 1:
        names = " and ".join(
            f"#{row.pk} ({ReviewState(reviews[row.pk].state).label.lower()})" for row in reviewed
        )
        raise TransitionNotAllowed(
            f"Claims {names} both have reviews: dismiss or finish one of them before merging."
        )
    keep = reviewed[0] if reviewed else rows[0]
    others = [row for row in rows if row.pk != keep.pk]
    keep = _locked(keep, None)
    keep._history_user = by
    body, language = _body_and_language(keep.article_id)
    quantities = list(Quantity.objects.filter(claim__in=rows))
    human_figures = any(Layer.FIGURES in row.corrected for row in rows)
    mark_corrected(keep, Layer.SPAN, [q for q in quantities if q.claim_id == keep.pk])
    if human_figures:
        mark_corrected(keep, Layer.FIGURES)
    start, end = rows[0].start, max(row.end for row in rows)
    keep.start, keep.end = start, end
    # the machine layer keeps the sentences merged away, so the gold data still shows what the extractor said
    merged = [
        row.machine or machine_snapshot(row, [q for q in quantities if q.claim_id == row.pk])
        for row in others
        if row.origin != Origin.ADDED
    ]
    if keep.machine is not None and merged:
        keep.machine = {**keep.machine, "merged": [*keep.machine.get("merged", []), *merged]}
    for row in others:
        if human_figures:
            Quantity.objects.filter(claim=row).update(claim=keep)
        row._history_user = by
        row._change_reason = f"Merged into claim #{keep.pk}"
        matching.matching_forget_claims(claim_ids=[row.pk])
        row.delete()
    (sentence,) = _analysed(body, [(start, end)], language)
    _refresh(keep, sentence, body)
    keep.attention = ""
    _save(
        keep,
        by,
        f"Merged with claim{'s' if len(others) > 1 else ''} #{', #'.join(str(r.pk) for r in others)}",
    )
    renumber(keep.article_id)
    keep.refresh_from_db(fields=["index"])
    matching.matching_reindex_claims(claim_ids=[keep.pk])
    return keep


@transaction.atomic
def claim_remove(*, claim: Claim, by) -> None:
    """Delete a claim a person added (to undo it); extracted claims are marked "not a claim" instead."""
    review = _check(claim, by)
    if claim.origin != Origin.ADDED:
        raise WorkflowError(
            "Only claims a person added can be removed; mark an extracted one as not a claim."
        )
    if _has_work(review):
        raise TransitionNotAllowed("The claim has a review under way: dismiss it as not checkable instead.")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    claim._history_user = by
    claim._change_reason = "Removed by a reviewer"
    article_id = claim.article_id
    matching.matching_forget_claims(claim_ids=[claim.pk])
    claim.delete()
    renumber(article_id)


# --- figures --------------------------------------------------------------------------------------


def _number(value: Any, what: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise WorkflowError(f"{what} must be a number, not {value!r}.")
    try:
        number = float(str(value).replace(",", "")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise WorkflowError(f"{what} must be a number, not {value!r}.") from None
    if not math.isfinite(number):
        raise WorkflowError(f"{what} must be a finite number, not {value!r}.")
    return number


def _choice(value: Any, choices: type, what: str) -> str:
    if value not in choices.values:  # type: ignore[attr-defined]
        raise WorkflowError(f"Unknown {what} {value!r}; use one of {', '.join(choices.values)}.")  # type: ignore[attr-defined]
    return value


def _clean_quantity(claim: Claim, body: str, values: dict) -> dict:
    """Checked figure values: inside the claim, numeric, known qualifier, category and kind."""
    unknown = set(values) - set(QUANTITY_FIELDS)
    if unknown:
        raise WorkflowError(f"A figure has no field {', '.join(sorted(unknown))}.")
    clean = dict(values)
    if "start" in values or "end" in values:
        start, end = (
            _offset(values.get("start"), "The figure's start"),
            _offset(values.get("end"), "The figure's end"),
        )
        if not claim.start <= start < end <= claim.end:
            raise WorkflowError(
                f"The figure's span {start}-{end} is empty or outside the claim ({claim.start}-{claim.end})."
            )
        clean.update(start=start, end=end, surface=body[start:end][:300])
    for name, what in (("value", "The value"), ("low", "The lower bound"), ("high", "The upper bound")):
        if name in values:
            clean[name] = _number(values[name], what)
    if "qualifier" in values:
        clean["qualifier"] = _choice(values["qualifier"], Qualifier, "qualifier")
    if "category" in values:
        clean["category"] = _choice(values["category"], Category, "category")
    if "kind" in values:
        clean["kind"] = _choice(values["kind"], QuantityKind, "kind")
    if "unit" in values:
        clean["unit"] = " ".join(str(values["unit"] or "").split())
        if len(clean["unit"]) > 100:
            raise WorkflowError("A unit has at most 100 characters.")
    return clean


def _check_numbers(quantity: Quantity) -> None:
    if quantity.value is None and quantity.low is None and quantity.high is None:
        raise WorkflowError("A figure needs a value, or a lower or upper bound.")
    if quantity.low is not None and quantity.high is not None and quantity.low > quantity.high:
        raise WorkflowError(
            f"The lower bound ({quantity.low:g}) is above the upper bound ({quantity.high:g})."
        )


def _figures_owned(claim: Claim, by, expected_version: int | None) -> Claim:
    """The claim, checked and locked, with its figures now a person's."""
    _check(claim, by)
    claim = _locked(claim, expected_version)
    claim._history_user = by
    mark_corrected(claim, Layer.FIGURES, claim.quantities.all())
    claim.attention = ""
    return claim


@transaction.atomic
def quantity_add(*, claim: Claim, by, expected_version: int | None = None, **values: Any) -> Quantity:
    """A figure the extractor missed: ``start``, ``end`` (inside the claim) and a value or bounds.

    ``expected_version`` (in every figure service) is the claim's version the caller saw.
    """
    claim = _figures_owned(claim, by, expected_version)
    if "start" not in values or "end" not in values:
        raise WorkflowError("A figure needs its start and end in the article.")
    values.setdefault("category", claim.category)
    quantity = Quantity(
        claim=claim, origin=Origin.ADDED, **_clean_quantity(claim, _body(claim.article_id), values)
    )
    _check_numbers(quantity)
    quantity._history_user = by
    quantity.save()
    _save(claim, by, "Corrected: figure added")
    matching.matching_reindex_claims(claim_ids=[claim.pk])
    return quantity


@transaction.atomic
def quantity_update(
    *, quantity: Quantity, by, expected_version: int | None = None, **changes: Any
) -> Quantity:
    """Change any of a figure's span, value, bounds, qualifier, unit, category or kind."""
    claim = _figures_owned(quantity.claim, by, expected_version)
    quantity = Quantity.objects.select_for_update().get(pk=quantity.pk)
    for name, value in _clean_quantity(claim, _body(claim.article_id), changes).items():
        setattr(quantity, name, value)
    _check_numbers(quantity)
    if quantity.origin == Origin.MACHINE:
        quantity.origin = Origin.CORRECTED
    quantity._history_user = by
    quantity.save()
    _save(claim, by, "Corrected: figure changed")
    matching.matching_reindex_claims(claim_ids=[claim.pk])
    return quantity


@transaction.atomic
def quantity_remove(*, quantity: Quantity, by, expected_version: int | None = None) -> None:
    claim = _figures_owned(quantity.claim, by, expected_version)
    quantity._history_user = by
    quantity.delete()
    _save(claim, by, "Corrected: figure removed")
    matching.matching_reindex_claims(claim_ids=[claim.pk])
