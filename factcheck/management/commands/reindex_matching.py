"""Rebuild claim matching's index and term counts from every claim and known fact-check."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from factcheck.matching.services import matching_reindex


class Command(BaseCommand):
    help = (
        "Rebuild the claim-matching index from every claim and known fact-check: after importing with "
        "MATCHING_ENABLED off, after deleting many articles (term counts drift up), or after an upgrade "
        "that changes how terms are normalised."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        claims, fact_checks = matching_reindex()
        self.stdout.write(f"Indexed {claims:,} claims and {fact_checks:,} known fact-checks.")
