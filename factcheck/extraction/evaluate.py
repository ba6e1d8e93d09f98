"""Score the extractor against the newsroom's gold file (``manage.py export_annotations --format jsonl``).

``python -m factcheck.extraction.evaluate gold FILE [--stored] [--json]``

The gold file holds, per article, the claims reviewers kept (the human layer), the spans they marked
"not a claim" and the machine layer stored at import. By default the current extractor is re-run on
each text, so a change to the rules can be measured before it ships; with ``--stored`` the stored
machine layer is scored instead, one report per ``extractor_version``, so versions can be compared
on what reviewers actually saw. Scores are micro-averaged over articles:

* claim boundaries, exact and overlapping (one-to-one, best character IoU first, IoU >= 0.5);
* figures, matched one-to-one by character overlap, scored on value, value+unit, value+qualifier;
* speaker and category accuracy on the claims matched by overlap;
* how often reviewers kept, corrected, added or rejected what the machine made.

This module lives in the runtime package (standard library only, like the rest of it) because the
Django side reuses ``load_gold`` and ``score`` for its quality page; ``evaluation/`` is not installed.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from os import PathLike
from typing import Any, TextIO

from factcheck.extraction import extract
from factcheck.extraction.types import Sentence
from factcheck.extraction.version import EXTRACTOR_VERSION

__all__ = [
    "Accuracy",
    "Claim",
    "Figure",
    "GoldArticle",
    "GoldError",
    "Report",
    "Scores",
    "load_gold",
    "main",
    "run",
    "score",
    "to_table",
]

MIN_IOU = 0.5
REL_TOL = 1e-9
CURRENT = "current"  # report key when the current extractor is re-run
UNKNOWN = "unknown"  # report key for a stored layer whose extractor_version is ""
NO_ARTICLES = "no annotated articles"


# --------------------------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity, gold or predicted; offsets index the article text."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """A gold claim or a predicted sentence; ``speaker`` is the speaker's name or None."""

    start: int
    end: int
    category: str | None = None
    speaker: str | None = None
    quantities: tuple[Figure, ...] = ()
    origin: str = ""


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One line of the gold file. ``machine`` is the stored machine layer (used with ``stored=True``)."""

    line: int
    text: str
    id: Any = None
    title: str = ""
    extractor_version: str = ""
    claims: tuple[Claim, ...] = ()
    not_claims: tuple[tuple[int, int], ...] = ()
    machine: tuple[Claim, ...] = ()


class GoldError(ValueError):
    """The gold file is malformed; ``line`` is the 1-based line number (None when not line-specific)."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message if line is None else f"line {line}: {message}")
        self.line = line
        self.message = message


