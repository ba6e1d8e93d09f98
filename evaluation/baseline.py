"""The extractor as it was at a git revision, importable beside the working tree's, to compare the two.

A refactoring of the rules must not change a single output bit, and a speed-up must be measured on
equal terms. ``materialise(ref)`` writes ``factcheck/extraction/`` at ``ref`` (``git archive``) into a
temporary directory as a top-level package of another name, its absolute imports rewritten, so both
versions run in one process: ``differences`` compares their ``extract`` output field by field (floats
to the bit), and ``bench/extraction.py --baseline`` times them in alternating rounds.
"""

from __future__ import annotations

import ast
import atexit
import dataclasses
import importlib
import io
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from types import ModuleType

__all__ = [
    "DEFAULT_REF",
    "PACKAGE",
    "ROOT",
    "Comparison",
    "GitUnavailable",
    "compare",
    "flatten",
    "materialise",
    "repo_texts",
]

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "factcheck/extraction"
# The commit whose output is the contract: the last one that changed output on purpose (EXTRACTOR_VERSION
# 2026.12.100, 24f85e4: "for up to a week" at most a week, "1,7 Prozent fester" a rise). Before it,
# EXTRACTOR_VERSION 2026.12.99, f61745c: "waited more than a year" one year, more than; "touched down about
# 600 km" no fall). Before it, EXTRACTOR_VERSION 2026.12.98, ec08508: "could add up to 400,000 barrels per day
# to supply" at most, "roughly every two hours" approximate). Before it, EXTRACTOR_VERSION 2026.12.97,
# 2b3dbba: "an increase of nearly 12 per cent" approximate, "rose by 41,000 to 3.2m" in millions). Before it,
# EXTRACTOR_VERSION 2026.12.96, 090841c: "about one word in three" a share, "climbed 4.2c a litre" in cents).
# Before it, EXTRACTOR_VERSION 2026.12.95, d45b17b: "the cedi has lost a fifth of its value" a fall, "losing
# eight of their last 10 games" no fall). Before it, EXTRACTOR_VERSION 2026.12.94, eb0ca60: "extending the
# mine's life by 15 years" a rise, "lost four of its last five games" no fall). Before it, EXTRACTOR_VERSION
# 2026.12.93, 890fb03: "a billion dollars more than" a rise, "as little as four minutes" a lower bound).
# Before it, EXTRACTOR_VERSION 2026.12.92, 6eeff32: "falls by 81c" a fall in cents, "halve rations" a fall by
# half). Before it, EXTRACTOR_VERSION 2026.12.91, 7b74aa4: "15-20% higher" a rising range, "lows near 28F" in
# Fahrenheit). Before it, EXTRACTOR_VERSION 2026.12.90, a2d5300: "finished 17 points higher at 8612" a rise,
# "dos o tres semanas" a range). Before it, EXTRACTOR_VERSION 2026.12.89, 372aecc: "cut the risk of heart
# attack or stroke by 23%" a fall, "cayó hasta 1.080 euros" a level). Before it, EXTRACTOR_VERSION 2026.12.88,
# 0b860e2: "closed 3.2% higher" a rise, "fell from 47 to 31" two levels). Before it, EXTRACTOR_VERSION
# 2026.12.87, 95b49c8: "by a 2-to-1 margin" one score, "Fr. 3.20" in francs). Before it, EXTRACTOR_VERSION
# 2026.12.86, b51b8c2: "a 3.5% raise" a rise, "cayó hasta el 9%" a level). Before it, EXTRACTOR_VERSION
# 2026.12.85, bbb21df: "picked up to 5.8pc" a level, "plusieurs dizaines de milliers" tens of thousands).
# Before it, EXTRACTOR_VERSION 2026.12.84, 66c01ac: "JD120 per family" money, "kilómetro 356" a name). Before
# it, EXTRACTOR_VERSION 2026.12.83, 4fcbcbd: "the Tk 1,500 monthly wage increase" a rise, "y las tarifas de
# gas, un 4,6 %" a rise). Before it, EXTRACTOR_VERSION 2026.12.82, ec9f815: "a 38% jump" a rise, "an extra
# £2.6bn" no change). Before it, EXTRACTOR_VERSION 2026.12.81, b50dde1: "passed 53,000 for the first time"
# more than, "Pariser Straße 112" a name). Before it, EXTRACTOR_VERSION 2026.12.80, e32657c: "a 5-room unit"
# no count, "aged 24 and 31" two ages). Before it, EXTRACTOR_VERSION 2026.12.79, 14b45f5: "cut rates by
# between 25 and 50 basis points" a fall, "Schalke 04" a name). Before it, EXTRACTOR_VERSION 2026.12.78,
# 161bf0b: "von 8,4 Prozent auf 2,17 Mrd. Euro" a fall of 8.4 per cent, "The senator, 71," an age). Before it,
# EXTRACTOR_VERSION 2026.12.77, 24c6d53: "from N985" in naira, "seven point nine percent" 7.9). Before it,
# EXTRACTOR_VERSION 2026.12.76, 6f5296b: "4 million tonnes per annum" per year, "the dollar index rose 0.4% to
# 106.8" no points). Before it, EXTRACTOR_VERSION 2026.12.75, 43c06c2: "some 2.1m teu" millions of containers,
# "y BBVA, un 2,8%" a fall). Before it, EXTRACTOR_VERSION 2026.12.74, 50e7d02: "0.6 per cent, or 21.37 points,
# at 3,562.14" a rise and a level in points). Before it, EXTRACTOR_VERSION 2026.12.73, a4f5f96: "by an eighth"
# a share, "a further quarter- point reduction" a fall). Before it, EXTRACTOR_VERSION 2026.12.72, b25376d:
# "von 3,1 auf 1,9 Milliarden Euro" two levels in euros). Before it, EXTRACTOR_VERSION 2026.12.71, 377fa6c:
# "speeds of 30 Mbps" a measure, "780 cedis a bag" a price per bag). Before it, EXTRACTOR_VERSION 2026.12.70,
# 0a81576: "the Sensex fell 412.6 points to close at 71,208.35" a level in points). Before it,
# EXTRACTOR_VERSION 2026.12.69, e0c8f32: "16 bank accounts" counts bank accounts, "stiegen um zwischen 3 und 5
# Prozent" a rise). Before it, EXTRACTOR_VERSION 2026.12.68, 496382c: "a cédé 128 points à 7 842,15 points" a
# fall and a level). Before it, EXTRACTOR_VERSION 2026.12.67, 5e960e0: "rose a more modest 0.3 per cent" a
# rise). Before it, EXTRACTOR_VERSION 2026.12.66, efa8321: "fell to 412 million Norwegian crowns from 538
# million" both in crowns, "1.9 billion reais" money, "on lap 41" a name). Before it, EXTRACTOR_VERSION
# 2026.12.65, ddaba6b: "legte im frühen Handel 3 Prozent zu" a rise, "verlor zeitweise 9,2 Prozent" a
# decrease). Before it, EXTRACTOR_VERSION 2026.12.64, 7776869: "Mehrere Hundert Haushalte waren ohne Strom"
# read as German, its detection screen knowing "waren"). Before it, EXTRACTOR_VERSION 2026.12.63, 200db84:
# "they lost $300,000" exact, "subirán entre un 3 y un 5 %" a rise). Before it, EXTRACTOR_VERSION 2026.12.62,
# dd6821b: "near -28" with an en dash negative, "highways 401 and 400" names, "El PIB avanzó 1.4%" a rise).
# Before it, EXTRACTOR_VERSION 2026.12.61, ba93282: "tanked 1,064 points" a decrease, "estimated the crowd at
# 70" approximate, "812 Category A certificates" a count, "5,210 mdd" dollars). Before it, EXTRACTOR_VERSION
# 2026.12.60, 5f5cf50: "fell by 25c to $10.15" cents, "K26.3 a litre" kwacha, "nine in 14 league games" no
# share, "Q12.5 millones" quetzales, "deux fois et demie" 2.5 times). Before it, EXTRACTOR_VERSION 2026.12.59,
# 6103ad3: "reduce pollution from off-road diesel engines by 90 percent" a decrease, "F$2.4 billion", "aged
# 6-59 months" one span, "Alarmstufe 3" a name). Before it, EXTRACTOR_VERSION 2026.12.58, 84408ed: "a decrease
# of 4,1%" 4.1, "R18,92" rand, "MK15,000" kwacha, "41 fewer killings" a decrease). Before it,
# EXTRACTOR_VERSION 2026.12.57, 70ff8f0: "US$ 2.9 billion" dollars, "TT$4.1 billion", "4.1 billion" 4100000000
# exactly, "185c a share" cents, "1,340 kākā"). Before it, EXTRACTOR_VERSION 2026.12.56, 62db5f8: "K2.3
# billion" kwacha, "crossed the Rs 300 crore mark" more than, "1,2 million doses" 1.2 million, "se depreció un
# 18 por ciento" a decrease). Before it, EXTRACTOR_VERSION 2026.12.55, 9fe4528: "Menschen über 60. In Sachsen"
# two sentences, "cayó 6 puntos" a decrease, "mayores de 65 años" more than, "estimated at $1 million"
# approximate, "P48 a kilo" pesos). Before it, EXTRACTOR_VERSION 2026.12.54, 447e1b4: "3 200MW" 3,200
# megawatts, "the Reserve Bank's 2-3 per cent" a range, "ZiG2.1 billion", "making up nine out of 10" no rise,
# "No. 4:24-cv-01187" one identifier). Before it, EXTRACTOR_VERSION 2026.12.53, 8c7950b: "Rs. 298.40" one
# sentence and rupees, "RO145 million" rials, "18 months or longer" at least, "narrowed 4 basis points" a
# decrease, "hat 3,9 Prozentpunkte verloren" a decrease). Before it, EXTRACTOR_VERSION 2026.12.52, f77edde:
# "KD5.6 billion" dinars, "crossed 10 lakh users" a lower bound, "from zero to 60 mph" a range). Before it,
# EXTRACTOR_VERSION 2026.12.51, 9194787: "a abaissé son taux directeur de 25 points de base" a decrease,
# "elevó", "hob ... an"). Before it, EXTRACTOR_VERSION 2026.12.50, 04e355b: "did not exceed 11.3 percent" at
# most, "0.9412 Franken", "auf minus 0,25 Prozent" negative, "trois dixièmes de point"). Before it,
# EXTRACTOR_VERSION 2026.12.49, f3055aa: "-28 to -33" one range, "arrested 5 yesterday" no noun, "half a
# percentage point", "medio punto", fils and paise money). Before it, EXTRACTOR_VERSION 2026.12.48, d4352ea:
# "cut it 28 percent to 14 percent" a range again). Before it, EXTRACTOR_VERSION 2026.12.47, 562d21a: "roughly
# a third more than" a share, "fell by half", "N1,090." naira). Before it, EXTRACTOR_VERSION 2026.12.46,
# f96fe7c: "taking 41.3 per cent to 37.9 per cent" two figures, "PHP1.86 billion", "15 below zero" -15, "Class
# 12 board examinations" a name, "la fusée Ariane 6" a name, "CHF 45 millions" francs). Before it,
# EXTRACTOR_VERSION 2026.12.45, 625a03f: "-$98" negative dollars, "led by 50.9 percent to 48.2 percent" two
# figures, "returned 4 for 52" a score, "R24.12 a litre" rand, "bajó en 16.300 personas" a decrease). Before
# it, EXTRACTOR_VERSION 2026.12.44, 2fd4045: "6,85,000 cusecs" 685,000, "$3.1 bln", "4,100 schoolchildren aged
# 6 to 12", "zwei Dutzend" 24, "entre cinco y ocho años" a range, "um drei Uhr" a time). Before it,
# EXTRACTOR_VERSION 2026.12.43, 3fa0e11: "taking $716 billion out of that program" a decrease, "the three of
# us" people, "better than fifty speeches" a lower bound, "two leading national news networks"). Before it,
# EXTRACTOR_VERSION 2026.12.42, 2466856: "the B - 1 bomber" a name, "in nineteen sixty-one, two, or three"
# years, "nine out of our 10 divisions" a share, "ran up the credit by $1,000" an increase, "the number-one
# threat" no count). Before it, EXTRACTOR_VERSION 2026.12.41, e2c0a1d: "850,000 tons" short tons, "in nineteen
# uh - forty-four" 1944, "half-a-trillion dollars", "1 out of every $6" a share, "one of only ten Democrats",
# "the spring of fifty-five" a year). Before it, EXTRACTOR_VERSION 2026.12.40, 957e2e2: "from 1 percent up to
# 4 percent" a range, "here like 40 or 50" a hedge, "two years ago, three years ago" one range, "jobs have
# been lost" a decrease, "about uh - four times" a hedge, "for one reason alone"). Before it,
# EXTRACTOR_VERSION 2026.12.39, e883458: "a bold move and one that may serve" a pronoun, "by uh - three to
# five billion dollars" a decrease, "added back" an increase, "one out of every six dollars" a share, "30, 40,
# sometimes 50 percent" one range, "in fifty- five and fifty-nine -" years). Before it, EXTRACTOR_VERSION
# 2026.12.38, 28de558: "the '60's" a decade, "12 percent per year" a rate, "we're still down 580,000 jobs" a
# decrease, "brought down the cost by" a change, "I, for one," no count, "Three, we have to" a list item).
# Before it, EXTRACTOR_VERSION 2026.12.37, 9aeff01: "eight years, ten years" one range, "a quarter of a
# million" 250,000, "the nineteen-sixties" and "in nineteen sixty-one" dates). Before it, EXTRACTOR_VERSION
# 2026.12.36, ca75cf8: "a recession in fifty- eight." a year, "20-some years" a lower bound, "one seventh the
# total economy" a share, "back to square one" no count, "added four million jobs" an increase). Before it,
# EXTRACTOR_VERSION 2026.12.35, e09aa3b: "3,000 fewer teachers" counts teachers, "a quarter million" 250,000,
# "two hundredth" an ordinal, "one hundredth of a second" 0.01 seconds, "the '94 elections" a year, "laid off
# 350 teachers" and "lost 1.6 million jobs" decreases, "four and nine-tenths billion" one number). Before it,
# EXTRACTOR_VERSION 2026.12.34, eee1457: "357, 000 good jobs" one number, "one- quarter" a quarter, "two or
# perhaps three" one range, "one by one" and "one X or another" no count). Before it, 2026.12.33, 4876626:
# "39, 40 years" and "ten, fifteen, or twenty nations" one range, "nineteen or twenty million" one scaled
# range, "$20-25 billion a year", "cutting capital gains 50 percent" a decrease, "something like" a hedge).
# Before it, 2026.12.32, 4616361: "2 and a half weeks", "5 and one-half percent", "six and nine-tenths per
# cent" one number). Before it, 2026.12.31, 11d432b: "in his early 30s" an age, "increased exports globally 30
# percent" an increase, "That's one that" a pronoun). Before it, 2026.12.30, 6b7bf34: "cut Medicare $270
# billion" a decrease, "twenty-first" an ordinal, "October three," a day, "one bit" and "one in which" no
# count, "one governor ever", "Mr.", "one-half"). Before it, 2026.12.29, 6dd76b2: "25 or 30 percent" one
# range, "in `83" a year, "millions and millions" one figure, "20million", "two very different paths", "one of
# only a few", "bucks", "turned over", "people 55 to 64" ages, "one who" and "One," no count). Before it,
# 2026.12.28, 238e2d7: "10x more" a multiple, "07-26-2012" a date, "1) deceit; 2) trash" list markers, "on 60
# Minutes —"). Before it, 2026.12.27, a837efb: a link after a count no noun, "(1/2)" a post's counter, "on
# 7/5" a date, "1. The" a list marker, "2 join" no figure, "§ 3021", "one way or another"). Before it,
# 2026.12.26, ecf10fd: "an article about 18" no hedge, "a minimum 48-hour stay", "patients over 70" an age,
# "the number 96723345", "zero tolerance", "No two", "'8 Mile'"). Before it, 2026.12.25, 11c0d92: "o'clock" a
# clock time, "one of those who" a pronoun, "between May 18 and 31" dates, "$25 a vial" a price each, "type 2
# diabetes"). Before it, 2026.12.24, c0b7839: a plural before a verb and its object no compound, "things"
# before a clause, "miles to the gallon", "turns 30" and "when you're 20" ages, "10 or 11 PM", "50 Cent", a
# duration before "ago" no change). Before it, 2026.12.23, a7eb24d: the noun after "or more", "children 12 and
# under" and "over age 50" bounded ages, "the drinking age to 18" an age, "a $50,000 daily fine" a rate, "75
# MPH", quoted modifiers, "one state banned" a verb, "will one day", "the 317 area code", "CBS' 60 Minutes").
# Before it, 2026.12.22, 589edbd: money "every month" a rate, the prime the foot, "one's", "one-time", a
# quoted noun phrase, "76 and older" an age, "1/3 of your people"). Before it, 2026.12.21, 211f01a: "at age
# 63" and "the age of 66" ages, a participle before modifiers and a plural, "one of every two", "an 800
# number", "near-", "two-way", "Oct. 7-10"). Before it, 2026.12.20, 05f6c5b: the cent sign, "one of them" a
# pronoun, text short codes, a quoted name after "called", "overseas", "four of Donald Trump's children", feet
# and inches with marks, "a million and a half"). Before it, 2026.12.19, 5cbc95f: a height's inches before
# punctuation, height and weight joined by a comma, "the IE 9 versions" a name, yards gained a total, "At 55,
# he" an age, a bare domain with a path an address). Before it, 2026.12.18, 646a757: "one" after an ordinal a
# pronoun, "The Three Musketeers" and "BBC One says" names, "patches- making"). Before it, 2026.12.17,
# f16ed6c: "KOs" knockouts, "one in every 500 users" a share, "over two seasons" a period, "points-13" no
# noun). Before it, 2026.12.16, 2667838: "7½ miles" one value, "two U.S. soldiers", "One bomb hit", "two
# others" after one thing, "Section 7 of the …" a name, "aged from one to 12" ages, "one close to the school"
# a pronoun). Before it, 2026.12.15, 5bb42fa: a dash pair before a record a result, numbers after "versions"
# identifiers, "number one" a rank, comparatives and "within" bounds, ages in commas after kin, ppg). Before
# it, 2026.12.14, 3eba67f: "hundreds of these boards", "two traditional three- point plays", rates per game,
# carry or night, "a 911 caller" an identifier, "multi- million" and "one-sided" no figures, "the Three
# Musketeers" a title). Before it, 2026.12.13, e4c01fe: "one extremely important law", "the 10 most endangered
# properties", "four straight" no noun, "died" people, "nine quarters" nine, a score before a capitalised
# word, a compass address). Before it, 2026.12.12, 55466ea and e12b982: counts with no noun before them in a
# state or after harm people, "of whom", "two of my children", "a mother of 12", a plural after "and" shared,
# heights' inches, versions listed, three-part records, abbreviated years and spaced- slash dates; both
# check-worthiness models retrained). Before it, 2026.12.11, b10950f and 1a4309e: glued bounds and hedges
# ("20-plus"), "a couple of hundred", "two dozen", halves before a unit, a lower-case number word after a
# capitalised word a count, parts of a whole and elided counts with their noun, a length fallen a distance,
# terms such as "zero- day" no figures; both check- worthiness models retrained). Before it, 2026.12.10,
# 8912bd4 and 7cd2853: a short decimal after a name a version, a bound after a change the qualifier, a team's
# record in brackets a result, ordinals with grouped thousands, a number word after a possessive a count; 42
# texts of the corpora). Before it, 2026.12.9, 4ea9f45: the check-worthiness model distilled from the sentence
# encoder; scores and is_claim only. Before it, 2026.12.8, c92dad7 to f98bc94: unseen9's to unseen14's German,
# Spanish and French forms; in English points and "or X%" as changes, seven texts of the corpora, qualifiers
# only. Before it, 2026.12.7, 4dcff0c, 77d6b15, fb282b9 and 9ba1480: multiples in English and the five
# languages, quarter- points, shares said alone, "topped"/"exceeded"/"north of"/"past" bounds, glued k and m
# before a stop or unit, whole hours after "alle", bond tenors and "day one" names; the model retrained on
# them). Before it, 2026.12.6, e9eecf7: d74f3f9's English scales and currencies after the amount and the five
# languages' one- word numbers, glued scales, ages, shares and halves; 65609ff's qualifiers after the figure
# in those languages; 964a72b's currencies of other presses; f8e1280's English ranges, changes and bounds;
# b986602's millions, votes and blocks; the model retrained on them). Before it, 2026.12.5, 7e9fb59 and its
# continuations: the other languages' glued scales, number words, round-number nouns, references, results, day
# spans, clock hours, Spanish qualifiers; merged in 9feac66 with 153e22c's English speakers: a trailing "it
# said", "according to X" without a comma, "say police"; the model retrained on them in 9d13e1b; shares,
# numbered names and low- first scores in the five languages merged in 24ceafb). Before it, d7266a3
# (2026.12.4: spaced thousands, margins of error, kelvin or thousand K, "in" as the inch, bracketed
# restatements' qualifiers, parallel units and changes, minus after a bracket), e2fe165 (2026.12.3: units and
# counted nouns by general rules, lists and parts of a whole sharing a unit), 62942bc (2026.12.2: languages
# detected and read, speakers in news prose, ages a kind of their own) and 3f5d2bc (2026.12.1: a longest
# sentence, the word before a figure read in its own sentence, an overflowing value kept as no value).
DEFAULT_REF = "24f85e4"
_IMPORT_NAME = re.compile(r"\bfactcheck\.extraction\b")


