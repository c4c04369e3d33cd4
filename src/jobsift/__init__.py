"""jobsift: turn messy job postings into structured, evidence-backed, searchable data.

The library API: build an ``Engine`` from ``Settings`` (the one composition root) and use it,
or read inputs without storing them with ``read_inputs``.
"""

from __future__ import annotations

# The subpackage first: the import system binds ``jobsift.extract`` to it once, and the
# function below then takes the name for good (later submodule imports find the package in
# sys.modules and leave this attribute alone), so ``jobsift.extract(text)`` is the function.
import jobsift.extract as _extract_package
from jobsift.engine import Engine, IngestReport
from jobsift.errors import JobsiftError
from jobsift.extract.extraction import Extraction
from jobsift.extract.types import Candidate
from jobsift.ingest import ReadProblem, read_inputs
from jobsift.model import Declared, Posting, RawPosting, Source, SourceRef
from jobsift.settings import Settings

__version__ = "0.1.0"

del _extract_package


def extract(text: str, *, lang: str | None = None) -> Extraction:
    """Every field of one posting, each with its evidence spans, confidence and basis.

    Pure and thread-safe; the first call loads the packaged taxonomies (about a second).
    ``lang`` (ISO 639-1) skips language detection.
    """
    from jobsift.extract.defaults import extract as run

    return run(text, lang=lang)


def link_skills(text: str, k: int = 10) -> list[Candidate]:
    """The ``k`` ESCO skills best matching a free sentence: ``(uri, label, score)``, best first."""
    from jobsift.extract.defaults import link_skills as run

    return run(text, k=k)


def link_occupation(
    title: str, lang: str | None = None, k: int = 10, *, semantic: bool | None = None
) -> list[Candidate]:
    """The ``k`` ESCO occupations best matching a job title: ``(uri, label, score)``.

    With the ``semantic`` extra installed (or ``semantic=True``) a sentence encoder's reading
    is fused with the word match; ``semantic=False`` ranks by words alone.  The first semantic
    call in a language embeds its labels (10-35 s, then kept in the cache folder).
    """
    from jobsift.extract.defaults import link_occupation as run

    return run(title, lang=lang, k=k, semantic=semantic)


__all__ = [
    "Candidate",
    "Declared",
    "Engine",
    "Extraction",
    "IngestReport",
    "JobsiftError",
    "Posting",
    "RawPosting",
    "ReadProblem",
    "Settings",
    "Source",
    "SourceRef",
    "__version__",
    "extract",
    "link_occupation",
    "link_skills",
    "read_inputs",
]
