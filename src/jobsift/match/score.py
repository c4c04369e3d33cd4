"""The transparent match score of a profile and a posting, and its explanation.

The score is a weighted mean of parts, each in [0, 1] and reported:

* **skills**: how much of what the posting asks the profile covers (``COVER_SHARE`` of the part;
  a posting asking less than ``ASKED_FLOOR`` counts as asking that much) and how much of the
  profile the posting uses (the rest).  A posting skill weighs
  ``REQUIRED`` or ``PREFERRED`` times its rarity (``rarity.py``); the profile earns its full
  weight for the same skill, ``CREDIT`` of it for a related one (``graph.py``);
* **occupation**: the posting's occupation is one the profile wants (1), in the same ISCO unit
  group (``SAME_UNIT``) or minor group (``SAME_MINOR``);
* **seniority**: 1 for the same level, less per level apart (``SENIORITY_FIT``);
* **place**: the posting is in a city (1) or country (``SAME_COUNTRY``) the profile names, or
  remote and the profile takes remote work;
* **work mode**: the posting's mode is one the profile takes (1), hybrid against remote or
  onsite (``HYBRID_FIT``);
* **semantic**: cosine similarity of resume and posting, when semantic search is on.

A part the posting or profile leaves open (no seniority stated) scores ``UNKNOWN``: neither a
reason for nor against.  The explanation cites only skills both sides have, or that the graph
relates; that is tested as an invariant.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from jobsift.extract.types import Requirement, Span
from jobsift.match.graph import Relation, SkillRelations
from jobsift.match.profile import SENIORITIES, Place, Profile, ProfileOccupation
from jobsift.match.rarity import SkillRarity

REQUIRED: Final = 2.0
PREFERRED: Final = 1.0
#: Coverage is measured against at least this much weight (three required skills that every
#: posting names): a posting whose extraction found one common skill is not "fully covered"
#: by it.
ASKED_FLOOR: Final = 3 * REQUIRED
COVER_SHARE: Final = 0.75
UNKNOWN: Final = 0.5
SAME_UNIT: Final = 0.6
SAME_MINOR: Final = 0.3
SAME_COUNTRY: Final = 0.7
HYBRID_FIT: Final = 0.5
#: Seniority fit by levels apart (intern ... executive); further apart: 0.
SENIORITY_FIT: Final = (1.0, 0.6, 0.2)


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each part counts; the score divides by the sum of the parts present."""

    skills: float = 0.45
    occupation: float = 0.15
    seniority: float = 0.1
    #: A job in the wrong country is rarely one to apply for, however good the skills fit.
    place: float = 0.25
    work_mode: float = 0.05
    semantic: float = 0.1

    def of(self, part: str) -> float:
        weight: float = getattr(self, part)
        return weight


@dataclass(frozen=True, slots=True)
class PostingSkill:
    id: str
    label: str
    requirement: Requirement
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class PostingView:
    """What scoring reads of a posting: its stored extraction, flattened."""

    id: str
    skills: tuple[PostingSkill, ...] = ()
    occupation: str | None = None
    occupation_label: str | None = None
    isco: str | None = None
    seniority: str | None = None
    work_mode: str | None = None
    places: tuple[Place, ...] = ()

    @classmethod
    def of(cls, posting_id: str, extraction: Mapping[str, Any]) -> PostingView:
        occupation = _value(extraction, "occupation") or {}
        return cls(
            id=posting_id,
            skills=tuple(_posting_skills(extraction)),
            occupation=occupation.get("uri"),
            occupation_label=occupation.get("label"),
            isco=occupation.get("isco"),
            seniority=_value(extraction, "seniority"),
            work_mode=_value(extraction, "work_mode"),
            places=tuple(
                dict.fromkeys(
                    Place(item["value"].get("country"), item["value"].get("city"))
                    for item in extraction.get("locations") or ()
                )
            ),
        )


@dataclass(frozen=True, slots=True)
class SkillMatch:
    """A posting skill the profile has; ``spans`` are the posting's evidence."""

    id: str
    label: str
    requirement: Requirement
    weight: float
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class RelatedMatch:
    """A posting skill the profile covers in part through ``relation``."""

    posting_skill: str
    posting_label: str
    profile_skill: str
    profile_label: str
    requirement: Requirement
    relation: Relation
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class MissingSkill:
    id: str
    label: str
    requirement: Requirement
    weight: float


