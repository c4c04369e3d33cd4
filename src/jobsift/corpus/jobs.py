"""Drawing the facts of one job: language, role, title, employer, place, pay, skills.

What is drawn here is the ground truth; ``writing.py`` then writes it down as a posting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from jobsift.corpus.companies import Company
from jobsift.corpus.occupations import OCCUPATIONS, Occupation
from jobsift.corpus.places import LANGUAGE_COUNTRIES, City, cities_for, country_name
from jobsift.corpus.randomness import Dice, Variants, Weighted
from jobsift.corpus.salary import Salary, draw_salary
from jobsift.corpus.skills import skill_name
from jobsift.corpus.vocabulary import LANGUAGES, Vocabulary, skill_lines

# English about 40%, the seven others share the rest.
LANGUAGE_WEIGHTS: Final = {"en": 280, **dict.fromkeys(LANGUAGES[1:], 60)}
SALARY_SHARE: Final = {
    "en": 0.6,
    "de": 0.45,
    "fr": 0.55,
    "es": 0.6,
    "pt": 0.65,
    "pl": 0.75,
    "it": 0.5,
    "nl": 0.7,
}
EXPERIENCE_SHARE: Final = 0.65
#: Variants kept (see ``randomness.Variants``) per (role, level, country, language) of a
#: salary, per (language, role) of a title and of a skill set (and length), per (country,
#: language) of a place.
SALARY_VARIANTS: Final = 6
TITLE_VARIANTS: Final = 24
SKILL_VARIANTS: Final = 24
PLACE_VARIANTS: Final = 48
EXPERIENCE_YEARS: Final = {
    "": (1, 5),
    "junior": (1, 2),
    "mid": (2, 4),
    "senior": (4, 7),
    "lead": (5, 8),
    "principal": (7, 10),
    "executive": (8, 12),
}
# Share of remote postings that name a country but no city ("Remote (Poland)").
REMOTE_WITHOUT_CITY: Final = 0.3
# How often a city is written with the English (or other) exonym when the language has one.
EXONYM_SHARE: Final = {"en": 0.6}


@dataclass(frozen=True, slots=True)
class Profile:
    """How long a posting is: counts (low, high) of each part."""

    name: str
    tasks: tuple[int, int]
    skills: tuple[int, int]
    soft: tuple[int, int]
    preferred: tuple[int, int]
    benefits: tuple[int, int]
    about: tuple[int, int]
    legal: tuple[int, int]
    team: tuple[int, int]
    #: Long enough to need checking against the 800-word limit.
    lengthy: bool = False


# Counts are (low, high): tasks, required skills, soft skills, nice-to-haves, benefits,
# about-us sentences, legal paragraphs, team sentences.
SHORT: Final = Profile("short", (0, 0), (2, 3), (0, 0), (0, 1), (0, 0), (1, 1), (0, 0), (0, 0))
COMPACT: Final = Profile("compact", (3, 4), (2, 4), (0, 2), (0, 2), (0, 4), (1, 2), (0, 0), (0, 0))
NORMAL: Final = Profile("normal", (4, 6), (3, 6), (1, 3), (0, 3), (3, 7), (1, 3), (0, 1), (0, 2))
LONG: Final = Profile(
    "long", (6, 10), (5, 8), (3, 6), (2, 4), (8, 14), (4, 7), (2, 4), (4, 7), lengthy=True
)
# A few postings use nearly everything the vocabulary has: these reach 800 words.
VERY_LONG: Final = Profile(
    "very_long", (11, 14), (6, 8), (6, 8), (3, 4), (13, 18), (8, 11), (3, 4), (6, 8), lengthy=True
)
PROFILES: Final = Weighted([(SHORT, 6), (COMPACT, 32), (NORMAL, 50), (LONG, 10), (VERY_LONG, 2)])


@dataclass(frozen=True, slots=True)
class SkillSet:
    """A posting's skills and the requirement lines that name them (no bullet marker yet)."""

    required: tuple[str, ...]
    preferred: tuple[str, ...]
    #: "Experience with Python and Go"
    required_lines: tuple[str, ...]
    #: "Kafka is a plus", for nice-to-haves among the requirements.
    plus_lines: tuple[str, ...]
    #: "Kafka", "Experience with Kafka", for a nice-to-have section.
    nice_lines: tuple[str, ...]


