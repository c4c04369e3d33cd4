"""Job title -> ESCO occupation linking in en, de, fr, es, pt, pl, it and nl.

from jobsift.occupations import OccupationLinker
from jobsift.taxonomy import load_taxonomy
linker = OccupationLinker.from_taxonomy(load_taxonomy())   # build once, keep it
linker.link("Softwareentwickler (m/w/d)", "de", k=3)        # [Candidate(uri=..., ...), ...]
linker.occupation("Backend Developer - Remote")             # Occupation(isco='2512', ...)
"""

from __future__ import annotations

from jobsift.occupations.linker import VERSION, OccupationLinker
from jobsift.occupations.normalize import LANGUAGES, clean_title, fold, split_title, words

__all__ = [
    "LANGUAGES",
    "VERSION",
    "OccupationLinker",
    "clean_title",
    "fold",
    "split_title",
    "words",
]
