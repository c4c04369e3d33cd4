from __future__ import annotations

from pathlib import Path

import pytest

from jobsift.evaluation.avature import average_precision, read_language, run
from jobsift.evaluation.base import EvalDataError

MINI = Path(__file__).parent / "fixtures" / "avature-mini"


def test_average_precision() -> None:
    assert average_precision(["a", "x", "b"], {"a", "b"}) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision(["x"], {"a"}) == 0.0
    assert average_precision(["x"], set()) == 0.0


def test_read_language() -> None:
    queries, documents, relevant = read_language(
        MINI / "avature-title-similarity" / "dataset" / "en"
    )
    assert queries["Data_Scientist"] == "Data Scientist"
    assert len(documents) == 6
    assert relevant["Software_Engineer"] == {"Software_Developer", "Application_Developer"}


def test_run_on_the_mini_set() -> None:
    result = run(MINI)
    (metric,) = result.metrics  # ja is left out: the linker has no Japanese
    assert (metric.name, metric.subset) == ("MAP", "en")
    assert metric.value > 0.7  # similar jobs rank above the pastry chef and the gardener
    assert "ja" in result.notes[0]


def test_missing_files_raise(tmp_path: Path) -> None:
    (tmp_path / "avature-title-similarity" / "dataset" / "en").mkdir(parents=True)
    with pytest.raises(EvalDataError, match=r"queries\.tsv"):
        run(tmp_path)
    with pytest.raises(EvalDataError, match="missing"):
        run(tmp_path / "nowhere")
