"""Plain data returned by the extractor.

These dataclasses are the contract between the extractor, the CLI and the import
pipeline; keep field names stable (the CLI's JSON mirrors them).

``CLAIM_KINDS`` is the one definition of which figures can carry a claim (measures included: "a 6.1
magnitude quake", "20 square kilometres"); the check-worthiness model counts a narrower set, named
``checkworthiness.SCORED_FIGURE_KINDS`` because it is a different thing: the features it was trained on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Final


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROXIMATE = "approximate"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    INCREASE = "increase"
    DECREASE = "decrease"


class Category(StrEnum):
    CASUALTIES = "casualties"
    POPULATION = "population"
    DISPLACEMENT = "displacement"
    TERRITORY = "territory"
    MILITARY = "military"
    AID = "aid"
    MONEY = "money"
    PERCENTAGE = "percentage"
    DURATION = "duration"
    OTHER = "other"


class QuantityKind(StrEnum):
    """What sort of number it is; ``CLAIM_KINDS`` are the kinds that can carry a claim."""

    CARDINAL = "cardinal"
    ORDINAL = "ordinal"
    MONEY = "money"
    PERCENT = "percent"
    DURATION = "duration"
    MEASURE = "measure"  # physical units: km, kg, °C …
    DATE = "date"
    TIME = "time"
    IDENTIFIER = "identifier"  # phone numbers, codes: never claims
    AGE = "age"  # a person's age ("15-year-old", "Senard, 65,"): describes someone, claims nothing


# Each enum's members again, as plain class attributes, for the hot paths: Python 3.11 reads an attribute of
# an Enum class in ~0.2 µs, several times a plain class attribute, and the quantity and category rules test
# members many times per figure. ``Final[...]`` tells the type checker each is its enum's member; a test
# (``tests/extraction/test_types.py``) checks that every class lists exactly its enum's members.
class Qualifiers:
    EXACT: Final[Qualifier] = Qualifier.EXACT
    APPROXIMATE: Final[Qualifier] = Qualifier.APPROXIMATE
    MORE_THAN: Final[Qualifier] = Qualifier.MORE_THAN
    AT_LEAST: Final[Qualifier] = Qualifier.AT_LEAST
    LESS_THAN: Final[Qualifier] = Qualifier.LESS_THAN
    AT_MOST: Final[Qualifier] = Qualifier.AT_MOST
    INCREASE: Final[Qualifier] = Qualifier.INCREASE
    DECREASE: Final[Qualifier] = Qualifier.DECREASE


class Categories:
    CASUALTIES: Final[Category] = Category.CASUALTIES
    POPULATION: Final[Category] = Category.POPULATION
    DISPLACEMENT: Final[Category] = Category.DISPLACEMENT
    TERRITORY: Final[Category] = Category.TERRITORY
    MILITARY: Final[Category] = Category.MILITARY
    AID: Final[Category] = Category.AID
    MONEY: Final[Category] = Category.MONEY
    PERCENTAGE: Final[Category] = Category.PERCENTAGE
    DURATION: Final[Category] = Category.DURATION
    OTHER: Final[Category] = Category.OTHER


class QuantityKinds:
    CARDINAL: Final[QuantityKind] = QuantityKind.CARDINAL
    ORDINAL: Final[QuantityKind] = QuantityKind.ORDINAL
    MONEY: Final[QuantityKind] = QuantityKind.MONEY
    PERCENT: Final[QuantityKind] = QuantityKind.PERCENT
    DURATION: Final[QuantityKind] = QuantityKind.DURATION
    MEASURE: Final[QuantityKind] = QuantityKind.MEASURE
    DATE: Final[QuantityKind] = QuantityKind.DATE
    TIME: Final[QuantityKind] = QuantityKind.TIME
    IDENTIFIER: Final[QuantityKind] = QuantityKind.IDENTIFIER
    AGE: Final[QuantityKind] = QuantityKind.AGE


# Kinds of figure that can state a checkable fact: a count, an amount of money, a share, a duration or a
# measure. Dates, times, ordinals and identifiers only locate or name things ("in 2016", "Game 7").
# Sentence and figure categories look at these only; ``checkworthiness.SCORED_FIGURE_KINDS`` is the
# model's narrower set.
CLAIM_KINDS: Final[frozenset[QuantityKind]] = frozenset(
    {
        QuantityKind.CARDINAL,
        QuantityKind.MONEY,
        QuantityKind.PERCENT,
        QuantityKind.DURATION,
        QuantityKind.MEASURE,
    }
)


@dataclass(slots=True)
class Quantity:
    surface: str
    start: int  # offsets into the text given to ``extract`` (not the sentence)
    end: int
    value: float | None  # None for ranges and vague amounts
    low: float | None
    high: float | None
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = None  # normalised: "percent", "dollar", "year", "kilometre", or the thing counted
    category: Category = Category.OTHER
    kind: QuantityKind = QuantityKind.CARDINAL

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Speaker:
    name: str
    start: int  # offsets into the text given to ``extract``
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


class Priority(StrEnum):
    """How strongly a sentence asks to be checked, in three tiers of the check-worthiness score: the desk
    sees a short list of high ones instead of a yes for half the text (``is_claim`` keeps its meaning)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


# Cut-offs on the check-worthiness score, chosen on the ECB+ news articles (8,668 sentences): 20% of the
# sentences score 0.77 or more (high), the next 28% 0.45 or more (medium), about the sentences is_claim
# takes. ``python -m evaluation priorities`` prints the shares per topic half.
PRIORITY_CUTOFFS: dict[Priority, float] = {Priority.HIGH: 0.77, Priority.MEDIUM: 0.45}


def priority_for(checkworthiness: float) -> Priority:
    for tier, cutoff in PRIORITY_CUTOFFS.items():
        if checkworthiness >= cutoff:
            return tier
    return Priority.LOW


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    checkworthiness: float = 0.0
    is_claim: bool = False
    category: Category = Category.OTHER
    speaker: Speaker | None = None
    quantities: list[Quantity] = field(default_factory=list)

    @property
    def priority(self) -> Priority:
        return priority_for(self.checkworthiness)

    def to_dict(self) -> dict:
        return {**asdict(self), "priority": self.priority.value}


@dataclass(slots=True)
class Extraction:
    """A text's sentences with the language they were read in. ``figures_supported`` is False for a
    language the extractor does not read: its sentences then carry no figures, and ``notes`` says why."""

    language: str
    figures_supported: bool
    sentences: list[Sentence] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
