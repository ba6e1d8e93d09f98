"""Which language a text is in, and the rules the extractor needs for each language it reads.

English has its own, older rules (``quantities``, ``categories``, ``sentences``). Every other language
the extractor reads is declared once, in ``LANGUAGES``: how its numbers are written (decimal comma,
dot or space thousands), its scale, percent, currency and unit words, qualifiers, number words, month
names, abbreviations and category keywords. Nothing language-specific is written elsewhere: the
localised figure reader (``quantities.find_localised_quantities``), the sentence splitter and the
category rules read these tables.

A language outside ``SUPPORTED`` is still detected (so the output can say which it is), but yields no
figures: reading Russian or Arabic numbers with another language's rules would give wrong values, and a
missing figure is better than a wrong one.

Detection uses py3langid (a naive Bayes model on byte n-grams), restricted to ``CANDIDATES`` and with a
confidence floor; a text too short to tell, or one the model is unsure of, gets the caller's default.
py3langid needs numpy, which the extractor otherwise does without; a cheap function-word screen therefore
settles plainly English text first (most of what the desk reads), so English extraction neither loads
the model nor pays for it.
"""

# ruff: noqa: RUF001  (typographic quotes and spaces are matched on purpose)
from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final

from factcheck.extraction.types import Category, Qualifier, QuantityKind

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = [
    "CANDIDATES",
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "SUPPORTED",
    "SYMBOLS_BEFORE",
    "Language",
    "detect_language",
    "is_supported",
    "normalise_code",
]

DEFAULT_LANGUAGE: Final = "en"


def _words(listing: str) -> tuple[str, ...]:
    """Items of a ``|``-separated listing, stripped, lower case."""
    return tuple(item.strip().lower() for item in listing.split("|") if item.strip())


def _table(value: object, listing: str) -> dict[str, object]:
    return dict.fromkeys(_words(listing), value)


@dataclass(frozen=True, slots=True)
class Language:
    """How figures, sentences and categories are written in one language. Words are lower case.

    ``scales``: words after a number that multiply it ("Millionen", "mil millones", "Mio.").
    ``units``: words after a number naming what it measures, as (normalised English unit, kind): the same
    unit names the English rules give ("percent", "euro", "kilometre", "year"), so figures compare across
    languages. ``currency_before``: symbols and codes written before the number ("€ 5", "US$ 3").
    ``qualifiers``: phrases right before a number ("mehr als", "au moins"); a noun of change ("ein Plus
    von") sets the qualifier but stays outside the surface, and a phrase mapped to ``EXACT`` is no qualifier
    ("unter den 40 Toten": among). ``after``: phrases right after a figure ("zwei Punkte mehr", "100
    millions d'euros au moins"), ``than`` the words that may follow them. ``number_words``: spelled-out
    numbers; ``vague``: plurals like "Tausende" read as a range. ``between``: the words of "between X and
    Y"; ``range_words``: words joining a range ("20 bis 30"). ``counted_skip``: words between a number and
    the noun it counts that are not that noun (articles, prepositions). ``categories``: word starts that
    put a figure's noun or a sentence in a category.
    """

    code: str
    name: str
    decimal: str = ","
    # thousands separators (a plain space only between digit groups; the apostrophe Swiss: "12'500")
    group: str = ".\u00a0\u202f\u2009 '\u2019"
    scales: Mapping[str, float] = field(default_factory=dict)
    units: Mapping[str, tuple[str, QuantityKind]] = field(default_factory=dict)
    currency_before: Mapping[str, str] = field(default_factory=dict)
    qualifiers: Mapping[str, Qualifier] = field(default_factory=dict)
    number_words: Mapping[str, float] = field(default_factory=dict)
    vague: Mapping[str, float] = field(default_factory=dict)  # the low end; the high end is ten times it
    between: tuple[str, str] = ("", "")
    range_words: tuple[str, ...] = ()
    # "or" between two numbers, a range as English "two or three weeks" is ("dos o tres semanas")
    or_words: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()
    counted_skip: frozenset[str] = frozenset()
    age_before: tuple[str, ...] = ()  # phrases before a number of years that make it an age
    # word starts of people before "de"/"di" and an age ("un hombre de 45 años", "una donna di 29 anni")
    age_nouns: tuple[str, ...] = ()
    age_suffix: str = ""  # a suffix glued to the years that makes them an age ("38enne"), as a regex
    # "jeder Dritte", "jede vierte Familie": "each" and an ordinal, a share (1/3, 1/4)
    each_words: tuple[str, ...] = ()
    share_ordinals: Mapping[str, float] = field(default_factory=dict)
    # a multiple, the factor its figure: a noun after an article of ``counted_skip`` ("el doble", "das
    # Doppelte", "più del doppio"), or a phrase with "so" ("doppelt so viele", "dreimal so hoch")
    multiples: Mapping[str, float] = field(default_factory=dict)
    multiple_verbs: Mapping[str, float] = field(default_factory=dict)  # "verdoppelt", "se duplicó": alone
    # verbs of going from one level to another: "de X à Y" after them is two levels, not a range
    passing_verbs: frozenset[str] = frozenset()
    # the word for a thousand written between digit groups, as the Mexican press does ("48 mil 340 millones":
    # 48,340 million; "mil 243 homicidios": 1,243)
    thousand_word: str = ""
    # "half" before a scale or a duration ("eine halbe Milliarde", "medio millón", "une demi-heure"): 0.5
    half_words: frozenset[str] = frozenset()
    # a suffix glued to a number word that makes it an age ("neunjährige", "Vierundzwanzigjähriger"), a regex
    age_word_suffix: str = ""
    abbreviations: frozenset[str] = frozenset()
    clock_before: tuple[
        str, ...
    ] = ()  # "um", "a las", "alle": a number with a dot or colon after it is a time
    clock_after: tuple[str, ...] = ()  # "Uhr", "horas", "heures" after "15.30" make it a time
    clock_bare: tuple[str, ...] = ()  # "Uhr" after a bare hour ("18 Uhr"); "24 heures" is a duration
    # days and parts of a day that may follow a whole hour ("alle 23 di martedì", "a las 3 de la madrugada")
    day_words: tuple[str, ...] = ()
    day_dot_ordinal: bool = False  # "am 3. Oktober", "der 2. Weltkrieg": a number and a dot is an ordinal
    categories: Mapping[Category, tuple[str, ...]] = field(default_factory=dict)
    people: str = ""  # word starts of nouns for people ("|"-separated): their verbs decide their category
    of_words: tuple[str, ...] = ()  # "de" in "millones de euros": between a scale word and the unit
    one_words: frozenset[str] = frozenset()  # "eine" in "eine Million": one, before a scale word only
    fractions: Mapping[str, float] = field(default_factory=dict)  # "zwei Drittel", "la mitad"
    # Nouns of a round number, approximate: "une vingtaine de", "un centenar de"; after a number word they
    # multiply it ("duas dezenas de deputados": 20)
    approx_nouns: Mapping[str, float] = field(default_factory=dict)
    partitive: frozenset[str] = frozenset()  # "drei von ihnen": a number word may stand alone before these
    participles: tuple[str, ...] = ()  # singular past participles: a number word before one is a verb
    others: frozenset[str] = frozenset()  # "weitere 15", "altre tre": a number word after these stands alone
    # A change, not a level: word starts of verbs and nouns of rising and falling ("perso$": that whole word
    # only, not "persone"), and the words between them and the figure ("stieg um 3 Prozent", "aumentó un
    # 4 %"). German puts the participle after the figure.
    increase: tuple[str, ...] = ()
    decrease: tuple[str, ...] = ()
    change_by: frozenset[str] = frozenset()
    # the word of ``change_by`` that makes a count the amount of a change ("bajó en 16.300 personas", "um
    # 14.000 Personen gestiegen"): the count keeps its change ("ganaron 20 escaños" is a count, not a rise)
    count_change_by: str = ""
    # Phrases right after a figure, its unit or counted noun and perhaps one complement ("del PIB"): a change
    # ("3,8 Prozent mehr", "un 6,1 % más", "il 60% in meno"), a bound ("sechs Minuten oder mehr", "100
    # millions d'euros au moins") or an approximation ("20 euro circa"); one mapped to EXACT is none of
    # these ("de plus en plus"). Read only where the phrase ends the clause or a function word or a
    # ``than`` word follows it ("las 10 empresas más grandes": a superlative), and not where it starts
    # the next figure's qualifier ("612 migrantes más de 41.000 personas").
    after: Mapping[str, Qualifier] = field(default_factory=dict)
    than: frozenset[str] = frozenset()  # "als", "que", "rispetto": the second term of a comparison
    # A change word after a percentage may stand before the noun it compares, which the language writes
    # with a capital ("8 Prozent mehr Lohn", "2,4 Prozent weniger produziert als"): German only, since
    # elsewhere the words after are a superlative ("el 10 % más rico")
    change_before_noun: bool = False
    # German: a capital tells no name from a noun ("nach Dutzenden Verschütteten")
    capitalises_nouns: bool = False
    function_words: frozenset[str] = frozenset()  # for the detection screen
    short_words: frozenset[str] = frozenset()  # more function words, shared with English ("a", "no")


