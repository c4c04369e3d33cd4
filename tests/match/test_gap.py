"""The skill gap: learning X makes N more postings match."""

from __future__ import annotations

from jobsift.match.gap import skill_gap
from jobsift.match.graph import RelationTable
from jobsift.match.profile import Place, Profile, ProfileSkill
from jobsift.match.score import PostingSkill, PostingView


def view(name: str, *required: str, place: Place | None = None) -> PostingView:
    return PostingView(
        name,
        skills=tuple(PostingSkill(i, i.upper(), "required") for i in required),
        places=(place,) if place else (),
    )


def test_one_missing_skill_counts_toward_learning_it() -> None:
    profile = Profile(skills=(ProfileSkill("sql", "SQL"),))
    views = [
        view("a", "sql"),
        view("b", "sql", "dbt"),
        view("c", "sql", "dbt"),
        view("d", "dbt", "r"),
    ]
    gap = skill_gap(profile, views, RelationTable({}))
    assert (gap.considered, gap.reachable, gap.matching) == (4, 4, 1)
    assert [(s.id, s.postings) for s in gap.skills] == [("dbt", 2)]


def test_a_kind_of_the_skill_covers_it_a_related_one_does_not() -> None:
    profile = Profile(skills=(ProfileSkill("pyspark", "PySpark"), ProfileSkill("go", "Go")))
    table = RelationTable({("pyspark", "spark"): "narrower", ("go", "rust"): "related"})
    gap = skill_gap(profile, [view("a", "spark"), view("b", "rust")], table)
    assert gap.matching == 1
    assert [s.id for s in gap.skills] == ["rust"]


def test_postings_in_other_places_never_match() -> None:
    profile = Profile(skills=(ProfileSkill("sql", "SQL"),), places=(Place("DE"),))
    gap = skill_gap(profile, [view("a", "sql", place=Place("PT", "Porto"))], RelationTable({}))
    assert (gap.reachable, gap.matching) == (0, 0)
