"""Behaviour of ``find_quantities``: values, ranges, qualifiers, units, kinds and robustness."""

# ruff: noqa: RUF001  (Unicode symbols are test input on purpose)
from __future__ import annotations

import math
import random

import pytest

from factcheck.extraction import extract
from factcheck.extraction import quantities as Q
from factcheck.extraction.quantities import find_quantities, is_claim_figure
from factcheck.extraction.types import CLAIM_KINDS, Category, Qualifier, Quantity, QuantityKind

K = QuantityKind


def claims(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if is_claim_figure(q)]


def only(text: str) -> Quantity:
    qs = claims(text)
    assert len(qs) == 1, [q.surface for q in qs]
    return qs[0]


def at(text: str, surface: str) -> Quantity:
    """The one figure of ``text`` written as ``surface`` (claim figure or not)."""
    (q,) = [q for q in find_quantities(text) if q.surface == surface]
    return q


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Officials said 250,000 people remain.", 250000, "people"),
        ("Inflation was 1.5 percent.", 1.5, "percent"),
        ("The rate fell to .001 per cent.", 0.001, "percent"),
        ("They found six bodies.", 6, "bodies"),
        ("Twenty-one soldiers returned.", 21, "soldiers"),
        ("I bought a dozen eggs.", 12, "eggs"),
        ("Half a million people marched.", 500000, "people"),
        ("The state will provide three thousand tests.", 3000, "tests"),
        ("I want a hundred and two of those.", 102, None),
        ("There were 4 hundred million people.", 4e8, "people"),
        ("It cost 1.5 million.", 1.5e6, None),
        ("The walk was two and a half miles.", 2.5, "mile"),
        ("The door is 2 1/2 inches thick.", 2.5, "inch"),
        ("A mouse fits through a 1/4 inch gap.", 0.25, "inch"),
        ("A third of the population lives there.", 1 / 3, "population"),
        ("Nearly two-thirds of voters agreed.", 2 / 3, "voters"),
        ("One out of three Germans have problems.", 1 / 3, "germans"),
        ("The total offense was minus-5 yards.", -5, "yard"),
        ("The sun's mass is about 1.99e30 kilograms.", 1.99e30, "kilogram"),
        ("It has 13000 workers in the UK.", 13000, "workers"),
    ],
)
def test_values_and_units(text: str, value: float, unit: str | None) -> None:
    q = only(text)
    assert q.value == pytest.approx(value)
    assert q.low == q.high == q.value
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("It was paid $5 in cash.", 5, "dollar", K.MONEY),
        ("The fee was £2,000.", 2000, "pound sterling", K.MONEY),
        ("It will cost 5 million dollars.", 5e6, "dollar", K.MONEY),
        ("The plan costs €3bn.", 3e9, "euro", K.MONEY),
        ("The firm was sold for $2bn.", 2e9, "dollar", K.MONEY),
        ("Debt rose to 2.3 billion euros.", 2.3e9, "euro", K.MONEY),
        ("Oil was at US$58.24 per barrel.", 58.24, "dollar per barrel", K.MONEY),
        ("They pay $3500 a month in rent.", 3500, "dollar per month", K.MONEY),
        ("It sold for 333.6 million yen.", 333.6e6, "yen", K.MONEY),
        ("Nintendo closed at Y=28,030 today.", 28030, "yen", K.MONEY),
        ("The deal is worth HK $5.4m.", 5.4e6, "hong kong dollar", K.MONEY),
        ("It was 12% higher.", 12, "percent", K.PERCENT),
        ("It was 12 percent higher.", 12, "percent", K.PERCENT),
        ("It was 12 per cent higher.", 12, "percent", K.PERCENT),
        ("Britain can borrow at 1.38pc.", 1.38, "percent", K.PERCENT),
        ("The rate rose to 2 percentage points.", 2, "percentage point", K.PERCENT),
        ("Damascus has fought a six-year war.", 6, "year", K.DURATION),
        ("The talks lasted 3 hours.", 3, "hour", K.DURATION),
        ("The debris stretched 11 km.", 11, "kilometre", K.MEASURE),
        ("Winds reached 155mph early Wednesday.", 155, "mile per hour", K.MEASURE),
        ("The tuna weighed 278kg.", 278, "kilogram", K.MEASURE),
        ("Italy covers 301,338 km2 of land.", 301338, "square kilometre", K.MEASURE),
        ("It is a 6.1-inch display.", 6.1, "inch", K.MEASURE),
        ("A magnitude 6.1 earthquake struck.", 6.1, "magnitude", K.MEASURE),
        ("A 6.1-magnitude earthquake struck.", 6.1, "magnitude", K.MEASURE),
        ("The budget is Rs 500 crore.", 5e9, "rupee", K.MONEY),
        ("It sold for R$2 million.", 2e6, "brazilian real", K.MONEY),
        # scale abbreviations written apart from the number, and currencies written after it
        ("The budget is 3 bn dollars.", 3e9, "dollar", K.MONEY),
        ("The budget is 3 bn USD.", 3e9, "dollar", K.MONEY),
        ("Sales were 12 bn yuan.", 12e9, "yuan", K.MONEY),
        ("It raised 5 mln EUR.", 5e6, "euro", K.MONEY),
        ("It raised 5 mn euros.", 5e6, "euro", K.MONEY),
        ("It raised EUR 5 mn.", 5e6, "euro", K.MONEY),
        ("It raised $5mn.", 5e6, "dollar", K.MONEY),
        ("Debt hit $1.5 tn.", 1.5e12, "dollar", K.MONEY),
        ("Output rose to 1.2 mn barrels per day.", 1.2e6, "barrel per day", K.MEASURE),
        ("The fine was 1,000 PLN.", 1000, "zloty", K.MONEY),
        ("Revenue was 300 AUD.", 300, "australian dollar", K.MONEY),
        ("It costs 20,000 ₹ here.", 20000, "rupee", K.MONEY),
        ("The fine was 500 zł.", 500, "zloty", K.MONEY),
        ("A coffee costs 40 kr in Oslo.", 40, "krone", K.MONEY),
        ("The price is 20 Kč.", 20, "koruna", K.MONEY),
        ("Emissions fell by 2 Mt of CO2.", 2, "megatonne", K.MEASURE),
        ("Global emissions reached 37.4 Gt.", 37.4, "gigatonne", K.MEASURE),
        # currencies as the presses of their countries print them, and their scales
        ("The Senate passed a N54.99tn budget on Tuesday.", 54.99e12, "naira", K.MONEY),
        ("The naira closed at N1,580 against the dollar.", 1580, "naira", K.MONEY),
        ("Eskom says it needs R400 billion for the grid.", 400e9, "rand", K.MONEY),
        ("The man stole R2.7m from the fund.", 2.7e6, "rand", K.MONEY),
        ("Senators say P118.5 billion went missing.", 118.5e9, "peso", K.MONEY),
        ("The Treasury cut KSh 43.8 billion from roads.", 43.8e9, "shilling", K.MONEY),
        ("Counties owe Sh524 billion to suppliers.", 524e9, "shilling", K.MONEY),
        ("Aramco earned SR 72 billion in the quarter.", 72e9, "riyal", K.MONEY),
        ("Jakarta pledged Rp 71 trillion for school meals.", 71e12, "rupiah", K.MONEY),
        ("Dhaka set aside Tk 1,200 crore for the bridge.", 12e9, "taka", K.MONEY),
        ("Accra raised GH¢1.5 billion in bonds.", 1.5e9, "cedi", K.MONEY),
        ("The outlay stands at Rs17.57tr this year.", 17.57e12, "rupee", K.MONEY),
        ("The court imposed a penalty of Rs 300 cr on the firm.", 3e9, "rupee", K.MONEY),
        ("Putrajaya allocated RM419.2bil for the budget.", 419.2e9, "ringgit", K.MONEY),
        ("The state gave RM100mil in flood aid.", 100e6, "ringgit", K.MONEY),
        # a capitalised word before a scaled number names no model ("Game 7")
        ("Hackers Stole 273 Million Passwords.", 273e6, "passwords", K.CARDINAL),
    ],
)
def test_money_percent_duration_measure(text: str, value: float, unit: str, kind: QuantityKind) -> None:
    q = only(text)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A 50 year-old man was arrested.", 50),
        ("The 15-year-old's death sparked riots.", 15),
        ("The 15-year-olds were arrested.", 15),
        ("The victim, aged 25, died.", 25),
        ("He was 72 years old.", 72),
    ],
)
def test_an_age_is_a_figure_of_its_own_kind_and_no_claim_figure(text: str, value: float) -> None:
    [q] = find_quantities(text)
    assert (q.value, q.unit, q.kind) == (value, "year of age", K.AGE)
    assert not is_claim_figure(q)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Between 10 and 15 people were hurt.", 10, 15, "people"),
        ("Some 10-15 people were hurt.", 10, 15, "people"),
        ("They took 10 to 15 people away.", 10, 15, "people"),
        ("Dozens of people were killed.", 12, 120, "people"),
        ("Hundreds of people were killed.", 100, 1000, "people"),
        ("Thousands of tests were sent.", 1000, 10000, "tests"),
        ("Tens of thousands of students study there.", 10000, 100000, "students"),
        ("Millions of Americans were affected.", 1e6, 1e7, "americans"),
        ("There are 1 to 2 thousand people.", 1000, 2000, "people"),
        ("It had projected US $89 to $93 billion.", 89e9, 93e9, "dollar"),
        ("Growth slowed from 5 to 7 per cent.", 5, 7, "percent"),
        ("Prices range from $370,000 to $5.5 million.", 370000, 5.5e6, "dollar"),
        ("Shares fell from $36,040 at 10.45pm to $34,935.", 34935, 36040, "dollar"),
        ("It lasted three or four years.", 3, 4, "year"),
        ("Use a 5-10W laser.", 5, 10, "watt"),
        ("Four-, five- and six-cylinder engines.", 4, 4, "cylinder"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    q = claims(text)[0]
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.value is (None if low != high else q.value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("It killed 20 people.", Qualifier.EXACT),
        ("It killed about 20 people.", Qualifier.APPROXIMATE),
        ("It killed nearly 20 people.", Qualifier.APPROXIMATE),
        ("It killed some 20 people.", Qualifier.APPROXIMATE),
        ("It killed roughly 20 people.", Qualifier.APPROXIMATE),
        ("It killed almost 20 people.", Qualifier.APPROXIMATE),
        ("It killed an estimated 20 people.", Qualifier.APPROXIMATE),
        ("It killed around 20 people.", Qualifier.APPROXIMATE),
        ("It cooks for ~25 minutes.", Qualifier.APPROXIMATE),
        ("It killed more than 20 people.", Qualifier.MORE_THAN),
        ("It killed over 20 people.", Qualifier.MORE_THAN),
        ("The dome is above 20 metres.", Qualifier.MORE_THAN),
        ("It killed at least 20 people.", Qualifier.AT_LEAST),
        ("It killed fewer than 20 people.", Qualifier.LESS_THAN),
        ("It was under 4%.", Qualifier.LESS_THAN),
        ("It stayed below 4%.", Qualifier.LESS_THAN),
        ("It can reach up to 400 jobs.", Qualifier.AT_MOST),
        ("It was worth no more than $5.", Qualifier.AT_MOST),
        ("Sales rose by 5%.", Qualifier.INCREASE),
        ("Shares were up 3%.", Qualifier.INCREASE),
        ("The Nasdaq was +0.8% at noon.", Qualifier.INCREASE),
        ("Shares fell 2%.", Qualifier.DECREASE),
        ("Shares were down 4%.", Qualifier.DECREASE),
        ("Tesla is up nearly 57% this year.", Qualifier.INCREASE),
        ("The defence gave up 517 rushing yards.", Qualifier.EXACT),
        ("They need to add ten users.", Qualifier.EXACT),
    ],
)
def test_qualifiers(text: str, qualifier: Qualifier) -> None:
    assert claims(text)[0].qualifier is qualifier


def test_change_applies_to_amount_not_target() -> None:
    qs = claims("Blackmores was up 9.4 per cent to $84.")
    assert [(q.value, q.qualifier) for q in qs] == [(9.4, Qualifier.INCREASE), (84, Qualifier.EXACT)]
    qs = claims("Revenue rose to $7.36 billion from $6.78 billion a year earlier.")
    assert [q.qualifier for q in qs] == [Qualifier.EXACT, Qualifier.EXACT]
    assert qs[1].unit == "dollar"  # "a year earlier" is not a rate


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("It was the third attempt.", K.ORDINAL, 3),
        ("He finished 21st overall.", K.ORDINAL, 21),
        ("It reopened in 2016.", K.DATE, 2016),
        ("It happened on Sept. 30 at noon.", K.DATE, 30),
        ("It was signed on 30 September 2016.", K.DATE, 2016),
        ("It ended on July 4, 2016, at dawn.", K.DATE, 2016),
        ("Music of the 1990s was loud.", K.DATE, 1990),
        ("The fiscal year 2013-14 was poor.", K.DATE, 2013),
        ("It starts at 10:30 a.m. sharp.", K.TIME, 10),
        ("It starts at 5pm sharp.", K.TIME, 5),
        ("The score was 4:39 left.", K.TIME, 4),
        ("It happened at 1100 GMT today.", K.TIME, 1100),
        ("UPDATED: TUESDAY, MARCH 12, 2013", K.DATE, 2013),  # all-capital datelines
        ("WEDNESDAY 03 JULY 2013", K.DATE, 2013),
        ("APR 28", K.DATE, 28),
    ],
)
def test_dates_times_ordinals_are_not_claims(text: str, kind: QuantityKind, value: float) -> None:
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    assert qs[0].kind is kind
    assert qs[0].value == value
    assert not is_claim_figure(qs[0])
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Call +1 555-123-4567 now.",
        "Call 555-123-4567 now.",
        "See ISBN 978-0-306-40615-7 for details.",
        "The A320 landed safely.",
        "Cases of COVID-19 rose.",
        "Leaders met at the G7 summit.",
        "He won Game 7 at home.",
        "The new iPhone 11 is out.",
        "The FTSE 100 closed flat.",
        "Under Article 5 of the treaty.",
        "It tied the game at 89-89.",
        "That gave them a 7-0 lead.",
        "He told BBC One on Sunday.",
        "Properties including 49 Zorro Ranch Road were sold.",
        "It happened on 9/11 in New York.",
        "See http://newsone.com/2376991/zurana-hurton-13-children/ for more.",
        "See www.example.com/article-2170324/page.html for more.",
        "Mail press2019@example.org today.",
        "The 76ers won again.",
        "Users should upgrade to Firefox 3.0 now.",  # a version: a short decimal after a name
        "The flaw affects IE 5.01 only.",
        "It runs on Windows 8.1 only.",
        "http://www.ndtv.com/article/world/dozens-injured-child-dead-as-6-1-magnitude-quake",  # words too
        "See www.example.com/three-dead for more.",
    ],
)
def test_identifiers_are_not_claims(text: str) -> None:
    assert claims(text) == []
    assert any(q.kind is K.IDENTIFIER for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Someone left and no one came back.", []),
        ("Each one of them left.", []),
        ("One proposal asks the board to act.", [(1, "proposal")]),
        ("It was one of the best wireless speakers around.", [(1, "best wireless speakers")]),
        ("We need several hundred or even 1,000 megawatts.", [(1000, "megawatt")]),
        ("In 2021 most people worked from home.", []),
        ("Keytruda's 2018 sales jumped 90 per cent.", [(90, "percent")]),
        ("Some 2000 people were evacuated.", [(2000, "people")]),
        ("A 1,000-strong force arrived.", [(1000, None)]),
        ("It took Buford and Harstad four seasons.", [(4, "seasons")]),
        ("IE runs on nearly three-quarters of the world's computers.", [(0.75, "computers")]),
        ("The deal is worth 2 bn.", [(2e9, None)]),
        # "tn" apart from a number is a trillion only after a currency: otherwise tonnes
        ("It shipped 50 tn of wheat.", [(50, "tn")]),
        # a margin said alone is no negative number
        ("It forecast revenue of $54 billion, plus or minus 2%.", [(54e9, "dollar"), (2, "percent")]),
        # the one-letter currency signs only before a scaled or grouped amount
        ("Health workers wore N95 masks in the ward.", []),
        ("The R2 road to the coast was closed.", []),
    ],
)
def test_false_positive_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The attack killed 20 people.", Category.CASUALTIES),
        ("At least 12 soldiers were killed.", Category.CASUALTIES),
        ("There were 45 wounded.", Category.CASUALTIES),
        ("The town hosts 2,000 refugees.", Category.DISPLACEMENT),
        ("Some 10,000 people fled the city.", Category.DISPLACEMENT),
        ("Rebels seized more than 20 villages and towns.", Category.TERRITORY),
        ("They lost 300 square kilometres of territory.", Category.TERRITORY),
        ("Russia sent 5,000 troops.", Category.MILITARY),
        ("There were 20 air strikes overnight.", Category.MILITARY),
        ("They sent 200 trucks into the city.", Category.AID),
        ("The UN pledged $5 million in aid.", Category.AID),
        ("The budget is $5 million.", Category.MONEY),
        ("Turnout was 5%.", Category.PERCENTAGE),
        ("The nearly six-year war goes on.", Category.DURATION),
        ("The siege traps 250,000 people living under siege.", Category.POPULATION),
        ("He scored 22 goals.", Category.OTHER),
    ],
)
def test_quantity_category(text: str, category: Category) -> None:
    assert claims(text)[0].category is category


def test_offsets_and_window() -> None:
    text = "Header. It killed 20 people and 5% of homes. Tail 30 km."
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.surface
    start = text.index("It")
    end = text.index("Tail")
    qs = find_quantities(text, start, end)
    assert [q.value for q in qs] == [20, 5]
    assert all(start <= q.start < q.end <= end for q in qs)
    assert qs[0].surface == "20 people"


def test_window_offsets_for_number_words() -> None:
    text = "One. Then a dozen eggs and twenty-one soldiers arrived. Nine."
    start, end = text.index("Then"), text.index(" Nine")
    qs = find_quantities(text, start, end)
    assert [(q.surface, q.value) for q in qs] == [("a dozen eggs", 12), ("twenty-one soldiers", 21)]
    assert all(text[q.start : q.end] == q.surface for q in qs)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No one was hurt.", []),
        ("Another one is how to address it.", []),
        ("COVID -19 cases rose.", [("-19 cases", K.IDENTIFIER)]),
        ("COVID\t-19 cases rose.", [("-19 cases", K.IDENTIFIER)]),
    ],
)
def test_the_word_before_a_figure_is_read_in_its_sentence_wherever_it_stands(
    sentence: str, expected: list[tuple[str, QuantityKind]]
) -> None:
    """ "No one" starting the first sentence of a text and a later one are read alike (the word before
    "one" was taken from the start of the whole text when its sentence had no space before it)."""
    for before in ("", "The fire burnt all night. ", "The fire burnt all night.\n\n", "A. " * 50):
        text = before + sentence
        start = len(before)
        got = [(q.surface, q.kind) for q in find_quantities(text, start, len(text))]
        assert got == expected, before


def test_a_list_of_signed_numbers_reads_each_line_alone() -> None:
    text = "-5\n" * 20_000  # (each line's "-5" sliced the text before it: quadratic)
    sentences = extract(text)
    assert len(sentences) == 20_000
    assert {(q.surface, q.value) for s in sentences for q in s.quantities} == {("-5", -5.0)}


def test_surface_includes_qualifier_and_unit() -> None:
    q = only("Rebels seized more than 20 villages and towns.")
    assert q.surface == "more than 20 villages and towns"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "1.5e999",
        "999,999,999,999,999,999 people",
        "9" * 500,
        "$" + "9" * 400 + " billion",
        "1" + "0" * 320 + " trillion dollars",
        "10^999 and 1×10^-999",
        "\x00\x01\x02 12 \xff\ufffd 3",
        "İİİ one two İ 5 ẞ",
        "- -- --- 1- -1 -",
        "½⅓¼ ¾⅔",
        "0/0 of the 5/0 of a cake",
    ],
)
def test_never_raises_and_values_are_finite(text: str) -> None:
    for q in find_quantities(text):
        for x in (q.value, q.low, q.high):
            assert x is None or math.isfinite(x)
        assert text[q.start : q.end] == q.surface


@pytest.mark.parametrize("text", ["1-" * 20000, "1," * 20000, "a1" + ".b" * 20000, "one " * 10000])
def test_pathological_long_inputs_stay_linear(text: str) -> None:
    import time

    t0 = time.process_time()
    find_quantities(text)
    assert time.process_time() - t0 < 10.0  # quadratic behaviour would take minutes


def test_fuzz_random_text() -> None:
    rng = random.Random(1234)
    alphabet = "0123456789 ,.-/:$£€%abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ()+~½"
    words = [
        "one",
        "million",
        "dozens",
        "of",
        "more",
        "than",
        "up",
        "to",
        "per",
        "cent",
        "Sept.",
        "a",
        "half",
    ]
    for _ in range(400):
        parts = [
            rng.choice(words) if rng.random() < 0.3 else "".join(rng.choices(alphabet, k=rng.randint(1, 8)))
        ]
        parts += [
            rng.choice(words) if rng.random() < 0.3 else "".join(rng.choices(alphabet, k=rng.randint(1, 8)))
            for _ in range(rng.randint(0, 12))
        ]
        text = " ".join(parts)
        s = rng.randint(0, len(text))
        e = rng.randint(s, len(text))
        for q in find_quantities(text, s, e):
            assert text[q.start : q.end] == q.surface
            assert s <= q.start <= q.end <= e
            for x in (q.value, q.low, q.high):
                assert x is None or math.isfinite(x)


def test_claim_kinds() -> None:
    assert {K.DATE, K.TIME, K.ORDINAL, K.IDENTIFIER}.isdisjoint(CLAIM_KINDS)
    assert is_claim_figure(only("It killed 20 people."))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Rebels seized more than 20 villages.", 20.0, None),
        ("At least 12 people died.", 12.0, None),
        ("Fewer than 30 people attended.", None, 30.0),
        ("Up to 15 trucks crossed.", None, 15.0),
        ("About 40 people were missing.", 40.0, 40.0),
    ],
)
def test_bounded_qualifiers_leave_the_open_end_empty(text: str, low, high) -> None:
    [quantity] = find_quantities(text)
    assert quantity.value is not None
    assert (quantity.low, quantity.high) == (low, high)


def test_stop_words_of_an_all_capital_headline_are_not_counted() -> None:
    (margin,) = find_quantities("CREIGHTON WINS BY 12 IN MVC TOURNAMENT")
    assert (margin.surface, margin.unit) == ("12", None)
    (score,) = find_quantities("CREIGHTON DEFEATS DRAKE 65-53 IN MVC TOURNAMENT")  # a name's score: one token
    assert (score.surface, score.kind) == ("65-53", K.IDENTIFIER)
    (troops,) = find_quantities("They sent 20 US troops.")  # an acronym before a lower-case noun stays
    assert troops.unit == "us troops"


def test_a_verb_after_a_number_is_not_the_thing_counted() -> None:
    (mother,) = find_quantities("A mother of two died when a driver struck her.")
    assert (mother.surface, mother.unit) == ("two", "children")  # "died" is not counted; children are
    (dead,) = find_quantities("The crash left 24 dead.")  # dead people: the noun is left unsaid
    assert (dead.surface, dead.unit) == ("24", "people")
    (cop,) = find_quantities("One cop put both hands on his head.")
    assert (cop.surface, cop.unit) == ("One cop", "cop")
    (five,) = find_quantities("Five came off the bench.")
    assert (five.surface, five.unit) == ("Five", None)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("More than 1,300 federal and independent scientists signed.", "independent scientists"),
        ("Hundreds of government and private buildings were damaged.", "private buildings"),
        ("They seized 20 villages and towns.", "villages and towns"),
        ("The blast killed one person and injured dozens.", "person"),
        ("Two police officers were charged.", "police officers"),
        ("20 police were hurt.", "police"),
    ],
)
def test_modifiers_before_the_counted_noun(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


# One example per token regex group: (group, text, surface, kind, value)
_READ_BY_GROUP = [
    ("url", "See www.example.com/2013/page", "www.example.com/2013/page", K.IDENTIFIER, None),
    ("case", "It is case No. 4:24-cv-01187.", "4:24-cv-01187", K.IDENTIFIER, None),
    ("date", "On March 5, 2016 it rained.", "March 5, 2016", K.DATE, 2016.0),
    ("time", "We met at 10.30pm.", "10.30pm.", K.TIME, 10.0),
    ("phone", "Call +44 20 7946 0958 now.", "+44 20 7946 0958", K.IDENTIFIER, None),
    ("money", "It cost $5.", "$5", K.MONEY, 5.0),
    ("ordd", "He came 5th.", "5th", K.ORDINAL, 5.0),
    ("ident", "The A320 landed.", "A320", K.IDENTIFIER, None),
    ("sci", "About 1.5e6 cells died.", "About 1.5e6 cells", K.CARDINAL, 1.5e6),
    ("frac", "Eat ½ of it.", "½", K.CARDINAL, 0.5),
    ("slash", "After 9/11 it changed.", "9/11", K.IDENTIFIER, None),
    ("num", "They saw 20 people.", "20 people", K.CARDINAL, 20.0),
    ("word", "They saw twenty people.", "twenty people", K.CARDINAL, 20.0),
    ("ordw", "He came fifth.", "fifth", K.ORDINAL, 5.0),
    ("mult", "Sales have tripled.", "tripled", K.CARDINAL, 3.0),
    ("point", "It was a quarter-point cut.", "a quarter-point", K.PERCENT, 0.25),
    ("aperiod", "They waited over a week.", "over a week", K.DURATION, 1.0),
]


def test_every_token_group_has_a_reader() -> None:
    """A group added to a token regex without a reader would make ``_find`` fail on every such token."""
    from factcheck.extraction import _numlex as L

    parts = {"cur", "csign", "lsign", "cnum", "sign", "dig"}  # groups inside another group's match
    groups = {*L.MASTER.groupindex, *L.WORDS.groupindex, *L.URL.groupindex, *L.PLAIN_NUM.groupindex}
    assert set(Q._READERS) == groups - parts
    assert {group for group, *_ in _READ_BY_GROUP} == set(Q._READERS)


@pytest.mark.parametrize(("group", "text", "surface", "kind", "value"), _READ_BY_GROUP)
def test_each_group_is_read_by_its_reader(
    group: str,
    text: str,
    surface: str,
    kind: QuantityKind,
    value: float | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    reader = Q._READERS[group]

    def recording(*args: object) -> object:
        calls.append(group)
        return reader(*args)

    monkeypatch.setitem(Q._READERS, group, recording)
    (quantity,) = find_quantities(text)
    assert (quantity.surface, quantity.kind, quantity.value) == (surface, kind, value)
    assert calls == [group]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("There are 20 people and 1×10^999 stars.", "1×10^999 stars"),
        ("There are 20 people and -2.5 x 10^400 stars.", "-2.5 x 10^400 stars"),
        ("There are 20 people and 1.5e999 stars.", "1.5e999 stars"),
        ("There are 20 people and " + "9" * 400 + " stars.", "9" * 400 + " stars"),
        ("There are 20 people and $" + "9" * 400 + " billion.", "$" + "9" * 400 + " billion"),
    ],
)
def test_a_huge_exponent_does_not_cost_the_sentence_its_other_figures(text: str, surface: str) -> None:
    """A value too large for a float is no value: the figure is kept as written, with ``value``, ``low``
    and ``high`` None ("10.0 ** 400" raised, and the sentence lost every figure)."""
    people, huge = find_quantities(text)
    assert (people.surface, people.value) == ("20 people", 20.0)
    assert (huge.surface, huge.value, huge.low, huge.high) == (surface, None, None, None)
    (sentence,) = extract(text)
    assert [q.surface for q in sentence.quantities] == ["20 people", surface]


def test_a_figure_without_a_value_is_no_end_of_a_range() -> None:
    figures = find_quantities("Between 5 and 1.5e999 stars, and 10-20 planets.")
    assert [(q.surface, q.value, q.low, q.high) for q in figures] == [
        ("5", 5.0, 5.0, 5.0),
        ("1.5e999 stars", None, None, None),
        ("10-20 planets", None, 10.0, 20.0),
    ]


def test_a_zero_times_a_huge_power_is_zero() -> None:
    (zero,) = find_quantities("It is 0×10^999 stars.")
    assert zero.value == 0.0


# ------------------------------------------------------------------ general unit rules (issue 14)


def _units(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dose was cut to 0.5 mg/kg for children.", [(0.5, "milligram per kilogram")]),
        ("Winds of 40 m/s tore roofs off.", [(40, "metre per second")]),
        ("The cell reached 1.2 A/cm2 in the test.", [(1.2, "ampere per square centimetre")]),
        ("Its density is 2.7 g/cm³, the lab said.", [(2.7, "gram per cubic centimetre")]),
        ("The old van burns 9 l/km on hills.", [(9, "litre per kilometre")]),
        # a slash that joins no two units is no compound
        ("The hotline is open 24/7 now.", []),
    ],
)
def test_a_unit_over_a_unit_written_with_a_slash(text: str, expected: list) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Smokers now pay $14 per pack in the city.", "dollar per pack"),
        ("He averaged 2.1 goals per match last season.", "goals per match"),
        ("The fare rose to 3 euros per passenger.", "euro per passenger"),
    ],
)
def test_any_noun_after_per_is_the_denominator(text: str, unit: str) -> None:
    assert only(text).unit == unit


