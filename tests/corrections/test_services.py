"""The correction services: every operation, its effect on the two layers and on reviews, and bad input."""

from __future__ import annotations

import pytest

from annotations import corrections, services
from annotations.exceptions import ConflictError, PermissionDenied, TransitionNotAllowed, WorkflowError
from annotations.models import ReviewState
from factcheck.models import Claim, Layer, Origin
from tests.factories import ArticleFactory, ClaimFactory, bring_to

from .conftest import TEXT


def span_of(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def indices(article) -> list[tuple[int, int, int]]:
    return list(article.claims.order_by("index").values_list("index", "start", "end"))


# --- adding ---------------------------------------------------------------------------------------


def test_a_reviewer_adds_a_claim_from_a_span_snapped_to_words(article, reviewer):
    start, end = span_of("rebels seized more than 20 villages")
    claim = corrections.claim_add(article=article, start=start + 2, end=end - 3, by=reviewer)

    assert (claim.start, claim.end) == (start, end)
    assert claim.text == "rebels seized more than 20 villages"
    assert claim.origin == Origin.ADDED and claim.corrected == [Layer.SPAN]
    assert claim.machine is None and claim.is_claim
    assert claim.category == "territory"
    [figure] = claim.quantities.all()
    assert (figure.value, figure.qualifier, figure.origin) == (20.0, "more_than", Origin.MACHINE)
    # numbered by position: after the sentence it lies in (same start? no: it starts later)
    assert [start for _, start, _ in indices(article)] == sorted(start for _, start, _ in indices(article))
    assert [index for index, _, _ in indices(article)] == list(range(5))
    assert claim.history.get().history_user == reviewer


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 10, "outside the article"),
        (10, len(TEXT) + 1, "outside the article"),
        (40, 40, "empty or reversed"),
        (50, 40, "empty or reversed"),
        ("ten", 40, "whole number"),
        (1.5, 40, "whole number"),
        (TEXT.index("\n\n"), TEXT.index("\n\n") + 2, "only white space"),
    ],
)
def test_adding_a_bad_span_is_refused_and_saves_nothing(article, reviewer, start, end, message):
    before = Claim.objects.count()
    with pytest.raises(WorkflowError, match=message):
        corrections.claim_add(article=article, start=start, end=end, by=reviewer)
    assert Claim.objects.count() == before


def test_adding_the_span_of_an_existing_claim_is_refused(article, claims, reviewer):
    with pytest.raises(WorkflowError, match=f"Claim #{claims[0].pk} already covers"):
        corrections.claim_add(article=article, start=claims[0].start, end=claims[0].end, by=reviewer)


def test_a_claim_longer_than_the_sentence_limit_is_refused(article, reviewer, settings):
    settings.FACTCHECK_MAX_SENTENCE_CHARS = 50
    with pytest.raises(WorkflowError, match="at most 50 characters"):
        corrections.claim_add(article=article, start=0, end=120, by=reviewer)


# --- boundaries, category, speaker ----------------------------------------------------------------


def test_adjusting_the_span_keeps_the_machine_layer_and_reads_the_new_span_again(claims, reviewer):
    claim = claims[1]
    start, end = span_of("rebels seized more than 20 villages")
    claim = corrections.claim_update(claim=claim, by=reviewer, start=start, end=end, expected_version=1)

    assert claim.text == "rebels seized more than 20 villages"
    assert claim.origin == Origin.CORRECTED and claim.corrected == [Layer.SPAN]
    assert claim.machine["text"].startswith("The labour minister")
    assert [q["surface"] for q in claim.machine["quantities"]] == ["more than 20 villages", "3 towns"]
    assert [q.surface for q in claim.quantities.all()] == ["more than 20 villages"]
    assert claim.version == 2


def test_a_speaker_picked_from_the_article_is_named_and_typed(claims, reviewer):
    claim = claims[1]
    start, end = span_of("Jane Doe")
    claim = corrections.claim_update(claim=claim, by=reviewer, speaker={"start": start, "end": end - 2})

    assert (claim.speaker, claim.speaker_start, claim.speaker_end) == ("Jane Doe", start, end)
    assert claim.speaker_type == "person"
    assert claim.corrected == [Layer.SPEAKER]
    assert claim.machine["speaker"]["name"] == "The labour minister, Jane Doe"  # the extractor's, kept


