"""Topic categories for quantities and sentences (casualties, displacement, territory, …).

A quantity's category comes first from what it counts (its unit or noun: "villages" ->
territory, "troops" -> military, "refugees" -> displacement), then, for people, from the verbs
around it ("20 people were killed" -> casualties, "fled" -> displacement). A sentence takes the
most specific category among its claim figures, falling back to keywords. Stdlib only.

Each category is declared once, in ``RULES``: the nouns its figures count and the keywords that
mark its sentences. The noun lexicon, the keyword regexes and the word sets that screen them are all
built from those declarations when the module is imported, so a word added there is found by every
rule that should find it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from factcheck.extraction._regex import trie_alternation
from factcheck.extraction.types import CLAIM_KINDS, Categories, Category, Quantity, QuantityKinds

__all__ = [
    "FIGURE_PRIORITY",
    "FOLDS_TO_ASCII",
    "RULES",
    "CategoryRule",
    "noun_category",
    "quantity_category",
    "sentence_category",
]


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """What puts figures and sentences in one category. Lists are comma-separated, lower case.

    ``counts``: nouns a figure can count ("20 villages"), singular (plurals are derived); a figure
    counting one is in the category. ``counts_people``: nouns naming people, who may also be killed or
    displaced, so for these the words near the figure decide first ("20 soldiers were killed").

    ``keywords``: words and phrases that put a sentence without a deciding figure in the category,
    in any case and as whole words (a phrase's words apart by any blanks), or, with ``word_starts``,
    at the start of a word ("village" in "villagers"). ``unless_before`` cancels a keyword before the
    words given ("death sentence"; ``line*`` is any word starting "line"). ``symbols`` are keywords
    anywhere ("$"). With ``near_people``, a single-word keyword within a few words of a count of
    people puts that count in the category ("20 people fled").
    """

    category: Category
    counts: str = ""
    counts_people: str = ""
    keywords: str = ""
    word_starts: bool = False
    unless_before: Mapping[str, str] = field(default_factory=dict)
    symbols: str = ""
    near_people: bool = False


_COURTS = "sentence, sentences, penalty, row"  # "death sentence" is about courts, not casualties
_SPORT = (  # "offensive line", "offensive play" are about sport, not armies
    "line*, play, plays, coordinator, tackle, tackles, guard, guards, rebound, rebounds, foul, fouls, yards, "
    "player, players, drive, drives"
)

# In the order the keyword rules are tried.
RULES: Final[tuple[CategoryRule, ...]] = (
    CategoryRule(
        Category.CASUALTIES,
        counts="death, casualty, fatality, victim, body, dead, injured, wounded",
        keywords="kill, killed, killing, kills, dead, died, die, dying, death, deaths, wounded, wounding, "
        "injured, injuring, injuries, injury, hurt, casualty, casualties, fatality, fatalities, massacred, "
        "massacre, slain, murdered, executed, perished, lost their lives",
        unless_before={"death": _COURTS, "deaths": _COURTS},
        near_people=True,
    ),
    CategoryRule(
        Category.DISPLACEMENT,
        counts="refugee, evacuee, displaced, migrant, asylum seeker, internally displaced, returnee",
        keywords="refugee, refugees, displaced, displacement, fled, flee, fleeing, flees, evacuated, "
        "evacuation, evacuating, evacuee, evacuees, homeless, uprooted, asylum, forced from their homes, "
        "forced out of their homes",
        near_people=True,
    ),
    CategoryRule(
        Category.TERRITORY,
        counts="village, town, city, district, territory, neighbourhood, neighborhood, province, region, "
        "settlement, hamlet, square kilometre, square mile, hectare, acre, square metre, hill, outpost, "
        "checkpoint, municipality",
        keywords="territory, village, seized, captured, recapture, recapturing, retook, control of, "
        "square km, square kilomet",
        word_starts=True,
    ),
    CategoryRule(
        Category.MILITARY,
        counts="aircraft, jet, tank, strike, missile, rocket, bomb",
        # (warplanes, drones, shells … are counted as people, as they always were: the rule to fix them
        # changes output, so it comes with its own differential check)
        counts_people="troop, soldier, fighter, militant, rebel, warplane, helicopter, drone, airstrike, "
        "air strike, raid, sortie, shell, mortar, battalion, brigade, division, warship, submarine, sailor, "
        "marine, gun, weapon, mercenary, insurgent, jihadist, force, army, artillery, round, barrel bomb, "
        "munition, armoured vehicle, military vehicle",
        keywords="troops, soldiers, military, army, air strike, air strikes, airstrike, airstrikes, "
        "warplane, warplanes, bombing, shelling, offensive, air force, missile, missiles, fighter jet, "
        "fighter jets",
        unless_before={"offensive": _SPORT},
    ),
    CategoryRule(
        Category.AID,
        counts="aid, truck, convoy, meal, ration, food parcel, parcel, supply, tent, blanket, dose",
        keywords="aid, humanitarian, relief, donated, donation, donations, assistance",
    ),
    CategoryRule(
        Category.POPULATION,
        counts_people="person, people, resident, inhabitant, citizen, civilian, population, family, "
        "household, child, children, man, men, woman, women, individual, worker, student, patient, "
        "pensioner, voter, adult, baby, babies, infant, prisoner, detainee, hostage, journalist, doctor, "
        "nurse, employee",
        keywords="residents, inhabitants, population, living in, living under",
    ),
    CategoryRule(
        Category.MONEY,
        keywords="dollar, dollars, euro, euros, budget, funding, billion, million, cost, costs, spending",
        symbols="$£€¥",
    ),
)
# A sentence's claim figures decide its category before keywords do, the most specific first.
FIGURE_PRIORITY: Final = (
    Category.CASUALTIES,
    Category.DISPLACEMENT,
    Category.MILITARY,
    Category.TERRITORY,
    Category.AID,
    Category.POPULATION,
    Category.MONEY,
    Category.PERCENTAGE,
    Category.DURATION,
)


# --- built from RULES at import ----------------------------------------------------------------------------


def _items(listing: str) -> list[str]:
    return [item.strip() for item in listing.split(",") if item.strip()]


def _forms(*words: str) -> list[str]:
    """Each word and its plural (an "s", or "ies" for a "y" after a consonant), unless it ends in "s"."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if not w.endswith("s"):
            out.append(w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + "s")
    return out


_LOWER_WORDS = re.compile(r"[a-z]+(?: [a-z]+)*")


def _check(rule: CategoryRule) -> None:
    """Keywords must be runs of ASCII letters: the screens find them among a sentence's letter runs."""
    for listing in (rule.counts, rule.counts_people, rule.keywords, *rule.unless_before.values()):
        for item in _items(listing):
            if not _LOWER_WORDS.fullmatch(item.removesuffix("*")):
                raise ValueError(f"{rule.category}: {item!r} is not lower-case ASCII words")
    unknown = set(rule.unless_before) - set(_items(rule.keywords))
    if unknown:
        raise ValueError(f"{rule.category}: unless_before names no keyword: {sorted(unknown)}")


def _keyword_pattern(rule: CategoryRule) -> str:
    """The ``(?i)`` regex of a rule's keywords: it matches a text exactly when a keyword is in it."""
    alternatives = []
    for keyword in _items(rule.keywords):
        atoms = [re.escape(character) if character != " " else r"\s+" for character in keyword]
        if keyword in rule.unless_before:
            followers = "|".join(
                re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word)
                for word in _items(rule.unless_before[keyword])
            )
            atoms.append(rf"(?!\s+(?:{followers})\b)")
        alternatives.append(atoms)
    pattern = r"\b(?:" + trie_alternation(alternatives) + ")" + ("" if rule.word_starts else r"\b")
    if rule.symbols:
        pattern = "[" + re.escape(rule.symbols) + "]|" + pattern
    return "(?i)" + pattern