_P = QuantityKind.PERCENT
_M = QuantityKind.MEASURE
_C = QuantityKind.MONEY
_D = QuantityKind.DURATION
_Q = Qualifier

_SYMBOL_UNITS: Final[dict[str, tuple[str, QuantityKind]]] = {
    "%": ("percent", _P),
    "€": ("euro", _C),
    "eur": ("euro", _C),
    "usd": ("dollar", _C),
    "chf": ("franc", _C),
    "$": ("dollar", _C),
    "£": ("pound sterling", _C),
    "km²": ("square kilometre", _M),
    "km2": ("square kilometre", _M),
    "km": ("kilometre", _M),
    "m²": ("square metre", _M),
    "ha": ("hectare", _M),
    "kg": ("kilogram", _M),
    "mm": ("millimetre", _M),
    "cm": ("centimetre", _M),
    "m": ("metre", _M),
    "°c": ("degree celsius", _M),
    "km/h": ("kilometre per hour", _M),
}

SYMBOLS_BEFORE: Final = {
    "€": "euro",
    "$": "dollar",
    "us$": "dollar",
    "£": "pound sterling",
    "r$": "real",
    "rd$": "dominican peso",  # ("RD$20", "RD$14,500 millones")
    # ISO codes written after the amount are written before it too, in Swiss and financial copy ("CHF 45
    # millions", "EUR 3,2 Mrd.")
    **{code: _SYMBOL_UNITS[code][0] for code in ("chf", "eur", "usd")},
}


def _units(**groups: str) -> dict[str, tuple[str, QuantityKind]]:
    """Unit words by normalised unit: ``_units(percent="Prozent|vH")``; the kind comes from ``_KINDS``."""
    out: dict[str, tuple[str, QuantityKind]] = dict(_SYMBOL_UNITS)
    for key, listing in groups.items():
        unit = key.replace("_", " ")
        for word in _words(listing):
            out[word] = (unit, _KINDS.get(unit, _M))
    return out


_KINDS: Final = {
    "percent": _P,
    "percentage point": _P,
    "euro": _C,
    "dollar": _C,
    "pound sterling": _C,
    "real": _C,
    "cent": _C,
    "peso": _C,
    "franc": _C,
    "dirham": _C,
    "yen": _C,
    "rouble": _C,
    "year": _D,
    "month": _D,
    "week": _D,
    "day": _D,
    "hour": _D,
    "minute": _D,
    "times": QuantityKind.CARDINAL,  # a multiple ("trois fois plus", "zweieinhalb Mal so hoch")
}

# The qualifier phrases of all five languages are written as "phrase|phrase" per qualifier.
_MORE, _LEAST, _LESS, _MOST, _ABOUT = (
    _Q.MORE_THAN,
    _Q.AT_LEAST,
    _Q.LESS_THAN,
    _Q.AT_MOST,
    _Q.APPROXIMATE,
)


def _qualifiers(
    more: str = "",
    least: str = "",
    less: str = "",
    most: str = "",
    about: str = "",
    increase: str = "",
    decrease: str = "",
    none: str = "",
) -> dict[str, Qualifier]:
    out: dict[str, Qualifier] = {}
    for qualifier, listing in (
        (_MORE, more),
        (_LEAST, least),
        (_LESS, less),
        (_MOST, most),
        (_ABOUT, about),
        (_Q.INCREASE, increase),
        (_Q.DECREASE, decrease),
        (_Q.EXACT, none),
    ):
        for phrase in _words(listing):
            out[phrase] = qualifier
    return out


def _numbers(listing: str) -> dict[str, float]:
    """``"zwei=2|drei=3"`` as a table."""
    out: dict[str, float] = {}
    for item in _words(listing):
        word, _, value = item.partition("=")
        out[word.strip()] = float(value)
    return out


def _german_compounds() -> dict[str, float]:
    """The numbers German writes as one word: "dreiundzwanzig" (23), "viereinhalb" (4.5)."""
    units = _numbers("ein=1|zwei=2|drei=3|vier=4|fünf=5|sechs=6|sieben=7|acht=8|neun=9")
    tens = _numbers("zwanzig=20|dreißig=30|vierzig=40|fünfzig=50|sechzig=60|siebzig=70|achtzig=80|neunzig=90")
    out = {f"{unit}und{ten}": tens[ten] + units[unit] for unit in units for ten in tens}
    halves = {**units, **_numbers("zehn=10|elf=11|zwölf=12")}
    out.update({f"{word}einhalb": value + 0.5 for word, value in halves.items()})
    out["anderthalb"] = 1.5
    return out


def _italian_compounds(listing: str) -> dict[str, float]:
    """``listing``'s numbers and those Italian writes as one word from them: "ventitré" (23), "trentotto"
    (38), "duecentomila" (200,000), "cinquantamila" (50,000)."""
    base = _numbers(listing)
    units = _numbers("uno=1|due=2|tre=3|quattro=4|cinque=5|sei=6|sette=7|otto=8|nove=9")
    tens = _numbers(
        "venti=20|trenta=30|quaranta=40|cinquanta=50|sessanta=60|settanta=70|ottanta=80|novanta=90"
    )
    out: dict[str, float] = {}
    for ten, ten_value in tens.items():
        for unit, unit_value in units.items():
            stem = ten[:-1] if unit in ("uno", "otto") else ten  # "ventuno", "trentotto"
            out[stem + unit] = ten_value + unit_value
            if unit == "tre":
                out[stem + "tré"] = ten_value + 3
    whole = {w: v for w, v in {**base, **out}.items() if v % 1 == 0 and 2 <= v < 1000}
    out.update({f"{word}mila": value * 1000 for word, value in whole.items() if not word.endswith("mila")})
    out["centomila"] = 100_000
    return {**base, **out}


def _categories(**groups: str) -> dict[Category, tuple[str, ...]]:
    return {Category(name): _words(listing) for name, listing in groups.items()}


# A mark passed: "a dépassé le cap des 530.000", "franchit la barre des 2 %"
_FR_PASSING: Final = (
    *("dépasse", "dépassent", "dépassé", "dépasser", "dépassera", "dépasseront", "dépasserait"),
    *("franchi", "franchit", "franchissent", "franchir", "franchira", "franchiront", "franchirait"),
)
_FR_MARKS: Final = ("le cap des", "le cap de", "le cap du", "la barre des", "la barre de", "le seuil des")
_FR_MARK_PASSED: Final = "|".join(
    f"{verb} {mark}" for verb in (*_FR_PASSING, "passé", "passe", "passera", "passer") for mark in _FR_MARKS
)

