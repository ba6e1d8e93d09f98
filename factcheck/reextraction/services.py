"""Re-extraction: the current extractor replaces the machine layer; people's work stays.

For each article, under a lock on its row (so several workers never interleave on one article):

- a claim nobody worked on is the extractor's alone: updated in place when the new extractor finds
  the same sentence (its id, and links to it, stay), deleted when it no longer does;
- a claim people worked on (added, corrected, marked "not a claim", or one a registered keeper
  names, such as a claim with a review) is never deleted and its parts set by people never change.
  Its machine layer (``Claim.machine``) becomes the new extractor's sentence. A claim nobody
  corrected but someone reviewed keeps what the reviewer rated; if the extractor now reads it
  differently, or no longer finds its sentence, it is flagged for a look (``Claim.attention``);
- a new sentence becomes a claim unless it overlaps a claim people worked on (their boundaries win).

Running it twice changes nothing the second time; the article's claims are renumbered by position.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import cast

from django.db import InterfaceError, OperationalError, connection, models, transaction
from django.db.models import F
from django.utils import timezone

from factcheck.checkworthiness import extractor_version
from factcheck.imports.writer import cap_figures, extract_sentences, limits_from_settings
from factcheck.layers import (
    PART_FIELDS,
    QUANTITY_FIELDS,
    SCORE_FIELDS,
    UNNUMBERED,
    apply_sentence,
    claims_kept,
    machine_snapshot,
    machine_span,
    quantity_rows,
    quantity_values,
    renumber,
    sentence_json,
    sentence_values,
)
from factcheck.matching import services as matching
from factcheck.models import Article, Claim, Layer, Origin, Quantity
from factcheck.reextraction.models import ReextractionJob

logger = logging.getLogger(__name__)

BATCH = 20  # articles a task does before it hands on
GONE = "The extractor ({version}) no longer finds this sentence; check its boundaries."
# What re-extraction may change in a claim (a claim is written only when one of them changed), and what
# it writes: ``updated_at`` too, so API clients syncing with ``updated_since`` see re-extracted claims.
_COMPARED_FIELDS = [*sum(PART_FIELDS.values(), ()), *SCORE_FIELDS, "machine", "attention"]
_CLAIM_FIELDS = [*_COMPARED_FIELDS, "index", "updated_at"]


@dataclass(slots=True)
class Outcome:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    kept: int = 0
    flagged: int = 0


def _differs(old: dict, new: dict) -> list[str]:
    """The parts the new extractor reads differently from the machine layer a reviewer saw."""
    parts = []
    if (old["start"], old["end"]) != (new["start"], new["end"]):
        parts.append("boundaries")
    if old["category"] != new["category"]:
        parts.append("category")
    if (old["speaker"] or {}).get("name") != (new["speaker"] or {}).get("name"):
        parts.append("speaker")
    figures = [
        [
            (q["start"], q["end"], q["value"], q["low"], q["high"], q["unit"], q["qualifier"])
            for q in layer["quantities"]
        ]
        for layer in (old, new)
    ]
    if figures[0] != figures[1]:
        parts.append("figures")
    return parts


def _update_rows(claims: list[Claim]) -> None:
    """``bulk_update`` of ``_CLAIM_FIELDS`` as one prepared UPDATE run for each row (``executemany``):
    the ORM's CASE expressions cost milliseconds a row to build, several times the extraction itself."""
    fields = [cast(models.Field, Claim._meta.get_field(name)) for name in _CLAIM_FIELDS]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(str(field.column))} = %s" for field in fields)
    sql = f"UPDATE {quote(Claim._meta.db_table)} SET {assignments} WHERE {quote('id')} = %s"
    rows = [
        [*(field.get_db_prep_save(getattr(claim, field.attname), connection) for field in fields), claim.pk]
        for claim in claims
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _row(claim: Claim) -> tuple:
    return tuple(getattr(claim, name) for name in _COMPARED_FIELDS)


def _figures_differ(claim: Claim, sentence) -> bool:
    """Whether the stored figures (prefetched) are not the sentence's: only then are they rewritten."""
    stored = [tuple(getattr(q, name) for name in QUANTITY_FIELDS) for q in claim.quantities.all()]
    fresh = [
        tuple(values[name] for name in QUANTITY_FIELDS)
        for values in map(quantity_values, sentence.quantities)
    ]
    return stored != fresh


def _follow(claim: Claim, sentence, *, reviewed: bool) -> bool:
    """A claim people worked on, whose machine sentence the extractor still finds; True when its figures
    are the extractor's and differ from the sentence's (to be rewritten)."""
    if claim.origin == Origin.MACHINE and reviewed:
        # reviewed as the extractor read it: what was rated stays, a new reading is kept beside it
        seen = claim.machine or machine_snapshot(claim, claim.quantities.all())
        fresh = sentence_json(sentence)
        differences = _differs(seen, fresh)
        if differences or claim.machine is not None:
            claim.machine = fresh
        if differences and not claim.attention:
            claim.attention = (
                f"The extractor ({extractor_version()}) now reads this claim's {', '.join(differences)} "
                "differently; the reviewed claim is unchanged."
            )
        return False
    claim.machine = sentence_json(sentence)
    parts = [part for part in Layer if part != Layer.SPAN]  # a corrected claim's span is the person's
    return apply_sentence(claim, sentence, parts=parts) and _figures_differ(claim, sentence)


@transaction.atomic
def article_reextract(*, article_id: int) -> Outcome:
    """Run the current extractor over one stored article (see the module's docstring)."""
    article = Article.objects.select_for_update().get(pk=article_id)
    limits = limits_from_settings()
    sentences, _ = extract_sentences(article.body, limits, article.language or None)
    sentences, _ = cap_figures(sentences, limits)
    claims = list(
        Claim.objects.filter(article=article).prefetch_related("quantities").order_by("start", "end", "pk")
    )
    kept_ids = claims_kept([claim.pk for claim in claims])
    new = {(sentence.start, sentence.end): sentence for sentence in sentences}
    taken: set[tuple[int, int]] = set()
    outcome = Outcome()
    changed: list[Claim] = []
    refigured: list[tuple[Claim, list]] = []
    deleted: list[int] = []
    people_spans: list[tuple[int, int]] = []

    for claim in claims:
        span = machine_span(claim)
        sentence = new.get(span) if span else None
        people = claim.pk in kept_ids or claim.origin != Origin.MACHINE or claim.not_a_claim
        if not people and (span is None or sentence is None or span in taken):
            deleted.append(claim.pk)
            continue
        before, attention = _row(claim), claim.attention
        refigure = False
        if not people:
            assert span is not None and sentence is not None
            taken.add(span)
            apply_sentence(claim, sentence)
            refigure = _figures_differ(claim, sentence)
        else:
            outcome.kept += 1
            people_spans.append((claim.start, claim.end))
            if span is None:  # added by a person: no machine sentence to follow
                continue
            if sentence is None:
                claim.attention = GONE.format(version=extractor_version())
            else:
                taken.add(span)
                refigure = _follow(claim, sentence, reviewed=claim.pk in kept_ids)
        if refigure:
            assert sentence is not None
            refigured.append((claim, sentence.quantities))
        if claim.attention and claim.attention != attention:
            outcome.flagged += 1
        if refigure or _row(claim) != before:
            changed.append(claim)
            outcome.updated += not people

    def overlaps_people(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in people_spans)

    created_sentences = [s for key, s in new.items() if key not in taken and not overlaps_people(*key)]
    created = [
        Claim(article=article, index=UNNUMBERED + n, **sentence_values(sentence))
        for n, sentence in enumerate(created_sentences)
    ]
    if deleted:
        matching.matching_forget_claims(claim_ids=deleted)
        Claim.objects.filter(pk__in=deleted).delete()
    if changed:
        now = timezone.now()
        for claim in changed:
            claim.updated_at = now
        _update_rows(changed)
    if refigured:
        Quantity.objects.filter(claim__in=[claim for claim, _ in refigured]).delete()
    rows = [row for claim, quantities in refigured for row in quantity_rows(claim, quantities)]
    if created:
        created = Claim.objects.bulk_create(created)
        rows += [
            row
            for claim, sentence in zip(created, created_sentences, strict=True)
            for row in quantity_rows(claim, sentence.quantities)
        ]
    Quantity.objects.bulk_create(rows, batch_size=1000)
    renumber(article.pk)
    touched = [claim.pk for claim in changed] + [claim.pk for claim, _ in refigured] + [c.pk for c in created]
    matching.matching_reindex_claims(claim_ids=touched)
    outcome.created, outcome.deleted = len(created), len(deleted)
    return outcome


# --- runs ----------------------------------------------------------------------------------------


def _scope(job: ReextractionJob):
    articles = Article.objects.order_by("pk")
    if job.article_ids is not None:
        articles = articles.filter(pk__in=job.article_ids)
    return articles


@transaction.atomic
def reextraction_job_create(*, article_ids: list[int] | None = None, created_by=None) -> ReextractionJob:
    """A run over ``article_ids`` (all articles when None), sent to the workers once committed."""
    if article_ids is not None:
        article_ids = sorted(set(article_ids))
        missing = set(article_ids) - set(
            Article.objects.filter(pk__in=article_ids).values_list("pk", flat=True)
        )
        if missing:
            raise ValueError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
    job = ReextractionJob(
        article_ids=article_ids, extractor_version=extractor_version(), created_by=created_by
    )
    job.total = _scope(job).count()
    job.save()
    transaction.on_commit(lambda: reextraction_job_enqueue(job_id=job.pk))
    return job


def reextraction_job_enqueue(*, job_id: int) -> None:
    from factcheck.reextraction.tasks import reextraction_step_task

    reextraction_step_task.delay(job_id)


def reextraction_job_step(*, job_id: int, batch: int = BATCH) -> None:
    """Re-extract the next ``batch`` articles after the cursor, then hand on to the next task.

    Two deliveries of the same step (a redelivered message, a resumed run) may both do the batch:
    each article is locked and re-extracting it twice changes nothing, and only the first to move
    the cursor counts it (compare-and-set) and sends the next step.
    """
    job = ReextractionJob.objects.get(pk=job_id)
    if job.finished_at is not None:
        return
    if job.started_at is None:
        ReextractionJob.objects.filter(pk=job_id, started_at__isnull=True).update(
            started_at=timezone.now(), status=ReextractionJob.Status.RUNNING
        )
    article_ids = list(_scope(job).filter(pk__gt=job.cursor).values_list("pk", flat=True)[:batch])
    if not article_ids:
        _finish(job_id)
        return
    total = Outcome()
    errors = []
    for article_id in article_ids:
        try:
            outcome = article_reextract(article_id=article_id)
        except Article.DoesNotExist:
            continue  # deleted meanwhile: nothing to do
        except Exception as error:  # one article's failure must not stop the run; the reason is kept
            if isinstance(error, OperationalError | InterfaceError):
                raise  # transient: the task retries
            logger.exception("Re-extraction of article %s failed", article_id)
            errors.append({"article": article_id, "reason": f"{type(error).__name__}: {error}"})
            continue
        for name in ("created", "updated", "deleted", "kept", "flagged"):
            setattr(total, name, getattr(total, name) + getattr(outcome, name))
    with transaction.atomic():
        moved = ReextractionJob.objects.filter(pk=job_id, cursor=job.cursor).update(
            cursor=article_ids[-1],
            done_count=F("done_count") + len(article_ids),
            claims_created=F("claims_created") + total.created,
            claims_updated=F("claims_updated") + total.updated,
            claims_deleted=F("claims_deleted") + total.deleted,
            claims_kept=F("claims_kept") + total.kept,
            claims_flagged=F("claims_flagged") + total.flagged,
            failed_count=F("failed_count") + len(errors),
            updated_at=timezone.now(),
        )
        if moved and errors:
            locked = ReextractionJob.objects.select_for_update().get(pk=job_id)
            locked.errors = [*locked.errors, *errors]
            locked.save(update_fields=["errors"])
        if moved:
            transaction.on_commit(lambda: reextraction_job_enqueue(job_id=job_id))


def _finish(job_id: int) -> None:
    job = ReextractionJob.objects.get(pk=job_id)
    status = ReextractionJob.Status.PARTIALLY_FAILED if job.failed_count else ReextractionJob.Status.SUCCEEDED
    ReextractionJob.objects.filter(pk=job_id, finished_at__isnull=True).update(
        status=status, finished_at=timezone.now(), updated_at=timezone.now()
    )


def reextraction_jobs_resume() -> int:
    """Re-send every run a worker had started and not finished (at worker start; see
    ``import_jobs_resume``); each step is idempotent."""
    started = ReextractionJob.objects.unfinished().filter(started_at__isnull=False)
    job_ids = list(started.order_by("pk").values_list("pk", flat=True))
    for job_id in job_ids:
        reextraction_job_enqueue(job_id=job_id)
    return len(job_ids)
