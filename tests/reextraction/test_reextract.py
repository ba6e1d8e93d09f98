"""Re-extraction keeps people's work: corrections, added claims, reviews; the rest follows the extractor.

The "old extractor" is simulated by writing what an earlier version would have stored (another
category, two sentences as one, a sentence the current splitter no longer makes) straight into the
database, as bulk imports do, before people correct and review.
"""

from __future__ import annotations

import pytest
from django.core.management import call_command

from annotations import corrections, services
from factcheck.models import Claim, Layer, Origin, Quantity
from factcheck.reextraction.models import ReextractionJob
from factcheck.reextraction.services import article_reextract, reextraction_job_create
from tests.corrections.conftest import TEXT

pytestmark = pytest.mark.django_db


def old_extractor(article) -> None:
    """What an earlier extractor stored: claim 0 read as 'other', sentences 2 and 3 as one claim."""
    first, _, third, fourth = article.claims.order_by("index")
    Claim.objects.filter(pk=first.pk).update(category="other", extractor_version="2020.1")
    Claim.objects.filter(pk=fourth.pk).delete()
    Claim.objects.filter(pk=third.pk).update(end=fourth.end, text=TEXT[third.start : fourth.end])


def state(article) -> list[tuple]:
    return [
        (
            c.pk,
            c.index,
            c.start,
            c.end,
            c.category,
            c.speaker,
            c.origin,
            c.not_a_claim,
            c.attention,
            tuple(c.quantities.values_list("surface", "value", "origin")),
        )
        for c in article.claims.order_by("index")
    ]


@pytest.fixture
def worked_on(article, reviewer, editor, rating_false):
    """The old extractor's claims, then people's work: a review, a speaker, an added claim."""
    old_extractor(article)
    first, second, _ = article.claims.order_by("index")
    review = services.claim_annotate(claim=first, by=reviewer, verdict=rating_false, rationale="No.").review
    start = TEXT.index("Jane Doe")
    corrections.claim_update(claim=second, by=reviewer, speaker={"start": start, "end": start + 8})
    added = corrections.claim_add(
        article=article, start=TEXT.index("250,000"), end=TEXT.index(" in the east"), by=reviewer
    )
    return {"reviewed": first, "review": review, "speaker": second, "added": added}


def test_reextraction_keeps_corrections_reviews_and_added_claims(article, worked_on):
    outcome = article_reextract(article_id=article.pk)

    reviewed = Claim.objects.get(pk=worked_on["reviewed"].pk)
    assert reviewed.category == "other"  # what the reviewer rated stays…
    assert reviewed.machine["category"] == "population"  # …the new reading is beside it…
    assert "category" in reviewed.attention  # …and someone is asked to look
    assert reviewed.review.pk == worked_on["review"].pk and reviewed.review.rationale == "No."

    speaker = Claim.objects.get(pk=worked_on["speaker"].pk)
    assert speaker.speaker == "Jane Doe" and speaker.corrected == [Layer.SPEAKER]
    assert speaker.category == "territory"

    added = Claim.objects.get(pk=worked_on["added"].pk)
    assert added.origin == Origin.ADDED and added.text == "250,000 people were living under siege"

    # the old two-sentence claim nobody touched is replaced by the current extractor's two sentences
    texts = list(article.claims.order_by("index").values_list("text", flat=True))
    assert texts[-2:] == ["Aid trucks reached the area on Tuesday.", "Share this article on social media."]
    assert list(article.claims.order_by("index").values_list("index", flat=True)) == list(range(5))
    assert (outcome.kept, outcome.flagged, outcome.created, outcome.deleted) == (3, 1, 2, 1)


def test_reextraction_twice_changes_nothing_the_second_time(article, worked_on):
    article_reextract(article_id=article.pk)
    before = state(article)
    outcome = article_reextract(article_id=article.pk)
    assert state(article) == before
    assert (outcome.created, outcome.deleted, outcome.flagged) == (0, 0, 0)


def test_a_corrected_claim_whose_sentence_is_gone_is_kept_and_flagged(article, claims, reviewer):
    claim = claims[2]
    corrections.claim_update(claim=claim, by=reviewer, category="aid")
    Claim.objects.filter(pk=claim.pk).update(machine={**Claim.objects.get(pk=claim.pk).machine, "end": 150})
    article_reextract(article_id=article.pk)
    claim.refresh_from_db()
    assert claim.category == "aid"
    assert "no longer finds this sentence" in claim.attention


