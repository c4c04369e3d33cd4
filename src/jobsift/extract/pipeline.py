"""The extraction pipeline: every field extractor run over one posting, in dependency order.

An ``Extractor`` holds the loaded data (taxonomy, technology catalog, gazetteer, occupation
index, skill tagger) and nothing else: it is immutable after construction, so one instance
serves every thread.  Loading takes about a second; build one and keep it (the engine does).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, TypeVar

from jobsift.extract.company import extract_company
from jobsift.extract.education import extract_education
from jobsift.extract.employment import extract_employment_types
from jobsift.extract.experience import extract_experience
from jobsift.extract.extraction import Extraction
from jobsift.extract.human_languages import extract_required_languages
from jobsift.extract.industry import INDUSTRIES_VERSION, extract_industry
from jobsift.extract.language import detect_language
from jobsift.extract.locations import extract_locations, extract_remote_region
from jobsift.extract.salary import extract_salary
from jobsift.extract.sections import find_sections
from jobsift.extract.seniority import extract_seniority
from jobsift.extract.skills import SkillExtractor
from jobsift.extract.title import extract_title
from jobsift.extract.types import (
    EMPLOYMENT_TYPES,
    Location,
    Occupation,
    Salary,
    Span,
    Value,
    WorkMode,
)
from jobsift.extract.workmode import extract_work_mode

if TYPE_CHECKING:
    from jobsift.geo import Gazetteer
    from jobsift.model import Declared
    from jobsift.occupations import OccupationLinker
    from jobsift.taxonomy import Taxonomy

T = TypeVar("T")
#: Countries whose own currency is written "$".
_DOLLARS: Final = {
    "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN", "AR": "ARS",
    "CL": "CLP", "CO": "COP",
}  # fmt: skip
#: Titles whose occupation is remembered (about 2 kB each).
_OCCUPATION_CACHE = 20_000
#: The pipeline's own version: bump it when a field extractor's output or the way fields are
#: combined changes (v2: a place after a longer word starting with its name is found; salary
#: range words are whole words, so "od" ending "period" is no "from").
PIPELINE_VERSION = "extract.v2"


@dataclass(frozen=True, slots=True)
class Extractor:
    """Extracts every field of a posting.  Build with ``Extractor.load()``."""

    gazetteer: Gazetteer
    occupations: OccupationLinker
    skills: SkillExtractor
    versions: dict[str, str]
    #: ``occupations.occupation`` behind a cache: linking costs about a millisecond, most of a
    #: posting's budget, and a corpus repeats its titles ("Software Engineer", "Pflegefachkraft")
    #: many times over.  lru_cache is thread-safe.
    occupation_of: Callable[[str, str | None], Occupation | None] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        linked = functools.lru_cache(maxsize=_OCCUPATION_CACHE)(self.occupations.occupation)
        object.__setattr__(self, "occupation_of", linked)

    @property
    def pipeline_key(self) -> str:
        """Every version that shapes an extraction, in one string: a stored extraction made
        under another key is stale (a newer linker, gazetteer ... re-extracts it)."""
        return "+".join(f"{name}={self.versions[name]}" for name in sorted(self.versions))

    @classmethod
    def load(cls, taxonomy: Taxonomy | None = None) -> Extractor:
        """The extractor over the data that ships inside the package (or this ``taxonomy``)."""
        from jobsift.geo import load_gazetteer
        from jobsift.occupations import OccupationLinker
        from jobsift.occupations.linker import VERSION as OCCUPATIONS_VERSION
        from jobsift.taxonomy import load_taxonomy
        from jobsift.technologies import load_catalog

        taxonomy = taxonomy or load_taxonomy()
        catalog = load_catalog()
        skills = SkillExtractor(taxonomy, catalog)
        gazetteer = load_gazetteer()
        return cls(
            gazetteer=gazetteer,
            occupations=OccupationLinker.from_taxonomy(taxonomy),
            skills=skills,
            versions={
                "pipeline": PIPELINE_VERSION,
                "taxonomy": taxonomy.version,
                "technologies": catalog.version,
                "skills": skills.version,
                "occupations": OCCUPATIONS_VERSION,
                "gazetteer": gazetteer.version,
                "industries": INDUSTRIES_VERSION,
            },
        )

    def extract(
        self, text: str, *, lang: str | None = None, declared: Declared | None = None
    ) -> Extraction:
        """Every field of the posting ``text``; ``declared`` adds what its source stated."""
        language = _language(text, lang)
        code = language.value if language else None
        title = extract_title(text, declared=declared.title if declared else None, lang=code)
        title_span = _stated_span(title)
        work_mode = extract_work_mode(text, code)[0] or _declared_mode(declared, code)
        # Lower case, as long as text ("İ" would grow): made once for the extractors that read it.
        lowered = text.replace("\u0130", "i").lower()
        sections = find_sections(text, lowered=lowered)
        locations = self._locations(text, code, declared)
        company = extract_company(
            text, declared=declared.company if declared else None, title_span=title_span, lang=code
        )
        return Extraction(
            language=language,
            title=title,
            occupation=self._occupation(title, code),
            seniority=extract_seniority(text, title_span=title_span, lang=code),
            company=company,
            locations=locations,
            work_mode=work_mode,
            remote_region=self._remote_region(text, work_mode, lowered),
            employment_types=extract_employment_types(text, code)
            or _declared_types(declared, code),
            salary=_dollar_by_place(
                text, extract_salary(text, code) or _declared_salary(declared, code), locations
            ),
            experience=extract_experience(text, code),
            education=extract_education(text, code),
            languages=extract_required_languages(text, code),
            industry=extract_industry(
                text, company=company.value if company else None, lang=code, lowered=lowered
            ),
            sections=sections,
            skills=self.skills.extract(text, sections, lang=code),
            versions=self.versions,
        )

    def _occupation(self, title: Value[str] | None, lang: str | None) -> Value[Occupation] | None:
        if title is None:
            return None
        occupation = self.occupation_of(title.value, lang)
        if occupation is None:
            return None
        best = occupation.alternatives[0].score if occupation.alternatives else 0.5
        return Value(
            occupation,
            spans=title.spans,
            confidence=round(title.confidence * best, 3),
            basis="inferred:title",
        )

    def _remote_region(
        self, text: str, work_mode: Value[WorkMode] | None, lowered: str
    ) -> Value[str] | None:
        """Where remote workers may live, as a code (ISO country, EU, EMEA ...)."""
        if work_mode is None or work_mode.value != "remote":
            return None
        return extract_remote_region(text, self.gazetteer, lowered=lowered)

    def _locations(
        self, text: str, lang: str | None, declared: Declared | None
    ) -> tuple[Value[Location], ...]:
        found = extract_locations(text, self.gazetteer, lang=lang)
        if declared is None or not declared.locations:
            return found
        stated = {value.value for value in found}
        extra: list[Value[Location]] = []
        for place in declared.locations:
            for value in extract_locations(place, self.gazetteer, lang=lang):
                if value.value not in stated:
                    stated.add(value.value)
                    # The spans point into the declared string, not the text: drop them.
                    extra.append(Value(value.value, confidence=value.confidence, basis="declared"))
        return found + tuple(extra)


# What a source declared counts when the text does not say it; the values are read from the
# declared strings, so their spans (into those strings, not the text) are dropped.


def _declared_mode(declared: Declared | None, lang: str | None) -> Value[WorkMode] | None:
    if declared is None or not declared.work_mode:
        return None
    found = extract_work_mode(declared.work_mode, lang)[0]
    return _as_declared(found) if found else None


def _declared_types(declared: Declared | None, lang: str | None) -> tuple[Value[str], ...]:
    if declared is None:
        return ()
    found: dict[str, Value[str]] = {}
    for stated in declared.employment_type:
        name = stated.strip().upper().replace("-", "_").replace(" ", "_")
        values = (Value(name),) if name in EMPLOYMENT_TYPES else extract_employment_types(stated)
        for value in values:
            found.setdefault(value.value, _as_declared(value))
    return tuple(found.values())


def _declared_salary(declared: Declared | None, lang: str | None) -> Value[Salary] | None:
    if declared is None or not declared.salary:
        return None
    found = extract_salary(declared.salary, lang)
    return _as_declared(found) if found else None


def _dollar_by_place(
    text: str, salary: Value[Salary] | None, locations: tuple[Value[Location], ...]
) -> Value[Salary] | None:
    """A bare "$" is the dollar of the country the job is in: "$23.75-$31 per hour" in
    Toronto is Canadian.  The salary reader alone must take it for US dollars."""
    if salary is None or salary.value.currency != "USD" or not locations:
        return salary
    country = locations[0].value.country
    local = _DOLLARS.get(country or "")
    written = " ".join(text[start:end] for start, end in salary.spans).upper()
    if local is None or "$" not in written or "US" in written:
        return salary
    return Value(
        dataclasses.replace(salary.value, currency=local),
        spans=salary.spans + locations[0].spans,
        confidence=round(salary.confidence * 0.9, 3),
        basis="inferred:location",
    )


def _as_declared(value: Value[T]) -> Value[T]:
    return Value(value.value, confidence=value.confidence, basis="declared")


def _language(text: str, lang: str | None) -> Value[str] | None:
    if lang is not None:
        return Value(lang, basis="declared")
    return detect_language(text)


def _stated_span(title: Value[str] | None) -> Span | None:
    if title is None or title.basis != "stated" or not title.spans:
        return None
    return title.spans[0]