_DE = Language(
    code="de",
    # Swiss copy's franc before the amount ("Fr. 3.20", "Fr. 85 Mio."); Friday's "Fr. 3.10." stays a date
    currency_before={"fr.": "franc"},
    clock_bare=("uhr",),
    clock_before=_words("um|gegen|ab|bis|seit"),
    clock_after=_words("uhr"),
    short_words=frozenset(_words("in|im|am|an|auf|bei|nach|für|zu|wird|hat")),
    others=frozenset(_words("weitere|andere")),
    fractions=_numbers(
        "hälfte=0.5|drittel=0.333333333333|viertel=0.25|fünftel=0.2|zehntel=0.1"
        "|dritteln=0.333333333333|vierteln=0.25|fünfteln=0.2|zehnteln=0.1"  # (dative: "zu drei Vierteln")
    ),
    multiples=_numbers(
        "doppelte=2|dreifache=3|vierfache=4|fünffache=5|zehnfache=10|doppelt so=2|zweimal so=2|dreimal so=3"
        "|anderthalbmal so=1.5|eineinhalbmal so=1.5"
        "|viermal so=4|fünfmal so=5|zehnmal so=10|halb so=0.5"  # ("rund halb so viele wie 2022")
    ),
    half_words=frozenset(_words("halbe|halben|halbes|halber")),
    age_word_suffix=r"jährig(?:e|er|es|en|em)?",
    multiple_verbs=_numbers(
        "verdoppelt=2|verdoppelte=2|verdoppelten=2|verdoppeln=2|verdreifacht=3|verdreifachte=3|verdreifachten=3"
        "|verdreifachen=3|vervierfacht=4|vervierfachte=4|verzehnfacht=10"
    ),
    partitive=frozenset(_words("von|der|des")),
    increase=_words(
        "erhöh|anheb|angehoben|"
        "stieg|steig|gestiegen|wuchs|wächst|gewachsen|zulegt|legte|zugelegt|erhöht|plus|anstieg|zunahm|zugenommen|nahm"
        "|verteuer|gesteigert|aufgestockt|aufstock|hob$|hoben$|kletter|geklettert|erwärm|verstärkt$|wachsen$"
        "|sprang$|sprangen$|springt$|gesprungen$"  # ("die Aktie sprang um 7 Prozent")
        "|erweiter"  # ("will ihre Flotte um 12 Schiffe erweitern")
        "|gewann$|gewannen$|gewinnt$"  # "der Leitindex gewann 1,4 Prozent" ("gewann 20 Sitze" stays a count)
    ),
    decrease=_words(
        "sank|sink|gesunken|fiel|fällt|gefallen|schrumpft|geschrumpft|verlor|verloren|minus|rückgang|gesenkt|ging"
        "|nachgegeben"  # ("hat um 1,8 Prozent auf 19.412 Punkte nachgegeben"; "gab … nach" is separable)
        "|fallen"  # ("in 14 Kantonen fallen die Tarife gar um 10 bis 15 Prozent")
        "|verbillig|senk|verlier|zurückgegangen|zurückging|zurückgingen|eingebroch|rutsch|abgerutscht|abgesackt"
        "|verkürz"  # ("verkürzt sich um zwölf Minuten")
        "|verkleiner|verringer"  # ("die Ausstellungsfläche wurde um ein Zehntel verkleinert")
        "|verlangsam"  # ("hat den Abbau um 27 Prozent verlangsamt")
    ),
    change_by=frozenset(_words("um")),
    count_change_by="um",
    one_words=frozenset(_words("ein|eine|einer|einem|einen")),
    name="German",
    scales=_numbers(
        "tausend=1e3|tsd.=1e3|million=1e6|millionen=1e6|mio.=1e6|mio=1e6|milliarde=1e9|milliarden=1e9"
        "|mrd.=1e9|mrd=1e9|billion=1e12|billionen=1e12|bio.=1e12|dutzend=12"
    ),
    units=_units(
        percent="prozent|vh",
        percentage_point="prozentpunkte|prozentpunkten|prozentpunkt|punkt",
        basis_point="basispunkte|basispunkten|basispunkt",
        euro="euro",
        cent="cent|eurocent|cents",
        dollar="dollar|us-dollar",
        pound_sterling="pfund",
        franc="franken|fr",  # (Swiss papers' "2,46 Mrd. Fr.")
        decitonne="dezitonnen|dezitonne",  # a harvest's yield ("71,4 Dezitonnen je Hektar")
        kilometre="kilometer|kilometern",
        square_kilometre="quadratkilometer|quadratkilometern",
        hectare="hektar",
        tonne="tonnen|tonne",
        metre="meter|metern",
        centimetre="zentimeter|zentimetern",
        millimetre="millimeter|millimetern",
        litre="liter|litern",
        kilogram="kilogramm",
        degree_celsius="grad",
        year="jahre|jahren|jahr",
        month="monate|monaten|monat",
        week="wochen|woche",
        day="tage|tagen|tag",
        hour="stunden|stunde",
        minute="minuten",
        times="mal",
    ),
    qualifiers=_qualifiers(
        more="mehr als|über|ueber|weit über|knapp über|übersteigt|übersteigen|überstieg|oberhalb von"
        "|über der marke von|über die marke von"  # "erstmals über der Marke von 21.000 Punkten"
        "|oberhalb|gut|älter als"  # "gut 4200 Lastwagen": a good 4,200, a few more
        "|länger als|höher als|größer als",
        least="mindestens|wenigstens|nicht weniger als|nicht unter|mindestens aber",
        less="weniger als|unter|knapp unter|unterhalb von|unterhalb|jünger als|kürzer als|niedriger als"
        "|nicht einmal|nicht mal",  # ("bislang ist nicht einmal die Hälfte finanziert")
        most="bis zu|bis zur|bis zum|höchstens|maximal|nicht mehr als|nicht über|höchstens aber",
        about="rund|etwa|ungefähr|circa|ca.|fast|knapp|nahezu|beinahe|schätzungsweise|annähernd",
        # a noun of change before "von" ("ein Zuwachs von 9,5 Prozent"; not "von 3 auf 5", two levels)
        increase="plus von|zuwachs von|anstieg von|steigerung von|erhöhung von",
        decrease="minus von|rückgang von|einbußen von|einbruch von|senkung von",
        # "unter den 40 Toten": among them; "verfügt über 416 Sitze": has; "einen Vertrag über vier Jahre":
        # for
        none="unter den|unter dem|unter der|verfügt über|verfügen über|verfügte über|verfügten über"
        # ("eine Umfrage unter 2.600 Versicherten": among)
        "|umfrage unter|befragung unter|erhebung unter|studie unter"
        "|vertrag über|verträge über|rechnung über|scheck über|kredit über|darlehen über|auftrag über"
        "|aufträge über|anleihe über|vereinbarung über",
    ),
    after=_qualifiers(
        # (and above or below a level named after: "um 7,1 Prozent über dem Vorjahresniveau", not "unter den",
        # among)
        increase="mehr|höher|teurer|wärmer|über dem|über der|fester",  # ("schloss 1,7 Prozent fester")
        decrease="weniger|tiefer|niedriger|geringer|billiger|günstiger|kälter|unter dem|unter der|leichter",
        least="oder mehr|und mehr|oder länger|mindestens",
        most="oder weniger|höchstens",
        about="mehr oder weniger",
    ),
    than=frozenset(_words("als|gegenüber|wie")),
    change_before_noun=True,
    capitalises_nouns=True,
    number_words=_numbers(
        "zwei=2|drei=3|vier=4|fünf=5|sechs=6|sieben=7|acht=8|neun=9|zehn=10|elf=11|zwölf=12|dreizehn=13"
        "|vierzehn=14|fünfzehn=15|sechzehn=16|siebzehn=17|achtzehn=18|neunzehn=19|zwanzig=20|dreißig=30"
        "|vierzig=40|fünfzig=50|sechzig=60|siebzig=70|achtzig=80|neunzig=90|hundert=100|einhundert=100"
        "|tausend=1000|eintausend=1000|dutzend=12|hälfte=0.5|ein drittel=0.333333333333|ein viertel=0.25"
        "|zweihundert=200|dreihundert=300|vierhundert=400|fünfhundert=500|sechshundert=600|siebenhundert=700"
        "|achthundert=800|neunhundert=900|zweitausend=2000|dreitausend=3000|fünftausend=5000|zehntausend=10000"
    )
    | _german_compounds(),
    each_words=_words("jeder|jede|jedes|jeden|jedem"),
    share_ordinals=_numbers(
        "zweite=2|dritte=3|vierte=4|fünfte=5|sechste=6|siebte=7|achte=8|neunte=9|zehnte=10|zwanzigste=20"
        "|hundertste=100"
    ),
    vague=_numbers(
        "dutzende=12|hunderte=100|tausende=1000|zehntausende=10000|hunderttausende=100000"
        "|dutzenden=12|hunderten=100|tausenden=1000|zehntausenden=10000|hunderttausenden=100000"
        # "mehrere Hundert Haushalte": several hundred, as "Hunderte"
        "|mehrere hundert=100|mehrere tausend=1000|einige hundert=100|einige tausend=1000"
        "|ein paar hundert=100|ein paar tausend=1000|mehrere dutzend=12|einige dutzend=12"
    ),
    between=("zwischen", "und"),
    range_words=("bis",),
    or_words=("oder",),
    months=_words(
        "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
        "|jan.|feb.|aug.|sept.|okt.|nov.|dez."
    ),
    counted_skip=frozenset(_words("der|die|das|den|dem|des|von|aus|in|im|und")),
    age_before=("im alter von",),
    abbreviations=frozenset(
        _words(
            "z|b|bzw|ca|dr|prof|nr|str|mio|mrd|tsd|bio|usw|vgl|inkl|ggf|etc|hr|fr|u|a|d|h|s|o|v|chr|jh|"
            "abs|art|st|evtl|sog|gen|dt|engl|franz|rd|mind|az"
        )
    ),
    day_dot_ordinal=True,
    categories=_categories(
        casualties="tote|toten|getötet|todesopfer|opfer|verletzt|verwundet|starben|gestorben|ums leben|tod|"
        "leiche|umgekommen|kamen ums",
        displacement="flüchtling|geflüchtet|geflohen|flohen|flucht|vertrieben|vertriebene|evakuiert|"
        "obdachlos|asyl|binnenvertrieben",
        territory="dorf|dörfer|ortschaft|stadt|städte|gebiet|quadratkilometer|hektar|provinz|bezirk|"
        "eingenommen|erobert|gemeinde",
        military="soldat|truppe|armee|militär|kämpfer|panzer|rakete|drohne|luftangriff|bataillon|brigade",
        aid="hilfe|hilfsgüter|lastwagen|lkw|konvoi|hilfslieferung|spende",
        population="einwohner|bewohner|bevölkerung|menschen|personen|bürger|zivilist|kinder|familie",
        money="euro|dollar|haushalt|kosten|milliarde|million|franken|€|$",
    ),
    people="menschen|personen|zivilist|einwohner|bewohner|kinder|frauen|männer|bürger|familie|leute|"
    "soldat|kämpfer",
    # (and the auxiliaries a phrase after a figure may precede: "1,8 Prozent teurer waren")
    function_words=frozenset(
        _words("der|die|und|das|nicht|ist|mit|den|von|sich|auch|wurde|sind|ein|eine|war|waren|wurden|wird")
    ),
)

