"""Title -> occupation linking that adds a sentence encoder's reading to the word index.

The word and character index (``OccupationLinker``) misses titles whose words no label shares
("Ramasseur d'ordures" is an éboueur; "Operator urządzeń do ..." names one of many operator
concepts).  A multilingual sentence encoder (the ``semantic`` extra) reads meaning across such
wordings, and across languages: a Polish title lands near the English label of its concept.

An occupation's fused score is its word-index score plus, for each of two label sets, a share of
how far its best label's cosine rises above a floor: the labels in the title's language, and
the English labels (ESCO's fullest set, which every language's titles borrow from).  The
weights were chosen on a fixed half of MELO's queries (those whose text has an even CRC-32) and
kept because the other half agreed (docs/quality.md).

Label vectors take 10 to 35 s per language to compute; they are computed the first time a
language is asked for and kept in the occupation cache folder, so later processes load them in
a fraction of a second.  Linking then costs the encoder's few milliseconds per title.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np

from jobsift.extract.types import Candidate, Occupation
from jobsift.occupations import cache
from jobsift.occupations.index import Floats, Ints
from jobsift.occupations.normalize import LANGUAGES, clean_title
from jobsift.taxonomy.model import esco_uri

if TYPE_CHECKING:
    from jobsift.occupations.linker import OccupationLinker
    from jobsift.semantic import Embedder

VERSION: Final = "occupations.semantic.v1"
#: How much the best own-language label's cosine counts, and the best English label's.
OWN_WEIGHT: Final = 0.3
ENGLISH_WEIGHT: Final = 0.75
#: Cosines below this say nothing (unrelated titles sit around 0.2-0.3 in this model).
FLOOR: Final = 0.3
#: How many word-index candidates are fused with the encoder's.
POOL: Final = 100
#: Labels embedded per call (the encoder's batches are bounded anyway).
_BATCH = 256


@dataclass(frozen=True, slots=True)
class LabelVectors:
    """Unit vectors of a set of labels, grouped by the concept they name.

    ``columns[i]`` is the concept column of the labels in rows ``starts[i]`` to the next start;
    rows are sorted by column, so one ``reduceat`` gives every concept's best label.
    """

    matrix: Floats
    starts: Ints
    columns: Ints

    def best(self, query: Floats, width: int) -> Floats:
        """Each of ``width`` concept columns' best cosine with ``query`` (0 where no label)."""
        out = np.zeros(width, dtype=np.float32)
        if len(self.matrix):
            out[self.columns] = np.maximum.reduceat(self.matrix @ query, self.starts)
        return out

    @classmethod
    def build(cls, labels: Sequence[tuple[int, str]], embedder: Embedder) -> LabelVectors:
        """Embed ``(column, label)`` pairs."""
        ordered = sorted(labels, key=lambda pair: pair[0])
        texts = [text for _, text in ordered]
        parts = [embedder.embed(texts[at : at + _BATCH]) for at in range(0, len(texts), _BATCH)]
        matrix = np.vstack(parts) if parts else np.zeros((0, embedder.dim), dtype=np.float32)
        return cls._grouped(matrix.astype(np.float32), np.array([c for c, _ in ordered]))

    @classmethod
    def _grouped(cls, matrix: Floats, row_columns: Ints) -> LabelVectors:
        columns, starts = np.unique(row_columns, return_index=True)
        return cls(matrix, starts.astype(np.int64), columns.astype(np.int64))

    def to_arrays(self) -> cache.Arrays:
        row_columns = np.repeat(self.columns, np.diff(np.r_[self.starts, len(self.matrix)]))
        # Half precision on disk: cosines move by about 1e-3, rankings do not.
        return {"matrix": self.matrix.astype(np.float16), "row_columns": row_columns}

    @classmethod
    def from_arrays(cls, arrays: cache.Arrays) -> LabelVectors:
        matrix = np.asarray(arrays["matrix"], dtype=np.float32)
        return cls._grouped(matrix, np.asarray(arrays["row_columns"], dtype=np.int64))


