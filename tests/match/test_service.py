"""Matching over a real store and index: candidates, ranking, evidence, the reverse direction."""

from __future__ import annotations

from tests.match.conftest import RESUME

from jobsift.engine import Engine
from jobsift.index.base import Filters
from jobsift.match import profile_from_json, profile_from_text
from jobsift.match.rarity import count_skills


def test_postings_come_best_first_with_evidence_from_their_text(match_engine: Engine) -> None:
    profile = profile_from_text(RESUME, match_engine.extractor)
    result = match_engine.match.match(profile, limit=5)
    assert 0 < len(result.matches) <= 5
    scores = [m.score for m in result.matches]
    assert scores == sorted(scores, reverse=True)
    assert not result.semantic
    assert any("semantic" in note for note in result.notes)
    for match in result.matches:
        text = match_engine.store.get(match.posting_id).text
        assert match.card["title"]
        for skill in match.explanation.matched:
            assert skill.id in profile.skill_ids
            shown = result.evidence[match.posting_id][skill.id]
            assert [e.text for e in shown] == [text[a:b] for a, b in skill.spans]


def test_candidates_stay_within_the_budget_and_the_filters(match_engine: Engine) -> None:
    profile = profile_from_text(RESUME, match_engine.extractor)
    found = match_engine.match.candidates(profile, Filters(country=("DE",)), budget=20)
    assert 0 < len(found) <= 20
    for posting_id in found:
        stored = match_engine.store.get_extraction(posting_id)
        assert stored is not None
        assert b'"country": "DE"' in stored.data.replace(b'":"', b'": "')


def test_the_skill_gap_counts_over_the_candidates(match_engine: Engine) -> None:
    profile = profile_from_text(RESUME, match_engine.extractor)
    result = match_engine.match.match(profile, limit=3, candidates=100)
    gap = result.gap
    assert gap.considered == result.candidates <= 100
    assert all(skill.id not in profile.skill_ids for skill in gap.skills)


def test_rarity_counts_every_indexed_posting(match_engine: Engine) -> None:
    rarity = count_skills(match_engine.index)
    assert rarity.total == match_engine.index.count()
    assert rarity.counts
    assert max(rarity.counts.values()) <= rarity.total


def test_profiles_are_ranked_for_a_posting(match_engine: Engine) -> None:
    extractor = match_engine.extractor
    posting = next(p for p, s in match_engine.store.iter_extracted() if b"tech:python" in s.data)
    fits = profile_from_json({"skills": ["Python"], "name": "fits"}, extractor)
    nurse = profile_from_json(
        {"skills": ["wound care"], "titles": ["Nurse"], "name": "nurse"}, extractor
    )
    ranking = match_engine.match.rank_profiles(posting.id[:10], [nurse, fits])
    assert ranking.posting_id == posting.id
    assert [p.name for p in ranking.profiles] == ["fits", "nurse"]
    assert ranking.order == [1, 0]
    assert ranking.matches[0].score > ranking.matches[1].score


def test_real_explanations_cite_only_shared_or_related_skills(match_engine: Engine) -> None:
    profile = profile_from_text(RESUME, match_engine.extractor)
    matcher = match_engine.match
    for match in matcher.match(profile, limit=20).matches:
        explained = match.explanation
        assert {m.id for m in explained.matched} <= profile.skill_ids
        for related in explained.related:
            assert related.profile_skill in profile.skill_ids
            assert matcher.relations.relation(related.profile_skill, related.posting_skill)
        for missing in (*explained.missing_required, *explained.missing_preferred):
            assert missing.id not in profile.skill_ids
