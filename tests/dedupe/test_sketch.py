"""MinHash signatures of word shingles, and band keys."""

from __future__ import annotations

import numpy as np

from jobsift.dedupe.normalize import words
from jobsift.dedupe.sketch import BANDS, NUM_PERM, band_keys, signatures, similarity

TEXT = (
    "We build payment systems for small shops. You design APIs in Kotlin and keep them "
    "fast. You review code, write tests and mentor two juniors. We offer a yearly budget "
    "for training, a train pass and four weeks of holiday."
)


def _similarity(left: str, right: str) -> float:
    signed, _ = signatures([words(left), words(right)])
    return float(similarity(signed[:1], signed[1:])[0])


def test_the_same_words_give_the_same_signature() -> None:
    assert _similarity(TEXT, TEXT.upper().replace(".", " .")) == 1.0


def test_reordered_sentences_stay_similar_and_other_texts_do_not() -> None:
    sentences = TEXT.split(". ")
    reordered = ". ".join(sentences[2:] + sentences[:2])
    assert _similarity(TEXT, reordered) > 0.7
    other = "Nurse for the night shift in a small hospital near the sea, three nights a week."
    assert _similarity(TEXT, other) < 0.1


def test_empty_and_short_texts() -> None:
    signed, nonempty = signatures([[], words("hello"), words("hello world")])
    assert signed.shape == (3, NUM_PERM)
    assert nonempty.tolist() == [False, True, True]
    assert signatures([])[0].shape == (0, NUM_PERM)


def test_band_keys_are_stable_and_depend_on_the_place() -> None:
    signed, _ = signatures([words(TEXT), words(TEXT)])
    places = np.array([7, 7], dtype=np.int64)
    keys = band_keys(signed, places)
    assert keys.shape == (2, BANDS)
    assert (keys[0] == keys[1]).all()
    assert len(set(keys[0].tolist())) == BANDS  # the band number is in the key
    elsewhere = band_keys(signed, np.array([7, 8], dtype=np.int64))
    assert not (elsewhere[0] == elsewhere[1]).any()
