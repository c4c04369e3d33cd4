"""A candidate's profile: skills, desired titles and occupations, places, work mode, seniority.

Made from a resume (read by the same extractors as postings: skills from the taxonomy and our
technology list, the title linked to an ESCO occupation, places from the gazetteer) or from a
JSON profile whose free-text values go through the same extractors, so a profile and a posting
always name a skill by the same id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final, get_args

from jobsift.errors import EmptyResumeError, ProfileError
from jobsift.extract.locations import extract_locations
from jobsift.extract.types import Seniority, Span, WorkMode

if TYPE_CHECKING:
    from jobsift.extract.pipeline import Extractor

SENIORITIES: Final[tuple[str, ...]] = get_args(Seniority)
WORK_MODES: Final[tuple[str, ...]] = get_args(WorkMode)
#: Places named this near the top of a resume are where the candidate is (its header);
#: later ones are mostly past employers'.
HEADER_CHARS: Final = 400
#: Fields a JSON profile may have.
PROFILE_FIELDS: Final = frozenset(
    {"name", "skills", "titles", "places", "work_mode", "work_modes", "seniority", "text"}
)


@dataclass(frozen=True, slots=True)
class ProfileSkill:
    """A skill the candidate has; ``spans`` show where the resume names it (none for JSON)."""

    id: str
    label: str
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    """A place the candidate wants to work in: a country (ISO 3166-1 alpha-2), maybe a city."""

    country: str | None
    city: str | None = None

    @property
    def label(self) -> str:
        return ", ".join(part for part in (self.city, self.country) if part)


@dataclass(frozen=True, slots=True)
class ProfileOccupation:
    """An ESCO occupation the candidate wants, linked from a title; ``isco`` is its unit group."""

    uri: str
    label: str
    isco: str | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    skills: tuple[ProfileSkill, ...] = ()
    titles: tuple[str, ...] = ()
    occupations: tuple[ProfileOccupation, ...] = ()
    places: tuple[Place, ...] = ()
    #: Work modes the candidate accepts; empty: any.
    work_modes: tuple[WorkMode, ...] = ()
    seniority: Seniority | None = None
    #: The resume text (or, for a JSON profile, its values in words): for semantic similarity
    #: and the keyword baseline.
    text: str = ""
    name: str | None = None
    #: What was read how, and what was not understood ("'Rust-ish' is no known skill").
    notes: tuple[str, ...] = field(default=())

    @property
    def skill_ids(self) -> frozenset[str]:
        return frozenset(skill.id for skill in self.skills)

    def is_empty(self) -> bool:
        return not (self.skills or self.titles or self.occupations)


def profile_from_text(text: str, extractor: Extractor, *, name: str | None = None) -> Profile:
    """The profile a resume states.  Raises EmptyResumeError for a resume with no words."""
    if not text or text.isspace():
        raise EmptyResumeError(
            "the resume is empty", hint="send the resume's text, or a JSON profile"
        )
    found = extractor.extract(text).to_dict()
    notes: list[str] = []
    title = (found.get("title") or {}).get("value")
    seniority = _seniority_of(found, notes)
    profile = Profile(
        skills=tuple(_skills_of(found)),
        titles=(title,) if title else (),
        occupations=_occupations(extractor, (title,) if title else (), found.get("language")),
        places=_header_places(found.get("locations") or ()),
        work_modes=_resume_modes(found, notes),
        seniority=seniority,
        text=text,
        name=name,
    )
    if profile.is_empty():
        raise EmptyResumeError(
            "found no skill or job title in the resume",
            hint="list skills and the job you want by name, or send a JSON profile",
        )
    return replace(profile, notes=tuple(notes))


def profile_from_json(data: Any, extractor: Extractor) -> Profile:
    """The profile a JSON object states (see ``PROFILE_FIELDS``); names go through the
    extractors: ``"skills": ["Python", "data modelling"]`` or ids (``"tech:python"``)."""
    if not isinstance(data, Mapping):
        raise ProfileError("a profile must be a JSON object", hint=_FIELDS_HINT)
    unknown = sorted(set(data) - PROFILE_FIELDS)
    if unknown:
        raise ProfileError(f"unknown profile field {unknown[0]!r}", hint=_FIELDS_HINT)
    notes: list[str] = []
    titles = tuple(_strings(data, "titles"))
    skills = _named_skills(_strings(data, "skills"), extractor, notes)
    profile = Profile(
        skills=skills,
        titles=titles,
        occupations=_occupations(extractor, titles, None),
        places=tuple(_named_places(data.get("places") or [], extractor, notes)),
        work_modes=_work_modes(data),
        seniority=_checked_seniority(data.get("seniority")),
        text=str(data.get("text") or _words_of(titles, skills)),
        name=str(data["name"]) if data.get("name") else None,
        notes=tuple(notes),
    )
    if profile.is_empty():
        raise EmptyResumeError(
            "the profile names no skill and no title", hint="give `skills` or `titles`"
        )
    return profile


_FIELDS_HINT = "fields: " + ", ".join(sorted(PROFILE_FIELDS))


# -- from an extraction ----------------------------------------------------------------------


def _skills_of(found: Mapping[str, Any]) -> Iterable[ProfileSkill]:
    for item in found.get("skills") or ():
        value = item["value"]
        yield ProfileSkill(value["id"], value["label"], tuple(tuple(s) for s in item["spans"]))


def _seniority_of(found: Mapping[str, Any], notes: list[str]) -> Seniority | None:
    stated = (found.get("seniority") or {}).get("value")
    if stated:
        return stated  # type: ignore[no-any-return]
    years = ((found.get("experience") or {}).get("value") or {}).get("min_years")
    if years is None:
        return None
    level: Seniority = "junior" if years < 2 else "mid" if years < 5 else "senior"
    notes.append(f"seniority {level} inferred from {years:g} years of experience")
    return level


def _header_places(locations: Sequence[Mapping[str, Any]]) -> tuple[Place, ...]:
    """The first place the resume names, and any other in its header."""
    places = []
    for n, item in enumerate(locations):
        start = min((span[0] for span in item["spans"]), default=0)
        if n == 0 or start < HEADER_CHARS:
            value = item["value"]
            places.append(Place(value.get("country"), value.get("city")))
    return tuple(dict.fromkeys(places))


def _resume_modes(found: Mapping[str, Any], notes: list[str]) -> tuple[WorkMode, ...]:
    """Only "on-site" narrows: a resume "open to remote work" or "remote or hybrid" wants
    remote work *too*, not remote work only (a JSON profile can say "remote" only)."""
    mode = (found.get("work_mode") or {}).get("value")
    if mode == "onsite":
        return ("onsite",)
    if mode:
        notes.append(f"the resume mentions {mode} work: any work mode is taken")
    return ()


def _occupations(
    extractor: Extractor, titles: Sequence[str], language: Any
) -> tuple[ProfileOccupation, ...]:
    lang = language.get("value") if isinstance(language, Mapping) else None
    found = (extractor.occupation_of(title, lang) for title in titles)
    linked = (ProfileOccupation(o.uri, o.label, o.isco) for o in found if o is not None)
    return tuple(dict.fromkeys(linked))


# -- from JSON -------------------------------------------------------------------------------


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ProfileError(f"`{key}` must be a list of strings", hint=_FIELDS_HINT)
    return [item.strip() for item in value if item.strip()]


def _named_skills(
    names: Sequence[str], extractor: Extractor, notes: list[str]
) -> tuple[ProfileSkill, ...]:
    skills: dict[str, ProfileSkill] = {}
    for name in names:
        found = _skill_ids(name, extractor)
        if not found:
            notes.append(f"{name!r} is no skill jobsift knows: left out")
        for skill in found:
            skills.setdefault(skill.id, skill)
    return tuple(skills.values())


def _skill_ids(name: str, extractor: Extractor) -> list[ProfileSkill]:
    """A skill named by id, else every skill the extractor finds in the name."""
    if name.startswith(("tech:", "esco:")):
        label = _known_label(name, extractor)
        return [ProfileSkill(name, label)] if label else []
    mentions = extractor.skills.extract(name, (), lang=None)
    return [ProfileSkill(m.value.id, m.value.label) for m in mentions]


def _known_label(skill_id: str, extractor: Extractor) -> str | None:
    from jobsift.extract.types import SkillMention

    names = extractor.skills.names(SkillMention(skill_id, "", "skill", "required"))
    return names[0] if names and names[0] else None


def _named_places(raw: Any, extractor: Extractor, notes: list[str]) -> Iterable[Place]:
    items = [raw] if isinstance(raw, str | Mapping) else raw
    if not isinstance(items, list):
        raise ProfileError("`places` must be a list", hint='e.g. ["Berlin", "PT"]')
    for item in items:
        if isinstance(item, Mapping):
            country, city = item.get("country"), item.get("city")
            if not all(value is None or isinstance(value, str) for value in (country, city)):
                raise ProfileError("a place's country and city are strings")
            yield Place(country.upper() if country else None, city or None)
        elif isinstance(item, str) and len(item.strip()) == 2 and item.strip().isalpha():
            yield Place(item.strip().upper())
        elif isinstance(item, str):
            found = extract_locations(item, extractor.gazetteer)
            if not found:
                notes.append(f"{item!r} is no place jobsift knows: left out")
            yield from (Place(v.value.country, v.value.city) for v in found)
        else:
            raise ProfileError("a place is a name, a country code or {country, city}")


def _work_modes(data: Mapping[str, Any]) -> tuple[WorkMode, ...]:
    names = _strings(data, "work_modes") + _strings(data, "work_mode")
    unknown = [name for name in names if name not in WORK_MODES]
    if unknown:
        raise ProfileError(f"unknown work mode {unknown[0]!r}", hint=f"use {', '.join(WORK_MODES)}")
    return tuple(dict.fromkeys(names))  # type: ignore[arg-type]


def _checked_seniority(value: Any) -> Seniority | None:
    if value is None or value == "":
        return None
    if value not in SENIORITIES:
        raise ProfileError(f"unknown seniority {value!r}", hint=f"use {', '.join(SENIORITIES)}")
    return value  # type: ignore[no-any-return]


def _words_of(titles: Sequence[str], skills: Sequence[ProfileSkill]) -> str:
    return ". ".join([*titles, ", ".join(skill.label for skill in skills)])