@dataclass(slots=True)
class Job:
    vocabulary: Vocabulary
    occupation: Occupation
    level: str
    title: str
    display_title: str
    company: Company
    city: City | None
    country: str
    location: str
    work_mode: str | None
    employment: str
    salary: Salary | None
    experience: int | None
    skills: SkillSet
    profile: Profile
    #: Values for the vocabulary's templates: company, title, city, country, industry ...
    context: dict[str, str]

    @property
    def language(self) -> str:
        return self.vocabulary.language

    @property
    def required(self) -> tuple[str, ...]:
        return self.skills.required

    @property
    def preferred(self) -> tuple[str, ...]:
        return self.skills.preferred


class JobDrawer:
    """Draws jobs; built once per corpus with the corpus's companies."""

    def __init__(self, vocabularies: dict[str, Vocabulary], companies: tuple[Company, ...]):
        self._vocabularies = vocabularies
        self._languages = Weighted(LANGUAGE_WEIGHTS)
        self._occupations = Weighted([(o, o.weight) for o in OCCUPATIONS])
        self._countries = {lang: Weighted(w) for lang, w in LANGUAGE_COUNTRIES.items()}
        self._places = _Places()
        self._employers = _EmployerIndex(companies)
        self._titles = _TitlePatterns(vocabularies)
        self._salaries: Variants[tuple[str, str, str, str], Salary] = Variants(SALARY_VARIANTS)
        self._skill_sets: Variants[tuple[str, str, str], SkillSet] = Variants(SKILL_VARIANTS)
        self._skill_names = {
            (language, o.key): _SkillNames(
                tuple(skill_name(key, language) for key in o.required),
                tuple(skill_name(key, language) for key in o.preferred),
            )
            for language in vocabularies
            for o in OCCUPATIONS
        }

    def draw(self, dice: Dice) -> Job:
        vocabulary = self._vocabularies[self._languages.draw(dice)]
        language = vocabulary.language
        occupation = self._occupations.draw(dice)
        title = self._titles.draw(dice, vocabulary, occupation)
        level = title.level
        country = self._countries[language].draw(dice)
        company = self._employers.pick(dice, country, occupation.industries)
        work_mode = (_REMOTE_ROLES if occupation.remote_ok else _SITE_ROLES).draw(dice) or None
        place = self._places.draw(dice, vocabulary, country, work_mode == "remote")
        profile = PROFILES.draw(dice)
        skills = self._skills(dice, vocabulary, occupation, profile)
        return Job(
            vocabulary=vocabulary,
            occupation=occupation,
            level=level,
            title=title.text,
            display_title=title.display,
            company=company,
            city=place.city,
            country=country,
            location=place.location,
            work_mode=work_mode,
            employment=_employment(dice, occupation, level),
            salary=self._salary(dice, occupation, level, country, language),
            experience=_experience(dice, level),
            skills=skills,
            profile=profile,
            context=self._context(dice, vocabulary, title, company, place.text, country=country),
        )

    def _skills(
        self, dice: Dice, vocabulary: Vocabulary, occupation: Occupation, profile: Profile
    ) -> SkillSet:
        names = self._skill_names[vocabulary.language, occupation.key]
        key = (vocabulary.language, occupation.key, profile.name)
        return self._skill_sets.draw(dice, key, _skill_set, dice, vocabulary, names, profile)

    def _salary(
        self, dice: Dice, occupation: Occupation, level: str, country: str, language: str
    ) -> Salary | None:
        if dice.random() >= SALARY_SHARE[language]:
            return None
        key = (occupation.key, level, country, language)
        return self._salaries.draw(
            dice, key, draw_salary, dice, occupation, level, country, language
        )

    def _context(
        self,
        dice: Dice,
        vocabulary: Vocabulary,
        title: _Title,
        company: Company,
        city_text: str,
        *,
        country: str,
    ) -> dict[str, str]:
        """Values for the vocabulary's templates: company, title, city, country, industry."""
        return {
            "company": company.name,
            "industry": vocabulary.industries[company.industry],
            "title": title.text,
            "a_title": title.with_article,
            "city": city_text,
            "country": country_name(country, vocabulary.language),
            "days": "2" if dice.random() < 0.5 else "3",
        }