_ES = Language(
    passing_verbs=frozenset(_words("pasó|pasa|pasará|pasaron|pasaba|pasado|pasando|pasar|pasan")),
    code="es",
    # Latin America's signs, as its papers print them: Guatemala's "Q1,500 millones", Peru's "S/ 25", Costa
    # Rica's "₡500", Nicaragua's "C$ 36,5", Paraguay's "Gs 15.000", Panama's "B/. 12"
    currency_before={
        "q": "quetzal",
        "s/": "sol",
        "s/.": "sol",
        "₡": "colon",
        "c$": "cordoba",
        "gs": "guarani",
        "gs.": "guarani",
        "g.": "guarani",
        "b/.": "balboa",
    },
    clock_before=_words("a las|a la|las|desde las|hasta las|sobre las"),
    clock_after=_words("horas|hora|h"),
    day_words=_words(
        "lunes|martes|miércoles|jueves|viernes|sábado|domingo|la mañana|la tarde|la noche|la madrugada"
    ),
    short_words=frozenset(_words("a|al|un|desde|más")),
    participles=("ado", "ido"),
    others=frozenset(_words("otros|otras")),
    fractions=_numbers(
        "mitad=0.5|tercio=0.333333333333|tercios=0.333333333333|cuarto=0.25|cuartos=0.25|décima=0.1|décimas=0.1"
        # "una cuarta parte", "dos terceras partes"
        "|tercera parte=0.333333333333|terceras partes=0.333333333333|cuarta parte=0.25|cuartas partes=0.25"
        "|quinta parte=0.2|quintas partes=0.2|décima parte=0.1"
    ),
    multiples=_numbers("doble=2|triple=3|cuádruple=4|quíntuple=5"),
    thousand_word="mil",
    half_words=frozenset(_words("medio|media")),
    multiple_verbs=_numbers(
        "duplicó=2|duplica=2|duplican=2|duplicaron=2|duplicará=2|duplicarán=2|triplicó=3|triplica=3|triplican=3"
        "|triplicaron=3|triplicará=3|cuadruplicó=4|cuadruplicaron=4"
    ),
    partitive=frozenset(_words("de|del")),
    increase=_words(
        "aument|subi|sube|suba$|suban$|suben$|crec|increment|alza|repunt|ganó|ganaron|gana$|ganan$|ganado|dispar"
        "|encarec"
        "|revaloriz|trepó|treparon|trepa$|trepan$|elevó|elevaron|elevará|apreció|apreciaron"
        "|apreciación"  # ("cerró con una apreciación de 0.6%", as "una depreciación" is a fall)
        "|avanzó|avanzaron|avanza$|avanzan$|avanzado"  # "el Ibex avanzó un 1,2 %"
        "|supera$|superan$|superó|superaron|superaba"  # only before "en": "supera en 1,9 puntos"
    ),
    decrease=_words(
        "cay|cae|baj|descend|disminu|redujo|reduc|retroced|perdi|pierde|caída|descenso|cedió|cedieron|cede$|recort"
        "|depreci|abarat"
        "|rebaj"
        "|ceden$"
    ),
    change_by=frozenset(_words("un|una|el|en|del|de")),
    count_change_by="en",
    of_words=("de",),
    one_words=frozenset(_words("un|una|uno")),
    name="Spanish",
    scales=_numbers(
        "mil=1e3|millón=1e6|millon=1e6|millones=1e6|mill.=1e6|mil millones=1e9|millardo=1e9|millardos=1e9"
        "|billón=1e12|billones=1e12|docenas=12"
    ),
    units=_units(
        percent="por ciento|por cien",
        percentage_point="puntos porcentuales|punto porcentual",
        basis_point="puntos básicos|puntos basicos|puntos base|punto básico|punto base",
        euro="euros|euro",
        cent="céntimos|centimos|céntimo|centavos|centavo",
        dollar="dólares|dolares|dólar",
        pound_sterling="libras|libras esterlinas",
        peso="pesos",
        kilometre="kilómetros|kilometros|kilómetro",
        square_kilometre="kilómetros cuadrados|kilometros cuadrados",
        hectare="hectáreas|hectareas",
        tonne="toneladas|tonelada",
        metre="metros|metro",
        centimetre="centímetros|centimetros|centímetro",
        millimetre="milímetros|milimetros",
        litre="litros|litro",
        kilogram="kilos|kilogramos",
        degree_celsius="grados",
        year="años|año",
        month="meses|mes",
        week="semanas|semana",
        day="días|dias|día",
        hour="horas|hora",
        minute="minutos",
        times="veces",
    ),
    qualifiers=_qualifiers(
        more="más de|más del|mas de|por encima de|por encima del|superior a|superior al|superar|supera"
        "|superan|superó|superaron|sobrepasa|sobrepasan|mayores de|superaba|superaban|superará|superarán"
        "|superaría|superarían|sobrepasó|sobrepasaron|sobrepasaba|supere|superen|mayor de|superado|superada"
        "|superados|superadas",
        least="al menos|por lo menos|como mínimo|no menos de|no bajó de|no baja de|no bajará de|no bajaron de"
        "|no bajan de",
        less="menos de|menos del|por debajo de|por debajo del|inferior a|inferior al|menores de|menor de",
        most="hasta|como máximo|un máximo de|no más de|no más del|no supera|no superan|no superó|no superaron"
        "|máximo de"  # ("en un plazo máximo de diez días"; not "registró una máxima de 44,6 grados", a high)
        "|no superará|no sobrepasa|no sobrepasan|no ha superado|no han superado",
        about="unos|unas|alrededor de|alrededor del|cerca de|cerca del|casi|aproximadamente|en torno a"
        "|en torno al|aproximadamente unos|"
        "cerca de unos|unos|más o menos|ronda|rondan|rondaba|rondaban|rondó|rondaron|rondará|rondarán|rondar"
        "|rondaría|rondarían|roza|rozan|rozaba|rozaban|rozó|rozaron|rozar|rozará|rozarán"
        "|cercana al|cercano al|cercana a|cercano a|cercanas a|cercanos a",
    ),
    after=_qualifiers(
        # "6% por encima de la zafra anterior", "$20 por encima del viernes": a difference from before
        increase="más|de más|por encima de|por encima del|superior|mayor",
        # (and a share "inferior" or "superior" to another: "una cifra 87 por ciento inferior a la de 2024")
        decrease="menos|de menos|por debajo de|por debajo del|inferior|menor",  # ("un riesgo un 28% menor")
        least="o más|como mínimo|al menos|por lo menos",
        most="o menos|como máximo|a lo sumo|como mucho",
        about="más o menos|aproximadamente",
    ),
    than=frozenset(_words("que|respecto|frente")),
    number_words=_numbers(
        "dos=2|tres=3|cuatro=4|cinco=5|seis=6|siete=7|ocho=8|nueve=9|diez=10|once=11|doce=12|trece=13"
        "|catorce=14|quince=15|dieciséis=16|diecisiete=17|dieciocho=18|diecinueve=19|veinte=20|veintiún=21"
        "|veintiuno=21|veintidós=22|veintitrés=23|veinticuatro=24|veinticinco=25|veintiséis=26|veintisiete=27"
        "|veintiocho=28|veintinueve=29|treinta=30|cuarenta=40|cincuenta=50|sesenta=60|setenta=70"
        "|ochenta=80|noventa=90|cien=100|ciento=100|doscientos=200|doscientas=200|trescientos=300"
        "|trescientas=300|cuatrocientos=400|cuatrocientas=400|quinientos=500|quinientas=500|seiscientos=600"
        "|seiscientas=600|setecientos=700|setecientas=700|ochocientos=800|ochocientas=800|novecientos=900"
        "|novecientas=900|mil=1000|mitad=0.5|un tercio=0.333333333333"
        "|cuarta parte=0.25|tercera parte=0.333333333333|quinta parte=0.2"  # "la cuarta parte de ellos"
    ),
    vague=_numbers(
        "decenas de=10|centenares de=100|cientos de=100|miles de=1000|decenas de miles de=10000"
        "|centenares=100|cientos de miles de=100000|centenares de miles de=100000"
        # alone, a verb after it ("decenas resultaron heridas", "cientos salieron")
        "|miles=1000|decenas=10|cientos=100|decenas de miles=10000|cientos de miles=100000"
        "|centenares de miles=100000"
    ),
    approx_nouns=_numbers(
        "decena=10|decenas=10|docena=12|veintena=20|veintenas=20|treintena=30|centenar=100|centenares=100"
        "|millar=1000|millares=1000"
    ),
    between=("entre", "y"),
    range_words=("a", "al"),  # "del 6,8% al 5,1%"
    or_words=("o", "u"),
    months=_words(
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
        # abbreviated, as datelines write them ("MADRID, 28 nov (EFE)"); "mar" only with its dot (the sea)
        "|ene|ene.|feb|feb.|mar.|abr|abr.|jun|jun.|jul|jul.|ago|ago.|sept|sept.|oct|oct.|nov|nov.|dic|dic."
    ),
    ordinal_suffixes=("º", "ª", ".º", ".ª"),
    counted_skip=frozenset(_words("de|del|la|las|los|el|su|sus")),
    age_before=("de", "a los"),
    age_nouns=_words(
        "hombre|mujer|joven|niño|niña|chico|chica|anciano|anciana|menor|conductor|conductora|"
        "vecino|vecina|varón|señor|señora|bebé"
    ),
    abbreviations=frozenset(
        _words("sr|sra|srta|dr|dra|ud|uds|av|avda|núm|pág|etc|mill|lic|ing|gral|cnel|col|prof|dña|d|sto|sta")
    ),
    categories=_categories(
        casualties="muert|fallecid|falleci|murieron|murió|víctima|herid|asesinad|perdieron la vida|cadáver",
        displacement="refugiad|desplazad|evacuad|huyeron|huir|damnificad|sin hogar|asilo|exiliad",
        territory="pueblo|aldea|localidad|municipio|ciudad|territorio|kilómetros cuadrados|hectárea|"
        "provincia|"
        "tomaron|capturad|conquist",
        military="soldad|tropa|ejército|militar|combatiente|tanque|misil|dron|bombarde|batallón",
        aid="ayuda|humanitari|camiones|convoy|suministro|donación|donativo",
        population="habitante|residente|població|personas|ciudadan|civil|niños|familia|vecinos",
        money="euro|dólar|dolar|presupuesto|millones|coste|costo|peso|€|$",
    ),
    people="persona|civil|habitante|residente|niño|mujer|hombre|ciudadan|familia|vecino|soldad|combatiente",
    function_words=frozenset(_words("el|la|de|que|y|en|los|del|las|por|con|una|para|es|se|fue|según")),
)

