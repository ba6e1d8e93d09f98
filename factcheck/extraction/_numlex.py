"""Lexicons for quantity extraction: number words, units, currencies, scales and the token regexes.

Kept apart from ``quantities.py`` so the tables can grow without touching the parsing logic.
Everything here is plain data plus regexes compiled once at import time (the extractor's speed
budget is a few tens of microseconds a sentence, so nothing may be compiled per call).
"""

# ruff: noqa: RUF001, SIM905  (Unicode symbols are matched on purpose; word lists read best as strings)
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from factcheck.extraction.types import QuantityKind

# --------------------------------------------------------------------------- number words
SMALL: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "lakh": 1e5,
    "crore": 1e7,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Abbreviations after digits ("$2bn", "4.3M"); m/k/b only count as scales after a currency. The
# unambiguous ones (bn, mn, mln, bln, trln) count written apart too ("3 bn dollars", "1.2 mn barrels"), tn
# and trn only after a currency ("50 tn of wheat" is tonnes).
ABBREV_SCALES: dict[str, float] = {
    "bn": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "bln": 1e9,  # wire copy's "$3.1 bln", "2 trln yen"
    "trln": 1e12,
    # after a currency only: "Rs17.57tr" (Pakistan), "RM419.2bil", "RM100mil" (Malaysia), "Rs 300 cr"
    "tr": 1e12,
    "bil": 1e9,
    "mil": 1e6,
    "cr": 1e7,
    "tn": 1e12,
    "trn": 1e12,
    "M": 1e6,
    "m": 1e6,
    "k": 1e3,
    "K": 1e3,
    "b": 1e9,
    "B": 1e9,
    "T": 1e12,
}
# The abbreviations of more than a letter, which may also be written apart from the number ("3 bn"), and
# those of them that need no currency before them (glued or apart).
WORD_ABBREVIATIONS = tuple(sorted((a for a in ABBREV_SCALES if len(a) > 1), key=len, reverse=True))
UNAMBIGUOUS_ABBREVIATIONS = frozenset({"bn", "mn", "mln", "bln", "trln"})
_WORD_ABBREV_ALT = "|".join(WORD_ABBREVIATIONS)
# Vague plural amounts, NewsQuant convention: "dozens" = 12-120, "hundreds" = 100-1000 ...
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (12.0, 120.0),
    "scores": (20.0, 200.0),
    "hundreds": (1e2, 1e3),
    "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7),
    "billions": (1e9, 1e10),
}
# A multiple told in one word ("twice the figure", "more than doubled", "a fourfold rise"): the factor is
# the figure. Whether the word is one here, and not "a double murder" or "twice elected", is
# ``quantities._read_multiple``'s to say.
MULTIPLES: dict[str, float] = {
    "twice": 2,
    "double": 2,
    "doubled": 2,
    "doubling": 2,
    "triple": 3,
    "tripled": 3,
    "tripling": 3,
    "treble": 3,
    "trebled": 3,
    "quadruple": 4,
    "quadrupled": 4,
    "quadrupling": 4,
    # halving, a verb only ("two halves" is no multiple): a fall by half, as the writers mark it
    "halve": 0.5,
    "halved": 0.5,
    "halving": 0.5,
    **{f"{word}fold": value for word, value in (*SMALL.items(), *TENS.items()) if value >= 2},
    "hundredfold": 100,
    "thousandfold": 1000,
}
# The words after "twice" and the multiple's noun that make them a multiple of something ("twice the
# figure", "double what it was", "twice as many"); "as" only after "twice" ("double as a venue": a verb).
MULTIPLE_OBJECTS: frozenset[str] = frozenset(
    "the that what its their his her our this these those as last".split()
)
# A multiple as a verb in its base form ("is expected to more than double by 2030"): after these words,
# and before these (or a stop), never before a noun ("subject to double taxation").
MULTIPLE_VERB_BEFORE: frozenset[str] = frozenset(
    "to will would could can may might should than nearly almost roughly about".split()
)
MULTIPLE_VERB_AFTER: frozenset[str] = frozenset(
    "to by in over since from within again this next or and".split()
)
# "twice as" is a multiple before an adjective or adverb ("twice as many"), not before a clause ("scored
# twice as United confirmed", "twice as the team won")
MULTIPLE_NOT_AFTER_AS: frozenset[str] = frozenset(
    "the a an he she it they we i you his her their its our this that these those there".split()
)
# "doubled down", "doubled over in pain", "doubled as a shelter", "double-digit": no multiple
MULTIPLE_NOT_BEFORE: frozenset[str] = frozenset("down up over as back".split())
# After a glued "k", the end of the phrase: "rose 254k in September", "254k, above"
K_ALONE_AFTER = re.compile(
    r"(?:[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:in|on|to|from|last|this|and|or|since|after|over|at|for|with|a|an)\b)"
)
# A bond's tenor ("the 10-year Treasury yield", "two-year gilts", "the 10-year JGB yield"): names the
# instrument, as "Boeing 737" names a plane
TENOR_AFTER = re.compile(
    r"(?:[ \t]+[\w.&-]+){0,2}?[ \t]+(?:Treasury|Treasuries|[Bb]onds?|[Nn]otes?|[Gg]ilts?|Bunds?|JGBs?|OATs?"
    r"|BTPs?|[Yy]ields?|[Bb]ills?|T-bills?|swaps?|mortgages?)\b"
)
FOLD_AFTER = re.compile(r"[ \t]?-?[ \t]?fold\b", re.IGNORECASE)  # "10-fold", "five-fold"
FRACTIONS: dict[str, float] = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "fourth": 0.25,
    "fourths": 0.25,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "seventh": 1 / 7,
    "sevenths": 1 / 7,
    "eighth": 0.125,
    "eighths": 0.125,
    "hundredth": 0.01,
    "hundredths": 0.01,
    "thousandth": 0.001,
    "thousandths": 0.001,
    "ninth": 1 / 9,
    "ninths": 1 / 9,
    "tenth": 0.1,
    "tenths": 0.1,
}
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "hundredth": 100,
}