def test_a_typed_speaker_and_clearing_it(claims, reviewer):
    claim = corrections.claim_update(
        claim=claims[0], by=reviewer, speaker={"name": "the regional disaster agency", "type": "organization"}
    )
    assert (claim.speaker, claim.speaker_type, claim.speaker_start) == (
        "the regional disaster agency",
        "organization",
        None,
    )
    claim = corrections.claim_update(claim=claim, by=reviewer, speaker=None)
    assert (claim.speaker, claim.speaker_type) == ("", "")
    assert claim.machine["speaker"]["name"] == "Officials"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"category": "weather"}, "Unknown category"),
        ({"speaker": {"name": "X", "type": "robot"}}, "Unknown speaker type"),
        ({"speaker": {"start": 3}}, "both a start and an end"),
        ({"speaker": {"name": "  "}}, "name is empty"),
        ({}, "Nothing to change"),
    ],
)
def test_bad_corrections_are_refused_and_change_nothing(claims, reviewer, changes, message):
    claim = claims[0]
    with pytest.raises(WorkflowError, match=message):
        corrections.claim_update(claim=claim, by=reviewer, **changes)
    claim.refresh_from_db()
    assert (claim.version, claim.origin, claim.category) == (1, Origin.MACHINE, "population")


def test_a_stale_version_is_a_conflict_that_says_who_changed_what(claims, reviewer, other_reviewer):
    claim = claims[0]
    corrections.claim_update(claim=claim, by=other_reviewer, category="casualties", expected_version=1)
    with pytest.raises(ConflictError) as caught:
        corrections.claim_update(claim=claim, by=reviewer, category="other", expected_version=1)
    conflict = caught.value.conflict
    assert conflict.subject == "claim" and conflict.current_version == 2
    assert conflict.changed_by == ["Oscar Other"]
    assert [(c.field, c.before, c.after) for c in conflict.changes] == [
        ("category", "population", "casualties")
    ]
    assert "This claim was changed by Oscar Other" in caught.value.message


# --- split and merge ------------------------------------------------------------------------------


def test_split_keeps_the_review_with_the_first_part(claims, reviewer):
    claim = claims[1]
    review = services.claim_annotate(claim=claim, by=reviewer).review
    at = TEXT.index("rebels")
    first, second = corrections.claim_split(claim=claim, at=at + 3, by=reviewer)  # inside "rebels": moved

    assert first.pk == claim.pk and first.review.pk == review.pk
    assert first.text == "The labour minister, Jane Doe, said"
    assert second.text == "rebels seized more than 20 villages and 3 towns."
    assert not hasattr(Claim.objects.get(pk=second.pk), "review") or second.review is None
    assert [q.surface for q in first.quantities.all()] == []
    assert [q.surface for q in second.quantities.all()] == ["more than 20 villages", "3 towns"]
    assert (first.index, second.index) == (1, 2)
    assert second.origin == Origin.CORRECTED and second.machine == first.machine


def test_split_keeps_a_persons_figures_with_their_part(claims, reviewer):
    claim = claims[1]
    towns = claim.quantities.get(surface="3 towns")
    corrections.quantity_update(quantity=towns, by=reviewer, value=4)
    first, second = corrections.claim_split(claim=claim, at=TEXT.index("and 3 towns"), by=reviewer)
    assert [q.surface for q in first.quantities.all()] == ["more than 20 villages"]
    assert [(q.surface, q.value, q.origin) for q in second.quantities.all()] == [
        ("3 towns", 4.0, Origin.CORRECTED)
    ]


@pytest.mark.parametrize("at", [0, 79, 163, 500])
def test_a_split_offset_outside_the_claim_is_refused(claims, reviewer, at):
    with pytest.raises(WorkflowError, match="Split inside the claim"):
        corrections.claim_split(claim=claims[1], at=at, by=reviewer)
    assert Claim.objects.count() == len(claims)


def test_merge_joins_adjacent_claims_and_reads_the_whole_again(article, claims, reviewer):
    merged = corrections.claim_merge(claims=[claims[2], claims[1]], by=reviewer)

    assert merged.pk == claims[1].pk
    assert merged.text == TEXT[claims[1].start : claims[2].end]
    assert not Claim.objects.filter(pk=claims[2].pk).exists()
    assert [q.surface for q in merged.quantities.all()] == ["more than 20 villages", "3 towns"]
    assert [index for index, _, _ in indices(article)] == [0, 1, 2]


def test_merge_keeps_the_one_review_and_refuses_two(claims, reviewer, editor):
    services.claim_annotate(claim=claims[2], by=reviewer)
    merged = corrections.claim_merge(claims=[claims[1], claims[2]], by=reviewer)
    assert merged.pk == claims[2].pk and merged.start == claims[1].start
    assert merged.review.state == ReviewState.IN_PROGRESS

    services.claim_annotate(claim=claims[0], by=editor)
    with pytest.raises(TransitionNotAllowed, match="both have reviews"):
        corrections.claim_merge(claims=[claims[0], merged], by=editor)
    assert Claim.objects.filter(pk__in=[claims[0].pk, merged.pk]).count() == 2