def test_per_cent_is_still_a_percent() -> None:
    assert only("Turnout rose 4 per cent.").unit == "percent"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Repairs should take a day or two, the council said.", 2, "day"),
        ("The club hopes to add another striker or two.", 2, "striker"),
        ("Expect a delay of an hour or three.", 3, "hour"),
    ],
)
def test_the_number_after_or_counts_the_noun_before_it(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients were given 45 and 50 mg of the drug.", [(45, "milligram"), (50, "milligram")]),
        (
            "Tariffs of 5, 10 or 15 percent are on the table.",
            [(5, "percent"), (10, "percent"), (15, "percent")],
        ),
        ("The homes have two or five bedrooms.", [(2, "bedrooms"), (5, "bedrooms")]),
        # a date before a comma and a spelled-out count share nothing
        ("The vote is on Dec. 6, five days before the deadline.", [(5, "day")]),
        # a thousands group split by a stray space is one number, no list (2026.12.34; before, 2 and 0)
        ("The climber fell about 2, 000ft on Sunday.", [(2000, "foot")]),
    ],
)
def test_a_list_of_numbers_shares_the_unit_written_after_the_last(text: str, expected: list) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sixers won 18 of their next 23 games.", [(18, "games"), (23, "games")]),
        (
            "The fund has raised 280 million of the 1.5 billion shekels it needs.",
            [(280e6, "shekel"), (1.5e9, "shekel")],
        ),
        # a price that names a note is not the unit of the count before it
        ("Police said 3 of the $20 bills were fake.", [(3, None), (20, "dollar")]),
    ],
)
def test_a_part_of_a_whole_takes_the_whole_s_unit(text: str, expected: list) -> None:
    assert _units(text) == expected


def test_a_bare_level_after_a_range_takes_its_unit() -> None:
    qs = claims("Mileage for SUVs went from about 14-18 mpg to 24 last year.")
    assert [(q.low, q.high, q.unit) for q in qs] == [(14, 18, "mile per gallon"), (24, 24, "mile per gallon")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Regulators fined one of the country's largest lenders.", "largest lenders"),
        ("She coached five women's basketball teams.", "basketball teams"),
        ("It is one reason Smith stayed home.", "reason"),  # a name after a common noun ends the phrase
        ("Has appeared in eight straight World Cups since 1991.", "straight world cups"),
        ("One rocket came down near the school.", "rocket"),  # an irregular past tense is a verb
        ("The firm hired three sales executives in May.", "sales executives"),  # a plural modifier
        ("The stock trades at 6.5 times earnings.", "times"),  # "times" is the multiplier
        ("Officials ordered 500 N95 masks for nurses.", "n95 masks"),
        ("The air force bought two F-35 fighters.", "f-35 fighters"),
        ("Posted 23 points thanks to free throws.", "points"),
    ],
)
def test_head_of_the_counted_noun_phrase(text: str, unit: str) -> None:
    assert claims(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The contract is worth AED 450 million.", "dirham"),
        ("The bank raised SGD2.5bn in bonds.", "singapore dollar"),
        ("Bread now costs ₦1,200 per loaf.", "naira per loaf"),
        ("The state paid 30 million baht in compensation.", "baht"),
        ("Investors lost 12,000 bitcoins in the hack.", "bitcoin"),
    ],
)
def test_more_currencies(text: str, unit: str) -> None:
    q = only(text)
    assert (q.unit, q.kind) == (unit, K.MONEY)


def test_a_capitalised_code_that_is_not_a_currency_stays_out() -> None:
    assert claims("PHP 8 was released on Thursday.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Workers near the plant received 20 mSv last year.", "millisievert"),
        ("The storm's pressure fell to 950 hPa overnight.", "hectopascal"),
        ("Engineers rated the cable at 5 kN before the collapse.", "kilonewton"),
        ("The new line offers 100 Mbps to rural homes.", "megabit per second"),
        ("The phone ships with a 5,000 mAh battery.", "milliampere hour"),
        ("The stadium's tower is rated at 3 megapascals.", "megapascal"),
        ("The response took 40 ms on average.", "millisecond"),
    ],
)
def test_prefixed_si_and_computing_units(text: str, unit: str) -> None:
    assert claims(text)[0].unit == unit


def test_a_singular_prefixed_bit_modifies_the_noun_after_it() -> None:
    assert only("The racks include four gigabit Ethernet switches.").unit == "gigabit ethernet switches"


@pytest.mark.parametrize(
    "text",
    [
        "Hosmer added a 30 degree homer in the ninth.",
        "The company added 64-bit chips to its range.",
        "The shares climbed to a 52-week high.",
    ],
)
def test_a_figure_that_modifies_a_noun_is_no_change(text: str) -> None:
    assert claims(text)[0].qualifier is Qualifier.EXACT


def test_a_change_verb_still_marks_a_unit_figure() -> None:
    assert only("Temperatures rose 3 degrees in May.").qualifier is Qualifier.INCREASE


def test_a_counted_change_then_the_new_level_is_no_range() -> None:
    qs = claims("The Dow fell 200 points to 25,000 on Friday.")
    assert [(q.value, q.unit) for q in qs] == [(200, "points"), (25000, "points")]  # (the index's level)
    (q,) = claims("Attendance grew from 300 people to 500.")
    assert (q.low, q.high, q.unit) == (300, 500, "people")  # "from … to" is still a range


# --- 2026.12.4: grammar of numbers and units met in held-out news -------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Gusts reached more than 120 mph (193 km/h) on the coast.", ["MORE_THAN", "MORE_THAN"]),
        ("The engine makes just under 400 hp (298 kW / 405 PS).", ["LESS_THAN"] * 3),
        ("Output fell by 2 to 3 million barrels (318,000 to 477,000 cubic metres).", ["DECREASE"] * 2),
        ("The fine is up to 2 million crowns (US $210,000), the agency said.", ["AT_MOST", "AT_MOST"]),
        ("The bridge is about 3 miles (4.8 km) long.", ["APPROXIMATE", "APPROXIMATE"]),
    ],
)
def test_a_bracketed_restatement_takes_the_figures_qualifier(text: str, qualifiers: list[str]) -> None:
    assert [q.qualifier.name for q in claims(text)] == qualifiers


def test_a_bracketed_figure_keeps_its_own_qualifier_or_a_different_subject() -> None:
    qs = claims("Prices rose 4% (from about 3% last year) and sales were 120 (the year before: 90).")
    assert [q.qualifier.name for q in qs] == ["INCREASE", "APPROXIMATE", "EXACT", "EXACT"]
    qs = claims("The club signed 12 players (three of them goalkeepers).")
    assert [q.qualifier.name for q in qs] == ["EXACT", "EXACT"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The ministry said 700 000 people had been displaced.", 700000, "people"),
        ("The fund was worth 1 250 000 euros at the end of June.", 1250000, "euro"),
        ("A no-break space: 45\u00a0000 tonnes of grain left the port.", 45000, "tonne"),
        ("The flat sold for 310 000.50 dollars.", 310000.5, "dollar"),
    ],
)
def test_thousands_grouped_by_spaces(text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in claims(text)][-1] == (value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019 150 people died on the roads.", [(150, "people")]),
        ("The 4 100-metre relay teams finished.", [(4, None), (100, "metre")]),
        ("Stores sold 12 128GB phones on Friday.", [(12, None), (128, "gigabyte")]),
        ("The vote was 52 48 in the first count.", [(52, None), (48, None)]),
    ],
)
def test_numbers_a_space_apart_that_are_no_thousands(text: str, expected: list) -> None:
    assert [(q.value, q.unit) for q in claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Support for the party stands at 34% ± 3 points, the poll found.", 34, "percent"),
        ("The samples weighed 2,000.45±0.01 pounds each.", 2000.45, "pound"),
        (
            "The probe fell at 9.83e-3 +/- 1e-5 km/s2 before it broke up.",
            0.00983,
            "kilometre per square second",
        ),
        ("Recovery took 12 plus or minus 2 days in the trial.", 12, "day"),
    ],
)
def test_a_margin_of_error_is_part_of_the_figure(text: str, value: float, unit: str) -> None:
    (q,) = claims(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The reactor ran at 300 °C (572 °F, 573.15K) before the shutdown.", 573.15, "kelvin"),
        ("The detector is cooled to 4 K, about minus 269 Celsius.", 4, "kelvin"),
        ("Her video drew 50K views in a day.", 50000, "views"),
        ("Fans walked 0.5k miles to the final.", 500, "mile"),
    ],
)
def test_k_after_a_number_is_kelvin_among_temperatures_else_a_thousand_of_what_follows(
    text: str, value: float, unit: str
) -> None:
    assert any((q.value, q.unit) == (value, unit) for q in claims(text))


def test_a_lone_k_is_no_kelvin_without_temperatures() -> None:
    assert all(q.unit != "kelvin" for q in claims("She won a 5K race and gave 300 K to charity."))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The fire burned approximately one-half mile of brush.", 0.5, "mile"),
        ("Crews cleared one-quarter acre of forest.", 0.25, "acre"),
        ("The town lies one third mile from the border.", 1 / 3, "mile"),
    ],
)
def test_one_and_a_fraction_word_before_a_unit(text: str, value: float, unit: str) -> None:
    (q,) = claims(text)
    assert (q.value, q.unit) == (value, unit)


def test_one_and_a_fraction_word_before_a_noun_stays_one() -> None:
    assert [(q.value, q.unit) for q in claims("He ran one half marathon.")] == [(1, "half marathon")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hail stones were 2 in across.", 2),
        ("The door is 2 1/2 in thick, the report said.", 2.5),
        ("The storm dropped 4 in of rain on the city.", 4),
        ("The frame measures 8 in x 10 in", 8),
        ("The screen measures 6.1 in", 6.1),
    ],
)
def test_in_with_no_object_is_the_inch(text: str, value: float) -> None:
    q = claims(text)[0]
    assert (q.value, q.unit) == (value, "inch")


@pytest.mark.parametrize(
    "text",
    ["Sales rose 5 in March.", "Police arrested 3 in the raid.", "The team won 4 in a row in May."],
)
def test_in_with_an_object_is_the_preposition(text: str) -> None:
    assert all(q.unit != "inch" for q in claims(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Temperatures fell to -40 degrees (minus 40 Fahrenheit) overnight.", -40, "fahrenheit"),
        ("Lows were about minus 30 Fahrenheit ,minus 34 Celsius in the valley.", -34, "celsius"),
    ],
)
def test_minus_after_a_bracket_or_comma_is_the_sign(text: str, value: float, unit: str) -> None:
    assert (claims(text)[-1].value, claims(text)[-1].unit) == (value, unit)


def test_a_month_after_a_bracket_starts_a_date() -> None:
    assert claims("The sale ends this month (December 2 to be exact).") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The FTSE 100 gained by 0.8 percent while the Dax lost by 1.",
            [(0.8, "percent", "INCREASE"), (1, "percent", "DECREASE")],
        ),
        (
            "The Nikkei closed at 27,412.50 points and the Hang Seng ended at 19,987.30.",
            [(27412.5, "points", "EXACT"), (19987.3, "points", "EXACT")],
        ),
        (
            "Unemployment fell by 0.2 percentage points to 4.1%, and inflation rose to 2.",
            [(0.2, "percentage point", "DECREASE"), (4.1, "percent", "EXACT"), (2, "percent", "EXACT")],
        ),
    ],
)
def test_a_unit_said_once_for_parallel_figures(text: str, expected: list) -> None:
    assert [(q.value, q.unit, q.qualifier.name) for q in claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police searched 5 houses at dawn and arrived at 3.",  # a whole number takes no counted noun
        "The rate stood at 5%. Output grew to 3 at the plant.",  # not across sentences
    ],
)
def test_no_parallel_unit_for_a_clock_time_or_across_sentences(text: str) -> None:
    assert claims(text)[-1].unit is None


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Shares of Acme were down 2.3%, Globex by 2.6% and Initech 1.9% before the bell.", ["DECREASE"] * 3),
        ("Copper rose 1.2%, Nickel 0.8% and Zinc by 0.5% in London.", ["INCREASE"] * 3),
    ],
)
def test_a_change_verb_said_once_for_a_list_of_movers(text: str, qualifiers: list[str]) -> None:
    assert [q.qualifier.name for q in claims(text)] == qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 4%, while imports were 3% of output.",
        "Sales rose 5%, Reuters reported, to 3%.",
        "Prices rose 2%, and Berlin 3 euros a ticket.",  # another unit: not the same change
    ],
)
def test_a_figure_after_a_verb_or_in_another_unit_is_no_gapped_change(text: str) -> None:
    assert claims(text)[-1].qualifier.name == "EXACT"


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The new alloy rates between 60 and 80 on the GPa scale in lab tests.", 60, 80, "gigapascal"),
        ("The tremor registered 4.2 on the Richter scale.", 4.2, 4.2, "richter"),
    ],
)
def test_a_unit_named_as_a_scale_after_the_number(text: str, low: float, high: float, unit: str) -> None:
    (q,) = claims(text)
    assert (q.low, q.high, q.unit) == (low, high, unit)


# --- 2026.12.5: ranges, changes and bounds of the held-out English presses --------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "qualifier"),
    [
        ("The group expects write-downs of €2bn-€2.5bn this year.", 2e9, 2.5e9, "euro", "EXACT"),
        ("Analysts see a loss of $40M-$55M for the quarter.", 40e6, 55e6, "dollar", "EXACT"),
        ("Sea surface temperatures could rise by 1.5C to 1.8C by 2050.", 1.5, 1.8, "celsius", "INCREASE"),
        ("Its profit rose £3m to £4m, the filing showed.", 3e6, 4e6, "pound sterling", "INCREASE"),
        ("The probe studied 10- to 12-metre waves.", 10, 12, "metre", "EXACT"),
    ],
)
def test_a_range_with_the_unit_written_at_both_ends(
    text: str, low: float, high: float, unit: str, qualifier: str
) -> None:
    q = claims(text)[0]
    assert (q.value, q.low, q.high, q.unit, q.qualifier.name) == (None, low, high, unit, qualifier)


def test_a_range_of_ages_with_the_first_hyphen_left_hanging() -> None:
    (q,) = find_quantities("Turnout among 18- to 29-year-olds was the lowest.")
    assert (q.surface, q.low, q.high, q.unit) == ("18- to 29-year-olds", 18, 29, "year of age")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a change verb, "from X to Y" with the unit at both ends is the old level and the new one
        (
            "The council cut the parking levy from 4.5 per cent to 3.8 per cent of turnover.",
            [(4.5, "EXACT"), (3.8, "EXACT")],
        ),
        ("Ministers raised the student grant from £500 to £650.", [(500, "EXACT"), (650, "EXACT")]),
        # a change by an amount, then the level reached: no range
        ("The board raised the tariff by $12 to $310 a tonne.", [(12, "INCREASE"), (310, "EXACT")]),
        ("Output rose 4% to 96%, the survey showed.", [(4, "INCREASE"), (96, "EXACT")]),
    ],
)
def test_two_levels_or_a_change_and_a_level_are_no_range(text: str, expected: list) -> None:
    assert [(q.value, q.qualifier.name) for q in claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Growth picked up from 2.5 to 3 per cent.", 2.5, 3),  # the unit said once: a range (NewsQuant)
        ("Rents range from £900 to £1,400 a month.", 900, 1400),  # no change verb
    ],
)
def test_from_to_ranges_that_stay(text: str, low: float, high: float) -> None:
    q = claims(text)[0]
    assert (q.low, q.high) == (low, high)


def test_a_ratio_with_hyphens_is_no_range() -> None:
    assert [q.value for q in claims("The odds were 10-to-1 against him.")] == [10, 1]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The bill passed with a 10-to-1 majority.", "10-to-1 majority"),
        ("Voters backed the bond by a roughly 2-to-1 margin.", "2-to-1 margin"),
        ("The board voted 7-to-2 to close the school.", "7-to-2"),
    ],
)
def test_a_votes_split_is_one_score(text: str, surface: str) -> None:
    assert [(q.surface, q.kind) for q in find_quantities(text)] == [(surface, "identifier")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Markets price in a 50bp hike by March.", 50, "basis point"),
        ("The spread widened by 15bps on Monday.", 15, "basis point"),
        ("Nearly 40k Australians moved abroad last year.", 40000, "australians"),
    ],
)
def test_glued_abbreviations(text: str, value: float, unit: str) -> None:
    q = claims(text)[0]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One witness, a taxi driver, said the car did not stop.", []),
        ("One resident told reporters the river rose overnight.", []),
        ("One person was killed in the blast.", [(1, "person")]),  # a count
        ("Exports grew 4% in the second half of the year.", [(4, "percent")]),
        ("Half of the budget goes on salaries.", [(0.5, "budget")]),  # a share
        ("Arsenal beat Chelsea 3-1 before 60,000 fans.", [(60000, "fans")]),
        ("The carrier ordered 12 Boeing 787-9 jets.", [(12, None)]),
        ("The firm shipped 4 million PlayStation 5 consoles in a month.", [(4e6, "playstation")]),
        ("Witnesses should call 999 or dial 101 for the police.", []),
        ("She called 120 voters on Friday.", [(120, "voters")]),
    ],
)
def test_determiners_periods_scores_models_and_phone_lines_are_no_figures(text: str, expected: list) -> None:
    assert [(q.value, q.unit) for q in claims(text)] == expected


def test_a_decimal_after_a_possessive_is_a_figure_not_a_version() -> None:
    assert [q.value for q in claims("The result is Philly's 93.3 scoring average.")] == [93.3]


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Expected to contend, the Sixers (9-14) are last.", "9-14"),
        ("The Chiefs (2-13, 1-7 home) lost.", "2-13"),
    ],
)
def test_a_win_loss_record_after_a_team_is_no_range(text: str, record: str) -> None:
    assert [q.kind for q in find_quantities(text) if q.surface == record] == [K.IDENTIFIER]


def test_a_bracketed_range_after_a_sentences_first_word_stays_a_range() -> None:
    assert [(q.low, q.high) for q in claims("Children (5-12) pay half price.")] == [(5, 12)]


def test_an_ordinal_with_grouped_thousands_is_one_ordinal() -> None:
    found = find_quantities("He scored his 2,292nd point, and Green his 1,000th.")
    assert [(q.surface, q.kind, q.value) for q in found] == [
        ("2,292nd", K.ORDINAL, 2292),
        ("1,000th", K.ORDINAL, 1000),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Russia's three largest banks were named.", 3),  # a possessive owns what is counted
        ("It was the first of Adam Vinatieri's two field goals.", 2),
        ("Canada's one-dollar coin shows a loon.", 1),
    ],
)
def test_a_number_word_after_a_possessive_is_a_figure(text: str, value: int) -> None:
    assert [q.value for q in claims(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("That's one of the problems with this plan.", 1, "problems"),
        ("Yesterday one man was arrested in the raid.", 1, "man"),
        ("Aid workers reached Kassala one week ago.", 1, "week"),
        ("There's one hospital in the district, aid workers said.", 1, "hospital"),
    ],
)
def test_a_number_word_in_lower_case_after_a_capitalised_word_is_a_count(
    text: str, value: float, unit: str
) -> None:
    """(Only a capitalised number word joins the name before it: "BBC One", "Channel Four".)"""
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    ["He watched it live on BBC One.", "Channel Four aired the debate.", "Number two is to cut spending."],
)
def test_a_number_word_in_a_name_or_a_numbered_point_is_no_figure(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The regulator cut the cap by 40 basis points in June.", "DECREASE"),
        ("The central bank raised its main refinancing rate by 0.5 percentage points.", "INCREASE"),
        ("The agency lowered its growth forecast for the region by 0.3%.", "DECREASE"),
        ("Wheat exports fell by a record 2.1 million tonnes.", "DECREASE"),
        ("The council will borrow £2.3m less than planned.", "DECREASE"),
        ("Rainfall was 18% below average in March.", "DECREASE"),
        ("The scheme would insure 4 million more families by 2030.", "INCREASE"),
        ("The ministry set aside an extra $3.2 billion for hospitals.", "EXACT"),  # (an amount added)
        ("He cut the grant an additional $5 million.", "DECREASE"),
        ("The shares fell as much as 12% in early trade.", "AT_MOST"),
        ("As many as 300 families were moved to shelters.", "AT_MOST"),
        ("Households paid at most a 5% rise in rents.", "AT_MOST"),
        ("The regulator capped annual price rises at 7%.", "AT_MOST"),
        ("Passes cost from $45 for a day.", "AT_LEAST"),
        ("Patients waited 18 weeks or more for surgery.", "AT_LEAST"),
        # a bound after a change is the qualifier
        ("After losing 14 or more the season before, they won 10 games.", "AT_LEAST"),
        ("Shares fell 5% or more in a day.", "AT_LEAST"),
        ("Output rose 3% or less in May.", "AT_MOST"),
        ("Tickets are free for groups of 5 and under.", "AT_MOST"),
        ("Households earning $40,000 a year or less qualify.", "AT_MOST"),
        ("The index climbed more than 3% in May.", "MORE_THAN"),  # a bound said with the change: the bound
        ("Unemployment edged up to 4.4% in October.", "EXACT"),  # the level reached, no bound
        ("The state will spend $8bn on roads over four years.", "EXACT"),  # a period, the duration exact
        ("Talks lasted over 12 hours.", "MORE_THAN"),
        ("It was true over 10 years ago.", "MORE_THAN"),
        ("Inflation was 3% just shy of the target.", "EXACT"),
    ],
)
def test_qualifiers_of_the_held_out_presses(text: str, qualifier: str) -> None:
    q = [q for q in claims(text) if q.kind is not K.DATE][-1 if "over four years" in text else 0]
    assert q.qualifier.name == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "The quake left 30 dead and over 100 injured.",  # "and over" a second figure: no bound
        "The team won 5 and more than 3 drew.",
        "Two more rate cuts are expected this year.",  # "more" after a small count: additional, exact
        "The water was 0.4C above freezing.",  # a level against a reference, not a change
        "The tax will be cut in half by five years.",  # "by" a deadline
    ],
)
def test_no_qualifier_after_where_none_is_written(text: str) -> None:
    assert claims(text)[0].qualifier.name == "EXACT"


def test_just_shy_of_is_approximate() -> None:
    assert only("Births fell to just shy of 250,000.").qualifier is Qualifier.APPROXIMATE


def test_an_age_and_over_is_a_lower_bound() -> None:
    (q,) = find_quantities("Residents aged 70 and over get a free pass.")
    assert (q.value, q.low, q.high, q.qualifier) == (70, 70, None, Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "m" glued before a plural noun: millions, as the British press writes them; a length otherwise
        ("Some 5m people live in the flood plain.", [(5e6, "people")]),
        ("Drought hit 1.3m acres of farmland.", [(1.3e6, "acre")]),
        ("The streaming service has 3m subscribers.", [(3e6, "subscribers")]),
        ("The suspect is 1.8m tall.", [(1.8, "metre")]),
        ("A 10m fall killed the climber.", [(10, "metre")]),
        ("The town built two 50m pools.", [(2, None), (50, "metre")]),
        # "by X to Y" of bare numbers, and a count then a smaller one: a change and a level, two counts
        ("The index fell by 611 to 1,688.", [(611, None), (1688, "points")]),  # (an index's level)
        ("The bill passed by 217 votes to 212.", [(217, "votes"), (212, "votes")]),  # (the noun said once)
        ("The committee voted 10 to 0 for the bill.", [(10, None), (0, None)]),
        # a range whose unit or scale is said once at its end
        ("They cut emissions by 20 to 30 percent.", [((20, 30), "percent")]),
        ("He would cut the budget by three to five billion dollars.", [((3e9, 5e9), "dollar")]),
        # an American street address by its block
        ("Police were called to the 2400 block of Main Street.", []),
    ],
)
def test_millions_votes_changes_and_blocks_of_the_held_out_presses(text: str, expected: list) -> None:
    got = [((q.low, q.high) if q.value is None else q.value, q.unit) for q in claims(text)]
    assert got == [(pytest.approx(v), u) for v, u in expected]


# --- multiples, quarter-points and shares told alone ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("Measles cases rose to 127,350, twice the figure for 2023.", "twice", 2.0, "exact"),
        ("They produce twice as many engineers as we do.", "twice", 2.0, "exact"),
        (
            "Nigeria's population is expected to more than double to 477 million.",
            "more than double",
            2.0,
            "more_than",
        ),
        ("Arrivals roughly doubled in a year.", "roughly doubled", 2.0, "approximate"),
        ("The homeland security budget has tripled since 2001.", "tripled", 3.0, "exact"),
        ("Dengue cases saw a fourfold rise on last year.", "fourfold", 4.0, "exact"),
        ("Demand rose 10-fold in a decade.", "10-fold", 10.0, "exact"),
        ("Costs could triple.", "triple", 3.0, "exact"),
    ],
)
def test_multiples(text: str, surface: str, value: float, qualifier: str) -> None:
    found = [q for q in find_quantities(text) if q.unit == "times"]
    assert [(q.surface, q.value, q.qualifier) for q in found] == [(surface, value, qualifier)]


@pytest.mark.parametrize(
    "text",
    [
        "He was twice elected mayor of the city.",
        "The double murder shocked the town.",
        "The firm is subject to double taxation.",
        "The hall doubled as a shelter and the party doubled down.",
        "Greenwood scored twice as United confirmed their place.",
        "She won the Triple Crown in 1978.",
        "They came from a double-digit deficit.",
    ],
)
def test_no_multiple_in_adjectives_counts_of_times_and_idioms(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit == "times"] == []


def test_a_multiple_is_no_end_of_a_range() -> None:
    found = find_quantities("The population will more than double to 477 million.")
    assert [(q.surface, q.value) for q in found] == [("more than double", 2.0), ("477 million", 477e6)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("Traders trimmed bets on a quarter-point cut.", "a quarter-point", 0.25, "exact"),
        ("The bank raised rates by a half-point.", "a half-point", 0.5, "increase"),
        ("Stamp duty revenue is forecast to jump by a third as deals recover.", "a third", 1 / 3, "increase"),
        # a change a noun names keeps its hedge, as NewsQuant's writers and the paragraph writers mark it
        ("Harvests fell, a drop of nearly a fifth, after the rains.", "nearly a fifth", 0.2, "approximate"),
    ],
)
def test_points_and_shares_said_alone(text: str, surface: str, value: float, qualifier: str) -> None:
    q = next(q for q in find_quantities(text) if q.kind in CLAIM_KINDS)
    assert (q.surface, q.qualifier) == (surface, qualifier) and q.value == pytest.approx(value)


def test_an_ordinal_after_a_stays_an_ordinal() -> None:
    found = find_quantities("A third party was involved, and he came by a third route.")
    assert {q.kind for q in found} == {QuantityKind.ORDINAL}


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Its market value has topped $4 trillion.", "topped $4 trillion", "more_than"),
        ("Visitor spending exceeded AED 20 billion.", "exceeded AED 20 billion", "more_than"),
        ("The line carried north of 900,000 passengers daily.", "north of 900,000 passengers", "more_than"),
        ("Wind chills near minus 40 were forecast.", "near minus 40", "approximate"),
        ("Traders are pricing roughly a 35% chance of a cut.", "roughly a 35%", "approximate"),
        ("Enrollment had fallen by 4,100 students since 2019.", "4,100 students", "decrease"),
        ("He lost by one vote.", "one vote", "exact"),
    ],
)
def test_qualifiers_of_news_prose(text: str, surface: str, qualifier: str) -> None:
    q = next(q for q in find_quantities(text) if q.kind in CLAIM_KINDS)
    assert (q.surface, q.qualifier) == (surface, qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("US payrolls rose 254k in September.", "254k", 254_000.0),
        ("Sea ice extent was 1.9m sq km below the average.", "1.9m sq km", 1_900_000.0),
    ],
)
def test_glued_scales_before_a_stop_or_a_unit(text: str, surface: str, value: float) -> None:
    q = next(q for q in find_quantities(text) if q.kind in CLAIM_KINDS)
    assert (q.surface, q.value) == (surface, value)


def test_a_glued_k_after_an_article_is_a_race() -> None:
    assert [q.kind for q in find_quantities("She ran a 5k on Sunday.")] == [QuantityKind.IDENTIFIER]


def test_an_index_named_with_an_ampersand_is_no_count() -> None:
    found = find_quantities("S&P 500 futures were down 0.6%.")
    assert [(q.surface, q.kind) for q in found] == [("500", "identifier"), ("0.6%", "percent")]


@pytest.mark.parametrize(
    "text",
    [
        "The 10-year Treasury yield rose 3 basis points.",
        "The 10-year JGB yield hit its highest since 2008.",
        "Two-year gilts rallied.",
    ],
)
def test_a_bonds_tenor_names_it(text: str) -> None:
    tenor = find_quantities(text)[0]
    assert (tenor.kind, tenor.value) == (QuantityKind.IDENTIFIER, None)


def test_a_term_that_is_no_bond_stays_a_duration() -> None:
    found = find_quantities("He got a 10-year sentence.")
    assert [(q.surface, q.kind) for q in found] == [("10-year", QuantityKind.DURATION)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("India reached 287 at stumps on day one against Australia.", "one"),
        ("In round two, he lost.", "two"),
        ("Number three, we will cut taxes.", "three"),
    ],
)
def test_a_number_word_after_a_name_word_names_a_part(text: str, surface: str) -> None:
    named = next(q for q in find_quantities(text) if q.surface == surface)
    assert named.kind is QuantityKind.IDENTIFIER


def test_a_number_word_counting_a_plural_after_a_name_word_stays_a_count() -> None:
    found = find_quantities("Every day three people die on the roads.")
    assert [(q.surface, q.value) for q in found] == [("three people", 3.0)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The rand weakened 0.8% to 17.42 per dollar.", [("0.8%", "decrease"), ("17.42", "exact")]),
        (
            "The population fell by 908,574 to 120.3 million.",
            [("908,574", "decrease"), ("120.3 million", "exact")],
        ),
        ("Prices rose by 20 to 30 percent.", [("20 to 30 percent", "increase")]),
    ],
)
def test_a_change_then_the_level_it_reached(text: str, figures: list[tuple[str, str]]) -> None:
    assert [(q.surface, q.qualifier) for q in find_quantities(text)] == figures


def test_east_african_shillings() -> None:
    found = find_quantities(
        "MPs approved a Shs72.4 trillion budget, with USh9.3 trillion for debt and TSh 50 billion."
    )
    assert [(q.value, q.unit) for q in found] == [
        (72.4e12, "shilling"),
        (9.3e12, "shilling"),
        (50e9, "shilling"),
    ]


