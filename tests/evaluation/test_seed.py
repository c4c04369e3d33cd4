from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jobsift.errors import UsageError
from jobsift.evaluation import EvalDataError, run_evaluation
from jobsift.evaluation.seed import score
from jobsift.extract.extraction import Extraction
from jobsift.extract.types import Location, Section, SkillMention, Value


class _Skills:
    def names(self, mention: Value[SkillMention]) -> list[str]:
        return [mention.value.label, mention.value.label.upper()]


class _Extractor:
    skills = _Skills()


GOLD: dict[str, Any] = {
    "n": 1,
    "lines": [1, 1],
    "title": "Backend Engineer",
    "seniority": [None, "senior"],
    "company": "Acme Robotics",
    "locations": [{"city": "Łódź", "region": None, "country": "PL"}],
    "work_mode": None,
    "industry": "banking / finance",
    "skills": ["Java", "code review"],
    "sections": ["Responsibilities"],
}


def _skill(label: str) -> Value[SkillMention]:
    return Value(SkillMention(f"tech:{label}", label, "technology", "required"))


def _checks(found: Extraction) -> dict[str, bool | None]:
    return {check.field: check.right for check in score(GOLD, found, _Extractor())}  # type: ignore[arg-type]


def test_every_field_right() -> None:
    found = Extraction(
        title=Value("backend engineer"),
        company=Value("Acme Robotics"),
        locations=(Value(Location("Lodz", "łódzkie", "PL")),),
        industry=Value("banking"),
        skills=(_skill("Java"), _skill("Code review"), _skill("Kafka")),
        sections=(Section("responsibilities", (0, 10)),),
    )
    assert all(_checks(found).values())


def test_each_wrong_field_is_caught() -> None:
    found = Extraction(
        title=Value("Backend Engineer II"),
        seniority=Value("junior"),
        company=Value("Acme"),
        locations=(Value(Location("Łódź", None, "PL")), Value(Location(None, None, "DE"))),
        work_mode=Value("remote"),
        industry=Value("healthcare"),
        skills=(_skill("Java"),),
    )
    checks = _checks(found)
    assert not any(checks.values()), checks


def test_a_null_title_wants_an_inferred_one() -> None:
    gold = {**GOLD, "title": None}
    stated = score(gold, Extraction(title=Value("Developer")), _Extractor())  # type: ignore[arg-type]
    inferred = score(
        gold,
        Extraction(title=Value("Developer", basis="inferred:text")),
        _Extractor(),  # type: ignore[arg-type]
    )
    assert [c.right for c in stated if c.field == "title"] == [False]
    assert [c.right for c in inferred if c.field == "title"] == [True]


def test_a_null_industry_is_not_counted() -> None:
    checks = score({**GOLD, "industry": None}, Extraction(), _Extractor())  # type: ignore[arg-type]
    assert [c.right for c in checks if c.field == "industry"] == [None]


def test_missing_gold_files_say_where_they_looked(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match=r"no seed_postings\.txt"):
        run_evaluation("seed", tmp_path)


def test_unknown_evaluation_names_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="choose one of: seed, skillspan"):
        run_evaluation("nope", tmp_path)


def test_every_gold_field_of_the_samples_is_right(shared_dir: Path) -> None:
    # The target: every gold field right for all eleven sample postings.
    result = run_evaluation("seed", shared_dir / "samples")
    assert result.count == 11
    assert [m.value for m in result.metrics if m.name == "postings all right"] == [1.0], (
        result.notes
    )
