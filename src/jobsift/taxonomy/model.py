"""The taxonomy's concepts as plain, immutable data.  No I/O here.

Ids are compact and stable: ESCO concepts use ``esco:<path>`` (the part of the ESCO URI after
``http://data.europa.eu/esco/``, e.g. ``esco:skill/ccd0a1d9-...``), O*NET occupations their
O*NET-SOC code (``15-1252.00``), ISCO-08 groups their code (``2512``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

SkillKind = Literal["skill", "knowledge", "technology"]
#: ``preferred``/``alternative``/``hidden`` for ESCO labels (hidden labels are search terms ESCO
#: keeps out of display: misspellings, generic words); ``title``/``alternate``/``reported`` for
#: O*NET titles.
LabelRole = Literal["preferred", "alternative", "hidden", "title", "alternate", "reported"]

ESCO_PREFIX = "esco:"
ESCO_BASE = "http://data.europa.eu/esco/"


def _no_labels() -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({})


def esco_uri(concept_id: str) -> str:
    """The full URI of an ``esco:`` id; other ids are returned unchanged."""
    if concept_id.startswith(ESCO_PREFIX):
        return ESCO_BASE + concept_id.removeprefix(ESCO_PREFIX)
    return concept_id


def esco_id(uri_or_id: str) -> str:
    """The ``esco:`` id for an ESCO URI; anything else is returned unchanged."""
    if uri_or_id.startswith(ESCO_BASE):
        return ESCO_PREFIX + uri_or_id.removeprefix(ESCO_BASE)
    return uri_or_id


@dataclass(frozen=True, slots=True)
class Skill:
    """An ESCO skill, knowledge concept or skill group (``is_group``), or a technology.

    ``related_essential``/``related_optional`` are ESCO's skill-skill relations as ESCO states
    them, from this skill outwards.  ``broader`` may name skills and skill groups.
    """

    id: str
    label: str
    kind: SkillKind
    alt_labels: tuple[str, ...] = ()
    hidden_labels: tuple[str, ...] = ()
    #: ESCO reuse level: ``transversal``, ``cross-sector``, ``sector-specific``,
    #: ``occupation-specific``; empty for groups and a few untyped concepts.
    reuse_level: str = ""
    is_group: bool = False
    #: A group's code in ESCO's skills hierarchy (``S1.2.3``) or ISCED-F field (``0613``).
    code: str = ""
    broader: tuple[str, ...] = ()
    related_essential: tuple[str, ...] = ()
    related_optional: tuple[str, ...] = ()

    @property
    def uri(self) -> str:
        return esco_uri(self.id)


@dataclass(frozen=True, slots=True)
class OnetLink:
    """A link from an ESCO occupation to an O*NET-SOC occupation.

    ``basis`` says where it comes from: ``crosswalk`` (the ESCO-O*NET crosswalk, as carried by
    the MELO benchmark), ``isco-group`` (the crosswalk links the O*NET occupation to this
    occupation's ISCO-08 unit group), or ``label``/``label+isco-unit``/``label+isco-minor``
    (derived by jobsift from equal labels and, where known, agreeing ISCO-08 groups).
    """

    code: str
    confidence: float
    basis: str


@dataclass(frozen=True, slots=True)
class Occupation:
    """An ESCO occupation.

    ``labels_by_language`` maps a language code to its labels, preferred first; English comes
    from ESCO v1.1.1 itself, the other languages from the MELO benchmark's ESCO labels.
    """

    id: str
    label: str
    #: ISCO-08 unit group (four digits) the occupation belongs to.
    isco: str
    alt_labels: tuple[str, ...] = ()
    hidden_labels: tuple[str, ...] = ()
    #: ESCO's own code, under the ISCO one (``2512.4``).
    code: str = ""
    #: Id of the broader occupation, or of the ISCO group (``esco:isco/C2512``).
    broader: str = ""
    # Long lists stay out of repr() so that an occupation prints on a few lines.
    essential_skills: tuple[str, ...] = field(default=(), repr=False)
    optional_skills: tuple[str, ...] = field(default=(), repr=False)
    labels_by_language: Mapping[str, tuple[str, ...]] = field(
        default_factory=_no_labels, hash=False, repr=False
    )
    onet: tuple[OnetLink, ...] = ()

    @property
    def uri(self) -> str:
        return esco_uri(self.id)


@dataclass(frozen=True, slots=True)
class IscoGroup:
    """An ISCO-08 group: major (1 digit), sub-major (2), minor (3) or unit (4)."""

    code: str
    label: str
    labels_by_language: Mapping[str, tuple[str, ...]] = field(
        default_factory=_no_labels, hash=False
    )

    @property
    def id(self) -> str:
        return f"{ESCO_PREFIX}isco/C{self.code}"

    @property
    def uri(self) -> str:
        return esco_uri(self.id)

    @property
    def parent(self) -> str | None:
        """The code of the enclosing group, or None for a major group."""
        return self.code[:-1] or None


@dataclass(frozen=True, slots=True)
class Technology:
    """An O*NET technology skill example (a product or tool) and its UNSPSC commodity."""

    name: str
    commodity_code: str
    commodity_title: str
    #: O*NET's "Hot Technology" flag: frequently named in employers' job postings.
    hot: bool


@dataclass(frozen=True, slots=True)
class OnetOccupation:
    """An O*NET-SOC occupation.  ``job_zone`` runs from 1 (little or no preparation needed) to
    5 (extensive preparation needed); None where O*NET gives none."""

    code: str
    title: str
    alternate_titles: tuple[str, ...] = field(default=(), repr=False)
    reported_titles: tuple[str, ...] = field(default=(), repr=False)
    job_zone: int | None = None
    technologies: tuple[Technology, ...] = field(default=(), repr=False)


@dataclass(frozen=True, slots=True)
class Label:
    """One surface form of a concept, for phrase matchers: ``text`` names ``target`` (an id)."""

    text: str
    target: str
    role: LabelRole
    lang: str = "en"
