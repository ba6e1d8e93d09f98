"""quantulum3, the reference system, run next to ours by ``bench/extraction.py`` and ``python -m evaluation``.

quantulum3 is a development dependency (``quantulum3[classifier]``), imported only when asked for.
Its default mode disambiguates units with a scikit-learn classifier, but the pickle it ships does
not load with every scikit-learn release, and ``parse`` then raises. Its documented remedy is to
retrain the classifier with its own ``train_classifier`` (a few seconds); ``load`` does that once
into ``var/`` so quantulum3 is measured as its users would run it, and falls back to its heuristic
mode (no classifier) only when the classifier's dependencies are missing.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

from factcheck.extraction.types import Qualifier, Quantity, QuantityKind

__all__ = ["CLASSIFIER_PATH", "Reference", "load"]

_NUMBER = QuantityKind.CARDINAL
CLASSIFIER_PATH = Path(__file__).resolve().parents[1] / "var" / "quantulum3" / "clf.joblib"


class Reference:
    """quantulum3's ``parse`` in one mode: ``label`` says which."""

    def __init__(self, parse: Callable[..., list], label: str, kwargs: dict, heuristic: bool) -> None:
        self._parse, self.label, self._kwargs, self._heuristic = parse, label, kwargs, heuristic

    def parse(self, text: str) -> list:
        """quantulum3's own result objects."""
        from quantulum3 import classifier

        saved = classifier.USE_CLF
        classifier.USE_CLF = saved and not self._heuristic
        try:
            return self._parse(text, **self._kwargs)
        finally:
            classifier.USE_CLF = saved

    def quantities(self, text: str) -> list[Quantity]:
        """quantulum3's figures as ours, to be scored alike: no qualifiers, no kinds beyond a number."""
        out = []
        for q in self.parse(text):
            unit = None if q.unit.name == "dimensionless" else q.unit.name
            value = float(q.value)
            start, end = q.span
            out.append(
                Quantity(
                    q.surface,
                    start,
                    end,
                    value,
                    value,
                    value,
                    Qualifier.EXACT,
                    unit,
                    kind=QuantityKind.CARDINAL,
                )
            )
        return out


def load(*, heuristic_too: bool = False) -> list[Reference]:
    """quantulum3 in its default mode (its unit classifier, retrained if need be), plus its heuristic
    mode if ``heuristic_too``; an empty list if quantulum3 is not installed."""
    try:
        from quantulum3 import classifier, parser
    except ImportError:
        return []
    modes: list[Reference] = []
    default: Reference | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # scikit-learn's version-mismatch warnings: handled here
            if classifier.classifier("en_US").loaded:
                default = Reference(parser.parse, "its shipped unit classifier", {}, False)
    except Exception:  # the shipped pickle does not load with this scikit-learn
        pass
    if default is None:
        try:
            if not CLASSIFIER_PATH.exists():
                CLASSIFIER_PATH.parent.mkdir(parents=True, exist_ok=True)
                classifier.train_classifier(store=True, output_path=str(CLASSIFIER_PATH), n_jobs=1)
            kwargs = {"classifier_path": str(CLASSIFIER_PATH)}
            parser.parse("warm up 3 km", **kwargs)
            default = Reference(
                parser.parse, "its unit classifier, retrained for this scikit-learn", kwargs, False
            )
        except Exception:  # its classifier extra (scikit-learn, stemming) is missing
            default = None
    if default is not None:
        modes.append(default)
    if heuristic_too or default is None:
        modes.append(Reference(parser.parse, "heuristic unit disambiguation (no classifier)", {}, True))
    for mode in modes:
        mode.parse("warm up 3 km")
    return modes
