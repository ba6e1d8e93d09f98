"""An optional dense-embedding feature for the re-ranker: the cosine of a query and a candidate.

WordLlama (``pip install 'factcheck[dense]'``) embeds a text as the mean of its tokens' vectors (256
dimensions, static: no neural network runs). Its weights and tokenizer travel in its wheel; ``model``
loads them from the package's own folder with downloads disabled, so nothing is fetched at run time,
and loads them once per process (about a second, 16 MB).

Texts are cleaned before embedding: links (``https://…``, ``pic.twitter.com/…``), an embedded tweet's
signature ("— Name (@handle) January 6, 2020"), quote marks and the marks of handles and hashtags carry no
meaning of the claim and pulled tweets towards each other (embedding the raw text made the ranking worse
on CheckThat! 2020: cross-validated MAP@5 0.850 against 0.881 without the feature; links and quotes
removed 0.887, the signature and marks too 0.895). Embeddings are memoised per cleaned text, so a claim
ranked for many queries is embedded once. The cosine is computed pair by pair from the same stored vectors,
so a pair scores the same whatever else is being ranked with it: the re-ranker stays deterministic.

No Django here: ``enabled(mode)`` turns the ``MATCHING_DENSE`` setting (``auto``, ``on``, ``off``) into a
yes or no; the app reads the setting (``factcheck.matching.selectors``) and checks it at start-up
(``factcheck.matching.checks``). Without the package, ``auto`` is off and everything ranks as before.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING, Any, Final

from factcheck.matching.text import TWEET_SIGNATURE

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "MODES",
    "DenseUnavailable",
    "available",
    "clean",
    "enabled",
    "model",
    "similarities",
]

MODES: Final = ("auto", "on", "off", "encoder")
CONFIG: Final = "l2_supercat"  # the model the wheel ships (its only one)
DIM: Final = 256
CACHE_SIZE: Final = 20_000  # embeddings kept per process (1 kB each: 20 MB at most)

_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.IGNORECASE)
# Double quotes, guillemets and backticks anywhere; single quotes only outside a word (not "don't").
_SINGLE = "'\u2018\u2019\u201a\u201b"
_QUOTES = re.compile(
    f'["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a`]|(?<!\\w)[{_SINGLE}]|[{_SINGLE}](?!\\w)'
)
_SPACE = re.compile(r"\s+")
# The marks of handles and hashtags (the word stays).
_MARK = re.compile(r"[@#](?=\w)")


class DenseUnavailable(RuntimeError):
    """``MATCHING_DENSE=on`` (or ``encoder``) but the ``wordllama`` package is not installed."""


def _import() -> Any:
    """The ``wordllama`` module, or None. Importing it calls ``logging.basicConfig`` (its own modules
    do): the root logger's handlers and level are put back as they were."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        import wordllama
    except ImportError:
        return None
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    return wordllama


def available() -> bool:
    """Whether the ``wordllama`` package can be imported."""
    return _import() is not None


def enabled(mode: str) -> bool:
    """Whether the dense feature is used under ``mode``: ``auto`` when the package is installed, ``on``
    and ``encoder`` always (``DenseUnavailable`` without the package), ``off`` never."""
    if mode == "off":
        return False
    if mode == "auto":
        return available()
    if mode in ("on", "encoder"):
        if not available():
            raise DenseUnavailable(
                f"MATCHING_DENSE={mode} needs the wordllama package: pip install 'factcheck[dense]' "
                "(or set MATCHING_DENSE=auto or off)"
            )
        return True
    raise ValueError(f"MATCHING_DENSE must be one of {', '.join(MODES)}, not {mode!r}")


@lru_cache(maxsize=1)
def model() -> Any:
    """The WordLlama model, loaded once from the files in its wheel; never downloads (a missing file is
    ``FileNotFoundError``, not a request)."""
    wordllama = _import()
    if wordllama is None:
        raise DenseUnavailable("the wordllama package is not installed: pip install 'factcheck[dense]'")
    # The weights are found in the package's ``weights/`` folder; the tokenizer in ``cache_dir/tokenizers/``,
    # which is the package's own ``tokenizers/`` folder when ``cache_dir`` is the package.
    return wordllama.WordLlama.load(
        config=CONFIG, dim=DIM, cache_dir=Path(wordllama.__file__).parent, disable_download=True
    )


@lru_cache(maxsize=CACHE_SIZE)
def clean(text: str) -> str:
    """``text`` without links, a tweet's closing signature, quote marks and the ``@`` and ``#`` of
    handles and hashtags, its white space collapsed."""
    text = TWEET_SIGNATURE.sub("", text)  # an embedded tweet's closing "— Name (@handle) January 6, 2020"
    text = _MARK.sub("", text)
    text = _LINK.sub(" ", text)
    text = _QUOTES.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = Lock()


def _unit(texts: list[str]) -> np.ndarray:
    """The embeddings of ``texts`` (rows), each scaled to length 1 (a text of no known token stays 0)."""
    import numpy as np

    vectors = np.asarray(model().embed(texts, norm=False), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1)
    norms[norms == 0] = 1.0
    return vectors / norms[:, None]


def _embeddings(texts: Sequence[str]) -> list[np.ndarray]:
    """Unit vectors (float32) of cleaned ``texts``, memoised (least recently used dropped first). The
    texts not seen yet are embedded in one batch: mean pooling ignores the padding, so a text's vector
    is the same alone or in any batch."""

    with _lock:
        missing = list(dict.fromkeys(text for text in texts if text not in _cache))
    if missing:
        vectors = _unit(missing)
        with _lock:
            for text, vector in zip(missing, vectors, strict=True):
                _cache[text] = vector
    with _lock:
        found = []
        for text in texts:
            vector = _cache.get(text)
            if vector is None:  # dropped by another thread meanwhile: embed it again, alone
                vector = _unit([text])[0]
            else:
                _cache.move_to_end(text)
            found.append(vector)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return found


def similarities(query: str, candidates: Sequence[str]) -> list[float]:
    """The cosine of ``query`` and each of ``candidates`` (cleaned first), in their order; 0 for an
    empty text."""
    import numpy as np

    cleaned = [clean(query), *(clean(text) for text in candidates)]
    vectors = _embeddings([text for text in cleaned if text])
    by_text = dict(zip([text for text in cleaned if text], vectors, strict=True))
    query_vector = by_text.get(cleaned[0])
    if query_vector is None:
        return [0.0] * len(candidates)
    out = []
    for text in cleaned[1:]:
        vector = by_text.get(text)
        out.append(0.0 if vector is None else round(float(np.dot(query_vector, vector)), 6))
    return out