_FR = Language(
    passing_verbs=frozenset(
        _words(
            "passe|passé|passée|passés|passées|passera|passeront|passerait|passant|passait|passaient|passer"
            "|passent|passa"
        )
    ),
    code="fr",
    currency_before={"fr.": "franc"},  # Swiss copy's franc before the amount ("Fr. 548.60", "Fr. 15'000")
    clock_before=_words("à|vers|dès|depuis|jusqu'à|jusqu’à"),
    clock_after=_words("heures|heure|h"),
    day_words=_words("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir"),
    short_words=frozenset(
        _words(
            "a|à|en|un|par|ont|sont|plus|vers|avec|contre|depuis|pendant|chez|sans|après|avant|devant|derrière"
        )
    ),
    participles=("é",),
    others=frozenset(_words("autres")),
    fractions=_numbers(
        "moitié=0.5|tiers=0.333333333333|quart=0.25|quarts=0.25|cinquième=0.2|cinquièmes=0.2|dixième=0.1"
        "|dixièmes=0.1"
    ),
    multiples=_numbers("double=2|triple=3|quadruple=4|quintuple=5"),
    half_words=frozenset(_words("demi")),
    multiple_verbs=_numbers(
        "doublé=2|doublera=2|doubleront=2|doublerait=2|doubleraient=2|triplé=3|triplera=3|tripleront=3"
        "|quadruplé=4|quadruplera=4|décuplé=10"
    ),
    partitive=frozenset(_words("d'entre|d’entre|de|des|du")),
    increase=_words(
        "augment|hausse|progress|grimp|bondi|cru|gagn|relev|envol|flamb|revalori|rehauss|appréci|allong|prolong"
        "|gonfl"  # ("son coût a gonflé de 28 %")
        "|bond$"  # ("un bond de 2,3 points")
    ),
    decrease=_words(
        "baiss|abaiss|recul|chut|diminu|perdu|perd|repli|réduit|reduit|contract|dépréci|raccourc|écourt"
        "|cédé|cédant|cède|cèdent|céder|gliss|rédui|réduis|redui"
        "|réduc|reduc"  # ("une réduction de 8 pour cent des tarifs")
    ),
    change_by=frozenset(_words("de|d'|d’|en|du")),
    count_change_by="de",
    of_words=("de", "d'", "d’"),
    one_words=frozenset(_words("un|une")),
    name="French",
    scales=_numbers(
        "mille=1e3|million=1e6|millions=1e6|mln=1e6|milliard=1e9|milliards=1e9|mds=1e9|md=1e9|mia=1e9|billion=1e12"
        "|billions=1e12|douzaines=12"
    ),
    units=_units(
        percent="pour cent|pourcent|p. cent|pour-cent",
        percentage_point="points de pourcentage|point de pourcentage|point|points",
        basis_point="points de base|point de base",
        euro="euros|euro",
        cent="centimes|centime|cents",
        dollar="dollars|dollar",
        pound_sterling="livres|livres sterling",
        franc="francs|francs suisses|francs cfa",
        dirham="dirhams|dirham|dh",
        kilometre="kilomètres|kilometres|kilomètre",
        square_kilometre="kilomètres carrés|kilometres carres",
        hectare="hectares",
        tonne="tonnes|tonne",
        metre="mètres|metres|mètre",
        centimetre="centimètres|centimetres|centimètre",
        millimetre="millimètres|millimetres",
        litre="litres|litre",
        kilogram="kilos|kilogrammes",
        degree_celsius="degrés|degres",
        year="ans|années|annees|an|année",
        month="mois",
        week="semaines|semaine",
        day="jours|jour",
        hour="heures|heure|h",
        minute="minutes",
        times="fois",
    ),
    qualifiers=_qualifiers(
        more="plus de|plus du|plus des|au-delà de|au delà de|supérieur à|plus d'|plus d’|dépasse"
        "|au-dessus de|au-dessus du|au-dessus des"
        "|dépassent|dépasser|dépassé|dépassait|dépassant|" + _FR_MARK_PASSED,
        least="au moins|au minimum|pas moins de",
        less="moins de|moins d'|moins d’|inférieur à|en dessous de|en-dessous de|au-dessous de|en dessous du"
        "|au-dessous du|sous les|sous la barre des|sous la barre de|sous le seuil des|sous le seuil de",
        most="jusqu'à|jusqu’à|au maximum|au plus|pas plus de|pas plus d'|pas plus d’|ne dépasse pas"
        "|maximum de"  # ("un délai maximum de 10 jours"; not "une température maximale de 40 degrés")
        "|pouvant atteindre|pouvant aller jusqu'à|pouvant aller jusqu’à"  # ("une prime pouvant atteindre")
        "|ne dépassent pas|ne dépassera pas|ne dépasseront pas|pas dépassé|pas dépassée|jamais dépassé",
        about="environ|près de|près du|près des|presque|quelque|quelques|autour de|approximativement"
        "|pratiquement|une vingtaine de|près d'|près d’|quasiment|a peu près|à peu près"
        # "devrait frôler les 108 %": close to; "avoisinerait les 60 000 euros": near
        "|frôler|frôle|frôlent|frôlait|frôlé|frôlera|frôleront"
        "|avoisiner|avoisine|avoisinent|avoisinait|avoisinaient|avoisinerait|avoisineraient|avoisinera"
        "|avoisineront|avoisiné",
    ),
    after=_qualifiers(
        increase="de plus|en plus",
        decrease="de moins|en moins",
        least="au moins|au minimum|ou plus|et plus",
        most="au plus|au maximum|tout au plus|ou moins",
        about="environ|à peu près|plus ou moins",
        none="de plus en plus|de moins en moins|en plus de",
    ),
    than=frozenset(_words("que|qu'|qu’|comparé|comparés|comparée|comparées")),
    number_words=_numbers(
        "deux=2|trois=3|quatre=4|cinq=5|six=6|sept=7|huit=8|neuf=9|dix=10|onze=11|douze=12|treize=13"
        "|quatorze=14|quinze=15|seize=16|vingt=20|trente=30|quarante=40|cinquante=50|soixante=60"
        "|cent=100|mille=1000|moitié=0.5|un tiers=0.333333333333|un quart=0.25|dix-sept=17"
        "|dix-huit=18|dix-neuf=19|soixante-dix=70|quatre-vingt=80|quatre-vingts=80|quatre-vingt-dix=90"
        "|septante=70|huitante=80|octante=80|nonante=90"  # Belgium's and Switzerland's tens
        "|deux cents=200|trois cents=300|quatre cents=400|cinq cents=500|six cents=600|sept cents=700"
        "|huit cents=800|neuf cents=900|deux cent=200|trois cent=300|quatre cent=400|cinq cent=500"
        "|six cent=600|sept cent=700|huit cent=800|neuf cent=900"
    ),
    vague=_numbers(
        "des dizaines de=10|des centaines de=100|des milliers de=1000|des dizaines de milliers de=10000"
        "|dizaines de=10|centaines de=100|milliers de=1000"
        # alone ("des centaines sont restés") or before an elided "d'" ("des milliers d'automobilistes")
        "|des centaines=100|des milliers=1000|des dizaines de milliers=10000|des dizaines=10"
        "|des centaines de milliers de=100000|des centaines de milliers=100000"
        "|centaines de milliers de=100000|dizaines de milliers de=10000|dizaines de milliers=10000"
        "|plusieurs dizaines de milliers de=10000|plusieurs dizaines de milliers=10000"
        "|plusieurs centaines de milliers de=100000|plusieurs centaines de milliers=100000"
        # ("plusieurs" is no hedge: "Les assaillants, plusieurs centaines selon un élu local")
        "|plusieurs dizaines de=10|plusieurs centaines de=100|plusieurs milliers de=1000"
        "|plusieurs dizaines=10|plusieurs centaines=100|plusieurs milliers=1000"
    ),
    approx_nouns=_numbers(
        "dizaine=10|dizaines=10|douzaine=12|quinzaine=15|vingtaine=20|vingtaines=20|trentaine=30|quarantaine=40"
        "|cinquantaine=50|soixantaine=60|centaine=100|centaines=100|millier=1000|milliers=1000"
    ),
    between=("entre", "et"),
    range_words=("à",),
    or_words=("ou",),
    months=_words(
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
        "|janv|janv.|févr|févr.|avr|avr.|juil|juil.|sept|sept.|oct|oct.|nov|nov.|déc|déc."
    ),
    ordinal_suffixes=("e", "er", "re", "ème", "eme", "ᵉ"),
    # ("le sans-plomb 95 se vend"; a possessive, "réduire de moitié ses rations")
    counted_skip=frozenset(_words("de|d'|d’|des|du|la|le|les|se|ses|son|sa|leur|leurs")),
    age_before=("âgé de", "âgée de", "âgés de", "âgées de", "agé de"),
    abbreviations=frozenset(_words("m|mm|mme|mmes|mlle|dr|pr|st|ste|etc|av|bd|env|p|n°|cf|gal|gén|me")),
    categories=_categories(
        casualties="mort|tué|décès|décéd|victime|blessé|périr|péri|tuant|cadavre|corps sans vie|succomb",
        displacement="réfugié|déplacé|évacué|ont fui|fuyant|fuir|exil|sans-abri|sans abri|asile|sinistré",
        territory="village|localité|commune|ville|territoire|kilomètres carrés|hectare|province|district|"
        "pris le contrôle|conquis|repris",
        military="soldat|troupe|armée|militaire|combattant|char|missile|drone|frappe|bataillon|brigade",
        aid="aide|humanitaire|camions|convoi|vivres|don",
        population="habitant|résident|population|personnes|citoyen|civil|enfant|famille|ménage",
        money="euro|dollar|budget|coût|franc|milliard|million|€|$",
    ),
    people="personne|civil|habitant|résident|enfant|femme|homme|citoyen|famille|soldat|combattant|gens",
    function_words=frozenset(
        _words("le|la|les|de|des|et|est|une|du|dans|que|pour|qui|sur|au|pas|été|selon|ici|dès")
    ),
)

