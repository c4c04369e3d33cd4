"""The taxonomy jobsift extracts against: ESCO v1.1.1 skills and occupations (with ISCO-08
groups and occupation labels in de, es, fr, it, nl, pl, pt) and O*NET 27.0 occupations, titles
and technology skills.

    from jobsift.taxonomy import load_taxonomy
    taxonomy = load_taxonomy()          # hold on to it: the data is immutable
    taxonomy.skills_by_label("python")  # (Skill(label='Python (computer programming)', ...),)

The data ships inside the package (``data/``, built by ``scripts/build_taxonomy.py``); its
sources and attribution are in ``data/ATTRIBUTION.md``.  This product uses the ESCO
classification of the European Commission.
"""

from __future__ import annotations

from jobsift.taxonomy.errors import TaxonomyDataError
from jobsift.taxonomy.labels import normalize_label
from jobsift.taxonomy.loader import load_taxonomy
from jobsift.taxonomy.model import (
    IscoGroup,
    Label,
    LabelRole,
    Occupation,
    OnetLink,
    OnetOccupation,
    Skill,
    SkillKind,
    Technology,
)
from jobsift.taxonomy.taxonomy import Taxonomy

__all__ = [
    "IscoGroup",
    "Label",
    "LabelRole",
    "Occupation",
    "OnetLink",
    "OnetOccupation",
    "Skill",
    "SkillKind",
    "Taxonomy",
    "TaxonomyDataError",
    "Technology",
    "load_taxonomy",
    "normalize_label",
]
