"""The shape of one language's vocabulary, and the registry of all eight.

Each ``vocab_xx`` module builds one ``Vocabulary``.  Templates are ``str.format`` strings; the
fields a template may use are listed on each attribute.  Every sentence is our own wording.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from types import ModuleType
from typing import Final

from jobsift.corpus.randomness import Dice

Strings = tuple[str, ...]

LANGUAGES: Final = ("en", "de", "fr", "es", "pt", "pl", "it", "nl")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    language: str
    #: occupation key -> base titles ("Software Engineer", "Backend Developer").
    titles: Mapping[str, Strings]
    #: occupation key -> responsibility bullets, free of skill names.
    tasks: Mapping[str, Strings]
    #: Responsibility bullets any office/tech role can have, and any hands-on role.
    office_tasks: Strings
    trade_tasks: Strings
    #: department key -> name used in "Head of {d}" titles.
    departments: Mapping[str, str]
    #: seniority level -> title patterns with {t} (base title) or {d} (department).
    seniority: Mapping[str, Strings]
    #: Gender markers appended to titles ("(m/w/d)") and how often.
    gender_marks: Strings
    gender_rate: float
    #: section kind -> headings (kinds: responsibilities, requirements, nice_to_have, benefits,
    #: about, legal, apply).
    headings: Mapping[str, Strings]
    #: industry key -> phrase fitting the ``about`` templates' industry slot.
    industries: Mapping[str, str]
    #: Opening sentence. {company} {title} {a_title} {city} {industry}
    intros: Strings
    #: Opening sentence of remote postings that name no city. {company} {title} {country}
    remote_intros: Strings
    #: Agency repost opening; {city} may hold a country, so keep it in a neutral slot.
    agency_intros: Strings
    #: About-the-company sentences. {company} {industry} {year} {size} {hq} (headquarters)
    about: Strings
    #: Sentences about the team and the hiring process, for longer postings. {company}
    team: Strings
    #: Required skills bullet, several at once. {skills}
    skill_lines: Strings
    #: Nice-to-have wording inside the requirements. {skills}
    plus_lines: Strings
    #: Nice-to-have bullet under its own heading. {skills}
    nice_lines: Strings
    #: Years of experience. {n} {years} (the unit word agreeing with n)
    experience: Strings
    year_words: Callable[[int], str]
    soft_skills: Strings
    language_lines: Strings
    benefits: Strings
    #: Legal and equal-opportunity paragraphs. {company} only.
    legal: Strings
    apply: Strings
    #: work mode -> statements. {city} {country} {days}
    work_modes: Mapping[str, Strings]
    #: work mode -> short label for a "Work mode: Hybrid" line.
    work_mode_labels: Mapping[str, Strings]
    #: "Label: {value}" lines for the facts block: location, work_mode, employment, salary.
    fact_labels: Mapping[str, Strings]
    #: schema.org employment type -> words ("Full-time", "CDI").
    employment: Mapping[str, Strings]
    #: Sentences stating the employment type. {employment}
    employment_lines: Strings
    #: Sentences carrying the salary. {salary}
    salary_lines: Strings
    #: Lines that mention "remote", "on-premises", "hybrid cloud" without stating a work mode.
    traps: Strings
    #: Opening of very short postings (a few sentences, no headings). {title} {company} {city}
    short_intros: Strings
    #: Joins the last two items of a list: "and", "und", "et".
    and_word: str

    @classmethod
    def from_module(cls, module: ModuleType) -> Vocabulary:
        """Each field from the module's constant of the same name in capitals (``titles`` from
        ``TITLES``): the eight vocabulary modules declare data only, no constructor call."""
        missing = [f.name for f in fields(cls) if not hasattr(module, f.name.upper())]
        if missing:
            names = ", ".join(name.upper() for name in missing)
            raise AttributeError(f"vocabulary module {module.__name__} lacks {names}")
        return cls(**{f.name: getattr(module, f.name.upper()) for f in fields(cls)})


def skill_lines(
    dice: Dice, templates: tuple[str, ...], skills: tuple[str, ...], and_word: str
) -> tuple[str, ...]:
    """Skills in groups of one to three per line: "Experience with Python, Go and SQL"."""
    lines: list[str] = []
    start, total = 0, len(skills)
    while start < total:
        end = start + 1 + int(dice.random() * 3)
        group = skills[start:end]
        text = group[0] if len(group) == 1 else f"{', '.join(group[:-1])} {and_word} {group[-1]}"
        lines.append(dice.pick(templates).replace("{skills}", text))
        start = end
    return tuple(lines)


def registry() -> dict[str, Vocabulary]:
    """All eight vocabularies, keyed by ISO 639-1 code (imported lazily: they are large)."""
    from jobsift.corpus import (
        vocab_de,
        vocab_en,
        vocab_es,
        vocab_fr,
        vocab_it,
        vocab_nl,
        vocab_pl,
        vocab_pt,
    )

    modules = (vocab_en, vocab_de, vocab_fr, vocab_es, vocab_pt, vocab_pl, vocab_it, vocab_nl)
    vocabularies = [Vocabulary.from_module(module) for module in modules]
    return {vocabulary.language: vocabulary for vocabulary in vocabularies}