def test_a_hyphenated_to_range_rises_and_a_ratio_does_not() -> None:
    (weeks,) = find_quantities("He will be out for six-to-eight weeks.")
    assert (weeks.low, weeks.high, weeks.unit) == (6, 8, "week")
    assert all(q.value is not None for q in find_quantities("The odds were 3-to-1 on."))


# --- 2026.12.8: changes of an index, said in points, by a bare number or restated as a share -------------


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("The FTSE 100 slipped 41 points, or 0.5%, to 8,210 in London.", ["decrease", "decrease", "exact"]),
        ("Exports fell $2.1 billion, or 4.5 per cent, in March, the bureau said.", ["decrease", "decrease"]),
        ("Labor gained three points in the latest Newspoll.", ["increase"]),
    ],
)
def test_a_change_in_points_and_its_share_restated_after_or(text: str, qualifiers: list[str]) -> None:
    assert [q.qualifier for q in claims(text)] == qualifiers


@pytest.mark.parametrize(
    "text",
    ["Davis added 25 points in the win over Denver.", "Let me make one more point on that, please."],
)
def test_points_scored_or_made_are_no_change(text: str) -> None:
    assert [q.qualifier for q in claims(text)] == ["exact"]


def test_a_bare_change_then_a_far_higher_level_is_no_range() -> None:
    assert [(q.value, q.qualifier) for q in claims("The Nikkei fell 312 to 38,441.54 on Tuesday.")] == [
        (312, "decrease"),
        (38441.54, "exact"),
    ]
    (q,) = claims("Orders rose 5 to 10 a week after the launch, the firm said.")
    assert (q.low, q.high) == (5, 10)


# --- 2026.12.11: from two blind sets of real news sentences labelled the NewsQuant way ----------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("The airline flew 40-plus routes out of Nairobi last year.", 40, "at_least", "routes"),
        ("She has 20+ years of experience in public health.", 20, "at_least", "year"),
        ("A $2 billion-plus contract was signed on Monday.", 2e9, "at_least", "dollar"),
        ("Temperatures passed 100-plus degrees in the valley.", 100, "at_least", "degree"),
        ("Some 60-odd families were moved to the school.", 60, "approximate", "families"),
        ("Twenty-odd trucks waited at the crossing.", 20, "approximate", "trucks"),
    ],
)
def test_a_bound_or_a_hedge_glued_after_the_number(
    text: str, value: float, qualifier: str, unit: str
) -> None:
    q = only(text)
    assert (q.value, q.qualifier, q.unit) == (value, qualifier, unit)
    if qualifier == "at_least":
        assert (q.low, q.high) == (value, None)


def test_a_sum_with_plus_is_not_a_bound() -> None:
    assert all(q.qualifier != "at_least" for q in claims("The score went from 2+2 to 5 in one round."))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A couple of hundred protesters gathered outside the court.", 200, "protesters"),
        ("A couple thousand fans waited at the airport.", 2000, "fans"),
        ("At least a half-dozen shops were looted overnight.", 6, "shops"),
    ],
)
def test_a_couple_or_half_a_round_number(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


def test_a_few_dozen_is_as_vague_as_several_hundred() -> None:
    assert claims("A few dozen homes were damaged and several hundred people fled.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The convoy stopped a half-mile from the border.", "mile"),
        ("Each family received a half-litre of cooking oil.", "litre"),
        ("The ferry makes the half-hour crossing twice a day.", "hour"),
    ],
)
def test_half_before_a_hyphenated_unit(text: str, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (0.5, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The score was level at half-time in Lagos.",
        "His half-brother testified on Tuesday.",
        "Hackers sold a zero-day flaw to the agency.",
        "Talks are not a zero-sum game, she said.",
        "Crowds gathered at ground zero on Sunday.",
        "I think one has to be realistic about the talks.",
        "One could argue the plan came too late.",
        "The racks (each one holding an array of disks) were moved.",
    ],
)
def test_terms_and_pronouns_are_no_figures(text: str) -> None:
    assert claims(text) == []


def test_a_rate_of_zero_percent_is_still_a_figure() -> None:
    q = only("Dealers offered zero-percent financing on new cars.")
    assert (q.value, q.unit) == (0, "percent")


def test_one_before_an_ordinal_word_is_no_count_of_one() -> None:
    assert all(q.value != 1 for q in claims("Spending grew one-twelfth what it had grown before."))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The flaw has hit 3m Android phones, the firm said.", 3e6, "android phones"),
        ("Some 1.2m UK households are behind on their bills.", 1.2e6, "uk households"),
    ],
)
def test_a_glued_m_before_a_name_and_a_plural_is_millions(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_glued_m_before_a_name_and_no_plural_stays_metres() -> None:
    q = only("The 1.9m Olympic champion cleared the bar.")
    assert (q.value, q.unit) == (1.9, "metre")


@pytest.mark.parametrize(
    "text", ["A magnitude-7.1 earthquake struck at dawn.", "The Magnitude-5 tremor hit."]
)
def test_a_hyphenated_magnitude(text: str) -> None:
    q = only(text)
    assert (q.unit, q.kind) == ("magnitude", K.MEASURE)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The hiker fell about 300 metres down a scree slope.", "approximate"),
        ("A worker fell 12 feet from the scaffolding.", "exact"),
        ("The reservoir fell 2 metres over the summer.", "exact"),
        ("The water level fell by 2 metres over the summer.", "decrease"),
        ("Output fell about 5% in May.", "decrease"),
    ],
)
def test_a_length_fallen_is_a_distance_not_a_change(text: str, qualifier: str) -> None:
    assert [q.qualifier for q in claims(text)] == [qualifier]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The clinic hired 2,000 highly trained nurses.", "highly trained nurses"),
        ("Nearly 5,000 newly built homes stand empty.", "newly built homes"),
        ("The list named 93 family members of officials.", "family members"),
    ],
)
def test_an_adverb_before_a_modifier_keeps_the_counted_noun(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [
        ("The striker scored 9 of 14 penalties this season.", 9, "penalties"),
        ("Rebels now hold seven of the province's 12 districts.", 7, "districts"),
        ("The party won 41 of Kenya's 47 counties.", 41, "counties"),
    ],
)
def test_a_part_of_a_whole_counts_the_whole_noun(text: str, part: float, unit: str) -> None:
    first, whole = claims(text)
    assert (first.value, first.unit, whole.unit) == (part, unit, unit)


def test_a_larger_number_before_of_is_no_part() -> None:
    first, _ = claims("The 30 of 5 teams listed were wrong.")
    assert first.unit is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She was one of the two nurses on duty that night.", "nurses"),
        ("HSBC is one of Britain's biggest lenders.", "biggest lenders"),
    ],
)
def test_one_of_a_group_named_by_a_number_or_a_possessive(text: str, unit: str) -> None:
    assert claims(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Imports fell by about one-third last year.", 1 / 3),
        ("The budget grew one-twelfth as fast as revenue.", 1 / 12),
    ],
)
def test_one_and_an_ordinal_word_is_a_fraction(text: str, value: float) -> None:
    assert claims(text)[0].value == pytest.approx(value)


def test_one_second_is_a_duration_not_a_half() -> None:
    q = only("The system adds a one-second delay to each call.")
    assert (q.value, q.unit) == (1, "second")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("More than two dozen schools are now shelters.", 24, "schools"),
        ("Police held three dozen young protesters overnight.", 36, "young protesters"),
    ],
)
def test_a_number_of_dozens(text: str, value: float, unit: str) -> None:
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit", "kind"),
    [
        ("The queue stretched about a mile and a half.", "mile", K.MEASURE),
        ("The hearing lasted an hour and a half on Monday.", "hour", K.DURATION),
    ],
)
def test_a_unit_and_a_half(text: str, unit: str, kind: QuantityKind) -> None:
    q = only(text)
    assert (q.value, q.unit, q.kind) == (1.5, unit, kind)


def test_a_noun_and_a_half_is_no_figure() -> None:
    assert claims("He is a man and a half, his coach said.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The raid left one armed guard dead, police said.", "armed guard"),
        ("The flood left two soldiers missing in the valley.", "soldiers"),
        ("He had one missed call from the office.", "missed call"),
    ],
)
def test_the_counted_noun_after_one_and_before_a_state(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("At least 14 people were killed and 30 wounded in the blast.", 30, "people"),
        ("The storm killed 1,200 people, over 900 of them in the north.", 900, "people"),
        ("Six miners died and 40 others were trapped underground.", 40, "miners"),
        ("More than 300 migrants were rescued and about 20 have been hospitalised.", 20, "migrants"),
    ],
)
def test_a_count_whose_noun_is_left_out_takes_the_earlier_one(text: str, value: float, unit: str) -> None:
    (q,) = [q for q in claims(text) if q.value == value]
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Knicks have won six in a row after 16 points from Brunson.", 6),
        ("He scored 16 points and had 12 rebounds, then added 8 in the fourth quarter.", 8),
    ],
)
def test_a_bare_count_elsewhere_borrows_no_noun(text: str, value: float) -> None:
    (q,) = [q for q in claims(text) if q.value == value]
    assert q.unit is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The UN confirmed 30 dead and 55 wounded.", 30, "people"),
        ("The UN confirmed 30 dead and 55 wounded.", 55, "people"),
        ("Dozens injured as a quake hits the coast", 12, "people"),
        ("Quake hits the island; 1 dead", 1, "people"),
        ("There were 45 wounded.", 45, "people"),
        # another sentence's noun is not borrowed: people, not soldiers
        ("Twelve soldiers were hurt. Officials said 20 were wounded later.", 20, "people"),
        ("The blast left 39 missing children.", 39, "missing children"),  # a state before a noun modifies it
    ],
)
def test_a_count_in_a_state_with_no_noun_counts_people(text: str, value: float, unit: str) -> None:
    (q,) = [q for q in claims(text) if q.low == value]
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("A mother of 12 was shot dead on Saturday.", "12", "children"),
        ("The father of three was charged.", "three", "children"),
        ("Crash leaves Queens mother of 2 dead", "2", "children"),
        ("The 1,000-member church burned.", "1,000-member", "member"),
        (
            "He appeared in more than 40 films and TV shows, including two sitcoms.",
            "more than 40 films and TV shows",
            "films and tv shows",
        ),
        (
            "The storm destroyed 300 homes and businesses in the town.",
            "300 homes and businesses",
            "homes and businesses",
        ),
        ("He put on one officer's gray uniform.", "one officer", "officer"),  # one officer, not one uniform
        ("But the five young men-sons of a dentist-stood there.", "five young men", "young men"),  # a dash
        ("He had 16 wins and three defeats-and his 16th in a row.", "three defeats", "defeats"),
    ],
)
def test_what_a_count_counts(text: str, surface: str, unit: str) -> None:
    q = at(text, surface)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Sites were hit by hundreds of millions of Web sites and recommends that users update.",
            "web sites",
        ),
        ("It created 10 million jobs and yours.", "jobs"),
        ("He scored 20 points and five rebounds.", "points"),  # a count of its own
        ("They killed 12 soldiers and wounded 20.", "soldiers"),  # a verb
        ("We need 200 nurses and more doctors.", "nurses"),
    ],
)
def test_a_noun_after_and_is_shared_only_when_it_is_a_plural_noun(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Two of my children are sick.", "Two of my children", "children"),
        (
            "She cares for five of her daughter's orphaned kids.",
            "five of her daughter's orphaned kids",
            "orphaned kids",
        ),
        ("The jury heard two of the witnesses on Monday.", "two of the witnesses", "witnesses"),
        # a part of a count that follows keeps that count's noun
        ("He scored 10 of the team's first 17 points.", "10", "points"),
        ("Eight of the Bluejays' 11 assists came late.", "Eight", "assists"),
        ("They scored on four of their first five drives.", "four", "drives"),
        ("seven bridges, two of which collapsed", "two", "bridges"),  # "of which", "of whom": the noun before
        ("It left 50 people hurt, 10 of whom remain critical.", "10", "people"),
        ("They found one such attack on a bank.", "one such attack", "attack"),
        ("The two former civil war foes met.", "two former civil war foes", "former civil war foes"),
        ("Cells are 8-by-12 feet, with concrete walls.", "8", "foot"),
        ("He fell over half a kilometre down the face.", "over half a kilometre", "kilometre"),
        (
            "Crews poured 5,000 gallons of water per minute onto it.",
            "5,000 gallons of water per minute",
            "gallon per minute",
        ),
        ("Hansbrough ended eight fewer than Ford.", "eight", None),  # "fewer" is no noun
    ],
)
def test_the_noun_or_unit_a_figure_shares(text: str, surface: str, unit: str | None) -> None:
    q = at(text, surface)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "\"That's one area we've come up short all year on,\" he said.",
            "one area",
            "area",
        ),  # a contraction
        ("If it's 10 we'll stop here.", "10", None),
        ("He fell one completion short of the record.", "one completion", "completion"),  # a state after
        ("He finished 12 ahead of the field.", "12", None),
        (
            "The jury had one Asian man-began hearing the case.",
            "one Asian man",
            "asian man",
        ),  # a dash, a verb
        ("It killed one person and left two others missing.", "two others", "people"),  # others, in a state
        ("The video shows Horton, a mother of 12, on the street.", "12", "children"),
        ("Two players ahead of him retired.", "Two players", "players"),  # "ahead" is no "a head"
    ],
)
def test_where_a_counted_noun_ends(text: str, surface: str, unit: str | None) -> None:
    q = at(text, surface)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("A quake killed at least five people and injured dozens in the region.", "dozens", "people"),
        ("Shelling killed 20 and injured 30.", "20", "people"),  # a verb of harm before, no noun said
        ("Police said a family of four was evacuated.", "four", "people"),
        ("Seven members of one family died.", "one family", "family"),  # "-ly" and "-ing" nouns are nouns
        ("He has one last thing to say.", "one last thing", "thing"),
        ("He wants to make one thing clear.", "one thing", "thing"),
        ("They found one shooting in Brooklyn.", "one shooting", "shooting"),
        (
            "The patch covers more than half-a-dozen versions of IE.",
            "more than half-a-dozen versions",
            "versions",
        ),
        ("One bomb landed and three or four fell outside it.", "three or four", None),  # "fell" is a verb
        ("He threw three consecutive left hooks.", "three consecutive left hooks", "consecutive left hooks"),
    ],
)
def test_what_is_counted_when_a_verb_or_a_family_says_it(text: str, surface: str, unit: str | None) -> None:
    q = at(text, surface)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "One extremely important law is that drivers stop.",
            "One extremely important law",
            "extremely important law",
        ),
        (
            "It made the list of 10 most endangered properties.",
            "10 most endangered properties",
            "endangered properties",
        ),
        ("They lost the next four straight, then won.", "four", None),  # "straight" is no noun
        ("They won four straight games.", "four straight games", "straight games"),
        ("At least 50 reported injured after the quake.", "At least 50", "people"),
        ("Officials said 20 feared dead in the flood.", "20", "people"),
    ],
)
def test_superlatives_adverbs_and_reported_states(text: str, surface: str, unit: str | None) -> None:
    q = at(text, surface)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Some 2 million died in the latest war.", "Some 2 million", 2e6, "people"),  # died: people
        (
            "It is just one of many web addresses exploiting the flaw.",
            "one of many web addresses",
            1,
            "web addresses",
        ),
        ("A field goal tied the game at 13 late in the third quarter.", "13", 13, None),  # "late" is no noun
        (
            "About 135 homes and other buildings were damaged.",
            "About 135 homes and other buildings",
            135,
            "homes and other buildings",
        ),
        ("He ran for the first touchdown in nine quarters of football.", "nine quarters", 9, None),  # no 2.25
    ],
)
def test_counts_that_a_verb_a_phrase_or_a_game_says(
    text: str, surface: str, value: float, unit: str | None
) -> None:
    q = at(text, surface)
    assert (q.value, q.unit) == (value, unit)


def test_three_halves_stay_a_fraction() -> None:
    (q,) = find_quantities("Is three halves fractional?")
    assert q.value == 1.5


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Colts Clinch Playoff Berth with 20-13 Win Over Chiefs", "20-13 Win"),  # a score in a headline
        ("Onuaku scored 14 for the Orange (15-1, 3-0 Big East), who won.", "3-0 Big East"),
    ],
)
def test_a_score_before_a_capitalised_word_is_one_score(text: str, surface: str) -> None:
    score = at(text, surface)
    assert score.kind == K.IDENTIFIER
    assert not [q for q in find_quantities(text) if is_claim_figure(q) and q.surface in ("20", "3")]


def test_an_address_with_a_compass_letter_is_no_power() -> None:
    (address,) = find_quantities("She walked into the store at 200 W. American Blvd. on Wednesday.")
    assert (address.surface, address.kind) == ("200", K.IDENTIFIER)
    (power,) = find_quantities("The panel gives 200 W.")
    assert power.unit == "watt"


def test_half_a_dozen_with_hyphens_is_six() -> None:
    (q,) = find_quantities("more than half-a-dozen versions")
    assert (q.value, q.qualifier) == (6.0, Qualifier.MORE_THAN)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The Fix It tool can be used for IE6, 7, 8, 9, 10, and 11.", ["IE6", "7", "8", "9", "10", "11"]),
        ("Attacks targeted Internet Explorer 8 and 9, although all are affected.", ["8", "9"]),
        ("Microsoft lists Internet Explorer 5.01, 6, and 7 as affected.", ["5.01", "6", "7"]),
    ],
)
def test_numbers_listed_after_a_version_are_versions(text: str, surfaces: list[str]) -> None:
    found = find_quantities(text)
    assert [q.surface for q in found] == surfaces
    assert {q.kind for q in found} == {K.IDENTIFIER}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Game 7, 3 players were hurt.", "3 players"),  # a count with its noun is no version
        ("since l949 or fifty.", "fifty"),  # a number word is no version
    ],
)
def test_a_count_after_a_name_stays_a_count(text: str, kept: str) -> None:
    (q,) = [q for q in find_quantities(text) if q.surface == kept]
    assert q.kind == K.CARDINAL


@pytest.mark.parametrize("text", ["Rahman (45-7-2, 36 KOs) fell.", "Gene Pukall (14-13-2) lost."])
def test_a_record_with_draws_is_one_identifier(text: str) -> None:
    record = find_quantities(text)[0]
    assert record.kind == K.IDENTIFIER and record.surface.count("-") == 2
    assert not [q for q in find_quantities(text) if q.surface == "2"]


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the list was a short one, Moffat said yes.",
        "I wanted to make this a successful one.",
        "The Seattle game will be the first one on wild card weekend.",
    ],
)
def test_one_after_an_adjective_is_a_pronoun(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind == K.CARDINAL] == []


def test_a_further_one_percent_is_a_figure() -> None:
    (q,) = find_quantities("They want a further one percent cut.")
    assert (q.value, q.kind) == (1.0, K.PERCENT)


def test_a_rate_a_head_needs_its_blank() -> None:
    (fee,) = find_quantities("Tickets cost $5 a head.")
    assert fee.unit == "dollar per head"


@pytest.mark.parametrize(
    "text", ["First Posted: 10 / 25 / 11 06:44 PM ET", "27 / 09 / 2013-Turkmenistan votes"]
)
def test_a_date_with_spaced_slashes(text: str) -> None:
    (date,) = [q for q in find_quantities(text) if q.kind == K.DATE]
    assert date.surface.count("/") == 2 and not [q for q in find_quantities(text) if is_claim_figure(q)]


def test_two_of_the_best_counts_no_noun() -> None:
    (two,) = find_quantities("They are two of the best.")
    assert (two.surface, two.unit) == ("two", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The four-time All-Star (1983, '86, '87, '88) helped the 76ers.", "'86"),
        ("He last won it in '86.", "'86"),
        ("Music of the ’80s came back.", "’80s"),
    ],
)
def test_a_year_cut_short_is_a_date(text: str, surface: str) -> None:
    year = at(text, surface)
    assert year.kind == K.DATE and not is_claim_figure(year)


def test_a_quoted_count_is_no_year() -> None:
    (count,) = find_quantities("He wrote '20 people died' on the wall.")
    assert (count.surface, count.kind) == ("20 people", K.CARDINAL)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Anyone with information is asked to call Sgt. La Croix at 745-4811.", "745-4811", K.IDENTIFIER),
        ("To report it, call the hotline at 800-5555, police said.", "800-5555", K.IDENTIFIER),
        ("Call 555-0199 for 300-1200 tickets.", "300-1200 tickets", K.CARDINAL),  # a range after a call
        ("Call us: prices are 300-1200.", "300-1200", K.CARDINAL),
    ],
)
def test_a_local_telephone_number_after_a_call_is_no_range(
    text: str, surface: str, kind: QuantityKind
) -> None:
    q = at(text, surface)
    assert q.kind == kind


@pytest.mark.parametrize(
    ("text", "feet", "inches"),
    [
        ("Collier, a 6-foot-7 offensive lineman, returned.", 6, 7),
        ("He is 6-foot-7 and 220 pounds.", 6, 7),
        ("a 5-foot-10 woman", 5, 10),
        ("The guard stands 6 feet 2 inches tall.", 6, 2),
    ],
)
def test_a_height_in_feet_and_inches(text: str, feet: float, inches: float) -> None:
    found = find_quantities(text)
    assert (found[0].value, found[0].unit) == (feet, "foot")
    assert (found[1].value, found[1].unit, found[1].kind) == (inches, "inch", QuantityKind.MEASURE)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The firm connects hundreds of these boards.", "hundreds of these boards", "boards"),
        ("Dozens of their supporters gathered outside.", "Dozens of their supporters", "supporters"),
        ("Thousands of his fans waited.", "Thousands of his fans", "fans"),
    ],
)
def test_a_vague_count_of_a_determined_noun_counts_it(text: str, surface: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.surface, q.unit) == (surface, unit)


def test_a_plural_after_a_compound_modifier_is_the_noun_not_a_verb() -> None:
    found = find_quantities("Echenique scored two traditional three-point plays and blocked two shots.")
    assert [(q.surface, q.unit) for q in found] == [
        ("two traditional three-point plays", "traditional three-point plays"),
        ("two shots", "shots"),
    ]
    (proposal, _) = find_quantities("One proposal asks for 3 more.")
    assert proposal.unit == "proposal"  # after a plain noun the word is still the verb


@pytest.mark.parametrize(
    "text", ["A 911 caller reported the fire.", "Audio of a 911 call was released.", "He made a 999 call."]
)
def test_an_emergency_number_is_an_identifier(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.kind == K.IDENTIFIER and not is_claim_figure(q)


def test_911_counts_when_it_counts_something() -> None:
    (q,) = find_quantities("The storm destroyed 911 homes.")
    assert (q.value, q.unit) == (911, "homes")


@pytest.mark.parametrize(
    "text",
    [
        "These players with their multi-million dollar salaries hire drivers.",
        "The agency has a multi-billion-dollar budget.",
        "In a fight that was one-sided from the start, he won.",
        "Students get more one-on-one time with teachers.",
        "It was a one-off payment.",
        "Is this the time to unleash our one-liners?",
        "King knows a thing or two about making changes.",
        "The defense forced a three-and-out.",
        "They held Indianapolis to three and out to start the game.",
    ],
)
def test_vague_multiples_and_words_made_with_numbers_are_no_figures(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "He was in Prague shooting a BBC remake of the Three Musketeers, where he plays a cardinal.",
            "Three",
        ),
        ("The teachers would recite the Ten Commandments at the start of the day.", "Ten"),
        ("Fans of One Direction cheered loudly outside the hotel.", "One"),
    ],
)
def test_a_capitalised_number_word_in_prose_before_a_capital_is_a_title(text: str, surface: str) -> None:
    (q,) = find_quantities(text)
    assert (q.surface, q.kind) == (surface, K.IDENTIFIER)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a headline's title case capitalises every word: the number still counts
        ("Does a Migrant from Syria with Four Wives Receive Benefits?", "Four Wives", 4),
        ("Attack in Two Cities Kills Dozens", "Two Cities", 2),
        # several number words: an amount, however it is written
        (
            "Ted Cruz has enriched his net worth by Four Million Dollars since he was elected.",
            "Four Million Dollars",
            4e6,
        ),
        ("Police said three men were held.", "three men", 3),
    ],
)
def test_a_capitalised_number_word_in_a_headline_or_an_amount_still_counts(
    text: str, surface: str, value: float
) -> None:
    q = find_quantities(text)[0]
    assert (q.surface, q.value) == (surface, value)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("He averaged 5.2 yards a carry.", "5.2 yards a carry", "yard per carry"),
        ("She pulled down eight rebounds a game.", "eight rebounds a game", "rebounds per game"),
        ("Rooms cost $200 a night.", "$200 a night", "dollar per night"),
        ("He scored 25 points a game-high total.", "25 points", "points"),  # "game-high" is no rate
        ("They won 3 games a season ago.", "3 games", "games"),
    ],
)
def test_a_rate_after_a_with_a_game_carry_or_night(text: str, surface: str, unit: str) -> None:
    q = find_quantities(text)[0]
    assert (q.surface, q.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Cheeks guided the team to a 38-44 mark and fell two wins shy.", "38-44 mark"),
        ("The Sixers fired him after a disappointing 9-14 start.", "9-14 start"),
        ("The Chiefs are in the basement with a 2-13 season.", "2-13 season"),
        ("They finished with a 35-47 record.", "35-47 record"),
    ],
)
def test_two_numbers_of_a_dash_before_a_record_are_a_result_not_a_range(text: str, surface: str) -> None:
    record = at(text, surface)
    assert record.kind == K.IDENTIFIER and not is_claim_figure(record)


def test_a_range_before_other_nouns_stays_a_range() -> None:
    (weeks,) = find_quantities("It is a 10-12 week course.")
    assert (weeks.low, weeks.high, weeks.unit) == (10, 12, "week")


def test_numbers_listed_after_versions_are_identifiers() -> None:
    found = find_quantities("The flaw affects Internet Explorer versions 6, 7, 8, and 9.")
    assert [(q.surface, q.kind) for q in found] == [(n, K.IDENTIFIER) for n in ("6", "7", "8", "9")]


@pytest.mark.parametrize(
    "text",
    [
        "Denver is up for the number one seed.",
        "Education is my number one priority.",
        "Number two -- we must act.",
    ],
)
def test_number_one_is_a_rank_not_a_count(text: str) -> None:
    (rank,) = find_quantities(text)
    assert rank.kind == K.IDENTIFIER and not is_claim_figure(rank)


@pytest.mark.parametrize(
    "text", ["We have the coordinates of every single one of our locations.", "Not a single one was found."]
)
def test_single_one_is_a_pronoun(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "low", "high"),
    [
        (
            "It included 54 aftershocks stronger than five on the Richter scale.",
            "stronger than five",
            Qualifier.MORE_THAN,
            5,
            None,
        ),
        ("The quake was smaller than 5 on the scale.", "smaller than 5", Qualifier.LESS_THAN, None, 5),
        ("Results will be announced within 10 days.", "within 10 days", Qualifier.AT_MOST, None, 10),
        ("They were within 80m of their destination.", "within 80m", Qualifier.AT_MOST, None, 80),
    ],
)
def test_comparatives_and_within_bound_a_figure(
    text: str, surface: str, qualifier: Qualifier, low: float | None, high: float | None
) -> None:
    q = find_quantities(text)[-1]
    assert (q.surface, q.qualifier, q.low, q.high) == (surface, qualifier, low, high)


def test_within_a_bare_margin_is_no_bound() -> None:
    (margin,) = find_quantities("Drake pulled within six again.")
    assert (margin.surface, margin.qualifier, margin.unit) == ("six", Qualifier.EXACT, None)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("She was shot while picking up her daughter, 11, from school.", ["11"]),
        ("His two half-brothers, 17 and 22, were also arrested.", ["17", "22"]),
        ("The boys, 12 and 14, were hurt.", ["12", "14"]),
    ],
)
def test_a_number_in_commas_after_kin_is_an_age(text: str, ages: list[str]) -> None:
    found = [q for q in find_quantities(text) if q.kind == K.AGE]
    assert [q.surface for q in found] == ages and all(q.unit == "year of age" for q in found)


def test_counts_after_kin_in_a_list_stay_counts() -> None:
    found = find_quantities("He has 3 sons, 2 daughters and a wife.")
    assert [(q.surface, q.kind) for q in found] == [("3 sons", K.CARDINAL), ("2 daughters", K.CARDINAL)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("He is down to 5.8 ppg this year.", "point per game"), ("She averages 9 rpg.", "rebound per game")],
)
def test_a_players_averages_per_game(text: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.unit, q.kind) == (unit, K.CARDINAL)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("He ran 7½ miles.", "7½ miles", 7.5, "mile"),
        ("He had 10 points in the first 7 ½ minutes.", "7 ½ minutes", 7.5, "minute"),
        ("He had 10 points in the first 7\u2009½ minutes.", "7\u2009½ minutes", 7.5, "minute"),
        ("Mix in a ½ cup of flour.", "½ cup", 0.5, "cup"),
    ],
)
def test_a_whole_number_and_a_vulgar_fraction_are_one_value(
    text: str, surface: str, value: float, unit: str
) -> None:
    q = find_quantities(text)[-1]
    assert (q.surface, q.value, q.unit) == (surface, value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Two U.N. aircraft had landed today.", "Two U.N. aircraft", "u.n. aircraft"),
        ("Three U.S. soldiers were hurt.", "Three U.S. soldiers", "u.s. soldiers"),
    ],
)
def test_an_initialism_with_dots_is_part_of_the_counted_noun(text: str, surface: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.surface, q.unit) == (surface, unit)


