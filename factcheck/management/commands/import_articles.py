"""``manage.py import_articles PATH…``: start an import job on the Celery worker."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from factcheck.models import ImportJob
from factcheck.services import import_job_create


class Command(BaseCommand):
    help = "Import articles from files or folders through a Celery worker."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", help="Files or folders (.txt, .md).")
        parser.add_argument("--wait", action="store_true", help="Wait for the worker and show progress.")
        parser.add_argument("--timeout", type=float, default=600, help="Seconds to wait with --wait.")

    def handle(self, *args, paths: list[str], wait: bool, timeout: float, **options) -> None:
        sources = [{"kind": "path", "value": str(Path(path).resolve())} for path in paths]
        try:
            job = import_job_create(sources=sources)
        except Exception as error:  # broker down, database down: say so plainly
            raise CommandError(f"Could not start the import: {error}") from error
        self.stdout.write(f"Import job #{job.pk} queued for {len(paths)} source(s).")
        if wait:
            job = self._wait(job, timeout)
            self.stdout.write(
                f"Import job #{job.pk} {job.get_status_display().lower()}: {job.imported_count} imported, "
                f"{job.duplicate_count} duplicate(s), {job.failed_count} failed."
            )
            for error in job.errors:
                self.stderr.write(f"  {error['item']}: {error['reason']}")
            if job.status == ImportJob.Status.FAILED:
                raise CommandError("The import failed.")

    def _wait(self, job: ImportJob, timeout: float) -> ImportJob:
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            job.refresh_from_db()
            progress = (job.processed_count, job.total_items)
            if progress != last and job.total_items:
                self.stdout.write(f"  {job.processed_count}/{job.total_items} ({job.progress_percent}%)")
                last = progress
            if job.is_finished:
                return job
            time.sleep(0.2)
        raise CommandError(f"Import job #{job.pk} did not finish within {timeout:.0f}s; is a worker running?")
