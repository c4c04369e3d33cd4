"""The TF-IDF index's feature hashing."""

from __future__ import annotations

import numpy as np
import pytest

from jobsift.occupations.index import char_ngram_hashes, char_ngram_pairs

TEXTS = ["", "a", "ab", "koch", "software entwickler", "técnico de enfermería", "a\0b", "日本語"]


@pytest.mark.parametrize("text", TEXTS)
def test_one_text_hashes_as_many_texts_do(text: str) -> None:
    expected = char_ngram_pairs([text])[1]
    assert np.array_equal(char_ngram_hashes(text), expected)
    assert np.array_equal(char_ngram_hashes(text, (2, 5)), char_ngram_pairs([text], (2, 5))[1])
