"""``factcheck.extraction`` is pure Python: importing it (every module) never pulls in Django.

Nor its own tooling: ``evaluation/`` (training, evaluation, quantulum3) imports the package, never the
reverse, so the runtime never needs scikit-learn or the labelled data.
"""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import factcheck.extraction

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(factcheck.extraction.__file__).resolve().parent
# run-time heavyweights the extractor must not need, and its tooling
FORBIDDEN = ("django", "numpy", "sklearn", "evaluation", "quantulum3")

SCRIPT = """
import importlib, json, pkgutil, sys
import factcheck.extraction as pkg
names = sorted(m.name for m in pkgutil.iter_modules(pkg.__path__, "factcheck.extraction."))
for name in names:
    importlib.import_module(name)
pkg.extract("The ministry said 30 people were killed. \u201cIt is over,\u201d he said.")
print(json.dumps({"modules": names, "loaded": sorted(sys.modules)}))
"""


def module_names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(PACKAGE)]))


def loaded_modules(script: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_every_module_and_extracting_loads_no_django_in_a_fresh_interpreter() -> None:
    report = loaded_modules(SCRIPT)
    assert "factcheck.extraction.__main__" in report["modules"]
    assert "factcheck.extraction.speakers" in report["modules"]
    loaded = report["loaded"]
    for root in FORBIDDEN:
        assert not [m for m in loaded if m == root or m.startswith(root + ".")], root


def test_no_module_of_the_package_imports_django_or_its_tooling() -> None:
    names = module_names()
    assert {"sentences", "speakers", "checkworthiness", "quantities", "categories"} <= set(names)
    # Training and the public data sets' scorers live in ``evaluation/``; the one scorer here is the gold
    # file's (the newsroom's own corrections), which needs nothing but the extractor (checked below).
    assert not {"train", "reference"} & set(names)
    assert not [n for n in names if n.startswith("eval") and n != "evaluate"]
    for path in [PACKAGE / "__init__.py", *(PACKAGE / f"{n}.py" for n in names)]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                imported = [node.module or ""]
            else:
                continue
            for root in ("django", "evaluation"):
                assert not any(n == root or n.startswith(root + ".") for n in imported), path