def test_a_past_tense_spelt_as_the_base_ends_the_noun_after_a_noun() -> None:
    one, _students = find_quantities("One bomb hit a 200-student schoolhouse.")
    assert (one.surface, one.unit) == ("One bomb", "bomb")
    (songs,) = find_quantities("Two hit songs topped the chart.")
    assert songs.unit == "hit songs"
    (best,) = find_quantities("These are the 10 best hit songs.")
    assert best.unit == "best hit songs"
    (share,) = find_quantities("It is two-thirds of the tax cut.")
    assert share.unit == "tax cut"


def test_others_after_one_thing_count_that_thing_and_after_harm_people() -> None:
    found = find_quantities(
        "One bomb hit a 200-student schoolhouse, another hit the market and two others hit the camp."
    )
    assert [(q.surface, q.unit) for q in found][-1] == ("two others", "bomb")
    (_, others) = find_quantities("One man was killed and two others were hurt.")
    assert others.unit == "people"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The rule changes Section 7 of the Endangered Species Act.", "7"),
        ("They won Game 7 of the series.", "7"),
    ],
)
def test_a_named_number_before_of_is_a_name(text: str, surface: str) -> None:
    (q,) = find_quantities(text)
    assert (q.surface, q.kind) == (surface, K.IDENTIFIER)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "low", "high"),
    [
        ("Seven children aged from one to 12, three women and two men died.", "one to 12", K.AGE, 1, 12),
        ("Men aged between 18 and 30 were called up.", "18 and 30", K.AGE, 18, 30),
        ("Children aged from one to 12 years were vaccinated.", "one to 12 years", K.DURATION, 1, 12),
    ],
)
def test_ages_from_one_to_another(
    text: str, surface: str, kind: QuantityKind, low: float, high: float
) -> None:
    q = at(text, surface)
    assert (q.kind, q.low, q.high) == (kind, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Two of the bombs fell within the camp, including one close to the school.",
        "Protests are planned, including one outside the police headquarters.",
    ],
)
def test_one_before_a_place_is_a_pronoun(text: str) -> None:
    assert [q.surface for q in find_quantities(text) if q.value == 1] == []


def test_one_before_an_adjective_of_place_still_counts() -> None:
    (q,) = find_quantities("He spoke to one close friend.")
    assert q.unit == "close friend"


@pytest.mark.parametrize("text", ["But that is my two cents worth.", "He gave his two cents' worth."])
def test_two_cents_worth_is_an_idiom(text: str) -> None:
    assert find_quantities(text) == []


def test_a_number_glued_to_a_plural_by_a_dash_is_not_part_of_the_noun() -> None:
    q = find_quantities("McDermott now has 2,129 points-13 more than Rodney Buford.")[0]
    assert (q.surface, q.unit) == ("2,129 points", "points")


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        (
            "Scott had six starts in 20 appearances over two seasons with the Lions.",
            "two seasons",
            Qualifier.EXACT,
        ),
        ("He has played for over two seasons.", "over two seasons", Qualifier.MORE_THAN),
    ],
)
def test_over_seasons_is_a_period_as_over_years_is(text: str, surface: str, qualifier: Qualifier) -> None:
    q = find_quantities(text)[-1]
    assert (q.surface, q.qualifier) == (surface, qualifier)


def test_one_in_every_is_a_share() -> None:
    (q,) = find_quantities("Microsoft estimated that one in every 500 Windows users had been exposed.")
    assert (q.surface, q.value, q.unit) == ("one in every 500 Windows users", 0.002, "windows users")


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Rahman (45-7-2, 36 KOs) lost.", "36 KOs"), ("Pukall (14-13-2, 12KOs) lost.", "12KOs")],
)
def test_a_boxers_knockouts_after_a_three_part_record(text: str, surface: str) -> None:
    record, knockouts = find_quantities(text)
    assert record.kind == K.IDENTIFIER and "-" in record.surface and record.surface.count("-") == 2
    assert (knockouts.surface, knockouts.unit) == (surface, "knockout")


@pytest.mark.parametrize(
    "text", ["It was the 2nd one he returned for a touchdown.", "That was his first one since March."]
)
def test_one_after_an_ordinal_is_a_pronoun(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind == K.CARDINAL] == []


def test_one_after_an_ordinal_still_starts_a_compound_or_a_number() -> None:
    found = find_quantities("Cheeks received his second one-year contract extension.")
    assert [(q.surface, q.value) for q in found if q.kind == K.DURATION] == [("one-year", 1)]
    (days,) = [q for q in find_quantities("It was the first one hundred days.") if q.kind == K.DURATION]
    assert days.value == 100


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He was filming a BBC adaptation of The Three Musketeers in Prague when he found out.", "Three"),
        ("Charlotte Moore, Controller BBC One says the role is his.", "One"),
    ],
)
def test_a_title_or_a_channel_before_its_verb_is_a_name(text: str, surface: str) -> None:
    (q,) = find_quantities(text)
    assert (q.surface, q.kind) == (surface, K.IDENTIFIER)


def test_a_participle_glued_to_a_plural_by_a_dash_is_not_part_of_the_noun() -> None:
    (q,) = find_quantities("It re-released a total of ten patches-making it the worst month.")
    assert (q.surface, q.unit) == ("ten patches", "patches")


@pytest.mark.parametrize(
    "text",
    [
        "The guard, who is 6-foot-4, started.",
        "At 5-foot-10. she was the shortest.",
        "Smith, a 6-foot-7, 240-pound tight end, signed.",
        "Smith is 6-foot-7; the team needs size.",
    ],
)
def test_a_heights_inches_before_punctuation_are_inches_not_a_range(text: str) -> None:
    feet, inches, *_ = find_quantities(text)
    assert (feet.value, feet.unit) == (feet.low, "foot") and feet.low in (5, 6)
    assert (inches.surface, inches.unit, inches.kind) == (inches.surface, "inch", K.MEASURE)
    assert inches.value is not None and inches.value < 12


@pytest.mark.parametrize(
    ("text", "inches", "weight"),
    [
        ("The 6-foot-7,240-pound tight end signed.", 7, ("240-pound", 240)),
        ("Jones (5-foot-9,190 pounds) returned kicks.", 9, ("190 pounds", 190)),
    ],
)
def test_height_and_weight_joined_by_a_comma_are_two_figures(
    text: str, inches: float, weight: tuple[str, float]
) -> None:
    _, height_inches, pounds = find_quantities(text)
    assert (height_inches.value, height_inches.unit) == (inches, "inch")
    assert ((pounds.surface, pounds.value), pounds.unit) == (weight, "pound")


def test_thousands_after_a_comma_stay_grouped_without_a_height() -> None:
    (q,) = find_quantities("The club sold 8,225 tickets.")
    assert (q.value, q.unit) == (8225, "tickets")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Only the Firefox 3 versions of the add-on were affected.", None),
        ("The patch covers the Windows 10 editions sold in Europe.", None),
        ("The company shipped 3 versions of the add-on.", 3),
    ],
)
def test_a_names_number_before_versions_is_part_of_the_name(text: str, count: float | None) -> None:
    numbers = [q for q in find_quantities(text) if q.surface[0].isdigit()]
    assert [q.value for q in numbers] == [count]
    assert numbers[0].kind == (K.IDENTIFIER if count is None else K.CARDINAL)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The Bears gained 412 yards but lost.", Qualifier.EXACT),
        ("He gained nine yards on the carry.", Qualifier.EXACT),
        ("The index gained 12 points.", Qualifier.INCREASE),
    ],
)
def test_yards_gained_are_a_total_not_a_rise(text: str, qualifier: Qualifier) -> None:
    (q,) = find_quantities(text)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "age"),
    [("At 62, she is the oldest member of the cabinet.", 62), ("At 19, he left for Madrid.", 19)],
)
def test_a_number_opening_a_sentence_before_a_pronoun_is_an_age(text: str, age: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.kind) == (age, K.AGE)


def test_at_a_number_before_a_noun_or_midsentence_is_no_age() -> None:
    assert [q.kind for q in find_quantities("At 5, the market closed.")] == [K.CARDINAL]
    assert [q.kind for q in find_quantities("They met at 55, he said.")] == [K.CARDINAL]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The page loads a script from badsite.com/2.js on every visit.", "badsite.com/2.js"),
        ("Photos: pic.twitter.com/x7Yq2 via the agency.", "pic.twitter.com/x7Yq2"),
    ],
)
def test_a_bare_domain_with_a_path_is_an_address(text: str, surface: str) -> None:
    found = find_quantities(text)
    assert all(q.kind == K.IDENTIFIER for q in found)
    assert all(surface.startswith(q.surface) or q.surface == surface for q in found)
    assert not any(q.value is not None for q in found)


def test_a_slash_after_an_abbreviation_is_no_address() -> None:
    (q,) = find_quantities("The U.S./Mexico border saw 500 crossings.")
    assert (q.value, q.unit) == (500, "crossings")


@pytest.mark.parametrize(
    ("text", "value"), [("The charity gets 25¢ for each share.", 25), ("A stamp cost 3 ¢ then.", 3)]
)
def test_the_cent_sign_is_money(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.kind) == (value, "cent", K.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "Six men were arrested, and one of them was charged.",
        "He met the donors, one of whom gave money.",
        "The ship sank near one he had built himself.",
        "It is a promise, one they intend to keep.",
    ],
)
def test_one_before_a_pronoun_or_its_clause_is_a_pronoun(text: str) -> None:
    assert [q.surface for q in find_quantities(text) if q.surface.lower() == "one"] == []


def test_one_of_those_with_a_noun_still_counts_it() -> None:
    (q,) = [q for q in find_quantities("He broke one of those rules.") if q.surface.startswith("one")]
    assert (q.value, q.unit) == (1, "rules")


@pytest.mark.parametrize(
    "text",
    [
        "Voters can text HELP to 50555 to give.",
        "Readers texting the word 'FOOD' to 90999 before Friday give a meal.",
        "Teens can text 741741 for help.",
        "She said she needed 911 after the crash.",
    ],
)
def test_a_text_short_code_or_an_emergency_number_is_an_identifier(text: str) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.value) == (K.IDENTIFIER, None)


def test_a_number_after_to_without_a_text_message_stays_a_figure() -> None:
    (q,) = find_quantities("Sales rose to 50555 units.")
    assert (q.value, q.unit) == (50555, "units")


@pytest.mark.parametrize(
    "text", ["A charity called '100% Kids' raised money.", "The band named \u201c3 Doors Down\u201d played."]
)
def test_a_number_opening_a_quoted_name_after_called_is_part_of_the_name(text: str) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.value) == (K.IDENTIFIER, None)


def test_overseas_is_no_plural_noun() -> None:
    (q,) = find_quantities("It hired 300 overseas contract workers.")
    assert q.unit == "overseas contract workers"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Three of Jane Smith's sisters testified.", "sisters"),
        ("One of Governor Ann Lee's aides resigned.", "aides"),
    ],
)
def test_a_count_of_a_named_persons_things_takes_the_noun(text: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "feet", "inches"),
    [("The suspect is 5\u20199\u2033 tall.", 5, 9), ("The 6'11\" center signed.", 6, 11)],
)
def test_feet_and_inches_written_with_marks(text: str, feet: float, inches: float) -> None:
    a, b = find_quantities(text)
    assert (a.value, a.unit, b.value, b.unit) == (feet, "foot", inches, "inch")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It cost one-and-a-half times as much.", 1.5),
        ("About a million and a half people voted.", 1_500_000),
        ("They sold a dozen and a half eggs.", 18),
    ],
)
def test_and_a_half_after_a_scale_is_half_the_scale(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert q.value == value


@pytest.mark.parametrize(
    "text",
    ["She wore a size 12 dress.", "It is the lesser of two evils.", "The rival one-upped him again."],
)
def test_sizes_and_idioms_are_no_counts(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind == K.CARDINAL] == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The singer died at age 71 in his sleep.", 71),
        ("She retired at the age of 58.", 58),
        ("Lawmakers set a driving age of seventeen.", 17),
    ],
)
def test_a_number_after_age_or_the_age_of_is_an_age(text: str, age: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.kind) == (age, K.AGE)


def test_an_era_called_an_age_keeps_its_years() -> None:
    (q,) = find_quantities("Tools from the Iron Age 2,500 years ago were found.")
    assert (q.value, q.unit, q.kind) == (2500, "year", K.DURATION)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The agency rehired 400 retired Navy divers.", "retired navy divers"),
        ("Officials counted 30 unaccompanied migrant minors.", "unaccompanied migrant minors"),
    ],
)
def test_a_participle_before_modifiers_and_a_plural_modifies_the_plural(text: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit == unit


def test_one_of_every_is_a_share() -> None:
    (q,) = find_quantities("The survey found one of every four voters undecided.")
    assert (q.value, q.unit) == (0.25, "voters")


def test_a_number_before_number_is_a_phone_prefix() -> None:
    (q,) = find_quantities("Viewers were told to call a 900 number for results.")
    assert (q.kind, q.value) == (K.IDENTIFIER, None)


@pytest.mark.parametrize(
    ("text", "value"), [("They approved a near-$40 million budget.", 40e6), ("It had near-60% turnout.", 60)]
)
def test_near_glued_to_a_figure_is_approximate(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.qualifier) == (value, Qualifier.APPROXIMATE)


@pytest.mark.parametrize(
    "text", ["Police used two-way radios.", "He bought a one-way ticket.", "It was a four-way tie."]
)
def test_a_number_word_before_way_is_a_kind_not_a_count(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["The fair runs Sept. 12-15 in Ohio.", "The talks ran June 3–5, 2019."])
def test_the_last_day_of_a_span_of_days_is_a_date(text: str) -> None:
    assert all(q.kind == K.DATE for q in find_quantities(text))
    assert len(find_quantities(text)) >= 2


@pytest.mark.parametrize(
    ("text", "value"), [("Tenants get $1,200 every month.", 1200), ("It pays $30 each week.", 30)]
)
def test_money_every_period_is_a_rate(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, "dollar" + (" per month" if "month" in text else " per week"))


def test_the_prime_alone_is_the_foot() -> None:
    a, b = find_quantities("The mural is 120\u2032 x 40\u2032.")
    assert (a.value, a.unit, b.value, b.unit) == (120, "foot", 40, "foot")


@pytest.mark.parametrize("text", ["Stress can raise one's blood pressure.", "It depends on one\u2019s job."])
def test_ones_is_the_pronoun(text: str) -> None:
    assert find_quantities(text) == []


def test_a_one_time_payment_counts_nothing() -> None:
    assert find_quantities("Retirees get a one-time bonus.") == []


def test_an_irregular_past_verb_ends_the_counted_noun() -> None:
    (q,) = find_quantities("The dam held until one gate broke.")
    assert q.unit == "gate"


def test_a_noun_phrase_quoted_after_a_number_is_counted() -> None:
    (q,) = find_quantities("Officials named five 'key suspects' in the case.")
    assert (q.value, q.unit, q.surface) == (5, "key suspects", "five 'key suspects'")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Residents 65 and older vote early.", Qualifier.AT_LEAST),
        ("Kids 10 or younger enter free.", Qualifier.AT_MOST),
    ],
)
def test_a_number_and_older_or_younger_is_a_bounded_age(text: str, qualifier: Qualifier) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.qualifier) == (K.AGE, qualifier)


def test_scores_of_before_a_figure_is_no_vague_number() -> None:
    (q,) = find_quantities("Pupils with scores of 85 passed.")
    assert q.value == 85


def test_a_fraction_of_the_people_takes_their_noun() -> None:
    (q,) = find_quantities("Nearly 2/3 of the delegates voted yes.")
    assert (q.value, q.unit) == (pytest.approx(2 / 3), "delegates")


@pytest.mark.parametrize("text", ["One city banned Mother's Day parades.", "One city renamed Columbus Day."])
def test_an_ed_word_after_one_and_its_noun_is_a_verb(text: str) -> None:
    (q,) = find_quantities(text)  # (a possessive after it is no plural noun it could modify)
    assert (q.value, q.unit, q.surface) == (1, "city", "One city")


def test_a_plural_after_a_participle_is_the_noun_even_where_it_could_be_a_verb() -> None:
    (q,) = find_quantities("The bank froze three closed accounts in May.")
    assert (q.value, q.unit) == (3, "closed accounts")


def test_an_ing_noun_between_a_participle_and_the_plural_stays_in_the_noun() -> None:
    (q,) = find_quantities("Agents froze two unused trading accounts.")  # ("accounts" may be a verb)
    assert q.unit == "unused trading accounts"
    (q,) = find_quantities("Crews moved four locked shipping containers.")
    assert q.unit == "locked shipping containers"


def test_an_adverb_before_two_modifiers_and_the_plural() -> None:
    (q,) = find_quantities("Guards stopped three heavily tattooed young men.")
    assert (q.value, q.unit) == (3, "heavily tattooed young men")


@pytest.mark.parametrize(
    ("text", "unit", "qualifier"),
    [
        ("Patients waited 40 or more days for surgery.", "day", Qualifier.AT_LEAST),
        ("Each crate holds six or more bottles.", "bottles", Qualifier.AT_LEAST),
        ("Voters may pick one or more of the listed candidates.", "listed candidates", Qualifier.AT_LEAST),
        ("Groups of ten or fewer people may meet.", "people", Qualifier.AT_MOST),
    ],
)
def test_the_noun_after_a_bound_written_after_the_count(text: str, unit: str, qualifier: Qualifier) -> None:
    (q,) = find_quantities(text)
    assert (q.unit, q.qualifier) == (unit, qualifier)


def test_a_rate_after_a_bound_written_after_the_count() -> None:
    (q,) = find_quantities("Buses run three or more trips per hour.")
    assert (q.value, q.unit, q.qualifier) == (3, "trips per hour", Qualifier.AT_LEAST)


def test_a_bare_number_and_or_more_stays_unitless() -> None:
    (q,) = find_quantities("He scored 30 or more, twice.")
    assert (q.unit, q.qualifier) == (None, Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Museums admit children 6 and under free.", Qualifier.AT_MOST),
        ("Those 70 and over ride free.", Qualifier.AT_LEAST),
    ],
)
def test_people_then_a_number_and_under_or_over_is_a_bounded_age(text: str, qualifier: Qualifier) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.qualifier) == (K.AGE, qualifier)


def test_a_number_and_over_after_no_people_is_no_age() -> None:
    (q,) = find_quantities("Marks of 80 and over earn a prize.")
    assert (q.kind, q.qualifier) == (K.CARDINAL, Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Drivers over age 75 must retest.", Qualifier.MORE_THAN),
        ("Nobody under the age of 16 may enter.", Qualifier.LESS_THAN),
        ("She retired at the ripe age of 91.", Qualifier.EXACT),  # ("ripe" says no change)
    ],
)
def test_a_bound_before_age_bounds_the_age(text: str, qualifier: Qualifier) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.qualifier) == (K.AGE, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The state raised its smoking age to 21 last year.",
        "Lawmakers want the voting age lowered to 16.",
        "The retirement age will rise to 67.",
    ],
)
def test_an_age_set_or_changed_to_a_number_is_an_age(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.kind == K.AGE and q.unit == "year of age"


def test_a_number_after_to_without_age_is_no_age() -> None:
    (q,) = find_quantities("The wage gap rose to 18 in May.")
    assert q.kind == K.CARDINAL


def test_a_duration_capitalised_in_prose_is_a_title() -> None:
    (q,) = find_quantities("She was interviewed on 48 Hours about the case.")
    assert q.kind == K.IDENTIFIER


@pytest.mark.parametrize(
    "text", ["Did a Woman Sleep for 40 Years in a Cave?", "Trapped 9 Days Under Rubble, Boy Walks Out"]
)
def test_a_duration_capitalised_in_a_title_case_headline_stays_a_duration(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.kind == K.DURATION


def test_a_three_digit_area_code_is_an_identifier() -> None:
    (q,) = find_quantities("Calls from the 876 area code are often scams.")
    assert q.kind == K.IDENTIFIER
    (q,) = find_quantities("Canada has 43 area codes.")
    assert (q.kind, q.value) == (K.CARDINAL, 43)


@pytest.mark.parametrize(
    "text", ["Scientists say a cure could one day be found.", "She hopes we will one day meet."]
)
def test_one_day_after_a_modal_is_some_day(text: str) -> None:
    assert find_quantities(text) == []


def test_one_day_after_a_verb_is_a_day() -> None:
    (q,) = find_quantities("The repair will take one day.")
    assert (q.value, q.unit) == (1, "day")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The court imposed a $10,000 daily penalty.", "dollar per day"),
        ("The club pays him £90,000 weekly.", "pound sterling per week"),
        ("It has a $3 billion annual budget.", "dollar per year"),
    ],
)
def test_money_then_a_period_word_is_a_rate(text: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit == unit


def test_money_then_a_period_word_in_another_clause_is_no_rate() -> None:
    (q,) = find_quantities("They raised $4 million, daily papers said.")
    assert q.unit == "dollar"


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Police saw 40 MPH winds.", "mile per hour"), ("Set tyres to 32 PSI.", "pound per square inch")],
)
def test_a_speed_or_pressure_symbol_in_capitals_is_the_unit(text: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit == unit


def test_capitals_of_an_ambiguous_symbol_stay_a_name() -> None:
    (q,) = find_quantities("He met 4 SEC lawyers.")
    assert q.kind == K.CARDINAL and q.unit != "second"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The zoo shows four 'dancing' bears.", "dancing bears"),
        ("Police hired 300 \u201cvolunteer deputies.\u201d", "volunteer deputies"),
        ("He filed two 'emergency motions,' both denied.", "emergency motions"),
    ],
)
def test_a_quoted_modifier_or_a_quoted_noun_ending_in_a_mark_is_counted(text: str, unit: str) -> None:
    q = find_quantities(text)[0]
    assert q.unit == unit


def test_a_plural_before_a_verb_and_its_object_is_no_compound_noun() -> None:
    (q,) = find_quantities("Data from six trials suggests a link.")
    assert (q.surface, q.unit) == ("six trials", "trials")


def test_things_is_no_modifier_of_the_plural_after_it() -> None:
    (q,) = find_quantities("She named the four things voters want most.")
    assert q.unit == "things"


def test_a_plural_noun_compound_stays_whole() -> None:
    (q,) = find_quantities("Three animal rights groups sued.")
    assert q.unit == "animal rights groups"


def test_distance_to_the_gallon_is_a_rate() -> None:
    (q,) = find_quantities("The hybrid gets 50 miles to the gallon.")
    assert (q.value, q.unit) == (50, "mile per gallon")


@pytest.mark.parametrize(
    "text",
    [
        "He will retire when he turns 65 next year.",
        "When I was 14 my family moved.",
        "She's 102 and still drives.",
    ],
)
def test_a_number_someone_turns_or_is_is_an_age(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.kind == K.AGE


@pytest.mark.parametrize(
    "text", ["He was one of three finalists.", "I am one who believes it.", "We were two."]
)
def test_one_or_a_word_after_a_pronoun_and_be_is_no_age(text: str) -> None:
    assert all(q.kind != K.AGE for q in find_quantities(text))


def test_the_first_hour_before_a_clock_time_is_a_time() -> None:
    a, b = find_quantities("The group meets at 7 or 8 PM on Fridays.")
    assert (a.kind, b.kind) == (K.TIME, K.TIME)


def test_a_count_or_more_before_a_clock_time_stays_a_count() -> None:
    a, _ = find_quantities("He saw 10 or more at 11 PM.")
    assert (a.kind, a.qualifier) == (K.CARDINAL, Qualifier.AT_LEAST)


def test_money_word_capitalised_in_prose_is_a_name() -> None:
    (q,) = find_quantities("Tickets for a 50 Cent concert sold out quickly.")
    assert q.kind == K.IDENTIFIER


def test_a_duration_before_ago_is_no_change() -> None:
    (q,) = find_quantities("Rents went up 20 years ago and stayed.")
    assert (q.unit, q.qualifier) == ("year", Qualifier.EXACT)


def test_an_age_set_to_a_number_in_words() -> None:
    (q,) = find_quantities("The state lowered its voting age to sixteen.")
    assert (q.kind, q.value) == (K.AGE, 16)


@pytest.mark.parametrize("text", ["The bus left at 6 o'clock.", "The bus left at six o\u2019clock sharp."])
def test_a_number_before_oclock_is_a_clock_time(text: str) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.value, q.unit) == (K.TIME, 6, None)


def test_both_hours_before_oclock_are_times() -> None:
    assert [q.kind for q in find_quantities("Shifts end at 4 or 5 o'clock daily.")] == [K.TIME, K.TIME]


@pytest.mark.parametrize("text", ["She was one of those who left early.", "It is one of those that sank."])
def test_one_of_those_who_is_a_pronoun(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["The fair runs from June 3 to 9.", "Sales run between May 18 and 31."])
def test_the_last_day_of_a_span_written_with_words_is_a_date(text: str) -> None:
    assert [q.kind for q in find_quantities(text)] == [K.DATE, K.DATE]


def test_a_day_then_a_count_with_its_noun_stays_a_count() -> None:
    a, b = find_quantities("On May 18 and 20 people were hurt.")
    assert (a.kind, b.kind, b.unit) == (K.DATE, K.CARDINAL, "people")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Beer was $4 a pint, and wine $6 a glass.", "dollar per pint"),
        ("Tolls cost $8 a car on weekdays.", "dollar per car"),
    ],
)
def test_money_a_thing_is_a_price_each(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


def test_money_a_few_days_later_is_no_rate() -> None:
    (q,) = find_quantities("He sold it for $5 a few days later.")
    assert q.unit == "dollar"


@pytest.mark.parametrize("text", ["Rates of type 2 diabetes rose.", "A Type 1 diabetes drug was approved."])
def test_a_disease_ending_in_s_is_no_plural_after_a_type(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.kind == K.IDENTIFIER


def test_about_after_a_story_is_what_it_is_about() -> None:
    (q,) = find_quantities("The paper ran a story about 40 missing hikers.")
    assert (q.value, q.qualifier) == (40, Qualifier.EXACT)


@pytest.mark.parametrize("text", ["She spoke about 20 minutes.", "The state claims about 80% of the lake."])
def test_about_after_a_verb_stays_a_hedge(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.qualifier is Qualifier.APPROXIMATE


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The law sets a minimum 30-day notice period.", Qualifier.AT_LEAST),
        ("He faces a maximum 15-year term.", Qualifier.AT_MOST),
    ],
)
def test_a_minimum_or_a_maximum_before_the_figure_bounds_it(text: str, qualifier: Qualifier) -> None:
    (q,) = find_quantities(text)
    assert q.qualifier is qualifier


def test_a_long_number_after_number_or_code_is_an_identifier() -> None:
    (q,) = find_quantities("A call from the number 96723345 spreads malware.")
    assert q.kind == K.IDENTIFIER
    (q,) = find_quantities("The club has 25000 members.")
    assert (q.kind, q.value) == (K.CARDINAL, 25000)


def test_zero_tolerance_is_no_count() -> None:
    assert find_quantities("Schools adopted a zero tolerance rule.") == []


@pytest.mark.parametrize("text", ["The film '3 Miles' opens Friday.", "They watched 127 Hours again."])
def test_a_measure_or_duration_capitalised_in_prose_is_a_title(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.kind == K.IDENTIFIER


@pytest.mark.parametrize("text", ["It reached 30 Celsius today.", "The array produced 50 Wh today."])
def test_a_capitalised_unit_symbol_or_eponym_stays_a_measure(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.kind == K.MEASURE


def test_no_two_is_no_count() -> None:
    assert find_quantities("No two fingerprints are the same.") == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Flu shots are free for residents over 65.", Qualifier.MORE_THAN),
        ("Women aged under 30 were surveyed.", Qualifier.LESS_THAN),
    ],
)
def test_people_over_or_under_a_number_is_a_bounded_age(text: str, qualifier: Qualifier) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.qualifier) == (K.AGE, qualifier)


def test_things_over_a_number_is_no_age() -> None:
    (q,) = find_quantities("Shares over 70 were sold.")
    assert (q.kind, q.qualifier) == (K.CARDINAL, Qualifier.MORE_THAN)


def test_a_link_after_a_count_is_no_counted_noun() -> None:
    q = find_quantities("She has three cats https://t.co/abcDEF")[0]
    assert (q.surface, q.unit) == ("three cats", "cats")


@pytest.mark.parametrize(
    "text", ["Here is my thread (1/3)", "(3/3) \u2014 Jane Roe (@jroe) May 1, 2019", "That is all. 3/3"]
)
def test_a_posts_counter_is_an_identifier(text: str) -> None:
    assert find_quantities(text)[0].kind == K.IDENTIFIER


@pytest.mark.parametrize("text", ["He ate 1/3 of the pie.", "It was 50% (2/4) in May."])
def test_a_fraction_in_prose_stays_a_share(text: str) -> None:
    (q,) = [q for q in find_quantities(text) if "/" in q.surface]
    assert q.value == pytest.approx(0.5 if "2/4" in text else 1 / 3)


def test_more_than_a_whole_with_no_unit_is_a_month_and_a_day() -> None:
    (q,) = find_quantities("Remember what you said on 8/3 about it?")
    assert q.kind == K.DATE


def test_a_list_marker_opening_a_sentence_is_an_identifier() -> None:
    assert [q.kind for q in find_quantities("3. The mayor resigned.")] == [K.IDENTIFIER]
    (q,) = find_quantities("The mayor won 3. Then he resigned.")
    assert (q.kind, q.value) == (K.CARDINAL, 3)


@pytest.mark.parametrize("text", ["Members voted 2 keep the rule.", "Send money 4 help now"])
def test_2_or_4_written_for_to_or_for_is_no_figure(text: str) -> None:
    assert find_quantities(text) == []


def test_a_score_before_a_texting_verb_stays_a_score() -> None:
    (q,) = find_quantities("The board split in a 5-4 vote on Monday.")
    assert q.surface.startswith("5-4")


def test_a_section_of_a_code_is_an_identifier() -> None:
    assert [q.kind for q in find_quantities("See 18 U.S.C. \u00a7 1001 for details.")][-1] == K.IDENTIFIER
    (q,) = find_quantities("It breaks \u00a7\u00a7 101\u2013105 of the act.")
    assert (q.kind, q.surface) == (K.IDENTIFIER, "101\u2013105")


