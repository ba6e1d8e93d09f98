"""Plain data returned by the extractor.

These dataclasses are the contract between the extractor, the CLI and the import
pipeline; keep field names stable (the CLI's JSON mirrors them).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


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
    """What sort of number it is: only cardinals, money, percentages and durations are claims."""

    CARDINAL = "cardinal"
    ORDINAL = "ordinal"
    MONEY = "money"
    PERCENT = "percent"
    DURATION = "duration"
    MEASURE = "measure"  # physical units: km, kg, °C …
    DATE = "date"
    TIME = "time"
    IDENTIFIER = "identifier"  # phone numbers, codes: never claims


def _plain_members(enum: type[StrEnum]) -> type:
    """A class holding ``enum``'s members as plain class attributes.

    Python 3.11 reads an attribute of an Enum class in ~0.2 µs, several times a plain class attribute,
    and the quantity and category code tests members many times per figure; it reads them from these.
    """
    return type(enum.__name__ + "s", (), dict(enum.__members__))


Qualifiers = _plain_members(Qualifier)
Categories = _plain_members(Category)
QuantityKinds = _plain_members(QuantityKind)


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

    def to_dict(self) -> dict:
        return asdict(self)