_SMALL_ALT = "|".join(sorted(SMALL, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_UNIT_DIGIT = "one|two|three|four|five|six|seven|eight|nine"
_CARD_WORD = rf"(?:(?:{_TENS_ALT})(?:[- ](?:{_UNIT_DIGIT})\b)?|{_SMALL_ALT}|a\s+dozen|dozen)"
_SCALE_ALT = "hundred|thousand|million|billion|trillion|lakh|crore"
_ORD_ALT = "|".join(ORDINALS)

# --------------------------------------------------------------------------- units
# surface (lower-case) -> (normalised unit, kind). Plurals are added automatically below.
_WORD_UNITS: dict[str, tuple[str, QuantityKind]] = {}


def _add(norm: str, kind: QuantityKind, *surfaces: str, plural: bool = True) -> None:
    for s in surfaces:
        _WORD_UNITS[s] = (norm, kind)
        if plural and not s.endswith("s"):
            _WORD_UNITS[s + ("es" if s.endswith(("ch", "sh", "x")) else "s")] = (norm, kind)


D, M, C = QuantityKind.DURATION, QuantityKind.MEASURE, QuantityKind.MONEY
_add("year", D, "year", "yr")
_add("month", D, "month")
_add("week", D, "week")
_add("day", D, "day")
_add("hour", D, "hour", "hr")
_add("minute", D, "minute")
_add("second", D, "second")
_add("decade", D, "decade")
_add("century", D, "century")
_WORD_UNITS["centuries"] = ("century", D)
_add("kilometre", M, "kilometre", "kilometer")
_add("metre", M, "metre", "meter")
_add("centimetre", M, "centimetre", "centimeter")
_add("millimetre", M, "millimetre", "millimeter")
_add("micrometre", M, "micrometre", "micrometer", "micron")
_add("nanometre", M, "nanometre", "nanometer")
_add("mile", M, "mile")
_add("nautical mile", M, "nautical mile")
_add("yard", M, "yard")
_add("foot", M, "foot", plural=False)
_WORD_UNITS["feet"] = ("foot", M)
_add("inch", M, "inch")
_add("square kilometre", M, "square kilometre", "square kilometer", "sq km")
_add("square mile", M, "square mile", "sq mi")
_add("square metre", M, "square metre", "square meter", "sq m")
_add("square foot", M, "square foot", "sq ft", plural=False)
_WORD_UNITS["square feet"] = ("square foot", M)
_add("cubic foot", M, "cubic foot", plural=False)
_WORD_UNITS["cubic feet"] = ("cubic foot", M)
_add("cubic metre", M, "cubic metre", "cubic meter")
_add("cubic kilometre", M, "cubic kilometre", "cubic kilometer")
_add("hectare", M, "hectare")
_add("acre", M, "acre")
_add("litre", M, "litre", "liter")
_add("millilitre", M, "millilitre", "milliliter")
_add("gallon", M, "gallon")
_add("barrel", M, "barrel")
_add("teu", M, "teu")  # containers, in twenty-foot equivalent units ("2.1m teu", "4.5 million TEUs")
_add("pint", M, "pint")
_add("quart", M, "quart")
_add("fluid ounce", M, "fluid ounce")
_add("kilogram", M, "kilogram", "kilo", "kilogramme")
_add("gram", M, "gram", "gramme")
_add("milligram", M, "milligram")
_add("tonne", M, "tonne", "metric ton")
_add("ton", M, "ton")  # (the short ton of American English: "850,000 tons of ammo"; not a tonne)
_add("pound", M, "pound")
_add("ounce", M, "ounce")
_add("mile per hour", M, "mile per hour", plural=False)
_WORD_UNITS["miles per hour"] = ("mile per hour", M)
_WORD_UNITS["miles an hour"] = ("mile per hour", M)
_add(
    "kilometre per hour", M, "kilometres per hour", "kilometers per hour", "kilometres an hour", plural=False
)
_add("mile per gallon", M, "miles per gallon", plural=False)
_add("knot", M, "knot")
_add("watt", M, "watt")
_add("kilowatt", M, "kilowatt")
_add("megawatt", M, "megawatt")
_add("gigawatt", M, "gigawatt")
_add("watt hour", M, "watt hour", "watt-hour")
_add("kilowatt hour", M, "kilowatt hour", "kilowatt-hour")
_add("megawatt hour", M, "megawatt hour", "megawatt-hour")
_add("gigawatt hour", M, "gigawatt hour", "gigawatt-hour")
_add("volt", M, "volt")
_add("horsepower", M, "horsepower", plural=False)
_add("pound foot", M, "pound-foot", "pound-feet", "foot-pound", "foot-pounds", plural=False)
_add("brake horsepower", M, "brake horsepower", plural=False)
_add("decibel", M, "decibel")
_add("magnitude", M, "magnitude")
_add("gigapascal", M, "gigapascal")
_add(
    "celsius", M, "degrees celsius", "degree celsius", "degrees centigrade", "celsius", "deg c", plural=False
)
_add("fahrenheit", M, "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "deg f", plural=False)
_add("degree", M, "degree")
_add("basis point", M, "basis point", "basis-point")  # ("a 25-basis-point cut")
_add("percentage point", QuantityKind.PERCENT, "percentage point")
_add("joule", M, "joule")
_add("kilojoule", M, "kilojoule")
_add("kelvin", M, "kelvin", plural=False)
_add("electronvolt", M, "electronvolt", "electron volt")
_add("centilitre", M, "centilitre", "centiliter")
_add("teaspoon", M, "teaspoon")
_add("tablespoon", M, "tablespoon")
_add("cup", M, "cup")
_add("gigabyte", M, "gigabyte")
_add("megabyte", M, "megabyte")
_add("terabyte", M, "terabyte")
_add("pixel", M, "pixel")
_add("megapixel", M, "megapixel")
# money words
_add("dollar", C, "dollar", "us dollar", "u.s. dollar", "american dollar", "buck")  # ("four bucks")
_add("australian dollar", C, "australian dollar")
_add("canadian dollar", C, "canadian dollar")
_add("hong kong dollar", C, "hong kong dollar")
_add("new zealand dollar", C, "new zealand dollar")
_add("singapore dollar", C, "singapore dollar")
_add("taiwan dollar", C, "taiwan dollar")
_add("euro", C, "euro")
_add("pound sterling", C, "pound sterling", "pounds sterling", "sterling", plural=False)
_add("yen", C, "yen", "japanese yen", plural=False)
_add("yuan", C, "yuan", "renminbi", plural=False)
_add("rupee", C, "rupee")
_add("shekel", C, "shekel", "new shekel")
_add("rouble", C, "rouble", "ruble")
_add("swiss franc", C, "swiss franc")
_add("franc", C, "franc")
_add(
    "krone", C, "danish crown", "norwegian crown", "crown", "krone", "kroner", "krona", "kronor", plural=False
)
for _crowns in ("crowns", "danish crowns", "norwegian crowns", "swedish crowns", "icelandic crowns"):
    _WORD_UNITS[_crowns] = ("krone", C)
_add("ringgit", C, "ringgit", plural=False)
_add("lira", C, "lira", plural=False)
_add("naira", C, "naira", plural=False)
_add("rand", C, "rand", plural=False)
_add("peso", C, "peso")
_add("won", C, "won", plural=False)
_add("cent", C, "cent")
# other currencies named after the amount ("5 million dirhams"); "dong", "real" and "won" are left to
# their prefixes or codes (ordinary words)
_add("brazilian real", C, "brazilian real", "brazilian reals", "reais", "brazilian reais", plural=False)
_add("dirham", C, "dirham")
_add("riyal", C, "riyal", "rial")
_add("dinar", C, "dinar")
_add("baht", C, "baht", plural=False)
_add("rupiah", C, "rupiah", plural=False)
_add("zloty", C, "zloty", "zlotys", "zlotych", plural=False)
_add("forint", C, "forint")
_add("hryvnia", C, "hryvnia", "hryvnias", "hryvnias", plural=False)
_add("koruna", C, "koruna", "korunas", plural=False)
_add("shilling", C, "shilling")
_add("cedi", C, "cedi")
_add("taka", C, "taka", plural=False)
_add("bitcoin", C, "bitcoin")
_add("penny", C, "penny", "pence", plural=False)
_add("sen", C, "sen", plural=False)
# the subunits the Gulf, South Asian, Nigerian and Russian presses price fuel and shares in
_add("fils", C, "fils", plural=False)
_add("paisa", C, "paisa", "paise", plural=False)
_add("kobo", C, "kobo", plural=False)
_add("kopeck", C, "kopeck", "kopecks", "kopek", "kopeks")

# Case-sensitive symbols, usually glued to the digits ("50mph", "10kW", "278kg").
SYMBOL_UNITS: dict[str, tuple[str, QuantityKind]] = {
    "km/h": ("kilometre per hour", M),
    "km/hr": ("kilometre per hour", M),
    "kph": ("kilometre per hour", M),
    "kmh": ("kilometre per hour", M),
    "mph": ("mile per hour", M),
    "mpg": ("mile per gallon", M),
    # a player's averages: points, rebounds and assists per game ("5.8 ppg")
    "ppg": ("point per game", QuantityKind.CARDINAL),
    "rpg": ("rebound per game", QuantityKind.CARDINAL),
    "apg": ("assist per game", QuantityKind.CARDINAL),
    # a boxer's wins inside the distance ("45-7-2, 36 KOs")
    "KOs": ("knockout", QuantityKind.CARDINAL),
    "KO": ("knockout", QuantityKind.CARDINAL),
    "rpm": ("revolution per minute", M),
    "bpd": ("barrel per day", M),  # oil output ("9.2 million bpd")
    "mmHg": ("millimetre of mercury", M),  # blood pressure
    "MP": (
        "megapixel",
        M,
    ),  # a camera's ("a 50MP ultrawide"); apart, a Member of Parliament (``_GLUED_ONLY``)
    "km²": ("square kilometre", M),
    "km^2": ("square kilometre", M),
    "km^3": ("cubic kilometre", M),
    "km³": ("cubic kilometre", M),
    "m^2": ("square metre", M),
    "m^3": ("cubic metre", M),
    "m³": ("cubic metre", M),
    "Wh": ("watt hour", M),
    "t": ("tonne", M),
    "km2": ("square kilometre", M),
    "m²": ("square metre", M),
    "m2": ("square metre", M),
    "km": ("kilometre", M),
    "cm": ("centimetre", M),
    "mm": ("millimetre", M),
    "μm": ("micrometre", M),
    "µm": ("micrometre", M),
    "nm": ("nanometre", M),
    "m": ("metre", M),
    "mi": ("mile", M),
    "ft": ("foot", M),
    "yd": ("yard", M),
    "yds": ("yard", M),
    "kg": ("kilogram", M),
    "kgs": ("kilogram", M),
    "mg": ("milligram", M),
    "g": ("gram", M),
    "lb": ("pound", M),
    "lbs": ("pound", M),
    "oz": ("ounce", M),
    "mL": ("millilitre", M),
    "ml": ("millilitre", M),
    "L": ("litre", M),
    "W": ("watt", M),
    "kW": ("kilowatt", M),
    "MW": ("megawatt", M),
    "GW": ("gigawatt", M),
    "kWh": ("kilowatt hour", M),
    "MWh": ("megawatt hour", M),
    "GWh": ("gigawatt hour", M),
    "TWh": ("terawatt hour", M),
    "V": ("volt", M),
    "mAh": ("milliampere hour", M),
    "px": ("pixel", M),
    "Hz": ("hertz", M),
    "HZ": ("hertz", M),
    "kHz": ("kilohertz", M),
    "MHz": ("megahertz", M),
    "GHz": ("gigahertz", M),
    "KB": ("kilobyte", M),
    "MB": ("megabyte", M),
    "GB": ("gigabyte", M),
    "TB": ("terabyte", M),
    "hp": ("horsepower", M),
    "bhp": ("brake horsepower", M),
    "PS": ("horsepower", M),
    "J": ("joule", M),
    "kJ": ("kilojoule", M),
    "MJ": ("megajoule", M),
    "eV": ("electronvolt", M),
    "keV": ("kiloelectronvolt", M),
    "MeV": ("megaelectronvolt", M),
    "GeV": ("gigaelectronvolt", M),
    "TeV": ("teraelectronvolt", M),
    "cl": ("centilitre", M),
    "dl": ("decilitre", M),
    "tbsp": ("tablespoon", M),
    "tsp": ("teaspoon", M),
    "pm": ("picometre", M),
    "psi": ("pound per square inch", M),
    "ppm": ("parts per million", M),
    "ppb": ("parts per billion", M),
    "dB": ("decibel", M),
    "GPa": ("gigapascal", M),
    "Nm": ("newton metre", M),
    "lb-ft": ("pound foot", M),
    "°C": ("celsius", M),
    "°F": ("fahrenheit", M),
    "C": ("celsius", M),
    "°": ("degree", M),
    "″": ("inch", M),
    "ha": ("hectare", M),
    "hrs": ("hour", D),
    "hr": ("hour", D),
    "min": ("minute", D),
    "mins": ("minute", D),
    "sec": ("second", D),
    "secs": ("second", D),
    "yrs": ("year", D),
    "bps": ("basis point", M),
    "bp": ("basis point", M),  # "a 25bp cut" (lower case: "BP" is the oil company)
    "USD": ("dollar", C),
    "EUR": ("euro", C),
    "GBP": ("pound sterling", C),
    "JPY": ("yen", C),
    "CNY": ("yuan", C),
    "RMB": ("yuan", C),
    "INR": ("rupee", C),
    "NIS": ("shekel", C),
    "CHF": ("swiss franc", C),
    "€": ("euro", C),
    "£": ("pound sterling", C),
    "¢": ("cent", C),  # "15¢ for every forward"
    "\u2032": ("foot", M),  # the prime alone, "a 740\u2032 x 390\u2032 flag" (its double is the inch)
    "p": ("penny", C),
    "Mt": ("megatonne", M),  # emissions, harvests ("35 Mt of CO2"); "Mount" never follows a number
    "Gt": ("gigatonne", M),
}

# SI and computing units built from prefixes, so that any common prefixed form is read, not only
# the ones met so far: (base symbol, base name, kind, the prefixes in use with it). A form already
# listed above keeps its entry; single-letter symbols stay out (too ambiguous after a number: "5 A").
_PREFIXES = {
    "T": "tera",
    "G": "giga",
    "M": "mega",
    "k": "kilo",
    "h": "hecto",
    "c": "centi",
    "m": "milli",
    "µ": "micro",
    "μ": "micro",
    "n": "nano",
    "p": "pico",
    "d": "deci",
    "P": "peta",
}
_PREFIXED: tuple[tuple[str, str, QuantityKind, str], ...] = (
    ("Pa", "pascal", M, "hkMG"),
    ("N", "newton", M, "kM"),
    ("Ω", "ohm", M, "kM"),
    ("A", "ampere", M, "kmµμ"),
    ("V", "volt", M, "kMmµμ"),
    ("W", "watt", M, "mkMGT"),
    ("J", "joule", M, "kMGT"),
    ("Hz", "hertz", M, "kMGT"),
    ("F", "farad", M, "mµμnp"),
    ("Gy", "gray", M, "m"),
    ("Sv", "sievert", M, "mµμ"),
    ("Bq", "becquerel", M, "kMGT"),
    ("mol", "mole", M, "kmµμn"),
    ("bit", "bit", M, "kMGT"),
    ("b", "bit", M, "kMGT"),
    ("B", "byte", M, "kMGTP"),
    ("bps", "bit per second", M, "kMGT"),
    ("s", "second", D, "mµμn"),
    ("g", "gram", M, "µμn"),
    ("L", "litre", M, "mµμdc"),
    ("l", "litre", M, "mµμdc"),
    ("Wh", "watt hour", M, "mkMGT"),
    ("Ah", "ampere hour", M, "m"),
    ("T", "tesla", M, "mµμ"),
    ("cal", "calorie", M, "k"),
)
for _base, _name, _kind, _uses in _PREFIXED:
    if len(_base) > 1 or not _base.isascii():
        SYMBOL_UNITS.setdefault(_base, (_name, _kind))
    for _p in _uses:
        SYMBOL_UNITS.setdefault(_p + _base, (_PREFIXES[_p] + _name, _kind))
        if " " not in _name:
            if _name != "bit":  # "four gigabit Ethernet switches": the singular modifies a noun
                _WORD_UNITS.setdefault(_PREFIXES[_p] + _name, (_PREFIXES[_p] + _name, _kind))
            if not _name.endswith("z"):  # ("hertz" is its own plural)
                _WORD_UNITS.setdefault(_PREFIXES[_p] + _name + "s", (_PREFIXES[_p] + _name, _kind))
_SI_WORDS = "pascal newton ohm coulomb farad lumen becquerel sievert candela ampere byte calorie carat"
for _word in _SI_WORDS.split():
    _add(_word, M, _word)
_add("hertz", M, "hertz", plural=False)  # (its prefixed forms come from ``_PREFIXED``)
_add("lux", M, "lux", plural=False)
_add("light year", M, "light year", "light-year")
_add("parsec", M, "parsec")
_add("kiloton", M, "kiloton")
_add("megaton", M, "megaton")
_add("megatonne", M, "megatonne")
_add("gigatonne", M, "gigatonne")
_add("milliampere hour", M, "milliampere hour", "milliampere-hour", "milliamp hour", "milliamp-hour")

# Unit words in the singular (what a plural figure is written with when it modifies a noun: "a 30
# degree homer").
SINGULAR_UNIT_WORDS = frozenset(w for w, (norm, _) in _WORD_UNITS.items() if w == norm and " " not in w)

# Currencies written before the amount, glued or apart, as the presses of their countries print them ("KSh
# 43.8 billion", "Shs72.4 trillion", "Rp 71 trillion", "SR101.2 billion", "Tk 1,200 crore", "GH¢1.5 billion",
# "KD5.6 billion", "BD 1.2 billion"): one list for the prices read (``CURRENCY_PREFIX``), the currency regex
# (``_CUR_ALT``) and the words before a number that are not its name (``PREV_SPECIAL_WORDS``).
CURRENCY_CODES_APART: dict[str, str] = {
    "KSh": "shilling",
    "Ksh": "shilling",
    "Kshs": "shilling",
    "Kshs.": "shilling",
    "Shs": "shilling",  # Uganda's and Tanzania's ("Shs72.4 trillion", "USh9.3 trillion", "TSh 50 billion")
    "USh": "shilling",
    "TSh": "shilling",
    "Rp": "rupiah",
    "Rp.": "rupiah",
    "SR": "riyal",
    "QR": "riyal",
    "KD": "dinar",  # Kuwait's and Bahrain's
    "BD": "dinar",
    "Dh": "dirham",
    "Dhs": "dirham",
    "Tk": "taka",
    "Tk.": "taka",
    "GH¢": "cedi",
    "GH₵": "cedi",
    "E£": "egyptian pound",
    "ZiG": "zimbabwe gold",  # Zimbabwe's currency since 2024 ("ZiG2.1 billion")
    "SFr": "swiss franc",  # as the British and American presses print it ("SFr6.8bn")
    # the dollars of the Caribbean, the Pacific and southern Africa ("TT$4.1 billion", "J$96.5 million")
    "TT$": "trinidad and tobago dollar",
    "J$": "jamaican dollar",
    "BDS$": "barbados dollar",
    "Bds$": "barbados dollar",
    "EC$": "east caribbean dollar",
    "BZ$": "belize dollar",
    "FJ$": "fijian dollar",
    "F$": "fijian dollar",
    "Nu": "ngultrum",  # Bhutan's ("Nu 84.6 against the US dollar")
    "N$": "namibian dollar",
    "Z$": "zimbabwe dollar",
}
# Currency written before the number.
CURRENCY_PREFIX: dict[str, str] = {
    "$": "dollar",
    "US$": "dollar",
    "US $": "dollar",
    "U.S.$": "dollar",
    "$US": "dollar",
    "USD": "dollar",
    "USD ": "dollar",
    "A$": "australian dollar",
    "AU$": "australian dollar",
    "$A": "australian dollar",
    "AUD": "australian dollar",
    "C$": "canadian dollar",
    "CA$": "canadian dollar",
    "CAD": "canadian dollar",
    "HK$": "hong kong dollar",
    "HK $": "hong kong dollar",
    "NZ$": "new zealand dollar",
    "S$": "singapore dollar",
    "NT$": "taiwan dollar",
    "R$": "brazilian real",
    "MX$": "mexican peso",
    "£": "pound sterling",
    "GBP": "pound sterling",
    "PS": "pound sterling",  # mojibake of "£" in scraped news text
    "€": "euro",
    "EUR": "euro",
    "¥": "yen",
    "Y=": "yen",  # mojibake of "¥"
    "JPY": "yen",
    "₹": "rupee",
    "Rs": "rupee",
    "Rs.": "rupee",
    "INR": "rupee",
    "₪": "shekel",
    "NIS": "shekel",
    "RM": "ringgit",
    "CHF": "swiss franc",
    "₽": "rouble",
    "₩": "won",
    "₦": "naira",
    "₺": "lira",
    "₱": "peso",
    # as the presses of those countries print them ("KSh 43.8 billion", "Sh524 billion", "Rp 71 trillion",
    # "SR101.2 billion", "Tk 1,200 crore", "GH¢1.5 billion"); the one-letter signs of the naira, the rand
    # and the Philippine peso ("N5.2bn", "R15 million", "P2.5 billion", "P6.35-trillion") only before a scaled
    # or grouped amount, or, the rand's and the peso's, one in cents ("R24.12 a litre", "P56.12 to the
    # dollar") (``_CUR_ALT``)
    "Sh": "shilling",  # (only before a number: ``_CUR_ALT``)
    "N": "naira",
    "R": "rand",
    "P": "peso",
    "K": "kwacha",  # Zambia's and Malawi's, like the naira's N only before a scaled or grouped amount
    "D": "dalasi",  # The Gambia's ("D36,000 per tonne"), also only before a grouped or scaled amount
    "MK": "kwacha",  # Malawi's ("MK15,000 per bag"), and Jordan's dinar ("JD14.2mn"), so too
    "JD": "dinar",
    "PHP": "peso",  # glued only ("PHP1.86 billion"): apart, the code is a word in capitals
    "RO": "rial",  # Oman's, glued ("RO145 million") or apart before a grouped or scaled amount
    **CURRENCY_CODES_APART,
}
# ISO 4217 codes written before an amount ("AED 500", "SGD2.5bn"): the currency's name, as after a
# number. Codes that are also common words or names in capitals (PHP, TRY, COP, CUP, ALL) are left out.
ISO_CURRENCIES: dict[str, str] = {
    "AED": "dirham",
    "SAR": "riyal",
    "QAR": "riyal",
    "KWD": "dinar",
    "BHD": "dinar",
    "OMR": "rial",
    "JOD": "dinar",
    "MOP": "pataca",
    "EGP": "egyptian pound",
    "ZAR": "rand",
    "NGN": "naira",
    "KES": "shilling",
    "GHS": "cedi",
    "PKR": "rupee",
    "BDT": "taka",
    "LKR": "rupee",
    "IDR": "rupiah",
    "THB": "baht",
    "VND": "dong",
    "KRW": "won",
    "MYR": "ringgit",
    "SGD": "singapore dollar",
    "NZD": "new zealand dollar",
    "HKD": "hong kong dollar",
    "TWD": "taiwan dollar",
    "BRL": "brazilian real",
    "MXN": "mexican peso",
    "RUB": "rouble",
    "UAH": "hryvnia",
    "PLN": "zloty",
    "CZK": "koruna",
    "HUF": "forint",
    "SEK": "krone",
    "NOK": "krone",
    "DKK": "krone",
    # the currencies of African and Asian aid and market reports ("SSP 95,000", "UGX 5,000"; not "SDG", a
    # Sustainable Development Goal)
    "SSP": "south sudanese pound",
    "UGX": "shilling",
    "TZS": "shilling",
    "ETB": "birr",
    "RWF": "franc",
    "XOF": "franc",
    "XAF": "franc",
    "ZMW": "kwacha",
    "MWK": "kwacha",
    "MZN": "metical",
    "NPR": "rupee",
    "MMK": "kyat",
}
CURRENCY_PREFIX.update(ISO_CURRENCIES)
# Codes and signs written after the amount ("1,000 PLN", "20,000 ₹", "500 zł", "40 kr"), as papers in those
# countries print them: the same currencies as before it.
for _code, _name in {
    **ISO_CURRENCIES,
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "¥": "yen",
    "₹": "rupee",
    "₪": "shekel",
    "₽": "rouble",
    "₩": "won",
    "₦": "naira",
    "₺": "lira",
    "₱": "peso",
    "zł": "zloty",
    "Kč": "koruna",
    "kr": "krone",
}.items():
    SYMBOL_UNITS.setdefault(_code, (_name, C))
CURRENCY_PREFIX.update({f"{code} ": name for code, name in ISO_CURRENCIES.items()})
# (longest first, so that "Dhs" and "Rp." are not read as "Dh" and "Rp")
_CODES_APART_ALT = "|".join(
    rf"{re.escape(code)}\s?" for code in sorted(CURRENCY_CODES_APART, key=len, reverse=True)
)
# What a price is quoted for after a one-letter sign ("P48 a kilo", "N45 per litre")
PRICED_BY: Final = "kilo|kg|kilogram|kilogramme|litre|liter|tonne|bag|sack|piece"
# What an amount is paid for after a sign before it, a period or a recipient ("R180 a month", "JD120 per
# family")
PAID_BY: Final = "month|year|week|day|night|family|person|household|head|student|worker|share"
_CUR_ALT = (
    r"US\s?\$|U\.S\.\$|\$US|\$A|AU?\$|CA?\$|HK\s?\$|NZ\$|NT\$|R\$|MX\$|S\$|USD\s?|AUD\s?|CAD\s?|GBP\s?|EUR\s?|JPY\s?|INR\s?"
    r"|NIS\s?|CHF\s?|Rs\.?\s?|RM|Y=|PS(?=\d+(?:[.,]\d|\s?(?:m|bn|k)\b))|[$£€¥₹₪₽₩₦₺₱]"
    rf"|{_CODES_APART_ALT}"
    r"|Sh(?=\s?\d)"
    r"|\b(?:[NRPKD]|MK|JD)(?=\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?!\d|\.\d)"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,]?\d)"
    r"|\d+(?:\.\d+|,\d{1,2})?[\s-]?(?:bn|tn|trn|tr|m|mn|million|billion|trillion)\b)"
    r"|\b[RPK](?=\d{1,3}\.\d\d(?!\d|%|\.\d)|\d{1,3},\d\d(?!\d|,\d))"
    r"|\bN(?=\d{1,4}\.\d\d(?!\d|%|\.\d))"  # the naira's kobo ("fell 4.6 per cent to N312.50")
    # and one before a price per unit or a rate to the dollar: "P48 a kilo", "K26.3 a litre", "N45 per litre",
    # "R18.9 to the dollar"
    r"|\b(?:[RPKN]|JD|MK)(?=\d{1,4}(?:\.\d{1,2})?[ ](?:(?:a|per)[ ]"
    rf"(?:{PRICED_BY}|{PAID_BY})"
    r"|(?:to|against)[ ]the[ ](?:US[ ])?dollar)\b)"
    r"|PHP(?=\d)|RO(?=\d)"
    # (Oman's rial apart only before a grouped or scaled amount: "RO 214.3 million", "RO 1,250")
    r"|RO[ ](?=\d{1,3}(?:,\d{3})+(?![\d.,]?\d)|\d+(?:\.\d+)?[ ]?(?:bn|mn|million|billion)\b)"
    rf"|(?:{'|'.join(ISO_CURRENCIES)})\s?"
)

# Denominators for compound units ("$21.25 per square foot", "$3,500 a month").
DENOMINATORS: dict[str, str] = {}
for _w in (
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "barrel",
    "gallon",
    "litre",
    "liter",
    "ounce",
    "gram",
    "kilogram",
    "tonne",
    "ton",
    "share",
    "person",
    "head",
    "capita",
    "mile",
    "kilometre",
    "kilometer",
    "square foot",
    "square metre",
    "square meter",
    "sq m",
    "sq ft",
    "hectare",  # "7.8 tonnes a hectare"
    "acre",
    "century",
    "decade",
    "unit",
    "night",  # "$200 a night"
    # a player's and a team's rates: "10 points a game", "5.2 yards a carry", "20 goals a season"
    "game",
    "match",
    "season",
    "carry",
    "attempt",
):
    DENOMINATORS[_w] = {
        "liter": "litre",
        "kilometer": "kilometre",
        "square meter": "square metre",
    }.get(_w, _w)
DENOMINATORS["sq m"] = "square metre"
DENOMINATORS["cubic metre"] = DENOMINATORS["cubic meter"] = "cubic metre"  # "312 micrograms per cubic metre"
DENOMINATORS["cubic foot"] = "cubic foot"
DENOMINATORS["sq ft"] = "square foot"
DENOMINATORS["kg"] = "kilogram"
DENOMINATORS["kilo"] = "kilogram"  # "P58 per kilo", "$8.75 a kilo"
DENOMINATORS["kilogramme"] = "kilogram"
DENOMINATORS["g"] = "gram"
DENOMINATORS["km"] = "kilometre"
DENOMINATORS["people"] = "person"
DENOMINATORS["annum"] = "year"  # "4 million tonnes per annum"
DENOMINATORS["capita"] = "person"
# energy prices: "142 euros per megawatt hour", "28 cents a kilowatt-hour"
for _energy in ("megawatt hour", "megawatt-hour", "kilowatt hour", "kilowatt-hour"):
    DENOMINATORS[_energy] = _energy.replace("-", " ")
DENOMINATORS["kwh"], DENOMINATORS["mwh"] = "kilowatt hour", "megawatt hour"
# natural gas in millions of British thermal units ("$3.41 per million British thermal units", "per mmBtu")
DENOMINATORS["million british thermal unit"] = DENOMINATORS["mmbtu"] = "million british thermal unit"
DENOMINATORS["lb"] = "pound"  # "$3.12 per lb"

# --------------------------------------------------------------------------- regexes

# Month names as written in running text and in all-capital datelines ("UPDATED: MARCH 12, 2013").
_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
    r"|JAN(?:UARY|\.)?|FEB(?:RUARY|\.)?|MAR(?:CH|\.)?|APR(?:IL|\.)?|MAY|JUNE?|JULY?|AUG(?:UST|\.)?"
    r"|SEP(?:T(?:EMBER|\.)?|\.)?|OCT(?:OBER|\.)?|NOV(?:EMBER|\.)?|DEC(?:EMBER|\.)?)"
)
# Thousands grouped by commas or by a (thin, no-break) space as the SI and many newsrooms write them
# ("700 000"); a spaced group is exactly three digits, not glued to a letter or hyphen ("12 128GB",
# "4 100-metre" are two numbers).
# (``\d{1,3}+`` is possessive: the number starts a digit run, so fewer digits could never be followed by a
# separator; it spares the backtracking on every plain number.)
# (", 000" after one to three digits is a thousand a transcript or a feed spaced: "357, 000 good jobs", "2,
# 000ft"; no list holds "000". Other groups split so, "2, 500ft", stay two numbers: ``SPLIT_THOUSANDS``.)
# Digits grouped the Indian way, in lakhs and crores ("6,85,000", "1,00,00,000"), are tried when thousands
# fail, before plain digits: two digits between commas are no thousands, and plain digits gave "6" for
# 685,000.
# (space-grouped thousands end at a blank or a sign, or at a unit of two letters glued on: "17 450MW",
# "3 200km")
_DIG = (
    # (a decimal comma before a scale or a percent, as South African papers print it: "1,2 million doses",
    # "R3,4 billion", "a decrease of 4,1%")
    r"\d{1,3},\d{1,2}(?=[ \u00a0-]?(?:million|billion|trillion|bn|mn)\b|[ \u00a0]?%|[ \u00a0]per[ ]?cent\b"
    r"|[ \u00a0]percent(?:age[ ]points?)?\b)|"
    r"(?:\d{1,3}+(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+(?=(?:[MGkT]Wh?|km|kg|mm|cm|ha)\b|(?![\w-]))"
    r"|,[ ]000(?![\d,.]?\d))"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,]\d)|\d+)(?:\.\d+)?|\.\d+"
)

