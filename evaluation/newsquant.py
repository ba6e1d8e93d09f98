"""Score ``find_quantities`` on NewsQuant with the CQE convention.

A predicted quantity matches a gold one in the same sentence when the values are equal (ranges:
both ends equal, compared as intervals); value+unit also needs the normalised units to agree and
value+qualifier the change label (exact "=", approximate "~", more/at least ">", less/at most
"<", increase "up", decrease "down"). Precision, recall and F1 are micro-averaged over quantities.
Only claim figures are scored (dates, times, ordinals and identifiers are not NewsQuant
quantities). Usage: ``python -m evaluation newsquant PATH [--errors] [--articles ARTICLES.jsonl]``
(the last for rows labelled by reference, ``evaluation.by_reference``).
"""

# ruff: noqa: RUF001  (Unicode minus signs and quotes are normalised on purpose)
from __future__ import annotations

import dataclasses
import json
import math
import re
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from evaluation.by_reference import load_articles, text_of
from factcheck.extraction.quantities import (
    change_told_by_a_noun,
    find_quantities,
    is_claim_figure,
    period_said_with_a,
)
from factcheck.extraction.types import Qualifier, Quantity, QuantityKind

__all__ = [
    "CHANGE",
    "Fold",
    "Scores",
    "cross_validate",
    "folds",
    "load_rows",
    "normalise_unit",
    "parse_gold_value",
    "run",
    "score",
    "units_agree",
]

CHANGE: dict[Qualifier, str] = {
    Qualifier.EXACT: "=",
    Qualifier.APPROXIMATE: "~",
    Qualifier.MORE_THAN: ">",
    Qualifier.AT_LEAST: ">",
    Qualifier.LESS_THAN: "<",
    Qualifier.AT_MOST: "<",
    Qualifier.INCREASE: "up",
    Qualifier.DECREASE: "down",
}

_NUM = r"[-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_RANGE = re.compile(rf"^\s*({_NUM})\s*-\s*({_NUM})\s*$")

# Synonyms between unit vocabularies (ours vs the gold's ontology names). Some entries name the gold
# ontology's units as they were met in dev rows ("malaysian ringgit", "foot pound-force"): the
# cross-validation (``cross_validate``) rebuilds this table from the training folds only, to show how
# much of the value+unit figure rests on having seen those rows.
_ALIASES: dict[str, str] = {
    "%": "percent",
    "percentage": "percent",
    "per cent": "percent",
    "pc": "percent",
    "ko": "knockout",  # a boxer's "36 KOs" (the gold writes either)
    "ko's": "knockout",
    "us dollar": "dollar",
    "u.s. dollar": "dollar",
    "united states dollar": "dollar",
    "us$": "dollar",
    "$": "dollar",
    "japanese yen": "yen",
    "chinese yuan": "yuan",
    "indian rupee": "rupee",
    "israeli new shekel": "shekel",
    "danish krone": "krone",
    "swedish krona": "krone",
    "norwegian krone": "krone",
    "malaysian ringgit": "ringgit",
    "russian ruble": "rouble",
    "ruble": "rouble",
    "british pound": "pound sterling",
    "pound-mass": "pound",
    "pound mass": "pound",
    "foot pound-force": "pound foot",
    "pound-foot": "pound foot",
    "revolutions per minute": "revolution per minute",
    "meter": "metre",
    "kilometer": "kilometre",
    "liter": "litre",
    "centigrade": "celsius",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "people": "person",
    "persons": "person",
    # the ontology's "count" unit is written "times" ("four times a week", "6.5 times earnings")
    "time": "count",
    "age": "year of age",  # ("at the age of 66": some labellers write the unit "age")
}
_NO_UNIT = frozenset({"", "-", "none", "null"})
_KEEP_S = ("ss", "us", "is")
# Singular nouns in "-ics" ("physics"), beside plurals such as "clinics" and "critics".
_ICS_SINGULAR = frozenset(
    [
        "physics",
        "politics",
        "economics",
        "mathematics",
        "statistics",
        "athletics",
        "ethics",
        "logistics",
        "genetics",
    ]
)
_SINGULAR_AS_IS = _ICS_SINGULAR | {"people", "series", "species", "news", "celsius", "aircraft"}
# Plurals in "-ves" of a singular in "-fe" or "-f".
_VES = {
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "leaves": "leaf",
    "thieves": "thief",
}
# Plurals of another form than the singular's ("one of the criteria": a criterion).
_IRREGULAR_PLURALS = {
    "feet": "foot",
    "teeth": "tooth",
    "geese": "goose",
    "mice": "mouse",
    "criteria": "criterion",
    "phenomena": "phenomenon",
}
# Nouns whose plural in "-ies" is the singular and an "s" ("movies"), not "-y" ("bodies").
_IE_NOUNS = frozenset(
    [
        "movie",
        "rookie",
        "cookie",
        "calorie",
        "zombie",
        "selfie",
        "hippie",
        "goalie",
        "sortie",
        "prairie",
        "brownie",
    ]
)


