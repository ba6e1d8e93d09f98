"""The benches' own PostgreSQL databases: named after the configured one with a suffix (they are seeded,
so never the real one), created on first use."""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit


def bench_database_url(url: str, suffix: str) -> str:
    """``url`` with its database renamed ``<name>_<suffix>`` ("factcheck" when it names none)."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/") or "factcheck"
    return urlunsplit(parts._replace(path=f"/{name}_{suffix}"))


def ensure_database(database_url: str) -> None:
    """Create the database of ``database_url`` unless it exists (connecting to ``postgres`` to do so)."""
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def setup_django(database_url: str) -> None:
    """Django set up on ``database_url``, quiet."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
