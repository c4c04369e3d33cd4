"""Explanations cite only skills both sides have, or that the skill graph relates (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.match.gap import skill_gap
from jobsift.match.graph import CREDIT, RelationKind, RelationTable
from jobsift.match.profile import Profile, ProfileSkill
from jobsift.match.rarity import SkillRarity
from jobsift.match.score import PostingSkill, PostingView, Scorer

SKILLS = [f"tech:s{n}" for n in range(8)]
KINDS: list[RelationKind] = list(CREDIT)
ids = st.lists(st.sampled_from(SKILLS), unique=True, max_size=6)
posting_skills = st.lists(
    st.tuples(st.sampled_from(SKILLS), st.sampled_from(["required", "preferred"])),
    unique_by=lambda pair: pair[0],
    max_size=6,
)
relations = st.dictionaries(
    st.tuples(st.sampled_from(SKILLS), st.sampled_from(SKILLS)).filter(lambda p: p[0] != p[1]),
    st.sampled_from(KINDS),
    max_size=10,
)
counts = st.dictionaries(st.sampled_from(SKILLS), st.integers(0, 50))


@settings(max_examples=200, deadline=None)
@given(ids, posting_skills, relations, counts)
def test_explanations_cite_only_shared_or_related_skills(
    mine: list[str],
    theirs: list[tuple[str, str]],
    kinds: dict[tuple[str, str], RelationKind],
    df: dict[str, int],
) -> None:
    table = RelationTable(kinds)
    profile = Profile(skills=tuple(ProfileSkill(i, i) for i in mine))
    view = PostingView(
        "p",
        skills=tuple(PostingSkill(i, i, req) for i, req in theirs),  # type: ignore[arg-type]
    )
    match = Scorer(table, SkillRarity(50, df)).score(profile, view)
    explained = match.explanation
    held, asked = set(mine), {i for i, _ in theirs}
    assert {m.id for m in explained.matched} == held & asked
    for related in explained.related:
        assert related.profile_skill in held
        assert related.posting_skill in asked - held
        assert table.relation(related.profile_skill, related.posting_skill) == related.relation
    missing = [*explained.missing_required, *explained.missing_preferred]
    for skill in missing:
        assert skill.id not in held
        assert all(table.relation(h, skill.id) is None for h in held)
    cited = [m.id for m in explained.matched] + [r.posting_skill for r in explained.related]
    assert sorted(cited + [m.id for m in missing]) == sorted(asked)  # each once
    assert 0.0 <= match.score <= 1.0
    assert all(0.0 <= part <= 1.0 for part in match.parts.values())


@settings(max_examples=100, deadline=None)
@given(ids, st.lists(posting_skills, max_size=5), relations)
def test_the_gap_names_only_skills_the_profile_lacks(
    mine: list[str],
    postings: list[list[tuple[str, str]]],
    kinds: dict[tuple[str, str], RelationKind],
) -> None:
    profile = Profile(skills=tuple(ProfileSkill(i, i) for i in mine))
    views = [
        PostingView(f"p{n}", skills=tuple(PostingSkill(i, i, r) for i, r in wanted))  # type: ignore[arg-type]
        for n, wanted in enumerate(postings)
    ]
    gap = skill_gap(profile, views, RelationTable(kinds))
    assert gap.considered == len(views) >= gap.reachable >= gap.matching
    assert sum(skill.postings for skill in gap.skills) <= gap.reachable - gap.matching
    assert not {skill.id for skill in gap.skills} & set(mine)