_PT = Language(
    passing_verbs=frozenset(_words("passou|passa|passará|passaram|passando|passar|passam")),
    code="pt",
    clock_before=_words("às|as|pelas|desde as|até às"),
    clock_after=_words("horas|hora|h"),
    day_words=_words("sábado|domingo|manhã|tarde|noite|madrugada"),
    short_words=frozenset(_words("o|a|e|no|as|desde|mais|pelo|pela")),
    participles=("ado", "ido"),
    others=frozenset(_words("outros|outras")),
    fractions=_numbers("metade=0.5|terço=0.333333333333|terços=0.333333333333|quarto=0.25"),
    multiples=_numbers("dobro=2|triplo=3|quádruplo=4|quíntuplo=5"),
    half_words=frozenset(_words("meio|meia")),
    multiple_verbs=_numbers(
        "dobrou=2|dobraram=2|duplicou=2|duplicaram=2|triplicou=3|triplicaram=3|quadruplicou=4|quadruplicaram=4"
    ),
    partitive=frozenset(_words("de|dos|das")),
    increase=_words("aument|subi|sobe|cresc|alta|avanç|ganh|mais|disparou|dispara|elevou|elevaram|elevará"),
    decrease=_words(
        "caiu|cai|caíram|recu|diminu|baix|queda|perd|reduz|redução|encolh|retra|menos|cortou|cortaram|corte$"
    ),
    change_by=frozenset(_words("em|de|uns")),
    count_change_by="em",
    of_words=("de",),
    one_words=frozenset(_words("um|uma")),
    name="Portuguese",
    scales=_numbers(
        "mil=1e3|milhão=1e6|milhao=1e6|milhões=1e6|milhoes=1e6|mil milhões=1e9|mil milhoes=1e9"
        "|bilhão=1e9|bilhao=1e9|bilhões=1e9|bilhoes=1e9|bilião=1e12|biliões=1e12|trilhão=1e12|trilhões=1e12"
        "|mi=1e6|bi=1e9|dúzia=12|dúzias=12"
    ),
    units=_units(
        percent="por cento|porcento",
        percentage_point="pontos percentuais|ponto percentual",
        basis_point="pontos-base|pontos base|pontos básicos|ponto-base|ponto base",
        euro="euros|euro",
        cent="cêntimos|centavos|cêntimo|centavo",
        dollar="dólares|dolares|dólar",
        real="reais|real",
        pound_sterling="libras",
        kilometre="quilómetros|quilômetros|quilometros|quilómetro|quilômetro",
        square_kilometre="quilómetros quadrados|quilômetros quadrados",
        hectare="hectares",
        tonne="toneladas|tonelada",
        metre="metros",
        centimetre="centímetros|centimetros",
        millimetre="milímetros|milimetros",
        litre="litros|litro",
        kilogram="quilos|quilogramas",
        degree_celsius="graus",
        year="anos|ano",
        month="meses|mês",
        week="semanas|semana",
        day="dias|dia",
        hour="horas|hora",
        minute="minutos",
        times="vezes",
    ),
    qualifiers=_qualifiers(
        more="mais de|mais do|mais da|mais do que|acima de|acima do|acima dos|acima da|acima das|superior a"
        "|supera|superam|superou|ultrapassa|ultrapassam|ultrapassou|ultrapassar",
        least="pelo menos|no mínimo|ao menos|não menos de|não menos do que",
        less="menos de|menos do que|abaixo de|abaixo do|abaixo dos|abaixo da|abaixo das|inferior a",
        most="até|no máximo|não mais de|não mais do que|não supera|não superam|não ultrapassa"
        "|não ultrapassam",
        about="cerca de|quase|aproximadamente|perto de|em torno de|uns|umas|por volta de|praticamente|ronda"
        "|rondam|rondava|rondavam|rondou|rondaram|rondará|rondar",
    ),
    after=_qualifiers(
        increase="a mais",
        decrease="a menos",
        least="ou mais|no mínimo|pelo menos",
        most="ou menos|no máximo",
        about="mais ou menos|aproximadamente",
    ),
    than=frozenset(_words("que|do|face|relativamente|comparado|comparados")),
    number_words=_numbers(
        "dois=2|duas=2|três=3|tres=3|quatro=4|cinco=5|seis=6|sete=7|oito=8|nove=9|dez=10|onze=11|doze=12"
        "|treze=13|catorze=14|quatorze=14|quinze=15|dezasseis=16|dezesseis=16|dezassete=17|dezessete=17"
        "|dezoito=18|dezanove=19|dezenove=19|vinte=20|trinta=30|quarenta=40|cinquenta=50|sessenta=60"
        "|setenta=70|oitenta=80|noventa=90|cem=100|cento=100|duzentos=200|duzentas=200|trezentos=300"
        "|trezentas=300|quatrocentos=400|quatrocentas=400|quinhentos=500|quinhentas=500|seiscentos=600"
        "|setecentos=700|oitocentos=800|novecentos=900|mil=1000|dúzia=12|metade=0.5|um terço=0.333333333333"
    ),
    vague=_numbers(
        "dezenas de=10|centenas de=100|milhares de=1000|dezenas de milhares de=10000|centenas=100"
        "|centenas de milhares de=100000"
        "|milhares=1000|dezenas=10|dezenas de milhares=10000|centenas de milhares=100000"
    ),
    approx_nouns=_numbers(
        "dezena=10|dezenas=10|vintena=20|centena=100|centenas=100|milhar=1000|milhares=1000"
    ),
    between=("entre", "e"),
    range_words=("a",),
    or_words=("ou",),
    months=_words(
        "janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
    ),
    ordinal_suffixes=("º", "ª", ".º", ".ª"),
    counted_skip=frozenset(_words("de|do|da|dos|das|o|a|os|as")),
    age_before=("de",),
    age_nouns=_words(
        "homem|mulher|jovem|menino|menina|rapaz|rapariga|idoso|idosa|criança|condutor|"
        "condutora|bebé|bebê|senhor|senhora"
    ),
    abbreviations=frozenset(_words("sr|sra|srs|dr|dra|prof|av|etc|n|nº|pág|eng|gen|cel|sto|sta|d")),
    categories=_categories(
        casualties="mort|vítima|ferid|morreram|morreu|falecid|assassinad|perderam a vida|cadáver|óbito",
        displacement="refugiad|deslocad|desalojad|desabrigad|evacuad|fugiram|fugir|sem-abrigo|asilo",
        territory="aldeia|vila|localidade|cidade|município|concelho|território|quilómetros quadrados|"
        "quilômetros quadrados|hectare|província|tomaram|capturad|conquist",
        military="soldad|tropa|exército|militar|combatente|tanque|míssil|missil|drone|bombarde|batalhão",
        aid="ajuda|humanitári|camiões|caminhões|comboio|donativo|doação|mantimento",
        population="habitante|residente|população|pessoas|cidadã|civis|civil|crianças|família",
        money="euro|dólar|dolar|orçamento|custo|reais|real|milhões|€|$",
    ),
    people="pessoa|civil|civis|habitante|residente|criança|mulher|homem|cidadã|família|soldad|combatente",
    function_words=frozenset(_words("os|de|do|da|que|em|na|um|uma|para|com|não|foi|segundo|dos|ao")),
)

