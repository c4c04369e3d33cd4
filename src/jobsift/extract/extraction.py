"""What ``jobsift.extract`` returns for one posting, and its JSON form."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jobsift.extract.types import (
    Candidate,
    Experience,
    Location,
    Occupation,
    Salary,
    Section,
    Seniority,
    SkillMention,
    Value,
    WorkMode,
)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Every field jobsift extracts from a posting, each with its evidence.

    A field is ``None`` (or empty) when the posting does not state it and nothing supports an
    inference.  ``versions`` names the extractor and data versions that produced this result,
    so a stored extraction can be recomputed when one of them changes.
    """

    language: Value[str] | None = None
    title: Value[str] | None = None
    occupation: Value[Occupation] | None = None
    seniority: Value[Seniority] | None = None
    company: Value[str] | None = None
    locations: tuple[Value[Location], ...] = ()
    work_mode: Value[WorkMode] | None = None
    remote_region: Value[str] | None = None
    employment_types: tuple[Value[str], ...] = ()
    salary: Value[Salary] | None = None
    experience: Value[Experience] | None = None
    education: Value[str] | None = None
    languages: tuple[Value[str], ...] = ()
    industry: Value[str] | None = None
    sections: tuple[Section, ...] = ()
    skills: tuple[Value[SkillMention], ...] = ()
    versions: Mapping[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: every field present (``null`` or ``[]`` when not found), spans as lists."""
        return {f.name: _jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _jsonable(value: object) -> Any:
    if isinstance(value, Value):
        return {
            "value": _jsonable(value.value),
            "spans": [list(span) for span in value.spans],
            "confidence": round(value.confidence, 3),
            "basis": value.basis,
        }
    if isinstance(value, Candidate):
        return {"uri": value.uri, "label": value.label, "score": round(value.score, 4)}
    if isinstance(value, Section):
        heading = list(value.heading) if value.heading else None
        return {"kind": value.kind, "span": list(value.span), "heading": heading}
    return _container(value)


def _container(value: object) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_jsonable(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    return value


__all__ = ["Extraction", "SkillMention"]
