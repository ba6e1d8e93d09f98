"""How deep JSON nests, found before parsing it: Python's parser recurses, so very deep JSON would end in
a ``RecursionError`` (or worse) instead of a clear refusal. Pure Python; imports, the API's request
parser and anything else reading untrusted JSON share it.
"""

from __future__ import annotations

import json
import re
from typing import Any

# A whole JSON string (escapes included) or one bracket: brackets inside strings never count.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_OPENING = frozenset("[{")


class JSONTooDeep(ValueError):
    """The JSON nests deeper than allowed; the message says how deep is allowed."""

    def __init__(self, max_depth: int) -> None:
        super().__init__(f"The JSON is nested deeper than {max_depth} levels; refused.")
        self.max_depth = max_depth


def check_json_depth(text: str, max_depth: int) -> None:
    """Raise ``JSONTooDeep`` when arrays and objects in ``text`` nest deeper than ``max_depth``.

    One regex pass; only the brackets and strings are looked at in Python. Valid JSON is measured
    exactly; for invalid JSON the answer does not matter (parsing it fails anyway).
    """
    depth = 0
    for match in _TOKENS.finditer(text):
        char = text[match.start()]
        if char == '"':
            continue
        if char in _OPENING:
            depth += 1
            if depth > max_depth:
                raise JSONTooDeep(max_depth)
        else:
            depth -= 1


def loads(text: str, *, max_depth: int) -> Any:
    """``json.loads`` that refuses nesting deeper than ``max_depth`` with ``JSONTooDeep``."""
    check_json_depth(text, max_depth)
    try:
        return json.loads(text)
    except RecursionError:  # a depth limit above what the interpreter's stack allows
        raise JSONTooDeep(max_depth) from None
