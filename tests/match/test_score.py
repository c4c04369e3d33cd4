"""Each part of the match score on its own, with relations and rarities given outright."""

from __future__ import annotations

import math

import pytest

from jobsift.match.graph import CREDIT, RelationTable
from jobsift.match.profile import Place, Profile, ProfileOccupation, ProfileSkill
from jobsift.match.rarity import SkillRarity
from jobsift.match.score import (
    COVER_SHARE,
    PREFERRED,
    REQUIRED,
    SAME_COUNTRY,
    UNKNOWN,
    PostingSkill,
    PostingView,
    Scorer,
    occupation_fit,
    place_fit,
    seniority_fit,
    work_mode_fit,
)

RARITY = SkillRarity(total=100, counts={"tech:python": 80, "tech:kafka": 5, "tech:sql": 80})
NO_RELATIONS = RelationTable({})


def skills(*ids: str) -> tuple[ProfileSkill, ...]:
    return tuple(ProfileSkill(i, i.removeprefix("tech:")) for i in ids)


def posting(*wanted: tuple[str, str], **fields: object) -> PostingView:
    asked = tuple(PostingSkill(i, i.removeprefix("tech:"), req) for i, req in wanted)  # type: ignore[arg-type]
    return PostingView("p1", skills=asked, **fields)  # type: ignore[arg-type]


def test_rare_skills_weigh_more_than_common_ones() -> None:
    assert RARITY.weight("tech:kafka") > RARITY.weight("tech:python") >= 1.0
    assert RARITY.weight("tech:unseen") == pytest.approx(1 + math.log(101))


def test_required_skills_weigh_more_than_preferred_ones() -> None:
    scorer = Scorer(NO_RELATIONS, RARITY)
    required = scorer.weight(PostingSkill("tech:sql", "SQL", "required"))
    preferred = scorer.weight(PostingSkill("tech:sql", "SQL", "preferred"))
    assert required / preferred == pytest.approx(REQUIRED / PREFERRED)


def test_holding_the_required_skill_beats_holding_the_preferred_one() -> None:
    scorer = Scorer(NO_RELATIONS, RARITY)
    view = posting(("tech:python", "required"), ("tech:sql", "preferred"))
    has_required = scorer.skill_part(Profile(skills=skills("tech:python")), view)[0]
    has_preferred = scorer.skill_part(Profile(skills=skills("tech:sql")), view)[0]
    assert has_required > has_preferred


def test_holding_the_rare_skill_beats_holding_the_common_one() -> None:
    scorer = Scorer(NO_RELATIONS, RARITY)
    view = posting(("tech:python", "required"), ("tech:kafka", "required"))
    rare = scorer.skill_part(Profile(skills=skills("tech:kafka")), view)[0]
    common = scorer.skill_part(Profile(skills=skills("tech:python")), view)[0]
    assert rare > common


def test_a_related_skill_earns_its_credit_and_is_explained() -> None:
    table = RelationTable({("tech:pyspark", "tech:spark"): "narrower"})
    scorer = Scorer(table, RARITY)
    view = posting(("tech:spark", "required"))
    part, explained = scorer.skill_part(Profile(skills=skills("tech:pyspark")), view)
    assert part == pytest.approx(COVER_SHARE * CREDIT["narrower"] + (1 - COVER_SHARE))
    (related,) = explained.related
    assert (related.profile_skill, related.posting_skill) == ("tech:pyspark", "tech:spark")
    assert related.relation.phrase == "is a kind of"
    assert not explained.missing_required


def test_missing_skills_are_split_by_requirement() -> None:
    scorer = Scorer(NO_RELATIONS, RARITY)
    view = posting(("tech:python", "required"), ("tech:kafka", "preferred"))
    _, explained = scorer.skill_part(Profile(skills=skills("tech:sql")), view)
    assert [m.id for m in explained.missing_required] == ["tech:python"]
    assert [m.id for m in explained.missing_preferred] == ["tech:kafka"]


def test_a_posting_without_skills_covers_nothing() -> None:
    part, _ = Scorer(NO_RELATIONS, RARITY).skill_part(Profile(skills=skills("tech:sql")), posting())
    assert part == 0.0


def test_seniority_fit_falls_with_distance() -> None:
    same, one, two, far = (
        seniority_fit("senior", level).score for level in ("senior", "lead", "principal", "intern")
    )
    assert same == 1.0 > one > two > far == 0.0
    assert seniority_fit(None, "senior").score == UNKNOWN


def test_place_fit_city_country_remote_and_elsewhere() -> None:
    profile = Profile(skills=skills("tech:sql"), places=(Place("DE", "Berlin"),))
    in_city = posting(places=(Place("DE", "Berlin"),))
    in_country = posting(places=(Place("DE", "Köln"),))
    abroad = posting(places=(Place("PT", "Lisboa"),))
    remote = posting(places=(Place("PT", "Lisboa"),), work_mode="remote")
    assert place_fit(profile, in_city).score == 1.0
    assert place_fit(profile, in_country).score == SAME_COUNTRY
    assert place_fit(profile, abroad).score == 0.0
    assert place_fit(profile, remote).score == 1.0
    onsite_only = Profile(places=(Place("DE"),), work_modes=("onsite",))
    assert place_fit(onsite_only, remote).score == 0.0
    assert place_fit(Profile(), abroad).score == 1.0  # no place asked


def test_work_mode_fit() -> None:
    assert work_mode_fit(("remote",), "remote").score == 1.0
    assert 0 < work_mode_fit(("remote",), "hybrid").score < 1
    assert work_mode_fit(("remote",), "onsite").score == 0.0
    assert work_mode_fit((), "onsite").score == 1.0
    assert work_mode_fit(("onsite",), None).score == UNKNOWN


def test_occupation_fit_exact_then_isco_group() -> None:
    wanted = ProfileOccupation("esco:a", "data engineer", "2511")
    profile = Profile(occupations=(wanted,))
    assert occupation_fit(profile, PostingView("p", occupation="esco:a", isco="2511")).score == 1
    same_unit = occupation_fit(profile, PostingView("p", occupation="esco:b", isco="2511")).score
    same_minor = occupation_fit(profile, PostingView("p", occupation="esco:c", isco="2512")).score
    other = occupation_fit(profile, PostingView("p", occupation="esco:d", isco="5321")).score
    assert 1 > same_unit > same_minor > other == 0


def test_the_score_is_the_weighted_mean_of_its_parts() -> None:
    scorer = Scorer(NO_RELATIONS, RARITY)
    profile = Profile(skills=skills("tech:python"), seniority="senior")
    match = scorer.score(profile, posting(("tech:python", "required"), seniority="senior"))
    expected = sum(match.parts[p] * match.weights[p] for p in match.parts) / sum(
        match.weights.values()
    )
    assert match.score == pytest.approx(expected, abs=1e-6)
    assert "semantic" not in match.parts
    with_meaning = scorer.score(profile, posting(("tech:python", "required")), semantic=0.8)
    assert with_meaning.parts["semantic"] == pytest.approx(0.8)
