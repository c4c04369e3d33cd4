"""The library's one-call API over a default extractor, loaded once on first use.

``jobsift.extract(text)`` is for scripts and notebooks; the engine uses the same default
extractor, so a process loads it once however many engines it opens.  The defaults hold only
immutable data, so sharing them between threads is safe.
"""

from __future__ import annotations

import functools
import threading

from jobsift.extract.extraction import Extraction
from jobsift.extract.pipeline import Extractor
from jobsift.extract.skilllink import SkillLinker
from jobsift.extract.types import Candidate
from jobsift.occupations.semantic import SemanticOccupationLinker
from jobsift.taxonomy import Taxonomy, load_taxonomy

_LOCK = threading.Lock()


def default_extractor() -> Extractor:
    """The extractor over the packaged data (loaded on the first call, then shared)."""
    with _LOCK:  # two threads arriving first must not both spend a second loading
        return _extractor()


@functools.cache
def _taxonomy() -> Taxonomy:
    return load_taxonomy()


@functools.cache
def _extractor() -> Extractor:
    return Extractor.load(_taxonomy())


@functools.cache
def _skill_linker() -> SkillLinker:
    return SkillLinker(_taxonomy())


def extract(text: str, *, lang: str | None = None) -> Extraction:
    """Every field of one posting, each with its evidence; ``lang`` skips language detection."""
    return default_extractor().extract(text, lang=lang)


def link_skills(text: str, k: int = 10) -> list[Candidate]:
    """The ``k`` ESCO skills that best match a free sentence, best first."""
    with _LOCK:
        linker = _skill_linker()
    return linker.link(text, k=k)


def link_occupation(
    title: str, lang: str | None = None, k: int = 10, *, semantic: bool | None = None
) -> list[Candidate]:
    """The ``k`` ESCO occupations that best match a job title, best first.

    ``semantic`` adds the sentence encoder's reading (the ``semantic`` extra): None uses it
    when it is installed, True insists (``SemanticUnavailableError`` without it), False ranks
    by words alone, as extraction does.
    """
    if semantic is None:
        from jobsift.semantic import available

        semantic = available()
    if semantic:
        return semantic_occupation_linker().link(title, lang=lang, k=k)
    return default_extractor().occupations.link(title, lang=lang, k=k)


def semantic_occupation_linker() -> SemanticOccupationLinker:
    """The default extractor's occupation linker with the sentence encoder (made once)."""
    with _LOCK:
        return _semantic_occupations()


@functools.cache
def _semantic_occupations() -> SemanticOccupationLinker:
    from jobsift.semantic import default_embedder

    return SemanticOccupationLinker(_extractor().occupations, default_embedder())
