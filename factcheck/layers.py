"""The two layers of a claim: what the extractor found and what people set, in one place.

A ``Claim`` row shows the effective claim. The parts of it a person set are listed in
``Claim.corrected`` (``Layer`` values); every other part is the extractor's. ``Claim.machine`` keeps
the extractor's own sentence, in the CLI's JSON shape, from the moment a person first changes
anything (before that the row itself is the extractor's sentence). This module turns extractor
output into row values, writes only the parts nobody set, and snapshots the machine layer; the
import writer, re-extraction and the correction services all go through it.

Which claims hold people's work is not the core app's to know in full: other apps (the review
workflow) register a *keeper*, a function that says which of some claims they depend on, so that
re-extraction never deletes them or changes what a reviewer rated.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from django.db.models import F

from factcheck.checkworthiness import analyse_spans, extractor_version
from factcheck.extraction import Quantity as ExtractedQuantity
from factcheck.extraction import Sentence
from factcheck.extraction.speakers import speaker_type
from factcheck.models import Category, Claim, Layer, Origin, Quantity, SpeakerType

# ``speaker_type`` answers in schema.org types.
_SPEAKER_TYPES = {"Person": SpeakerType.PERSON, "Organization": SpeakerType.ORGANIZATION}

# The row fields each part of a claim is made of; the score is always the extractor's.
PART_FIELDS: dict[Layer, tuple[str, ...]] = {
    Layer.SPAN: ("start", "end", "text"),
    Layer.CATEGORY: ("category",),
    Layer.SPEAKER: ("speaker", "speaker_start", "speaker_end", "speaker_type"),
}
SCORE_FIELDS = ("checkworthiness", "is_claim", "extractor_version")
QUANTITY_FIELDS = ("surface", "start", "end", "value", "low", "high", "qualifier", "unit", "category", "kind")

Keeper = Callable[[Collection[int]], set[int]]
_keepers: list[Keeper] = []


def register_keeper(keeper: Keeper) -> None:
    """Add a function that names, among some claim ids, the claims another app's work depends on."""
    if keeper not in _keepers:
        _keepers.append(keeper)


def claims_kept(claim_ids: Collection[int]) -> set[int]:
    """The claims among ``claim_ids`` that some registered keeper depends on (a review, say)."""
    kept: set[int] = set()
    for keeper in _keepers:
        if claim_ids:
            kept |= keeper(claim_ids)
    return kept


def speaker_type_of(name: str) -> str:
    return _SPEAKER_TYPES[speaker_type(name)] if name else ""


def sentence_values(sentence: Sentence) -> dict:
    """Row values for a claim made of ``sentence``: its span, category, speaker and score, and the
    extractor that made it (the desk's: ``checkworthiness.extractor_version``)."""
    speaker = sentence.speaker
    return {
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
        "category": str(sentence.category),
        "speaker": speaker.name[:300] if speaker else "",
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "speaker_type": speaker_type_of(speaker.name) if speaker else "",
        "checkworthiness": sentence.checkworthiness,
        "is_claim": sentence.is_claim,
        "extractor_version": extractor_version(),
    }


def quantity_values(quantity: ExtractedQuantity) -> dict:
    return {
        "surface": quantity.surface[:300],
        "start": quantity.start,
        "end": quantity.end,
        "value": quantity.value,
        "low": quantity.low,
        "high": quantity.high,
        "qualifier": str(quantity.qualifier),
        "unit": (quantity.unit or "")[:100],
        "category": str(quantity.category),
        "kind": str(quantity.kind),
    }


def quantity_rows(claim: Claim, quantities: Iterable[ExtractedQuantity]) -> list[Quantity]:
    return [Quantity(claim=claim, **quantity_values(q)) for q in quantities]


def sentence_json(sentence: Sentence) -> dict:
    """The extractor's sentence as ``Claim.machine`` keeps it (the CLI's JSON shape, with kinds)."""
    values = sentence_values(sentence)
    return _machine_json(values, [quantity_values(q) for q in sentence.quantities])


def _machine_json(values: dict, quantities: list[dict]) -> dict:
    speaker = None
    if values["speaker"]:
        speaker = {"name": values["speaker"], "start": values["speaker_start"], "end": values["speaker_end"]}
    return {
        "start": values["start"],
        "end": values["end"],
        "text": values["text"],
        "checkworthiness": round(float(values["checkworthiness"]), 4),
        "is_claim": bool(values["is_claim"]),
        "category": values["category"],
        "speaker": speaker,
        "quantities": quantities,
        "extractor_version": values.get("extractor_version", ""),
    }


def machine_snapshot(claim: Claim, quantities: Iterable[Quantity]) -> dict:
    """The row as the machine layer, taken just before a person first changes it."""
    values = {name: getattr(claim, name) for name in (*sum(PART_FIELDS.values(), ()), *SCORE_FIELDS)}
    return _machine_json(
        values,
        [
            {name: getattr(q, name) for name in QUANTITY_FIELDS}
            for q in quantities
            if q.origin == Origin.MACHINE
        ],
    )


def machine_span(claim: Claim) -> tuple[int, int] | None:
    """The extractor's span for the claim, or None for a claim a person added."""
    if claim.machine is not None:
        return claim.machine["start"], claim.machine["end"]
    if claim.origin == Origin.ADDED:
        return None
    return claim.start, claim.end


