"""The skill-gap report: "learning X would make N more postings match".

A posting *matches* a profile when it fits the profile's places and work mode (both parts above
0) and the profile covers every skill the posting requires: holds it, or holds a skill that is
the same concept or a kind of it (graph relations ``equivalent`` and ``narrower``; a merely
related skill is no cover).  Learning X makes a posting match when X is the only required skill
the posting misses.  Counted over the postings considered (the match's candidates).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from jobsift.match.graph import SkillRelations
from jobsift.match.profile import Profile
from jobsift.match.score import PostingView, place_fit, work_mode_fit

#: Relations that cover a required skill for the gap report.
COVERING: Final = frozenset({"equivalent", "narrower"})


@dataclass(frozen=True, slots=True)
class GapSkill:
    """Learning ``id`` would make ``postings`` more postings match."""

    id: str
    label: str
    postings: int


@dataclass(frozen=True, slots=True)
class GapReport:
    considered: int
    #: Postings that fit place and work mode (the others never match).
    reachable: int
    matching: int
    skills: tuple[GapSkill, ...]

    @property
    def definition(self) -> str:
        return (
            "a posting matches when it fits your places and work mode and you have every "
            "skill it requires (or the same skill under another name, or a kind of it)"
        )


def skill_gap(
    profile: Profile,
    postings: Iterable[PostingView],
    relations: SkillRelations,
    *,
    limit: int = 10,
) -> GapReport:
    considered = reachable = matching = 0
    gains: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for posting in postings:
        considered += 1
        if not _reachable(profile, posting):
            continue
        reachable += 1
        missing = _missing_required(profile, posting, relations)
        if not missing:
            matching += 1
        elif len(missing) == 1:
            ((skill_id, label),) = missing.items()
            gains[skill_id] += 1
            labels[skill_id] = label
    ranked = sorted(gains.items(), key=lambda item: (-item[1], labels[item[0]]))
    skills = tuple(GapSkill(sid, labels[sid], count) for sid, count in ranked[:limit])
    return GapReport(considered, reachable, matching, skills)


def _reachable(profile: Profile, posting: PostingView) -> bool:
    place = place_fit(profile, posting).score
    return place > 0 and work_mode_fit(profile.work_modes, posting.work_mode).score > 0


def _missing_required(
    profile: Profile, posting: PostingView, relations: SkillRelations
) -> dict[str, str]:
    held = profile.skill_ids
    missing = {}
    for skill in posting.skills:
        if skill.requirement != "required" or skill.id in held:
            continue
        if not any(_covers(relations, mine, skill.id) for mine in held):
            missing[skill.id] = skill.label
    return missing


def _covers(relations: SkillRelations, mine: str, theirs: str) -> bool:
    found = relations.relation(mine, theirs)
    return found is not None and found.kind in COVERING