def test_merge_refuses_claims_that_do_not_follow_each_other_or_other_articles(claims, reviewer):
    with pytest.raises(WorkflowError, match="adjacent"):
        corrections.claim_merge(claims=[claims[0], claims[2]], by=reviewer)
    elsewhere = ClaimFactory(article=ArticleFactory())
    with pytest.raises(WorkflowError, match="same article"):
        corrections.claim_merge(claims=[claims[0], elsewhere], by=reviewer)
    with pytest.raises(WorkflowError, match="at least two"):
        corrections.claim_merge(claims=[claims[0]], by=reviewer)


# --- not a claim ----------------------------------------------------------------------------------


def test_not_a_claim_leaves_the_queue_and_can_be_undone(claims, reviewer):
    junk = claims[3]
    corrections.claim_update(claim=junk, by=reviewer, not_a_claim=True)
    assert not Claim.objects.checkworthy().filter(pk=junk.pk).exists()
    assert Claim.objects.corrected_by_people().filter(pk=junk.pk).exists()
    corrections.claim_update(claim=junk, by=reviewer, not_a_claim=False)
    junk.refresh_from_db()
    assert not junk.not_a_claim


def test_not_a_claim_is_refused_while_a_review_is_under_way_but_not_once_dismissed(claims, reviewer):
    claim = claims[0]
    review = services.claim_annotate(claim=claim, by=reviewer).review
    with pytest.raises(TransitionNotAllowed, match="dismiss it as not checkable first"):
        corrections.claim_update(claim=claim, by=reviewer, not_a_claim=True)
    services.review_dismiss(review=review, by=reviewer, reason="Boilerplate.")
    assert corrections.claim_update(claim=claim, by=reviewer, not_a_claim=True).not_a_claim


# --- figures --------------------------------------------------------------------------------------


def test_figures_are_edited_added_and_removed_with_the_machine_layer_kept(claims, reviewer):
    claim = claims[1]
    villages, towns = claim.quantities.order_by("start")
    corrections.quantity_update(quantity=villages, by=reviewer, qualifier="at_least", kind="cardinal")
    corrections.quantity_remove(quantity=towns, by=reviewer)
    start, end = span_of("Jane")
    added = corrections.quantity_add(
        claim=claim, by=reviewer, start=start, end=end, value="1", unit="minister"
    )

    claim.refresh_from_db()
    assert claim.corrected == [Layer.FIGURES] and claim.origin == Origin.CORRECTED
    assert [(q.surface, q.qualifier, q.origin) for q in claim.quantities.order_by("start")] == [
        ("Jane", "exact", Origin.ADDED),
        ("more than 20 villages", "at_least", Origin.CORRECTED),
    ]
    assert added.category == claim.category
    assert [q["qualifier"] for q in claim.machine["quantities"]] == ["more_than", "exact"]
    assert claim.version == 4
    assert [h.history_user for h in villages.history.all()] == [reviewer]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"value": "many"}, "must be a number"),
        ({"value": "nan"}, "finite number"),
        ({"value": True}, "must be a number"),
        ({"value": None, "low": None, "high": None}, "needs a value"),
        ({"low": 5, "high": 2}, "lower bound"),
        ({"qualifier": "roughly"}, "Unknown qualifier"),
        ({"kind": "colour"}, "Unknown kind"),
        ({"start": 0, "end": 5}, "outside the claim"),
        ({"colour": "red"}, "no field colour"),
    ],
)
def test_bad_figures_are_refused_and_nothing_is_half_saved(claims, reviewer, values, message):
    claim = claims[1]
    figure = claim.quantities.order_by("start").first()
    with pytest.raises(WorkflowError, match=message):
        corrections.quantity_update(quantity=figure, by=reviewer, **values)
    figure.refresh_from_db()
    claim.refresh_from_db()
    assert (figure.value, figure.origin, claim.origin, claim.corrected, claim.version) == (
        20.0,
        Origin.MACHINE,
        Origin.MACHINE,
        [],
        1,
    )