@dataclass(frozen=True, slots=True)
class FitNote:
    """One part's score and why: ``part`` is seniority, place, work_mode, occupation ..."""

    part: str
    score: float
    note: str


@dataclass(frozen=True, slots=True)
class Explanation:
    matched: tuple[SkillMatch, ...] = ()
    related: tuple[RelatedMatch, ...] = ()
    missing_required: tuple[MissingSkill, ...] = ()
    missing_preferred: tuple[MissingSkill, ...] = ()
    fit: tuple[FitNote, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    """A posting scored for a profile: ``score`` in [0, 1], its ``parts`` and their weights."""

    posting_id: str
    score: float
    parts: dict[str, float]
    weights: dict[str, float]
    explanation: Explanation
    card: dict[str, Any] = field(default_factory=dict)


class Scorer:
    """Scores postings for one profile (or profiles for one posting): pure, no I/O."""

    def __init__(
        self, relations: SkillRelations, rarity: SkillRarity, weights: Weights | None = None
    ) -> None:
        self.relations = relations
        self.rarity = rarity
        self.weights = weights or Weights()
        # What is known of the profile scored last: a match scores hundreds of postings for
        # one profile, and they share most of their skills.
        self._profile: Profile | None = None
        self._best: dict[str, Relation | None] = {}
        self._weights: dict[str, float] = {}

    def score(
        self, profile: Profile, posting: PostingView, *, semantic: float | None = None
    ) -> Match:
        skills, explained = self.skill_part(profile, posting)
        notes = [
            occupation_fit(profile, posting),
            seniority_fit(profile.seniority, posting.seniority),
            place_fit(profile, posting),
            work_mode_fit(profile.work_modes, posting.work_mode),
        ]
        if semantic is not None:
            similar = max(0.0, min(1.0, semantic))
            notes.append(FitNote("semantic", similar, f"meaning similarity {similar:.2f}"))
        parts = {"skills": skills, **{note.part: note.score for note in notes}}
        weights = {name: self.weights.of(name) for name in parts}
        total = sum(weights.values())
        score = sum(parts[name] * weights[name] for name in parts) / total if total else 0.0
        explanation = Explanation(
            explained.matched,
            explained.related,
            explained.missing_required,
            explained.missing_preferred,
            tuple(notes),
        )
        return Match(posting.id, round(score, 6), parts, weights, explanation)

    def skill_part(self, profile: Profile, posting: PostingView) -> tuple[float, Explanation]:
        """The skills part and the skills half of the explanation."""
        held = {skill.id: skill for skill in profile.skills}
        matched: list[SkillMatch] = []
        related: list[RelatedMatch] = []
        missing_req: list[MissingSkill] = []
        missing_pref: list[MissingSkill] = []
        asked = earned = 0.0
        used: set[str] = set()
        for skill in posting.skills:
            weight = self.weight(skill)
            asked += weight
            if skill.id in held:
                earned += weight
                used.add(skill.id)
                matched.append(
                    SkillMatch(skill.id, skill.label, skill.requirement, weight, skill.spans)
                )
                continue
            relation = self._best_relation(profile, skill.id)
            if relation is not None:
                earned += weight * relation.credit
                used.add(relation.profile_skill)
                mine = held[relation.profile_skill]
                related.append(
                    RelatedMatch(skill.id, skill.label, mine.id, mine.label,
                                 skill.requirement, relation, skill.spans)
                )  # fmt: skip
                continue
            missing = MissingSkill(skill.id, skill.label, skill.requirement, weight)
            (missing_req if skill.requirement == "required" else missing_pref).append(missing)
        cover = earned / max(asked, ASKED_FLOOR)
        part = COVER_SHARE * cover + (1 - COVER_SHARE) * self._usage(profile, used)
        explanation = Explanation(
            tuple(matched), tuple(related), tuple(missing_req), tuple(missing_pref)
        )
        return part, explanation

    def weight(self, skill: PostingSkill) -> float:
        factor = REQUIRED if skill.requirement == "required" else PREFERRED
        return factor * self.rarity.weight(skill.id)

    def _best_relation(self, profile: Profile, posting_skill: str) -> Relation | None:
        self._remember(profile)
        if posting_skill not in self._best:
            self._best[posting_skill] = max(
                (
                    found
                    for skill in profile.skills
                    if (found := self.relations.relation(skill.id, posting_skill)) is not None
                ),
                key=lambda relation: relation.credit,
                default=None,
            )
        return self._best[posting_skill]

    def _usage(self, profile: Profile, used: set[str]) -> float:
        """The share of the profile's skills (by rarity) the posting has a use for."""
        self._remember(profile)
        total = sum(self._weights.values())
        found = sum(weight for skill, weight in self._weights.items() if skill in used)
        return found / total if total else 0.0

    def _remember(self, profile: Profile) -> None:
        if profile is not self._profile:
            self._profile, self._best = profile, {}
            self._weights = {skill.id: self.rarity.weight(skill.id) for skill in profile.skills}


# -- fit parts -------------------------------------------------------------------------------


def occupation_fit(profile: Profile, posting: PostingView) -> FitNote:
    if not profile.occupations or not posting.occupation:
        return FitNote("occupation", UNKNOWN, "occupation not known on one side")
    notes = [_occupation_note(wanted, posting) for wanted in profile.occupations]
    return max(notes, key=lambda note: note.score)


def _occupation_note(wanted: ProfileOccupation, posting: PostingView) -> FitNote:
    theirs, isco = posting.occupation_label, posting.isco or ""
    if wanted.uri == posting.occupation:
        return FitNote("occupation", 1.0, f"{wanted.label}: an occupation you want")
    if wanted.isco and isco and wanted.isco == isco:
        return FitNote(
            "occupation", SAME_UNIT, f"{theirs}: same ISCO group {isco} as {wanted.label}"
        )
    if wanted.isco and isco and wanted.isco[:3] == isco[:3]:
        return FitNote("occupation", SAME_MINOR, f"{theirs}: near {wanted.label} (ISCO {isco[:3]})")
    return FitNote("occupation", 0.0, f"{theirs}: not {wanted.label}")


def seniority_fit(wanted: str | None, offered: str | None) -> FitNote:
    if not wanted or not offered:
        side = "the posting" if wanted else "your profile"
        return FitNote("seniority", UNKNOWN, f"{side} states no seniority")
    apart = abs(SENIORITIES.index(wanted) - SENIORITIES.index(offered))
    score = SENIORITY_FIT[apart] if apart < len(SENIORITY_FIT) else 0.0
    if apart == 0:
        return FitNote("seniority", score, f"{offered}, as you are")
    return FitNote("seniority", score, f"{offered}, {apart} level(s) from your {wanted}")


def place_fit(profile: Profile, posting: PostingView) -> FitNote:
    if not profile.places:
        return FitNote("place", 1.0, "you named no place")
    takes_remote = not profile.work_modes or "remote" in profile.work_modes
    if posting.work_mode == "remote" and takes_remote:
        return FitNote("place", 1.0, "remote")
    if not posting.places:
        return FitNote("place", UNKNOWN, "the posting names no place")
    for place in posting.places:
        if any(place.city and place == wanted for wanted in profile.places):
            return FitNote("place", 1.0, f"in {place.label}")
    for place in posting.places:
        if any(place.country == wanted.country for wanted in profile.places):
            return FitNote("place", SAME_COUNTRY, f"in {place.label}: your country")
    named = "; ".join(place.label for place in posting.places[:3])
    return FitNote("place", 0.0, f"in {named}: none of your places")


def work_mode_fit(wanted: Sequence[str], offered: str | None) -> FitNote:
    if not wanted:
        return FitNote("work_mode", 1.0, "you take any work mode")
    if not offered:
        return FitNote("work_mode", UNKNOWN, "the posting states no work mode")
    if offered in wanted:
        return FitNote("work_mode", 1.0, f"{offered}, as you want")
    if offered == "hybrid" or "hybrid" in wanted:
        return FitNote("work_mode", HYBRID_FIT, f"{offered}, part of what you want")
    return FitNote("work_mode", 0.0, f"{offered}, not {' or '.join(wanted)}")


def _value(extraction: Mapping[str, Any], name: str) -> Any:
    found = extraction.get(name)
    return found["value"] if found else None


def _posting_skills(extraction: Mapping[str, Any]) -> list[PostingSkill]:
    return [
        PostingSkill(
            item["value"]["id"],
            item["value"]["label"],
            item["value"].get("requirement", "required"),
            tuple((span[0], span[1]) for span in item.get("spans") or ()),
        )
        for item in extraction.get("skills") or ()
    ]
