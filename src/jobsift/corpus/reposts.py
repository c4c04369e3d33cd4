"""Reposts: the same job posted again with the small edits that defeat exact de-duplication.

Edits never touch a line that carries ground truth (skills, salary, work mode, employment
type, experience), so a repost's truth is its original's with a new id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from jobsift.corpus.document import Layout, Outline, Section, restore
from jobsift.corpus.jobs import Job
from jobsift.corpus.randomness import Dice, Weighted
from jobsift.corpus.writing import intro_templates

EDITS: Final = Weighted(
    {
        "reordered sections": 25,
        "reordered bullets": 15,
        "changed boilerplate": 20,
        "small wording edit": 25,
        "agency repost": 15,
    }
)
#: Sections that can change places without the posting reading oddly.
_MOVABLE: Final = frozenset(
    {"about", "responsibilities", "requirements", "nice_to_have", "benefits", "legal"}
)
_FALLBACK: Final = "small wording edit"


@dataclass(slots=True)
class Original:
    """A recent original kept for reposting: its facts, the outline of its text, its date."""

    record: dict[str, Any]
    truth: dict[str, Any]
    job: Job
    layout: Layout
    #: The opening sentence, so that a repost can reword or replace it.
    intro: str
    shape: Outline
    day: int

    def sections(self) -> list[Section]:
        return restore(self.record["description"], self.shape, self.layout)


@dataclass(slots=True)
class Edited:
    sections: list[Section]
    edit: str
    #: The agency's name when an agency reposted it.
    agency: str | None = None


def edit(dice: Dice, original: Original, agencies: tuple[str, ...]) -> Edited:
    """The original's sections, restored from its text, with one kind of edit applied."""
    sections = original.sections()
    kind = EDITS.draw(dice)
    if kind == "agency repost":
        _agency_intro(dice, sections, original)
        return Edited(sections, kind, dice.pick(agencies))
    if not _EDITORS[kind](dice, sections, original):
        _reword(dice, sections, original)
        kind = _FALLBACK
    return Edited(sections, kind)


def _reorder_sections(dice: Dice, sections: list[Section], _: Original) -> bool:
    positions = [i for i, section in enumerate(sections) if section.kind in _MOVABLE]
    if len(positions) < 2:
        return False
    moved = [sections[i] for i in positions]
    order = list(moved)
    dice.shuffle(order)
    if order == moved:
        order.reverse()
    for position, section in zip(positions, order, strict=True):
        sections[position] = section
    return True


def _reorder_bullets(dice: Dice, sections: list[Section], _: Original) -> bool:
    candidates = [s for s in sections if len(s.lines) - s.head >= 3 and s.kind != "legal"]
    if not candidates:
        return False
    for section in dice.sample(candidates, 2):
        bullets = section.bullets
        before = list(bullets)
        dice.shuffle(bullets)
        if bullets == before:
            bullets.append(bullets.pop(0))
        section.lines[section.head :] = bullets
    return True


def _change_boilerplate(dice: Dice, sections: list[Section], original: Original) -> bool:
    """Another legal paragraph, or the apply line worded differently."""
    job = original.job
    legal = _find(sections, "legal")
    if legal is not None:
        current = set(legal.bullets)
        fresh = [p.format_map(job.context) for p in job.vocabulary.legal]
        legal.lines[legal.head :] = [p for p in fresh if p not in current][:1] or fresh[:1]
        return True
    apply = _find(sections, "apply")
    if apply is None:
        return False
    apply.lines[-1] = dice.pick([line for line in job.vocabulary.apply if line != apply.lines[-1]])
    return True


def _reword(dice: Dice, sections: list[Section], original: Original) -> bool:
    """A task bullet swapped for another, or the opening sentence worded differently."""
    job, marker = original.job, original.layout.marker
    tasks = _find(sections, "responsibilities")
    if tasks is not None and len(tasks.lines) > tasks.head and dice.random() < 0.5:
        vocabulary = job.vocabulary
        pool = vocabulary.tasks[job.occupation.key] + (
            vocabulary.office_tasks if job.occupation.remote_ok else vocabulary.trade_tasks
        )
        unused = [marker + task for task in pool if marker + task not in tasks.lines]
        if unused:
            tasks.lines[dice.between(tasks.head, len(tasks.lines) - 1)] = dice.pick(unused)
            return True
    _replace_intro(dice, sections, original, intro_templates(job))
    return True


def _agency_intro(dice: Dice, sections: list[Section], original: Original) -> None:
    """ "Our client, <company>, is looking for ...": the employer is named in the text only."""
    _replace_intro(dice, sections, original, original.job.vocabulary.agency_intros)
    # Agencies usually drop the employer's own about-us and legal text.
    sections[:] = [s for s in sections if s.kind not in ("about", "legal") or dice.chance(0.3)]


def _replace_intro(
    dice: Dice, sections: list[Section], original: Original, templates: tuple[str, ...]
) -> None:
    old, context = original.intro, original.job.context
    start = int(dice.random() * len(templates))
    # The first template, from a random one on, that reads differently from the original.
    for step in range(len(templates)):
        new = templates[(start + step) % len(templates)].format_map(context)
        if new != old:
            break
    intro = sections[0].lines
    intro[0] = intro[0].replace(old, new, 1)


def _find(sections: list[Section], kind: str) -> Section | None:
    return next((section for section in sections if section.kind == kind), None)


_EDITORS: Final = {
    "reordered sections": _reorder_sections,
    "reordered bullets": _reorder_bullets,
    "changed boilerplate": _change_boilerplate,
    "small wording edit": _reword,
}
