"""Topic categories for quantities and sentences (casualties, displacement, territory, …).

A quantity's category comes first from what it counts (its unit or noun: "villages" ->
territory, "troops" -> military, "refugees" -> displacement), then, for people, from the verbs
around it ("20 people were killed" -> casualties, "fled" -> displacement). A sentence takes the
most specific category among its claim figures, falling back to keywords. Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from factcheck.extraction.types import CLAIM_KINDS, Categories, Category, Quantity, QuantityKinds

__all__ = ["quantity_category", "sentence_category"]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _forms(*words: str) -> list[str]:
    out: list[str] = []
    for w in words:
        out.append(w)
        if not w.endswith("s"):
            out.append(w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + "s")
    return out


_NOUN_CATEGORY: dict[str, Category] = {}
for _cat, _words in (
    (
        Category.CASUALTIES,
        _forms("death", "casualty", "fatality", "victim", "body", "dead", "injured", "wounded"),
    ),
    (
        Category.DISPLACEMENT,
        _forms(
            "refugee", "evacuee", "displaced", "migrant", "asylum seeker", "internally displaced", "returnee"
        ),
    ),
    (
        Category.TERRITORY,
        _forms(
            "village",
            "town",
            "city",
            "district",
            "territory",
            "neighbourhood",
            "neighborhood",
            "province",
            "region",
            "settlement",
            "hamlet",
            "square kilometre",
            "square mile",
            "hectare",
            "acre",
            "square metre",
            "hill",
            "outpost",
            "checkpoint",
            "municipality",
        ),
    ),
    (
        Category.MILITARY,
        _forms(
            "troop",
            "soldier",
            "fighter",
            "militant",
            "rebel",
            "aircraft",
            "jet",
            "warplane",
            "helicopter",
            "drone",
            "tank",
            "strike",
            "airstrike",
            "air strike",
            "raid",
            "sortie",
            "missile",
            "rocket",
            "bomb",
            "shell",
            "mortar",
            "battalion",
            "brigade",
            "division",
            "warship",
            "submarine",
            "sailor",
            "marine",
            "gun",
            "weapon",
            "mercenary",
            "insurgent",
            "jihadist",
            "force",
            "army",
            "artillery",
            "round",
            "barrel bomb",
            "munition",
            "armoured vehicle",
            "military vehicle",
        ),
    ),
    (
        Category.AID,
        _forms(
            "aid",
            "truck",
            "convoy",
            "meal",
            "ration",
            "food parcel",
            "parcel",
            "supply",
            "tent",
            "blanket",
            "dose",
        ),
    ),
    (
        Category.POPULATION,
        _forms(
            "person",
            "people",
            "resident",
            "inhabitant",
            "citizen",
            "civilian",
            "population",
            "family",
            "household",
            "child",
            "children",
            "man",
            "men",
            "woman",
            "women",
            "individual",
            "worker",
            "student",
            "patient",
            "pensioner",
            "voter",
            "adult",
            "baby",
            "babies",
            "infant",
            "prisoner",
            "detainee",
            "hostage",
            "journalist",
            "doctor",
            "nurse",
            "employee",
        ),
    ),
):
    for _w in _words:
        _NOUN_CATEGORY[_w] = _cat
# People who can be killed or displaced; weapons and places cannot.
_HUMAN = frozenset(w for w, c in _NOUN_CATEGORY.items() if c in (Category.POPULATION, Category.MILITARY)) - {
    w
    for w in _NOUN_CATEGORY
    if w.startswith(("aircraft", "jet", "tank", "strike", "missile", "rocket", "bomb"))
}

_CASUALTY_LOW = re.compile(
    r"(?<![a-z])(?:kill(?:ed|ing|s)?|dead|died|die|dying|deaths?|wound(?:ed|ing)|injur(?:ed|ing|ies|y)|hurt"
    r"|casualt(?:y|ies)|fatalit(?:y|ies)|massacr(?:ed|e)|slain|murdered|executed|death\s+toll|perished)(?![a-z])"
)
_DISPLACE_LOW = re.compile(
    r"(?<![a-z])(?:refugees?|displaced|displacement|fled|flee(?:ing|s)?|evacuat(?:ed|ion|ing)|evacuees?|homeless"
    r"|uprooted|asylum)(?![a-z])"
)
# The same two rules as word sets: a ``(?<![a-z])…(?![a-z])`` alternation matches exactly when one of the
# window's maximal ``[a-z]`` runs is one of its words, and a set look-up is several times faster than
# the regex scan (``quantity_category`` runs once per figure). ``tests/extraction/test_categories.py``
# checks the sets against the regexes.
_LETTER_RUN = re.compile(r"[a-z]+")
_CASUALTY_WORDS = _wordset(
    "kill killed killing kills dead died die dying death deaths wounded wounding injured injuring injuries "
    "injury hurt casualty casualties fatality fatalities massacred massacre slain murdered executed "
    "perished"
)
_DISPLACE_WORDS = _wordset(
    "refugee refugees displaced displacement fled flee fleeing flees evacuated evacuation evacuating "
    "evacuee evacuees homeless uprooted asylum"
)
# "death sentence", "death penalty", "death row" are about courts, not casualties; "offensive line",
# "offensive play" about sport, not armies.
_CASUALTY_RE = re.compile(
    r"(?i)\b(?:kill(?:ed|ing|s)?|dead|died|die|dying|deaths?(?!\s+(?:sentences?|penalty|row)\b)"
    r"|wound(?:ed|ing)|injur(?:ed|ing|ies|y)|hurt|casualt(?:y|ies)"
    r"|fatalit(?:y|ies)|massacr(?:ed|e)|slain|murdered|executed|lost\s+their\s+lives|death\s+toll|perished)\b"
)
_DISPLACE_RE = re.compile(
    r"(?i)\b(?:refugees?|displaced|displacement|fled|flee(?:ing|s)?|evacuat(?:ed|ion|ing)|evacuees?|homeless"
    r"|uprooted|asylum|forced\s+(?:from|out\s+of)\s+their\s+homes)\b"
)
_AID_RE = re.compile(r"(?i)\b(?:aid|humanitarian|relief|donat(?:ed|ion|ions)|food\s+assistance|assistance)\b")
_TERRITORY_RE = re.compile(
    r"(?i)\b(?:territory|villages?|seized|captured|recaptur(?:e|ed|ing)|retook|control\s+of|square\s+(?:km|kilomet))"
)
_MILITARY_RE = re.compile(
    r"(?i)\b(?:troops|soldiers|military|army|air\s*strikes?|airstrikes?|warplanes?|bombing|shelling"
    r"|offensive(?!\s+(?:line\w*|plays?|coordinator|tackles?|guards?|rebounds?|fouls?|yards|players?|drives?)\b)"
    r"|air\s+force|missiles?|fighter\s+jets?)\b"
)
_MONEY_RE = re.compile(r"(?i)[$£€¥]|\b(?:dollars?|euros?|budget|funding|billion|million|costs?|spending)\b")
_POPULATION_RE = re.compile(r"(?i)\b(?:residents|inhabitants|population|living\s+(?:in|under))\b")

_PRIORITY = (
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


def _head(unit: str) -> str:
    """Head noun of a unit ("european countries" -> "countries"; "dollar per barrel" -> "dollar")."""
    return unit.split(" per ", 1)[0]


def noun_category(unit: str) -> Category | None:
    """Category of a counted noun from the lexicon alone, or None if the noun is unknown."""
    return _lookup(unit)


def _lookup(unit: str) -> Category | None:
    u = _head(unit)
    c = _NOUN_CATEGORY.get(u)
    if c is None and " " in u:
        c = _NOUN_CATEGORY.get(u.rsplit(" ", 1)[1])
    return c


_NOT_PEOPLE = _wordset("mondays tuesdays wednesdays thursdays fridays saturdays sundays news")


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


def quantity_category(text: str, q: Quantity, start: int = 0, end: int | None = None) -> Category:
    """Category of one quantity from its kind, unit/noun and the verbs within a few words of it.

    ``text[start:end]`` is its sentence: the words looked at never come from a neighbouring one
    ("… until his death in 2006. Over 2.5 million people were eligible to vote" counts no dead).
    """
    kind = q.kind
    if kind is QuantityKinds.PERCENT:
        return Categories.PERCENTAGE
    if end is None or end > len(text):
        end = len(text)
    lo, hi = max(start, q.start - 40), min(end, q.end + 50)
    if kind is QuantityKinds.MONEY:
        return Categories.AID if _AID_RE.search(text, q.end, min(end, q.end + 30)) else Categories.MONEY
    if kind is QuantityKinds.DURATION:
        return Categories.DURATION
    if kind not in CLAIM_KINDS:
        return Categories.OTHER
    unit = q.unit
    cat = _lookup(unit) if unit else None
    if (
        cat is Categories.TERRITORY
        or cat is Categories.CASUALTIES
        or cat is Categories.DISPLACEMENT
        or cat is Categories.AID
    ):
        return cat
    human = unit is None or _head(unit).rsplit(" ", 1)[-1] in _HUMAN or _people_by_name(q.surface, unit)
    if human and kind is QuantityKinds.CARDINAL:
        runs = _LETTER_RUN.findall(text[lo:hi].lower())
        if not _CASUALTY_WORDS.isdisjoint(runs):
            return Categories.CASUALTIES
        if not _DISPLACE_WORDS.isdisjoint(runs):
            return Categories.DISPLACEMENT
    if cat is not None:
        return cat
    return Categories.OTHER


_KEYWORD_RULES = (
    (_CASUALTY_RE, Category.CASUALTIES),
    (_DISPLACE_RE, Category.DISPLACEMENT),
    (_TERRITORY_RE, Category.TERRITORY),
    (_MILITARY_RE, Category.MILITARY),
    (_AID_RE, Category.AID),
    (_POPULATION_RE, Category.POPULATION),
    (_MONEY_RE, Category.MONEY),
)


def _lower_case(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The ``(?i)`` keyword regex as a case-sensitive one for lower-cased text (several times faster).

    Equivalent on ``text.lower()`` when the text has none of the four characters checked in
    ``sentence_category``: for every other character, lower-casing keeps ``\\w``/``\\s`` membership and
    ``(?i)`` matches an ASCII letter exactly when the lower case is that letter (checked over all of
    Unicode when this was written).
    """
    assert rx.pattern.startswith("(?i)")
    return re.compile(rx.pattern[4:])


