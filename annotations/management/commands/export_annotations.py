"""``manage.py export_annotations --format jsonl [--since DATE] [--output FILE]``: the desk's gold data."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from annotations.gold import gold_jsonl, parse_since


class Command(BaseCommand):
    help = (
        "Write every article a person corrected or reviewed, with the human claims and the machine output "
        "beside them, as JSON Lines (score it with python -m factcheck.extraction.evaluate gold FILE)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=["jsonl"], default="jsonl")
        parser.add_argument("--since", help="Only articles people worked on since this date (YYYY-MM-DD).")
        parser.add_argument("--output", "-o", help="File to write (standard output by default).")

    def handle(self, *args, since: str | None, output: str | None, **options) -> None:
        try:
            moment = parse_since(since) if since else None
        except ValueError as error:
            raise CommandError(str(error)) from error
        count = 0
        if output:
            with open(output, "w", encoding="utf-8") as stream:
                for line in gold_jsonl(since=moment):
                    stream.write(line)
                    count += 1
        else:
            for line in gold_jsonl(since=moment):
                self.stdout.write(line, ending="")
                count += 1
        self.stderr.write(f"{count} annotated article(s) written{f' to {output}' if output else ''}.")