_IT = Language(
    passing_verbs=frozenset(_words("passato|passata|passati|passate|passò|passerà|passando|passare|passa")),
    code="it",
    clock_before=_words("alle|dalle|verso le|alle ore|ore"),
    clock_after=_words("ore|h"),
    day_words=_words(
        "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|mattina|sera|notte|pomeriggio"
    ),
    short_words=frozenset(_words("e|a|al|ai|alle|dal|da|i|le|lo|ha|hanno")),
    participles=("ato", "ito", "uto"),
    others=frozenset(_words("altri|altre")),
    fractions=_numbers(
        "metà=0.5|terzo=0.333333333333|terzi=0.333333333333|quarto=0.25|decimo=0.1|decimi=0.1"
    ),
    multiples=_numbers("doppio=2|triplo=3|quadruplo=4|quintuplo=5"),
    half_words=frozenset(_words("mezzo|mezza")),
    multiple_verbs=_numbers(
        "raddoppiato=2|raddoppiata=2|raddoppiati=2|raddoppiate=2|raddoppia=2|raddoppiano=2|triplicato=3"
        "|triplicata=3|triplicati=3|triplicate=3|triplica=3|triplicano=3|quadruplicato=4|quadruplicati=4"
    ),
    partitive=frozenset(_words("di|dei|degli|delle|tra|fra")),
    increase=_words("aument|cresc|crescita|salit|sale|rialz|balzo|rincar|guadagn|impenn|volat|increment"),
    decrease=_words(
        "calat|cala|calo|scend|scesi|sces|diminu|ridott|ridu|flession|perso |perde|contrazion"
        "|tagliar|tagliat|taglier"  # ("tagliare 500 posti"; not "taglia 42", a size)
    ),
    change_by=frozenset(_words("del|dello|della|dell'|dell’|di|il|lo|dei|degli|delle")),
    count_change_by="di",
    of_words=("di",),
    one_words=frozenset(_words("un|uno|una")),
    name="Italian",
    scales=_numbers(
        "mila=1e3|mille=1e3|milione=1e6|milioni=1e6|mln=1e6|mln.=1e6|miliardo=1e9|miliardi=1e9|mld=1e9"
        "|mld.=1e9|mrd=1e9|mrd.=1e9|dozzina=12|dozzine=12"
    ),
    units=_units(
        percent="per cento|percento",
        percentage_point="punti percentuali|punto percentuale",
        basis_point="punti base|punti di base|punto base",
        euro="euro",
        cent="centesimi|centesimo",
        dollar="dollari|dollaro",
        pound_sterling="sterline",
        franc="franchi",
        kilometre="chilometri|chilometro|km",
        square_kilometre="chilometri quadrati|chilometri quadri",
        hectare="ettari",
        tonne="tonnellate|tonnellata",
        metre="metri",
        centimetre="centimetri",
        millimetre="millimetri",
        litre="litri|litro",
        kilogram="chili|chilogrammi",
        degree_celsius="gradi",
        year="anni|anno",
        month="mesi|mese",
        week="settimane|settimana",
        day="giorni|giorno",
        hour="ore|ora",
        minute="minuti",
        times="volte",
    ),
    qualifiers=_qualifiers(
        more="più di|più del|più dello|più della|oltre|oltre il|oltre l'|oltre l’|sopra|superiore a"
        "|più d'|più d’|supera|superano|superato|superare|superiori a|maggiori di|al di sopra di"
        "|al di sopra del|al di sopra dei",
        least="almeno|non meno di|minimo",
        less="meno di|sotto|inferiore a|meno d'|inferiori a|minori di|al di sotto di|al di sotto del"
        "|al di sotto dei",
        most="fino a|al massimo|massimo|non più di|non oltre|non supera|non superano",
        about="circa|quasi|intorno a|attorno a|una trentina di|pressoché|poco meno di|poco più di|"
        "approssimativamente|all'incirca|intorno al|intorno ai|intorno alle|attorno al|attorno ai"
        "|attorno alle|si aggira sui|si aggirano sui|si aggira sul|si aggirano sul|si aggira sulle"
        "|si aggirano sulle",
    ),
    after=_qualifiers(
        increase="in più|di più",
        decrease="in meno|di meno",
        least="almeno|come minimo|al minimo|o più",
        most="al massimo|come massimo|al più|o meno",
        about="circa|più o meno|all'incirca|all’incirca",
    ),
    than=frozenset(_words("rispetto|che|contro")),
    number_words=_italian_compounds(
        "due=2|tre=3|quattro=4|cinque=5|sei=6|sette=7|otto=8|nove=9|dieci=10|undici=11|dodici=12|tredici=13"
        "|quattordici=14|quindici=15|sedici=16|diciassette=17|diciotto=18|diciannove=19|venti=20|trenta=30"
        "|quaranta=40|cinquanta=50|sessanta=60|settanta=70|ottanta=80|novanta=90|cento=100|duecento=200"
        "|trecento=300|quattrocento=400|cinquecento=500|seicento=600|settecento=700|ottocento=800"
        "|novecento=900|mille=1000|duemila=2000|tremila=3000|dozzina=12|metà=0.5"
    ),
    vague=_numbers(
        "decine di=10|centinaia di=100|migliaia di=1000|decine di migliaia di=10000|centinaia=100"
        "|centinaia di migliaia di=100000"
        "|migliaia=1000|decine=10|decine di migliaia=10000|centinaia di migliaia=100000"
    ),
    approx_nouns=_numbers(
        "decina=10|decine=10|ventina=20|trentina=30|quarantina=40|cinquantina=50|centinaio=100"
        "|centinaia=100|migliaio=1000|migliaia=1000"
    ),
    between=("tra", "e"),
    range_words=("a",),
    or_words=("o",),
    months=_words(
        "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
    ),
    ordinal_suffixes=("º", "ª", "°"),
    counted_skip=frozenset(_words("di|del|della|dei|degli|delle|il|lo|la|i|gli|le")),
    age_before=("di",),
    age_nouns=_words(
        "uomo|donna|ragazz|bambin|giovane|anzian|pensionat|conducente|automobilista|"
        "motociclista|signor|neonat"
    ),
    age_suffix="enne",
    abbreviations=frozenset(
        _words("sig|sigg|sig.ra|dott|dr|prof|on|avv|ing|ecc|mln|mld|n|pag|gen|col|s|geom")
    ),
    categories=_categories(
        casualties="mort|vittim|ferit|uccis|deced|hanno perso la vita|cadaver|decesso",
        displacement="sfollat|rifugiat|profugh|evacuat|fuggit|senzatetto|senza tetto|asilo|sgomberat",
        territory="villagg|paes|città|comune|comuni|territorio|chilometri quadrati|ettari|provincia|"
        "conquistat|presi|ripres",
        military="soldat|truppe|esercito|militar|combattent|carri armati|missil|droni|drone|raid|battaglion",
        aid="aiut|umanitari|camion|convoglio|viveri|donazion",
        population="abitant|residenti|popolazione|persone|cittadin|civili|bambini|famiglie",
        money="euro|dollar|bilancio|costo|milioni|miliardi|€|$",
    ),
    people="person|civil|abitant|residenti|bambin|donne|uomini|cittadin|famigli|soldat|combattent",
    function_words=frozenset(
        _words("il|la|di|che|e|è|per|un|una|del|della|con|non|sono|nel|gli|dei|secondo")
    ),
)