# Fast keyword path. A case-insensitive ``re`` search costs several microseconds a sentence, and the
# seven above cost more than the rest of ``extract``. ``extract`` already has each sentence's lower-case
# letter runs (``[a-z]+`` over the lower-cased text), so a set intersection rules out (almost) every
# category at C speed and only a surviving candidate is confirmed by its own regex (case-sensitive, on
# the lower-cased text), which keeps the result identical. Each trigger set holds at least one word of
# every phrase its regex can match (the regexes are whole-word, ``\b…\b``, and a whole ASCII word is a
# letter run); territory's regex also matches word prefixes ("villagers"), so it is screened by
# substrings of its words instead.
_TRIGGERS = (
    (
        _wordset(
            "kill killed killing kills dead died die dying death deaths wounded wounding injured injuring "
            "injuries injury hurt casualty casualties fatality fatalities massacred massacre slain murdered "
            "executed lost perished"
        ),
        _lower_case(_CASUALTY_RE),
        Category.CASUALTIES,
    ),
    (
        _wordset(
            "refugee refugees displaced displacement fled flee fleeing flees evacuated evacuation "
            "evacuating evacuee evacuees homeless uprooted asylum forced"
        ),
        _lower_case(_DISPLACE_RE),
        Category.DISPLACEMENT,
    ),
    (None, _lower_case(_TERRITORY_RE), Category.TERRITORY),
    (
        _wordset(
            "troops soldiers military army air strike strikes airstrike airstrikes warplane warplanes "
            "bombing shelling offensive missile missiles fighter"
        ),
        _lower_case(_MILITARY_RE),
        Category.MILITARY,
    ),
    (
        _wordset("aid humanitarian relief donated donation donations assistance"),
        _lower_case(_AID_RE),
        Category.AID,
    ),
    (_wordset("residents inhabitants population living"), _lower_case(_POPULATION_RE), Category.POPULATION),
    (
        _wordset("dollar dollars euro euros budget funding billion million cost costs spending"),
        _lower_case(_MONEY_RE),
        Category.MONEY,
    ),
)