# A game's score or a team's record as the extractor writes it: an identifier, "65-53", "(8-6)", "13-13",
# "31-24 win".
_SCORE = re.compile(r"(\d{1,3})-(\d{1,3})(?![\w.,-])")


def _score_pair(q: Quantity) -> tuple[float, float] | None:
    """A score's two numbers, low first. NewsQuant writes a score or a record as a pair (dev: "2-0 down",
    "tied 2-2"; one "89-89" left out): the extractor reads one as an identifier, a result that is never a
    claim figure, and the scorer compares it as NewsQuant's pair."""
    if q.kind != QuantityKind.IDENTIFIER:
        return None
    m = _SCORE.match(q.surface)
    if m is None:
        return None
    a, b = float(m.group(1)), float(m.group(2))
    return (min(a, b), max(a, b))


def _annotated(q: Quantity, text: str) -> bool:
    """The figures NewsQuant annotates: claim figures; a person's age written as one ("a 50-year-old",
    "aged 50", "at the age of 21"), which the app keeps as a figure of its own kind but never as a claim
    figure, but not a bare age after a name ("Nichols, 37,": dev leaves out two of three); and scores
    (``_score_pair``). (Before 2026.12.20 every age written in digits alone was left out, "aged 50" too.)"""
    if q.kind == QuantityKind.AGE:
        before = text[: q.start].rstrip()
        return not (q.surface.isdigit() and before.endswith(",") and not _AGED_LIST.search(before))
    if _multiple_in_one_word(q) or period_said_with_a(q):
        return False  # (NewsQuant labels no "a year": "waited more than a year" is left out in dev)
    return is_claim_figure(q) or _score_pair(q) is not None


def _multiple_in_one_word(q: Quantity) -> bool:
    """A multiple said in one word ("nearly double", "tripled", "fourfold", "more than halved"): NewsQuant
    labels "N times" (unit "times") but none of these (none of the 120-odd in dev and the NewsQuant-style
    sets); the app reads the factor, as the paragraph sets' writers mark it ("double" 2)."""
    written = q.surface.lower()
    return q.unit == "times" and "times" not in written and not any(ch.isdigit() for ch in written)


# A list of ages after "aged", which a comma continues ("Three men, aged 19, 22 and 41": all three annotated)
_AGED_LIST = re.compile(r"(?i)\baged[ \t]+\d{1,3}(?:,[ \t]*\d{1,3})*,$")


def _singular(w: str) -> str:
    if w in _SINGULAR_AS_IS:
        return w
    if w in _VES:
        return _VES[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-1] if w[:-1] in _IE_NOUNS else w[:-3] + "y"  # "movies", "rookies"; "bodies"
    if w.endswith(("ches", "shes", "xes", "sses")) or (w.endswith("uses") and not w.endswith("ouses")):
        return w[:-2]
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if w.endswith("children"):  # "children", "schoolchildren"
        return w[:-3]
    if w.endswith("men") and len(w) >= 3:  # "men", "policemen"
        return w[:-3] + "man"
    if w.endswith("s") and not w.endswith(_KEEP_S) and len(w) > 2:
        return w[:-1]
    return w