def test_one_way_or_another_is_no_count() -> None:
    assert find_quantities("We will fix it one way or another.") == []


@pytest.mark.parametrize(
    ("text", "value"), [("Vapes hold 5x more toxins.", 5), ("Rents rose 3X in a decade.", 3)]
)
def test_a_number_glued_to_x_is_a_multiple(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, "times")


def test_a_large_number_glued_to_x_stays_a_name() -> None:
    assert find_quantities("He bought the Zoom 360x camera.")[0].kind == K.IDENTIFIER


def test_a_month_day_and_year_with_dashes_is_a_date() -> None:
    (q,) = find_quantities("Memo dated 03-14-2015 leaked.")
    assert (q.kind, q.surface) == (K.DATE, "03-14-2015")


def test_list_markers_after_a_colon_or_semicolon_are_identifiers() -> None:
    a, b = find_quantities("The rules: 1) be kind; 2) be brief")
    assert (a.kind, b.kind) == (K.IDENTIFIER, K.IDENTIFIER)
    (q,) = find_quantities("Shares closed (down 3) on Friday.")
    assert q.kind == K.CARDINAL


def test_a_capitalised_duration_before_a_dash_in_prose_is_a_title() -> None:
    (q,) = find_quantities("The senator said so plainly on 48 Hours \u2014 and later denied it.")
    assert q.kind == K.IDENTIFIER


def test_a_unit_symbol_with_a_capital_stays_a_measure_at_the_end() -> None:
    (q,) = find_quantities("Crews on the station absorb 20 J/m^2 per year")
    assert q.kind == K.MEASURE


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Maybe 15 or 20 percent of the members left.", 15, 20, "percent"),
        ("The tunnel will take 8 or 10 years to dig.", 8, 10, "year"),
        ("He sent 3 or 4 letters to the board.", 3, 4, "letters"),
        ("Inflation could reach 5 percent or 6 percent.", 5, 6, "percent"),
        ("It will need seven or ten more trucks.", 7, 10, "trucks"),
    ],
)
def test_two_guesses_joined_by_or_are_one_range(text: str, low: float, high: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.low, q.high, q.unit) == (None, low, high, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The bus stops at the 12 or 140 mile post.",  # (the second more than twice the first: choices)
        "You can pay $40 million or $50 million or $60 million.",  # (a list of three)
        "Buy the 16-bit or 32-bit edition.",  # (kinds of a thing)
    ],
)
def test_numbers_joined_by_or_that_are_no_two_guesses_stay_apart(text: str) -> None:
    assert all(q.low == q.high for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The levy was doubled in `79.", "`79"),
        ("By fiscal year '05 which begins soon, it is law.", "'05"),
        ("By 1995 or '98 we will know.", "'98"),
        ("They last met in \u201804.", "\u201804"),
    ],
)
def test_two_digits_after_an_apostrophe_are_a_year(text: str, surface: str) -> None:
    years = [q for q in find_quantities(text) if q.surface == surface]
    assert [q.kind for q in years] == [K.DATE]


def test_two_digits_after_a_quote_that_opens_a_title_stay_a_count() -> None:
    (q,) = find_quantities("The list of 'Top 40 Hits' and '25 Greatest Films' grew.")[-1:]
    assert (q.value, q.kind) == (25, K.CARDINAL)


@pytest.mark.parametrize("word", ["millions", "thousands", "dozens"])
def test_a_vague_amount_said_twice_is_one_figure(word: str) -> None:
    (q,) = find_quantities(f"They sent {word} and {word} of letters home.")
    assert (q.surface, q.unit) == (f"{word} and {word} of letters", "letters")


@pytest.mark.parametrize(
    ("text", "value"), [("It must reach 40million homes.", 40e6), ("A 2billion fund.", 2e9)]
)
def test_a_scale_word_glued_to_the_digits_scales_them(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.kind) == (value, K.CARDINAL)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("There are three very distinct proposals.", "very distinct proposals"),
        ("She wrote two very long reports.", "very long reports"),
        ("He was one of the leading tax lawyers.", "leading tax lawyers"),
    ],
)
def test_an_intensifier_or_an_ing_word_before_a_modifier_and_a_plural(text: str, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit == unit


def test_one_of_only_a_few_counts_the_noun_after_it() -> None:
    (q,) = find_quantities("She is one of only a few pilots who flew it.")
    assert (q.value, q.unit) == (1, "pilots")


def test_bucks_are_dollars() -> None:
    (q,) = find_quantities("A ticket costs 30 bucks now.")
    assert (q.value, q.unit, q.kind) == (30, "dollar", K.MONEY)


@pytest.mark.parametrize("verb", ["turned", "handed"])
def test_over_after_turned_or_handed_is_a_particle_not_a_bound(verb: str) -> None:
    (q,) = find_quantities(f"The agency {verb} over 4,000 files.")
    assert (q.value, q.qualifier) == (4000, Qualifier.EXACT)


def test_a_share_more_likely_is_no_increase() -> None:
    (q,) = find_quantities("Smokers are 40% more likely to fall ill.")
    assert q.qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("The plan lets workers 50 to 59 retire.", 50, 59), ("Voters 25-34 stayed home.", 25, 34)],
)
def test_a_span_of_numbers_after_people_is_ages(text: str, low: float, high: float) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.kind) == (low, high, K.AGE)


@pytest.mark.parametrize(
    "text",
    [
        "One, the budget must balance.",
        "A commission, a very capable one, wrote it.",
        "She was seen as one who listens.",
    ],
)
def test_one_as_a_pronoun_or_a_list_marker_is_no_count(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The council cut $40 million from the parks.",
        "They cut the parks budget 12 percent.",
        "He slashed 30% in a year.",
    ],
)
def test_an_amount_or_a_share_cut_without_by_is_a_decrease(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.qualifier == Qualifier.DECREASE


@pytest.mark.parametrize("text", ["A tax cut of $5 billion passed.", "They pushed tax cuts for the top 1%."])
def test_a_cut_as_a_noun_leaves_the_figure_exact(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    ("text", "value"), [("On the twenty-second day it rained.", 22), ("She came forty-first.", 41)]
)
def test_a_compound_ordinal_in_words_is_one_ordinal(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.value) == (K.ORDINAL, value)


def test_a_number_word_after_a_month_is_a_day() -> None:
    day, year = find_quantities("The pact ends on June four, 1990.")
    assert (day.kind, day.surface, year.kind) == (K.DATE, "four", K.DATE)


@pytest.mark.parametrize(
    "text", ["That will not help us one bit.", "A fair deal is one in which nobody loses."]
)
def test_one_in_an_idiom_or_before_a_relative_clause_is_no_count(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She is the only mayor ever elected twice, one mayor ever.", 1, "mayor"),
        ("It cost 2.5 billion Mr. Chairman.", 2.5e9, None),
        ("She won one-half the votes.", 0.5, None),
    ],
)
def test_ever_and_a_title_end_the_counted_noun_and_one_half_is_a_half(
    text: str, value: float, unit: str
) -> None:
    q = find_quantities(text)[-1]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("The suspect, in his late 20s, fled.", 27, 29, Qualifier.EXACT),
        ("A woman in her early 70s was hurt.", 70, 73, Qualifier.EXACT),
        ("Workers in their mid-50s retire.", 55, 55, Qualifier.APPROXIMATE),
    ],
)
def test_part_of_a_decade_after_a_possessive_is_an_age(
    text: str, low: float, high: float, qualifier: Qualifier
) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.kind, q.qualifier) == (low, high, K.AGE, qualifier)


def test_a_share_after_an_increase_verb_and_its_object_is_an_increase() -> None:
    (q,) = find_quantities("They increased fares 12 percent.")
    assert q.qualifier == Qualifier.INCREASE
    (raised,) = find_quantities("They raised the group $2 million.")  # (money raised may be collected)
    assert raised.qualifier == Qualifier.EXACT


@pytest.mark.parametrize("text", ["The plan is one that works.", "It's one where both sides win."])
def test_one_after_be_before_a_relative_clause_is_a_pronoun(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It lasted 4 and a half years.", 4.5, "year"),
        ("They earned 3 and a half million dollars.", 3.5e6, "dollar"),
        ("She worked a 6-and-a-half-hour shift.", 6.5, "hour"),
        ("Rates hit 7 and one-half percent.", 7.5, "percent"),
        ("Inflation is eight and three-tenths per cent.", 8.3, "percent"),
        ("They waited four-and-one-half months.", 4.5, "month"),
    ],
)
def test_a_whole_number_and_a_fraction_said_with_it_are_one_number(
    text: str, value: float, unit: str
) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        ("Prices have climbed for the past 8, 10 years.", "8, 10 years", 8, 10, "year"),
        ("He has visited 25, 30 countries.", "25, 30 countries", 25, 30, "countries"),
        ("The march drew 6,000, 8,000, 10,000 people.", "6,000, 8,000, 10,000 people", 6000, 10000, "people"),
        ("There may be six, eight, or ten plants.", "six, eight, or ten plants", 6, 10, "plants"),
        ("Wages ran $9, $10, $11 an hour.", "$9, $10, $11 an hour", 9, 11, "dollar per hour"),
    ],
)
def test_guesses_said_one_after_another_in_commas_are_one_range(
    text: str, surface: str, low: float, high: float, unit: str
) -> None:
    (q,) = find_quantities(text)
    assert (q.surface, q.low, q.high, q.unit) == (surface, low, high, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Scores were 3, 10, 15 points.",  # (not in even steps)
        "Sizes 8, 10, 12 and 14 are sold.",  # (a list that goes on)
        "It was 30%, 40% in turn.",  # (a unit written each time)
        "They listed 40, 90 candidates.",  # (the second more than twice the first)
        "On June 12, 20 pupils passed.",  # (a date, then a count)
    ],
)
def test_figures_in_commas_that_are_no_guesses_stay_apart(text: str) -> None:
    assert not any("," in q.surface and q.low != q.high for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("About eleven or twelve million people live there.", 11e6, 12e6, "people"),
        ("It will cost 3 or 4 billion dollars.", 3e9, 4e9, "dollar"),
        ("We need $6 or $7 trillion.", 6e12, 7e12, "dollar"),
    ],
)
def test_two_guesses_with_the_scale_said_once_are_one_scaled_range(
    text: str, low: float, high: float, unit: str
) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_a_currency_range_keeps_the_rate_said_after_its_second_end() -> None:
    (q,) = find_quantities("Farm aid costs $30-35 billion a year.")
    assert (q.low, q.high, q.unit) == (30e9, 35e9, "dollar per year")


def test_capital_gains_after_a_cut_verb_is_its_object_not_a_rise() -> None:
    (q,) = find_quantities("The bill slashes capital gains 40 percent.")
    assert q.qualifier == Qualifier.DECREASE
    (rise,) = find_quantities("The fund gains 4 percent.")
    assert rise.qualifier == Qualifier.INCREASE


def test_something_like_hedges_and_a_direction_beats_it() -> None:
    (hedged,) = find_quantities("It holds something like 300 tonnes.")
    assert (hedged.surface, hedged.qualifier) == ("something like 300 tonnes", Qualifier.APPROXIMATE)
    (rose,) = find_quantities("Sales were up something like 6 percent.")
    assert rose.qualifier == Qualifier.INCREASE


def test_that_after_a_change_verb_opens_its_object() -> None:
    (q,) = find_quantities("They raised that fee by $40.")
    assert q.qualifier == Qualifier.INCREASE
    (cut,) = find_quantities("She cut that grant by 15 percent.")
    assert cut.qualifier == Qualifier.DECREASE


def test_a_thousand_spaced_after_its_comma_is_one_number() -> None:
    (q,) = find_quantities("Crews hauled 415, 000 tonnes away.")
    assert (q.surface, q.value, q.unit) == ("415, 000 tonnes", 415000, "tonne")
    assert [q.value for q in find_quantities("He listed 12, 140 and 300 items.")] == [12, 140, 300]


def test_one_quarter_hyphenated_is_a_quarter() -> None:
    (q,) = find_quantities("She gave one-quarter to charity.")
    assert q.value == 0.25
    (period,) = find_quantities("Profits fell in one quarter last year.")
    assert (period.value, period.unit) == (1, "quarter")


def test_two_guesses_with_a_hedge_after_or_are_one_range() -> None:
    (q,) = find_quantities("We may need three or perhaps four ships.")
    assert (q.low, q.high, q.unit) == (3, 4, "ships")


@pytest.mark.parametrize(
    "text",
    [
        "They solved them one by one.",
        "It survives in one form or another.",
        "Ships left one after the other.",
    ],
)
def test_one_in_an_idiom_is_no_count(text: str) -> None:
    assert find_quantities(text) == []


def test_fewer_before_the_noun_counted_is_read_past_as_more_is() -> None:
    (q,) = find_quantities("Schools now hire 3,000 fewer teachers.")
    assert (q.surface, q.value, q.unit) == ("3,000 fewer teachers", 3000, "teachers")


def test_a_quarter_or_half_of_a_scale_word_is_that_share_of_it() -> None:
    (q,) = find_quantities("Nearly a quarter million voters stayed home.")
    assert (q.value, q.unit, q.qualifier) == (250_000, "voters", Qualifier.APPROXIMATE)
    (half,) = find_quantities("Nearly a half million people fled.")
    assert (half.value, half.qualifier) == (500_000, Qualifier.APPROXIMATE)
    (more,) = find_quantities("A million and a quarter residents lost power.")
    assert (more.value, more.unit) == (1_250_000, "residents")


def test_a_spelled_out_ordinal_after_a_scale_is_one_ordinal() -> None:
    (q,) = find_quantities("The town marked its three hundred and fiftieth year.")
    assert (q.surface, q.value, q.kind) == ("three hundred and fiftieth", 350, QuantityKind.ORDINAL)
    (game,) = find_quantities("Tonight is his two hundredth game.")
    assert (game.value, game.kind) == (200, QuantityKind.ORDINAL)
    (buyers,) = find_quantities("We met a hundred first-time buyers.")
    assert (buyers.value, buyers.kind) == (100, QuantityKind.CARDINAL)


def test_hundredths_and_thousandths_are_fractions_and_a_second_of_time_no_ordinal() -> None:
    (q,) = find_quantities("It lasted one hundredth of a second.")
    assert (q.value, q.unit) == (0.01, "second")
    (gap,) = find_quantities("The gap was three thousandths of an inch.")
    assert (gap.value, gap.unit) == (pytest.approx(0.003), "inch")
    assert find_quantities("He decided in a split second.") == []


def test_a_year_cut_short_before_a_noun_is_a_date() -> None:
    (q,) = find_quantities("Voters remember the '06 midterms well.")
    assert (q.surface, q.kind) == ("'06", QuantityKind.DATE)


@pytest.mark.parametrize(
    "text",
    [
        "The district laid off 420 nurses.",
        "Officials cut 9,000 families from the rolls.",
        "The airline lost 2,300 jobs last year.",
    ],
)
def test_a_count_taken_off_a_total_is_a_decrease(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.qualifier == Qualifier.DECREASE


@pytest.mark.parametrize(
    "text", ["The club lost 4 players to injury.", "The tax cut 3 million households received was small."]
)
def test_a_count_lost_or_after_the_noun_cut_stays_exact(text: str) -> None:
    (q,) = find_quantities(text)
    assert q.qualifier == Qualifier.EXACT


def test_a_whole_number_and_a_fraction_before_a_scale_are_one_scaled_number() -> None:
    (q,) = find_quantities("The plan costs two and three-tenths billion dollars.")
    assert (q.surface, q.value, q.unit) == ("two and three-tenths billion dollars", 2_300_000_000, "dollar")


def test_one_hundredth_hyphenated_stays_a_share() -> None:
    (q,) = find_quantities("The dust is less than one-hundredth the width of a hair.")
    assert (q.high, q.kind) == (0.01, QuantityKind.CARDINAL)


def test_a_year_said_in_words_after_in_is_a_date() -> None:
    (q,) = find_quantities("Prices collapsed in sixty-two.")
    assert (q.kind, q.value) == (QuantityKind.DATE, None)
    (states,) = find_quantities("It rose in forty-two states.")
    assert (states.value, states.unit) == (42, "states")


def test_some_glued_after_a_number_is_a_lower_bound() -> None:
    (q,) = find_quantities("They have run the shop for 30-some years.")
    assert (q.surface, q.low, q.unit, q.qualifier) == ("30-some years", 30, "year", Qualifier.AT_LEAST)


def test_one_and_a_fraction_before_the_whole_is_a_share() -> None:
    (q,) = find_quantities("The plot is one fifth the size of a park.")
    assert q.value == 0.2
    (period,) = find_quantities("In one quarter the firm lost money.")
    assert (period.value, period.unit) == (1, "quarter")


def test_square_one_is_no_count() -> None:
    assert find_quantities("Talks are back to square one.") == []


def test_jobs_added_are_an_increase_and_points_added_a_count() -> None:
    (q,) = find_quantities("The region added 12,000 jobs in March.")
    assert q.qualifier == Qualifier.INCREASE
    (points,) = find_quantities("He added 30 points.")
    assert points.qualifier == Qualifier.EXACT


def test_guesses_with_the_unit_said_again_in_words_are_one_range() -> None:
    (q,) = find_quantities("It will take six years, eight years, to finish.")
    assert (q.low, q.high, q.unit) == (6, 8, "year")
    bound, figure = find_quantities("They paid just over 15 percent, 15.4 percent in tax.")
    assert (bound.qualifier, figure.value) == (Qualifier.MORE_THAN, 15.4)


def test_a_share_of_a_scale_word_is_that_share_of_it() -> None:
    (q,) = find_quantities("Nearly three quarters of a million homes lost power.")
    assert (q.value, q.unit, q.qualifier) == (750_000, "homes", Qualifier.APPROXIMATE)


@pytest.mark.parametrize(
    ("text", "value"),
    [("Wages stalled in the nineteen-seventies.", 1970), ("The plant opened in nineteen fifty-three.", 1953)],
)
def test_a_year_or_decade_said_in_words_is_a_date(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert (q.kind, q.value) == (QuantityKind.DATE, value)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Music changed in the '70's, after the war.", "'70's"),
        ("The levy of '82 -- a flat tax -- failed.", "'82"),
    ],
)
def test_a_year_or_decade_cut_short_before_an_apostrophe_s_or_a_dash_is_a_date(
    text: str, surface: str
) -> None:
    (q,) = find_quantities(text)
    assert (q.surface, q.kind) == (surface, QuantityKind.DATE)


def test_a_share_with_a_period_after_it_is_a_rate() -> None:
    (q,) = find_quantities("Rents climbed roughly 9 percent per year through the decade.")
    assert (q.surface, q.unit, q.qualifier) == (
        "roughly 9 percent per year",
        "percent per year",
        Qualifier.INCREASE,
    )
    (average,) = find_quantities("Tuition rose 6% a year on average.")
    assert average.unit == "percent per year"
    (level,) = find_quantities("Inflation was 4 percent a year earlier.")
    assert level.unit == "percent"


def test_a_count_a_form_of_be_and_down_or_up_come_before_is_a_change() -> None:
    (q,) = find_quantities("The county is still down 4,200 jobs.")
    assert (q.unit, q.qualifier) == ("jobs", Qualifier.DECREASE)
    (up,) = find_quantities("Orders were up 800 units in May.")
    assert up.qualifier == Qualifier.INCREASE
    (phrasal,) = find_quantities("She pulled down 9 rebounds.")
    assert phrasal.qualifier == Qualifier.EXACT


def test_a_phrasal_change_verb_and_a_long_object_before_by_make_a_change() -> None:
    (q,) = find_quantities("The plan brought down the price of bread by 8%.")
    assert q.qualifier == Qualifier.DECREASE
    (far,) = find_quantities("The law would cut the size of the national park by 40%.")
    assert far.qualifier == Qualifier.DECREASE
    dash, _ = find_quantities("Prices grew this spring by 5 cents - from 2 cents to 7 cents.")
    assert dash.qualifier == Qualifier.INCREASE
    _, level = find_quantities("Prices grew this spring - up to 4 cents - by 5 cents.")
    assert level.qualifier == Qualifier.EXACT
    (paused,) = find_quantities("It will mean cutting uh - the fees by 20 percent.")
    assert paused.qualifier == Qualifier.DECREASE


@pytest.mark.parametrize("text", ["We, for one, object to the plan.", "The menu lists dinners for one."])
def test_for_one_before_a_stop_is_no_count(text: str) -> None:
    assert find_quantities(text) == []


def test_a_number_word_a_comma_and_a_subject_opening_a_sentence_is_a_list_item() -> None:
    assert find_quantities("Five, we must fund the schools.") == []
    q, _ = find_quantities("Five, including two children, were hurt.")
    assert q.value == 5
    (reported,) = find_quantities("Five, they said, were hurt.")
    assert reported.value == 5


def test_a_rate_after_a_bound_after_the_figure() -> None:
    (q,) = find_quantities("The war costs $3 billion or more every week.")
    assert (q.surface, q.unit, q.qualifier) == (
        "$3 billion or more every week",
        "dollar per week",
        Qualifier.AT_LEAST,
    )


@pytest.mark.parametrize(
    "text",
    [
        "It was a risky bet and one that paid off.",
        "Housing is a hard problem, one that no mayor has solved.",
        "Our market is more open than one that taxes every import.",
    ],
)
def test_one_and_a_relative_clause_after_a_join_is_a_pronoun(text: str) -> None:
    assert find_quantities(text) == []


def test_one_and_a_relative_clause_after_including_counts() -> None:
    _, one = find_quantities("Dozens of shells fell, including one that hit a clinic.")
    assert one.value == 1


def test_a_transcripts_pause_between_by_and_the_figure() -> None:
    (q,) = find_quantities("We would lower the tax by uh - two percent.")
    assert q.qualifier == Qualifier.DECREASE


def test_back_after_a_verb_of_increase_is_its_particle() -> None:
    (q,) = find_quantities("The Senate added back another $2 billion.")
    assert q.qualifier == Qualifier.INCREASE


def test_a_share_of_an_amount_of_money_in_words() -> None:
    (q,) = find_quantities("They spend one out of every four dollars on rent.")
    assert (q.value, q.unit) == (0.25, "dollar")


def test_guesses_with_a_hedge_before_the_last_are_one_range() -> None:
    (q,) = find_quantities("Sales fell 10, 15, sometimes 20 percent.")
    assert (q.low, q.high, q.unit) == (10, 20, "percent")
    (maybe,) = find_quantities("It could take 30, maybe 40 years.")
    assert (maybe.low, maybe.high) == (30, 40)


def test_two_years_said_in_words_and_cut_short_after_in() -> None:
    first, second = find_quantities("We fought them in sixty-two and sixty-four - and won.")
    assert (first.kind, second.kind) == (QuantityKind.DATE, QuantityKind.DATE)
    first, second = find_quantities("It passed in thirty-one and thirty-two states.")
    assert (first.value, second.value, second.unit) == (31, 32, "states")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Fees went from 2 percent up to 6 percent.", 2, 6),
    ],
)
def test_from_a_figure_up_or_down_to_another_is_a_range(text: str, low: float, high: float) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.qualifier) == (low, high, Qualifier.EXACT)


def test_up_to_after_from_stays_a_bound_when_the_ends_do_not_rise() -> None:
    first, second = find_quantities(
        "Pay ranges from about $9 thousand up to twenty or thirty thousand dollars."
    )
    assert (first.value, second.low, second.high) == (9000, 20_000, 30_000)


def test_like_before_a_figure_in_speech_is_a_hedge() -> None:
    (q,) = find_quantities("There were like 30 or 40 of them at the gate.")
    assert q.qualifier == Qualifier.APPROXIMATE
    (likeness,) = find_quantities("It looks like 3 teams will go through.")
    assert likeness.qualifier == Qualifier.EXACT


def test_guesses_each_ago_are_one_range() -> None:
    (q,) = find_quantities("We were told so four years ago, five years ago.")
    assert (q.low, q.high, q.unit) == (4, 5, "year")
    assert len(find_quantities("It was true two years ago, or four years ago, or six years ago.")) == 3


def test_jobs_lost_after_the_count_are_a_decrease() -> None:
    (q,) = find_quantities("In all 40,000 factory jobs have been lost since May.")
    assert q.qualifier == Qualifier.DECREASE
    (created,) = find_quantities("In all 40,000 factory jobs were created since May.")
    assert created.qualifier == Qualifier.EXACT


def test_a_pause_between_a_qualifier_and_the_figure() -> None:
    (q,) = find_quantities("It costs about uh - $3 billion a year.")
    assert (q.qualifier, q.unit) == (Qualifier.APPROXIMATE, "dollar per year")


def test_alone_after_a_counted_noun_is_not_part_of_it() -> None:
    (q,) = find_quantities("We oppose it for one reason alone.")
    assert q.unit == "reason"


def test_tons_are_short_tons_and_tonnes_metric() -> None:
    tons, tonnes, metric = (
        find_quantities(text)[0]
        for text in (
            "They shipped 300 tons of steel.",
            "They shipped 300 tonnes of steel.",
            "Ship 3 metric tons.",
        )
    )
    assert (tons.unit, tonnes.unit, metric.unit) == ("ton", "tonne", "tonne")


def test_a_pause_is_never_a_counted_noun() -> None:
    (q,) = find_quantities("There are three uh problems with it.")
    assert q.unit == "problems"
    (year,) = find_quantities("He took office in nineteen uh - fifty-three.")
    assert (year.kind, year.value) == (QuantityKind.DATE, 1953)


def test_half_a_trillion() -> None:
    (q,) = find_quantities("The plan adds half-a-trillion dollars of debt.")
    assert (q.value, q.unit) == (500_000_000_000, "dollar")


def test_one_out_of_every_amount_in_a_currency_is_a_share() -> None:
    (q,) = find_quantities("They keep 1 out of every $8 they earn.")
    assert q.value == 0.125


def test_one_of_only_n_things_counts_that_thing() -> None:
    one, _ = find_quantities("She was one of only four senators to vote no.")
    assert one.unit == "senators"


def test_a_tens_word_after_a_season_of_is_a_year() -> None:
    (q,) = find_quantities("Talks broke down in the autumn of sixty-two after the crisis.")
    assert q.kind == QuantityKind.DATE
    (leaves,) = find_quantities("The fall of forty leaves is slow.")
    assert leaves.unit == "leaves"


def test_the_next_year_after_a_year_in_words_and_or() -> None:
    (q,) = find_quantities("We can balance it in nineteen seventy-three or four.")
    assert (q.kind, q.surface) == (QuantityKind.DATE, "nineteen seventy-three or four")


def test_a_letter_a_spaced_dash_and_a_number_is_a_name() -> None:
    (q,) = find_quantities("They scrapped the B - 2 bomber.")
    assert (q.surface, q.kind) == ("B - 2", QuantityKind.IDENTIFIER)


def test_more_years_after_a_year_said_in_words_in_a_list() -> None:
    (q,) = find_quantities("It cannot be done in nineteen seventy-one, two, or three.")
    assert (q.kind, q.surface) == (QuantityKind.DATE, "nineteen seventy-one, two, or three")


def test_a_year_cut_short_before_and_and_a_clause() -> None:
    (q,) = find_quantities("He lost in sixty-two and was elected later.")
    assert q.kind == QuantityKind.DATE


def test_out_of_and_a_possessive_before_the_whole_is_a_share() -> None:
    (q,) = find_quantities("Eight out of our 10 schools are full.")
    assert (q.value, q.unit) == (0.8, "schools")
    one, three = find_quantities("One out of the three men was hurt.")
    assert (one.value, three.value) == (1, 3)


def test_ran_up_an_object_by_an_amount_is_an_increase() -> None:
    (q,) = find_quantities("They ran up the tax credit by $500.")
    assert q.qualifier == Qualifier.INCREASE


@pytest.mark.parametrize("text", ["That is the number-one issue.", "Prices vary one from another."])
def test_idioms_and_ranks_of_one_are_no_count(text: str) -> None:
    assert find_quantities(text) == []


def test_from_day_one_names_the_start() -> None:
    (q,) = find_quantities("It was plain from day one I would go.")
    assert q.kind == QuantityKind.IDENTIFIER


def test_an_amount_taken_out_of_something_is_a_decrease() -> None:
    (q,) = find_quantities("The bill would take $90 billion out of the fund.")
    assert q.qualifier == Qualifier.DECREASE
    (words,) = find_quantities("They drained a billion dollars out of the budget.")
    assert words.qualifier == Qualifier.DECREASE
    (count,) = find_quantities("The plan takes 300 families out of poverty.")
    assert count.qualifier == Qualifier.EXACT


def test_a_count_of_us_or_of_you_counts_people() -> None:
    (q,) = find_quantities("All four of us agree on that.")
    assert (q.value, q.unit) == (4, "people")
    (yours,) = find_quantities("Two of your friends came.")
    assert yours.unit == "friends"


def test_better_than_a_figure_is_a_lower_bound() -> None:
    (q,) = find_quantities("She gave better than forty speeches.")
    assert q.qualifier == Qualifier.MORE_THAN


def test_news_is_no_plural_before_the_noun_it_modifies() -> None:
    (q,) = find_quantities("Three leading national news networks ran it.")
    assert q.unit == "leading national news networks"


def test_digits_grouped_in_lakhs_and_crores_are_one_number() -> None:
    (flow,) = find_quantities("Flows at the barrage peaked at 6,85,000 cusecs on Sunday.")
    assert (flow.value, flow.surface) == (685000, "6,85,000 cusecs")
    (price,) = find_quantities("Traders paid Rs 2,45,000 a tonne.")
    assert (price.value, price.kind) == (245000, QuantityKind.MONEY)
    (crore,) = find_quantities("The fund holds 3,00,00,000 rupees.")
    assert crore.value == 30000000
    (western,) = find_quantities("The city has 1,250,000 residents.")
    assert western.value == 1250000


