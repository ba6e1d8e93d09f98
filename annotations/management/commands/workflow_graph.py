"""``manage.py workflow_graph [--format mermaid|dot]``: the review state machine, drawn from the table."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from annotations import workflow


class Command(BaseCommand):
    help = "Print the review workflow's state machine (from annotations.workflow) as Mermaid or Graphviz DOT."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["mermaid", "dot"], default="mermaid")

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(workflow.graph(options["format"]), ending="")
