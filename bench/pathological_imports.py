"""Time and peak memory of importing pathological inputs, next to ordinary prose of the same size.

    python bench/pathological_imports.py [--members 4] [--member-bytes 1000000] [--uncapped]
                                         [--data ../shared/eval/ecbplus/articles.jsonl]

The pathological input is the probe's: a zip of text files, each one endless "sentence" of words and
figures with no full stop (the probe had 25 files of 9 MB: 25 claims of 9.5 MB with ~140,000 figures
each, 570 s in one task and a worker at 1.3 GB). The baseline is a zip of ordinary articles with the
same bytes in all: the ECB+ articles (``--data``; repeated, each copy made unique) or, without the
file, generated news-like prose.

Each case runs in a process of its own, through the real pipeline (``import_job_create`` on the zip:
read, parse, plan, extract, write, with the tasks run in that process), on a fresh SQLite database
made from one migrated template. Printed per case: wall-clock seconds, the process's peak resident
memory (ru_maxrss) and how much of it the import added, articles, claims and figures stored, and the
notes the limits left on the items. ``--uncapped`` adds the pathological case with the sentence length,
claims and figures limits lifted (what the writer did before it had them). Timings depend on the machine and
its load: nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import DEFAULT_DATA, generated_texts, read_articles  # noqa: E402

UNLIMITED = str(10**9)


def prose_articles(data: Path) -> list[str]:
    if data.is_file():
        return [row["text"] for row in read_articles(data)]
    return generated_texts(sentences_each=14)


def baseline_zip(total_bytes: int, data: Path) -> bytes:
    """Ordinary articles, as they are, until ``total_bytes`` of text: the same bytes, normal shape."""
    base = prose_articles(data)
    buffer = io.BytesIO()
    written = index = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        while written < total_bytes:
            text = f"Article {index}\n\n{base[index % len(base)]}\n\nCopy {index}."
            archive.writestr(f"prose-{index:05}.txt", text)
            written += len(text.encode())
            index += 1
    return buffer.getvalue()


# --- one case, in its own process ------------------------------------------------------------------


def run_case(archive: Path) -> dict:
    """Import ``archive`` through the pipeline in this process; what was stored and what it cost."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.db.models import Count

    from factcheck.imports.services import import_job_create
    from factcheck.models import Article, Claim, ImportJob, Quantity

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    job = import_job_create(sources=[{"kind": "path", "value": str(archive)}])
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    job = ImportJob.objects.get(pk=job.pk)
    # Grouped by the claim id alone: grouping claims (with their megabytes of text) would cost more
    # than the import.
    figures_per_claim = (
        Quantity.objects.values("claim_id").annotate(n=Count("pk")).order_by("-n").values_list("n", flat=True)
    )
    notes = [note for item in job.items.exclude(notes=[]) for note in item.notes]
    return {
        "seconds": seconds,
        "peak_mb": peak / 1024,
        "added_mb": (peak - before) / 1024,
        "status": job.status,
        "articles": Article.objects.count(),
        "claims": Claim.objects.count(),
        "figures": Quantity.objects.count(),
        "most_figures_in_a_claim": figures_per_claim.first() or 0,
        "items_with_notes": job.items.exclude(notes=[]).count(),
        "a_note": notes[0] if notes else "",
    }


def spawn_case(name: str, archive: Path, template: Path, folder: Path, env: dict[str, str]) -> dict:
    database = folder / f"{name}.sqlite3"  # one per case: never a database another case left a WAL beside
    shutil.copyfile(template, database)
    child_env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "CELERY_TASK_ALWAYS_EAGER": "true",
        "FACTCHECK_VAR_DIR": str(folder / "var"),
        "FACTCHECK_IMPORT_CHUNK_SIZE": "50",
        "LOG_LEVEL": "WARNING",
        **env,
    }
    process = subprocess.run(
        [sys.executable, __file__, "--run-case", str(archive)],
        env=child_env,
        capture_output=True,
        text=True,
        check=False,
    )
    if process.returncode != 0:
        raise SystemExit(f"case {name} failed:\n{process.stdout}\n{process.stderr}")
    return json.loads(process.stdout.strip().splitlines()[-1])


def migrated_template(folder: Path) -> Path:
    template = folder / "template.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{template}", "FACTCHECK_VAR_DIR": str(folder / "var")}
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "migrate", "--noinput", "-v", "0"], env=env, check=True
    )
    return template


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=4, help="text files in the zip (the probe: 25)")
    parser.add_argument(
        "--member-bytes", type=int, default=1_000_000, help="bytes of each file (the probe: ~9 MB)"
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="ECB+ articles.jsonl (baseline prose)"
    )
    parser.add_argument(
        "--uncapped", action="store_true", help="also run the pathological zip with the limits lifted"
    )
    parser.add_argument("--run-case", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_case:
        print(json.dumps(run_case(args.run_case)))
        return

    from tests.imports.pathological import number_heavy_zip

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        folder = Path(tmp)
        pathological = folder / "pathological.zip"
        pathological.write_bytes(number_heavy_zip(args.members, args.member_bytes))
        baseline = folder / "baseline.zip"
        source = args.data if args.data.is_file() else "generated prose"
        baseline.write_bytes(baseline_zip(args.members * args.member_bytes, args.data))
        template = migrated_template(folder)
        cases = [
            ("baseline", baseline, {}),
            ("pathological", pathological, {}),
        ]
        if args.uncapped:
            lifted = {
                "FACTCHECK_MAX_SENTENCE_CHARS": UNLIMITED,
                "FACTCHECK_MAX_CLAIMS_PER_ARTICLE": UNLIMITED,
                "FACTCHECK_MAX_FIGURES_PER_CLAIM": UNLIMITED,
                "FACTCHECK_MAX_FIGURES_PER_ARTICLE": UNLIMITED,
            }
            cases.append(("pathological, limits lifted", pathological, lifted))
        total_mb = args.members * args.member_bytes / 1e6
        print(f"{args.members} files x {args.member_bytes:,} bytes ({total_mb:.1f} MB); baseline: {source}")
        header = f"{'case':30} {'seconds':>8} {'peak MB':>8} {'added MB':>9} {'articles':>9} {'claims':>7}"
        print(header + f" {'figures':>8} {'max/claim':>9}  notes")
        results = {}
        for name, archive, env in cases:
            slug = "".join(c if c.isalnum() else "-" for c in name)
            result = spawn_case(slug, archive, template, folder, env)
            results[name] = result
            print(
                f"{name:30} {result['seconds']:8.1f} {result['peak_mb']:8.0f} {result['added_mb']:9.0f} "
                f"{result['articles']:9,} {result['claims']:7,} {result['figures']:8,} "
                f"{result['most_figures_in_a_claim']:9,}  {result['items_with_notes']} item(s) with notes"
            )
        base = results["baseline"]
        for name, result in results.items():
            if name != "baseline":
                print(
                    f"{name}: {result['seconds'] / base['seconds']:.1f}x the baseline's time, "
                    f"{result['peak_mb'] / base['peak_mb']:.1f}x its peak memory"
                )
        if results["pathological"]["a_note"]:
            print(f"a note on a pathological item: {results['pathological']['a_note']}")


if __name__ == "__main__":
    main()
