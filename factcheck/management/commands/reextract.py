"""``manage.py reextract (--article ID … | --all) [--wait]``: the current extractor over stored articles."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from factcheck.imports.services import broker_errors
from factcheck.reextraction.models import ReextractionJob
from factcheck.reextraction.services import reextraction_job_create


class Command(BaseCommand):
    help = (
        "Run the current extractor over stored articles on a Celery worker: the extractor's claims are "
        "replaced, people's corrections and reviews stay (claims that changed under a review are flagged)."
    )

    def add_arguments(self, parser) -> None:
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--article", type=int, nargs="+", metavar="ID", help="These articles.")
        scope.add_argument("--all", action="store_true", help="Every article.")
        parser.add_argument("--wait", action="store_true", help="Wait for the worker and show progress.")
        parser.add_argument("--timeout", type=float, default=3600, help="Seconds to wait with --wait.")

    def handle(self, *args, article: list[int] | None, wait: bool, timeout: float, **options) -> None:
        try:
            job = reextraction_job_create(article_ids=None if options["all"] else article)
        except ValueError as error:
            raise CommandError(str(error)) from error
        except Exception as error:
            if isinstance(error, broker_errors()):
                raise CommandError(f"The task queue is unreachable ({error}); nothing was queued.") from error
            raise
        self.stdout.write(
            f"Re-extraction #{job.pk} queued for {job.total} article(s) ({job.extractor_version})."
        )
        if not wait:
            return
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            job.refresh_from_db()
            if job.done_count != last:
                self.stdout.write(f"  {job.done_count}/{job.total} articles")
                last = job.done_count
            if job.finished_at is not None:
                break
            time.sleep(0.2)
        else:
            raise CommandError(
                f"Re-extraction #{job.pk} did not finish within {timeout:.0f}s; is a worker running?"
            )
        self.stdout.write(
            f"Re-extraction #{job.pk} {job.get_status_display().lower()}: "
            f"{job.claims_created} claims created, {job.claims_updated} updated, "
            f"{job.claims_deleted} deleted, "
            f"{job.claims_kept} kept for people's work ({job.claims_flagged} flagged for a look), "
            f"{job.failed_count} article(s) failed."
        )
        for failure in job.errors:
            self.stderr.write(f"  article {failure['article']}: {failure['reason']}")
        if job.status != ReextractionJob.Status.SUCCEEDED:
            raise CommandError("Some articles failed; see above.")
