"""``manage.py export_annotations --format jsonl|labelstudio|doccano [--since DATE] [-o FILE]``: the desk's
gold data, or the same as Label Studio tasks or doccano lines."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from annotations.gold import gold_jsonl, parse_since
from annotations.interchange import doccano_jsonl, label_studio_json

STREAMS = {"jsonl": gold_jsonl, "labelstudio": label_studio_json, "doccano": doccano_jsonl}


class Command(BaseCommand):
    help = (
        "Write every article a person corrected or reviewed, with the human claims and the machine output "
        "beside them, as JSON Lines (score it with python -m factcheck.extraction.evaluate gold FILE)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--format",
            choices=list(STREAMS),
            default="jsonl",
            help="jsonl: gold records; labelstudio: Label Studio tasks; doccano: doccano JSONL.",
        )
        parser.add_argument("--since", help="Only articles people worked on since this date (YYYY-MM-DD).")
        parser.add_argument("--output", "-o", help="File to write (standard output by default).")

    def handle(self, *args, since: str | None, output: str | None, format: str, **options) -> None:
        try:
            moment = parse_since(since) if since else None
        except ValueError as error:
            raise CommandError(str(error)) from error
        if output:
            with open(output, "w", encoding="utf-8") as stream:
                for chunk in STREAMS[format](since=moment):
                    stream.write(chunk)
        else:
            for chunk in STREAMS[format](since=moment):
                self.stdout.write(chunk, ending="")
        self.stderr.write(f"Annotated articles written{f' to {output}' if output else ''} ({format}).")