# Before a bowler's figures in a cricket report ("returned 4 for 52", "figures of 3 for 41", "taking 2
# for 18").
BOWLING_BEFORE = re.compile(
    r"(?:\b(?:took|take|takes|taking|taken|returned|returning|claimed|claiming|grabbed|bagged|picked up"
    r"|figures of"
    r"|finished with|ended with)\s+)$"
)

# The kinds of a US federal case, between its year and its number ("No. 24-cr-517", "23-cv-4410")
_CASE_TYPES: Final = "(?:cr|cv|mj|mc|bk|po|md|sw)"
CASE_AFTER_YEAR: Final = re.compile(rf"-{_CASE_TYPES}-\d")

# One master regex; alternation order decides what wins at the same start position.
MASTER = re.compile(
    rf"""
    (?P<url>(?=[hwHW])(?:https?://|www\.)\S+)
  | (?P<case>\b\d{{1,2}}:\d{{2}}-[a-z]{{2,3}}-\d{{3,6}}\b|\b\d{{2}}-{_CASE_TYPES}-\d{{2,6}}\b)
  | (?P<date>
        \b(?=[A-Z]){_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\d,.]\d)\b
      | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?=[A-Z]){_MONTHS}(?:,?\s+\d{{4}})?\b
      | \b(?=[A-Z]){_MONTHS}\s+(?:of\s+)?\d{{4}}\b
      | \b(?=[a-z])(?:mid|early|late|pre|post)-\d{{4}}s?\b
      | \b\d{{4}}[/-]\d{{1,2}}[/-]\d{{1,2}}\b
      | \b(?:1[5-9]|20)\d{{2}}[-–/]\d{{2}}\b(?![-/.,]?\d)
      | \b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b
      | \b\d{{1,2}}[ ]/[ ]\d{{1,2}}[ ]/[ ]\d{{2,4}}\b
    )
  | (?P<time>
        \b\d{{1,2}}[:.]\d{{2}}\s*(?:[aApP]\.?[mM]\b\.?)
      | \b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)
      | \b(?:[01]\d|2[0-3])[0-5]\d[ ]?(?:GMT|UTC|Z|hrs|hours|h)\b
      | \b\d{{1,2}}\s?(?:[aApP]\.[mM]\.|[aApP][mM]\b)
    )
  | (?P<phone>
        \+\d{{1,3}}[\s.-]?\(?\d{{2,4}}\)?[\s.-]?\d{{3,4}}[\s.-]?\d{{3,4}}\b
      | \(\d{{3}}\)\s?\d{{3}}[\s.-]\d{{4}}\b
      | \b\d{{3}}[.-]\d{{3}}[.-]\d{{4}}\b
      | \bISBN(?:-1[03])?:?\s*[\dX][\d\s-]{{8,16}}[\dX]\b
    )
  | (?P<money>(?:(?<![\w.,])(?P<lsign>[-−])(?=[$£€¥₹₪₽₩₦₺₱]|[A-Z]{{1,3}}\$))?(?=[A-Z$£€¥₹₪₽₩₦₺₱])
        (?P<cur>{_CUR_ALT})\s?(?P<csign>[-−])?(?P<cnum>{_DIG}))
  | (?P<ordd>\b(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th)\b)
  | (?P<ident>
        \b(?=[A-Za-z])(?!(?:minus|sub|mid|now|over|under|top|pre|post|non|ex|about|some|near|nearly|to|and|or|from|by|at|of|per|in|up
            |down|than|between|around|almost|roughly|[Mm]agnitude|[Aa]ged)-)[A-Za-z]+[-]?\d[\w-]*(?:[.+/][\w-]*\w)*
      | \b(?!\d+(?:[kcm]?m|ft|in)[23²³]\b)\d+[A-Za-z]+\d\w*
      | \#\d+
      | \b\d+(?:[./]\d+){{3,}}\b
    )
  | (?P<sci>(?<![\w.,])[-−]?\d+(?:\.\d+)?(?:[eE][-+−]?\d+\b|[ \t]?[×x][ \t]?10(?:\^|\*\*)?[-−]?\d+\b))
  | (?P<frac>
        \b\d+\s?[/⁄]\s?\d+\b(?=\s+(?:of|a|an|the)\b)
      | \b[1-9][/⁄](?:2|3|4|5|8|10|16|32|64|100|128)\b(?![/⁄]\d)
      | [½⅓¼¾⅔]
    )
  | (?P<slash>\b\d+[/⁄]\d+\b)
  | (?P<num>(?P<sign>(?:(?<![\w.,])[-−](?=[\d.])|(?<=[ \t(])–(?=\d))
        | (?<!plus\ or\ )(?<!Plus\ or\ )(?i:\bminus)[\s-]?)?(?<![\w.,])(?P<dig>{_DIG}))
    """,
    re.VERBOSE,
)

