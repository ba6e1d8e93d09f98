"""Template access to the workflow table (keyboard shortcuts of the workspace)."""

from __future__ import annotations

from django import template

from annotations import workflow

register = template.Library()


@register.simple_tag
def workflow_shortcuts() -> dict[str, dict[str, str]]:
    """Key -> the workflow step it runs and its label, for the help dialog and workspace.js."""
    return workflow.shortcuts()
