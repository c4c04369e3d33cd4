"""Writing a drawn job down as a posting: sections, bullets and paragraphs in its language.

Every fact in the ground truth (skills, salary, work mode, employment type, years of
experience) is written somewhere in the text: in a facts block ("Salary: ..."), in a sentence,
or in a bullet.  The record's structured fields repeat some of them, as job boards do.

This runs for every posting, a million times in benchmarks.  So everything about a posting
that is not a fact (layout, headings, section order, phrasing, team, soft-skill and benefit
lines) comes from a *plan*: each (language, length) keeps a few dozen, and a posting takes one
in a single choice.  Tasks, skills, company text and statements are drawn per posting, so two
postings that share a plan still read differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product
from typing import Final

from jobsift.corpus.companies import Company
from jobsift.corpus.document import Layout, Outline, Page
from jobsift.corpus.jobs import COMPACT, SHORT, Job, Profile, group_digits
from jobsift.corpus.randomness import Dice, Variants
from jobsift.corpus.vocabulary import Vocabulary

FACTS_SHARE: Final = 0.45
TRAP_SHARE: Final = 0.5
#: Record fields a job board fills besides the text: how often.
RECORD_EMPLOYMENT_SHARE: Final = 0.75
RECORD_SALARY_SHARE: Final = 0.35
RECORD_WORK_MODE_SHARE: Final = 0.1
SHORT_WORDS: Final = 60
#: Plans kept per (language, length).
PLAN_VARIANTS: Final = 48

# Bullet marker x colon after headings x capital headings x blank line between sections.
_LAYOUTS: Final = tuple(
    Layout(marker, colon, upper, blank)
    for marker, colon, upper, blank in product(
        ("- ", "- ", "• ", ""), (False, False, True), (False,) * 11 + (True,), (False, True)
    )
)


@dataclass(slots=True)
class Written:
    text: str
    shape: Outline
    layout: Layout
    #: The opening sentence, so that a repost can reword or replace it.
    intro: str
    #: Whether the employment type is stated in the text (else the record must carry it).
    states_employment: bool


@dataclass(frozen=True, slots=True)
class _CompanyText:
    about: tuple[str, ...]
    legal: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything about a posting that is not a fact: layout, headings, order, phrasing, and
    the team, soft-skill and benefit lines.

    Each (language, length) keeps a few dozen plans; a posting takes one in a single choice.
    Bullet templates are stored with the plan's bullet marker already in front.
    """

    layout: Layout
    #: kind -> heading as written, or None where this plan writes that section without one.
    headings: dict[str, str | None]
    about_first: bool
    requirements_first: bool
    inline_preferred: bool
    details_in_intro: bool
    apply: str | None
    #: Statements written as "Label: value" lines, and the label template for each.
    facts: dict[str, str]
    #: Sentence templates for statements not in the facts block.
    work_modes: dict[str, str]
    employment_line: str
    salary_line: str
    salary_in_benefits: bool
    states_employment: bool
    team: str | None
    soft: tuple[str, ...]
    benefits: tuple[str, ...]
    experience: tuple[str, ...]


# How often a section has a heading, when it is there at all.
_HEADING_SHARE: Final = {"about": 0.7, "responsibilities": 0.92, "legal": 0.3, "apply": 0.4}


def _plan(dice: Dice, vocabulary: Vocabulary, profile: Profile) -> _Plan:
    layout = dice.pick(_LAYOUTS)
    marker = layout.marker
    compact = profile is COMPACT
    headings = {
        kind: layout.heading(dice.pick(options))
        if dice.random() < _HEADING_SHARE.get(kind, 1.0)
        else None
        for kind, options in vocabulary.headings.items()
    }
    use_facts = dice.chance(FACTS_SHARE)
    facts = {
        kind: dice.pick(labels)
        for kind, labels in vocabulary.fact_labels.items()
        if use_facts and dice.chance(0.5 if kind == "location" else 0.8)
    }
    soft = dice.take(vocabulary.soft_skills, dice.between(*profile.soft))
    if dice.chance(0.35):
        soft += (dice.pick(vocabulary.language_lines),)
    benefits = dice.take(vocabulary.benefits, dice.between(*profile.benefits))
    return _Plan(
        layout=layout,
        headings=headings,
        about_first=dice.chance(0.4),
        requirements_first=dice.chance(0.15),
        inline_preferred=compact or dice.chance(0.4),
        details_in_intro=dice.chance(0.5),
        apply=dice.pick(vocabulary.apply) if not compact or dice.chance(0.5) else None,
        facts=facts,
        work_modes={mode: dice.pick(lines) for mode, lines in vocabulary.work_modes.items()},
        employment_line=dice.pick(vocabulary.employment_lines),
        salary_line=dice.pick(vocabulary.salary_lines),
        salary_in_benefits=dice.chance(0.5),
        states_employment=dice.chance(RECORD_EMPLOYMENT_SHARE),
        team=" ".join(dice.take(vocabulary.team, dice.between(*profile.team))) or None,
        soft=tuple(marker + line for line in soft),
        benefits=tuple(marker + line for line in benefits),
        experience=tuple(marker + line for line in vocabulary.experience),
    )