def test_wire_copy_scale_abbreviations_bln_and_trln() -> None:
    (forecast,) = find_quantities("It forecast revenue of $4.1 bln to $4.4 bln next quarter.")
    assert (forecast.low, forecast.high) == (pytest.approx(4.1e9), pytest.approx(4.4e9))
    (debt,) = find_quantities("Public debt reached 3 trln yen.")
    assert (debt.value, debt.unit) == (3e12, "yen")


def test_a_compound_of_an_irregular_plural_ends_its_counted_noun() -> None:
    count, ages = find_quantities("A survey of 4,100 schoolchildren aged 6 to 12 found gaps.")
    assert (count.unit, ages.low, ages.high) == ("schoolchildren", 6, 12)
    (sales,) = find_quantities("About 60 salespeople quit.")
    assert sales.unit == "salespeople"


def test_ages_between_two_ends_stay_one_span_before_a_verb() -> None:
    (ages,) = find_quantities("Suspects aged between 21 and 34 were arrested.")
    assert (ages.low, ages.high, ages.kind) == (21, 34, QuantityKind.AGE)


def test_a_minus_sign_before_the_currency_makes_the_amount_negative() -> None:
    (spot,) = find_quantities("Spot prices fell to -$45 on Sunday.")
    assert (spot.value, spot.unit) == (-45, "dollar")
    (loss,) = find_quantities("The fund posted −€3 million.")
    assert (loss.value, loss.unit) == (-3e6, "euro")


def test_two_shares_by_which_one_side_led_the_other_are_two_figures() -> None:
    winner, loser = find_quantities("Smith beat Jones by 54.1 percent to 44.3 percent.")
    assert (winner.value, loser.value) == (54.1, 44.3)
    (density,) = find_quantities("It ran at a density of 2.1 A/cm2 to 0.05 A/cm2.")
    assert (density.low, density.high) == (0.05, 2.1)  # (no "by": NewsQuant's range)


def test_a_bowlers_wickets_for_runs_are_one_score() -> None:
    for text in ("Khan returned 5 for 31 on the final day.", "Ali finished with figures of 3 for 44."):
        (score,) = find_quantities(text)
        assert (score.kind, score.value) == (QuantityKind.IDENTIFIER, None)
    count, cost = find_quantities("They bought 4 for 52 dollars.")
    assert (count.value, cost.value) == (4, 52)


def test_the_rand_and_the_peso_in_cents_and_before_a_hyphenated_scale() -> None:
    (petrol,) = find_quantities("Petrol rose to R23.85 a litre.")
    assert (petrol.value, petrol.unit) == (23.85, "rand per litre")
    (rate,) = find_quantities("The peso ended at P57.40 to the dollar.")
    assert (rate.value, rate.unit) == (57.4, "peso")
    (budget,) = find_quantities("Congress passed the P6.2-trillion budget.")
    assert budget.value == pytest.approx(6.2e12)
    (road,) = find_quantities("Traffic on the R40 was diverted.")
    assert road.kind == QuantityKind.IDENTIFIER


def test_shares_from_higher_to_lower_are_newsquants_range_unless_led_by() -> None:
    (cut,) = find_quantities("They cut it 30 percent to 15 percent.")
    assert (cut.low, cut.high) == (15, 30)  # (NewsQuant writes a change from one level to another as a range)
    ours, theirs = find_quantities("She led her rival by 41.3 per cent to 37.9 per cent.")
    assert (ours.value, theirs.value) == (41.3, 37.9)
    (band,) = find_quantities("Margins of 5% to 10% are normal.")
    assert (band.low, band.high) == (5, 10)


def test_the_philippine_peso_code_glued_to_its_amount() -> None:
    (damage,) = find_quantities("Crop damage reached PHP1.86 billion.")
    assert (damage.value, damage.unit) == (pytest.approx(1.86e9), "peso")


def test_a_temperature_below_zero_is_negative() -> None:
    (low,) = find_quantities("Lows of 15 degrees below zero are forecast.")
    assert (low.value, low.unit) == (-15, "degree")
    (bare,) = find_quantities("It was 20 below zero in Fargo.")
    assert (bare.value, bare.kind) == (-20, QuantityKind.MEASURE)


def test_a_capitalised_name_word_names_the_number_before_a_plural() -> None:
    (exams,) = find_quantities("The Class 12 board examinations begin on Monday.")
    assert exams.kind == QuantityKind.IDENTIFIER
    (jersey,) = find_quantities("His No. 10 jersey hangs in the rafters.")
    assert jersey.kind == QuantityKind.IDENTIFIER
    (pupils,) = find_quantities("It was a class of 30 students.")
    assert (pupils.value, pupils.unit) == (30, "students")


def test_a_name_after_a_prefix_keeps_its_number() -> None:
    share, name = find_quantities("Traffic reached 91 per cent of pre-Covid-19 levels.")
    assert (share.value, name.surface, name.kind) == (91, "Covid-19", QuantityKind.IDENTIFIER)
    # (no lower-case prefix: nothing of the name is read on its own)
    assert [q.surface for q in find_quantities("The X-Pro3 sold out.")] == []


def test_a_motorway_junction_is_a_name() -> None:
    (junction,) = find_quantities("The lorry overturned near junction 14.")
    assert junction.kind == QuantityKind.IDENTIFIER


def test_the_rand_with_thousands_spaced() -> None:
    (rent,) = find_quantities("Tenants will pay between R2 500 and R4 000 a month.")
    assert (rent.low, rent.high, rent.unit) == (2500, 4000, "rand per month")


def test_a_hedged_share_before_a_comparative_or_a_time_word() -> None:
    (grew,) = find_quantities("The blaze grew by about a quarter overnight.")
    assert (grew.value, grew.qualifier) == (0.25, Qualifier.INCREASE)
    (more,) = find_quantities("The appeal is roughly a third more than last year's.")
    assert more.value == pytest.approx(1 / 3)
    (party,) = find_quantities("He stood as a third candidate.")
    assert party.kind == QuantityKind.ORDINAL


def test_a_change_by_half() -> None:
    (deaths,) = find_quantities("Child deaths fell by half after the campaign.")
    assert (deaths.value, deaths.qualifier) == (0.5, Qualifier.DECREASE)
    share, level = find_quantities("Coal power fell by a fifth to 41 TWh.")  # a share, then a level: no range
    assert (share.value, share.qualifier, level.value) == (0.2, Qualifier.DECREASE, 41)


def test_the_naira_grouped_before_a_full_stop_or_with_kobo() -> None:
    (paid,) = find_quantities("Motorists paid as much as N1,090.")
    assert (paid.value, paid.unit, paid.qualifier) == (1090, "naira", Qualifier.AT_MOST)
    (rate,) = find_quantities("The naira closed at N1,468.50 against the dollar.")
    assert (rate.value, rate.unit) == (1468.5, "naira")


def test_negative_ends_that_grow_in_size_are_one_range() -> None:
    (chill,) = find_quantities("Wind chill values of -28 to -33 were recorded overnight.")
    assert (chill.low, chill.high) == (-33, -28)
    # (positive and falling: two counts)
    votes, other = find_quantities("The bill passed by 217 votes to 212.")
    assert (votes.value, other.value) == (217, 212)


def test_a_dashed_range_takes_the_unit_of_its_second_end_not_of_a_parallel_figure() -> None:
    rent, rates = find_quantities("Rent fell to $1,780 as mortgage rates eased to 4.5-5.2 per cent.")
    assert (rent.value, rent.unit) == (1780, "dollar")
    assert (rates.low, rates.high, rates.unit, rates.kind) == (4.5, 5.2, "percent", QuantityKind.PERCENT)


def test_a_day_said_as_an_adverb_is_not_what_was_counted() -> None:
    for sentence in ("Police arrested 5 yesterday.", "Lows of -5 to -12 tonight.", "Rebels freed 12 today."):
        assert [q.unit for q in find_quantities(sentence)] == [None], sentence
    (named,) = find_quantities("Today 10-3-16 was a date.")  # (a name's capital still counts as before)
    assert named.surface == "10-3-16"


def test_half_a_percentage_point_and_tenths_of_one() -> None:
    (cut,) = find_quantities("The Fed cut rates by half a percentage point.")
    assert (cut.surface, cut.value, cut.unit, cut.qualifier) == (
        "half a percentage point",
        0.5,
        "percentage point",
        Qualifier.DECREASE,
    )
    rose, _ = find_quantities("Unemployment rose half a point to 4.1 percent.")
    assert (rose.value, rose.unit) == (0.5, "percentage point")
    (eased,) = find_quantities("Inflation eased by three-tenths of a percentage point.")
    assert (eased.value, eased.unit) == (0.3, "percentage point")  # (0.3 itself, not 3 * 0.1)
    (mile,) = find_quantities("He ran half a mile.")
    assert (mile.value, mile.unit) == (0.5, "mile")


def test_a_rate_that_slowed_or_cooled_by_a_figure_fell_by_it() -> None:
    (slowed,) = find_quantities("Growth slowed by a tenth of a percentage point.")
    assert (slowed.value, slowed.qualifier) == (0.1, Qualifier.DECREASE)
    cooled, level = find_quantities("Inflation cooled 0.3 points to 2.9 percent.")
    assert (cooled.qualifier, level.qualifier) == (Qualifier.DECREASE, Qualifier.EXACT)


@pytest.mark.parametrize(
    ("sentence", "unit", "qualifier"),
    [
        ("Diesel will fall 5 fils to Dh2.78 a litre.", "fils", Qualifier.DECREASE),
        ("The rupee fell 12 paise against the dollar.", "paisa", Qualifier.DECREASE),
        ("Petrol rose by 30 kobo.", "kobo", Qualifier.INCREASE),
        ("The rouble lost 40 kopecks.", "kopeck", Qualifier.DECREASE),
    ],
)
def test_currency_subunits_are_money(sentence: str, unit: str, qualifier: Qualifier) -> None:
    first = find_quantities(sentence)[0]
    assert (first.unit, first.kind, first.qualifier) == (unit, QuantityKind.MONEY, qualifier)


def test_a_bound_after_a_negation_is_the_other_side() -> None:
    (turnout,) = find_quantities("Turnout did not exceed 11.3 percent.")
    assert (turnout.value, turnout.qualifier) == (11.3, Qualifier.AT_MOST)
    (floor,) = find_quantities("Unemployment never fell below 4 percent.")
    assert floor.qualifier == Qualifier.AT_LEAST
    (fell,) = find_quantities("Unemployment fell below 4 percent.")  # (no negation: as written)
    assert fell.qualifier == Qualifier.LESS_THAN


def test_the_gulf_dinars_before_the_amount() -> None:
    (deficit,) = find_quantities("Kuwait's parliament approved a deficit of KD5.6 billion.")
    assert (deficit.value, deficit.unit) == (5.6e9, "dinar")
    (housing,) = find_quantities("Bahrain will spend BD 1.2 billion on housing.")
    assert (housing.value, housing.unit) == (1.2e9, "dinar")


def test_a_threshold_crossed_or_surpassed_is_a_lower_bound() -> None:
    (users,) = find_quantities("Kodevia has crossed 10 lakh paying users.")
    assert (users.value, users.qualifier) == (1_000_000, Qualifier.MORE_THAN)
    (passengers,) = find_quantities("It expects to surpass 95 million for the full year.")
    assert passengers.qualifier == Qualifier.MORE_THAN
    (borders,) = find_quantities("He crossed 3 borders.")  # (a count of things crossed, no bound)
    assert borders.qualifier == Qualifier.EXACT


def test_from_zero_to_a_figure_is_a_range() -> None:
    (sprint, _) = find_quantities("The sedan sprints from zero to 60 mph in 3.1 seconds.")
    assert (sprint.low, sprint.high, sprint.unit) == (0, 60, "mile per hour")


def test_the_noun_of_votes_said_once_counts_the_other_side() -> None:
    ayes, noes = find_quantities("The government survived the vote by 171 votes to 166.")
    assert (ayes.value, noes.value, noes.unit) == (171, 166, "votes")


def test_a_multiple_of_last_years_figure() -> None:
    (harvest,) = find_quantities("The harvest is more than double last year's crop.")
    assert (harvest.value, harvest.unit, harvest.qualifier) == (2, "times", Qualifier.MORE_THAN)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The rupee closed at Rs. 298.40 against the US dollar.", 298.4, "rupee"),
        ("A packet of milk powder was raised by Rs. 35 to Rs. 1,085.", 35, "rupee"),
        ("The cheapest tickets cost Tk. 300 at the gate.", 300, "taka"),
        ("A dose costs Kshs. 500 at public clinics.", 500, "shilling"),
    ],
)
def test_a_currency_abbreviated_with_a_full_stop_stays_with_its_amount(
    text: str, value: float, unit: str
) -> None:
    """ "Rs." before a number is no sentence end: the sentence is one, and the amount keeps its currency."""
    (sentence,) = extract(text)
    first = sentence.quantities[0]
    assert (first.value, first.unit, first.kind) == (value, unit, QuantityKind.MONEY)


def test_the_omani_rial_before_the_amount() -> None:
    (cost,) = find_quantities("The new hospital in Sohar will cost RO145 million.")
    assert (cost.value, cost.unit) == (145e6, "rial")
    (grant,) = find_quantities("The fund approved a grant of OMR 3 million.")
    assert (grant.value, grant.unit) == (3e6, "rial")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Up to a third of children missed class for 18 months or longer.", Qualifier.AT_LEAST),
        ("The agency logs every quake of magnitude 6 or greater.", Qualifier.AT_LEAST),
        ("Stays of 3 nights or shorter are exempt.", Qualifier.AT_MOST),
    ],
)
def test_or_longer_and_or_greater_after_a_figure_are_bounds(text: str, qualifier: Qualifier) -> None:
    assert find_quantities(text)[-1].qualifier == qualifier


def test_a_margin_or_a_spread_that_narrowed_or_widened_changed_by_the_figure() -> None:
    margin, level = find_quantities("Its net interest margin narrowed 4 basis points to 2.11 per cent.")
    assert (margin.qualifier, level.qualifier) == (Qualifier.DECREASE, Qualifier.EXACT)
    (spread,) = find_quantities("The spread widened by 12 basis points.")
    assert spread.qualifier == Qualifier.INCREASE
    (candidates,) = find_quantities("Officials narrowed the list to 12 candidates.")  # (a level: "to")
    assert candidates.qualifier == Qualifier.EXACT


def test_points_added_to_a_level_are_a_rise_but_a_players_points_a_score() -> None:
    index, level = find_quantities("The benchmark FBM KLCI added 6.31 points to 1,598.22.")
    assert (index.qualifier, level.qualifier) == (Qualifier.INCREASE, Qualifier.EXACT)
    (score,) = find_quantities("Jokic added 30 points to lead the Nuggets.")
    assert score.qualifier == Qualifier.EXACT


def test_a_bare_count_crossed_is_a_threshold() -> None:
    (cases,) = find_quantities("Dengue cases in Bengaluru have crossed 9,000 this year.")
    assert (cases.value, cases.qualifier) == (9000, Qualifier.MORE_THAN)
    (some,) = find_quantities("They crossed 2 of them.")  # (a part of the things crossed)
    assert some.qualifier == Qualifier.EXACT
    _, five = find_quantities("He introduced some 300 bills and he's passed five.")  # (laws passed)
    assert five.qualifier == Qualifier.EXACT


def test_space_grouped_thousands_with_a_unit_glued_on() -> None:
    removed, outages = find_quantities("Breakdowns removed 3 200MW from the grid; outages stood at 17 450MW.")
    assert (removed.value, removed.unit, outages.value) == (3200, "megawatt", 17450)
    (road,) = find_quantities("The project adds 1 200km of road.")
    assert (road.value, road.unit) == (1200, "kilometre")


def test_a_range_of_shares_after_a_capitalised_possessive_is_no_name() -> None:
    (band,) = find_quantities("Inflation is back within the Reserve Bank's 2-3 per cent target band.")
    assert (band.low, band.high, band.kind) == (2, 3, QuantityKind.PERCENT)
    (score,) = find_quantities("Arsenal beat Liverpool 2-0 on Sunday.")  # (a result stays a name's)
    assert score.kind == QuantityKind.IDENTIFIER


def test_the_zimbabwe_gold_before_the_amount() -> None:
    (allocation,) = find_quantities("Government has allocated ZiG2.1 billion to irrigation.")
    assert (allocation.value, allocation.unit) == (2.1e9, "zimbabwe gold")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Contacts are being followed up, half of them children.", Qualifier.EXACT),
        ("Women and children are making up nine out of 10 arrivals.", Qualifier.EXACT),
        ('"Our ambulances are picking up two more," he said.', Qualifier.EXACT),
    ],
)
def test_up_as_a_particle_of_a_verb_in_ing_or_ed_is_no_rise(text: str, qualifier: Qualifier) -> None:
    assert find_quantities(text)[0].qualifier == qualifier


def test_a_change_by_an_average_of() -> None:
    (rates,) = find_quantities("Rates will rise by an average of 9.8 percent next year.")
    assert (rates.value, rates.qualifier) == (9.8, Qualifier.INCREASE)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Dwell time was cut by almost half.", Qualifier.DECREASE),
        ("Costs fell by more than half.", Qualifier.MORE_THAN),
    ],
)
def test_half_after_by_and_a_hedge(text: str, qualifier: Qualifier) -> None:
    (half,) = find_quantities(text)
    assert (half.value, half.qualifier) == (0.5, qualifier)


def test_a_us_federal_case_number_is_an_identifier() -> None:
    (case,) = find_quantities("He pleaded guilty in Case No. 1:25-cr-20417, court records show.")
    assert (case.surface, case.kind) == ("1:25-cr-20417", QuantityKind.IDENTIFIER)
    (time,) = find_quantities("The hearing opened at 4:24 p.m.")  # (a clock time stays one)
    assert time.kind == QuantityKind.TIME


def test_overnight_ends_a_counted_noun() -> None:
    (chill,) = find_quantities("Environment Canada warned of wind chills near minus 30 overnight.")
    assert (chill.value, chill.unit) == (-30, None)


def test_watt_hours_per_kilogram() -> None:
    (density,) = find_quantities("The prototype cell stored 160 watt-hours per kilogram.")
    assert density.unit == "watt hour per kilogram"


def test_a_figure_estimated_at_is_approximate() -> None:
    (damage,) = find_quantities("Damage to crops was estimated at P1.2 billion.")
    assert (damage.value, damage.qualifier) == (1.2e9, Qualifier.APPROXIMATE)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Rice prices dropped to P48 a kilo this week.", 48, "peso per kilogram"),
        ("Diesel now costs R23 a litre in Gauteng.", 23, "rand per litre"),
        ("Milk sells for $8.75 a kilo.", 8.75, "dollar per kilogram"),
    ],
)
def test_a_price_per_kilo_or_litre_in_pesos_or_rand(text: str, value: float, unit: str) -> None:
    (price,) = find_quantities(text)
    assert (price.value, price.unit, price.kind) == (value, unit, QuantityKind.MONEY)


def test_the_zambian_kwacha_before_a_scaled_amount() -> None:
    (budget,) = find_quantities("The government has budgeted K2.3 billion for the smelter.")
    assert (budget.value, budget.unit) == (2.3e9, "kwacha")
    dogs = find_quantities("Police sent K9 units to the port.")  # (a name, no amount)
    assert [q.kind for q in dogs] == [QuantityKind.IDENTIFIER]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Output is expected to cross 800,000 tonnes next year.", Qualifier.MORE_THAN),
        ("The caravan crossed 5 km of desert.", Qualifier.EXACT),  # (a distance crossed)
        ("Damage claims had passed SR48 million.", Qualifier.MORE_THAN),
        ("The House passed $95 billion in aid.", Qualifier.EXACT),  # (a bill voted)
        ("The studio expects takings to top ¥40 billion.", Qualifier.MORE_THAN),
        ("The film crossed the Rs 300 crore mark in 11 days.", Qualifier.MORE_THAN),
        ("He passed the 1,000 mark on Thursday night.", Qualifier.MORE_THAN),
    ],
)
def test_thresholds_passed_crossed_and_topped(text: str, qualifier: Qualifier) -> None:
    assert find_quantities(text)[0].qualifier == qualifier


def test_a_decimal_comma_before_a_scale() -> None:
    doses, spent = find_quantities("It administered 1,2 million doses and spent R3,4 billion.")
    assert (doses.value, spent.value, spent.unit) == (1_200_000, 3.4e9, "rand")
    (thousands,) = find_quantities("It cost $1,200 million.")  # (thousands, as before)
    assert thousands.value == 1.2e9


def test_per_cubic_metre() -> None:
    (pm,) = find_quantities("Fine particles hit 312 micrograms per cubic metre.")
    assert pm.unit == "microgram per cubic metre"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tourism earned the country US$ 2.9 billion.", 2.9e9, "dollar"),
        ("A coffee costs $ 5 at the kiosk.", 5, "dollar"),
        ("Trinidad expects TT$4.1 billion in energy revenue.", 4.1e9, "trinidad and tobago dollar"),
        ("Trading was valued at J$96.5 million.", 96.5e6, "jamaican dollar"),
        ("Visitors spent BDS$214 million.", 214e6, "barbados dollar"),
        ("The kwacha firmed to K22.45 against the dollar.", 22.45, "kwacha"),
    ],
)
def test_currencies_written_apart_or_new_to_the_rules(text: str, value: float, unit: str) -> None:
    (amount,) = find_quantities(text)
    assert (amount.value, amount.unit, amount.kind) == (value, unit, QuantityKind.MONEY)


def test_a_scaled_figure_is_the_number_written_not_the_floating_point_product() -> None:
    (revenue,) = find_quantities("Revenue reached 4.1 billion euros.")
    assert revenue.value == 4_100_000_000  # (4.1 * 1e9 is 4099999999.9999995)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Waiting times stretch to as long as 112 weeks.", Qualifier.AT_MOST),
        ("Troops moved as far as 40 km inland.", Qualifier.AT_MOST),
        ("Police seized drugs with an estimated street value of NZ$183 million.", Qualifier.APPROXIMATE),
    ],
)
def test_more_bounds_and_estimates(text: str, qualifier: Qualifier) -> None:
    assert find_quantities(text)[-1].qualifier == qualifier


def test_half_as_the_level_cut_to() -> None:
    (half,) = find_quantities("Food rations have been cut to half.")
    assert half.value == 0.5


def test_cents_glued_before_a_price_per_unit() -> None:
    _, dividend = find_quantities("Its dividend rose 14% to 185c a share.")
    assert (dividend.value, dividend.unit, dividend.kind) == (185, "cent per share", QuantityKind.MONEY)
    (heat,) = find_quantities("It was 35c in Perth.")  # (no price: not read as cents)
    assert heat.kind != QuantityKind.MONEY


def test_points_then_the_level_after_a_share() -> None:
    _, points, level = find_quantities("The index dipped 0.3 per cent or 10.62 points to 3,541.09.")
    assert (points.value, level.value) == (10.62, 3541.09)


def test_a_counted_noun_with_accents_or_macrons() -> None:
    (birds,) = find_quantities("Staff counted 1,340 kākā at the sanctuary.")
    assert birds.unit == "kākā"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Police recorded a decrease of 4,1% compared with last year.", 4.1, "percent"),
        ("The rand weakened to R18,92 against the dollar.", 18.92, "rand"),
        ("Treasury has set aside R4,7-billion for school toilets.", 4.7e9, "rand"),
        ("A JD14.2mn grant will upgrade the wells.", 14.2e6, "dinar"),
        ("Fertiliser costs MK15,000 per bag.", 15_000, "kwacha per bag"),
        ("That brings the total to MOP226.9 billion.", 226.9e9, "pataca"),
    ],
)
def test_decimal_commas_and_more_currencies(text: str, value: float, unit: str) -> None:
    assert (find_quantities(text)[-1].value, find_quantities(text)[-1].unit) == (value, unit)


def test_r_and_a_two_digit_group_stays_thousands_when_three_digits_follow() -> None:
    (price,) = find_quantities("The flat sold for R1,200,000 last week.")
    assert price.value == 1_200_000


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("That is 41 fewer killings than at the same point last year.", Qualifier.DECREASE),
        ("There were 10 million fewer visitors.", Qualifier.DECREASE),  # (before a full stop too)
        ("He needs 5 more votes.", Qualifier.EXACT),  # (the votes still needed)
        ("It became the fastest film to pass the 1 million mark.", Qualifier.MORE_THAN),
        ("The scheme is estimated to cost Rs 6.8 billion.", Qualifier.APPROXIMATE),
    ],
)
def test_fewer_before_the_noun_a_mark_passed_and_an_estimated_cost(text: str, qualifier: Qualifier) -> None:
    assert find_quantities(text)[-1].qualifier == qualifier


def test_a_change_by_a_figure_after_a_long_object() -> None:
    forecast, level = find_quantities(
        "The company raised its full-year operating profit forecast by 12 billion yen to 210 billion yen."
    )
    assert (forecast.qualifier, level.qualifier) == (Qualifier.INCREASE, Qualifier.EXACT)
    (pollution,) = find_quantities(
        "We agreed to reduce pollution from off-road diesel engines by 90 percent."
    )
    assert pollution.qualifier == Qualifier.DECREASE


def test_a_multiple_after_by_is_how_not_how_much() -> None:
    (doubling,) = find_quantities("We will cut the tax burden on families by doubling the child exemption.")
    assert (doubling.value, doubling.qualifier) == (2, Qualifier.EXACT)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Fiji earned about F$2.4 billion from tourism.", 2.4e9, "fijian dollar"),
        ("The ngultrum traded at Nu 84.6 against the US dollar.", 84.6, "ngultrum"),
        ("The groundnut season opened at D36,000 per tonne.", 36_000, "dalasi per tonne"),
    ],
)
def test_the_fijian_dollar_the_ngultrum_and_the_dalasi(text: str, value: float, unit: str) -> None:
    amount = find_quantities(text)[0]
    assert (amount.value, amount.unit) == (value, unit)


def test_a_share_raised_with_no_by_rises_but_a_rate_of_growth_stays_a_level() -> None:
    raised, _ = find_quantities("The interim dividend is raised 5% to 3.15p per share.")
    assert raised.qualifier == Qualifier.INCREASE
    (growth,) = find_quantities("The economy expanded 4.2 per cent last year.")  # (as NewsQuant writes it)
    assert growth.qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    "text",
    ["Children aged 6-59 months are at risk.", "The vaccine is given to children aged 6 to 59 months."],
)
def test_ages_in_months_are_one_span(text: str) -> None:
    (span,) = find_quantities(text)
    assert (span.low, span.high, span.unit) == (6, 59, "month")


def test_a_decimal_comma_before_percentage_points() -> None:
    (points,) = find_quantities("Support slipped, down 1,8 percentage points.")
    assert (points.value, points.unit) == (1.8, "percentage point")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shares fell by 25c to $10.15.", 25),  # the price after
        ("The stock was up 3c at R4.20.", 3),
        ("Petrol fell from $1.05 to 95c.", 95),  # the price before
    ],
)
def test_cents_glued_beside_a_price(text: str, value: float) -> None:
    cents = next(q for q in find_quantities(text) if q.surface.endswith("c"))
    assert (cents.value, cents.unit, cents.kind) == (value, "cent", QuantityKind.MONEY)


def test_glued_c_without_a_price_is_no_money() -> None:
    assert all(q.kind != QuantityKind.MONEY for q in find_quantities("Temperatures hit 35c to 40c."))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Fuel rose to K26.3 a litre.", 26.3, "kwacha per litre"),
        ("The kwacha traded at K26.3 to the dollar.", 26.3, "kwacha"),
        ("The rand weakened to R18.9 against the US dollar.", 18.9, "rand"),
    ],
)
def test_a_one_letter_currency_before_one_decimal_with_a_price_cue(
    text: str, value: float, unit: str
) -> None:
    money = only(text)
    assert (money.value, money.unit, money.kind) == (value, unit, QuantityKind.MONEY)


def test_a_one_letter_code_without_a_price_cue_stays_a_name() -> None:
    names = find_quantities("The K300 model and the R5 road.")
    assert [q.kind for q in names] == [QuantityKind.IDENTIFIER] * 2


def test_goals_in_games_are_no_share() -> None:
    goals, games = find_quantities("He has scored nine in 14 league games.")
    assert (goals.value, games.value, games.unit) == (9, 14, "league games")
    (share,) = find_quantities("She won seven out of 12 matches.")
    assert share.value == pytest.approx(7 / 12)


def test_a_singular_verb_after_one_in_so_many_is_not_the_noun() -> None:
    (share,) = find_quantities("One in five adults smokes.")
    assert (share.value, share.unit) == (0.2, "adults")


def test_tanked_is_a_fall() -> None:
    points, share = find_quantities("The Sensex tanked 1,064 points, or 1.3 per cent.")
    assert (points.qualifier, share.qualifier) == (Qualifier.DECREASE, Qualifier.DECREASE)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The agency estimates tourism earnings for the first nine months at F$2.1 billion.", "approximate"),
        ("It has estimated damage to the island's road network at J$4.2 billion.", "approximate"),
        ("Preliminary estimates put losses at Tk 640 crore.", "exact"),  # the noun, then its verb
        ("Our price estimate for AMD stands at $9.21.", "exact"),
    ],
)
def test_an_estimate_with_its_object_before_at(text: str, qualifier: str) -> None:
    money = next(q for q in find_quantities(text) if q.kind == QuantityKind.MONEY)
    assert money.qualifier == qualifier


def test_a_count_of_a_class_named_by_a_letter() -> None:
    (certificates,) = find_quantities("Bids were received for 812 Category A certificates.")
    assert (certificates.value, certificates.unit) == (812, "category a certificates")
    (storms,) = find_quantities("There were 3 Category 5 storms.")
    assert (storms.value, storms.kind) == (3, QuantityKind.CARDINAL)
    (model,) = find_quantities("The 787 Dreamliner flew.")
    assert model.kind == QuantityKind.IDENTIFIER