_MULT_ALT = "|".join(sorted(MULTIPLES, key=len, reverse=True))
# after "by a third", "nearly a fifth" told alone (a share of what the sentence spoke of, not "a third party")
_AFTER_SHARE_ALT = (
    "since|from|in|on|over|last|this|after|and|or|as|compared|against|between|year|to|overnight|within|during"
    "|at"  # "cut output by a fifth at more than 300 units"
    "|for"  # "cut rations by half for some 600,000 refugees"
    "|more|less|fewer|higher|lower|larger|smaller"  # "roughly a third more than", "a quarter fewer"
    "|said|say|says|were|are|was|is|had|have|has|will|would|could|[a-z]+ed"  # "nearly a third returned"
)
# Periods said with "a" after a bound or a hedge ("waited more than a year", "in under a month", "for up to a
# week"): one of them
PERIODS_SAID_WITH_A: Final = ("year", "month", "week")
_PERIOD_BOUNDS = ("than", "over", "under", "nearly", "almost", "up to")
_PERIOD_BOUND_ALT = "|".join(rf"(?<=\b{bound.replace(' ', '[ ]')}[ ])" for bound in _PERIOD_BOUNDS)
# Number words, matched on the LOWER-CASED text (case-insensitive regexes are ~8x slower in ``re``).
WORDS = re.compile(
    rf"""
    (?P<mult>\b(?:{_MULT_ALT})\b(?!-))
  | (?P<point>\b(?:a\s+)?(?:quarter|half)(?:[ -]|\s+a\s+)(?:percentage[ -])?point\b(?!-))
  | (?P<word>
        \b(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b
      | \b(?:dozens|hundreds|thousands|millions|billions)\b|\bscores\b(?=\s+of\b(?!\s+[\d$£€]))
      | \b(?:a|one|two|three|four)[\s-](?:half|third|thirds|quarter|quarters|fourths?)\s+of\s+an?\s+
        (?:million|billion|trillion)\b(?!-)
      | \b(?:an?|one)[\s-](?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth)\b
        (?=\s+of\b)
      | (?:(?<=\bby\ )|(?<=\bnearly\ )|(?<=\balmost\ )|(?<=\babout\ )|(?<=\broughly\ )|(?<=\baround\ )
          |(?<=\bthan\ )|(?<=\bonly\ )|(?<=\bjust\ )|(?<=\bover\ )|(?<=\bunder\ )
          |(?<=\bleast\ )|(?<=\bmuch\ as\ )|(?<=\bup\ to\ )  # "by as much as a third", "at least a fifth"
          |(?<=\bup\ )|(?<=\bdown\ )|(?<=\bfrom\ ))  # "listings are up a third on last year"
        an?\ (?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)\b
        (?=\s*[,.;:!?)]|\s*$|\s+(?:{_AFTER_SHARE_ALT})\b)
      | (?:(?<=\bby\ )|(?<=\bby\ nearly\ )|(?<=\bby\ almost\ )|(?<=\bby\ about\ )|(?<=\bby\ roughly\ )
          |(?<=\bby\ around\ )|(?<=\bby\ more\ than\ )|(?<=\bby\ less\ than\ )|(?<=\bcut\ to\ )
          |(?<=\bby\ up\ to\ )|(?<=\bby\ as\ much\ as\ )|(?<=\bby\ at\ least\ )
          |(?<=\bup\ from\ )|(?<=\bdown\ from\ )
          |(?<=\breduced\ to\ ))
        half\b(?=\s*[,.;:!?)]|\s*$|\s+(?:{_AFTER_SHARE_ALT})\b)
      | \bone[\s-](?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth)\b
        (?![\s-]*[a-z])
      | \bone[\s-](?:half|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?=\s+(?:the|as)\b)
      | \b(?:two|three|four|five|six|seven|eight|nine)[\s-]
        (?:halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths|thousandths)\b
      | \b(?:a\s+)?half(?:\s+|-|\s+a\s+|-a-)(?:dozen|hundred|thousand|million|billion|trillion)\b
      | (?<![\w-])(?:a\s+|(?<!first\ )(?<!second\ )(?<!third\ )(?<!fourth\ ))
        quarter[\s-](?:thousand|million|billion|trillion)\b
      | \bhalf\b(?=\s+(?:of|the|an?|its|their|his|her)\b|-[a-z])|(?<=\band\ a\ )half\b
      | \b(?:a\s+(?=(?:{_SCALE_ALT})\b))?(?:{_CARD_WORD}|{_SCALE_ALT})\b(?:[ -]+(?:{_SCALE_ALT}|dozen)\b)*
        (?:(?:(?<=hundred)|(?<=thousand)|(?<=illion))(?:,?[ ]+(?:and[ ]+|&[ ]+)?)
           (?:{_CARD_WORD})\b(?:[ -]+(?:{_SCALE_ALT})\b)*)*
        (?:(?:[ ]+and[ ]+a[ ]+|-and-a-)(?:half|quarter)\b)?
    )
  | (?P<ordw>\b(?:{_ORD_ALT})\b)
  | (?P<aperiod>(?=a\ )(?:{_PERIOD_BOUND_ALT})
        a\ (?:{"|".join(PERIODS_SAID_WITH_A)})\b(?!-)
        (?!\s+(?:ago|earlier|before|later|after|on|in\s+advance)\b))
    """,
    re.VERBOSE,
)
PERIOD_ANCHORS: Final = frozenset(PERIODS_SAID_WITH_A)
# The first words of those bounds: a sentence without one says no such period ("year" alone is everywhere)
PERIOD_BOUNDS: Final = frozenset(bound.split()[0] for bound in _PERIOD_BOUNDS)
_ANCHOR_WORDS = sorted(
    {
        *SMALL,
        *TENS,
        *ORDINALS,
        *FRACTIONS,
        *VAGUE,
        *MULTIPLES,
        "dozen",
        "tens",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
    },
    key=len,
    reverse=True,
)