class Writer:
    """Writes postings; keeps the plans and each company's formatted text."""

    def __init__(self) -> None:
        self._company_text: dict[tuple[str, str], _CompanyText] = {}
        self._plans: Variants[tuple[str, str], _Plan] = Variants(PLAN_VARIANTS)

    def write(self, dice: Dice, job: Job) -> Written:
        text = self._text_of(job.company, job.vocabulary)
        if job.profile is SHORT:
            return _write_short(dice, job, dice.pick(_LAYOUTS), text)
        plan = self._plan_for(dice, job.vocabulary, job.profile)
        intro = dice.pick(intro_templates(job)).format_map(job.context)
        page = Page(plan.layout)
        page.add("intro", None, intro, None)
        _write_body(dice, job, plan, text, page)
        return Written(page.text(), tuple(page.shape), plan.layout, intro, plan.states_employment)

    def _plan_for(self, dice: Dice, vocabulary: Vocabulary, profile: Profile) -> _Plan:
        key = (vocabulary.language, profile.name)
        return self._plans.draw(dice, key, _plan, dice, vocabulary, profile)

    def _text_of(self, company: Company, vocabulary: Vocabulary) -> _CompanyText:
        key = (company.name, vocabulary.language)
        text = self._company_text.get(key)
        if text is None:
            fields = {
                "company": company.name,
                "industry": vocabulary.industries[company.industry],
                "year": str(company.founded),
                "size": group_digits(company.employees, vocabulary.language),
                "hq": company.headquarters,
            }
            text = self._company_text[key] = _CompanyText(
                tuple(s.format_map(fields) for s in vocabulary.about),
                tuple(s.format_map(fields) for s in vocabulary.legal),
            )
        return text


def _write_body(dice: Dice, job: Job, plan: _Plan, text: _CompanyText, page: Page) -> None:
    """Every section after the opening sentence, in the plan's order."""
    headings, profile = plan.headings, job.profile
    facts, details, extra_benefits = _statements(dice, job, plan)
    about = " ".join(_take(dice, text.about, dice.between(*profile.about)))
    if facts:
        page.add("facts", None, None, facts)
    if about and plan.about_first:
        page.add("about", headings["about"], about, None)
    _write_main(dice, job, plan, page)
    if plan.benefits or extra_benefits:
        bullets = [*plan.benefits, *(plan.layout.marker + line for line in extra_benefits)]
        page.add("benefits", headings["benefits"], None, bullets)
    if about and not plan.about_first:
        page.add("about", headings["about"], about, None)
    if details and plan.details_in_intro:
        page.lines[0] = f"{page.lines[0]} {' '.join(details)}"
    elif details:
        page.add("details", None, " ".join(details), None)
    legal = _take(dice, text.legal, dice.between(*profile.legal))
    if legal:
        page.add("legal", headings["legal"], None, legal)
    if plan.apply:
        page.add("apply", headings["apply"], plan.apply, None)


def _write_main(dice: Dice, job: Job, plan: _Plan, page: Page) -> None:
    """Responsibilities, requirements and nice-to-haves: where the role and skills are."""
    headings = plan.headings
    tasks = _responsibilities(dice, job, plan.layout.marker)
    requirements = _requirements(dice, job, plan)
    if plan.requirements_first:
        page.add("requirements", headings["requirements"], None, requirements)
    page.add("responsibilities", headings["responsibilities"], plan.team, tasks)
    if not plan.requirements_first:
        page.add("requirements", headings["requirements"], None, requirements)
    if job.preferred and not plan.inline_preferred:
        lines = _mark(plan, job.skills.nice_lines)
        page.add("nice_to_have", headings["nice_to_have"], None, lines)


def _mark(plan: _Plan, lines: tuple[str, ...]) -> list[str]:
    marker = plan.layout.marker
    return [marker + line for line in lines]


def _take(dice: Dice, sentences: tuple[str, ...], count: int) -> list[str]:
    """``count`` of a company's sentences.  Every company has its own formatted copy of the
    language's sentences; drawing positions from one shared pool per length, rather than
    orderings per company, saves shuffling for each of the 2,400 company-language pairs."""
    return [sentences[i] for i in dice.take(_POSITIONS[len(sentences)], count)]


# Positions 0..n-1 for every pool size a vocabulary uses, shared by all companies.
_POSITIONS: Final = tuple(tuple(range(size)) for size in range(40))


