"""The package's build; ``FACTCHECK_COMPILE=1`` also compiles the extractor's modules with mypyc.

The compiled modules are the same source run as C extensions, the output identical to the bit (the
differential test runs against them in CI: ``make test-compiled``) and the extraction about 1.4 times as fast
(``make bench-compiled``). Python imports an extension before a source file of the same name, so a compiled
module hides later edits of its source: ``factcheck.extraction`` refuses to import a build older than its
source (``_compiled.json`` holds the sources' hashes), and an editable install is never compiled.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import setup

PACKAGE = Path("factcheck/extraction")
# The rules the extractor runs per sentence. ``__init__``, ``_build`` (the stale-build check) and the
# command line stay Python, and so do ``evaluate`` (only the evaluation reads it), ``sentences`` (a small
# share of the time; its public ``split_sentences`` keeps Python's checks of its arguments) and
# ``checkworthiness`` (already C-level maps over cached rows: compiled, it ran no faster).
COMPILED = ("_regex", "_numlex", "types", "languages", "quantities", "speakers", "categories")
STAMP = PACKAGE / "_compiled.json"


def compiled_extensions() -> list:
    if os.environ.get("FACTCHECK_COMPILE", "").lower() not in ("1", "true", "yes"):
        return []
    if "editable_wheel" in sys.argv:
        sys.exit("FACTCHECK_COMPILE=1: an editable install runs its source; `make compile` compiles in place")
    from mypyc.build import mypycify  # (mypy: the dev extra, or `pip install mypy` before the build)

    sources = [PACKAGE / f"{name}.py" for name in COMPILED]
    # the record ``_build.check_build`` reads (``_build`` itself is not imported here: it checks the folder
    # as it loads, and a stale build is what this rebuilds)
    stamp = {path.stem: hashlib.sha256(path.read_bytes()).hexdigest() for path in sources}
    STAMP.write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    # the project's mypy settings load the Django plugins, which the extractor needs none of; the C is for the
    # Python that runs the build, whichever of 3.11 to 3.13
    options = ["--config-file=", "--ignore-missing-imports", "--check-untyped-defs"]
    return mypycify([*options, *map(str, sources)], opt_level="3")


setup(ext_modules=compiled_extensions())