class GitUnavailable(RuntimeError):
    """No ``git`` executable, or the revision is not in this checkout's history (a shallow clone)."""


def _git(*args: str, repo: Path) -> bytes:
    try:
        return subprocess.run(["git", *args], cwd=repo, capture_output=True, check=True).stdout
    except FileNotFoundError as exc:
        raise GitUnavailable("git is not installed") from exc
    except subprocess.CalledProcessError as exc:
        raise GitUnavailable(exc.stderr.decode("utf-8", "replace").strip() or str(exc)) from exc


def materialise(ref: str = DEFAULT_REF, repo: Path = ROOT) -> ModuleType:
    """``factcheck.extraction`` at ``ref``, imported as the package ``extraction_<commit>``.

    Raises ``GitUnavailable`` when git or the revision is missing; anything else is a real failure.
    """
    commit = _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", repo=repo).decode().strip()
    name = f"extraction_{commit[:12]}"
    if name in sys.modules:
        return sys.modules[name]
    archive = _git("archive", "--format=tar", commit, PACKAGE, repo=repo)
    where = Path(tempfile.mkdtemp(prefix="extraction-baseline-"))
    atexit.register(shutil.rmtree, where, ignore_errors=True)
    target = where / name
    prefix = PACKAGE + "/"
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.startswith(prefix):
                continue
            extracted = tar.extractfile(member)
            assert extracted is not None  # a regular file always has content
            data = extracted.read()
            path = target / member.name[len(prefix) :]
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".py":
                data = _IMPORT_NAME.sub(name, data.decode("utf-8")).encode("utf-8")
            path.write_bytes(data)
    sys.path.insert(0, str(where))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(where))