def test_a_storm_surge_is_a_noun() -> None:
    (height,) = find_quantities("Officials warned of tidal surges 5 to 8 feet higher than normal.")
    assert height.qualifier == Qualifier.EXACT
    (rise,) = find_quantities("Oil surges 5% on supply fears.")
    assert rise.qualifier == Qualifier.INCREASE


@pytest.mark.parametrize("country", ["Norwegian", "Swedish", "Danish"])
def test_crowns_of_a_country(country: str) -> None:
    crowns = only(f"Shares fell to 48.90 {country} crowns.")
    assert (crowns.value, crowns.unit, crowns.kind) == (48.9, "krone", QuantityKind.MONEY)


def test_a_rate_per_unit_before_a_time_word() -> None:
    (_, gold) = find_quantities("Gold climbed 1.8% to a record $2,741.30 an ounce before paring gains.")
    assert gold.unit == "dollar per ounce"
    (level,) = find_quantities("Prices were 5 percent a year ago.")  # a period before "ago": when, no rate
    assert level.unit == "percent"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Prices jumped to 142 euros per megawatt hour.", "euro per megawatt hour"),
        ("It costs 28 cents a kilowatt-hour.", "cent per kilowatt hour"),
        ("It costs 28 cents per kWh.", "cent per kilowatt hour"),
    ],
)
def test_energy_prices(text: str, unit: str) -> None:
    assert only(text).unit == unit


def test_an_en_dash_glued_to_a_number_after_a_blank_is_a_minus() -> None:
    (chill,) = find_quantities("Wind chill values near –28 are forecast.")
    assert (chill.value, chill.qualifier) == (-28, Qualifier.APPROXIMATE)
    (pages,) = find_quantities("See pages 10 – 28.")  # (spaced: a range, no sign)
    assert (pages.low, pages.high) == (10, 28)


def test_numbers_listed_after_a_name_words_plural_are_names() -> None:
    assert [q.kind for q in find_quantities("Crashes on highways 401 and 400 rose.")] == [
        QuantityKind.IDENTIFIER
    ] * 2
    (passengers,) = [q for q in find_quantities("Flight 101 and 250 passengers.") if q.unit]
    assert (passengers.value, passengers.kind) == (250, QuantityKind.CARDINAL)


def test_a_race_over_a_distance_is_no_bound() -> None:
    (distance,) = find_quantities("Southern Harbour won the Melbourne Cup over 3200 metres.")
    assert distance.qualifier == Qualifier.EXACT
    (span,) = find_quantities("The bridge spans over 3200 metres.")
    assert span.qualifier == Qualifier.MORE_THAN


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("The index ended up 112.48 points at 24,380.16.", "112.48 points", Qualifier.INCREASE),  # a market
        ("The rupee closed at 83.47, weakening 12 paise.", "12 paise", Qualifier.DECREASE),
        ("The pound was strengthening 1%.", "1%", Qualifier.INCREASE),
        (
            "Batteries soaked up about 1.3GW of surplus power.",
            "about 1.3GW",
            Qualifier.APPROXIMATE,
        ),  # phrasal
        ("Troops advanced 12 kilometres.", "12 kilometres", Qualifier.EXACT),  # a distance gone, no level
    ],
)
def test_changes_told_by_market_and_field_verbs(text: str, surface: str, qualifier: Qualifier) -> None:
    figure = at(text, surface)
    assert figure.qualifier == qualifier


def test_ended_up_with_a_count_is_no_rise() -> None:
    (strokes,) = find_quantities("He ended up 5 strokes behind.")
    assert strokes.qualifier == Qualifier.EXACT


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The firm lost Sh8.4 billion last year.", Qualifier.EXACT),  # an amount lost, no price that fell
        ("A widow lost £212,000.", Qualifier.EXACT),
        ("Brent lost $1.18 to $71.05.", Qualifier.DECREASE),  # a price, and the level it fell to
        ("Tech stocks lost HK$210 billion in market value.", Qualifier.DECREASE),
        ("The stock gained HK$0.32.", Qualifier.INCREASE),
    ],
)
def test_money_lost_or_gained(text: str, qualifier: Qualifier) -> None:
    assert find_quantities(text)[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        (
            "Markets price in a roughly one-in-three chance of a hike.",
            "roughly one-in-three chance",
            1 / 3,
            "approximate",
        ),
        ("WFP has been forced to cut rations by half for some 600,000 refugees.", "half", 0.5, "decrease"),
        ("The bank cut it by a cumulative 275 basis points.", "275 basis points", 275, "decrease"),
        ("Seoul wrapped up 11 days of joint drills.", "11 days", 11, "exact"),  # a phrasal verb, no rise
    ],
)
def test_hyphenated_shares_halves_fillers_and_phrasal_verbs(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    figure = at(text, surface)
    assert (figure.value, figure.qualifier) == (pytest.approx(value), qualifier)


def test_an_index_number_before_futures_is_a_name() -> None:
    assert [q.kind for q in find_quantities("Nasdaq 100 futures were little changed.")] == [
        QuantityKind.IDENTIFIER
    ]


@pytest.mark.parametrize(
    ("text", "surface", "unit", "kind"),
    [
        # the level a figure came from, right after the level it reached, in its unit
        (
            "Profit fell to 412 million Norwegian crowns from 538 million a year earlier.",
            "538 million",
            "krone",
            "money",
        ),
        ("Revenue rose to $5 billion from 4.2 billion.", "4.2 billion", "dollar", "money"),
        (
            "The party would cut the cap to 160,000 places a year, down from 185,000.",
            "185,000",
            "places per year",
            "cardinal",
        ),
        ("The yield rose to 9.87% from 9.76 on Friday.", "9.76", "percent", "percent"),
        # but not a range of its own, nor a year
        (
            "It lifts the range to 560km and can charge from 10 to 80 per cent.",
            "10 to 80 per cent",
            "percent",
            "percent",
        ),
        ("Prices rose to $5 from 2019 levels.", "2019", None, "date"),
        # Brazil's reais, plural or named
        ("Net income jumped to 1.9 billion reais.", "1.9 billion reais", "brazilian real", "money"),
        ("It cost 500 Brazilian reals.", "500 Brazilian reals", "brazilian real", "money"),
        # a lap or a hole named by its number
        ("A 2.8-second pit stop on lap 41 cost him two places.", "41", None, "identifier"),
        ("He birdied hole 14 to lead.", "14", None, "identifier"),
    ],
)
def test_a_level_came_from_reais_and_laps(text: str, surface: str, unit: str | None, kind: str) -> None:
    figure = at(text, surface)
    assert (figure.unit, figure.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # words saying how much, between the change verb's article and the figure
        ("Units rose a more modest 0.3 per cent to $862,000.", "0.3 per cent", "increase"),
        ("Shares fell a steep 12 per cent.", "12 per cent", "decrease"),
        ("Prices rose by a modest 0.3%.", "0.3%", "increase"),
        ("Revenue rose a better-than-expected 8%.", "8%", "increase"),
        # but not a noun and its preposition, nor a count
        ("He lost a bet of $50.", "$50", "exact"),
        ("We just lost a particular well-known one with him.", "one", "exact"),
    ],
)
def test_a_change_verb_past_the_words_saying_how_much(text: str, surface: str, qualifier: str) -> None:
    figure = at(text, surface)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # a count of several after a singular noun modifying it: the plural spelt like a verb is the noun
        ("Police froze 16 bank accounts.", "16 bank accounts", "bank accounts"),
        ("He made 12 phone calls.", "12 phone calls", "phone calls"),
        ("He hit 14 home runs last season.", "14 home runs", "home runs"),
        ("They drew up three business plans.", "three business plans", "business plans"),
        # but after a plural, or a count of one, it is the verb; and "includes" is never a noun
        ("About 300 troops holds the line.", "About 300 troops", "troops"),
        ("One man runs the shop.", "One man", "man"),
        ("Of the 1,000 bed hospital needs", "1,000 bed hospital", "bed hospital"),
    ],
)
def test_a_plural_spelt_like_a_verb_after_a_modifying_noun(text: str, surface: str, unit: str) -> None:
    figure = at(text, surface)
    assert figure.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # NewsQuant marks a forecast range after "between" as no change ("expected to increase between 5% and
        # 6%": "="), and so did the writers of four blind sets; "rose 3 to 5 percent" is a rise
        "Food prices are forecast to increase between 3 and 5 per cent.",
        "Sales grew an increase between 3 and 5 per cent.",
    ],
)
def test_a_range_after_between_is_no_change_in_english(text: str) -> None:
    (figure,) = find_quantities(text)
    assert (figure.low != figure.high, figure.qualifier) == (True, "exact")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # but a change "by between" two figures is a change by a range (four of five blind sets' writers: "cut
        # rates by between 25 and 50 basis points" down, "can rise by between 2.6 and 5.2 per cent" up)
        ("Analysts expect the bank to cut rates by between 25 and 50 basis points.", "decrease"),
        ("School fees can rise by between 2.6 and 5.2 per cent next year.", "increase"),
        ("It expects the economy to expand by between 4.5 and 5.5 per cent.", "increase"),
    ],
)
def test_a_change_by_between_two_figures_is_a_change(text: str, qualifier: str) -> None:
    (figure,) = find_quantities(text)
    assert (figure.low != figure.high, figure.qualifier) == (True, qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # the level an index reached, with no unit written, is in points (as NewsQuant writes it)
        ("The Sensex fell 412.6 points to close at 71,208.35 on Tuesday.", "71,208.35", "points"),
        ("The Hang Seng Index slumped 2.3% to 16,842 as developers tumbled.", "16,842", "points"),
        ("The Dow fell 312 to 38,441.54.", "38,441.54", "points"),
        ("The KOSPI added 21.08 points, or 0.8 per cent, to 2,604.55.", "2,604.55", "points"),
        ("The Nikkei 225 average rose 1.7 per cent to 38,914.20.", "38,914.20", "points"),
        # but not after a change in per cent or a bare one with no index named, nor a small number
        ("Sales rose 5% to 4,120.", "4,120", None),
        ("Shares rose 5% to 412.", "412", None),
        ("The index rose 2 points to 40.", "40", None),
    ],
)
def test_the_level_an_index_reached_is_in_points(text: str, surface: str, unit: str | None) -> None:
    figure = at(text, surface)
    assert figure.unit == unit


def test_points_added_then_the_same_in_per_cent_then_the_level_are_a_rise() -> None:
    figures = find_quantities("The KOSPI added 21.08 points, or 0.8 per cent, to 2,604.55.")
    assert [(q.surface, q.qualifier) for q in figures] == [
        ("21.08 points", "increase"),
        ("0.8 per cent", "increase"),
        ("2,604.55", "exact"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value", "qualifier"),
    [
        # a unit written as a symbol, capitalised, is no title ("CBS' 60 Minutes")
        ("It offers speeds of 30 Mbps.", "30 Mbps", "megabit per second", 30, "exact"),
        # units joined to their figure by hyphens
        ("Markets priced in a 25-basis-point cut.", "25-basis-point", "basis point", 25, "decrease"),
        ("A 0.5-percentage-point rise.", "0.5-percentage-point", "percentage point", 0.5, "increase"),
        # a count of quarters, not a fraction of one whole
        ("It waived rates for four quarters.", "four quarters", None, 4, "exact"),
        # "sinking", "thinned by": falls
        ("Golden Harbour was sinking 6.4% to HK$3.21.", "6.4%", "percent", 6.4, "decrease"),
        ("Glaciers thinned by 0.8 metres a year.", "0.8 metres a year", "metre per year", 0.8, "decrease"),
        # a price for each of a thing, the currency in words
        ("Rice costs 780 cedis a bag.", "780 cedis a bag", "cedi per bag", 780, "exact"),
    ],
)
def test_symbols_hyphenated_units_quarters_falls_and_prices_each(
    text: str, surface: str, unit: str | None, value: float, qualifier: str
) -> None:
    figure = at(text, surface)
    assert (figure.unit, figure.value, figure.qualifier) == (unit, pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        # a share told alone after "by", "roughly" …, sevenths, ninths and eighths too ("an eighth")
        ("Homelessness rose by roughly a seventh.", "roughly a seventh", 1 / 7, "increase"),
        ("Sales fell by an eighth.", "an eighth", 0.125, "decrease"),
        ("An eighth of voters agreed.", "An eighth of voters", 0.125, "exact"),
        ("It fell by a ninth to 40.", "a ninth", 1 / 9, "decrease"),
        # but an ordinal before its noun stays one
        ("Rates were held for a seventh straight meeting.", "seventh", 7, "exact"),
        # "a further" amount named a cut is a fall
        ("Markets priced in a further quarter-point reduction.", "quarter-point", 0.25, "decrease"),
        ("It added a further $5 million.", "$5 million", 5e6, "increase"),
        # the Swiss franc as the British press prints it
        ("Sales rose to SFr6.8bn.", "SFr6.8bn", 6.8e9, "exact"),
    ],
)
def test_shares_in_words_a_further_cut_and_swiss_francs(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    figure = at(text, surface)
    assert (figure.value, figure.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "unit", "qualifier"),
    [
        # the same change said again in points after per cent, then the index's level
        (
            "The index closed up 0.6 per cent, or 21.37 points, at 3,562.14.",
            "21.37 points",
            "points",
            "increase",
        ),
        ("The index closed up 0.6 per cent, or 21.37 points, at 3,562.14.", "3,562.14", "points", "exact"),
        # an exchange rate after "against" takes no index's unit
        (
            "The index rose 1.2% to 2,415.8 points, while the shekel firmed 0.4% against the dollar to 3.71.",
            "3.71",
            None,
            "exact",
        ),
        # a rate per day from a place, per hectare, per acre
        (
            "The pipeline ships about 890,000 barrels a day from Alberta.",
            "about 890,000 barrels a day",
            "barrel per day",
            "approximate",
        ),
        ("Wheat yields averaged 7.8 tonnes a hectare.", "7.8 tonnes a hectare", "tonne per hectare", "exact"),
        ("Land costs $5,000 an acre.", "$5,000 an acre", "dollar per acre", "exact"),
        # but a period from a time is no rate
        ("Prices were 5 percent a year from now.", "5 percent", "percent", "exact"),
    ],
)
def test_index_points_said_again_exchange_rates_and_rates_per_area(
    text: str, surface: str, unit: str | None, qualifier: str
) -> None:
    figure = at(text, surface)
    assert (figure.unit, figure.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Analysts expect some 2.1m teu of new tonnage.", "some 2.1m teu", 2.1e6),
        ("Throughput reached 37.2 million TEU.", "37.2 million TEU", 37.2e6),
    ],
)
def test_containers_in_twenty_foot_equivalent_units(text: str, surface: str, value: float) -> None:
    figure = at(text, surface)
    assert (figure.value, figure.unit) == (pytest.approx(value), "teu")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "QatarEnergy will supply 4 million tonnes per annum.",
            "4 million tonnes per annum",
            "tonne per year",
        ),
        # the dollar index's level has no unit (NewsQuant writes none), a stock index's is in points
        ("The dollar index rose 0.4% to 106.8.", "106.8", None),
        ("The Hang Seng Index slumped 2.3% to 16,842.", "16,842", "points"),
    ],
)
def test_per_annum_is_per_year_and_the_dollar_index_has_no_points(
    text: str, surface: str, unit: str | None
) -> None:
    figure = at(text, surface)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier"),
    [
        # a one-letter currency sign before a plain amount, when the text writes it before a grouped one
        (
            "Marketers raised the pump price to N1,045 per litre from N985, an increase of N60.",
            "N985",
            985.0,
            "naira",
            "exact",
        ),
        (
            "Marketers raised the price to N1,045 per litre, an increase of N60.",
            "N60",
            60.0,
            "naira",
            "increase",
        ),
        ("A refinery cut its price by N25 after charging N1.2bn in fees.", "N25", 25.0, "naira", "decrease"),
        # a price per litre after the sign is unambiguous too, and so is a range after it
        (
            "The refinery cut the price by N45 per litre to N820.",
            "N45 per litre",
            45.0,
            "naira per litre",
            "decrease",
        ),
        ("The refinery cut the price by N45 per litre to N820.", "N820", 820.0, "naira", "exact"),
        # Oman's rial apart, before a scaled or grouped amount
        ("Hotel revenues rose to RO 214.3 million.", "RO 214.3 million", 214.3e6, "rial", "exact"),
        # a camera's megapixels, barrels per day, millimetres of mercury
        ("It has a 50MP ultrawide lens.", "50MP", 50.0, "megapixel", "exact"),
        (
            "Output reached about 9.2 million bpd.",
            "about 9.2 million bpd",
            9.2e6,
            "barrel per day",
            "approximate",
        ),
        ("Systolic pressure fell by 5 mmHg.", "5 mmHg", 5.0, "millimetre of mercury", "decrease"),
        # decimals said, as in a transcript
        (
            "Seven point nine percent unemployment is a tragedy.",
            "Seven point nine percent",
            7.9,
            "percent",
            "exact",
        ),
        (
            "Inflation was three point oh five percent.",
            "three point oh five percent",
            3.05,
            "percent",
            "exact",
        ),
        # a level after "up from" or "down from" counts what the figure before counts
        (
            "The airline carried 9.2 million passengers, up from 7.8 million.",
            "7.8 million",
            7.8e6,
            "passengers",
            "exact",
        ),
        ("The firm sold 1,200 cars, down from 1,450 a year earlier.", "1,450", 1450.0, "cars", "exact"),
        # the counted noun ends before a preposition or another figure's number word
        ("The company operates just one factory outside China.", "one factory", 1.0, "factory", "exact"),
        ("It was well below the record 12,400 set two years earlier.", "two years", 2.0, "year", "exact"),
    ],
)
def test_signs_in_context_units_spoken_decimals_and_counted_nouns(
    text: str, surface: str, value: float, unit: str, qualifier: str
) -> None:
    figure = at(text, surface)
    assert (figure.value, figure.unit, figure.qualifier) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a code stays a code: no sign before a grouped amount, a noun after it, or a Member of Parliament
        ("Health workers wore N95 masks.", "N95"),
        ("The N95 masks cost N2,500 each.", "N95"),
        ("Routes R2 and R3 were shut.", "R2"),
        ("Routes N1-N3 were shut, and N1,200 was paid.", "N1-N3"),
        ("A R250 000 reward was offered after shots were fired on the R61.", "R61"),
    ],
)
def test_a_code_like_a_sign_before_an_amount_stays_a_code(text: str, surface: str) -> None:
    figure = at(text, surface)
    assert figure.kind == "identifier"


def test_a_range_after_a_sign_in_context() -> None:
    text = "Prices should settle in a range of N865-N880 per litre, after a cut of N45 per litre."
    (figure,) = [q for q in find_quantities(text) if q.surface.startswith("N865")]
    assert (figure.low, figure.high, figure.unit) == (865.0, 880.0, "naira per litre")


def test_a_member_of_parliament_is_no_megapixel() -> None:
    assert all(q.unit != "megapixel" for q in find_quantities("One MP said 12 MP voted against."))


def test_a_number_said_before_point_alone_is_no_decimal() -> None:
    (figure,) = find_quantities("They won by one point.")
    assert figure.value == 1.0


@pytest.mark.parametrize(
    ("text", "surface", "unit", "qualifier"),
    [
        # shaving time off is a fall
        (
            "She broke the record, shaving 34 seconds off the previous mark.",
            "34 seconds",
            "second",
            "decrease",
        ),
        # prices per pound weight and per million British thermal units
        ("Coffee futures jumped 4.6% to $3.12 per lb.", "$3.12 per lb", "dollar per pound", "exact"),
        (
            "Gas futures surged 9% to $3.41 per million British thermal units.",
            "$3.41 per million British thermal units",
            "dollar per million british thermal unit",
            "exact",
        ),
        (
            "Gas was up 10 cents to US $2.24 per mmBTU.",
            "US $2.24 per mmBTU",
            "dollar per million british thermal unit",
            "exact",
        ),
        # "tens" opens a vague amount of its own, not a noun shared with "and"
        (
            "Floods swept away 38 homes and left tens of thousands of people without power.",
            "38 homes",
            "homes",
            "exact",
        ),
    ],
)
def test_shaved_off_prices_per_pound_and_thermal_units_and_tens_after_and(
    text: str, surface: str, unit: str, qualifier: str
) -> None:
    figure = at(text, surface)
    assert (figure.unit, figure.qualifier) == (unit, qualifier)


def test_tens_of_thousands_after_a_coordinated_count() -> None:
    text = "Floods swept away 38 homes and left tens of thousands of people without power."
    (vague,) = [q for q in find_quantities(text) if q.surface.startswith("tens")]
    assert (vague.low, vague.high, vague.unit) == (10000, 100000, "people")


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # an age in apposition after a person named by a role, as after a name or a relative
        ("The senator, 71, said she would not seek a fifth term.", "71", "age"),
        ("The Ethiopian runner, 24, broke the course record.", "24", "age"),
        # but not after a thing
        ("The company, 71, said it would close.", "71", "cardinal"),
    ],
)
def test_an_age_after_a_person_named_by_a_role(text: str, surface: str, kind: str) -> None:
    figure = at(text, surface)
    assert figure.kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        # a whole number written with a leading zero is a name's, no amount
        ("Schalke 04 won the derby.", "04", "identifier", None),
        # a price per thing quoted before "this week"
        (
            "Onion prices fell by Rs 700 a quintal this week.",
            "Rs 700 a quintal",
            "money",
            "rupee per quintal",
        ),
        # a verb after "and" is no noun the count shares, before a figure of its own
        (
            "The startup has crossed 10 million downloads and processes around 2.5 lakh orders a day.",
            "crossed 10 million downloads",
            "cardinal",
            "downloads",
        ),
    ],
)
def test_leading_zeros_prices_before_this_week_and_a_verb_after_and(
    text: str, surface: str, kind: str, unit: str | None
) -> None:
    figure = at(text, surface)
    assert (figure.kind, figure.unit) == (kind, unit)


def test_from_and_to_in_two_clauses_are_no_range() -> None:
    text = "Special 95 will cost Dh2.74, down from Dh2.88, while diesel eases to Dh2.95."
    assert [q.surface for q in find_quantities(text) if q.kind == "money"] == ["Dh2.74", "Dh2.88", "Dh2.95"]


def test_a_count_of_one_in_apposition_is_still_counted() -> None:
    assert [q.value for q in find_quantities("One man, a farmer, died in the flood.")] == [1.0]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a home's type by its rooms is no count
        ("A 5-room unit in Toa Payoh sold for $1.42 million.", "5-room"),
        ("A three-room HDB flat costs less.", "three-room"),
    ],
)
def test_a_homes_type_by_its_rooms_is_no_count(text: str, surface: str) -> None:
    figure = at(text, surface)
    assert figure.kind == "identifier"


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        # a second age after "aged … and", a verb after a plural count
        ("Two suspects, aged 24 and 31, will appear in court.", "31", "age", "year of age"),
        (
            "A basket of 20 everyday items costs 7 per cent less.",
            "20 everyday items",
            "cardinal",
            "everyday items",
        ),
        # but rooms counted stay a count
        ("The house had 5 rooms.", "5 rooms", "cardinal", "rooms"),
    ],
)
def test_a_second_age_and_a_verb_after_a_count(text: str, surface: str, kind: str, unit: str) -> None:
    figure = at(text, surface)
    assert (figure.kind, figure.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # a figure passed, bare or a share, before the end of its clause or a time
        ("Season-ticket sales had passed 53,000 for the first time.", "passed 53,000", "more_than"),
        ("Registrations have passed 900,000, officials said.", "passed 900,000", "more_than"),
        ("Arrivals passed 420,000 last year.", "passed 420,000", "more_than"),
        ("Its share has passed 50% of desktop PCs.", "passed 50%", "more_than"),
        ("Its purchases this year went beyond US$9 billion.", "beyond US$9 billion", "more_than"),
        ("The treaty extends beyond 12 nautical miles.", "beyond 12 nautical miles", "more_than"),
        # but not bills passed, nor a vote's split, nor a number word
        ("The Senate passed 12 bills on Tuesday.", "12 bills", "exact"),
        ("The bill passed 217 to 212 late Wednesday.", "217", "exact"),
        ("He's passed five.", "five", "exact"),
    ],
)
def test_a_figure_passed_or_gone_beyond_is_a_lower_bound(text: str, surface: str, qualifier: str) -> None:
    figure = at(text, surface)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "unit", "qualifier"),
    [
        # cents moved after a price in the same sentence
        (
            "Waikaha lifted its forecast to NZ$10.15 per kilogram of milksolids, up 25c, the co-op said.",
            "25c",
            "cent",
            "increase",
        ),
        ("Shares closed at R4.20, down 3c.", "3c", "cent", "decrease"),
        # the noun said once before: "dozens more injured", "about 4,000 fewer than last year"
        ("At least 14 people were killed and dozens more injured.", "dozens", "people", "exact"),
        (
            "Some 508,000 students sat the exam on Thursday, about 4,000 fewer than last year.",
            "about 4,000",
            "students",
            "approximate",
        ),
        # a share of the same noun, up or down from another
        (
            "About 1 in 5 adults reported symptoms of anxiety, up from 1 in 8 before the pandemic.",
            "1 in 8",
            "adults",
            "exact",
        ),
    ],
)
def test_cents_after_a_price_and_nouns_said_once(text: str, surface: str, unit: str, qualifier: str) -> None:
    figure = at(text, surface)
    assert (figure.unit, figure.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The price is up 25c.",  # no price said, no cents
        "Highs of 30c, up 5c on Monday.",
    ],
)
def test_a_glued_c_without_a_price_stays_no_money(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.kind == "money"]


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # a change a noun tells, as the blind sets' writers mark 102 in 107
        ("Exports rose, driven by a 38% jump in semiconductor shipments.", "38%", "increase"),
        ("Commuters will be hit with a 4.6% rail fare hike from March.", "4.6%", "increase"),
        ("Farmgate prices fell to ₱17 per kilo, a 15 percent drop from September.", "15 percent", "decrease"),
        ("Markets bet on a further 25bp reduction by June.", "25bp", "decrease"),
        ("Season tickets will cost a £276 increase on last year.", "£276", "increase"),
        # but not a level named by two nouns, a period, a one-off gain or a multiple
        ("The bank kept a 2% growth target.", "2%", "exact"),
        ("The industry suffered a 10-year decline.", "10-year", "exact"),
        ("The firm booked a $2bn gain on the sale.", "$2bn", "exact"),
        ("Dengue cases saw a fivefold rise in two weeks.", "fivefold", "exact"),
        ("He bought a 5% stake and cut costs.", "5%", "exact"),
        # an amount added is no change of its own, unless a verb changes by it
        ("The Health Secretary said an extra £1.8bn for elective surgery would help.", "£1.8bn", "exact"),
        ("He cut the grant an additional $5 million.", "$5 million", "decrease"),
    ],
)
def test_a_change_told_by_a_noun_and_an_amount_added(text: str, surface: str, qualifier: str) -> None:
    assert at(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("The camp has come under three attacks since October.", "three attacks", "exact"),
        ("Signal No. 5 was raised over three provinces.", "three provinces", "exact"),
        ("The bank raised over $5bn.", "over $5bn", "more_than"),
        ("She crossed the line in a little over 66 minutes.", "a little over 66 minutes", "more_than"),
        ("The vote came in a little under 40%.", "a little under 40%", "less_than"),
        (
            "The Sensex plunged 1,148 points, erasing Rs 6.2 lakh crore of investor wealth.",
            "Rs 6.2 lakh crore",
            "decrease",
        ),
    ],
)
def test_come_under_raised_over_a_little_over_and_erased(text: str, surface: str, qualifier: str) -> None:
    assert at(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("She beat Jess Rowan 6-4, 3-6, 7-5 in the quarter-finals.", "3-6"),
        ("He lost 3-6, 6-4, 4-6.", "4-6"),
    ],
)
def test_a_set_score_beside_others_is_no_range(text: str, surface: str) -> None:
    assert at(text, surface).kind == "identifier"


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        # below zero beside a temperature, a temperature; a level after a few words of when, the level's unit
        (
            "Winnipeg had a low of minus 31C, with the wind chill making it feel like about minus 42.",
            "about minus 42",
            "celsius",
            -42,
        ),
        (
            "Gas output was 2.6 billion cubic feet a day in the first half, down from 2.8 billion.",
            "2.8 billion",
            "cubic foot per day",
            2.8e9,
        ),
        # but a share's part after "up from" stays the share
        (
            "One in eight attendees spent at least 12 hours there, up from one in 10 a year earlier.",
            "one in 10",
            "attendees",
            0.1,
        ),
    ],
)
def test_units_said_once_for_temperatures_and_levels(
    text: str, surface: str, unit: str, value: float
) -> None:
    figure = at(text, surface)
    assert (figure.unit, figure.value) == (unit, value)


def test_aged_spans_in_a_list_stay_ranges() -> None:
    assert at("Children aged 3-6, 7-9 and 10-12 were tested.", "7-9").low == 7


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        (
            "Factory owners said the Tk 1,500 monthly wage increase had squeezed margins.",
            "Tk 1,500 monthly",
            "increase",
        ),
        ("The 10% rise in prices hurt.", "10%", "increase"),
        # but not a noun before a verb of change ("the 23.4-km stretch would cut travel time")
        ("Officials said the 23.4-km stretch would cut peak-hour travel time.", "23.4-km", "exact"),
        ("Parts of Buffalo were buried under 52 inches of snow.", "52 inches", "exact"),
    ],
)
def test_a_change_told_after_the_and_snow_buried_under(text: str, surface: str, qualifier: str) -> None:
    assert at(text, surface).qualifier == qualifier


