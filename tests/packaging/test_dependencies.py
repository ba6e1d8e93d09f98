"""Every third-party module the app imports is a dependency it declares (not one that arrives through
another package's, which a fresh install a week later may no longer bring)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = [r for name, group in project["optional-dependencies"].items() if name != "dev" for r in group]
    # The sentence encoder's weights: pinned in a file of their own, installed without their dependencies
    pinned = [
        line.split()[0]
        for line in (ROOT / "requirements-encoder.txt").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith(("#", "--"))
    ]
    # (an extra's import is guarded: settings' Sentry)
    requirements = [*project["dependencies"], *extras, *pinned]
    names = {re.split(r"[\[<>=!~ ;]", requirement, maxsplit=1)[0] for requirement in requirements}
    return {name.lower().replace("_", "-") for name in names}


def imported_top_level_modules() -> set[str]:
    modules: set[str] = set()
    for path in [*ROOT.glob("factcheck/**/*.py"), *ROOT.glob("annotations/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    # ``evaluation`` is the repository's own tooling, imported only by the retraining command (it says so)
    return modules - set(sys.stdlib_module_names) - {"factcheck", "annotations", "evaluation", "__future__"}


def test_every_imported_package_is_declared():
    distributions = packages_distributions()
    missing = {}
    for module in sorted(imported_top_level_modules()):
        owners = {name.lower().replace("_", "-") for name in distributions.get(module, [module])}
        if not owners & declared():
            missing[module] = sorted(owners)
    assert missing == {}, f"imported but not declared in pyproject.toml: {missing}"


def test_the_html_cleaner_that_trafilatura_needs_is_declared_and_works():
    from lxml_html_clean import Cleaner  # lxml >= 5.2 moved lxml.html.clean out

    assert "lxml-html-clean" in declared()
    assert "<script>" not in Cleaner(javascript=True).clean_html("<p>a<script>x()</script></p>")
