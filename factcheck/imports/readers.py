"""Readers turn what the user pointed at (files, folders, archives, uploads) into raw items."""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from factcheck.imports.parsers import (
    ARCHIVE_SUFFIXES,
    MULTI_ARTICLE_SUFFIXES,
    SUPPORTED_SUFFIXES,
    suffix_of,
)
from factcheck.imports.records import ItemError, Limits, RawItem

# Stay compatible with callers that pass only the per-article limit.
__all__ = ["SUPPORTED_SUFFIXES", "read_archive", "read_file", "read_path"]


def _limit_for(name: str, limits: Limits) -> int:
    return limits.max_upload_bytes if suffix_of(name) in MULTI_ARTICLE_SUFFIXES else limits.max_article_bytes


def _too_big(name: str, size: int, limit: int) -> ItemError:
    return ItemError(item=name, reason=f"File is {size:,} bytes, over the {limit:,}-byte limit.")


def _unsupported(suffix: str) -> str:
    known = " ".join(sorted(SUPPORTED_SUFFIXES | ARCHIVE_SUFFIXES))
    return f"Not imported: unsupported file type {suffix or '(none)'} (supported: {known})."


def read_path(
    path: str | Path, *, max_bytes: int | None = None, limits: Limits | None = None
) -> Iterator[RawItem | ItemError]:
    """Yield every supported file under ``path`` (a file or a folder), in a stable order."""
    limits = limits or Limits(max_article_bytes=max_bytes or Limits().max_article_bytes)
    root = Path(path)
    if not root.exists():
        yield ItemError(item=str(root), reason="No such file or folder.")
        return
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    for file in files:
        if file.name.startswith("."):
            continue
        suffix = file.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES | ARCHIVE_SUFFIXES:
            # said per file, also in a folder: an image or a PDF left out without a word looked imported
            yield ItemError(item=str(file), reason=_unsupported(file.suffix))
            continue
        if suffix in ARCHIVE_SUFFIXES:
            with file.open("rb") as handle:
                yield from read_archive(handle, name=str(file), limits=limits)
            continue
        try:
            size = file.stat().st_size
            limit = _limit_for(file.name, limits)
            if size > limit:
                yield _too_big(str(file), size, limit)
                continue
            data = file.read_bytes()
        except OSError as error:  # unreadable (permissions, gone meanwhile): this file fails alone
            yield ItemError(item=str(file), reason=f"Cannot read the file ({error.strerror or error}).")
            continue
        yield RawItem(name=str(file), data=data)


def read_file(handle: IO[bytes], *, name: str, limits: Limits) -> Iterator[RawItem | ItemError]:
    """One uploaded file (or archive) read from an open handle."""
    suffix = suffix_of(name)
    if suffix in ARCHIVE_SUFFIXES:
        yield from read_archive(handle, name=name, limits=limits)
        return
    if suffix not in SUPPORTED_SUFFIXES:
        yield ItemError(item=name, reason=_unsupported(suffix))
        return
    limit = _limit_for(name, limits)
    data = handle.read(limit + 1)
    if len(data) > limit:
        yield ItemError(item=name, reason=f"File is over the {limit:,}-byte limit.")
        return
    yield RawItem(name=name, data=data)


def read_archive(handle: IO[bytes], *, name: str, limits: Limits) -> Iterator[RawItem | ItemError]:
    """Members of a zip archive, refusing unsafe paths, nested archives and zip bombs.

    Sizes declared in the archive can lie, so each member is read with a cap and the
    total of what was really decompressed is checked against the upload limit.
    """
    try:
        archive = zipfile.ZipFile(handle)
    except Exception as error:  # BadZipFile, OSError, and whatever a damaged directory raises
        yield ItemError(item=name, reason=f"Not a readable zip archive ({error or type(error).__name__}).")
        return
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > limits.max_archive_members:
            yield ItemError(item=name, reason=f"The archive has over {limits.max_archive_members:,} files.")
            return
        total = 0
        for member in members:
            member_name = f"{name}!{member.filename}"
            parts = PurePosixPath(member.filename.replace("\\", "/")).parts
            if member.filename.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
                yield ItemError(
                    item=member_name, reason="Unsafe path in the archive (absolute or with '..')."
                )
                continue
            if stat.S_ISLNK(member.external_attr >> 16):
                yield ItemError(item=member_name, reason="Symbolic links in archives are not imported.")
                continue
            base = PurePosixPath(member.filename).name
            if base.startswith(".") or parts[0] == "__MACOSX":
                continue
            suffix = suffix_of(base)
            if suffix in ARCHIVE_SUFFIXES:
                yield ItemError(item=member_name, reason="Archives inside archives are not imported.")
                continue
            if suffix not in SUPPORTED_SUFFIXES:
                yield ItemError(item=member_name, reason=_unsupported(suffix))
                continue
            limit = _limit_for(base, limits)
            if member.file_size > limit:
                yield _too_big(member_name, member.file_size, limit)
                continue
            try:
                with archive.open(member) as stream:
                    data = stream.read(limit + 1)
            except Exception as error:  # BadZipFile, zlib.error, EOFError, encrypted (RuntimeError), ...
                yield ItemError(
                    item=member_name,
                    reason="Cannot read this member; the archive is damaged "
                    f"({error or type(error).__name__}).",
                )
                continue
            if len(data) > limit:
                yield ItemError(
                    item=member_name, reason=f"Unpacks to over the {limit:,}-byte limit (a zip bomb?)."
                )
                continue
            total += len(data)
            if total > limits.max_upload_bytes:
                yield ItemError(
                    item=name,
                    reason=f"The archive unpacks to over {limits.max_upload_bytes:,} bytes; stopped here.",
                )
                return
            yield RawItem(name=member_name, data=data)
