"""What extraction produces: every value with its evidence, confidence and basis.

Spans are ``(start, end)`` character offsets into the posting text, end exclusive, so
``text[start:end]`` is the evidence.  ``basis`` says how the value was reached:

* ``stated``: written in the text (the span shows where);
* ``declared``: given by the source's structured fields (a JSON key, schema.org property);
* ``inferred:<from>``: reasoned from something else, e.g. ``inferred:title`` for a seniority
  read off the title, ``inferred:location`` for a country from a city.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

T = TypeVar("T")
Span = tuple[int, int]
Requirement = Literal["required", "preferred"]
SkillKind = Literal["technology", "skill", "knowledge"]
Seniority = Literal["intern", "junior", "mid", "senior", "lead", "principal", "executive"]
WorkMode = Literal["remote", "hybrid", "onsite"]
SalaryPeriod = Literal["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]
SectionKind = Literal[
    "summary",
    "responsibilities",
    "requirements",
    "nice_to_have",
    "benefits",
    "about",
    "apply",
    "legal",
]


@dataclass(frozen=True, slots=True)
class Value(Generic[T]):
    """One extracted value and why we believe it."""

    value: T
    spans: tuple[Span, ...] = ()
    confidence: float = 1.0
    basis: str = "stated"


@dataclass(frozen=True, slots=True)
class Salary:
    minimum: float | None
    maximum: float | None
    currency: str | None  # ISO 4217
    period: SalaryPeriod | None
    gross: bool | None = None  # True for "brutto", "gross"; None when not said


@dataclass(frozen=True, slots=True)
class Experience:
    min_years: float | None
    max_years: float | None = None


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    span: Span  # the whole section, heading included
    heading: Span | None = None  # the heading line, when there is one