@dataclass(frozen=True, slots=True)
class _Title:
    text: str
    #: As displayed, with a gender marker where the language uses one: "Koch (m/w/d)".
    display: str
    level: str
    #: With its article, for English sentences: "an Accountant".
    with_article: str


@dataclass(frozen=True, slots=True)
class _Place:
    city: City | None
    #: The city as this posting names it (an exonym, or the country for remote postings).
    text: str
    #: The location as the job board writes it.
    location: str


class _Places:
    """Places per (country, language), a few dozen each, drawn on first use."""

    def __init__(self) -> None:
        self._cities = {
            (country, lang): Weighted([(city, city.weight) for city in cities_for(country, lang)])
            for lang, weights in LANGUAGE_COUNTRIES.items()
            for country in weights
        }
        self._kept: Variants[tuple[str, str], _Place] = Variants(PLACE_VARIANTS)

    def draw(self, dice: Dice, vocabulary: Vocabulary, country: str, remote: bool) -> _Place:
        language = vocabulary.language
        if remote and dice.random() < REMOTE_WITHOUT_CITY:
            name = country_name(country, language)
            return _Place(None, name, _location(dice, vocabulary, None, name, country))
        return self._kept.draw(dice, (country, language), self._place, dice, vocabulary, country)

    def _place(self, dice: Dice, vocabulary: Vocabulary, country: str) -> _Place:
        city = self._cities[country, vocabulary.language].draw(dice)
        text = _city_text(dice, city, vocabulary.language)
        return _Place(city, text, _location(dice, vocabulary, city, text, country))


@dataclass(frozen=True, slots=True)
class _SkillNames:
    """A role's skill pools as one language writes them."""

    required: tuple[str, ...]
    preferred: tuple[str, ...]


class _TitlePatterns:
    """Seniority patterns per (language, tech role, level), chosen to read naturally.

    Tech titles take the level as a word on the title ("Lead Software Engineer"); other roles
    prefer the department form ("Teamleiter Kundenservice") where the language has one.
    """

    def __init__(self, vocabularies: dict[str, Vocabulary]) -> None:
        self._titles: Variants[tuple[str, str], _Title] = Variants(TITLE_VARIANTS)
        self._patterns: dict[tuple[str, bool, str], tuple[str, ...]] = {}
        for language, vocabulary in vocabularies.items():
            for level, patterns in vocabulary.seniority.items():
                with_title = tuple(p for p in patterns if "{t}" in p)
                with_department = tuple(p for p in patterns if "{d}" in p)
                self._patterns[language, True, level] = with_title or patterns
                self._patterns[language, False, level] = with_department or patterns

    def draw(self, dice: Dice, vocabulary: Vocabulary, occupation: Occupation) -> _Title:
        """A title for the role; each (language, role) keeps a few dozen, drawn on first use."""
        key = (vocabulary.language, occupation.key)
        return self._titles.draw(dice, key, self._title, dice, vocabulary, occupation)

    def _title(self, dice: Dice, vocabulary: Vocabulary, occupation: Occupation) -> _Title:
        text, level = self.title(dice, vocabulary, occupation, dice.pick(occupation.levels))
        article = _with_article(text) if vocabulary.language == "en" else text
        return _Title(text, _gendered(dice, vocabulary, text), level, article)

    def title(
        self, dice: Dice, vocabulary: Vocabulary, occupation: Occupation, level: str
    ) -> tuple[str, str]:
        """The title and the level it states ("" when the language has no word for it)."""
        base = dice.pick(vocabulary.titles[occupation.key])
        patterns = self._patterns.get((vocabulary.language, occupation.tech, level), ())
        if not level or not patterns:
            return base, ""
        department = vocabulary.departments[occupation.department]
        return dice.pick(patterns).format(t=base, d=department), level