def sentence_category(
    text: str, quantities: list[Quantity], words: AbstractSet[str] | None = None
) -> Category:
    """Category of a whole sentence (from its claim-bearing quantities first, then keywords).

    ``words``, if the caller has them, are the lower-case ASCII letter runs of ``text.lower()``
    (``re.findall("[a-z]+", text.lower())``; extra words do no harm): the keyword rules then start
    with set look-ups. The result is the same with or without it.
    """
    if quantities:
        found = {q.category for q in quantities if q.kind in CLAIM_KINDS}
        for c in _PRIORITY:
            if c in found:
                return c
    # Characters that ``(?i)`` matches to an ASCII letter although their lower case is not that letter
    # (Kelvin sign, long s, dotless i, dotted capital I): with any of them the screen could miss a word.
    if words is None or "\u212a" in text or "\u017f" in text or "\u0131" in text or "\u0130" in text:
        for rx, c in _KEYWORD_RULES:
            if rx.search(text):
                return c
        return Categories.OTHER
    low = text.lower()
    for triggers, rx, c in _TRIGGERS:
        if triggers is None:
            if not (
                "territory" in low
                or "village" in low
                or "seized" in low
                or "captured" in low
                or "recaptur" in low
                or "retook" in low
                or "control" in low
                or "square" in low
            ):
                continue
        elif triggers.isdisjoint(words) and (
            c is not Categories.MONEY
            or ("$" not in text and "£" not in text and "€" not in text and "¥" not in text)
        ):
            continue
        if rx.search(low):
            return c
    return Categories.OTHER
