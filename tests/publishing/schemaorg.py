"""Validate JSON-LD against schema.org without the network: pyld expands the document with a vendored
context, then every type and property must be schema.org's, every property allowed on its node's type
(or a supertype), and every node value of a type the property's range admits (or a subtype).

The vocabulary (``data/schemaorg-vocabulary.json``) is schema.org release 12.0 reduced to supertypes,
domains and ranges; see its ``source`` key.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pyld import jsonld

SCHEMA = "https://schema.org/"
CONTEXT_URLS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}
VOCABULARY = json.loads((Path(__file__).parent / "data" / "schemaorg-vocabulary.json").read_text())
TYPES: dict[str, list[str]] = VOCABULARY["types"]
PROPERTIES: dict[str, dict[str, list[str]]] = VOCABULARY["properties"]


def _load(url: str, options=None) -> dict:
    """pyld's document loader: the schema.org context from here, nothing from the network."""
    if url not in CONTEXT_URLS:
        raise AssertionError(f"the document asks for a context we do not have: {url}")
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": SCHEMA}}}


@cache
def ancestors(name: str) -> frozenset[str]:
    """The type and every type it is a subtype of."""
    found = {name}
    for parent in TYPES.get(name, []):
        found |= ancestors(parent)
    return frozenset(found)


def _name(iri: str, what: str, path: str) -> str:
    assert iri.startswith(SCHEMA), f"{path}: {what} {iri} is not schema.org's"
    return iri[len(SCHEMA) :]


def check(document: dict) -> list[str]:
    """Raise AssertionError at the first term schema.org does not allow there; return the types seen."""
    expanded = jsonld.expand(document, {"documentLoader": _load})
    assert expanded, "the document expands to nothing"
    seen: list[str] = []
    for node in expanded:
        _check_node(node, "$", seen)
    return seen


def _check_node(node: dict, path: str, seen: list[str]) -> None:
    types = [_name(t, "type", path) for t in node.get("@type", [])]
    assert types, f"{path}: a node without @type"
    for name in types:
        assert name in TYPES, f"{path}: {name} is not a schema.org type"
    seen.extend(types)
    own = frozenset().union(*(ancestors(name) for name in types))
    for key, values in node.items():
        if key.startswith("@"):
            continue
        prop = _name(key, "property", path)
        assert prop in PROPERTIES, f"{path}: {prop} is not a schema.org property"
        domains = set(PROPERTIES[prop]["domains"])
        assert domains & own, (
            f"{path}: {prop} is not a property of {'/'.join(types)} (only of {sorted(domains)})"
        )
        for value in values:
            if "@type" in value and "@value" not in value:
                value_types = [_name(t, "type", f"{path}.{prop}") for t in value["@type"]]
                allowed = set(PROPERTIES[prop]["ranges"])
                assert any(ancestors(t) & allowed for t in value_types), (
                    f"{path}.{prop}: {'/'.join(value_types)} is not one of {sorted(allowed)}"
                )
                _check_node(value, f"{path}.{prop}", seen)