LANGUAGES: Final[dict[str, Language]] = {lang.code: lang for lang in (_DE, _ES, _FR, _PT, _IT)}

# Spanish as Mexico, Central America and the Caribbean write numbers: a decimal point and comma thousands
# ("41,318 salvadoreños", "18.5 por ciento"), which Spain and South America write "41.318" and "18,5".
SPANISH_POINT_DECIMALS: Final = replace(_ES, decimal=".", group=",\u00a0\u202f\u2009 '\u2019")
# What shows a text's convention: a decimal point before a percent, a scale or points ("18.5 por ciento",
# "2.3 millones"), or comma thousands (twice, or before a word that is no scale or unit: "38,000
# damnificados"); against it, a decimal comma ("2,1%", "84,7 millones") or dot thousands ("250.000").
_POINT_DECIMAL: Final = re.compile(
    r"(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.,])[ \u00a0]*"
    r"(?:%|por[ \u00a0]ciento|millones|millón|mil[ \u00a0]millones|puntos|unidades)"
    r"|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,])"
    r"|(?<![\d.,])\d{1,3},000(?!\d|[.,]\d)"  # "unos 302,000,": three zeros are never decimals
    r"|(?<![\d.,])\d{1,3}[ \u00a0]mil[ \u00a0]\d{3}(?![\d.,]?\d)"  # the Mexican press's "2 mil 500"
    r"|(?<![\d.,])\d{1,3},\d{3}(?![\d.,])[ \u00a0]+"
    r"(?!(?:mil|millones|millón|millardos?|billones|por|de|a|y|kilos?|kilómetros|metros|toneladas|hectáreas"
    r"|grados|litros|dólares|pesos|euros)(?![^\W\d_]))[^\W\d_]",
    re.IGNORECASE,
)
_COMMA_DECIMAL: Final = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d,])|(?<![\d.,])\d{1,3}\.\d{3}(?![\d])")


def spanish_convention(text: str) -> Language:
    """The Spanish table for ``text``: ``SPANISH_POINT_DECIMALS`` when the text shows a decimal point or
    comma thousands and no decimal comma or dot thousands, else Spain's. Read on the whole document, as its
    writer keeps one convention."""
    if _POINT_DECIMAL.search(text) and not _COMMA_DECIMAL.search(text):
        return SPANISH_POINT_DECIMALS
    return _ES


# Languages whose figures the extractor reads: English with its own rules, the rest from ``LANGUAGES``.
SUPPORTED: Final = frozenset({DEFAULT_LANGUAGE, *LANGUAGES})
# What detection chooses among: the supported languages and the others news commonly comes in, so a
# Russian or Dutch text is named as such (and yields no figures) instead of being forced into German.
# Catalan and Galician are left out: the model confuses short French, Spanish and Portuguese sentences with
# them, and they write numbers as Spanish does, so reading them with Spanish's rules costs little.
CANDIDATES: Final = (
    *sorted(SUPPORTED),
    *"ar cs da el fa fi he hi hu id ja ko nl no pl ro ru sv sw tr uk ur vi zh".split(),  # noqa: SIM905
)
_ENGLISH_FUNCTION_WORDS: Final = frozenset(
    "the of and to in is was that for on with as by at from it he she said were has have are".split()  # noqa: SIM905
)


def normalise_code(code: str | None) -> str:
    """An ISO 639-1 code from what a source gives ("de-DE", "pt_BR", "EN") ; "" for nothing usable."""
    if not code:
        return ""
    head = re.split(r"[-_ ]", code.strip().lower(), maxsplit=1)[0]
    return head if re.fullmatch(r"[a-z]{2,3}", head) else ""


def is_supported(code: str) -> bool:
    """Whether the extractor reads figures in this language."""
    return code in SUPPORTED


# The detection sample: the start of the text is plenty, and bounds the cost on a huge one.
_SAMPLE_CHARS: Final = 3000
# Below this many bytes of letters no guess is made: the caller's default stands.
MIN_LETTERS: Final = 24
# py3langid's normalised probability below which its guess is not trusted; a short text (under
# ``SHORT_LETTERS`` bytes of letters, one sentence) must clear the higher ``SHORT_CONFIDENCE_FLOOR``.
CONFIDENCE_FLOOR: Final = 0.75
SHORT_LETTERS: Final = 80
SHORT_CONFIDENCE_FLOOR: Final = 0.9
# English's probability below which an unsure guess among the other supported languages is still taken.
_NOT_ENGLISH: Final = 0.01
_WORD = re.compile(r"[^\W\d_]+")
_identifier: LanguageIdentifier | None = None
_identifier_lock = threading.Lock()


def _model() -> LanguageIdentifier:
    """py3langid's model restricted to ``CANDIDATES``, loaded once (it takes a fraction of a second)."""
    global _identifier
    with _identifier_lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages([code for code in CANDIDATES if code in identifier.labels])
            _identifier = identifier
        return _identifier


_OTHER_FUNCTION_WORDS: Final = tuple(language.function_words for language in LANGUAGES.values())
_ANY_FUNCTION_WORD: Final = _ENGLISH_FUNCTION_WORDS.union(*_OTHER_FUNCTION_WORDS)
_SCREEN_CHARS: Final = 600  # the screen reads the start only: a paragraph says it


def _plainly_english(text: str) -> bool:
    """True when English function words clearly outnumber every other language's at the start of the
    text: py3langid is not needed (nor numpy loaded) for the usual English article."""
    words = text[:_SCREEN_CHARS].lower().split()
    # the counts, over the words that are some language's function word (the others count nowhere)
    hits = list(filter(_ANY_FUNCTION_WORD.__contains__, words))
    english = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, hits))
    if english < 3 or english * 8 < len(words):
        return False
    return all(english >= 3 * sum(map(other.__contains__, hits)) for other in _OTHER_FUNCTION_WORDS)


def _plausible_short(code: str, words: list[str]) -> bool:
    """A short text (a title, one sentence) is only taken to be in a language the extractor reads if it
    has one of that language's function words, and in another Latin-script language never: the model
    calls English titles French or German ("Risqué Images on Biscuit Tin")."""
    language = LANGUAGES.get(code)
    if language is not None:
        markers = language.function_words | language.short_words
        return any(word in markers for word in words)
    if code == DEFAULT_LANGUAGE:
        return True
    letters = "".join(words)
    return sum(not character.isascii() for character in letters) * 2 > len(letters)


def detect_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, or ``default`` when it is too short
    or the model is unsure (below ``CONFIDENCE_FLOOR``). May name a language outside ``SUPPORTED``."""
    if _plainly_english(text):
        return DEFAULT_LANGUAGE
    sample = text[:_SAMPLE_CHARS]
    words = [word.lower() for word in _WORD.findall(sample)]
    # letters counted in UTF-8 bytes: a Chinese character says about as much as three Latin letters
    letters = sum(len(word.encode("utf-8", "surrogatepass")) for word in words)
    if letters < MIN_LETTERS:
        return default
    ranked = _model().rank(" ".join(words))
    code, confidence = ranked[0]
    if letters < SHORT_LETTERS and not _plausible_short(str(code), words):
        return default
    floor = SHORT_CONFIDENCE_FLOOR if letters < SHORT_LETTERS else CONFIDENCE_FLOOR
    if confidence >= floor:
        return str(code)
    # Unsure between languages the extractor reads alike (Portuguese or Spanish) but sure it is not
    # English: the likelier one, rather than English rules for a text that is not English.
    english = next(score for lang, score in ranked if lang == DEFAULT_LANGUAGE)
    if code in LANGUAGES and confidence >= 0.5 and english < _NOT_ENGLISH:
        return str(code)
    return default
