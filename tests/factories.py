from __future__ import annotations

import hashlib

import factory
from django.contrib.auth import get_user_model

from factcheck.models import Article, Claim, Quantity


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    body = factory.Sequence(lambda n: f"Article {n} says 250,000 people live under siege. Nothing else.")
    source_name = "Reuters"
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.body.encode()).hexdigest())


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    index = factory.Sequence(lambda n: n)
    text = "250,000 people live under siege."
    start = 0
    end = factory.LazyAttribute(lambda c: len(c.text))
    category = "population"
    checkworthiness = 0.9
    is_claim = True
    speaker = "The US"


class QuantityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quantity

    claim = factory.SubFactory(ClaimFactory)
    surface = "250,000 people"
    start = 0
    end = 14
    value = 250000
    low = 250000
    high = 250000
    qualifier = "exact"
    unit = "people"
    category = "population"


def member(username: str, group: str | None, **extra):
    """A staff user in one of the roles the review workflow's migration creates."""
    from django.contrib.auth.models import Group

    user = UserFactory(username=username, is_staff=True, first_name=username.title(), **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user
