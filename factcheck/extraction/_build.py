"""Whether the extractor runs compiled by mypyc (``make compile``, ``FACTCHECK_COMPILE=1``), and a guard.

Python imports an extension module before the source file of the same name, so a compiled module would hide
every later edit of its source and run the old rules without a word. The build writes each compiled
source's SHA-256 to ``_compiled.json``; ``factcheck.extraction`` imports this module before any other, and
``check_build`` refuses a build that no longer matches its sources (``make compile`` again, or ``make
uncompile``). A module whose source is not there (a wheel stripped of it) cannot be stale.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAMP = HERE / "_compiled.json"


class StaleBuild(ImportError):
    """A compiled module is older than its source, or was built without a record of it."""


def compiled_modules(folder: Path = HERE) -> list[str]:
    """The modules of ``folder`` that are extension modules (the compiled ones), by name."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(path.name.partition(".")[0] for path in folder.iterdir() if path.name.endswith(suffixes))


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_build(folder: Path = HERE) -> bool:
    """True when the extractor's modules in ``folder`` are compiled, False when they are all source.

    Raises ``StaleBuild`` when a compiled module's source has changed since the build (or the build left no
    record), naming the modules.
    """
    names = compiled_modules(folder)
    if not names:
        return False
    try:
        recorded = json.loads((folder / STAMP.name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    stale = [
        name
        for name in names
        if (source := folder / f"{name}.py").exists() and recorded.get(name) != source_hash(source)
    ]
    if stale:
        raise StaleBuild(
            f"the compiled extractor is older than its source ({', '.join(stale)} in {folder}): "
            "run `make compile` to build it again, or `make uncompile` to run the source"
        )
    return True


COMPILED: bool = check_build()