def _lower_case(pattern: str) -> re.Pattern[str]:
    """The ``(?i)`` keyword regex as a case-sensitive one for lower-cased text (several times faster).

    Equivalent on ``text.lower()`` when the text has none of ``FOLDS_TO_ASCII``: for every other
    character, lower-casing keeps ``\\w``/``\\s`` membership and ``(?i)`` matches an ASCII letter
    exactly when the lower case is that letter (checked over all of Unicode when this was written).
    """
    assert pattern.startswith("(?i)")
    return re.compile(pattern[4:])


@dataclass(frozen=True, slots=True)
class _KeywordRule:
    """A rule's keywords compiled, with the screens that rule most sentences out without a regex."""

    category: Category
    pattern: re.Pattern[str]  # ``(?i)``, for any text
    lower_case_pattern: re.Pattern[str]  # for ``text.lower()``
    first_words: frozenset[str]  # a matching text has one of these among its letter runs …
    clues: tuple[str, ...]  # … or one of these in ``text.lower()`` (word starts, symbols)


def _compile(rule: CategoryRule) -> _KeywordRule:
    _check(rule)
    pattern = _keyword_pattern(rule)
    first_words = frozenset(keyword.split()[0] for keyword in _items(rule.keywords))
    clues = sorted(first_words) if rule.word_starts else []  # a word start may be inside a longer run
    clues.extend(rule.symbols)
    return _KeywordRule(
        rule.category,
        re.compile(pattern),
        _lower_case(pattern),
        frozenset() if rule.word_starts else first_words,
        tuple(clues),
    )


