"""``extract`` on texts no newsroom writes: seconds per MB and peak memory, against ordinary prose.

    python bench/pathological_extraction.py [--sizes 1,4] [--only NAME,...] [--repeat N] [--no-memory]
        [--prose ../shared/eval/ecbplus/articles.jsonl]

Each generator of ``evaluation.pathological`` (a number-heavy text with no full stop, one repeated word,
digits only, odd punctuation, quotation marks, pronouns, one-figure lines) is run at each size (in MB of
characters), and so is ordinary prose of the same size (ECB+ articles, concatenated). Printed per text and
size: CPU seconds per MB (``time.process_time``, best of ``--repeat``), the peak of memory traced while
``extract`` runs (``tracemalloc``, in a separate run, as tracing slows it down) in MB and per MB of text,
the sentences and figures found, and each against prose of the same size. The last columns compare the
largest size with the smallest: for work linear in the input, seconds per MB and peak per MB stay put
(a ratio near 1; a quadratic stage would double them with each doubling of the text).

Prints, never asserts: ``tests/extraction/test_linear.py`` is the test.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.pathological import ECBPLUS, GENERATORS, prose  # noqa: E402
from factcheck.extraction import extract  # noqa: E402

MB = 1_000_000


def seconds(text: str, repeat: int) -> tuple[float, int, int]:
    """Best CPU time of ``extract(text)`` over ``repeat`` runs, and its sentences and figures."""
    best = float("inf")
    sentences = figures = 0
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        result = extract(text)
        best = min(best, time.process_time() - started)
        sentences, figures = len(result), sum(len(s.quantities) for s in result)
        del result
    return best, sentences, figures


def peak_bytes(text: str) -> int:
    """The most memory traced at once while ``extract(text)`` runs, beyond what was held before."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = extract(text)
        peak = tracemalloc.get_traced_memory()[1] - before
        del result
    finally:
        tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,4", help="text sizes in MB of characters (default 1,4)")
    parser.add_argument("--only", default="", help="comma-separated generator names (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per text, best kept (default 1)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--prose", default=str(ECBPLUS), help="ECB+ articles (JSON lines), the yardstick")
    args = parser.parse_args(argv)
    if not Path(args.prose).is_file():
        parser.error(f"no prose to compare with at {args.prose} (--prose)")
    sizes = [float(size) for size in args.sizes.split(",")]
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(GENERATORS)
    unknown = set(chosen) - set(GENERATORS)
    if unknown:
        parser.error(f"unknown generator(s): {', '.join(sorted(unknown))}; known: {', '.join(GENERATORS)}")
    generators: dict[str, Callable[[int], str]] = {name: GENERATORS[name] for name in chosen}

    extract("Warm-up: the model and the caches load here, 20 people said.")  # not in anyone's time
    rows: dict[tuple[str, float], tuple[float, float | None, int, int]] = {}
    print(
        f"{'text':<14}{'MB':>5}{'s/MB':>8}{'x prose':>9}{'peak MB':>9}{'/MB':>7}{'x prose':>9}"
        f"{'sentences':>11}{'figures':>10}"
    )

    def ordinary(size: int) -> str:
        return prose(size, Path(args.prose))

    for name, generate in {"prose": ordinary, **generators}.items():
        for size in sizes:
            text = generate(int(size * MB))
            cpu, sentences, figures = seconds(text, args.repeat)
            peak = None if args.no_memory else peak_bytes(text) / MB
            rows[name, size] = (cpu / size, peak, sentences, figures)
            prose_rate, prose_peak, _, _ = rows["prose", size]
            print(
                f"{name:<14}{size:>5g}{cpu / size:>8.2f}{cpu / size / prose_rate:>9.1f}"
                + (
                    f"{peak:>9.1f}{peak / size:>7.1f}{peak / prose_peak:>9.1f}"
                    if peak is not None and prose_peak
                    else f"{'-':>9}{'-':>7}{'-':>9}"
                )
                + f"{sentences:>11}{figures:>10}",
                flush=True,
            )
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        print(f"\ngrowth from {small:g} MB to {large:g} MB, per MB (1: linear; 2 per doubling: quadratic)")
        print(f"{'text':<14}{'s/MB':>8}{'peak/MB':>9}")
        for name in ("prose", *generators):
            rate_small, peak_small, _, _ = rows[name, small]
            rate_large, peak_large, _, _ = rows[name, large]
            peak_growth = (
                f"{(peak_large / large) / (peak_small / small):>9.2f}"
                if peak_small and peak_large is not None
                else f"{'-':>9}"
            )
            print(f"{name:<14}{rate_large / rate_small:>8.2f}{peak_growth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
