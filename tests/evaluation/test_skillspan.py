from __future__ import annotations

from pathlib import Path

import pytest

from jobsift.evaluation.base import EvalDataError, EvalResult
from jobsift.evaluation.skillspan import Counts, bio_spans, predict, prf, read_split, run
from jobsift.testing.fakes import PhraseFinder

MINI = Path(__file__).parent / "fixtures" / "skillspan-mini"


FINDER = PhraseFinder(
    {
        # both spans exact
        "Develop backend services in Python .": [
            ("Develop backend services", "skill"),
            ("Python", "knowledge"),
        ],
        # two partial hits on one gold skill span; SQL found with the wrong type
        "Work in a fast-paced team and know SQL .": [
            ("Work in a", "skill"),
            ("team", "skill"),
            ("SQL", "skill"),
        ],
        # a false positive
        "Benefits: free lunch": [("free lunch", "skill")],
    }
)


def value(result: EvalResult, name: str, subset: str) -> float:
    (found,) = [m.value for m in result.metrics if m.name == name and m.subset == subset]
    return found


def test_reads_the_fixture() -> None:
    gold = read_split(MINI)
    assert [len(s.tokens) for s in gold] == [6, 9, 3]
    assert gold[0].spans == {(0, 3, "skill"), (4, 5, "knowledge")}
    assert gold[2].spans == set()


@pytest.mark.parametrize(
    ("subset", "strict", "loose"),
    [
        # 6 predicted, 4 gold; strict: 2 exact; loose: 4 predictions touch a gold span of their
        # type, 3 gold spans are touched.
        ("skill+knowledge", (2 / 6, 2 / 4, 0.4), (4 / 6, 3 / 4, 12 / 17)),
        # 5 predicted, 2 gold; strict 1; loose: 3 predictions, both gold spans
        ("skill", (1 / 5, 1 / 2, 2 / 7), (3 / 5, 1.0, 0.75)),
        # 1 predicted, 2 gold (SQL was predicted as a skill)
        ("knowledge", (1.0, 0.5, 2 / 3), (1.0, 0.5, 2 / 3)),
    ],
)
def test_strict_and_loose_arithmetic(
    subset: str, strict: tuple[float, float, float], loose: tuple[float, float, float]
) -> None:
    result = run(MINI, FINDER)
    for kind, expected in (("strict", strict), ("loose", loose)):
        got = tuple(value(result, f"{kind} {m}", subset) for m in ("precision", "recall", "F1"))
        assert got == pytest.approx(expected), (subset, kind)
    assert result.count == 3


def test_baseline_sits_beside_the_combined_f1() -> None:
    result = run(MINI, FINDER)
    (strict,) = [
        m for m in result.metrics if m.name == "strict F1" and m.subset == "skill+knowledge"
    ]
    assert strict.baselines == {"ESCOXLM-R (strict)": 0.626}


def test_a_span_inside_a_token_claims_the_whole_token() -> None:
    tokens = ("a", "fast-paced", "team")
    finder = PhraseFinder({"a fast-paced team": [("paced te", "skill")]})
    assert predict(finder, tokens) == {(1, 3, "skill")}


def test_bio_spans_opens_on_stray_inside_tags() -> None:
    assert bio_spans(["O", "I", "I", "B", "B", "I", "O", "I"], "x") == {
        (1, 3, "x"),
        (3, 4, "x"),
        (4, 6, "x"),
        (7, 8, "x"),
    }


def test_empty_sides_score_zero() -> None:
    assert prf(0, 0, 0, 0) == (0.0, 0.0, 0.0)
    counts = Counts()
    counts.add(set(), {(0, 1, "skill")})
    assert counts.loose_prf() == (0.0, 0.0, 0.0)


def test_missing_data_says_where(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match=r"skillspan/data/json/test\.json"):
        run(tmp_path, FINDER)


def test_malformed_line_names_the_line(tmp_path: Path) -> None:
    folder = tmp_path / "skillspan" / "data" / "json"
    folder.mkdir(parents=True)
    (folder / "test.json").write_text('{"tokens": ["a"], "tags_skill": ["O"]}\n', "utf-8")
    with pytest.raises(EvalDataError, match="line 1"):
        run(tmp_path, FINDER)


def test_shipped_tagger_reaches_the_target_on_skillspan_test(shared_dir: Path) -> None:
    result = run(shared_dir / "data")
    assert result.count == 3569
    assert value(result, "loose F1", "skill+knowledge") >= 0.60