def apply_sentence(claim: Claim, sentence: Sentence, *, parts: Iterable[Layer] | None = None) -> bool:
    """Set the parts of ``claim`` nobody set from ``sentence`` (or only ``parts`` of them), and its score.

    Returns whether its figures are the extractor's to replace. A claim a person added stays
    worth checking whatever the model says: a person chose it.
    """
    values = sentence_values(sentence)
    owned = set(claim.corrected)
    chosen = set(Layer) if parts is None else set(parts)
    for part, fields in PART_FIELDS.items():
        if part in chosen and part not in owned:
            for name in fields:
                setattr(claim, name, values[name])
    for name in SCORE_FIELDS:
        setattr(claim, name, values[name])
    if claim.origin == Origin.ADDED:
        claim.is_claim = True
    return Layer.FIGURES in chosen and Layer.FIGURES not in owned


def mark_corrected(claim: Claim, part: Layer, quantities: Iterable[Quantity] = ()) -> None:
    """Record that a person set ``part``: the machine layer is kept first, the claim says it was corrected."""
    if claim.machine is None and claim.origin == Origin.MACHINE:
        claim.machine = machine_snapshot(claim, quantities)
    if part not in claim.corrected:
        claim.corrected = [*claim.corrected, str(part)]
    if claim.origin == Origin.MACHINE:
        claim.origin = Origin.CORRECTED


# Claims are numbered by position. New rows are inserted from ``UNNUMBERED`` up and rows about to be
# renumbered first move above ``2 * UNNUMBERED``, so the unique (article, index) constraint holds after
# every row of every statement, on every database.
UNNUMBERED = 10_000_000


def renumber(article_id: int) -> int:
    """Number the article's claims by position (start, end, id) from 0; returns how many moved."""
    rows = (
        Claim.objects.filter(article_id=article_id).order_by("start", "end", "pk").values_list("pk", "index")
    )
    moved = {pk: position for position, (pk, index) in enumerate(rows) if index != position}
    if not moved:
        return 0
    Claim.objects.filter(pk__in=moved, index__lt=UNNUMBERED).update(index=F("index") + 2 * UNNUMBERED)
    Claim.objects.bulk_update(
        [Claim(pk=pk, index=position) for pk, position in moved.items()], ["index"], batch_size=500
    )
    return len(moved)


def apply_labels(
    article_id: int, body: str, spans: Iterable[tuple[int, int, str]], *, language: str = ""
) -> None:
    """Make a freshly imported article's claims those people labelled in another tool (Label Studio,
    doccano), as the correction services would have: a labelled span the extractor also found keeps its
    row, with the label as its category when the label is one; a labelled span it did not find redraws
    an unlabelled sentence that overlaps it (a boundary moved, a sentence split) or else is a claim a
    person added; a sentence nobody labelled is marked not a claim. The machine layer stays beside each.
    Spans are read in ``language``, the article's (detected when empty)."""
    labels: dict[tuple[int, int], str] = {}
    for start, end, label in spans:
        labels.setdefault((start, end), label.strip().lower())
    rows = list(Claim.objects.filter(article_id=article_id).prefetch_related("quantities"))
    found = {(claim.start, claim.end) for claim in rows}
    missing = sorted(key for key in labels if key not in found)
    free = [claim for claim in rows if (claim.start, claim.end) not in labels]
    sentences = analyse_spans(body, missing, language=language or None) if missing else []
    added: list[tuple[Claim, Sentence]] = []
    redrawn: list[tuple[Claim, Sentence]] = []
    for offset, (key, sentence) in enumerate(zip(missing, sentences, strict=True)):
        host = next((c for c in free if c.start < key[1] and key[0] < c.end), None)
        if host is not None:
            free.remove(host)
            mark_corrected(host, Layer.SPAN, host.quantities.all())
            host.start, host.end, host.text = sentence.start, sentence.end, sentence.text
            apply_sentence(host, sentence)
            redrawn.append((host, sentence))
            continue
        claim = Claim(
            article_id=article_id,
            index=UNNUMBERED + offset,
            origin=Origin.ADDED,
            corrected=[str(Layer.SPAN)],
            **sentence_values(sentence),
        )
        claim.is_claim = True  # a person chose it
        added.append((claim, sentence))
    for claim in free:
        claim.not_a_claim = True
    for claim in [*rows, *(claim for claim, _ in added)]:
        label = labels.get((claim.start, claim.end), "")
        if label in Category.values and label != claim.category:
            mark_corrected(claim, Layer.CATEGORY, claim.quantities.all() if claim.pk else ())
            claim.category = label
    Claim.objects.bulk_update(
        rows,
        [
            *PART_FIELDS[Layer.SPAN],
            *SCORE_FIELDS,
            *PART_FIELDS[Layer.CATEGORY],
            *PART_FIELDS[Layer.SPEAKER],
            "not_a_claim",
            "corrected",
            "origin",
            "machine",
        ],
    )
    Quantity.objects.filter(claim__in=[claim for claim, _ in redrawn], origin=Origin.MACHINE).delete()
    created = Claim.objects.bulk_create([claim for claim, _ in added])
    Quantity.objects.bulk_create(
        [
            row
            for claim, sentence in [*redrawn, *zip(created, [s for _, s in added], strict=True)]
            for row in quantity_rows(claim, sentence.quantities)
        ]
    )
    renumber(article_id)
