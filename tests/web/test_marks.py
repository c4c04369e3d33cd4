from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from jobsift.web.marks import Piece, highlighted, pieces

spans = st.lists(
    st.tuples(st.tuples(st.integers(-3, 40), st.integers(-3, 40)), st.integers(0, 5)), max_size=8
)


@given(st.text(max_size=40), spans)
def test_pieces_put_together_are_the_text(
    text: str, marks: list[tuple[tuple[int, int], int]]
) -> None:
    assert "".join(piece.text for piece in pieces(text, marks)) == text


@given(st.text(min_size=1, max_size=40), spans)
def test_every_character_has_exactly_the_notes_of_the_spans_over_it(
    text: str, marks: list[tuple[tuple[int, int], int]]
) -> None:
    at = 0
    for piece in pieces(text, marks):
        for offset in range(at, at + len(piece.text)):
            covering = {note for (a, b), note in marks if a <= offset < b}
            assert set(piece.notes) == covering
        at += len(piece.text)


@given(st.text(max_size=40), spans)
def test_neighbouring_pieces_differ_in_their_notes(
    text: str, marks: list[tuple[tuple[int, int], int]]
) -> None:
    cut = pieces(text, marks)
    assert all(a.notes != b.notes for a, b in itertools.pairwise(cut))
    assert all(piece.text for piece in cut)


def test_a_snippet_is_cut_at_its_highlights() -> None:
    assert highlighted("use <b>Python</b> daily", [(7, 13)]) == [
        Piece("use <b>"),
        Piece("Python", (True,)),
        Piece("</b> daily"),
    ]


def test_spans_outside_the_text_are_clipped_or_ignored() -> None:
    assert pieces("abc", [((2, 99), "x"), ((5, 9), "y"), ((2, 1), "z")]) == [
        Piece("ab"),
        Piece("c", ("x",)),
    ]
