"""jobsift: turn messy job postings into structured, evidence-backed, searchable data.

The library API: build an ``Engine`` from ``Settings`` (the one composition root) and use it,
or read inputs without storing them with ``read_inputs``.
"""

from __future__ import annotations

from jobsift.engine import Engine, IngestReport
from jobsift.errors import JobsiftError
from jobsift.ingest import ReadProblem, read_inputs
from jobsift.model import Declared, Posting, RawPosting, Source, SourceRef
from jobsift.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Declared",
    "Engine",
    "IngestReport",
    "JobsiftError",
    "Posting",
    "RawPosting",
    "ReadProblem",
    "Settings",
    "Source",
    "SourceRef",
    "__version__",
    "read_inputs",
]
