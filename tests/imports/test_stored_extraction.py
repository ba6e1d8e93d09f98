"""What the extractor said is stored with each claim at import (speaker type, extractor version),
and claims imported before that get their speaker type from the migration."""

from __future__ import annotations

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from factcheck.extraction.version import EXTRACTOR_VERSION
from factcheck.imports.parsers import record_from_text
from factcheck.imports.writer import write_article
from factcheck.models import Claim

TEXT = (
    "Kremlin spokesman Dmitry Peskov said 250,000 people live under siege. "
    "The health ministry said 12 people were killed. It rained on Monday."
)


@pytest.mark.django_db
def test_the_writer_stores_the_speaker_type_and_the_extractor_version():
    article = write_article(record_from_text(TEXT)).article
    assert article is not None
    stored = list(
        article.claims.order_by("index").values_list("speaker", "speaker_type", "extractor_version")
    )
    assert stored == [
        ("Kremlin spokesman Dmitry Peskov", "person", EXTRACTOR_VERSION),
        ("The health ministry", "organization", EXTRACTOR_VERSION),
        ("", "", EXTRACTOR_VERSION),  # no speaker, no type
    ]


def test_the_extractor_version_is_a_calendar_version():
    year, month, number = EXTRACTOR_VERSION.split(".")
    assert len(year) == 4 and 1 <= int(month) <= 12 and int(number) >= 0


BEFORE = [("factcheck", "0002_import_job_planning")]
AFTER = [("factcheck", "0003_claim_speaker_type_extractor_version")]
SPEAKERS = {  # phrase: the type the ClaimReview export gave it before types were stored
    "Kremlin spokesman Dmitry Peskov": "person",
    "the health ministry": "organization",
    "Rebels": "organization",
    "NATO": "organization",
    "Christopher Gunness of the UN Relief and Works Agency": "person",
}


@pytest.mark.django_db(transaction=True)
def test_the_migration_stores_the_speaker_type_of_existing_claims(monkeypatch):
    migration = importlib.import_module("factcheck.migrations.0003_claim_speaker_type_extractor_version")
    monkeypatch.setattr(migration, "BATCH_SIZE", 2)  # several batches of distinct phrases
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    Article = apps.get_model("factcheck", "Article")
    Claim = apps.get_model("factcheck", "Claim")
    article = Article.objects.create(title="T", body="x" * 100, content_hash="m" * 64)
    phrases = [*SPEAKERS, "Rebels", ""]  # a phrase twice, and a claim without a speaker
    for index, speaker in enumerate(phrases):
        Claim.objects.create(article=article, index=index, text="x", start=0, end=1, speaker=speaker)

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    Claim = executor.loader.project_state(AFTER).apps.get_model("factcheck", "Claim")
    stored = list(Claim.objects.order_by("index").values_list("speaker", "speaker_type", "extractor_version"))
    assert stored == [(speaker, SPEAKERS.get(speaker, ""), "") for speaker in phrases]
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())  # leave the schema as the other tests expect


@pytest.mark.django_db
def test_code_older_than_the_fields_still_inserts_claims():
    """A worker still running the previous release during a deploy writes claims without the new
    columns; the database defaults fill them in (blank: type and version unknown)."""
    old_apps = MigrationExecutor(connection).loader.project_state(BEFORE).apps
    article = old_apps.get_model("factcheck", "Article").objects.create(
        title="T", body="One.", content_hash="o" * 64
    )
    old_apps.get_model("factcheck", "Claim").objects.create(
        article=article, index=0, text="One.", start=0, end=4, speaker="The US"
    )
    assert Claim.objects.values_list("speaker_type", "extractor_version").get() == ("", "")
