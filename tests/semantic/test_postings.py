"""SemanticIndex over a fake embedder: runs without the semantic extra."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from jobsift.index.document import IndexDoc
from jobsift.semantic import SemanticIndex, Vectors, normalised, posting_text

WORDS = ("python", "backend", "nurse", "patients", "driver", "truck")


class BagOfWords:
    """A stand-in embedder: one dimension per known word; counts every text it embeds."""

    name = "bag-of-words-test"
    dim = len(WORDS)

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.embedded += texts
        rows = [[text.lower().split().count(w) + 0.01 for w in WORDS] for text in texts]
        return normalised(np.array(rows, dtype=np.float32).reshape(len(texts), self.dim))


def doc(posting_id: str, title: str, text: str) -> IndexDoc:
    return IndexDoc(id=posting_id, title=title, text=text)


DOCS = [
    doc("dev", "Backend developer", "python backend services"),
    doc("rn", "Nurse", "care for patients on the ward"),
    doc("lkw", "Truck driver", "driver for long routes"),
]


def test_upsert_embeds_title_and_opening_and_search_finds_by_meaning() -> None:
    embedder = BagOfWords()
    index = SemanticIndex(None, embedder)
    assert index.upsert(DOCS) == 3
    assert embedder.embedded == [posting_text(d.title, d.text) for d in DOCS]
    assert index.count() == 3
    assert index.search("python", k=1)[0][0] == "dev"
    assert {i for i, _ in index.search("patients", k=3, allowed={"dev", "lkw"})} == {"dev", "lkw"}
    assert index.search("   ", k=5) == []


def test_unchanged_documents_are_not_embedded_again(tmp_path: Path) -> None:
    embedder = BagOfWords()
    index = SemanticIndex(tmp_path, embedder)
    index.upsert(DOCS)
    index.commit()
    embedder.embedded.clear()

    reopened = SemanticIndex(tmp_path, embedder)
    changed = doc("rn", "Nurse", "night shifts with patients")
    assert reopened.upsert([*DOCS[:1], changed, DOCS[2]]) == 1
    assert embedder.embedded == [posting_text(changed.title, changed.text)]
    # a batch holding one id twice: its last version counts
    assert reopened.upsert([DOCS[0], doc("dev", "Truck driver", "truck"), DOCS[0]]) == 0
    assert reopened.search("python", k=1)[0][0] == "dev"


def test_retain_drops_postings_gone_from_the_store_and_model_change_is_stale(
    tmp_path: Path,
) -> None:
    index = SemanticIndex(tmp_path, BagOfWords())
    index.upsert(DOCS)
    assert index.retain({"dev", "lkw"}) == 1
    index.delete(["lkw"])
    index.commit()
    assert SemanticIndex(tmp_path, BagOfWords()).vectors.ids() == ["dev"]

    class Other(BagOfWords):
        name = "another-model"

    other = SemanticIndex(tmp_path, Other())
    assert other.stale
    assert other.count() == 0
