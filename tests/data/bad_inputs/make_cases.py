"""Write the bad-input cases that are binary or generated: encodings, oversize files, zip archives.

Run as a script to look at them: ``python tests/data/bad_inputs/make_cases.py OUT_DIR``.
"""

from __future__ import annotations

import struct
import sys
import zipfile
from pathlib import Path

FRENCH = "Réfugiés à Genève\n\nLe maire a déclaré que 250 000 réfugiés sont arrivés à Genève en 2016.\n"


def _lie_about_size(path: Path, member: str, declared: int) -> None:
    """Patch both headers of ``member`` to declare ``declared`` bytes: a bomb that hides its size."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, declared)
            local = struct.unpack_from("<I", data, central + 42)[0]
            struct.pack_into("<I", data, local + 22, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def make_cases(out: Path, *, oversize: int) -> dict[str, Path]:
    """Write every generated case into ``out``; ``oversize`` is a size over the article limit."""
    out.mkdir(parents=True, exist_ok=True)
    cases = {
        "binary": out / "binary.txt",
        "latin1": out / "latin1.txt",
        "utf16": out / "utf16-bom.txt",
        "invalid_utf8": out / "invalid-utf8.txt",
        "too_big": out / "too-big.txt",
        "zip_bomb": out / "bomb.zip",
        "zip_bomb_hidden": out / "hidden-bomb.zip",
        "zip_traversal": out / "traversal.zip",
        "not_a_zip": out / "not-a-zip.zip",
    }
    cases["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    cases["latin1"].write_bytes(FRENCH.encode("latin-1"))
    cases["utf16"].write_bytes(FRENCH.replace("250 000", "300 000").encode("utf-16"))  # BOM included
    cases["invalid_utf8"].write_bytes(
        "Café\n\nLe café a fermé après que 12 employés ".encode() + b"\xff\xfe\xfa" + b" ont quitt\xe9.\n"
    )
    cases["too_big"].write_bytes(b"Too big\n\n" + b"The mayor said 12 people died. " * (oversize // 31 + 1))
    with zipfile.ZipFile(cases["zip_bomb"], "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.txt", b"\0" * (oversize * 4))
        archive.writestr(
            "fine.txt", "Zip neighbour\n\nThe army said 30 soldiers were wounded in the attack.\n"
        )
    with zipfile.ZipFile(cases["zip_bomb_hidden"], "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("hidden.txt", b"a" * (oversize * 4))
    _lie_about_size(cases["zip_bomb_hidden"], "hidden.txt", 100)
    with zipfile.ZipFile(cases["zip_traversal"], "w") as archive:
        archive.writestr("../../evil.txt", "Evil\n\nThis file tries to escape the archive with 2 dots.\n")
        archive.writestr("/etc/abs.txt", "Abs\n\nThis file has an absolute path and 1 slash.\n")
        archive.writestr("inner/nested.zip", b"PK\x05\x06" + b"\0" * 18)
        archive.writestr("inner/safe.txt", "Safe member\n\nThe governor said 7 bridges were destroyed.\n")
    cases["not_a_zip"].write_bytes(b"this is not a zip archive at all")
    return cases


if __name__ == "__main__":
    for name, path in make_cases(Path(sys.argv[1]), oversize=11 * 1024 * 1024).items():
        print(f"{name}: {path}")