class _EmployerIndex:
    """Companies by country and industry; international brands post everywhere."""

    def __init__(self, companies: tuple[Company, ...]) -> None:
        self._local: dict[tuple[str, str], list[Company]] = {}
        self._global: dict[str, list[Company]] = {}
        for company in companies:
            for industry in (company.industry, "*"):
                if company.country:
                    self._local.setdefault((company.country, industry), []).append(company)
                else:
                    self._global.setdefault(industry, []).append(company)

    def pick(self, dice: Dice, country: str, industries: tuple[str, ...]) -> Company:
        industry = dice.pick(industries) if industries else "*"
        local = self._local.get((country, industry), [])
        brands = self._global.get(industry) or self._global["*"]
        # Half the postings come from local firms when there are any: they carry the legal form.
        return dice.pick(local if local and dice.random() < 0.5 else brands)


_REMOTE_ROLES: Final = Weighted({"remote": 20, "hybrid": 35, "onsite": 15, "": 30})
_SITE_ROLES: Final = Weighted({"onsite": 45, "": 55})
_TECH_EMPLOYMENT: Final = Weighted(
    {"FULL_TIME": 80, "PART_TIME": 4, "CONTRACTOR": 11, "TEMPORARY": 5}
)
_OTHER_EMPLOYMENT: Final = Weighted(
    {"FULL_TIME": 66, "PART_TIME": 18, "CONTRACTOR": 3, "TEMPORARY": 13}
)


def _employment(dice: Dice, occupation: Occupation, level: str) -> str:
    if level == "intern":
        return "INTERN"
    return (_TECH_EMPLOYMENT if occupation.tech else _OTHER_EMPLOYMENT).draw(dice)


def _experience(dice: Dice, level: str) -> int | None:
    if level == "intern" or dice.random() >= EXPERIENCE_SHARE:
        return None
    low, high = EXPERIENCE_YEARS[level]
    return dice.between(low, high)


def _skill_set(
    dice: Dice, vocabulary: Vocabulary, names: _SkillNames, profile: Profile
) -> SkillSet:
    """Required skills from the role's core list; nice-to-haves from its extras, then from
    the core skills not required."""
    order = dice.ordering(names.required)
    count = dice.between(*profile.skills)
    required = order[:count]
    wanted = dice.between(*profile.preferred)
    preferred = dice.take(names.preferred, wanted)
    preferred += order[count : count + wanted - len(preferred)]
    and_word = vocabulary.and_word
    return SkillSet(
        required,
        preferred,
        skill_lines(dice, vocabulary.skill_lines, required, and_word),
        skill_lines(dice, vocabulary.plus_lines, preferred, and_word),
        skill_lines(dice, vocabulary.nice_lines, preferred, and_word),
    )


def _gendered(dice: Dice, vocabulary: Vocabulary, title: str) -> str:
    if vocabulary.gender_marks and dice.random() < vocabulary.gender_rate:
        return f"{title} {dice.pick(vocabulary.gender_marks)}"
    return title


def _city_text(dice: Dice, city: City, language: str) -> str:
    exonym = city.exonyms.get(language)
    if exonym and dice.random() < EXONYM_SHARE.get(language, 0.8):
        return exonym
    return city.name


def _location(
    dice: Dice, vocabulary: Vocabulary, city: City | None, city_text: str, country: str
) -> str:
    """The location as a job board writes it: "Kraków", "Austin, TX", "Munich, Germany"."""
    if city is None:
        return f"{vocabulary.work_mode_labels['remote'][0]} ({city_text})"
    roll = dice.random()
    if city.region_code and roll < 0.7:
        return f"{city_text}, {city.region_code}"
    if roll < 0.4:
        return city_text
    if roll < 0.6:
        return f"{city_text}, {city.region}" if city.region != city.name else city_text
    if roll < 0.8:
        return f"{city_text}, {country}"
    return f"{city_text}, {country_name(country, vocabulary.language)}"


def _with_article(title: str) -> str:
    # "an Accountant", but "a UX Designer": U sounds like "you" in these titles.
    vowel = title[0] in "AEIO" or (title[0] == "U" and not title.startswith(("UX", "Us")))
    return f"{'an' if vowel else 'a'} {title}"


def group_digits(number: int, language: str) -> str:
    separator = {"en": ",", "fr": "\u202f", "pl": " "}.get(language, ".")
    return f"{number:,}".replace(",", separator)