class SemanticOccupationLinker:
    """``OccupationLinker`` plus a sentence encoder; the same ``link`` and ``occupation``.

    Build it over a linker and an embedder (``jobsift.semantic.default_embedder()``) and keep
    it: label vectors are made once per language.  Thread-safe.
    """

    def __init__(self, lexical: OccupationLinker, embedder: Embedder) -> None:
        self.lexical = lexical
        self.embedder = embedder
        taxonomy = lexical.taxonomy
        concepts = [occupation.id for occupation in taxonomy.iter_occupations()]
        if lexical.isco_groups:
            concepts += [group.id for group in taxonomy.iter_isco_groups()]
        self._concepts = concepts
        self._column = {esco_uri(concept): n for n, concept in enumerate(concepts)}
        self._vectors: dict[str, LabelVectors] = {}
        self._lock = threading.Lock()

    @property
    def languages(self) -> tuple[str, ...]:
        return LANGUAGES

    def link(self, title: str, lang: str | None = None, k: int = 10) -> list[Candidate]:
        """The ``k`` best occupations for ``title``, best first, scores in [0, 1]."""
        language = lang if lang in LANGUAGES else "en"
        text = clean_title(title) or title.strip()
        if not text or k <= 0:
            return []
        fused = self._semantic(text, language)
        for candidate in self.lexical.link(title, language, POOL):
            column = self._column.get(candidate.uri)
            if column is not None:
                fused[column] += candidate.score
        top = np.argsort(-fused, kind="stable")[:k]
        ceiling = 1.0 + (OWN_WEIGHT + ENGLISH_WEIGHT) * (1.0 - FLOOR)
        return [
            Candidate(
                esco_uri(self._concepts[n]),
                self.lexical.label_of(self._concepts[n], language),
                round(float(fused[n]) / ceiling, 6),
            )
            for n in top
            if fused[n] > 0
        ]

    def occupation(self, title: str, lang: str | None = None, k: int = 10) -> Occupation | None:
        """As ``OccupationLinker.occupation``, ranked by the fused score."""
        return self.lexical.occupation_from(self.link(title, lang, k))

    def _semantic(self, text: str, language: str) -> Floats:
        query = self.embedder.embed([text])[0]
        width = len(self._concepts)
        own = np.maximum(self.vectors(language).best(query, width) - FLOOR, 0.0)
        fused: Floats = OWN_WEIGHT * own
        if language != "en":
            english = np.maximum(self.vectors("en").best(query, width) - FLOOR, 0.0)
            fused += ENGLISH_WEIGHT * english
        else:  # the own labels are the English ones: both weights fall on them
            fused += ENGLISH_WEIGHT * own
        return fused

    def vectors(self, lang: str) -> LabelVectors:
        """The label vectors of ``lang`` (made, or read from the cache, on first use)."""
        with self._lock:
            if lang not in self._vectors:
                self._vectors[lang] = self._load_or_build(lang)
            return self._vectors[lang]

    def _load_or_build(self, lang: str) -> LabelVectors:
        labels = list(self._labels(lang))
        folder = self.lexical.cache_dir
        path = None if folder is None else _cache_path(folder, lang, labels, self.embedder.name)
        return cache.load_or_build(
            path,
            lambda: LabelVectors.build(labels, self.embedder),
            LabelVectors.to_arrays,
            LabelVectors.from_arrays,
        )

    def _labels(self, lang: str) -> Iterator[tuple[int, str]]:
        taxonomy = self.lexical.taxonomy
        for n, concept in enumerate(self._concepts):
            found = taxonomy.occupation(concept) or taxonomy.isco_group(concept)
            if found is not None:
                yield from ((n, text) for text in found.labels_by_language.get(lang, ()))


def _cache_path(folder: Path, lang: str, labels: Sequence[tuple[int, str]], model: str) -> Path:
    name = cache.digest([VERSION, model, lang, *(f"{n}\t{text}" for n, text in labels)])
    return folder / f"occupation-vectors-{lang}-{name}.npz"