@dataclass(slots=True)
class Scores:
    """Counts of one precision/recall comparison (tp + fn = gold items, tp + fp = predicted items)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    n: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "correct": self.correct, "n": self.n}


@dataclass(slots=True)
class Report:
    """Every figure for one set of predictions (one extractor version) over the gold articles."""

    extractor_version: str
    stored: bool
    articles: int = 0
    gold_claims: int = 0
    predicted_sentences: int = 0
    gold_figures: int = 0
    predicted_figures: int = 0
    exact: Scores = field(default_factory=Scores)
    overlap: Scores = field(default_factory=Scores)
    value: Scores = field(default_factory=Scores)
    value_unit: Scores = field(default_factory=Scores)
    value_qualifier: Scores = field(default_factory=Scores)
    speaker: Accuracy = field(default_factory=Accuracy)
    category: Accuracy = field(default_factory=Accuracy)
    claim_origins: Counter[str] = field(default_factory=Counter)
    figure_origins: Counter[str] = field(default_factory=Counter)
    not_claims: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "extractor_version": self.extractor_version,
            "stored": self.stored,
            "counts": {
                "articles": self.articles,
                "gold_claims": self.gold_claims,
                "predicted_sentences": self.predicted_sentences,
                "gold_figures": self.gold_figures,
                "predicted_figures": self.predicted_figures,
            },
            "boundaries": {"exact": self.exact.to_dict(), "overlap": self.overlap.to_dict()},
            "figures": {
                "value": self.value.to_dict(),
                "value+unit": self.value_unit.to_dict(),
                "value+qualifier": self.value_qualifier.to_dict(),
            },
            "speaker": self.speaker.to_dict(),
            "category": self.category.to_dict(),
            "corrections": {
                "claims": dict(_by_frequency(self.claim_origins)),
                "figures": dict(_by_frequency(self.figure_origins)),
                "not_claims": self.not_claims,
            },
        }


def _by_frequency(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, ties by name, so output is stable."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


# ------------------------------------------------------------------------------------------ loading


class _Invalid(Exception):
    """A field is wrong; ``load_gold`` adds the line number."""


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(f"{where} must be a JSON object, not {_show(value)}")
    return value


def _show(value: object) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(f'{where}"{key}" must be a list, not {_show(value)}')
    return value


def _string(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise _Invalid(f'{where}"{key}" must be a string or null, not {_show(value)}')
    return value


def _number(obj: dict[str, Any], key: str, where: str) -> float | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Invalid(f'{where}"{key}" must be a number or null, not {_show(value)}')
    return float(value)


def _span(obj: dict[str, Any], where: str, size: int) -> tuple[int, int]:
    """``(start, end)`` with 0 <= start <= end <= size: offsets must index the article text."""
    bounds = []
    for key in ("start", "end"):
        if key not in obj:
            raise _Invalid(f'{where}"{key}" is missing')
        value = obj[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Invalid(f'{where}"{key}" must be an integer, not {_show(value)}')
        bounds.append(value)
    start, end = bounds
    if not 0 <= start <= end <= size:
        raise _Invalid(f"{where}span {start}..{end} is outside the text (0..{size}) or reversed")
    return start, end


def _figure(value: object, where: str, size: int) -> Figure:
    obj = _object(value, where.rstrip(": "))
    start, end = _span(obj, where, size)
    return Figure(
        start,
        end,
        _number(obj, "value", where),
        _number(obj, "low", where),
        _number(obj, "high", where),
        _string(obj, "unit", where),
        _string(obj, "qualifier", where),
        _string(obj, "origin", where) or "",
    )


def _claim(value: object, where: str, size: int) -> Claim:
    """A gold claim or a stored machine sentence (the same keys matter for scoring)."""
    obj = _object(value, where.rstrip(": "))
    start, end = _span(obj, where, size)
    speaker = obj.get("speaker")
    name = None
    if speaker is not None:
        name = _string(_object(speaker, f'{where}"speaker"'), "name", f"{where}speaker ")
    quantities = tuple(
        _figure(q, f"{where}quantities[{i}]: ", size) for i, q in enumerate(_list(obj, "quantities", where))
    )
    return Claim(
        start, end, _string(obj, "category", where), name, quantities, _string(obj, "origin", where) or ""
    )


def _article(line: int, obj: object) -> GoldArticle:
    obj = _object(obj, "the line")
    if "text" not in obj:
        raise _Invalid('"text" is missing')
    text = obj["text"]
    if not isinstance(text, str):
        raise _Invalid(f'"text" must be a string, not {_show(text)}')
    size = len(text)
    meta = _object(obj.get("article") or {}, '"article"')
    version = _string(obj, "extractor_version", "") or ""
    claims = [_claim(c, f"claims[{i}]: ", size) for i, c in enumerate(_list(obj, "claims", ""))]
    not_claims = [
        _span(_object(n, f"not_claims[{i}]"), f"not_claims[{i}]: ", size)
        for i, n in enumerate(_list(obj, "not_claims", ""))
    ]
    machine = [_claim(s, f"machine[{i}]: ", size) for i, s in enumerate(_list(obj, "machine", ""))]
    title = meta.get("title")
    return GoldArticle(
        line,
        text,
        meta.get("id"),
        title if isinstance(title, str) else "",
        version,
        tuple(claims),
        tuple(not_claims),
        tuple(machine),
    )


def load_gold(source: str | PathLike[str] | Iterable[str | bytes]) -> list[GoldArticle]:
    """Articles of a gold JSONL file (a path) or of its lines; blank lines are skipped.

    Raises ``GoldError`` (with the line number) on a line that is not UTF-8, not JSON, not an object,
    has no string ``"text"`` or has offsets outside it, so a bad export is reported, not half-scored;
    ``OSError`` when the file cannot be read.
    """
    if isinstance(source, str | PathLike):
        with open(source, "rb") as fh:
            return _load_lines(fh)
    return _load_lines(source)


def _load_lines(lines: Iterable[str | bytes]) -> list[GoldArticle]:
    articles = []
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            raise GoldError(number, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(number, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
        try:
            articles.append(_article(number, data))
        except _Invalid as exc:
            raise GoldError(number, str(exc)) from None
    return articles


# ------------------------------------------------------------------------------------------ scoring


def _from_sentence(s: Sentence) -> Claim:
    return Claim(
        s.start,
        s.end,
        str(s.category),
        s.speaker.name if s.speaker else None,
        tuple(
            Figure(q.start, q.end, q.value, q.low, q.high, q.unit, str(q.qualifier), "machine")
            for q in s.quantities
        ),
        "machine",
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace: reviewers' selections and sentences differ there."""
    piece = text[start:end]
    left = piece.lstrip()
    start += len(piece) - len(left)
    return start, start + len(left.rstrip())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = _overlap(a, b)
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union else 0.0


