"""Matching: postings for a candidate (``POST /v1/match``), candidates for a posting
(``POST /v1/match/profiles``).  The shapes live here, beside their only routes; the CLI's
``match --json`` prints the same ones."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field, model_validator

from jobsift.api.deps import EngineDep
from jobsift.api.responses import problems
from jobsift.engine import Engine
from jobsift.index.base import Filters
from jobsift.match import (
    GapReport,
    Match,
    MatchResult,
    Profile,
    ProfileRanking,
    UnreadableResumeError,
    profile_from_json,
    profile_from_text,
)
from jobsift.match.resume import pdf_text
from jobsift.match.service import CANDIDATES, MAX_CANDIDATES, Evidence, evidence_of

router = APIRouter(prefix="/v1/match", tags=["match"])

_PROFILE_DOC = (
    "A JSON profile: `skills` (names or ids), `titles`, `places` (names, country codes or "
    "{country, city}), `work_mode(s)`, `seniority`, `name`."
)


# -- bodies ----------------------------------------------------------------------------------


class CandidateCreate(BaseModel):
    """One candidate: exactly one of ``profile``, ``resume`` and ``resume_pdf``."""

    name: str | None = Field(None, max_length=200, description="A name to report it by.")
    profile: dict[str, Any] | None = Field(None, description=_PROFILE_DOC)
    resume: str | None = Field(None, max_length=200_000, description="The resume's text.")
    resume_pdf: str | None = Field(None, description="A PDF resume, base64-encoded.")

    @model_validator(mode="after")
    def _one_source(self) -> CandidateCreate:
        given = [self.profile is not None, self.resume is not None, self.resume_pdf is not None]
        if sum(given) != 1:
            raise ValueError("give exactly one of profile, resume and resume_pdf")
        return self

    def read(self, engine: Engine) -> Profile:
        extractor = engine.extractor
        if self.profile is not None:
            found = profile_from_json(self.profile, extractor)
            return found if found.name or not self.name else _named(found, self.name)
        text = self.resume if self.resume is not None else pdf_text(_pdf_bytes(self.resume_pdf))
        return profile_from_text(text, extractor, name=self.name)


class MatchFiltersCreate(BaseModel):
    """What every posting must have, as in search; several values of a field mean any."""

    country: list[str] = Field(default_factory=list, description="ISO 3166 country codes.")
    city: list[str] = Field(default_factory=list)
    work_mode: list[str] = Field(default_factory=list, description="remote, hybrid, onsite.")
    seniority: list[str] = Field(default_factory=list)
    occupation: list[str] = Field(default_factory=list, description="ESCO occupation URIs.")
    language: list[str] = Field(default_factory=list, description="ISO 639-1 codes.")
    employment_type: list[str] = Field(default_factory=list)
    company: list[str] = Field(default_factory=list)

    def filters(self) -> Filters:
        return Filters(
            country=tuple(code.upper() for code in self.country),
            city=tuple(self.city),
            work_mode=tuple(self.work_mode),
            seniority=tuple(self.seniority),
            occupation=tuple(self.occupation),
            language=tuple(self.language),
            employment_type=tuple(kind.upper() for kind in self.employment_type),
            company=tuple(self.company),
        )


class MatchCreate(CandidateCreate):
    filters: MatchFiltersCreate = Field(default_factory=MatchFiltersCreate)
    limit: int = Field(10, ge=1, le=100, description="Postings to return.")
    candidates: int = Field(
        CANDIDATES, ge=10, le=MAX_CANDIDATES, description="Postings retrieved and scored."
    )
    semantic: bool = Field(True, description="Add meaning similarity when semantic is on.")


class ProfilesMatchCreate(BaseModel):
    posting_id: str = Field(min_length=1, description="The posting (or a start of its id).")
    profiles: list[CandidateCreate] = Field(min_length=1, max_length=100)


# -- responses -------------------------------------------------------------------------------


class EvidenceRead(BaseModel):
    start: int
    end: int
    text: str = Field(description="The posting's words: text[start:end].")


class SkillRead(BaseModel):
    id: str
    label: str


class MatchedSkillRead(SkillRead):
    requirement: str
    weight: float = Field(description="Requirement (2 required, 1 preferred) x rarity.")
    evidence: list[EvidenceRead]


class RelatedSkillRead(BaseModel):
    posting_skill: SkillRead
    profile_skill: SkillRead
    requirement: str
    relation: str = Field(description="equivalent, narrower, broader, sibling, related ...")
    phrase: str = Field(description="'<profile skill> <phrase> <posting skill>'.")
    credit: float = Field(description="Share of the posting skill's weight earned.")
    evidence: list[EvidenceRead]


class MissingSkillRead(SkillRead):
    weight: float


class FitRead(BaseModel):
    part: str
    score: float
    note: str


class MatchRead(BaseModel):
    posting_id: str
    score: float = Field(description="Weighted mean of the parts, 0 to 1.")
    parts: dict[str, float]
    weights: dict[str, float]
    card: dict[str, Any] = Field(default_factory=dict)
    matched: list[MatchedSkillRead]
    related: list[RelatedSkillRead]
    missing_required: list[MissingSkillRead]
    missing_preferred: list[MissingSkillRead]
    fit: list[FitRead]

    @classmethod
    def of(cls, match: Match, evidence: dict[str, list[Evidence]]) -> MatchRead:
        explained = match.explanation

        def shown(skill_id: str) -> list[EvidenceRead]:
            return [
                EvidenceRead(start=e.start, end=e.end, text=e.text)
                for e in evidence.get(skill_id, ())
            ]

        return cls(
            posting_id=match.posting_id,
            score=match.score,
            parts={name: round(value, 4) for name, value in match.parts.items()},
            weights=match.weights,
            card=match.card,
            matched=[
                MatchedSkillRead(
                    id=m.id, label=m.label, requirement=m.requirement,
                    weight=round(m.weight, 4), evidence=shown(m.id),
                )
                for m in explained.matched
            ],
            related=[
                RelatedSkillRead(
                    posting_skill=SkillRead(id=r.posting_skill, label=r.posting_label),
                    profile_skill=SkillRead(id=r.profile_skill, label=r.profile_label),
                    requirement=r.requirement, relation=r.relation.kind,
                    phrase=r.relation.phrase, credit=r.relation.credit,
                    evidence=shown(r.posting_skill),
                )
                for r in explained.related
            ],
            missing_required=[_missing(m) for m in explained.missing_required],
            missing_preferred=[_missing(m) for m in explained.missing_preferred],
            fit=[FitRead(part=f.part, score=round(f.score, 4), note=f.note) for f in explained.fit],
        )  # fmt: skip


class PlaceRead(BaseModel):
    country: str | None
    city: str | None


class ProfileRead(BaseModel):
    name: str | None
    skills: list[SkillRead]
    titles: list[str]
    occupations: list[SkillRead] = Field(description="ESCO occupations: id is the URI.")
    places: list[PlaceRead]
    work_modes: list[str]
    seniority: str | None
    notes: list[str]

    @classmethod
    def of(cls, profile: Profile) -> ProfileRead:
        return cls(
            name=profile.name,
            skills=[SkillRead(id=s.id, label=s.label) for s in profile.skills],
            titles=list(profile.titles),
            occupations=[SkillRead(id=o.uri, label=o.label) for o in profile.occupations],
            places=[PlaceRead(country=p.country, city=p.city) for p in profile.places],
            work_modes=list(profile.work_modes),
            seniority=profile.seniority,
            notes=list(profile.notes),
        )


class GapSkillRead(SkillRead):
    postings: int = Field(description="More postings that would match.")


class GapRead(BaseModel):
    definition: str
    considered: int = Field(description="Postings counted over (the match's candidates).")
    reachable: int = Field(description="Of those, in your places and work mode.")
    matching: int = Field(description="Of those, already matching.")
    skills: list[GapSkillRead]

    @classmethod
    def of(cls, gap: GapReport) -> GapRead:
        return cls(
            definition=gap.definition,
            considered=gap.considered,
            reachable=gap.reachable,
            matching=gap.matching,
            skills=[GapSkillRead(id=s.id, label=s.label, postings=s.postings) for s in gap.skills],
        )


class MatchPage(BaseModel):
    profile: ProfileRead
    results: list[MatchRead]
    gap: GapRead
    candidates: int = Field(description="Postings retrieved and scored.")
    semantic: bool = Field(description="Whether meaning similarity took part.")
    notes: list[str]

    @classmethod
    def of(cls, result: MatchResult) -> MatchPage:
        return cls(
            profile=ProfileRead.of(result.profile),
            results=[
                MatchRead.of(m, result.evidence.get(m.posting_id, {})) for m in result.matches
            ],
            gap=GapRead.of(result.gap),
            candidates=result.candidates,
            semantic=result.semantic,
            notes=list(result.notes),
        )


class ProfileMatchRead(BaseModel):
    index: int = Field(description="The profile's position in the request.")
    profile: ProfileRead
    match: MatchRead


class ProfilesMatchPage(BaseModel):
    posting_id: str
    results: list[ProfileMatchRead]

    @classmethod
    def of(cls, ranking: ProfileRanking, text: str) -> ProfilesMatchPage:
        results = [
            ProfileMatchRead(
                index=n,
                profile=ProfileRead.of(profile),
                match=MatchRead.of(m, evidence_of(text, m)),
            )
            for n, profile, m in zip(ranking.order, ranking.profiles, ranking.matches, strict=True)
        ]
        return cls(posting_id=ranking.posting_id, results=results)


# -- routes ----------------------------------------------------------------------------------


@router.post(
    "",
    summary="Match postings to a candidate",
    description="Ranks postings for a profile (JSON), a resume text or a PDF resume, each with "
    "its score parts, matched skills with the posting's evidence, related and missing skills "
    "and fit notes, plus a skill-gap report.  An empty resume is problem E800, an unreadable "
    "PDF E801, a malformed profile E802.",
    responses=problems(400, 413, 422, 503),
)
def match(body: MatchCreate, engine: EngineDep) -> MatchPage:
    profile = body.read(engine)
    result = engine.match.match(
        profile,
        filters=body.filters.filters(),
        limit=body.limit,
        candidates=body.candidates,
        semantic=body.semantic,
    )
    return MatchPage.of(result)


@router.post(
    "/profiles",
    summary="Rank candidates for a posting",
    description="Ranks the given profiles or resumes for one posting, best fit first, each "
    "with the same explanation as `POST /v1/match`.",
    responses=problems(400, 404, 413, 422, 503),
)
def match_profiles(body: ProfilesMatchCreate, engine: EngineDep) -> ProfilesMatchPage:
    posting = engine.store.get(body.posting_id)
    profiles = [candidate.read(engine) for candidate in body.profiles]
    ranking = engine.match.rank_profiles(posting.id, profiles)
    return ProfilesMatchPage.of(ranking, posting.text)


def _missing(skill: Any) -> MissingSkillRead:
    return MissingSkillRead(id=skill.id, label=skill.label, weight=round(skill.weight, 4))


def _named(profile: Profile, name: str) -> Profile:
    from dataclasses import replace

    return replace(profile, name=name)


def _pdf_bytes(encoded: str | None) -> bytes:
    try:
        return base64.b64decode(encoded or "", validate=True)
    except (binascii.Error, ValueError) as error:
        raise UnreadableResumeError(
            "resume_pdf is not base64", hint="send the PDF's bytes base64-encoded"
        ) from error
