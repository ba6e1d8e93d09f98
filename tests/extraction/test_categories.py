"""Sentence categories: from claim figures first (most specific wins), then keywords."""

from __future__ import annotations

import pytest

from factcheck.extraction import categories
from factcheck.extraction.categories import CategoryRule, noun_category, quantity_category, sentence_category
from factcheck.extraction.quantities import find_quantities
from factcheck.extraction.types import Category, Quantity, QuantityKind


def cat(text: str) -> Category:
    return sentence_category(text, find_quantities(text))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("An air strike killed 12 people and wounded 30 in the town.", Category.CASUALTIES),
        ("About 5,000 people fled to Turkey last week.", Category.DISPLACEMENT),
        ("Rebels seized more than 20 villages and towns.", Category.TERRITORY),
        ("Russia deployed 3,000 troops and 40 jets.", Category.MILITARY),
        ("The convoy brought 40 trucks of food.", Category.AID),
        ("The city has 250,000 residents.", Category.POPULATION),
        ("The programme will cost $2bn.", Category.MONEY),
        ("Turnout fell to 45%.", Category.PERCENTAGE),
        ("The war has lasted six years.", Category.DURATION),
        ("He scored 22 goals this season.", Category.OTHER),
        # most specific figure wins over money or percentages in the same sentence
        ("The $5 million strike killed 40 civilians.", Category.CASUALTIES),
        ("Some 30% of the 2,000 refugees are children.", Category.DISPLACEMENT),
    ],
)
def test_sentence_category_from_figures(text: str, category: Category) -> None:
    assert cat(text) is category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Dozens were killed in the blast.", Category.CASUALTIES),
        ("Thousands of families were displaced by the fighting.", Category.DISPLACEMENT),
        ("Government forces recaptured the district on Sunday.", Category.TERRITORY),
        ("Warplanes carried out air strikes on rebel positions.", Category.MILITARY),
        ("Humanitarian aid reached the besieged area.", Category.AID),
        ("The state pension budget was cut again.", Category.MONEY),
        ("Residents of the old town stayed indoors.", Category.POPULATION),
        ("Peskov said Washington was to blame.", Category.OTHER),
        ("The army launched an offensive on the town.", Category.MILITARY),
        # courts and sport borrow the words
        ("He was saved from a death sentence by the jury.", Category.OTHER),
        ("The offensive line struggled all night.", Category.OTHER),
        ("The offensive linebackers were tired.", Category.OTHER),  # "line*": any word starting "line"
        # phrases, word starts and symbols
        ("They lost their lives in the flood.", Category.CASUALTIES),
        ("Families were forced out of\ntheir homes.", Category.DISPLACEMENT),
        ("Villagers were trapped in the hills.", Category.TERRITORY),
        ("Prices are quoted in €.", Category.MONEY),
    ],
)
def test_sentence_category_from_keywords(text: str, category: Category) -> None:
    assert cat(text) is category


def test_non_claim_kinds_do_not_decide() -> None:
    q = Quantity("2016", 3, 7, 2016.0, 2016.0, 2016.0, kind=QuantityKind.DATE, category=Category.DURATION)
    assert sentence_category("In 2016 nothing happened.", [q]) is Category.OTHER


def test_casualty_verbs_only_recategorise_people() -> None:
    text = "20 air strikes killed 5 people."
    qs = find_quantities(text)
    assert [q.category for q in qs] == [Category.MILITARY, Category.CASUALTIES]
    assert quantity_category(text, qs[0]) is Category.MILITARY


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The strike killed 40 Palestinians seeking shelter.", Category.CASUALTIES),
        ("Some 14,000 Palestinians displaced from their homes are in shelters.", Category.DISPLACEMENT),
        ("Jones was injured two Sundays ago.", Category.OTHER),  # days are not people
        ("The Colts won 10 games.", Category.OTHER),
    ],
)
def test_capitalised_plural_nouns_count_people(text: str, category: Category) -> None:
    figures = [q for q in find_quantities(text) if q.kind is QuantityKind.CARDINAL]
    assert figures[-1].category is category


def test_words_of_the_previous_sentence_do_not_categorise_a_figure() -> None:
    from factcheck.extraction import extract

    text = (
        "He ruled the country for two decades until his death in 2006. "
        "Over 2.5 million people were eligible to vote in the election."
    )
    second = extract(text)[1]
    (people,) = second.quantities
    assert people.category is Category.POPULATION
    assert second.category is Category.POPULATION
    # the same figure with the verb in its own sentence still counts casualties
    (dead,) = extract("Over 2.5 million people died in the war.")[0].quantities
    assert dead.category is Category.CASUALTIES


@pytest.mark.parametrize(
    ("unit", "category"),
    [
        ("villages", Category.TERRITORY),
        ("european countries", None),
        ("troops", Category.MILITARY),
        ("deaths", Category.CASUALTIES),
        ("refugees", Category.DISPLACEMENT),
        ("civilians", Category.POPULATION),
        ("goals", None),
    ],
)
def test_noun_category(unit: str, category: Category | None) -> None:
    assert noun_category(unit) is category


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (CategoryRule(Category.MILITARY, keywords="air-strike"), "not lower-case ASCII words"),
        (CategoryRule(Category.MILITARY, keywords="Troops"), "not lower-case ASCII words"),
        (CategoryRule(Category.AID, counts="food  parcel"), "not lower-case ASCII words"),
        (CategoryRule(Category.AID, keywords="aid", unless_before={"relief": "fund"}), "names no keyword"),
    ],
)
def test_declarations_the_screens_could_not_see_are_refused(rule: CategoryRule, message: str) -> None:
    """Screens look keywords up among a sentence's lower-case letter runs: anything else would be missed."""
    with pytest.raises(ValueError, match=message):
        categories._compile(rule)


def test_every_declared_word_reaches_its_rules() -> None:
    """A noun added to a declaration is counted, and a keyword added is found, with or without the screen."""
    extended = CategoryRule(Category.AID, counts="sandbag", keywords="sandbagging, flood defence")
    compiled = categories._compile(extended)
    assert compiled.pattern.search("Sandbagging went on.") and compiled.pattern.search("a flood \t defence")
    assert "sandbagging" in compiled.first_words and "flood" in compiled.first_words
    assert not compiled.pattern.search("Sandbags went on.")
    assert {"sandbag", "sandbags"} <= set(categories._forms("sandbag"))
    for rule in categories.RULES:
        for noun in categories._items(rule.counts) + categories._items(rule.counts_people):
            assert noun_category(noun) is rule.category