def _match(
    gold: Sequence[tuple[int, int]],
    predicted: Sequence[tuple[int, int]],
    weight: Callable[[tuple[int, int], tuple[int, int]], float],
    minimum: float,
) -> list[tuple[int, int]]:
    """One-to-one greedy matching, heaviest pair first (ties by position); pairs below ``minimum``
    never match. Returns ``(gold index, predicted index)`` pairs."""
    pairs = [
        (w, g, p)
        for g, gs in enumerate(gold)
        for p, ps in enumerate(predicted)
        if (w := weight(gs, ps)) >= minimum and w > 0
    ]
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matched = []
    for _, g, p in pairs:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            matched.append((g, p))
    return matched


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)


def _same_value(a: Figure, b: Figure) -> bool:
    """Equal values; for ranges (no value) equal low and high. An exact figure's low/high are ignored:
    reviewers leave them null where the extractor repeats the value."""
    if a.value is not None or b.value is not None:
        return _close(a.value, b.value)
    return _close(a.low, b.low) and _close(a.high, b.high)


def _fold(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _count(scores: Scores, correct: int, n_gold: int, n_predicted: int) -> None:
    """Every gold item not correctly predicted is a false negative, every other prediction a false
    positive: so a matched pair failing the criterion counts once as each."""
    scores.tp += correct
    scores.fp += n_predicted - correct
    scores.fn += n_gold - correct


def _score_article(report: Report, article: GoldArticle, predicted: Sequence[Claim]) -> None:
    text = article.text
    gold = article.claims
    gold_spans = [_trim(text, c.start, c.end) for c in gold]
    predicted_spans = [_trim(text, s.start, s.end) for s in predicted]
    report.articles += 1
    report.gold_claims += len(gold)
    report.predicted_sentences += len(predicted)
    report.not_claims += len(article.not_claims)
    report.claim_origins.update(c.origin or UNKNOWN for c in gold)

    exact = sum((Counter(gold_spans) & Counter(predicted_spans)).values())
    _count(report.exact, exact, len(gold), len(predicted))
    pairs = _match(gold_spans, predicted_spans, _iou, MIN_IOU)
    _count(report.overlap, len(pairs), len(gold), len(predicted))
    for g, p in pairs:
        report.speaker.n += 1
        report.speaker.correct += _fold(gold[g].speaker) == _fold(predicted[p].speaker)
        report.category.n += 1
        report.category.correct += (gold[g].category or "") == (predicted[p].category or "")

    gold_figures = [q for c in gold for q in c.quantities]
    predicted_figures = [q for s in predicted for q in s.quantities]
    report.gold_figures += len(gold_figures)
    report.predicted_figures += len(predicted_figures)
    report.figure_origins.update(q.origin or UNKNOWN for q in gold_figures)
    figure_pairs = [
        (gold_figures[g], predicted_figures[p])
        for g, p in _match(
            [(q.start, q.end) for q in gold_figures],
            [(q.start, q.end) for q in predicted_figures],
            lambda a, b: float(_overlap(a, b)),
            1.0,
        )
    ]
    value = [_same_value(a, b) for a, b in figure_pairs]
    unit = [_fold(a.unit) == _fold(b.unit) for a, b in figure_pairs]
    qualifier = [_fold(a.qualifier) == _fold(b.qualifier) for a, b in figure_pairs]
    n, m = len(gold_figures), len(predicted_figures)
    _count(report.value, sum(value), n, m)
    _count(report.value_unit, sum(v and u for v, u in zip(value, unit, strict=True)), n, m)
    _count(report.value_qualifier, sum(v and q for v, q in zip(value, qualifier, strict=True)), n, m)


def _version_key(version: str) -> tuple[bool, list[tuple[int, int, str]]]:
    """Calendar versions in numeric order (2026.12.10 after 2026.12.9); unknown ("") first."""
    return version != "", [
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in version.split(".")
    ]


def score(
    articles: Iterable[GoldArticle],
    *,
    stored: bool = False,
    predict: Callable[[str], list[Sentence]] = extract,
) -> dict[str, Report]:
    """Reports keyed by extractor version.

    Re-running (default): ``{"current": report}`` for ``predict`` (the current ``extract``), zeros when
    there are no articles. With ``stored``: the file's own machine layers, one report per
    ``extractor_version`` (``"unknown"`` for ``""``) in version order; ``{}`` when there are no articles.
    """
    if not stored:
        report = Report(EXTRACTOR_VERSION, stored=False)
        for article in articles:
            _score_article(report, article, [_from_sentence(s) for s in predict(article.text)])
        return {CURRENT: report}
    reports: dict[str, Report] = {}
    for article in articles:
        key = article.extractor_version or UNKNOWN
        if key not in reports:
            reports[key] = Report(article.extractor_version, stored=True)
        _score_article(reports[key], article, article.machine)
    return {
        key: reports[key] for key in sorted(reports, key=lambda k: _version_key(reports[k].extractor_version))
    }


# ------------------------------------------------------------------------------------------- output


def _row(name: str, s: Scores) -> str:
    return f"  {name:<25}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>7}{s.fp:>7}{s.fn:>7}"


def _origins(counts: Counter[str]) -> str:
    return ", ".join(f"{name} {n}" for name, n in _by_frequency(counts)) or "none"


def to_table(key: str, report: Report) -> str:
    """One report as a block of aligned lines, for reading by eye."""
    how = "stored machine layer" if report.stored else "re-run"
    version = report.extractor_version or "version unknown"
    lines = [
        f"== {key} (extractor {version}, {how}) ==",
        f"  articles {report.articles}, gold claims {report.gold_claims}, "
        f"predicted sentences {report.predicted_sentences}, gold figures {report.gold_figures}, "
        f"predicted figures {report.predicted_figures}",
        f"  {'':<25}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}",
        _row("claims exact", report.exact),
        _row(f"claims IoU>={MIN_IOU}", report.overlap),
        _row("figures value", report.value),
        _row("figures value+unit", report.value_unit),
        _row("figures value+qualifier", report.value_qualifier),
    ]
    for name, acc in (("speaker", report.speaker), ("category", report.category)):
        lines.append(
            f"  {name + ' accuracy':<25}{acc.accuracy:>7.3f}  ({acc.correct} of {acc.n} matched claims)"
        )
    lines.append(
        f"  gold claims by origin: {_origins(report.claim_origins)}; marked not a claim: {report.not_claims}"
    )
    lines.append(f"  gold figures by origin: {_origins(report.figure_origins)}")
    return "\n".join(lines)


def run(
    path: str,
    *,
    stored: bool = False,
    as_json: bool = False,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Load, score and print; 0 on success, 2 on bad input (``evaluate: FILE line N: ...`` on stderr)."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        articles = load_gold(path)
    except GoldError as exc:
        where = path if exc.line is None else f"{path} line {exc.line}"
        print(f"evaluate: {where}: {exc.message}", file=stderr)
        return 2
    except OSError as exc:
        print(f"evaluate: {path}: cannot read ({exc.strerror or exc})", file=stderr)
        return 2
    reports = score(articles, stored=stored)
    if as_json:
        document: dict[str, Any] = {"file": path, "stored": stored, "articles": len(articles)}
        if not articles:
            document["message"] = NO_ARTICLES
        document["reports"] = {key: report.to_dict() for key, report in reports.items()}
        stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return 0
    blocks = [f"{path}: {len(articles)} article(s)" + ("" if articles else f"; {NO_ARTICLES}")]
    blocks += [to_table(key, report) for key, report in reports.items()]
    stdout.write("\n".join(blocks) + "\n")
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``gold`` sub-command's arguments (shared with ``python -m evaluation gold``)."""
    parser.add_argument("path", help="gold JSONL file (manage.py export_annotations --format jsonl)")
    parser.add_argument(
        "--stored", action="store_true", help="score the stored machine layer, per extractor_version"
    )
    parser.add_argument("--json", action="store_true", help="one JSON document instead of the table")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.extraction.evaluate", description=__doc__.split("\n\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    add_arguments(sub.add_parser("gold", help="P/R/F1 and accuracies against a reviewers' gold file"))
    args = parser.parse_args(argv)
    return run(args.path, stored=args.stored, as_json=args.json)


if __name__ == "__main__":
    sys.exit(main())
