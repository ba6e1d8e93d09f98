"""The compiled build (``make compile``: mypyc) is used only while it matches its source.

A compiled module is imported before its source file, so a build older than the source would run the old
rules silently; ``factcheck.extraction`` refuses it instead. ``make test-compiled`` (in CI) runs the whole
extraction suite, the differential test included, against a real build.
"""

from __future__ import annotations

import importlib.machinery
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck.extraction
from factcheck.extraction import _build, quantities

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
PACKAGE = Path(factcheck.extraction.__file__).resolve().parent


def package(folder: Path, *, compiled: tuple[str, ...], stamp: dict[str, str] | None) -> Path:
    """A folder with two sources, stand-ins for the named modules' extensions, and the build's record."""
    for name in ("quantities", "speakers"):
        (folder / f"{name}.py").write_text(f"RULES = {name!r}\n", encoding="utf-8")
    for name in compiled:
        (folder / f"{name}{SUFFIX}").write_bytes(b"")
    if stamp is not None:
        (folder / "_compiled.json").write_text(json.dumps(stamp), encoding="utf-8")
    return folder


def hashes(folder: Path, *names: str) -> dict[str, str]:
    return {name: _build.source_hash(folder / f"{name}.py") for name in names}


def test_sources_alone_run_as_python(tmp_path: Path) -> None:
    assert _build.check_build(package(tmp_path, compiled=(), stamp=None)) is False


def test_a_build_that_matches_its_sources_runs_compiled(tmp_path: Path) -> None:
    folder = package(tmp_path, compiled=("quantities", "speakers"), stamp=None)
    (folder / "_compiled.json").write_text(json.dumps(hashes(folder, "quantities", "speakers")))
    assert _build.compiled_modules(folder) == ["quantities", "speakers"]
    assert _build.check_build(folder) is True


def test_a_source_edited_after_the_build_is_refused_by_name(tmp_path: Path) -> None:
    folder = package(tmp_path, compiled=("quantities", "speakers"), stamp=None)
    (folder / "_compiled.json").write_text(json.dumps(hashes(folder, "quantities", "speakers")))
    (folder / "speakers.py").write_text("RULES = 'edited'\n", encoding="utf-8")
    with pytest.raises(_build.StaleBuild, match=r"older than its source \(speakers in .*make compile"):
        _build.check_build(folder)


def test_a_build_without_its_record_is_refused(tmp_path: Path) -> None:
    folder = package(tmp_path, compiled=("quantities",), stamp=None)
    with pytest.raises(_build.StaleBuild, match=r"\(quantities in "):
        _build.check_build(folder)


def test_a_compiled_module_without_its_source_cannot_be_stale(tmp_path: Path) -> None:
    folder = package(tmp_path, compiled=("categories",), stamp={})
    assert _build.check_build(folder) is True


def test_the_package_says_whether_it_runs_compiled() -> None:
    loaded_from_extension = Path(quantities.__file__).name.endswith(
        tuple(importlib.machinery.EXTENSION_SUFFIXES)
    )
    assert factcheck.extraction.COMPILED is loaded_from_extension


def test_the_guard_runs_before_any_compiled_module_is_imported(tmp_path: Path) -> None:
    """A stale build fails the import with the reason, not with whatever the old rules would do."""
    copy = tmp_path / "factcheck" / "extraction"
    shutil.copytree(
        PACKAGE, copy, ignore=shutil.ignore_patterns("*.so", "*.pyd", "_compiled.json", "__pycache__")
    )
    (tmp_path / "factcheck" / "__init__.py").write_text("", encoding="utf-8")
    (copy / f"_numlex{SUFFIX}").write_bytes(b"not a real extension: importing it would fail differently")
    result = subprocess.run(
        [sys.executable, "-c", "import factcheck.extraction"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "StaleBuild: the compiled extractor is older than its source (_numlex in " in result.stderr
