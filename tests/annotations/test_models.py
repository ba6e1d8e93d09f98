from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from annotations.models import Rating, RatingScale

pytestmark = pytest.mark.django_db


def test_default_scale_is_seeded_with_numeric_and_non_numeric_ratings():
    scale = RatingScale.objects.get(is_default=True)
    assert [(r.label, r.value) for r in scale.ratings.all()] == [
        ("True", 5),
        ("Mostly true", 4),
        ("Half true", 3),
        ("Mostly false", 2),
        ("False", 1),
        ("Unverifiable", None),
        ("Misleading", None),
    ]


def test_ratings_map_onto_schema_org():
    false = Rating.objects.get(slug="false")
    assert false.as_schema_org() == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert Rating.objects.get(slug="misleading").as_schema_org() == {
        "@type": "Rating",
        "alternateName": "Misleading",
    }


def test_a_rating_value_outside_the_scale_is_refused():
    rating = Rating(scale=RatingScale.objects.get(), label="Pants on fire", slug="pants", value=0)
    with pytest.raises(ValidationError, match="between 1 and 5"):
        rating.full_clean()


def test_only_one_default_scale():
    with pytest.raises(IntegrityError):
        RatingScale.objects.create(name="Other", best_rating=1, worst_rating=0, is_default=True)


@pytest.mark.django_db(transaction=True)
def test_flush_restores_the_default_scale_and_roles():
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    assert RatingScale.objects.get().ratings.count() == 7
    assert Group.objects.get(name="Editor").permissions.filter(codename="publish_review").exists()
    RatingScale.objects.filter(is_default=True).update(name="Renamed")
    call_command("migrate", verbosity=0)
    assert RatingScale.objects.get().name == "Renamed"  # an existing scale is never touched