def intro_templates(job: Job) -> tuple[str, ...]:
    """Opening sentences that fit the job: remote postings without a city have their own."""
    vocabulary = job.vocabulary
    if job.city is None:
        return vocabulary.remote_intros
    return vocabulary.short_intros if job.profile is SHORT else vocabulary.intros


def _responsibilities(dice: Dice, job: Job, marker: str) -> list[str]:
    """The role's tasks, and in some tech postings a line that says "remote" or "on-premises"
    without stating a work mode."""
    bullets = _tasks(dice, job, marker)
    if job.occupation.tech and job.work_mode is None and dice.random() < TRAP_SHARE:
        trap = marker + dice.pick(job.vocabulary.traps)
        bullets.insert(dice.between(0, len(bullets)), trap)
    return bullets


def _requirements(dice: Dice, job: Job, plan: _Plan) -> list[str]:
    vocabulary = job.vocabulary
    lines: list[str] = []
    if job.experience is not None:
        lines.append(_experience(dice, vocabulary, plan.experience, job.experience))
    marker = plan.layout.marker
    lines.extend([marker + line for line in job.skills.required_lines])
    lines.extend(plan.soft)
    if job.preferred and plan.inline_preferred:
        lines.extend([marker + line for line in job.skills.plus_lines])
    return lines


def _tasks(dice: Dice, job: Job, marker: str) -> list[str]:
    """Mostly the role's own tasks, topped up with general ones."""
    vocabulary, occupation = job.vocabulary, job.occupation
    count = dice.between(*job.profile.tasks)
    own = vocabulary.tasks[occupation.key]
    generic = vocabulary.office_tasks if occupation.remote_ok else vocabulary.trade_tasks
    own_count = min(len(own), max(1, count - dice.between(0, 2)))
    tasks = dice.take(own, own_count) + dice.take(generic, count - own_count)
    return [marker + task for task in tasks]


def _statements(dice: Dice, job: Job, plan: _Plan) -> tuple[list[str], list[str], list[str]]:
    """Work mode, employment type and salary as facts lines, sentences or a benefit bullet."""
    facts: list[str] = []
    details: list[str] = []
    benefits: list[str] = []
    labels, vocabulary = plan.facts, job.vocabulary
    if "location" in labels:
        facts.append(labels["location"].replace("{value}", job.location))
    if job.work_mode:
        if "work_mode" in labels:
            value = dice.pick(vocabulary.work_mode_labels[job.work_mode]).format_map(job.context)
            facts.append(labels["work_mode"].replace("{value}", value))
        else:
            details.append(plan.work_modes[job.work_mode].format_map(job.context))
    if plan.states_employment:
        words = dice.pick(vocabulary.employment[job.employment])
        if "employment" in labels:
            facts.append(labels["employment"].replace("{value}", words))
        else:
            details.append(plan.employment_line.replace("{employment}", words))
    if job.salary:
        if "salary" in labels:
            facts.append(labels["salary"].replace("{value}", job.salary.text))
        elif plan.salary_in_benefits:
            # A bullet drops the sentence's full stop, not the salary's ("brutto/mies.").
            benefits.append(plan.salary_line.rstrip(".").replace("{salary}", job.salary.text))
        else:
            details.append(plan.salary_line.replace("{salary}", job.salary.text))
    return facts, details, benefits


def _experience(dice: Dice, vocabulary: Vocabulary, templates: tuple[str, ...], years: int) -> str:
    line = dice.pick(templates)
    return line.replace("{n}", str(years)).replace("{years}", vocabulary.year_words(years))


def _write_short(dice: Dice, job: Job, layout: Layout, text: _CompanyText) -> Written:
    """A posting of a few sentences and no headings, as in a chat message or a small ad."""
    vocabulary, context = job.vocabulary, job.context
    intro = dice.pick(intro_templates(job)).format_map(context)
    lines = [*job.skills.required_lines, *job.skills.plus_lines]
    if job.experience is not None:
        lines.append(_experience(dice, vocabulary, vocabulary.experience, job.experience))
    if job.work_mode:
        lines.append(dice.pick(vocabulary.work_modes[job.work_mode]).format_map(context))
    words = dice.pick(vocabulary.employment[job.employment])
    lines.append(dice.pick(vocabulary.employment_lines).replace("{employment}", words))
    if job.salary:
        lines.append(dice.pick(vocabulary.salary_lines).replace("{salary}", job.salary.text))
    sentences = [intro, *(_sentence(line) for line in lines), dice.pick(vocabulary.apply)]
    # Company sentences fill a short ad up to about 50 words.
    for about in _take(dice, text.about, 4):
        if sum(sentence.count(" ") + 1 for sentence in sentences) >= SHORT_WORDS:
            break
        sentences.insert(-1, about)
    return Written(" ".join(sentences), (("intro", 1, 1, True),), layout, intro, True)


def _sentence(line: str) -> str:
    line = line[0].upper() + line[1:]
    return line if line.endswith((".", "!", "?")) else f"{line}."
