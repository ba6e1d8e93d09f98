"""Who wrote a review, read from its history: the four-eyes rule is about people, not the assignee field.

An editor may give a claim to a reviewer who never touches it and write the verdict themselves; the
assignee field would then name the wrong person. The history records every save with its user, so
the authors are the people whose saves changed the verdict or the rationale, in any revision.
"""

from __future__ import annotations

from typing import Any

from annotations.models import Review


def review_author_ids(review: Review) -> list[int]:
    """Ids of the users who set the verdict or changed the rationale, in order of first contribution.

    Cached on the instance for its version (the workflow checks approve and publish on the same row).
    """
    cached: tuple[int, list[int]] | None = getattr(review, "_author_ids", None)
    if cached is not None and cached[0] == review.version:
        return cached[1]
    authors: list[int] = []
    previous: tuple[Any, str] | None = None
    records = review.history.order_by("history_date", "history_id").values_list(
        "history_user_id", "verdict_id", "rationale"
    )
    for user_id, verdict_id, rationale in records.iterator():
        wrote = (verdict_id, rationale) != previous if previous is not None else bool(verdict_id or rationale)
        if wrote and user_id is not None and user_id not in authors:
            authors.append(user_id)
        previous = (verdict_id, rationale)
    review._author_ids = (review.version, authors)
    return authors


def review_wrote(review: Review, user: Any) -> bool:
    return user.pk in review_author_ids(review)