_KEYWORD_RULES: Final = tuple(_compile(rule) for rule in RULES if rule.keywords)
_FIRST_WORDS: Final = frozenset().union(*(rule.first_words for rule in _KEYWORD_RULES))
# The rules that may match a text none of whose letter runs is a first word: those with clues, in order.
_CLUE_RULES: Final = tuple(rule for rule in _KEYWORD_RULES if rule.clues)
# Money next to an aid keyword is aid ("$5 million in humanitarian assistance").
_AID_KEYWORDS: Final = next(rule.pattern for rule in _KEYWORD_RULES if rule.category is Category.AID)

_NOUN_CATEGORY: Final[dict[str, Category]] = {
    noun: rule.category
    for rule in RULES
    for noun in _forms(*_items(rule.counts), *_items(rule.counts_people))
}
# People, who can be killed or displaced; weapons and places cannot.
_PEOPLE: Final = frozenset(noun for rule in RULES for noun in _forms(*_items(rule.counts_people)))
# Near a count of people, the single-word keywords of these categories put the count in them (letter runs
# of the lower-cased window: a set look-up, several times faster than the keyword regex).
_NEAR_PEOPLE: Final = tuple(
    (frozenset(k for k in _items(rule.keywords) if " " not in k), rule.category)
    for rule in RULES
    if rule.near_people
)
_LETTER_RUN = re.compile(r"[a-z]+")
# Every byte but a-z to a blank: a lower-cased text encoded one byte a code point (anything outside ASCII
# as "?") and translated splits into ``_LETTER_RUN``'s matches, in C passes instead of a regex scan.
LETTERS_ONLY: Final = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
# Characters that ``(?i)`` matches to an ASCII letter although their lower case is not that letter
# (Kelvin sign, long s, dotless i, dotted capital I): with any of them the screens could miss a word.
FOLDS_TO_ASCII: Final = ("\u212a", "\u017f", "\u0131", "\u0130")


def _head(unit: str) -> str:
    """Head noun of a unit ("european countries" -> "countries"; "dollar per barrel" -> "dollar")."""
    return unit.split(" per ", 1)[0]


@lru_cache(maxsize=4096)
def noun_category(unit: str) -> Category | None:
    """Category of a counted noun from the lexicon alone, or None if the noun is unknown."""
    head = _head(unit)
    category = _NOUN_CATEGORY.get(head)
    if category is None and " " in head:
        category = _NOUN_CATEGORY.get(head.rsplit(" ", 1)[1])
    return category


