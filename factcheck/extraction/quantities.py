"""Find numeric quantities in text: value(s), qualifier, unit, category and kind.

Pure Python, stdlib only. Designed for speed (a few microseconds for number-free text, tens for a
sentence with figures): one regex pass over the lower-cased window finds anchors (digit runs and
number words) and returns early when there are none; at each anchor a precompiled master regex
is *matched* (never searched) so its alternation order settles what the token is (date, clock
time, phone number, URL, identifier, ordinal, money, plain number); scale, unit, counted noun,
qualifier and change are then read with anchored ``match`` calls and dictionary lookups at known
offsets. Nothing is compiled per call, and every scan is bounded so long junk stays linear.

Conventions (chosen to match NewsQuant, the CQE evaluation set):
- exact figures have ``value == low == high``; ranges and vague amounts have ``value=None``;
  "dozens" = 12-120, "hundreds" = 100-1000, "tens of thousands" = 10,000-100,000; a range is
  stored as an interval (``low <= high``) even when written downwards ("from 4.8 to 4.7").
- ``unit`` is a normalised unit ("percent", "dollar", "dollar per barrel", "year", "kilometre",
  "year of age" for "50-year-old") or the counted noun phrase as written, lower-cased
  ("villages", "european countries"); its last word is the head noun.
- dates, clock times, ordinals, phone numbers, URLs, scores and identifiers ("A320", "COVID-19",
  "Game 7") ARE returned, with ``kind`` DATE/TIME/ORDINAL/IDENTIFIER, so callers can show them;
  only kinds in ``types.CLAIM_KINDS`` are claim figures (see :func:`is_claim_figure`).
- the surface spans qualifier + currency + number + unit/counted noun ("more than 20 villages");
  change verbs ("rose 5%") set the qualifier but stay outside the surface.
- values are finite floats or None: a figure whose value overflows ("1.5e999", "1 x 10^999 stars", a
  400-digit number) is kept with no value (``value``, ``low`` and ``high`` None) and is never joined into
  a range; the sentence's other figures are read as usual.
"""

# ruff: noqa: RUF001, SIM905  (Unicode symbols are matched on purpose; word lists read best as strings)
from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Final, NamedTuple

from factcheck.extraction import _numlex as L
from factcheck.extraction.categories import FIGURE_PRIORITY, noun_category, quantity_category
from factcheck.extraction.languages import SYMBOLS_BEFORE, Language
from factcheck.extraction.types import (
    CLAIM_KINDS,
    Category,
    Qualifier,
    Qualifiers,
    Quantity,
    QuantityKind,
    QuantityKinds,
)

__all__ = [
    "change_told_by_a_noun",
    "find_localised_quantities",
    "find_quantities",
    "is_claim_figure",
    "localised_sentence_category",
    "period_said_with_a",
]

_STOP = frozenset(
    """
    a an the this that these those its their his her our your my some any each every no all both either
    neither another other such own same of in on at by for from to with without into onto over under
    above below between among through during before after since until about against across along around
    behind beyond near off out up down per via than as like within upon toward towards amid despite
    including and or but nor so yet if while because although though whereas when where whether which
    who whom whose what i you he she it we they me him us them is are was were be been being am has have
    had having do does did will would shall should can could may might must said says say told according
    not also only just even still already more most less very too now then there here ago later earlier ever
    mr mrs ms dr mr. mrs. ms. dr.
    respectively thanks http https www pic per cent percent monday tuesday wednesday thursday friday saturday
    sunday january
    february march april may june july august september october november december last next this year's
    s died die dies survived remain remained plus minus fewer again apiece
    """.split()
)
# Adverbs without "-ly" that may stand before a modifier of the counted noun ("two very different paths").
_INTENSIFIERS: Final = frozenset(("very", "quite", "rather"))
# Plural-looking nouns that also modify a following plural noun ("police officers").
_NOUN_MODIFIERS = frozenset({"police", "staff"})
_IRREGULAR_PLURALS = frozenset(
    "people men women children police personnel staff cattle livestock teeth mice geese fishermen firemen "
    "policemen servicemen gunmen militia crew aircraft deer sheep fish troops folk kin "
    "spokesmen chairmen businessmen congressmen gentlemen horsemen militiamen tribesmen craftsmen workmen "
    "clergymen countrymen statesmen tradesmen sportsmen cameramen marksmen seamen airmen".split()
)
# Compounds of an irregular plural ("schoolchildren", "salespeople", "businesswomen"); "-men" words are listed
# above, as many that end so are singular ("specimen", "regimen").
_IRREGULAR_PLURAL_TAILS: Final = ("children", "people", "women")
_VERBS_S = frozenset(
    """
    lives says remains comes makes takes goes gets gives works needs wants shows seems includes holds
    means runs stands looks lies faces hits owns uses plays leads sees knows thinks tells asks calls
    keeps puts sets pays adds expects plans hopes believes accounts represents controls hosts proves
    becomes does has is was smokes earns spends suffers dies lacks fails struggles receives costs
    hit hurt shut burst quit
    """.split()
)  # (and past tenses spelt as the base: after a noun its verb, "One bomb hit", before one a modifier, "two
# hit songs"; not "cut", a noun after one as often: "a tax cut")
# Irregular past tenses that are never nouns or noun modifiers: after a noun they are its verb ("one
# call came", "two men stole"); regular ones end in -ed and are read as participles.
_VERBS_PAST = frozenset(
    """
    came went took made gave got found saw knew thought told became began brought bought caught chose put
    drew drove fought flew grew held kept meant met ran sent sold spoke spent stood stole struck swore
    taught threw understood wrote fell felt won led paid heard rose fled hid broke woke froze rode wore tore
    shook forgot sank sang rang drank swam hung
    """.split()
)
_PLAIN_NEXT = frozenset(",;)!?%\"'”’\n\t")
_PLAIN_NEXT_INLINE = _PLAIN_NEXT - {"\n", "\t"}
_SCALE_FIRST = frozenset("bmMkKBtTc")
# What can follow a space in a ``SCALE_AFTER`` match: more blanks, a hyphen, or a scale word's first
# letter (hundred thousand million billion trillion lakh crore, any case); "" keeps the regex at the end.
_SCALE_SECOND = frozenset(" \t-hHtTmMbBlLcC") | {""}
# The last two characters of every ``UNIT_BEFORE_SUFFIXES`` entry ("aged " ends in "d ").
_UNIT_BEFORE_TAILS = frozenset(w[-2:] for w in L.UNIT_BEFORE_SUFFIXES)
_SCALE_WORDS = tuple(L.SCALES)
_NO_UNIT_NEXT = frozenset('.,;:)!?"”’]\n')
_LEAD_SKIP = frozenset("more fewer additional further extra other such most".split())
# Capitalised words that may precede a number without naming it ("In 2016", "About 70%").
_CAP_OK = frozenset(
    """
    in on at by for from to with of the a an and or but about around some nearly almost over under more
    less than up down only just roughly approximately between since until after before some another all
    total exactly estimated least most as rose fell gained lost added dropped jumped climbed surged were
    was is are had has have with while including among than maybe perhaps possibly probably
    """.split()
)
# Words before "half" that make it a period ("the first half of the year", "the second half of the match").
_HALF_PERIOD = frozenset("first second latter".split())
_ONE_BLOCKERS = frozenset(
    "no each every any same the this that which another other anyone everyone single".split()
)  # ("every single one of our locations", "not a single one")


class _Atom:
    """A number with its context, before range merging."""

    __slots__ = (
        "after",
        "bare",
        "currency",
        "end",
        "high",
        "kind",
        "low",
        "noun",
        "number_end",
        "number_start",
        "opens_range",
        "qualifier",
        "qualifier_start",
        "scaled",
        "start",
        "unit",
        "unscaled",
    )

    def __init__(self, start: int, number_end: int, low: float, high: float, kind: QuantityKind) -> None:
        self.start = start  # where the surface starts, currency included (a qualifier: qualifier_start)
        self.number_start = start  # where the digits or number words start
        self.number_end = number_end  # where they end, before scale words and unit
        self.end = number_end  # where the surface ends, unit or counted noun included
        self.low = low
        self.high = high
        self.unit: str | None = None
        self.kind = kind
        self.qualifier = Qualifiers.EXACT
        self.qualifier_start = start
        self.currency = False  # written with a currency ("$5")
        self.scaled = False  # multiplied by a scale word ("5 million")
        self.bare: bool | None = False  # True: a plain integer (no separators, sign, decimals); None: words
        self.noun = False  # unit is a counted noun rather than a lexicon unit
        self.unscaled = low  # the number as written, before any scale word
        self.after = False  # the qualifier is written after the figure ("zwei Punkte mehr")
        self.opens_range = False  # kept only as the first end of "entre cinco y ocho": dropped if no range


@lru_cache(maxsize=4096)
def _plural(unit: str | None) -> bool:
    """Does a counted-noun unit look plural ("villages", "people")?"""
    if not unit:
        return False
    w = unit.rsplit(" ", 1)[-1]
    return (
        w in _IRREGULAR_PLURALS
        or w.endswith(_IRREGULAR_PLURAL_TAILS)
        or (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is", "'s", "\u2019s"))  # (a possessive: "Valentine's Day")
            and w not in _ADVERBS_IN_S
        )
    )


# Words ending in "s" that are never a plural noun ("2.8 million overseas voters", "two always-on servers").
_ADVERBS_IN_S: Final = frozenset(
    "overseas perhaps always whereas besides sometimes afterwards towards nowadays upwards downwards".split()
    + "diabetes measles rabies herpes mumps scabies".split()  # (and diseases: "type 2 diabetes")
    + ["news"]  # (uncountable: "two leading national news networks" count networks)
)


def _parse_digits(s: str) -> float:
    if " " in s or "\u00a0" in s or "\u202f" in s:  # "700 000"
        s = "".join(s.split())
    if _DECIMAL_COMMA.fullmatch(s):  # "1,2 million": ``_DIG`` reads it so only before a scale
        return float(s.replace(",", "."))
    return float(s.replace(",", ""))


_DECIMAL_COMMA: Final = re.compile(r"\d{1,3},\d{1,2}")
_DECIMAL_CENTS: Final = re.compile(r",(\d\d)(?!\d|,\d)")
_DECIMAL_COMMA_SIGNS: Final = frozenset("RPK")  # (the one-letter signs ``_CUR_ALT`` lets before "18,92")


@lru_cache(maxsize=4096)
def _parts(count: float, fraction: float) -> float:
    """``count`` parts of the size ``fraction`` (a unit fraction, as the tables hold it): divided by the
    denominator, not times the fraction, so "three-tenths" and "tres décimas" are 0.3 exactly."""
    return count / round(1 / fraction)


def _negation(word: str) -> bool:
    """Does ``word`` negate what follows ("not", "never", "didn't")?"""
    return word in _NEGATIONS or word.endswith(("n't", "n’t"))


def _parse_words(words: str) -> tuple[float, float]:
    """Value of a number-word phrase; returns (low, high) so vague plurals can be ranges."""
    w = " ".join(words.lower().replace("-", " ").replace(",", " ").replace("&", " ").split())
    if w.startswith("an "):
        w = "a" + w[2:]  # "an eighth": "a eighth"
    half = 0.0
    if w.endswith((" and a half", " and a quarter")):  # "two and a half"; "a million and a half" is half a
        # million more; "a hundred and a quarter (billion)"
        w, _, fraction = w.rpartition(" and a ")
        last = w.rsplit(" ", 1)[-1]
        half = L.FRACTIONS[fraction] * (12.0 if last == "dozen" else L.SCALES.get(last, 1.0))
    if w in L.VAGUE:
        return L.VAGUE[w]
    if " of a " in w:  # "a quarter of a million", "three-quarters of a billion"
        fraction, _, scale_word = w.partition(" of a ")
        share = _parse_words(fraction)[0] * L.SCALES.get(scale_word, 1.0)
        return (share, share)
    if " of " in w:  # "tens of thousands", "hundreds of millions"
        head, _, tail = w.partition(" of ")
        scale = L.SCALES.get(tail[:-1], 0.0)
        if head == "tens":
            return (10 * scale, 100 * scale)
        return (100 * scale, 1000 * scale)
    parts = w.split()
    if parts[0] == "a" and len(parts) > 2 and parts[1] in ("half", "quarter"):
        del parts[0]  # "a half million", "a quarter million"
    if parts[0] == "half" or parts[0] == "quarter":  # "half a million", "a quarter million"
        share = L.FRACTIONS[parts[0]] * L.SCALES.get(parts[-1], 12.0 if parts[-1] == "dozen" else 1.0)
        return (share, share)
    if len(parts) == 2 and parts[1] in L.FRACTIONS and (parts[0] in ("a", "one") or parts[0] in L.SMALL):
        n = 1.0 if parts[0] in ("a", "one") else float(L.SMALL.get(parts[0], 1))
        v = _parts(n, L.FRACTIONS[parts[1]])
        # "nine quarters" of a game are nine, not 2.25, and "for four quarters" four, not one whole ("three
        # halves" stays 1.5)
        return (n, n) if v >= 1 and parts[1] == "quarters" else (v, v)
    total = 0.0
    cur = 0.0
    for p in parts:
        if p == "a":
            cur = cur or 1.0
        elif p in L.SMALL:
            cur += L.SMALL[p]
        elif p in L.TENS:
            cur += L.TENS[p]
        elif p == "dozen":
            cur = (cur or 1.0) * 12
        elif p == "hundred":
            cur = (cur or 1.0) * 100
        elif p in L.SCALES:
            total += (cur or 1.0) * L.SCALES[p]
            cur = 0.0
    v = total + cur + half
    return (v, v)


# A state or an adverb said after the noun counted, not part of it ("left one person dead", "two soldiers
# missing", "one completion short", "four straight").
_STATES: Final = frozenset(
    "dead alive wounded injured missing hurt unharmed short shy ahead straight late early".split()
)
_COMPASS_LETTERS: Final = frozenset((" N", " S", " E", " W"))
# After a name's number, plurals that tell a product's releases, not a count ("the IE 9 versions of the
# browser"; a singular noun after a name's number is part of the name already).
# Plurals a name's number may modify: "the IE 9 versions", "Nasdaq 100 futures" (an index's contracts)
_RELEASE_NOUNS: Final = frozenset(("versions", "editions", "releases", "futures"))
_FEET_MARKS: Final = frozenset("'’′")
_OPENING_QUOTES: Final = frozenset("'‘\"“")
_AGE_UNIT: Final = L.UNIT_BEFORE["aged"]  # ("year of age", the age kind): "aged 25", "at age 63"
_FEET_TAILS: Final = ("foot-", "feet-", "foot ", "feet ", "ft-", "ft ")


def _after_height_feet(text: str, number_start: int) -> bool:
    """Whether the number at ``number_start`` follows a person's height in feet ("a 6-foot-7 lineman"):
    its inches."""
    return text.endswith(_FEET_TAILS, 0, number_start) and (
        L.FEET_BEFORE.search(text, max(0, number_start - 8), number_start) is not None
    )


# Common nouns that end as adverbs and participles do: counted, not read as modifiers ("one family", "one
# last thing", "three buildings" is plural anyway).
_NOUNS_LIKE_MODIFIERS: Final = frozenset(
    """
    family ally rally supply assembly anomaly monopoly reply belly bully jelly thing building wedding meeting
    morning evening ceiling string spring wing sibling offspring painting shooting bombing opening ending
    beginning setting feeling warning landing hearing ruling finding killing
    """.split()
)
_CONTRACTIONS: Final = ("'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d", "n't", "n’t", "'m", "’m")
_LINE_NUMBER_BEFORE: Final = L.CALL_WORDS | {"at", "on", "number", "line", "hotline"}


def _counted_noun(
    text: str, pos: int, end: int, vague: bool, one: bool = False, several: bool = False
) -> tuple[str | None, int]:
    """The noun phrase counted by a bare number ("20 villages", "dozens of people"); (unit, end). ``several``:
    the number is a whole count of two or more, which wants a plural head (``_plural_of_a_compound``)."""
    m = (L.VAGUE_NOUN_AFTER if vague else L.NOUN_AFTER).match(text, pos, end)
    if m is None:
        if not vague and text[pos + 1 : pos + 2] in _OPENING_QUOTES:
            return _quoted_counted_noun(text, pos, end, one)
        return None, pos
    unit, length = _counted_phrase(m.group(1), one, several)
    if unit is None:
        return None, pos
    stop = m.start(1) + length
    if unit in _VERBS_BEFORE_UP and text.startswith(" up", stop) and not text[stop + 3 : stop + 4].isalpha():
        return None, pos  # "those aged 18 to 35 make up three-quarters": a verb and its particle, no noun
    if text.startswith((" and ", " or "), stop) and _plural(unit):
        shared = L.COORDINATED_NOUN_AFTER.match(text, stop, end)
        if shared is not None and _coordinated_plural(shared.group("noun").split()):
            # "40 films and TV shows, including …": the count is of both
            return (
                f"{unit} {shared.group('and')} {' '.join(shared.group('noun').lower().split())}",
                shared.end(),
            )
    return unit, stop


def _quoted_counted_noun(text: str, pos: int, end: int, one: bool) -> tuple[str | None, int]:
    """A counted noun phrase in quotes of its own ("Seven 'key witnesses' died"): the whole quotation is the
    noun phrase, or there is none; (unit, end after the closing quote)."""
    q = L.QUOTED_NOUN_AFTER.match(text, pos, end)
    if q is None:
        return None, pos
    phrase = q.group("phrase")
    unit, length = _counted_phrase(phrase, one)
    if unit is not None and length == len(phrase) and (one or _plural(unit)):
        return unit, q.end()
    if q.group("mark") is None and " " not in phrase:  # "three 'smiling' birds": a quoted modifier
        after = L.NOUN_AFTER.match(text, q.end(), end)
        if after is not None:
            unit, length = _counted_phrase(f"{phrase} {after.group(1)}", one)
            if unit is not None and length > len(phrase) + 1 and (one or _plural(unit)):
                return unit, after.start(1) + length - len(phrase) - 1
    return None, pos


# Verbs before "up" spelt like a singular noun ("35 make up"): never the noun counted
_VERBS_BEFORE_UP: Final = frozenset("make take end pick show turn line sum stack pile roll".split())
# Days said as adverbs: they end a counted noun (in ``_STOP`` they would also end names: "Today 10-3-16").
_DAY_ADVERBS: Final = frozenset(("today", "tonight", "yesterday", "tomorrow", "overnight"))
# Words that follow a counted noun without being part of it.
_AFTER_NOUN_ADVERBS: Final = frozenset("alone apiece altogether combined".split())
# Prepositions that may also modify a noun ("two outside directors"), so not in ``_STOP``: after one, no.
_AFTER_NOUN_PREPOSITIONS: Final = frozenset(
    "outside inside beside beneath underneath throughout alongside".split()
)


@lru_cache(maxsize=4096)
def _counted_phrase(phrase: str, one: bool, several: bool = False) -> tuple[str | None, int]:
    """``_counted_noun``'s reading of the words after the number (``NOUN_AFTER``'s group): the noun phrase
    counted and where it ends in ``phrase``, or (None, 0). Cached: news counts the same few things."""
    words: list[str] = []
    stop = 0
    i = 0
    toks = phrase.split()
    # the word before is an -ly, -ing or -ed modifier, read as one for the noun after it
    after_participle = False
    for n, w in enumerate(toks):
        j = phrase.index(w, i)
        dash = False
        if "-" in w:
            head, _, tail = w.partition("-")
            lt = tail.lower()
            if (
                _plural(head.lower())
                and (
                    tail[:1].isupper()
                    or tail[:1].isdigit()
                    or lt in _STOP
                    or _plural(lt)
                    or lt.endswith("ing")
                )
            ) or (
                lt in _VERBS_PAST
            ):  # a dash: "five young men-sons of a dentist", "three defeats-and", "one man-began", "2,129
                # points-13 more"
                w, dash = head, True
        elif w.endswith(_CONTRACTIONS):
            break  # "one area we've come", "10 we'll": a pronoun and its verb begin
        i = j + len(w)
        lw = w.lower()
        possessive = lw.endswith(_POSSESSIVE_ENDINGS)
        lw = lw[:-2] if possessive else lw.rstrip("’'")
        if not words and (lw in _LEAD_SKIP or (one and lw in ("last", "final"))):
            continue  # "20 more troops", "one last thing"
        if lw in _HESITATIONS:
            continue  # "two uh things": a transcript's pause, never the noun
        if words and (lw in _AFTER_NOUN_ADVERBS or lw in _AFTER_NOUN_PREPOSITIONS or lw in L.SMALL):
            break  # "for one reason alone", "20 votes apiece", "one factory outside China", "the record
            # 12,400 set two years earlier": the noun ends before (a number word starts another figure)
        if not lw.isalpha() and any(ch.isdigit() for ch in lw) and not _plural(lw) and n + 1 == len(toks):
            break  # "about 20 COVID-19": a name is counted only as the modifier of a noun
        if (
            lw in ("and", "or")
            and words
            and not one
            and len(words[-1]) > 1
            and n + 2 < len(toks)
            and len(toks[n + 1]) > 1
            and toks[n + 1].lower() not in _STOP
            and not toks[n + 1].lower().endswith(("ed", "ing"))
            and _plural(toks[n + 2].lower())
        ):  # "1,300 federal and independent scientists": the noun comes after the coordinated modifiers
            words = []
            continue
        if lw in _DAY_ADVERBS:
            break  # "police arrested 5 yesterday": when, not what was counted
        if (
            lw in _STOP
            and lw not in _INTENSIFIERS
            and not (w.isupper() and len(w) > 1 and not (n + 1 < len(toks) and toks[n + 1].isupper()))
        ):  # "20 US troops": "US" is a modifier, "us" a pronoun; in an all-capital headline a stop word
            break
        if (
            lw in _VERBS_PAST
            or (lw in _STATES and (words or n + 1 == len(toks) or toks[n + 1].lower() in _STOP))
            or (
                words
                and (
                    (
                        lw in _VERBS_S
                        and not (after_participle or _modifier_before_noun(words[-1]))
                        and not (several and n == 1 and _plural_of_a_compound(words, lw))
                    )
                    or (one and _plural(lw))
                )
            )
        ):  # "One proposal asks", "a third of the population lives": a verb, not a plural noun (but after a
            # compound modifier or a superlative the noun: "two traditional three-point plays", "the 10 best
            # hit songs"); "24 dead", "two went
            break  # missing": a state or a verb, the people unsaid (but "39 missing children")
        if (
            words
            and w[:1].isupper()
            and not w.isupper()
            and toks[n - 1].islower()
            and not any(_plural(t.lower()) for t in toks[n:])
        ):  # "one reason Hansbrough": a name after a common noun starts another phrase (but "eight
            break  # straight World Cups": a name that modifies the plural noun after it)
        if (
            len(lw) > 4 and lw.endswith(("ly", "ing", "ed")) and lw not in _NOUNS_LIKE_MODIFIERS
        ) or lw in _INTENSIFIERS:
            # a participle is a modifier only when a plural noun follows ("rushing yards", "recorded songs")
            nxt = toks[n + 1].lower() if n + 1 < len(toks) else ""
            adverb = (
                (lw.endswith("ly") or lw in _INTENSIFIERS)
                and not _plural(nxt)
                and nxt.isalpha()
                and nxt not in _STOP
                and n + 2 < len(toks)
            )
            if adverb:
                nxt = toks[n + 2].lower()  # an adverb before a modifier: "2,000 highly skilled workers"
            # "one armed militant", "one missed call", "one extremely important law" (an -ing word is often
            # a noun: "one thing")
            singular = (
                one
                and not words  # (after a noun, an -ed word is its verb: "one city renamed Columbus Day")
                and (lw.endswith("ed") or adverb)
                and nxt.isalpha()
                and not nxt.endswith(("ly", "ing", "ed"))
                and nxt not in _STATES
            )
            if not (
                ((_plural(nxt) or singular) and nxt not in _STOP and not nxt.endswith("ly"))
                or (lw.endswith(("ed", "ing")) and not adverb and _plural_after_modifiers(toks, n + 1))
                or (adverb and _plural_after_modifiers(toks, n + 2))  # "two extremely muscular female …"
            ):
                break
            after_participle = True
        else:
            after_participle = False
        if possessive and n + 1 < len(toks) and toks[n + 1].lower() not in _STOP:
            if one and not words and not _plural(lw):  # "one officer's uniform": one officer
                return lw, i - 2
            words = []  # "one of the nation's oldest laws": the possessor is not what is counted
            continue
        words.append(lw)
        stop = i - (2 if possessive else 0)
        if dash or lw == "thing":
            break  # (a thing modifies nothing: "make one thing clear")
        if n + 1 < len(toks) and (
            lw in _NOUN_MODIFIERS or (_plural(lw) and not possessive and lw not in _CLAUSE_HEADS)
        ):
            nxt = toks[n + 1]
            if (
                _plural(nxt.lower())
                and (nxt.islower() or lw in _NOUN_MODIFIERS)
                and nxt.lower() not in _STOP
                and nxt.lower() not in _VERBS_S
                and len(words) < 3
                and not (n + 2 < len(toks) and toks[n + 2] in _OBJECT_OPENINGS)
            ):  # "two police officers", "40 staff members", "three sales executives": the noun follows (not
                continue  # "four cases demonstrates a bias": a verb and its object)
        if possessive or _plural(lw):
            break
        if len(words) == 3:
            nxt = toks[n + 1] if n + 1 < len(toks) else ""
            if not (
                nxt.islower()
                and _plural(nxt)
                and nxt not in _STOP
                and nxt not in _VERBS_S
                and _COUNT_WORDS.isdisjoint(words)
            ):
                break  # (but "two former civil war foes": the noun is the fourth word)
    if not words:
        return None, 0
    return " ".join(words), stop


# Occasions something is done in: "nine in 14 league games" (goals, not a share of the games; "nine out of 14
# games" is one)
_OCCASIONS: Final = frozenset(
    "games matches appearances outings starts fixtures innings races tournaments attempts tries overs balls"
    " laps".split()
)  # ("198 for five in 40 overs": wickets in the overs bowled)


def _in_occasions(text: str, first: _Atom, second: _Atom) -> bool:
    return (
        second.noun
        and second.unit is not None
        and second.unit.rsplit(" ", 1)[-1] in _OCCASIONS
        and text[first.end : second.start].split() == ["in"]
    )


# Plurals a relative clause follows, never a noun's modifier ("the three things women fear", "two ways banks
# cheat"); "times" a multiple ("four times profits").
_CLAUSE_HEADS: Final = frozenset(("things", "ways", "reasons", "times"))
# Words that open an object: after them, a plural-looking word before is a verb ("cases demonstrates a").
_OBJECT_OPENINGS: Final = frozenset("a an the his her their its my your our this these those".split())
# Words inside such an object ("cut the drug czar's office 83 percent", "increased that amount 25 percent").
_OBJECT_WORDS: Final = _OBJECT_OPENINGS | {"that"}


def _plural_after_modifiers(toks: list[str], k: int) -> bool:
    """Is ``toks[k]`` a noun or name modifying a plural one or two words on, so that the participle before
    it modifies the plural ("1,000 retired Air Force pilots", "18 undocumented immigrant children")?"""
    for j in range(k, min(k + 3, len(toks))):
        t = toks[j].lower()
        if not t.isalpha() or t in _STOP or t.endswith(("ly", "ed")):
            return False
        if t.endswith("ing") and not (j + 1 < len(toks) and _plural(toks[j + 1].lower())):
            return False  # (but "two closed checking accounts": an -ing noun before the plural)
        if t in _VERBS_S and not (j > k and toks[j - 1].lower().endswith("ing")):
            return False
        if j > k and _plural(t):
            return True
    return False


# Plurals of nouns spelt like a verb's third person, after a noun modifying them: "16 bank accounts", "12
# phone calls", "14 home runs", "three business plans". ("includes", "says", "means" are never such nouns.)
_NOUNS_LIKE_VERBS: Final = frozenset(
    "runs calls plays plans shows accounts works needs lives faces leads uses sets stands controls looks "
    "holds".split()
)  # (not "hits" or "hosts", a headline's verb as often: "6.1 quake hits", "2 Ashgabat hosts")


def _plural_of_a_compound(words: list[str], lw: str) -> bool:
    """Is ``lw`` the plural noun after a single singular noun that modifies it ("16 bank accounts")? The
    caller checks that a count of several comes right before the two words (not "a third of the population
    lives"): it wants a plural head, so the noun is not yet ended."""
    return len(words) == 1 and lw in _NOUNS_LIKE_VERBS and not _plural(words[0].lower())


def _modifier_before_noun(word: str) -> bool:
    """A compound modifier ("three-point") or a superlative ("best", "biggest"): what follows is a noun."""
    return (
        "-" in word
        or word in ("best", "worst")
        or (word.endswith("est") and len(word) > 5 and word not in _NOUNS_IN_EST)
    )


_NOUNS_IN_EST: Final = frozenset(
    "interest forest protest request harvest contest arrest conquest inquest honest modest".split()
)


# Words that open a count of their own after "and": "20 points and dozens of rebounds" is two counts.
# (and "tens", which opens a vague amount: "38 homes and left tens of thousands of people")
_COUNT_WORDS: Final = (
    frozenset(L.SMALL) | frozenset(L.VAGUE) | frozenset(L.SCALES) | frozenset(L.ORDINALS) | {"tens"}
)
_PART_OF_A_COUNT: Final = re.compile(r"['’]|[ \t]+\d")
_POSSESSIVE_PRONOUNS: Final = frozenset("yours ours theirs hers his its mine".split())


def _coordinated_plural(toks: list[str]) -> bool:
    """Are ``toks`` (the words after "and" or "or") a plural noun, maybe after a modifier ("TV shows",
    "businesses"), that the count before shares? Not a verb ("wounded"), a pronoun ("yours") or a count of
    its own ("five rebounds")."""
    if len(toks) > 1 and toks[0] == "other":
        toks = toks[1:]  # "135 homes and other buildings"
    for k, tok in enumerate(toks):
        w = tok.lower()
        if (
            not (w.isalpha() and (tok.islower() or tok.isupper()))
            or w in _STOP
            or w in _COUNT_WORDS
            or (k == 0 and w in _VERBS_S)  # ("TV shows": after a modifier, a noun)
            or w in _VERBS_PAST
            or w in _STATES
            or w in _POSSESSIVE_PRONOUNS
            or w.endswith(("ed", "ing", "ly"))
        ):
            return False
    return _plural(toks[-1].lower())


def _np_is_name(text: str, pos: int) -> bool:
    """Does the counted noun start with a capitalised, not all-caps, word ("787 Dreamliner", "11 Pro Max")?"""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos + 1 < len(text) and text[pos].isupper() and text[pos + 1].islower()


_QUAL_PHRASES: dict[str, Qualifier] = {}
for _q, _phrases in (
    (
        Qualifiers.MORE_THAN,
        "more than|over|above|in excess of|upwards of|exceeding|greater than|higher than|over than|well over"
        "|just over|larger than|bigger than|stronger than|longer than|taller than|heavier than|older than"
        "|faster than|quicker than"  # ("a connection faster than 30Mbps")
        "|slightly over|well above|far more than|well more than|slightly more than|just more than|>"
        "|a little over|a little more than|a bit over|a bit more than"
        "|topped|tops|exceeded|exceeds|exceed|surpassed|surpasses|surpass|surpassing|north of|past"
        "|to top|will top|could top|would top|may top|might top|set to top|expected to top"
        "|better than|beyond|well beyond|far beyond",
    ),
    (
        Qualifiers.AT_LEAST,
        "at least|no fewer than|no less than|a minimum of|not less than|≥|>=|a minimum"
        "|as little as|as few as",  # the least of several: "drivers paid as little as $2.41"
    ),
    (
        Qualifiers.LESS_THAN,
        "less than|fewer than|lower than|under|below|just under|slightly under|just below|well below"
        "|well under|smaller than|shorter than|younger than|weaker than|lighter than|slower than"
        "|a little under|a little less than|a bit under|a bit less than"
        "|slightly less than|far less than|<",
    ),
    (
        Qualifiers.AT_MOST,
        "up to|no more than|at most|at the most|a maximum of|not more than|as much as|as many as|as high as"
        "|as long as|as far as|as deep as"
        "|within|within the next|≤|<=|a maximum"
        "|to a limit of"  # ("compensation … up to a limit of three hectares")
        "|inside",  # ("a hat-trick inside 30 minutes": within; only a time, ``_qualifier``)
    ),
    (
        Qualifiers.APPROXIMATE,
        "about|around|approximately|approx.|roughly|nearly|almost|some|an estimated|estimated|close to"
        "|estimated at"
        "|circa|ca."
        "|barely|just about|~|≈|an approximate|approximate|an approximately|just shy of|near|something like"
        "|estimated to cost|estimated to be|closer to|estimate|estimates"
        "|somewhere around|like",
    ),
):
    for _p in _phrases.split("|"):
        _QUAL_PHRASES[_p] = _q
_QUAL_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in _QUAL_PHRASES)
# Before "like" and a figure, words after which it is speech's hedge: "they poured in here like 40 or 50 of
# them", "was only like two votes", "$90 billion, like 50 years' worth" (after a comma too); not "looks like 2
# teams".
_LIKE_HEDGE_BEFORE: Final = frozenset(
    "only here there was were is are be been being for in of at and paid spent cost costs took take takes "
    "had got made earned earn make makes maybe probably".split()
)
# Before "about" and a number, words that make it the preposition: "an article about 18 factory managers".
_TOPIC_WORDS: Final = frozenset(
    """
    article articles story stories book books film films movie movies documentary news rumor rumors rumour
    rumours video videos warning warnings essay essays headline headlines memo letter letters song songs poem
    """.split()
)  # (no word that is a verb too: "talked about 20 minutes", "China claims about 90%" are hedged)
# Verbs whose "over" is their particle, not a bound: "turned over 35,000", "handed over 200 documents".
_OVER_PARTICLE: Final = frozenset("turn turns turned turning hand hands handed handing".split())
# Verbs whose "up" is a particle before the "to" of a level reached ("picked up to 5.8pc", "edged up to 4%")
_UP_TO_LEVEL_VERBS: Final = frozenset(
    """picked picks picking ticked ticks ticking edged edges edging crept creeps creeping inched inches
    inching revised revises nudged nudges nudging moved moves shot""".split()
)
# Verbs before "under" and a figure that say what befell it, not a bound ("come under three attacks", "buried
# under 52 inches of snow")
_UNDER_NO_BOUND: Final = frozenset("come comes came coming buried submerged".split())
# What a measure is of after it, maybe the other end of a range first ("under 4 to 6 feet of snow")
_UNDER_WHAT_AFTER: Final = re.compile(
    r"(?:(?P<range>[ \t]*(?:to|-|–)[ \t]*[\d.,]+)?[ \t]*[a-z]+)?[ \t]+of[ \t]"
)
# A levy named after a rate: "under 15% tariffs" is the rate the goods bear, no bound
_LEVY_AFTER: Final = re.compile(
    r"[ \t]+(?:tariffs?|tax(?:es)?|dut(?:y|ies)|levy|levies|VAT|GST)\b", re.IGNORECASE
)
# A warning raised over places ("Signal No. 4 was raised over 11 provinces"), not a bound on them
_RAISED_OVER: Final = frozenset("raised hoisted lifted declared issued".split())


def _verb_shortly_before(words: list[str], verbs: frozenset[str]) -> bool:
    """Whether one of ``verbs`` is among the last six ``words``, in the same clause: a verb whose object
    comes between it and its "under" or "over" ("buried parts of western New York under")."""
    for word in reversed(words[-6:]):
        if word in verbs:
            return True
        if word.endswith((",", ";", ":")):  # (not ".": "raised Signal No. 4 over 14 towns")
            return False
    return False


_SPREAD: Final = frozenset(
    "spread spreads spreading sprawled sprawling stretched stretches stretching".split()
)
_PLACE_NOUNS: Final = frozenset(
    """provinces towns municipalities districts areas regions islands counties states cities villages
    barangays""".split()
)
# before "past" and a number: a period ("the past 10 years") or a clock ("half past 10"), not a bound
_PAST_PERIOD = frozenset(
    "the this these those its their his her our my your half quarter ten five twenty".split()
)
# "lost by one vote", "won by 12 points": a margin, not a change of a level
_MARGIN_VERBS = frozenset(
    ("lost", "won", "lose", "win", "losing", "winning", "beat", "beaten", "trailed", "led")
)
# The one-word hedges that may stand before "a" ("roughly a 35% chance"); "about a", "over a", "some a"
# begin other phrases ("over a 10-day period")
_HEDGES_BEFORE_A = frozenset(("roughly", "nearly", "almost", "approximately"))
# Verbs of a threshold passed, read as a lower bound before an amount, a share or a scaled count
# ("passed" is not one: "we passed two civil rights bills", "he's passed five", "pass 1.3 trillion of that
# back")
_CROSSED: Final = frozenset(("cross", "crosses", "crossed", "crossing"))
_ADD_FORMS: Final = frozenset(("add", "adds", "added", "adding"))
# Subjects that make "adds up to" a total ("that adds up to 44 million people", "it all adds up to")
_TOTAL_SUBJECTS: Final = frozenset("that this it which all they these those".split())
_HEDGES_BEFORE_EVERY: Final = frozenset("about around roughly nearly almost approximately".split())
# before an amount of money that ends its clause only ("claims had passed SR48 million."; "pass 1.3 trillion
# of that back" hands it on, "the House passed $95 billion in aid" votes it)
_PASSED: Final = frozenset(("pass", "passed", "passes", "passing"))
# Words before a verb's base form ("expects to pass", "could pass")
_MODALS_AND_TO: Final = frozenset("to will would could can may might should must".split())
_CLAUSE_ENDS: Final = frozenset(".,;:)")
# Verbs of a mark passed, and the marks: "crossed the Rs 300 crore mark", "topped the $1 billion barrier"
_MARK_VERBS: Final = (
    _CROSSED | _PASSED | frozenset("topped tops surpassed surpasses breached breaches".split())
)
_MARK_NOUNS: Final = frozenset(("mark", "barrier", "threshold", "milestone"))
_MARKS: Final = tuple(f" {noun}" for noun in _MARK_NOUNS)
# An estimate named before "of" and the figure: "an estimated street value of", "an estimated total cost of"
_ESTIMATED_OF: Final = re.compile(r"(?i)\ban[ \t]+estimated(?:[ \t]+[a-z-]+){1,3}[ \t]+of[ \t]+$")
# An estimate's object between the verb and "at" and the figure: "estimates tourism earnings for the first
# nine months at F$2.1 billion", "has estimated damage to the road network at J$4.2 billion" (one clause; not
# the noun before its verb, "estimates put losses at Tk 640 crore", "our estimate stands at $9.21": a figure
# reported as any other)
_ESTIMATES_AT: Final = re.compile(
    r"(?i)\bestimat(?:e|es|ed|ing)[ \t]"
    r"(?!(?:put|puts|place|places|placed|show|shows|showed|suggest|suggests|suggested)\b)"
    r"(?:(?!\b(?:is|are|was|were|stands|stood|remains|remained|comes|came)\b)[^.;:!?\u201c\u201d\"])*"
    r"[ \t]at[ \t]+$"
)
# A bound after a negation is the other side's: "did not exceed 11.3%" at most, "not less than 5" at least
_NEGATIONS: Final = frozenset(("not", "never"))
_NEGATED: Final = {Qualifiers.MORE_THAN: Qualifiers.AT_MOST, Qualifiers.LESS_THAN: Qualifiers.AT_LEAST}
# Verbs of motion between a negation and the bound it flips ("never fell below", "did not rise above")
_BOUND_MOTIONS: Final = frozenset(
    "fell fall falls dropped drop drops dipped dip dips sank sink sinks went go goes rose rise rises climbed "
    "climb climbs got get gets".split()
)
_UP = frozenset(
    """
    rose rise rises rising risen up upward upwards increased increase increases increasing gained gain
    gains gaining jumped jump jumps jumping climbed climb climbs climbing advanced advance advances
    advancing added add adds adding surged surge surges surging soared soar soars soaring grew grow
    grows growing grown rallied rally rallies spiked spike spikes strengthened strengthens firmed firms
    appreciated appreciates widened widens widening strengthening firming
    """.split()
)
_DOWN = frozenset(
    """
    fell fall falls falling fallen dropped drop drops dropping declined decline declines declining
    decreased decrease decreases decreasing lost lose loses losing slid slide slides sliding plunged
    plunge plunges plunging plummeted plummet plummets plummeting tumbled tumble tumbles tumbling sank
    sink sinks sinking slumped slump slumps shed sheds shedding slipped slip slips slipping eased ease eases
    easing dipped dip dips dipping down downward downwards retreated retreat retreats shrank shrink shrunk
    shrinking tanked
    tanking nosedived nosediving
    shrinks contracted contract contracts weakened weakens weakening depreciated depreciates slowed slows
    slowing
    cooled cooling narrowed narrows narrowing
    shaved shaving shaves
    erased erasing erases
    """.split()
)
_BY_UP = frozenset(
    """
    raise raised raises raising boost boosted boosts boosting lift lifted lifts lifting expand expanded
    expands expanding hike hiked hikes hiking
    extend extended extends extending lengthen lengthened lengthens lengthening prolong prolonged prolongs
    prolonging deepen deepened deepens deepening
    """.split()
)
# Verbs that lengthen a period by a time ("extending the mine's life by 15 years"): never a deadline
_EXTEND_VERBS: Final = frozenset(word for word in _BY_UP if word.startswith(("extend", "length", "prolong")))
_BY_DOWN = frozenset(
    """
    cut cuts cutting reduce reduced reduces reducing lower lowered lowers lowering slash slashed slashes
    slashing trim trimmed trims trimming thin thinned thins thinning
    """.split()
)
# Before "one" and a relative clause, forms of "be" that make it a pronoun: "this is one where we agree"; and
# words that join it to a noun phrase before it, as another of them: "a bold move and one that may serve",
# "more closed than one that's open" ("including one that landed" counts one of the rockets before).
_JOIN_BEFORE_ONE: Final = frozenset(("and", "but", "than"))
_BE_BEFORE_ONE: Final = frozenset("is was be been that's it's this's there's here's".split()) | frozenset(
    ("that’s", "it’s", "there’s", "here’s")
)
# Verbs that take an amount or a share off with no "by" ("cut $716 billion", "slashed 20%"); not "raised
# $5 million", which may be money collected.
_CUT_VERBS = frozenset(word for word in _BY_DOWN if word.startswith(("cut", "slash", "trim")))
# Verbs that put a share on with no "by" ("the dividend is raised 5%"); not "expanded 4.2 per cent", a rate of
# growth that NewsQuant writes as a level
_RAISED: Final = frozenset(word for word in _BY_UP if word.startswith(("rais", "hik", "lift")))
_ARTICLES: Final = frozenset(("a", "an"))
# Function words: not among the words saying how much a figure changed ("rose a more modest 0.3%"; not
# "lost a bet of $50")
_NOT_HOW_MUCH: Final = _STOP - {"more", "less"}
# Figures whose change such words can describe: an amount, a share, a measure ("lost a particular
# well-known one" is no change of one)
_HOW_MUCH_KINDS: Final = frozenset((QuantityKinds.MONEY, QuantityKinds.PERCENT, QuantityKinds.MEASURE))
_FILLER = frozenset(
    "by a an further total of additional another some just only sharp sharply record average "
    "cumulative".split()
)
# A body falling a distance ("fell about 200m down a gully", "falling 150 metres from a ridge"): the length
# right after these verbs is how far, not a change of a level, unless a level follows ("fell 2 m to 3.5 m")
_FALL_VERBS = frozenset(
    "fell fall falls falling fallen plunged plunging plummeted plummeting tumbled tumbling slipped".split()
)
_GAIN_VERBS = frozenset(("gained", "gains", "gain", "gaining"))
_LOST_VERBS: Final = frozenset(("lost", "lose", "loses", "losing"))
_LOST_OR_GAINED = _GAIN_VERBS | _LOST_VERBS
_LOSS_VERBS: Final = _LOST_VERBS | {"shed", "sheds", "shedding"}
_LOST_OR_WON: Final = _LOST_VERBS | {"won", "win", "wins", "winning"}
# After an amount lost, what makes it a fall in a value after all: "lost HK$210 billion in market value"
_IN_VALUE_AFTER: Final = re.compile(
    r"[ \t]+(?:in|of)[ \t]+(?:(?:market|stock|share)[ \t]+)?(?:value|wealth|capitali[sz]ation)\b"
)
_ADVANCE_VERBS = frozenset(("advanced", "advance", "advances", "advancing", "progressed", "pushed"))
# Races run "over" a distance: the distance, no bound ("won the Cup over 3200 metres")
_RACES: Final = frozenset(
    "race races cup stakes plate handicap derby sprint marathon course trip oaks guineas hurdle chase "
    "steeplechase final heat heats".split()
)
_SURGE_NOUNS = frozenset(("storm", "tidal"))  # "tidal surges 5 to 8 feet higher": the noun, no verb
# Lengths: a distance fallen, advanced or raced, never a level changed or a threshold crossed
_LENGTHS: Final = frozenset(("metre", "kilometre", "mile", "yard", "foot", "furlong"))
# Change verbs that take an object before "by" or "from" ("raised the rate by 50 basis points", "cut the aid
# budget from 0.5 per cent to 0.3 per cent"): the verbs of ``_UP`` and ``_DOWN`` but their adverbs.
_OBJECT_UP = (_UP | _BY_UP) - {"up", "upward", "upwards"}
_OBJECT_DOWN = (_DOWN | _BY_DOWN) - {"down", "downward", "downwards"}
# Words that end the object before such a "by" ("prices that rose … by"): the verb is in another clause.
_OBJECT_STOPS = frozenset(
    "and or but which that who while when whereas as after before than if because said says to was were "
    "is are be been has have had will would - -- – —".split()
)
_DASHES: Final = frozenset("- -- – —".split())
_DETERMINERS: Final = frozenset("the a an his her its their our my your this these those".split())
# Words of change verbs that after a determiner are nouns of no change ("his contract", "the firm", "a shed";
# "a fall of 5%" is one)
_NOUNS_NOT_CHANGES: Final = frozenset(
    "contract contracts firm firms shed sheds sink sinks tank tanks".split()
)
_HESITATIONS: Final = frozenset("uh um er".split())


def _ends_in_pause(toks: list[str]) -> bool:
    """Whether the words end in a transcript's pause, "uh" or "uh -": read past as no word."""
    return toks[-1] in _HESITATIONS or (toks[-1] in _DASHES and len(toks) > 1 and toks[-2] in _HESITATIONS)


_OBJECT_REACH = 8  # words of the object at most ("its monetary policy rate", "duties on Chinese goods")
# Verbs whose "down" or "up" before an object makes a change verb of them: "brought down the cost by $2,500",
# "pushed up prices by 5%", "ran up the child credit by $1,000".
_PHRASAL_CHANGE: Final = frozenset(
    "bring brings bringing brought push pushes pushing pushed drive drives driving drove driven "
    "run runs running ran go goes going went gone".split()
)  # ("fares will go up from $1.19 to $1.28": two levels, as after "rise")
# Verbs before "up to" that make it the level reached ("edged up to 0.75", "revised up to 3%", "has gone up to
# Tk 170 from Tk 90"), not a bound.
_LEVEL_UP = (
    _UP | _BY_UP | frozenset("edged ticked crept inched moved went gone going shot revised ramped".split())
) - {
    "up",
    *("raise", "raises", "raising"),  # ("plans to raise up to AED 2.2 billion": money raised, at most)
    *_ADD_FORMS,  # ("could add up to 400,000 barrels per day": at most, as the writers mark it)
}
# Words before "over" and a duration that make it "more than" ("for over three years", "in over a decade");
# elsewhere it is the period an amount is spread over ("invest $5bn over five years").
_OVER_MORE = frozenset(
    """
    for of in after than with until till within lasted lasting took takes take last lasts spent spend spends
    wait waits waiting waited served is are was were be been being
    """.split()
)
_CAPPED = frozenset("cap caps capped capping".split())
# Counted periods of play, spent as durations are: "six starts in 20 appearances over two seasons"
_SEASONS = frozenset("season seasons campaign campaigns".split())
# Verbs before a price "from" (its lowest): "pay from S$350,000", "rooms start from $90".
_PRICED_FROM = frozenset(
    "pay pays paying cost costs costing priced start starts starting retail retails available".split()
)
_BOUNDS = frozenset({Qualifiers.MORE_THAN, Qualifiers.AT_LEAST, Qualifiers.LESS_THAN, Qualifiers.AT_MOST})
_GLUED = {
    "~": Qualifiers.APPROXIMATE,
    "≈": Qualifiers.APPROXIMATE,
    "<": Qualifiers.LESS_THAN,
    ">": Qualifiers.MORE_THAN,
    "≤": Qualifiers.AT_MOST,
    "≥": Qualifiers.AT_LEAST,
}


def _qualifier(text: str, lo: int, s: int, atom: _Atom) -> None:
    """Read qualifier and change cues from the few words before the number (token checks, no regex)."""
    pre = text[max(lo, s - 64) : s]
    if not pre:
        return
    toks = pre.lower().split()
    if not toks:
        return
    if not pre[-1].isspace():  # a symbol glued to the number: "~25", "sub-7", "+0.8%"
        last = toks.pop()
        c = last[-1]
        if last.endswith("sub-"):
            atom.qualifier, atom.qualifier_start = Qualifiers.LESS_THAN, s - 4
        elif last.endswith("near-"):  # "a near-$18 million grant", "near-50% turnout"
            atom.qualifier, atom.qualifier_start = Qualifiers.APPROXIMATE, s - 5
        elif c in _GLUED:
            atom.qualifier, atom.qualifier_start = _GLUED[c], s - 1
        elif c == "+":
            atom.qualifier = Qualifiers.INCREASE
            return
        else:
            return  # glued to something else ("14-18", "(£5"): no word cue applies
    while len(toks) > 1 and _ends_in_pause(toks):  # "about uh - four times as much": a transcript's pause
        toks.pop()
    age_words = atom.kind is QuantityKinds.AGE and (toks[-1] == "age" or toks[-2:] == ["age", "of"])
    if age_words:  # "over age 50", "under the age of 18": a bound said before "age" (and nothing else)
        del toks[-1 if toks[-1] == "age" else -2 :]
        if toks[-1:] == ["the"]:
            del toks[-1]
        if not toks:
            return
    article = 0  # "at most a 25% chance", "up to a 50% discount": a phrase of two words or more, then "a"
    if len(toks) > 2 and toks[-1] in ("a", "an") and toks[-2] in _QUAL_LAST and toks[-2] != "an":
        article = 1
    if atom.qualifier is Qualifiers.EXACT and toks and toks[-1 - article].lstrip("([") in _QUAL_LAST:
        for k in (4, 3, 2, 1):
            if k - article < 1 + article and not (k == 2 and toks[-2] in _HEDGES_BEFORE_A):
                break  # (after an article, a phrase of two words at least, or "roughly a 35% chance")
            if len(toks) >= k:
                q = _QUAL_PHRASES.get(" ".join(toks[len(toks) - k : len(toks) - article]).lstrip("(["))
                if q is not None:
                    before = toks[-k - 1] if len(toks) > k else ""
                    if toks[-k] == "past" and (before in _PAST_PERIOD or atom.kind is QuantityKinds.DURATION):
                        break  # "in the past 24 hours", "half past 10": a period, a clock; "slid past ¥155"
                    if (
                        (q is Qualifiers.AT_MOST and toks[-k] == "up" and before in _LEVEL_UP)
                        or (
                            q is Qualifiers.AT_MOST
                            and toks[-k] == "up"
                            and before in _ADD_FORMS
                            and (
                                (len(toks) > k + 1 and toks[-k - 2] in _TOTAL_SUBJECTS)
                                or text[atom.end : atom.end + 1] in ("", ".", ",", ";", ":", "!", "?")
                            )
                        )  # "that adds up to 44 million people", "the digits add up to 21.": a total (but
                        # "could add up to 400,000 barrels per day to supply", "adds up to 3 hours of use")
                        or (
                            toks[-k] == "over"
                            and (atom.kind is QuantityKinds.DURATION or atom.unit in _SEASONS)
                            and before not in _OVER_MORE
                            and before
                            and not L.AGO_AFTER.match(text, atom.end)
                        )
                        or (toks[-k] == "over" and before in _RACES and atom.unit in _LENGTHS)
                    ):  # "edged up to 0.75": the level reached; "invest $5bn over five years": a period; "won
                        # the Melbourne Cup over 3200 metres": a race's distance
                        break
                    if (
                        toks[-k] == "like"
                        and k == 1
                        and not (before[-1:] in (",", "-", "—") or before in _LIKE_HEDGE_BEFORE)
                    ):
                        break  # "looks like 2 teams", "a fan of cities like 100": a likeness, no hedge
                    if k > 1 and toks[-k] == "up" and toks[-k + 1] == "to" and before in _UP_TO_LEVEL_VERBS:
                        break  # "inflation picked up to 5.8pc": a level reached, no upper bound
                    if toks[-k] == "inside" and atom.kind is not QuantityKinds.DURATION:
                        break  # "inside 20 metres of the goal": where, no bound
                    if toks[-k] == "within" and atom.unit is None:
                        break  # "pulled within three": the margin itself (but "within 10 days", "within 80m")
                    if toks[-k] == "about" and before in _TOPIC_WORDS:
                        break  # "an article about 18 managers": what it is about, no hedge
                    if toks[-k] == "over" and before in _OVER_PARTICLE:
                        break  # "we turned over 35,000", "handed over 200 documents": a verb's particle
                    if toks[-k] == "under" and (
                        before in _UNDER_NO_BOUND
                        or (atom.kind is QuantityKinds.PERCENT and _LEVY_AFTER.match(text, atom.end))
                        or (
                            (under_what := _UNDER_WHAT_AFTER.match(text, atom.end)) is not None
                            and (atom.kind is QuantityKinds.MEASURE or under_what.group("range"))
                            and _verb_shortly_before(toks[:-k], _UNDER_NO_BOUND)
                        )
                    ):
                        break  # "has come under three attacks", "buried under 52 inches of snow", "buried
                        # parts of western New York under 4 to 6 feet of snow", "slid 6.3% under 15% tariffs":
                        # no bound
                    if (
                        toks[-k] == "over"
                        and atom.unit in _PLACE_NOUNS
                        and _verb_shortly_before(toks[:-k], _RAISED_OVER)
                    ):
                        break  # "Signal No. 5 was raised over three provinces", "raised Signal No. 4 over 14
                        # towns": where, no bound
                    if toks[-k] == "over" and (
                        before in _SPREAD or L.SPAN_OF_TIME_AFTER.match(text, atom.end)
                    ):
                        break  # "spread over 3,200 hectares", "over three to four years": where or when
                    # "did not exceed 11.3 percent", "never fell below 4 percent": the bound flips
                    if _negation(before) or (
                        before in _BOUND_MOTIONS and len(toks) > k + 1 and _negation(toks[-k - 2])
                    ):
                        q = _NEGATED.get(q, q)
                    atom.qualifier = q
                    at = len(pre)
                    lowered_pre = pre.lower()
                    for tok in reversed(toks[-k:]):  # (the phrase's first word, not a later: "as much as")
                        at = lowered_pre.rfind(tok, 0, at)
                    atom.qualifier_start = s - len(pre) + at + len(toks[-k]) - len(toks[-k].lstrip("(["))
                    del toks[-k:]
                    break
    if (
        atom.qualifier is Qualifiers.EXACT
        and len(toks) > 1
        and toks[-1] == "every"
        and toks[-2] in _HEDGES_BEFORE_EVERY
        and atom.kind is QuantityKinds.DURATION
    ):  # "a child dying roughly every two hours": how often, hedged
        atom.qualifier = Qualifiers.APPROXIMATE
    if (
        atom.qualifier is Qualifiers.EXACT
        and toks
        and _threshold_passed(text, toks[-1], atom, toks[-2] if len(toks) > 1 else "")
    ):
        atom.qualifier = Qualifiers.MORE_THAN
        atom.qualifier_start = s - len(pre) + pre.lower().rfind(toks[-1])
        del toks[-1]
    elif (
        atom.qualifier is Qualifiers.EXACT
        and len(toks) > 1
        and toks[-1] == "the"
        and toks[-2] in _MARK_VERBS
        and (text.startswith(_MARKS, atom.end) or atom.unit in _MARK_NOUNS)
    ):  # "crossed the Rs 300 crore mark", "passed the 1,000 mark": the threshold passed (qualifier outside)
        atom.qualifier = Qualifiers.MORE_THAN
    elif atom.qualifier is Qualifiers.EXACT and toks[-1:] == ["of"] and _ESTIMATED_OF.search(pre):
        atom.qualifier = Qualifiers.APPROXIMATE  # "an estimated street value of NZ$183 million" (outside)
    elif (
        atom.qualifier is Qualifiers.EXACT
        and toks[-1:] == ["at"]
        and not atom.noun
        and _ESTIMATES_AT.search(pre)
    ):
        atom.qualifier = Qualifiers.APPROXIMATE  # "estimates earnings for the year at F$2.1 billion"
    if age_words:
        return
    if atom.qualifier is Qualifiers.EXACT and len(toks) > 1 and not atom.noun:
        bound = _bound_before(text, toks, atom)
        if bound is not None:  # "an extra KSh 2.3 billion", "capped … at 295,000", "pay from S$350,000"
            if bound is not Qualifiers.AT_LEAST or not text.startswith((" to ", "-", "–"), atom.end):
                atom.qualifier = bound
            return
    if (
        atom.unit in _LENGTHS
        and toks
        and (toks[-1] in _FALL_VERBS or toks[-1] in _ADVANCE_VERBS)
        and not _level_after(text, atom.end)
    ):
        return  # "fell about 200m down a gully", "troops advanced 12 kilometres": a distance gone
    if atom.unit == "yard" and toks and toks[-1] in _GAIN_VERBS:
        return  # "the Chiefs gained 507 yards": the yardage a side made, a total, not a level that rose
    if toks and toks[-1] in _LOST_OR_WON and L.OF_THEIR_AFTER.match(text, atom.end):
        return  # "have lost six of their last eight Tests": a side's results, no change
    if (
        atom.qualifier not in _BOUNDS
        and toks
        and toks[-1] in _LOSS_VERBS
        and atom.noun
        and atom.low is not None
        and 0 < atom.high < 1
        and L.SHARE_OF_ITS.match(text, atom.number_end) is not None
    ):  # "the cedi has lost a fifth of its value", "lost about a quarter of its volume": a fall by that
        # share, as "lost 30% of their value" is ("lost more than a third of" stays the bound)
        atom.qualifier = Qualifiers.DECREASE
        return
    counted = atom.noun and not _index_points_change(text, atom, toks)
    if (
        counted
        and atom.qualifier is Qualifiers.EXACT
        and (change := _count_change(toks, atom.unit)) is not None
    ):
        atom.qualifier = change
        return
    if (counted and (toks[-1:] != ["by"] or len(toks) < 2 or toks[-2] in _MARGIN_VERBS)) or _attributive(
        text, atom
    ):
        return  # "add ten users", "lost 3 players": counts of things, not changes of a level ("fell by 4,100
        # students" is one); "added a 30 degree homer", "added 64-bit chips": a modifier
    if atom.kind in _HOW_MUCH_KINDS:
        _past_how_much(toks)
    tail = toks[-5:]  # (``_change`` pops from ``toks``)
    change = _change(
        toks,
        atom.qualifier is Qualifiers.EXACT
        and (
            atom.kind is not QuantityKinds.DURATION
            # "cut the journey by 12 minutes" (not "delay a planned increase of 180,000 barrels a day by three
            # months", another figure's change)
            or (
                toks[-1:] == ["by"]
                and (
                    atom.unit in _CLOCK_UNITS
                    or any(word in _EXTEND_VERBS for word in toks[-_OBJECT_REACH - 1 : -1])
                )
                and not _figure_in_clause(toks[-_OBJECT_REACH - 1 :])
            )  # ("cutting the deficit in half by five years": by when; "extending the mine's life by 15
            # years": a period lengthened, whatever its unit)
        ),
    )
    if (
        change is None
        and tail[-2:] in _ENDED_UP
        and (atom.kind is QuantityKinds.PERCENT or atom.unit in _INDEX_POINTS)
        and not text.startswith(" of ", atom.end)
    ):  # "the index ended up 112.48 points, or 0.5 per cent": a market's close, not "ended up" as turned out
        change = Qualifiers.INCREASE
    if (
        change is None
        and tail[-2:] in _GAVE_UP
        and (atom.kind is QuantityKinds.PERCENT or atom.unit in _INDEX_POINTS)
    ):  # "the all-share index gave up 0.9%": a fall (not "gave up 517 rushing yards", a side's total)
        change = Qualifiers.DECREASE
    if (
        change is None
        and tail
        and atom.qualifier is Qualifiers.EXACT
        and (atom.kind is QuantityKinds.MONEY or atom.kind is QuantityKinds.PERCENT)
    ):  # an amount or a share taken off, or a share put on, with no "by": "cut Medicare $270 billion"
        for index, word in enumerate(reversed(tail)):
            if word in _CUT_VERBS:
                change = Qualifiers.DECREASE
                break
            if (index or word in _RAISED) and word in _OBJECT_UP and atom.kind is QuantityKinds.PERCENT:
                # "increased exports 30 percent", "the dividend is raised 5%" (money raised may be collected)
                change = Qualifiers.INCREASE
                break
            if word[-1:] in ",;:()-–—" or (word in _STOP and word not in _OBJECT_WORDS) or word in _FILLER:
                break  # ("tax cuts for the top 1%", "a cut of 5%": the noun)
    if (
        change is not None
        and atom.kind is QuantityKinds.MONEY
        and tail[-1:]
        and tail[-1] in _LOST_OR_GAINED
        and (atom.scaled or atom.low >= 1000)
        and not _level_after(text, atom.end)
        and not _IN_VALUE_AFTER.match(text, atom.end)
    ):  # "the firm lost Sh8.4 billion", "a widow lost £212,000": the amount lost, not a price that fell ("the
        # stock lost $1.20", "Brent lost $1.18 to $71.05")
        change = None
    if (
        change is not None
        and atom.qualifier not in _BOUNDS  # "tumbled as much as 8%": the bound
        and not (atom.kind is QuantityKinds.DURATION and text.startswith(" ago", atom.end))
        and not (atom.unit == "times" and atom.bare is None)
        and not (
            atom.qualifier is Qualifiers.APPROXIMATE
            and tail[-1:] == ["of"]
            and tail[-2:-1]
            and tail[-2] in _CHANGE_NOUNS
        )
    ):  # (not "torn down 10,316 days ago": when, no change; nor "reducing the burden … by doubling your tax
        # exemption": a multiple in one word after "by" is how, not how much; nor "an increase of nearly 12
        # per cent": a change named by a noun keeps its hedge, as NewsQuant's and the paragraphs' writers mark
        # it, where a verb's change wins)
        atom.qualifier = change


_CHANGE_NOUNS: Final = L.CHANGE_NOUNS_UP | L.CHANGE_NOUNS_DOWN
# Points of an index or a poll change as a level does ("the Dow fell 312 points", "Labour gained five
# points"); "added 30 points" is a player's score
_INDEX_POINTS: Final = frozenset(("points", "point", "pts"))
_ENDED_UP: Final = (["ended", "up"], ["ends", "up"], ["end", "up"])
_GAVE_UP: Final = (["gave", "up"], ["gives", "up"], ["give", "up"], ["giving", "up"])
_NOT_POINT_CHANGES: Final = frozenset(("added", "more", "less", "fewer", "extra", "another"))


# Verbs that take people or posts off a total when a count follows them: "laid off 350 teachers".
_LAY_OFF: Final = frozenset(("laid", "lay", "lays", "laying"))
_JOB_LOSS_VERBS: Final = frozenset(
    "lost lose loses losing shed sheds shedding eliminated eliminate eliminates eliminating axed axe axes "
    "axing".split()
)
_JOB_GAIN_VERBS: Final = frozenset("add adds added adding gain gains gained gaining".split())
_CUT_AS_NOUN: Final = frozenset("a an the tax budget spending pay rate wage price".split())
_JOB_NOUNS: Final = frozenset("jobs job positions posts workers employees staff".split())
_BE_FORMS: Final = frozenset("is are was were be been being".split())
# Verbs that take an amount out of something, and what may follow it before "out of".
_TAKE_VERBS: Final = frozenset("take takes taking took taken drain drains draining drained".split())
_TAKEN_OUT_AFTER: Final = re.compile(r"(?:[ \t]+[a-z]+){0,2}?[ \t]+out[ \t]+of\b")
# Verbs that take a time, a share or an amount "off" something ("cutting 41 seconds off the course record",
# "shaving 34 seconds off the previous mark", "knocked 30% off the price"), and what they may take.
_TAKE_OFF_VERBS: Final = _TAKE_VERBS | frozenset(
    "knock knocks knocked knocking shave shaves shaved shaving cut cuts cutting slice slices sliced slicing "
    "lop lops lopped lopping wipe wipes wiped wiping trim trims trimmed trimming chop chops chopped "
    "chopping".split()
)
# Points of a rate and the cuts or hikes they add up to after them ("275 basis points of cuts")
_RATE_POINTS: Final = frozenset(("basis point", "percentage point"))
_POINTS_OF_CHANGES_AFTER: Final = re.compile(
    r"[ \t]+of[ \t]+(?:rate[ \t]+|interest-rate[ \t]+)?(cuts|hikes)\b"
)
_OFF_THE: Final = re.compile(r" off (?:the|its|his|her|their|our|your|a|an|this|that)\b", re.IGNORECASE)
_TAKEN_OFF_KINDS: Final = frozenset(
    (QuantityKinds.DURATION, QuantityKinds.PERCENT, QuantityKinds.MONEY, QuantityKinds.MEASURE)
)


def _taken(text: str, at: int) -> bool:
    """Whether a verb of ``_TAKE_VERBS`` comes right before ``at``, maybe with "a" between ("take a
    trillion")."""
    word = _prev_word(text, max(0, at - 30), at).lower()
    if word in ("a", "an"):
        word = _prev_word(text, max(0, at - 32), at - len(word) - 1).lower()
    return word in _TAKE_VERBS


_JOBS_LOST_AFTER: Final = re.compile(r"[ \t]+(?:(?:have|has|had|were|was)[ \t]+(?:been[ \t]+)?)?lost\b")
_STILL: Final = frozenset("still now already only just".split())


def _count_change(toks: list[str], unit: str | None) -> Qualifier | None:
    """A decrease when the words before a counted figure take the count off a total: a cut verb ("would
    have cut 50,000 kids out of Headstart", "slashing 2,000 posts"), "laid off" ("laid off 350 teachers") or
    jobs lost or shed ("we've lost 1.6 million jobs"); an increase for jobs added or gained ("added four
    million jobs"); else None: "lost 3 players", "added 12 points" stay counts."""
    k = len(toks)
    while k and toks[k - 1] in _FILLER:  # "cut another 500 jobs"
        k -= 1
    if not k:
        return None
    verb = toks[k - 1]
    if verb in _CUT_VERBS:
        # (not "the tax cut 10 million families got")
        return Qualifiers.DECREASE if k < 2 or toks[k - 2] not in _CUT_AS_NOUN else None
    if verb == "off":
        return Qualifiers.DECREASE if k > 1 and toks[k - 2] in _LAY_OFF else None
    if verb in ("down", "up"):  # "we're still down 580,000 jobs", "sales are up 500 units": a net change
        j = k - 2
        while j >= 0 and toks[j] in _STILL:
            j -= 1
        if j >= 0 and (toks[j] in _BE_FORMS or toks[j].endswith(("'re", "’re"))):
            return Qualifiers.DECREASE if verb == "down" else Qualifiers.INCREASE
        return None
    if unit is None or unit.rsplit(" ", 1)[-1] not in _JOB_NOUNS:
        return None
    if verb in _JOB_LOSS_VERBS:
        return Qualifiers.DECREASE
    return Qualifiers.INCREASE if verb in _JOB_GAIN_VERBS else None


# After a figure passed, a time that ends its clause: "sales had passed 53,000 for the first time",
# "passed 420,000 last year" (not "passed $95 billion in aid", "passed 217 to 212")
_PASSED_WHEN_AFTER: Final = re.compile(
    r"[ \t]+(?:for[ \t]+the[ \t]+(?:first[ \t]+time|full[ \t]+year|whole[ \t]+year)|last|this|earlier"
    r"|so[ \t]+far|within|on[ \t]+[A-Z][a-z]+day|in[ \t]+(?:\d{4}|[A-Z][a-z]+))\b"
)


def _threshold_passed(text: str, verb: str, atom: _Atom, before: str) -> bool:
    """Whether ``verb`` right before the figure passes it as a threshold, a lower bound: "crossed 10 lakh
    users", "to cross ₦2 billion", "cases have crossed 9,000", "to cross 800,000 tonnes", "claims had passed
    SR48 million.", "sales had passed 53,000 for the first time", "has passed 50% of desktop PCs", "expects to
    pass 84 million this year" (not
    "crossed 3 borders", "crossed 2 of them", "crossed 5 km of desert", "passed $95 billion in aid", "passed
    12 bills", "he's passed five")."""
    if verb in _PASSED:
        if verb == "pass" and before not in _MODALS_AND_TO:
            return False  # a noun: "a day pass QR6"
        if (
            not (
                atom.currency
                or atom.scaled
                or atom.kind is QuantityKinds.PERCENT
                or (atom.kind is QuantityKinds.CARDINAL and atom.unit is None)
            )
            or not text[atom.number_start : atom.number_start + 1].isdigit()
        ):
            return False  # (a number word: "he's passed five")
        return (
            text[atom.end : atom.end + 1] in _CLAUSE_ENDS
            or _PASSED_WHEN_AFTER.match(text, atom.end) is not None
            or (atom.kind is QuantityKinds.PERCENT and text.startswith(" of ", atom.end))
        )
    return verb in _CROSSED and (
        atom.currency
        or atom.scaled
        or atom.kind is QuantityKinds.PERCENT
        or (
            atom.kind is QuantityKinds.CARDINAL
            and atom.unit is None
            and not text.startswith((" of ", "-", "–"), atom.end)
        )
        or (atom.kind is QuantityKinds.MEASURE and atom.unit not in _LENGTHS)
    )


def _level_after(text: str, pos: int) -> bool:
    """Does a level reached follow the figure ("… to 3.5 metres"; past the same change in per cent, "added
    21.08 points, or 0.8 per cent, to 2,604.55")?"""
    if text.startswith(" to ", pos):
        return text[pos + 4 : pos + 5].isdigit()
    return text.startswith(", or ", pos) and _SHARE_ASIDE_THEN_LEVEL.match(text, pos) is not None


# The same change said again in per cent, between a change and the level it reached ("…, or 0.8 per cent,")
_SHARE_ASIDE: Final = r"or [0-9][0-9.,]*(?: ?%| per ?cent| percent)"
_SHARE_ASIDE_THEN_LEVEL: Final = re.compile(rf", {_SHARE_ASIDE}, to [0-9]")


def _index_points_change(text: str, atom: _Atom, toks: list[str]) -> bool:
    """Whether a verb before "N points" may make them a change ("fell 312 points"), not "one more point";
    "added 30 points" is a player's score, but "added 6.31 points to 1,598.22" an index's rise to a level."""
    if atom.unit not in _INDEX_POINTS or not toks:
        return False
    if toks[-1] in _NOT_POINT_CHANGES and not (toks[-1] == "added" and _level_after(text, atom.end)):
        return False
    between = text[atom.number_end : atom.end].lower().split()
    return not _NOT_POINT_CHANGES.intersection(between)


_CHANGES: Final = frozenset({Qualifiers.INCREASE, Qualifiers.DECREASE})


def _bound_after(text: str, end: int, atom: _Atom) -> None:
    """A bound written after a change ("after losing 14 or more", "fell 5% or more"): where a bound and a
    change meet, the bound is the qualifier, as before the figure ("tumbled as much as 8%")."""
    m = L.QUALIFIER_AFTER.match(text, atom.end, end)
    if m is not None and m.group("join"):
        _set_bound_after(atom, m.group("w").lower())


def _set_bound_after(atom: _Atom, word: str) -> None:
    """The bound "or more", "and over", "or fewer" … (``word`` the last of them) give the figure."""
    atom.qualifier = Qualifiers.AT_LEAST if word in L.AFTER_AT_LEAST else Qualifiers.AT_MOST
    atom.after = True


def _more_or_fewer_before_the_noun(text: str, atom: _Atom) -> None:
    """ "10 million more Americans", "10 million fewer visitors", "41 fewer killings": a difference, told by
    "more" or "fewer" between the figure and the noun it counts (a plain count only with "fewer": "5 more
    votes" may be the votes still needed)."""
    if atom.scaled:
        more = L.MORE_BEFORE_NOUN.match(text, atom.number_end, atom.end)
        if more is not None:
            atom.qualifier = Qualifiers.INCREASE if more.group("w") == "more" else Qualifiers.DECREASE
    elif text.startswith(" fewer ", atom.number_end) and atom.end > atom.number_end + len(" fewer "):
        atom.qualifier = Qualifiers.DECREASE


def _taken_off_the(text: str, end: int, atom: _Atom) -> bool:
    """Is ``atom`` taken off something ("taking 41 seconds off the previous mark", "knocked 30% off the
    price", "wiping about HK$640 billion off the market value")? The writers mark it a fall, hedged or not, as
    a hedged "fell about 5%" (not "took two days off work", time off)."""
    return (
        atom.kind in _TAKEN_OFF_KINDS
        and _OFF_THE.match(text, atom.end, end) is not None
        and _prev_word(text, max(0, atom.qualifier_start - 30), atom.qualifier_start).lower()
        in _TAKE_OFF_VERBS
    )


def _qualifier_after(text: str, end: int, atom: _Atom) -> None:
    """A qualifier written after the figure: a bound ("14 days or more", "aged 65 and over", "5 or fewer"),
    or, after a share or an amount of money, a difference ("23pc less than last year", "£4.5bn less than
    forecast", "10 million more Americans", "14% above normal"), or a change told by a noun ("a 20 per cent
    increase", "a 5% pay rise": the blind sets' writers mark 102 in 107 a change)."""
    if _change_told_by_a_noun(text, end, atom):
        return
    if (
        (atom.kind is QuantityKinds.MONEY or atom.scaled)
        and atom.qualifier is Qualifiers.EXACT
        and _TAKEN_OUT_AFTER.match(text, atom.end, end)
        and _taken(text, atom.qualifier_start)
    ):  # "taking $716 billion out of that program", "took 40 million acres of land out of circulation"
        atom.qualifier = Qualifiers.DECREASE
        return
    if (
        atom.qualifier is Qualifiers.EXACT
        and atom.unit in _RATE_POINTS
        and (changes := _POINTS_OF_CHANGES_AFTER.match(text, atom.end, end)) is not None
    ):  # "after 200 basis points of cuts since mid-2024" ("50 basis points of easing": a level, as marked)
        atom.qualifier = Qualifiers.INCREASE if changes.group(1).lower() == "hikes" else Qualifiers.DECREASE
        return
    if atom.qualifier is Qualifiers.EXACT and _taken_off_the(text, end, atom):
        atom.qualifier = Qualifiers.DECREASE
        return
    if (
        atom.noun
        and text.startswith((" lost", " have", " has", " had", " were", " was"), atom.end)
        and (atom.unit or "").rsplit(" ", 1)[-1] in _JOB_NOUNS
        and _JOBS_LOST_AFTER.match(text, atom.end, end)
    ):  # "1.6 million jobs lost", "half a million manufacturing jobs have been lost" ("were created" is said
        # of a total)
        atom.qualifier = Qualifiers.DECREASE
        return
    if atom.noun and atom.scaled:  # (``_more_or_fewer_before_the_noun`` read it)
        return
    m = L.QUALIFIER_AFTER.match(text, atom.end, end)
    if m is None:
        return
    word = (m.group("w") or m.group("w2")).lower()
    if m.group("join"):
        _set_bound_after(atom, word)
        if atom.unit is None and atom.kind is QuantityKinds.CARDINAL and not atom.currency:
            _unit_after_bound(text, end, atom, m.end())
        elif (
            atom.unit is not None
            and "per" not in atom.unit.split()
            and (rate_end := _rate_after(text, atom, m.end(), end)) != m.end()
        ):  # "$10 billion or more every month"
            atom.end = rate_end
    elif (
        (atom.kind in (QuantityKinds.PERCENT, QuantityKinds.MONEY) or atom.currency or atom.scaled)
        and not atom.noun
    ) or (
        atom.unit in _POINTS_COMPARED
        and (word not in ("more", "less", "fewer") or text.startswith(" than ", m.end()))
    ):  # (not "have scored 100 points fewer times than": times fewer)
        if word in ("above", "below") and atom.kind is not QuantityKinds.PERCENT:
            return  # "0.3C above freezing", "$5 above the strike price": a level against another
        atom.qualifier = Qualifiers.INCREASE if word in _MORE_WORDS else Qualifiers.DECREASE
        atom.after = True


_MORE_WORDS: Final = frozenset(("more", "above", "higher", "dearer", "larger", "bigger"))
# Points that a comparative after makes a difference, as it does a share ("finished 17 points higher at 8612",
# "25 basis points lower than a month ago"; "five points above the drop zone" stays a gap)
_POINTS_COMPARED: Final = _INDEX_POINTS | {"basis point"}


def _change_told_by_a_noun(text: str, end: int, atom: _Atom) -> bool:
    """Set the change a noun after the figure tells ("a 38% jump in shipments", "a £276 increase", "the Tk
    1,500 monthly wage increase", "a further 0.5% cut"; not a count's, nor "a 10-year decline" a period's,
    "a $2bn gain" a one-off's or "a fivefold rise" a multiple's, which the writers mark as the factor, 3 in
    4), and say whether it did."""
    if atom.noun or atom.kind in (QuantityKinds.DURATION, QuantityKinds.AGE):
        return False
    m = L.CHANGE_NOUN_AFTER.match(text, atom.end, end)
    if m is None or not L.NOUN_TOLD_BEFORE.search(
        text, max(0, atom.qualifier_start - 40), atom.qualifier_start
    ):
        return False
    noun = m.group("noun")
    if noun == "gain" and atom.kind is not QuantityKinds.PERCENT:
        return False
    atom.qualifier = Qualifiers.INCREASE if noun in L.CHANGE_NOUNS_UP else Qualifiers.DECREASE
    atom.after = True
    return True


def _unit_after_bound(text: str, end: int, atom: _Atom, pos: int) -> None:
    """The unit or noun a bare count and its bound are of, read after the bound: "30 or more days", "two or
    more grooves per side", "one or more of their theme parks"."""
    u = L.match_unit(text, pos, end)
    if u is not None:
        if u[0] == "word" and text[pos : pos + 1] == " ":
            atom.unit, atom.kind = u[1], u[2]
            atom.end = _rate_after(text, atom, u[3], end)
        return
    if atom.low != atom.high or not atom.low.is_integer():
        return
    if atom.low == 1 and text.startswith(" of ", pos):
        o = L.ONE_OF_THE_AFTER.match(text, pos, end)
        if o is None:
            return
        pos = o.end()
    noun, noun_end = _counted_noun(text, pos, end, False)  # ("one or more": of plurals too)
    if noun is not None and _plural(noun):
        atom.unit, atom.noun = noun, True
        atom.end = _rate_after(text, atom, noun_end, end)


def _bound_before(text: str, toks: list[str], atom: _Atom) -> Qualifier | None:
    """A qualifier told by the words before the figure (lower-cased) other than a qualifier phrase: "an
    extra" or "an additional" amount or share is no change of its own, as the blind sets' writers mark it
    37 times in 43 ("an extra £2.6bn for elective care"), unless a verb before changes by it ("cut defence an
    extra $60 billion") or a noun of change follows ("a further quarter-point reduction",
    ``_qualifier_after``); a figure something is "capped at" an upper bound, a price one pays "from" a lower
    bound."""
    last = toks[-1]
    if last in ("extra", "additional", "further") and toks[-2] in ("an", "a"):
        if not (atom.currency or atom.scaled or atom.kind is QuantityKinds.PERCENT):
            return None
        return _object_change(toks[:-2])
    if last == "at":
        for w in reversed(toks[-_OBJECT_REACH - 1 : -1]):
            if w[-1:] in ",;:()" or w in _OBJECT_STOPS:
                return None
            if w in _CAPPED:
                return Qualifiers.AT_MOST
        return None
    if last == "from" and atom.currency and toks[-2] in _PRICED_FROM:
        return Qualifiers.AT_LEAST
    return None


def _change(toks: list[str], objects: bool = True) -> Qualifier | None:
    """Increase or decrease when the words before a figure (lower-cased, qualifier removed) end in a
    change verb ("rose", "was cut by"; with ``objects``, a verb and its object, "raised the rate by"), else
    None. Pops the filler words it reads past."""
    by = False
    if len(toks) > 2 and toks[-1] == "between" and toks[-2] == "by":
        toks.pop()  # "cut rates by between 25 and 50 basis points": a change by a range ("an increase
        # between" stays a range, as NewsQuant writes it)
    while toks and (toks[-1] in _FILLER or _ends_in_pause(toks)):
        # (and a transcript's pause: "reduce the budget by uh - three to five billion dollars")
        by = by or toks[-1] == "by"
        toks.pop()
    if len(toks) > 1 and toks[-1] == "back" and (toks[-2] in _UP or toks[-2] in _BY_UP):
        toks.pop()  # "added back another $1.5 billion": the verb's particle
    if not toks:
        return None
    v = toks[-1].strip(",;:(")
    prev = toks[-2].strip(",;:(") if len(toks) > 1 else ""
    if (prev == "capital" and v in ("gains", "gain")) or (prev in _SURGE_NOUNS and v in ("surge", "surges")):
        return None  # "cutting capital gains 50 percent", "tidal surges 5 to 8 feet higher": a noun, no verb
    noun = prev in _DETERMINERS and v in _NOUNS_NOT_CHANGES  # "extended his contract by two years"
    up = not noun and (v in _UP or (by and v in _BY_UP))
    down = not noun and not up and (v in _DOWN or (by and v in _BY_DOWN))
    if up and not (v == "up" and prev in L.PHRASAL_UP):
        return Qualifiers.INCREASE
    if down and not (v == "down" and prev in L.PHRASAL_DOWN):
        return Qualifiers.DECREASE
    if by and objects and not (up or down):
        return _object_change(toks)  # "raised the minimum support price by Rs 160"
    return None


# The units of a time that a change verb and its object may be cut or lengthened by ("cut the journey by 12
# minutes"); years after such a "by" are as often a deadline
_CLOCK_UNITS: Final = frozenset(("second", "minute", "hour"))


def _figure_in_clause(words: list[str]) -> bool:
    """Whether a word with digits comes among ``words`` after the last comma, semicolon or colon."""
    for word in reversed(words):
        if word.endswith((",", ";", ":")):
            return False
        if any(character.isdigit() for character in word):
            return True
    return False


def _past_how_much(toks: list[str]) -> None:
    """Drop the words that say how much an amount or a share changed, between the verb's article and the
    figure ("rose a modest 0.3%", "fell by a more modest 2%"; not "lost a bet of $50"), so that ``_change``
    reads the verb."""
    for k in (2, 3):
        if (
            len(toks) > k
            and toks[-k] in _ARTICLES
            and (toks[-k - 1] in _UP or toks[-k - 1] in _DOWN or toks[-k - 1] == "by")
            and all(word.replace("-", "").isalpha() and word not in _NOT_HOW_MUCH for word in toks[-k + 1 :])
        ):
            del toks[-k + 1 :]  # (the article is a filler, which ``_change`` reads past)
            return


def _object_change(toks: list[str]) -> Qualifier | None:
    """Increase or decrease when the words before "by" or "from" (lower-cased, the word itself removed) end
    in a change verb and its object ("raised its policy rate", "cutting the aid budget"), else None."""
    window = toks[-_OBJECT_REACH - 1 :]
    for k in range(len(window) - 1, -1, -1):
        w = window[k]
        if w == "that" and k and (window[k - 1] in _OBJECT_UP or window[k - 1] in _OBJECT_DOWN):
            continue  # "increased that child credit by $1,000": a determiner after the verb, no clause
        if w in _DASHES and k and window[k - 1] in _HESITATIONS:
            continue  # "cutting uh - the down payments by 50 percent": a transcript's pause, no clause ends
        if (
            w in ("and", "or")
            and (
                "of" in window[max(0, k - 3) : k]
                or "between" in window[max(0, k - 3) : k]  # "cut journey times between Leeds and York by"
                or any(v in _OBJECT_UP or v in _OBJECT_DOWN for v in window[max(0, k - 3) : k - 1])
            )
        ):
            continue  # "cut the risk of heart attack or stroke by 23%", "raise bus and train fares by": nouns
            # joined inside the object
        if w[-1:] in ",;:()" or w in _OBJECT_STOPS:
            return None
        if k and window[k - 1] in _DETERMINERS and w in _NOUNS_NOT_CHANGES:
            continue  # a noun after its determiner, not a verb: "extended his contract by two years"
        if w in _OBJECT_UP:
            return Qualifiers.INCREASE
        if w in _OBJECT_DOWN:
            return Qualifiers.DECREASE
        if k and window[k - 1] in _PHRASAL_CHANGE and w in ("down", "up"):  # "brought down the cost … by"
            return Qualifiers.DECREASE if w == "down" else Qualifiers.INCREASE
    return None


def _attributive(text: str, atom: _Atom) -> bool:
    """Does the figure with its unit word modify the noun after it ("a 30 degree homer", "64-bit chips",
    "a 52-week high")? Then a change verb before it changes that noun, not the figure."""
    if atom.unit is None or atom.currency or atom.kind is QuantityKinds.PERCENT:
        return False
    written = text[atom.number_end : atom.end]
    nxt = text[atom.end : atom.end + 2]
    if len(nxt) < 2 or nxt[0] != " " or not nxt[1].isalpha():
        return False
    word = written.strip(" \t-")
    hyphen = written.lstrip(" \t").startswith("-")
    singular = atom.low != 1 and word.isalpha() and word.lower() in L.SINGULAR_UNIT_WORDS
    if not (hyphen or singular):
        return False
    after = text[atom.end + 1 : atom.end + 24].split(None, 1)
    return bool(after) and after[0].strip(",.;:").lower() not in _STOP


def _finish_unit(text: str, atom: _Atom, end: int) -> None:
    """Scale words, unit or counted noun after the number; sets unit, kind and atom.end."""
    e = atom.number_end
    nxt = text[e : e + 2]
    if atom.bare and nxt[:1] == " " and nxt[1:].isdigit():
        mf = L.MIXED_FRACTION_AFTER.match(text, e, end)
        if mf is not None:  # "2 1/2 inches"
            atom.low = atom.high = atom.low + int(mf.group(1)) / int(mf.group(2))
            atom.bare = False
            e = atom.number_end = mf.end()
            nxt = text[e : e + 2]
    elif atom.bare and (
        (fraction_glued := nxt[:1] in _VULGAR_FRACTIONS)
        or (nxt[:1] in _FRACTION_GAP and nxt[1:] in _VULGAR_FRACTIONS)
    ):  # "7½ miles", "7 ½ minutes": a whole number and a fraction
        atom.low = atom.high = atom.low + _VULGAR_FRACTIONS[nxt[0] if fraction_glued else nxt[1]]
        atom.bare = False
        e = atom.number_end = e + (1 if fraction_glued else 2)
        nxt = text[e : e + 2]
    if atom.bare and nxt[1:2] == "a" and (half := L.AND_A_HALF_AFTER.match(text, e, end)) is not None:
        atom.low = atom.high = atom.low + 0.5  # "2 and a half years", "3-and-a-half hours"
        atom.bare = False
        e = atom.number_end = half.end()
        nxt = text[e : e + 2]
    if nxt[:1] == "F" and not nxt[1:].isalnum() and _gives_temperatures(text, atom, e + 1, end):
        # "overnight lows expected near 28F", "reached 51C (123.8F)": degrees Fahrenheit, not a code
        atom.unit, atom.kind, atom.end = "fahrenheit", QuantityKinds.MEASURE, e + 1
        return
    mult = 1.0
    while nxt and (nxt[0] in " \t-" or nxt[0] in _SCALE_FIRST):
        if nxt[0] in " -" and not _may_start_scale_word(text, e + 1):
            break  # " people", "-year-old": SCALE_AFTER cannot match (a cheap test for the usual case)
        m = L.SCALE_AFTER.match(text, e, end)
        if m is None:
            break
        w = m.group("w")
        if w:
            mult *= L.SCALES[w.lower()]
            e = m.end()
            continue
        a = m.group("a") or m.group("spaced")
        if m.group("spaced") and a not in L.UNAMBIGUOUS_ABBREVIATIONS and not atom.currency:
            break  # "50 tn of wheat": tonnes; "300 cr" only after a currency
        if (
            a in L.UNAMBIGUOUS_ABBREVIATIONS
            or a in ("tn", "trn", "M")
            or (atom.currency and a in L.ABBREV_SCALES)
            or (a in ("k", "K") and _counted_after(text, m.end(), end))
            or (a == "k" and _thousands_alone(text, atom, m.end(), end))
            or (
                a == "m"
                and (
                    _millions_after(text, m.end(), end)
                    or _THOUSANDS_TO_BEFORE.search(text, max(0, atom.start - 24), atom.start) is not None
                )
            )
        ):  # "$2bn", "4.3M"; "0.5k miles", "50K followers": a thousand of what follows; "5m people"; "rose by
            # 41,000 to 3.2m": the level a count in thousands came to, in millions (no height of 3.2 metres)
            mult *= L.ABBREV_SCALES[a]
            e = m.end()
        break
    if mult != 1.0:
        atom.low *= mult
        atom.high *= mult
        atom.scaled = True
    if text[e : e + 1] in ("-", "+") and atom.low == atom.high:
        glued = L.SUFFIX_QUALIFIER_AFTER.match(text, e, end)
        if glued is not None:  # "20-plus years", "50-odd villages": the qualifier, then the unit or noun
            hedge = (glued.group(1) or "").lower() in ("odd", "ish")
            atom.qualifier = Qualifiers.APPROXIMATE if hedge else Qualifiers.AT_LEAST
            atom.after = True
            e = glued.end()
    if (
        atom.kind is QuantityKinds.CARDINAL
        and text[atom.start - 2 : atom.start] in _UNIT_BEFORE_TAILS  # (a quick test of the usual miss)
        and text.endswith(L.UNIT_BEFORE_SUFFIXES, max(0, atom.start - 14), atom.start)
    ):
        if text[atom.start - 1] == "-":  # "magnitude-6.1"
            space = text.rfind(" ", max(0, atom.start - 20), atom.start)
            word = text[space + 1 : atom.start - 1].lstrip("(\"“‘'")
        else:
            word = _prev_word(text, max(0, atom.start - 20), atom.start)
        if word in ("from", "between"):  # "aged from one to 12", "aged between 18 and 30"
            age = _prev_word(text, max(0, atom.start - 30), atom.start - len(word) - 1).lower()
            # (but "aged from one to 12 years" is a span of years, as written)
            before = _AGE_UNIT if age == "aged" and not L.YEARS_RANGE_AFTER.match(text, e) else None
        elif word.lower() in ("age", "of"):  # "died at age 63", "at the age of 66", "an age of twenty-one"
            age = word if word != "of" else _prev_word(text, max(0, atom.start - 30), atom.start - 3)
            before = (
                _AGE_UNIT
                if age.lower() == "age"
                and atom.low == atom.high <= 125
                and L.match_unit(text, e, end) is None
                else None
            )  # (not "the Bronze Age 3,000 years ago")
        else:
            before = L.UNIT_BEFORE.get(word.lower())
            if before == _AGE_UNIT and L.MONTHS_RANGE_AFTER.match(text, e, end):
                before = None  # "children aged 6-59 months": a span of months, in its unit
        if before is not None:  # "a magnitude 6.1 quake", "aged 25"
            atom.unit, atom.kind = before
            atom.end = e
            return
    if (
        atom.bare is not False
        and atom.kind is QuantityKinds.CARDINAL
        and atom.low == atom.high <= 125
        and text.endswith(("e to ", " from ", "n to ", "d to "), max(0, atom.start - 6), atom.start)
        and L.AGE_LEVEL_BEFORE.search(text, max(0, atom.start - 60), atom.start)
        and L.match_unit(text, e, end) is None
    ):  # "lowering the drinking age to 18", "the drinking age has been raised to 23": the age set
        atom.unit, atom.kind = _AGE_UNIT
        atom.end = e
        return
    if (
        atom.bare
        and atom.low <= 120
        and text.startswith((" and ", " or "), e)
        and (bound := L.AGE_BOUND_AFTER.match(text, e, end)) is not None
        and (not bound.group("side") or _people_before(text, atom.start))
    ):  # "patients 76 and older", "children 12 or younger", "children 12 and under": an age, bounded
        atom.unit, atom.kind = _AGE_UNIT
        atom.end = e
        return
    if (
        atom.bare
        and atom.low < 120
        and text[e : e + 1] in _AGE_SPAN_FIRST
        and (span := _AGE_SPAN_AFTER.match(text, e, end)) is not None
        and atom.low < int(span.group(1)) <= 120
        and L.match_unit(text, span.end(), end) is None
        and _prev_word(text, max(0, atom.start - 24), atom.start).lower() in _PERSON_PLURALS
    ):  # "people 55 to 64", "voters 18-24": ages, from one to the other (one reading: "those 55 to 65 ought")
        atom.unit, atom.kind = _AGE_UNIT
        atom.high, atom.end = float(span.group(1)), span.end()
        return
    if atom.bare and text[e : e + 1] in _FEET_MARKS and L.INCHES_MARKED_AFTER.match(text, e + 1, end):
        # the feet of "5'11\"" (or with primes)
        atom.unit, atom.kind, atom.end = "foot", QuantityKinds.MEASURE, e + 1
        return
    if (
        atom.bare
        and text[atom.number_start - 1 : atom.number_start] in _FEET_MARKS
        and text[atom.number_start - 2 : atom.number_start - 1].isdigit()
        and L.INCHES_MARKED_AFTER.match(text, atom.number_start, end)
    ):  # the inches of "5'11\"" (or with primes)
        atom.unit, atom.kind, atom.end = "inch", QuantityKinds.MEASURE, e + 1
        return
    if e >= end or text[e] in _NO_UNIT_NEXT:  # "in 2016.", "20, said": nothing follows (the common case)
        atom.end = e
        if atom.bare and atom.low < 12 and _after_height_feet(text, atom.number_start):
            atom.unit, atom.kind = "inch", QuantityKinds.MEASURE  # "he is 6-foot-8.", "a 6-foot-8, 225-pound"
            return
        if atom.bare and 2 <= atom.low <= 110 and _age_opening(text, atom, e):
            atom.unit, atom.kind = _AGE_UNIT  # "At 55, he is the same age as …"
            return
        if atom.kind is QuantityKinds.CARDINAL and atom.low == atom.high <= 125 and _aged_before(text, atom):
            atom.unit, atom.kind = _AGE_UNIT  # "patients over 70.", "when she turns 30,"
            return
        if (counted := _counted_by_kin(text, atom)) is not None:  # "a mother of 12,"
            atom.unit, atom.noun = counted, True
            return
        if atom.bare is None and 2 <= atom.low == atom.high <= 9 and atom.kind is QuantityKinds.CARDINAL:
            _noun_before_or(text, atom)  # "another pick or two."
        return
    u = L.match_unit(text, e, end)
    if u is not None:
        tag, norm, kind, uend, hyph = u
        if atom.currency and kind is L.C and tag == "sym":
            pass  # "$1.1396 EUR": keep the prefix currency
        elif tag == "pct":
            atom.unit, atom.kind = norm, QuantityKinds.PERCENT
            e = uend
        elif tag == "age":
            atom.unit, atom.kind = norm, QuantityKinds.AGE
            e = uend
        elif tag == "word":
            if norm == "pound" and (atom.scaled or atom.currency):
                norm, kind = "pound sterling", L.C
            if not (atom.currency and kind is not L.C):  # "$5 million worth": keep the currency
                atom.unit, atom.kind = norm, kind
                e = uend
        elif not (hyph and text[e:uend].lstrip(" \t-") in ("C", "p", "L", "V", "W", "g", "m", "t")):
            atom.unit, atom.kind = norm, kind
            e = uend
    if atom.unit is None and not atom.currency and text.startswith(" on the ", e):
        sc = L.ON_SCALE_AFTER.match(text, e, end)
        if sc is not None:  # "between 50 and 70 on the GPa scale", "a 7 on the Richter scale"
            u = L.match_unit(text, sc.start("u"), sc.end("u"))
            atom.unit, atom.kind = (u[1], u[2]) if u is not None else (sc.group("u").lower(), atom.kind)
    if atom.unit is None and not atom.currency and text.startswith(" in", e):
        i = L.INCH_AFTER.match(text, e, end)
        if i is not None:  # "2 1/2 in thick", "a pencil 2 in.": "in" with no object is the inch
            atom.unit, atom.kind = "inch", QuantityKinds.MEASURE
            e = i.end()
    if atom.unit is None and not atom.currency and atom.kind is QuantityKinds.CARDINAL:
        if atom.low == atom.high >= 2 and text.startswith(" of ", e) and _OF_US_AFTER.match(text, e, end):
            # "the three of us", "170 million of us", "50 million of you": people
            atom.unit, atom.noun = "people", True
            atom.end = e
            return
        if atom.low == atom.high >= 1 and atom.low.is_integer() and text.startswith(" of ", e):
            # "one of the best speakers" counts speakers, "two of my children" children
            o = L.ONE_OF_THE_AFTER.match(text, e, end)
            if o is not None:
                noun, ne = _counted_noun(text, o.end(), end, False)
                if noun is not None and _counts_the_noun_after_of(text, atom.low, noun, ne, end):
                    atom.unit, atom.noun, atom.end = noun, True, ne
                    return
        elif atom.low < 1:  # "1/16 of a US pint", "half a kilometre"
            o = L.OF_A_AFTER.match(text, e, end)
            if o is not None:
                u = L.match_unit(text, o.end(), end)
                if u is not None and u[0] in ("word", "pct"):  # ("three-tenths of a percentage point")
                    atom.unit, atom.kind, atom.end = u[1], u[2], u[3]
                    return
            elif atom.bare is False and text.startswith(" of ", e):  # "1/3 of your people": a share of them
                o = L.ONE_OF_THE_AFTER.match(text, e, end)
                if o is not None:
                    noun, ne = _counted_noun(text, o.end(), end, False)
                    if noun is not None and _plural(noun):
                        atom.unit, atom.noun, atom.end = noun, True, ne
                        return
        if atom.low == atom.high < 12 and _after_height_feet(text, atom.number_start):
            # "a 6-foot-7 lineman": a height's inches
            atom.unit, atom.kind, atom.end = "inch", QuantityKinds.MEASURE, e
            return
        fold = L.FOLD_AFTER.match(text, e, end) if atom.low == atom.high > 1 else None
        h = L.HYPHEN_NOUN_AFTER.match(text, e, end) if text.startswith("-", e) and fold is None else None
        if fold is not None:  # "a 10-fold rise", "five-fold": the factor, a multiple
            noun, ne = "times", fold.end()
        elif (
            h is not None
            and h.group(1).lower() not in _STOP
            and h.group(1).lower() not in L.HYPHEN_NOT_NOUN
            and h.group(1).lower() not in L.ORDINALS
        ):  # "six-cylinder engine", "three-point range"; not "one-twelfth"
            noun, ne = h.group(1).lower(), h.end()
        else:
            noun, ne = _counted_noun(
                text,
                e,
                end,
                atom.bare is None and (atom.low != atom.high or atom.low < 1),
                atom.low == 1,
                atom.low == atom.high >= 2 and atom.low.is_integer(),
            )
        if noun is None and (counted := _counted_by_kin(text, atom)) is not None:
            noun, ne = counted, e  # "a mother of 12"
        elif noun is None and atom.low == atom.high <= 125 and _aged_before(text, atom):
            atom.unit, atom.kind = _AGE_UNIT  # "by the time she turns 30", "when you're 20 you"
            atom.end = e
            return
        if noun is not None:
            atom.unit, atom.noun = noun, True
            e = ne
        elif atom.bare is None and 2 <= atom.low == atom.high <= 9:
            _noun_before_or(text, atom)  # "a day or two", "another pick or two"
    if atom.unit is not None:
        e = _rate_after(text, atom, e, end)
    atom.end = e


_PERIODS: Final = frozenset({"year", "month", "week", "day", "hour"})
_OF_US_AFTER: Final = re.compile(r" of (?:us|you)(?![\w'’])")


def _percent_rate(text: str, atom: _Atom, e: int, end: int) -> int:
    """A share's period after it, the one rate a share takes: "growing 12 percent per year", "33 percent a
    year" ("5 percent a year ago" is a level: ``PER_AFTER`` stops at "ago")."""
    per = _per_denominator(text, e, end)
    if per is not None and per[0] in _PERIODS:
        atom.unit = f"{atom.unit} per {per[0]}"
        return per[1]
    return e


def _per_denominator(text: str, at: int, end: int) -> tuple[str, int] | None:
    """The denominator ``PER_AFTER`` reads at ``at`` ("per year", "a day", "each share"), normalised, and
    where it ends; None if there is none."""
    p = L.PER_AFTER.match(text, at, end) if _may_be_per(text, at, end) else None
    if p is None:
        return None
    den = " ".join(p.group("den").lower().split())
    den = L.DENOMINATORS.get(den, den)
    if den in L.PERIODS and L.PERIOD_NOT_RATE_AFTER.match(text, p.end(), end):
        return None
    return den, p.end()


_PERIOD_FIRST: Final = frozenset("dwmyah")


def _rate_after(text: str, atom: _Atom, e: int, end: int) -> int:
    """A rate's denominator after the unit that ends at ``e`` ("$4 per pack", "barrels of oil a day"): the
    unit becomes "<unit> per <denominator>"; where the figure ends now. A share takes a period only
    (``_percent_rate``)."""
    if atom.kind is QuantityKinds.PERCENT:
        return _percent_rate(text, atom, e, end)
    if atom.currency and text[e + 1 : e + 2] in _PERIOD_FIRST:
        period = L.PERIOD_ADJECTIVE_AFTER.match(text, e, end)
        if period is not None:  # "a $50,000 daily fine", "$80,000 annually"
            atom.unit = f"{atom.unit} per {L.PERIOD_ADJECTIVES[period.group('p')]}"
            return period.end()
    at = e
    if atom.kind is QuantityKinds.MEASURE and text.startswith(" of ", e):
        material = L.MATERIAL_BEFORE_PER.match(text, e, end)
        if material is not None:  # "5,000 gallons of water per minute", "barrels of oil a day"
            at = material.end()
    per = _per_denominator(text, at, end)
    if per is not None:
        atom.unit = f"{atom.unit} per {per[0]}"
        return per[1]
    if atom.currency and text.startswith((" more ", " less "), e):
        per = _per_denominator(text, e + 5, end)
        each = L.PRICE_EACH_AFTER.match(text, e + 5, end) if per is None else None
        denominator = per[0] if per is not None else each.group(1) if each is not None else None
        if denominator is not None and denominator not in _STOP:
            # "will pay P0.42 more per kilowatt-hour", "BDS$190 more a month on groceries": the rate's unit
            # (the surface stops before "more", the change word)
            atom.unit = f"{atom.unit} per {denominator}"
            return e
    if (atom.currency or atom.kind is QuantityKinds.MONEY) and text.startswith((" a ", " an "), e):
        each = L.PRICE_EACH_AFTER.match(text, e, end)
        if each is not None and each.group(1) not in _STOP:  # "$25 a vial", "$4 a pack", "780 cedis a bag"
            atom.unit = f"{atom.unit} per {each.group(1)}"
            return each.end(1)
    if text.startswith(" to the ", e) and (fuel := L.TO_THE_FUEL_AFTER.match(text, e, end)) is not None:
        atom.unit = f"{atom.unit} per {L.DENOMINATORS[fuel.group(1).lower()]}"  # "200 miles to the gallon"
        return fuel.end()
    if text.startswith(" per ", e):  # "$4 per pack", "two goals per game": any noun after "per"
        w = L.PER_WORD_AFTER.match(text, e, end)
        if w is not None and w.group("den").lower() not in _STOP:
            atom.unit = f"{atom.unit} per {w.group('den').lower()}"
            return w.end()
    return e


def _aged_before(text: str, atom: _Atom) -> bool:
    """Do the words before the number say it is someone's age: "turns 30", "turned 18", "you're 20", "when he
    was 12"?"""
    if atom.bare is False or atom.low < 2:
        return False  # ("he was one of three", "I am one who": a pronoun; "turned 2.5")
    word = _prev_word(text, max(0, atom.start - 24), atom.start).lower().replace("\u2019", "'")
    if word in _TURNS:
        return True
    if not atom.bare:
        return False  # (in words, after a pronoun and "be", a count: "we were two")
    if word in _PRONOUN_BE:
        return True
    if word not in _BOUND_OR_BE:
        return False
    before = _prev_word(text, max(0, atom.start - 30), atom.start - len(word) - 1).lower()
    if word in ("over", "under"):  # "patients over 70", "men aged over 40"
        return before == "aged" or before in _PERSON_PLURALS
    return before in _PERSONAL_PRONOUNS  # "when he was 12"


# After an age, the other end of a span of ages: " to 64", "-24".
_AGE_SPAN_AFTER: Final = re.compile(r"(?:[ \t]+to[ \t]+|[-–])(\d{1,3})\b(?![.,]\d)")
_AGE_SPAN_FIRST: Final = frozenset(" -–")
# The part of a decade of age ("his early 30s"): the years of it from its first.
_DECADE_PARTS: Final = {"early": (0, 3), "mid": (5, 5), "late": (7, 9)}
_TURNS: Final = frozenset(("turns", "turned", "turn", "turning"))
_BOUND_OR_BE: Final = frozenset(("over", "under", "was", "is", "am", "are", "were"))
# People an age over or under a number is said of ("patients over 70", "everyone over 65").
_PERSON_PLURALS: Final = frozenset(
    """
    people persons individuals adults men women children kids patients residents workers employees drivers
    voters citizens seniors americans those everyone anyone everybody anybody
    """.split()
)
_PERSONAL_PRONOUNS: Final = frozenset(("i", "you", "he", "she"))
_PRONOUN_BE: Final = frozenset(("i'm", "you're", "he's", "she's"))


def _people_before(text: str, s: int) -> bool:
    """Is the word before ``s`` people ("children", "those", "everyone"), so that "12 and under" after it
    is an age (not "scores of 90 and over")?"""
    word = _prev_word(text, max(0, s - 24), s).lower()
    return word in _PERSON_PLURALS or (_plural(word) and word.isalpha())


def _counts_the_noun_after_of(text: str, count: float, noun: str, noun_end: int, end: int) -> bool:
    """Does "N of the …" count the noun read after it? "One of" does unless a number comes first ("one of
    the two men"); a larger count only a plural not itself a part of a whole that follows ("four of their
    first five drives", "eight of the Bluejays' 11 assists")."""
    if count == 1:
        return noun.split(None, 1)[0] not in L.SMALL
    return (
        _plural(noun)
        and _COUNT_WORDS.isdisjoint(noun.split())
        and not _PART_OF_A_COUNT.match(text, noun_end, end)
    )


def _counted_by_kin(text: str, atom: _Atom) -> str | None:
    """What a count after "mother of" or "family of" counts, or None: "a mother of 12" children, "a family
    of four" people."""
    if not (
        atom.kind is QuantityKinds.CARDINAL
        and atom.low == atom.high >= 1
        and text.endswith("of ", 0, atom.number_start)
    ):
        return None
    m = L.PARENT_OF_BEFORE.search(text, max(0, atom.number_start - 16), atom.number_start)
    if m is None:
        return None
    return "children" if m.group("parent") else "people"


def _counted_after(text: str, pos: int, end: int) -> bool:
    """Does a unit word or a lower-case plural noun follow at pos ("k miles", "K followers")? Then a "k"
    glued to the number before is a thousand (alone, "a 5K", "300 K", it may be a race or kelvin)."""
    if _plural_follows(text, pos, end):
        return True
    if text[pos + 1 : pos + 2].isupper():  # "200k New Zealanders": a people named in the plural
        noun, _ = _counted_noun(text, pos, end, False)
        return noun is not None and _plural(noun)
    u = L.match_unit(text, pos, end) if text.startswith(" ", pos) else None
    return u is not None and u[0] in ("word", "pct")


def _thousands_alone(text: str, atom: _Atom, pos: int, end: int) -> bool:
    """Is a lower-case "k" glued to the number a thousand though no noun follows ("payrolls rose 254k in
    September")? Yes where the phrase ends after it; "a 5k", "the 10k run" are races."""
    return bool(L.K_ALONE_AFTER.match(text, pos, end)) and _prev_word(text, 0, atom.start).lower() not in (
        "a",
        "the",
    )


# A count in thousands and "to" right before a number ("rose by 41,000 to 3.2m")
_THOUSANDS_TO_BEFORE: Final = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+[ \t]+to[ \t]+$")


def _millions_after(text: str, pos: int, end: int) -> bool:
    """Does a lower-case plural noun follow a glued "m" ("5m people", "1.3m acres", "3m subscribers"), maybe
    after a name ("2m Windows users")? The British press writes millions so; a length is said of one thing
    ("a 10m fall", "1.8m tall")."""
    noun = _plural_after(text, pos, end)
    if not noun:  # "2m Windows users", "3m UK households": a name before the plural counted
        name = L.CAPITALISED_WORD_AFTER.match(text, pos, end)
        noun = _plural_after(text, name.end(), end) if name is not None else ""
    if noun:
        return noun not in L.METRE_NOUNS
    u = L.match_unit(text, pos, end) if text.startswith(" ", pos) else None
    return u is not None and u[0] == "word"  # "1.9m sq km", "2.5m tonnes", "4m barrels"


def _noun_before_or(text: str, atom: _Atom) -> None:
    """ "a day or two": the small number after "or" counts the noun before it (a unit or a counted noun)."""
    m = L.NOUN_OR_BEFORE.search(text, max(0, atom.start - 40), atom.start)
    if m is None or m.end() != atom.start:
        return
    word = m.group("noun")
    if word.lower() in _STOP:
        return
    u = L.match_unit(text, m.start("noun"), m.end("noun"))
    if u is not None and u[0] == "word" and u[3] == m.end("noun"):
        atom.unit, atom.kind = u[1], u[2]
    elif word.islower() and not word.endswith(("ly", "ing", "ed")):
        atom.unit, atom.noun = word, True


def _may_start_scale_word(text: str, i: int) -> bool:
    """False when, after one blank or hyphen at i - 1, ``SCALE_AFTER`` cannot match: no blank, hyphen
    or scale word (hundred … crore, any case) starts at i. Tested on the first letter, then on up to
    eight ASCII characters (on ASCII text ``(?i)`` is plain case folding)."""
    head = text[i : i + 8]
    if head[:1] not in _SCALE_SECOND:
        return False
    return (
        not head.isascii()
        or head[:1] in " \t-"
        or head.lower().startswith(_SCALE_WORDS)
        or head.startswith(L.WORD_ABBREVIATIONS)
    )


def _may_be_per(text: str, e: int, end: int) -> bool:
    """False when ``PER_AFTER`` cannot match at e: after blanks and hyphens it needs "US", "per", "a",
    "an", "each" or "/" (a loop over a character or two instead of a failing regex match)."""
    while e < end and text[e] in " \t-":
        e += 1
    return e < end and text[e] in "Upae/"


def _record_after_name(text: str, lo: int, first: _Atom, second: _Atom) -> bool:
    """A win-loss record in brackets after a team's name ("the Sixers (9-14)", "the Chiefs (2-13, 1-7
    home)"): a result, as "the Colts (10-5)" is, though its numbers rise. Not after a sentence's first word,
    which is capitalised anyway ("Children (5-12) pay half": ages)."""
    if not (text.startswith("(", first.start - 1) and text.startswith((")", ","), second.end)):
        return False
    name = _prev_word(text, lo, first.start - 1)
    return (
        name.isalpha()
        and first.start - 2 - len(name) > lo  # (the name's start: not the sentence's)
        and _is_named_word(text, lo, first.start - 1)
    )


def _prev_word(text: str, lo: int, s: int) -> str:
    """The word right before position s when exactly one space separates them, else ''."""
    if s - 2 < lo or text[s - 1] != " " or text[s - 2].isspace():
        return ""
    j = text.rfind(" ", max(lo, s - 30), s - 1)
    return text[(j + 1 if j >= 0 else max(lo, s - 30)) : s - 1].lstrip("(\"“‘'")


def _plural_follows(text: str, pos: int, end: int) -> bool:
    """Is the next word a lower-case plural ("Harstad four seasons"), so the number counts it?"""
    return bool(_plural_after(text, pos, end))


def _plural_after(text: str, pos: int, end: int) -> str:
    """The lower-case plural after the blank at pos, or ""."""
    if pos >= end or text[pos] != " ":
        return ""
    j = pos + 1
    k = j
    while k < end and text[k].isalpha():
        k += 1
    w = text[j:k]
    return w if w and w.islower() and _plural(w) else ""


_POSSESSIVE_ENDINGS: Final = ("'s", "\u2019s")
# Words whose "'s" is "is" or "has", not a possessive ("That's one of …", "It's two years").
_CONTRACTED: Final = frozenset("it that there here what who he she where how this let".split())


def _is_named_word(text: str, lo: int, s: int) -> bool:
    """Whether the word before ``s`` names something, so what follows is part of the name: a number word
    ("BBC One", "Formula One", "Channel Four"), a team's record (``_record_after_name``)."""
    w = _prev_word(text, lo, s)
    if not w or not w[0].isupper() or w.endswith((".", ",", ":", ";", "!", "?")):
        return False
    if w.endswith(_POSSESSIVE_ENDINGS) and w[:-2].lower() not in _CONTRACTED:
        return False  # a possessive owns what is counted: "Russia's three largest banks"
    lw = w.lower()
    return lw not in _CAP_OK and lw not in _STOP


def _camel_case(word: str) -> bool:
    """A brand's spelling, a capital after a small letter ("iPhone", "PlayStation"), not a possessive
    ("McDonald's 40,000 restaurants")."""
    return (
        word.isalpha()
        and not word.isupper()
        and any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
    )


def _capitalised_name_word(word: str) -> bool:
    """A name word written as a name ("Class", "Category", "Phase"): the number after it is part of the name
    even before a plural ("Class 12 board examinations", "Phase 3 trials"); "a class of 30 students" is
    none."""
    return word[:1].isupper() and word.lower().rstrip(".") in L.NAME_WORDS


# After a count, a class named by a letter or a number, then the plural counted: "812 Category A
# certificates", "3 Category 5 storms", "40 Grade A eggs" (a model's number comes before its name: "787
# Dreamliner")
_GRADED_NOUN_AFTER: Final = re.compile(
    r"[ \t]+((?:Category|Class|Grade|Type|Tier|Level|Schedule)[ \t]+(?:[A-Z]|\d{1,2})[ \t]+[a-z]{3,}s)"
    r"\b(?!['’])"
)
# Words of a sentence that gives temperatures, where a "F" glued to a number is Fahrenheit, not a code
_TEMPERATURE_WORDS: Final = re.compile(
    r"\b(?i:temperatures?|lows?|highs?|degrees?|chills?|heat|freez\w*|frost\w*|cold|warm\w*|fever)\b"
    r"|\d[CF]\b|°"
)


def _gives_temperatures(text: str, atom: _Atom, after: int, end: int) -> bool:
    """Whether the words around the figure (its sentence, as far as they are read) are about temperatures."""
    return (
        _TEMPERATURE_WORDS.search(text, max(0, atom.start - 120), atom.start) is not None
        or _TEMPERATURE_WORDS.search(text, after, end) is not None
    )


# A fuel's grade after its number: "putting 95 unleaded inland at R21.34 a litre", "91 octane petrol"
_FUEL_GRADE_AFTER: Final = re.compile(r"[ \t]+(?:unleaded|octane)\b")
_CENTS_RATE_AFTER: Final = re.compile(
    r"[ \t]+(?:a|per)[ \t]+(?:share|litre|liter|kilo|kg|kilogram|unit|kilowatt-hour|kWh)\b"
    r"|(?P<slash>/(?P<per>kg|[Ll]|litre|liter|kWh)\b)"
)
# The denominators of cents printed with a slash ("520c/kg", "48c/L")
_CENTS_PER: Final = {
    "kg": "kilogram",
    "kwh": "kilowatt hour",
    "l": "litre",
    "litre": "litre",
    "liter": "litre",
}
# A price on the other side of "to", "at" or "from": "fell 25c to $10.15", "up 3c at R4.20", "from $1.05 to
# 95c" (not "35c to 40c" of heat: a sign must say money)
_PRICE_SIGN = r"(?:[A-Z]{0,3}\$|[£€]|\bR(?=\d))"
_CENTS_PRICE_AFTER: Final = re.compile(rf"[ \t]+(?:to|at|from)[ \t]+{_PRICE_SIGN}[ ]?\d")
_CENTS_PRICE_BEFORE: Final = re.compile(rf"{_PRICE_SIGN}\d[\d,]*(?:\.\d+)?[ \t]+to[ \t]+$")
# A verb of change or "by" right before cents, maybe with a hedge or "between": "falls by 81c", "adding about
# 30c to a typical trip", "drops by between 68c and 74c a litre" (a price's change, as a writer marks it)
_CENTS_MOVERS: Final = (
    r"\b(?:by|add|adds|added|adding|cut|cuts|cutting|rise|rises|rose|risen|rising|fell|fall|falls|falling"
    r"|drop|drops|dropped|dropping|climb|climbs|climbed|jump|jumps|jumped|gain|gains|gained|lose|loses|lost"
    r"|shed|sheds)[ \t]+(?:(?:about|around|some|nearly|almost|roughly|another|an[ \t]+extra|a[ \t]+further"
    r"|between)[ \t]+)?"
)
_CENTS_MOVED_BEFORE: Final = re.compile(_CENTS_MOVERS + "$")
# A change or a payout named right before the cents it is of: "an increase of 1.5c on October", "a cut of 2c
# on the September price", "earnings per share of 412.6c"
_CENTS_NOUN_BEFORE: Final = re.compile(
    r"\b(?:increase|rise|hike|jump|cut|fall|drop|decrease|reduction|dividend|payout|share)[ \t]+of[ \t]+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|up[ \t]+to|more[ \t]+than)[ \t]+)?$"
)
# Cents moved, then the level they came to: "cut by 2c a litre to 46c"
_CENTS_THEN_TO_BEFORE: Final = re.compile(
    _CENTS_MOVERS + r"\d+(?:\.\d+)?c\b(?:[ \t]+(?:a|per)[ \t]+[a-z]+)?[ \t]+to[ \t]+$"
)
# A change after a price of the same sentence: "to NZ$10.15 per kilogram of milksolids, up 25c", "an average
# of 46 cent per litre for milk in June, down about 3c"
_CENTS_CHANGE_BEFORE: Final = re.compile(
    rf"(?:{_PRICE_SIGN}[ ]?\d[\d,]*(?:\.\d+)?|\b\d+(?:\.\d+)?(?:c/kg|[ ]cents?)\b)[^.;!?]{{0,80}}?"
    r"\b(?:up|down)[ \t]+(?:(?:about|around|some|nearly|almost|roughly)[ \t]+)?$"
)


_NAMES_LISTED_AFTER: Final = re.compile(
    r"(?:(?:,[ \t]*\d+)*,?[ \t]+(?:and|or|&|to|through)[ \t]+|[-–])\d+\b(?![.,]\d)"
)  # ("highways 401 and 400", "took over berths 4 to 7")


def _is_named(text: str, lo: int, atom: _Atom) -> bool:
    """True when a bare integer is part of a name ("Game 7", "iPhone 11", "FTSE 100", "Article 5")."""
    w = _prev_word(text, lo, atom.start)
    if not w or not w[0].isalpha():
        return False
    lw = w.lower().rstrip(".")
    if lw in L.NAME_WORDS or lw + "." in L.NAME_WORDS:
        return True
    if lw[-1:] == "s" and lw[:-1] in L.NAME_WORDS and _NAMES_LISTED_AFTER.match(text, atom.end):
        # "highways 401 and 400", "Games 6 and 7", "berths 4 to 7": the name word's plural before a list or a
        # span of them
        return True
    if lw in _CAP_OK or lw in _STOP or w.endswith((",", ":", ";", "!", "?")):
        return False
    return w != w.lower()


def _plain_number(text: str, p: int, end: int, after_space: bool) -> re.Match[str] | None:
    """Fast path for the common plain number ("250,000 people", "5%,"): the ``PLAIN_NUM`` match at p
    when nothing after it can make it a date, time, phone number, ordinal, fraction or identifier, so
    the big ``MASTER`` alternation (tens of microseconds a call) can be skipped.

    A lower-case word after the number only rules that out when it cannot start "am"/"p.m." or
    "x 10^5". ``after_space`` (the number follows a space and no special word) is the stricter case:
    not before a tab or newline, "of" or, after four digits, "h…" ("20\tMarch", "20 of March",
    "1430 hours"), for which ``MASTER`` has alternatives too.
    """
    m = L.PLAIN_NUM.match(text, p, end)
    if m is None:
        return None
    me = m.end()
    nc = text[me : me + 1]
    n2 = text[me + 1 : me + 2]
    if not nc or (nc == "." and (not n2 or n2.isspace())):
        return m
    if nc == "-" and n2.isalpha():  # "40-year-old", "86-yard": every MASTER form with "-" wants a digit
        return None if L.CASE_AFTER_YEAR.match(text, me) else m  # (but a case number's: "24-cr-517")
    if nc in "-–" and not _dash_form(m.group()):  # "9-14", "88-72": a score or range, not a date
        return m
    if nc != " ":
        return m if nc in (_PLAIN_NEXT_INLINE if after_space else _PLAIN_NEXT) else None
    if not n2.islower() or n2 == "x" or (n2 in "ap" and text[me + 2 : me + 3] in ("m", "M", ".")):
        return None
    if after_space and (
        (n2 == "o" and text.startswith("of", me + 1)) or (n2 == "h" and me - p == 4 and m.group().isdigit())
    ):
        return None
    return m


def _dash_form(number: str) -> bool:
    """Could ``MASTER`` read the number and a dash after it as something else?

    Before a hyphen or an en dash only three forms start with a plain number's digits: the dates
    "2008-09" and "2013-05-02" (exactly four digits, then the dash) and the phone number "555-123-4567"
    or "555.123-4567" (exactly three digits, then "-" or "."). Every other ``MASTER`` form would need a
    letter, ":", "/" or a blank where the dash is, so any other number is the ``num`` match.
    """
    return (len(number) in (3, 4) and number.isdecimal()) or (number[3:4] == "." and number[:3].isdecimal())


_OPENERS = frozenset("([{\"'“‘«,;")
_CURRENCY_SIGNS = frozenset("$£€¥₹₪₽₩₦₺₱")


def _digit_match(
    text: str, start: int, end: int, p: int, seen: dict[int, re.Match[str] | None]
) -> re.Match[str] | None:
    """The master-regex match covering the digit run at p, tried from the furthest plausible start.

    ``seen`` holds the matches already found at a start in this window (``MASTER`` gives the same
    match at the same start, and the plain-number fast path the same as ``MASTER``): the second number
    of "9-14" is tried first from the start of "9", which its candidate just matched.
    """
    t = p
    lim = max(start, p - 16)
    while t > lim and not text[t - 1].isspace():
        t -= 1
    if t == lim and t > start and not text[t - 1].isspace():  # a long token: a URL or an e-mail address?
        lo = max(start, p - 512)  # bounded, so a huge token cannot make the scan quadratic
        ts = max(text.rfind(" ", lo, p), text.rfind("\n", lo, p), lo - 1) + 1
        head = text[ts:p]
        if _may_be_address(head):
            u = L.URL.match(text, ts, end)
            if u is not None and u.end() > p:
                return u
    elif t < p and ("@" in (head := text[t:p]) or _may_be_domain_path(head)):
        u = L.URL.match(text, t, end)
        if u is not None and u.end() > p:
            return u
    while t < p and text[t] in "([{\"'“‘«":
        t += 1
    tries = [t] if t == p else [t, p]
    if (
        t < p
        and (hyphen := text.find("-", t, p - 1)) > t
        and text[hyphen + 1].isupper()
        and text[t:hyphen].isalpha()
        and text[t:hyphen].islower()
    ):
        tries.insert(1, hyphen + 1)  # "pre-Covid-19 levels", "anti-COVID-19": the name after the prefix
    if t < p - 1 and text[p - 1] in _CURRENCY_SIGNS and text[p - 2] in "-–—/":
        tries.insert(1, p - 1)  # "$13bn-$15bn": the currency of the range's second end
    if t - 1 > start and text[t - 1] in " \t":
        k = text.rfind(" ", max(start, t - 14), t - 1) + 1 or max(start, t - 14)
        pw = text[k : t - 1]
        if pw in L.PREV_SPECIAL_WORDS or (pw[:1] in "+(" and L.PREV_SPECIAL.fullmatch(pw)):
            tries.insert(0, k)
        elif pw[:1] in _OPENERS and pw[1:] in L.PREV_SPECIAL_WORDS:  # "(minus 40", ",minus 233", "(March 5"
            tries.insert(0, k + 1)
        elif t == p:  # the usual case, a number after a space ("killed 20 people")
            m = _plain_number(text, p, end, True)
            if m is not None:
                seen[p] = m
                return m
    elif t == p:
        m = _plain_number(text, p, end, False)  # (not kept in ``seen``: not always MASTER's match)
        if m is not None:
            return m
    for st in tries:
        if st in seen:
            m = seen[st]
        else:
            m = None
            if st == p and t < p and not (text[p - 1].isalnum() or text[p - 1] in "_.,"):
                # the last try, at the digits after "-" or "/" ("9-14"): ``MASTER``'s look-behinds see a
                # non-word character here just as after a space, so the after-space fast path holds
                m = _plain_number(text, p, end, True)
            elif st == p and _weight_after_height(text, p):  # "6-foot-8,225-pound": the weight
                m = L.NUMBER_AFTER_COMMA.match(text, p, end)
            if m is None:
                m = L.MASTER.match(text, st, end)
            seen[st] = m
        if m is not None and m.end() > p:
            return m
    return None


_AGE_OPENING_AFTER: Final = re.compile(r", (?:he|she|I|we|they)\b")


def _age_opening(text: str, atom: _Atom, e: int) -> bool:
    """Whether the number opens its sentence as a person's age: "At 55, he is …", "At 19, she left home"."""
    return (
        text.endswith("At ", 0, atom.start)
        and (atom.start == 3 or text[atom.start - 4] in " \n\"“‘'(")
        and _AGE_OPENING_AFTER.match(text, e) is not None
    )


def _text_message_before(text: str, start: int, first: int) -> bool:
    """Whether a text message's "text … to" comes before the number at ``first`` ("text HOME to 741741");
    the regex runs only where the window holds "xt" or "sms" (most "to 100"s have neither)."""
    lo = max(start, first - 64)
    window = text[lo:first].lower()
    return ("xt" in window or "sms" in window) and L.TEXT_TO_BEFORE.search(text, lo, first) is not None


def _weight_after_height(text: str, p: int) -> bool:
    """Whether the digits at ``p`` follow a height's inches and a comma ("6-foot-8,225-pound"): a figure of
    their own, not the thousands of "8,225" (``_read_number`` reads the inches alone)."""
    if text[p - 1] != ",":
        return False
    inches = p - 1
    while inches > p - 4 and text[inches - 1].isdigit():
        inches -= 1
    return p - 4 < inches < p - 1 and text[inches - 1] == "-" and _after_height_feet(text, inches)


def _may_be_address(head: str) -> bool:
    """Whether the start of a token may begin a URL or an e-mail address, for ``URL`` to tell."""
    return "://" in head or head.startswith("www.") or "@" in head or _may_be_domain_path(head)


def _may_be_domain_path(head: str) -> bool:
    """Whether the start of a token may be a bare domain's address with a path ("17gamo.com/1.js")."""
    slash = head.find("/")
    return slash > 0 and "." in head[:slash]


def _url_around(text: str, start: int, end: int, p: int) -> re.Match[str] | None:
    """The URL or e-mail address that the word at p is part of ("…/dozens-injured-child-dead…"), if any."""
    lo = max(start, p - 512)  # bounded, as in ``_digit_match``
    ts = max(text.rfind(" ", lo, p), text.rfind("\n", lo, p), lo - 1) + 1
    if ts == p:
        return None
    head = text[ts:p]
    if not _may_be_address(head):
        return None
    u = L.URL.match(text, ts, end)
    return u if u is not None and u.end() > p else None


def _word_match(low: str, q: int) -> re.Match[str] | None:
    """The number-word match at q in the lower-cased window (or at q-2 for "a hundred", "a third of", at q-3
    for "an eighth of")."""
    m = None
    if q >= 2 and low[q - 2 : q] == "a " and (q < 3 or not low[q - 3].isalpha()):
        m = L.WORDS.match(low, q - 2)
    elif low.startswith(L.PERIODS_SAID_WITH_A, q):
        return None  # ("last year": a period is read only after "a", and "year" alone starts no number word)
    elif q >= 3 and low[q - 3 : q] == "an " and (q < 4 or not low[q - 4].isalpha()):
        m = L.WORDS.match(low, q - 3)
    if m is None:
        m = L.WORDS.match(low, q)
    return m


def find_quantities(
    text: str, start: int = 0, end: int | None = None, words: list[str] | None = None
) -> list[Quantity]:
    """All quantities in text[start:end]; offsets are into `text` (text[q.start:q.end] == q.surface).

    ``words``, if the caller has them, are the window's letter runs
    (``re.findall("[a-z]+", text[start:end].lower())``, as ``extract``'s screen has them): they spare the
    scan for number words. The result is the same with or without them.
    """
    if end is None or end > len(text):
        end = len(text)
    start = max(start, 0)
    if start >= end:
        return []
    # Lower-case only the window (extract() calls us once per sentence of a long article), so
    # ``lowered`` offsets are relative to ``start``.
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # a few code points change length when lower-cased: keep offsets aligned
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text[start:end])
        words = None  # the runs were not taken on this text
    if words is None:
        anchors = [match.start() + start for match in L.ANCHOR.finditer(lowered)]
    else:
        anchors = _anchors(text, lowered, start, end, words)
    if not anchors:
        return []
    return _find(text, start, end, lowered, anchors)


def _anchors(text: str, lowered: str, start: int, end: int, words: list[str]) -> list[int]:
    """The starts ``ANCHOR.finditer(lowered)`` gives (shifted by ``start``), from the window's letter runs.

    ``ANCHOR`` finds digit runs and whole ``[a-z]+`` runs that are anchor words. Digits are the same in
    ``text`` as in ``lowered`` (no code point lower-cases to or from one), so their runs are found in
    ``text`` directly; anchor words are searched for only when one of the runs is one (a set
    intersection), with ``str.find`` and a letter test either side. Letters and digits never overlap, so
    the sorted union is what the one alternation gives, at well under half its cost.
    """
    if lowered.isascii():  # (so is the window's text: no digit lower-cases to or from another character)
        anchors = _ascii_digit_runs(lowered, start)
    else:
        anchors = [match.start() for match in L.DIGIT_RUN.finditer(text, start, end)]
    present = L.ANCHOR_WORDS.intersection(words)
    if not L.PERIOD_BOUNDS.isdisjoint(words):
        present |= L.PERIOD_ANCHORS.intersection(words)  # ("more than a year": ``ANCHOR`` finds "year" too)
    if not present:
        return anchors
    length = len(lowered)
    for word in present:
        i = lowered.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not "a" <= lowered[i - 1] <= "z") and (j == length or not "a" <= lowered[j] <= "z"):
                anchors.append(i + start)
            i = lowered.find(word, j)
    anchors.sort()
    return anchors


def _ascii_digit_runs(window: str, start: int) -> list[int]:
    """Where the digit runs of the ASCII ``window`` start (shifted by ``start``): ``DIGIT_RUN.finditer``'s
    starts, found with ``bytes.find`` on the digits marked (``DIGITS_ONLY``; no match object a run)."""
    marks = window.encode("ascii").translate(L.DIGITS_ONLY)
    find = marks.find
    runs = []
    i = find(b"0")
    while i >= 0:
        runs.append(i + start)
        i = find(b" ", i)
        if i < 0:
            break
        i = find(b"0", i)
    return runs


def _find(text: str, start: int, end: int, lowered: str, anchors: list[int]) -> list[Quantity]:
    """Read the figure at each anchor of the window ``text[start:end]`` (``lowered``: it lower-cased).

    At an anchor one token regex is *matched*, so its alternation order settles what the token is; the
    reader for that kind (``_READERS``, keyed by the regex group that matched) turns it into a finished
    token (a date, an identifier …), an atom (a number still to be joined into ranges), or nothing.
    """
    found: list[Quantity | _Atom] = []  # in text order
    atoms: list[_Atom] = []
    consumed = start  # text before this is part of a token already read
    master_matches: dict[int, re.Match[str] | None] = {}  # ``MASTER`` matches by start, for ``_digit_match``
    for anchor in anchors:
        if anchor < consumed:
            continue
        offset = 0  # where the string ``match`` ran on starts in ``text``: ``text`` itself, or ``lowered``
        if "a" <= lowered[anchor - start] <= "z":
            if anchor == start or text[anchor - 1] in " \n":
                match = None  # (a word after a blank, the usual case, is in no URL: as ``_url_around`` finds)
            else:
                match = _url_around(text, start, end, anchor)
            if match is None:
                match = _word_match(lowered, anchor - start)
                offset = start
        else:
            match = _digit_match(text, start, end, anchor, master_matches)
        if match is None or match.start() + offset < consumed:
            continue
        reading = _READERS[match.lastgroup](text, start, end, match, offset)
        if reading is None:
            continue
        if isinstance(reading, _Atom) and reading.noun and reading.unit and reading.unit.startswith(_OCLOCK):
            # "at 3 o'clock", "the 10 and 2 o'clock positions": a clock time
            gap = text[reading.number_end : reading.number_end + 4]  # (blanks, then "o'clock")
            clock = reading.number_end + len(gap) - len(gap.lstrip(" \t"))
            reading = _token(text, reading.start, clock + len("o'clock"), reading.low, QuantityKinds.TIME)
        if (
            isinstance(reading, _Atom)
            and reading.kind is QuantityKinds.DURATION
            and text.startswith("-", reading.number_end)
            and L.TENOR_AFTER.match(text, reading.end, end)
        ):  # "the 10-year Treasury yield": the bond's name, not a period
            reading = _token(text, reading.start, reading.end, None, QuantityKinds.IDENTIFIER)
        elif (
            isinstance(reading, _Atom)
            and reading.bare
            and reading.unit is None
            and reading.low == reading.high <= 31
            and text[reading.start - 1 : reading.start] in ("-", "–", " ")
            and found
            and isinstance(found[-1], Quantity)
            and found[-1].kind is QuantityKinds.DATE
            and text[found[-1].end : reading.start] in _DAY_SPAN_GAPS
            and found[-1].value is not None
            and found[-1].value <= 31  # (a day, not a year: "2013-3: 47pm")
        ):  # "Oct. 7-10, 2005", "March 3-5", "between May 18 and 31": the span's last day
            reading = _token(text, reading.start, reading.end, reading.low, QuantityKinds.DATE)
        elif (
            isinstance(reading, _Atom)
            and text[reading.start - 1 : reading.start] in _OPENING_QUOTES
            and L.NAMED_QUOTE_BEFORE.search(text, max(start, reading.start - 24), reading.start)
        ):  # "a company called '100% Beef'", "a group named “12 Angry Men”": part of a name
            reading = _token(text, reading.start, reading.end, None, QuantityKinds.IDENTIFIER)
        if (
            isinstance(reading, _Atom)
            and reading.bare is None
            and reading.unit in _DEGREES
            and 0 < reading.low == reading.high
            and text.endswith(_MINUS_SAID, max(start, reading.start - len(_MINUS_SAID)), reading.start)
        ):  # "minus three degrees in Dublin": a number word below zero
            reading.low = reading.high = reading.unscaled = -reading.low
            reading.start = reading.qualifier_start = reading.start - len(_MINUS_SAID)
        if (
            isinstance(reading, _Atom)
            and text.startswith(_UNDER_ZERO, reading.end)
            and (reading.unit is None or reading.unit in _DEGREES)
            and 0 < reading.low == reading.high
        ):  # "15 below zero", "20 degrees below zero": a temperature under zero
            reading.low = reading.high = reading.unscaled = -reading.low
            reading.end += len(_UNDER_ZERO)
            if reading.unit is None:
                reading.unit, reading.kind = "degree", QuantityKinds.MEASURE
        if isinstance(reading, _Atom):
            _qualifier(text, max(start, reading.start - 64), reading.start, reading)
            if (
                reading.unit is None
                and reading.qualifier in _BOUNDS
                and reading.low == reading.high <= 120
                and text.startswith(("under ", "over ", "below ", "above "), reading.qualifier_start)
                and _AGE_LIMIT_BEFORE.search(
                    text, max(start, reading.qualifier_start - 24), reading.qualifier_start
                )
            ):  # "6.2 million children under five", "adults over 40": an age, the limit of a group of people
                reading.unit, reading.kind = "year of age", QuantityKinds.AGE
            if reading.noun and reading.qualifier is Qualifiers.EXACT:
                _more_or_fewer_before_the_noun(text, reading)
            if text.startswith(" ", reading.end):
                if reading.qualifier is Qualifiers.EXACT:
                    _qualifier_after(text, end, reading)
                elif reading.qualifier is Qualifiers.APPROXIMATE and _taken_off_the(text, end, reading):
                    reading.qualifier = Qualifiers.DECREASE
                elif reading.qualifier in _CHANGES:
                    _bound_after(text, end, reading)
            atoms.append(reading)
            found.append(reading)
        elif isinstance(reading, Quantity):
            if reading.kind is QuantityKinds.TIME and atoms and found[-1] is atoms[-1]:
                _hour_before_a_time(text, found, atoms, reading)
            found.append(reading)
        consumed = reading.end
    return _assemble(text, start, end, found, atoms)


_UNDER_ZERO: Final = " below zero"
_AGE_LIMIT_BEFORE: Final = re.compile(
    r"(?i)\b(?:children|kids|babies|infants|toddlers|people|adults|those|anyone|men|women|girls|boys|pensioners"
    r"|residents|patients|users|players|voters|workers)[ \t]+$"
)
_MINUS_SAID: Final = "minus "
# Between the two ends of a span of numbers ("between 19 and 26", "18 to 25"), and of a span of days ("March
# 3-5", "between May 18 and 31", "June 3 to 9", "May 1 through 7").
_SPAN_GAPS: Final = frozenset((" and ", " to ", "-", "–", " or "))
_DAY_SPAN_GAPS: Final = _SPAN_GAPS | {" through "}
_OCLOCK: Final = ("o'clock", "o\u2019clock")


def _hour_before_a_time(text: str, found: list[Quantity | _Atom], atoms: list[_Atom], time: Quantity) -> None:
    """The first hour of "at 10 or 11 PM", "between 10 and 11 p.m.", "from 9 to 11am" is a time too."""
    hour = atoms[-1]
    if (
        hour.bare
        and hour.unit is None
        and hour.qualifier is not Qualifiers.AT_LEAST  # (not "10 or more")
        and 1 <= hour.low == hour.high <= 12
        and L.HOURS_GAP.fullmatch(text, hour.number_end, time.start)
    ):
        atoms.pop()
        found[-1] = _token(text, hour.start, hour.number_end, hour.low, QuantityKinds.TIME)


class _Skip(NamedTuple):
    """Nothing to report, and the text up to ``end`` is used up ("several hundred" is too vague)."""

    end: int


# A reader gets the text, the window (start, end), the token's match and the offset of the string it ran on.
_Reader = Callable[[str, int, int, re.Match[str], int], Quantity | _Atom | _Skip | None]


def _token(text: str, start: int, end: int, value: float | None, kind: QuantityKind) -> Quantity:
    """A finished token: one value (or none), no unit, no qualifier."""
    return Quantity(text[start:end], start, end, value, value, value, kind=kind)


def _digit_runs(surface: str) -> list[str]:
    if surface.isascii():  # (``str.isdigit`` is 0-9 there)
        return _ASCII_DIGITS.findall(surface)
    return "".join(c if c.isdigit() else " " for c in surface).split()


_ASCII_DIGITS = re.compile("[0-9]+")


def _read_date(text: str, start: int, end: int, match: re.Match[str], offset: int) -> Quantity:
    """A date ("March 5, 2016", "2008-09"); its value is its longest digit run, mostly the year."""
    digits = _digit_runs(match.group())
    value = float(max(digits, key=len)) if digits else None
    return _token(text, match.start() + offset, match.end() + offset, value, QuantityKinds.DATE)


def _read_time(text: str, start: int, end: int, match: re.Match[str], offset: int) -> Quantity:
    """A clock time ("10.30pm", "1430 GMT"); its value is its first digit run, the hour."""
    digits = _digit_runs(match.group())
    value = float(digits[0]) if digits else None
    return _token(text, match.start() + offset, match.end() + offset, value, QuantityKinds.TIME)


def _read_ordinal_digits(text: str, start: int, end: int, match: re.Match[str], offset: int) -> Quantity:
    """An ordinal in digits ("5th", "21st", "2,292nd"); one too long for a float has no value."""
    value = _finite(float(match.group()[:-2].replace(",", "")))
    return _token(text, match.start() + offset, match.end() + offset, value, QuantityKinds.ORDINAL)


def _read_ordinal_word(text: str, start: int, end: int, match: re.Match[str], offset: int) -> Quantity | None:
    """An ordinal in words ("fifth", "twentieth"), matched in the lower-cased window; "a second" of time
    ("a fraction of a second", "in a split second") is none."""
    word = match.group().lower()
    first = match.start() + offset
    if word == "second" and text.endswith(_SECOND_OF_TIME_BEFORE, max(start, first - 8), first):
        return None
    return _token(text, first, match.end() + offset, float(L.ORDINALS[word]), QuantityKinds.ORDINAL)


# Before "second", words that make it the unit of time: "a fraction of a second", "in a split second".
_SECOND_OF_TIME_BEFORE: Final = ("of a ", "of one ", "split ", "per ")


def _read_identifier(text: str, start: int, end: int, match: re.Match[str], offset: int) -> Quantity:
    """Phone numbers, codes ("A320", "COVID-19", "#5"), "9/11", URLs: shown, never figures."""
    return _token(text, match.start() + offset, match.end() + offset, None, QuantityKinds.IDENTIFIER)


# A grade's scale after "upper 5", "lower 6" ("on the Japanese intensity scale", "on Japan's seven-level
# shindo scale")
_INTENSITY_SCALE_AFTER: Final = re.compile(
    r"[ \t]+on[ \t]+(?:the[ \t]+|its[ \t]+)?(?:[A-Za-z'’-]+[ \t]+){0,2}(?:intensity|shindo)\b"
)
# US cents as Australian and New Zealand papers print them ("US66.2¢", "US70c")
_US_CENTS: Final = re.compile(r"US(\d{1,3}(?:\.\d{1,2})?)(?:¢|c(?![\w]))")
# A one-letter currency sign before a plain amount or a range of two ("from N985", "by N25", "N865-N880"),
# which alone is read as a code ("N95", "R2"), and an amount after the same sign that is unambiguous:
# grouped, scaled or a price per unit ("N1,045", "N5bn", "N45 per litre")
_SIGN_BEFORE_PLAIN: Final = re.compile(r"([NRPKD])(\d{1,4}(?:\.\d{1,2})?)(?:[-–]\1(\d{1,4}(?:\.\d{1,2})?))?")
_SIGN_BEFORE_AMOUNT: Final = {
    sign: re.compile(
        rf"\b{sign}(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?[ -]?(?:bn|m|mn|million|billion|trillion)\b"
        rf"|\d{{1,4}}(?:\.\d{{1,2}})?[ ](?:a|per)[ ](?:{L.PRICED_BY})\b)"
    )
    for sign in "NRPKD"
}


def _sign_pair(text: str, start: int, first: int, last: int) -> bool:
    """Is the sign and plain amount at ``first``:``last`` a change by, or the level it comes to, both
    written with the same sign ("fares will rise by P2 to P15"; not roads, "from N1 to N3")?"""
    sign = text[first]
    if _prev_word(text, start, first).lower() == "by":
        return text.startswith(f" to {sign}", last) and text[last + 5 : last + 6].isdigit()
    before = _SIGN_PAIR_BEFORE.search(text, max(start, first - 20), first)
    return before is not None and before.group(1) == sign


# "by P2 to " before the second amount of such a pair
_SIGN_PAIR_BEFORE: Final = re.compile(r"\bby ([NRPKD])\d{1,4}(?:\.\d{1,2})? to $")


def _word_after(text: str, pos: int) -> bool:
    """Does a word other than a stop word or a number word follow ("N95 masks"; not "N985, an", "N500 per
    bag", "N750 three months ago")?"""
    if text[pos : pos + 1] != " ":
        return text[pos : pos + 1].isalnum() or text[pos : pos + 1] == "-"
    word = text[pos + 1 : pos + 24].split(" ", 1)[0].rstrip(".,;:!?)")
    # (a number word starts another figure: "a trip that cost N750 three months ago")
    return bool(word) and word.lower() not in _STOP and word.lower() not in L.SMALL


# (and "the": "on the R61", a road)
_NAMES_BEFORE_A_SIGN: Final = L.NAME_WORDS | {"the"}


@lru_cache(maxsize=16)
def _sign_written_before_amounts(text: str, sign: str) -> bool:
    return _SIGN_BEFORE_AMOUNT[sign].search(text) is not None


def _read_identifier_or_sign(
    text: str, start: int, end: int, match: re.Match[str], offset: int
) -> Quantity | _Atom:
    """A code, or an amount after a one-letter currency sign when the text writes that sign before an
    unambiguous amount too ("raised the price to N1,045 per litre from N985, an increase of N60")."""
    first, last = match.start() + offset, match.end() + offset
    if text.startswith("US", first) and (cents := _US_CENTS.match(text, first)) is not None:
        # "rose half a US cent to US66.2¢", "US70c": Australian and New Zealand copy's US cents
        atom = _Atom(first, cents.end(), float(cents.group(1)), float(cents.group(1)), QuantityKinds.MONEY)
        atom.number_start, atom.number_end = first + 2, cents.end(1)
        atom.currency, atom.unit = True, "cent"
        return atom
    plain = _SIGN_BEFORE_PLAIN.fullmatch(text, first, last) if text[first] in "NRPKD" else None
    paired = plain is not None and plain.group(3) is None and _sign_pair(text, start, first, last)
    if (
        plain is None
        or (
            not paired
            and (
                not _sign_written_before_amounts(text, text[first])
                or _word_after(text, last)
                or _prev_word(text, start, first).lower().rstrip("s")
                in _NAMES_BEFORE_A_SIGN  # "routes N1-N3"
            )
        )
        or (plain.group(3) is not None and float(plain.group(3)) <= float(plain.group(2)))
    ):
        return _token(text, first, last, None, QuantityKinds.IDENTIFIER)
    low = float(plain.group(2))
    high = float(plain.group(3)) if plain.group(3) is not None else low
    atom = _Atom(first, last, low, high, QuantityKinds.MONEY)
    atom.number_start = first + 1
    atom.currency = True
    atom.unit = L.CURRENCY_PREFIX[text[first]]
    return _with_unit(text, end, atom)


def _read_money(text: str, start: int, end: int, match: re.Match[str], offset: int) -> _Atom | None:
    """An amount after a currency ("$5", "US$ 2.5bn", "£-3", "-$98")."""
    try:
        value = _parse_digits(match.group("cnum"))
    except ValueError:
        return None
    last = match.end()
    if match.group("cur") in _DECIMAL_COMMA_SIGNS and (cents := _DECIMAL_CENTS.match(text, last)):
        # "R18,92 against the dollar", as South Africa writes
        value = float(f"{match.group('cnum')}.{cents.group(1)}")
        last = cents.end()
    if match.group("csign") or match.group("lsign"):
        value = -value
    atom = _Atom(match.start(), last, value, value, QuantityKinds.MONEY)
    atom.number_start = match.start("cnum")
    atom.currency = True
    currency = match.group("cur")
    atom.unit = L.CURRENCY_PREFIX.get(currency.strip().replace(" ", ""), None) or L.CURRENCY_PREFIX.get(
        currency, "dollar"
    )
    return _with_unit(text, end, atom)


# What stands next to a date's digits with a leading zero ("'05", "12-05-2019", "05/12"): no name's number
_BEFORE_A_DATES_DIGITS: Final = frozenset("'’‘-/.")


def _read_number(
    text: str, start: int, end: int, match: re.Match[str], offset: int
) -> Quantity | _Atom | None:
    """A number in digits: a year, a name ("Game 7") or an address when it reads as one, else a count."""
    first = match.start()
    digits = match.group("dig")
    sign = match.group("sign")
    if text.startswith("-", match.end()) and (home := L.TYPE_AFTER.match(text, match.end(), end)):
        return _token(text, first, home.end(), None, QuantityKinds.IDENTIFIER)  # "a 5-room unit", "an
        # 18-wheeler": a type
    if (
        digits[:1] == "0"
        and len(digits) > 1
        and digits.isdigit()
        and not sign
        and text[first - 1 : first] not in _BEFORE_A_DATES_DIGITS
        and text[match.end() : match.end() + 1] not in _BEFORE_A_DATES_DIGITS
        and not text[match.end() : match.end() + 1].isalnum()  # ("U+000D", "03d": a code read whole below)
    ):
        return _token(text, first, match.end(), None, QuantityKinds.IDENTIFIER)  # "Schalke 04": no amount
    if len(digits) == 4 and digits.isdigit() and not sign and 1500 <= int(digits) <= 2100:
        after = text[match.end() : match.end() + 1]
        if not after or after in _NO_UNIT_NEXT:  # "in 2016." - a year (fast path; counts go below)
            return _token(text, first, match.end(), float(digits), QuantityKinds.DATE)
    number_end = match.end()
    if "," in digits and not sign and text[first - 1 : first] == "-":
        inches = digits[: digits.index(",")]
        if len(inches) <= 2 and int(inches) < 12 and _after_height_feet(text, first):
            # "6-foot-8,225-pound": the height's inches, then the weight (no thousands grouped: 8,225)
            digits, number_end = inches, first + len(inches)
    try:
        value = _parse_digits(digits)
    except ValueError:
        return None
    if sign:
        value = -value
    atom = _Atom(first, number_end, value, value, QuantityKinds.CARDINAL)
    atom.number_start = match.start("dig")
    atom.bare = not sign and digits.isdigit()
    if atom.bare and text.startswith("-", number_end):
        dated = L.DASHED_DATE.match(text, atom.number_start, end)
        if dated is not None:  # "07-26-2012": a month, a day and a year
            return _token(text, first, dated.end(), float(dated.group("year")), QuantityKinds.DATE)
    if atom.bare and text[max(start, first - 2) : first].strip() == "§":  # "§ 3021", "§§ 2201-2207": sections
        section = L.SECTION_RANGE_AFTER.match(text, number_end, end)
        return _token(text, first, section.end() if section else number_end, None, QuantityKinds.IDENTIFIER)
    if (
        atom.bare
        and value < 100
        and text[number_end : number_end + 1] in (".", ")")
        and text[number_end + 1 : number_end + 2] in ("", " ")
        and _opens_a_list_item(text, start, first, text[number_end])
    ):  # "1. The campaign …", "trumpery: 1) deceit; 2) trash": a list's marker
        return _token(text, first, number_end, None, QuantityKinds.IDENTIFIER)
    _with_unit(text, end, atom)
    if (
        digits in ("2", "4")
        and atom.noun
        and atom.unit
        and atom.unit.split(None, 1)[0] in _TEXTED_VERBS
        and text[first - 2 : first - 1].isalpha()  # (after a word and a blank: not "a 5-4 vote")
        and text[first - 1 : first] == " "
    ):
        return None  # "cash 2 join the fight", "wants 2 take her back": "to", "for" as texts write them
    if (
        atom.bare
        and atom.kind is QuantityKinds.MEASURE
        and text[atom.number_end : atom.number_end + 2] in _COMPASS_LETTERS
        and L.ADDRESS_AFTER.match(text, atom.number_end, end)
    ):  # "200 W. American Blvd.": an address, not 200 watts
        return _token(text, first, atom.number_end, None, QuantityKinds.IDENTIFIER)
    if digits in L.EMERGENCY_NUMBERS and (
        L.EMERGENCY_NUMBER_AFTER.match(text, atom.number_end, end)
        or (atom.unit is None and _prev_word(text, start, first).lower() in L.EMERGENCY_NUMBER_VERBS)
    ):
        return _token(text, first, atom.number_end, None, QuantityKinds.IDENTIFIER)  # "a 911 caller"
    if (
        atom.bare
        and atom.low < 8
        and _prev_word(text, start, first).lower() in ("upper", "lower")
        and _INTENSITY_SCALE_AFTER.match(text, atom.number_end, end)
    ):  # "registered upper 5 on the Japanese intensity scale": a grade's name
        return _token(text, first, atom.number_end, None, QuantityKinds.IDENTIFIER)
    if atom.noun and atom.unit in ("bus", "tram") and atom.bare and atom.low > 1:
        return _token(text, first, atom.number_end, None, QuantityKinds.IDENTIFIER)  # "the 73 bus": a route
    if atom.noun and atom.unit == "number" and atom.bare and atom.low > 1:
        return _token(text, first, atom.number_end, None, QuantityKinds.IDENTIFIER)  # "call an 800 number"
    if (
        atom.bare
        and (
            atom.kind is QuantityKinds.DURATION
            or (atom.kind is QuantityKinds.MONEY and not atom.currency)
            or (
                atom.kind is QuantityKinds.MEASURE
                and atom.end - atom.number_end > 4  # (a word, not a symbol: "50 Wh", "30 Mbps")
                and atom.unit not in _EPONYMOUS_UNITS
                and _VOWEL.search(text, atom.number_end + 2, atom.end) is not None
            )
        )
        and _capitalised_in_prose(text, start, end, atom.number_end, atom.end)
    ):
        return _token(text, first, atom.end, None, QuantityKinds.IDENTIFIER)  # "CBS' 60 Minutes", "'8 Mile'"
    if atom.bare and len(digits) >= 5 and _prev_word(text, start, first).lower() in _NUMBER_WORDS_BEFORE:
        return _token(text, first, atom.number_end, None, QuantityKinds.IDENTIFIER)  # "the number 96723345"
    if atom.bare and atom.kind is QuantityKinds.CARDINAL:
        instead = _year_or_name(text, start, end, atom, len(digits) == 4)
        if instead is not None:
            return instead
    elif (
        atom.bare is False
        and not sign
        and atom.unit is None
        and atom.end == atom.number_end
        and text[atom.number_end : atom.number_end + 1] == "c"
        and not text[atom.number_end + 1 : atom.number_end + 2].isalnum()
        and _glued_cents(text, start, end, atom)
    ):  # "climbed 4.2c a litre", "an increase of 1.5c on October": cents with decimals, as whole ones
        return atom
    elif _is_version(text, start, atom, digits, sign):
        return _token(text, first, atom.number_end, None, QuantityKinds.IDENTIFIER)
    if sign and sign[0] in "-−":
        before = _word_before(text, start, first)
        if before.isupper() and before.isalpha():  # "COVID -19"
            return _token(text, first, atom.end, None, QuantityKinds.IDENTIFIER)
    return atom


# A unit written without a vowel past its first letter is a symbol ("30 Mbps"), not a capitalised word.
_VOWEL: Final = re.compile(r"[aeiouyAEIOUY]")
# Units named after people, capitalised in prose too ("25 Celsius").
_EPONYMOUS_UNITS: Final = frozenset(
    "celsius fahrenheit kelvin newton joule watt volt ampere pascal hertz ohm tesla coulomb".split()
)
# Before a long run of digits, words that make it a number to dial or key in, not a count.
_NUMBER_WORDS_BEFORE: Final = frozenset(("number", "code", "pin", "phone", "dial"))


def _capitalised_in_prose(text: str, start: int, end: int, unit_start: int, unit_end: int) -> bool:
    """Is the unit word capitalised in a sentence that is not in title case, before a word that is not a
    title's either ("CBS' 60 Minutes penned", "a 60 Minutes interview"): part of a name? (Not a headline's
    "Fake Being Deaf for 62 Years to Avoid", "15 Days of Darkness".)"""
    unit = text[unit_start:unit_end].strip(" \t-")
    if not (unit.isalpha() and unit[:1].isupper() and unit[1:].islower()):
        return False  # (a word: not "20 J/m^2 per year")
    after = L.WORD_AFTER.match(text, unit_end, end)
    if after is not None and (not after.group(1).islower() or after.group(1) in _TITLE_LOWER_WORDS):
        return False  # (but a dash or the end may follow a title: "as he admitted on 60 Minutes \u2014")
    # (a headline in title case leaves only short words in lower case)
    words = (w.strip(".,;:!?\"'\u2019\u201d)(") for w in text[start:end].split())
    return sum(len(w) > 3 and w.isalpha() and w.islower() for w in words) >= 2


# Words a headline in title case leaves in lower case ("62 Years to Avoid", "6 Days of Darkness").
_TITLE_LOWER_WORDS: Final = frozenset(
    "a an the and or nor but for of to in on at by with from as than per via vs".split()
)


def _opens_a_list_item(text: str, start: int, first: int, mark: str) -> bool:
    """Does the number before ``mark`` ("." or ")") open an item of a list: first in its sentence, or, with
    ")" and no "(" open before it, after a colon or a semicolon ("trumpery: 1) deceit; 2) trash")?"""
    before = text[start:first].rstrip()
    if not before:
        return True
    return (
        mark == ")" and before[-1] in ":;" and text.rfind("(", start, first) <= text.rfind(")", start, first)
    )


_VERSION: Final = re.compile(r"\d{1,2}\.\d{1,2}")


def _is_version(text: str, start: int, atom: _Atom, digits: str, sign: str | None) -> bool:
    """A short decimal after a name, with no unit or scale: a version ("Firefox 3.0", "IE 5.01", "Windows
    8.1"), as "Game 7" and "iPhone 11" are names (``_year_or_name``), not a figure."""
    return (
        not sign
        and atom.kind is QuantityKinds.CARDINAL
        and not atom.scaled
        and (atom.unit is None or (atom.noun and not _plural(atom.unit)))
        and _VERSION.fullmatch(digits) is not None
        and _is_named(text, start, atom)
        and not _prev_word(text, start, atom.start).endswith(_POSSESSIVE_ENDINGS)  # "Philly's 93.3 average"
    )


# How far back ``_word_before`` looks: further than any word it is compared with ("COVID", "another").
_WORD_BEFORE_REACH = 64


def _word_before(text: str, start: int, first: int) -> str:
    """The text from the last space before ``text[first - 1]`` to ``first``, stripped ("COVID" in
    "COVID -19"), taken in the window (from ``start``) and at most ``_WORD_BEFORE_REACH`` characters back.

    (It was taken from the start of the whole text when the sentence had no space before the figure, so a
    text of many such sentences, a list of "-5" lines say, was quadratic, and a word of a neighbouring
    sentence could count; both bounds change nothing on the evaluation texts.)
    """
    lo = max(start, first - _WORD_BEFORE_REACH)
    space = text.rfind(" ", lo, first - 1)
    return text[max(space + 1, lo) : first].strip()


def _glued_cents(text: str, start: int, end: int, atom: _Atom) -> bool:
    """Is the "c" glued to the number (and ending the word) cents? Then the atom takes them, and the rate
    after them."""
    first, cents_end = atom.start, atom.number_end + 1
    rate = _CENTS_RATE_AFTER.match(text, cents_end, end)
    if rate is not None and rate.group("slash"):
        # "offered 520c/kg for steers", "48c/L for November milk": cents a kilogram or a litre, as Irish farm
        # prices are printed
        atom.unit = f"cent per {_CENTS_PER[rate.group('per').lower()]}"
        atom.kind, atom.end = QuantityKinds.MONEY, rate.end()
        return True
    if (
        rate is not None
        or _CENTS_PRICE_AFTER.match(text, cents_end, end)
        or _CENTS_PRICE_BEFORE.search(text, max(start, first - 24), first)
        or _CENTS_CHANGE_BEFORE.search(text, max(start, first - 100), first)
        or _CENTS_THEN_TO_BEFORE.search(text, max(start, first - 72), first)
        or (
            (
                _CENTS_MOVED_BEFORE.search(text, max(start, first - 40), first)
                or _CENTS_NOUN_BEFORE.search(text, max(start, first - 40), first)
            )
            and not _gives_temperatures(text, atom, cents_end, end)  # ("temperatures rose 3c")
        )
    ):
        # "a dividend of 185c a share", "25c a litre", "fell 25c to $10.15", "to NZ$10.15 …, up 25c": cents,
        # as Australian and South African papers print them beside a price (not "35c" of heat, nor a flat's
        # "25c")
        atom.unit, atom.kind = "cent", QuantityKinds.MONEY
        atom.end = _rate_after(text, atom, cents_end, end)
        return True
    return False


def _year_or_name(text: str, start: int, end: int, atom: _Atom, four_digits: bool) -> Quantity | None:
    """What a plain integer is when it is not a count: a year or decade, part of a name ("76ers",
    "Game 7", "787 Dreamliner") or of an address. None for a count; an age after a name ("Senard, 65,
    now faces …") gets its unit here."""
    first, number_end, value = atom.start, atom.number_end, atom.low
    tail = text[number_end : number_end + 2]
    if (
        first - 4 >= start
        and text[first - 3 : first] in (" - ", " – ")
        and text[first - 4].isupper()
        and (first - 4 == start or not text[first - 5].isalnum())
        and not text[number_end : number_end + 1].isalnum()
    ):  # "the B - 1 bomber", "the F - 14 fighter": a model's name as a transcript spaces it
        return _token(text, first - 4, number_end, None, QuantityKinds.IDENTIFIER)
    if (
        four_digits
        and (
            1500 <= value <= 2100
            or (
                1000 <= value <= 2199
                and L.YEAR_CONTEXT_BEFORE.search(text, max(start, first - 10), first) is not None
            )
        )
        and not (
            atom.noun
            and _plural(atom.unit)
            and noun_category(atom.unit or "") is not None
            and not L.YEAR_CONTEXT_BEFORE.search(text, max(start, first - 10), first)
        )
    ) or ((tail[:1] == "s" or tail in _POSSESSIVE_ENDINGS) and 1000 <= value <= 2100):
        year_end = number_end + (1 if tail[:1] == "s" else 0)  # "the 1990s"
        return _token(text, first, year_end, value, QuantityKinds.DATE)
    if (
        10 <= value <= 90
        and value % 10 == 0
        and (tail[:1] == "s" or tail in _POSSESSIVE_ENDINGS)
        and not text[(decade_end := number_end + (1 if tail[:1] == "s" else 2)) : decade_end + 1].isalnum()
        and (decade := L.AGE_DECADE_BEFORE.search(text, max(start, first - 24), first)) is not None
    ):  # "in his early 30s", "in your mid-40's": an age, the part of the decade said ("in her 60s" is left
        # a decade, as the labellers leave it)
        low, high = _DECADE_PARTS[decade.group("part").lower()]
        atom.low, atom.high = value + low, value + high
        atom.unit, atom.kind = _AGE_UNIT
        atom.end = decade_end
        if low == high:
            atom.qualifier = Qualifiers.APPROXIMATE  # "mid-40s": about 45
        return None
    if (
        number_end - first == 2
        and first > start
        and text[first - 1] in "'’‘`"
        and (first - 1 == start or not text[first - 2].isalnum())
        and (
            number_end == end
            or text[number_end] in ",.;:)s"
            or tail in _POSSESSIVE_ENDINGS
            or (
                text[number_end] == " "
                and (
                    text[number_end + 1 : number_end + 2].islower()
                    or text[number_end + 1 : number_end + 2] in "-—–"
                )
                and (
                    not atom.unit
                    or L.CLOSING_QUOTE.search(text, number_end, min(end, number_end + 60)) is None
                )
            )
        )
    ):  # "(1983, '86, '87)", "in `83.", "by 1985 or '90 we'll", "the '80s", "the '60's", "the '94 elections",
        # "the tax of '77 -- this": a year or a decade cut short ("'15 Most Wanted'" and "'20 angry men'", a
        # quotation, are counts)
        return _token(
            text,
            first - 1,
            number_end + (tail[:1] == "s") + 2 * (tail in _POSSESSIVE_ENDINGS),
            None,
            QuantityKinds.DATE,
        )
    if (
        number_end - first == 3
        and tail[:1] == "-"
        and (line := L.LINE_NUMBER_AFTER.match(text, number_end, end)) is not None
        and _prev_word(text, start, first).lower() in _LINE_NUMBER_BEFORE
        and L.CALL_BEFORE.search(text, max(start, first - 60), first)
    ):  # "call Sgt. La Croix at 745-4811": a number to call, not a range
        return _token(text, first, line.end(), None, QuantityKinds.IDENTIFIER)
    if atom.end == number_end and number_end < end and text[number_end].isalpha():  # "76ers", "3D", "4x4"
        name_end = number_end
        while name_end < end and (text[name_end].isalnum() or text[name_end] in "'’"):
            name_end += 1
        if (
            name_end == number_end + 1
            and text[number_end] in "xX"
            and atom.low <= 100
            and text[name_end : name_end + 1] in _AFTER_GLUED_MULTIPLE
        ):  # "10x more cancer-causing agents", "looked 2x": a multiple (not a name's "360x")
            atom.unit, atom.noun, atom.end = "times", True, name_end
            return None
        if name_end == number_end + 1 and text[number_end] == "c" and _glued_cents(text, start, end, atom):
            return None
        return _token(text, first, name_end, None, QuantityKinds.IDENTIFIER)
    # "Game 7", "iPhone 11 Pro": a name before, and no plural noun (or a capitalised one) after; never a
    # number with a scale ("Kwacha 5 billion": the name's number would leave "billion" a figure of its own)
    if (
        not atom.scaled
        and (
            atom.unit is None
            or (
                atom.noun
                and (
                    not _plural(atom.unit)
                    or _np_is_name(text, number_end)
                    or text.startswith(" of ", number_end)  # "Section 7 of the Endangered Species Act"
                    or _capitalised_name_word(_prev_word(text, start, first))  # "Class 12 board examinations"
                    or atom.unit in _RELEASE_NOUNS  # "the IE 9 versions", "the Windows 8 editions"
                )
            )
            or "&" in _prev_word(text, start, first)  # "S&P 500 futures"
        )
        and _is_named(text, start, atom)
    ):
        named = L.DASH_DIGITS_AFTER.match(text, number_end, end)  # "beat Liverpool 2-0", "Boeing 737-800"
        if named is not None and (unit := L.match_unit(text, named.end(), end)) and unit[0] == "pct":
            return None  # "the Reserve Bank's 2-3 per cent target band": a range of shares, no name's number
        return _token(
            text, first, number_end if named is None else named.end(), None, QuantityKinds.IDENTIFIER
        )
    if (
        atom.noun and atom.low < 10000 and not atom.scaled and _camel_case(_prev_word(text, start, first))
    ):  # "58 million iPhone 17 units", "PlayStation 5 consoles": the model's number, not a count
        return _token(text, first, number_end, None, QuantityKinds.IDENTIFIER)
    if atom.unit is None and atom.low >= 100 and not text.startswith(" of ", number_end):
        word_before = _prev_word(text, start, first).lower()
        if word_before in L.CALL_WORDS or (word_before == "to" and _text_message_before(text, start, first)):
            # "calling 901", "dial 999", "call 555-0100", "text 741741", "text HOME to 89800"
            line = L.DASH_DIGITS_AFTER.match(text, number_end, end)
            return _token(
                text, first, number_end if line is None else line.end(), None, QuantityKinds.IDENTIFIER
            )
    if (
        atom.noun
        and not _plural(atom.unit)
        and _np_is_name(text, number_end)
        and value != 1
        and not (text[first - 1 : first] in ("-", "–") and text[first - 2 : first - 1].isdigit())
    ):  # "787 Dreamliner" (not a score's second half: "a 20-13 Win Over Chiefs", "3-0 Big East")
        graded = _GRADED_NOUN_AFTER.match(text, number_end, end)
        if graded is not None:  # "812 Category A certificates", "3 Category 5 storms": a count of a class
            atom.unit, atom.end = " ".join(graded.group(1).lower().split()), graded.end()
            return None
        return _token(text, first, number_end, None, QuantityKinds.IDENTIFIER)
    after = text[number_end : number_end + 2]
    if (after[:1] == "-" or (after[:1] == " " and after[1:].isupper())) and (
        L.ADDRESS_AFTER.match(text, number_end, end) or L.ZIP_AFTER.match(text, number_end, end)
    ):
        return _token(text, first, number_end, None, QuantityKinds.IDENTIFIER)
    if after in (" u", " o") and _FUEL_GRADE_AFTER.match(text, number_end, end):
        return _token(text, first, number_end, None, QuantityKinds.IDENTIFIER)  # "95 unleaded", "91 octane"
    if after == " b" and L.BLOCK_OF_AFTER.match(text, number_end, end):  # "the 2400 block of Main Street"
        return _token(text, first, number_end, None, QuantityKinds.IDENTIFIER)
    if after == " a" and number_end - first == 3 and L.AREA_CODE_AFTER.match(text, number_end, end):
        return _token(text, first, number_end, None, QuantityKinds.IDENTIFIER)  # "the 317 area code"
    if (
        atom.unit is None
        and value <= 120
        and (text.startswith(",", number_end) or L.AND_AGE_AFTER.match(text, number_end, end))
        and (
            L.NAME_COMMA_BEFORE.search(text, max(start, first - 30), first)
            or L.PERSON_COMMA_BEFORE.search(text, max(start, first - 40), first)
        )
    ) or (
        atom.unit is None and value <= 120 and L.AGED_AND_BEFORE.search(text, max(start, first - 20), first)
    ):  # "Senard, 65, now faces ...", "her daughter, 11, from school", "his two half-brothers, 17 and 22,";
        # "two suspects, aged 24 and 31,"
        atom.unit, atom.kind = "year of age", QuantityKinds.AGE
    return None


def _read_scientific(text: str, start: int, end: int, match: re.Match[str], offset: int) -> _Atom:
    """Scientific notation ("1.5e6", "3 x 10^5")."""
    written = match.group().replace("−", "-").replace(" ", "").replace("\t", "")
    if "e" in written or "E" in written:
        value = float(written)
    else:
        mantissa, _, power = written.replace("×", "x").partition("x")
        exponent = power[2:].lstrip("^*")
        factor = float(mantissa)
        try:
            value = factor * 10.0 ** max(-400, min(400, int(exponent)))
        except OverflowError:  # ("**" raises where "*" would give inf): a value with no float, as "1.5e999"
            value = math.copysign(math.inf, factor) if factor else 0.0
    return _with_unit(text, end, _Atom(match.start(), match.end(), value, value, QuantityKinds.CARDINAL))


_VULGAR_FRACTIONS: Final = {"½": 0.5, "⅓": 1 / 3, "¼": 0.25, "¾": 0.75, "⅔": 2 / 3}
_FRACTION_GAP: Final = frozenset(" \u00a0\u2009\u202f")  # a blank between a whole number and "½"


def _read_fraction(
    text: str, start: int, end: int, match: re.Match[str], offset: int
) -> Quantity | _Atom | None:
    """A fraction ("½", "3/4 of", "1/16"); with a zero denominator, no number at all. A post's counter
    ("(1/2)", "2/2") is an identifier, and a bare "7/5" (more than a whole, and a month and a day) a date."""
    written = match.group()
    value = _VULGAR_FRACTIONS.get(written)
    if value is None:
        numerator, _, denominator = written.replace("⁄", "/").partition("/")
        divisor = float(denominator)
        if divisor == 0:
            return None
        dividend = float(numerator)
        first, last = match.start(), match.end()
        if dividend == divisor or (
            dividend < divisor <= 50
            and text[first - 1 : first] == "("
            and text[last : last + 1] == ")"
            and text[max(start, first - 3) : first - 1].strip()[-1:] not in _FIGURE_ENDS  # (not "50% (2/4)")
        ):
            return _token(
                text, first, last, None, QuantityKinds.IDENTIFIER
            )  # "(1/2)", "2/2": a thread's posts
        if divisor < dividend <= 12 and divisor.is_integer() and L.match_unit(text, last, end) is None:
            return _token(text, first, last, None, QuantityKinds.DATE)  # "on 7/5": a month and a day
        value = dividend / divisor
    return _with_unit(text, end, _Atom(match.start(), match.end(), value, value, QuantityKinds.CARDINAL))


_MODALS: Final = frozenset("will would could can may might shall should must".split())
# A number word opening a sentence before a comma and one of these, a clause's subject, is a list's item
# said aloud ("Three, we have to consolidate …", "Four, we're going to say …"), not a count ("Three,
# including a child, were killed").
_LIST_ITEMS: Final = frozenset("two three four five six seven eight nine ten".split())
_CLAUSE_SUBJECTS: Final = frozenset("i we you he she they it there let".split())
_REPORTING: Final = frozenset("said say says told tell believe think".split())


def _list_item_said(text: str, last: int, end: int) -> bool:
    """Whether the clause after a sentence's first number word and its comma has a subject of its own."""
    words = text[last + 2 : min(end, last + 40)].lower().replace("’", "'").split(None, 2)
    if not words:
        return False
    subject = words[0].split("'", 1)[0]
    return subject in _CLAUSE_SUBJECTS and (len(words) < 2 or words[1].strip(",") not in _REPORTING)


_FIGURE_ENDS: Final = frozenset("0123456789%")
_AFTER_GLUED_MULTIPLE: Final = frozenset(("", " ", ",", ".", ";", ")", "!", "?"))
# Verbs after a "2" or "4" written for "to" or "for" ("2 take her back"): never a counted noun.
_TEXTED_VERBS: Final = frozenset(
    "be get go see do make take join help win stop know come give keep say pay vote buy find tell".split()
)


# What a spelled-out ordinal needs before its ordinal word (``_spelled_ordinal``), tested before its regex.
_SCALE_ENDS: Final = ("hundred", "thousand", "million", "billion")
_SCALE_ORDINALS: Final = ("hundredth", "thousandth", "millionth", "billionth")
# Before a tens word ending its clause, words that make it a year cut short ("in fifty-eight.").
_YEAR_IN_WORDS_BEFORE: Final = frozenset(("in", "since", "until"))
_TENS_WORD: Final = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
# Two such years joined ("in fifty-five and fifty-nine -"): the first before the second, the second after.
_YEAR_PAIR_AFTER: Final = re.compile(
    rf"(?i)[ \t]+(?:and|or)[ \t]+{_TENS_WORD}\b(?![-–—])(?=[ \t]*(?:[,.;:)]|$)|[ \t]+[-–—])"
)
_OTHER_YEAR_AFTER: Final = re.compile(
    r"(?i)(?:(?:,[ \t]+(?:or[ \t]+)?|[ \t]+or[ \t]+)"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b(?![ -]\w))+"
)  # ("in nineteen sixty-one or two", "in nineteen sixty-one, two, or three": the next years too)
_NEXT_CLAUSE_AFTER: Final = re.compile(
    r"(?i)[ \t]+(?:and|but)[ \t]+(?:was|were|is|are|had|has|have|then|that|so|it|he|she|they|we|i)\b"
)
_SEASON_OF_BEFORE: Final = re.compile(r"(?i)\b(?:spring|summer|fall|autumn|winter)[ \t]+of[ \t]+$")
_YEAR_PAIR_BEFORE: Final = re.compile(rf"(?i)\b(?:in|since|until)[ \t]+{_TENS_WORD}[ \t]+(?:and|or)[ \t]+$")


def _next_word(text: str, last: int, end: int) -> str:
    """The lower-cased word right after ``last`` (after one blank), or "" at a stop."""
    if text[last : last + 1] != " ":
        return ""
    words = text[last + 1 : min(end, last + 30)].split(None, 1)
    return words[0].strip(",.;:!?").lower() if words else ""


def _ends_clause(text: str, last: int, end: int) -> bool:
    """Whether the words before ``last`` end their clause: the text's end, a stop, or a dash after a blank."""
    return last == end or text[last] in ",.;:)" or text.startswith((" -", " –", " —"), last)


def _spelled_ordinal(words: str, tail: re.Match[str]) -> float | None:
    """The value of a spelled-out ordinal whose number words are ``words`` and whose ordinal word
    ``ORDINAL_TAIL_AFTER`` matched after them, or None when the two are a count and another word:
    "two hundredth" is 200th and "three hundred (and) fiftieth" 350th, but "one hundred first graders"
    holds no ordinal ("and", a tens word or an -ieth word must join a scale to its ordinal)."""
    ordinal = L.ORDINAL_TAIL_VALUES[tail.group("ord").lower()]
    tens = tail.group("tens")
    joined = tail.group("sep").strip(" -").lower() == "and"
    if ordinal >= 100:
        if tens or joined or tail.group("sep") != " " or words in ("one", "a"):
            return None  # ("less than one-hundredth", "one hundredth": a share, as written more often)
        return _parse_words(words)[0] * ordinal
    if not words.endswith(_SCALE_ENDS):
        return None  # ("twenty-first" is read before; "three second graders")
    if not (joined or tens or ordinal >= 20 or (tail.group("ord").lower().endswith("th") and ordinal > 12)):
        return None
    return _parse_words(words)[0] + ordinal + (L.TENS[tens.lower()] if tens else 0)


def _read_number_words(
    text: str, start: int, end: int, match: re.Match[str], offset: int
) -> Quantity | _Atom | _Skip | None:
    """Spelled-out numbers ("twenty-one", "dozens of", "tens of thousands"), matched in the lower-cased
    window; "one" as a pronoun, "several hundred" and names ("BBC One") are not figures."""
    first, last = match.start() + offset, match.end() + offset
    words = match.group()
    if words == "two" and text.startswith(("-party-preferred", "-party preferred"), last):
        # Australian elections' "two-party-preferred" vote: a measure's name, no count
        return _token(text, first, last, None, QuantityKinds.IDENTIFIER)
    if words == "one":
        before = _word_before(text, start, first).lower().lstrip("(\"“‘'")
        if (
            (before in _ONE_BLOCKERS and not L.ONE_IN_AFTER.match(text, last, end))
            or text.startswith(" another", last)
            or text.startswith(_POSSESSIVE_ENDINGS, last)  # "one's body": the pronoun
            or L.ONE_IDIOM_AFTER.match(text, last, end)  # "one way or another", "one by one": idioms
            or (before == "by" and text[max(start, first - 7) : first].lower().endswith("one by "))
            # "It's one that", "a bold move and one that may", "a difficult issue, one that": a pronoun
            or (
                (before in _BE_BEFORE_ONE or before in _JOIN_BEFORE_ONE or before.endswith(","))
                and L.ONE_RELATIVE_AFTER.match(text, last, end)
            )
            or (first == start and text.startswith(",", last))  # "One, he has a litmus test": a list's first
            # "back to square one.", "I, for one, am appalled", "meals for one.": idioms, no count
            or (before in ("square", "for") and (last == end or text[last] in ",.;:!?)"))
            or (
                first > start
                and text[first - 1] == "-"
                and text[max(start, first - 7) : first].lower() == "number-"
            )
            # "the number-one threat": a rank, as "number one" is
            or (
                before in _MODALS
                and text.startswith(" day", last)
                and not text[last + 4 : last + 5].isalpha()
            )
            # "will one day be": some day, no count
            or (
                L.ONE_PRONOUN_AFTER.match(text, last, end) and before not in L.NAME_WORDS
            )  # (not "day one I")
            or (
                before.isalpha()
                and L.ONE_PRONOUN_END.match(text, last, end)
                and L.ONE_AFTER_ADJECTIVE_BEFORE.search(text, max(start, first - 24), first)
            )  # "a short one,", "the first one on"
            or (
                L.ORDINAL_BEFORE_ONE.search(text, max(start, first - 24), first)
                and text.startswith(" ", last)
                and not L.WORDS.match(text[last + 1 : last + 40].lower())
            )  # "the 2nd one he returned" (not "the first one hundred", "his second one-year contract")
        ):
            return None
    elif (
        first == start
        and text.startswith(", ", last)
        and words in _LIST_ITEMS
        and _list_item_said(text, last, end)
    ):
        return None  # "Three, we have to …": the third point of a list
    if (
        words in L.TENS
        and text.startswith("-", last)
        and (o := L.ORDINAL_WORD_AFTER.match(text, last + 1, end)) is not None
        and L.ORDINALS[o.group().lower()] < 10
    ):  # "the twenty-first century", "finished thirty-second": an ordinal (not 20 and a first, 30 seconds)
        value = float(L.TENS[words] + L.ORDINALS[o.group().lower()])
        return _token(text, first, o.end(), value, QuantityKinds.ORDINAL)
    if words in ("eighteen", "nineteen") and text.startswith((" ", "-"), last):
        century = 1800.0 if words == "eighteen" else 1900.0
        if (decade := L.DECADE_WORD_AFTER.match(text, last, end)) is not None:
            # "the nineteen-sixties": a decade, as "the 1960s" is
            value = century + L.TENS[decade.group(1).lower()[:-3] + "y"]
            return _token(text, first, decade.end(), value, QuantityKinds.DATE)
        if (year := L.YEAR_WORDS_AFTER.match(text, last, end)) is not None:
            # "in nineteen sixty-one", "nineteen fifty": a year said in words
            ones = L.SMALL[year.group(2).lower()] if year.group(2) else 0
            value = century + L.TENS[year.group(1).lower()] + ones
            other = _OTHER_YEAR_AFTER.match(text, year.end(), end) if ones else None
            return _token(text, first, other.end() if other else year.end(), value, QuantityKinds.DATE)
    if (
        text.startswith((" ", "-"), last)
        and (words.endswith(_SCALE_ENDS) or text[last + 1 : last + 11].lower().startswith(_SCALE_ORDINALS))
        and (o := L.ORDINAL_TAIL_AFTER.match(text, last, end)) is not None
    ):
        ordinal = _spelled_ordinal(words, o)
        if ordinal is not None:  # "a two hundredth birthday", "the three hundred and fiftieth anniversary"
            return _token(text, first, o.end(), ordinal, QuantityKinds.ORDINAL)
    if (
        _word_before(text, start, first) in L.MONTH_WORDS
        and _parse_words(words)[1] <= 31
        and (last == end or text[last] in ",.;:)" or not text[last + 1 : last + 2].islower())
    ):  # "before October three, 1977": a day (not "May twenty people come?")
        return _token(text, first, last, None, QuantityKinds.DATE)
    if words.partition("-")[0] in L.TENS and (
        (
            _word_before(text, start, first) in _YEAR_IN_WORDS_BEFORE
            and (
                _ends_clause(text, last, end)
                or _NEXT_CLAUSE_AFTER.match(text, last, end) is not None  # "in fifty-eight and was"
                or _YEAR_PAIR_AFTER.match(text, last, end) is not None
            )
        )
        or (
            _word_before(text, start, first) in ("and", "or")
            and _ends_clause(text, last, end)
            and _YEAR_PAIR_BEFORE.search(text, max(start, first - 40), first) is not None
        )
        or (
            _SEASON_OF_BEFORE.search(text, max(start, first - 16), first) is not None
            and not _plural(_next_word(text, last, end))
        )
    ):  # "a recession in fifty-eight.", "since sixty-one,", "in fifty-five and fifty-nine -", "the spring
        # of fifty-five": a year said in words, cut short (not "in forty-two and forty-three states", "the
        # fall of forty leaves")
        return _token(text, first, last, None, QuantityKinds.DATE)
    if words == "one" and text.startswith(" bit", last) and not text.startswith((" of", "s"), last + 4):
        return None  # "helps the situation one bit": not at all, no count (but "one bit of data")
    if words == "one" and (term := L.ONE_TERM_AFTER.match(text, last, end)) is not None:
        return _Skip(term.end())  # "a one-sided fight", "one-on-one talks": a word, not a count
    if text.startswith("-way", last) and not text[last + 4 : last + 5].isalpha() and words in L.SMALL:
        return _Skip(last + 4)  # "two-way mirrors", "a one-way ticket", "a three-way race": a kind, no count
    if text.startswith("-", last) and (home := L.TYPE_AFTER.match(text, last, end)) is not None:
        return _token(
            text, first, home.end(), None, QuantityKinds.IDENTIFIER
        )  # "a three-room HDB flat", "two-wheelers": a type
    if (
        words == "two"
        and (
            L.THING_OR_BEFORE.search(text, max(start, first - 16), first)
            or (
                L.TWO_CENTS_AFTER.match(text, last, end)
                and L.POSSESSIVE_BEFORE.search(text, max(start, first - 16), first)
            )
        )
    ) or (
        (words == "three" and L.AND_OUT_AFTER.match(text, last, end))
        or (words == "two" and _word_before(text, start, first).lower() == "no")  # "No two snowflakes are"
    ):
        return None  # "knows a thing or two", "my two cents' worth", "a three-and-out"
    couple = None
    if words.split()[0] in L.SCALES or words.startswith("dozen"):
        if L.VAGUE_SCALE_BEFORE.search(text, max(start, first - 12), first):
            return _Skip(last)  # "several hundred", "a few dozen": too vague to report
        couple = L.COUPLE_BEFORE.search(text, max(start, first - 16), first)
    if (
        (text[first].isupper() and _is_named_word(text, start, first))
        or (
            " " not in words
            and "-" not in words
            and _prev_word(text, start, first).lower() in L.NAME_WORDS
            and L.WORD_NAME_END.match(text, last, end)
        )
    ) and ((plural := _plural_after(text, last, end)) == "" or plural in _VERBS_S):
        # "BBC One", "BBC One says"; "on day one", "in round two,"; not "Yesterday one man", "in Yida one
        # month ago"
        return _token(text, first, last, None, QuantityKinds.IDENTIFIER)
    if text[first].isupper() and " " not in words and _title_in_prose(text, start, end, first, last):
        return _token(text, first, last, None, QuantityKinds.IDENTIFIER)
    if " " not in words and _prev_word(text, start, first).lower() == "number":
        return _token(text, first, last, None, QuantityKinds.IDENTIFIER)  # "the number one seed": a rank
    if words == "one" and text[max(start, first - 9) : first].lower().endswith(("from day ", "on day ")):
        return _token(text, first, last, None, QuantityKinds.IDENTIFIER)  # "from day one I knew": the start
    if words.startswith("half") and _word_before(text, start, first).lower() in _HALF_PERIOD:
        return None  # "in the first half of the year": a period, not a share
    if words == "zero" and (
        (
            text.startswith("-", last)
            and text[last + 1 : last + 2].isalpha()
            and not text.startswith("-per", last)
        )
        or _word_before(text, start, first).lower() in ("ground", "patient")
        or text.startswith(" tolerance", last)
    ):
        return None  # "zero-day flaws", "a zero-sum game", "ground zero", "zero tolerance": a term, no count
    if words == "half" and text.endswith(" and a ", max(start, first - 7), first):
        return _unit_and_a_half(text, start, first, last)
    if words == "half" and text.startswith("-", last):
        u = L.match_unit(text, last + 1, end)
        if u is None or u[0] != "word" or (u[2] is not QuantityKinds.MEASURE and u[1] != "hour"):
            return None  # "half-time", "a half-brother" (but "a half-mile", "a half-hour" are figures)
    if words in L.VAGUE and text[last : last + len(words) + 5].lower() == " and " + words:
        last += len(words) + 5  # "millions and millions of dollars": one vague amount, said twice
    low, high = _parse_words(words)
    if (
        low == high
        and text.startswith(" point ", last)
        and low.is_integer()
        and (spoken := _SPOKEN_DECIMALS.match(text, last, end)) is not None
    ):  # "seven point nine percent", "six point eight billion dollars": decimals said, as in a transcript
        digits = "".join(str(L.SMALL.get(w, 0)) for w in spoken.group(1).lower().split())
        low = high = float(f"{int(low)}.{digits}")
        last = spoken.end()
    if words == "one" and text.startswith(("-", " "), last):
        f = L.FRACTION_WORD_AFTER.match(text, last, end)
        if f is not None and (
            _unit_word_at(text, f.end(), end)
            or (text[last] == "-" and f.group(1).lower() in ("half", "quarter"))
        ):  # "one-half mile", "one third cup", "one-half as much chance", "one-quarter to business"
            low = high = L.FRACTIONS[f.group(1).lower()]
            last = f.end()
        elif text.startswith("-", last):
            o = L.ORDINAL_WORD_AFTER.match(text, last + 1, end)
            if o is not None and (denominator := L.ORDINALS[o.group().lower()]) > 2:
                # "one-third less oil", not "a one-second delay"
                low = high = 1 / denominator
                last = o.end()
    if couple is not None:  # "a couple of hundred people": about 200
        low, high, first = 2 * low, 2 * high, couple.start()
    atom = _Atom(first, last, low, high, QuantityKinds.CARDINAL)
    atom.bare = None  # a spelled-out number
    if couple is not None:
        atom.qualifier = Qualifiers.APPROXIMATE
    _with_unit(text, end, atom)
    word_list = words.lower().replace("-", " ").replace(",", " ").split()
    scale = L.SCALES.get(word_list[-1])
    if scale and low == high and len(word_list) > 1 and sum(w in L.SCALES for w in word_list) == 1:
        atom.unscaled = low / scale  # "five billion": 5, so "three to five billion" is 3 to 5 billion
    if (
        words == "one"
        and atom.noun
        and not _plural(atom.unit)
        and L.ONE_SPEAKER_AFTER.match(text, atom.end, end)
    ):
        return None  # "One survivor, Musa Abdullahi, 62, said": a determiner before a speaker, no count
    return atom


# The digits said after "point" ("point nine", "point oh five"), one word each
_SPOKEN_DECIMALS: Final = re.compile(
    r" point((?: (?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){1,3})(?![\w-])", re.IGNORECASE
)


def _title_in_prose(text: str, start: int, end: int, first: int, last: int) -> bool:
    """Is a capitalised number word (one word) after a lower-case word, before a capitalised one, in a
    sentence of ordinary case, a title or a name ("a remake of the Three Musketeers", "fans of One
    Direction")? Not at a sentence's start or after a quotation mark, and not in a headline's title case
    ("Attack in Two Cities")."""
    before = _prev_word(text, start, first)
    if not (before.isalpha() and (before.islower() or before == "The") and text[last : last + 1] == " "):
        return False  # ("an adaptation of The Three Musketeers": a title's own article)
    if not text[last + 1 : last + 2].isupper():
        return False
    # title case capitalises every longer word; prose, even one full of names, leaves many in lower case
    longer = [word for word in (w.strip(_PUNCTUATION) for w in text[start:end].split()) if len(word) > 4]
    return 4 * sum(word.islower() for word in longer) > len(longer)


_PUNCTUATION: Final = "\"'()[]{}.,;:!?\u201c\u201d\u2018\u2019\u2014\u2013\u2026-*/$"


def _unit_and_a_half(text: str, start: int, first: int, last: int) -> _Atom | None:
    """ "a mile and a half", "an hour and a half": 1.5 of the unit; else no figure ("a man and a half")."""
    m = L.UNIT_AND_A_HALF_BEFORE.search(text, max(start, first - 40), first)
    u = L.match_unit(text, m.start("u"), m.end("u")) if m is not None else None
    if m is None or u is None or u[0] != "word" or u[3] != m.end("u"):
        return None
    atom = _Atom(m.start(), last, 1.5, 1.5, u[2])
    atom.unit, atom.bare = u[1], None
    return atom


_MULTIPLE_NEXT = re.compile(r"[ \t]*([A-Za-z]+|[^\w\s]|$)")


# An intent before "to": a multiple after it is a verb with its object ("plans to double capacity", "agreed to
# triple adaptation finance"), not an adjective ("subject to double taxation")
_INTENT_TO_BEFORE: Final = re.compile(
    r"\b(?:plans?|planned|planning|aims?|aimed|aiming|agreed|agrees?|expects?|expected|wants?|wanted|pledged?"
    r"|pledges|promised?|promises|vowed?|vows|hopes?|hoped|seeks?|sought|intends?|intended|targets?|targeted"
    r"|decided|voted|moved)[ \t]+to[ \t]+$"
)


def _read_multiple(text: str, start: int, end: int, match: re.Match[str], offset: int) -> _Atom | None:
    """A multiple in one word, the factor its value ("twice the figure": 2, "tripled": 3, "a fourfold
    rise": 4); not an adjective ("a double murder", "triple jump"), a count of times ("twice elected") or
    an idiom ("doubled down")."""
    first, last = match.start() + offset, match.end() + offset
    word = match.group()
    if word.endswith("fold") and text[first].isupper() and text[start:first].strip(" \t\"“‘'("):
        return None  # "buy data-security startup Ninefold": a name, capitalised in mid-sentence
    nxt_match = _MULTIPLE_NEXT.match(text, last, end)
    nxt = "" if nxt_match is None else nxt_match.group(1).lower()
    if nxt == "as" and word == "twice":
        after_as = _MULTIPLE_NEXT.match(text, nxt_match.end(), end)  # type: ignore[union-attr]
        following = "" if after_as is None else after_as.group(1)
        if not following.islower() or following in L.MULTIPLE_NOT_AFTER_AS:
            return None  # "Greenwood scored twice as United confirmed"
    elif word == "twice" or word in ("double", "triple", "treble", "quadruple"):
        if nxt not in L.MULTIPLE_OBJECTS or (nxt == "as" and word != "twice"):
            before = _word_before(text, start, first).lower()
            verb = word != "twice" and before in L.MULTIPLE_VERB_BEFORE
            if not verb or not (
                nxt in L.MULTIPLE_VERB_AFTER
                or not nxt.isalpha()
                or (
                    nxt not in L.MULTIPLE_NOT_BEFORE  # ("plans to double down")
                    and _INTENT_TO_BEFORE.search(text, max(start, first - 24), first) is not None
                )
            ):
                return None  # "twice elected", "a double murder", "subject to double taxation"
    elif not word.endswith("fold") and nxt in L.MULTIPLE_NOT_BEFORE:
        return None  # "doubled down", "doubled as a shelter"
    if _is_named_word(text, start, first):
        return None  # "Double Eagle", "Triple Crown"
    value = float(L.MULTIPLES[word])
    atom = _Atom(first, last, value, value, QuantityKinds.CARDINAL)
    atom.bare = None
    atom.unit, atom.noun = "times", True
    if value < 1:
        before = _word_before(text, start, first).lower()
        if before in _ARTICLES or before == "the":
            return None  # "the halving of Bitcoin's reward": an event's name
        if before not in _HEDGED_HALVING:
            atom.qualifier = Qualifiers.DECREASE  # "forced to halve rations" ("roughly halved": the hedge's)
    return atom


_HEDGED_HALVING: Final = _HEDGES_BEFORE_A | {"about", "around", "than", "over"}


def _read_point(text: str, start: int, end: int, match: re.Match[str], offset: int) -> _Atom:
    """ "a quarter-point cut", "half a percentage point": 0.25 and 0.5 percentage points."""
    first, last = match.start() + offset, match.end() + offset
    value = 0.25 if "quarter" in match.group() else 0.5
    atom = _Atom(first, last, value, value, QuantityKinds.PERCENT)
    atom.bare = None
    atom.unit = "percentage point"
    return atom


def _read_a_period(text: str, start: int, end: int, match: re.Match[str], offset: int) -> _Atom:
    """ "more than a year", "under a month": one period, after a bound or a hedge (the paragraph writers label
    it; "a year ago" is when, and matches no reader)."""
    first, last = match.start() + offset, match.end() + offset
    atom = _Atom(first, last, 1.0, 1.0, QuantityKinds.DURATION)
    atom.bare = None
    atom.unit = match.group()[2:]
    return atom


def _unit_word_at(text: str, pos: int, end: int) -> bool:
    """Is a unit word (not a symbol, not a counted noun) next at pos ("mile" in "one-half mile")?"""
    u = L.match_unit(text, pos, end)
    return u is not None and u[0] == "word"


def _with_unit(text: str, end: int, atom: _Atom) -> _Atom:
    """The atom with its scale, unit or counted noun (a value that overflows, "1.5e999", stays infinite
    until ``_assemble`` turns it into no value)."""
    _finish_unit(text, atom, end)
    return atom


def _finite(x: float) -> float | None:
    """``x``, or None if it is infinite or not a number (an overflow: "1.5e999", "1 x 10^999")."""
    return x if math.isfinite(x) else None


def _has_value(atom: _Atom) -> bool:
    return math.isfinite(atom.low) and math.isfinite(atom.high)


# What each token regex group is read as (``MASTER`` and ``PLAIN_NUM`` run on the text, ``WORDS`` on the
# lower-cased window, ``URL`` on the text around a word).
_READERS: Final[dict[str | None, _Reader]] = {
    "url": _read_identifier,
    "case": _read_identifier,  # a US federal court's case number ("No. 4:24-cv-01187"), not a time "4:24"
    "date": _read_date,
    "time": _read_time,
    "phone": _read_identifier,
    "money": _read_money,
    "ordd": _read_ordinal_digits,
    "ident": _read_identifier_or_sign,
    "sci": _read_scientific,
    "frac": _read_fraction,
    "slash": _read_identifier,
    "num": _read_number,
    "word": _read_number_words,
    "mult": _read_multiple,
    "point": _read_point,
    "aperiod": _read_a_period,
    "ordw": _read_ordinal_word,
}


def _compatible(a: _Atom, b: _Atom) -> bool:
    if a.unit is None or b.unit is None:
        return True
    ha, hb = a.unit.split(" per ")[0], b.unit.split(" per ")[0]
    return ha == hb or ha.split()[-1] == hb.split()[-1]


def _descends(first: _Atom, second: _Atom) -> bool:
    """Is ``second`` a lower amount than ``first``, both at least zero, reading a scale said once after both
    ("from 1.2 to 0.9 million"; not "from $200 to $4 million", each with its own)?"""
    high = first.low
    if first.unit is None and not first.currency and not first.scaled and not _written_in_full(first):
        high *= _scale_power(second)
    return 0 <= second.low < high


def _written_in_full(atom: _Atom) -> bool:
    """A number of a thousand or more takes no scale said after the next one ("from 900,000 to 1.2 million",
    not 900 billion; "from 1.2 to 0.9 million" shares it)."""
    return atom.low >= 1000


def _scale_power(atom: _Atom) -> int:
    """The power of ten a scale word multiplied ``atom`` by, exactly ("0.9 million": 1,000,000); 1 if none."""
    return round(atom.low / atom.unscaled) if atom.scaled and atom.unscaled else 1


def _same_unit_written(first: _Atom, second: _Atom) -> bool:
    """Are both ends of a "to" written with the same unit or currency ("0.5 per cent to 0.3 per cent", "2.3C
    to 2.5C", "£3m to £4m"), not a counted noun?"""
    return (
        first.unit is not None
        and first.unit == second.unit
        and not (first.noun or second.noun)
        and first.currency is second.currency
    )


_TEMPERATURES = frozenset({"celsius", "fahrenheit", "kelvin"})
# The units a number "below zero" can have (none is read as degrees): no kelvin is below zero.
_DEGREES: Final = (_TEMPERATURES - {"kelvin"}) | {"degree"}
_PARALLEL_WORDS = frozenset({"by", "at", "to"})
# The words before a level reached, whose unit an earlier level after "from" leaves unsaid ("fell to 412
# million Norwegian crowns from 538 million", "closed at 9.87% from 9.76")
_LEVEL_REACHED = frozenset({"to", "at"})


def _gapped_changes(text: str, atoms: list[_Atom]) -> None:
    """In a list of movers the change verb is said once ("Ross was down 2.3%, Burlington by 2.6% and Foot
    Locker 1.9%"): a figure after a comma (or "and") and a name only, in the unit of a change figure just
    before it, is the same kind of change."""
    for index in range(1, len(atoms)):
        a, b = atoms[index - 1], atoms[index]
        if (
            a.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE)
            and b.qualifier is Qualifiers.EXACT
            and b.unit is not None
            and b.unit == a.unit
            and L.GAPPED_NAME.fullmatch(text, a.end, b.qualifier_start)
        ):
            b.qualifier = a.qualifier


# A number and "to" right before another number: a span's first end
_NUMBER_TO_BEFORE: Final = re.compile(r"(?<![\w.,])([A-Za-z]*\d{1,3}(?:\.\d{1,2})?)[ \t]+to[ \t]+$")


def _parallel_units(text: str, start: int, atoms: list[_Atom]) -> None:
    """A number with no unit in the same frame as an earlier figure of the sentence takes its unit, left
    out as said once ("rose by 2 percent but the Nasdaq fell by 1", "closed at 1,463.78 points, while
    the TA-125 ended at 1,334.20"): the same preposition before both, or "from" right after the level
    reached (``_level_came_from``). A whole number takes a counted noun only when written with decimals, as
    an index level is ("at 3" alone may be a clock time)."""
    for index in range(1, len(atoms)):
        b = atoms[index]
        if b.unit is not None or b.currency or b.kind is not QuantityKinds.CARDINAL or not _has_value(b):
            continue
        if b.high < 0:
            # "a low of minus 31C, … making it feel like about minus 42": below zero, a temperature
            for a in reversed(atoms[:index]):
                if a.unit in _DEGREES and L.SENTENCE_GAP.search(text, a.end, b.start) is None:
                    b.unit, b.kind = a.unit, a.kind
                    break
            continue
        word = _prev_word(text, start, b.qualifier_start).lower()
        if word == "from":
            _level_came_from(text, start, atoms[index - 1], b)
            continue
        if word not in _PARALLEL_WORDS:
            continue
        if text.find(" against ", max(start, b.qualifier_start - 30), b.qualifier_start) >= 0:
            continue  # "the shekel firmed 0.4% against the dollar to 3.71": an exchange rate, no index's unit
        if (
            index + 1 < len(atoms)
            and atoms[index + 1].unit is not None
            and text[b.end : atoms[index + 1].start] in ("-", "–")
        ):
            continue  # "eased to 4.5-5.2 per cent": a range's first end, whose unit is said at its second
        if (
            word == "to"
            and atoms[index - 1].currency
            and L.TO_GAP.fullmatch(text, atoms[index - 1].end, b.start)
        ):
            continue  # "sold for Tk 52 to 55 a kilogram": a range's second end, in its first end's currency
        if (
            word == "to"
            and atoms[index - 1].unit is None
            and not atoms[index - 1].currency
            and L.TO_GAP.fullmatch(text, atoms[index - 1].end, b.start)
        ):
            continue  # "rose to 33.5%, with jobless people increasing by 132,000 to 8.4 million": the level
            # the change just before reached, no unit of the earlier "to"
        if (
            word == "to"
            and (span := _NUMBER_TO_BEFORE.search(text, max(start, b.start - 16), b.start)) is not None
            and not any(a.end == span.end(1) for a in atoms[:index])
        ):
            continue  # "fell … to under five days after an operator took over berths 4 to 7": the end of a
            # span of names, whose first end is no figure
        for a in reversed(atoms[:index]):
            if a.unit is None or a.kind is QuantityKinds.AGE or (a.noun and b.bare is not False):
                continue
            if _prev_word(text, start, a.qualifier_start).lower() == word:
                if L.SENTENCE_GAP.search(text, a.end, b.start) is None:  # (in one sentence only)
                    b.unit, b.kind, b.noun = a.unit, a.kind, a.noun
                break


# Between a change and the level an index reached: "to", "at", "to close at", past the same change in per cent
_INDEX_LEVEL_GAP: Final = re.compile(
    rf"(?:,? {_SHARE_ASIDE})?,?[ \t]+(?P<moved>(?:higher|lower)[ \t]+)?"
    r"(?:to|at|to[ \t]+(?:close|end|finish|settle)[ \t]+at)[ \t]+"
)
# Stock indices, named before a change in per cent or a bare one ("the Hang Seng Index slumped 2.3% to
# 16,842", "the Dow fell 312 to 38,441.54"; not the dollar index, whose level NewsQuant gives no unit)
_INDEX_NAMED: Final = re.compile(
    r"\b(?:(?<![Dd]ollar )[Ii]ndex|[Ii]ndices|Sensex|Nifty|Nikkei|Topix|TOPIX|Hang Seng|KOSPI|Kospi|Dow"
    r"|Nasdaq|S&P|FTSE|DAX|Dax|CAC|Stoxx|STOXX|ASX|IBEX|Ibex|Bovespa|Ibovespa|Merval|TSX|JSE|KLCI|PSEi"
    r"|Straits Times"
    r"|Composite|TA-[0-9]+|KSE|PSX|MSCI)\b"
)


def _index_levels(text: str, start: int, atoms: list[_Atom], skip: set[int]) -> None:
    """A number with no unit right after a change and "to" or "at" is the level an index reached, in points
    ("the Sensex fell 412.6 points to close at 71,208.35"; "the Hang Seng Index slumped 2.3% to 16,842", "the
    Dow fell 312 to 38,441.54" when an index is named before the change), as NewsQuant writes it."""
    for index in range(1, len(atoms)):
        a, b = atoms[index - 1], atoms[index]
        if (
            b.unit is None
            and not b.currency
            and b.kind is QuantityKinds.CARDINAL
            and id(b) not in skip
            and not b.scaled
            and b.low == b.high
            and b.low is not None
            and b.low >= 100
            and (gap := _INDEX_LEVEL_GAP.fullmatch(text, a.end, b.qualifier_start)) is not None
            and (a.qualifier in _CHANGES or gap.group("moved"))  # ("ended 0.4 per cent lower at 24,870")
            and (
                a.unit in _INDEX_POINTS
                or (
                    (a.unit is None or a.kind is QuantityKinds.PERCENT)
                    and _INDEX_NAMED.search(text, max(start, a.start - 100), a.start) is not None
                )
            )
        ):
            b.unit, b.noun = "points", True


def _level_came_from(text: str, start: int, a: _Atom, b: _Atom) -> None:
    """``b``, right after the level ``a`` reached, is the level it came from, in ``a``'s unit: "fell to 412
    million Norwegian crowns from 538 million", "to 160,000 places a year, down from 185,000"; after "up
    from" or "down from" any figure is such a level ("carried 9.2 million passengers, up from 7.8 million")
    (both scaled or neither; not "from 10 to 80 per cent", a range of its own), after a few words of when
    too ("2.6 billion cubic feet a day in the first half, down from 2.8 billion")."""
    if (
        a.unit is not None
        and a.kind is not QuantityKinds.AGE
        and not (a.noun and b.bare is not False)
        and a.scaled == b.scaled
        and (
            gap := _FROM_GAP.fullmatch(text, a.end, b.qualifier_start)
            or _MOVED_FROM_PAST_WORDS.fullmatch(text, a.end, b.qualifier_start)
        )
        is not None
        and not text.startswith((" to ", "-", "\u2013"), b.end)
        and _SHARE_WHOLE_AFTER.match(text, b.end) is None  # ("up from one in 10": a share's part)
        and (gap.group("moved") or _prev_word(text, start, a.qualifier_start).lower() in _LEVEL_REACHED)
    ):
        b.unit, b.kind, b.noun = a.unit, a.kind, a.noun


_MOVED_FROM_BEFORE: Final = re.compile(r",[ \u00a0]+(?:up|down)[ \u00a0]+from[ \u00a0]+$", re.IGNORECASE)
_SHARE_WHOLE_AFTER: Final = re.compile(
    r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:every[ \u00a0]+)?"
    r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b)"
)
# a few words of when between a level and "up from", "down from" or, after a level reached, "from" ("2.6
# billion cubic feet a day in the first half, down from 2.8 billion", "fell to 231,400 in November, from
# 254,900")
_MOVED_FROM_PAST_WORDS: Final = re.compile(
    r"(?:[ \u00a0]+(?:[A-Za-z]+|\d{4})){1,5},[ \u00a0]+(?:(?P<moved>up|down)[ \u00a0]+)?from[ \u00a0]+"
)
_FROM_GAP: Final = re.compile(r",?[ \u00a0]+(?:(?P<moved>up|down)[ \u00a0]+)?from[ \u00a0]+", re.IGNORECASE)


def _elided_nouns(text: str, end: int, atoms: list[_Atom]) -> None:
    """A bare count after an earlier count of people or things in the sentence counts the same noun, left
    out as said once: "12 people were killed and 20 wounded", "230,000 people, over 170,000 of them in
    Aceh", "six children were killed and 14 others trapped", "600 Palestinians have been killed … and around
    3,000 have been wounded"; with none before, a count in a state counts people ("30 dead and 55
    wounded")."""
    for index, b in enumerate(atoms):
        others = b.noun and b.unit == "others"  # "7,000 others in Masni district"
        if (b.unit is not None and not others) or b.currency or b.kind is not QuantityKinds.CARDINAL:
            continue
        if not _has_value(b) or b.low < 1:
            continue
        if (
            index
            and atoms[index - 1].kind is QuantityKinds.AGE
            and text[atoms[index - 1].end : b.start] in _SPAN_GAPS
        ):
            continue  # "aged between 19 and 26 were arrested": the ages' span ends there, no count of people
        after = L.ELIDED_NOUN_AFTER.match(text, b.end, end)
        harmed = (
            not (others or after)
            and b.unit is None
            and L.HARMED_BEFORE.search(text, max(0, b.qualifier_start - 40), b.qualifier_start) is not None
        )  # "killing three people and injuring dozens"
        if not (others or after or harmed):
            continue
        if b.low >= 2:
            for a in reversed(atoms[:index]):
                if a.noun and _plural(a.unit) and a.unit != "times" and a.kind is QuantityKinds.CARDINAL:
                    if L.SENTENCE_GAP.search(text, a.end, b.start) is None:
                        b.unit, b.noun = a.unit, True
                    break
        if (b.unit is None or b.unit == "others") and (
            harmed or (after is not None and after.group("state"))
        ):  # "30 dead and 55 wounded", "1 dead", "two others missing": people
            b.unit, b.noun = "people", True
        elif b.unit == "others":  # after one thing: "One bomb hit a school … and two others hit the camp"
            for a in reversed(atoms[:index]):
                if a.noun and a.kind is QuantityKinds.CARDINAL and not text.startswith("-", a.number_end):
                    if a.low == 1 and L.SENTENCE_GAP.search(text, a.end, b.start) is None:
                        b.unit = a.unit
                    break


def _kelvins(text: str, end: int, atoms: list[_Atom]) -> None:
    """A "K" after a number is a kelvin in a sentence that gives other temperatures ("300 °C (572 °F,
    573.15K)"); elsewhere it is a thousand or a name ("a 5K race")."""
    for atom in atoms:
        if atom.currency or atom.scaled or not (atom.unit is None or (atom.noun and atom.unit == "k")):
            continue
        k = L.KELVIN_AFTER.match(text, atom.number_end, end)
        if k is not None:
            atom.unit, atom.kind, atom.noun, atom.end = "kelvin", QuantityKinds.MEASURE, False, k.end()


# between a change and the same change as a share: "fell 312 points, or 0.8%", "fell 300 units (2.1%)"
_OR_RESTATED: Final = re.compile(r",?[ \u00a0]+or[ \u00a0]+|[ \u00a0]*\([ \u00a0]*")


# A vote's split: the noun after its second number ("a 2-to-1 margin", "a 3-to-1 vote"), or the verb before
_VOTE_AFTER: Final = re.compile(r"[ \t]+(?:margin|votes?|decision|ruling|verdict|majority|split)\b")
_VOTED_BEFORE: Final = re.compile(r"\b(?:voted|ruled)[ \t]+$")
# A match's set scores beside a pair of numbers: "6-4, 3-6, 7-5", "3-6, 6-4(5)", "6-4 3-6 7-5"
_SET_SCORE_BEFORE: Final = re.compile(r"(?<![\d.,])(\d{1,2})[-–](\d{1,2})(?:\(\d{1,2}\))?,?[ \t]+$")
_SET_SCORE_AFTER: Final = re.compile(r",?[ \t]+(\d{1,2})[-–](\d{1,2})(?![\d.,]\d)")


def _beside_a_set_score(text: str, start: int, end: int) -> bool:
    """Is the pair of numbers at ``start``:``end`` one of a list of scores, a neighbour's first number the
    greater ("beat Rowan 6-4, 3-6, 7-5": no span of 3 to 6; a list of spans ascends, "aged 3-6, 7-9")?"""
    for m in (
        _SET_SCORE_BEFORE.search(text, max(0, start - 12), start),
        _SET_SCORE_AFTER.match(text, end),
    ):
        if m is not None and int(m.group(1)) > int(m.group(2)):
            return True
    return False


def _in_longer_list(text: str, atoms: list[_Atom], first: int, last: int) -> bool:
    """Are ``atoms[first]`` to ``atoms[last]`` part of a longer list ("five or seven or ten", "$10 million or
    $20 million or $25 million", "5, 10, 15 and 20"): choices, not the ends of one range?"""
    gap = L.LIST_GAP.fullmatch
    return (first > 0 and gap(text, atoms[first - 1].end, atoms[first].start) is not None) or (
        last + 1 < len(atoms) and gap(text, atoms[last].end, atoms[last + 1].start) is not None
    )


# What no guess is: a date, a name's number, a rank, a clock time.
_NOT_GUESSED_KINDS: Final = frozenset(
    {QuantityKinds.DATE, QuantityKinds.IDENTIFIER, QuantityKinds.ORDINAL, QuantityKinds.TIME}
)
# Between spoken guesses: a comma, the last maybe after "or" ("39, 40 years", "ten, fifteen, or twenty").
# (a hedge before the last ends the run as "or" does: "30, 40, sometimes 50 percent", "20, maybe 25 years")
_GUESS_GAP: Final = re.compile(
    r",[ \t]+(?P<or>(?:or[ \t]+)?(?:(?:maybe|perhaps|possibly|sometimes|even)[ \t]+)?)?"
)


_AGO_GUESS_GAP: Final = re.compile(
    r"[ \t]+ago,[ \t]+(?P<or>)"
)  # (not "…ago, or ten years ago, or …": a list)


def _guessed_run(text: str, start: int, atoms: list[_Atom], index: int) -> int | None:
    """Index of the last figure of a run of guesses that starts at ``index``, if there is one: "39, 40 years",
    "the last 15, 20 years", "10,000, 15,000, 20,000 people", "ten, fifteen, or twenty nations" are one
    range, as speakers estimate aloud. The figures rise, all but the last are plain counts written alike,
    and the last is at most twice the first; two need a unit said at the end, three or more rise in even
    steps. Not a list that goes on ("5, 10, 15 and 20") or one a figure before it starts ("1, 10, 15")."""
    first = atoms[index]
    last = index
    while last + 1 < len(atoms):
        before, after = atoms[last], atoms[last + 1]
        gap = _GUESS_GAP.fullmatch(text, before.end, after.start)
        if gap is None and text.startswith(" ago", after.end):  # "two years ago, three years ago"
            gap = _AGO_GUESS_GAP.fullmatch(text, before.end, after.start)
        if (
            gap is None
            # a unit said again in words for each ("eight years, ten years", not "30%, 40%"); otherwise a unit
            # said at the end is shared
            or (
                before.end != before.number_end
                and (before.unit is None or before.unit != after.unit or text[before.number_end] != " ")
            )
            or before.kind in _NOT_GUESSED_KINDS
            or before.low != before.high
            or before.scaled
            or (before.bare is None) is not (first.bare is None)
            or (last > index and before.qualifier is not Qualifiers.EXACT)
            or after.qualifier is not Qualifiers.EXACT
            or after.low != after.high
            or not before.unscaled < after.unscaled
            or (after.bare is None) is not (first.bare is None)
        ):
            break
        last += 1
        if gap.group("or"):
            break
    count = last - index + 1
    if count < 2 or first.qualifier in _BOUNDS or _in_longer_list(text, atoms, index, last):
        return None  # (not "a little over 12 percent, 12.8 percent": a bound, then the figure)
    values = [atoms[i].unscaled for i in range(index, last + 1)]
    if values[-1] > 2 * values[0] or _word_before(text, start, first.qualifier_start) in L.MONTH_WORDS:
        return None
    if count == 2:
        return last if atoms[last].unit is not None else None
    steps = {values[i + 1] - values[i] for i in range(count - 1)}
    return last if len(steps) == 1 else None


def _assemble(
    text: str, start: int, end: int, found: list[Quantity | _Atom], atoms: list[_Atom]
) -> list[Quantity]:
    """Merge adjacent atoms into ranges, then build Quantity objects in text order."""
    for first, second in itertools.pairwise(atoms):
        if (
            first.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE)
            and second.qualifier is Qualifiers.EXACT
            and (
                second.kind is QuantityKinds.PERCENT
                or (first.kind is QuantityKinds.PERCENT and second.unit in _INDEX_POINTS)
            )
            and _OR_RESTATED.fullmatch(text, first.end, second.start)
        ):  # "fell 312 points, or 0.8%,", "closed up 0.6 per cent, or 21.37 points": the same change again
            second.qualifier = first.qualifier
    for index in range(len(atoms) - 2, -1, -1):  # "four-, five- and six-cylinder": share the last unit
        first, second = atoms[index], atoms[index + 1]
        if first.unit is None and second.unit is not None and L.ELLIPSIS_AFTER.match(text, first.end):
            first.unit, first.kind, first.noun = second.unit, second.kind, second.noun
        elif (
            first.unit is None
            and second.unit is not None
            and not (first.currency or second.currency or second.scaled)
            and first.kind is QuantityKinds.CARDINAL
            and second.kind is not QuantityKinds.AGE
            and (first.bare is None) is (second.bare is None)  # not "Dec. 6, five days before"
            and (L.COORD_GAP if second.noun else L.LIST_GAP).fullmatch(text, first.end, second.start)
            and not L.SPLIT_THOUSANDS.match(text, first.number_start, second.number_end)
            and text[first.start - 1 : first.start] not in ("-", "–")  # "(45-7-2, 36 KOs)": a record's last
        ):  # "45 and 50 mg", "5, 10 or 15 percent", "two and three bedrooms": one unit for the list
            first.unit, first.kind, first.noun = second.unit, second.kind, second.noun
        elif (
            first.unit is None
            and second.kind is QuantityKinds.MEASURE
            and first.kind is QuantityKinds.CARDINAL
            and L.BY_GAP.fullmatch(text, first.end, second.start)
        ):  # "8-by-12 feet", "3 x 4 metres": one unit for both sides
            first.unit, first.kind = second.unit, second.kind
        elif (
            first.unit is None
            and second.unit is not None
            and not first.currency
            and first.kind is QuantityKinds.CARDINAL
            and second.kind is not QuantityKinds.PERCENT
            and (first.scaled or second.kind is not QuantityKinds.MONEY)  # not "3 of the $10 notes"
            and first.high <= second.low
            and L.PART_OF_GAP.fullmatch(text, first.end, second.start)
        ):  # "won 18 of its 23 games", "raised 280 million of the 1.5 billion shekels": a part of a whole
            first.unit, first.kind, first.noun = second.unit, second.kind, second.noun
    if len(atoms) > 1:
        if text.find("K", start, end) >= 0 and any(a.unit in _TEMPERATURES for a in atoms):
            _kelvins(text, end, atoms)
        _parallel_units(text, start, atoms)
    _elided_nouns(text, end, atoms)
    if len(atoms) > 1:
        _gapped_changes(text, atoms)
    merged: dict[int, _Atom] = {}  # id(first) -> second, for ranges
    skip: set[int] = set()
    scores: set[int] = set()
    record_ends: dict[int, int] = {}  # id(first) -> where a three-part record ends
    ratios: set[int] = set()
    last_share: _Atom | None = None  # the whole of the last share told as one in so many
    for index in range(len(atoms) - 1):
        first, second = atoms[index], atoms[index + 1]
        if (
            id(first) not in skip
            and (first.unit is None or (first.unit == second.unit and first.end == first.number_end))
            and first.low == first.high
            and first.low.is_integer()
            and second.low == second.high
            and 0 < second.unscaled < 1
            and second.bare is None  # (a fraction in words: "2 and 0.5 percent" are two)
            and (second.qualifier is Qualifiers.EXACT or second.after)  # (not "2 and about a half")
            and not first.scaled
            and L.MIXED_AND_GAP.fullmatch(text, first.end, second.start)
        ):  # "5 and one-half percent", "six and nine-tenths per cent", "four and nine-tenths billion
            # dollars": one number, a whole and a fraction (times the scale said after both)
            scale = second.low / second.unscaled
            first.unscaled = first.low + second.unscaled
            first.low = first.high = first.unscaled * scale
            first.scaled = second.scaled
            first.unit, first.kind, first.noun, first.end = second.unit, second.kind, second.noun, second.end
            if second.after and first.qualifier is Qualifiers.EXACT:  # "… a year more": said of the whole
                first.qualifier, first.after = second.qualifier, True
            skip.add(id(second))
            continue
        if (
            id(first) not in skip
            and _has_value(first)
            and L.TOLERANCE_GAP.fullmatch(text, first.end, second.start)
        ):  # "2,000.45±0.01 pounds": the figure with its margin of error, and the margin's unit
            if first.unit is None:
                first.unit, first.kind, first.noun = second.unit, second.kind, second.noun
            first.end = second.end
            skip.add(id(second))
            continue
        if id(first) in skip:
            if (
                second.unit is None
                and first.unit is not None
                and not (second.currency or first.scaled)
                and second.kind is QuantityKinds.CARDINAL
                and L.TO_GAP.fullmatch(text, first.end, second.start)
            ):  # "from about 14-18 mpg to 24": the range's unit is the new level's
                second.unit, second.kind, second.noun = first.unit, first.kind, first.noun
            continue
        if (
            (text[first.end : first.end + 1] == "," or text.startswith(" ago,", first.end))
            and _has_value(first)
            and (last := _guessed_run(text, start, atoms, index)) is not None
        ):  # "15, 20 years", "ten, fifteen, or twenty nations": guesses, one range
            merged[id(first)] = atoms[last]
            skip.update(id(atom) for atom in atoms[index + 1 : last + 1])
            continue
        if (
            second.qualifier is Qualifiers.AT_MOST
            and first.unit is not None
            and first.unit == second.unit
            and text.startswith("up to ", second.qualifier_start)
            and not text[first.end : second.qualifier_start].strip()
            and first.high < second.high  # (not "from $8 thousand up to twenty-five or thirty thousand")
            and L.FROM_BEFORE.search(text, max(start, first.qualifier_start - 8), first.qualifier_start)
        ):  # "from 1 percent up to 4 percent": the range's other end, no bound
            second.qualifier, second.qualifier_start = Qualifiers.EXACT, second.start
        if (second.qualifier is not Qualifiers.EXACT and not second.after) or not (
            _has_value(first) and _has_value(second)
        ):
            continue  # (a figure without a value is no end of a range; a qualifier after the second end is
            # the range's: "15-20% higher than last year")
        if first.unit == "times" and first.noun and second.unit != "times":
            continue  # "more than doubled to 477 million": the factor, then the level it reached
        if (
            (
                first.unit is None
                or (  # "one train in eight was cancelled": one of the things counted in so many
                    first.noun
                    and first.low == 1
                    and first.qualifier in (Qualifiers.EXACT, Qualifiers.APPROXIMATE)
                    and second.unit is None
                    and not second.currency
                    and text[first.end : second.start] in (" in ", " out of ")
                    and not text.startswith(" of ", second.end)  # ("a point in 19 of his past 21 games")
                )
            )
            and first.low == first.high
            and second.low == second.high
            and second.low > first.low
            and first.bare is not False
            and L.OUT_OF_GAP.fullmatch(text, first.end, second.start)
            and not _in_occasions(text, first, second)
            and (
                second.noun
                or second.unit is None
                or (
                    second.kind is QuantityKinds.MONEY
                    and (not second.currency or text.find("every", first.end, second.start) >= 0)
                )
            )
        ):
            ratios.add(
                id(first)
            )  # "one out of three Germans", "9 in 10 doctors", "one out of every six dollars"
            merged[id(first)] = second
            skip.add(id(second))
            if (
                second.unit is None
                and last_share is not None
                and last_share.noun
                and _MOVED_FROM_BEFORE.search(text, last_share.end, first.qualifier_start) is not None
                and L.SENTENCE_GAP.search(text, last_share.end, first.start) is None
            ):  # "1 in 5 adults reported symptoms, up from 1 in 8": the same noun's share before
                second.unit, second.noun = last_share.unit, True
            last_share = second
            continue
        if (
            first.bare
            and second.bare
            and first.unit is None
            and second.unit is None
            and first.low <= 10
            and text[first.end : second.start] == " for "
            and L.BOWLING_BEFORE.search(text, max(start, first.qualifier_start - 24), first.qualifier_start)
        ):  # "returned 4 for 52", "taking 2 for 18": a bowler's wickets for the runs given, one score
            scores.add(id(first))
            merged[id(first)] = second
            skip.add(id(second))
            continue
        gap = L.RANGE_GAP.fullmatch(text, first.end, second.start)
        if gap is None:
            if (
                text.find("to", first.end, second.start) >= 0
                and L.FROM_TO_GAP.fullmatch(text, first.end, second.start)
                and L.FROM_BEFORE.search(text, max(start, first.qualifier_start - 8), first.qualifier_start)
                and _compatible(first, second)
            ):  # "from $36,040 at 10.45pm last night to $34,935"
                merged[id(first)] = second
                skip.add(id(second))
            continue
        if not _compatible(first, second):
            continue
        if first.unit is None and first.bare is None and 0 < first.high < 1 <= second.low:
            # "fell by a fifth to 38 TWh": a share in words, then the level it came to (but "from zero to 60
            # mph" is a range)
            continue
        if gap.group("dash"):
            record = (
                first.bare
                and second.bare
                and (
                    _record_after_name(text, start, first, second)
                    or L.RECORD_NOUN_AFTER.match(text, second.number_end, end) is not None
                )
            )  # "the Sixers (9-14)", "a 9-14 record", "a 38-44 mark", "a 2-13 season"
            record = record or (
                first.bare and second.bare and _beside_a_set_score(text, first.start, second.end)
            )
            if record or not (first.unscaled < second.unscaled or second.scaled):
                if first.bare and second.bare and text[first.end : second.start] in ("-", "–"):
                    scores.add(id(first))  # "2-0", "89-89", "the Sixers (9-14)": a score, not a range
                    merged[id(first)] = second
                    skip.add(id(second))
                    if index + 2 < len(atoms):
                        draws = atoms[index + 2]
                        if draws.bare and draws.unit is None and text[second.end : draws.start] in ("-", "–"):
                            skip.add(id(draws))  # "(45-7-2, 36 KOs)": wins, losses and draws, one record
                            record_ends[id(first)] = draws.end
                        elif (
                            {first.low, second.low} == {6, 7}
                            and draws.bare
                            and text[second.end : draws.start] in ("(", " (")
                            and text[draws.end : draws.end + 1] == ")"
                            and draws.end - draws.start <= 2
                        ):
                            skip.add(id(draws))  # "7-6(5)": a set won on a tie-break, and its points
                            record_ends[id(first)] = draws.end + 1
                continue
        elif gap.group("to"):
            if _NUMBER_TO_BEFORE.search(text, max(start, first.qualifier_start - 16), first.qualifier_start):
                continue  # "deepening berths 8 to 11 to 15.5 metres": one span's end is no next span's start
            if "-" in gap.group() and second.unscaled <= first.unscaled:
                if (
                    first.bare
                    and second.bare
                    and (
                        _VOTE_AFTER.match(text, second.number_end, end)
                        or _VOTED_BEFORE.search(text, max(start, first.start - 8), first.start)
                    )
                ):
                    scores.add(id(first))  # "by a 2-to-1 margin", "voted 7-to-2": a vote's split, one score
                    merged[id(first)] = second
                    skip.add(id(second))
                continue  # "won 7-to-2", "odds of 3-to-1": a ratio or a score ("six-to-eight weeks" a range)
            after_from = L.FROM_BEFORE.search(
                text, max(start, first.qualifier_start - 8), first.qualifier_start
            )
            if after_from is not None:
                if (
                    _same_unit_written(first, second)
                    and _object_change(
                        text[max(start, after_from.start() - 64) : after_from.start()].lower().split()
                    )
                    is not None
                ):
                    continue  # "cut the aid budget from 0.5 per cent to 0.3 per cent": two levels
                if _descends(first, second) and _compatible(first, second):
                    # "heists fell from 47 to 31", "from 60.1 to 59.4 US cents": a level and a lower one it
                    # came to, never a range, whose ends run up (the blind sets' writers mark two levels)
                    if first.unit is None and not first.currency:
                        _takes_the_levels_scale_and_unit(first, second)  # "from 1.2 to 0.9 million tonnes"
                    elif second.unit is None and not second.noun:
                        second.unit, second.kind = first.unit, first.kind  # "from 208 pounds to 193"
                    continue
            elif (
                second.unit is None
                and (
                    # (not "wind chills of -28 to -33": negative ends run up in size, a range)
                    (second.scaled == first.scaled and second.low < first.low and first.low >= 0)
                    or (
                        first.unit is None
                        and (second.scaled or not first.scaled)
                        and L.BY_BEFORE.search(
                            text, max(start, first.qualifier_start - 4), first.qualifier_start
                        )
                    )
                )
            ) or (
                _same_unit_written(first, second)
                and (
                    (0 <= second.low < first.low and second.scaled == first.scaled)
                    or (first.currency and second.low > 10 * first.high)  # "by Rs3.10 to Rs279.12"
                )
                and L.BY_BEFORE.search(text, max(start, first.qualifier_start - 4), first.qualifier_start)
            ):
                # "passed by 217 votes to 212", "fell by 611 to 1,688", "fell by 908,574 to 120.3 million",
                # "led by 50.9 percent to 48.2 percent": two counts, or a change and a level ("by 20 to 30
                # percent", the unit said once at the end, stays a range; "a density of 1.3 A/cm2 to 0.03
                # A/cm2" too, as NewsQuant writes it)
                if (
                    first.noun
                    and second.unit is None
                    and second.kind is QuantityKinds.CARDINAL
                    and gap.group() == " to "
                ):
                    second.unit, second.noun = first.unit, True  # "by 171 votes to 166": votes, said once
                continue
            elif (
                (
                    first.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE)
                    or (
                        first.noun
                        and _change(text[max(start, first.start - 48) : first.start].lower().split())
                    )
                )
                and first.unit is not None
                and not (_same_unit_written(first, second) and first.low < second.low <= 2 * first.low)
            ):
                if (
                    first.noun
                    and first.kind is QuantityKinds.CARDINAL
                    and second.unit is None
                    and second.kind is QuantityKinds.CARDINAL
                    and second.scaled
                    and gap.group() == " to "
                ):
                    second.unit, second.noun = first.unit, True  # "fell by 61,000 cases to 7.38 million"
                continue  # "rose 5% to $84", "rose by Rs 160 to Rs 2,585": change then level
            elif (
                first.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE)
                and first.unit is None
                and second.unit is None
                and not first.scaled
                and not second.scaled  # "up 25 to 50 billion" is a range
                and second.low > 10 * first.high
            ):
                continue  # "the Dow fell 312 to 38,441.54": a change then the level ("rose 5 to 10" a range)
            elif first.unit in _INDEX_POINTS and second.unit is None and second.low > 10 * first.high:
                continue  # "dipping 0.3 per cent or 10.62 points to 3,541.09": the points, then the level
            elif first.unit == "percent" and second.unit is None and second.low > 10 * first.high:
                continue  # "strengthened as much as 0.6% to 148.20 per dollar": a hedged change, the level
        elif gap.group("and"):
            if not L.BETWEEN_BEFORE.search(
                text, max(start, first.qualifier_start - 10), first.qualifier_start
            ):
                continue
        elif not (
            (first.bare is None and second.bare is None and second.low == first.low + 1)
            or (
                (first.bare is None) is (second.bare is None)
                and first.low == first.high
                and second.low == second.high
                and not _in_longer_list(text, atoms, index, index + 1)
                and (
                    (
                        first.low < second.low <= 2 * first.low
                        and text[first.number_end : first.number_end + 1] != "-"  # not "a 32-bit or 64-bit"
                    )
                    or (
                        (second.scaled or second.unscaled != second.low)
                        and not first.scaled
                        and first.end == first.number_end
                        and first.low == first.unscaled
                        and first.unscaled < second.unscaled <= 2 * first.unscaled
                    )  # "nineteen or twenty million people", "5 or 6 million": the scale said once, for both
                )
            )
        ):
            continue  # "three or four years", "25 or 30 percent": two guesses, one range (not "69 or 420")
        merged[id(first)] = second
        skip.add(id(second))
    if len(atoms) > 1:
        _index_levels(text, start, atoms, skip)
    result: list[Quantity] = []
    for item in found:
        if isinstance(item, Quantity):
            result.append(item)
            continue
        atom = item
        if id(atom) in skip:
            continue
        if result and _continues_a_list_of_names(text, result[-1], atom):
            result.append(_token(text, atom.number_start, atom.number_end, None, QuantityKinds.IDENTIFIER))
            continue
        partner = merged.get(id(atom))
        if partner is not None and id(atom) in scores:
            score_end = record_ends.get(id(atom), partner.end)
            result.append(
                Quantity(
                    text[atom.start : score_end],
                    atom.start,
                    score_end,
                    None,
                    None,
                    None,
                    kind=QuantityKinds.IDENTIFIER,
                )
            )
            continue
        if partner is not None and id(atom) in ratios:
            ratio = atom.low / partner.low
            quantity = Quantity(
                text[atom.qualifier_start : partner.end],
                atom.qualifier_start,
                partner.end,
                ratio,
                ratio,
                ratio,
                atom.qualifier,
                partner.unit,
                kind=QuantityKinds.CARDINAL,
            )
            quantity.category = quantity_category(text, quantity, start, end)
            result.append(quantity)
            continue
        if partner is not None:
            if (
                not atom.scaled
                and atom.unscaled == atom.low
                and (partner.scaled or partner.unscaled != partner.low)
                and atom.unscaled < partner.unscaled
            ):
                factor = partner.low / partner.unscaled if partner.unscaled else 1.0
                atom.low *= factor
                atom.high *= factor
            if atom.currency and partner.unit is None:
                # "$20-25 billion a year": the second end in the first's currency, so its rate is read
                partner.unit, partner.kind, partner.currency = atom.unit, atom.kind, atom.currency
                partner.end = _rate_after(text, partner, partner.end, end)
                if " per " not in (partner.unit or ""):
                    partner.unit = None
            if atom.unit is None or (partner.unit is not None and " per " in partner.unit):
                atom.unit, atom.kind, atom.noun = partner.unit, partner.kind, partner.noun
            low, high = min(atom.low, partner.low), max(atom.high, partner.high)
            if partner.after and atom.qualifier is Qualifiers.EXACT:
                atom.qualifier = partner.qualifier  # "15-20% higher", "14-21 days or more": the range's
            quantity = Quantity(
                text[atom.qualifier_start : partner.end],
                atom.qualifier_start,
                partner.end,
                None,
                low,
                high,
                atom.qualifier,
                atom.unit,
                kind=atom.kind,
            )
        elif _has_value(atom):
            value = atom.low if atom.low == atom.high else None
            quantity = Quantity(
                text[atom.qualifier_start : atom.end],
                atom.qualifier_start,
                atom.end,
                value,
                atom.low,
                atom.high,
                atom.qualifier,
                atom.unit,
                kind=atom.kind,
            )
        else:  # an overflow: the figure as written, without a value
            quantity = Quantity(
                text[atom.qualifier_start : atom.end],
                atom.qualifier_start,
                atom.end,
                None,
                None,
                None,
                atom.qualifier,
                atom.unit,
                kind=atom.kind,
            )
        quantity.category = quantity_category(text, quantity, start, end)
        _without_float_noise(quantity)
        _open_bound(quantity)
        result.append(quantity)
    if len(result) > 1 and text.find("(", start, end) >= 0:
        _bracketed_equivalents(text, result)
    return result


# A name's or a version's number: "IE6", "8" (of "Internet Explorer 8"), "5.01".
_NAMED_NUMBER: Final = re.compile(r"[A-Za-z]*\d{1,3}(?:\.\d{1,2})?")


def _continues_a_list_of_names(text: str, before: Quantity, atom: _Atom) -> bool:
    """Is a bare number listed after a version or a name's number one more ("IE6, 7, 8", "Internet Explorer 8
    and 9", "5.01, 6, and 7", "highways 401 and 400"), or the end of a span of them ("berths 4 to 7")?"""
    return (
        before.kind is QuantityKinds.IDENTIFIER
        and atom.qualifier is Qualifiers.EXACT
        and atom.bare is True  # in digits: "l949 or fifty" is a year and a year said
        and not (atom.currency or atom.scaled or atom.noun)
        and (atom.unit is None or (atom.kind is QuantityKinds.AGE and atom.end == atom.number_end))
        and atom.low == atom.high
        # (a small number, or one of as many digits as the name's: "highways 401 and 400")
        and (atom.low < 100 or len(before.surface) == atom.number_end - atom.number_start)
        and _NAMED_NUMBER.fullmatch(before.surface) is not None
        and (
            L.LIST_GAP.fullmatch(text, before.end, atom.start) is not None
            or L.TO_GAP.fullmatch(text, before.end, atom.start) is not None  # "berths 4 to 7"
        )
    )


def _bracketed_equivalents(text: str, result: list[Quantity]) -> None:
    """A figure in brackets right after another restates it in other units or another currency ("just
    under 296 hp (224 kW / 300 PS)", "fell 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)", "more than
    7.5 million crowns (US $1.1 million)"): written exact, it takes the first figure's qualifier."""
    prev: Quantity | None = None
    inside = False  # ``prev`` is itself in the brackets (the second of "(224 kW / 300 PS)")
    for q in result:
        if q.kind not in CLAIM_KINDS:
            prev, inside = None, False
            continue
        if prev is not None and prev.qualifier is not Qualifiers.EXACT:
            gap = L.BRACKET_EQUIV_GAP.fullmatch(text, prev.end, q.start)
            if gap is not None and (gap.group("open") or inside):
                inside = True
                if q.qualifier is Qualifiers.EXACT:
                    q.qualifier = prev.qualifier
                    _open_bound(q)
                prev = q
                continue
        prev, inside = q, False


_LOWER_BOUNDED = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_UPPER_BOUNDED = frozenset({Qualifier.LESS_THAN, Qualifier.AT_MOST})


def _without_float_noise(q: Quantity) -> None:
    """A figure times its scale as written: "4.1 billion" is 4100000000, not the product's 4099999999.9999995
    (twelve significant digits are more than any figure in news is written with)."""
    q.low, q.high = _as_written(q.low), _as_written(q.high)
    if q.value is not None:  # (an exact figure: low, high and value are one number)
        q.value = q.low


def _as_written(x: float | None) -> float | None:
    return x if x is None or x.is_integer() or abs(x) < 1000 else float(f"{x:.12g}")


def _open_bound(q: Quantity) -> None:
    """A lower bound ("more than 20") has ``low`` 20 and no ``high``; "up to 15" the other way round.

    ``value`` keeps the stated figure, so the number a fact-checker checks is never lost.
    """
    if q.value is None:
        return
    if q.qualifier in _LOWER_BOUNDED:
        q.high = None
    elif q.qualifier in _UPPER_BOUNDED:
        q.low = None


def is_claim_figure(q: Quantity) -> bool:
    """True for figures that can carry a claim (not dates, times, ordinals or identifiers)."""
    return q.kind in CLAIM_KINDS


_A_PERIODS: Final = tuple(f"a {period}" for period in L.PERIODS_SAID_WITH_A)


def period_said_with_a(q: Quantity) -> bool:
    """Is the English figure ``q`` one period said with "a" after a bound or a hedge ("more than a year",
    "under a month")? The paragraph writers label it; NewsQuant's labellers leave "a year" out, and its
    scorer asks this."""
    return q.kind is QuantityKinds.DURATION and q.value == 1 and q.surface.lower().endswith(_A_PERIODS)


def change_told_by_a_noun(text: str, q: Quantity) -> bool:
    """Is the English figure ``q`` of ``text`` the amount of a change a noun tells ("a 20 per cent increase",
    "a drop of 17 per cent")? The extractor reads those as changes; a scorer whose labels call them levels
    (NewsQuant's "=") asks this."""
    return (
        L.NOUN_TOLD_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
        and L.CHANGE_NOUN_AFTER.match(text, q.end) is not None
    ) or L.CHANGE_NOUN_OF_BEFORE.search(text, max(0, q.start - 60), q.start) is not None


# --- other languages -------------------------------------------------------------------------------------
# German, Spanish, French, Portuguese and Italian figures are read by one small reader driven by each
# language's tables (``languages.LANGUAGES``): the English rules above are tuned to English words and to
# the decimal point, and would read "250.000 Menschen" as 250. The reader is simpler than the English one:
# a number (digits with a decimal comma and dot or space thousands, or number words), a scale, a unit or
# the noun counted, a qualifier before it, and dates, clock times, years, ordinals and codes told apart.


class _Compiled(NamedTuple):
    anchor: re.Pattern[str]  # where a figure may start: a digit or a number word (case-insensitive)
    number: re.Pattern[str]
    date: re.Pattern[str]
    time: re.Pattern[str]
    clock: re.Pattern[str]  # the words before a clock time, matched at the end of the text before it
    ordinal: re.Pattern[str] | None
    scale: re.Pattern[str]
    unit: re.Pattern[str]
    qualifiers: tuple[tuple[str, Qualifier], ...]  # longest first
    category_words: tuple[tuple[Category, re.Pattern[str]], ...]
    people: re.Pattern[str]
    of: re.Pattern[str] | None  # "de" in "millones de euros"
    proportion: re.Pattern[str] | None  # "un Français sur deux" (``_proportions``)
    compound: re.Pattern[str] | None  # the units after a tens word, "y cinco" (``_compound``)
    each_ordinal: re.Pattern[str] | None  # "jeder Dritte" (``_each_ordinals``)
    multiple: re.Pattern[str] | None  # "el doble", "doppelt so" (``_multiples``)
    age_word: re.Pattern[str] | None  # "neunjährige" (``Language.age_word_suffix``, ``_word_ages``)
    # a whole hour without minutes, a clock time after "alle", "à": "alle 23.", "alle 23 di martedì", "à 18
    # heures" (a clause's end, a day or part of one, or the word for hours after it)
    hour: re.Pattern[str]
    thousands: re.Pattern[str] | None  # the thousand word and the digit group after it, "48 mil 340"
    after: re.Pattern[str] | None  # a phrase after a figure, "mehr", "au moins" (``_local_after_words``)
    complement: re.Pattern[str] | None  # one complement between a figure and it, "del PIB"
    glue: frozenset[str]  # words that may follow such a phrase: function and ``than`` words
    age_suffix: re.Pattern[str] | None  # "38enne" (``Language.age_suffix``)
    halved_units: frozenset[str]  # units "un año y medio" halves (``_halved_units``)
    # currency signs before a number: ``SYMBOLS_BEFORE`` and the language's own ("Q12,5 millones", "S/ 25")
    currency_before: tuple[tuple[str, str], ...]
    # those of them made of letters, which may be glued to the number ("Q300"): not a code like "A320"
    glued_currency: frozenset[str]
    # between two movers whose change verb is said once: "y BBVA, un" (``_gapped_name``)
    gapped: re.Pattern[str] | None


def _alternation(words: object) -> str:
    """A regex matching any of ``words``, the longest that fits first, spaces matching any blank run.

    Written as a trie ("zwei(?:und(?:zwanzig|dreißig…)|…)?") rather than a list of words: the regex engine
    tries a list's words one by one wherever a word may start, and a language's number words run to
    hundreds ("dreiundzwanzig", "duecentomila")."""
    trie: dict[str, dict] = {}
    for word in {str(w) for w in words}:  # type: ignore[attr-defined]
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"{body}?" if len(branches) > 1 or len(body) == 1 else f"(?:{body})?"


_COMPILED: dict[str, _Compiled] = {}


def _compiled(language: Language) -> _Compiled:
    key = language.code + language.decimal  # Spanish with a decimal point is a table of its own
    found = _COMPILED.get(key)
    if found is not None:
        return found
    group = re.escape(language.group)
    halved_units = _halved_units(language)
    words = [
        *language.number_words,
        *language.vague,
        *language.approx_nouns,
        *(f"{one} {s}" for one in language.one_words for s in language.scales),
        *(f"{one} {unit}" for one in language.one_words for unit in _percent_words(language)),
        *(f"{one} {part}" for one in language.one_words for part in language.fractions),
        *(
            f"{half}{joint}{word}"
            for half in language.half_words
            for word in (
                *language.scales,
                *halved_units,  # durations and measures: "une demi-heure", "ein halber Meter", "medio kilo"
                *language.approx_nouns,
                *_percent_words(language),
                *_HALF_POINTS.get(language.code, ()),
            )
            for joint in (" ", "-")
        ),
        # "un año y medio", "une heure et demie", "un metro y medio": one and a half (one alone is no figure:
        # "hace un año")
        *(f"{one} {word}" for one in language.one_words for word in halved_units),
    ]
    months = _alternation(language.months)
    ordinal = (
        re.compile(rf"\d{{1,4}}(?:{_alternation(language.ordinal_suffixes)})(?![^\W\d_])", re.IGNORECASE)
        if language.ordinal_suffixes
        else None
    )
    compiled = _Compiled(
        anchor=re.compile(rf"\d|(?<![\w])(?:{_alternation(words)})(?![\w])", re.IGNORECASE),
        # thousands groups (a plain space only between exactly three digits), a decimal comma; a decimal
        # point only before one or two digits, or four and more, never three ("1.5 Millionen", Swiss copy's
        # "0.9412 Franken"; never "250.000")
        number=re.compile(
            rf"\d{{1,3}}(?:[{group}]\d{{3}}(?!\d))+(?:,\d+)?|\d+(?:,\d+)?(?:\.(?:\d{{1,2}}|\d{{4,}})(?![\d]))?"
            if language.decimal == ","
            else rf"\d{{1,3}}(?:[{group}]\d{{3}}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?"
        ),
        date=re.compile(
            rf"\d{{1,2}}(?:\.|º|er|°)?\s*(?:de\s+)?(?:{months})(?![^\W\d_])(?:\.?\s*(?:de\s+|del\s+)?\d{{4}})?"
            r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?!\d)"
            # "Pinotepa Nacional (México), 3 mar (EFE).-": March without its dot, before the agency's bracket
            + (r"|\d{1,2}\s+mar(?=\s+\((?-i:[A-Z]))" if "mar." in language.months else ""),
            re.IGNORECASE,
        ),
        # a clock time: "15:30", "10h30", "20 h 30", "15.30 Uhr", "18 Uhr", "10.30 horas"; "alle 9.45"
        # (``clock``); a race time "2:03:17"
        time=re.compile(
            rf"\d{{1,2}}(?::\d{{2}}(?::\d{{2}})?|h\d{{2}}\b"
            r"|[ \u00a0\u202f\u2009]h[ \u00a0\u202f\u2009][0-5]\d(?!\d)"
            rf"|[.h]\d{{2}}\s*(?:{_alternation(language.clock_after)})(?![^\W\d_])"
            rf"|[.h:]\d{{2}}(?=\s*(?:-|–|a|al|à|bis|e|y)\s*\d{{1,2}}[.h:]\d{{2}}\s*(?:{_alternation(language.clock_after)})"
            r"(?![^\W\d_]))"
            + (
                rf"|\s*(?:{_alternation(language.clock_bare)})(?![^\W\d_])"
                # the first hour of a span ("zwischen 18 und 23 Uhr", "von 8 bis 18 Uhr")
                rf"|(?=\s*(?:-|–|bis|und)\s*\d{{1,2}}\s*(?:{_alternation(language.clock_bare)})(?![^\W\d_]))"
                if language.clock_bare
                else ""
            )
            + ")",
            re.IGNORECASE,
        ),
        clock=re.compile(rf"(?:^|\W)(?:{_alternation(language.clock_before)})\s+$", re.IGNORECASE),
        ordinal=ordinal,
        scale=re.compile(
            rf"[ \u00a0\u202f\u2009]?(?:{_alternation(language.scales)})(?![^\W\d_])", re.IGNORECASE
        ),
        unit=re.compile(
            rf"[ \u00a0\u202f\u2009-]?(?:{_alternation(language.units)})(?![^\W\d_])", re.IGNORECASE
        ),
        qualifiers=tuple(sorted(language.qualifiers.items(), key=lambda item: len(item[0]), reverse=True)),
        category_words=tuple(
            (category, re.compile(rf"(?<![\w])(?:{_alternation(stems)})", re.IGNORECASE))
            for category, stems in language.categories.items()
        ),
        people=re.compile(rf"(?:{_alternation(_words_of(language.people))})", re.IGNORECASE),
        of=re.compile(rf"[ \u00a0](?:{_alternation(language.of_words)})[ \u00a0]?", re.IGNORECASE)
        if language.of_words
        else None,
        proportion=_proportion_pattern(language),
        each_ordinal=_each_ordinal_pattern(language),
        multiple=_multiple_pattern(language),
        hour=_hour_pattern(language),
        thousands=re.compile(
            rf"[ \u00a0]{re.escape(language.thousand_word)}[ \u00a0](\d{{1,3}})(?!\d|[.,]\d)", re.IGNORECASE
        )
        if language.thousand_word
        else None,
        age_word=re.compile(
            rf"(?<![\w-])(?P<n>{_alternation(_whole_number_words(language))})"
            rf"(?:{language.age_word_suffix})(?![\w-])",
            re.IGNORECASE,
        )
        if language.age_word_suffix
        else None,
        compound=re.compile(
            rf"(?:{_COMPOUND_JOINTS[language.code]})([^\W\d_]+(?:-[^\W\d_]+)?)(?![\w-])", re.IGNORECASE
        )
        if language.code in _COMPOUND_JOINTS
        else None,
        after=re.compile(
            rf"[ \u00a0\u202f\u2009]+({_alternation(language.after)})(?![^\W\d_])", re.IGNORECASE
        )
        if language.after
        else None,
        complement=re.compile(
            rf"[ \u00a0](?:{_alternation(_plain(language.of_words, language.partitive))})[ \u00a0]+"
            rf"(?:(?:{_alternation(_plain(language.counted_skip))})[ \u00a0]+)?[^\W\d_]+(?![\w'’-])",
            re.IGNORECASE,
        )
        if language.of_words or language.partitive
        else None,
        glue=frozenset(
            (
                *language.than,
                *language.function_words,
                *language.short_words,
                *language.counted_skip,
                *language.partitive,
                *language.of_words,
            )
        ),
        age_suffix=re.compile(rf"(?:{language.age_suffix})(?![^\W\d_])", re.IGNORECASE)
        if language.age_suffix
        else None,
        halved_units=halved_units,
        currency_before=tuple({**SYMBOLS_BEFORE, **language.currency_before}.items()),
        glued_currency=frozenset(symbol for symbol in language.currency_before if symbol.isalpha()),
        gapped=(
            _gapped_name(language.between[1], language.change_by, _DEFINITE_ARTICLES & language.counted_skip)
            if language.between[1]
            else None
        ),
    )
    _COMPILED[key] = compiled
    return compiled


def _hour_pattern(language: Language) -> re.Pattern[str]:
    """A clock time without minutes: a whole hour ending its clause or followed by a day or a part of one,
    or by the word for hours."""
    followers = [r"[ \u00a0]*(?:[.,;:!?)](?!\d)|$)"]
    if language.day_words:
        days = _alternation(language.day_words)
        followers.append(rf"[ \u00a0](?:di|de|del|do|da|du)[ \u00a0]+(?:{days})(?![^\W\d_])")
    hour_alone = rf"(?:[01]?\d|2[0-4])(?={'|'.join(followers)})"
    if not language.clock_after:
        return re.compile(hour_alone, re.IGNORECASE)
    hour_words = rf"(?:[01]?\d|2[0-3])[ \u00a0]+(?:{_alternation(language.clock_after)})(?![^\W\d_])"
    return re.compile(f"{hour_alone}|{hour_words}", re.IGNORECASE)


def _whole_number_words(language: Language) -> list[str]:
    return [word for word, value in language.number_words.items() if value >= 1 and " " not in word]


def _halved_units(language: Language) -> frozenset[str]:
    """The units one and a half of which is said in words ("un año y medio", "un metro y medio"), and half of
    one ("ein halber Meter")."""
    return frozenset(
        word
        for word, (_, kind) in language.units.items()
        if kind is not QuantityKinds.PERCENT and word.replace(" ", "").isalpha()
    )


def _percent_words(language: Language) -> tuple[str, ...]:
    """The language's words for percent and percentage points ("Prozentpunkt", "punto porcentual")."""
    return tuple(
        word
        for word, (_, kind) in language.units.items()
        if kind is QuantityKinds.PERCENT and word.replace(" ", "").isalpha()
    )


def _plain(*groups: Iterable[str]) -> list[str]:
    """The words of ``groups`` that are whole words, not elided ("de", not "d'")."""
    return [word for group in groups for word in group if not word.endswith(("'", "’"))]


def _words_of(listing: str | tuple[str, ...]) -> tuple[str, ...]:
    items = listing.split("|") if isinstance(listing, str) else listing
    return tuple(item.strip() for item in items if item.strip())


def _localised_value(written: str, language: Language) -> float:
    """The value of digits written in ``language`` ("250.000" -> 250000, "84,7" -> 84.7)."""
    digits = written
    for separator in language.group:
        if separator != "." or re.search(r"\.\d{3}(?!\d)", digits):
            digits = digits.replace(separator, "")
    return float(digits.replace(language.decimal, "."))


_YEAR_RANGE: Final = (1900, 2100)
# A German compound that names a type by its number, a flat's rooms or a hotel's stars ("eine
# 4½-Zimmer-Wohnung", "ein 5-Sterne-Hotel"): no count
_TYPE_COMPOUND_AFTER: Final = re.compile(r"½?(-(?:Zimmer|Sterne))", re.IGNORECASE)
# A number after these is a name, not a figure: a paragraph or article of a law, a league, a race series, an
# index ("CAC 40", "Ibex 35", "Bel 20")
_REFERENCE_BEFORE: Final = re.compile(
    r"(?:§§?|(?<![^\W\d_])(?:art\.|artikel|article|artículo|articulo|articolo|artigo|absatz|abs\.|paragraf"
    r"|paragraph|ligue|formel|formule|fórmula|formula|cac|ibex|dax|mdax|stoxx|ftse|psi|nikkei|s&p|(?-i:Bel)"
    r"|nr\.|núm\.|número|numéro|numero|n°|nº)|nummer)"  # ("nummer" closes compounds: "Startnummer 7")
    r"[ \u00a0\u202f\u2009]*$",
    re.IGNORECASE,
)
_MORE_REFERENCES: Final = re.compile(r"(?:[ \u00a0]+(?:und|and|y|et|e)[ \u00a0]+\d+(?![\d.,]\d))+")
# A number after these names a place, a line or a part, not a figure ("Wahlkreis 75", "Gleis 4", "ligne 13",
# "distrito 12"), unless a unit follows ("eine Zone 20 Kilometer um das Werk"); "3 Zonen" stays a count
_RANK_WORDS: Final = "platz|rang|puesto|posto|posição|posizione"
_NAME_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:wahlkreis|gleis|bahnsteig|linie|ligne|línea|linea|linha|block|bloc|bloque|blocco|bloco"
    r"|zone|zona|lot|lote|sektor|secteur|sector|settore|terminal|distrito|district|circonscription|bezirk"
    r"|arrondissement|kreis|collegio|circunscripción|circoscrizione|reaktor|réacteur|reactor|reattore"
    rf"|halle|pavillon|pabellón|padiglione|minuto|minute|minut|{_RANK_WORDS}"
    r"|rn|route|autoroute|autopista|autostrada|rodovia|ruta|carretera(?: federal| nacional)?|type|tipo|typ"
    r"|jornada|giornata|journée|rodada"
    r"|edición|edition|ausgabe|edizione|edição|hotline|az\.|calle|carrera|avenida|rue|via|rua|straße|strasse"
    r"|gasse|allee"
    r"|situación"  # a Spanish emergency plan's stage ("la situación 2 del plan de emergencias")
    r"|kilómetro|kilomètre|quilômetro|chilometro"  # a road's marker ("a la altura del kilómetro 356")
    # a level of alert, a class or a phase ("alerte cyclonique de classe 3", "huracán de categoría 4")
    r"|klasse|kategorie|classe|catégorie|categoría|categoria|niveau|nivel|livello|fase|phase)"
    r"[ \u00a0\u202f\u2009]+$"
    r"|stufe[ \u00a0\u202f\u2009]+$",  # and German compounds of "Stufe" ("Alarmstufe 3", "Warnstufe 4")
    re.IGNORECASE,
)
# a capitalised word after a lower-case one or a comma, so no sentence's first word: a name ("la fusée
# Ariane ")
_PROPER_NAME_BEFORE: Final = re.compile(
    r"(?:(?:[a-zß-ÿ]|,)[ \u00a0]+|(?<![^\W\d_])[a-z]['’])[A-ZÀ-Ý][^\W\d_]+(?:-[^\W\d_]+)*[ \u00a0]$"
)  # (after an elided article too: "à bord d'Ariane 6")
# what may follow a name's number: punctuation, the end, or a word that is no noun ("et", "a", "de" …)
_NAME_NUMBER_END: Final = re.compile(
    r"(?:[,;:.)!?»]|$|[ \u00a0](?:et|ou|a|ont|est|sera|y|o|e|es|ha|han|fue|será|è|foi|é|de|del|du|des|da"
    r"|di|en)(?![^\W\d_]))"  # ("à bord d'Ariane 6 en 2029")
)
# a phone number: a leading zero, then groups of digits apart ("0800 1 50 70 90", "01 42 76 40 40") or
# four digits or more ("unter 059133": no amount is written with a leading zero)
_LOCAL_PHONE: Final = re.compile(r"0(?:\d{1,4}(?:[ \u00a0./-]\d{1,4}){2,}|\d{4,})(?!\d|[.,]\d)")
# a whole number written with a leading zero, a name's ("Schalke 04"): no amount is
_LEADING_ZERO: Final = re.compile(r"0\d+(?![\d.,]?\d)")
# a French département's number in brackets after its name ("Seine-Saint-Denis (93)", "Réunion (974)")
_DEPARTMENT: Final = re.compile(r"\((?:0[1-9]|[1-9]\d|97[1-6])\)")
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![^\W\d_])[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*[ \u00a0]\($")
# a German motorway or federal road, "A 3", "B 27" (capital letter, a blank, the number)
_ROAD_BEFORE: Final = re.compile(r"(?<![^\W\d_])[AB][ \u00a0\u202f\u2009]$")
# the end of a German compound that names a place or a line ("Buslinie 32", "Wahlbezirk 12", "Messehalle 3")
_COMPOUND_NAME_BEFORE: Final = re.compile(
    r"[^\W\d_](?:linie|gleis|bahnsteig|bezirk|wahlkreis|halle|zone|sektor|terminal|straße|strasse|gasse|allee"
    r"|damm|brigade|bataillon|division|regiment)[ \u00a0]+$",
    re.IGNORECASE,
)
# a flight's number after its airline's code ("Flug RX 214", "el vuelo IB 6402", "le vol AF 1234")
_FLIGHT_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?i:flug|flight|vuelo|vol|volo|voo)[ \u00a0]+(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \u00a0]?$"
)
# a German court's file number, all of it ("Az. 12 KLs 305 Js 4471/23")
_FILE_NUMBER_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:az\.|aktenzeichen)[ \u00a0][^().;,:]{0,30}$", re.IGNORECASE
)
# a train line, "IC 8", "ICE 4", "RE 7" (in capitals, a blank, the number)
_TRAIN_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:IC|ICE|EC|IR|RE|RB|REX|RJ|RJX|CJX|TGV|TER)[ \u00a0\u202f\u2009]$"
)
# between the first day of a span of days and the date that ends it ("10 e 20 de julho", "10.-12. Mai",
# "entre el 26 y el 28 de noviembre")
_DAY_JOINT: Final = re.compile(
    r"\.?[ \u00a0]*(?:-|–|/|bis|und|et|au|à|a|al|e|y|o|ou|oder)[ \u00a0]+(?:(?:el|le|il|o)[ \u00a0]+)?"
    r"|\.?[-–/]",
    re.IGNORECASE,
)
# "M€", "k€", "Md€", Québec's "G$" (milliards), Morocco's "MDH" and "MMDH" (millions and milliards of
# dirhams): a glued scale letter before a currency sign
_GLUED_SCALE: Final = re.compile(
    r"[ \u00a0\u202f\u2009]?(k|M|MM|Mn|Mio|Md|Mds|Mrd|Bn|G)(?=[ \u00a0\u202f\u2009]?(?:[€$£]|DH(?![^\W\d_])))"
)
_GLUED_FACTORS: Final = {
    "k": 1e3,
    "M": 1e6,
    "Mn": 1e6,
    "Mio": 1e6,
    "MM": 1e9,
    "Md": 1e9,
    "Mds": 1e9,
    "Mrd": 1e9,
    "Bn": 1e9,
    "G": 1e9,
}
# A scale and a currency in one abbreviation, as Mexican and Tunisian papers write them: "5,210 mdd"
# (millones de dólares), "mmdp" (miles de millones de pesos), "7 215 MD" and "MDT" (millions de dinars)
_SCALED_CURRENCIES: Final = {
    "mdd": (1e6, "dollar"),
    "mdp": (1e6, "peso"),
    "mmdd": (1e9, "dollar"),
    "mmdp": (1e9, "peso"),
    "MD": (1e6, "dinar"),
    "MDT": (1e6, "dinar"),
}
_SCALED_CURRENCY: Final = re.compile(
    rf"[ \u00a0\u202f\u2009]({'|'.join(sorted(_SCALED_CURRENCIES, key=len, reverse=True))})(?![^\W\d_])"
)
_SCORE: Final = re.compile(r"([-–:])(\d{1,2})(?![\d:–]|-(?![^\W\d_])|[.,]\d)")  # ("3:1-Sieg")
# a result said with "a" ("por 3 a 1", "ganó 2 a 0"), after "por" or a result verb only ("de 20 a 30" is a
# range)
_SPOKEN_SCORE: Final = re.compile(r"[ \u00a0]a[ \u00a0](\d{1,2})(?![\d:–-]|[.,]\d|[ \u00a0]*%)")
_SCORE_BY: Final = re.compile(r"(?<![^\W\d_])por[ \u00a0]+$", re.IGNORECASE)
# a result written low first, the losing side's or the home side's ("cayó 0-2 ante el Betis", "verlor 1-3
# gegen", "perdu 1-3"): the opponent after it, or a result verb before it and no noun or unit after it
_RESULT_OPPONENT: Final = re.compile(
    r"[ \u00a0]+(?:ante|contre|gegen|contro|contra|frente|face|chez|beim|vs\.?|versus)(?![^\W\d_])",
    re.IGNORECASE,
)
_RESULT_VERB: Final = re.compile(
    r"(?<![^\W\d_])(?:perd|perso|perse|cay|cae|inclin|battu|verlor|unterl|gewann|gewinnt|siegt|ganó|ganaron"
    r"|venci|venc|vinse|vinto|gagn|remport|emport|empat|pareggi|spielte|jugó|jouait|perdeu|venceu|ganhou)"
    r"[^\W\d_]*[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$",
    re.IGNORECASE,
)
_RESULT_END: Final = re.compile(
    r"[ \u00a0]*(?:$|[.,;:!?)»“”\"]|[ \u00a0](?:en|in|im|am|à|au|a|al|nel|nella|no|na|dans|auf|et|e|y|und|ed"
    r"|tras|après|nach|dopo|após|à|sur|sul|bei|zu|in)(?![^\W\d_]))",
    re.IGNORECASE,
)
# a bare hour and "h" after "at" is a clock time ("à 6 h du matin"); "en 24 h", "depuis 24 h" are durations
_BARE_HOUR: Final = re.compile(r"(?:[01]?\d|2[0-4])[ \u00a0\u202f\u2009]?h(?![^\W\d_])")
_AT_HOUR: Final = re.compile(
    r"(?:^|\W)(?:à|vers|dès|après|avant|jusqu.à|a\s+las|hacia\s+las|às|alle)\s+$", re.IGNORECASE
)
_MINUS_WORDS: Final = frozenset(("minus", "moins", "menos", "meno"))
# the prepositions of a level, before a minus word: "auf minus 0,25 Prozent", "à moins 0,5 %", "en menos 2 %"
_LEVEL_BEFORE_MINUS: Final = frozenset(
    (
        "auf",
        "bei",
        "von",
        "bis",
        "zwischen",
        "mit",
        "à",
        "a",
        "de",
        "entre",
        "en",
        "con",
        "avec",
        "com",
        "di",
        "tra",
    )
)
_MINUS_SIGNS: Final = "-\u2212"
# "de" or "da" right before a number: a span's start ("cayeron de 10 a 15 millones"), no score
_FROM_BEFORE_A_SPAN: Final = re.compile(r"(?:^|[\s(])d[ea][ \u00a0]$", re.IGNORECASE)
# A vulgar fraction after a whole number, glued or after a blank ("2 ½ Stunden", "4½")
_LOCAL_FRACTION_AFTER: Final = re.compile(r"[ \u00a0\u2009\u202f]?([½⅓¼¾⅔])(?!\w)")
# An article right before a flat's type in Quebec ("un 4 ½", "d'un 3 ½", "les 5 ½")
_QUEBEC_FLAT_BEFORE: Final = re.compile(r"(?:^|[\s'’])(?:un|des|les|le|du)[ \u00a0]$", re.IGNORECASE)
_LOCAL_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)")
_TO_A_LEVEL_AFTER = re.compile(r"[ \t]+auf[ \t]+\d+(?:[.,]\d+)?(?![.,]?\d)(?![ \t]*(?:Uhr|h)\b)")
_LOCAL_FIGURE_CATEGORIES: Final = (
    Category.CASUALTIES,
    Category.DISPLACEMENT,
    Category.TERRITORY,
    Category.MILITARY,
    Category.AID,
    Category.POPULATION,
)


def find_localised_quantities(text: str, start: int, end: int, language: Language) -> list[Quantity]:
    """The figures in ``text[start:end]`` (one sentence) written in ``language`` (one of
    ``languages.LANGUAGES``), with the same fields and conventions as ``find_quantities``."""
    c = _compiled(language)
    atoms: list[_Atom] = []
    found: list[Quantity | _Atom] = []
    proportions = _proportions(text, start, end, c, language)
    pos = start
    outlet = _DATELINE_OUTLET.match(text, start, end)
    while True:
        m = c.anchor.search(text, pos, end)
        if m is None:
            break
        p = m.start()
        if outlet is not None and outlet.start(1) <= p < outlet.end(1):
            pos = outlet.end(1)  # "LAUSANNE (24 heures)": the outlet's name after the dateline, no figure
            continue
        while proportions and proportions[0].end <= p:
            share = proportions.pop(0)
            if share.start >= pos:  # a share with no number in it ("jeder Dritte")
                found.append(share)
        if proportions and proportions[0].start <= p:  # "un Français sur deux": one figure, the share
            if proportions[0].start >= pos:
                found.append(proportions[0])
            pos = proportions.pop(0).end
            continue
        if (
            p > start
            and (
                text[p - 1].isalnum()
                or text[p - 1] == "_"
                or (text[p - 1] == "-" and text[p - 2 : p - 1].isalpha())
            )
            and not _glued_currency(text, start, p, end, c)
        ):  # "A320", "G7", "COVID-19", "F-16"
            q = _local_identifier(text, start, p, end)
            found.append(q)
            pos = q.end
            continue
        item = _local_token(text, start, end, p, m, c, language)
        if item is None:
            pos = m.end()
            continue
        found.append(item)
        if isinstance(item, _Atom):
            atoms.append(item)
        pos = item.end
    found.extend(share for share in proportions if share.start >= pos)
    return _local_assemble(text, start, end, found, atoms, c, language)


# A dateline and the outlet in brackets after it: "LAUSANNE (24 heures) -", "ZÜRICH (20 Minuten)"; in
# title case, as Swiss copy writes it, only before the dash that ends a dateline ("Genève (20 minutes) -")
_TITLE_CASE_PLACE = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ '’-][A-ZÀ-ÖØ-Þ]?[^\W\d_]+){0,3}"
_BEFORE_A_DATELINE_DASH = r"[ \u00a0]\([^()]{1,41}\)[ \u00a0]?[\u2013\u2014-][ \u00a0]"
_DATELINE_OUTLET: Final = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .\-/]{1,40}"
    rf"|(?={_TITLE_CASE_PLACE}{_BEFORE_A_DATELINE_DASH}){_TITLE_CASE_PLACE})"
    r"[ \u00a0]\(([^()\d]{0,20}\d[^()]{0,20})\)"
)


# "un Français sur deux", "uno de cada cuatro españoles", "einer von drei Deutschen", "um em cada cinco",
# "un italiano su tre": one in so many, a share (as English "one out of three Germans": 1/3)
_PROPORTION_JOINTS: Final = {
    "de": r"von",
    "es": r"de\s+cada",
    "fr": r"sur",
    "pt": r"(?:em|de)\s+cada",
    "it": r"su",
}
_PROPORTION_ONE: Final = frozenset(
    ("un", "une", "uno", "una", "um", "uma", "ein", "eine", "einer", "eines", "einem", "einen")
)
# after "un Français sur deux" a verb follows, not a plural noun ("une attaque sur deux fronts": no share)
_PROPORTION_PLURAL: Final = {"fr": ("s", "x"), "it": ("i",)}


def _proportion_pattern(language: Language) -> re.Pattern[str] | None:
    joint = _PROPORTION_JOINTS.get(language.code)
    if joint is None:
        return None
    numbers = _alternation([w for w in language.number_words if " " not in w and "-" not in w])
    ones = _alternation(_PROPORTION_ONE)
    # the noun, maybe with an adjective ("une exploitation céréalière sur cinq")
    middle = "" if language.code == "de" else r"(?:\s+(?P<noun>[^\W\d_]+)(?:\s+[^\W\d_]+)?)?"
    return re.compile(
        rf"(?<![\w-])(?P<part>{ones}|{numbers}|\d{{1,3}}){middle}\s+{joint}\s+"
        # (not the head of a number grouped by spaces: "une étude portant sur 9 500 patients")
        rf"(?P<whole>{numbers}|\d{{1,3}})(?![\w/-]|[.,:]\d|[ \u00a0\u202f\u2009]\d{{3}}(?!\d))",
        re.IGNORECASE,
    )


def _each_ordinal_pattern(language: Language) -> re.Pattern[str] | None:
    if not language.each_words or not language.share_ordinals:
        return None
    return re.compile(
        rf"(?<![\w-])(?:{_alternation(language.each_words)})\s+(?P<ordinal>{_alternation(language.share_ordinals)})"
        r"[nrsm]?(?![\w-])",
        re.IGNORECASE,
    )


def _share(
    text: str,
    start: int,
    end: int,
    first: int,
    last: int,
    ratio: float,
    unit: str | None,
    c: _Compiled,
    language: Language,
) -> Quantity:
    """A share told in words (``text[first:last]``), with a qualifier before it ("près d'un Français sur
    trois") but never a change: "stieg jeder Dritte" does not make the share a rise."""
    atom = _Atom(first, last, ratio, ratio, QuantityKinds.CARDINAL)
    _local_before(text, start, atom, c, language)
    if atom.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE):
        atom.qualifier, atom.qualifier_start = Qualifiers.EXACT, atom.start
    q = Quantity(
        text[atom.qualifier_start : last],
        atom.qualifier_start,
        last,
        ratio,
        ratio,
        ratio,
        atom.qualifier,
        unit,
        kind=QuantityKinds.CARDINAL,
    )
    _open_bound(q)  # "plus d'un Français sur trois", "más del doble": a bound, as any figure's
    q.category = _local_category(text, start, end, q, c)
    return q


def _each_ordinals(text: str, start: int, end: int, c: _Compiled, language: Language) -> list[Quantity]:
    """ "jeder Dritte", "jede vierte Familie": a share, 1/3 and 1/4 (the noun after it, if any, counted)."""
    if c.each_ordinal is None:
        return []
    found: list[Quantity] = []
    for m in c.each_ordinal.finditer(text, start, end):
        ratio = 1 / language.share_ordinals[m.group("ordinal").lower()]
        unit, last = _local_noun(text, m.end(), end, language)
        found.append(_share(text, start, end, m.start(), last, ratio, unit, c, language))
    return found


def _proportions(text: str, start: int, end: int, c: _Compiled, language: Language) -> list[Quantity]:
    """The shares told as one in so many ("uno de cada cuatro españoles": 0.25, "jeder Dritte"), in order."""
    found: list[Quantity] = (
        _each_ordinals(text, start, end, c, language)
        + _multiples(text, start, end, c, language)
        + _word_ages(text, start, end, c, language)
    )
    if c.proportion is None:
        return sorted(found, key=lambda q: q.start)
    for m in c.proportion.finditer(text, start, end):
        part_word, whole_word = m.group("part").lower(), m.group("whole").lower()
        part = 1.0 if part_word in _PROPORTION_ONE else _proportion_number(part_word, language)
        whole = _proportion_number(whole_word, language)
        if part is None or whole is None or not 0 < part < whole:
            continue
        if language.code == "de" and whole < 3:
            continue  # "einer von zwei Tätern": one of the two ("jeder zweite" is the share)
        if (
            whole > 10
            and whole_word.isdigit()
            and (part_word.isdigit() or (whole not in (100, 1000) and part_word not in _PROPORTION_ONE))
        ):
            # "61 von 78 Drohnen abgefangen", "in zwölf von 17 Landkreisen": a count of a count, both figures,
            # as the writers mark every one ("vier von zehn Haushalten", "drei von 100 Befragten": shares)
            continue
        noun = m.groupdict().get("noun")
        last = m.end()
        if noun is not None:
            lw = noun.lower()
            if lw in language.function_words or lw in language.counted_skip or lw in language.short_words:
                continue
            nxt = _NEXT_WORD.match(text, last, min(end, last + 40))
            after = "" if nxt is None else nxt.group(1).lower()
            if (
                len(after) > 3  # ("si", "ne": pronouns, not "fronts")
                and after.endswith(_PROPORTION_PLURAL.get(language.code, ()))
                and not (after in language.function_words or after in language.short_words)
            ):
                continue  # "une attaque sur deux fronts"
            unit: str | None = lw
        else:
            nxt = _NEXT_WORD.match(text, last, min(end, last + 40))
            verb = nxt is not None and nxt.group(1).lower() in language.short_words  # "uno su tre ha"
            if c.scale.match(text, last, end) or (c.unit.match(text, last, end) and not verb):
                continue  # "einer von drei Millionen", "eine von 5 Prozent"
            unit, last = _local_noun(text, last, end, language)
        found.append(_share(text, start, end, m.start(), last, part / whole, unit, c, language))
    return sorted(found, key=lambda q: q.start)


def _word_ages(text: str, start: int, end: int, c: _Compiled, language: Language) -> list[Quantity]:
    """Ages told by a number word and a suffix ("ein neunjähriges Kind", "die Vierundzwanzigjährige")."""
    if c.age_word is None:
        return []
    found = []
    for m in c.age_word.finditer(text, start, end):
        years = language.number_words[m.group("n").lower()]
        found.append(
            Quantity(
                m.group(),
                m.start(),
                m.end(),
                years,
                years,
                years,
                Qualifiers.EXACT,
                "year of age",
                kind=QuantityKinds.AGE,
            )
        )
    return found


def _multiple_pattern(language: Language) -> re.Pattern[str] | None:
    nouns = [phrase for phrase in language.multiples if " " not in phrase]
    phrases = [phrase for phrase in language.multiples if " " in phrase]
    if not language.multiples and not language.multiple_verbs:
        return None
    alternatives = []
    if language.multiple_verbs:  # "hat sich mehr als verdreifacht", "se duplicó"
        alternatives.append(rf"(?<![\w-])(?P<verb>{_alternation(language.multiple_verbs)})")
    if nouns:  # after an article: "el doble", "più del doppio" (the article may be a preposition's)
        articles = _alternation([word for word in language.counted_skip if word.isalpha()])
        alternatives.append(rf"(?<![\w-])(?:{articles})\s+(?P<noun>{_alternation(nouns)})")
    if phrases:
        alternatives.append(rf"(?<![\w-])(?P<phrase>{_alternation(phrases)})")
    return re.compile(rf"(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)


def _multiples(text: str, start: int, end: int, c: _Compiled, language: Language) -> list[Quantity]:
    """The multiples ("el doble", "le triple", "doppelt so viele"): the factor, with a qualifier before it
    ("casi el doble", "plus du double"); a noun before another noun is an adjective ("el doble crimen")."""
    if c.multiple is None:
        return []
    found: list[Quantity] = []
    for m in c.multiple.finditer(text, start, end):
        groups = m.groupdict()
        verb, noun = groups.get("verb"), groups.get("noun")
        written: str = noun or groups.get("phrase") or verb or ""
        first = m.start("noun") if noun else m.start()
        article = re.split(r"['’]", _word_before(text, start, m.start()).lower())[-1]
        if verb and article in _articles(language):
            continue  # "auteur d'un doublé": a noun (two goals), not a verb
        if noun:
            nxt = _NEXT_WORD.match(text, m.end(), min(end, m.end() + 40))
            following = nxt.group(1).lower() if nxt is not None else ""
            elided = re.match(r"[^\W\d_]+['’]", following)  # "le triple d'avant"
            if elided is not None:
                following = elided.group()
            if nxt is not None and nxt.start(1) == m.end() + 1 and following not in c.glue:
                continue  # "le double meurtre", "il doppio incarico"
        key = " ".join(written.lower().split())
        ratio = language.multiple_verbs[key] if verb else language.multiples[key]
        found.append(_share(text, start, end, first, m.end(), ratio, "times", c, language))
    return found


def _proportion_number(word: str, language: Language) -> float | None:
    if word.isdigit():
        return float(word)
    value = language.number_words.get(word)
    return value if value is not None and value >= 1 and value % 1 == 0 else None


def _glued_currency(text: str, start: int, p: int, end: int, c: _Compiled) -> bool:
    """Is the word glued before the digits at ``p`` a currency sign of the language, before an amount
    ("Q300", "Q12.5 millones", "Q1,500"), not a code ("Q3", "Q4 2024")?"""
    if not c.glued_currency:
        return False
    s = p
    while s > start and text[s - 1].isalpha():
        s -= 1
    if text[s:p].lower() not in c.glued_currency or (s > start and text[s - 1].isalnum()):
        return False
    n = c.number.match(text, p, end)
    return n is not None and (n.end() - p >= 3 or c.scale.match(text, n.end(), end) is not None)


def _local_identifier(text: str, start: int, p: int, end: int) -> Quantity:
    """A code the digits at ``p`` are part of ("A320", "COVID-19", "2023/24"), whole."""
    q = p
    while q < end and (text[q].isalnum() or (text[q] in "-/" and q + 1 < end and text[q + 1].isalnum())):
        q += 1
    s = p
    while s > start and (
        text[s - 1].isalnum() or (text[s - 1] == "-" and s - 1 > start and text[s - 2].isalnum())
    ):
        s -= 1
    return Quantity(text[s:q], s, q, None, None, None, kind=QuantityKinds.IDENTIFIER)


# Words before a number word that count a part of the things just named ("dont", "davon", "de los cuales")
_OF_WHICH: Final = frozenset(("dont", "davon", "darunter", "cuales", "quali", "quais"))


def _local_token(
    text: str, start: int, end: int, p: int, m: re.Match[str], c: _Compiled, language: Language
) -> Quantity | _Atom | None:
    if not text[p].isdigit():
        return _local_words(text, start, end, m, c, language)
    for pattern, kind in ((c.date, QuantityKinds.DATE), (c.time, QuantityKinds.TIME)):
        d = pattern.match(text, p, end)
        if d is not None:
            return Quantity(d.group(), p, d.end(), None, None, None, kind=kind)
    clock = _LOCAL_CLOCK.match(text, p, end) or c.hour.match(text, p, end)
    if (
        clock is not None
        and c.clock.search(text[max(start, p - 16) : p])
        and not _TO_A_LEVEL_AFTER.match(text, clock.end(), end)
    ):  # "alle 9.45", "à 18 heures" (but "steigt um 0.40 auf 3.20 Franken": a change and its level)
        return Quantity(clock.group(), p, clock.end(), None, None, None, kind=QuantityKinds.TIME)
    hour = _BARE_HOUR.match(text, p, end)
    if hour is not None and _AT_HOUR.search(text, max(start, p - 12), p):  # "à 6 h", "vers 18 h"
        return Quantity(hour.group(), p, hour.end(), None, None, None, kind=QuantityKinds.TIME)
    if c.ordinal is not None:
        o = c.ordinal.match(text, p, end)
        if o is not None:
            return Quantity(o.group(), p, o.end(), None, None, None, kind=QuantityKinds.ORDINAL)
    n = c.number.match(text, p, end)
    assert n is not None  # the anchor is a digit
    number_end = n.end()
    compound = _TYPE_COMPOUND_AFTER.match(text, number_end, end) if language.code == "de" else None
    if compound is not None:  # "eine 4½-Zimmer-Wohnung": a flat's type, as French "un quatre-pièces"
        stop = compound.start(1)
        return Quantity(text[p:stop], p, stop, None, None, None, kind=QuantityKinds.IDENTIFIER)
    if _REFERENCE_BEFORE.search(text, max(start, p - 12), p):  # "§ 218", "Artikel 5", "Ligue 1"
        more = _MORE_REFERENCES.match(text, number_end, end)  # "Saisontore Nummer 17 und 18", "art. 3 y 4"
        stop = number_end if more is None else more.end()
        return Quantity(text[p:stop], p, stop, None, None, None, kind=QuantityKinds.IDENTIFIER)
    phone = _LOCAL_PHONE.match(text, p, end) if text[p] == "0" else None
    if phone is not None:  # "0800 1 50 70 90", "06 12 34 56 78": a number to call
        return Quantity(phone.group(), p, phone.end(), None, None, None, kind=QuantityKinds.IDENTIFIER)
    if text[p] == "0" and (code := _LEADING_ZERO.match(text, p, end)) is not None:
        return Quantity(code.group(), p, code.end(), None, None, None, kind=QuantityKinds.IDENTIFIER)
    if (
        language.code == "fr"
        and p > start
        and _DEPARTMENT.match(text, p - 1, end)
        and _CAPITALISED_BEFORE.search(text, start, p)
    ):  # "En Seine-Saint-Denis (93)": a département's number after its name
        return Quantity(n.group(), p, number_end, None, None, None, kind=QuantityKinds.IDENTIFIER)
    if (
        (
            _NAME_BEFORE.search(text, max(start, p - 20), p)
            or (language.code == "de" and _ROAD_BEFORE.search(text, max(start, p - 3), p))
            or _TRAIN_BEFORE.search(text, max(start, p - 5), p)
            or _FLIGHT_BEFORE.search(text, max(start, p - 12), p)
            or (
                _FILE_NUMBER_BEFORE.search(text, max(start, p - 44), p)
                and not text.startswith("/", number_end)  # ("4471/23" is read whole, as a reference)
            )
            or (language.code == "de" and _COMPOUND_NAME_BEFORE.search(text, max(start, p - 12), p))
        )
        and c.unit.match(text, number_end, end) is None
        and c.scale.match(text, number_end, end) is None
    ):  # "Wahlkreis 75", "ligne 13", "A 3", "Pariser Straße 112", "Flug RX 214"
        return Quantity(n.group(), p, number_end, None, None, None, kind=QuantityKinds.IDENTIFIER)
    if (
        language.code != "de"  # (German capitalises every noun)
        and number_end - p <= 2
        and n.group().isdigit()
        and _PROPER_NAME_BEFORE.search(text, max(start, p - 40), p)
        and _NAME_NUMBER_END.match(text, number_end, end)
    ):  # "la fusée Ariane 6 a", "les réacteurs Doel 4 et Tihange 3,": a name's number, mid-sentence
        return Quantity(n.group(), p, number_end, None, None, None, kind=QuantityKinds.IDENTIFIER)
    score = _SCORE.match(text, number_end, end) if number_end - p <= 2 and n.group().isdigit() else None
    if score is None and number_end - p <= 2 and n.group().isdigit():
        spoken = _SPOKEN_SCORE.match(text, number_end, end)  # "venceu por 3 a 1", "ganó 2 a 0"
        if (
            spoken is not None
            and (
                _SCORE_BY.search(text, max(start, p - 5), p)
                or _RESULT_VERB.search(text, max(start, p - 32), p)
            )
            and not _FROM_BEFORE_A_SPAN.search(text, max(start, p - 4), p)  # ("cayeron de 10 a 15 millones")
        ):
            return Quantity(
                text[p : spoken.end()], p, spoken.end(), None, None, None, kind=QuantityKinds.IDENTIFIER
            )
    if score is not None and (
        score.group(1) == ":"
        or int(score.group(2)) <= int(n.group())
        or _RESULT_OPPONENT.match(text, score.end(), end)
        or (_RESULT_VERB.search(text, max(start, p - 32), p) and _RESULT_END.match(text, score.end(), end))
    ):
        # a result ("gewann 3:1", "ganó 4-1"), not two figures; "10-20" (rising) stays a range
        return Quantity(
            text[p : score.end()], p, score.end(), None, None, None, kind=QuantityKinds.IDENTIFIER
        )
    if number_end - p <= 2 and n.group().isdigit():  # "entre 10 e 20 de julho", "du 10 au 20 juillet"
        joint = _DAY_JOINT.match(text, number_end, end)
        if joint is not None and c.date.match(text, joint.end(), end) is not None:
            return Quantity(n.group(), p, number_end, None, None, None, kind=QuantityKinds.DATE)
    after = text[number_end : number_end + 2]
    if after[:1] in ("'", "’") and n.group().isdigit() and not after[1:].isalnum():
        # a match minute ("entrato al 78';"), not "78'912" (Swiss thousands read above)
        return Quantity(
            text[p : number_end + 1], p, number_end + 1, None, None, None, kind=QuantityKinds.TIME
        )
    if c.age_suffix is not None and n.group().isdigit():
        suffix = c.age_suffix.match(text, number_end, end)
        if suffix is not None and 0 < int(n.group()) < 130:  # "il 38enne"
            value = float(n.group())
            return Quantity(
                text[p : suffix.end()],
                p,
                suffix.end(),
                value,
                value,
                value,
                Qualifiers.EXACT,
                "year of age",
                kind=QuantityKinds.AGE,
            )
    if (
        (
            after[:1].isalpha()
            and c.unit.match(text, number_end, end) is None
            and c.scale.match(text, number_end, end) is None  # "36mila", "5Mio": a scale glued to its number
        )
        or (after[:1] == "/" and after[1:].isdigit())
    ):
        return _local_identifier(text, start, p, end)  # "3D", "2023/24"
    if (
        language.day_dot_ordinal
        and after[:1] == "."
        and number_end - p <= 3
        and text[number_end + 1 : number_end + 2] == " "
        and number_end + 2 < end
    ):  # "der 2. Weltkrieg", "am 3. Tag": an ordinal (a sentence does not end inside itself)
        return Quantity(
            text[p : number_end + 1], p, number_end + 1, None, None, None, kind=QuantityKinds.ORDINAL
        )
    value = _localised_value(n.group(), language)
    first = p
    bare = n.group().isdigit()
    if language.thousand_word and bare and number_end - p <= 3:  # "48 mil 340 millones", "mil 243"
        word = language.thousand_word
        thousands = c.thousands.match(text, number_end, end)  # type: ignore[union-attr]
        before = text[max(start, p - len(word) - 3) : p].lower()
        if thousands is not None:
            value, number_end, bare = value * 1000 + int(thousands.group(1)), thousands.end(), False
        elif (
            before.endswith(f"{word} ")
            and (len(before) == len(word) + 1 or not before[-len(word) - 2].isalnum())
            and not before[: -len(word) - 1].rstrip()[-1:].isdigit()
        ):
            value, first, bare = 1000 + value, p - len(word) - 1, False
    half = _LOCAL_FRACTION_AFTER.match(text, number_end, end) if n.group().isdigit() else None
    if half is not None:
        if (
            language.code == "fr"
            and number_end - p == 1
            and _QUEBEC_FLAT_BEFORE.search(text, max(start, p - 6), p)
        ):
            # "le loyer moyen d'un 4 ½": a flat's type, as Quebec names them by their rooms, no count
            return Quantity(
                text[p : half.end()], p, half.end(), None, None, None, kind=QuantityKinds.IDENTIFIER
            )
        value, number_end, bare = value + _VULGAR_FRACTIONS[half.group(1)], half.end(), False  # "2 ½ Stunden"
    if p - 1 > start and text[p - 1] in _MINUS_SIGNS and (p - 2 < start or text[p - 2] in " \u00a0(:"):
        before = text[max(start, p - 4) : p - 1].rstrip()
        if not before or not (before[-1].isdigit() or before[-1] in "%€$"):  # "bei -3 Grad", not "10 - 15"
            value, first = -value, p - 1
    atom = _Atom(first, number_end, value, value, QuantityKinds.CARDINAL)
    atom.bare = bare
    _local_before(text, start, atom, c, language)
    _local_after(text, end, atom, c, language)
    _local_change(text, end, atom, language)
    _local_after_words(text, end, atom, c, language)
    if atom.unit is None and _MULTIPLIED_BY.search(text, max(start, p - 24), p):  # "multiplicó por 10"
        atom.unit, atom.bare = "times", None
    if (
        atom.bare
        and len(n.group()) == 4
        and _YEAR_RANGE[0] <= value <= _YEAR_RANGE[1]
        and not atom.scaled
        and not atom.currency
        and (atom.unit is None or (atom.noun and not c.people.match(atom.unit)))
        and not (atom.noun and atom.qualifier is Qualifiers.APPROXIMATE)  # "rund 2000 Stellen streichen"
        and not _ends_a_range_of_amounts(text, start, p)
        and not _bounds_an_amount(text, atom, language)
    ):
        return Quantity(n.group(), p, number_end, value, value, value, kind=QuantityKinds.DATE)
    return atom


# Bounds that a year does not take ("gut 2100", "más de 1500", "au moins 2000"); a year may be approximate
# ("circa 1900") or an upper bound ("bis 2030", "hasta 2030", "jusqu'à 2030")
_AMOUNT_BOUNDS: Final = frozenset((Qualifiers.MORE_THAN, Qualifiers.AT_LEAST, Qualifiers.LESS_THAN))


def _bounds_an_amount(text: str, atom: _Atom, language: Language) -> bool:
    """Whether a bound before a year-like number makes it an amount ("gut 2100 aus Afghanistan", "más de
    1500"), not a comparison with a year ("ein Viertel weniger als 2025") nor "bis 2030"."""
    if atom.qualifier not in _AMOUNT_BOUNDS:
        return False
    phrase = text[atom.qualifier_start : atom.number_start].lower().split()
    return not phrase or phrase[-1] not in language.than


# the start of a range and its joint before a number ("zwischen 1500 und ", "1.200 bis ", "entre 800 y ")
_RANGE_START_BEFORE: Final = re.compile(  # (not a name's number: "das Mittel NV-212 bis 2028")
    r"(?<![\w.,'’-])(\d{1,3}(?:[.\u00a0\u202f\u2009 '’]\d{3})+|\d+)(,\d+)?"
    r"[ \u00a0]*(?:[ \u00a0](?:und|bis|y|a|et|à|e)[ \u00a0]|[-–])[ \u00a0]*$",
    re.IGNORECASE,
)


def _ends_a_range_of_amounts(text: str, start: int, p: int) -> bool:
    """Whether the number at ``p`` ends a range whose start is no year ("zwischen 1500 und 2000
    Fachkräfte": both are amounts; "zwischen 1990 und 2000" stays two years)."""
    m = _RANGE_START_BEFORE.search(text, max(start, p - 24), p)
    if m is None:
        return False
    digits = re.sub(r"\D", "", m.group(1))
    return m.group(2) is not None or len(digits) != 4 or not _YEAR_RANGE[0] <= int(digits) <= _YEAR_RANGE[1]


_CAPITALISED_WORD_AFTER: Final = re.compile(r"[ \u00a0][A-ZÀ-Ý][^\W\d_]")


def _capitalised_name_around(text: str, start: int, first: int, last: int) -> bool:
    """Is a capitalised number word inside a sentence, after a lower-case word, and before a capitalised one
    part of a name ("Cuatro Caminos", "les Trois Vallées")? In prose number words are in lower case (not in
    German, which capitalises "Dutzende" as a noun)."""
    before = _word_before(text, start, first)
    return before.isalpha() and before.islower() and _CAPITALISED_WORD_AFTER.match(text, last) is not None


# a rank said in words ("auf Rang sechs"), the words ``_NAME_BEFORE`` reads before digits
_RANK_BEFORE: Final = re.compile(rf"(?<![^\W\d_])(?:tabellenplatz|{_RANK_WORDS})[ \u00a0]+$", re.IGNORECASE)


def _local_words(
    text: str, start: int, end: int, m: re.Match[str], c: _Compiled, language: Language
) -> Quantity | _Atom | None:
    """A number word, a vague plural ("Tausende") or "one" before a scale ("eine Million")."""
    words = " ".join(m.group().lower().split())
    first, last = m.start(), m.end()
    if (
        text[first].isupper()
        and not language.capitalises_nouns
        and " " not in words
        and _capitalised_name_around(text, start, first, last)
    ):
        return _local_identifier(text, start, first, end)  # "entre Moncloa y Cuatro Caminos": a name
    if _RANK_BEFORE.search(text, max(start, first - 16), first):  # "auf Rang sechs geklettert": a rank
        return Quantity(text[first:last], first, last, None, None, None, kind=QuantityKinds.ORDINAL)
    one, _, scale = words.partition(" ")
    one_point = False
    if one.split("-")[0] in language.half_words or language.number_words.get(words, 0) >= 12:
        article = re.split(r"['’]", _word_before(text, start, first))[-1]  # ("d'un demi-point": "un")
        if article.lower() in language.one_words:  # "rund ein Dutzend", "rund eine halbe Million"
            first -= len(article) + 1
    if one in language.one_words and scale in language.scales:
        low = high = language.scales[scale]
        atom = _Atom(first, last, low, high, QuantityKinds.CARDINAL)
        atom.scaled = True
    elif one in language.one_words and scale in _percent_words(language):  # "verliert einen Prozentpunkt"
        atom = _Atom(first, first + len(m.group().split()[0]), 1.0, 1.0, QuantityKinds.CARDINAL)
        if scale in _BARE_POINTS:  # "um einen Punkt", "baisse d'un point", not "un point de presse"
            one_point = True
    elif one in language.one_words and scale in c.halved_units:  # "un año y medio"
        half = _AND_A_HALF.match(text, last, end)
        if half is None:
            return None
        unit, kind = language.units[scale]
        atom = _Atom(first, half.end(), 1.5, 1.5, kind)
        atom.unit = unit
    elif one.split("-")[0] in language.half_words:  # "eine halbe Milliarde", "medio millón", "une demi-heure"
        _, _, rest = words.replace("-", " ", 1).partition(" ")
        if rest in language.approx_nouns:  # "medio centenar de investigadores"
            return _approximate(text, start, end, first, last, 0.5 * language.approx_nouns[rest], c, language)
        if rest in language.scales:
            atom = _Atom(
                first, last, 0.5 * language.scales[rest], 0.5 * language.scales[rest], QuantityKinds.CARDINAL
            )
            atom.scaled = True
        else:
            # "einen halben Prozentpunkt", "un demi-point", "se redujo medio punto": half a percentage point
            # (a bare point only as a change, as "um einen Punkt" is)
            unit, kind = language.units.get(rest) or (_PERCENTAGE_POINT, QuantityKinds.PERCENT)
            one_point = rest in _BARE_POINTS or rest in _HALF_POINTS.get(language.code, ())
            atom = _Atom(first, last, 0.5, 0.5, kind)
            atom.unit = unit
    elif one in language.one_words and scale in language.fractions:  # "knapp ein Viertel.", "un terzo degli"
        part = language.fractions[scale]
        atom = _Atom(first, last, part, part, QuantityKinds.CARDINAL)
    elif words in language.vague:
        base = language.vague[words]
        atom = _Atom(first, last, base, base * 10, QuantityKinds.CARDINAL)
        if language.of_words and not words.endswith(tuple(f" {of}" for of in language.of_words)):
            # "centenares salieron", "migliaia sono": alone, a verb after it (the noun would follow "de")
            noun, atom.end = _elided_noun(text, last, end, language) or (None, last)
            atom.unit, atom.noun = noun, noun is not None
            atom.bare = None
            _local_before(text, start, atom, c, language)
            return atom
    elif words in language.approx_nouns:  # "une vingtaine de", "un centenar de": after "one" only
        article = re.split(r"['’]", _word_before(text, start, first))[-1]  # "d'une vingtaine"
        if article.lower() not in language.one_words:
            return None
        base = language.approx_nouns[words]
        return _approximate(text, start, end, first - len(article) - 1, last, base, c, language)
    else:
        value = language.number_words[words]
        # a lone number word counts something only when a noun, scale or unit follows ("sei stato": no),
        # or a partitive ("drei von ihnen")
        nxt = _NEXT_WORD.match(text, last, min(end, last + 40))
        word = "" if nxt is None else nxt.group(1).lower()
        joined = _compound(text, last, end, value, c, language)
        if joined is None and 100 <= value <= 900 and value % 100 == 0 and language.code in _COMPOUND_JOINTS:
            tail = _HUNDREDS_TAIL.match(text, last, end)  # "ciento cincuenta", "duzentos e vinte"
            if tail is not None:
                small_word = tail.group(1).lower()
                if small_word not in language.number_words:  # "soixante-quinze": "soixante", then "-quinze"
                    small_word = small_word.split("-")[0]
                small = language.number_words.get(small_word)
                small_end = tail.start(1) + len(small_word)
                if small is not None and 1 <= small < 100 and small % 1 == 0:
                    joined = _compound(text, small_end, end, small, c, language) or (small, small_end)
                    joined = (value + joined[0], joined[1])
        if joined is not None:  # "cuarenta y cinco", "quarante-cinq", "vinte e três"
            value, last = joined
            nxt = _NEXT_WORD.match(text, last, min(end, last + 40))
            word = "" if nxt is None else nxt.group(1).lower()
        if word in language.clock_bare and nxt is not None:  # "um drei Uhr", as "um 3 Uhr": a clock time
            return Quantity(
                text[first : nxt.end()], first, nxt.end(), None, None, None, kind=QuantityKinds.TIME
            )
        round_noun = language.approx_nouns.get(word)
        if round_noun is not None:  # "duas dezenas de deputados"
            return _approximate(text, start, end, first, nxt.end(), value * round_noun, c, language)  # type: ignore[union-attr]
        fraction = language.fractions.get(word)
        fraction_end = nxt.end() if nxt is not None else last
        if fraction is None and nxt is not None:  # "dos terceras partes": a part named in two words
            second = _NEXT_WORD.match(text, fraction_end, min(end, fraction_end + 40))
            if second is not None:
                fraction = language.fractions.get(f"{word} {second.group(1).lower()}")
                fraction_end = second.end() if fraction is not None else fraction_end
        if fraction is not None:  # "zwei Drittel"
            portion = _parts(value, fraction)
            atom = _Atom(first, fraction_end, portion, portion, QuantityKinds.CARDINAL)
            atom.bare = None
            _local_before(text, start, atom, c, language)
            atom.end = atom.number_end
            _local_after_words(text, end, atom, c, language)  # "um ein Drittel geringer"
            if atom.qualifier is Qualifiers.EXACT:
                _local_change(text, end, atom, language)  # "ist um zwei Drittel gesunken"
            return atom
        after_other = _word_before(text, start, first).lower() in language.others  # "altre tre sono"
        # a part of the things just counted: "460 postes, dont nonante dans l'enseignement", "davon zwei"
        after_other = after_other or _word_before(text, start, first).lower() in _OF_WHICH
        multiplied = _MULTIPLIED_BY.search(text, max(start, first - 24), first) is not None
        after_other = after_other or multiplied  # "se multiplicaron por diez en"
        if word in ("por", "pour", "per") and c.unit.match(text, last, end) is not None:
            after_other = True  # "sesenta y dos por ciento", "trois pour cent": a unit, not a preposition
        if c.after is not None and c.after.match(text, last, end):
            after_other = True  # "dois a mais", "tre in più": a figure qualified after it
        between, and_word = language.between
        opens_range = (
            word == and_word and bool(between) and _word_before(text, start, first).lower() == between
        )
        # a share named by a noun ("die Hälfte", "la mitad") needs nothing after it
        # (or by the singular "of the" after it: "cerca de metade da despesa", "un terzo del bilancio")
        before = _word_before(text, start, first).lower()
        share = value < 1 and (
            before in _SHARE_ARTICLES
            or word in _SHARE_OF
            # "a réduit de moitié les rations"
            or (before == language.count_change_by == "de" and value == 0.5)
        )
        if (
            not after_other
            and not share
            and not opens_range
            and (
                not word
                or (
                    word not in language.partitive
                    and (word in language.function_words or word in language.counted_skip)
                )
                or word.endswith(language.participles)  # "sei stato": a verb, not six states
            )
        ):
            return None
        atom = _Atom(first, last, value, value, QuantityKinds.CARDINAL)
        if multiplied:
            atom.unit = "times"
        # "entre cinco y ocho años", "zwischen fünf und acht Jahren": the first end, if a range joins it
        atom.opens_range = opens_range and not (after_other or share)
    atom.bare = None
    _local_before(text, start, atom, c, language)
    _local_after(text, end, atom, c, language)
    _local_change(text, end, atom, language)
    _local_after_words(text, end, atom, c, language)
    if one_point and (
        (
            atom.qualifier not in (Qualifiers.INCREASE, Qualifiers.DECREASE)
            and _word_before(text, start, first).lower() not in language.change_by
        )
        or _POINT_OF_A_PLACE.match(text, atom.end, end)
    ):
        return None
    return atom


# "multiplied by" before a factor ("se multiplicó por diez", "multiplié par trois", "moltiplicati per 4")
_MULTIPLIED_BY: Final = re.compile(
    r"(?<![^\W\d_])(?:multiplic|multipli|moltiplic)[^\W\d_]*[ \u00a0]+(?:por|par|per)[ \u00a0]+$",
    re.IGNORECASE,
)
# "Punkt", "point" alone: one of them is a change of one point only after a change or "by" ("legt um einen
# Punkt zu", "a baissé d'un point"), not "un point de presse", "ein Punkt, der"
_BARE_POINTS: Final = frozenset(("punkt", "point"))
# After "un point", the noun that makes it a place or a thing ("à la tête d'un point de deal", "un point de
# vente"), not a point of a scale ("d'un point de plus")
_POINT_OF_A_PLACE: Final = re.compile(
    r"[ \u00a0]+(?:de|d['’])[ \u00a0]*(?!plus\b|moins\b|base\b|pourcentage\b)[^\W\d_]"
)
# Where a bare point is no unit of the language's own, half of one is still half a percentage point after a
# change ("se redujo medio punto", "caiu meio ponto"); "dos puntos" stays a score.
_HALF_POINTS: Final[dict[str, tuple[str, ...]]] = {"es": ("punto",), "pt": ("ponto",), "it": ("punto",)}
_PERCENTAGE_POINT: Final = "percentage point"
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+(?:['’][^\W\d_]+)?)")
# the articles before a share's noun ("die Hälfte", "la mitad", "la moitié", "a metade", "la metà")
_SHARE_ARTICLES: Final = frozenset(("die", "la", "a"))
# "of the" in the singular after a share, where no language's partitives have it ("metade da", "terzo del")
_SHARE_OF: Final = frozenset(("da", "do", "del", "della", "dello"))


# how tens and units join in words ("cuarenta y cinco", "vinte e três", "quarante-cinq", "vingt et un")
_COMPOUND_JOINTS: Final = {"es": r"\s+y\s+", "pt": r"\s+e\s+", "fr": r"-et-|-|\s+et\s+"}
_HUNDREDS_TAIL: Final = re.compile(r"(?:\s+e)?\s+([^\W\d_]+(?:-[^\W\d_]+)*)(?![\w-])")


def _compound(
    text: str, last: int, end: int, value: float, c: _Compiled, language: Language
) -> tuple[float, int] | None:
    """A tens word's units after it, joined as the language writes them: the value and where it ends."""
    if value < 20 or value > 90 or value % 10 or c.compound is None:
        return None
    m = c.compound.match(text, last, end)
    if m is None:
        return None
    unit_word = m.group(1).lower()
    unit = 1.0 if unit_word in language.one_words else language.number_words.get(unit_word)
    top = 19 if value in (60, 80) and language.code == "fr" else 9  # "soixante-quinze", "quatre-vingt-dix"
    if unit is None or not 1 <= unit <= top or unit % 1:
        return None
    return value + unit, m.end()


def _approximate(
    text: str, start: int, end: int, first: int, last: int, value: float, c: _Compiled, language: Language
) -> _Atom:
    """A round number told by a noun ("une vingtaine d'infirmiers"): approximate unless a qualifier says
    more, then read like a scaled number ("de" and the noun counted)."""
    if c.of is not None:  # "une centaine de milliers", "decenas de millones": hundreds of thousands
        o = c.of.match(text, last, end)
        nxt = _NEXT_WORD.match(text, o.end() - 1, min(end, o.end() + 20)) if o is not None else None
        if nxt is not None:
            word = nxt.group(1).lower()
            factor = language.scales.get(word) or (
                language.approx_nouns.get(word) if language.approx_nouns.get(word, 0) >= 1000 else None
            )
            if factor:
                value, last = value * factor, nxt.end()
    atom = _Atom(first, last, value, value, QuantityKinds.CARDINAL)
    atom.bare = None
    atom.scaled = True
    _local_before(text, start, atom, c, language)
    if atom.qualifier is Qualifiers.EXACT:
        atom.qualifier = Qualifiers.APPROXIMATE
    _local_after(text, end, atom, c, language)
    _local_change(text, end, atom, language)
    return atom


def _local_before(text: str, start: int, atom: _Atom, c: _Compiled, language: Language) -> None:
    """A currency symbol and a qualifier right before the number."""
    s = atom.start
    pre = text[max(start, s - 6) : s]
    stripped = pre.rstrip(" \u00a0\u202f\u2009")
    for symbol, unit in c.currency_before:
        if stripped.lower().endswith(symbol) and (
            len(stripped) == len(symbol) or not stripped[-len(symbol) - 1].isalpha()
        ):
            atom.unit, atom.kind, atom.currency = unit, QuantityKinds.MONEY, True
            s = s - len(pre) + len(stripped) - len(symbol)
            atom.start = atom.qualifier_start = s
            break
    # (the five words back to a verb before "um" or "en" may be long German ones: "verteuerten sich
    # Nahrungsmittel binnen Jahresfrist um 5,2 Prozent")
    lowered = text[max(start, s - 64) : s].lower()
    bare = lowered.rstrip()
    article = bare.rsplit(" ", 1)[-1] if " " in bare else ""
    found = _local_qualifier(lowered, s, atom, c)
    if not found and (article in language.counted_skip or article in language.short_words):
        # an article between: "près de la moitié", "superar los 9 euros", "sotto i 40 euro"; not "up to"
        # ("se moderó hasta el 2,4%" is a level reached)
        head = bare[: -len(article)]
        found = _local_qualifier(head, s - len(lowered) + len(head), atom, c)
        if (
            found
            and atom.qualifier is Qualifiers.AT_MOST
            and " " not in found  # not "no supera los 30"
            and article not in _INDEFINITE_ARTICLES  # "hasta un 20% por encima" is an upper bound
            and not _MAY_VERB_BEFORE.search(head)  # "podrían perder hasta el 40% de sus cultivos": a bound
            and not _share_of_with_no_change(text, head, atom, language)
        ):
            atom.qualifier, atom.qualifier_start = Qualifiers.EXACT, atom.start
            return  # (nor the change a verb before tells: "el carbón cayó hasta el 9%", the level it fell to)
    elif (
        found
        and atom.qualifier is Qualifiers.AT_MOST
        and _level_after_a_change(text, start, atom.qualifier_start, found, language)
    ):
        atom.qualifier, atom.qualifier_start = Qualifiers.EXACT, atom.start  # (the phrase stays outside)
        return
    if (
        found == "über"
        and language.code == "de"
        and (noun := _word_before(text, start, atom.qualifier_start)).lower().endswith(_WORTH_NOUNS)
        and noun[:1].isupper()
    ):  # "eine Ausstiegsklausel über 25 Millionen Euro", "ein Kredit über 500.000 Euro", "den Sprint über 7,5
        # Kilometer": what the thing is for, no bound ("Menschen über 65" stay older than)
        atom.qualifier, atom.qualifier_start = Qualifiers.EXACT, atom.start
        return
    if (
        not found
        and atom.qualifier is Qualifiers.EXACT
        and language.code == "fr"
        and bare.endswith(" à")
        and any(word.startswith("plafonné") for word in bare.split()[-8:-1])
    ):  # "a plafonné la marge des bouchers à 8 %", "seront plafonnés à 1450 francs": a cap, as "capped at" is
        # ("la couverture plafonne à 54 %", where it levels off, is the level)
        atom.qualifier = Qualifiers.AT_MOST
        return
    if not found and atom.qualifier is Qualifiers.EXACT:
        found = _qualifier_past_adverb(bare, s - len(lowered), atom, c, language)
    if found.endswith(_COMPARED_WITH) and _THAT_AFTER.match(text, atom.end):
        # "por debajo del 1,9 % que esperaban los analistas": a figure compared with, not a bound
        atom.qualifier, atom.qualifier_start = Qualifiers.EXACT, atom.start
    if (
        found
        and atom.qualifier in _NEGATED
        and _LOCAL_NEGATION_BEFORE.search(text, max(start, atom.qualifier_start - 48), atom.qualifier_start)
        is not None
    ):
        # "ne devrait pas dépasser 200 francs", "no debería superar los 30 grados": the bound flips, as
        # English "did not exceed" does
        atom.qualifier = _NEGATED[atom.qualifier]
    if found:
        return
    words = lowered.split()
    if len(words) > 1 and words[-1] == "von" and words[-2].endswith(_COMPOUND_CHANGE_TAILS):
        # "einen Umsatzeinbruch von 8,4 Prozent": a compound noun of change before "von", as before "um" (in
        # "von 3,1 auf 4,5 Prozent", two levels, ``_local_assemble`` takes the change back)
        atom.qualifier = _compound_change(words[-2])
        return
    by = False
    by_words: list[str] = []
    for _ in range(2):  # "subirán en promedio 9,3 %", "steigen im Mittel um 4,7 Prozent": the verb before
        if len(words) > 2 and (words[-2], words[-1]) in _ON_AVERAGE:
            del words[-2:]
        if len(words) > 2 and words[-1] in _AFTER_UM and words[-2] in language.change_by:
            words.pop()  # "senkt ihre Strompreise um durchschnittlich 11 Prozent"
        while words and words[-1] in language.change_by:
            by_words.append(words.pop())
            by = True
    if by and words and words[-1].startswith(_ABOVE_OR_BELOW_BY):
        # "une espérance de vie inférieure de trente ans à celle", "una cifra superior en un 5 % a": higher or
        # lower by
        atom.qualifier = (
            Qualifiers.INCREASE if words[-1].startswith(_ABOVE_OR_BELOW_BY[:2]) else Qualifiers.DECREASE
        )
        return
    if (
        by
        and len(words) > 1
        and words[-1] in _AVERAGE_WORDS
        and not _changes(words[-2], language.increase)
        and not _changes(words[-2], language.decrease)
    ):
        return  # "una pendiente media del 9,2 %": an average's level (not "un aumento medio del 3 %")
    if (
        len(words) > 2
        and words[-3] in _WITHIN_WORDS
        and (words[-2][:1].isdigit() or words[-2] in language.number_words)
        and language.units.get(words[-1], (None, None))[1] is QuantityKinds.DURATION
    ):
        del words[-3:]  # "stieg der Pegel binnen 24 Stunden um 1,7 Meter": the time it took, not a figure
    if words and words[-1] == language.between[0]:
        words.pop()  # "crecerá entre 3 y 3,4%": a range the verb changes by
        while words and words[-1] in language.change_by:
            words.pop()  # "stiegen um zwischen 3 und 5 Prozent"
            by = True
    if not by and language.code == "de":
        _past_german_adverbials(words)  # "die Aktie verlor am Vormittag 4,7 Prozent"
    # the verb right before, or after "um"/"de"/"del" … a few words back ("schrumpfte im Quartal um 0,3 %")
    # words back to the verb ("recortó su tasa de interés en 25 puntos"; past an adverb, "verlor damit 3,4
    # Punkte"); an object and an adverbial may come between the verb and "um" or "en" ("steigerte seinen
    # Reingewinn im ersten Halbjahr um 8,5 Prozent", "recortó su tasa de interés de referencia en 50 puntos
    # base"; eight words after "um": "senken zum 1. Januar den Gaspreis für Haushaltskunden um 1,4 Cent"), not
    # "de", which may be a level's ("bajar la edad mínima de jubilación de 65 a 60 años")
    reach = (
        (8 if "um" in by_words else 7 if _FAR_BY.intersection(by_words) else 5)
        if by
        else 2
        if words and words[-1] in _ADVERBS_BETWEEN
        else 1
    )
    window = words[-reach - 1 :]  # (and the word before the farthest, for a comparative's "más")
    for index in range(len(window) - 1, max(-1, len(window) - 1 - reach), -1):
        word = window[index]
        if word.endswith((",", ";", ":")) or (
            any(character.isdigit() for character in word)
            and not _A_YEAR.fullmatch(word)
            and not (
                _DAY_DOT.fullmatch(word)
                and window[index + 1 : index + 2]
                and window[index + 1] in language.months
            )
        ):
            break  # another clause or figure: "perdu 25 mètres en dix ans", "158 mila persone, il 50%" (a
            # year or a date is neither: "stieg gegenüber 2020 um 4,2 Punkte", "senkt zum 1. Februar ihre
            # Strompreise um 11 Prozent")
        if index and window[index - 1] in _COMPARATIVES:
            break  # an adjective compared: "la más baja en 12 años", "le plus bas depuis", no change
        if word in _GROWTH_NOUNS or (not by and word.startswith(_CHANGE_ONLY_BY)):
            break
        if _changes(word, language.increase):
            atom.qualifier = Qualifiers.INCREASE
            return
        if _changes(word, language.decrease):
            atom.qualifier = Qualifiers.DECREASE
            return
        if by and word.endswith(_COMPOUND_CHANGE_TAILS):  # "einen Umsatzrückgang um 6,4 Prozent"
            atom.qualifier = _compound_change(word)
            return


# German compounds that end in a change noun, before "um" ("ein Umsatzrückgang um", "ein Preisanstieg um")
_COMPOUND_CHANGES: Final = {
    **dict.fromkeys(("rückgang", "einbruch", "senkung", "kürzung"), Qualifiers.DECREASE),
    **dict.fromkeys(("anstieg", "zuwachs", "steigerung", "erhöhung"), Qualifiers.INCREASE),
}
_COMPOUND_CHANGE_TAILS: Final = tuple(_COMPOUND_CHANGES)


def _compound_change(word: str) -> Qualifier:
    """The change a compound ending in a change noun names (``word`` ends in one of ``_COMPOUND_CHANGES``)."""
    return next(change for tail, change in _COMPOUND_CHANGES.items() if word.endswith(tail))


_REFLEXIVES: Final = frozenset(("sich", "se", "si"))
_LENGTHENING_STEMS: Final = ("prolong", "allong", "verläng", "prorrog", "alarg", "prolung", "allung")
_COMPARATIVES: Final = frozenset(("más", "menos", "plus", "moins", "più", "meno", "mais"))
# adjectives of higher and lower before "de", "en", "di" and the amount (those of higher first)
_ABOVE_OR_BELOW_BY: Final = ("supérieur", "superior", "inférieur", "inferior")
# an average's adjective before "del", "de", "di" and its level
_AVERAGE_WORDS: Final = frozenset(
    ("media", "medio", "medias", "medios", "moyenne", "moyen", "média", "médio")
)
# before a period a change took ("binnen 24 Stunden", "en 48 horas", "en deux jours")
_WITHIN_WORDS: Final = frozenset(("binnen", "innerhalb", "en", "dans", "in", "entro", "em"))
# a negation in the two words before a bound ("ne devrait pas dépasser", "no debería superar")
_LOCAL_NEGATION_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:pas|no|non|não|nicht)[ \u00a0]+"
    r"(?:(?!(?:solo|sólo|solamente|seulement|soltanto|apenas|nur)[ \u00a0])[^\W\d_]+[ \u00a0]+)?$",
    re.IGNORECASE,
)
_INDEFINITE_ARTICLES: Final = frozenset(("un", "una", "uno", "une", "ein", "eine", "um", "uma"))
_PRECIPITATION_UNITS: Final = frozenset(("millimetre", "centimetre", "litre"))
_LOCAL_JOB_NOUNS: Final = frozenset(
    "emplois postes empleos puestos stellen arbeitsplätze jobs posti empregos".split()
)
_LOST_OR_GAINED_STEMS: Final = ("perd", "verl", "gan", "gagn", "guadagn", "ganh")
_ADVANCE_STEMS: Final = ("avanz", "avanç", "progress")


def _verb_of_by(text: str, atom: _Atom) -> str:
    """The word before the "de", "um" or "en" before the figure, past a reflexive ("verkürzt sich um")."""
    by_start = text.rfind(" ", 0, atom.qualifier_start - 1) + 1
    verb = _word_before(text, 0, by_start).lower()
    if verb in _REFLEXIVES:  # "verkürzt sich um zwölf Minuten"
        verb = _word_before(text, 0, text.rfind(" ", 0, by_start - 1) + 1).lower()
    return verb


def _verb_before_by(text: str, atom: _Atom, language: Language) -> bool:
    """Is the word before the "de" before the figure a change verb ("relevé de deux ans"; not "une période de
    neuf ans" after a noun that looks like one, nor a period lengthened, "prolongeant de dix ans les
    réacteurs", which the blind sets' writers mark as the period)?"""
    verb = _verb_of_by(text, atom)
    if verb.startswith(_LENGTHENING_STEMS):
        return False
    return (
        _changes(verb, language.increase)
        or _changes(verb, language.decrease)
        or verb.startswith(_ABOVE_OR_BELOW_BY)  # "une espérance de vie inférieure de trente ans"
    )


def _verb_before(text: str, atom: _Atom, stems: tuple[str, ...], language: Language) -> bool:
    """Is one of the two words before the figure, or before the time it took, a verb of ``stems``
    ("avanzaron 12 kilómetros", "ont progressé de 12 kilomètres", "fielen zwischen 180 und 320 Millimeter",
    "fielen binnen 48 Stunden 187 Liter")?"""
    words = text[max(0, atom.qualifier_start - 64) : atom.qualifier_start].lower().split()[-5:]
    if (
        len(words) > 3
        and words[-3] in _WITHIN_WORDS
        and (words[-2][:1].isdigit() or words[-2] in language.number_words)
        and language.units.get(words[-1], (None, None))[1] is QuantityKinds.DURATION
    ):
        del words[-3:]  # past the time it took: "fielen binnen 48 Stunden 187 Liter Regen"
    if language.code == "de":
        _past_german_adverbials(words)  # "in Freiburg fielen am Dienstag 96 Liter"
    return any(word.startswith(stems) for word in words[-2:])


_FALL_STEMS: Final = ("cay", "cae", "caí", "tomb", "fiel", "fäll", "fall", "cad", "caiu", "caír", "caem")
_ON_AVERAGE: Final = frozenset(
    (
        ("en", "promedio"),
        ("en", "moyenne"),
        ("im", "schnitt"),
        ("im", "mittel"),
        ("im", "durchschnitt"),
        ("in", "media"),
        ("em", "média"),
    )
)
# A rate of growth is a level, as NewsQuant and the English rules have it ("une croissance de 0,9 %", "un
# crecimiento del 2%"), not a change, though the verbs of its stem are ("crecerá un 2 %")
_GROWTH_NOUNS: Final = frozenset(("croissance", "crecimiento", "wachstum", "crescimento", "crescita"))
# Verbs a change needs "de" after ("a relevé son taux de 0,25 point"; "l'IRM a relevé 38,4 degrés" recorded
# it)
# (and "superar": "supera en 1,9 puntos" a rise; "supera los 100" a bound)
_CHANGE_ONLY_BY: Final = ("relev", "super")
_A_YEAR: Final = re.compile(r"(?:19|20)\d\d")


# Comparisons with a figure that a clause then names ("por debajo del 1,9 % que esperaban los analistas",
# "au-dessus des 2 % qu'attendait le marché"): the figure is another's, exact
_COMPARED_WITH: Final = (
    "debajo del",
    "encima del",
    "debajo de los",
    "encima de los",
    "dessous des",
    "dessus des",
)
_THAT_AFTER: Final = re.compile(
    r"(?:[ \u00a0\u202f]?%|[ \u00a0]+(?:por ciento|pour cent))?[ \u00a0]+(?:que|qu['’])"
)
# Adverbs between a bound's or a change's verb and its figure: "dépasse désormais 1,3 million", "superó ya
# los 21 millones", "übersteigt inzwischen 40 Prozent", "verlor damit 3,4 Punkte", "creció apenas 0.3%"
_FAR_BY: Final = frozenset(("um", "en"))
_DAY_DOT: Final = re.compile(r"\d{1,2}\.")
_CONTRACTED_PREPOSITIONS: Final = frozenset(("am", "im", "zum", "beim", "vom"))
_PREPOSITIONS: Final = frozenset(("an", "in", "auf", "bei", "von", "nach", "seit"))
_ARTICLES_DE: Final = frozenset(("der", "dem", "den", "die", "des"))


def _past_german_adverbials(words: list[str]) -> None:
    """Drop up to two adverbials between a German verb and the figure it moves by, which the verb's second
    place puts there: a contracted preposition and its noun ("verlor am Vormittag 4,7 Prozent"), a
    preposition, an article and a noun ("verlor an der SIX zeitweise 6,4 Prozent"), or an adverb."""
    for _ in range(3):
        if len(words) > 1 and words[-1] in _ADVERBS_BETWEEN and words[-2] not in _ADVERBS_BETWEEN:
            if len(words) > 2 and (words[-3] in _CONTRACTED_PREPOSITIONS or words[-3] in _ARTICLES_DE):
                words.pop()  # (the adverb after a phrase: "an der SIX zeitweise")
                continue
            return
        if len(words) > 2 and words[-2] in _CONTRACTED_PREPOSITIONS:
            del words[-2:]
        elif len(words) > 3 and words[-2] in _ARTICLES_DE and words[-3] in _PREPOSITIONS:
            del words[-3:]
        else:
            return


_ADVERBS_BETWEEN: Final = frozenset(
    "désormais déjà encore toujours ainsi ahora ya todavía aún así nuevamente schon bereits inzwischen "
    "mittlerweile nun damit somit erneut zeitweise zwischenzeitlich zuletzt heute gestern ora già ainda "
    "agora já hoy ayer aujourd'hui oggi ieri hoje ontem apenas erstmals "
    "aber jedoch cependant pourtant però".split()  # ("verlor aber 6,7 Prozentpunkte")
)
_ADVERB_PHRASES: Final = (
    "por primera vez",
    "pour la première fois",
    "per la prima volta",
    "pela primeira vez",
    "zum ersten mal",
)


def _qualifier_past_adverb(bare: str, offset: int, atom: _Atom, c: _Compiled, language: Language) -> str:
    """The qualifier of a bound's verb read past one adverb of time and an article after it ("dépasse
    désormais 1,3 million", "superó ya los 21 millones"); the phrase, or "". ``bare``: the lower-cased text
    before the figure, stripped on the right, starting at ``offset``."""
    words = bare.rsplit(None, 2)
    stem = bare
    if len(words) > 1 and (words[-1] in language.counted_skip or words[-1] in language.short_words):
        stem = bare[: -len(words[-1])].rstrip()
        words = stem.rsplit(None, 1)
    phrase = next((p for p in _ADVERB_PHRASES if stem.endswith(" " + p)), None)
    if phrase is not None:  # "superó por primera vez los 21,9 millones"
        head = stem[: -len(phrase)]
    elif len(words) < 2 or words[-1] not in _ADVERBS_BETWEEN:
        return ""
    else:
        head = bare[: bare.rfind(words[-1])]
    found = _local_qualifier(head, offset + len(head), atom, c)
    if found and " " not in found and atom.qualifier not in (Qualifiers.MORE_THAN, Qualifiers.APPROXIMATE):
        atom.qualifier, atom.qualifier_start = Qualifiers.EXACT, atom.start  # (only a verb of passing)
        return ""
    return found


# A share's sign or word, then "of" (read before the unit is: "70 % de las cosechas")
_PERCENT_OF_AFTER: Final = re.compile(
    r"[ \u00a0\u202f\u2009]*(?:%|por[ \u00a0]ciento|pour[ \u00a0]cent|per[ \u00a0]cento|por[ \u00a0]cento"
    r"|prozent)[ \u00a0]+(?:de|del|des|du|di|da|do|der)\b",
    re.IGNORECASE,
)


def _share_of_with_no_change(text: str, head: str, atom: _Atom, language: Language) -> bool:
    """Is the share after a one-word bound and its article a part of a whole, with no verb of change before
    it ("una sequía que arrasó hasta el 70 % de las cosechas": up to 70%; "el carbón cayó hasta el 9 % de la
    generación" stays the level it fell to)?"""
    if _PERCENT_OF_AFTER.match(text, atom.end) is None:
        return False
    words = head.split()[-4:-1]  # (the bound itself is the last word)
    return not any(_changes(word, language.increase) or _changes(word, language.decrease) for word in words)


# "may" and a verb before a bound with an article ("podrían perder hasta el 40%", "pode perder até os"): what
# may come to pass, up to a bound, not a level reached
_MAY_VERB_BEFORE: Final = re.compile(
    r"\b(?:podr[íi]an?|puede[ns]?|podr[áa]n?|pode[mr]?|poderia[m]?|poderão|potrebber[oe]|potrebbe|può|possono)"
    r"[ \u00a0]+[^\W\d_]+[ \u00a0]+[^\W\d_]+[ \u00a0]*$"
)
# German nouns of a sum or a distance that "über" after them states ("Kredit über 500.000 Euro")
_WORTH_NOUNS: Final = (
    "plan",
    "kredit",
    "klausel",
    "vertrag",
    "auftrag",
    "rechnung",
    "scheck",
    "anleihe",
    "darlehen",
    "paket",
    "bürgschaft",
    "sprint",
    "lauf",
    "rennen",
    "strecke",
    "distanz",
    "zusage",
    "spende",
    "fonds",
    "vergleich",
)
# the endings of a Spanish or Portuguese verb's simple past ("cayó", "subieron", "caiu", "aumentou")
_PAST_ENDINGS: Final = ("ó", "aron", "ieron", "iu", "ou", "ram")


# When or where a change happened, said between its figure and the level it reached ("en septiembre", "en el
# trimestre", "em outubro")
_WHEN_OR_WHERE_AFTER_A_CHANGE: Final = re.compile(
    r"(?<=[\d%a-z])[ \u00a0]+(?:en|em|no|na)(?:[ \u00a0]+\w+){1,2}$"
)


def _level_after_a_change(text: str, start: int, at: int, phrase: str, language: Language) -> bool:
    """Whether a one-word bound ("hasta", "até") after a comma or the change's own figure follows a change in
    its sentence: the level the change reached ("bajó en 16.300 personas, hasta 2.389.000", "avanzó 1.1% hasta
    56,310.45 puntos"), not an upper bound."""
    if " " in phrase:
        return False
    before = text[max(start, at - 90) : at].rstrip(" \u00a0")
    verb = before.rsplit(None, 1)[-1].lower() if before else ""
    if verb.endswith(_PAST_ENDINGS) and (
        _changes(verb, language.increase) or _changes(verb, language.decrease)
    ):  # a change in the past, right before: "el gasto cayó hasta 1.080 euros" ("subirá hasta" bounds)
        return True
    if (adverbial := _WHEN_OR_WHERE_AFTER_A_CHANGE.search(before)) is not None:
        before = before[: adverbial.start()]  # "subió un 4,8% en septiembre hasta 471.300 toneladas"
    if not (
        before.endswith((",", "%"))
        or before[-1:].isdigit()
        or before.lower().endswith(tuple(f" {word}" for word in _percent_words(language)))
    ):  # ("crecieron un 9.2 por ciento hasta US$23.7 mil millones")
        return False
    clause = re.split(r"[.;:!?](?!\d)", before)[-1].lower()  # (not "16.300")
    return any(
        _changes(word.strip(",;"), language.increase) or _changes(word.strip(",;"), language.decrease)
        for word in clause.split()
    )


def _local_qualifier(lowered: str, s: int, atom: _Atom, c: _Compiled) -> str:
    """Set the qualifier whose phrase ends ``lowered`` (the lower-cased text before the number at ``s``),
    if one does, the surface then starting at the phrase; a noun of change ("ein Plus von") stays outside
    the surface, and a phrase that is no qualifier ("unter den 40 Toten") sets nothing. The phrase, or ""."""
    found = _qualifier_phrase(lowered, c)
    if found is None:
        return ""
    at, phrase, qualifier = found
    if qualifier is not Qualifiers.EXACT:
        atom.qualifier = qualifier
        if qualifier not in (Qualifiers.INCREASE, Qualifiers.DECREASE):
            atom.qualifier_start = s - len(lowered) + at
    return phrase


def _qualifier_phrase(lowered: str, c: _Compiled) -> tuple[int, str, Qualifier] | None:
    """Where the qualifier phrase that ends ``lowered`` starts, the phrase and its qualifier."""
    for phrase, qualifier in c.qualifiers:
        glued = phrase.endswith(("'", "’"))
        tail = phrase if glued else phrase + " "
        if lowered.endswith(tail) or (not glued and _ends_with_blanks(lowered, phrase)):
            at = lowered.rfind(phrase)
            if at > 0 and lowered[at - 1].isalnum():
                continue
            return at, phrase, qualifier
    return None


def _ends_with_blanks(lowered: str, phrase: str) -> bool:
    stripped = lowered.rstrip(" \u00a0\u202f\u2009")
    return stripped != lowered and stripped.endswith(phrase)


def _local_after(text: str, end: int, atom: _Atom, c: _Compiled, language: Language) -> None:
    """Scale words, then a unit (percent, currency, measure, duration) or the noun counted."""
    e = atom.number_end
    scaled_currency = _SCALED_CURRENCY.match(text, e, end) if not (atom.scaled or atom.currency) else None
    if scaled_currency is not None:  # "5,210 mdd", "7 215 MD": the scale and the currency in one
        factor, atom.unit = _SCALED_CURRENCIES[scaled_currency.group(1)]
        atom.low *= factor
        atom.high *= factor
        atom.scaled, atom.kind = True, QuantityKinds.MONEY
        atom.end = scaled_currency.end()
        return
    glued = _GLUED_SCALE.match(text, e, end)
    if glued is not None and not atom.scaled:
        factor = _GLUED_FACTORS[glued.group(1)]
        atom.low *= factor
        atom.high *= factor
        atom.scaled = True
        e = glued.end()
    while True:
        s = c.scale.match(text, e, end)
        if s is None or (atom.bare is None and atom.scaled):
            break
        word = " ".join(s.group().lower().split()).rstrip()
        scale = language.scales.get(word.strip(" \u00a0\u202f\u2009"))
        if scale is None:
            break
        atom.low *= scale
        atom.high *= scale
        atom.scaled = True
        e = s.end()
    aged = _LOCAL_AGED.match(text, e, end)
    if aged is not None:  # "45-Jährige"
        atom.unit, atom.kind, atom.end = "year of age", QuantityKinds.AGE, aged.end()
        return
    u = c.unit.match(text, e, end)
    if u is None and atom.scaled and c.of is not None:  # "84 millones de euros", "2 millions d'euros"
        o = c.of.match(text, e, end)
        if o is not None:
            u = c.unit.match(text, o.end(), end)
            if u is None:
                # the noun after "de " (its blank left to the noun reader) or glued to "d'"
                elided = o.group().endswith(("'", "’"))
                at = o.end() - 1 if elided else o.start() + len(o.group().rstrip())
                noun, ne = _local_noun(text, at, end, language, glued=elided)
                if noun is not None:
                    atom.unit, atom.noun, atom.end = noun, True, ne
                    return
    if u is not None and not (u.group().startswith("-") and atom.bare is None):
        word = " ".join(u.group().lower().split()).lstrip(" \u00a0\u202f\u2009-")
        unit, kind = language.units[word]
        if not (atom.currency and kind is not QuantityKinds.MONEY):
            atom.unit, atom.kind = unit, kind
            e = u.end()
            halves = kind is QuantityKinds.DURATION or unit == "times"
            half = _AND_A_HALF.match(text, e, end) if halves else None
            if half is not None and atom.low == atom.high and not atom.scaled:
                # "nove horas e meia": 9.5, "deux fois et demie": 2.5
                atom.low = atom.high = atom.low + 0.5
                e = half.end()
            months = _AND_MONTHS.match(text, e, end) if unit == "year" and atom.low == atom.high else None
            if months is not None:  # "nueve años y seis meses", "sieben Jahren und drei Monaten": 9.5, 7.25
                written = months.group(1).lower()
                count = float(written) if written.isdigit() else language.number_words.get(written)
                if count is not None and 0 < count < 12:
                    atom.low = atom.high = atom.low + count / 12
                    e = months.end()
    elif atom.unit is None:
        noun, ne = _elided_noun(text, e, end, language) or _local_noun(text, e, end, language)
        if noun is not None:
            atom.unit, atom.noun = noun, True
            e = ne
    atom.end = e
    if atom.unit in ("degree celsius", "degree fahrenheit") and atom.low > 0:
        below = _BELOW_ZERO.match(text, atom.end, end)
        if below is not None:  # "4 grados bajo cero", "moins 5 degrés" is read below
            atom.low, atom.high = -atom.high, -atom.low
            atom.end = below.end()
    elif (atom.unit is None or atom.noun) and not atom.currency and atom.low > 0:
        below = _BELOW_ZERO.match(text, atom.number_end, end)
        if below is not None:  # "se llegó a 7 bajo cero": degrees below zero, the unit unsaid
            atom.low, atom.high = -atom.high, -atom.low
            atom.unit, atom.kind, atom.noun = "degree celsius", QuantityKinds.MEASURE, False
            atom.end = below.end()
    if atom.kind is QuantityKinds.DURATION and atom.unit == "year" and _is_age(text, atom, language):
        atom.unit, atom.kind = "year of age", QuantityKinds.AGE
    unitless = atom.unit is None and atom.kind is QuantityKinds.CARDINAL and not atom.noun
    if (
        (
            atom.unit == "degree celsius"
            or unitless
            or atom.kind in (QuantityKinds.PERCENT, QuantityKinds.MONEY)
        )
        and atom.low is not None
        and atom.low > 0
        and atom.qualifier_start == atom.start
    ):
        word = _word_before(text, max(0, atom.start - 12), atom.start)
        if word.lower() not in _MINUS_WORDS:
            return
        if unitless:
            if _DEGREES_SAID.search(text, max(0, atom.start - 160), atom.start) is None:
                return
            # "chuter entre -22 et -28 °C, avec un refroidissement éolien atteignant moins 38": degrees unsaid
            atom.unit, atom.kind = "degree celsius", QuantityKinds.MEASURE
        if (
            atom.unit == "degree celsius"
            # a share or an amount only as a level ("auf minus 0,25 Prozent"; "Umsatz minus 5 Prozent" a fall)
            or _word_before(text, max(0, atom.start - 24), atom.start - len(word) - 1).lower()
            in _LEVEL_BEFORE_MINUS
        ):  # "minus 14,5 Grad", "moins 5 degrés": below zero
            atom.low, atom.high = -atom.high, -atom.low
            atom.qualifier = Qualifiers.EXACT
            atom.start = atom.qualifier_start = text.rfind(word, max(0, atom.start - 12), atom.start)
            # a bound before the sign: "örtlich unter minus 20 Grad", "jusqu'à moins 12 degrés"
            _local_qualifier(text[max(0, atom.start - 64) : atom.start].lower(), atom.start, atom, c)


# Degrees said before a bare number in the same sentence: "-28 °C", "18 Grad", "degrés"
_DEGREES_SAID: Final = re.compile(
    r"°|\b(?:grad|degrés?|grados?|gradi|graus?)\b(?![^.!?]*[.!?][ \t])", re.IGNORECASE
)
_LOCAL_AGED = re.compile(r"-j[äa]hrig\w*", re.IGNORECASE)
# the months after a number of years ("y seis meses", "und drei Monaten", "et 6 mois", "e quattro mesi")
_AND_MONTHS = re.compile(
    r"[ \u00a0]+(?:y|und|et|e)[ \u00a0]+(\d{1,2}|[^\W\d_]+)[ \u00a0]+"
    r"(?:meses|mes|monaten|monate|monat|mois|mesi|mese)(?![^\W\d_])",
    re.IGNORECASE,
)
_ELIDED_OF = re.compile(r"[ \u00a0]+d(?=['’][^\W\d_])", re.IGNORECASE)


def _elided_noun(text: str, e: int, end: int, language: Language) -> tuple[str | None, int] | None:
    """The noun after an elided "d'" at ``e`` ("des milliers d'automobilistes"), or None if none is there."""
    elision = _ELIDED_OF.match(text, e, end)
    return None if elision is None else _local_noun(text, elision.end(), end, language, glued=True)


_BELOW_ZERO = re.compile(
    r"[ \u00a0]+(?:bajo[ \u00a0]+cero|sous[ \u00a0]+z[ée]ro|unter[ \u00a0]+null"
    r"|abaixo[ \u00a0]+de[ \u00a0]+zero|sotto[ \u00a0]+(?:lo[ \u00a0]+)?zero)(?![^\W\d_])",
    re.IGNORECASE,
)
# a half after a duration's unit or times ("nove horas e meia", "dos horas y media", "deux fois et demie")
_AND_A_HALF = re.compile(
    r"[ \u00a0]+(?:e|y|et)[ \u00a0]+(?:meia|meio|media|medio|demie|demi|mezza|mezzo)(?![^\W\d_])",
    re.IGNORECASE,
)


# (a whole word: one elided before an apostrophe is a pronoun, an article or a conjunction, "le sans-plomb 95
# s'affiche", "les 3 l'ont", "Tihange 3 jusqu'en 2035", and no part of it is a noun, "jusq")
_LOCAL_NOUN = re.compile(r"[ \u00a0\u202f\u2009]+([^\W\d_]+(?:-[^\W\d_]+)?)\b(?!['’])")
_LOCAL_NOUN_GLUED = re.compile(r"['’]([^\W\d_]+(?:-[^\W\d_]+)?)")


def _changes(word: str, stems: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of a language's change words (a stem, or a whole word marked "$")."""
    return word.startswith(stems) or word + "$" in stems


def _german_from(text: str, atom: _Atom, language: Language) -> bool:
    """ "Stehplätze ab 5 Euro", "Kinder ab 6 Jahren": "ab" before an amount with a unit makes it the least
    (not "ab 2030 Expeditionen", a year, which has none); whether it did."""
    if (
        atom.qualifier is Qualifiers.EXACT
        and atom.unit is not None
        and atom.kind is not QuantityKinds.CARDINAL
        and language.day_dot_ordinal
        and text[max(0, atom.qualifier_start - 3) : atom.qualifier_start].lower() == "ab "
        and _word_before(text, 0, atom.qualifier_start).lower() == "ab"
    ):
        atom.qualifier = Qualifiers.AT_LEAST
        atom.qualifier_start -= 3
        return True
    return False


def _no_change_after_all(text: str, atom: _Atom, language: Language) -> bool:
    """Whether the change verb read before the figure changes nothing, once the unit is known."""
    by = language.count_change_by
    before = _word_before(text, 0, atom.qualifier_start).lower()
    changed_by = bool(by) and before == by
    if changed_by and _verb_of_by(text, atom).startswith(_LENGTHENING_STEMS):
        return True  # a period lengthened by: "a prolongé de deux saisons" (the writers mark the period)
    if (
        atom.noun
        and not changed_by
        and not (atom.unit in _POINT_NOUNS and not before.startswith(_SCORING_VERBS))
        and not (atom.unit in _LOCAL_JOB_NOUNS and before.startswith(_LOST_OR_GAINED_STEMS))
    ):  # a count of things ("ganaron 20 escaños"), unless changed by that many ("bajó en 16.300 personas");
        # but "la puntualidad cayó 6 puntos": points a rate moved by, not "ganó dos puntos", a score; and jobs
        # lost or gained, as English "lost 300 jobs" ("a perdu 14 300 emplois")
        return True
    if atom.unit == "times":
        return True  # a multiple, as in English: "cayó 2,5 veces el promedio"
    if atom.kind is QuantityKinds.DURATION:
        # a period, unless changed by: "a baissé d'un tiers en deux semaines", not "relevé de deux ans"
        return not (changed_by and _verb_before_by(text, atom, language))
    if atom.unit in _PRECIPITATION_UNITS and _verb_before(text, atom, _FALL_STEMS, language):
        return True  # rain or snow that fell: "cayeron 30 centímetros de nieve"
    if atom.unit in _LENGTHS and _verb_before(text, atom, _ADVANCE_STEMS, language):
        return True  # a distance advanced: "las tropas avanzaron 12 kilómetros"
    # an amount lost or earned: "a perdu 48,3 millions d'euros"
    return (
        atom.kind is QuantityKinds.MONEY
        and (atom.scaled or atom.low >= 1000)
        and before.startswith(_LOST_OR_GAINED_STEMS)
    )


def _local_change(text: str, end: int, atom: _Atom, language: Language) -> None:
    """A change read before the figure is no change for a count of things ("ganaron 20 escaños"), unless it
    is changed by that many ("bajó en 16.300 personas"); a German change verb may follow it instead ("ist
    um 35 Prozent gestiegen"). German "ab" before an amount is its least, read here once the unit is known."""
    if _german_from(text, atom, language):
        return
    if atom.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE):
        if _no_change_after_all(text, atom, language):
            atom.qualifier = Qualifiers.EXACT
        return
    if atom.qualifier is not Qualifiers.EXACT or not language.day_dot_ordinal:
        return
    if not text[max(0, atom.qualifier_start - 20) : atom.qualifier_start].lower().endswith(_UM):  # (a count
        # too: "um 14.000 Personen gestiegen"; "um durchschnittlich 7,4 Prozent")
        before = _word_before(text, 0, atom.qualifier_start).lower()
        if before in _LEVEL_BEFORE_PARTICIPLE:
            return  # a level or a part: "ist auf 27,4 Prozent gestiegen", "gab auf 45 Euro nach"
        if atom.kind is QuantityKinds.PERCENT and (follows := _POINTS_PARTICIPLE.match(text, atom.end, end)):
            # "hat damit 3,9 Prozentpunkte verloren", "die Grünen haben zwei Punkte zugelegt": a share won or
            # lost
            atom.qualifier = _POINTS_CHANGED[follows.group(1).lower()]
        elif particle := _CLAUSE_LAST_PARTICLE.match(text, atom.end, end):
            # a separable verb's particle ends the clause: "legte im frühen Handel 3 Prozent zu", "gab 120
            # Punkte nach" (but "baute 500 Stellen ab" is a count, as "ganaron 20 escaños" is)
            change = _separable_change(text, atom.qualifier_start, particle.group(1).lower())
            if change is not None:
                atom.qualifier = change
                if _no_change_after_all(text, atom, language):
                    atom.qualifier = Qualifiers.EXACT
        return
    words = text[atom.end : min(end, atom.end + 90)].lower().split()[:9]
    for index, written in enumerate(words):
        word = written.rstrip(",;:")
        if word.endswith(".") and word not in language.scales and word not in language.units:
            word = word[:-1]  # a full stop, not an abbreviation's dot ("Mrd.")
        if _changes(word, language.increase):
            atom.qualifier = Qualifiers.INCREASE
            return
        if _changes(word, language.decrease):
            atom.qualifier = Qualifiers.DECREASE
            return
        clause_ends = word != written
        if clause_ends or words[index + 1 : index + 2] == ["und"]:
            # the clause ends: its verb's particle ("legt um 1,2 Prozent zu", "brach um ein Fünftel ein und")
            change = _separable_change(text, atom.qualifier_start - 3, word)
            if change is not None:
                atom.qualifier = change
                return
            if clause_ends:
                return


def _separable_change(text: str, clause_end: int, particle: str) -> Qualifier | None:
    """The change a German separable verb says with ``particle``, the verb one of the nine words before
    ``clause_end`` in its clause ("stockt seine Hilfe um", "legte im frühen Handel", "stockt ihre humanitäre
    Hilfe für das Land zudem um")."""
    clause = text[max(0, clause_end - 64) : clause_end].lower()
    for verb in reversed(re.split(r"[,;:]", clause)[-1].split()[-9:]):
        change = _SEPARABLE_CHANGES.get((verb, particle))
        if change is not None:
            return change
    return None


# "um" before a change's figure, or "um" and an adverb ("um durchschnittlich 7,4 Prozent … gestiegen")
_UM: Final = ("um ", "um durchschnittlich ", "um insgesamt ", "um weitere ", "um nochmals ", "um jeweils ")
_AFTER_UM: Final = frozenset(
    phrase.split()[1] for phrase in _UM if phrase.count(" ") > 1
)  # "durchschnittlich"
# Points as a counted noun, and the verbs that score them, not move a rate by them ("ganó dos puntos")
# (and "unidades", the points of Latin America's country risk: "el riesgo país cayó 41 unidades")
_POINT_NOUNS: Final = frozenset(("puntos", "punti", "pontos", "punkte", "punkten", "unidades"))
_SCORING_VERBS: Final = ("gan", "perd", "sum", "anot", "consigu", "obtuv", "logr", "conquist", "segn", "marc")
# German participles that end a clause right after a share: points or per cent won or lost ("hat 3,9
# Prozentpunkte verloren", "hat fünf Prozent eingebüßt")
_POINTS_CHANGED: Final = {
    **dict.fromkeys(("verloren", "eingebüßt", "abgegeben", "gesunken", "gefallen"), Qualifiers.DECREASE),
    **dict.fromkeys(("gewonnen", "hinzugewonnen", "zugelegt", "gestiegen", "gewachsen"), Qualifiers.INCREASE),
}
_POINTS_PARTICIPLE: Final = re.compile(rf"[ \u00a0]+({'|'.join(_POINTS_CHANGED)})\b", re.IGNORECASE)
# Words before such a share that make it a level or a part, not a change ("auf 27,4 Prozent gestiegen")
_LEVEL_BEFORE_PARTICIPLE: Final = frozenset("auf von bei mit zu über unter als".split())
# German verbs whose particle ends the clause after "um" and the figure: the verb's form, its particle
_SEPARABLE_CHANGES: Final = {
    **{(verb, "zu"): Qualifiers.INCREASE for verb in ("legt", "legte", "legten", "legen", "nimmt", "nahm")},
    **{(verb, "auf"): Qualifiers.INCREASE for verb in ("stockt", "stockte", "stocken", "stockten")},
    **{
        (verb, "ab"): Qualifiers.DECREASE
        for verb in (
            "nimmt nahm nahmen baut baute sackt sackte sackten rutscht rutschte gibt gab gaben".split()
        )
    },
    # ("ging um 3 Prozent zurück", "zog sich um 46 Meter zurück")
    **{
        (verb, "zurück"): Qualifiers.DECREASE
        for verb in "geht ging gingen fährt fuhr zieht zog zogen".split()
    },
    **{(verb, "nach"): Qualifiers.DECREASE for verb in ("gibt", "gab", "gaben", "geben")},
    **{
        (verb, "ein"): Qualifiers.DECREASE
        for verb in ("bricht", "brach", "brachen", "büßt", "büßte", "büßten")
    },
    **{(verb, "an"): Qualifiers.INCREASE for verb in ("zieht", "zog", "zogen", "steigt", "stieg", "stiegen")},
    **{(verb, "vor"): Qualifiers.INCREASE for verb in ("rückt", "rückte", "rückten")},
    **{(verb, "hinzu"): Qualifiers.INCREASE for verb in ("gewinnt", "gewann", "gewannen")},
}
# The last word of a clause right after a figure, if it can be a separable verb's particle ("3 Prozent zu.")
_CLAUSE_LAST_PARTICLE: Final = re.compile(
    rf"[ \u00a0]+({'|'.join(sorted({particle for _, particle in _SEPARABLE_CHANGES}))})"
    r"(?=[.,;:!?)]|[ \u00a0]+und\b|$)",
    re.IGNORECASE,
)


_AFTER_WORD = re.compile(r"[ \u00a0\u202f\u2009]+([^\W\d_]+['’]?)")


def _local_after_words(text: str, end: int, atom: _Atom, c: _Compiled, language: Language) -> None:
    """A qualifier written after a figure that has none before it (``Language.after``): right after its
    unit or noun, or after one complement ("el 2,5 % del PIB como máximo"). A change word stays outside the
    surface, as a change verb does; a bound or approximation is part of it, as before the figure."""
    if c.after is None or atom.qualifier is not Qualifiers.EXACT:
        return
    m = c.after.match(text, atom.end, end)
    if m is None and c.complement is not None:
        complement = c.complement.match(text, atom.end, end)
        if complement is not None:
            m = c.after.match(text, complement.end(), end)
    if (
        m is None
        and atom.kind is QuantityKinds.MONEY
        and (per := _AFTER_WORD.match(text, atom.end, end)) is not None
        and per.group(1).lower() in _PER_WORDS
        and (rated := _AFTER_WORD.match(text, per.end(), end)) is not None
    ):
        m = c.after.match(text, rated.end(), end)  # a price's rate between: "um 7 Cent pro Liter billiger"
    if m is None:
        return
    qualifier = language.after[" ".join(m.group(1).lower().split())]
    if qualifier is Qualifiers.EXACT or (qualifier in _CHANGES and atom.unit == "times"):
        return  # (a multiple is its factor: "tres veces y media mayor")
    if not (
        _after_ends(text, m, end, c, language)
        or (
            (atom.kind is QuantityKinds.PERCENT or atom.unit is None)
            and m.group(1).lower().endswith((" de", " del"))
        )  # a share or points above what the phrase's preposition names: "tres décimas por encima del mes
        # anterior" (not "medio metro por debajo del óptimo", a level's gap, nor snow "por encima de los 1.200
        # metros", a height)
        or _compares_a_noun(text, end, m, atom, qualifier, language)
        or _compared_with_named(text, end, m, atom, qualifier, language)
    ):
        return
    atom.qualifier, atom.after = qualifier, True
    if qualifier not in _CHANGES:
        atom.end = m.end()


def _compares_a_noun(
    text: str, end: int, m: re.Match[str], atom: _Atom, qualifier: Qualifier, language: Language
) -> bool:
    """Is the change word ``m`` after a figure said of the noun it compares, in a language that may put it
    there (German: "8 Prozent mehr Lohn", "um 7,1 Prozent über dem Vorjahresniveau")? A percentage with any
    change word; a money or a measure only above or below a level ("0,4 Cent unter der vorigen Runde"; not
    "300 Euro mehr Lohn", nor "1.500 Meter über dem Meer"), and not a level said with "mit" ("mit 4,4 Prozent
    über dem Schnitt")."""
    if (
        not language.change_before_noun
        or qualifier not in _CHANGES
        or _COMPARED_NOUN_AFTER.match(text, m.end(), end) is None
    ):
        return False
    if not m.group(1).lower().startswith(("über", "unter")):
        return atom.kind is QuantityKinds.PERCENT
    if _word_before(text, 0, atom.qualifier_start).lower() == "mit":
        return False
    return atom.kind is QuantityKinds.PERCENT or (
        atom.kind in (QuantityKinds.MONEY, QuantityKinds.MEASURE)
        and atom.unit not in _LENGTHS
        and atom.unit not in _DEGREES
    )


def _compared_with_named(
    text: str, end: int, m: re.Match[str], atom: _Atom, qualifier: Qualifier, language: Language
) -> bool:
    """Is the change word ``m`` after a figure followed by what it is compared with, the phrase ending in an
    article ("$15 por encima del viernes": a money, a percentage or a measure that is no length nor degrees,
    as "1.500 metros por encima del nivel del mar" is not), or said of a count of things ("136.000 Menschen
    mehr ohne Job")? Not where a figure follows, whose qualifier the phrase is."""
    if qualifier not in _CHANGES or _DIGIT_SOON.match(text, m.end(), end) is not None:
        return False
    if atom.noun and atom.kind is QuantityKinds.CARDINAL:  # (before "als", ``_after_ends`` decides)
        word = _AFTER_WORD.match(text, m.end(), end)
        return (
            language.change_before_noun
            and m.group(1).lower() in ("mehr", "weniger")
            and (word is None or word.group(1).lower() not in language.than)
        )
    return (
        not language.change_before_noun
        and m.group(1).lower().rsplit(" ", 1)[-1] in language.counted_skip
        and (
            atom.kind is QuantityKinds.PERCENT
            or (
                atom.kind in (QuantityKinds.MONEY, QuantityKinds.MEASURE)
                and atom.unit not in _LENGTHS
                and atom.unit not in _DEGREES
            )
        )
    )


_DIGIT_SOON: Final = re.compile(r"[^\d.;:!?]{0,24}\d")
# The noun a change word after a figure compares ("mehr Lohn", "unter dem langjährigen Mittel"), or a
# participle before "als" ("weniger produziert als"), not followed by a figure of its own
_COMPARED_NOUN_AFTER: Final = re.compile(
    r"[ \u00a0]+(?:(?:[a-zäöüß]+[ \u00a0]+)?[A-ZÄÖÜ][a-zäöüß]+\b(?![ \u00a0]*\d)|[a-zäöüß]+[ \u00a0]+als\b)"
)


# A time a figure is compared with after "als", "que", "que": a year, or one unit of time ago
_WHEN_COMPARED: Final = re.compile(
    r"(?:1[89]|20)\d\d\b(?![.,]?\d)"
    r"|(?i:ein|einem|un|una|uno|une|um|uma)[ \u00a0]+"
    r"(?i:jahr|monat|año|mes|an|mois|anno|mese|ano)[^\W\d_]*[ \u00a0]+"
    r"(?i:zuvor|früher|davor|vorher|antes|atrás|auparavant|plus tôt|prima|fa)\b"
)


_PER_WORDS: Final = frozenset(("pro", "je", "por", "par", "per"))


def _after_ends(text: str, m: re.Match[str], end: int, c: _Compiled, language: Language) -> bool:
    """Whether the phrase ``m`` read after a figure ends there: before punctuation, the end, or a function or
    ``than`` word ("zwei Punkte mehr als im Oktober"; not "las 10 empresas más grandes"), and not as the
    start of the next figure's qualifier ("612 migrantes más de 41.000 personas", "en moins de 2 heures")."""
    pos = m.end()
    rest = text[pos:end].lstrip(" \u00a0\u202f\u2009")
    if not rest or not rest[0].isalnum():
        return True
    word = _AFTER_WORD.match(text, pos, end)
    if word is not None and word.group(1).lower() in _PER_WORDS:
        return True  # the rate it is paid at: "um 2 Cent weniger pro Kilogramm Milch"
    if word is None or word.group(1).lower() not in c.glue:
        return False
    following = c.anchor.search(text, pos, min(end, pos + 48))
    if following is None or _WHEN_COMPARED.match(text, following.start(), end) is not None:
        return True  # (nor before a year or "a year before", no figure to qualify: "1,9 Prozentpunkte weniger
        # als 2015", "7,9 Prozent mehr als ein Jahr zuvor")
    lowered = text[m.start(1) : following.start()].lower()
    found = _qualifier_phrase(lowered, c)
    if found is None:  # an article between, as ``_local_before`` reads it: "mehr als die Hälfte"
        head, _, article = lowered.rstrip().rpartition(" ")
        if head and (article in language.counted_skip or article in language.short_words):
            found = _qualifier_phrase(head + " ", c)
    return found is None or found[0] >= len(m.group(1))


def _local_noun(
    text: str, e: int, end: int, language: Language, glued: bool = False
) -> tuple[str | None, int]:
    """The noun a number counts: the next word, or for German an adjective and the capitalised noun
    after it ("250.000 obdachlose Menschen"); not a function word. ``glued``: ``e`` is an elided "d'"."""
    m = (_LOCAL_NOUN_GLUED if glued else _LOCAL_NOUN).match(text, e, end)
    if m is None:
        return None, e
    after = _compiled(language).after
    if not glued and after is not None and after.match(text, e, end):  # "300 in più", "20 como máximo"
        return None, e
    word = m.group(1)
    lw = word.lower()
    if (
        lw in language.function_words
        or lw in language.short_words
        or lw in language.counted_skip
        or lw in language.qualifiers
        or lw in language.or_words  # ("dos o tres semanas")
    ):
        return None, e
    if language.day_dot_ordinal and not word[0].isupper():  # German nouns are capitalised
        n = _LOCAL_NOUN.match(text, m.end(), end)
        if n is not None and n.group(1)[0].isupper():
            return f"{lw} {n.group(1).lower()}", n.end()
        return None, e
    return lw, m.end()


def _is_age(text: str, atom: _Atom, language: Language) -> bool:
    """ "im Alter von 45 Jahren", "âgé de 45 ans", ", de 45 años,": years of a person's age."""
    before = text[max(0, atom.qualifier_start - 16) : atom.qualifier_start].lower().rstrip()
    for phrase in language.age_before:
        if before.endswith(phrase):
            if " " in phrase or len(phrase) > 3:
                return True
            # "de"/"di" alone: an age as an apposition (", de 45 años,") or after a person ("una donna di 29
            # anni", "un hombre de 45 años")
            head = before[: -len(phrase)].rstrip()
            if head.endswith(",") and text[atom.end : atom.end + 1] in ",)":
                return True
            noun = head.rsplit(None, 1)[-1] if head else ""
            return bool(noun) and noun.startswith(language.age_nouns)
    return False


_FROM_WORDS: Final = frozenset(("de", "da", "du", "del"))


def _takes_the_levels_scale_and_unit(first: _Atom, second: _Atom) -> None:
    """``first``, the level something came from, takes the scale and unit of ``second``, the level it
    reached, said once after both; a level, not a change."""
    if not first.scaled and second.scaled and second.unscaled and not _written_in_full(first):
        power = _scale_power(second)
        first.low *= power
        first.high *= power
        first.scaled = True
    if first.unit is None and second.unit is not None and not first.noun:
        first.unit, first.kind = second.unit, second.kind
    if first.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE):
        first.qualifier = Qualifiers.EXACT


def _from_a_level(text: str, start: int, first: _Atom, second: _Atom, language: Language) -> bool:
    """Whether ``first`` follows "de"/"da" right after a verb of change or of passing ("passe de",
    "creció de", "è salito da"); not after a verb of a fall when the second figure is the higher, which no
    fall reaches: the amount it falls by, a range ("reculer de 10 à 15 %", a fall; "pourrait glisser de deux
    à trois ans", a delay)."""
    verb = _verb_before_from(text, start, first)
    if verb is None:
        return False
    if verb in language.passing_verbs or _changes(verb, language.increase):
        return True
    return _changes(verb, language.decrease) and not first.high < second.low


def _falls_by_a_range(text: str, start: int, first: _Atom, second: _Atom, language: Language) -> bool:
    """Whether "de"/"da" after a verb of a fall opens the range it falls by ("devrait reculer de 10 à 15 %"),
    not a delay ("glisser de deux à trois ans")."""
    verb = _verb_before_from(text, start, first)
    return (
        verb is not None
        and verb not in language.passing_verbs
        and _changes(verb, language.decrease)
        and first.high < second.low
        and second.kind is not QuantityKinds.DURATION
    )


def _verb_before_from(text: str, start: int, first: _Atom) -> str | None:
    """The word before "de"/"da" right before ``first`` ("passe de 140", "reculer de 10"), lower-cased."""
    words = text[max(start, first.qualifier_start - 32) : first.qualifier_start].lower().split()
    return words[-2] if len(words) > 1 and words[-1] in _FROM_WORDS else None


def _gapped_name(and_word: str, by_words: frozenset[str], articles: frozenset[str]) -> re.Pattern[str]:
    """Between two figures of a list of movers whose change verb is said once: a comma or the language's
    "and", a name, and the verb's "by" ("y BBVA, un", "et Kering de", "und RWE um"), as ``L.GAPPED_NAME``
    in English; or a noun after its article and the comma that marks the verb left out ("y las tarifas de
    gas, un 4,6 %"). Built once per language, in ``_compiled``."""
    and_ = re.escape(and_word)
    by = "|".join(re.escape(word) for word in sorted(by_words, key=lambda word: (-len(word), word)))
    the = "|".join(re.escape(word) for word in sorted(articles, key=lambda word: (-len(word), word)))
    noun = rf"(?:{the})[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,3}}," if the else "(?!)"
    return re.compile(
        rf"(?:,[ \t]*(?:{and_}[ \t]+)?|[ \t]+{and_}[ \t]+)"
        rf"(?:[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){{0,3}},?|{noun})[ \t]+"
        + (rf"(?:(?:{by})[ \t]+)?" if by else "")
    )


# The definite articles before a noun that names a mover ("y las tarifas de gas, un 4,6 %")
_DEFINITE_ARTICLES: Final = frozenset("el la los las le les l' der die das den il lo gli o os as".split())


def _local_assemble(
    text: str,
    start: int,
    end: int,
    found: list[Quantity | _Atom],
    atoms: list[_Atom],
    c: _Compiled,
    language: Language,
) -> list[Quantity]:
    """Join "20 bis 30", "zwischen 20 und 30", "20-30" into ranges; build the quantities."""
    partner: dict[int, _Atom] = {}
    joined: set[int] = set()
    spans: set[int] = set()  # ranges said with "between", by which a change verb changes a share or an amount
    by_as_much: set[int] = set()  # and those said with German "um", by which it changes a count too
    between, and_word = language.between
    if len(atoms) > 1 and (gapped := c.gapped) is not None:
        for a, b in itertools.pairwise(atoms):
            if (
                a.qualifier in _CHANGES
                and b.qualifier is Qualifiers.EXACT
                and b.unit is not None
                and b.unit == a.unit
                and gapped.fullmatch(text, a.end, b.qualifier_start)
            ):  # "Santander retrocedió un 3,1% y BBVA, un 2,8%", "LVMH a chuté de 4,6 % et Kering de 5,3 %"
                b.qualifier = a.qualifier
    for first, second in itertools.pairwise(atoms):
        if id(first) in joined:
            continue
        gap = " ".join(text[first.end : second.start].lower().split())
        if (
            not gap
            and first.scaled
            and second.scaled
            and first.unit is None
            and first.unscaled
            and first.low / first.unscaled >= 1e6
            and 0 < second.low < first.low / first.unscaled
            and first.qualifier is second.qualifier is Qualifiers.EXACT
        ):  # "2 millones 350 mil pesos", "1 millón 200 mil habitantes": one amount, said in two scales
            first.low += second.low
            first.high += second.high
            first.unit, first.kind, first.noun, first.end = second.unit, second.kind, second.noun, second.end
            joined.add(id(second))
            continue
        if (
            first.unit is None
            and second.unit in ("degree celsius", "degree fahrenheit")
            and second.high < 0 < first.low
            and _word_before(text, start, first.number_start).lower() in _MINUS_WORDS
        ):  # "von minus 12 bis minus 18 Grad": both below zero
            first.low, first.high = -first.high, -first.low
            first.unit, first.kind, first.qualifier = second.unit, second.kind, Qualifiers.EXACT
            first.start = first.qualifier_start = text.rfind(" ", start, first.number_start - 1) + 1
        before = text[max(start, first.qualifier_start - 12) : first.qualifier_start].lower().rstrip()
        if (
            gap == "auf"
            and (before == "von" or before.endswith(" von"))
            and (first.unit is None or first.unit == second.unit)
        ):  # (not "von 8,4 Prozent auf 2,17 Mrd. Euro", a change in per cent to a level)
            # "von 3,1 auf 1,9 Milliarden Euro": a level, then another, the scale and unit said once
            _takes_the_levels_scale_and_unit(first, second)
            continue
        if (
            bool(between)
            and gap.startswith(and_word + " ")
            and gap[len(and_word) + 1 :] in _articles(language)
        ):
            article = gap[len(and_word) + 1 :]  # "entre un 10 y un 15 %", "tra il 10 e il 15%"
            if before.endswith(" " + article) or before == article:
                gap, before = and_word, before[: -len(article)].rstrip()
        said_between = bool(between) and gap == and_word and before.endswith(between)
        is_range = (
            gap in ("-", "–", "—")
            or gap in language.range_words
            or said_between
            or (gap in language.or_words and first.unit is None and first.qualifier is Qualifiers.EXACT)
        )  # ("zwei oder drei Wochen", "dos o tres semanas", "deux ou trois jours": as "two or three weeks")
        if not is_range or (second.qualifier is not Qualifiers.EXACT and not second.after):
            continue
        if first.unit is not None and second.unit is not None and first.unit != second.unit:
            continue
        if gap in language.range_words and _from_a_level(text, start, first, second, language):
            # "passe de 140 à 165 euros", "creció de 83,5 a 85,1 millones": a level, then another, as the
            # English "rose from 3.2% to 4.1%"
            _takes_the_levels_scale_and_unit(first, second)
            continue
        if (
            gap in language.range_words
            and first.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE)
            and first.unit is not None
            and first.unit == second.unit
            and second.low > 10 * first.high
        ):  # "cédant 128 points à 7 842,15 points", "cayó 120 puntos a 11.500": the change, then the level
            # reached, as the English "the Dow fell 312 to 38,441.54" ("stieg um 3 bis 5 Prozent" a range)
            continue
        if not first.scaled and second.scaled:
            factor = second.low / second.unscaled if second.unscaled else 1.0
            if first.low * factor <= second.low:
                first.low *= factor
                first.high *= factor
        if not (first.low < second.low or (first.high < 0 and second.high < 0)):  # "minus 12 bis minus 18"
            continue
        partner[id(first)] = second
        joined.add(id(second))
        if gap in language.range_words and _falls_by_a_range(text, start, first, second, language):
            first.qualifier = Qualifiers.DECREASE  # "devrait reculer de 10 à 15 %": the fall, by as much
            spans.add(id(first))
            by_as_much.add(id(first))
        elif said_between:
            spans.add(id(first))
        elif language.code == "de" and (before == "um" or before.endswith(" um")):
            spans.add(id(first))  # "stiegen um 3 bis 5 Prozent", "ein Anstieg um 10.000 bis 20.000 Personen"
            by_as_much.add(id(first))
        elif (
            language.code == "de"
            and first.qualifier in _CHANGES
            and before.endswith(" von")
            and first.qualifier_start == first.start  # (a noun of change before "von", outside the surface)
            and second.kind is QuantityKinds.PERCENT
        ):  # "einen Umsatzrückgang von 7 bis 9 Prozent": the change, by as much ("Einbußen von 15.000 bis
            # 40.000 Euro", an amount lost, the writers mark a level)
            spans.add(id(first))
            by_as_much.add(id(first))
    result: list[Quantity] = []
    for item in found:
        if isinstance(item, Quantity):
            result.append(item)
            continue
        if id(item) in joined:
            continue
        other = partner.get(id(item))
        if other is None and item.opens_range:
            continue  # "zwischen zwei und drei Uhr": no range, and a number word alone counts nothing
        last = other or item
        if other is not None and other.after and item.qualifier is Qualifiers.EXACT:
            item.qualifier = other.qualifier  # "20 bis 30 Prozent mehr": the range's
        elif (
            other is not None
            and item.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE)
            and not (
                id(item) in spans
                and (
                    id(item) in by_as_much
                    or last.kind in (QuantityKinds.PERCENT, QuantityKinds.MONEY)
                    or (last.kind is QuantityKinds.MEASURE and last.unit not in _PRECIPITATION_UNITS)
                )
            )
        ):  # "stieg von 3 bis 5 Prozent": both ends levels, no change ("crecerá entre 3 y 3,4%", "suban entre
            # 4 y 6 grados": by as much; rain that fell is no fall, "fielen zwischen 180 und 320 Millimeter")
            item.qualifier = Qualifiers.EXACT
        unit = item.unit if item.unit is not None else last.unit
        kind = item.kind if item.unit is not None else last.kind
        low, high = min(item.low, last.low), max(item.high, last.high)
        value = low if other is None and low == high else None
        if (
            item.qualifier in (Qualifiers.INCREASE, Qualifiers.DECREASE)
            and unit == "degree celsius"
            and high < 0
        ):
            item.qualifier = Qualifiers.EXACT  # "chuter entre -22 et -28 °C": a level below zero, no change
        q = Quantity(
            text[item.qualifier_start : last.end],
            item.qualifier_start,
            last.end,
            value,
            low,
            high,
            item.qualifier,
            unit,
            kind=kind,
        )
        if q.unit in _STAR_NOUNS and q.value is not None and q.value <= 7:
            # "los hoteles de cinco estrellas", "un hôtel quatre étoiles": a rating, no count
            result.append(
                Quantity(q.surface, q.start, q.end, None, None, None, kind=QuantityKinds.IDENTIFIER)
            )
            continue
        q.category = _local_category(text, start, end, q, c)
        _without_float_noise(q)
        _open_bound(q)
        result.append(q)
    return result


_STAR_NOUNS: Final = frozenset(("estrellas", "étoiles", "etoiles", "sterne", "sternen", "stelle", "estrelas"))


def _articles(language: Language) -> frozenset[str]:
    return language.one_words | language.counted_skip


def _local_category(text: str, start: int, end: int, q: Quantity, c: _Compiled) -> Category:
    """A figure's category: from its kind, the noun it counts, or for people the words around it."""
    if q.kind is QuantityKinds.PERCENT:
        return Category.PERCENTAGE
    if q.kind is QuantityKinds.MONEY:
        return Category.MONEY
    if q.kind is QuantityKinds.DURATION:
        return Category.DURATION
    if q.kind not in CLAIM_KINDS:
        return Category.OTHER
    rules = dict(c.category_words)
    if q.unit in ("square kilometre", "hectare"):
        return Category.TERRITORY
    if q.unit is not None:
        for category in _LOCAL_FIGURE_CATEGORIES:
            rule = rules.get(category)
            if rule is not None and rule.match(q.unit) and category is not Category.POPULATION:
                return category
    if q.unit is None or c.people.search(q.unit):
        window = text[max(start, q.start - 40) : min(end, q.end + 60)]
        for category in (Category.CASUALTIES, Category.DISPLACEMENT):
            rule = rules.get(category)
            if rule is not None and rule.search(window):
                return category
        if q.unit is not None:
            return Category.POPULATION
    return Category.OTHER


def localised_sentence_category(sentence: str, quantities: list[Quantity], language: Language) -> Category:
    """A sentence's category: its most specific claim figure's, else the first keyword rule that
    matches (in ``Language.categories`` order)."""
    found = {q.category for q in quantities if q.kind in CLAIM_KINDS}
    for category in FIGURE_PRIORITY:
        if category in found:
            return category
    for category, pattern in _compiled(language).category_words:
        if pattern.search(sentence):
            return category
    return Category.OTHER
