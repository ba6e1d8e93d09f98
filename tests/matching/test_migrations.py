"""Claim matching's data migrations on rows that existed before them."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from factcheck.imports.records import FactCheckRecord
from factcheck.imports.writer import insert_fact_check
from factcheck.matching import selectors

BEFORE = [("factcheck", "0017_match_entry_vector")]
AFTER = [("factcheck", "0018_match_vector")]


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return executor.loader.project_state(target).apps


@pytest.mark.django_db(transaction=True)
def test_0018_moves_the_stored_vectors_to_their_own_table_and_back():
    apps = _migrate(BEFORE)
    FactCheck = apps.get_model("factcheck", "FactCheck")
    MatchEntry = apps.get_model("factcheck", "MatchEntry")
    with_vector, without = (
        MatchEntry.objects.create(
            kind="fact_check",
            fact_check=FactCheck.objects.create(claim=claim, rating="False", digest=digest * 64),
            language="en",
            terms=claim.lower(),
            length=2,
            vector=vector,
        )
        for claim, digest, vector in (("Moon landing", "a", b"\x01\x02" * 384), ("Flat earth", "b", None))
    )

    apps = _migrate(AFTER)
    MatchVector = apps.get_model("factcheck", "MatchVector")
    assert [(v.entry_id, bytes(v.vector)) for v in MatchVector.objects.all()] == [
        (with_vector.pk, b"\x01\x02" * 384)
    ]
    assert without.pk  # (no row for the entry that had none)

    apps = _migrate(BEFORE)
    MatchEntry = apps.get_model("factcheck", "MatchEntry")
    back = {entry.pk: entry.vector and bytes(entry.vector) for entry in MatchEntry.objects.all()}
    assert back == {with_vector.pk: b"\x01\x02" * 384, without.pk: None}

    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())  # the schema the other tests expect
    # the full-text index still follows the entries (SQLite's triggers survive the column's removal)
    insert_fact_check(FactCheckRecord(claim="Vaccines contain microchips", rating="False", language="en"))
    found = selectors.search(selectors.text_query("microchips in vaccines", language="en"))
    assert [match.fact_check.claim for match in found] == ["Vaccines contain microchips"]