def test_a_bowlers_figures_after_taken_are_one_score() -> None:
    assert at("Umair Jatoi had taken 4 for 41.", "4 for 41").kind == "identifier"


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        # a sign before an amount paid for a period or a recipient, and the naira's kobo
        (
            "UNHCR appealed for winter cash aid of JD120 per family.",
            "JD120 per family",
            "dinar per family",
            120,
        ),
        ("Tariffs will add R180 a month to a typical bill.", "R180 a month", "rand per month", 180),
        ("Shares fell 4.6 per cent to N312.50 on Tuesday.", "N312.50", "naira", 312.5),
        # a number word below zero
        (
            "Temperatures will plunge to -8C in the midlands and minus three degrees in Dublin.",
            "minus three degrees",
            "degree",
            -3,
        ),
    ],
)
def test_signs_before_a_rate_kobo_and_minus_in_words(
    text: str, surface: str, unit: str, value: float
) -> None:
    figure = at(text, surface)
    assert (figure.unit, figure.value) == (unit, value)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [("The N95 masks cost more.", "N95", "identifier"), ("The N12.5 grade is rare.", "N12.5", "identifier")],
)
def test_codes_after_a_sign_letter_stay_codes(text: str, surface: str, kind: str) -> None:
    assert at(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("The plant, spread over 3,200 hectares, will power homes.", "3,200 hectares", "exact"),
        ("The state will lay 1,200km of roads over three to four years.", "three to four years", "exact"),
        ("He waited over three hours.", "over three hours", "more_than"),
        ("The wind chill made it feel closer to minus 50.", "closer to minus 50", "approximate"),
    ],
)
def test_spread_over_over_a_span_of_years_and_closer_to(text: str, surface: str, qualifier: str) -> None:
    assert at(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # "up" a verb's particle before the "to" of a level reached; a verb of estimating a hedge
        ("The bank cited inflation that picked up to 5.8pc in November.", "5.8pc", "exact"),
        ("Yields edged up to 4.2%.", "4.2%", "exact"),
        ("Prices could go up to 5%.", "up to 5%", "at_most"),
        ("Officials estimate 60 per cent of residents were affected.", "estimate 60 per cent", "approximate"),
    ],
)
def test_picked_up_to_a_level_and_officials_estimate(text: str, surface: str, qualifier: str) -> None:
    assert at(text, surface).qualifier == qualifier


def test_a_raise_told_by_a_noun_is_a_rise() -> None:
    assert at("The budget gives teachers a 3.5% raise.", "3.5%").qualifier == "increase"


def test_a_hedged_change_in_per_cent_then_the_level_is_no_range() -> None:
    text = "The yen strengthened as much as 0.6% to 148.20 per dollar."
    assert (at(text, "as much as 0.6%").qualifier, at(text, "148.20").value) == ("at_most", 148.2)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The judge ordered restitution (U.S. v. Samuels, No. 24-cr-517).", "24-cr-517"),
        ("He was charged in case 23-cv-4410 in Manhattan.", "23-cv-4410"),
        ("He won 7-6(5), 6-4 on Sunday.", "7-6(5)"),
        ("She won 6-2, 7-6 (4) in the final.", "7-6 (4)"),
    ],
)
def test_case_numbers_and_tie_breaks_are_no_figures(text: str, surface: str) -> None:
    assert [q.kind for q in find_quantities(text)][-1] == "identifier"
    assert at(text, surface).kind == "identifier"


def test_a_score_beside_a_bracketed_number_that_is_no_tie_break_leaves_it() -> None:
    assert at("The Sixers are 9-14 (5) now.", "5").value == 5


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The Australian dollar rose half a US cent to US66.2¢.", "US66.2¢", 66.2),
        ("The kiwi bought US58.4c, down from US59c.", "US58.4c", 58.4),
    ],
)
def test_us_cents_as_australian_copy_writes_them(text: str, surface: str, value: float) -> None:
    figure = at(text, surface)
    assert (figure.value, figure.unit, figure.kind) == (value, "cent", "money")


def test_a_code_beginning_with_us_stays_a_code() -> None:
    assert at("Flight US70 landed in Sydney.", "US70").kind == "identifier"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # the rate after "more" or "less" is the amount's
        ("Customers will pay P0.42 more per kilowatt-hour this month.", "P0.42", "peso per kilowatt hour"),
        ("Households spend BDS$190 more a month on groceries.", "BDS$190", "barbados dollar per month"),
        ("Drivers pay $5 less a week.", "$5", "dollar per week"),
        # a hyphenated unit of two words
        ("The robot can map a 120-square-metre home.", "120-square-metre", "square metre"),
        ("A 380-square-foot flat changed hands.", "380-square-foot", "square foot"),
        ("He sold a 50-per-cent stake.", "50-per-cent", "percent"),
        # an index's level after a change said with "higher" or "lower"
        ("The Nifty 50 ended 0.4 per cent lower at 24,870 on Monday.", "24,870", "points"),
        # the counted noun of a change said once, before the level it came to
        ("Waiting lists fell by 61,000 cases to 7.38 million in September.", "7.38 million", "cases"),
    ],
)
def test_rates_after_more_hyphenated_units_index_levels_and_nouns_said_once(
    text: str, surface: str, unit: str
) -> None:
    assert at(text, surface).unit == unit


def test_more_than_a_period_ago_is_no_rate() -> None:
    assert at("It costs $5 more a year ago.", "$5").unit == "dollar"


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("Jeepney fares will rise by P2 to P15 for the first four kilometres.", "P2", 2, "increase"),
        ("Jeepney fares will rise by P2 to P15 for the first four kilometres.", "P15", 15, "exact"),
    ],
)
def test_a_one_letter_sign_on_both_ends_of_a_change_and_its_level(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    figure = at(text, surface)
    assert (figure.value, figure.kind, figure.qualifier) == (value, "money", qualifier)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Routes from N1 to N3 were shut.", "N3"),  # roads, not a change "by"
        ("Anyone who was on the 73 bus near Stamford Hill should come forward.", "73"),  # a route
        ("He took the 96 tram to work.", "96"),
    ],
)
def test_roads_and_bus_routes_are_names(text: str, surface: str) -> None:
    assert at(text, surface).kind == "identifier"


def test_buses_counted_stay_a_count() -> None:
    assert at("The city bought 40 buses.", "40 buses").value == 40


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # a share or an amount compared with a comparative after it is a change (the writers' 13 of 13)
        ("Shares closed 3.2% higher at Rs 2,684.40.", "3.2%", "increase"),
        ("Walkers had a 47% lower risk of dying early.", "47%", "decrease"),
        ("Electricity became 3.2 percent cheaper.", "3.2 percent", "decrease"),
        ("The economy is now 2.4% larger than before the pandemic.", "2.4%", "increase"),
        ("Sales reached 31,480, about 14% higher than last year.", "about 14%", "approximate"),
        ("Users are 85% more likely to click.", "85%", "exact"),
        # waiting over a period is more than it
        ("2,950 had been waiting over two years.", "over two years", "more_than"),
    ],
)
def test_comparatives_after_a_share_and_waiting_over(text: str, surface: str, qualifier: str) -> None:
    assert at(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # a fall from one level to a lower one is two levels, never a range
        ("Cash-in-transit heists fell from 47 to 31.", [("47", 47), ("31", 31)]),
        # (NewsQuant writes these as one range, "3.0-2.5"; its scorer joins them)
        ("Growth slowed from 3 to 2.5 per cent.", [("3", 3), ("2.5 per cent", 2.5)]),
        ("Fees went from 6 percent down to 2 percent.", [("6 percent", 6), ("2 percent", 2)]),
        ("Output fell from 1.2 to 0.9 million tonnes.", [("1.2", 1.2e6), ("0.9 million tonnes", 0.9e6)]),
        ("He dropped from 208 pounds to 193 by exercising.", [("208 pounds", 208), ("193", 193)]),
    ],
)
def test_a_fall_from_one_level_to_another_is_two_levels(text: str, levels: list) -> None:
    found = [(q.surface, q.value) for q in find_quantities(text)]
    assert found == levels
    assert {q.unit for q in find_quantities(text)} == {find_quantities(text)[-1].unit}


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Claims ranged from $200 to $4 million.", 200, 4e6),  # each end with its own scale
        ("Output rose from 0.9 to 1.2 million tonnes.", 0.9e6, 1.2e6),
        ("Wind chills from -28 to -33 are expected.", -33, -28),
    ],
)
def test_ranges_that_run_up_or_below_zero_stay_ranges(text: str, low: float, high: float) -> None:
    (figure,) = find_quantities(text)
    assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        (
            "Beef farmers have been offered 520c/kg for steers, up 10c on last week.",
            "520c/kg",
            "money",
            "cent per kilogram",
        ),
        ("Beef farmers have been offered 520c/kg for steers, up 10c on last week.", "10c", "money", "cent"),
        (
            "The Department of Health said 6.2 million children under five had shots.",
            "under five",
            "age",
            "year of age",
        ),
        ("Adults over 40 should be screened.", "over 40", "age", "year of age"),
    ],
)
def test_cents_a_kilogram_and_age_limits_of_a_group(text: str, surface: str, kind: str, unit: str) -> None:
    figure = at(text, surface)
    assert (figure.kind, figure.unit) == (kind, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Brightwell said it would buy data-security startup Ninefold for $2.35 billion.",  # a name
        "The quake registered upper 5 on the Japanese intensity scale.",  # a grade of a scale
        "Labor held the seat despite a two-party-preferred swing against it.",  # a measure's name
    ],
)
def test_names_and_grades_that_look_like_counts(text: str) -> None:
    assert [
        q for q in find_quantities(text) if q.kind in ("cardinal", "measure") and q.value in (9, 5, 2)
    ] == []


def test_a_multiple_in_lower_case_stays_a_multiple() -> None:
    assert at("Sales rose ninefold.", "ninefold").value == 9


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # nouns joined inside a change's object, with "of" or right after the verb
        ("The drug cut the risk of heart attack or stroke by 23% in a trial.", "23%", "decrease"),
        (
            "Auckland Transport will raise bus and train fares by an average of 6.5 per cent.",
            "6.5 per cent",
            "increase",
        ),
        ("They cut taxes and raised spending by 5%.", "5%", "increase"),
        # money raised up to an amount is at most it ("picked up to 5.8pc" stays a level)
        ("Qasr plans to raise up to AED 2.2 billion in an IPO.", "up to AED 2.2 billion", "at_most"),
        ("Inflation picked up to 5.8pc.", "5.8pc", "exact"),
    ],
)
def test_objects_joined_by_and_or_and_raising_up_to(text: str, surface: str, qualifier: str) -> None:
    assert at(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # points with a comparative after, as a share with one ("five points above the drop zone" a gap)
        ("The S&P/ASX 200 finished 17 points higher at 8612.", "17 points", "increase"),
        ("The FTSE 100 closed 38.6 points lower at 8,100.", "38.6 points", "decrease"),
        ("Yields were 25 basis points higher than a month ago.", "25 basis points", "increase"),
        ("Leeds are five points above the drop zone.", "five points", "exact"),
        ("Teams that have scored 100 points fewer times than Philadelphia.", "100 points", "exact"),
        # a time, a share or an amount taken off something (not time off work)
        ("She won in Valencia, taking 41 seconds off the previous mark.", "41 seconds", "decrease"),
        ("The new line will cut 20 minutes off the journey.", "20 minutes", "decrease"),
        ("The sale knocked 30% off the price.", "30%", "decrease"),
        ("He took two days off work.", "two days", "exact"),
        # "under" after a verb of burying whose object comes between
        ("Snow buried parts of western New York under 4 to 6 feet of snow.", "4 to 6 feet", "exact"),
        ("Under 2 inches of rain fell.", "Under 2 inches", "less_than"),
        # "over" after a warning raised, its signal's number between
        ("PAGASA had raised Signal No. 4 over 14 towns before the storm weakened.", "14 towns", "exact"),
    ],
)
def test_points_compared_times_taken_off_and_places_buried_or_warned(
    text: str, surface: str, qualifier: str
) -> None:
    assert at(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surface", "value", "low", "high", "unit", "qualifier"),
    [
        # a qualifier after a range's second end is the range's
        ("Hotel rates are 15-20% higher than last year.", "15-20%", None, 15, 20, "percent", "increase"),
        # a "F" glued to a number where the sentence gives temperatures
        ("Overnight lows are expected near 28F.", "near 28F", 28, 28, 28, "fahrenheit", "approximate"),
        ("Temperatures fell to -5F overnight.", "-5F", -5, -5, -5, "fahrenheit", "exact"),
        ("Temperatures could hit 35 deg C on some days.", "35 deg C", 35, 35, 35, "celsius", "exact"),
        # South Sudan's pound; the naira with one decimal
        (
            "Sorghum sells for as much as SSP 95,000.",
            "as much as SSP 95,000",
            95000,
            None,
            95000,
            "south sudanese pound",
            "at_most",
        ),
        ("The naira closed at N1,545.6 to the dollar.", "N1,545.6", 1545.6, 1545.6, 1545.6, "naira", "exact"),
        # "within the next" a bound as "within" is
        (
            "Staff will be vaccinated within the next 10 days.",
            "within the next 10 days",
            10,
            None,
            10,
            "day",
            "at_most",
        ),
        ("It happened within the past 48 hours.", "48 hours", 48, 48, 48, "hour", "exact"),
    ],
)
def test_ranges_qualified_after_fahrenheit_currencies_and_within_the_next(
    text: str,
    surface: str,
    value: float | None,
    low: float | None,
    high: float | None,
    unit: str,
    qualifier: str,
) -> None:
    q = at(text, surface)
    assert (q.value, q.low, q.high, q.unit, q.qualifier) == (value, low, high, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("A new operator took over berths 4 to 7.", ["identifier", "identifier"]),
        ("He lives in apartment 28F.", ["identifier"]),
        ("Fares will go up from $1.19 to $1.28.", ["money", "money"]),  # two levels, as after "rise"
    ],
)
def test_spans_of_names_codes_and_levels_gone_up_from(text: str, kinds: list) -> None:
    assert [q.kind for q in find_quantities(text)] == kinds


def test_a_change_listed_with_a_noun_in_lower_case_and_by() -> None:
    text = "Diesel is rising by P1.40 per liter, gasoline by P0.85 per liter and kerosene by P0.50 per liter."
    assert [q.qualifier for q in find_quantities(text)] == ["increase"] * 3


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Marriages jumped by over a fifth.", "over a fifth", "more_than"),
        # cents after a change ("temperatures rose 35c" no money)
        ("Paraffin falls by 81c.", "81c", "decrease"),
        ("Diesel drops by between 68c and 74c a litre.", "68c and 74c a litre", "decrease"),
        # halving, a fall by half ("roughly halved" the hedge's)
        ("The WFP may be forced to halve rations.", "halve", "decrease"),
        ("Their risk was roughly halved.", "roughly halved", "approximate"),
        # points of cuts ("50 basis points of easing" a level)
        ("The rate sits at 2.25 per cent after 200 basis points of cuts.", "200 basis points", "decrease"),
        ("There is room for a further 50 basis points of easing.", "50 basis points", "exact"),
        # a time cut after a verb and its object ("by five years", a deadline, is none)
        ("The new trains will cut the journey by 12 minutes.", "12 minutes", "decrease"),
        ("A plan shows us cutting the deficit in half by five years.", "five years", "exact"),
        # "contract" after a determiner is a noun
        ("The club restructured his contract by $2 million.", "$2 million", "exact"),
    ],
)
def test_shares_over_cents_moved_halving_points_of_cuts_and_times_cut(
    text: str, surface: str, qualifier: str
) -> None:
    assert at(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Temperatures rose 35c.", []),
        ("The price puts 95 unleaded inland at R21.34 a litre.", ["R21.34 a litre"]),
        ("She beat Yui Tanaka 6-4 3-6 7-5 in the quarter-finals.", []),
        ("The halving of Bitcoin rewards is due.", []),
        (
            "Oil prices were raised by Tk 10 to Tk 173 per litre, while coarse rice sold for Tk 52 to 55 a"
            " kilogram.",
            ["Tk 10", "Tk 173 per litre", "Tk 52 to 55 a kilogram"],
        ),
        (
            "Petrol rose by Rs5.45 per litre to Rs272.89, and that of diesel by Rs3.10 to Rs279.12.",
            ["Rs5.45 per litre", "Rs272.89", "Rs3.10", "Rs279.12"],
        ),
    ],
)
def test_grades_set_scores_events_and_figures_said_in_lists(text: str, surfaces: list) -> None:
    assert [q.surface for q in find_quantities(text) if q.kind in CLAIM_KINDS] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "kind", "qualifier"),
    [
        ("The quake registered upper 6 on Japan's seven-level shindo scale.", "6", "identifier", "exact"),
        (
            "Petrol is down 11 cents from a week ago and 34 cents lower than a year earlier.",
            "34 cents",
            "money",
            "decrease",
        ),
        ("Mississippi drivers paid as little as $2.41.", "as little as $2.41", "money", "at_least"),
        ("Three men, aged 19, 22 and 41, were charged.", "22", "age", "exact"),
        ("Three men, aged 19, 22 and 41, were charged.", "41", "age", "exact"),
    ],
)
def test_shindo_grades_cents_compared_the_least_paid_and_listed_ages(
    text: str, surface: str, kind: str, qualifier: str
) -> None:
    q = at(text, surface)
    assert (q.kind, q.qualifier) == (kind, qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        # a share after a bound of two words or more, told alone or after "by"
        ("Input costs have risen by as much as a third since 2024.", "as much as a third", 1 / 3, "at_most"),
        ("Costs rose by at least a quarter.", "at least a quarter", 0.25, "at_least"),
        ("Rations were cut by up to half.", "up to half", 0.5, "at_most"),
        (
            "Researchers found that nearly a third returned to the same beach.",
            "nearly a third",
            1 / 3,
            "approximate",
        ),
        # a rate a levy is named by is no bound ("under 15% of voters" is one)
        ("Car exports slid 6.3% under 15% tariffs.", "15%", 15, "exact"),
        ("Turnout was under 15% in some wards.", "under 15%", 15, "less_than"),
        # a period lengthened, whatever its unit ("cutting the deficit in half by five years" a deadline)
        ("The school day will be extended by 30 minutes.", "30 minutes", 30, "increase"),
        ("The deal extends the mine's life by 15 years.", "15 years", 15, "increase"),
        ("The firm will deepen its shaft by 350 metres.", "350 metres", 350, "increase"),
        # an index that gave up ground ("gave up 517 rushing yards" a side's total)
        ("The JSE all-share index gave up 0.9% as miners retreated.", "0.9%", 0.9, "decrease"),
        ("The defence gave up 517 rushing yards.", "517 rushing yards", 517, "exact"),
        # a hedged amount taken off, as a hedged fall ("took about two days off work" time off)
        (
            "Shares fell, wiping about 2.1 trillion won off its market value.",
            "about 2.1 trillion won",
            2.1e12,
            "decrease",
        ),
        ("She took about two days off work.", "about two days", 2, "approximate"),
        # a count passed in a time
        ("Its video passed 50 million views within 24 hours.", "passed 50 million views", 5e7, "more_than"),
        # the level cents came to after a change in cents
        ("Milk prices were cut by 2c a litre to 46c.", "46c", 46, "exact"),
        # results, and a target chased down, are no changes
        ("The Wallabies have lost six of their last eight Tests.", "six", 6, "exact"),
        ("Shares lost 30% of their value.", "30%", 30, "decrease"),
        ("Lahore Lions chased down 311 with three overs to spare.", "311", 311, "exact"),
    ],
)
def test_bounded_shares_levies_periods_lengthened_ground_given_up_and_results(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    q = at(text, surface)
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)


def test_one_among_several_is_no_count() -> None:
    assert find_quantities('The plan was "one option among several".') == []


def test_a_change_to_a_level_keeps_no_unit_of_an_earlier_level() -> None:
    text = (
        "The rate rose 0.6 percentage points to 33.5%, with the number of jobless people increasing by"
        " 132,000 to 8.4 million."
    )
    found = {q.surface: (q.unit, q.qualifier) for q in find_quantities(text)}
    assert found["132,000"] == (None, "increase")
    assert found["8.4 million"] == (None, "exact")


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        # a share after "up from", and before "at"
        ("They control three-quarters of the state, up from half in September.", "half", 0.5, "exact"),
        ("Gas shortages cut output by a fifth at more than 300 units.", "a fifth", 0.2, "decrease"),
        # a share of its own whole lost, hedged or not ("lost more than a third of" the bound)
        ("The cedi has lost a fifth of its value this year.", "a fifth of its value", 0.2, "decrease"),
        (
            "The glacier lost about a quarter of its volume.",
            "about a quarter of its volume",
            0.25,
            "decrease",
        ),
        (
            "Farmers lost more than a third of their crop.",
            "more than a third of their crop",
            1 / 3,
            "more_than",
        ),
        # within a time said with "inside"; "as deep as" a bound
        ("The wing scored a hat-trick inside 30 minutes.", "inside 30 minutes", 30, "at_most"),
        ("The drill reaches as deep as 2 metres.", "as deep as 2 metres", 2, "at_most"),
        # a one-letter currency before an amount followed by a number word
        ("Commuters now pay N1,500 for a trip that cost N750 three months ago.", "N750", 750, "exact"),
        # ages joined by "to" before "make up" ("make" no counted noun)
        ("Young people aged 18 to 35 make up three-quarters of the unemployed.", "18 to 35", None, "exact"),
    ],
)
def test_shares_up_from_and_lost_within_inside_one_letter_signs_and_ages_before_make_up(
    text: str, surface: str, value: float | None, qualifier: str
) -> None:
    q = at(text, surface)
    assert (q.value, q.qualifier) == (pytest.approx(value) if value is not None else None, qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The 18-wheeler was travelling at 70 mph.", "18-wheeler", "identifier"),
        ("Sales of two-wheelers rose 5%.", "two-wheelers", "identifier"),
        # the end of a span of names after an earlier "to" level
        ("Waiting fell to under five days after an operator took over berths 4 to 7.", "7", "identifier"),
    ],
)
def test_vehicles_by_their_wheels_and_spans_of_names_after_a_level(
    text: str, surface: str, kind: str
) -> None:
    assert at(text, surface).kind == kind


def test_results_of_a_side_out_of_its_last_games_are_no_change() -> None:
    (nine, _) = find_quantities("The team has lost nine of its past 12 Tests.")
    assert (nine.value, nine.qualifier) == (9, "exact")


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier"),
    [
        # cents with decimals, as whole cents are read, and cents a litre or a kilowatt-hour after a slash
        ("Pump prices climbed 4.2c a litre last week.", "4.2c a litre", 4.2, "cent per litre", "increase"),
        (
            "Suppliers will get 38.5c per litre for May milk.",
            "38.5c per litre",
            38.5,
            "cent per litre",
            "exact",
        ),
        ("Co-ops will pay 51c/L for October milk.", "51c/L", 51, "cent per litre", "exact"),
        ("The tariff is 27.4c/kWh from July.", "27.4c/kWh", 27.4, "cent per kilowatt hour", "exact"),
        # cents after the change or the payout they are of
        ("Milk gets 46c/L, an increase of 2.5c on June.", "2.5c", 2.5, "cent", "increase"),
        ("It reported headline earnings per share of 318.4c.", "318.4c", 318.4, "cent", "exact"),
        # "gone up to" a level reached, no bound
        ("A bag of rice has gone up to Tk 95 from Tk 70.", "Tk 95", 95, "taka", "exact"),
        # the base form "pass" after "to" or a modal: a threshold passed
        (
            "The airport expects to pass 61 million passengers this year.",
            "pass 61 million passengers",
            61e6,
            "passengers",
            "more_than",
        ),
    ],
)
def test_decimal_cents_slashed_rates_levels_gone_up_to_and_thresholds_to_pass(
    text: str, surface: str, value: float, unit: str | None, qualifier: str
) -> None:
    q = at(text, surface)
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)
    if unit is not None:
        assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        # a share after "up" or "down" alone
        ("Listings are up a third on last year.", "a third", 1 / 3, "increase"),
        ("Bookings were down a quarter in May.", "a quarter", 0.25, "decrease"),
        # one of the things counted in so many: a share
        ("Last year one bus in five ran late.", "one bus in five", 0.2, "exact"),
        ("One patient out of four was seen within the hour.", "One patient out of four", 0.25, "exact"),
        # a multiple as a verb after an intent and "to", before its object
        ("The group plans to double capacity at its plant.", "double", 2, "exact"),
        ("Ministers agreed to triple climate finance by 2030.", "triple", 3, "exact"),
        # a chain of spans: the second "to" is the level ("deepening berths 8 to 11 to 15.5 metres")
        ("It will spend $90 million deepening berths 3 to 6 to 14.5 metres.", "14.5 metres", 14.5, "exact"),
    ],
)
def test_shares_after_up_one_of_so_many_multiples_intended_and_levels_after_a_span_of_names(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    q = at(text, surface)
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "A single journey costs QR3 and a day pass QR9.",  # "pass" a noun: no threshold
        "He plans to double down on the strategy.",  # an idiom
        "They came from a third world country.",  # "third" before a noun
        "He scored one goal in 12 games.",  # occasions, no share
    ],
)
def test_passes_idioms_ordinals_and_occasions_stay_as_they_were(text: str) -> None:
    found = find_quantities(text)
    assert all(q.qualifier != "more_than" for q in found)
    assert all(q.unit != "times" for q in found)
    assert all(not (q.value is not None and 0 < q.value < 1) for q in found)


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        # a change named by a noun before "of" keeps its hedge (a verb's change still wins over one)
        ("Fees go up in May, an increase of nearly 9 per cent.", "nearly 9 per cent", 9, "approximate"),
        ("Thefts fell to 512, a decline of roughly 14 per cent.", "roughly 14 per cent", 14, "approximate"),
        ("Sales rose nearly 9 per cent.", "nearly 9 per cent", 9, "increase"),
        # a count in thousands, then the level it came to in millions
        ("The list rose by 37,000 to 4.1m in May.", "4.1m", 4.1e6, "exact"),
        # a number written in full takes no scale from the level after it
        ("Subscribers fell from 1,400,000 to 1.1 million.", "1,400,000", 1.4e6, "exact"),
        # "shrunk", "shrinking" falls
        ("The fleet has shrunk by 15% in a decade.", "15%", 15, "decrease"),
        ("Output grew after shrinking 0.4% in May.", "0.4%", 0.4, "decrease"),
        # a threshold passed before "for the full year"
        (
            "It expects to pass 20 million visitors for the full year.",
            "pass 20 million visitors",
            2e7,
            "more_than",
        ),
        # an object with "between … and" before "by"
        ("It will cut journey times between Derby and Leeds by nine minutes.", "nine minutes", 9, "decrease"),
        # cents after a price said in cents, hedged
        ("Growers got 44 cent per litre in May, down about 2c from April.", "about 2c", 2, "decrease"),
        # one of the things counted in so many, hedged too
        ("About one claim in four was rejected.", "About one claim in four", 0.25, "approximate"),
    ],
)
def test_hedged_noun_changes_millions_after_thousands_shrinking_and_cents_down_about(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    q = at(text, surface)
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "McDavid has recorded at least one point in 19 of his past 21 games.",  # occasions of a record
        "Bangladesh reached 198 for five in 40 overs.",  # wickets in the overs bowled
    ],
)
def test_records_over_occasions_are_no_shares(text: str) -> None:
    assert all(not (q.value is not None and 0 < q.value < 1) for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        # "add up to" before more of the clause: at most; at the clause's end or after "that": the total
        (
            "The cartel could add up to 300,000 barrels a day to supply.",
            "up to 300,000 barrels a day",
            3e5,
            "at_most",
        ),
        ("The patch adds up to 4 hours of battery life.", "up to 4 hours", 4, "at_most"),
        ("That adds up to 38 million people.", "38 million people", 38e6, "exact"),
        ("The digits add up to 17.", "17", 17, "exact"),
        # a hedge before "every" and a period: how often, about
        ("A patient was admitted roughly every three hours.", "three hours", 3, "approximate"),
        # "up to a limit of": at most
        (
            "Aid is paid per hectare, up to a limit of five hectares.",
            "to a limit of five hectares",
            5,
            "at_most",
        ),
    ],
)
def test_adding_up_to_hedged_intervals_and_limits(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    q = at(text, surface)
    assert (q.value, q.qualifier) == (pytest.approx(value), qualifier)


@pytest.mark.parametrize(
    ("text", "surface", "unit", "qualifier"),
    [
        # one period said with "a" after a bound or a hedge, as the paragraph writers label it
        (
            "Some 200,000 patients had waited more than a year for surgery.",
            "more than a year",
            "year",
            "more_than",
        ),
        ("It was the second rise in under a month.", "under a month", "month", "less_than"),
        ("Talks have dragged on for over a year now.", "over a year", "year", "more_than"),
    ],
)
def test_one_period_said_with_a_after_a_bound(text: str, surface: str, unit: str, qualifier: str) -> None:
    q = at(text, surface)
    assert (q.value, q.unit, q.kind, q.qualifier) == (1, unit, "duration", qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "Sales were 6% higher than a year ago.",  # when, a comparison's base
        "He was jailed for a year.",  # no bound before it
        "Prices rose more than a year earlier.",
    ],
)
def test_a_year_ago_or_without_a_bound_is_no_figure(text: str) -> None:
    assert all(q.unit != "year" for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("The probe touched down about 400 km from the crater.", "about 400 km", "approximate"),  # landed
        ("Homes lack a line faster than 50Mbps.", "faster than 50Mbps", "more_than"),
        ("Trains ran slower than 40 km/h.", "slower than 40 km/h", "less_than"),
        # "over" a period, then "before" and a clause: the period, no time before
        ("The rover drove 80 metres over 12 days before being shut down.", "12 days", "exact"),
        ("He arrived over 10 days before the vote.", "over 10 days", "more_than"),
    ],
)
def test_landing_speeds_and_periods_before_a_clause(text: str, surface: str, qualifier: str) -> None:
    assert at(text, surface).qualifier == qualifier


def test_one_period_said_with_a_after_up_to() -> None:
    q = at("The road will stay shut for up to a week.", "up to a week")
    assert (q.value, q.unit, q.qualifier) == (1, "week", "at_most")
