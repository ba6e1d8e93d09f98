"""Text hygiene shared by the core models, the pages and the services: text-direction controls."""

from __future__ import annotations

import re

# Text-direction controls make text display in another order than it reads (the "Trojan Source"
# trick): shown as visible marks, never obeyed. Offsets are untouched: marks replace them after escaping.
BIDI_CONTROLS = {
    "\u061c": "ALM",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}
BIDI_PATTERN = re.compile("[" + "".join(BIDI_CONTROLS) + "]")


def plain(text: str) -> str:
    """``text`` without text-direction controls: for attribute values (tooltips) and form fields, which
    cannot show marks, and for the claim summary readers get."""
    return BIDI_PATTERN.sub("", text)
