"""``manage.py import_articles PATH|URL … [--wait]`` and ``--retry JOB``: imports run on a Celery worker."""

from __future__ import annotations

import re
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from factcheck.imports.models import ImportJob
from factcheck.imports.services import ImportQueueUnavailable, import_job_create, import_job_retry

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
NOTES_SHOWN = 100
BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Import articles from files, folders, zip archives or web pages through a Celery worker."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "sources",
            nargs="*",
            metavar="PATH|URL",
            help="Files, folders (.txt .md .html .json .jsonl .csv .zip) or URLs.",
        )
        parser.add_argument("--retry", type=int, metavar="JOB", help="Run a failed or stuck job again.")
        parser.add_argument("--wait", action="store_true", help="Wait for the worker and show progress.")
        parser.add_argument("--timeout", type=float, default=600, help="Seconds to wait with --wait.")

    def handle(
        self, *args, sources: list[str], retry: int | None, wait: bool, timeout: float, **options
    ) -> None:
        if bool(sources) == bool(retry):
            raise CommandError("Give either sources to import or --retry JOB.")
        try:
            if retry:
                job = import_job_retry(job_id=retry)
                self.stdout.write(f"Import job #{job.pk} queued again.")
            else:
                job = import_job_create(sources=[self._source(value) for value in sources])
                self.stdout.write(f"Import job #{job.pk} queued for {len(sources)} source(s).")
        except ImportQueueUnavailable as error:
            raise CommandError(
                f"Import job #{error.job.pk} could not be queued: {error.reason} "
                f"Once the broker is back: manage.py import_articles --retry {error.job.pk}"
            ) from error
        except ImportJob.DoesNotExist as error:
            raise CommandError(f"There is no import job #{retry}.") from error
        except ValueError as error:
            raise CommandError(str(error)) from error
        if wait:
            job = self._wait(job, timeout)
            self.stdout.write(
                f"Import job #{job.pk} {job.get_status_display().lower()}: {job.imported_count} imported, "
                f"{job.duplicate_count} duplicate(s), {job.failed_count} failed."
            )
            for failure in job.errors:
                self.stderr.write(f"  {failure['item']}: {failure['reason']}")
            noted = job.items.exclude(notes=[]).order_by("position").values_list("name", "notes")
            for name, notes in noted[:NOTES_SHOWN]:
                self.stdout.write(f"  note, {name}: {' '.join(notes)}")
            if job.status == ImportJob.Status.FAILED:
                raise CommandError(f"The import failed. {job.failure_reason}".strip())

    @staticmethod
    def _source(value: str) -> dict:
        if _URL.match(value):
            return {"kind": "url", "value": value}
        return {"kind": "path", "value": str(Path(value).resolve())}

    def _bar(self, job: ImportJob) -> str:
        done = round(BAR_WIDTH * job.progress_percent / 100)
        return (
            f"[{'#' * done}{'.' * (BAR_WIDTH - done)}] {job.progress_percent:3d}% "
            f"{job.processed_count}/{job.total_items} "
            f"({job.imported_count} imported, {job.duplicate_count} dup, {job.failed_count} failed)"
        )

    def _wait(self, job: ImportJob, timeout: float) -> ImportJob:
        deadline = time.monotonic() + timeout
        interactive = self.stdout.isatty()
        last = None
        while time.monotonic() < deadline:
            job.refresh_from_db()
            progress = (job.processed_count, job.total_items, job.status)
            if progress != last:
                line = self._bar(job)
                if interactive:
                    self.stdout.write(f"\r{line}", ending="")
                    self.stdout.flush()
                else:
                    self.stdout.write(f"  {line}")
                last = progress
            if job.is_finished:
                if interactive:
                    self.stdout.write("")
                return job
            time.sleep(0.2)
        raise CommandError(f"Import job #{job.pk} did not finish within {timeout:.0f}s; is a worker running?")