def normalise_unit(unit: str | None, aliases: Mapping[str, str] | None = None) -> str | None:
    """Lower-case, alias, de-hyphenate and singularise a unit so equivalent spellings compare equal."""
    if unit is None:
        return None
    table = _ALIASES if aliases is None else aliases
    u = " ".join(unit.lower().replace("’", "'").split())
    if u in _NO_UNIT:
        return None
    if " per " in u:  # normalise each side of a compound unit ("US dollar per barrel")
        num, _, den = u.partition(" per ")
        a, b = normalise_unit(num, table), normalise_unit(den, table)
        return f"{a} per {b}" if a and b else a or b
    u = table.get(u, u)
    u = " ".join(_singular(w) for w in u.replace("-", " ").split())
    return table.get(u, u)


def units_agree(pred: str | None, gold: str | None, aliases: Mapping[str, str] | None = None) -> bool:
    """Equal after normalisation, or (for counted nouns) the same head noun ("bosses" ~ "different boss")."""
    p, g = normalise_unit(pred, aliases), normalise_unit(gold, aliases)
    if p is None or g is None:
        return p is g
    if p == g:
        return True
    if " per " in p or " per " in g:
        return False
    return _head(p) == _head(g)


def _head(unit: str) -> str:
    """The head noun of a normalised counted-noun unit: its last word, or the last before a preposition that
    opens a modifier ("box of e-mail", "request for help": the gold writes the modifier, the app the noun)."""
    words = unit.split()
    for index, word in enumerate(words):
        if word in ("of", "for") and index:
            return words[index - 1]
    return words[-1]


def parse_gold_value(value: str) -> tuple[float, float] | None:
    """'12' -> (12, 12); '12-120' -> (12, 120); ranges are ordered low-high. None if unparsable."""
    v = str(value).strip().replace("−", "-")
    try:
        x = float(v)
        return (x, x) if math.isfinite(x) else None
    except ValueError:
        pass
    m = _RANGE.match(v)
    if m is None:
        return None
    a, b = float(m.group(1)), float(m.group(2))
    return (min(a, b), max(a, b))


def _close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def _pred_span(q: Quantity) -> tuple[float, float] | None:
    if q.value is not None:
        return (q.value, q.value)
    if q.low is None or q.high is None:
        return _score_pair(q)
    return (min(q.low, q.high), max(q.low, q.high))


@dataclass
class Scores:
    """True positives, predictions and gold counts per level."""

    tp: dict[str, int]
    n_pred: int
    n_gold: int

    def prf(self, level: str) -> tuple[float, float, float]:
        tp = self.tp[level]
        p = tp / self.n_pred if self.n_pred else 0.0
        r = tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


LEVELS = ("value", "value+unit", "value+qualifier")


def _match(
    preds: list[Quantity], golds: list[dict], level: str, aliases: Mapping[str, str] | None = None
) -> tuple[int, list[int], list[int]]:
    """Greedy one-to-one matching in text order; returns (tp, unmatched pred idx, unmatched gold idx)."""
    used: set[int] = set()
    missed: list[int] = []
    for gi, g in enumerate(golds):
        gv = parse_gold_value(g.get("value", ""))
        hit = -1
        if gv is not None:
            for pi, q in enumerate(preds):
                if pi in used:
                    continue
                pv = _pred_span(q)
                if pv is None or not (_close(pv[0], gv[0]) and _close(pv[1], gv[1])):
                    continue
                if level == "value+unit" and not units_agree(q.unit, g.get("normalized_unit"), aliases):
                    continue
                if level == "value+qualifier" and CHANGE[q.qualifier] != str(g.get("change", "=")).strip():
                    continue
                hit = pi
                break
        if hit < 0:
            missed.append(gi)
        else:
            used.add(hit)
    return len(used), [i for i in range(len(preds)) if i not in used], missed


