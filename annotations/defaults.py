"""The default rating scale and roles, restored after ``migrate``/``flush`` when they are missing.

Migration 0002 seeds them on a fresh database; this keeps a flushed database (transactional
tests, ``manage.py flush``) usable, and never touches a scale or group that exists.
"""

from __future__ import annotations

from django.db import transaction

DEFAULT_SCALE = {
    "name": "Truth scale",
    "description": "Five numeric ratings from True (5) to False (1), plus two that carry no number.",
    "best_rating": 5,
    "worst_rating": 1,
    "is_default": True,
}
RATINGS = [
    ("true", "True", 5, "The claim is accurate and nothing significant is missing."),
    ("mostly-true", "Mostly true", 4, "Accurate but needs clarification or additional information."),
    (
        "half-true",
        "Half true",
        3,
        "Partially accurate but leaves out important details or takes things out of context.",
    ),
    (
        "mostly-false",
        "Mostly false",
        2,
        "Contains an element of truth but ignores facts that would give a different impression.",
    ),
    ("false", "False", 1, "The claim is not accurate."),
    ("unverifiable", "Unverifiable", None, "No reliable evidence either way."),
    ("misleading", "Misleading", None, "Accurate figures used to give a false impression."),
]


@transaction.atomic
def ensure_default_scale() -> None:
    """Create the default scale when there is no rating scale at all."""
    from annotations.models import Rating, RatingScale

    if RatingScale.objects.exists():
        return
    scale = RatingScale.objects.create(**DEFAULT_SCALE)
    Rating.objects.bulk_create(
        Rating(scale=scale, slug=slug, label=label, value=value, description=description, position=position)
        for position, (slug, label, value, description) in enumerate(RATINGS)
    )


def restore_defaults(sender=None, **kwargs) -> None:
    """``post_migrate`` receiver (runs after permissions are created)."""
    from annotations.roles import sync_groups

    ensure_default_scale()
    sync_groups()
