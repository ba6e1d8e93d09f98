"""factory_boy factories. Offsets always match the text they point into, as the importer writes them."""

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


def _offset(text: str, within: str, what: str) -> int:
    start = within.find(text)
    if start < 0:
        raise ValueError(f"{what} {text!r} is not in {within!r}: give matching text or explicit offsets.")
    return start


def _place_in_article(claim) -> int:
    """Where the claim's text is in its article; text not there yet is appended to the body (earlier
    offsets stay valid), so every claim points at its own words."""
    body = claim.article.body
    start = body.find(claim.text)
    if start >= 0:
        return start
    article = claim.article
    article.body = f"{body} {claim.text}"
    article.content_hash = hashlib.sha256(article.body.encode()).hexdigest()
    article.save(update_fields=["body", "content_hash"])
    return len(body) + 1


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim whose ``start``/``end`` point at its text in its article's body.

    Without an article, one is made around the text; with one, the text is looked up in its body
    and appended to it when missing.
    """

    class Meta:
        model = Claim

    text = "250,000 people live under siege."
    article = factory.SubFactory(
        ArticleFactory,
        body=factory.LazyAttributeSequence(lambda a, n: f"Report {n}. {a.factory_parent.text}"),
    )
    index = factory.Sequence(lambda n: n)
    start = factory.LazyAttribute(_place_in_article)
    end = factory.LazyAttribute(lambda c: c.start + len(c.text))
    category = "population"
    checkworthiness = 0.9
    is_claim = True
    speaker = "The US"
    speaker_type = "organization"
    speaker_start = None
    speaker_end = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        claim = super()._create(model_class, *args, **kwargs)
        if claim.article.body[claim.start : claim.end] != claim.text:
            raise ValueError(f"Claim offsets {claim.start}:{claim.end} do not hold {claim.text!r}.")
        return claim


class QuantityFactory(factory.django.DjangoModelFactory):
    """A figure whose offsets point at its surface inside its claim (offsets into the article body)."""

    class Meta:
        model = Quantity

    claim = factory.SubFactory(ClaimFactory)
    # The default claim's figure, or (for a claim without it) the claim's text: always real words.
    surface = factory.LazyAttribute(
        lambda q: "250,000 people" if "250,000 people" in q.claim.text else q.claim.text[:300]
    )
    start = factory.LazyAttribute(lambda q: q.claim.start + _offset(q.surface, q.claim.text, "Figure"))
    end = factory.LazyAttribute(lambda q: q.start + len(q.surface))
    value = 250000
    low = factory.SelfAttribute("value")
    high = factory.SelfAttribute("value")
    qualifier = "exact"
    unit = "people"
    category = "population"


def _default_rating():
    from annotations.models import Rating

    return Rating.objects.get(scale__is_default=True, slug="false")


class ReviewFactory(factory.django.DjangoModelFactory):
    """A review brought to ``state`` through the workflow services, as people would, never by hand.

    ``reviewer`` writes the verdict and rationale; ``editor`` approves and publishes (defaults: new
    users in the Reviewer and Editor roles). The claim has one figure.
    """

    class Meta:
        model = "annotations.Review"

    state = "unreviewed"
    reviewer = factory.Sequence(lambda n: member(f"reviewer{n}", "Reviewer"))
    editor = factory.Sequence(lambda n: member(f"editor{n}", "Editor"))
    rating = factory.LazyFunction(_default_rating)
    rationale = "Because."
    claim = factory.LazyFunction(lambda: QuantityFactory().claim)

    @classmethod
    def _create(cls, model_class, *args, claim, state, reviewer, editor, rating, rationale, **kwargs):
        from annotations import services

        review = services.review_get_or_create(claim=claim)
        return bring_to(state, review, reviewer=reviewer, editor=editor, rating=rating, rationale=rationale)


def bring_to(state: str, review, *, reviewer, editor, rating, rationale: str = "Because."):
    """Walk a review through the workflow services to ``state`` with the normal roles."""
    from annotations import services

    if state == "unreviewed":
        review.refresh_from_db()
        return review
    if state == "not_checkable":
        return services.review_dismiss(review=review, by=reviewer, reason="An opinion.")
    review = services.review_assign(review=review, by=reviewer)
    review = services.review_update(
        review=review, by=reviewer, expected_version=review.version, verdict=rating, rationale=rationale
    )
    if state == "in_progress":
        return review
    review = services.review_submit_for_second_review(review=review, by=reviewer)
    if state == "needs_second_review":
        return review
    review = services.review_approve(review=review, by=editor)
    if state == "approved":
        return review
    review = services.review_publish(review=review, by=editor)
    if state == "withdrawn":
        return services.review_withdraw(review=review, by=editor, reason="The source retracted its figure.")
    if state != "published":
        raise ValueError(f"Unknown review state {state!r}.")
    return review


def member(username: str, group: str | None, **extra):
    """A staff user in one of the roles the review workflow's migration creates."""
    from django.contrib.auth.models import Group

    extra.setdefault("first_name", username.title())
    user = UserFactory(username=username, is_staff=True, **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user