# A difference said with a comparative after the figure ("$9,000 less than", "34.4% higher", "10 million more
# Americans"), or an amount said to come on top ("an additional $300 million", "an extra $10 fee"): the app
# reads an increase or a decrease; NewsQuant's change is "=" for it (dev: "finished 34.4% higher", "pulled the
# healthcare sector 0.68 percent lower", "an additional 15 miles"), and "up" or "down" for a change a verb
# says.
_COMPARATIVE_AFTER = re.compile(
    r"[\s\u00a0]*(?:more|less|fewer|higher|lower|above|below|cheaper|dearer|larger|smaller|bigger)\b",
    re.IGNORECASE,
)
_COMPARATIVE_INSIDE = re.compile(r"\s(?:more|fewer|less)\s", re.IGNORECASE)
_HEDGE_OPENING = re.compile(
    r"(?:about|around|nearly|almost|some|roughly|approximately|close to|an estimated|estimated)\b",
    re.IGNORECASE,
)
_ADDITION_BEFORE = re.compile(r"\b(?:additional|extra)[\s\u00a0]+$", re.IGNORECASE)
# NewsQuant marks the figure right after the verb "averaged" "~" (dev: "has averaged 7.3 points", "entered
# Sunday's game averaging 15.9 degrees"; not "an average of 70 days", "="); the app reads the average itself,
# exact, as the paragraph sets' writers mark it ("tickets averaged $11.20").
_AVERAGED_BEFORE = re.compile(r"\baverag(?:ed|es|ing)[\s\u00a0]+$", re.IGNORECASE)


