"""Skill relations from our technology list and ESCO."""

from __future__ import annotations

import pytest

from jobsift.extract.pipeline import Extractor
from jobsift.match.graph import SkillGraph
from jobsift.match.service import default_graph


@pytest.fixture(scope="module")
def graph(extractor: Extractor) -> SkillGraph:
    return default_graph(extractor)


def test_technology_parents_and_related(graph: SkillGraph) -> None:
    narrower = graph.relation("tech:pyspark", "tech:spark")
    broader = graph.relation("tech:spark", "tech:pyspark")
    assert narrower is not None
    assert narrower.kind == "narrower"
    assert broader is not None
    assert broader.kind == "broader"
    assert narrower.credit > broader.credit
    related = graph.relation("tech:django", "tech:python")
    assert related is not None
    assert related.kind == "related"


def test_a_technology_is_its_esco_equivalent(graph: SkillGraph, extractor: Extractor) -> None:
    esco = extractor.skills.esco_equivalent("tech:python")
    assert esco is not None
    found = graph.relation("tech:python", esco)
    assert found is not None
    assert found.kind == "equivalent"
    assert found.credit == 1.0


def test_esco_relations(graph: SkillGraph) -> None:
    from jobsift.match.service import _packaged_graph_data

    taxonomy = _packaged_graph_data()[0]
    skill = next(s for s in taxonomy.iter_skills() if s.related_essential)
    other = taxonomy.related(skill.id)[0]
    assert graph.relation(skill.id, other.id) is not None


def test_unrelated_and_same_skills_have_no_relation(graph: SkillGraph) -> None:
    assert graph.relation("tech:python", "tech:python") is None
    assert graph.relation("tech:kafka", "tech:photoshop") is None
