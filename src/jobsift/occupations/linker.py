"""Job title -> ranked ESCO occupations, in en, de, fr, es, pt, pl, it and nl.

Each language has its own index over the ESCO occupation labels in that language (preferred,
alternative and, for English, hidden labels), plus, at a discount, the English labels (postings
everywhere use English titles) and for Spanish and Portuguese each other's (cognates).  A title
is cleaned of posting noise, folded and stemmed by its language's rules, then compared with
every label twice: by character n-grams (spelling variants, compounds, inflection the stemmer
misses) and by words, word pairs and word beginnings.  A label scores the weighted sum of both
cosines times the weight of its role; an occupation scores its best label, plus a little of its
second best.

Only labels from the taxonomy are indexed: never O*NET titles (the taxonomy's ESCO -> O*NET
links partly come from MELO's US queries, so indexing titles through them would leak), never
evaluation queries.  Indexes are built lazily, the first time a language is asked for, and kept.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from jobsift.extract.types import Candidate, Occupation
from jobsift.occupations import cache
from jobsift.occupations.index import (
    Floats,
    Ints,
    TfidfIndex,
    char_ngram_hashes,
    char_ngram_pairs,
    word_pairs,
)
from jobsift.occupations.normalize import LANGUAGES, split_title, words
from jobsift.taxonomy import Taxonomy
from jobsift.taxonomy.model import esco_uri

VERSION = "occupations.linker.v3"

#: How much a match on each kind of label counts, relative to the preferred label.  Tuned on a
#: fixed half of MELO's queries (ids whose CRC-32 is even, ``scripts/tune_melo.py``) and kept
#: because the other half agreed: a preferred label is the concept's usual name, so an equally
#: good match on an alternative one is weaker evidence (0.97 -> 0.85: +0.008 mean MRR), and
#: ISCO-08 groups are broader than any title naming them (0.96 -> 0.7: +0.004, +0.03 for pt);
#: English hidden labels, mostly US and spelling variants, 0.85 -> 0.9: +0.004 on the US set.
ROLE_WEIGHTS = {
    "preferred": 1.0,
    "alternative": 0.85,
    "hidden": 0.9,
    "english": 0.8,  # an English label in another language's index
    "isco": 0.7,  # an ISCO-08 group label (only when groups are targets, as in MELO)
    "sibling": 0.85,  # a label in a closely related language: enfermero, enfermeiro
}
#: Languages whose ISCO-08 group labels count more than ``ROLE_WEIGHTS["isco"]``: Polish and
#: Spanish national titles come from classifications built on ISCO-08 and share its group names
#: (on MELO's tuning half: +0.007 MRR for pl at 0.9, +0.002 for es at 0.8; held-out half agrees).
ISCO_WEIGHTS = {"pl": 0.9, "es": 0.8}
#: Share of the character n-gram cosine in a label's score; the rest is the word cosine.
#: Tuned on MELO: 0.6 and 0.8 do within 0.01 on every set.
CHAR_WEIGHT = 0.7
#: Scores below this are noise: one shared trigram.
MIN_SCORE = 0.01
#: Labels looked at per result asked for; more when targets repeat.
POOL_PER_RESULT = 8
#: How much a target's second-best label adds: concepts several labels agree on rank higher
#: (+0.01 MRR on MELO's Italian and English sets; more than 0.05 starts to cost elsewhere).
SUPPORT = 0.05
#: Languages whose labels share enough cognates to help each other (on MELO: +0.007 MRR for pt,
#: +0.005 for es; Italian gains nothing from es, pt or fr, Dutch nothing from German).
SIBLINGS: dict[str, tuple[str, ...]] = {"pt": ("es",), "es": ("pt",)}
#: Normalized titles whose rankings are kept (a few MB).
_TOP_CACHE = 8192
_SLASH = re.compile(r"\s*/\s*")
#: A feminine ending written after a slash: "Lehrer/in", "Kaufmann/-frau" is not one.
_ENDING = re.compile(r"in|innen|a|e|ka")


@dataclass(frozen=True, slots=True)
class Entry:
    """One label to index: the concept it names (an ``esco:`` id), its text and its weight."""

    target: str
    text: str
    weight: float


class LanguageIndex:
    """The labels of one language, searchable; labels are stored grouped by target."""

    def __init__(self, entries: Sequence[Entry], lang: str) -> None:
        ordered = sorted(_dedupe(entries, lang), key=lambda item: item[0])
        self.lang = lang
        self.targets: list[str] = []
        target_of: list[int] = []
        for target, _, _ in ordered:
            if not self.targets or self.targets[-1] != target:
                self.targets.append(target)
            target_of.append(len(self.targets) - 1)
        self._target_of: Ints = np.array(target_of, np.int64)
        self._weights: Floats = np.array([weight for _, _, weight in ordered], np.float32)
        keys = [key for _, key, _ in ordered]
        size = len(keys)
        self._chars = TfidfIndex(*char_ngram_pairs([" ".join(key) for key in keys]), size)
        self._words = TfidfIndex(*word_pairs(keys), size)

    def to_arrays(self) -> cache.Arrays:
        return {
            "targets": np.array(self.targets, dtype=np.str_),
            "target_of": self._target_of,
            "weights": self._weights,
            **self._chars.to_arrays("chars_"),
            **self._words.to_arrays("words_"),
        }

    @classmethod
    def from_arrays(cls, arrays: cache.Arrays, lang: str) -> LanguageIndex:
        index = cls.__new__(cls)
        index.lang = lang
        index.targets = [str(target) for target in arrays["targets"].tolist()]
        index._target_of = arrays["target_of"].astype(np.int64, copy=False)
        index._weights = arrays["weights"].astype(np.float32, copy=False)
        index._chars = TfidfIndex.from_arrays(arrays, "chars_")
        index._words = TfidfIndex.from_arrays(arrays, "words_")
        return index

    def knows(self, key: str) -> bool:
        """Whether some label has the word ``key``."""
        return self._words.has(word_pairs([[key]], pairs=False)[1][0])

    def top(self, keys: Sequence[str], k: int) -> list[tuple[str, float]]:
        """The ``k`` best ``(target, score)`` for a title already turned into ``keys``."""
        char = self._chars.scores(char_ngram_hashes(" ".join(keys)))
        word = self._words.scores(word_pairs([keys])[1])
        # (CHAR_WEIGHT * char + (1 - CHAR_WEIGHT) * word) * weights, in place: the same
        # float32 operations without four temporary arrays the size of the index.
        label = np.multiply(char, CHAR_WEIGHT, out=char)
        label += np.multiply(word, 1 - CHAR_WEIGHT, out=word)
        label *= self._weights
        # A target scores its best label, plus a little of its second best.
        rows, first = _best_labels(label, self._target_of, k)
        best = rows[first]
        targets = self._target_of[best]
        runner_up = _runner_up(label, rows, first, self._target_of)
        scores = (label[best] + SUPPORT * runner_up) / (1 + SUPPORT)
        order = np.lexsort((targets, -scores))[:k]
        return [
            (self.targets[target], min(1.0, score))
            for target, score in zip(targets[order].tolist(), scores[order].tolist(), strict=True)
        ]


def _best_labels(label: Floats, target_of: Ints, k: int) -> tuple[Ints, Ints]:
    """``(rows, first)``: the best labels, best first, covering at least ``k`` targets (when
    there are so many), and the position in ``rows`` of each target's best label.

    The best targets are among the best labels, so only those are ranked: reducing all labels
    per target costs more than the whole search.
    """
    pool = min(len(label), max(POOL_PER_RESULT * k, 64))
    # Only labels scoring at least MIN_SCORE can be kept: a few thousand of tens of thousands.
    scored = np.flatnonzero(label >= MIN_SCORE)
    while True:
        rows = _pool(label, scored, pool)
        # Ties by row, so that equal scores always come out in one order.
        rows = rows[np.lexsort((rows, -label[rows]))]
        _, first = np.unique(target_of[rows], return_index=True)
        if len(first) >= k or pool == len(label):
            return rows, first
        pool = min(len(label), pool * 4)


def _pool(label: Floats, scored: Ints, pool: int) -> Ints:
    """The rows of ``scored`` among the ``pool`` best labels (``scored``: those at least
    MIN_SCORE, ascending), as ``argpartition`` over all labels picks them.

    Partitioning only the scored labels picks the same rows unless labels tie across the
    pool's edge: then which of them ``argpartition`` keeps depends on every label, and it is
    asked about all of them, as it always was.
    """
    if len(scored) <= pool:
        return scored
    values = label[scored]
    chosen = np.argpartition(-values, pool - 1)[:pool]
    edge = values[chosen].min()
    if np.count_nonzero(values >= edge) == pool:
        return scored[chosen]
    rows = np.argpartition(-label, pool - 1)[:pool] if pool < len(label) else np.arange(pool)
    return rows[label[rows] >= MIN_SCORE]


def _runner_up(label: Floats, rows: Ints, first: Ints, target_of: Ints) -> Floats:
    """For each target whose best label is ``rows[first]``, the score of its second-best
    label among ``rows`` (0 when it has none there)."""
    rest = np.ones(len(rows), bool)
    rest[first] = False
    others = rows[rest]
    found, at = np.unique(target_of[others], return_index=True)
    out = np.zeros(len(first), np.float32)
    if len(found):
        targets = target_of[rows[first]]
        where = np.minimum(np.searchsorted(found, targets), len(found) - 1)
        hit = found[where] == targets
        out[hit] = label[others[at[where[hit]]]]
    return out


def _dedupe(entries: Sequence[Entry], lang: str) -> Iterator[tuple[str, tuple[str, ...], float]]:
    """``(target, keys, weight)`` once per target and keys, at the best weight seen."""
    best: dict[tuple[str, tuple[str, ...]], float] = {}
    for entry in entries:
        for text in _variants(entry.text):
            keys = tuple(words(text, lang))
            if keys:
                key = (entry.target, keys)
                best[key] = max(best.get(key, 0.0), entry.weight)
    return ((target, keys, weight) for (target, keys), weight in best.items())


def _variants(label: str) -> list[str]:
    """Each side of a "masculine/feminine" pair ("Koch/Köchin"), or the label.

    When the slash parts differ in length, the slash stands between two words (or a word and
    its feminine ending) and what surrounds it belongs to both sides: "Referent/in für
    Wohnungsbau" names a "Referent für Wohnungsbau" and a "Referentin für Wohnungsbau",
    "vendeur/vendeuse en articles de sport" a "vendeur en articles de sport".  Splitting such
    labels whole had left a bare "Referent" naming one specialty (on MELO: +0.002 MRR for de
    and es, +0.001 for fr and pt, less for en, pl and nl; both halves agree, no set worse).
    """
    parts = [part for part in _SLASH.split(label) if part.strip()]
    if len(parts) == 2:
        left, right = parts[0].split(), parts[1].split()
        if left[-1].endswith("-"):
            return [label]  # "Import-/Exportmanager": one word, two compounds
        if len(left) != len(right):
            if _ENDING.fullmatch(right[0]):
                right = [left[-1] + right[0], *right[1:]]
            return [" ".join(left + right[1:]), " ".join(left[:-1] + right)]
    if len(parts) > 1 and all(len(part) > 2 for part in parts):
        return parts  # the whole label is (nearly) the union of its parts: not worth a row
    return [label]


class OccupationLinker:
    """Links job titles to ESCO occupations.

    Build it once (``from_taxonomy``) and keep it: indexes are built on first use of a
    language and cached, and a link takes about a millisecond after that.
    """

    def __init__(
        self, taxonomy: Taxonomy, *, isco_groups: bool = False, cache_dir: Path | None = None
    ) -> None:
        self._taxonomy = taxonomy
        #: Whether ISCO-08 groups are candidates too (MELO's corpus has them); off for postings.
        self.isco_groups = isco_groups
        #: Where built indexes are kept between processes (None: nowhere).
        self.cache_dir = cache_dir
        self._indexes: dict[str, LanguageIndex] = {}
        self._lock = threading.Lock()
        # Titles that differ only in what normalizing drops ("Senior Data Engineer (m/w/d)",
        # "Data Engineer - Remote") rank the same: half as many searches over a corpus.
        self._top = functools.lru_cache(maxsize=_TOP_CACHE)(self._top_uncached)
        # A concept's URI and label in a language, asked for on every candidate of every link
        # (a few thousand concepts per language: kept without bound).
        self._named = functools.lru_cache(maxsize=None)(self._name)

    @classmethod
    def from_taxonomy(cls, taxonomy: Taxonomy, *, isco_groups: bool = False) -> OccupationLinker:
        """A linker over ``taxonomy`` keeping its indexes in the user cache folder."""
        return cls(taxonomy, isco_groups=isco_groups, cache_dir=cache.default_cache_dir())

    @property
    def languages(self) -> tuple[str, ...]:
        return LANGUAGES

    @property
    def taxonomy(self) -> Taxonomy:
        return self._taxonomy

    def link(self, title: str, lang: str | None = None, k: int = 10) -> list[Candidate]:
        """The ``k`` best occupations for ``title``, best first, scores in [0, 1].

        ``lang`` picks the label language and the stemming rules; None or an unsupported
        language means English.  Titles without a word give ``[]``.
        """
        language = lang if lang in LANGUAGES else "en"
        head, tail = split_title(title)
        keys = words(head, language)
        if not keys or k <= 0:
            return []
        index = self.index(language)
        # After a dash comes a place as often as a specialty; words no label has are places
        # (or noise) and would only lower every score alike.
        keys += [key for key in words(tail, language) if index.knows(key) and key not in keys]
        return list(self._top(language, tuple(keys), k))

    def _top_uncached(self, language: str, keys: tuple[str, ...], k: int) -> tuple[Candidate, ...]:
        top = self.index(language).top(list(keys), k)
        return tuple(Candidate(*self._named(target, language), s) for target, s in top)

    def _name(self, target: str, language: str) -> tuple[str, str]:
        return esco_uri(target), self.label_of(target, language)

    def occupation(self, title: str, lang: str | None = None, k: int = 10) -> Occupation | None:
        """The best occupation for ``title`` with its ISCO-08 and best O*NET-SOC codes, and the
        ranked candidates as alternatives; None when nothing matches."""
        return self.occupation_from(self.link(title, lang, k))

    def occupation_from(self, candidates: Sequence[Candidate]) -> Occupation | None:
        """The ``Occupation`` whose best candidate is the first of ``candidates`` (None when
        there are none), with its codes and the candidates as alternatives."""
        if not candidates:
            return None
        best = candidates[0]
        concept = self._taxonomy.occupation(best.uri)
        isco = concept.isco if concept else _isco_code(best.uri)
        onet = concept.onet[0].code if concept and concept.onet else None
        return Occupation(best.uri, best.label, isco, onet, tuple(candidates))

    def index(self, lang: str) -> LanguageIndex:
        """The index of ``lang`` (built on first use)."""
        with self._lock:
            if lang not in self._indexes:
                self._indexes[lang] = self._load_or_build(lang)
            return self._indexes[lang]

    def _load_or_build(self, lang: str) -> LanguageIndex:
        entries = list(self._entries(lang))
        path = None
        if self.cache_dir is not None:
            name = cache.digest(
                [VERSION, lang, *(f"{e.target}\t{e.text}\t{e.weight!r}" for e in entries)]
            )
            path = self.cache_dir / f"occupations-{lang}-{name}.npz"
        return cache.load_or_build(
            path,
            lambda: LanguageIndex(entries, lang),
            LanguageIndex.to_arrays,
            lambda arrays: LanguageIndex.from_arrays(arrays, lang),
        )

    def _entries(self, lang: str) -> Iterator[Entry]:
        for occupation in self._taxonomy.iter_occupations():
            texts = occupation.labels_by_language.get(lang, ())
            yield from (
                Entry(occupation.id, text, ROLE_WEIGHTS["preferred" if n == 0 else "alternative"])
                for n, text in enumerate(texts)
            )
            if lang == "en":
                hidden = ROLE_WEIGHTS["hidden"]
                yield from (Entry(occupation.id, text, hidden) for text in occupation.hidden_labels)
            else:
                english = occupation.labels_by_language.get("en", ())
                yield from (Entry(occupation.id, t, ROLE_WEIGHTS["english"]) for t in english)
            for sibling in SIBLINGS.get(lang, ()):
                texts = occupation.labels_by_language.get(sibling, ())
                yield from (Entry(occupation.id, t, ROLE_WEIGHTS["sibling"]) for t in texts)
        if self.isco_groups:
            for group in self._taxonomy.iter_isco_groups():
                texts = group.labels_by_language.get(lang, ())
                weight = ISCO_WEIGHTS.get(lang, ROLE_WEIGHTS["isco"])
                yield from (Entry(group.id, text, weight) for text in texts)

    def label_of(self, target: str, lang: str) -> str:
        """The preferred label of concept ``target`` in ``lang`` (else in English)."""
        occupation = self._taxonomy.occupation(target)
        if occupation is not None:
            labels = occupation.labels_by_language.get(lang) or (occupation.label,)
            return labels[0]
        group = self._taxonomy.isco_group(target)
        if group is not None:
            return (group.labels_by_language.get(lang) or (group.label,))[0]
        return target


def _isco_code(uri: str) -> str | None:
    """The code of an ISCO group URI (``.../isco/C2512`` -> ``2512``)."""
    marker = "/isco/C"
    return uri.split(marker, 1)[1] if marker in uri else None
