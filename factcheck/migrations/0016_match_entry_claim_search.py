from django.db import migrations

# On PostgreSQL, a second full-text index over the claims' entries alone. The after-import search for
# the same claim elsewhere looks among claims only; with the one index over every entry, PostgreSQL read
# each known fact-check holding a query's word from the table before leaving it out: more than half the
# rows of a search on 100,000 fact-checks and 100,000 claims (bench/matching.py). Which entries match,
# and their rank, are the same. SQLite's FTS5 table has no such conditions: nothing to do there.
POSTGRES_FORWARD = [
    "CREATE INDEX factcheck_matchentry_claim_search ON factcheck_matchentry USING GIN (search) "
    "WHERE kind = 'claim'",
]
POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS factcheck_matchentry_claim_search"]


def _run(statements: list[str]):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("factcheck", "0015_match_entry_stored_terms"),
    ]

    operations = [
        migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_BACKWARD)),
    ]