_NOT_PEOPLE = frozenset(_items("mondays, tuesdays, wednesdays, thursdays, fridays, saturdays, sundays, news"))


def _people_by_name(surface: str, unit: str) -> bool:
    """A capitalised plural counted noun names people ("40 Palestinians", "three Americans")."""
    if unit in _NOT_PEOPLE:
        return False
    last = surface.rsplit(None, 1)[-1]
    return (
        " " not in unit
        and last[:1].isupper()
        and last[1:].islower()
        and last.lower() == unit
        and unit[-1] == "s"
    )


def quantity_category(text: str, quantity: Quantity, start: int = 0, end: int | None = None) -> Category:
    """Category of one quantity from its kind, unit/noun and the verbs within a few words of it.

    ``text[start:end]`` is its sentence: the words looked at never come from a neighbouring one
    ("… until his death in 2006. Over 2.5 million people were eligible to vote" counts no dead).
    """
    kind = quantity.kind
    if kind is QuantityKinds.PERCENT:
        return Categories.PERCENTAGE
    if end is None or end > len(text):
        end = len(text)
    if kind is QuantityKinds.MONEY:
        aid = _AID_KEYWORDS.search(text, quantity.end, min(end, quantity.end + 30))
        return Categories.AID if aid else Categories.MONEY
    if kind is QuantityKinds.DURATION:
        return Categories.DURATION
    if kind not in CLAIM_KINDS:
        return Categories.OTHER
    unit = quantity.unit
    counted = noun_category(unit) if unit else None
    if (
        counted is Categories.TERRITORY
        or counted is Categories.CASUALTIES
        or counted is Categories.DISPLACEMENT
        or counted is Categories.AID
    ):
        return counted
    people = (
        unit is None or _head(unit).rsplit(" ", 1)[-1] in _PEOPLE or _people_by_name(quantity.surface, unit)
    )
    if people and kind is QuantityKinds.CARDINAL:
        window = text[max(start, quantity.start - 40) : min(end, quantity.end + 50)]
        runs = window.lower().encode("ascii", "replace").translate(LETTERS_ONLY).decode("ascii").split()
        for words, category in _NEAR_PEOPLE:
            if not words.isdisjoint(runs):
                return category
    if counted is not None:
        return counted
    return Categories.OTHER


def sentence_category(
    text: str, quantities: list[Quantity], words: Collection[str] | None = None
) -> Category:
    """Category of a whole sentence (from its claim-bearing quantities first, then keywords).

    ``words``, if the caller has them, are the lower-case ASCII letter runs of ``text.lower()``
    (``re.findall("[a-z]+", text.lower())``; extra words do no harm): the keyword rules then start
    with set look-ups, and only a rule that may match runs its regex. The result is the same with or
    without them.
    """
    if quantities:
        found = {quantity.category for quantity in quantities if quantity.kind in CLAIM_KINDS}
        for category in FIGURE_PRIORITY:
            if category in found:
                return category
    # (all four are outside ASCII: one C-level test clears nearly every sentence)
    if words is None or (not text.isascii() and any(map(text.__contains__, FOLDS_TO_ASCII))):
        for rule in _KEYWORD_RULES:
            if rule.pattern.search(text):
                return rule.category
        return Categories.OTHER
    lowered = text.lower()
    present = _FIRST_WORDS.intersection(words)  # one pass over the words; usually empty
    if not present:  # (the others cannot pass the screen below)
        for rule in _CLUE_RULES:
            for clue in rule.clues:
                if clue in lowered:
                    if rule.lower_case_pattern.search(lowered):
                        return rule.category
                    break
        return Categories.OTHER
    for rule in _KEYWORD_RULES:
        if rule.first_words.isdisjoint(present):
            for clue in rule.clues:
                if clue in lowered:
                    break
            else:  # no first word and no clue: this rule cannot match
                continue
        if rule.lower_case_pattern.search(lowered):
            return rule.category
    return Categories.OTHER
