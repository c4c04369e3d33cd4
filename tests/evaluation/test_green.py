from __future__ import annotations

from pathlib import Path

import pytest

from jobsift.evaluation.base import EvalDataError, EvalResult
from jobsift.evaluation.green import read_gold, run
from jobsift.testing.fakes import PhraseFinder

MINI = Path(__file__).parent / "fixtures" / "green-mini"


FINDER = PhraseFinder(
    {
        # exact; the tagger's type does not matter
        "Proven ability to influence cross teams .": [("influence cross teams", "knowledge")],
        # a Qualification is not scored (so a wrong guess), "Excel skills" overlaps "Excel"
        "ACCA qualified with Excel skills": [
            ("ACCA qualified", "skill"),
            ("Excel skills", "skill"),
        ],
    }
)


def value(result: EvalResult, name: str) -> float:
    (found,) = [m.value for m in result.metrics if m.name == name]
    return found


def test_reads_every_type() -> None:
    gold = read_gold(MINI)
    assert len(gold) == 2
    assert gold[0].spans == {(3, 6, "Skill")}
    assert gold[1].spans == {(0, 2, "Qualification"), (3, 4, "Skill")}


def test_scores_skill_spans_strict_and_loose() -> None:
    # 3 predicted, 2 gold Skill spans; strict: 1; loose: 2 predictions hit, both gold touched
    result = run(MINI, FINDER)
    assert value(result, "strict precision") == pytest.approx(1 / 3)
    assert value(result, "strict recall") == pytest.approx(1 / 2)
    assert value(result, "strict F1") == pytest.approx(0.4)
    assert value(result, "loose precision") == pytest.approx(2 / 3)
    assert value(result, "loose recall") == pytest.approx(1.0)
    assert value(result, "loose F1") == pytest.approx(0.8)
    assert result.count == 2


def test_missing_data_says_where(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match=r"green-2022/raw_data/testset\.txt"):
        run(tmp_path, FINDER)


def test_bad_line_names_the_line(tmp_path: Path) -> None:
    folder = tmp_path / "green-2022" / "raw_data"
    folder.mkdir(parents=True)
    (folder / "testset.txt").write_text("Excel B-Skill\nthree parts here\n", "utf-8")
    with pytest.raises(EvalDataError, match="line 2"):
        run(tmp_path, FINDER)


def test_real_green_test_set(shared_dir: Path) -> None:
    result = run(shared_dir / "data")
    assert result.count == 336
    # Measured 0.61 (loose) with skill-tagger.v1; a floor, not the figure.
    assert value(result, "loose F1") >= 0.45
