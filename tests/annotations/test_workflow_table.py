"""The workflow table is the one place a step is declared: every surface and the graph follow it."""

from __future__ import annotations

import inspect
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils.module_loading import import_string
from rest_framework.test import APIClient

from annotations import services, workflow
from annotations.models import Review, ReviewState
from tests.factories import ReviewFactory

S = ReviewState
README = Path(__file__).resolve().parents[2] / "README.md"


def escalate(*, review: Review, by, expected_version: int | None = None, reason: str = "") -> Review:
    """A step that exists only in a test's copy of the table; the table row names it as its service."""
    review = Review.objects.select_for_update().get(pk=review.pk)
    action = workflow.check("escalate", review, by)
    if not reason.strip():
        raise services.TransitionNotAllowed(f"{action.reason_name} is required.")
    review.state = action.target
    review.version += 1
    review.save()
    return review


ESCALATE = workflow.Action(
    "escalate",
    label="Escalate to the desk",
    done="escalated to the desk",
    sources=frozenset({S.NEEDS_SECOND_REVIEW}),
    target=S.APPROVED,
    permission="approve_review",
    service=f"{__name__}.escalate",
    verb="escalate it",
    role_verb="escalate reviews",
    reason=workflow.Reason.REQUIRED,
    reason_name="A reason to escalate",
    style="danger",
    shortcut="x",
)


@pytest.fixture
def with_escalate(monkeypatch):
    monkeypatch.setattr(workflow, "WORKFLOW", workflow.WORKFLOW.with_action(ESCALATE))


@pytest.fixture
def waiting(db, reviewer, second_editor):
    """A review that needs a second review (started by ``reviewer``; ``editor`` is free to act on it)."""
    return ReviewFactory(state=S.NEEDS_SECOND_REVIEW, reviewer=reviewer, editor=second_editor)


def test_a_new_row_reaches_the_api(with_escalate, waiting, editor):
    client = APIClient()
    client.force_login(editor)
    url = f"/api/v1/reviews/{waiting.pk}/transition/"
    refused = client.post(url, {"action": "escalate"}, format="json")
    assert refused.status_code == 400
    assert refused.json()["detail"] == "A reason to escalate is required."
    done = client.post(url, {"action": "escalate", "reason": "Legal must see it."}, format="json")
    assert done.status_code == 200, done.content
    assert done.json()["state"] == "approved"
    assert "escalate" not in done.json()["allowed_actions"]  # approved: not a source state
    schema = client.get("/api/schema/", {"format": "json"}).json()
    assert "escalate" in schema["components"]["schemas"]["ActionEnum"]["enum"]


def test_a_new_row_reaches_the_admin(with_escalate, waiting, editor, client):
    client.force_login(editor)
    changelist = reverse("admin:factcheck_claim_changelist")
    choices = dict(client.get(changelist).context["action_form"].fields["action"].choices)
    assert choices["escalate"] == "Escalate to the desk…"
    page = client.get(reverse("admin:annotations_review_change", args=[waiting.pk])).content.decode()
    assert 'value="escalate"' in page and "Escalate to the desk" in page
    form = client.post(changelist, {"action": "escalate", "_selected_action": [waiting.claim_id]})
    assert b"A reason to escalate is needed to escalate it." in form.content
    client.post(
        changelist, {"action": "escalate", "_selected_action": [waiting.claim_id], "reason": "Legal."}
    )
    assert Review.objects.get(pk=waiting.pk).state == "approved"


def test_a_new_row_reaches_the_workspace(with_escalate, waiting, editor, client):
    client.force_login(editor)
    panel = client.get(reverse("workspace:panel", args=[waiting.claim_id]), HTTP_HX_REQUEST="true")
    assert 'data-action="escalate"' in panel.content.decode()
    reader = client.get(reverse("workspace:reader", args=[waiting.claim.article_id])).content.decode()
    assert "<kbd>x</kbd></td><td>Escalate to the desk" in reader  # the shortcuts help
    assert '"x": {"action": "escalate"' in reader  # what workspace.js reads
    client.post(
        reverse("workspace:action", args=[waiting.claim_id, "escalate"]),
        {"page_version": waiting.version, "reason": "Legal."},
    )
    assert Review.objects.get(pk=waiting.pk).state == "approved"


def test_a_new_row_reaches_the_graph_and_the_allowed_actions(with_escalate, waiting, editor, reviewer):
    assert "    needs_second_review --> approved: Escalate to the desk (editor) + reason" in workflow.graph()
    assert 'needs_second_review -> approved [label="Escalate to the desk (editor) + reason"]' in (
        workflow.graph("dot")
    )
    assert "escalate" in services.review_allowed_actions(review=waiting, user=editor)
    assert "escalate" not in services.review_allowed_actions(review=waiting, user=reviewer)


def test_every_row_is_consistent(db):
    """Services exist and take a reason exactly when the row asks for one; permissions exist;
    every state is reachable from a claim's first state and can be left by some step."""
    for action in workflow.actions():
        path = action.service if "." in action.service else f"annotations.services.{action.service}"
        service = import_string(path)
        takes_reason = "reason" in inspect.signature(service).parameters
        if action.step:
            assert takes_reason == (action.reason is not workflow.Reason.NONE), action.name
        app_label, codename = action.perm.split(".")
        assert Permission.objects.filter(content_type__app_label=app_label, codename=codename).exists()
        assert action.sources, action.name
        assert action.label and action.done and action.verb and action.role_verb
    reachable = {workflow.INITIAL_STATE} | {b for _, b, _ in workflow.edges()}
    assert reachable == set(S)
    assert {a for a, _, _ in workflow.edges()} == set(S)
    assert len({a.shortcut for a in workflow.steps() if a.shortcut}) == len(workflow.shortcuts())


def test_hints_name_the_first_step_towards_an_allowed_state(db, reviewer, editor):
    review = ReviewFactory(state=S.PUBLISHED, reviewer=reviewer, editor=editor)
    with pytest.raises(services.TransitionNotAllowed) as caught:
        workflow.check("edit", review, editor)
    assert (
        caught.value.message
        == "Cannot edit it: the review is published. An editor must open a correction first."
    )
    fresh = ReviewFactory(state=S.UNREVIEWED)
    with pytest.raises(services.TransitionNotAllowed) as caught:
        workflow.check("submit", fresh, reviewer)
    assert caught.value.message.endswith("Assign it first.")


def test_readme_shows_the_table_as_it_is():
    readme = README.read_text()
    found = re.search(r"<!-- workflow-graph -->\n```mermaid\n(.*?)```", readme, re.S)
    assert found, "README.md lacks the workflow diagram (run manage.py workflow_graph)"
    assert found.group(1) == workflow.graph("mermaid"), (
        "README's diagram differs: run manage.py workflow_graph"
    )


@pytest.mark.parametrize("fmt", ["mermaid", "dot"])
def test_workflow_graph_command_prints_the_table(fmt):
    out = io.StringIO()
    call_command("workflow_graph", "--format", fmt, stdout=out)
    assert out.getvalue() == workflow.graph(fmt)
    for action in workflow.steps():
        assert action.label in out.getvalue()
