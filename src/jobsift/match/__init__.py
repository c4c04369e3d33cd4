"""Matching candidates and postings, with explanations and a skill-gap report.

``engine.match.match(profile)`` ranks postings for a profile, ``rank_profiles`` profiles for a
posting; ``profile_from_text`` / ``profile_from_json`` / ``read_profile`` make profiles.
"""

from __future__ import annotations

from jobsift.errors import (
    EmptyResumeError,
    ProfileError,
    ResumeFormatError,
    UnreadableResumeError,
)
from jobsift.match.gap import GapReport, GapSkill, skill_gap
from jobsift.match.graph import Relation, SkillGraph
from jobsift.match.profile import Place, Profile, ProfileSkill, profile_from_json, profile_from_text
from jobsift.match.rarity import SkillRarity
from jobsift.match.resume import profile_from_bytes, read_profile
from jobsift.match.score import Explanation, Match, PostingView, Scorer, Weights
from jobsift.match.service import Matcher, MatchResult, ProfileRanking

__all__ = [
    "EmptyResumeError",
    "Explanation",
    "GapReport",
    "GapSkill",
    "Match",
    "MatchResult",
    "Matcher",
    "Place",
    "PostingView",
    "Profile",
    "ProfileError",
    "ProfileRanking",
    "ProfileSkill",
    "Relation",
    "ResumeFormatError",
    "Scorer",
    "SkillGraph",
    "SkillRarity",
    "UnreadableResumeError",
    "Weights",
    "profile_from_bytes",
    "profile_from_json",
    "profile_from_text",
    "read_profile",
    "skill_gap",
]