Leaf = tuple[str, object]


def flatten(value: object, path: str = "") -> Iterator[tuple[str, Leaf]]:
    """Every leaf field of ``extract``'s output as ``(path, (type name, value))``.

    Floats become their IEEE-754 bytes, so 0.1 + 0.2 and 0.3 (or 0.0 and -0.0) differ; enum members
    keep their class name, so a plain string where a ``Category`` was is a difference too.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from flatten(getattr(value, item.name), f"{path}.{item.name}")
    elif isinstance(value, list | tuple):
        yield f"{path}#len", ("int", len(value))
        for index, item in enumerate(value):
            yield from flatten(item, f"{path}[{index}]")
    elif isinstance(value, Enum):
        yield path, (type(value).__name__, value.value)
    elif isinstance(value, float):
        yield path, ("float", struct.pack(">d", value).hex())
    else:
        yield path, (type(value).__name__, value)


@dataclass
class Comparison:
    """What ``compare`` saw: texts and sentences compared, and a line per difference found."""

    texts: int = 0
    sentences: int = 0
    differences: list[str] = field(default_factory=list)

    def add(self, other: Comparison) -> None:
        self.texts += other.texts
        self.sentences += other.sentences
        self.differences.extend(other.differences)


def compare(
    label: str,
    texts: Iterable[str],
    baseline: Callable[[str], list],
    current: Callable[[str], list],
) -> Comparison:
    """Run both ``extract`` functions on every text and list each text's differing fields."""
    result = Comparison()
    for number, text in enumerate(texts):
        before, after = baseline(text), current(text)
        result.texts += 1
        result.sentences += len(before)
        old, new = list(flatten(before)), list(flatten(after))
        if old == new:
            continue
        excerpt = " ".join(text.split())[:60]
        for (old_path, old_leaf), (new_path, new_leaf) in zip(old, new, strict=False):
            if (old_path, old_leaf) != (new_path, new_leaf):
                result.differences.append(
                    f"{label} #{number} ({excerpt!r}): {old_path or '(result)'} "
                    f"baseline {old_leaf} != working tree {new_path} {new_leaf}"
                )
                break
        else:  # one is a prefix of the other
            result.differences.append(f"{label} #{number} ({excerpt!r}): {len(old)} fields != {len(new)}")
    return result


def repo_texts(root: Path = ROOT) -> dict[str, list[str]]:
    """Texts inside the repository: the seed articles, the test data files and every string literal
    in the tests (their sentences are the edge cases someone thought of)."""
    seeds = [path.read_text(encoding="utf-8") for path in sorted((root / "seeds").glob("*.txt"))]
    data = [path.read_text(encoding="utf-8") for path in sorted((root / "tests" / "data").rglob("*.txt"))]
    literals: dict[str, None] = {}
    for path in sorted((root / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
                literals[node.value] = None
    return {"seeds": seeds, "test data files": data, "test string literals": list(literals)}
