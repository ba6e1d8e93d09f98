"""Claim corrections in the admin: the correction page and bulk actions go through the services."""

from __future__ import annotations

from django.urls import reverse

from annotations import services
from factcheck.models import Claim, Layer

from .conftest import TEXT

CHANGELIST = reverse("admin:factcheck_claim_changelist")


def test_the_correction_page_changes_only_what_was_changed(client, reviewer, claims):
    claim = claims[1]
    url = reverse("admin:factcheck_claim_correct", args=[claim.pk])
    client.force_login(reviewer)
    page = client.get(url)
    assert page.status_code == 200 and "Correct this claim" in page.content.decode()
    form = {
        "version": 1,
        "start": claim.start,
        "end": claim.end,
        "category": claim.category,
        "speaker": "Jane Doe",
        "speaker_type": "",
    }
    response = client.post(url, form)
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.speaker, claim.speaker_type, claim.corrected) == ("Jane Doe", "person", [Layer.SPEAKER])
    assert claim.history.get().history_user == reviewer

    stale = client.post(url, {**form, "version": 1, "category": "military"}, follow=True)
    assert "This claim was changed by" in stale.content.decode()
    claim.refresh_from_db()
    assert claim.category == "territory"


def test_the_change_page_shows_both_layers_and_is_never_a_raw_form(admin_client, reviewer, claims):
    from annotations import corrections

    corrections.claim_update(claim=claims[0], by=reviewer, category="casualties")
    html = admin_client.get(reverse("admin:factcheck_claim_change", args=[claims[0].pk])).content.decode()
    assert "What the extractor said" in html and "Category: population" in html
    assert 'name="category"' not in html  # no raw edit: corrections go through the services
    history = admin_client.get(reverse("admin:factcheck_claim_history", args=[claims[0].pk]))
    assert history.status_code == 200 and "Corrected: category" in history.content.decode()


def test_bulk_actions_mark_restore_and_merge_with_refusals_per_claim(client, reviewer, claims):
    client.force_login(reviewer)
    services.claim_annotate(claim=claims[0], by=reviewer)
    response = client.post(
        CHANGELIST,
        {"action": "mark_not_a_claim", "_selected_action": [claims[0].pk, claims[3].pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "1 claim marked not a claim." in html and "dismiss it as not checkable first" in html
    assert list(Claim.objects.filter(not_a_claim=True).values_list("pk", flat=True)) == [claims[3].pk]

    client.post(CHANGELIST, {"action": "restore_as_claim", "_selected_action": [claims[3].pk]})
    assert not Claim.objects.filter(not_a_claim=True).exists()

    response = client.post(
        CHANGELIST, {"action": "merge_claims", "_selected_action": [claims[1].pk, claims[2].pk]}, follow=True
    )
    assert "Merged into one claim" in response.content.decode()
    assert Claim.objects.get(pk=claims[1].pk).end == claims[2].end
    assert TEXT.endswith(Claim.objects.order_by("index").last().text)


def test_people_without_the_role_get_no_correction_page_or_actions(client, claims, db):
    from tests.factories import member

    viewer = member("vera", None)
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(viewer)
    assert client.get(reverse("admin:factcheck_claim_correct", args=[claims[0].pk])).status_code == 403
    assert "mark_not_a_claim" not in client.get(CHANGELIST).content.decode()
