"""The matching evaluation: grades, nDCG, and our margin over BM25 on a small judged set."""

from __future__ import annotations

import pytest

from jobsift.evaluation.matching import Intent, Truth, grade, hand_profiles, ndcg, score_matching

INTENT = Intent(frozenset({"data_analyst"}), frozenset({"SQL", "Excel", "Python"}), "DE", "mid")


def truth(occupation: str = "data_analyst", required: tuple[str, ...] = ("SQL", "Excel"),
          country: str = "DE", seniority: str | None = "mid",
          work_mode: str | None = None) -> Truth:  # fmt: skip
    return Truth(occupation, frozenset(required), country, seniority, work_mode)


def test_grades_follow_the_documented_rules() -> None:
    assert grade(INTENT, truth()) == 3
    assert grade(INTENT, truth(required=("Tableau", "R", "SQL", "dbt"))) == 2  # occupation only
    assert grade(INTENT, truth("data_engineer", ("SQL", "Python"))) == 2  # half the skills
    assert grade(INTENT, truth("data_engineer", ("SQL", "Kafka", "Spark"))) == 1
    assert grade(INTENT, truth("nurse", ("patient care",))) == 0
    assert grade(INTENT, truth(country="PT")) == 1  # wrong country caps at 1
    assert grade(INTENT, truth(country="PT", work_mode="remote")) == 3  # unless remote
    assert grade(INTENT, truth(seniority="principal")) == 2  # three levels apart: one down


def test_ndcg() -> None:
    assert ndcg([3, 2, 0], [0, 2, 3]) == pytest.approx(1.0)
    assert ndcg([0, 2, 3], [0, 2, 3]) < 1.0
    assert ndcg([], [0, 0]) == 0.0


def test_the_hand_written_profiles_load() -> None:
    profiles = hand_profiles()
    assert len(profiles) >= 8
    assert all(p.resume and p.intent.occupations and p.intent.skills for p in profiles)


def test_matching_beats_bm25_over_the_resume_by_a_clear_margin() -> None:
    scores = score_matching(postings=400, profiles=6, seed=3)
    assert scores.mean("ours") >= scores.mean("bm25") + 0.15, scores
