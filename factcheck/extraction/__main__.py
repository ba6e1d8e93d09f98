"""Command line: ``python -m factcheck.extraction [FILE|-] [--format json|table] [--lang CODE]``.

The JSON output is a stable contract for other tools::

    {"language", "figures_supported", "notes": [str],
     "sentences": [{"index", "start", "end", "text", "checkworthiness", "is_claim", "category",
                    "speaker": null | {"name", "start", "end"},
                    "quantities": [{"surface", "start", "end", "value", "low", "high",
                                    "qualifier", "unit", "category", "kind"}]}]}

Numbers are JSON numbers (``value`` is null for ranges), enums are their string values, offsets
are character offsets into the input as decoded. ``kind`` says what sort of number a figure is
(cardinal, money, percent, duration, measure, date, time, ordinal or identifier): dates, ordinals and
identifiers locate or name things and carry no claim. ``language`` is the ISO 639-1 code the text was
read in (``--lang``, else detected); in a language the extractor does not read, ``figures_supported`` is
false, no sentence has figures and ``notes`` says so. The table is for reading by eye.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from factcheck.extraction import Extraction, Quantity, Sentence, extract_document

__all__ = ["main", "sentence_json", "to_json", "to_table"]


def _enum(value: object) -> object:
    """Enum members as their string value (StrEnum is a str already, but json wants plain types)."""
    return None if value is None else str(value)


def _quantity_json(q: Quantity) -> dict:
    return {
        "surface": q.surface,
        "start": q.start,
        "end": q.end,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": _enum(q.qualifier),
        "unit": q.unit,
        "category": _enum(q.category),
        "kind": _enum(q.kind),
    }


def sentence_json(s: Sentence) -> dict:
    """One sentence in the JSON contract's shape (only the contract's keys, in its order)."""
    return {
        "index": s.index,
        "start": s.start,
        "end": s.end,
        "text": s.text,
        "checkworthiness": round(float(s.checkworthiness), 4),
        "is_claim": bool(s.is_claim),
        "category": _enum(s.category),
        "speaker": None
        if s.speaker is None
        else {"name": s.speaker.name, "start": s.speaker.start, "end": s.speaker.end},
        "quantities": [_quantity_json(q) for q in s.quantities],
    }


def to_json(sentences: list[Sentence] | Extraction) -> str:
    """The JSON contract; given an ``Extraction``, with its language, ``figures_supported`` and notes."""
    if isinstance(sentences, Extraction):
        document = {
            "language": sentences.language,
            "figures_supported": sentences.figures_supported,
            "notes": list(sentences.notes),
            "sentences": [sentence_json(s) for s in sentences.sentences],
        }
    else:
        document = {"sentences": [sentence_json(s) for s in sentences]}
    return json.dumps(document, ensure_ascii=False, indent=2)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def to_table(sentences: list[Sentence], width: int = 70) -> str:
    """Aligned columns: index, score, claim mark, category, speaker, quantities, sentence."""
    rows = [("#", "score", "claim", "category", "speaker", "quantities", "sentence")]
    for s in sentences:
        quantities = "; ".join(q.surface for q in s.quantities)
        rows.append(
            (
                str(s.index),
                f"{s.checkworthiness:.2f}",
                "yes" if s.is_claim else "",
                str(s.category),
                _clip(s.speaker.name, 28) if s.speaker else "",
                _clip(quantities, 30),
                _clip(s.text, width),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for r in rows:
        cells = [c.rjust(w) if i < 2 else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=False))]
        lines.append("  ".join([*cells, r[-1]]).rstrip())
    return "\n".join(lines)


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    else:
        with open(path, "rb") as fh:
            data = fh.read()
    return data.decode("utf-8-sig")


def main(argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factcheck.extraction", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "file", nargs="?", default="-", help="UTF-8 text file, or - for standard input (default)"
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--lang", default=None, help="the text's language as an ISO 639-1 code (default: detect it)"
    )
    args = parser.parse_args(argv)
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    try:
        text = _read(args.file, stdin)
    except UnicodeDecodeError as exc:
        print(f"error: {args.file} is not valid UTF-8 ({exc.reason} at byte {exc.start})", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    document = extract_document(text, args.lang)
    if args.format == "json":
        stdout.write(to_json(document) + "\n")
    else:
        notes = "".join(f"note: {note}\n" for note in document.notes)
        stdout.write(to_table(document.sentences) + "\n" + notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