def _first_letter_alt(words: list[str]) -> str:
    """Alternation grouped by first letter: ``re`` does not build tries, and this halves scan time."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(
        f"{re.escape(k)}(?:{'|'.join(sorted(v, key=len, reverse=True))})" for k, v in sorted(groups.items())
    )


# The one scan over every sentence (run on the lower-cased text): where a digit run or a number word
# starts. Everything else is matched at those spots only, so number-free text costs one regex pass.
ANCHOR = re.compile(
    rf"[\d½⅓¼¾⅔]+|(?<![a-z])(?:{_first_letter_alt([*_ANCHOR_WORDS, *PERIODS_SAID_WITH_A])})(?![a-z])"
)
# ``ANCHOR``'s two halves apart, for callers that already know the window's letter runs (all the
# anchor words are alphabetic, so a whole ``[a-z]+`` run is one exactly when it is in the set).
DIGIT_RUN = re.compile(r"[\d½⅓¼¾⅔]+")
# Every byte but an ASCII digit to a blank, the digits to "0": on ASCII text, encoded and translated, a
# ``find`` of "0" is where ``DIGIT_RUN`` finds digits, at ``memchr`` speed (a regex scan costs tens of
# nanoseconds a character).
DIGITS_ONLY = bytes(0x30 if 0x30 <= c <= 0x39 else 0x20 for c in range(256))
ANCHOR_WORDS = frozenset(_ANCHOR_WORDS)
assert all(w.isalpha() and w.isascii() for w in ANCHOR_WORDS)
# A word before a number's token that belongs to it ("Sept. 30", "US $5", "minus 387", "ISBN 978…").
PREV_SPECIAL = re.compile(
    rf"(?:{_MONTHS}|US|HK|NZ|USD|EUR|GBP|JPY|AUD|CAD|INR|NIS|CHF|Rs\.?|ISBN(?:-1[03])?:?|[Mm]inus"
    r"|\+\d{1,3}|\(\d{3}\))"
)

# Scale words after a number ("1.5 million", "4 hundred million", "$2bn", "400 million-year-old"), the
# longer ones glued to it too ("20million").
SCALE_AFTER = re.compile(
    rf"(?:[ \t]+|[ \t]*-[ \t]*(?=(?i:{_SCALE_ALT}))|(?=(?i:million|billion|trillion)\b))"
    rf"(?P<w>(?i:{_SCALE_ALT}))\b"
    rf"|(?P<a>{_WORD_ABBREV_ALT}|[mMkKbBT])(?![A-Za-z0-9])"
    rf"|[ \t]+(?P<spaced>{_WORD_ABBREV_ALT})(?![A-Za-z0-9])"
)

_PCT: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "percentage": "percent",
    "pc": "percent",
    "pct": "percent",
    "percentage point": "percentage point",
    "percentage points": "percentage point",
    "percent points": "percentage point",
    "per cent points": "percentage point",
    "pts": "percentage point",
    "percentage-point": "percentage point",  # "a 0.5-percentage-point rise"
    "percentage-points": "percentage point",
}
_AGE: dict[str, str] = {}
for _u in ("year", "month", "week", "day"):
    for _f in (f"{_u}-old", f"{_u}s-old", f"{_u}-olds", f"{_u}s-olds", f"{_u} old", f"{_u}s old"):
        _AGE[_f] = f"{_u} of age"
_TOK = r"[^\s\d,;:()\[\]{}<>\"“”][^\s,;:()\[\]{}<>\"“”]{0,40}"  # bounded: no quadratic scans
_UTOK = re.compile(rf"[ \t]*(-[ \t]*)?({_TOK})(?:[ \t]+({_TOK}))?(?:[ \t]+({_TOK}))?")
# Its first token alone (the same groups 1 and 2: the optional tokens after it never shorten it), for the
# usual case, a first word that starts no multi-word unit.
_UTOK_FIRST = re.compile(rf"[ \t]*(-[ \t]*)?({_TOK})")
_TRAIL = ".!?'’="
_PERCENT = QuantityKind.PERCENT  # (an Enum class attribute is a slow look-up in Python 3.11)
# Symbols read only glued to the number: apart, a word ("one MP said")
_GLUED_ONLY: Final = frozenset(("MP",))
_MULTI_FIRST = frozenset(k.split()[0] for k in (*_WORD_UNITS, *_PCT, *_AGE) if " " in k)


def match_unit(text: str, pos: int, end: int) -> tuple[str, str, QuantityKind, int, bool] | None:
    """Unit right after a number: (tag, normalised unit, kind, end offset, hyphenated?) or None.

    Dictionary lookups on the next one to three tokens, longest first: a regex alternation of
    every unit spelling costs ~10 us a call, this costs ~1.5 us. The first token alone is read by
    ``_token_unit``, cached: a few hundred tokens follow most numbers ("people", "percent", "years").
    """
    m = _UTOK_FIRST.match(text, pos, end)
    if m is None:
        return None
    hyph = m.group(1) is not None
    if m.group(2).lower() in _MULTI_FIRST:
        m = _UTOK.match(text, pos, end)
        assert m is not None  # it begins with ``_UTOK_FIRST``, which matched here
        for n in (3, 2):
            last = m.group(n + 1)
            if last is None:
                continue
            stop = m.end(n + 1)
            raw = text[m.start(2) : stop]
            key = raw.rstrip(_TRAIL)
            stop -= len(raw) - len(key)
            lk = " ".join(key.split()).lower()
            if lk in _PCT:
                return ("pct", _PCT[lk], _PERCENT, stop, hyph)
            if lk in _AGE:
                return ("age", _AGE[lk], M, stop, hyph)
            if lk[-2:] in ("'s", "\u2019s") and lk[:-2] in _AGE:  # "the 15 year old's death" (written apart)
                return ("age", _AGE[lk[:-2]], M, stop - 2, hyph)
            if lk in _WORD_UNITS:
                norm, kind = _WORD_UNITS[lk]
                return ("word", norm, kind, stop, hyph)
    found = _token_unit(m.group(2))
    if found is None or (m.start(2) > pos and m.group(2) in _GLUED_ONLY):
        return None
    tag, norm, kind, length = found
    return (tag, norm, kind, m.start(2) + length, hyph)


# Symbols that stay units written in capitals ("75 MPH", "30 PSI"); not "min" or "sec" ("SEC": the regulator).
_SHOUTED_SYMBOLS: Final = frozenset("mph kph kmh km/h mpg rpm lbs kgs psi ppm bhp".split())


@lru_cache(maxsize=4096)
def _token_unit(token: str) -> tuple[str, str, QuantityKind, int] | None:
    """``match_unit``'s reading of one token (``_TOK``) alone: (tag, normalised unit, kind, where the unit
    ends in the token) or None."""
    key = token.rstrip(_TRAIL)
    stop = len(key)
    lk = key.lower()
    if lk in _PCT or key == "%":
        return ("pct", _PCT.get(lk, "percent"), _PERCENT, stop)
    if lk in _AGE:
        return ("age", _AGE[lk], M, stop)
    if lk[-2:] in ("'s", "\u2019s") and lk[:-2] in _AGE:  # "the 15-year-old's death"
        return ("age", _AGE[lk[:-2]], M, stop - 2)
    if key in SYMBOL_UNITS:
        norm, kind = SYMBOL_UNITS[key]
        return ("sym", norm, kind, stop)
    if lk in _SHOUTED_SYMBOLS and key.isupper():  # "75 MPH governors"
        norm, kind = SYMBOL_UNITS[lk]
        return ("sym", norm, kind, stop)
    if lk in _WORD_UNITS:
        norm, kind = _WORD_UNITS[lk]
        return ("word", norm, kind, stop)
    if "-" in key:  # "percent-owned", "barrel-a-day", "year-old"
        parts = key.split("-", 2)
        two, two_end = f"{parts[0]} {parts[1]}".lower(), len(parts[0]) + 1 + len(parts[1])
        if two in _PCT:  # "a 50-per-cent stake"
            return ("pct", _PCT[two], _PERCENT, two_end)
        if two in _WORD_UNITS and _WORD_UNITS[two][1] is M:  # "a 120-square-metre home"
            norm, kind = _WORD_UNITS[two]
            return ("word", norm, kind, two_end)
        head = parts[0]
        lh = head.lower()
        if lh in _PCT:
            return ("pct", _PCT[lh], _PERCENT, len(head))
        if head in SYMBOL_UNITS:
            norm, kind = SYMBOL_UNITS[head]
            return ("sym", norm, kind, len(head))
        if lh in _WORD_UNITS:
            norm, kind = _WORD_UNITS[lh]
            return ("word", norm, kind, len(head))
    if key[:1] == "%":
        return ("pct", "percent", _PERCENT, 1)
    if "/" in key:  # "10 W/min", "1.3 A/cm2", "5.5 kg/cm³": a unit over a unit
        compound = _compound(key)
        if compound is not None:
            return ("sym", compound[0], compound[1], stop)
    return None


# Symbols read only inside a compound written with a slash ("A/cm2", "m/s", "l/km"): alone after a
# number they are too ambiguous ("5 A", "10 s", "3 h").
_COMPOUND_SYMBOLS: dict[str, tuple[str, QuantityKind]] = {
    "A": ("ampere", M),
    "mA": ("milliampere", M),
    "s": ("second", D),
    "h": ("hour", D),
    "d": ("day", D),
    "y": ("year", D),
    "yr": ("year", D),
    "N": ("newton", M),
    "Pa": ("pascal", M),
    "kPa": ("kilopascal", M),
    "l": ("litre", M),
    "mol": ("mole", M),
    "K": ("kelvin", M),
}
_POWER = re.compile(r"(?P<base>[^\d^²³]+)(?:\^?(?P<p>[23])|(?P<sup>[²³]))")


def _unit_symbol(token: str) -> tuple[str, QuantityKind] | None:
    """One side of a slash compound: a unit symbol or word, optionally squared or cubed ("cm2", "s²")."""
    found = SYMBOL_UNITS.get(token) or _COMPOUND_SYMBOLS.get(token)
    if found is None:
        found = _WORD_UNITS.get(token.lower())
    if found is None and token.lower() in DENOMINATORS:
        found = (DENOMINATORS[token.lower()], M)
    if found is not None:
        return found
    m = _POWER.fullmatch(token)
    if m is None:
        return None
    base = _unit_symbol(m.group("base"))
    if base is None or base[0].startswith(("square ", "cubic ")):
        return None
    power = m.group("p") or ("2" if m.group("sup") == "²" else "3")
    return (f"{'square' if power == '2' else 'cubic'} {base[0]}", base[1])


def _compound(token: str) -> tuple[str, QuantityKind] | None:
    """ "W/min" -> ("watt per minute", MEASURE); None unless both sides are units."""
    num, _, den = token.partition("/")
    if not num or not den or "/" in den:
        return None
    a, b = _unit_symbol(num), _unit_symbol(den)
    if a is None or b is None:
        return None
    return (f"{a[0]} per {b[0]}", M if a[1] is not C else C)


_den_alt = "|".join(
    re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(DENOMINATORS, key=len, reverse=True)
)
PER_AFTER = re.compile(
    rf"(?:[ \t]+(?:US|U\.S\.))?[ \t-]*(?:(?:per|/|each|every)[ \t-]*|an?[ \t-]+)"
    rf"(?P<den>(?i:{_den_alt}))(?:e?s)?\b(?!-)"
)
# After a period denominator, words that make it a time ago or later, no rate: "5 percent a year ago", "a year
# on from the crash" ("33 percent a year on average" is a rate; "$2,741 an ounce before paring gains" too:
# an ounce is no period; and "890,000 barrels a day from Alberta", from a place)
PERIOD_NOT_RATE_AFTER = re.compile(
    r"[ \t]+(?:earlier|ago|before|later|after|on(?![ \t]+average)|from(?![ \t]+[A-Z])|prior|previously"
    r"|back)\b"
)
PERIODS = frozenset(unit for unit, kind in _WORD_UNITS.values() if kind is D) | {"quarter", "night", "season"}
# "per" and any word after a unit ("$4 per pack"), when the denominator is not in ``DENOMINATORS``.
# What a unit measures, between it and a rate: "gallons of water per minute", "barrels of crude oil a day".
MATERIAL_BEFORE_PER = re.compile(r" of (?:[a-z]+ )?[a-z]+(?=[ \t]+(?:per|a|an|each)[ \t])")
# After the two numbers of a dash, a team's or a fighter's record: "a 9-14 record", "a 38-44 mark", "a
# 2-13 season", "a 5-0 start" (a result, not a range of seasons).
RECORD_NOUN_AFTER = re.compile(r"[ \t]+(?:record|mark|season|start|finish|campaign|slate)s?\b")
PER_WORD_AFTER = re.compile(r"[ \t]+per[ \t]+(?P<den>[A-Za-z][a-z]{2,})\b(?![-'’])")
# Between the numbers of a list that share the unit written after the last ("45 and 50 mg", "5, 10 or
# 15 percent"); counted nouns only after "and"/"or" ("two and three bedrooms": "2, 3 people" is rarer
# than a comma between two separate figures).
LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+)")
COORD_GAP = re.compile(r"[ \t]+(?:and|or)[ \t]+")
# Between the sides of an area or a box ("8-by-12 feet", "3 x 4 metres").
BY_GAP = re.compile(r"-by-|[ \t]+by[ \t]+|[ \t]*[x×][ \t]*")
TO_GAP = re.compile(r"[ \t]+to[ \t]+")
# "2, 500ft": a thousands group split by a stray space, not a list of two numbers ("2, 000ft" ``_DIG`` reads
# as one number).
SPLIT_THOUSANDS = re.compile(r"\d{1,3},[ \t]+\d{3}(?!\d)")
# Between a figure and its restatement in brackets ("296 hp (224 kW / 300 PS)", "crowns (US $1.1 million)"):
# the bracket, or a slash or "or" between two figures already inside it.
BRACKET_EQUIV_GAP = re.compile(r"[ \t]*(?:(?P<open>\([ \t]*(?:(?:US|U\.S\.)[ \t]*)?)|[/,][ \t]*|or[ \t]+)")
# Between a whole number and the fraction it is said with: "5 and one-half percent", "three-and-one-half".
MIXED_AND_GAP = re.compile(r"[ \t]+and[ \t]+|-and-")
# After a whole number in digits, a half said with it: "2 and a half years", "a 3-and-a-half-hour wait".
AND_A_HALF_AFTER = re.compile(r"(?:[ \t]+and[ \t]+|-and-)an?[ \t-]half\b")
# Between a figure and its margin of error ("2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2"): the margin
# is part of the figure, whose unit is written once after it. (A sign read with the margin, "+/-1", "plus or
# minus 2", is outside the gap: hence the optional "-" and "minus".)
TOLERANCE_GAP = re.compile(r"[ \t]*(?:±|\+/[-−]?|\+-|-/\+|plus[ \t]+or[ \t]+(?:minus\b)?)[ \t]*")
# A kelvin symbol after a number ("573.15K", "300 K"), read as one where the sentence gives temperatures.
KELVIN_AFTER = re.compile(r"[ \t]?K(?![\w°-])")
# A fraction word after "one" ("one-half mile"), read as a fraction when a unit word follows it.
FRACTION_WORD_AFTER = re.compile(
    r"[ \t-](?i:(half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?=[ \t])"
)
# "in" after a number as the inch: the preposition needs an object, so "in" ending the sentence or a
# bracket, before a dimension ("2 in thick", "3 in in diameter") or in "2 in x 4 in" is the unit.
INCH_AFTER = re.compile(
    r"[ \t]+in(?=\.?[ \t]*$|\.?\)|[ \t]+(?:thick|long|wide|tall|high|deep|across|in[ \t]+diameter"
    r"|of[ \t]+(?:rain|snow|rainfall|snowfall))\b|[ \t]*[x×][ \t]*\d)"
)
# The end of a sentence between two figures (a window may hold more than one sentence).
SENTENCE_GAP = re.compile(r"[.!?;][\s\"”’)]")
# Between a change figure and the next in a list of movers with the verb left out: a comma or "and", a
# name of capitalised words, maybe "by" (", Burlington by 2.6%", " and Foot Locker 1.9%"), or a noun in lower
# case and "by" (", gasoline by P0.85 per liter", ", and that of high-speed diesel by Rs3.10").
GAPPED_NAME = re.compile(
    r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
    r"(?:(?:[A-Z][\w&.'’-]*[ \t]+){1,4}(?:by[ \t]+)?"
    r"|(?:that[ \t]+of[ \t]+)?(?:[a-z][\w-]*[ \t]+){1,2}by[ \t]+)"
)
# A number's unit named as a scale after it ("50 and 70 on the GPa scale", "6 on the Richter scale").
ON_SCALE_AFTER = re.compile(
    r"[ \t]+on[ \t]+the[ \t]+(?P<u>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)?)[ \t]+scale\b"
)
# Between a part and its whole ("18 of its 23 games", "280 million of the 1.5 billion shekels", "178 of 369
# punches", "eight of the Bluejays' 11 assists").
PART_OF_GAP = re.compile(
    # ("one of only ten Democrats")
    r"[ \t]+of[ \t]+(?:only[ \t]+)?(?:(?:the|its|their|his|her|our|these|those)[ \t]+)?"
    r"(?:[A-Za-z][\w.&-]*(?:'s|’s|s'|s’)[ \t]+)?(?:(?:next|last|first|remaining|other)[ \t]+)?"
)
# "a day or two", "another pick or two": the noun a small number after "or" counts.
NOUN_OR_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?P<noun>[A-Za-z]+)[ \t]+or[ \t]+")
# Currency words spelled after the number ("5 million dollars", "333.6 million yen").
# A word of a counted noun phrase; digits only after a capital, a hyphen or a digit ("N95 masks",
# "F-35 fighters", "COVID-19 tests": names of models that modify the noun).
# (a run of letters is one step of the loop, not one a letter: the same matches at half the cost)
# (or an initialism written with dots, "U.S." and "U.N." in "two U.S. soldiers": it was read as "U")
# (letters with their accents and macrons too: "1,340 kākā", "12 cafés")
_LETTER = "A-Za-zÀ-ÖØ-öø-ſ"
_NW = rf"(?:(?:[A-Z]\.){{2,}}(?=[ \t])|[{_LETTER}](?:[{_LETTER}’'&]+|-(?=[A-Za-z0-9])|(?<=[A-Z0-9-])[0-9])*)"
NOUN_AFTER = re.compile(rf"[ \t]+({_NW}(?:[ \t]+{_NW}){{0,3}})")
# "dozens of people", "hundreds of these boards", "thousands of their supporters": the noun, after a
# determiner
_OF_DETERMINER = r"(?:(?:the|these|those|its|their|his|her|our|your|my)[ \t]+)?"
# A noun phrase in quotes of its own after a number: "Seven 'key witnesses'", "three “experts”".
QUOTED_NOUN_AFTER = re.compile(
    rf"[ \t]+['‘\"“](?P<phrase>{_NW}(?:[ \t]+{_NW}){{0,3}})(?P<mark>[.,])?['’\"”](?![A-Za-z])"
)  # (a comma or full stop inside the quotes, as US style puts it: "700 “virtual policemen.”")
VAGUE_NOUN_AFTER = re.compile(rf"[ \t]+of[ \t]+{_OF_DETERMINER}({_NW}(?:[ \t]+{_NW}){{0,3}})")

# Phrasal verbs whose "up"/"down" is not a change ("gave up 517 yards", "set up 3 teams").
PHRASAL_UP = frozenset(
    "gave give gives giving given set sets setting pick picked picks make made makes end ended ends put puts "
    "sign signed signs open opened opens take took takes taken show showed shows shut back line lined "
    "sum summed sums turn turned turns broke break breaks shot shoot wrote write making picking signing "
    "opening taking showing lining summing turning breaking writing following followed follow follows "
    "step stepped bring brought brings cracked crack ramp ramped soak soaked soaks soaking mop mopped"
    " mops wrap wrapped wraps wrapping".split()
)
PHRASAL_DOWN = frozenset(
    "turn turned turns shut cut calm calmed slow slowed narrow narrowed whittle whittled break broke sat sit "
    "step stepped back backed wind wound shot shoot voted vote struck strike knocked knock track "
    "tracked chase chased chases chasing touch touched touches touching".split()
    # ("chased down 311": a target reached, in cricket; "touched down about 600 km from the pole": landed)
)

# Words that name the number after them ("Game 7", "Article 5").
NAME_WORDS = frozenset(
    "category level phase number no no. article chapter section room unit route platform page season episode "
    "stage grade type class version versions gate terminal row seat flight lot exhibit item figure table "
    "step part volume size "
    "vol vol. issue district channel model game week match round act scene line box pier ward zone "
    "resolution amendment paragraph clause proposition prop bus highway interstate day "
    "junction junctions exit lap hole berth".split()
)
# After a number word that a name word precedes, the end of the name: "on day one against", "round two,"
WORD_NAME_END = re.compile(
    r"[ \t]*(?:[,.;:)!?]|$|[ \t](?:of|against|in|on|at|and|or|to|with|when|as|the|a|is|was)\b)"
)
ADDRESS_AFTER = re.compile(
    r"(?:-\d+)?(?:[ \t]+(?:Ave|Avenue|Rue|Via|Calle)\b|(?:[ \t]+[A-Z0-9][\w.]*){1,4}[ \t]+"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Way|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|Pl"
    r"|Square|Court|Ct|Terrace|Highway|Hwy|Parkway|Crescent|Close)\b\.?)"
)
# The rest of a name's number written with a dash ("Liverpool 2-0", "Boeing 737-800").
DASH_DIGITS_AFTER = re.compile(r"(?:[-–]\d+\b)+(?![.,]\d)")
# Verbs before a telephone number ("call 999", "by dialling 112"): a number of three digits or more after them
# with no unit or noun is the line's number, not a figure.
CALL_WORDS = frozenset(
    "call calling called dial dialling dialing dialled dialed text texting texted txt".split()
)
# A text message's short code: "text HOME to 741741", "texting the word 'HUNGER' to 35350" (before "to").
TEXT_TO_BEFORE = re.compile(r"(?i)\b(?:text|texting|texted|txt|sms)\b[^.!?]{0,48}[ \t]to[ \t]+$")
# Before a quoted name that starts with a number: "a company called '100% Beef'", "a film titled “21 Grams”".
NAMED_QUOTE_BEFORE = re.compile(r"(?i)\b(?:called|named|dubbed|titled|entitled)[ \t]+['‘\"“]$")
# Before an emergency number with nothing after it, what makes it one: "he needed 911 because …"
EMERGENCY_NUMBER_VERBS = frozenset("need needed needs needing phoned rang ring contacted reached".split())
# After an emergency number, what makes it one: "a 911 caller", "the 911 dispatcher", "a 999 call".
EMERGENCY_NUMBER_AFTER = re.compile(
    r"(?i)[ \t-]+(?:calls?|callers?|dispatch(?:ers?)?|operators?|emergency|system|cent(?:er|re)|tapes?"
    r"|recordings?)\b"
)
EMERGENCY_NUMBERS = frozenset(("911", "999"))
# Words made with "one" that count nothing ("a one-sided fight", "a one-off payment", "a one-time credit",
# "one-on-one talks", "a rival one-ups it"), and idioms with a number word, matched at the number word:
# "knows a thing or two", "the lesser of two evils", "my two cents' worth", "a three-and-out".
ONE_TERM_AFTER = re.compile(r"(?i)-(?:sided|off|time|on-one|liners?|up(?:s|ped|ping|manship)?)\b")
THING_OR_BEFORE = re.compile(r"(?i)\b(?:a[ \t]+thing[ \t]+or|(?:lesser|least)[ \t]+of)[ \t]+$")
POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:my|his|her|our|their|your)[ \t]+$")
TWO_CENTS_AFTER = re.compile(r"[ \t]+cents['’]?(?:[ \t]+worth)?(?:$|[^\w$£€])")
AND_OUT_AFTER = re.compile(r"(?i)[ \t-]+and[ \t-]+outs?\b")
# A local number's last four digits, and a word for calling in the sentence before it: "call Sgt. La Croix
# at 745-4811", "the hotline, 555-0199".
LINE_NUMBER_AFTER = re.compile(r"-\d{4}(?![\d,.]\d|-\d|[ \t]+[a-z])")
CALL_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(CALL_WORDS))}|phone|telephone|hotline|tip[ \t]?line|contact)\b"
)
# An ordinal word ("twelfth" in "one-twelfth"), matched case-insensitively.
# An ordinal word that ends a spelled-out number: "two hundredth", "three hundred and fiftieth", "a hundred
# and first", "two thousand fifty-first" (not "a hundred first-time buyers", "one hundredth of a second").
ORDINAL_TAIL_VALUES: dict[str, int] = {
    **{word: value for word, value in ORDINALS.items() if value < 20},
    **dict(
        zip(
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
            range(13, 20),
            strict=True,
        )
    ),
    **{tens[:-1] + "ieth": value for tens, value in TENS.items()},
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
    "billionth": 1_000_000_000,
}
ORDINAL_TAIL_AFTER = re.compile(
    rf"(?i:(?P<sep>[ -]+and[ ]+|[ -])(?:(?P<tens>{'|'.join(TENS)})-)?"
    rf"(?P<ord>{'|'.join(sorted(ORDINAL_TAIL_VALUES, key=len, reverse=True))}))\b(?![-\u2019']|[ \t]+of\b)"
)
# After "nineteen" (or "eighteen"), the decade said in words: "the nineteen-sixties".
DECADE_WORD_AFTER = re.compile(
    r"[ -](?i:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"
)
# After "nineteen" (or "eighteen"), the rest of a year said in words: "nineteen sixty-one", "nineteen fifty".
YEAR_WORDS_AFTER = re.compile(
    r" (?:(?i:uh|um|er) (?:[-–—]+ )?)?"  # (a transcript's pause: "in nineteen uh - forty-four")
    r"(?i:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](one|two|three|four|five|six|seven|eight|nine))?)"
    r"\b(?![- ]?(?i:hundred|thousand|million|billion|percent|per cent))"
)
# A single quotation mark that closes (no letter after it, so not the apostrophe of "men's").
CLOSING_QUOTE = re.compile("['\u2019](?![A-Za-z])")
ORDINAL_WORD_AFTER = re.compile(rf"(?i:{'|'.join(sorted(ORDINALS, key=len, reverse=True))})\b")
# "one" as the generic pronoun before a modal: "one could argue", "one has to be realistic".
ONE_PRONOUN_AFTER = re.compile(
    r"[ \t]+(?:can|could|must|should|would|might|may|shall|cannot|can't|couldn't|wouldn't|shouldn't"
    r"|has[ \t]+to|needs[ \t]+to|who(?:'s|’s)?"  # ("one who drinks", "been one who's loved")
    r"|(?:in|on|at|for|by|with|from|through|under)[ \t]+which"  # ("a society is one in which")
    # a pronoun after "one": "one of them", "one of whom"; a relative clause's subject, "the one he had aided"
    r"|of[ \t]+(?:them|whom|us|you|those[ \t]+(?:who|which|that))|(?:he|she|they|we|I|you)[ \t]+(?=[a-z])"
    # a place after "one" ("including one outside the police headquarters", "one close to the school")
    r"|(?:outside|inside|behind|beside|close[ \t]+to|next[ \t]+to|near)"
    r"[ \t]+(?:the|a|an|his|her|its|their))\b"
)
# After "one", an idiom, no count: "one way or another", "at one time or another", "one way or the other",
# "one by one", "one after another", "one after the other".
# After a share in words, the whole of something it belongs to: "a fifth of its value", "two-thirds of their"
SHARE_OF_ITS = re.compile(r"(?i)[ \t]+of[ \t]+(?:its|their|his|her|our)\b")
# After a count, the whole it is part of: "lost six of their last eight Tests" (results, not a fall)
OF_THEIR_AFTER = re.compile(
    r"(?i)[ \t]+of[ \t]+(?:their|its|his|her|our|the)[ \t]+(?:(?:last|first|past|previous)[ \t]+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b"
)
ONE_IDIOM_AFTER = re.compile(
    r"(?i)(?:[ \t]+[a-z]+)?[ \t]+or[ \t]+(?:another|the[ \t]+other)\b|[ \t]+by[ \t]+one\b"
    r"|[ \t]+after[ \t]+(?:another|the[ \t]+other)\b|[ \t]+from[ \t]+(?:another|the[ \t]+other)\b"
    r"|[ \t]+[a-z]+[ \t]+among[ \t]+(?:several|many|others|other[ \t]+[a-z]+|a[ \t]+(?:number|host|range))\b"
)  # ("they vary one from another"; "one option among several": one of several, no count)
# After "one" and a singular noun, the verb of a speaker, maybe after a name in apposition ("One survivor,
# Musa Abdullahi, 62, said", "one resident told Reuters"): "one" is a determiner there, no count.
ONE_SPEAKER_AFTER = re.compile(
    r"(?:,[ \t]+[^,;.()]{1,40},(?:[ \t]+\d{1,3},)?)?[ \t]+"
    r"(?:said|says|told|tells|recalled|recalls|added|explained|described|wrote|recounted|remembered)\b"
)
# A change told by a noun after the figure, the phrase's article before it: "a 20 per cent increase", "a 5%
# pay rise", "a 4.6% rail fare hike", "a further 0.5% cut" (``NOUN_TOLD_BEFORE``); not "a 5% stake and cut",
# nor a level named by the noun and another ("a 2% growth target", "a 3% rise rate").
CHANGE_NOUNS_UP: Final = frozenset(
    """rise increase jump hike gain surge climb leap boost rally lift uptick spike rebound growth
    upswing raise""".split()
)
CHANGE_NOUNS_DOWN: Final = frozenset(
    """drop fall decline cut slump reduction decrease slide plunge dip contraction downturn retreat
    tumble""".split()
)
_CHANGE_NOUN = "|".join(sorted(CHANGE_NOUNS_UP | CHANGE_NOUNS_DOWN, key=len, reverse=True))
CHANGE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:(?!(?:and|or|but|to|in|of|the|a|an|that|which|as|with|for|on|at|by|from|is|was|were|are|be"
    r"|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall)\b)"
    rf"[a-z]+(?:-[a-z]+)*[ \t]+){{0,2}}?(?P<noun>{_CHANGE_NOUN})s?\b"
    r"(?![ \t-]*(?:target|rate|forecast|limit|cap|threshold|projection|estimate|goal|ceiling|scenario|path"
    r"|trend|band|range|plan|assumption|guidance|outlook)s?\b)"
)
NOUN_TOLD_BEFORE = re.compile(r"(?i)\b(?:a|an|another|the)[ \t]+(?:[a-z]+(?:-[a-z]+)*[ \t]+)?$")
# The same change told by a noun before "of": "a drop of 17 per cent", "an increase of 8%"
CHANGE_NOUN_OF_BEFORE = re.compile(
    rf"(?i)\b(?:a|an|another)[ \t]+(?:[a-z]+(?:-[a-z]+)*[ \t]+)?(?:{_CHANGE_NOUN})[ \t]+of[ \t]+$"
)
# The other end of a span of time after "over" and a number: "over three to four years" (when, no bound)
SPAN_OF_TIME_AFTER = re.compile(
    r"[ \t]*(?:to|-|–)[ \t]*[\w.]+[ \t]+(?:years?|months?|weeks?|days?|hours?|decades?|minutes?)\b"
)
# Words after a figure that qualify it: a bound joined by "or"/"and" ("14 days or more", "aged 65 and over",
# "five or fewer"), or a difference after a share or an amount ("23pc less than", "10 million more
# Americans", "14% above normal", "closed 3.2% higher", "a 14 per cent lower risk", "3.2 percent cheaper":
# the blind sets' writers mark all 13 unhedged such figures a change; not "more than" a second figure: "5%
# or more than 10", nor a likelihood compared: "85% more likely").
QUALIFIER_AFTER = re.compile(
    r"[ \t]+(?:(?P<join>or|and)[ \t]+"
    r"(?P<w>more|over|above|older|higher|longer|greater|less|fewer|under|below|younger|lower|shorter)\b"
    r"|(?P<w2>more|less|fewer|above|below|higher|lower|cheaper|dearer|larger|smaller|bigger)\b"
    r"(?![ \t]+likely\b))(?![ \t]+than[ \t]+(?:\$|\d))(?!-)"
    rf"(?![ \t]+(?:[\d$£€¥₹]|(?:a|an|half|{_CARD_WORD}|{_SCALE_ALT}|dozens|hundreds|thousands|millions)\b))"
)
MORE_BEFORE_NOUN = re.compile(rf"(?:[ \t-]+(?i:{_SCALE_ALT}))+[ \t]+(?P<w>more|fewer)[ \t]")
AGO_AFTER = re.compile(
    r"[ \t]+(?:ago|earlier|before(?![ \t]+(?:being|[a-z]+ing)\b)|later|old)\b"
)  # (not "over 10 days before being put to sleep": a clause after "before", no time before)
AFTER_AT_LEAST = frozenset("more over above older higher longer greater".split())
ZIP_AFTER = re.compile(r"[ \t]+(?:ZIP|zip|Zip)\b")
# After an amount of money, the period it is paid in: "a $50,000 daily fine", "earns $80,000 annually".
PERIOD_ADJECTIVE_AFTER = re.compile(
    r"[ \t]+(?P<p>daily|weekly|monthly|yearly|annual|annually|hourly)\b(?![-'’])"
)
PERIOD_ADJECTIVES = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "hourly": "hour",
}
WORD_AFTER = re.compile(r"['’\"”]?[ \t]+([A-Za-z]+)")  # (after a closing quote too: "'8 Mile' will")
# A price for each of a thing, after "a" ("$25 a vial", "$4 a pack, or"): the thing, then a stop or a clause.
PRICE_EACH_AFTER = re.compile(
    r"[ \t]+an?[ \t]+([a-z]{3,})\b(?=[ \t]*(?:[.,;:!?)]|$|[ \t]+(?:to|in|for|from|at|on|by|with|and|or|but"
    r"|if|when|while|because|than|as|until|since|this|last|next)\b))"  # ("Rs 700 a quintal this week")
)
TO_THE_FUEL_AFTER = re.compile(r" to the (gallon|litre|liter)\b")  # "30 miles to the gallon"
# Between two hours, the first of them bare, the second a clock time: "10 or 11 PM", "between 9 and 11am".
HOURS_GAP = re.compile(r"[ \t]+(?:or|and|to)[ \t]+|[ \t]*[-\u2013][ \t]*")
SECTION_RANGE_AFTER = re.compile(r"[-\u2013]\d+")  # the last section of "§§ 2201-2207"
# A date written month-day-year with dashes ("07-26-2012"), read first as a range of 7 to 26.
DASHED_DATE = re.compile(r"(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])-(?P<year>(?:19|20)\d\d)\b")
AREA_CODE_AFTER = re.compile(r" area code(?!s)\b")  # "the 317 area code" (but "317 area codes" counts them)
BLOCK_OF_AFTER = re.compile(r" block of\b")  # "the 2400 block of Main Street": an address
FROM_BEFORE = re.compile(r"(?i)\bfrom\s*$")
BY_BEFORE = re.compile(r"\bby\s+$")
# Plural nouns a length in metres is said of ("two 50m pools", "the 400m hurdles"): "m" before them stays
# the metre.
METRE_NOUNS = frozenset(
    "pools races sprints events hurdles heats finals swims dashes lanes laps relays waves drops falls jumps "
    "throws walls tracks runs freestyles yachts boats".split()
)
BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s*$")
RANGE_GAP = re.compile(
    r"[ \t]*(?:(?P<dash>[-–—])|(?:-[ \t]*(?=(?:to|through|until)[ \t-]))?(?:(?:up|down)[ \t]+(?=to\b))?"
    r"(?P<to>to|through|until)(?:[ \t]*-)?"  # ("from 1 percent up to 4 percent")
    r"|(?P<and>and)|(?P<or>or(?:[ \t]+(?:perhaps|maybe|possibly|even))?))[ \t]*"  # ("two or perhaps three")
)
NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w’'.-]*,[ \t]*$")
# A person named by kin or as a child, then ages in commas: "her daughter, 11,", "his two half-brothers, 17
# and 22,"; the second age after the first and "and".
PERSON_COMMA_BEFORE = re.compile(
    r"(?i)\b(?:(?:half-|step|grand)?(?:daughter|son|brother|sister|child|mother|father)s?|children|wife|wives"
    r"|husband|nephew|niece|cousin|twin|boy|girl|teenager|teen"
    # and a person named by a role ("The senator, 71, said", "the Ethiopian runner, 24, broke")
    r"|man|woman|men|women|senator|runner|driver|victim|suspect|owner|pensioner|widow|widower|grandmother"
    r"|grandfather|mum|dad|mayor|judge|actor|actress|singer|rapper|striker|midfielder|defender|goalkeeper"
    r"|jockey|cyclist|swimmer|athlete|batsman|batter|bowler|pitcher|climber|survivor|veteran|lawmaker)s?,"
    r"[ \t]*(?:\d{1,3}[ \t]+and[ \t]+)?$"
)
AND_AGE_AFTER = re.compile(r"[ \t]+and[ \t]+\d{1,3},")
# "aged 24 and 31", "aged 19, 22 and 41": the other ages of a list after "aged"
AGED_AND_BEFORE = re.compile(
    r"(?i)\baged[ \t]+\d{1,3}(?:,[ \t]*\d{1,3})*(?:,?[ \t]+(?:and|or)[ \t]+|,[ \t]*)$"
)
YEAR_CONTEXT_BEFORE = re.compile(
    r"(?i)\b(?:in|by|since|until|till|from|of|between|before|after|during|year|and|to)\s+$"
)
# Before a scale word, a vague multiple: "several hundred", "a few dozen", "multi-million dollar salaries".
VAGUE_SCALE_BEFORE = re.compile(r"(?i)(?:\b(?:several|few|many|some)\s+|\bmulti-?)$")
# A capitalised word or two after a blank, not a sentence's end ("2m Windows users", "3m UK households").
CAPITALISED_WORD_AFTER = re.compile(r" [A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?(?= [a-z])")
# After a bare count whose noun is left out as said before: "20 wounded", "dozens more injured", "170,000 of
# them", "3,000 have been wounded", "about 4,000 fewer than last year". A state ("the state" group) with no
# count before it counts people ("30 dead and 55 wounded").
ELIDED_NOUN_AFTER = re.compile(
    r"[ \t]+(?:more[ \t]+)?(?:(?:have[ \t]+been|had[ \t]+been|were|are)[ \t]+)?"
    r"(?:(?:reported|feared|confirmed|believed|presumed)[ \t]+)?"
    r"(?P<state>wounded|injured|dead|killed|hurt|missing|displaced|arrested|evacuated|rescued"
    r"|hospitali[sz]ed|died|perished|drowned)\b"
    r"|[ \t]+of[ \t]+(?:them|whom|which|those)\b"
    r"|[ \t]+(?:more|fewer|less)[ \t]+than\b"
)
# "and"/"or" and a plural noun (maybe after a modifier) that a count shares: "40 films and TV shows,",
# "300 homes and businesses in …"; not "sites and recommends that" (a verb) or "men and women who".
COORDINATED_NOUN_AFTER = re.compile(
    r" (?P<and>and|or)[ \t]+(?P<noun>(?:other[ \t]+)?[A-Za-z]+(?:[ \t]+[A-Za-z]+)?)"
    r"(?=[ \t]*(?:[,.;:)!?]|$)"
    r"|[ \t]+(?:in|of|from|at|on|across|around(?![ \t]+\d)|for|with|including|since|were|are|have|had)\b)"
)
# Before a count of children ("a mother of 12", "father of two": the "parent" group) or of people ("a family
# of four").
PARENT_OF_BEFORE = re.compile(
    r"\b(?:(?P<parent>[Mm]other|[Ff]ather|[Pp]arent|[Mm]om|[Mm]um|[Dd]ad)s?|[Ff]amil(?:y|ies))[ \t]+of[ \t]+$"
)
# A verb of harm before a count whose noun is left out: "injuring dozens", "killing at least 20".
HARMED_BEFORE = re.compile(
    r"\b(?:kill|injur|wound|hurt|evacuat|rescu|displac|strand|trap)[a-z]*[ \t]+"
    r"(?:(?:at[ \t]+least|more[ \t]+than|about|some|nearly|almost|around|over|up[ \t]+to)[ \t]+)?$"
)
# "one" as a pronoun after an adjective: "a short one,", "the first one on …", "a successful one."
ONE_AFTER_ADJECTIVE_BEFORE = re.compile(
    r"(?i)\b(?:an?|the)[ \t]+(?:(?:very|quite|rather|so|too|[a-z]+ly)[ \t]+)?[a-z]+[ \t]+$"
)  # "a short one,", "a very powerful one,"
# Before "one" as a pronoun after an ordinal: "the 2nd one he returned", "his first one".
ORDINAL_BEFORE_ONE = re.compile(
    r"(?i)\b(?:the|a|his|her|its|their|our|my|your)[ \t]+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|last|next)[ \t]+$"
)
ONE_PRONOUN_END = re.compile(
    r"[ \t]*(?:[,.;:!?)\"'”’]|$)|[ \t]+(?:on|in|of|at|for|to|with|from|that|which|who|is|was)\b"
)
# After the feet mark of a length in feet and inches, the inches and their mark: the 11" of 5'11" (or primes).
INCHES_MARKED_AFTER = re.compile(r"(?:1[01]|\d)(?:\.\d+)?(?:[″\"”]|''|′′)")
# Before the inches of a height: "a 6-foot-7 lineman", "5 foot 10".
FEET_BEFORE = re.compile(r"(?<![\d.,])[4-8][ \t-](?:foot|feet|ft)[ \t-]$")
# "a mile and a half", "an hour and a half": before "half", one of a unit.
UNIT_AND_A_HALF_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)[ \t]+(?P<u>[A-Za-z]+)[ \t]+and[ \t]+a[ \t]+$")
# "a couple of hundred", "a couple thousand": twice the scale, roughly.
COUPLE_BEFORE = re.compile(r"(?i)\ba[ \t]+couple(?:[ \t]+of)?[ \t]+$")
# A bound or a hedge glued after the number, before its unit or noun: "20-plus years", "20+ years",
# "50-odd villages", "40-ish people".
SUFFIX_QUALIFIER_AFTER = re.compile(r"(?i)(?:-(plus|odd|ish|some)|(\+))(?![\w+])")
OF_A_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?an?(?:[ \t]+(?:US|U\.S\.|UK|imperial))?(?=[ \t])")
ONE_OF_THE_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?:the|our|their|its|his|her|my|your|these|those|many|several|numerous"
    r"|(?:only[ \t]+)?a[ \t]+(?:few|handful[ \t]+of)"  # "one of only a few Democrats"
    r"|(?:[A-Z][\w.&-]*[ \t]+){0,3}[A-Z][\w.&-]*(?:'s|’s))"  # "four of Donald Trump's children"
    r"(?:[ \t]+most)?(?=[ \t])"
)
HYPHEN_NOUN_AFTER = re.compile(r"-([A-Za-z]{3,})\b(?!-)")
# A type named by a number, not a count: a home's by its rooms ("a 5-room unit", "a three-room HDB flat", as
# Singapore's flats are sold; bedrooms are counted: "a two-bedroom flat", as the labellers count them) or a
# vehicle's by its wheels ("an 18-wheeler", "two-wheelers")
TYPE_AFTER = re.compile(
    r"-(?:room|roomed)(?=[ \t]+(?:[A-Z]{2,}[ \t]+)?"
    r"(?:flat|unit|apartment|house|home|condo|villa|bungalow|property|dwelling|terrace)s?\b)"
    r"|-wheelers?\b",
    re.IGNORECASE,
)
ELLIPSIS_AFTER = re.compile(r"-[ \t]*(?:,|(?:and|or|to)\b)")
# (no comma inside, which opens another clause: "down from Dh2.88, while diesel eases to Dh2.95" is no range)
FROM_TO_GAP = re.compile(r"[^,;!?\n]{0,40}?(?:,[ \t]*|[ \t])to[ \t]*")
# "one in every 500 users", "one of every two dogs"
OUT_OF_GAP = re.compile(
    r"(?:[ \t]+(?:out[ \t]+of(?:[ \t]+(?:our|their|its|his|her|my|your))?|in|of(?=[ \t]+every\b))"
    r"(?:[ \t]+every)?[ \t]+|-in-)"
)  # ("nine out of our 10 active duty divisions", "a one-in-three chance")
# After "one", a share's denominator: "that one in every 500 users" is a share, not "that one".
ONE_IN_AFTER = re.compile(
    "(?i)"
    + OUT_OF_GAP.pattern
    + r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a[ \t]+hundred|a[ \t]+thousand)\b)"
)
MIXED_FRACTION_AFTER = re.compile(r"[ \t]+([1-9])[/⁄](2|3|4|8|16|32|64)\b(?![/⁄]\d)")
# Words after a number that are not the thing counted ("1,000-strong", "five-fold").
HYPHEN_NOT_NOUN = frozenset("strong odd plus long wide high deep tall fold old".split())
# Words before a number that give it a unit ("magnitude 6.1", "aged 25").
UNIT_BEFORE = {
    "magnitude": ("magnitude", QuantityKind.MEASURE),
    "aged": ("year of age", QuantityKind.AGE),
}
# After an age with no unit, its bound: "patients 76 and older", "children 12 or younger".
AGE_BOUND_AFTER = re.compile(
    r"[ \t]+(?:and|or)[ \t]+(?:older|younger|(?P<side>under|over)(?![ \t]+(?:the|a|an)\b))\b"
)
# Before a number, an age set or changed to it: "lowering the drinking age to 18", "the legal drinking age
# has been raised to 23", "the voting age from 21".
AGE_LEVEL_BEFORE = re.compile(
    r"\b[Aa]ge(?:[ \t]+(?:has|have|had|was|is|will|would|could|should|be|been|being|raised|lowered|increased"
    r"|reduced|cut|lifted|rise|rises|rose|fall|falls|fell|go|goes|went|set|changed|up|down|back))*"
    r"[ \t]+(?:to|from)[ \t]+$"
)
# After the first number of "aged from one to 12 years": the span ends in years, written.
YEARS_RANGE_AFTER = re.compile(r"[ \t]+(?:to|and)[ \t]+[\w.,-]+[ \t]+years?\b")
# After "aged" and a number, a span in months, weeks or days: "children aged 6-59 months", "aged 5 to 18
# months" (the ages are the span's, in its unit, not years)
MONTHS_RANGE_AFTER = re.compile(r"(?:[ \t]+(?:to|and)[ \t]+|[-–])\d{1,3}[ \t-]+(?:months?|weeks?|days?)\b")
UNIT_BEFORE_SUFFIXES = (
    *(f"{w}{gap}" for w in (*UNIT_BEFORE, *(w.capitalize() for w in UNIT_BEFORE)) for gap in " -"),
    *(f"{aged} {word} " for aged in ("aged", "Aged") for word in ("from", "between")),
    *(f"{age}{gap}" for age in ("age", "Age", "age of", "Age of") for gap in " -"),
)  # "magnitude 6.1", "magnitude-6.1", "aged from one to 12", "at age 63", "the age of 66"
# URLs and e-mail addresses: numbers inside them are identifiers, never figures.
# (a bare domain counts when a path follows it: "17gamo.com/1.js"; "U.S./Mexico" has no two-letter ending)
URL = re.compile(
    r"(?P<url>(?:[A-Za-z][A-Za-z+.-]{0,15}://|www\.)\S+|[\w.+-]{1,64}@[\w-]+\.[\w.-]+"
    r"|[A-Za-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,4}\.[A-Za-z]{2,6}/\S*)"
)
_MONTH_WORDS = (
    "January February March April May June July August September October November December "
    "Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jul Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec."
).split()
_MONTH_WORDS += [w.upper() for w in _MONTH_WORDS]
MONTH_WORDS = frozenset(_MONTH_WORDS)
ONE_RELATIVE_AFTER = re.compile(r"[ \t]+(?:that|where|which|whose)\b")
# Before a decade of age, the part of it: "in his early 30s", "in your mid-40's".
AGE_DECADE_BEFORE = re.compile(
    r"(?i)\b(?:his|her|their|your|my|our)[ \t]+(?P<part>early|mid|late)(?:-|[ \t]+)$"
)
PREV_SPECIAL_WORDS = frozenset(
    [
        *_MONTH_WORDS,
        *"US HK NZ ISBN ISBN: ISBN-10 ISBN-13 minus Minus ISBN-10: ISBN-13:".split(),
        # currencies written apart from the amount ("Rp 71 trillion", "US$ 2.9 billion", "$ 5", "USD 40"); not
        # the one-letter signs, read only glued to a grouped or scaled amount ("N5.2bn", "R15 million")
        *(code.rstrip() for code in CURRENCY_PREFIX if len(code.rstrip()) > 1 or not code.isalpha()),
    ]
)
# The plain-number branch of MASTER on its own (same group names), for the fast path in _digit_match.
PLAIN_NUM = re.compile(rf"(?P<num>(?P<sign>(?!))?(?<![\w.,])(?P<dig>{_DIG}))(?![\d,.]*\d)")
# ``PLAIN_NUM`` without its look-behind: the digits after a comma that ends another figure ("6-foot-8,225")
NUMBER_AFTER_COMMA = re.compile(rf"(?P<num>(?P<sign>(?!))?(?P<dig>{_DIG}))(?![\d,.]*\d)")
