from __future__ import annotations

from pathlib import Path

import pytest

from jobsift.evaluation.base import EvalDataError
from jobsift.evaluation.jobbert import read_titles, run

MINI = Path(__file__).parent / "fixtures" / "jobbert-mini"


def test_read_titles() -> None:
    rows = read_titles(MINI / "jobbert-titles" / "titles.csv")
    assert rows[0] == (
        "Senior Data Scientist",
        "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30",
    )
    assert len(rows) == 4


def test_run_on_the_mini_files() -> None:
    result = run(MINI)
    values = {(m.name, m.subset): m.value for m in result.metrics}
    # Three titles are linked right first; the fourth names a URI ESCO v1.1.1 lacks.
    assert values[("accuracy@1", "titles.test.csv")] == pytest.approx(0.75)
    assert values[("MRR", "titles.csv")] == pytest.approx(0.75)
    assert result.count == 8
    assert any("1 of 4 gold URIs do not exist" in note for note in result.notes)


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match=r"titles\.csv"):
        run(tmp_path)


def test_wrong_columns_raise(tmp_path: Path) -> None:
    (tmp_path / "jobbert-titles").mkdir()
    (tmp_path / "jobbert-titles" / "titles.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match="columns"):
        read_titles(tmp_path / "jobbert-titles" / "titles.csv")
