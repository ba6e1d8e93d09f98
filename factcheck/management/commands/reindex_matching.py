"""Rebuild claim matching's index and term counts from every claim and known fact-check."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from factcheck.matching.services import matching_embed_missing, matching_reindex


class Command(BaseCommand):
    help = (
        "Rebuild the claim-matching index from every claim and known fact-check: after importing with "
        "MATCHING_ENABLED off, after deleting many articles (term counts drift up), or after an upgrade "
        "that changes how terms are normalised. With --vectors, only store the sentence encoder's vectors "
        "of the entries without them (after turning MATCHING_DENSE=encoder on), a batch at a time."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--vectors",
            action="store_true",
            help="store the sentence encoder's vectors of the entries that have none, instead of rebuilding",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["vectors"]:
            if settings.MATCHING_DENSE != "encoder":
                raise CommandError("--vectors needs MATCHING_DENSE=encoder (the vectors are its own).")
            written = matching_embed_missing()
            self.stdout.write(f"Stored the sentence encoder's vectors of {written:,} entries.")
            return
        claims, fact_checks = matching_reindex()
        self.stdout.write(f"Indexed {claims:,} claims and {fact_checks:,} known fact-checks.")
