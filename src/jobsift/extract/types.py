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
from typing import Generic, Literal, NamedTuple, TypeVar, get_args

T = TypeVar("T")
Span = tuple[int, int]
Requirement = Literal["required", "preferred"]
SkillKind = Literal["technology", "skill", "knowledge"]
Seniority = Literal["intern", "junior", "mid", "senior", "lead", "principal", "executive"]
WorkMode = Literal["remote", "hybrid", "onsite"]
SalaryPeriod = Literal["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]
#: schema.org's closed set of employment types.
EmploymentType = Literal[
    "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"
]
EMPLOYMENT_TYPES: frozenset[str] = frozenset(get_args(EmploymentType))
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


@dataclass(frozen=True, slots=True)
class Location:
    """A place a job is at (or, for remote work, open to).

    ``country`` is ISO 3166-1 alpha-2; ``region`` and ``city`` are the gazetteer's names for
    them ("Goiás", "Łódź"), whatever spelling the text used; ``geonames_id`` names the most
    specific one.
    """

    city: str | None
    region: str | None
    country: str | None
    geonames_id: int | None = None


class Candidate(NamedTuple):
    """One ranked taxonomy concept for a title or sentence: its URI, label and score in [0, 1].

    A named tuple, so ``for uri, label, score in link_skills(...)`` reads naturally."""

    uri: str
    label: str
    score: float


@dataclass(frozen=True, slots=True)
class Occupation:
    """A posting's occupation: the best ESCO concept and its codes, with ranked alternatives."""

    uri: str
    label: str
    isco: str | None
    onet: str | None
    alternatives: tuple[Candidate, ...] = ()


@dataclass(frozen=True, slots=True)
class SkillMention:
    """A skill, knowledge concept or technology a posting asks for.

    ``id`` is a taxonomy id: ``esco:skill/...`` for ESCO, ``tech:...`` for our technology list.
    """

    id: str
    label: str
    kind: SkillKind
    requirement: Requirement