# --- the workflow decides when -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "hint"),
    [
        ("needs_second_review", "An editor must return it first"),
        ("approved", "An editor must return it first"),
        ("published", "An editor must open a correction first"),
    ],
)
def test_a_claim_sent_on_changes_only_through_the_workflow(
    claims, reviewer, editor, rating_false, state, hint
):
    review = services.review_get_or_create(claim=claims[0])
    bring_to(state, review, reviewer=reviewer, editor=editor, rating=rating_false)
    with pytest.raises(TransitionNotAllowed, match=hint):
        corrections.claim_update(claim=claims[0], by=editor, category="other")
    with pytest.raises(TransitionNotAllowed):
        corrections.claim_split(claim=claims[0], at=claims[0].start + 10, by=editor)


def test_only_the_assignee_or_an_editor_corrects_a_claim_someone_has(
    claims, reviewer, other_reviewer, editor
):
    services.claim_annotate(claim=claims[0], by=reviewer)
    with pytest.raises(PermissionDenied, match="assigned to Rita Reviewer"):
        corrections.claim_update(claim=claims[0], by=other_reviewer, category="other")
    assert corrections.claim_update(claim=claims[0], by=editor, category="other").category == "other"


def test_people_without_the_role_cannot_correct(article, claims):
    from tests.factories import member

    nobody = member("nora", None)
    with pytest.raises(PermissionDenied, match="correct claims"):
        corrections.claim_add(article=article, start=0, end=9, by=nobody)
    with pytest.raises(PermissionDenied):
        corrections.claim_update(claim=claims[0], by=None, category="other")


def test_an_added_claim_can_be_removed_an_extracted_one_cannot(article, claims, reviewer):
    added = corrections.claim_add(article=article, start=0, end=9, by=reviewer)
    corrections.claim_remove(claim=added, by=reviewer)
    assert not Claim.objects.filter(pk=added.pk).exists()
    assert [index for index, _, _ in indices(article)] == [0, 1, 2, 3]
    with pytest.raises(WorkflowError, match="Only claims a person added"):
        corrections.claim_remove(claim=claims[0], by=reviewer)


def test_a_version_the_claim_never_had_is_a_bad_request_not_a_conflict(claims, reviewer):
    with pytest.raises(WorkflowError, match="has no version 7 yet") as caught:
        corrections.claim_update(claim=claims[0], by=reviewer, category="aid", expected_version=7)
    assert not isinstance(caught.value, ConflictError)


def test_figure_edits_and_merges_from_a_stale_page_are_conflicts(claims, reviewer, other_reviewer):
    figure = claims[1].quantities.order_by("start").first()
    corrections.quantity_update(quantity=figure, by=other_reviewer, value=21, expected_version=1)
    with pytest.raises(ConflictError, match="changed by Oscar Other"):
        corrections.quantity_update(quantity=figure, by=reviewer, value=22, expected_version=1)
    with pytest.raises(ConflictError):
        corrections.quantity_remove(quantity=figure, by=reviewer, expected_version=1)
    with pytest.raises(ConflictError):
        corrections.claim_merge(
            claims=[claims[1], claims[2]], by=reviewer, expected_versions={claims[1].pk: 1}
        )
    merged = corrections.claim_merge(
        claims=[claims[1], claims[2]], by=reviewer, expected_versions={claims[1].pk: 2, claims[2].pk: 1}
    )
    assert merged.pk == claims[1].pk
    figure.refresh_from_db()
    assert figure.value == 21


def test_a_span_is_read_in_the_articles_language(reviewer):
    import dataclasses

    from factcheck.imports.parsers import record_from_text
    from factcheck.imports.writer import write_article

    from .conftest import TEXT

    # The source said French: its figures are read with a decimal comma, at import and in a drawn span
    # (detecting the language would read the English text's 250,000).
    article = write_article(dataclasses.replace(record_from_text(TEXT), language="fr")).article
    start = TEXT.index("250,000")
    claim = corrections.claim_add(article=article, start=start, end=TEXT.index(" in the east"), by=reviewer)
    assert [q.value for q in claim.quantities.all()] == [250.0]
    first = article.claims.get(index=0)
    split = corrections.claim_split(claim=first, at=TEXT.index("250,000"), by=reviewer)
    assert [q.value for q in split[1].quantities.all()] == [250.0]


def test_a_labelled_span_from_another_tool_is_read_in_the_articles_language(db):
    import dataclasses

    from factcheck.imports.parsers import record_from_text
    from factcheck.imports.writer import write_article

    from .conftest import TEXT

    span = (TEXT.index("250,000"), TEXT.index(" in the east"), "population")
    record = dataclasses.replace(record_from_text(TEXT), language="fr", claims=[span])
    article = write_article(record).article
    added = article.claims.get(start=span[0], end=span[1])
    assert [q.value for q in added.quantities.all()] == [250.0]