# NewsQuant writes a move from one level to another as one range, the higher end first when it falls (dev:
# "slow slightly from 4.8 to 4.7 percent" 4.8-4.7, "dropping from 208 pounds to 193", "from $75 U.S. per
# barrel to $45.88"); the app reads two levels, as the paragraph sets' writers mark them, and the scorer joins
# them.
_FROM_BEFORE = re.compile(r"\bfrom[\s\u00a0]+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"[\s\u00a0]+to[\s\u00a0]+")


def _from_to_ranges(preds: list[Quantity], text: str) -> list[Quantity]:
    """``preds`` with each pair of levels "from X to Y" joined into NewsQuant's range (``_FROM_BEFORE``)."""
    out: list[Quantity] = []
    index = 0
    while index < len(preds):
        a = preds[index]
        b = preds[index + 1] if index + 1 < len(preds) else None
        if (
            b is not None
            and a.value is not None
            and b.value is not None
            # (the same unit, a rate's said once: not "from four hours to 95 minutes")
            and (a.unit is None or b.unit is None or a.unit.split(" per ")[0] == b.unit.split(" per ")[0])
            and _TO_BETWEEN.fullmatch(text, a.end, b.start)
            and _FROM_BEFORE.search(text, max(0, a.start - 8), a.start)
        ):
            hedged = Qualifier.APPROXIMATE in (a.qualifier, b.qualifier)
            out.append(
                dataclasses.replace(
                    b,
                    surface=text[a.start : b.end],
                    start=a.start,
                    value=None,
                    low=min(a.value, b.value),
                    high=max(a.value, b.value),
                    qualifier=Qualifier.APPROXIMATE if hedged else Qualifier.EXACT,
                    unit=a.unit or b.unit,
                )
            )
            index += 2
            continue
        out.append(a)
        index += 1
    return out


def _newsquant_change(q: Quantity, text: str) -> Quantity:
    """``q`` with the qualifier NewsQuant would write for it (see ``_COMPARATIVE_AFTER`` and
    ``_AVERAGED_BEFORE``); a change a noun tells is "=" there too ("a 12 per cent lift", "an increase of 8%":
    the NewsQuant-style writers mark it so, as dev's one such row, "a 5% pay rise", does), where the app reads
    a change, as the paragraph sets'
    writers mark it."""
    if q.qualifier is Qualifier.EXACT and _AVERAGED_BEFORE.search(text, max(0, q.start - 16), q.start):
        return dataclasses.replace(q, qualifier=Qualifier.APPROXIMATE)
    if q.qualifier in (Qualifier.INCREASE, Qualifier.DECREASE) and change_told_by_a_noun(text, q):
        # (with a hedge "~": "an increase of about 45 per cent", as NewsQuant marks a hedge with no direction)
        hedged = _HEDGE_OPENING.match(q.surface) is not None
        return dataclasses.replace(q, qualifier=Qualifier.APPROXIMATE if hedged else Qualifier.EXACT)
    if q.qualifier in (Qualifier.INCREASE, Qualifier.DECREASE) and (
        _COMPARATIVE_AFTER.match(text, q.end)
        or _COMPARATIVE_INSIDE.search(q.surface)
        or (
            q.qualifier is Qualifier.INCREASE  # (not "cut defense an extra $60 billion": a decrease)
            and _ADDITION_BEFORE.search(text, max(0, q.start - 16), q.start)
        )
    ):
        return dataclasses.replace(q, qualifier=Qualifier.EXACT)
    return q


def score(
    rows: Iterable[dict],
    predict: Callable[[str], list[Quantity]] | None = None,
    *,
    errors: list[str] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> Scores:
    """Score NewsQuant-style rows ({"text", "quantities": [{"value", "normalized_unit", "change"}]}).

    ``aliases`` replaces the unit synonym table (the cross-validation passes one rebuilt per fold)."""
    if predict is None:

        def predict(t: str) -> list[Quantity]:
            return [q for q in find_quantities(t) if _annotated(q, t)]

    tp = dict.fromkeys(LEVELS, 0)
    n_pred = n_gold = 0
    for row in rows:
        text = row["text"]
        golds = list(row.get("quantities") or [])
        preds = [_newsquant_change(q, text) for q in _from_to_ranges(predict(text), text)]
        n_pred += len(preds)
        n_gold += len(golds)
        for level in LEVELS:
            t, fp, fn = _match(preds, golds, level, aliases)
            tp[level] += t
            if errors is not None and (fp or fn) and level != "value":
                continue
            if errors is not None and level == "value" and (fp or fn):
                errors.append(f"# {text}")
                errors.extend(f"  MISS {golds[i]['value']} {golds[i].get('normalized_unit')}" for i in fn)
                errors.extend(
                    f"  FP   {preds[i].surface!r} {_pred_span(preds[i])} {preds[i].unit}" for i in fp
                )
        if errors is not None:
            _, _, fn_u = _match(preds, golds, "value+unit")
            _, _, fn_v = _match(preds, golds, "value")
            _, _, fn_q = _match(preds, golds, "value+qualifier")
            for i in sorted(set(fn_u) - set(fn_v)):
                gold_value = parse_gold_value(golds[i].get("value", ""))
                ours = sorted(
                    {
                        str(q.unit)
                        for q in preds
                        if (span := _pred_span(q)) is not None
                        and gold_value is not None
                        and _close(span[0], gold_value[0])
                        and _close(span[1], gold_value[1])
                    }
                )
                errors.append(
                    f"# {text}\n  UNIT gold {golds[i].get('normalized_unit')!r} value {golds[i]['value']}"
                    f" ours {', '.join(ours)}"
                )
            for i in sorted(set(fn_q) - set(fn_v)):
                errors.append(f"# {text}\n  QUAL gold {golds[i].get('change')!r} value {golds[i]['value']}")
    return Scores(tp, n_pred, n_gold)


_GROUP_FIELDS = ("source", "article", "article_id", "doc_id", "url", "source_url")


def folds(rows: Sequence[dict], k: int = 5) -> tuple[list[list[int]], str]:
    """Row indices of k folds, deterministic, and how they were grouped.

    Rows sharing a source (the first of ``_GROUP_FIELDS`` the rows carry) stay in one fold, groups
    taken in file order and cut into k blocks of about equal size; without such a field, k contiguous
    blocks of the file (neighbouring rows tend to come from the same article or feed).
    """
    n = len(rows)
    k = max(1, min(k, n))
    field = next((f for f in _GROUP_FIELDS if rows and all(f in r for r in rows)), None)
    if field is None:
        return [list(range(i * n // k, (i + 1) * n // k)) for i in range(k)], "contiguous blocks"
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(str(r[field]), []).append(i)
    out: list[list[int]] = [[] for _ in range(k)]
    done = 0
    for members in groups.values():  # file order of first appearance
        out[min(k - 1, done * k // n)].extend(members)
        done += len(members)
    return [f for f in out if f], f"grouped by {field!r}"


def _vocabulary(units: Iterable[str | None]) -> set[str]:
    """Every spelling a synonym-table key could be looked up as, for these units."""
    vocab: set[str] = set()
    for unit in units:
        if not unit:
            continue
        u = " ".join(unit.lower().replace("’", "'").split())
        for part in (u, *u.split(" per ")):
            vocab.add(part)
            vocab.add(" ".join(_singular(w) for w in part.replace("-", " ").split()))
    return vocab


def _train_aliases(rows: Iterable[dict], preds: Iterable[list[Quantity]]) -> dict[str, str]:
    """The synonym table as it could have been written from these rows only: an entry is kept when its
    key occurs among their gold units or our units for them."""
    seen = _vocabulary(
        g.get(f) for r in rows for g in r.get("quantities") or [] for f in ("unit", "normalized_unit")
    )
    seen |= _vocabulary(q.unit for p in preds for q in p)
    return {key: value for key, value in _ALIASES.items() if key in seen}


@dataclass
class Fold:
    """One held-out fold: its scores with the full synonym table and with the table rebuilt without it,
    and value+unit hits on gold units that the other folds' gold never uses (``novel``) or does."""

    index: int
    rows: int
    scores: Scores
    rebuilt: Scores
    novel: tuple[int, int]
    seen: tuple[int, int]


def cross_validate(
    rows: Sequence[dict], predict: Callable[[str], list[Quantity]] | None = None, k: int = 5
) -> tuple[list[Fold], str]:
    """Score each of k folds held out (see ``folds``); the extractor's rules are not fitted to data, so
    only the unit synonym table is rebuilt from the other k-1 folds. Deterministic."""
    if predict is None:

        def predict(t: str) -> list[Quantity]:
            return [q for q in find_quantities(t) if _annotated(q, t)]

    cache = {r["text"]: predict(r["text"]) for r in rows}
    blocks, how = folds(rows, k)
    out: list[Fold] = []
    for index, block in enumerate(blocks):
        inside = set(block)
        train = [rows[i] for i in range(len(rows)) if i not in inside]
        test = [rows[i] for i in block]
        table = _train_aliases(train, (cache[r["text"]] for r in train))
        train_units = {
            normalise_unit(g.get("normalized_unit"), table) for r in train for g in r["quantities"]
        }
        novel = [0, 0]
        seen = [0, 0]
        for r in test:
            golds = list(r.get("quantities") or [])
            _, _, missed = _match(cache[r["text"]], golds, "value+unit", table)
            for gi, g in enumerate(golds):
                tally = seen if normalise_unit(g.get("normalized_unit"), table) in train_units else novel
                tally[0] += gi not in missed
                tally[1] += 1
        out.append(
            Fold(
                index + 1,
                len(test),
                score(test, cache.__getitem__),
                score(test, cache.__getitem__, aliases=table),
                (novel[0], novel[1]),
                (seen[0], seen[1]),
            )
        )
    return out, how


def _cv_table(result: list[Fold], how: str) -> None:
    print(
        f"{len(result)}-fold cross-validation ({how}; value+unit scored with the unit synonym table rebuilt"
        " from the other folds, full table in brackets)"
    )
    print(f"{'fold':<6}{'rows':>5}{'gold':>6}{'value':>8}{'value+unit':>19}{'value+qualifier':>17}")
    f1s: dict[str, list[float]] = {"value": [], "value+unit": [], "full": [], "value+qualifier": []}
    for f in result:
        v, u, full, q = (
            f.rebuilt.prf("value")[2],
            f.rebuilt.prf("value+unit")[2],
            f.scores.prf("value+unit")[2],
            f.rebuilt.prf("value+qualifier")[2],
        )
        for key, x in zip(f1s, (v, u, full, q), strict=True):
            f1s[key].append(x)
        print(f"{f.index:<6}{f.rows:>5}{f.rebuilt.n_gold:>6}{v:8.1f}{u:11.1f} ({full:5.1f}){q:17.1f}")

    def line(name: str, fn: Callable[[list[float]], float]) -> None:
        v, u, full, q = (fn(f1s[key]) for key in ("value", "value+unit", "full", "value+qualifier"))
        print(f"{name:<17}{v:8.1f}{u:11.1f} ({full:5.1f}){q:17.1f}")

    line("mean", statistics.fmean)
    line("sd", lambda xs: statistics.pstdev(xs) if len(xs) > 1 else 0.0)
    line("worst fold", min)
    novel = [sum(f.novel[i] for f in result) for i in (0, 1)]
    seen = [sum(f.seen[i] for f in result) for i in (0, 1)]
    print(
        f"value+unit recall on gold units no other fold uses: {novel[0]}/{novel[1]}"
        f" ({100 * novel[0] / max(1, novel[1]):.1f}%); on units seen elsewhere: {seen[0]}/{seen[1]}"
        f" ({100 * seen[0] / max(1, seen[1]):.1f}%)"
    )


def _table(title: str, s: Scores) -> None:
    print(title)
    print(f"{'level':<17}{'P':>7}{'R':>7}{'F1':>7}")
    for level in LEVELS:
        p, r, f = s.prf(level)
        print(f"{level:<17}{p:7.1f}{r:7.1f}{f:7.1f}")


def load_rows(path: str | Path, articles: str | Path | None = None) -> list[dict]:
    """A NewsQuant-style JSON list; rows labelled by reference (``doc_id``, ``start``, ``end`` instead of
    ``text``: ECB+'s sentences may not be copied) get their text from the ``articles`` file."""
    with open(path, encoding="utf-8") as fh:
        rows = json.load(fh)
    texts = load_articles(articles) if articles else None
    return [row if "text" in row else {**row, "text": text_of(row, texts)} for row in rows]


def run(
    path: str, *, show_errors: bool = False, compare: bool = False, cv: int = 0, articles: str | None = None
) -> int:
    """Print P/R/F1 for value, value+unit and value+qualifier on a NewsQuant JSON file.

    ``cv`` (k > 1) adds a k-fold cross-validation beside it (``cross_validate``): per-fold F1, their spread
    and the worst fold.

    ``compare`` scores quantulum3 (the reference system) on the same rows with the same scorer. It
    reports no qualifiers, so every figure counts as exact; its years count against its precision,
    as they did in the published figures.
    """
    try:
        rows = load_rows(path, articles)
    except ValueError as unreadable:  # a row labelled by reference, and no articles file given
        print(unreadable)
        return 2
    errors: list[str] | None = [] if show_errors else None
    s = score(rows, errors=errors)
    if errors:
        print("\n".join(errors))
    _table(f"NewsQuant {path}: {len(rows)} sentences, {s.n_gold} gold quantities, {s.n_pred} predicted", s)
    if cv > 1:
        _cv_table(*cross_validate(rows, k=cv))
    if compare:
        from evaluation import reference

        modes = reference.load()
        if not modes:
            print("quantulum3 is not installed (pip install 'quantulum3[classifier]'): no comparison")
            return 0
        theirs = score(rows, modes[0].quantities)
        _table(f"quantulum3 ({modes[0].label}), same rows and scorer: {theirs.n_pred} predicted", theirs)
    return 0


_PHYSICAL = "value+unit (phys)"  # counted nouns (kind cardinal) scored as no unit


def run_quantulum3(path: str) -> int:
    """Sanity check on quantulum3's test sentences (``[{"req": text, "res": [{"value", "unit"}]}]``).

    quantulum3 reports ranges as their midpoint and years as dimensionless numbers; we match a range by
    its midpoint and (like NewsQuant) do not report dates, so expect lower recall there by design.
    quantulum3 annotates physical units only (a counted noun, "50 cars", is dimensionless), so a third
    line scores our counted nouns (figures of kind cardinal) as no unit.
    """
    with open(path, encoding="utf-8") as fh:
        rows = json.load(fh)
    tp = dict.fromkeys((*LEVELS[:2], _PHYSICAL), 0)
    n_pred = n_gold = 0
    for row in rows:
        preds = [q for q in find_quantities(row["req"]) if _annotated(q, row["req"])]
        golds = row.get("res") or []
        n_pred += len(preds)
        n_gold += len(golds)
        for level in tp:
            used: set[int] = set()
            for g in golds:
                gv = float(g["value"])
                gu = None if g.get("unit") == "dimensionless" else g.get("unit")
                for i, q in enumerate(preds):
                    span = _pred_span(q)
                    if i in used or span is None or not _close((span[0] + span[1]) / 2, gv):
                        continue
                    unit = None if level == _PHYSICAL and q.kind == QuantityKind.CARDINAL else q.unit
                    if level != "value" and not units_agree(unit, gu):
                        continue
                    used.add(i)
                    break
            tp[level] += len(used)
    s = Scores({**tp, "value+qualifier": 0}, n_pred, n_gold)
    print(f"quantulum3 {path}: {len(rows)} sentences, {n_gold} gold quantities, {n_pred} predicted")
    for level in tp:
        p, r, f = s.prf(level)
        print(f"{level:<17}{p:7.1f}{r:7.1f}{f:7.1f}")
    return 0
