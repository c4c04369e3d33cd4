"""One row of analytics per stored posting: the fields skill demand is counted over.

A ``Fact`` is built from the same flat view the search index uses (``index_doc``), so search
facets and analytics agree on what a posting's skills, places and salary are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson

from jobsift.index.document import index_doc
from jobsift.model import Posting
from jobsift.store.base import StoredExtraction

#: Joins list values in one column on the way into DuckDB (split again there): a character
#: no skill id, label or place name contains.
SEPARATOR = "\x1f"


@dataclass(frozen=True, slots=True)
class Fact:
    """What analytics keeps of one posting (yearly salary; ``canonical``: its cluster)."""

    id: str
    canonical: str
    posted: date
    skills: tuple[tuple[str, str], ...] = ()  # (id, label)
    seniority: str = ""
    occupation: str = ""
    occupation_label: str = ""
    countries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    salary_low: float | None = None
    salary_high: float | None = None
    currency: str = ""
    pipeline: str = ""


def fact_of(posting: Posting, stored: StoredExtraction, canonical: str | None = None) -> Fact:
    """The fact of a stored posting and its extraction; ``canonical`` defaults to itself."""
    doc = index_doc(posting, orjson.loads(stored.data))
    occupation = doc.occupation or ("", "")
    return Fact(
        id=posting.id,
        canonical=canonical or posting.id,
        posted=doc.posted,
        skills=tuple(dict.fromkeys(doc.skills)),
        seniority=doc.seniority,
        occupation=occupation[0],
        occupation_label=occupation[1],
        countries=doc.countries,
        cities=doc.cities,
        salary_low=doc.salary_min,
        salary_high=doc.salary_max,
        currency=doc.currency if doc.salary_min is not None else "",
        pipeline=stored.pipeline,
    )


def facts_of(
    items: Iterable[tuple[Posting, StoredExtraction]], canonical: Mapping[str, str]
) -> Iterator[Fact]:
    """Facts of ``store.iter_extracted()``-like pairs, each under its cluster's canonical id."""
    for posting, stored in items:
        yield fact_of(posting, stored, canonical.get(posting.id, posting.id))


def columns(facts: Iterable[Fact]) -> dict[str, Any]:
    """Facts as numpy columns DuckDB scans directly (lists joined by ``SEPARATOR``)."""
    import numpy as np  # here: importing analytics must stay cheap (see table.py)

    rows = list(facts)

    def text(values: Iterable[str]) -> Any:
        return np.array(list(values), dtype=object)

    def number(values: Iterable[float | None]) -> Any:
        return np.array([np.nan if v is None else v for v in values], dtype=np.float64)

    return {
        "id": text(f.id for f in rows),
        "canonical": text(f.canonical for f in rows),
        "posted": text(f.posted.isoformat() for f in rows),
        "skill_ids": text(SEPARATOR.join(s[0] for s in f.skills) for f in rows),
        "skill_labels": text(SEPARATOR.join(s[1] for s in f.skills) for f in rows),
        "seniority": text(f.seniority for f in rows),
        "occupation": text(f.occupation for f in rows),
        "occupation_label": text(f.occupation_label for f in rows),
        "countries": text(SEPARATOR.join(f.countries) for f in rows),
        "cities": text(SEPARATOR.join(f.cities) for f in rows),
        "salary_low": number(f.salary_low for f in rows),
        "salary_high": number(f.salary_high for f in rows),
        "currency": text(f.currency for f in rows),
        "pipeline": text(f.pipeline for f in rows),
    }