def test_claims_marked_not_a_claim_stay_marked(article, claims, reviewer):
    corrections.claim_update(claim=claims[3], by=reviewer, not_a_claim=True)
    article_reextract(article_id=article.pk)
    assert Claim.objects.get(pk=claims[3].pk).not_a_claim
    assert article.claims.count() == 4


def test_an_untouched_claim_keeps_its_id_and_gets_the_new_reading(article, claims):
    Claim.objects.filter(pk=claims[0].pk).update(category="other", extractor_version="2020.1")
    Quantity.objects.filter(claim=claims[0]).update(value=1)
    article_reextract(article_id=article.pk)
    claim = Claim.objects.get(pk=claims[0].pk)
    assert (claim.category, claim.extractor_version, claim.origin) == (
        "population",
        claims[1].extractor_version,
        "machine",
    )
    assert list(claim.quantities.values_list("value", flat=True)) == [250000.0]
    assert claim.history.count() == 0  # machine writes leave no human history


def test_an_article_is_read_again_in_its_stored_language(db):
    import dataclasses

    from factcheck.imports.parsers import record_from_text
    from factcheck.imports.writer import write_article

    # The source said French: "250,000" is read with a decimal comma, at import and again now (detecting
    # the language would read the English text's 250,000).
    record = dataclasses.replace(record_from_text(TEXT), language="fr")
    article = write_article(record).article
    siege = Quantity.objects.get(claim__article=article, surface__startswith="250,000")
    assert siege.value == 250.0
    article_reextract(article_id=article.pk)
    assert Quantity.objects.get(claim__article=article, surface__startswith="250,000").value == 250.0


def test_the_command_runs_a_job_over_every_article(
    article, worked_on, django_capture_on_commit_callbacks, capsys
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reextract", "--all")
    job = ReextractionJob.objects.get()
    assert (job.status, job.done_count, job.total, job.cursor) == ("succeeded", 1, 1, article.pk)
    assert (job.claims_kept, job.claims_flagged, job.claims_created) == (3, 1, 2)
    assert "queued for 1 article(s)" in capsys.readouterr().out


def test_a_run_over_unknown_articles_is_refused(db):
    with pytest.raises(ValueError, match="No article with id 999"):
        reextraction_job_create(article_ids=[999])


def test_one_failing_article_does_not_stop_the_run(article, django_capture_on_commit_callbacks, monkeypatch):
    from factcheck.reextraction import services as reextraction

    def broken(*, article_id):
        raise RuntimeError("rule exploded")

    monkeypatch.setattr(reextraction, "article_reextract", broken)
    with django_capture_on_commit_callbacks(execute=True):
        job = reextraction_job_create(article_ids=[article.pk])
    job.refresh_from_db()
    assert (job.status, job.failed_count) == ("partially_failed", 1)
    assert job.errors == [{"article": article.pk, "reason": "RuntimeError: rule exploded"}]


def test_runs_show_their_progress_and_errors_in_the_admin(admin_client, article):
    job = ReextractionJob.objects.create(
        extractor_version="2026.12.1",
        total=4,
        done_count=1,
        errors=[{"article": article.pk, "reason": "RuntimeError: rule exploded"}],
    )
    html = admin_client.get(f"/admin/factcheck/reextractionjob/{job.pk}/change/").content.decode()
    assert "1 of 4 articles (25%)" in html and "rule exploded" in html
    assert admin_client.get("/admin/factcheck/reextractionjob/add/").status_code == 403


def test_a_starting_worker_resends_only_runs_a_worker_had_started(db, monkeypatch):
    from django.utils import timezone

    from factcheck.reextraction import services as reextraction

    sent = []
    monkeypatch.setattr(reextraction, "reextraction_job_enqueue", lambda *, job_id: sent.append(job_id))
    started = ReextractionJob.objects.create(extractor_version="x", started_at=timezone.now())
    ReextractionJob.objects.create(extractor_version="x")  # still queued: its message is in the queue
    assert reextraction.reextraction_jobs_resume() == 1 and sent == [started.pk]
