"""Readers turn what the user pointed at into raw items, one per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from factcheck.imports.records import ItemError, RawItem

SUPPORTED_SUFFIXES = frozenset({".txt", ".md"})


def read_path(path: str | Path, *, max_bytes: int) -> Iterator[RawItem | ItemError]:
    """Yield every supported file under ``path`` (a file or a folder), in a stable order."""
    root = Path(path)
    if not root.exists():
        yield ItemError(item=str(root), reason="No such file or folder.")
        return
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    for file in files:
        if file.name.startswith("."):
            continue
        if file.suffix.lower() not in SUPPORTED_SUFFIXES:
            if root.is_file():
                yield ItemError(item=str(file), reason=f"Unsupported file type {file.suffix or '(none)'}.")
            continue
        size = file.stat().st_size
        if size > max_bytes:
            yield ItemError(
                item=str(file), reason=f"File is {size:,} bytes, over the {max_bytes:,}-byte limit."
            )
            continue
        yield RawItem(name=str(file), data=file.read_bytes())
